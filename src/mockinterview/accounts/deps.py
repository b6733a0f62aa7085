"""Authentication dependencies: CurrentUser for the API and for pages, and CSRF checks.

Dependencies are `async def` even when they await nothing: FastAPI runs a plain function in a
worker thread, a hop that costs more than the work of these small factories.
"""

import base64
import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.models import AccessToken, User
from mockinterview.accounts.service import AccountService
from mockinterview.config import Settings
from mockinterview.db import DbSession
from mockinterview.errors import Forbidden, Unauthorized

SESSION_COOKIE = "mi_session"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

_bearer = HTTPBearer(auto_error=False, description="The access_token from /api/auth/login.")


async def bearer_of(request: Request) -> HTTPAuthorizationCredentials | None:
    """The request's bearer credentials, read as the Bearer dependency reads them."""
    return await _bearer(request)


async def app_settings(request: Request) -> Settings:
    """The settings the app was created with (no per-request dependency overrides needed)."""
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(app_settings)]


def client_ip(request: Request) -> str | None:
    """The client's address: the peer's, or the forwarded one behind a trusted proxy."""
    return request.client.host if request.client else None


async def account_service(db: DbSession, settings: SettingsDep) -> AccountService:
    """An AccountService bound to the request's database session."""
    return AccountService(db, settings)


AccountServiceDep = Annotated[AccountService, Depends(account_service)]


def csrf_token_for(secret: str, seed: str) -> str:
    """The CSRF token bound to a browser cookie value: an HMAC keyed by the secret key."""
    digest = hmac.new(secret.encode(), b"csrf:" + seed.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def csrf_matches(secret: str, seed: str | None, candidate: str | None) -> bool:
    """Whether candidate is the CSRF token of seed (compared in constant time)."""
    if not seed or not candidate:
        return False
    expected = csrf_token_for(secret, seed).encode()
    return hmac.compare_digest(expected, candidate.encode("utf-8", "replace"))


Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
UserUuidHeader = Annotated[str | None, Header(alias="uuid")]


def presented_token(
    request: Request, credentials: HTTPAuthorizationCredentials | None, settings: Settings
) -> str:
    """The token the request signs in with: bearer header, or the cookie with its CSRF token."""
    token = credentials.credentials if credentials else request.cookies.get(SESSION_COOKIE)
    if not token:
        raise Unauthorized("Sign in first: send 'Authorization: Bearer <token>'.")
    if credentials is None and request.method in UNSAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER)
        if not csrf_matches(settings.resolved_secret_key, token, sent):
            raise Forbidden(f"Missing or invalid CSRF token: send the {CSRF_HEADER} header.")
    return token


def check_uuid_header(user_uuid: str, user_uuid_header: str | None) -> None:
    """401 when the optional `uuid` header names someone other than the signed-in user."""
    if user_uuid_header is not None and user_uuid_header != user_uuid:
        raise Unauthorized("The 'uuid' header does not match the signed-in user.")


async def current_token(
    request: Request,
    db: DbSession,
    credentials: Bearer,
    user_uuid_header: UserUuidHeader = None,
) -> AccessToken:
    """The live token of the request: bearer header, or the browser's session cookie.

    Every signed-in request resolves this, so it takes few dependencies of its own.
    """
    return await token_of(request, db, credentials, user_uuid_header)


async def token_of(
    request: Request,
    db: AsyncSession,
    credentials: HTTPAuthorizationCredentials | None,
    user_uuid_header: str | None,
) -> AccessToken:
    """The request's live token (current_token as a plain function)."""
    settings: Settings = request.app.state.settings
    token = presented_token(request, credentials, settings)
    user, row = await AccountService(db, settings).user_for_token(token)
    check_uuid_header(user.user_uuid, user_uuid_header)
    return row


CurrentToken = Annotated[AccessToken, Depends(current_token)]


async def current_user(token: CurrentToken) -> User:
    """The signed-in user."""
    return token.user


CurrentUser = Annotated[User, Depends(current_user)]
