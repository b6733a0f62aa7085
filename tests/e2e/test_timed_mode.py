"""Timed mode in the browser: the countdown, its announcements, the choice at zero."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ANSWER, shot, sign_up

pytestmark = pytest.mark.e2e


def _start_timed(page: Page, minutes: str) -> None:
    page.goto("/interviews/new")
    page.get_by_label("Search industries").fill("software")
    page.get_by_role("radio", name="Software Engineering").check()
    page.get_by_label("2. Role").select_option(label="Software Engineer")
    page.get_by_role("radio", name="Entry", exact=True).check()
    page.get_by_label("Time per answer").select_option(label=minutes)
    page.get_by_label("Follow-up questions").uncheck()
    page.get_by_role("button", name="Start interview").click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}$"))


def test_countdown_announces_and_offers_a_choice_at_zero(page: Page, artifacts: Path) -> None:
    sign_up(page)
    page.clock.install()
    _start_timed(page, "1 minute")
    page.get_by_role("button", name="Start answering now").click()
    expect(page.locator("#time-left-wrap")).to_be_visible()
    expect(page.locator("#time-left")).to_have_text(re.compile(r"^(1:00|0:59)$"))
    page.get_by_label("Your answer").fill(ANSWER)
    page.clock.run_for(31_000)
    expect(page.locator("#announcer")).to_have_text("30 seconds left.")
    expect(page.locator("#announcer")).to_have_attribute("aria-live", "polite")
    page.clock.run_for(20_000)
    expect(page.locator("#announcer")).to_have_text("10 seconds left.")
    page.clock.run_for(11_000)
    choice = page.locator("#time-up")
    expect(choice).to_be_visible()
    expect(page.get_by_role("button", name="Submit now")).to_be_focused()
    shot(page, artifacts, "timed-choice")
    page.get_by_role("button", name="Keep going").click()
    expect(choice).to_be_hidden()
    expect(page.locator("#time-left-label")).to_have_text("Over time")
    page.clock.run_for(3_000)
    expect(page.locator("#time-left")).to_have_text(re.compile(r"^\+0:0\d$"))
    with page.expect_response(re.compile(r"/submit-response$")) as sent:
        page.get_by_role("button", name="Submit answer").click()
    assert sent.value.json()["response"]["over_time"] is True


def test_submit_now_at_zero_sends_the_answer(page: Page) -> None:
    sign_up(page)
    page.clock.install()
    _start_timed(page, "1 minute")
    page.get_by_role("button", name="Start answering now").click()
    page.get_by_label("Your answer").fill(ANSWER)
    page.clock.run_for(61_000)
    with page.expect_response(re.compile(r"/submit-response$")) as sent:
        page.get_by_role("button", name="Submit now").click()
    assert sent.value.json()["response"]["over_time"] is False
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of")
