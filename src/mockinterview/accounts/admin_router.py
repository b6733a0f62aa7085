"""HTTP routes of /api/admin: users and the log of admin actions (administrators only)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from mockinterview.accounts.admin_schemas import AdminActionOut, AdminUserOut, ResetLinkOut
from mockinterview.accounts.admin_service import AdminService
from mockinterview.accounts.deps import CurrentUser, SettingsDep
from mockinterview.accounts.models import User
from mockinterview.accounts.schemas import MessageOut
from mockinterview.api_responses import errors
from mockinterview.db import DbSession
from mockinterview.errors import Forbidden

router = APIRouter(prefix="/api/admin", tags=["admin"])
Page = Annotated[int, Query(ge=1, le=100000)]
PageSize = Annotated[int, Query(ge=1, le=100)]
Search = Annotated[str, Query(max_length=200)]
ACTION_ERRORS = errors(401, 403, 404, 409, 422)


async def current_admin(user: CurrentUser) -> User:
    """The signed-in user, who must be an administrator (403 otherwise)."""
    if not user.is_admin:
        raise Forbidden("Only administrators can do this.")
    return user


async def admin_service(
    db: DbSession, settings: SettingsDep, admin: Annotated[User, Depends(current_admin)]
) -> AdminService:
    """An AdminService acting as the signed-in administrator."""
    return AdminService(db, settings, admin)


AdminDep = Annotated[AdminService, Depends(admin_service)]


@router.get("/users", response_model=list[AdminUserOut], responses=errors(401, 403, 422))
async def list_users(
    response: Response, service: AdminDep, q: Search = "", page: Page = 1, page_size: PageSize = 50
) -> list[AdminUserOut]:
    """Users whose email or name contains `q`, newest first (total in X-Total-Count)."""
    users, total = await service.users(q, page, page_size)
    response.headers["X-Total-Count"] = str(total)
    return [AdminUserOut.of(user) for user in users]


@router.post("/users/{user_uuid}/reset-link", response_model=ResetLinkOut, responses=ACTION_ERRORS)
async def issue_reset_link(
    user_uuid: str, request: Request, service: AdminDep, settings: SettingsDep
) -> ResetLinkOut:
    """A single-use password reset link for the user, to hand over yourself."""
    user = await service.target(user_uuid)
    url = await service.reset_link_for(user, settings.public_url or str(request.base_url))
    return ResetLinkOut(url=url, expires_in_minutes=settings.password_reset_minutes)


@router.post("/users/{user_uuid}/disable", response_model=AdminUserOut, responses=ACTION_ERRORS)
async def disable_user(user_uuid: str, service: AdminDep) -> AdminUserOut:
    """Disable an account: it is signed out everywhere and cannot sign in."""
    user = await service.target(user_uuid)
    await service.set_disabled(user, True)
    return AdminUserOut.of(user)


@router.post("/users/{user_uuid}/enable", response_model=AdminUserOut, responses=ACTION_ERRORS)
async def enable_user(user_uuid: str, service: AdminDep) -> AdminUserOut:
    """Enable a disabled account again."""
    user = await service.target(user_uuid)
    await service.set_disabled(user, False)
    return AdminUserOut.of(user)


@router.post("/users/{user_uuid}/promote", response_model=AdminUserOut, responses=ACTION_ERRORS)
async def promote_user(user_uuid: str, service: AdminDep) -> AdminUserOut:
    """Make a user an administrator."""
    user = await service.target(user_uuid)
    await service.set_admin(user, True)
    return AdminUserOut.of(user)


@router.post("/users/{user_uuid}/demote", response_model=AdminUserOut, responses=ACTION_ERRORS)
async def demote_user(user_uuid: str, service: AdminDep) -> AdminUserOut:
    """Take administrator rights away from a user."""
    user = await service.target(user_uuid)
    await service.set_admin(user, False)
    return AdminUserOut.of(user)


@router.delete("/users/{user_uuid}", response_model=MessageOut, responses=ACTION_ERRORS)
async def delete_user(user_uuid: str, service: AdminDep) -> MessageOut:
    """Delete a user and everything they own."""
    user = await service.target(user_uuid)
    await service.delete(user)
    return MessageOut(detail="The account and everything it held are deleted.")


@router.get("/actions", response_model=list[AdminActionOut], responses=errors(401, 403, 422))
async def list_actions(
    response: Response, service: AdminDep, page: Page = 1, page_size: PageSize = 50
) -> list[AdminActionOut]:
    """Every admin action, newest first: who, what, to whom, when (total in X-Total-Count)."""
    actions, total = await service.actions(page, page_size)
    response.headers["X-Total-Count"] = str(total)
    return [AdminActionOut.model_validate(action) for action in actions]
