"""Nothing typed is lost: reloads, failed calls and retries; short answers stay unsent."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from mockinterview.interviews.metrics import count_words
from tests.e2e.helpers import ANSWER, shot, sign_up, skip_preview, start_interview

pytestmark = pytest.mark.e2e

DRAFT = "Draft that must survive a reload: I would start by listening to the customer"


def responses_of(page: Page, session_id: str) -> list[dict[str, object]]:
    """The stored answers, read through the API with the page's own cookie."""
    data = page.request.get(f"/api/mock-interview/sessions/{session_id}").json()
    return list(data["responses"])


def test_reload_brings_back_the_question_the_draft_and_its_time(
    page: Page, artifacts: Path
) -> None:
    sign_up(page)
    session_id = start_interview(page)
    skip_preview(page)
    answer = page.get_by_label("Your answer")
    answer.press_sequentially(DRAFT[:30])
    answer.fill(DRAFT)
    prompt = page.locator("#q-prompt").inner_text()
    expect(page.locator("#response-time")).to_have_text(re.compile(r"0:0[2-9]"), timeout=5000)

    page.reload()
    expect(page.get_by_label("Your answer")).to_have_value(DRAFT)
    expect(page.get_by_label("Your answer")).to_be_focused()
    expect(page.locator("#preview")).to_be_hidden()
    expect(page.locator("#q-prompt")).to_have_text(prompt)
    expect(page.locator("#progress-label")).to_have_text(re.compile(r"^Question 1 of \d+$"))
    expect(page.locator("#save-state")).to_have_text("Draft restored from this device")
    assert page.locator("#response-time").inner_text() not in ("0:00", "0:01")
    shot(page, artifacts, "07-restored-draft")

    # A fresh tab on the same browser profile finds the same draft.
    other = page.context.new_page()
    other.goto(f"/interviews/{session_id}")
    expect(other.get_by_label("Your answer")).to_have_value(DRAFT)
    other.close()


def test_failed_submits_keep_the_answer_and_retry_without_duplicates(page: Page) -> None:
    sign_up(page)
    session_id = start_interview(page)
    skip_preview(page)
    first_prompt = page.locator("#q-prompt").inner_text()

    # 1. The network is down: nothing reaches the server.
    page.route("**/submit-response", lambda route: route.abort())
    page.get_by_label("Your answer").fill(ANSWER)
    with page.expect_event("requestfailed"):
        page.get_by_role("button", name="Submit answer").click()
    alert = page.locator("#answer-error")
    expect(alert).to_contain_text("could not reach the server")
    expect(page.get_by_label("Your answer")).to_have_value(ANSWER)
    assert responses_of(page, session_id) == []
    page.unroute("**/submit-response")

    # 2. The server stores the answer but the reply is lost on the way back.
    statuses: list[int] = []

    def store_then_drop(route: Route) -> None:
        statuses.append(route.fetch().status)
        route.abort()

    page.route("**/submit-response", store_then_drop)
    with page.expect_event("requestfailed"):
        page.get_by_role("button", name="Submit answer").click()
    expect(alert).to_contain_text("could not reach the server")
    assert statuses == [200]
    assert len(responses_of(page, session_id)) == 1
    page.unroute("**/submit-response")

    # 3. The retry is recognised (same question_uuid) and moves on, still one answer.
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator("#progress-label")).to_have_text(re.compile(r"^Question 2 of"))
    assert page.locator("#q-prompt").inner_text() != first_prompt
    stored = responses_of(page, session_id)
    assert len(stored) == 1 and stored[0]["response_text"] == ANSWER
    drafts = page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('mi:draft:'))")
    assert drafts == []


def test_short_answers_cannot_be_submitted(page: Page) -> None:
    sign_up(page)
    session_id = start_interview(page)
    skip_preview(page)
    answer = page.get_by_label("Your answer")
    nine = "one two three four five six seven eight nine"
    answer.fill(nine + " -- !!")
    expect(page.locator("#word-count")).to_have_text("9 words (1 more needed)")
    expect(page.get_by_role("button", name="Submit answer")).to_be_disabled()
    answer.press("Control+Enter")
    page.wait_for_timeout(300)
    expect(page.locator("#progress-label")).to_have_text(re.compile(r"^Question 1 of"))
    assert responses_of(page, session_id) == []

    answer.fill(nine + " ten")
    expect(page.locator("#word-count")).to_have_text("10 words")
    expect(page.get_by_role("button", name="Submit answer")).to_be_enabled()

    # Should the server still refuse, its message is shown and the answer stays.
    refusal = "Your answer has 9 words; write at least 10 words before submitting."
    page.route(
        "**/submit-response",
        lambda route: route.fulfill(
            status=422, json={"detail": [{"loc": ["body", "response_text"], "msg": refusal}]}
        ),
    )
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator("#answer-error")).to_have_text(refusal)
    expect(answer).to_have_value(nine + " ten")


def test_the_page_counts_words_exactly_like_the_server(page: Page) -> None:
    page.goto("/")
    samples = [
        "",
        "   ",
        "one",
        "Hello, world!",
        "-- — ... !!! ?",
        "it's a well-known fact: 42 is 6×7",
        "tabs\tand\nnew\r\nlines\x0bvertical\x0cfeed",
        "non\xa0breaking\u2003em\u3000ideographic\u202fnarrow",
        "file\x1cseparators\x1dare\x1espace\x1ftoo\x85next",
        "zero\u200bwidth joins\ufeffBOM",
        "Ünïcödé naïve café 東京 ١٢٣ Ⅻ ½",
        "emoji 🎉 only 🎉🎉 and 3🎉",
        "C++ and C# on node.js: 3.5x faster, 12,000 users, it’s done_now",
        ANSWER,
    ]
    counted = page.evaluate(
        """async (samples) => {
            const { countWords } = await import('/static/js/words.js');
            return samples.map(countWords);
        }""",
        samples,
    )
    assert counted == [count_words(s) for s in samples]
