"""The admin API: search users, reset links, disable, promote, delete; every act in the log."""

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from mockinterview.accounts.models import User
from mockinterview.config import Settings
from tests.accounts.owned_data import give_everything, traces_of
from tests.support import PASSWORD, sign_up

ADMIN = "/api/admin"


async def make_admin(app: FastAPI, account: dict[str, Any]) -> None:
    """Give an account administrator rights directly in the database."""
    async with app.state.sessionmaker() as db:
        await db.execute(
            update(User).where(User.user_uuid == account["user_uuid"]).values(is_admin=True)
        )
        await db.commit()


@pytest.fixture
async def admin(app: FastAPI, client: httpx.AsyncClient) -> dict[str, Any]:
    """A signed-in administrator."""
    account = await sign_up(client, "boss@example.com")
    await make_admin(app, account)
    return account


async def test_only_administrators_get_in(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    for method, path in [("GET", "/users"), ("GET", "/actions"), ("POST", "/users/x/disable")]:
        response = await client.request(method, ADMIN + path, headers=user["headers"])
        assert response.status_code == 403, path
    assert (await client.get(ADMIN + "/users")).status_code == 401


async def test_search_users_by_email_or_name(
    client: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    await sign_up(client, "ana.lopez@school.edu")
    await sign_up(client, "ben_5%@school.edu")
    found = await client.get(ADMIN + "/users", params={"q": "LOPEZ"}, headers=admin["headers"])
    assert [u["email"] for u in found.json()] == ["ana.lopez@school.edu"]
    literal = await client.get(ADMIN + "/users", params={"q": "_5%"}, headers=admin["headers"])
    assert [u["email"] for u in literal.json()] == ["ben_5%@school.edu"]
    everyone = await client.get(ADMIN + "/users", params={"page_size": 2}, headers=admin["headers"])
    assert everyone.headers["X-Total-Count"] == "3" and len(everyone.json()) == 2
    by_name = await client.get(
        ADMIN + "/users", params={"q": "test user"}, headers=admin["headers"]
    )
    assert by_name.headers["X-Total-Count"] == "3"


async def test_disable_signs_out_and_blocks_sign_in_until_enabled(
    client: httpx.AsyncClient, admin: dict[str, Any], user: dict[str, Any]
) -> None:
    h = admin["headers"]
    disabled = await client.post(f"{ADMIN}/users/{user['user_uuid']}/disable", headers=h)
    assert disabled.status_code == 200 and disabled.json()["disabled"] is True
    assert (await client.get("/api/auth/me", headers=user["headers"])).status_code == 401
    login = {"email": user["email"], "password": PASSWORD}
    refused = await client.post("/api/auth/login", json=login)
    assert refused.status_code == 401 and "disabled" in refused.json()["detail"]
    await client.post(f"{ADMIN}/users/{user['user_uuid']}/enable", headers=h)
    assert (await client.post("/api/auth/login", json=login)).status_code == 200
    self_disable = await client.post(f"{ADMIN}/users/{admin['user_uuid']}/disable", headers=h)
    assert self_disable.status_code == 409
    unknown = await client.post(f"{ADMIN}/users/no-such-user/disable", headers=h)
    assert unknown.status_code == 404


async def test_promote_reset_link_delete_and_the_log(
    app: FastAPI,
    settings: Settings,
    client: httpx.AsyncClient,
    admin: dict[str, Any],
    user: dict[str, Any],
) -> None:
    h = admin["headers"]
    target = user["user_uuid"]
    promoted = await client.post(f"{ADMIN}/users/{target}/promote", headers=h)
    assert promoted.json()["is_admin"] is True
    assert (await client.get(ADMIN + "/users", headers=user["headers"])).status_code == 200
    await client.post(f"{ADMIN}/users/{target}/demote", headers=h)
    assert (await client.get(ADMIN + "/users", headers=user["headers"])).status_code == 403

    link = await client.post(f"{ADMIN}/users/{target}/reset-link", headers=h)
    token = link.json()["url"].split("token=")[1]
    new = {"token": token, "password": "granite meadow lantern"}
    assert (await client.post("/api/auth/password-reset/confirm", json=new)).status_code == 200

    owned = await give_everything(app, settings, client, await sign_up(client))
    deleted = await client.delete(f"{ADMIN}/users/{owned.account['user_uuid']}", headers=h)
    assert deleted.status_code == 200
    owned.markers.discard(owned.account["email"])  # the admin log keeps whom an action was on
    assert await traces_of(app, owned) == []

    log = (await client.get(ADMIN + "/actions", headers=h)).json()
    assert [(a["admin_email"], a["action"]) for a in log] == [
        ("boss@example.com", "delete"),
        ("boss@example.com", "issue_reset_link"),
        ("boss@example.com", "demote"),
        ("boss@example.com", "promote"),
    ]
    assert log[0]["target_email"] == owned.account["email"]
    assert all(a["target_email"] == user["email"] for a in log[1:])
