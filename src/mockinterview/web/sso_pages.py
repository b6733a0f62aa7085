"""Single sign-on pages: off to the organisation's provider, and back with a verified identity."""

import secrets
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from mockinterview.accounts.deps import AccountServiceDep, SettingsDep
from mockinterview.accounts.sso_errors import SsoError
from mockinterview.accounts.sso_service import SsoRefused, SsoService
from mockinterview.accounts.sso_state import SSO_COOKIE, SSO_SECONDS, seal, unseal
from mockinterview.config import OidcProvider, Settings
from mockinterview.db import DbSession
from mockinterview.errors import NotFound
from mockinterview.web.auth_pages import signin_context
from mockinterview.web.security import is_secure, safe_next, set_session_cookie
from mockinterview.web.templating import render

if TYPE_CHECKING:
    from mockinterview.accounts.sso_client import OidcClient

router = APIRouter()
COOKIE_PATH = "/sso"
FAILED = "Signing in with your organisation did not work. Please try again."
Param = Annotated[str, Query(max_length=2000)]


async def provider_named(name: str, settings: SettingsDep) -> OidcProvider:
    """The configured provider of this name; 404 otherwise."""
    for provider in settings.oidc_providers:
        if provider.name == name:
            return provider
    raise NotFound("No such sign-in provider.")


Provider = Annotated[OidcProvider, Depends(provider_named)]


def callback_url(request: Request, settings: Settings, provider: OidcProvider) -> str:
    """The address the provider sends the browser back to (registered with the provider)."""
    base = settings.public_url or str(request.base_url)
    return f"{base.rstrip('/')}/sso/{provider.name}/callback"


def oidc_client(provider: OidcProvider) -> "OidcClient":
    """The provider's client. Its libraries (Authlib, joserfc, httpx) load on the first single
    sign-on rather than when the app starts: most sites configure none."""
    from mockinterview.accounts.sso_client import OidcClient

    return OidcClient(provider)


def _refused(request: Request, message: str, status_code: int) -> Response:
    context = signin_context(request.app.state.settings, None, message=message)
    page = render(request, "auth/signin.html", context, status_code=status_code)
    page.delete_cookie(SSO_COOKIE, path=COOKIE_PATH)
    return page


@router.get("/sso/{name}/start")
async def start(
    request: Request,
    provider: Provider,
    settings: SettingsDep,
    next: Param = "",
    fresh: bool = False,
) -> Response:
    """Send the browser to the provider, with a fresh state, nonce and PKCE verifier.

    `fresh=true` makes the provider ask who it is again (to confirm an account deletion).
    """
    state, nonce, verifier = (secrets.token_urlsafe(32) for _ in range(3))
    try:
        url = await oidc_client(provider).authorization_url(
            callback_url(request, settings, provider), state, nonce, verifier, fresh
        )
    except (SsoError, KeyError):
        return _refused(request, f"{provider.label} cannot be reached now. Try again soon.", 502)
    response = RedirectResponse(url, status_code=303)
    sealed = seal(
        settings.resolved_secret_key,
        {"p": provider.name, "s": state, "n": nonce, "v": verifier, "next": safe_next(next)},
    )
    response.set_cookie(
        SSO_COOKIE,
        sealed,
        max_age=SSO_SECONDS,
        httponly=True,
        samesite="lax",
        secure=is_secure(request, settings),
        path=COOKIE_PATH,
    )
    return response


@router.get("/sso/{name}/callback")
async def callback(
    request: Request,
    provider: Provider,
    settings: SettingsDep,
    db: DbSession,
    accounts: AccountServiceDep,
    code: Param = "",
    state: Param = "",
    error: Param = "",
) -> Response:
    """Check the state, exchange the code, verify the ID token, then sign the user in."""
    started = unseal(settings.resolved_secret_key, request.cookies.get(SSO_COOKIE))
    if error:
        return _refused(request, f"{provider.label} did not sign you in. Please try again.", 400)
    if (
        started is None
        or started.get("p") != provider.name
        or not state
        or not secrets.compare_digest(str(started.get("s", "")), state)
        or not code
    ):
        return _refused(request, FAILED, 400)
    try:
        claims = await oidc_client(provider).claims(
            code, callback_url(request, settings, provider), started["v"], started["n"]
        )
        user = await SsoService(db, settings).user_for(provider, claims)
    except SsoError:
        return _refused(request, FAILED, 400)
    except SsoRefused as exc:
        return _refused(request, str(exc), 403)
    token, _ = await accounts.issue_token(user, kind="browser")
    response = RedirectResponse(safe_next(started.get("next")), status_code=303)
    set_session_cookie(response, request, settings, token)
    response.delete_cookie(SSO_COOKIE, path=COOKIE_PATH)
    return response
