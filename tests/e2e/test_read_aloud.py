"""Questions read aloud: the server's voice, the browser's speech synthesis when that fails."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import sign_up, start_interview

pytestmark = pytest.mark.e2e

# Keeps what the page asks the browser's speech synthesis to say (headless Chromium has no voices).
RECORD_SPEECH = """
window.__spoken = [];
window.speechSynthesis.speak = (utterance) => window.__spoken.push(utterance.text);
"""


def test_the_server_reads_the_question_and_the_choice_is_remembered(page: Page) -> None:
    page.context.set_default_timeout(20_000)
    sign_up(page)
    start_interview(page)
    toggle = page.get_by_label("Read questions aloud")
    expect(toggle).not_to_be_checked()
    with page.expect_request(re.compile(r"/api/read-aloud/sessions/.+/questions/")) as asked:
        toggle.check()
    spoken = page.request.get(asked.value.url)  # what the page's player was given
    assert spoken.status == 200 and spoken.headers["content-type"] == "audio/wav"
    assert len(spoken.body()) > 20_000
    page.reload()
    expect(page.get_by_label("Read questions aloud")).to_be_checked()


def test_the_browser_reads_aloud_when_the_server_cannot(page: Page) -> None:
    page.add_init_script(RECORD_SPEECH)
    page.route(
        "**/api/read-aloud/**",
        lambda route: route.fulfill(status=404, json={"detail": "No voice"}),
    )
    sign_up(page)
    start_interview(page)
    expect(page.locator("#q-prompt")).not_to_be_empty()
    prompt = page.locator("#q-prompt").inner_text()
    page.get_by_label("Read questions aloud").check()
    page.wait_for_function("() => window.__spoken.length > 0")
    assert page.evaluate("() => window.__spoken") == [prompt]
