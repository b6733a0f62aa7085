"""Timed mode: the limit is a setting of the interview; late answers are marked by the server."""

from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update

from mockinterview.db import utcnow
from mockinterview.interviews.models import InterviewSession
from tests.interviews.test_sessions_api import ANSWER, API, start


async def _submit(
    client: httpx.AsyncClient, user: dict[str, Any], session: dict[str, Any], index: int, **extra
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/sessions/{session['session_uuid']}/submit-response",
        json={
            "response_text": ANSWER,
            "question_uuid": session["question_sequence"][index],
            **extra,
        },
        headers=user["headers"],
    )
    assert response.status_code == 200, response.text
    return response.json()


async def _open_question_ago(app: FastAPI, session_uuid: str, seconds: int) -> None:
    async with app.state.sessionmaker() as db:
        await db.execute(
            update(InterviewSession)
            .where(InterviewSession.session_uuid == session_uuid)
            .values(question_opened_at=utcnow() - timedelta(seconds=seconds))
        )
        await db.commit()


async def test_time_limit_is_kept_and_checked(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user, time_limit_seconds=120)
    assert session["time_limit_seconds"] == 120 and session["follow_ups"] is False
    untimed = await start(client, user)
    assert untimed["time_limit_seconds"] is None
    for bad in (10, 4000, "soon"):
        refused = await client.post(
            f"{API}/start",
            json={"role_uuid": "role-001", "time_limit_seconds": bad},
            headers=user["headers"],
        )
        assert refused.status_code == 422
        assert "time_limit_seconds" in refused.text


async def test_answers_past_the_limit_are_marked_over_time(
    client: httpx.AsyncClient, user: dict[str, Any], app: FastAPI
) -> None:
    session = await start(client, user, time_limit_seconds=60)
    await _open_question_ago(app, session["session_uuid"], 90)
    late = await _submit(client, user, session, 0)
    assert late["response"]["over_time"] is True
    on_time = await _submit(client, user, session, 1)
    assert on_time["response"]["over_time"] is False
    # The client's word is enough to mark it (the candidate chose to keep going)...
    kept_going = await _submit(client, user, session, 2, over_time=True)
    assert kept_going["response"]["over_time"] is True
    # ...but the client cannot unmark a late answer.
    await _open_question_ago(app, session["session_uuid"], 300)
    denied = await _submit(client, user, session, 3, over_time=False)
    assert denied["response"]["over_time"] is True

    untimed = await start(client, user)
    await _open_question_ago(app, untimed["session_uuid"], 900)
    assert (await _submit(client, user, untimed, 0))["response"]["over_time"] is False

    done = await client.post(
        f"{API}/sessions/{session['session_uuid']}/complete", json={}, headers=user["headers"]
    )
    assert done.status_code == 200
    fetched = (
        await client.get(f"{API}/sessions/{session['session_uuid']}", headers=user["headers"])
    ).json()
    assert [r["over_time"] for r in fetched["responses"]] == [True, False, True, True]


async def test_tailored_interviews_take_the_settings(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    created = await client.post(
        "/api/mock-interviews",
        json={"title": "Timed", "time_limit_seconds": 180, "follow_ups": True},
        headers=user["headers"],
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["time_limit_seconds"] == 180 and body["follow_ups"] is True
    refused = await client.post(
        "/api/mock-interviews", json={"time_limit_seconds": 5}, headers=user["headers"]
    )
    assert refused.status_code == 422 and "time_limit_seconds" in refused.text
