"""Checking a spoken answer's transcript on the interview page, and silence refused clearly."""

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Playwright, expect

from tests.e2e.helpers import question_total
from tests.e2e.spoken_steps import record_for, session_api, speaking_page
from tests.speech_samples import silent_wav, spoken_wav

pytestmark = pytest.mark.e2e

SAID = (
    "I rewrote the nightly import so it streams rows instead of loading the whole file, "
    "which cut its memory use by half."
)


def test_listen_back_and_correct_before_moving_on(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    live_server: str,
    tmp_path: Path,
) -> None:
    spoken_wav(SAID, tmp_path / "said.wav")
    page, session_uuid = speaking_page(
        playwright, browser_type_launch_args, live_server, tmp_path / "said.wav"
    )
    total = question_total(page)
    record_for(page, 8)
    page.get_by_role("button", name="Submit answer").click()

    review = page.get_by_role("region", name="Check what we heard")
    # The recording is screened in the speech process, which may still be busy with the live
    # preview of the last seconds: as the other spoken tests, allow it the transcript's time.
    expect(review).to_be_visible(timeout=30_000)
    expect(review.get_by_role("heading", name="Check what we heard")).to_be_focused()
    box = review.get_by_label("Transcript of your recording")
    expect(box).to_have_value(re.compile("memory", re.I), timeout=30_000)
    expect(box).to_be_focused()  # focus moves to the transcript once it is ready
    heard = box.input_value()
    assert "import" in heard.lower() and "memory" in heard.lower(), heard
    played = page.request.get(review.locator("audio").get_attribute("src") or "")
    assert played.status == 200
    corrected = heard.replace("nightly", "nightly CSV") if "nightly" in heard else heard + " CSV"
    box.fill(corrected)
    review.get_by_role("button", name="Save corrections and continue").click()
    expect(page.locator("#progress-label")).to_have_text(f"Question 2 of {total}")
    expect(review).to_be_hidden()

    stored = page.request.get(session_api(session_uuid)).json()["responses"][0]
    assert stored["response_text"] == corrected.strip()
    assert stored["raw_transcript"] == heard  # what was first heard stays for delivery
    assert stored["transcript_status"] == "ready"

    skip_preview_spoken(page)
    page.get_by_role("button", name="Submit answer").click()  # a second answer, not checked
    expect(review).to_be_visible(timeout=30_000)
    review.get_by_role("button", name="Continue without checking").click()
    expect(page.locator("#progress-label")).to_have_text(f"Question 3 of {total}")
    page.context.browser.close()  # type: ignore[union-attr]


def skip_preview_spoken(page: Page) -> None:
    """Leave the preview and record the next answer by voice (the choice is remembered)."""
    page.get_by_role("button", name="Start answering now").click()
    expect(page.get_by_role("button", name="Record", exact=True)).to_be_focused()
    record_for(page, 8)


def test_silence_is_refused_as_no_speech_heard(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    live_server: str,
    tmp_path: Path,
) -> None:
    (tmp_path / "silence.wav").write_bytes(silent_wav(6))
    page, session_uuid = speaking_page(
        playwright, browser_type_launch_args, live_server, tmp_path / "silence.wav"
    )
    record_for(page, 3)
    page.get_by_role("button", name="Submit answer").click()
    alert = page.get_by_role("alert").filter(has_text="No speech heard")
    # Silence is found by screening the recording in the speech process, as above: a loaded
    # machine may take longer than the default five seconds.
    expect(alert).to_be_visible(timeout=30_000)
    assert page.request.get(session_api(session_uuid)).json()["responses"] == []
    expect(page.get_by_role("button", name="Record again")).to_be_visible()
    page.context.browser.close()  # type: ignore[union-attr]
