"""Admin pages: find users, hand out reset links, disable, delete or promote; the action log."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from mockinterview.accounts.admin_service import AdminService
from mockinterview.accounts.deps import SettingsDep
from mockinterview.accounts.models import User
from mockinterview.db import DbSession
from mockinterview.errors import AppError, Forbidden
from mockinterview.web.deps import CsrfForm, PageUser
from mockinterview.web.security import add_flash
from mockinterview.web.templating import render

router = APIRouter()
PAGE_SIZE = 50
Action = Literal["disable", "enable", "promote", "demote", "delete"]
DONE = {
    "disable": "{} is disabled and signed out everywhere.",
    "enable": "{} can sign in again.",
    "promote": "{} is now an administrator.",
    "demote": "{} is no longer an administrator.",
    "delete": "{} and everything the account held are deleted.",
}


async def page_admin(user: PageUser, db: DbSession, settings: SettingsDep) -> AdminService:
    """An AdminService for the signed-in administrator (403 page for anyone else)."""
    if not user.is_admin:
        raise Forbidden("Only administrators can open this page.")
    return AdminService(db, settings, user)


PageAdmin = Annotated[AdminService, Depends(page_admin)]


@router.get("/admin/users")
async def users_page(
    request: Request,
    service: PageAdmin,
    q: Annotated[str, Query(max_length=200)] = "",
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
) -> Response:
    """Users, searched by email or name, with what an administrator can do to each."""
    users, total = await service.users(q, page, PAGE_SIZE)
    context = {
        "page_title": "Users",
        "q": q,
        "users": users,
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PAGE_SIZE)),
        "me": service.admin.id if service.admin else None,
        "reset_link": "",
    }
    return render(request, "admin/users.html", context)


@router.post("/admin/users/{user_uuid}/reset-link", dependencies=[CsrfForm])
async def reset_link(
    request: Request, user_uuid: str, service: PageAdmin, settings: SettingsDep
) -> Response:
    """Issue a reset link and show it once, to hand to the user."""
    user = await service.target(user_uuid)
    url = await service.reset_link_for(user, settings.public_url or str(request.base_url))
    context = {
        "page_title": "Reset link",
        "target": user,
        "url": url,
        "minutes": settings.password_reset_minutes,
    }
    return render(request, "admin/reset_link.html", context)


@router.post("/admin/users/{user_uuid}/{action}", dependencies=[CsrfForm])
async def act(
    user_uuid: str,
    action: Action,
    service: PageAdmin,
    settings: SettingsDep,
) -> Response:
    """Disable, enable, promote, demote or delete a user, then go back to the list."""
    user: User = await service.target(user_uuid)
    email = user.email
    response = RedirectResponse("/admin/users", status_code=303)
    try:
        if action in ("disable", "enable"):
            await service.set_disabled(user, action == "disable")
        elif action in ("promote", "demote"):
            await service.set_admin(user, action == "promote")
        else:
            await service.delete(user)
    except AppError as exc:
        add_flash(response, settings, "error", exc.detail)
        return response
    add_flash(response, settings, "success", DONE[action].format(email))
    return response


@router.get("/admin/actions")
async def actions_page(
    request: Request, service: PageAdmin, page: Annotated[int, Query(ge=1, le=100000)] = 1
) -> Response:
    """The log of admin actions: who did what, to whom and when."""
    actions, total = await service.actions(page, PAGE_SIZE)
    context = {
        "page_title": "Admin actions",
        "actions": actions,
        "page": page,
        "pages": max(1, -(-total // PAGE_SIZE)),
    }
    return render(request, "admin/actions.html", context)
