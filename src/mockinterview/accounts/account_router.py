"""HTTP routes of /api/account: export my data, delete my account."""

from collections.abc import Iterator
from typing import IO, Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, StreamingResponse

from mockinterview.accounts.data_service import AccountDataService, has_password
from mockinterview.accounts.deps import (
    AccountServiceDep,
    CurrentToken,
    CurrentUser,
    SettingsDep,
    client_ip,
)
from mockinterview.accounts.models import User
from mockinterview.accounts.schemas import DeleteAccountRequest, MessageOut
from mockinterview.api_responses import errors
from mockinterview.db import DbSession
from mockinterview.recordings.deps import recording_store

router = APIRouter(prefix="/api/account", tags=["account"])
CHUNK = 256 * 1024


async def account_data(db: DbSession, settings: SettingsDep) -> AccountDataService:
    """An AccountDataService bound to the request's session and the recordings' store."""
    return AccountDataService(db, recording_store(db, settings))


AccountDataDep = Annotated[AccountDataService, Depends(account_data)]


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    with spool:
        while chunk := spool.read(CHUNK):
            yield chunk


def _filename(user: User, suffix: str) -> dict[str, str]:
    return {
        "Content-Disposition": f'attachment; filename="mockinterview-{user.user_uuid}.{suffix}"'
    }


@router.get("/export", responses=errors(401, 422))
async def export_data(user: CurrentUser, service: AccountDataDep) -> JSONResponse:
    """Everything you own as one JSON file: account, interviews, answers, resumes, usage."""
    return JSONResponse(await service.export(user), headers=_filename(user, "json"))


@router.get(
    "/export/recordings",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/zip": {}}}, **errors(401, 422)},
)
async def export_recordings(user: CurrentUser, service: AccountDataDep) -> StreamingResponse:
    """Your recordings as a zip (named as in the JSON export)."""
    spool = await service.recordings_zip(user)
    return StreamingResponse(
        _chunks(spool), media_type="application/zip", headers=_filename(user, "zip")
    )


@router.post("/delete", response_model=MessageOut, responses=errors(401, 403, 422, 429))
async def delete_account(
    body: DeleteAccountRequest,
    request: Request,
    token: CurrentToken,
    accounts: AccountServiceDep,
    service: AccountDataDep,
) -> MessageOut:
    """Delete your account and everything it owns, after confirming your password."""
    user = token.user
    password_ok = None
    if has_password(user) and body.password:
        await accounts.authenticate(
            user.email, body.password, client_ip(request), request.app.state.sessionmaker
        )
        password_ok = True
    await service.check_reauthentication(user, token, password_ok, body.confirm_email)
    await service.delete_account(user)
    return MessageOut(detail="Your account and everything it held are deleted.")
