"""NUL and lone surrogates are refused with a 422 naming the field, never a 500."""

import json
from typing import Any

import httpx
import pytest

from tests.interviews.test_sessions_api import API, start
from tests.web.pages import page_csrf


async def post_json(
    client: httpx.AsyncClient, url: str, body: dict[str, Any], headers: dict[str, str] | None = None
) -> httpx.Response:
    """POST JSON with every non-ASCII character escaped (a lone surrogate cannot be UTF-8)."""
    return await client.post(
        url,
        content=json.dumps(body),
        headers={**(headers or {}), "content-type": "application/json"},
    )


@pytest.mark.parametrize("bad", ["nul\u0000here", "lone \ud800 surrogate"])
async def test_json_bodies(client: httpx.AsyncClient, user: dict[str, Any], bad: str) -> None:
    session = await start(client, user)
    url = f"{API}/sessions/{session['session_uuid']}/submit-response"
    body = {"response_text": f"{bad} " * 12, "response_duration_seconds": 5}
    sent = await post_json(client, url, body, user["headers"])
    assert sent.status_code == 422, sent.text
    assert sent.json()["detail"][0]["loc"] == ["body", "response_text"]
    login = await post_json(client, "/api/auth/login", {"email": bad, "password": "x" * 10})
    assert login.status_code == 422 and login.json()["detail"][0]["loc"] == ["body", "email"]
    start_body = {"role_uuid": "role-001", "difficulty_level": "mid", "company_name": bad}
    started = await post_json(client, f"{API}/start", start_body, user["headers"])
    assert started.status_code == 422
    assert started.json()["detail"][0]["loc"] == ["body", "company_name"]


async def test_paths_and_queries(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    path = await client.get(f"{API}/sessions/abc%00def", headers=user["headers"])
    assert path.status_code == 422 and path.json()["detail"][0]["loc"] == ["path"]
    query = await client.get(f"{API}/sessions?status=a%00b", headers=user["headers"])
    assert query.status_code == 422 and query.json()["detail"][0]["loc"] == ["query", "status"]


async def test_the_sign_in_form_gets_a_page(client: httpx.AsyncClient) -> None:
    token = await page_csrf(client, "/signin")
    form = {"csrf_token": token, "email": "a\u0000@example.com", "password": "whatever pass"}
    page = await client.post("/signin", data=form, headers={"accept": "text/html"})
    assert page.status_code == 422 and "<html" in page.text.lower()
