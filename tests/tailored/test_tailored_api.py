"""Seed 000's /api/mock-interviews: lifecycle, states, generation that cites its sources."""

from typing import Any

import httpx
from fastapi import FastAPI

from mockinterview.accounts.service import AccountService
from tests.support import PASSWORD
from tests.support_files import JOB_DESCRIPTION, RESUME_LINES, published_resume, ready_interview

URL = "/api/mock-interviews"
RESUME_TEXT = "\n".join(RESUME_LINES)
ANSWER = (
    "At Northwind I led the billing migration to AWS: I planned the cut-over, wrote the "
    "runbook, and we cut hosting costs by 35 percent without downtime."
)


async def test_generate_questions_cites_resume_and_job(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    created = await client.post(URL, json={"title": "  "}, headers=h)
    assert created.status_code == 201 and created.json()["status"] == "setup"
    interview = await ready_interview(client, user)
    assert interview["status"] == "ready"
    questions = interview["questions"]
    assert len(questions) == 10 and len({q["prompt"] for q in questions}) == 10
    assert {q["category"] for q in questions} >= {"behavioral", "technical"}
    assert {q["probe_kind"] for q in questions} >= {"gap", "overlap", "design", "motivation"}
    for question in questions:
        assert question["reason"] and question["expected_skills"] is not None
    quotes = [s["quote"] for q in questions for s in q["sources"] if s["kind"] != "bank"]
    assert any(quote in RESUME_TEXT for quote in quotes)
    assert any(quote in JOB_DESCRIPTION for quote in quotes)
    assert all(quote in RESUME_TEXT or quote in JOB_DESCRIPTION for quote in quotes)
    assert "Kubernetes" in " ".join(q["prompt"] for q in questions)
    assert interview["title"] != "Tailored interview"
    assert interview["resume_title"] and interview["job_description"].startswith("Staff")


async def test_generation_is_deterministic(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    first = await ready_interview(client, user)
    second = await ready_interview(client, user)
    assert [q["prompt"] for q in first["questions"]] == [q["prompt"] for q in second["questions"]]


async def test_resume_rules_for_generation(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    h = user["headers"]
    interview = (await client.post(URL, json={}, headers=h)).json()
    draft = (
        await client.post(
            "/api/resumes", files={"file": ("cv.txt", RESUME_TEXT.encode())}, headers=h
        )
    ).json()["resume_id"]
    unpublished = await client.post(
        f"{URL}/{interview['id']}/generate-questions", json={"resume_id": draft}, headers=h
    )
    assert unpublished.status_code == 422
    assert unpublished.json()["detail"][0]["loc"] == ["body", "resume_id"]
    theirs = await published_resume(client, other_user)
    foreign = await client.post(
        f"{URL}/{interview['id']}/generate-questions", json={"resume_id": theirs}, headers=h
    )
    assert foreign.status_code == 404
    assert (await client.get(f"{URL}/{interview['id']}", headers=h)).json()["status"] == "setup"


async def test_full_lifecycle_with_autosave_report_and_usage(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    interview = await ready_interview(client, user)
    iid = interview["id"]
    early = await client.post(f"{URL}/{iid}/end-session", headers=h)
    assert early.status_code == 409 and "ready" in early.json()["detail"]
    assert (await client.get(f"{URL}/{iid}/report", headers=h)).status_code == 409
    started = await client.post(f"{URL}/{iid}/start-session", headers=h)
    assert (
        started.json()["status"] == "in_progress" and started.json()["session_data"]["start_time"]
    )
    again = await client.post(f"{URL}/{iid}/generate-questions", json={"resume_id": "x"}, headers=h)
    assert again.status_code == 409 and "in_progress" in again.json()["detail"]

    saved = await client.patch(
        f"{URL}/{iid}/update-transcript",
        json={
            "current_question_index": 0,
            "draft_text": "Half an answer",
            "draft_elapsed_seconds": 12,
        },
        headers=h,
    )
    assert saved.status_code == 200
    assert saved.json()["session_data"]["draft_text"] == "Half an answer"
    stale = await client.patch(
        f"{URL}/{iid}/update-transcript", json={"current_question_index": 4}, headers=h
    )
    assert stale.status_code == 409

    first, second = interview["questions"][0], interview["questions"][1]
    recorded = await client.patch(
        f"{URL}/{iid}/update-transcript",
        json={
            "responses": [
                {
                    "question_uuid": first["question_uuid"],
                    "response_text": ANSWER,
                    "response_duration_seconds": 50,
                }
            ]
        },
        headers=h,
    )
    assert recorded.json()["session_data"]["current_question_index"] == 1
    via_seed_077 = await client.post(
        f"/api/mock-interview/sessions/{iid}/submit-response",
        json={"response_text": ANSWER, "question_uuid": second["question_uuid"]},
        headers=h,
    )
    assert via_seed_077.status_code == 200

    ended = await client.post(f"{URL}/{iid}/end-session", headers=h)
    assert ended.status_code == 200 and ended.json()["status"] == "completed"
    analysis = ended.json()["analysis"]
    for key in (
        "overall_score",
        "communication_skills",
        "technical_knowledge",
        "problem_solving",
        "confidence",
    ):
        assert 0 <= analysis[key] <= 100
    assert analysis["strengths"] or analysis["areas_for_improvement"]
    report = (await client.get(f"{URL}/{iid}/report", headers=h)).json()
    assert [t["question_uuid"] for t in report["transcript"]] == [
        first["question_uuid"],
        second["question_uuid"],
    ]
    assert report["performance_summary"]["completion_percentage"] == 20
    assert report["analysis"]["report"]["answers"][0]["evidence"] is not None

    usage = (await client.get("/api/usage", headers=h)).json()
    ops = {o["operation"]: o for o in usage["by_operation"]}
    assert ops["question_generation"]["calls"] == 1 and ops["analysis"]["calls"] == 1
    assert usage["total"]["input_tokens"] == 0 and usage["total"]["cost_usd"] == 0
    assert usage["by_month"][0]["calls"] == 2


async def test_edit_remove_duplicate_delete(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    interview = await ready_interview(client, user)
    iid = interview["id"]
    qid = interview["questions"][0]["question_uuid"]
    edited = await client.patch(
        f"{URL}/{iid}/questions/{qid}",
        json={"prompt": "Tell me about the AWS billing migration."},
        headers=h,
    )
    assert edited.json()["questions"][0]["prompt"] == "Tell me about the AWS billing migration."
    short = await client.patch(f"{URL}/{iid}/questions/{qid}", json={"prompt": "Why?"}, headers=h)
    assert short.status_code == 422
    removed = await client.delete(f"{URL}/{iid}/questions/{qid}", headers=h)
    assert len(removed.json()["questions"]) == 9
    assert removed.json()["questions"][0]["question_number"] == 1
    copy = await client.post(f"{URL}/{iid}/duplicate", headers=h)
    assert copy.status_code == 201
    assert copy.json()["status"] == "ready" and copy.json()["id"] != iid
    assert [q["prompt"] for q in copy.json()["questions"]] == [
        q["prompt"] for q in removed.json()["questions"]
    ]
    listing = await client.get(URL, headers=h)
    assert [i["id"] for i in listing.json()] == [copy.json()["id"], iid]
    assert (await client.delete(f"{URL}/{iid}", headers=h)).status_code == 200
    assert (await client.get(f"{URL}/{iid}", headers=h)).status_code == 404


async def test_another_users_interview_is_404(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    interview = await ready_interview(client, user)
    iid = interview["id"]
    h = other_user["headers"]
    for method, path in [
        ("get", ""),
        ("post", "/start-session"),
        ("post", "/end-session"),
        ("get", "/report"),
        ("post", "/duplicate"),
        ("delete", ""),
    ]:
        assert (await client.request(method, f"{URL}/{iid}{path}", headers=h)).status_code == 404
    assert (await client.get(URL, headers=h)).json() == []


async def test_usage_scope_all_is_for_admins(
    client: httpx.AsyncClient, user: dict[str, Any], app: FastAPI
) -> None:
    await ready_interview(client, user)
    assert (await client.get("/api/usage?scope=all", headers=user["headers"])).status_code == 403
    async with app.state.sessionmaker() as db:
        await AccountService(db, app.state.settings).register(
            "admin@example.com", PASSWORD, "Admin", is_admin=True
        )
        await db.commit()
    login = await client.post(
        "/api/auth/login", json={"email": "admin@example.com", "password": PASSWORD}
    )
    admin = {"Authorization": f"Bearer {login.json()['access_token']}"}
    everyone = (await client.get("/api/usage?scope=all", headers=admin)).json()
    assert everyone["scope"] == "all" and everyone["total"]["calls"] == 1
    mine = (await client.get("/api/usage", headers=admin)).json()
    assert mine["total"]["calls"] == 0


async def test_create_with_a_resume_names_it(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    rid = await published_resume(client, user)
    created = await client.post(URL, json={"resume_id": rid}, headers=user["headers"])
    assert created.status_code == 201, created.text
    assert created.json()["resume_id"] == rid and created.json()["resume_title"]


async def test_the_job_description_saved_at_creation_is_used_to_generate(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    rid = await published_resume(client, user)
    created = await client.post(
        URL, json={"resume_id": rid, "job_description": JOB_DESCRIPTION}, headers=h
    )
    path = f"{URL}/{created.json()['id']}/generate-questions"
    generated = await client.post(path, json={"resume_id": rid}, headers=h)
    assert generated.status_code == 200, generated.text
    assert generated.json()["job_description"] == JOB_DESCRIPTION.strip()
    sources = [s for q in generated.json()["questions"] for s in q["sources"]]
    assert any(s["kind"] == "job_description" and s["quote"] in JOB_DESCRIPTION for s in sources)
    cleared = await client.post(path, json={"resume_id": rid, "job_description": ""}, headers=h)
    assert cleared.status_code == 200 and cleared.json()["job_description"] is None
