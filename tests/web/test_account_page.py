"""The account page: downloads with the browser session, deletion with the password."""

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from mockinterview.accounts.models import User
from tests.support import PASSWORD
from tests.web.pages import api_start, browser_sign_up, csrf_of


async def test_account_page_downloads_and_deletes_after_the_password(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    account = await browser_sign_up(client, name="Dana <b>Delete</b>")
    session = await api_start(client)
    page = await client.get("/account")
    assert page.status_code == 200
    assert "Dana &lt;b&gt;Delete&lt;/b&gt;" in page.text
    assert 'href="/api/account/export"' in page.text
    export = await client.get("/api/account/export")
    assert export.status_code == 200 and session["session_uuid"] in export.text

    token = csrf_of(page.text)
    no_csrf = await client.post("/account/delete", data={"password": PASSWORD})
    assert no_csrf.status_code == 403
    wrong = await client.post("/account/delete", data={"csrf_token": token, "password": "nope"})
    assert wrong.status_code == 401 and "That password is not right." in wrong.text
    deleted = await client.post("/account/delete", data={"csrf_token": token, "password": PASSWORD})
    assert deleted.status_code == 303 and deleted.headers["location"] == "/signin"
    assert "deleted" in (await client.get("/signin")).text
    async with app.state.sessionmaker() as db:
        left = await db.scalar(select(func.count()).where(User.email == account["email"]))
    assert left == 0
    assert (await client.get("/account")).status_code in (303, 307)


async def test_account_page_needs_a_sign_in(client: httpx.AsyncClient) -> None:
    response = await client.get("/account")
    assert response.status_code in (303, 307) and "/signin" in response.headers["location"]
