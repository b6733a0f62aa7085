"""The /api/mock-interview API: scenarios, answers, state transitions, isolation."""

from typing import Any

import httpx
import pytest

from mockinterview.interviews.scenario import DISTRIBUTION

API = "/api/mock-interview"
ANSWER = (
    "In my last role I owned the release process, so I set a clear plan, "
    "talked to each team lead, and we shipped two days early with no incidents."
)


async def start(
    client: httpx.AsyncClient, account: dict[str, Any], **overrides: Any
) -> dict[str, Any]:
    """Start a session and return its JSON."""
    body = {"role_uuid": "role-001", "industry_uuid": "ind-001", "difficulty_level": "mid"}
    response = await client.post(
        f"{API}/start", json={**body, **overrides}, headers=account["headers"]
    )
    assert response.status_code == 201, response.text
    return response.json()


async def answer(
    client: httpx.AsyncClient, account: dict[str, Any], session: dict[str, Any], qid: str
) -> httpx.Response:
    """Submit the standard answer to one question."""
    return await client.post(
        f"{API}/sessions/{session['session_uuid']}/submit-response",
        json={"response_text": ANSWER, "response_duration_seconds": 42.5, "question_uuid": qid},
        headers=account["headers"],
    )


@pytest.mark.parametrize("difficulty", ["entry", "mid", "senior"])
async def test_start_follows_the_seed_distribution_and_order(
    client: httpx.AsyncClient, user: dict[str, Any], difficulty: str
) -> None:
    session = await start(client, user, difficulty_level=difficulty)
    wanted = DISTRIBUTION[difficulty]
    categories = [q["category"] for q in session["questions"]]
    expected = [
        c for c in ("behavioral", "technical", "situational", "company") for _ in range(wanted[c])
    ]  # type: ignore[index]
    assert categories == expected
    assert len(set(session["question_sequence"])) == len(expected)
    assert all(q["difficulty"] == difficulty for q in session["questions"])
    assert session["status"] == "in_progress" and session["current_question_index"] == 0
    assert session["responses"] == [] and session["started_at"]
    first = session["first_question"]
    assert first["question_uuid"] == session["question_sequence"][0]
    assert first["question_number"] == 1 and first["total_questions"] == len(expected)
    assert first["prompt"] and first["expected_skills"] and first["star_framework"]


async def test_company_name_and_category_toggles(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(
        client, user, difficulty_level="senior", company_name="Acme", include_technical=False
    )
    assert session["scenario_name"] == "Senior Software Engineer at Acme"
    assert "technical" not in {q["category"] for q in session["questions"]}
    company = [q for q in session["questions"] if q["category"] == "company"]
    assert company and "Acme" in company[0]["prompt"] and "{company}" not in company[0]["prompt"]
    plain = await start(client, user, include_behavioral=False, include_situational=False)
    assert {q["category"] for q in plain["questions"]} == {"technical", "company"}
    assert "{company}" not in plain["questions"][-1]["prompt"]


async def test_start_rejects_bad_input(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    none = await client.post(
        f"{API}/start",
        json={
            "role_uuid": "role-001",
            "include_behavioral": False,
            "include_technical": False,
            "include_situational": False,
            "include_company": False,
        },
        headers=h,
    )
    assert none.status_code == 422 and "at least one" in none.text
    assert (
        await client.post(f"{API}/start", json={"role_uuid": "role-999"}, headers=h)
    ).status_code == 404
    unknown_industry = await client.post(
        f"{API}/start", json={"role_uuid": "role-001", "industry_uuid": "ind-999"}, headers=h
    )
    assert unknown_industry.status_code == 404
    mismatch = await client.post(
        f"{API}/start", json={"role_uuid": "role-001", "industry_uuid": "ind-002"}, headers=h
    )
    assert mismatch.status_code == 422
    assert mismatch.json()["detail"][0]["loc"] == ["body", "industry_uuid"]
    level = await client.post(
        f"{API}/start", json={"role_uuid": "role-001", "difficulty_level": "guru"}, headers=h
    )
    assert level.status_code == 422 and level.json()["detail"][0]["loc"] == [
        "body",
        "difficulty_level",
    ]
    assert (await client.post(f"{API}/start", content=b"{", headers=h)).status_code == 422
    assert (await client.post(f"{API}/start", json={"role_uuid": "role-001"})).status_code == 401


async def test_a_whole_interview_and_its_summary(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user, difficulty_level="entry")
    sequence = session["question_sequence"]
    for number, qid in enumerate(sequence, start=1):
        result = await answer(client, user, session, qid)
        assert result.status_code == 200, result.text
        body = result.json()
        assert body["success"] and not body["duplicate"]
        assert body["current_question_index"] == number
        assert body["response"]["word_count"] == 29
        if number < len(sequence):
            assert body["next_question"]["question_uuid"] == sequence[number]
            assert body["next_question"]["prompt"]
        else:
            assert body["next_question"] is None
    done = await client.post(
        f"{API}/sessions/{session['session_uuid']}/complete",
        json={"performance_summary": {"completion_percentage": 5, "total_words": 1}},
        headers=user["headers"],
    )
    assert done.status_code == 200
    metrics = done.json()["metrics"]
    assert done.json()["status"] == "completed" and done.json()["completed_at"]
    assert metrics["completion_percentage"] == 100
    assert metrics["total_words"] == 29 * len(sequence)
    assert metrics["avg_response_time"] == 42.5
    assert metrics["category_breakdown"] == {
        "behavioral": 3,
        "technical": 2,
        "situational": 1,
        "company": 1,
    }
    stored = (
        await client.get(f"{API}/sessions/{session['session_uuid']}", headers=user["headers"])
    ).json()
    assert stored["performance_summary"]["total_words"] == metrics["total_words"]
    assert stored["responses"][0]["question_category"] == "behavioral"
    assert stored["current_question"] is None
    late = await answer(client, user, session, "q-whatever")
    assert late.status_code == 409
    again = await client.post(
        f"{API}/sessions/{session['session_uuid']}/complete", headers=user["headers"]
    )
    assert again.status_code == 409


async def test_submit_rules(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    session = await start(client, user)
    url = f"{API}/sessions/{session['session_uuid']}/submit-response"
    h = user["headers"]
    short = await client.post(url, json={"response_text": "I did it well, honestly."}, headers=h)
    assert short.status_code == 422
    assert short.json()["detail"][0]["loc"] == ["body", "response_text"]
    assert "at least 10 words" in short.json()["detail"][0]["msg"]
    huge = await client.post(url, json={"response_text": "word " * 5000}, headers=h)
    assert huge.status_code == 422 and huge.json()["detail"][0]["loc"] == ["body", "response_text"]
    for duration in (-1, 10**9):
        bad = await client.post(
            url, json={"response_text": ANSWER, "response_duration_seconds": duration}, headers=h
        )
        assert bad.status_code == 422
        assert bad.json()["detail"][0]["loc"] == ["body", "response_duration_seconds"]
    wrong = await client.post(
        url,
        json={"response_text": ANSWER, "question_uuid": session["question_sequence"][2]},
        headers=h,
    )
    assert wrong.status_code == 409
    foreign = await client.post(
        url, json={"response_text": ANSWER, "question_uuid": "q-x"}, headers=h
    )
    assert foreign.status_code == 422
    check = (await client.get(f"{API}/sessions/{session['session_uuid']}", headers=h)).json()
    assert check["responses"] == [] and check["current_question_index"] == 0


async def test_submit_is_idempotent_per_question(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    first_q = session["question_sequence"][0]
    one = await answer(client, user, session, first_q)
    two = await answer(client, user, session, first_q)
    assert one.status_code == two.status_code == 200
    assert two.json()["duplicate"] is True
    assert two.json()["next_question"]["question_uuid"] == session["question_sequence"][1]
    stored = (
        await client.get(f"{API}/sessions/{session['session_uuid']}", headers=user["headers"])
    ).json()
    assert len(stored["responses"]) == 1 and stored["current_question_index"] == 1


async def test_resume_after_reload_returns_the_current_question(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    for qid in session["question_sequence"][:3]:
        assert (await answer(client, user, session, qid)).status_code == 200
    reloaded = await client.get(
        f"{API}/sessions/{session['session_uuid']}", headers=user["headers"]
    )
    body = reloaded.json()
    assert body["current_question_index"] == 3
    assert body["current_question"]["question_uuid"] == session["question_sequence"][3]
    assert body["current_question"]["question_number"] == 4
    assert [r["question_uuid"] for r in body["responses"]] == session["question_sequence"][:3]


async def test_complete_early_reports_partial_completion(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    await answer(client, user, session, session["question_sequence"][0])
    done = await client.post(
        f"{API}/sessions/{session['session_uuid']}/complete", headers=user["headers"]
    )
    metrics = done.json()["metrics"]
    assert metrics["completion_percentage"] == round(100 / 9, 1)
    assert metrics["category_breakdown"]["behavioral"] == 1


async def test_abandon_and_delete(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    session = await start(client, user)
    sid = session["session_uuid"]
    h = user["headers"]
    gone = await client.post(f"{API}/sessions/{sid}/abandon", headers=h)
    assert gone.status_code == 200 and gone.json() == {"status": "abandoned"}
    assert (await client.post(f"{API}/sessions/{sid}/abandon", headers=h)).status_code == 409
    assert (await answer(client, user, session, session["question_sequence"][0])).status_code == 409
    assert (await client.post(f"{API}/sessions/{sid}/complete", headers=h)).status_code == 409
    deleted = await client.delete(f"{API}/sessions/{sid}", headers=h)
    assert deleted.status_code == 200 and deleted.json() == {"detail": "Session deleted"}
    assert (await client.get(f"{API}/sessions/{sid}", headers=h)).status_code == 404
    assert (await client.delete(f"{API}/sessions/{sid}", headers=h)).status_code == 404


async def test_lists_are_newest_first_filtered_and_paginated(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    a = await start(client, user)
    b = await start(client, user, role_uuid="role-002")
    c = await start(client, user)
    await client.post(f"{API}/sessions/{c['session_uuid']}/abandon", headers=h)
    listing = await client.get(f"{API}/sessions", headers=h)
    assert listing.headers["x-total-count"] == "3"
    assert [s["session_uuid"] for s in listing.json()] == [
        c["session_uuid"],
        b["session_uuid"],
        a["session_uuid"],
    ]
    page = await client.get(f"{API}/sessions", params={"page": 2, "page_size": 2}, headers=h)
    assert [s["session_uuid"] for s in page.json()] == [a["session_uuid"]]
    active = await client.get(f"{API}/sessions", params={"status": "in_progress"}, headers=h)
    assert {s["session_uuid"] for s in active.json()} == {a["session_uuid"], b["session_uuid"]}
    by_role = await client.get(f"{API}/sessions/role/role-002", headers=h)
    assert [s["session_uuid"] for s in by_role.json()] == [b["session_uuid"]]
    bad = await client.get(f"{API}/sessions", params={"status": "paused"}, headers=h)
    assert bad.status_code == 422


async def test_another_users_session_is_404_everywhere(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    session = await start(client, user)
    sid = session["session_uuid"]
    h = other_user["headers"]
    calls = [
        client.get(f"{API}/sessions/{sid}", headers=h),
        client.post(
            f"{API}/sessions/{sid}/submit-response", json={"response_text": ANSWER}, headers=h
        ),
        client.post(f"{API}/sessions/{sid}/complete", headers=h),
        client.post(f"{API}/sessions/{sid}/abandon", headers=h),
        client.delete(f"{API}/sessions/{sid}", headers=h),
    ]
    for call in calls:
        assert (await call).status_code == 404
    assert (await client.get(f"{API}/sessions", headers=h)).json() == []
    assert (await client.get(f"{API}/sessions/role/role-001", headers=h)).json() == []
    mine = await client.get(f"{API}/sessions/{sid}", headers=user["headers"])
    assert mine.status_code == 200 and mine.json()["status"] == "in_progress"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/start"),
        ("get", "/sessions"),
        ("get", "/sessions/role/role-001"),
        ("get", "/sessions/x"),
        ("post", "/sessions/x/submit-response"),
        ("post", "/sessions/x/complete"),
        ("post", "/sessions/x/abandon"),
        ("delete", "/sessions/x"),
    ],
)
async def test_every_endpoint_needs_a_valid_token(
    client: httpx.AsyncClient, method: str, path: str
) -> None:
    assert (await client.request(method, f"{API}{path}")).status_code == 401
    bad = {"Authorization": "Bearer not-a-token"}
    assert (await client.request(method, f"{API}{path}", headers=bad)).status_code == 401


async def test_complete_stores_coaching_and_it_can_be_rerun(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    session = await start(client, user, difficulty_level="entry")
    sid = session["session_uuid"]
    h = user["headers"]
    for qid in session["question_sequence"][:2]:
        await answer(client, user, session, qid)
    premature = await client.post(f"{API}/sessions/{sid}/generate-coaching", headers=h)
    assert premature.status_code == 409
    metrics = (await client.post(f"{API}/sessions/{sid}/complete", headers=h)).json()["metrics"]
    assert 0 <= metrics["coaching_score"] <= 100
    assert metrics["coaching_feedback"] and isinstance(metrics["areas_for_improvement"], list)
    assert set(metrics["question_specific_feedback"]) == set(session["question_sequence"][:2])
    assert set(metrics["dimension_scores"]) == {
        "communication",
        "technical_knowledge",
        "problem_solving",
        "confidence",
    }
    assert metrics["coaching_engine"] == "offline"
    stored = (await client.get(f"{API}/sessions/{sid}", headers=h)).json()
    assert stored["responses"][0]["coaching"]["coaching_score"] >= 0
    rerun = await client.post(f"{API}/sessions/{sid}/generate-coaching", headers=h)
    assert rerun.status_code == 200
    assert rerun.json()["metrics"]["coaching_score"] == metrics["coaching_score"]
    foreign = await client.post(
        f"{API}/sessions/{sid}/generate-coaching", headers=other_user["headers"]
    )
    assert foreign.status_code == 404


async def test_answers_with_units_after_by_or_at_are_coached(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    sid, h = session["session_uuid"], user["headers"]
    text = (
        "I led the move of our billing reports to a columnar store, which sped them up by 11.2x; "
        "I also cut p99 latency by 200ms and we grew sign-ups by 5k a month after launch."
    )
    for qid in session["question_sequence"][:2]:
        body = {"response_text": text, "response_duration_seconds": 60, "question_uuid": qid}
        submitted = await client.post(f"{API}/sessions/{sid}/submit-response", json=body, headers=h)
        assert submitted.status_code == 200
    completed = await client.post(f"{API}/sessions/{sid}/complete", headers=h)
    assert completed.status_code == 200, completed.text
    assert 0 <= completed.json()["metrics"]["coaching_score"] <= 100
