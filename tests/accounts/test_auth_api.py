"""Accounts API: register, login, logout, me, token rules and rate limiting."""

from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy import update

from mockinterview.accounts.models import AccessToken
from mockinterview.db import utcnow
from tests.support import PASSWORD, sign_up


async def test_register_login_me_logout(client: httpx.AsyncClient) -> None:
    created = await client.post(
        "/api/auth/register",
        json={"email": "Ada@Example.com", "password": PASSWORD, "name": "Ada"},
    )
    assert created.status_code == 201
    body = created.json()
    assert body["email"] == "ada@example.com" and body["name"] == "Ada" and body["user_uuid"]
    assert "password" not in created.text

    login = await client.post(
        "/api/auth/login", json={"email": "ada@example.com", "password": PASSWORD}
    )
    assert login.status_code == 200
    token = login.json()
    assert token["token_type"] == "bearer" and token["user_uuid"] == body["user_uuid"]
    assert token["expires_at"]
    headers = {"Authorization": f"Bearer {token['access_token']}"}

    me = await client.get("/api/auth/me", headers=headers)
    assert me.status_code == 200 and me.json()["email"] == "ada@example.com"

    out = await client.post("/api/auth/logout", headers=headers)
    assert out.status_code == 200
    assert (await client.get("/api/auth/me", headers=headers)).status_code == 401


async def test_duplicate_email_is_409(client: httpx.AsyncClient) -> None:
    await sign_up(client, "dup@example.com")
    again = await client.post(
        "/api/auth/register",
        json={"email": "DUP@example.com", "password": PASSWORD, "name": "Other"},
    )
    assert again.status_code == 409
    assert "already exists" in again.json()["detail"]


async def test_weak_password_and_bad_email_are_422_naming_the_field(
    client: httpx.AsyncClient,
) -> None:
    weak = await client.post(
        "/api/auth/register", json={"email": "w@example.com", "password": "short", "name": "W"}
    )
    assert weak.status_code == 422
    assert weak.json()["detail"][0]["loc"] == ["body", "password"]
    bad = await client.post(
        "/api/auth/register", json={"email": "nope", "password": PASSWORD, "name": "W"}
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "email"]


async def test_wrong_password_is_401_and_attempts_are_rate_limited(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client, "rl@example.com")
    for _ in range(5):
        wrong = await client.post(
            "/api/auth/login", json={"email": "rl@example.com", "password": "wrong-password"}
        )
        assert wrong.status_code == 401
    limited = await client.post(
        "/api/auth/login", json={"email": "rl@example.com", "password": PASSWORD}
    )
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    unknown = await client.post(
        "/api/auth/login", json={"email": "ghost@example.com", "password": PASSWORD}
    )
    assert unknown.status_code == 401


async def test_missing_invalid_expired_tokens_are_401(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    assert (await client.get("/api/auth/me")).status_code == 401
    bad = await client.get("/api/auth/me", headers={"Authorization": "Bearer nonsense"})
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
    account = await sign_up(client)
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(AccessToken).values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await session.commit()
    expired = await client.get("/api/auth/me", headers=account["headers"])
    assert expired.status_code == 401


async def test_uuid_header_must_match_the_token(client: httpx.AsyncClient) -> None:
    first = await sign_up(client)
    second = await sign_up(client)
    headers = {"Authorization": f"Bearer {first['token']}", "uuid": second["user_uuid"]}
    assert (await client.get("/api/auth/me", headers=headers)).status_code == 401
    assert (await client.get("/api/auth/me", headers=first["headers"])).status_code == 200


async def test_tokens_are_stored_hashed(client: httpx.AsyncClient, app: FastAPI) -> None:
    account = await sign_up(client)
    async with app.state.sessionmaker() as session:
        from sqlalchemy import select

        hashes = (await session.scalars(select(AccessToken.token_hash))).all()
    assert account["token"] not in hashes and len(hashes) == 1


async def test_a_burst_of_wrong_passwords_gets_clear_answers(client: httpx.AsyncClient) -> None:
    import asyncio

    email = "burst@example.com"
    await client.post(
        "/api/auth/register", json={"email": email, "password": PASSWORD, "name": "Burst"}
    )
    wrong = {"email": email, "password": "not the password"}
    results = await asyncio.gather(*(client.post("/api/auth/login", json=wrong) for _ in range(24)))
    assert {r.status_code for r in results} <= {401, 429}, [r.text for r in results]
