"""Follow-up questions in the browser: asked after a vague answer, not after a complete one."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import answer_current, shot, sign_up, skip_preview, start_interview
from tests.interviews.test_follow_ups import COMPLETE, FOLLOW_UP_ANSWER, VAGUE

pytestmark = pytest.mark.e2e


def test_vague_answer_gets_a_follow_up_and_the_report_shows_both(
    page: Page, artifacts: Path
) -> None:
    sign_up(page)
    expect(page.get_by_label("Follow-up questions")).to_be_checked()
    session = start_interview(page, follow_ups=True)
    total = int(re.search(r"of (\d+)", page.locator("#progress-label").inner_text()).group(1))
    skip_preview(page)
    answer_current(page, COMPLETE)
    expect(page.locator("#progress-label")).to_have_text(f"Question 2 of {total}")
    expect(page.locator("#q-number")).to_have_text("Question 2")
    skip_preview(page)
    answer_current(page, VAGUE)
    expect(page.locator("#progress-label")).to_have_text(f"Question 3 of {total + 1}")
    expect(page.locator("#q-number")).to_have_text("Follow-up question")
    expect(page.locator("#q-prompt")).to_contain_text("We worked on it as a team")
    expect(page.locator("#announcer")).to_contain_text("follow-up question")
    shot(page, artifacts, "follow-up-question")
    skip_preview(page)
    answer_current(page, FOLLOW_UP_ANSWER)
    expect(page.locator("#q-number")).to_have_text("Question 4")
    page.get_by_role("button", name="Finish and get my report").click()
    page.get_by_role("dialog").get_by_role("button", name="Finish and get my report").click()
    expect(page).to_have_url(re.compile(rf"/interviews/{session}/report$"))
    follow_up = page.locator("#question-2 .follow-up")
    expect(follow_up).to_contain_text("Follow-up question")
    expect(follow_up).to_contain_text(FOLLOW_UP_ANSWER)
    shot(page, artifacts, "follow-up-report")


def test_no_follow_up_when_turned_off(page: Page) -> None:
    sign_up(page)
    start_interview(page, follow_ups=False)
    total = int(re.search(r"of (\d+)", page.locator("#progress-label").inner_text()).group(1))
    skip_preview(page)
    answer_current(page, VAGUE)
    expect(page.locator("#progress-label")).to_have_text(f"Question 2 of {total}")
    expect(page.locator("#q-number")).to_have_text("Question 2")
