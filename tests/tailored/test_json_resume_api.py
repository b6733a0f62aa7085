"""JSON Resume files through the resumes API, and questions planned from them."""

import json
from typing import Any

import httpx
import pytest

from tests.support_files import JOB_DESCRIPTION

URL = "/api/resumes"
JSON_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Rosa Ortega",
        "label": "Backend Engineer",
        "summary": "Backend engineer who builds payment systems in Python.",
    },
    "work": [
        {
            "name": "Brightpay",
            "position": "Senior Software Engineer",
            "startDate": "2021-03",
            "highlights": [
                "Led migration of billing to AWS, cutting hosting costs by 35%",
                "Designed an idempotent payments API in Python and PostgreSQL",
            ],
        },
        {
            "name": "Ledgerline",
            "position": "Software Engineer",
            "startDate": "2017-01",
            "endDate": "2021-02",
            "highlights": ["Reduced p95 API latency from 900ms to 250ms with Redis caching"],
        },
    ],
    "volunteer": [
        {"organization": "Code Club", "position": "Mentor", "startDate": "2019-09"},
    ],
    "education": [{"institution": "University of Leeds", "studyType": "BSc", "area": "Maths"}],
    "skills": [{"name": "Backend", "keywords": ["Python", "PostgreSQL", "Redis", "AWS"]}],
}


async def upload(client: httpx.AsyncClient, account: dict[str, Any], content: bytes) -> Any:
    """Upload a .json file."""
    return await client.post(
        URL, files={"file": ("resume.json", content)}, headers=account["headers"]
    )


async def test_json_resume_becomes_text_and_tailored_questions(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    created = await upload(client, user, json.dumps(JSON_RESUME).encode())
    assert created.status_code == 201, created.text
    text = created.json()["text"]
    assert "Senior Software Engineer, Brightpay (Mar 2021 - Present)" in text
    assert "- Led migration of billing to AWS, cutting hosting costs by 35%." in text
    assert "VOLUNTEERING\nMentor, Code Club (Sep 2019 - Present)" in text
    rid = created.json()["resume_id"]
    await client.patch(f"{URL}/{rid}", json={"published": True}, headers=h)
    interview = (await client.post("/api/mock-interviews", json={}, headers=h)).json()
    generated = await client.post(
        f"/api/mock-interviews/{interview['id']}/generate-questions",
        json={"resume_id": rid, "job_description": JOB_DESCRIPTION},
        headers=h,
    )
    assert generated.status_code == 200, generated.text
    questions = generated.json()["questions"]
    quotes = [s["quote"] for q in questions for s in q["sources"] if s["kind"] == "resume"]
    assert any("Brightpay" in quote or "35%" in quote for quote in quotes)
    assert len(quotes) == len(set(quotes))
    assert all(q["probe_kind"] for q in questions)


@pytest.mark.parametrize(
    ("content", "kind", "named"),
    [
        (b'{"work": [', "invalid_json", "not valid JSON"),
        (b"[1, 2]", "invalid_json_resume", "'(top level)'"),
        (b'{"work": {"name": "x"}}', "invalid_json_resume", "'work'"),
        (b'{"work": [{"highlights": "one"}]}', "invalid_json_resume", "'work[0].highlights'"),
        (b'{"basics": {"name": ["A"]}, "work": []}', "invalid_json_resume", "'basics.name'"),
        (b'{"basics": {}}', "invalid_json_resume", "'work'"),
    ],
)
async def test_bad_json_resume_is_refused_naming_the_field(
    client: httpx.AsyncClient, user: dict[str, Any], content: bytes, kind: str, named: str
) -> None:
    refused = await upload(client, user, content)
    assert refused.status_code == 422, refused.text
    error = refused.json()["detail"][0]
    assert error["loc"] == ["body", "file"] and error["type"] == kind
    assert named in error["msg"]
    assert (await client.get(URL, headers=user["headers"])).json() == []


async def test_json_resume_over_the_size_limit_is_413(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    padded = json.dumps({**JSON_RESUME, "meta": {"note": "x" * (5 * 1024 * 1024)}}).encode()
    refused = await upload(client, user, padded)
    assert refused.status_code == 413
