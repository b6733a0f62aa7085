"""Spoken answers played back on the summary and the report: words marked, moments to hear."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import (
    assert_accessible_basics,
    assert_no_horizontal_scroll,
    sign_up,
    start_interview,
)
from tests.e2e.spoken_steps import complete, send_recording, type_remaining
from tests.speech_samples import paused_wav

pytestmark = pytest.mark.e2e

FIRST = "Um, when our checkout service slowed down, I profiled it and found an unindexed query."
SECOND = (
    "So I added the index and cut the response time from two seconds to two hundred milliseconds."
)


def spoken_interview(page: Page, tmp_path: Path) -> str:
    """A completed interview whose first answer was spoken, with a filler and a long pause."""
    sign_up(page)
    session_uuid = start_interview(page)
    send_recording(page, session_uuid, paused_wav(FIRST, 2800, SECOND, tmp_path / "a.wav"))
    type_remaining(page, session_uuid)
    complete(page, session_uuid)
    return session_uuid


def marked_at(page: Page) -> float:
    """When the word marked as being heard starts (waits for one)."""
    page.wait_for_function("() => document.querySelector('.timed-words .is-spoken')")
    spoken = page.locator(".timed-words .is-spoken")
    expect(spoken).to_have_count(1)
    return float(spoken.get_attribute("data-start") or -1)


def test_words_follow_the_recording_and_moments_play(page: Page, tmp_path: Path) -> None:
    page.context.set_default_timeout(20_000)
    session_uuid = spoken_interview(page, tmp_path)

    page.goto(f"/interviews/{session_uuid}/summary")
    player = page.locator("[data-playback]").first
    words = player.locator(".timed-words span")
    assert words.count() >= 20
    assert "profiled" in player.locator(".timed-words").inner_text()
    pause = player.get_by_role("button", name="Pause of")
    expect(pause).to_have_count(1)
    filler = player.get_by_role("button", name="“um”")
    expect(filler.first).to_be_visible()

    pause.focus()
    page.keyboard.press("Enter")  # the keyboard plays a moment as a click does
    audio = player.locator("audio")
    at = float(pause.get_attribute("data-at") or 0)
    page.wait_for_function("(a) => !a.paused && a.currentTime > 0", arg=audio.element_handle())
    assert at <= audio.evaluate("a => a.currentTime") < at + 3
    assert at - 0.5 <= marked_at(page) <= at + 6  # the words around the pause, not the start
    audio.evaluate("a => a.pause()")

    assert_accessible_basics(page)
    page.set_viewport_size({"width": 375, "height": 800})
    assert_no_horizontal_scroll(page)

    page.goto(f"/interviews/{session_uuid}/report")
    listen = page.get_by_role("region", name="Listen to your answer to question 1")
    expect(listen.get_by_role("button", name="Pause of")).to_have_count(1)
    listen.get_by_role("button", name="“um”").first.click()
    assert marked_at(page) >= 0
    assert_no_horizontal_scroll(page)
    assert_accessible_basics(page)
