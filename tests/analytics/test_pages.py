"""The Progress and Insights pages, the dashboard's scores and the report's earlier scores."""

from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mockinterview.interviews import scenario
from tests.analytics.helpers import MIDDLING, STRONG, WEAK, admin_headers, completed
from tests.support import PASSWORD


async def browser_for(client: httpx.AsyncClient, email: str) -> None:
    """Sign the client's cookie jar in (as the web pages do)."""
    client.cookies.clear()
    page = await client.get("/signin")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    signed = await client.post(
        "/signin", data={"email": email, "password": PASSWORD, "csrf_token": token}
    )
    assert signed.status_code == 303, signed.text


class FirstPicks:
    """Picks the first candidates, so every interview asks the same questions."""

    def sample(self, candidates: list[str], wanted: int) -> list[str]:
        """The first `wanted` candidates."""
        return candidates[:wanted]


async def test_progress_dashboard_and_report_show_the_users_scores(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scenario, "_rng", FirstPicks())
    first = await completed(client, user, [WEAK, WEAK])
    await completed(client, other_user, [STRONG, STRONG])
    second = await completed(client, user, [MIDDLING, MIDDLING])
    third = await completed(client, user, [STRONG, STRONG])
    await browser_for(client, user["email"])
    progress = await client.get("/progress")
    assert progress.status_code == 200
    text = progress.text
    assert 'href="/progress"' in text and 'id="score-chart"' in text
    assert "<table" in text and "Scores per interview" in text
    assert 'id="practice-next"' in text and "/interviews/new?role=role-001" in text
    assert f">{third['performance_summary']['coaching_score']}/100<" in text
    assert (await client.get("/progress?bucket=month")).status_code == 200
    assert (await client.get("/progress?bucket=year")).status_code == 422
    scores = [s["performance_summary"]["coaching_score"] for s in (first, second, third)]
    dashboard = (await client.get("/interviews")).text
    assert f"oldest first: {', '.join(map(str, scores))}" in dashboard
    assert f"Score {scores[2]}/100" in dashboard
    assert 'href="/insights"' not in dashboard
    report = (await client.get(f"/interviews/{third['session_uuid']}/report")).text
    chain = [s["responses"][0]["coaching"]["coaching_score"] for s in (first, second, third)]
    assert f"so far: {' → '.join(map(str, chain))}<" in report
    earliest = (await client.get(f"/interviews/{first['session_uuid']}/report")).text
    assert "so far:" not in earliest


async def test_insights_page_is_for_admins(
    client: httpx.AsyncClient, user: dict[str, Any], app: FastAPI
) -> None:
    await completed(client, user, [STRONG])
    await browser_for(client, user["email"])
    assert (await client.get("/insights")).status_code == 403
    await admin_headers(client, app)
    await browser_for(client, "admin@example.com")
    page = await client.get("/insights")
    assert page.status_code == 200 and "Download CSV" in page.text
    assert 'href="/insights"' in page.text and user["email"] not in page.text
    csv = await client.get("/api/mock-interview/analytics/industry-insights?format=csv")
    assert csv.status_code == 200 and csv.text.startswith("industry_uuid")
