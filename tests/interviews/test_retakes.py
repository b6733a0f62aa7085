"""Retakes: a new interview from an earlier one, both kept, earlier scores on the new report."""

import re
from typing import Any

import httpx

from tests.interviews.test_sessions_api import ANSWER, API, start
from tests.web.pages import api_answer_all, api_start, browser_sign_up, page_csrf


async def _finish(client: httpx.AsyncClient, user: dict[str, Any], session: dict[str, Any]) -> None:
    for qid in session["question_sequence"]:
        answered = await client.post(
            f"{API}/sessions/{session['session_uuid']}/submit-response",
            json={"response_text": ANSWER, "question_uuid": qid},
            headers=user["headers"],
        )
        assert answered.status_code == 200
    done = await client.post(
        f"{API}/sessions/{session['session_uuid']}/complete", json={}, headers=user["headers"]
    )
    assert done.status_code == 200


async def test_retake_all_or_some_questions_keeps_the_chain(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    first = await start(client, user, time_limit_seconds=60)
    url = f"{API}/sessions/{first['session_uuid']}/retake"
    early = await client.post(url, headers=user["headers"])
    assert early.status_code == 409
    await _finish(client, user, first)

    whole = await client.post(url, headers=user["headers"])
    assert whole.status_code == 201, whole.text
    retake = whole.json()
    assert retake["retake_of"] == first["session_uuid"]
    assert retake["question_sequence"] == first["question_sequence"]
    assert retake["status"] == "in_progress" and retake["time_limit_seconds"] == 60
    assert retake["first_question"]["question_uuid"] == first["question_sequence"][0]

    one = first["question_sequence"][2]
    await _finish(client, user, retake)
    again = await client.post(
        f"{API}/sessions/{retake['session_uuid']}/retake",
        json={"question_uuids": [one]},
        headers=user["headers"],
    )
    assert again.status_code == 201
    # A retake of a retake still points at the first interview of the chain.
    assert again.json()["retake_of"] == first["session_uuid"]
    assert again.json()["question_sequence"] == [one]

    bad = await client.post(url, json={"question_uuids": ["nope"]}, headers=user["headers"])
    assert bad.status_code == 422 and "question_uuids" in bad.text
    foreign = await client.post(url, headers=other_user["headers"])
    assert foreign.status_code == 404

    listed = await client.get(f"{API}/sessions", headers=user["headers"])
    assert len(listed.json()) == 3  # every attempt is kept
    original = await client.get(f"{API}/sessions/{first['session_uuid']}", headers=user["headers"])
    assert len(original.json()["responses"]) == len(first["question_sequence"])


async def test_answer_again_from_the_report_shows_the_earlier_score(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    first = await api_start(client)
    await api_answer_all(client, first)
    report = await client.get(f"/interviews/{first['session_uuid']}/report")
    assert report.text.count(">Answer again<") == len(first["question_sequence"])
    assert "Earlier attempt" not in report.text
    earlier = re.findall(r"Score (\d+)/100", report.text)

    token = await page_csrf(client, f"/interviews/{first['session_uuid']}/report")
    qid = first["question_sequence"][0]
    moved = await client.post(
        f"/interviews/{first['session_uuid']}/retake",
        data={"csrf_token": token, "question_uuid": qid},
    )
    assert moved.status_code == 303
    retake_uuid = moved.headers["location"].rsplit("/", 1)[1]
    api = f"/api/mock-interview/sessions/{retake_uuid}"
    better = (
        "In my last job I led the move of our billing service to a queue. I measured the "
        "backlog, I wrote the plan, I ran the cut-over myself, and failed payments fell 60%."
    )
    for path, body in (
        ("submit-response", {"response_text": better, "question_uuid": qid}),
        ("complete", {}),
    ):
        sent = await client.post(f"{api}/{path}", json=body, headers={"X-CSRF-Token": token})
        assert sent.status_code == 200, sent.text
    new_report = await client.get(f"/interviews/{retake_uuid}/report")
    assert f"Earlier attempt {earlier[0]}/100" in new_report.text
    old_report = await client.get(f"/interviews/{first['session_uuid']}/report")
    assert "Earlier attempt" not in old_report.text
    assert old_report.text.count(">Answer again<") == len(first["question_sequence"])
