"""role-benchmarks and industry-insights: aggregates only, from k people on; admins only."""

from typing import Any

import httpx
from fastapi import FastAPI

from tests.analytics.helpers import (
    ANALYTICS,
    ANSWERS,
    MIDDLING,
    STRONG,
    WEAK,
    admin_headers,
    completed,
)
from tests.support import sign_up

ORDER = ["weak", "middling", "strong", "weak", "strong"]


def interpolated(ordered: list[float], fraction: float) -> float:
    """Percentile by linear interpolation, written out by hand."""
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


async def test_benchmarks_appear_from_k_people_and_match_a_hand_computation(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    url = f"{ANALYTICS}/role-benchmarks"
    params = {"role_uuid": "role-001", "difficulty": "mid"}
    people = [user] + [await sign_up(client) for _ in range(4)]
    averages: list[float] = []
    for index, (person, quality) in enumerate(zip(people, ORDER, strict=True)):
        runs = [await completed(client, person, [ANSWERS[quality]])]
        if index == 0:
            runs.append(await completed(client, person, [STRONG, MIDDLING]))
        await completed(client, person, [WEAK], difficulty_level="senior")
        scores = [r["performance_summary"]["coaching_score"] for r in runs]
        averages.append(sum(scores) / len(scores))
        if index == 3:
            early = (await client.get(url, params=params, headers=user["headers"])).json()
            assert early["users"] == 4 and early["percentiles"] is None
            assert "Fewer than 5" in early["reason"] and early["your_percentile"] is None
    got = await client.get(url, params=params, headers=user["headers"])
    assert got.status_code == 200, got.text
    bench = got.json()
    assert bench["users"] == 5 and bench["reason"] is None
    ordered = sorted(averages)
    expected = {f"p{p}": round(interpolated(ordered, p / 100), 1) for p in (25, 50, 75, 90)}
    assert bench["percentiles"]["overall_score"] == expected
    mine = averages[0]
    below = sum(v < mine for v in averages) + 0.5 * sum(v == mine for v in averages)
    assert bench["your_scores"]["overall_score"] == round(mine, 1)
    assert bench["your_percentile"]["overall_score"] == round(100 * below / 5, 1)
    assert set(bench["percentiles"]) == {
        "overall_score",
        "communication",
        "technical_knowledge",
        "problem_solving",
        "confidence",
    }
    for person in people[1:]:
        assert person["user_uuid"] not in got.text and person["email"] not in got.text
    outsider = await sign_up(client)
    theirs = (await client.get(url, params=params, headers=outsider["headers"])).json()
    assert theirs["percentiles"] == bench["percentiles"] and theirs["your_percentile"] is None
    senior = (
        await client.get(url, params={**params, "difficulty": "senior"}, headers=user["headers"])
    ).json()
    assert senior["users"] == 5
    missing = await client.get(url, params={"role_uuid": "role-999"}, headers=user["headers"])
    assert missing.status_code == 404
    unnamed = await client.get(url, headers=user["headers"])
    assert unnamed.status_code == 422 and "role_uuid" in unnamed.text


async def test_industry_insights_are_for_admins_with_csv(
    client: httpx.AsyncClient, user: dict[str, Any], app: FastAPI
) -> None:
    url = f"{ANALYTICS}/industry-insights"
    for quality in ("weak", "strong", "middling", "weak", "strong"):
        await completed(client, user, [ANSWERS[quality]] * 2)
    started = await client.post(
        "/api/mock-interview/start",
        json={"role_uuid": "role-001", "difficulty_level": "mid"},
        headers=user["headers"],
    )
    sid = started.json()["session_uuid"]
    await client.post(f"/api/mock-interview/sessions/{sid}/abandon", headers=user["headers"])
    assert (await client.get(url, headers=user["headers"])).status_code == 403
    assert (
        await client.get(url, params={"format": "csv"}, headers=user["headers"])
    ).status_code == 403
    assert (await client.get(url)).status_code == 401
    admin = await admin_headers(client, app)
    insights = (await client.get(url, headers=admin)).json()
    (industry,) = insights["industries"]
    assert industry["industry_uuid"] == "ind-001" and industry["interviews"] == 6
    assert industry["completed"] == 5 and industry["completion_rate"] == round(100 * 5 / 6, 1)
    assert industry["abandoned_at"] == [{"question_number": 1, "interviews": 1}]
    assert industry["roles"][0]["role_uuid"] == "role-001"
    for question in industry["hardest_questions"]:
        assert question["answers"] >= insights["min_answers"] == 5
    assert user["email"] not in str(insights) and user["user_uuid"] not in str(insights)
    csv = await client.get(url, params={"format": "csv"}, headers=admin)
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.strip().splitlines()
    assert lines[0].startswith("industry_uuid,industry,role_uuid") and len(lines) == 3
    bad = await client.get(url, params={"format": "xml"}, headers=admin)
    assert bad.status_code == 422 and "format" in bad.text
