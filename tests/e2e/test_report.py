"""The coaching report in a browser: from the summary, highlights, feedback, downloads, phones."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

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
)

pytestmark = pytest.mark.e2e

STRONG = (
    "In my last role at a logistics startup, two senior engineers disagreed about how to "
    "migrate our order database, and the quarterly release was at risk. My task was to get "
    "the release out on time without losing either of them. I set up a short meeting, "
    "listened to both proposals, wrote down the risks of each, and proposed a staged rollout "
    "using Postgres read replicas that took the best of both. As a result we shipped two "
    "weeks early, cut downtime during the migration by 40%, and both engineers later "
    "presented the approach together at our engineering all-hands."
)
WEAK = (
    "Um, so, like, you know, I guess I would maybe just, like, talk to people and stuff, "
    "you know, and basically try to kind of sort it out somehow."
)


def finish_interview(page: Page) -> str:
    """Answer every question (strong, weak, then plain) and land on the summary."""
    session_id = start_interview(page, company="Northwind Labs")
    total = question_total(page)
    for number in range(1, total + 1):
        expect(page.locator("#progress-label")).to_have_text(f"Question {number} of {total}")
        skip_preview(page)
        answer_current(page, STRONG if number == 1 else WEAK if number == 2 else ANSWER)
    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}/summary$"), timeout=10000)
    return session_id


def test_report_from_the_summary_with_evidence_feedback_and_downloads(
    page: Page, artifacts: Path
) -> None:
    sign_up(page)
    session_id = finish_interview(page)
    teaser = page.locator(".coaching-teaser")
    expect(teaser).to_contain_text(re.compile(r"\d+/100"))
    expect(teaser).to_contain_text("Communication")
    shot(page, artifacts, "20-summary-with-coaching")

    page.get_by_role("link", name="View coaching report").click()
    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}/report$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Northwind Labs")
    expect(page.locator(".score-number")).to_have_text(re.compile(r"^\d{1,3}$"))

    chart = page.get_by_role("img", name="Coaching scores by dimension, out of 100")
    expect(chart).to_be_visible()
    expect(chart.locator("g")).to_have_count(4)
    for label in ("Communication", "Technical knowledge", "Problem solving", "Confidence"):
        expect(chart).to_contain_text(label)
    expect(chart.locator("desc")).to_contain_text(re.compile(r"Confidence: \d+ out of 100"))

    disclosure = page.locator("details.dimension").first
    disclosure.locator("summary").click()
    expect(disclosure.locator("table")).to_be_visible()
    expect(disclosure).to_contain_text("Fillers per 100 words")

    strong, weak = page.locator(".report-item").nth(0), page.locator(".report-item").nth(1)
    expect(strong.locator(".hl-tag", has_text="Situation")).to_be_visible()
    expect(strong.locator("mark.hl-star-action").first).to_be_visible()
    expect(strong.locator("mark.hl-star-result").first).to_be_visible()
    expect(strong.locator("mark.hl-metric", has_text="40%")).to_be_visible()
    expect(strong.locator("mark.hl-filler")).to_have_count(0)
    expect(weak.locator("mark.hl-filler", has_text="Um")).to_be_visible()
    expect(weak.locator("mark.hl-filler", has_text="you know").first).to_be_visible()
    expect(weak.locator("mark.hl-hedge").first).to_have_attribute("title", re.compile("Hedge"))
    expect(weak.locator(".facts")).to_contain_text("Fillers")
    expect(weak.locator(".fix-first")).to_contain_text(re.compile(r"\w{4,}"))
    expect(strong.locator(".feedback")).to_contain_text("What worked")
    strong_score = int(re.findall(r"\d+", strong.locator(".badge-score").inner_text())[0])
    weak_score = int(re.findall(r"\d+", weak.locator(".badge-score").inner_text())[0])
    assert strong_score > weak_score + 20, (strong_score, weak_score)
    expect(page.locator(".legend")).to_contain_text("wavy underline")
    assert_accessible_basics(page)
    shot(page, artifacts, "21-report")

    with page.expect_download() as text_download:
        page.get_by_role("link", name="Download as text").click()
    text = Path(text_download.value.path()).read_text(encoding="utf-8")
    assert "Coaching report" in text and "Overall score: " in text
    assert "Fix first: " in text and "Recommendations:" in text

    with page.expect_download() as html_download:
        page.get_by_role("link", name="Download as HTML").click()
    exported = Path(html_download.value.path())
    body = exported.read_text(encoding="utf-8")
    assert "dimension-chart" in body and "hl-filler" in body and "Fix this first" in body
    assert "<script" not in body and 'href="/' not in body and "src=" not in body

    # The download stands alone: open it from disk and look at it.
    copy = artifacts / "report-download.html"
    copy.write_text(body, encoding="utf-8")
    viewer = page.context.new_page()
    viewer.goto(copy.as_uri())
    expect(
        viewer.get_by_role("img", name="Coaching scores by dimension, out of 100")
    ).to_be_visible()
    expect(viewer.locator("mark.hl-filler").first).to_be_visible()
    shot(viewer, artifacts, "22-report-download")
    viewer.close()

    page.get_by_role("button", name="Re-run coaching").click()
    page.locator("#confirm-ok").click()
    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}/report$"))
    expect(page.locator(".flash")).to_contain_text("New report written")

    page.goto("/interviews")
    page.get_by_role("link", name=re.compile("^View report")).click()
    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}/report$"))


@pytest.mark.parametrize("width", [375, 768])
def test_report_fits_small_screens(page: Page, artifacts: Path, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    sign_up(page, name="Sam Small-Screen")
    finish_interview(page)
    page.get_by_role("link", name="View coaching report").click()
    expect(page.locator("svg.dimension-chart")).to_be_visible()
    page.locator("details.dimension").nth(1).locator("summary").click()
    page.locator("details.weights").first.locator("summary").click()
    assert_no_horizontal_scroll(page)
    assert_accessible_basics(page)
    shot(page, artifacts, f"23-report-{width}")
