"""Export my data (JSON and recordings zip) and delete my account, on both databases."""

import io
import zipfile
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from mockinterview.accounts.models import AccessToken, User
from mockinterview.config import Settings
from mockinterview.db import utcnow
from tests.accounts.owned_data import Owned, give_everything, traces_of
from tests.support import PASSWORD


@pytest.fixture
async def mine(
    app: FastAPI, settings: Settings, client: httpx.AsyncClient, user: dict[str, Any]
) -> Owned:
    """The signed-in user with one of everything."""
    return await give_everything(app, settings, client, user)


@pytest.fixture
async def theirs(
    app: FastAPI, settings: Settings, client: httpx.AsyncClient, other_user: dict[str, Any]
) -> Owned:
    """Another user with one of everything."""
    return await give_everything(app, settings, client, other_user)


async def test_export_holds_everything_mine_and_nothing_of_theirs(
    client: httpx.AsyncClient, mine: Owned, theirs: Owned
) -> None:
    response = await client.get("/api/account/export", headers=mine.account["headers"])
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    text = response.text
    assert all(marker in text for marker in mine.markers), mine.markers
    assert not [marker for marker in theirs.markers if marker in text]
    document = response.json()
    assert len(document["interviews"]) == 2 and len(document["resumes"]) == 1
    assert len(document["recordings"]) == 1
    assert {row["operation"] for row in document["ai_usage"]} == {"analysis", "question_generation"}
    assert "password_hash" not in text and PASSWORD not in text

    archive = await client.get("/api/account/export/recordings", headers=mine.account["headers"])
    assert archive.status_code == 200 and archive.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(archive.content)) as opened:
        assert opened.namelist() == [document["recordings"][0]["file"]]
        assert opened.read(opened.namelist()[0]) == mine.recording_bytes


async def test_export_needs_a_sign_in(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/account/export")).status_code == 401
    assert (await client.get("/api/account/export/recordings")).status_code == 401


async def test_delete_needs_the_password_then_leaves_no_trace(
    app: FastAPI, client: httpx.AsyncClient, mine: Owned, theirs: Owned
) -> None:
    h = mine.account["headers"]
    wrong = await client.post(
        "/api/account/delete", json={"password": "not my password"}, headers=h
    )
    assert wrong.status_code == 401
    missing = await client.post("/api/account/delete", json={}, headers=h)
    assert missing.status_code == 401
    assert await traces_of(app, mine) and mine.recording_file and mine.recording_file.exists()

    deleted = await client.post("/api/account/delete", json={"password": PASSWORD}, headers=h)
    assert deleted.status_code == 200, deleted.text
    assert await traces_of(app, mine) == []
    assert not mine.recording_file.exists() and not mine.recording_file.parent.exists()
    assert (await client.get("/api/auth/me", headers=h)).status_code == 401
    assert theirs.recording_file and theirs.recording_file.exists()
    export = await client.get("/api/account/export", headers=theirs.account["headers"])
    assert all(marker in export.text for marker in theirs.markers)


async def test_an_account_without_password_confirms_with_email_after_a_fresh_sign_in(
    app: FastAPI, client: httpx.AsyncClient, mine: Owned
) -> None:
    async with app.state.sessionmaker() as db:
        await db.execute(update(User).where(User.id == mine.user_id).values(password_hash=""))
        await db.commit()
    h = mine.account["headers"]
    no_email = await client.post("/api/account/delete", json={}, headers=h)
    assert (
        no_email.status_code == 422 and no_email.json()["detail"][0]["loc"][-1] == "confirm_email"
    )
    async with app.state.sessionmaker() as db:
        old = utcnow() - timedelta(minutes=11)
        await db.execute(
            update(AccessToken).where(AccessToken.user_id == mine.user_id).values(created_at=old)
        )
        await db.commit()
    body = {"confirm_email": mine.account["email"].upper()}
    stale = await client.post("/api/account/delete", json=body, headers=h)
    assert stale.status_code == 401 and "Sign in again" in stale.json()["detail"]
    async with app.state.sessionmaker() as db:
        await db.execute(
            update(AccessToken)
            .where(AccessToken.user_id == mine.user_id)
            .values(created_at=utcnow())
        )
        await db.commit()
    deleted = await client.post("/api/account/delete", json=body, headers=h)
    assert deleted.status_code == 200, deleted.text
    assert await traces_of(app, mine) == []
