"""The account page: download my data, delete my account."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from mockinterview.accounts.account_router import AccountDataDep
from mockinterview.accounts.data_service import has_password
from mockinterview.accounts.deps import SESSION_COOKIE, AccountServiceDep, SettingsDep, client_ip
from mockinterview.accounts.models import AccessToken
from mockinterview.config import Settings
from mockinterview.errors import Invalid, TooManyRequests, Unauthorized
from mockinterview.web.deps import CsrfForm, PageUser
from mockinterview.web.security import add_flash, clear_session_cookie
from mockinterview.web.templating import render

router = APIRouter()


async def page_token(request: Request, user: PageUser, service: AccountServiceDep) -> AccessToken:
    """The browser session's token row (its age tells whether the sign-in is recent)."""
    _, row = await service.user_for_token(request.cookies.get(SESSION_COOKIE, ""))
    return row


PageToken = Annotated[AccessToken, Depends(page_token)]


def _context(request: Request, token: AccessToken, message: str = "") -> dict[str, object]:
    settings: Settings = request.app.state.settings
    return {
        "providers": [(p.name, p.label) for p in settings.oidc_providers],
        "page_title": "Your account",
        "account": token.user,
        "has_password": has_password(token.user),
        "message": message,
    }


@router.get("/account")
async def account_page(request: Request, token: PageToken) -> Response:
    """Your account: download your data or delete the account."""
    return render(request, "account/account.html", _context(request, token))


@router.post("/account/delete", dependencies=[CsrfForm])
async def delete_account(
    request: Request,
    token: PageToken,
    accounts: AccountServiceDep,
    service: AccountDataDep,
    settings: SettingsDep,
    password: Annotated[str, Form(max_length=256)] = "",
    confirm_email: Annotated[str, Form(max_length=320)] = "",
) -> Response:
    """Delete the account and everything it owns, once the password (or email) is confirmed."""
    user = token.user
    try:
        password_ok = None
        if has_password(user) and password:
            await accounts.authenticate(
                user.email, password, client_ip(request), request.app.state.sessionmaker
            )
            password_ok = True
        await service.check_reauthentication(user, token, password_ok, confirm_email)
    except (Unauthorized, Invalid, TooManyRequests) as exc:
        message = "That password is not right." if password and has_password(user) else exc.detail
        return render(
            request, "account/account.html", _context(request, token, message), exc.status_code
        )
    await service.delete_account(user)
    response = RedirectResponse("/signin", status_code=303)
    clear_session_cookie(response)
    add_flash(response, settings, "info", "Your account and everything it held are deleted.")
    return response
