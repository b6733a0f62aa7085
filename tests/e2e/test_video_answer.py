"""A video answer (Chromium's fake camera and microphone): recorded, transcribed, watched back."""

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Playwright, expect

from tests.e2e.spoken_steps import (
    complete,
    session_api,
    speaking_page,
    type_remaining,
)
from tests.speech_samples import spoken_wav

pytestmark = pytest.mark.e2e

SAID = (
    "I planned the database migration in three stages, rehearsed each one on a copy, "
    "and moved every customer over a weekend with no downtime."
)


def test_record_camera_and_microphone_then_watch_it_on_the_summary(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    live_server: str,
    tmp_path: Path,
) -> None:
    spoken_wav(SAID, tmp_path / "said.wav")
    page, session_uuid = speaking_page(
        playwright, browser_type_launch_args, live_server, tmp_path / "said.wav"
    )
    browser = page.context.browser
    assert browser is not None
    page.get_by_label("Record video too").check()
    page.get_by_role("button", name="Record", exact=True).click()
    expect(page.get_by_label("Your camera while recording")).to_be_visible()
    page.wait_for_timeout(8_000)
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_label("Your camera while recording")).to_be_hidden()
    expect(page.get_by_label("Watch your recording")).to_be_visible()
    page.get_by_role("button", name="Submit answer").click()

    box = page.get_by_label("Transcript of your recording")
    expect(box).to_have_value(re.compile("migration", re.I), timeout=30_000)
    page.get_by_role("button", name="Continue", exact=True).click()

    stored = page.request.get(session_api(session_uuid)).json()["responses"][0]
    assert stored["recording_type"] == "video"
    assert stored["video_url"] and stored["video_url"] == stored["audio_url"]
    assert stored["recording_duration"] > 5

    type_remaining(page, session_uuid)
    complete(page, session_uuid)
    page.goto(f"/interviews/{session_uuid}/summary")
    video = page.get_by_label("Your video answer to question 1")
    expect(video).to_be_visible()
    watched = page.request.get(video.get_attribute("src") or "")
    assert watched.status == 200 and watched.headers["content-type"] == "video/webm"
    assert "customer" in page.locator(".timed-words").first.inner_text().lower()
    browser.close()
