"""Phones and tablets without horizontal scrolling; a whole interview by keyboard alone."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import (
    ANSWER,
    answer_current,
    assert_accessible_basics,
    assert_no_horizontal_scroll,
    question_total,
    shot,
    sign_up,
    skip_preview,
    start_interview,
    watch_errors,
)

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("width", [375, 768])
def test_every_page_fits_small_screens(
    browser: Browser, live_server: str, artifacts: Path, width: int
) -> None:
    context = browser.new_context(
        base_url=live_server, viewport={"width": width, "height": 800}, has_touch=True
    )
    page = context.new_page()
    errors = watch_errors(page)

    def check(name: str) -> None:
        assert_no_horizontal_scroll(page)
        assert_accessible_basics(page)
        shot(page, artifacts, f"{name}-{width}")

    page.goto("/")
    check("home")
    page.goto("/signup")
    check("signup")
    sign_up(page, name="Morgan Mobile-Friendly-Name-That-Is-Quite-Long")
    check("start")
    start_interview(page, company="A Company With A Rather Long Name Incorporated")
    expect(page.locator("#preview")).to_be_visible()
    check("preview")
    skip_preview(page)
    page.get_by_label("Your answer").fill(ANSWER + " " + "x" * 120)
    check("answer")
    total = question_total(page)
    answer_current(page)
    for number in range(2, total + 1):
        expect(page.locator("#progress-label")).to_have_text(f"Question {number} of {total}")
        skip_preview(page)
        answer_current(page)
    expect(page).to_have_url(re.compile(r"/summary$"))
    check("summary")
    page.goto("/interviews")
    check("dashboard")
    page.goto("/no-such-page")
    check("not-found")
    context.close()
    assert not errors, "\n".join(errors)


def test_a_whole_interview_by_keyboard_alone(page: Page, artifacts: Path) -> None:
    sign_up(page)
    keys = page.keyboard
    focused = (
        "() => document.activeElement && (document.activeElement.id || document.activeElement.name)"
    )

    def tab_to(target: str, limit: int = 40) -> None:
        for _ in range(limit):
            keys.press("Tab")
            if page.evaluate(focused) == target:
                return
        raise AssertionError(f"Tab never reached {target}")

    tab_to("industry-search")
    keys.type("software")
    keys.press("Enter")  # picks the only industry left
    expect(page.get_by_role("radio", name="Software Engineering")).to_be_checked()
    tab_to("role")
    keys.press("ArrowDown")
    expect(page.locator("#role")).not_to_have_value("")
    tab_to("difficulty_level")
    keys.press("ArrowLeft")  # Mid -> Entry
    expect(page.get_by_role("radio", name="Entry", exact=True)).to_be_checked()
    for category in ("behavioral", "situational"):
        while page.evaluate("() => document.activeElement.value") != category:
            keys.press("Tab")
        keys.press("Space")
    expect(page.get_by_role("checkbox", name="Behavioral")).not_to_be_checked()
    tab_to("follow_ups")
    keys.press("Space")  # a fixed number of questions: no follow-ups
    expect(page.get_by_role("checkbox", name="Follow-up questions")).not_to_be_checked()
    tab_to("start-button")
    keys.press("Enter")
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}$"))

    total = question_total(page)
    for number in range(1, total + 1):
        expect(page.locator("#progress-label")).to_have_text(f"Question {number} of {total}")
        expect(page.locator("#q-prompt")).to_be_focused()
        keys.press("Tab")
        expect(page.get_by_role("button", name="Start answering now")).to_be_focused()
        keys.press("Enter")
        expect(page.get_by_label("Your answer")).to_be_focused()
        keys.type(f"Keyboard answer {number}: {ANSWER}")
        keys.press("Control+Enter")
    expect(page).to_have_url(re.compile(r"/summary$"))
    expect(page.locator(".answer-item")).to_have_count(total)
    shot(page, artifacts, "12-keyboard-summary")
