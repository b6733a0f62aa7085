"""Finishing early from the interview page, and the rough edges of answering (desktop, phone)."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import (
    ANSWER,
    answer_current,
    assert_no_horizontal_scroll,
    shot,
    sign_up,
    skip_preview,
    start_interview,
    watch_errors,
)

pytestmark = pytest.mark.e2e


def _page(browser: Browser, live_server: str, width: int) -> tuple[Page, list[str]]:
    touch = width < 600
    context = browser.new_context(
        base_url=live_server, viewport={"width": width, "height": 740}, has_touch=touch
    )
    context.set_default_timeout(20_000)
    page = context.new_page()
    return page, watch_errors(page)


@pytest.mark.parametrize("width", [1280, 375])
def test_finish_early_gives_a_report_of_the_answers_so_far(
    browser: Browser, live_server: str, artifacts: Path, width: int
) -> None:
    page, errors = _page(browser, live_server, width)
    sign_up(page)
    session = start_interview(page)
    skip_preview(page)
    answer_current(page, ANSWER + " The release cut support tickets by 40% in a month.")
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of")
    finish = page.get_by_role("button", name="Finish and get my report")
    expect(finish).to_be_visible()
    expect(page.get_by_role("button", name="Abandon interview")).to_be_visible()
    finish.click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("listed as unanswered")
    dialog.get_by_role("button", name="Finish and get my report").click()
    expect(page).to_have_url(re.compile(rf"/interviews/{session}/report$"))
    expect(page.get_by_role("heading", name=re.compile(r"Not answered \(\d+\)"))).to_be_visible()
    expect(page.locator(".score-number")).to_have_text(re.compile(r"\d+"))
    assert_no_horizontal_scroll(page)
    shot(page, artifacts, f"finish-early-report-{width}")
    assert not errors, errors


@pytest.mark.parametrize("width", [1280, 375])
def test_answering_rough_edges(
    browser: Browser, live_server: str, artifacts: Path, width: int
) -> None:
    page, errors = _page(browser, live_server, width)
    sign_up(page)
    start_interview(page)
    skip_preview(page)
    # A compact STAR reminder stays while answering a behavioral question.
    expect(page.locator("#star-reminder")).to_be_visible()
    expect(page.locator("#guidance")).to_be_hidden()
    box = page.get_by_label("Your answer")
    box.fill(ANSWER)
    page.reload()
    expect(page.locator("#save-state")).to_have_text("Draft restored from this device")
    page.wait_for_timeout(2600)
    expect(page.locator("#save-state")).to_have_text("Draft restored from this device")
    box.press_sequentially(" More.")
    expect(page.locator("#save-state")).to_have_text("Draft saved on this device")

    # A huge paste: a warning as the limit nears, then how much to cut, and no submitting.
    box.fill("word " * 3700)
    expect(page.locator("#length-note")).to_have_text(re.compile(r"1,500 characters left"))
    box.fill("word " * 4080)
    note = page.locator("#length-note")
    expect(note).to_have_text(re.compile(r"Too long by 400 characters"))
    expect(page.locator("#word-count")).not_to_have_class(re.compile("is-enough"))
    expect(page.get_by_role("button", name="Submit answer")).to_be_disabled()
    box.fill(ANSWER)
    expect(note).to_be_hidden()

    if width < 600:
        header = page.locator(".site-header").bounding_box()
        assert header and header["height"] <= 80, header
        expect(page.locator(".kbd-hint")).to_be_hidden()
        box.focus()
        button = page.get_by_role("button", name="Submit answer").bounding_box()
        assert button and button["y"] + button["height"] <= 740, button
    else:
        expect(page.locator(".kbd-hint")).to_be_visible()
    assert_no_horizontal_scroll(page)
    shot(page, artifacts, f"answering-{width}")
    assert not errors, errors


def test_header_navigation(browser: Browser, live_server: str) -> None:
    page, errors = _page(browser, live_server, 1280)
    sign_up(page)
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("button", name="Tailored interview")).to_be_visible()
    expect(nav.get_by_role("link", name="Usage")).to_have_count(0)
    nav.get_by_role("button", name="Tailored interview").click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}/setup$"))
    assert not errors, errors
