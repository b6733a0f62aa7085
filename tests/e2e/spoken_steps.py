"""Steps of the spoken-answer browser tests: answers sent through the API by the signed-in page."""

import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, Playwright, expect

from tests.e2e.helpers import ANSWER, sign_up, start_interview


def _csrf(page: Page) -> str:
    return str(page.locator('meta[name="csrf-token"]').get_attribute("content"))


def session_api(session_uuid: str) -> str:
    """The seed API of one session."""
    return f"/api/mock-interview/sessions/{session_uuid}"


def send_recording(page: Page, session_uuid: str, wav: bytes) -> dict[str, Any]:
    """Submit a WAV as the answer to the current question (the page's cookie and CSRF token)."""
    sent = page.request.post(
        f"{session_api(session_uuid)}/submit-response",
        headers={"X-CSRF-Token": _csrf(page)},
        multipart={"audio": {"name": "answer.wav", "mimeType": "audio/wav", "buffer": wav}},
    )
    assert sent.status == 201 or sent.ok, sent.text()
    return dict(sent.json())


def type_remaining(page: Page, session_uuid: str) -> None:
    """Answer every question left with a typed answer."""
    while True:
        sent = page.request.post(
            f"{session_api(session_uuid)}/submit-response",
            headers={"X-CSRF-Token": _csrf(page)},
            data={"response_text": ANSWER, "response_duration_seconds": 30},
        )
        if sent.status == 409:
            return
        assert sent.ok, sent.text()


def complete(page: Page, session_uuid: str, timeout: float = 90) -> None:
    """Complete the interview once every transcript is ready."""
    deadline = time.monotonic() + timeout
    while True:
        done = page.request.post(
            f"{session_api(session_uuid)}/complete", headers={"X-CSRF-Token": _csrf(page)}
        )
        if done.ok:
            return
        assert done.status == 409 and time.monotonic() < deadline, done.text()
        time.sleep(1)


def microphone_args(launch_args: dict[str, Any], wav: Path) -> dict[str, Any]:
    """Launch arguments for Chromium whose microphone (and camera) are fakes playing the WAV."""
    args = [
        *launch_args["args"],
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}",
    ]
    return {**launch_args, "args": args}


def record_for(page: Page, seconds: float) -> None:
    """Record with the page's Record button for a while, then stop."""
    page.get_by_role("button", name="Record", exact=True).click()
    expect(page.locator("#speak-state")).to_contain_text("Recording")
    page.wait_for_timeout(seconds * 1000)
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_role("button", name="Record again")).to_be_visible()


def speaking_page(
    playwright: Playwright, launch_args: dict[str, Any], live_server: str, wav: Path
) -> tuple[Page, str]:
    """A new candidate on the first question of an interview, speaking into a fake microphone."""
    browser = playwright.chromium.launch(**microphone_args(launch_args, wav))
    page = browser.new_context(base_url=live_server).new_page()
    page.context.set_default_timeout(30_000)
    sign_up(page)
    session_uuid = start_interview(page)
    page.get_by_role("button", name="Start answering now").click()
    page.get_by_role("radio", name="Speak").check()
    return page, session_uuid
