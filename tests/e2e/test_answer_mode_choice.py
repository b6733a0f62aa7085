"""Typed or spoken answers, chosen on the start page and kept for the interview."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import sign_up, start_interview

pytestmark = pytest.mark.e2e


def test_speaking_chosen_on_the_start_page_opens_the_recorder(page: Page) -> None:
    sign_up(page)
    page.goto("/interviews/new")
    page.get_by_role("radio", name="Speak (you can switch on any question)").check()
    start_interview(page)
    page.get_by_role("button", name="Start answering now").click()
    expect(page.get_by_role("radio", name="Speak", exact=True)).to_be_checked()
    expect(page.get_by_role("button", name="Record")).to_be_visible()

    page.get_by_role("radio", name="Type", exact=True).check()
    expect(page.get_by_label("Your answer")).to_be_visible()
    page.goto("/interviews/new")
    expect(page.get_by_role("radio", name="Type", exact=True)).to_be_checked()
