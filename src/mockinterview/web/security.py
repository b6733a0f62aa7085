"""Browser session cookies, CSRF seeds, signed flash messages and safe redirects."""

import base64
import hashlib
import hmac
import json
import secrets
from urllib.parse import urlsplit

from fastapi import Request, Response

from mockinterview.accounts.deps import SESSION_COOKIE, csrf_matches, csrf_token_for
from mockinterview.config import Settings

ANON_COOKIE = "mi_anon"
FLASH_COOKIE = "mi_flash"
CSRF_FIELD = "csrf_token"
FLASH_LEVELS = ("info", "success", "error")


def is_secure(request: Request, settings: Settings) -> bool:
    """Whether cookies must carry the Secure flag."""
    return settings.secure_cookies or request.url.scheme == "https"


def set_session_cookie(
    response: Response, request: Request, settings: Settings, token: str
) -> None:
    """Store the browser's session token in an HttpOnly, SameSite=Lax cookie."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.token_lifetime_minutes * 60,
        httponly=True,
        samesite="lax",
        secure=is_secure(request, settings),
        path="/",
    )
    response.delete_cookie(ANON_COOKIE, path="/")


def clear_session_cookie(response: Response) -> None:
    """Forget the browser's session."""
    response.delete_cookie(SESSION_COOKIE, path="/")


def csrf_seed(request: Request) -> str | None:
    """The cookie value the request's CSRF token is derived from."""
    return request.cookies.get(SESSION_COOKIE) or request.cookies.get(ANON_COOKIE)


def page_csrf_token(request: Request, settings: Settings) -> str:
    """The CSRF token for forms on this page; starts an anonymous seed when there is none."""
    seed = csrf_seed(request)
    if seed is None:
        seed = getattr(request.state, "new_anon_seed", None) or secrets.token_urlsafe(32)
        request.state.new_anon_seed = seed
    return csrf_token_for(settings.resolved_secret_key, seed)


def persist_anon_seed(request: Request, response: Response, settings: Settings) -> None:
    """Set the anonymous CSRF seed cookie if this page created one."""
    seed = getattr(request.state, "new_anon_seed", None)
    if seed:
        response.set_cookie(
            ANON_COOKIE,
            seed,
            httponly=True,
            samesite="lax",
            secure=is_secure(request, settings),
            path="/",
        )


def form_csrf_ok(request: Request, settings: Settings, sent: str | None) -> bool:
    """Whether a form's CSRF field matches the browser's cookie."""
    return csrf_matches(settings.resolved_secret_key, csrf_seed(request), sent)


def safe_next(target: str | None, default: str = "/interviews") -> str:
    """A same-site path to go back to after sign-in; anything else gives the default."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


def _sign(secret: str, payload: str) -> str:
    return hmac.new(secret.encode(), b"flash:" + payload.encode(), hashlib.sha256).hexdigest()


def add_flash(response: Response, settings: Settings, level: str, message: str) -> None:
    """Queue a message for the next page this browser renders."""
    payload = base64.urlsafe_b64encode(json.dumps([level, message]).encode()).decode()
    value = f"{payload}.{_sign(settings.resolved_secret_key, payload)}"
    response.set_cookie(FLASH_COOKIE, value, max_age=120, httponly=True, samesite="lax", path="/")


def read_flash(request: Request, settings: Settings) -> list[tuple[str, str]]:
    """The queued message, if its signature holds."""
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw or "." not in raw:
        return []
    payload, signature = raw.rsplit(".", 1)
    if not hmac.compare_digest(_sign(settings.resolved_secret_key, payload), signature):
        return []
    try:
        level, message = json.loads(base64.urlsafe_b64decode(payload.encode()))
    except (ValueError, TypeError):
        return []
    if level not in FLASH_LEVELS or not isinstance(message, str):
        return []
    return [(level, message)]
