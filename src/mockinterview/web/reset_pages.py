"""Forgotten password pages: ask for a reset link, then choose a new password with it."""

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from mockinterview.accounts.deps import SettingsDep, client_ip
from mockinterview.accounts.reset_router import SENT, ResetServiceDep
from mockinterview.accounts.reset_service import mail_reset_link
from mockinterview.accounts.schemas import PasswordResetConfirm, PasswordResetRequest
from mockinterview.accounts.service import normalise_email
from mockinterview.errors import Invalid, TooManyRequests
from mockinterview.web.deps import CsrfForm
from mockinterview.web.security import add_flash
from mockinterview.web.templating import render

router = APIRouter()
Text = Annotated[str, Form(max_length=400)]
NO_REFERRER = {"Referrer-Policy": "no-referrer"}  # the token in the address stays on this site


@router.get("/forgot-password")
async def forgot_page(request: Request) -> Response:
    """The form asking for a reset link."""
    return render(request, "auth/forgot.html", _forgot_context(""))


def _forgot_context(email: str) -> dict[str, object]:
    return {"page_title": "Reset your password", "email": email, "message": "", "sent": ""}


@router.post("/forgot-password", dependencies=[CsrfForm])
async def forgot(
    request: Request,
    background: BackgroundTasks,
    service: ResetServiceDep,
    settings: SettingsDep,
    email: Text = "",
) -> Response:
    """Send a reset link when the email has an account; the page says the same either way."""
    context = _forgot_context(email)
    try:
        details = PasswordResetRequest(email=email.strip())
        issued = await service.request(normalise_email(details.email), client_ip(request))
    except ValidationError:
        context["message"] = "Enter a valid email address, like name@example.com."
        return render(request, "auth/forgot.html", context, status_code=422)
    except TooManyRequests as exc:
        context["message"] = exc.detail
        page = render(request, "auth/forgot.html", context, status_code=429)
        page.headers.update(exc.headers)
        return page
    if issued is not None:
        user, token = issued
        background.add_task(mail_reset_link, settings, user, token, str(request.base_url))
    context["sent"] = SENT
    return render(request, "auth/forgot.html", context)


@router.get("/reset-password")
async def reset_page(request: Request, service: ResetServiceDep, token: str = "") -> Response:
    """The form choosing a new password, for a valid link."""
    valid = bool(token) and len(token) <= 200 and await service.valid(token) is not None
    context = {"page_title": "Choose a new password", "token": token, "valid": valid, "message": ""}
    return _reset_form(request, context, 200 if valid else 404)


def _reset_form(request: Request, context: dict[str, object], status_code: int) -> Response:
    page = render(request, "auth/reset.html", context, status_code=status_code)
    page.headers.update(NO_REFERRER)
    return page


@router.post("/reset-password", dependencies=[CsrfForm])
async def reset(
    request: Request,
    service: ResetServiceDep,
    settings: SettingsDep,
    token: Text = "",
    password: Text = "",
) -> Response:
    """Set the new password (the link then stops working) and go to sign-in."""
    context: dict[str, object] = {"page_title": "Choose a new password", "token": token}
    context["message"] = ""
    try:
        details = PasswordResetConfirm(token=token, password=password)
        await service.confirm(details.token, details.password)
    except ValidationError as exc:
        first = exc.errors()[0]
        context |= {"valid": True, "message": str(first["msg"]).removeprefix("Value error, ")}
        if first["loc"][0] == "password" and first["type"] == "string_too_short":
            context["message"] = "Choose a password of at least 10 characters."
        return _reset_form(request, context, 422)
    except Invalid as exc:
        context |= {"valid": False, "message": exc.detail}
        return _reset_form(request, context, 404)
    response = RedirectResponse("/signin", status_code=303)
    add_flash(response, settings, "success", "Your password is changed. Sign in with it now.")
    return response
