"""HTTP routes of /api/auth/password-reset: ask for a link by email, then use it once."""

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Request, status

from mockinterview.accounts.deps import SettingsDep, client_ip
from mockinterview.accounts.reset_service import PasswordResetService, mail_reset_link
from mockinterview.accounts.schemas import MessageOut, PasswordResetConfirm, PasswordResetRequest
from mockinterview.accounts.service import normalise_email
from mockinterview.api_responses import errors
from mockinterview.db import DbSession

router = APIRouter(prefix="/api/auth/password-reset", tags=["auth"])
SENT = "If an account uses this email, a link to reset its password is on its way."


async def reset_service(db: DbSession, settings: SettingsDep) -> PasswordResetService:
    """A PasswordResetService bound to the request's session."""
    return PasswordResetService(db, settings)


ResetServiceDep = Annotated[PasswordResetService, Depends(reset_service)]


@router.post(
    "/request",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=MessageOut,
    responses=errors(403, 422, 429),
)
async def request_reset(
    body: PasswordResetRequest,
    request: Request,
    background: BackgroundTasks,
    service: ResetServiceDep,
    settings: SettingsDep,
) -> MessageOut:
    """Email a reset link; the answer is the same whether or not the email has an account."""
    issued = await service.request(normalise_email(body.email), client_ip(request))
    if issued is not None:
        user, token = issued
        background.add_task(mail_reset_link, settings, user, token, str(request.base_url))
    return MessageOut(detail=SENT)


@router.post("/confirm", response_model=MessageOut, responses=errors(403, 422))
async def confirm_reset(body: PasswordResetConfirm, service: ResetServiceDep) -> MessageOut:
    """Set a new password with a reset link's token (once); every session of the account ends."""
    await service.confirm(body.token, body.password)
    return MessageOut(detail="Your password is changed. Sign in with it now.")
