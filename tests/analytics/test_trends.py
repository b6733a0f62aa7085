"""performance-trends and user-progress: one user's own interviews, equal to their reports."""

from collections import defaultdict
from statistics import mean
from typing import Any

import httpx

from tests.analytics.helpers import ANALYTICS, MIDDLING, STRONG, WEAK, completed


async def test_trends_list_each_interview_as_its_own_report_says(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    mine = [
        await completed(client, user, [WEAK, WEAK]),
        await completed(client, user, [MIDDLING, STRONG], difficulty_level="senior"),
        await completed(client, user, [STRONG, STRONG, MIDDLING]),
    ]
    theirs = await completed(client, other_user, [STRONG])
    got = await client.get(f"{ANALYTICS}/performance-trends", headers=user["headers"])
    assert got.status_code == 200, got.text
    trends = got.json()
    assert [s["session_uuid"] for s in trends["sessions"]] == [m["session_uuid"] for m in mine]
    assert theirs["session_uuid"] not in got.text
    for listed, session in zip(trends["sessions"], mine, strict=True):
        summary = session["performance_summary"]
        report = summary["coaching_report"]
        assert listed["overall_score"] == summary["coaching_score"] == report["overall_score"]
        assert listed["dimension_scores"] == summary["dimension_scores"]
        assert listed["dimension_scores"] == {
            n: d["score"] for n, d in report["dimensions"].items()
        }
        for field in ("completion_percentage", "total_words", "avg_response_time"):
            assert listed[field] == summary[field], field
        assert listed["difficulty_level"] == session["difficulty_level"]
        assert listed["kind"] == "bank" and listed["role_uuid"] == "role-001"
    by_category: dict[str, list[int]] = defaultdict(list)
    for session in mine:
        for response in session["responses"]:
            by_category[response["question_category"]].append(
                response["coaching"]["coaching_score"]
            )
    assert {c["category"]: c["average_score"] for c in trends["categories"]} == {
        c: round(mean(scores), 1) for c, scores in by_category.items()
    }
    (week,) = trends["buckets"]
    assert week["interviews"] == 3
    assert week["overall_score"] == round(
        mean(s["performance_summary"]["coaching_score"] for s in mine), 1
    )
    levels = {d["difficulty_level"]: d["interviews"] for d in trends["difficulties"]}
    assert levels == {"mid": 2, "senior": 1}
    (habit,) = trends["habits"]
    assert habit["answers"] == 7 and habit["fillers_per_100_words"] > 0
    assert (
        trends["sessions"][0]["fillers_per_100_words"]
        > trends["sessions"][2]["fillers_per_100_words"]
    )


async def test_trend_filters_and_bad_input(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    await completed(client, user, [STRONG])
    await completed(client, user, [WEAK], difficulty_level="entry")
    h = user["headers"]
    url = f"{ANALYTICS}/performance-trends"
    entry = (await client.get(url, params={"difficulty": "entry"}, headers=h)).json()
    assert [s["difficulty_level"] for s in entry["sessions"]] == ["entry"]
    assert (await client.get(url, params={"kind": "tailored"}, headers=h)).json()["sessions"] == []
    assert (await client.get(url, params={"role_uuid": "role-002"}, headers=h)).json()[
        "sessions"
    ] == []
    month = (await client.get(url, params={"bucket": "month"}, headers=h)).json()
    assert month["buckets"][0]["bucket"].endswith("-01")
    past = (
        await client.get(url, params={"from": "2020-01-01", "to": "2020-12-31"}, headers=h)
    ).json()
    assert past["sessions"] == []
    for params, field in [
        ({"bucket": "year"}, "bucket"),
        ({"from": "yesterday"}, "from"),
        ({"from": "2026-02-02", "to": "2026-01-01"}, "to"),
        ({"difficulty": "expert"}, "difficulty"),
    ]:
        bad = await client.get(url, params=params, headers=h)
        assert bad.status_code == 422 and field in bad.text, (params, bad.text)
    assert (await client.get(url)).status_code == 401


async def test_progress_from_first_to_latest(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    empty = (await client.get(f"{ANALYTICS}/user-progress", headers=user["headers"])).json()
    assert empty["interviews_completed"] == 0 and empty["first"] is None
    assert empty["change"] is None and empty["practice_next"] is None
    first = await completed(client, user, [WEAK, WEAK])
    await completed(client, other_user, [STRONG, STRONG])
    middle = await completed(client, user, [STRONG, STRONG])
    latest = await completed(client, user, [MIDDLING, WEAK])
    progress = (await client.get(f"{ANALYTICS}/user-progress", headers=user["headers"])).json()
    assert progress["interviews_completed"] == 3
    assert progress["first"]["session_uuid"] == first["session_uuid"]
    assert progress["latest"]["session_uuid"] == latest["session_uuid"]
    scores = {s["session_uuid"]: s["performance_summary"] for s in (first, middle, latest)}
    best = max(
        scores, key=lambda uuid: (scores[uuid]["coaching_score"], uuid == latest["session_uuid"])
    )
    assert progress["best"]["overall_score"] == scores[best]["coaching_score"]
    before, after = scores[first["session_uuid"]], scores[latest["session_uuid"]]
    assert progress["change"]["overall_score"] == after["coaching_score"] - before["coaching_score"]
    assert progress["change"]["dimension_scores"] == {
        name: after["dimension_scores"][name] - before["dimension_scores"][name]
        for name in before["dimension_scores"]
    }
    assert progress["streak_days"] == 1 and progress["longest_streak_days"] == 1
    nxt = progress["practice_next"]
    assert nxt["category"] and f"category={nxt['category']}" in nxt["start_url"]
    assert nxt["start_request"]["role_uuid"] == "role-001"
    assert nxt["start_request"][f"include_{nxt['category']}"] is True
    started = await client.post(
        "/api/mock-interview/start", json=nxt["start_request"], headers=user["headers"]
    )
    assert started.status_code == 201 and started.json()["categories"] == [nxt["category"]]
    for skill in progress["missed_skills"]:
        assert 0 < skill["times_missed"] <= skill["times_asked"]
