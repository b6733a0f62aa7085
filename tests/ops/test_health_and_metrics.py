"""/healthz, /readyz (also with the database unreachable) and /metrics."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.db import create_engine, make_sessionmaker
from mockinterview.ops.heartbeat import beat_once
from tests.support import sign_up

ANSWER = "I planned the release with each team lead and we shipped two days early, calmly."


async def test_healthz_answers_without_the_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


async def test_ready_with_a_migrated_database_and_a_live_worker(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    await beat_once(app.state.engine, "test-worker")
    response = await client.get("/readyz")
    assert response.status_code == 200, response.text
    assert response.json()["checks"] == {"database": "ok", "schema": "ok", "job_worker": "ok"}


async def test_not_ready_without_a_live_worker(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["job_worker"].startswith("no job worker")


@pytest.fixture
async def app_with_database_down(settings: Settings) -> AsyncIterator[FastAPI]:
    """The app after its database stopped answering (connections to it are refused)."""
    application = create_app(settings.model_copy(update={"job_workers": 0}))
    async with application.router.lifespan_context(application):
        live = application.state.engine
        dead = create_engine("postgresql+asyncpg://nobody@127.0.0.1:9/stopped")
        application.state.engine = dead
        application.state.sessionmaker = make_sessionmaker(dead)
        try:
            yield application
        finally:
            application.state.engine = live
            await dead.dispose()


async def test_not_ready_when_the_database_is_down(app_with_database_down: FastAPI) -> None:
    transport = httpx.ASGITransport(app=app_with_database_down)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        assert (await http.get("/healthz")).status_code == 200
        response = await http.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"].startswith("unreachable")


async def test_metrics_count_requests_by_route_template_and_read_gauges(
    client: httpx.AsyncClient,
) -> None:
    account = await sign_up(client)
    body = {"role_uuid": "role-001", "industry_uuid": "ind-001", "difficulty_level": "mid"}
    started = await client.post("/api/mock-interview/start", json=body, headers=account["headers"])
    assert started.status_code == 201
    session = started.json()["session_uuid"]
    await client.get(f"/api/mock-interview/sessions/{session}", headers=account["headers"])
    await client.get("/api/mock-interview/sessions/not-a-session", headers=account["headers"])
    text = (await client.get("/metrics")).text
    template = "/api/mock-interview/sessions/{session_uuid}"
    assert f'method="GET",route="{template}",status="200"' in text
    assert f'method="GET",route="{template}",status="404"' in text
    assert session not in text and account["token"] not in text
    assert (
        f'mockinterview_http_request_duration_seconds_bucket{{le="0.5",method="GET",route="{template}"}}'
        in text
    )
    assert "mockinterview_active_interviews 1.0" in text
    assert "mockinterview_job_queue_depth 0.0" in text
    assert "mockinterview_job_queue_oldest_age_seconds 0.0" in text


async def test_metrics_token_when_set(settings: Settings) -> None:
    application = create_app(
        settings.model_copy(update={"metrics_token": SecretStr("scrape-me"), "job_workers": 0})
    )
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            assert (await http.get("/metrics")).status_code == 401
            wrong = await http.get("/metrics", headers={"Authorization": "Bearer nope"})
            assert wrong.status_code == 401
            right = await http.get("/metrics", headers={"Authorization": "Bearer scrape-me"})
            assert right.status_code == 200 and "mockinterview_http_requests_total" in right.text
