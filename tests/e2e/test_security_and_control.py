"""Abandon and delete with confirmation, isolation between users, CSRF refusals."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import ANSWER, shot, sign_up, skip_preview, start_interview

pytestmark = pytest.mark.e2e


def test_abandon_and_delete_ask_first(page: Page, artifacts: Path) -> None:
    sign_up(page)
    session_id = start_interview(page)
    skip_preview(page)
    page.get_by_label("Your answer").fill(ANSWER)

    page.get_by_role("button", name="Abandon interview").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading")).to_have_text("Abandon interview?")
    expect(dialog).to_contain_text("cannot continue")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    shot(page, artifacts, "08-abandon-dialog")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}$"))

    page.get_by_role("button", name="Abandon interview").click()
    dialog.get_by_role("button", name="Abandon interview").click()
    expect(page).to_have_url(re.compile(r"/interviews$"))
    expect(page.locator(".flash")).to_contain_text("Abandoned")
    expect(page.locator(f"#session-{session_id} .badge")).to_have_text("Abandoned")
    drafts = page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('mi:draft:'))")
    assert drafts == []
    page.goto(f"/interviews/{session_id}")
    expect(page).to_have_url(re.compile(rf"/interviews/{session_id}/summary$"))
    expect(page.get_by_text("You stopped this interview early")).to_be_visible()

    page.goto("/interviews")
    page.get_by_role("button", name=re.compile("^Delete")).click()
    expect(dialog).to_contain_text("cannot be undone")
    dialog.get_by_role("button", name="Delete interview").click()
    expect(page.get_by_text("No interviews yet")).to_be_visible()
    shot(page, artifacts, "09-empty-dashboard")


def test_another_user_gets_the_404_page(page: Page, browser: Browser, artifacts: Path) -> None:
    sign_up(page, name="First Person")
    session_id = start_interview(page)
    skip_preview(page)

    stranger = browser.new_context(base_url=page.url.split("/interviews")[0])
    intruder = stranger.new_page()
    sign_up(intruder, name="Second Person")
    for path in (f"/interviews/{session_id}", f"/interviews/{session_id}/summary"):
        response = intruder.goto(path)
        assert response is not None and response.status == 404
        expect(intruder.get_by_role("heading", name="Page not found")).to_be_visible()
    shot(intruder, artifacts, "10-not-found")
    stranger.close()


def test_csrf_less_posts_are_refused(page: Page, artifacts: Path) -> None:
    sign_up(page)
    session_id = start_interview(page)

    api = page.request.post(
        "/api/mock-interview/start", data={"role_uuid": "role-001", "difficulty_level": "entry"}
    )
    assert api.status == 403 and "CSRF" in api.json()["detail"]
    submit = page.request.post(f"/api/mock-interview/sessions/{session_id}/abandon", data={})
    assert submit.status == 403

    form = page.request.post(f"/interviews/{session_id}/delete", form={"csrf_token": "forged"})
    assert form.status == 403 and "did not come from this site" in form.text()

    # A form built by another page (no token) is refused the same way, shown as a page.
    page.goto("/interviews")
    page.evaluate(
        """(id) => {
            const form = document.createElement('form');
            form.method = 'post';
            form.action = `/interviews/${id}/delete`;
            document.body.append(form);
            form.submit();
        }""",
        session_id,
    )
    expect(page.get_by_role("heading", name="That action was refused")).to_be_visible()
    shot(page, artifacts, "11-csrf-refused")
    page.goto("/interviews")
    expect(page.locator(f"#session-{session_id}")).to_be_visible()
