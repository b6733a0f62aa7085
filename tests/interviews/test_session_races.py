"""State changes of one session serialise: racing requests get one winner and clear answers."""

import asyncio
from typing import Any

import httpx

from tests.interviews.test_sessions_api import API, answer, start


async def _answered(client: httpx.AsyncClient, user: dict[str, Any]) -> dict[str, Any]:
    session = await start(client, user)
    assert (
        await answer(client, user, session, session["first_question"]["uuid"])
    ).status_code == 200
    return session


async def test_two_completes_race_and_one_wins(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await _answered(client, user)
    url = f"{API}/sessions/{session['session_uuid']}/complete"
    results = await asyncio.gather(*(client.post(url, headers=user["headers"]) for _ in range(2)))
    assert sorted(r.status_code for r in results) == [200, 409], [r.text for r in results]
    usage = (await client.get("/api/usage", headers=user["headers"])).json()
    analyses = [op for op in usage["by_operation"] if op["operation"] == "analysis"]
    assert [op["calls"] for op in analyses] == [1]


async def test_complete_and_abandon_race_and_one_wins(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await _answered(client, user)
    base = f"{API}/sessions/{session['session_uuid']}"
    done, gone = await asyncio.gather(
        client.post(f"{base}/complete", headers=user["headers"]),
        client.post(f"{base}/abandon", headers=user["headers"]),
    )
    assert sorted([done.status_code, gone.status_code]) == [200, 409]
    final = (await client.get(base, headers=user["headers"])).json()["status"]
    assert final == ("completed" if done.status_code == 200 else "abandoned")


async def test_racing_repeats_of_one_answer_all_get_the_stored_answer(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    qid = session["first_question"]["uuid"]
    results = await asyncio.gather(*(answer(client, user, session, qid) for _ in range(12)))
    assert [r.status_code for r in results] == [200] * 12, [r.text for r in results]
    assert sum(not r.json()["duplicate"] for r in results) == 1
    assert len({r.json()["response"]["timestamp"] for r in results}) == 1
    stored = (
        await client.get(f"{API}/sessions/{session['session_uuid']}", headers=user["headers"])
    ).json()
    assert len(stored["responses"]) == 1


async def test_an_acknowledged_answer_is_in_the_summary(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await _answered(client, user)
    second = (
        await client.get(f"{API}/sessions/{session['session_uuid']}", headers=user["headers"])
    ).json()
    qid = second["current_question"]["uuid"]
    submitted, completed = await asyncio.gather(
        answer(client, user, session, qid),
        client.post(f"{API}/sessions/{session['session_uuid']}/complete", headers=user["headers"]),
    )
    if submitted.status_code == 200 and completed.status_code == 200:
        summary = completed.json()
        answered = summary.get("metrics", summary).get("questions_answered")
        assert answered == 2
    assert 200 in (submitted.status_code, completed.status_code)


async def test_submitted_answers_keep_their_sentence_vectors(
    app: Any, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    from sqlalchemy import select

    from mockinterview.coaching.analysis import answer_sentences
    from mockinterview.interviews.models import SessionResponse
    from tests.interviews.test_sessions_api import ANSWER

    await _answered(client, user)
    for _ in range(300):
        async with app.state.sessionmaker() as db:
            stored = (await db.scalars(select(SessionResponse.sentence_vectors))).all()
        if stored and all(stored):
            break
        await asyncio.sleep(0.1)
    assert stored and all(v and len(v) == len(answer_sentences(ANSWER)) * 384 * 2 for v in stored)
