"""Answering a question again from the report: a new interview, the earlier score beside it."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ANSWER, answer_current, shot, sign_up, skip_preview, start_interview

pytestmark = pytest.mark.e2e


def test_answer_again_keeps_both_attempts(page: Page, artifacts: Path) -> None:
    sign_up(page)
    first = start_interview(page)
    skip_preview(page)
    answer_current(page)
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of")
    page.get_by_role("button", name="Finish and get my report").click()
    page.get_by_role("dialog").get_by_role("button", name="Finish and get my report").click()
    expect(page).to_have_url(re.compile(rf"/interviews/{first}/report$"))
    score = page.locator("#question-1 .badge-score").inner_text()
    earlier = re.search(r"Score (\d+)/100", score)
    assert earlier

    page.get_by_role("button", name="Answer again (question 1)").click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}$"))
    retake = page.url.rsplit("/", 1)[1]
    assert retake != first
    expect(page.locator("#progress-label")).to_have_text("Question 1 of 1")
    skip_preview(page)
    answer_current(page, ANSWER + " I measured it: the release cut support tickets by 40%.")
    expect(page).to_have_url(re.compile(rf"/interviews/{retake}/summary$"))
    page.goto(f"/interviews/{retake}/report")
    expect(page.locator("#question-1 .badge-earlier")).to_have_text(
        f"Earlier attempt {earlier.group(1)}/100"
    )
    shot(page, artifacts, "retake-report")
    page.goto("/interviews")
    expect(page.locator(f"#session-{first}")).to_be_visible()
    expect(page.locator(f"#session-{retake}")).to_be_visible()
