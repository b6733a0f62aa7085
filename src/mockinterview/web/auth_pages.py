"""Sign up, sign in and sign out pages (browser sessions in an HttpOnly cookie)."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from mockinterview.accounts.deps import SESSION_COOKIE, AccountServiceDep, SettingsDep, client_ip
from mockinterview.accounts.schemas import RegisterRequest
from mockinterview.accounts.service import passwords_allowed
from mockinterview.config import Settings
from mockinterview.errors import Conflict, TooManyRequests, Unauthorized
from mockinterview.web.deps import CsrfForm, MaybeUser
from mockinterview.web.security import (
    add_flash,
    clear_session_cookie,
    safe_next,
    set_session_cookie,
)
from mockinterview.web.templating import render

router = APIRouter()

SSO_ONLY = "Sign in with your organisation's account."
FIELD_MESSAGES = {
    "name": "Tell us what to call you (up to 200 characters).",
    "email": "Enter a valid email address, like name@example.com.",
    "password": "Choose a password of at least 10 characters.",
}

Text = Annotated[str, Form()]


def _field_message(error: Any) -> str:
    """The page's own words for a field error; a policy's reason as it gives it."""
    if error["type"] == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return FIELD_MESSAGES.get(str(error["loc"][0]), str(error["msg"]))


def _signed_in(request: Request, settings: SettingsDep, token: str, target: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(response, request, settings, token)
    return response


@router.get("/signup")
async def signup_page(request: Request, user: MaybeUser, next: str | None = None) -> Response:
    """The sign-up form (in single-sign-on-only mode, the sign-in page instead)."""
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    if not passwords_allowed(request.app.state.settings):
        return RedirectResponse("/signin", status_code=303)
    return render(request, "auth/signup.html", _signup_context(next))


def _signup_context(
    next_url: str | None,
    name: str = "",
    email: str = "",
    errors: dict[str, str] | None = None,
    message: str = "",
) -> dict[str, object]:
    return {
        "page_title": "Create your account",
        "next": safe_next(next_url, ""),
        "form": {"name": name, "email": email},
        "errors": errors or {},
        "message": message,
    }


@router.post("/signup", dependencies=[CsrfForm])
async def signup(
    request: Request,
    service: AccountServiceDep,
    settings: SettingsDep,
    name: Text = "",
    email: Text = "",
    password: Text = "",
    next: Text = "",
) -> Response:
    """Create an account and sign in."""
    if not passwords_allowed(settings):
        return RedirectResponse("/signin", status_code=303)
    try:
        details = RegisterRequest(name=name.strip(), email=email.strip(), password=password)
    except ValidationError as exc:
        errors = {str(e["loc"][0]): _field_message(e) for e in exc.errors()}
        context = _signup_context(next, name, email, errors, "Please fix the highlighted fields.")
        return render(request, "auth/signup.html", context, status_code=422)
    try:
        user = await service.register(details.email, details.password, details.name)
    except Conflict:
        errors = {"email": "An account with this email already exists. Sign in instead?"}
        context = _signup_context(next, name, email, errors, errors["email"])
        return render(request, "auth/signup.html", context, status_code=409)
    token, _ = await service.issue_token(user, kind="browser")
    response = _signed_in(request, settings, token, safe_next(next, "/interviews/new"))
    add_flash(response, settings, "success", f"Welcome, {user.name}! Your account is ready.")
    return response


def signin_context(
    settings: Settings, next_url: str | None, email: str = "", message: str = ""
) -> dict[str, object]:
    """What the sign-in page shows: the form, the providers, whether passwords are allowed."""
    return {
        "page_title": "Sign in",
        "next": safe_next(next_url, ""),
        "form": {"email": email},
        "message": message,
        "providers": [(p.name, p.label) for p in settings.oidc_providers],
        "passwords": passwords_allowed(settings),
    }


@router.get("/signin")
async def signin_page(
    request: Request, user: MaybeUser, settings: SettingsDep, next: str | None = None
) -> Response:
    """The sign-in form."""
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "auth/signin.html", signin_context(settings, next))


@router.post("/signin", dependencies=[CsrfForm])
async def signin(
    request: Request,
    service: AccountServiceDep,
    settings: SettingsDep,
    email: Text = "",
    password: Text = "",
    next: Text = "",
) -> Response:
    """Check the credentials and start a browser session."""
    email = email.strip()
    if not passwords_allowed(settings):
        context = signin_context(settings, next, email, SSO_ONLY)
        return render(request, "auth/signin.html", context, 403)
    if not email or not password:
        message = "Enter your email address and your password."
        context = signin_context(settings, next, email, message)
        return render(request, "auth/signin.html", context, 422)
    try:
        user = await service.authenticate(
            email, password, client_ip(request), request.app.state.sessionmaker
        )
    except (Unauthorized, TooManyRequests) as exc:
        context = signin_context(settings, next, email, exc.detail)
        page = render(request, "auth/signin.html", context, status_code=exc.status_code)
        if isinstance(exc, TooManyRequests):
            page.headers.update(exc.headers)
        return page
    token, _ = await service.issue_token(user, kind="browser")
    return _signed_in(request, settings, token, safe_next(next))


@router.post("/signout", dependencies=[CsrfForm])
async def signout(request: Request, service: AccountServiceDep, settings: SettingsDep) -> Response:
    """End the browser session."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        try:
            _, row = await service.user_for_token(token)
            await service.revoke(row)
        except Unauthorized:
            pass
    response = RedirectResponse("/signin", status_code=303)
    clear_session_cookie(response)
    add_flash(response, settings, "info", "You are signed out. See you next time.")
    return response
