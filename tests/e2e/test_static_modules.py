"""In a real browser every script and style, nested module imports included, loads by version."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Response, expect

from mockinterview.web.assets import Assets
from mockinterview.web.templating import STATIC_DIR
from tests.e2e.helpers import sign_up, start_interview

pytestmark = pytest.mark.e2e

NESTED = {
    "js/api.js",
    "js/labels.js",
    "js/words.js",
    "js/busy.js",
    "js/timer.js",
    "js/drafts.js",
    "js/answer_mode.js",
}


def test_every_module_request_carries_its_version(page: Page) -> None:
    assets = Assets.scan(STATIC_DIR)
    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))

    sign_up(page)
    start_interview(page)
    expect(page.get_by_role("button", name="Start answering now")).to_be_visible()
    page.goto("/resumes")
    expect(page.get_by_role("button", name="Upload and read")).to_be_visible()

    static = [r for r in responses if urlsplit(r.url).path.startswith("/static/")]
    loaded: set[str] = set()
    for response in static:
        url = urlsplit(response.url)
        name = url.path.removeprefix("/static/")
        assert url.query == f"v={assets.versions[name]}", response.url
        assert response.status == 200, response.url
        headers = response.all_headers()
        assert headers["cache-control"] == "public, max-age=31536000, immutable", response.url
        if (STATIC_DIR / name).stat().st_size >= 500:
            assert headers.get("content-encoding") == "gzip", response.url
        loaded.add(name)
    scripts = {r.url for r in static if r.request.resource_type == "script"}
    assert {urlsplit(u).path.removeprefix("/static/") for u in scripts} >= NESTED | {
        "js/app.js",
        "js/start.js",
        "js/interview.js",
        "js/resumes.js",
    }
    assert "css/app.css" in loaded
