"""Question bank read API."""

from typing import Any

import httpx


async def test_industries_and_roles(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    industries = await client.get("/api/question-bank/industries", headers=user["headers"])
    assert industries.status_code == 200
    ids = [i["id"] for i in industries.json()]
    assert ids[0] == "ind-001" and "ind-012" in ids
    roles = await client.get("/api/question-bank/industries/ind-001/roles", headers=user["headers"])
    assert roles.status_code == 200
    assert [r["id"] for r in roles.json()][:3] == ["role-001", "role-002", "role-003"]
    missing = await client.get(
        "/api/question-bank/industries/ind-999/roles", headers=user["headers"]
    )
    assert missing.status_code == 404 and "ind-999" in missing.json()["detail"]


async def test_questions_filtered_and_paginated(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    url = "/api/question-bank/questions"
    params = {"category": "technical", "difficulty": "senior", "role_uuid": "role-001"}
    first = await client.get(url, params={**params, "page_size": 2}, headers=user["headers"])
    assert first.status_code == 200
    body = first.json()
    assert body["total"] >= 4 and len(body["items"]) == 2 and body["page"] == 1
    for item in body["items"]:
        assert item["category"] == "technical" and item["difficulty"] == "senior"
        assert item["role_id"] == "role-001"
    second = await client.get(
        url, params={**params, "page_size": 2, "page": 2}, headers=user["headers"]
    )
    assert {i["question_uuid"] for i in second.json()["items"]}.isdisjoint(
        {i["question_uuid"] for i in body["items"]}
    )
    shared = await client.get(
        url, params={"category": "behavioral", "role_uuid": "role-002"}, headers=user["headers"]
    )
    assert all(i["role_id"] is None for i in shared.json()["items"])


async def test_question_detail_and_errors(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    listing = await client.get(
        "/api/question-bank/questions",
        params={"category": "behavioral", "page_size": 1},
        headers=user["headers"],
    )
    qid = listing.json()["items"][0]["question_uuid"]
    detail = await client.get(f"/api/question-bank/questions/{qid}", headers=user["headers"])
    assert detail.status_code == 200
    assert set(detail.json()["star_framework"]) == {"situation", "task", "action", "result"}
    assert (
        await client.get("/api/question-bank/questions/q-nope", headers=user["headers"])
    ).status_code == 404
    bad = await client.get(
        "/api/question-bank/questions", params={"category": "trivia"}, headers=user["headers"]
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "category"]
    unknown_role = await client.get(
        "/api/question-bank/questions", params={"role_uuid": "role-999"}, headers=user["headers"]
    )
    assert unknown_role.status_code == 404


async def test_bank_needs_a_token(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/question-bank/industries")).status_code == 401
