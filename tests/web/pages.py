"""Helpers of the page tests: a browser-like client that signs up through the forms."""

import re
import uuid
from typing import Any

import httpx

from tests.support import PASSWORD

ANSWER = (
    "I mapped the problem first, agreed the goal with the team, split the work into "
    "small steps and checked the result with the people who asked for it."
)


def csrf_of(html: str) -> str:
    """The CSRF token a page carries (meta tag or hidden field)."""
    match = re.search(r'name="csrf-token" content="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, "no CSRF token on the page"
    return match.group(1)


async def page_csrf(client: httpx.AsyncClient, path: str = "/interviews") -> str:
    """Load a page and return its CSRF token."""
    response = await client.get(path)
    assert response.status_code == 200, response.text
    return csrf_of(response.text)


async def browser_sign_up(
    client: httpx.AsyncClient, name: str = "Pat Page", email: str | None = None
) -> dict[str, Any]:
    """Sign up through the form; the client then holds the session cookie."""
    email = email or f"web-{uuid.uuid4().hex[:10]}@example.com"
    token = csrf_of((await client.get("/signup")).text)
    response = await client.post(
        "/signup",
        data={"csrf_token": token, "name": name, "email": email, "password": PASSWORD},
    )
    assert response.status_code == 303, response.text
    return {"email": email, "name": name, "set_cookie": response.headers.get_list("set-cookie")}


async def api_start(client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    """Start an interview through the API with the cookie and the CSRF header."""
    token = await page_csrf(client)
    body = {"role_uuid": "role-001", "difficulty_level": "entry", **overrides}
    response = await client.post(
        "/api/mock-interview/start", json=body, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 201, response.text
    return response.json()


async def api_answer_all(
    client: httpx.AsyncClient, session: dict[str, Any], text: str = ANSWER, complete: bool = True
) -> None:
    """Answer every question (and complete) through the cookie-authenticated API."""
    token = await page_csrf(client)
    api = f"/api/mock-interview/sessions/{session['session_uuid']}"
    for qid in session["question_sequence"]:
        answered = await client.post(
            f"{api}/submit-response",
            json={"response_text": text, "response_duration_seconds": 31, "question_uuid": qid},
            headers={"X-CSRF-Token": token},
        )
        assert answered.status_code == 200, answered.text
    if complete:
        done = await client.post(f"{api}/complete", json={}, headers={"X-CSRF-Token": token})
        assert done.status_code == 200, done.text
