"""Answering out loud in Chromium with a fake microphone that plays a recorded answer."""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect

from tests.e2e.helpers import answer_current, question_total, sign_up, skip_preview, start_interview
from tests.speech_samples import spoken_wav

pytestmark = pytest.mark.e2e

SAID = (
    "When our checkout service slowed down, I profiled it, found an unindexed query, added the "
    "index and cut the response time from two seconds to two hundred milliseconds."
)


@pytest.fixture
def microphone_browser(
    playwright: Playwright, browser_type_launch_args: dict[str, Any], tmp_path: Path
) -> Iterator[Browser]:
    """Chromium whose microphone plays the recorded answer, with permission already given."""
    sample = tmp_path / "answer.wav"
    spoken_wav(SAID, sample)
    args = [
        *browser_type_launch_args["args"],
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={sample}",
    ]
    launched = playwright.chromium.launch(**{**browser_type_launch_args, "args": args})
    yield launched
    launched.close()


def test_record_listen_submit_and_play_back_on_the_summary(
    microphone_browser: Browser, live_server: str
) -> None:
    context = microphone_browser.new_context(base_url=live_server)
    context.set_default_timeout(20_000)
    page: Page = context.new_page()
    sign_up(page)
    start_interview(page)
    total = question_total(page)
    skip_preview(page)

    page.get_by_role("radio", name="Speak").check()
    expect(page.get_by_role("button", name="Submit answer")).to_be_disabled()
    page.get_by_role("button", name="Record").click()
    expect(page.locator("#speak-state")).to_contain_text("Recording")
    page.wait_for_timeout(9_000)
    page.get_by_role("button", name="Stop").click()
    expect(page.locator("#playback")).to_be_visible()
    expect(page.get_by_role("button", name="Record again")).to_be_visible()
    page.get_by_role("button", name="Submit answer").click()
    review = page.get_by_role("region", name="Check what we heard")
    expect(review.get_by_label("Transcript of your recording")).to_be_visible(timeout=30_000)
    review.get_by_role("button", name="Continue", exact=True).click()  # nothing to correct
    expect(page.locator("#progress-label")).to_have_text(f"Question 2 of {total}")

    page.get_by_role("button", name="Start answering now").click()
    expect(page.get_by_role("button", name="Record")).to_be_focused()  # still speaking
    page.get_by_role("radio", name="Type").check()  # and the choice stays for what follows
    answer_current(page)
    for _ in range(3, total + 1):
        skip_preview(page)
        answer_current(page)
    expect(page).to_have_url(re.compile(r"/summary$"), timeout=90_000)
    audio = page.locator("audio.answer-audio").first
    expect(audio).to_be_visible()
    heard = page.locator(".answer-body").first.inner_text().lower()
    assert "index" in heard and "profiled" in heard, heard
    played = page.request.get(audio.get_attribute("src") or "")
    assert played.status == 200 and played.headers["content-type"].startswith("audio/webm")
    context.close()
