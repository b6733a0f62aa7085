"""Tailored questions and coaching from a configured model (a local fake of its HTTP API)."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mockinterview.app import create_app
from mockinterview.config import Settings
from tests.fake_llm import FakeBehaviour, fake_provider
from tests.support import sign_up
from tests.support_files import RESUME_LINES, ready_interview

URL = "/api/mock-interviews"
RESUME_TEXT = "\n".join(RESUME_LINES)
ANSWER = (
    "At Northwind I led the billing migration to AWS: I planned the cut-over, wrote the "
    "runbook, and we cut hosting costs by 35 percent without downtime."
)


def written_questions() -> dict[str, Any]:
    """What the fake model answers to the question-writing call."""
    questions = [
        {
            "prompt": f"Question {n}: how did you approach the AWS billing migration, part {n}?",
            "category": "technical" if n % 2 else "behavioral",
            "difficulty": "senior",
            "expected_skills": ["aws", "migration planning"],
            "reason": "The resume names this migration.",
            "source_quote": RESUME_LINES[4] if n == 1 else "a line that is not in any document",
        }
        for n in range(1, 8)
    ]
    return {"questions": questions}


@pytest.fixture
async def llm_client_factory(
    settings: Settings,
) -> AsyncIterator[Any]:
    """Builds clients to an app configured for the fake provider at base_url."""
    opened: list[tuple[FastAPI, Any]] = []

    async def make(base_url: str) -> httpx.AsyncClient:
        configured = settings.model_copy(
            update={
                "ai_provider": "openai",
                "ai_model": "gpt-4o-mini",
                "ai_api_key": "test-key",
                "ai_base_url": base_url,
                "ai_timeout_seconds": 5,
            }
        )
        application = create_app(configured)
        lifespan = application.router.lifespan_context(application)
        await lifespan.__aenter__()
        opened.append((application, lifespan))
        transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
        return httpx.AsyncClient(transport=transport, base_url="http://test")

    yield make
    for _, lifespan in opened:
        await lifespan.__aexit__(None, None, None)


async def test_model_writes_grounded_questions_and_usage_is_logged(
    llm_client_factory: Any, app: FastAPI
) -> None:
    behaviour = FakeBehaviour(output=written_questions())
    with fake_provider(behaviour) as base_url:
        client = await llm_client_factory(base_url)
        account = await sign_up(client)
        interview = await ready_interview(client, account)
    questions = interview["questions"]
    assert interview["metadata"]["question_engine"] == "openai:gpt-4o-mini"
    assert len(questions) == 10
    assert questions[0]["prompt"].startswith("Question 1")
    assert questions[0]["sources"] == [{"kind": "resume", "quote": RESUME_LINES[4]}]
    assert questions[1]["sources"] == []
    assert not any(q["prompt"].startswith("Question") for q in questions[7:])
    usage = (await client.get("/api/usage", headers=account["headers"])).json()
    generation = next(o for o in usage["by_operation"] if o["operation"] == "question_generation")
    assert generation["calls"] == 2 and generation["input_tokens"] == 1200
    assert generation["cost_usd"] > 0
    await client.aclose()


async def test_provider_failure_falls_back_to_offline_and_says_so(llm_client_factory: Any) -> None:
    with fake_provider(FakeBehaviour(status=500)) as base_url:
        client = await llm_client_factory(base_url)
        account = await sign_up(client)
        interview = await ready_interview(client, account)
        iid = interview["id"]
        h = account["headers"]
        assert interview["metadata"]["question_engine"] == "offline"
        assert "failed" in interview["metadata"]["question_fallback_reason"]
        await client.post(f"{URL}/{iid}/start-session", headers=h)
        first = interview["questions"][0]["question_uuid"]
        await client.post(
            f"/api/mock-interview/sessions/{iid}/submit-response",
            json={"response_text": ANSWER, "question_uuid": first},
            headers=h,
        )
        ended = (await client.post(f"{URL}/{iid}/end-session", headers=h)).json()
    assert ended["analysis"]["engine"] == "offline"
    assert "failed" in ended["analysis"]["fallback_reason"]
    usage = (await client.get("/api/usage", headers=h)).json()
    assert usage["total"]["failures"] == 2
    await client.aclose()
