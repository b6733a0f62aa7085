"""Follow-up questions: asked after an answer with a clear gap, answered and coached with it."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mockinterview.app import create_app
from mockinterview.coaching.analysis import analyze
from mockinterview.coaching.schemas import AnswerInput
from mockinterview.config import Settings
from tests.fake_llm import FakeBehaviour, fake_provider
from tests.interviews.test_sessions_api import API, start
from tests.support import sign_up
from tests.support_files import JOB_DESCRIPTION, published_resume

VAGUE = (
    "We worked on it as a team and it went fine in the end, more or less as planned overall. "
    "We had a plan and we followed it and we communicated a lot."
)
COMPLETE = (
    "In my last role our billing release was at risk two weeks before launch because a vendor "
    "API changed. I owned the release, so I split the work into small steps and agreed a "
    "reduced scope with product. In the end we shipped two days early and failed payments "
    "dropped by 30% in the first month."
)
FOLLOW_UP_ANSWER = (
    "I personally rewrote the retry logic, I ran the load tests every night, and I chased the "
    "vendor until they fixed the API. We launched on time and failed payments fell by 30%."
)


async def _submit(
    client: httpx.AsyncClient, user: dict[str, Any], session_uuid: str, qid: str, text: str
) -> dict[str, Any]:
    sent = await client.post(
        f"{API}/sessions/{session_uuid}/submit-response",
        json={"response_text": text, "question_uuid": qid, "response_duration_seconds": 40},
        headers=user["headers"],
    )
    assert sent.status_code == 200, sent.text
    return sent.json()


async def test_a_vague_answer_gets_one_follow_up_and_a_complete_one_none(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user, follow_ups=True, difficulty_level="entry")
    assert session["follow_ups"] is True
    sid, sequence = session["session_uuid"], session["question_sequence"]
    total = session["total_questions"]

    done = await _submit(client, user, sid, sequence[0], COMPLETE)
    assert done["next_question"]["question_uuid"] == sequence[1]
    assert done["next_question"]["is_follow_up"] is False

    vague = await _submit(client, user, sid, sequence[1], VAGUE)
    follow_up = vague["next_question"]
    assert follow_up["is_follow_up"] is True
    assert follow_up["parent_question_uuid"] == sequence[1]
    assert (
        "personally" in follow_up["prompt"] and "We worked on it as a team" in follow_up["prompt"]
    )
    assert follow_up["question_number"] == 3 and follow_up["total_questions"] == total + 1

    # Answered through the same submit-response; no follow-up of a follow-up.
    answered = await _submit(client, user, sid, follow_up["question_uuid"], VAGUE)
    assert answered["next_question"]["question_uuid"] == sequence[2]
    fetched = (await client.get(f"{API}/sessions/{sid}", headers=user["headers"])).json()
    assert fetched["question_sequence"][2] == follow_up["question_uuid"]
    assert fetched["question_sequence"][3:] == sequence[2:]
    assert [q["question_number"] for q in fetched["questions"]] == list(range(1, total + 2))


async def test_follow_ups_off_and_capped(
    client: httpx.AsyncClient, user: dict[str, Any], app: FastAPI
) -> None:
    off = await start(client, user, difficulty_level="entry")
    assert off["follow_ups"] is False
    plain = await _submit(client, user, off["session_uuid"], off["question_sequence"][0], VAGUE)
    assert plain["next_question"]["is_follow_up"] is False

    on = await start(client, user, follow_ups=True, difficulty_level="entry")
    asked = 0
    for _ in range(12):
        current = (
            await client.get(f"{API}/sessions/{on['session_uuid']}", headers=user["headers"])
        ).json()["current_question"]
        if current is None:
            break
        text = FOLLOW_UP_ANSWER if current["is_follow_up"] else VAGUE
        asked += current["is_follow_up"]
        await _submit(client, user, on["session_uuid"], current["question_uuid"], text)
    assert 1 <= asked <= app.state.settings.max_follow_ups


async def test_a_good_follow_up_answer_lifts_its_parent(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user, follow_ups=True, difficulty_level="entry")
    sid, first = session["session_uuid"], session["questions"][0]
    follow_up = (await _submit(client, user, sid, first["question_uuid"], VAGUE))["next_question"]
    assert follow_up["is_follow_up"]
    await _submit(client, user, sid, follow_up["question_uuid"], FOLLOW_UP_ANSWER)
    done = await client.post(f"{API}/sessions/{sid}/complete", json={}, headers=user["headers"])
    assert done.status_code == 200
    fetched = (await client.get(f"{API}/sessions/{sid}", headers=user["headers"])).json()
    coached = {r["question_uuid"]: r["coaching"] for r in fetched["responses"]}
    together = coached[first["question_uuid"]]["coaching_score"]
    assert coached[follow_up["question_uuid"]] is None  # coached with its parent, not alone
    alone = analyze(
        AnswerInput(
            question=first["prompt"],
            answer=VAGUE,
            category=first["category"],
            expected_skills=first["expected_skills"],
            star_framework=first["star_framework"],
            interviewer_guidance=first["interviewer_guidance"],
        )
    ).score
    assert together > alone


@pytest.fixture
async def llm_app(settings: Settings) -> AsyncIterator[tuple[httpx.AsyncClient, FakeBehaviour]]:
    """An app whose follow-ups are written by the fake provider."""
    behaviour = FakeBehaviour(output={"question": "And what did you yourself change, exactly?"})
    with fake_provider(behaviour) as base_url:
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
        async with application.router.lifespan_context(application):
            transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
                yield http, behaviour


async def test_a_configured_model_writes_the_follow_up(
    llm_app: tuple[httpx.AsyncClient, FakeBehaviour], app: FastAPI
) -> None:
    client, behaviour = llm_app
    user = await sign_up(client)
    session = await start(client, user, follow_ups=True, difficulty_level="entry")
    first = session["question_sequence"][0]
    answered = await _submit(client, user, session["session_uuid"], first, VAGUE)
    assert answered["next_question"]["prompt"] == "And what did you yourself change, exactly?"
    assert any("We worked on it as a team" in str(body) for _, _, body in behaviour.requests)
    usage = (await client.get("/api/usage", headers=user["headers"])).json()
    assert "follow_up" in str(usage)


async def test_tailored_interviews_ask_follow_ups_through_autosave(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    rid = await published_resume(client, user)
    created = await client.post("/api/mock-interviews", json={"follow_ups": True}, headers=h)
    iid = created.json()["id"]
    generated = await client.post(
        f"/api/mock-interviews/{iid}/generate-questions",
        json={"resume_id": rid, "job_description": JOB_DESCRIPTION},
        headers=h,
    )
    assert generated.status_code == 200
    total = len(generated.json()["questions"])
    await client.post(f"/api/mock-interviews/{iid}/start-session", headers=h)
    for _ in range(total + 3):
        current = (await client.get(f"/api/mock-interviews/{iid}", headers=h)).json()
        index = current["session_data"]["current_question_index"]
        if index >= len(current["questions"]):
            break
        question = current["questions"][index]
        saved = await client.patch(
            f"/api/mock-interviews/{iid}/update-transcript",
            json={
                "responses": [{"question_uuid": question["question_uuid"], "response_text": VAGUE}]
            },
            headers=h,
        )
        assert saved.status_code == 200, saved.text
    questions = (await client.get(f"/api/mock-interviews/{iid}", headers=h)).json()["questions"]
    follow_ups = [q for q in questions if q["is_follow_up"]]
    assert follow_ups and len(questions) == total + len(follow_ups)
    assert [q["question_number"] for q in questions] == list(range(1, len(questions) + 1))
    for follow_up in follow_ups:
        parent = questions[follow_up["question_number"] - 2]
        assert parent["question_uuid"] == follow_up["parent_question_uuid"]
    ended = await client.post(f"/api/mock-interviews/{iid}/end-session", headers=h)
    assert ended.status_code == 200, ended.text


async def test_a_repeated_submit_asks_one_follow_up(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user, follow_ups=True, difficulty_level="entry")
    sid, first = session["session_uuid"], session["question_sequence"][0]
    url = f"{API}/sessions/{sid}/submit-response"
    body = {"response_text": VAGUE, "question_uuid": first}
    results = await asyncio.gather(
        *(client.post(url, json=body, headers=user["headers"]) for _ in range(4))
    )
    assert [r.status_code for r in results] == [200] * 4, [r.text for r in results]
    fetched = (await client.get(f"{API}/sessions/{sid}", headers=user["headers"])).json()
    follow_ups = [q for q in fetched["questions"] if q["is_follow_up"]]
    assert len(follow_ups) == 1 and len(fetched["responses"]) == 1
    assert fetched["question_sequence"][1] == follow_ups[0]["question_uuid"]
    assert fetched["current_question"]["question_uuid"] == follow_ups[0]["question_uuid"]
