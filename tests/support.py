"""Helpers shared by tests."""

import uuid
from typing import Any

import httpx

PASSWORD = "correct horse battery"


async def sign_up(client: httpx.AsyncClient, email: str | None = None) -> dict[str, Any]:
    """Register and sign in a fresh user; returns auth headers and ids."""
    email = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
    created = await client.post(
        "/api/auth/register", json={"email": email, "password": PASSWORD, "name": "Test User"}
    )
    assert created.status_code == 201, created.text
    login = await client.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert login.status_code == 200, login.text
    body = login.json()
    return {
        "email": email,
        "user_uuid": body["user_uuid"],
        "token": body["access_token"],
        "headers": {"Authorization": f"Bearer {body['access_token']}", "uuid": body["user_uuid"]},
    }
