"""Completed interviews made through the real API, and an administrator account."""

from typing import Any

import httpx
from fastapi import FastAPI

from mockinterview.accounts.service import AccountService
from tests.support import PASSWORD

API = "/api/mock-interview"
ANALYTICS = f"{API}/analytics"
STRONG = (
    "When our checkout service kept timing out, I was asked to fix it before the holiday sale. "
    "I profiled the slowest queries, added an index and a small cache, and load tested the change "
    "with the team. As a result, p95 latency fell from 900 ms to 120 ms and sales grew 18 percent."
)
MIDDLING = (
    "I worked with the team on a release that was late, and I talked to people to plan the work, "
    "then we finished it and the customer was happy with the result in the end."
)
WEAK = "Um, so, like, I basically just did the thing, you know, and it was kind of fine I guess."
ANSWERS = {"strong": STRONG, "middling": MIDDLING, "weak": WEAK}


async def completed(
    client: httpx.AsyncClient, account: dict[str, Any], answers: list[str], **start: Any
) -> dict[str, Any]:
    """Start an interview, answer its first questions with these texts, complete it; the session."""
    body = {"role_uuid": "role-001", "industry_uuid": "ind-001", "difficulty_level": "mid", **start}
    h = account["headers"]
    session = (await client.post(f"{API}/start", json=body, headers=h)).json()
    sid = session["session_uuid"]
    for text, qid in zip(answers, session["question_sequence"], strict=False):
        sent = await client.post(
            f"{API}/sessions/{sid}/submit-response",
            json={"response_text": text, "response_duration_seconds": 30.0, "question_uuid": qid},
            headers=h,
        )
        assert sent.status_code in (200, 201), sent.text
    done = await client.post(f"{API}/sessions/{sid}/complete", headers=h)
    assert done.status_code == 200, done.text
    stored: dict[str, Any] = (await client.get(f"{API}/sessions/{sid}", headers=h)).json()
    return stored


async def admin_headers(client: httpx.AsyncClient, app: FastAPI) -> dict[str, str]:
    """Register an administrator and sign in; their auth headers."""
    async with app.state.sessionmaker() as db:
        await AccountService(db, app.state.settings).register(
            "admin@example.com", PASSWORD, "Admin", is_admin=True
        )
        await db.commit()
    login = await client.post(
        "/api/auth/login", json={"email": "admin@example.com", "password": PASSWORD}
    )
    return {"Authorization": f"Bearer {login.json()['access_token']}"}
