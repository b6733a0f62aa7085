"""Lists of interviews read no answers or coaching; coaching is stored once, with each answer."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event, select

from mockinterview.interviews.models import InterviewSession
from tests.interviews.test_sessions_api import API
from tests.web.pages import api_answer_all, api_start, browser_sign_up


@contextmanager
def statements(app: FastAPI) -> Iterator[list[str]]:
    """Every SQL statement the app runs inside the block."""
    seen: list[str] = []
    engine = app.state.engine.sync_engine

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


async def test_lists_carry_counts_and_scores_but_no_answers(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    await browser_sign_up(client)
    done = await api_start(client)
    await api_answer_all(client, done)
    await api_start(client)
    with statements(app) as seen:
        listing = await client.get(f"{API}/sessions")
        tailored = await client.get("/api/mock-interviews")
        page = await client.get("/interviews")
    assert listing.status_code == tailored.status_code == page.status_code == 200
    assert f'href="/interviews/{done["session_uuid"]}/report"' in page.text
    items = {item["session_uuid"]: item for item in listing.json()}
    item = items[done["session_uuid"]]
    total = done["total_questions"]
    assert item["answered_questions"] == total and item["total_questions"] == total
    assert "responses" not in item and "questions" not in item
    assert "coaching_report" not in item["performance_summary"]
    assert isinstance(item["performance_summary"]["coaching_score"], (int, float))
    seed_000 = {i["id"]: i for i in tailored.json()}[done["session_uuid"]]
    assert seed_000["answered_questions"] == total and seed_000["overall_score"] is not None
    assert "questions" not in seed_000 and "session_data" not in seed_000
    read = " ".join(seen).lower()
    assert "response_text" not in read and "coaching" not in read.replace("coaching_", "")
    assert "session_questions.prompt" not in read


async def test_coaching_is_stored_once_and_reports_stay_whole(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    await browser_sign_up(client)
    done = await api_start(client)
    await api_answer_all(client, done)
    async with app.state.sessionmaker() as db:
        row = await db.scalar(
            select(InterviewSession).where(InterviewSession.session_uuid == done["session_uuid"])
        )
        assert row is not None and row.performance_summary is not None
        stored = row.performance_summary["coaching_report"]
    assert "answers" not in stored
    full = (await client.get(f"{API}/sessions/{done['session_uuid']}")).json()
    answers = full["performance_summary"]["coaching_report"]["answers"]
    assert [a["question_uuid"] for a in answers] == [r["question_uuid"] for r in full["responses"]]
    assert answers == [r["coaching"] for r in full["responses"]]
    report = await client.get(f"/interviews/{done['session_uuid']}/report")
    assert report.status_code == 200 and "Coaching score" in report.text
