"""In Chromium: sign in with the organisation's provider, download my data, delete my account."""

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from mockinterview.config import Settings
from tests.sso.conftest import install_provider, running_provider, school

pytestmark = pytest.mark.e2e


@pytest.fixture
def school_provider(live_server: str, settings: Settings, repo_root: Path) -> Iterator[None]:
    """A real provider sending browsers back to the live server, configured for this test."""
    folder = install_provider(repo_root)
    with running_provider(folder, f"{live_server}/sso/school/callback") as issuer:
        settings.oidc_providers = [school(issuer)]
        settings.public_url = live_server
        try:
            yield
        finally:
            settings.oidc_providers = []
            settings.public_url = None


def sign_in_at_provider(page: Page, login: str) -> None:
    """The provider's sign-in and consent pages, as a person fills them."""
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill("any password")
    page.locator("button[type=submit]").click()
    page.locator("button[type=submit]").click()  # consent


@pytest.mark.usefixtures("school_provider")
def test_sign_in_with_the_school_then_export_and_delete(page: Page, artifacts: Path) -> None:
    page.goto("/signin")
    page.get_by_role("link", name="Sign in with Example School").click()
    expect(page).to_have_url(re.compile(r"^http://127\.0\.0\.1:\d+/interaction/"))
    sign_in_at_provider(page, "ana")
    expect(page).to_have_url(re.compile(r"/interviews$"))
    expect(page.locator(".user-name")).to_have_text("Ana Example")

    page.get_by_role("link", name="Account").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (JSON)").click()
    exported = json.loads(Path(download.value.path()).read_text())
    assert exported["account"]["email"] == "ana@school.edu"
    assert exported["sign_in_providers"][0]["subject"] == "ana"
    page.screenshot(path=str(artifacts / "20-account.png"), full_page=True)

    page.get_by_label("Your email address").fill("ana@school.edu")
    page.get_by_role("button", name="Delete my account and all its data").click()
    expect(page).to_have_url(re.compile(r"/signin$"))
    expect(page.get_by_text("Your account and everything it held are deleted.")).to_be_visible()
