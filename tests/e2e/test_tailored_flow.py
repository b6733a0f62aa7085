"""A tailored interview in a browser: resume upload, setup, questions, interview, usage."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.e2e.helpers import (
    answer_current,
    assert_accessible_basics,
    assert_no_horizontal_scroll,
    shot,
    sign_up,
    skip_preview,
    watch_errors,
)
from tests.support_files import JOB_DESCRIPTION, resume_pdf

pytestmark = pytest.mark.e2e

EDITED = "Tell me how you would move the Northwind billing service onto Kubernetes."
REFUSAL = '{"detail": [{"loc": ["body", "resume_id"], "msg": "Publish this resume first."}]}'
TAILORED_ANSWER = (
    "At Northwind I led the billing migration to AWS. I planned the cut-over in small steps, "
    "wrote the runbook with the team, and we cut hosting costs by 35 percent."
)


def upload(page: Page, name: str, content: bytes, title: str = "") -> None:
    """Fill and send the upload form."""
    page.get_by_label("Resume file").set_input_files(
        {"name": name, "mimeType": "application/octet-stream", "buffer": content}
    )
    page.get_by_label("Title (optional)").fill(title)
    page.get_by_role("button", name="Upload and read").click()


def upload_and_publish(page: Page, artifacts: Path | None = None) -> None:
    """Refused files first, then the real PDF, checked and published."""
    page.goto("/resumes")
    expect(page.get_by_text("No resumes yet")).to_be_visible()
    if artifacts:
        shot(page, artifacts, "40-resumes-empty")

    upload(page, "resume.pdf", b"This is only text, although the name says PDF.", "Fake")
    alert = page.locator("#upload-error")
    expect(alert).to_contain_text("PDF")
    expect(alert).to_have_attribute("role", "alert")
    expect(page.get_by_label("Title (optional)")).to_have_value("Fake")
    if artifacts:
        shot(page, artifacts, "41-resume-refused")
    upload(page, "empty.txt", b"")
    expect(alert).to_contain_text("The file is empty")
    expect(page.get_by_text("No resumes yet")).to_be_visible()
    stored = page.request.get("/api/resumes").json()
    assert stored == []

    upload(page, "jordan-rivera.pdf", resume_pdf(), "Backend CV")
    expect(page).to_have_url(re.compile(r"/resumes/[0-9a-f-]{36}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Backend CV")
    expect(page.get_by_text(re.compile(r"Read \d+ words from jordan-rivera\.pdf"))).to_be_visible()
    text = page.get_by_label("Resume text")
    expect(text).to_have_value(re.compile("Northwind Logistics"))
    expect(text).to_have_value(re.compile("Kubernetes|PostgreSQL"))
    expect(page.locator(".badge", has_text="Draft")).to_be_visible()
    if artifacts:
        shot(page, artifacts, "42-resume-text")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published. You can now choose it")).to_be_visible()
    expect(page.locator(".badge", has_text="Published")).to_be_visible()


def test_tailored_interview_from_resume_to_summary(page: Page, artifacts: Path) -> None:
    sign_up(page, name="Jordan Rivera")
    upload_and_publish(page, artifacts)

    page.goto("/interviews")
    page.get_by_role("button", name="New tailored interview").click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}/setup$"))
    interview_id = page.url.split("/")[-2]
    expect(page.get_by_text("Your questions will appear here")).to_be_visible()
    expect(page.get_by_role("button", name="Start interview")).to_be_disabled()
    page.get_by_label("Resume to draw questions from").select_option(
        label="Backend CV (jordan-rivera.pdf)"
    )
    job = page.get_by_label("Job description", exact=True)
    job.fill(JOB_DESCRIPTION)
    expect(page.locator("#job-count")).to_have_text(f"{len(JOB_DESCRIPTION)} of 30,000 characters")
    shot(page, artifacts, "43-setup")

    # Hold the request back, to see the progress state while it waits.
    held: list[Route] = []
    page.route("**/generate-questions", lambda route: held.append(route))
    page.get_by_role("button", name="Generate questions").click()
    expect(page.locator("#generate")).to_be_disabled()
    expect(page.locator("#generate")).to_contain_text("Writing questions…")
    expect(page.locator("#generate-status")).to_contain_text("writing ten questions")
    expect(page.locator("#generate-status")).to_have_attribute("aria-live", "polite")
    expect(page.get_by_role("button", name="Start interview")).to_be_disabled()
    shot(page, artifacts, "44-setup-generating")
    page.wait_for_timeout(100)
    assert len(held) == 1
    held[0].continue_()
    page.unroute("**/generate-questions")
    items = page.locator(".tq-item")
    expect(items).to_have_count(10)
    expect(page.locator("#generate-status")).to_have_text("10 questions ready. Review them below.")
    expect(page.locator("#questions-count")).to_be_focused()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Staff Backend Engineer")
    expect(page.get_by_role("button", name="Regenerate questions")).to_be_enabled()
    for index in range(10):
        expect(items.nth(index).locator(".tq-reason")).not_to_be_empty()
        expect(items.nth(index).locator(".badge-category")).not_to_be_empty()
    expect(page.locator(".badge-probe:not([hidden])").first).to_be_visible()
    expect(page.locator(".source-resume .tq-quote").first).to_be_visible()
    expect(page.locator(".source-job-description .tq-quote").first).to_be_visible()
    expect(page.locator(".source-resume .tq-source-label").first).to_have_text("From your resume")
    expect(page.locator(".source-job-description .tq-source-label").first).to_have_text(
        "From the job description"
    )
    shot(page, artifacts, "45-setup-questions")

    # Reword the first question, then remove the second.
    page.get_by_role("button", name="Edit question 1", exact=True).click()
    editor = page.get_by_label("Reword question 1", exact=True)
    expect(editor).to_be_focused()
    editor.fill("Too short")
    page.get_by_role("button", name="Save question").click()
    expect(items.first.locator(".tq-edit-error")).to_have_text(
        "A question needs at least 10 characters."
    )
    editor.fill(EDITED)
    shot(page, artifacts, "46-setup-edit")
    page.get_by_role("button", name="Save question").click()
    expect(items.first.locator(".tq-prompt")).to_have_text(EDITED)
    expect(page.get_by_role("button", name="Edit question 1", exact=True)).to_be_focused()

    second = items.nth(1).locator(".tq-prompt").inner_text()
    page.get_by_role("button", name="Remove question 2", exact=True).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Question 2 will be left out")
    shot(page, artifacts, "47-setup-remove-dialog")
    dialog.get_by_role("button", name="Remove question").click()
    expect(items).to_have_count(9)
    expect(page.locator("#questions-count")).to_have_text("9 questions")
    expect(page.locator("#lead-count")).to_have_text("9 questions")
    expect(page.locator(".tq-prompt", has_text=second)).to_have_count(0)
    expect(items.nth(1).locator(".q-number")).to_have_text("Question 2")
    assert_accessible_basics(page)

    # A reload keeps everything: the questions live on the server.
    page.reload()
    expect(items).to_have_count(9)
    expect(page.locator("#lead-count")).to_have_text("9 questions")
    expect(items.first.locator(".tq-prompt")).to_have_text(EDITED)
    expect(page.get_by_label("Job description", exact=True)).to_have_value(JOB_DESCRIPTION.strip())

    page.get_by_role("button", name="Start interview").click()
    expect(page).to_have_url(re.compile(rf"/interviews/{interview_id}$"))
    expect(page.locator("#progress-label")).to_have_text("Question 1 of 9")
    expect(page.locator("#q-prompt")).to_have_text(EDITED)
    for number in range(1, 10):
        expect(page.locator("#progress-label")).to_have_text(f"Question {number} of 9")
        skip_preview(page)
        answer_current(page, f"Answer {number}. {TAILORED_ANSWER}")

    expect(page).to_have_url(re.compile(rf"/interviews/{interview_id}/summary$"), timeout=15000)
    expect(page.locator(".answer-item")).to_have_count(9)
    expect(page.locator(".answer-prompt").first).to_have_text(EDITED)
    shot(page, artifacts, "48-tailored-summary")

    report = page.request.get(f"/interviews/{interview_id}/report")
    if report.status == 200:
        page.goto(f"/interviews/{interview_id}/report")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        shot(page, artifacts, "49-tailored-report")

    page.goto("/usage")
    table = page.locator("table").first
    expect(table).to_contain_text("Writing tailored questions")
    expect(table).to_contain_text("Analysing interviews")
    expect(page.locator(".usage-metrics .metric").first).to_contain_text("2")
    expect(page.locator("svg.usage-chart")).to_have_attribute("role", "img")
    expect(page.get_by_role("link", name="Everyone")).to_have_count(0)
    assert_accessible_basics(page)
    shot(page, artifacts, "50-usage")

    # Practice again: a copy with the same nine questions, straight to its setup page.
    page.goto("/interviews")
    card = page.locator(f"#session-{interview_id}")
    expect(card.get_by_role("link", name=re.compile("^View summary"))).to_be_visible()
    card.get_by_role("button", name=re.compile("^Practice again")).click()
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]{36}/setup$"))
    assert interview_id not in page.url
    expect(items).to_have_count(9)
    expect(page.get_by_role("button", name="Start interview")).to_be_enabled()
    page.goto("/interviews")
    expect(page.get_by_role("link", name=re.compile("^Continue setup"))).to_have_count(1)
    expect(page.get_by_text("Ready to start")).to_be_visible()
    shot(page, artifacts, "51-dashboard-tailored")


def test_setup_without_a_resume_and_error_messages(page: Page, artifacts: Path) -> None:
    sign_up(page)
    page.goto("/interviews")
    page.get_by_role("button", name="New tailored interview").click()
    expect(page).to_have_url(re.compile(r"/setup$"))
    expect(page.get_by_text("You have not added a resume yet")).to_be_visible()
    expect(page.get_by_role("button", name="Generate questions")).to_be_disabled()
    page.get_by_role("link", name="Go to your resumes").click()
    expect(page).to_have_url(re.compile(r"/resumes$"))

    upload_and_publish(page)
    page.goto("/interviews")
    page.get_by_role("link", name=re.compile("^Continue setup")).click()
    select = page.get_by_label("Resume to draw questions from")
    expect(select).to_have_value(re.compile(r"[0-9a-f-]{36}"))
    select.select_option(value="")
    page.get_by_role("button", name="Generate questions").click()
    expect(page.locator("#generate-error")).to_have_text("Choose a resume first.")
    expect(select).to_be_focused()

    # A server refusal is shown as it is said.
    select.select_option(index=1)
    page.route(
        "**/generate-questions",
        lambda route: route.fulfill(
            status=422,
            content_type="application/json",
            body=REFUSAL,
        ),
    )
    page.get_by_role("button", name="Generate questions").click()
    expect(page.locator("#generate-error")).to_have_text("Publish this resume first.")
    expect(page.get_by_role("button", name="Generate questions")).to_be_enabled()
    expect(page.locator("#generate-status")).to_have_text("")
    shot(page, artifacts, "52-setup-error")


@pytest.mark.parametrize("width", [375, 768])
def test_tailored_pages_fit_small_screens(
    browser: Browser, live_server: str, artifacts: Path, width: int
) -> None:
    context = browser.new_context(
        base_url=live_server, viewport={"width": width, "height": 800}, has_touch=True
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors = watch_errors(page)

    def check(name: str) -> None:
        assert_no_horizontal_scroll(page)
        assert_accessible_basics(page)
        shot(page, artifacts, f"{name}-{width}")

    sign_up(page, name="Sam Small-Screen")
    upload_and_publish(page)
    check("resume")
    page.goto("/resumes")
    check("resumes")
    page.goto("/interviews")
    page.get_by_role("button", name="New tailored interview").click()
    page.get_by_label("Job description", exact=True).fill(JOB_DESCRIPTION)
    page.get_by_role("button", name="Generate questions").click()
    expect(page.locator(".tq-item")).to_have_count(10)
    check("setup")
    page.get_by_role("button", name="Edit question 3", exact=True).click()
    check("setup-edit")
    page.goto("/interviews")
    check("dashboard-tailored")
    page.goto("/usage")
    check("usage")
    context.close()
    assert not errors, "\n".join(errors)
