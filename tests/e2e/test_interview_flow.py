"""The whole journey in a browser: sign up, start, preview, answer everything, summary."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import (
    ANSWER,
    question_total,
    shot,
    sign_up,
    start_interview,
)
from tests.support import PASSWORD

pytestmark = pytest.mark.e2e


def test_sign_up_to_summary_with_downloads(page: Page, artifacts: Path) -> None:
    page.goto("/")
    shot(page, artifacts, "01-home")
    email = sign_up(page, name="Casey Candidate")
    expect(page.get_by_text("Welcome, Casey Candidate!")).to_be_visible()
    expect(page.get_by_role("button", name="Start interview")).to_be_disabled()
    shot(page, artifacts, "02-start")

    session_id = start_interview(page, difficulty="Entry", company="Acme Robotics")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Entry-level Software Engineer at Acme Robotics"
    )
    total = question_total(page)
    assert 5 <= total <= 8

    for number in range(1, total + 1):
        expect(page.locator("#progress-label")).to_have_text(f"Question {number} of {total}")
        # The preview: question, category, skills, and a countdown that runs by itself.
        expect(page.locator("#preview")).to_be_visible()
        expect(page.locator("#q-prompt")).not_to_be_empty()
        expect(page.locator("#countdown-text")).to_contain_text("Answer time starts in")
        expect(page.locator("#countdown-text")).to_have_attribute("aria-live", "polite")
        if number == 1:
            expect(page.locator("#q-category")).to_have_text("Behavioral")
            expect(page.locator("#q-star")).to_contain_text("Situation")
            shot(page, artifacts, "03-preview")
        answer = page.get_by_label("Your answer")
        expect(answer).to_be_focused(timeout=8000)
        expect(page.locator("#preview")).to_be_hidden()
        answer.press_sequentially("Too short to send")
        expect(page.get_by_role("button", name="Submit answer")).to_be_disabled()
        answer.fill(f"Answer {number}. {ANSWER}")
        expect(page.locator("#word-count")).to_have_text(re.compile(r"^\d+ words$"))
        expect(page.locator("#response-time")).not_to_have_text("0:00", timeout=3000)
        if number == 1:
            page.get_by_role("button", name="Show guidance").click()
            expect(page.locator("#guidance")).to_be_visible()
            shot(page, artifacts, "04-answer")
        if number % 2:
            page.get_by_role("button", name="Submit answer").click()
        else:
            answer.press("Control+Enter")

    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}/summary$"), timeout=10000)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Acme Robotics")
    metrics = page.locator(".metrics")
    expect(metrics).to_contain_text("100%")
    expect(metrics).to_contain_text("Entry")
    expect(page.locator("svg.chart")).to_be_visible()
    expect(page.locator(".answer-item")).to_have_count(total)
    expect(page.locator(".answer-body").first).to_contain_text("Answer 1.")
    shot(page, artifacts, "05-summary")

    with page.expect_download() as text_download:
        page.get_by_role("link", name="Download as text").click()
    text = Path(text_download.value.path()).read_text(encoding="utf-8")
    assert text_download.value.suggested_filename.endswith(".txt")
    assert "MOCK INTERVIEW SUMMARY" in text and "Acme Robotics" in text
    assert f"Answer {total}. " in text and "Completion: 100%" in text

    with page.expect_download() as html_download:
        page.get_by_role("link", name="Download as HTML").click()
    html = Path(html_download.value.path()).read_text(encoding="utf-8")
    assert html_download.value.suggested_filename.endswith(".html")
    assert "<style>" in html and "<svg" in html and "Answer 1. " in html
    assert "<script" not in html and 'href="/' not in html and "src=" not in html

    page.goto("/interviews")
    expect(page.get_by_text("Completed")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("^View summary"))).to_be_visible()
    shot(page, artifacts, "06-dashboard")
    page.get_by_role("button", name=re.compile("^Practice again")).click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}$"))
    assert session_id not in page.url
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Entry-level Software Engineer at Acme Robotics"
    )

    # Signed out, the summary asks for sign-in first and then comes back to it.
    page.get_by_role("button", name=re.compile("^Sign out")).click()
    expect(page.get_by_text("You are signed out")).to_be_visible()
    page.goto(f"/interviews/{session_id}/summary")
    expect(page).to_have_url(re.compile(r"/signin\?next="))
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill("not my password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Incorrect email or password.")
    expect(page.get_by_label("Email address")).to_have_value(email)
    expect(page.get_by_label("Password")).to_have_value("")
    shot(page, artifacts, "13-signin-error")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}/summary$"))
