"""User text is escaped everywhere; other users' interviews and unknown pages give 404 pages."""

from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI

from mockinterview.interviews.deps import session_service
from tests.web.pages import api_answer_all, api_start, browser_sign_up, page_csrf

EVIL = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
EVIL_ANSWER = f"{EVIL} and then I planned the work, shipped it and measured the outcome."


async def test_malicious_name_company_and_answer_are_escaped_everywhere(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client, name=EVIL)
    session = await api_start(client, company_name=EVIL, include_company=True)
    sid = session["session_uuid"]
    first_page = await client.get(f"/interviews/{sid}")
    assert EVIL not in first_page.text and ESCAPED in first_page.text
    assert "\\u003cscript\\u003e" in first_page.text or ESCAPED in first_page.text
    await api_answer_all(client, session, text=EVIL_ANSWER)
    for path in ("/interviews", f"/interviews/{sid}/summary", f"/interviews/{sid}/summary.html"):
        page = await client.get(path)
        assert page.status_code == 200, path
        assert EVIL not in page.text, path
        assert ESCAPED in page.text, path
    text = await client.get(f"/interviews/{sid}/summary.txt")
    assert text.headers["content-type"].startswith("text/plain")
    assert text.headers["x-content-type-options"] == "nosniff"
    assert EVIL in text.text  # plain text shows what was typed, and is never rendered as HTML


async def test_flash_messages_are_escaped(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client, name=EVIL)
    welcome = await client.get("/interviews/new")
    assert f"Welcome, {ESCAPED}!" in welcome.text and EVIL not in welcome.text


async def test_another_users_interview_is_a_404_page(
    client: httpx.AsyncClient, second_browser: httpx.AsyncClient
) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    await api_answer_all(client, session)
    sid = session["session_uuid"]
    await browser_sign_up(second_browser)
    for path in (
        f"/interviews/{sid}",
        f"/interviews/{sid}/summary",
        f"/interviews/{sid}/summary.txt",
        f"/interviews/{sid}/summary.html",
    ):
        response = await second_browser.get(path)
        assert response.status_code == 404, path
        assert "text/html" in response.headers["content-type"]
        assert "Page not found" in response.text and "another account" in response.text
    token = await page_csrf(second_browser)
    for action in ("delete", "abandon", "again"):
        response = await second_browser.post(
            f"/interviews/{sid}/{action}", data={"csrf_token": token}
        )
        assert response.status_code == 404, action
    assert (await client.get(f"/interviews/{sid}/summary")).status_code == 200


async def test_unknown_pages_get_an_error_page_and_the_api_keeps_json(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/no/such/page")
    assert page.status_code == 404 and "Page not found" in page.text
    assert "text/html" in page.headers["content-type"]
    api = await client.get("/api/no/such/thing")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}
    method = await client.delete("/interviews")
    assert method.status_code == 405 and "text/html" in method.headers["content-type"]


@pytest.fixture
def broken_sessions(app: FastAPI) -> Iterator[None]:
    """Make the interview service fail, as an unexpected bug would."""

    def explode() -> None:
        raise RuntimeError("boom")

    app.dependency_overrides[session_service] = explode
    yield
    del app.dependency_overrides[session_service]


async def test_server_errors_get_a_500_page_without_internals(
    client: httpx.AsyncClient, broken_sessions: None
) -> None:
    await browser_sign_up(client)
    page = await client.get("/interviews")
    assert page.status_code == 500
    assert "Something went wrong on our side" in page.text and "boom" not in page.text
    api = await client.get("/api/mock-interview/sessions")
    assert api.status_code == 500 and api.json() == {"detail": "Internal server error"}
