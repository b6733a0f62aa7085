"""Finishing early from the page, and the rough edges of the practice pages."""

import re
from pathlib import Path

import httpx
from fastapi import FastAPI
from sqlalchemy import select

from mockinterview.interviews.models import InterviewSession
from tests.web.pages import ANSWER, api_start, browser_sign_up, csrf_of, page_csrf

VAGUE = "We worked on it as a team and it went fine in the end, more or less as planned overall."


async def _answer(client: httpx.AsyncClient, session: dict, index: int, text: str) -> None:
    token = await page_csrf(client)
    api = f"/api/mock-interview/sessions/{session['session_uuid']}"
    response = await client.post(
        f"{api}/submit-response",
        json={"response_text": text, "question_uuid": session["question_sequence"][index]},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200, response.text


async def test_finish_early_reports_answered_and_lists_the_rest(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    await _answer(client, session, 0, ANSWER + " I cut the wait from 9 days to 2, a 78% drop.")
    await _answer(client, session, 1, VAGUE)
    token = await page_csrf(client, f"/interviews/{session['session_uuid']}")
    finished = await client.post(
        f"/interviews/{session['session_uuid']}/finish", data={"csrf_token": token}
    )
    assert finished.status_code == 303
    assert finished.headers["location"].endswith("/report")
    report = await client.get(finished.headers["location"])
    total = session["total_questions"]
    assert f"Not answered ({total - 2})" in report.text
    last = session["questions"][-1]["prompt"]
    assert last.replace("'", "&#39;")[:40] in report.text
    feedback = report.text
    assert re.search(r"the weakest \(\d+\), to &#34;|the weakest \(\d+\), to &quot;", feedback)
    again = await client.post(
        f"/interviews/{session['session_uuid']}/finish", data={"csrf_token": token}
    )
    assert again.status_code == 303 and again.headers["location"].endswith(session["session_uuid"])


async def test_finish_early_needs_the_csrf_token_and_the_owner(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    refused = await client.post(f"/interviews/{session['session_uuid']}/finish", data={})
    assert refused.status_code == 403
    client.cookies.clear()
    await browser_sign_up(client, name="Someone Else")
    token = await page_csrf(client)
    other = await client.post(
        f"/interviews/{session['session_uuid']}/finish", data={"csrf_token": token}
    )
    assert other.status_code == 404


async def test_change_settings_keeps_the_company(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    session = await api_start(client, company_name="Acme & Sons")
    token = await page_csrf(client)
    await client.post(
        f"/api/mock-interview/sessions/{session['session_uuid']}/abandon",
        headers={"X-CSRF-Token": token},
    )
    summary = await client.get(f"/interviews/{session['session_uuid']}/summary")
    link = re.search(r'href="(/interviews/new\?[^"]+)">Change settings', summary.text)
    assert link, summary.text
    url = link.group(1).replace("&amp;", "&")
    assert "company=Acme%20%26%20Sons" in url
    start = await client.get(url)
    assert 'value="Acme &amp; Sons"' in start.text


async def test_summary_chart_shows_scores_by_category(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    await _answer(client, session, 0, ANSWER)
    token = await page_csrf(client)
    done = await client.post(
        f"/api/mock-interview/sessions/{session['session_uuid']}/complete",
        json={},
        headers={"X-CSRF-Token": token},
    )
    assert done.status_code == 200
    summary = await client.get(f"/interviews/{session['session_uuid']}/summary")
    assert "Average score by category" in summary.text
    assert re.search(r"average score \d+ out of 100, 1 of \d+ answered", summary.text)
    text = await client.get(f"/interviews/{session['session_uuid']}/summary.txt")
    assert re.search(r": average score \d+/100, 1 of \d+ answered", text.text)


async def test_header_links_tailored_interviews_and_hides_usage_offline(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    page = await client.get("/interviews")
    assert 'action="/interviews/tailored/new"' in page.text.split("</header>")[0]
    assert 'href="/usage"' not in page.text.split("</header>")[0]
    assert (await client.get("/usage")).status_code == 200


def test_one_spelling_of_practice(repo_root: Path) -> None:
    web = repo_root / "src" / "mockinterview"
    files = [*web.rglob("*.html"), *web.rglob("*.js"), *web.rglob("*.py"), repo_root / "README.md"]
    found = [str(f) for f in files if re.search(r"[Pp]ractise", f.read_text())]
    assert not found


async def test_start_page_offers_time_limits_and_follow_ups(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    await browser_sign_up(client)
    page = await client.get("/interviews/new")
    for label in ("No limit", "1 minute", "2 minutes", "3 minutes"):
        assert f">{label}</option>" in page.text
    assert re.search(r'name="follow_ups" value="on" checked', page.text)
    token = csrf_of(page.text)
    started = await client.post(
        "/interviews/new",
        data={
            "csrf_token": token,
            "industry_uuid": "ind-001",
            "role_uuid": "role-001",
            "difficulty_level": "entry",
            "categories": ["behavioral"],
            "time_limit_seconds": "120",
        },
    )
    assert started.status_code == 303
    session_uuid = started.headers["location"].rsplit("/", 1)[1]
    async with app.state.sessionmaker() as db:
        row = await db.scalar(
            select(InterviewSession).where(InterviewSession.session_uuid == session_uuid)
        )
        assert row is not None and row.time_limit_seconds == 120 and row.follow_ups is False
    bad = await client.post(
        "/interviews/new",
        data={"csrf_token": token, "role_uuid": "role-001", "time_limit_seconds": "7"},
    )
    assert bad.status_code == 422 and "Choose a time per answer" in bad.text


async def test_report_comments_on_time_management(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    session = await api_start(client, time_limit_seconds=60)
    await _answer(client, session, 0, ANSWER)
    token = await page_csrf(client)
    await client.post(
        f"/api/mock-interview/sessions/{session['session_uuid']}/complete",
        json={},
        headers={"X-CSRF-Token": token},
    )
    report = await client.get(f"/interviews/{session['session_uuid']}/report")
    assert "Time management" in report.text
    assert "within the 1 minute allowed" in report.text
