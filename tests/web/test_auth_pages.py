"""Sign-up, sign-in and sign-out pages: cookies, errors kept on the form, redirects."""

from urllib.parse import quote

import httpx
from fastapi import FastAPI

from mockinterview.config import Settings
from tests.support import PASSWORD, sign_up
from tests.web.pages import browser_sign_up, csrf_of, page_csrf


async def test_sign_up_sets_a_safe_session_cookie_and_lands_on_start(
    client: httpx.AsyncClient,
) -> None:
    account = await browser_sign_up(client, name="Robin")
    session_cookie = next(c for c in account["set_cookie"] if c.startswith("mi_session="))
    lowered = session_cookie.lower()
    assert "httponly" in lowered and "samesite=lax" in lowered and "path=/" in lowered
    assert "secure" not in lowered
    start = await client.get("/interviews/new")
    assert start.status_code == 200
    assert "Welcome, Robin! Your account is ready." in start.text
    again = await client.get("/interviews/new")
    assert "Welcome, Robin!" not in again.text


async def test_cookie_is_secure_over_https(app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://test") as https:
        account = await browser_sign_up(https)
    cookie = next(c for c in account["set_cookie"] if c.startswith("mi_session="))
    assert "secure" in cookie.lower()


async def test_cookies_are_secure_when_the_setting_says_so(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    settings.secure_cookies = True
    try:
        page = await client.get("/signup")
    finally:
        settings.secure_cookies = False
    cookie = next(c for c in page.headers.get_list("set-cookie") if c.startswith("mi_anon="))
    assert "secure" in cookie.lower() and "httponly" in cookie.lower()


async def test_sign_up_errors_keep_the_input_but_not_the_password(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client, "taken@example.com")
    token = csrf_of((await client.get("/signup")).text)
    form = {"csrf_token": token, "name": "Sam Taken", "email": "taken@example.com"}
    duplicate = await client.post("/signup", data={**form, "password": PASSWORD})
    assert duplicate.status_code == 409
    assert "already exists" in duplicate.text
    assert 'value="Sam Taken"' in duplicate.text and 'value="taken@example.com"' in duplicate.text
    assert PASSWORD not in duplicate.text

    weak = await client.post(
        "/signup", data={**form, "email": "new@example.com", "password": "abc"}
    )
    assert weak.status_code == 422
    assert "at least 10 characters" in weak.text
    assert 'aria-invalid="true"' in weak.text and 'value="new@example.com"' in weak.text
    assert 'value="abc"' not in weak.text


async def test_sign_in_failure_and_rate_limit_are_shown_on_the_form(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client, "limit@example.com")
    token = await page_csrf(client, "/signin")
    form = {"csrf_token": token, "email": "limit@example.com", "password": "wrong password"}
    wrong = await client.post("/signin", data=form)
    assert wrong.status_code == 401
    assert "Incorrect email or password." in wrong.text
    assert 'value="limit@example.com"' in wrong.text and "wrong password" not in wrong.text
    for _ in range(5):
        last = await client.post("/signin", data=form)
    assert last.status_code == 429 and int(last.headers["retry-after"]) > 0
    assert "Too many failed sign-in attempts" in last.text and 'role="alert"' in last.text


async def test_pages_redirect_to_sign_in_and_back(client: httpx.AsyncClient) -> None:
    for path in ("/interviews", "/interviews/new", "/interviews/abc/summary"):
        response = await client.get(path)
        assert response.status_code == 303
        expected = "/signin" if path == "/interviews" else f"/signin?next={quote(path)}"
        assert response.headers["location"] == expected
    await sign_up(client, "back@example.com")
    token = await page_csrf(client, "/signin?next=/interviews/new")
    page = await client.get("/signin?next=/interviews/new")
    assert 'name="next" value="/interviews/new"' in page.text
    signed_in = await client.post(
        "/signin",
        data={
            "csrf_token": token,
            "email": "back@example.com",
            "password": PASSWORD,
            "next": "/interviews/new",
        },
    )
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/interviews/new"


async def test_sign_in_never_redirects_off_site(client: httpx.AsyncClient) -> None:
    await sign_up(client, "stay@example.com")
    for target in ("//evil.example", "https://evil.example/", "/\\evil.example", "javascript:x"):
        token = await page_csrf(client, "/signin")
        response = await client.post(
            "/signin",
            data={
                "csrf_token": token,
                "email": "stay@example.com",
                "password": PASSWORD,
                "next": target,
            },
        )
        assert response.status_code == 303 and response.headers["location"] == "/interviews"
        client.cookies.clear()


async def test_sign_out_revokes_the_session(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    old_cookie = client.cookies.get("mi_session")
    token = await page_csrf(client)
    out = await client.post("/signout", data={"csrf_token": token})
    assert out.status_code == 303 and out.headers["location"] == "/signin"
    assert "You are signed out" in (await client.get("/signin")).text
    client.cookies.set("mi_session", old_cookie or "")
    assert (await client.get("/interviews")).status_code == 303
    assert (await client.get("/api/auth/me")).status_code == 401


async def test_signed_in_visitors_skip_the_auth_pages(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    for path in ("/", "/signin", "/signup"):
        response = await client.get(path)
        assert response.status_code == 303 and response.headers["location"] == "/interviews"


async def test_common_passwords_are_refused_with_the_reason(client: httpx.AsyncClient) -> None:
    token = csrf_of((await client.get("/signup")).text)
    form = {"csrf_token": token, "name": "Pat", "email": "pat@example.com"}
    page = await client.post("/signup", data={**form, "password": "password123"})
    assert page.status_code == 422 and "common password" in page.text
    api = await client.post(
        "/api/auth/register",
        json={"email": "pat@example.com", "password": "qwertyuiop", "name": "Pat"},
    )
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["body", "password"]
    assert "common password" in api.json()["detail"][0]["msg"]
