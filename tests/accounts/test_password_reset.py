"""Password reset by email, against a real SMTP server: one link, used once, rate-limited."""

from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from mockinterview.accounts.lifecycle_models import PasswordReset
from mockinterview.config import Settings
from mockinterview.db import utcnow
from tests.accounts.smtp_server import Inbox, link_in, smtp  # noqa: F401
from tests.support import PASSWORD, sign_up
from tests.web.pages import csrf_of

NEW_PASSWORD = "lantern orchard velvet"
REQUEST = "/api/auth/password-reset/request"
CONFIRM = "/api/auth/password-reset/confirm"


@pytest.fixture
def mailing_app(
    app: FastAPI,
    settings: Settings,
    smtp: tuple[Inbox, int],  # noqa: F811
) -> Iterator[Inbox]:
    """The app sending mail to the test's SMTP server."""
    inbox, port = smtp
    app.state.settings = settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": port,
            "smtp_security": "none",
            "public_url": "https://interviews.example.org",
        }
    )
    try:
        yield inbox
    finally:
        app.state.settings = settings


def token_of(link: str) -> str:
    """The token in a reset link."""
    return parse_qs(urlsplit(link).query)["token"][0]


async def test_reset_mail_arrives_and_its_link_works_once(
    client: httpx.AsyncClient, mailing_app: Inbox
) -> None:
    account = await sign_up(client)
    asked = await client.post(REQUEST, json={"email": account["email"].upper()})
    unknown = await client.post(REQUEST, json={"email": "nobody-here@example.com"})
    assert asked.status_code == unknown.status_code == 202
    assert asked.json() == unknown.json()
    [message] = await mailing_app.wait_for(1)
    assert message["To"] == account["email"]
    assert message["Subject"] == "Reset your MockInterview password"
    link = link_in(message)
    assert link.startswith("https://interviews.example.org/reset-password?token=")

    form = await client.get(urlsplit(link).path + "?" + urlsplit(link).query)
    assert form.status_code == 200 and form.headers["referrer-policy"] == "no-referrer"
    weak = await client.post(CONFIRM, json={"token": token_of(link), "password": "password123"})
    assert weak.status_code == 422 and weak.json()["detail"][0]["loc"][-1] == "password"
    used = await client.post(CONFIRM, json={"token": token_of(link), "password": NEW_PASSWORD})
    assert used.status_code == 200, used.text
    again = await client.post(CONFIRM, json={"token": token_of(link), "password": NEW_PASSWORD})
    assert again.status_code == 422 and again.json()["detail"][0]["loc"][-1] == "token"

    assert (await client.get("/api/auth/me", headers=account["headers"])).status_code == 401
    old = await client.post(
        "/api/auth/login", json={"email": account["email"], "password": PASSWORD}
    )
    assert old.status_code == 401
    new = {"email": account["email"], "password": NEW_PASSWORD}
    assert (await client.post("/api/auth/login", json=new)).status_code == 200
    assert len(mailing_app.messages) == 1


async def test_requests_are_rate_limited_per_email(
    client: httpx.AsyncClient, mailing_app: Inbox, settings: Settings
) -> None:
    for _ in range(settings.reset_max_requests):
        assert (await client.post(REQUEST, json={"email": "ghost@example.com"})).status_code == 202
    limited = await client.post(REQUEST, json={"email": "ghost@example.com"})
    assert limited.status_code == 429 and "Retry-After" in limited.headers
    assert mailing_app.messages == []


async def test_an_expired_link_is_refused(
    app: FastAPI, client: httpx.AsyncClient, mailing_app: Inbox
) -> None:
    account = await sign_up(client)
    await client.post(REQUEST, json={"email": account["email"]})
    [message] = await mailing_app.wait_for(1)
    async with app.state.sessionmaker() as db:
        past = utcnow() - timedelta(minutes=1)
        await db.execute(update(PasswordReset).values(expires_at=past))
        await db.commit()
    token = token_of(link_in(message))
    expired = await client.post(CONFIRM, json={"token": token, "password": NEW_PASSWORD})
    assert expired.status_code == 422
    assert (await client.get(f"/reset-password?token={token}")).status_code == 404


async def test_the_pages_send_and_use_a_link(client: httpx.AsyncClient, mailing_app: Inbox) -> None:
    account = await sign_up(client)
    csrf = csrf_of((await client.get("/forgot-password")).text)
    sent = await client.post(
        "/forgot-password", data={"csrf_token": csrf, "email": account["email"]}
    )
    assert sent.status_code == 200 and "is on its way" in sent.text
    [message] = await mailing_app.wait_for(1)
    link = urlsplit(link_in(message))
    form = await client.get(f"{link.path}?{link.query}")
    assert form.status_code == 200 and "Choose a new password" in form.text
    fields = {"csrf_token": csrf_of(form.text), "token": token_of(link.geturl())}
    short = await client.post("/reset-password", data={**fields, "password": "short"})
    assert short.status_code == 422 and "at least 10 characters" in short.text
    done = await client.post("/reset-password", data={**fields, "password": NEW_PASSWORD})
    assert done.status_code == 303 and done.headers["location"] == "/signin"
    reused = await client.post("/reset-password", data={**fields, "password": NEW_PASSWORD})
    assert reused.status_code == 404 and "invalid, used or expired" in reused.text
