"""The short-lived, signed cookie that carries a sign-in's state, nonce and PKCE verifier."""

import base64
import hashlib
import hmac
import json
import time
from typing import Any

SSO_COOKIE = "mi_sso"
SSO_SECONDS = 600


def _signature(secret: str, payload: str) -> str:
    digest = hmac.new(secret.encode(), b"sso:" + payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def seal(secret: str, data: dict[str, Any]) -> str:
    """The cookie value: the data (with an expiry) and its HMAC."""
    body = json.dumps({**data, "exp": int(time.time()) + SSO_SECONDS}, separators=(",", ":"))
    payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"{payload}.{_signature(secret, payload)}"


def unseal(secret: str, value: str | None) -> dict[str, Any] | None:
    """The data of an untampered, unexpired cookie value; None otherwise."""
    if not value or value.count(".") != 1 or len(value) > 4000:
        return None
    payload, signature = value.split(".")
    if not hmac.compare_digest(_signature(secret, payload), signature):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except ValueError:
        return None
    if not isinstance(data, dict) or int(data.get("exp", 0)) < time.time():
        return None
    return data
