"""Dependencies of the pages: the signed-in user (or a trip to sign-in) and form CSRF."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Form, Request

from mockinterview.accounts.deps import SESSION_COOKIE, AccountServiceDep, SettingsDep
from mockinterview.accounts.models import User
from mockinterview.errors import Forbidden, Unauthorized
from mockinterview.web.security import CSRF_FIELD, form_csrf_ok


@dataclass(frozen=True)
class Viewer:
    """What pages show of the signed-in user (a copy that outlives the database session)."""

    user_uuid: str
    name: str
    email: str
    is_admin: bool = False


class SignInRequired(Exception):
    """A page needs a signed-in user; the handler redirects to sign-in and back."""

    def __init__(self, next_url: str) -> None:
        super().__init__(next_url)
        self.next_url = next_url


async def optional_user(request: Request, service: AccountServiceDep) -> User | None:
    """The user of the browser's session cookie, or None."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        user, _ = await service.user_for_token(token)
    except Unauthorized:
        return None
    request.state.viewer = Viewer(
        user_uuid=user.user_uuid, name=user.name, email=user.email, is_admin=user.is_admin
    )
    return user


MaybeUser = Annotated[User | None, Depends(optional_user)]


async def require_user(request: Request, user: MaybeUser) -> User:
    """The signed-in user; otherwise a redirect to sign-in that comes back here."""
    if user is None:
        if request.method == "GET":
            query = f"?{request.url.query}" if request.url.query else ""
            raise SignInRequired(request.url.path + query)
        raise SignInRequired("/interviews")
    return user


PageUser = Annotated[User, Depends(require_user)]


async def check_form_csrf(
    request: Request,
    settings: SettingsDep,
    _viewer: MaybeUser,
    csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None,
) -> None:
    """Refuse a form post whose CSRF field does not match the browser's cookie.

    The user is looked up first so that the refusal page still shows who is signed in.
    """
    if not form_csrf_ok(request, settings, csrf_token):
        raise Forbidden(
            "This form expired or did not come from this site. "
            "Go back, reload the page and try again."
        )


CsrfForm = Depends(check_form_csrf)
