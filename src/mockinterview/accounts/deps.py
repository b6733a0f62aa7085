"""Authentication dependencies: CurrentUser for the API and for pages."""

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from mockinterview.accounts.models import AccessToken, User
from mockinterview.accounts.service import AccountService
from mockinterview.config import Settings, get_settings
from mockinterview.db import DbSession
from mockinterview.errors import Unauthorized

SESSION_COOKIE = "mi_session"

_bearer = HTTPBearer(auto_error=False, description="The access_token from /api/auth/login.")

SettingsDep = Annotated[Settings, Depends(get_settings)]


def account_service(db: DbSession, settings: SettingsDep) -> AccountService:
    """An AccountService bound to the request's database session."""
    return AccountService(db, settings)


AccountServiceDep = Annotated[AccountService, Depends(account_service)]


async def current_token(
    request: Request,
    service: AccountServiceDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    user_uuid_header: Annotated[str | None, Header(alias="uuid")] = None,
) -> AccessToken:
    """The live token of the request: bearer header, or the browser's session cookie."""
    token = credentials.credentials if credentials else request.cookies.get(SESSION_COOKIE)
    if not token:
        raise Unauthorized("Sign in first: send 'Authorization: Bearer <token>'.")
    user, row = await service.user_for_token(token)
    if user_uuid_header is not None and user_uuid_header != user.user_uuid:
        raise Unauthorized("The 'uuid' header does not match the signed-in user.")
    request.state.user = user
    return row


CurrentToken = Annotated[AccessToken, Depends(current_token)]


async def current_user(token: CurrentToken) -> User:
    """The signed-in user."""
    return token.user


CurrentUser = Annotated[User, Depends(current_user)]
