"""A live preview of the transcript while speaking, over a WebSocket only the owner may open."""

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Playwright, expect

from tests.e2e.spoken_steps import speaking_page
from tests.speech_samples import spoken_wav

pytestmark = pytest.mark.e2e

SAID = (
    "Our support queue kept growing, so I sorted the tickets by cause and wrote answers "
    "for the five most common questions."
)

OPENS = """
(url) => new Promise((resolve) => {
  const socket = new WebSocket(url);
  socket.onopen = () => { socket.close(); resolve("open"); };
  socket.onclose = () => resolve("refused");
})
"""


def socket_url(server: str, session_uuid: str) -> str:
    """The live transcript address of an interview."""
    return re.sub(r"^http", "ws", server) + f"/api/live-transcript/sessions/{session_uuid}"


def test_partial_text_appears_while_speaking_and_only_for_the_owner(
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
    page.get_by_role("button", name="Record", exact=True).click()
    live = page.locator("#live-transcript")
    expect(live).to_contain_text(re.compile(r"support|queue|tickets", re.I), timeout=20_000)
    assert page.get_by_role("button", name="Stop").is_visible()  # still recording
    page.get_by_role("button", name="Stop").click()

    assert page.evaluate(OPENS, socket_url(live_server, session_uuid)) == "open"
    someone_elses = "00000000-0000-4000-8000-000000000000"
    assert page.evaluate(OPENS, socket_url(live_server, someone_elses)) == "refused"
    stranger = browser.new_context(base_url=live_server).new_page()
    stranger.goto("/signin")
    assert stranger.evaluate(OPENS, socket_url(live_server, session_uuid)) == "refused"
    browser.close()
