"""HTTP routes of /api/auth."""

from fastapi import APIRouter, Request, status

from mockinterview.accounts.deps import (
    AccountServiceDep,
    CurrentToken,
    CurrentUser,
    SettingsDep,
    client_ip,
)
from mockinterview.accounts.schemas import (
    LoginRequest,
    MessageOut,
    RegisterRequest,
    TokenOut,
    UserOut,
)
from mockinterview.accounts.service import refuse_passwords_when_sso_only
from mockinterview.api_responses import errors

router = APIRouter(prefix="/api/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses=errors(403, 409, 422),
)
async def register(
    body: RegisterRequest, service: AccountServiceDep, settings: SettingsDep
) -> UserOut:
    """Create an account (refused when only single sign-on is allowed)."""
    refuse_passwords_when_sso_only(settings)
    user = await service.register(body.email, body.password, body.name)
    return UserOut.model_validate(user)


@router.post("/login", response_model=TokenOut, responses=errors(401, 403, 422, 429))
async def login(
    body: LoginRequest, request: Request, service: AccountServiceDep, settings: SettingsDep
) -> TokenOut:
    """Exchange email and password for a bearer token (not in single-sign-on-only mode)."""
    refuse_passwords_when_sso_only(settings)
    user = await service.authenticate(
        body.email, body.password, client_ip(request), request.app.state.sessionmaker
    )
    token, row = await service.issue_token(user)
    return TokenOut(access_token=token, user_uuid=user.user_uuid, expires_at=row.expires_at)


@router.post("/logout", response_model=MessageOut, responses=errors(401, 403, 422))
async def logout(token: CurrentToken, service: AccountServiceDep) -> MessageOut:
    """Revoke the token used for this request."""
    await service.revoke(token)
    return MessageOut(detail="Signed out")


@router.get("/me", response_model=UserOut, responses=errors(401, 422))
async def me(user: CurrentUser) -> UserOut:
    """The signed-in user."""
    return UserOut.model_validate(user)
