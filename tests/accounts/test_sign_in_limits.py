"""Sign-in limits under concurrency, per client address, behind a trusted proxy; pruning."""

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from mockinterview.accounts.models import AccessToken, LoginAttempt
from mockinterview.accounts.pruning import prune_once
from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.db import utcnow
from tests.support import PASSWORD, run_cli, sign_up

ClientFactory = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def configured_client(app: FastAPI, settings: Settings) -> AsyncIterator[ClientFactory]:
    """Clients to apps built with changed settings, on the same database."""
    opened = []

    async def make(**changes: object) -> httpx.AsyncClient:
        application = create_app(settings.model_copy(update=changes))
        lifespan = application.router.lifespan_context(application)
        await lifespan.__aenter__()
        opened.append(lifespan)
        transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
        return httpx.AsyncClient(transport=transport, base_url="http://test")

    yield make
    for lifespan in opened:
        await lifespan.__aexit__(None, None, None)


def _login(email: str, password: str = "not the password") -> dict[str, str]:
    return {"email": email, "password": password}


async def test_racing_wrong_passwords_never_pass_the_limit(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    email = "race@example.com"
    await sign_up(client, email)
    results = await asyncio.gather(
        *(client.post("/api/auth/login", json=_login(email)) for _ in range(24))
    )
    statuses = [r.status_code for r in results]
    assert set(statuses) <= {401, 429}
    assert statuses.count(401) <= settings.login_max_failures
    assert statuses.count(429) >= 24 - settings.login_max_failures
    # Only the refused-by-password attempts stay counted: the right password is paused only
    # when they reached the limit.
    right = await client.post("/api/auth/login", json=_login(email, PASSWORD))
    limit_reached = statuses.count(401) == settings.login_max_failures
    assert right.status_code == (429 if limit_reached else 200)


async def test_a_success_clears_the_count_and_refusals_are_not_counted(
    client: httpx.AsyncClient, app: FastAPI, settings: Settings
) -> None:
    email = "clear@example.com"
    await sign_up(client, email)
    for _ in range(settings.login_max_failures - 1):
        assert (await client.post("/api/auth/login", json=_login(email))).status_code == 401
    assert (await client.post("/api/auth/login", json=_login(email, PASSWORD))).status_code == 200
    async with app.state.sessionmaker() as session:
        left = await session.scalar(select(func.count(LoginAttempt.id)))
    assert left == 0


async def test_one_address_is_limited_across_many_emails(
    configured_client: ClientFactory,
) -> None:
    client = await configured_client(login_max_failures_per_ip=3)
    statuses = [
        (await client.post("/api/auth/login", json=_login(f"guess{i}@example.com"))).status_code
        for i in range(5)
    ]
    assert statuses == [401, 401, 401, 429, 429]
    limited = await client.post("/api/auth/login", json=_login("guess9@example.com"))
    assert "from your network" in limited.json()["detail"]
    assert int(limited.headers["retry-after"]) > 0


async def test_forwarded_addresses_count_only_behind_a_trusted_proxy(
    configured_client: ClientFactory,
) -> None:
    direct = await configured_client(login_max_failures_per_ip=2)
    spoofed = [
        await direct.post(
            "/api/auth/login",
            json=_login(f"spoof{i}@example.com"),
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
        )
        for i in range(3)
    ]
    assert [r.status_code for r in spoofed] == [401, 401, 429]

    proxied = await configured_client(login_max_failures_per_ip=2, trusted_proxies=["127.0.0.1"])
    forwarded = [
        await proxied.post(
            "/api/auth/login",
            json=_login(f"proxied{i}@example.com"),
            headers={"X-Forwarded-For": f"198.51.100.{i}"},
        )
        for i in range(3)
    ]
    assert [r.status_code for r in forwarded] == [401, 401, 401]


async def test_pruning_deletes_old_attempts_and_dead_tokens(
    client: httpx.AsyncClient, app: FastAPI, settings: Settings
) -> None:
    account = await sign_up(client)
    now = utcnow()
    async with app.state.sessionmaker() as session:
        user_id = (await session.scalars(select(AccessToken.user_id))).one()
        session.add_all(
            [
                LoginAttempt(email="old@example.com", attempted_at=now - timedelta(hours=2)),
                LoginAttempt(email="new@example.com", attempted_at=now),
                AccessToken(token_hash="e" * 64, user_id=user_id, expires_at=now),
                AccessToken(
                    token_hash="r" * 64,
                    user_id=user_id,
                    expires_at=now + timedelta(days=1),
                    revoked_at=now,
                ),
            ]
        )
        await session.commit()
    assert await prune_once(app.state.sessionmaker, settings) == (1, 2)
    async with app.state.sessionmaker() as session:
        emails = (await session.scalars(select(LoginAttempt.email))).all()
        tokens = await session.scalar(select(func.count(AccessToken.id)))
    assert emails == ["new@example.com"] and tokens == 1
    assert (await client.get("/api/auth/me", headers=account["headers"])).status_code == 200


def test_prune_command(tmp_path: Path) -> None:
    assert run_cli(["db", "upgrade"], tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "mockinterview.db") as db:
        db.execute(
            "INSERT INTO login_attempts (email, attempted_at) VALUES ('x@example.com', ?)",
            ("2020-01-01 00:00:00.000000",),
        )
    pruned = run_cli(["db", "prune"], tmp_path)
    assert pruned.returncode == 0, pruned.stderr
    assert "Deleted 1 old sign-in attempts and 0 expired or revoked tokens." in pruned.stdout
