"""Single sign-on against a real OpenID Connect provider: PKCE, state, nonce, verified email."""

from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
from fastapi import FastAPI
from sqlalchemy import select

from mockinterview.accounts.lifecycle_models import SsoIdentity
from mockinterview.accounts.models import User
from mockinterview.config import Settings
from tests.sso.conftest import through_provider
from tests.support import PASSWORD, sign_up
from tests.web.pages import csrf_of


async def begin(client: httpx.AsyncClient, next_url: str = "") -> str:
    """Start signing in with the school; the provider address the browser is sent to."""
    start = await client.get("/sso/school/start", params={"next": next_url} if next_url else None)
    assert start.status_code == 303, start.text
    location = start.headers["location"]
    query = parse_qs(urlsplit(location).query)
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"][0]
    assert (
        query["state"][0]
        and query["nonce"][0]
        and query["redirect_uri"] == ["http://test/sso/school/callback"]
    )
    return location


def with_query(url: str, **changes: str) -> str:
    """The URL with some query parameters replaced."""
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()} | changes
    return urlunsplit(parts._replace(query=urlencode(query)))


async def test_sign_in_creates_a_linked_account_and_signs_in_again(
    app: FastAPI,
    client: httpx.AsyncClient,
    provider_browser: httpx.AsyncClient,
    sso_settings: Settings,
) -> None:
    page = await client.get("/signin")
    assert 'href="/sso/school/start"' in page.text and "Sign in with Example School" in page.text
    back = await through_provider(provider_browser, await begin(client, "/resumes"), "ana")
    done = await client.get(back)
    assert done.status_code == 303 and done.headers["location"] == "/resumes"
    me = await client.get("/api/auth/me")
    assert me.status_code == 200 and me.json()["email"] == "ana@school.edu"
    assert me.json()["name"] == "Ana Example"
    replay = await client.get(back)
    assert replay.status_code == 400  # the state cookie is gone after use

    again = await through_provider(provider_browser, await begin(client), "ana")
    assert (await client.get(again)).status_code == 303
    async with app.state.sessionmaker() as db:
        users = (await db.scalars(select(User).where(User.email == "ana@school.edu"))).all()
        identities = (await db.scalars(select(SsoIdentity))).all()
    assert len(users) == 1 and users[0].password_hash == ""
    assert [(i.subject, i.user_id) for i in identities] == [("ana", users[0].id)]


async def test_a_verified_email_links_the_existing_password_account(
    client: httpx.AsyncClient, provider_browser: httpx.AsyncClient, sso_settings: Settings
) -> None:
    existing = await sign_up(client, "pat@school.edu")
    back = await through_provider(provider_browser, await begin(client), "pat")
    assert (await client.get(back)).status_code == 303
    me = await client.get("/api/auth/me")
    assert me.json()["user_uuid"] == existing["user_uuid"]


async def test_a_bad_state_is_refused(
    client: httpx.AsyncClient, provider_browser: httpx.AsyncClient, sso_settings: Settings
) -> None:
    back = await through_provider(provider_browser, await begin(client), "ana")
    forged = await client.get(with_query(back, state="forged-state"))
    assert forged.status_code == 400 and "did not work" in forged.text
    assert (await client.get("/api/auth/me")).status_code == 401
    fresh = httpx.AsyncClient(transport=client._transport, base_url="http://test")
    async with fresh:  # the right state in another browser (no state cookie) is refused too
        assert (await fresh.get(back)).status_code == 400


async def test_a_wrong_nonce_is_refused(
    client: httpx.AsyncClient, provider_browser: httpx.AsyncClient, sso_settings: Settings
) -> None:
    tampered = with_query(await begin(client), nonce="a-nonce-this-browser-never-sent")
    back = await through_provider(provider_browser, tampered, "ana")
    refused = await client.get(back)
    assert refused.status_code == 400 and "did not work" in refused.text
    assert (await client.get("/api/auth/me")).status_code == 401


async def test_an_unverified_email_is_refused(
    app: FastAPI,
    client: httpx.AsyncClient,
    provider_browser: httpx.AsyncClient,
    sso_settings: Settings,
) -> None:
    back = await through_provider(provider_browser, await begin(client), "una")
    refused = await client.get(back)
    assert refused.status_code == 403 and "not verified" in refused.text
    async with app.state.sessionmaker() as db:
        assert await db.scalar(select(User).where(User.email == "una@school.edu")) is None


async def test_allowed_domains_and_sso_only_mode(
    app: FastAPI,
    client: httpx.AsyncClient,
    provider_browser: httpx.AsyncClient,
    sso_settings: Settings,
) -> None:
    password_user = await sign_up(client)
    app.state.settings = sso_settings.model_copy(
        update={"sso_allowed_domains": ["school.edu"], "sso_only": True}
    )
    back = await through_provider(provider_browser, await begin(client), "out")
    outside = await client.get(back)
    assert outside.status_code == 403 and "email domain" in outside.text
    login = {"email": password_user["email"], "password": PASSWORD}
    assert (await client.post("/api/auth/login", json=login)).status_code == 403
    reset = {"email": password_user["email"]}
    assert (await client.post("/api/auth/password-reset/request", json=reset)).status_code == 403
    page = await client.get("/signin")
    assert 'action="/signin"' not in page.text and "Sign in with Example School" in page.text
    assert (await client.get("/signup")).headers["location"] == "/signin"
    provider_browser.cookies.clear()  # sign out at the provider, to sign in as someone else
    inside = await through_provider(provider_browser, await begin(client), "ana")
    assert (await client.get(inside)).status_code == 303


async def test_a_wrong_client_secret_is_refused(
    app: FastAPI,
    client: httpx.AsyncClient,
    provider_browser: httpx.AsyncClient,
    sso_settings: Settings,
    issuer: str,
) -> None:
    from tests.sso.conftest import school

    app.state.settings = sso_settings.model_copy(
        update={"oidc_providers": [school(issuer, secret="not-the-secret")]}
    )
    back = await through_provider(provider_browser, await begin(client), "ana")
    assert (await client.get(back)).status_code == 400
    assert (await client.get("/sso/nowhere/start")).status_code == 404


async def test_an_account_without_password_deletes_itself_after_a_fresh_sign_in(
    app: FastAPI,
    client: httpx.AsyncClient,
    provider_browser: httpx.AsyncClient,
    sso_settings: Settings,
) -> None:
    back = await through_provider(provider_browser, await begin(client), "ana")
    assert (await client.get(back)).status_code == 303
    page = await client.get("/account")
    assert 'href="/sso/school/start?fresh=true&amp;next=/account"' in page.text
    fresh = await client.get("/sso/school/start", params={"fresh": "true", "next": "/account"})
    query = parse_qs(urlsplit(fresh.headers["location"]).query)
    assert query["prompt"] == ["login"] and query["max_age"] == ["0"]
    again = await through_provider(provider_browser, fresh.headers["location"], "ana")
    assert (await client.get(again)).headers["location"] == "/account"
    csrf = csrf_of((await client.get("/account")).text)
    form = {"csrf_token": csrf, "confirm_email": "ana@school.edu"}
    assert (await client.post("/account/delete", data=form)).status_code == 303
    async with app.state.sessionmaker() as db:
        assert await db.scalar(select(User).where(User.email == "ana@school.edu")) is None
        assert (await db.scalars(select(SsoIdentity))).all() == []
