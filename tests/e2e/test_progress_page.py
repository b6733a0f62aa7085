"""The Progress page in Chromium: charts with table alternatives, at 375 px, and its link."""

import re
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, expect

from tests.analytics.helpers import API, MIDDLING, STRONG, WEAK
from tests.e2e.helpers import (
    assert_accessible_basics,
    assert_no_horizontal_scroll,
    new_email,
    shot,
    watch_errors,
)
from tests.support import PASSWORD

pytestmark = pytest.mark.e2e


def _history(server: str, email: str) -> list[int]:
    """Three completed interviews made through the API; their overall scores."""
    scores = []
    with httpx.Client(base_url=server, timeout=60) as http:
        body = {"email": email, "password": PASSWORD, "name": "Pat Progress"}
        assert http.post("/api/auth/register", json=body).status_code == 201
        token = http.post("/api/auth/login", json=body).json()["access_token"]
        h = {"Authorization": f"Bearer {token}"}
        for answers in ([WEAK, WEAK], [MIDDLING, STRONG], [STRONG, STRONG]):
            start = {"role_uuid": "role-001", "difficulty_level": "mid"}
            session = http.post(f"{API}/start", json=start, headers=h).json()
            sid = session["session_uuid"]
            for text, qid in zip(answers, session["question_sequence"], strict=False):
                sent = {
                    "response_text": text,
                    "response_duration_seconds": 40,
                    "question_uuid": qid,
                }
                http.post(f"{API}/sessions/{sid}/submit-response", json=sent, headers=h)
            done = http.post(f"{API}/sessions/{sid}/complete", headers=h).json()
            scores.append(done["metrics"]["coaching_score"])
    return scores


def test_progress_page_on_a_phone(browser: Browser, live_server: str, artifacts: Path) -> None:
    email = new_email()
    scores = _history(live_server, email)
    context = browser.new_context(
        base_url=live_server, viewport={"width": 375, "height": 800}, has_touch=True
    )
    page = context.new_page()
    errors = watch_errors(page)
    page.goto("/signin")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/interviews$"))
    expect(page.locator("#score-trend")).to_contain_text(f"latest {scores[-1]}/100")
    page.get_by_role("link", name="Progress", exact=True).click()
    expect(page).to_have_url(re.compile(r"/progress$"))
    expect(page.get_by_role("heading", name="My progress")).to_be_visible()
    expect(page.locator("#interviews-completed")).to_have_text("3")
    expect(page.locator("#latest-score")).to_have_text(f"{scores[-1]}/100")
    chart = page.locator("#score-chart")
    expect(chart.locator("svg.line-chart")).to_be_visible()
    assert chart.locator("circle").count() == 3 * 5
    table = page.get_by_role("table", name="Scores per interview")
    expect(table.get_by_role("row")).to_have_count(4)
    expect(table.get_by_role("cell", name=str(scores[0])).first).to_be_attached()
    expect(page.get_by_role("table", name=re.compile("Fillers per 100 words"))).to_be_attached()
    assert_no_horizontal_scroll(page)
    assert_accessible_basics(page)
    shot(page, artifacts, "progress-375")
    page.get_by_role("link", name="By month").click()
    expect(page).to_have_url(re.compile(r"bucket=month$"))
    assert_no_horizontal_scroll(page)
    link = page.locator("#practice-next")
    category = re.search(r"category=(\w+)", link.get_attribute("href") or "")
    assert category, link.get_attribute("href")
    link.click()
    expect(page).to_have_url(re.compile(r"/interviews/new\?"))
    checked = page.locator('input[name="categories"]:checked')
    expect(checked).to_have_count(1)
    expect(checked).to_have_value(category.group(1))
    page.get_by_role("button", name="Start interview").click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}$"))
    context.close()
    assert not errors, "\n".join(errors)
