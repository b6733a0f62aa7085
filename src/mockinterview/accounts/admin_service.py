"""Administration: find users, issue reset links, disable, delete or promote; every act logged."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.admin_repository import AdminRepository
from mockinterview.accounts.data_service import AccountDataService
from mockinterview.accounts.lifecycle_models import AdminAction
from mockinterview.accounts.models import User
from mockinterview.accounts.reset_service import PasswordResetService, reset_url
from mockinterview.accounts.service import normalise_email
from mockinterview.config import Settings
from mockinterview.db import utcnow
from mockinterview.errors import Conflict, NotFound
from mockinterview.recordings.deps import recording_store

COMMAND_LINE = "command line"


class AdminService:
    """Use cases of administrators (admin None: the host at the command line)."""

    def __init__(self, db: AsyncSession, settings: Settings, admin: User | None) -> None:
        self.db = db
        self.repo = AdminRepository(db)
        self.settings = settings
        self.admin = admin

    async def users(self, query: str, page: int, page_size: int) -> tuple[Sequence[User], int]:
        """Users matching query (email or name), a page of them, and how many match."""
        return await self.repo.search(query.strip(), (page - 1) * page_size, page_size)

    async def actions(self, page: int, page_size: int) -> tuple[Sequence[AdminAction], int]:
        """The log of admin actions, newest first."""
        return await self.repo.actions((page - 1) * page_size, page_size)

    async def target(self, user_uuid: str) -> User:
        """The user an action is about; 404 when unknown."""
        user = await self.repo.by_uuid(user_uuid)
        if user is None:
            raise NotFound("User not found.")
        return user

    async def _log(self, action: str, target: User, detail: str | None = None) -> None:
        await self.repo.log(
            AdminAction(
                admin_id=self.admin.id if self.admin else None,
                admin_email=self.admin.email if self.admin else COMMAND_LINE,
                action=action,
                target_email=target.email,
                detail=detail,
            )
        )

    def _not_self(self, target: User, what: str) -> None:
        if self.admin is not None and target.id == self.admin.id:
            raise Conflict(f"You cannot {what} your own account here.")

    async def reset_link(self, email: str, base_url: str) -> str:
        """A single-use reset link for the account with this email (404 when none)."""
        user = await self.repo.by_email(normalise_email(email))
        if user is None:
            raise NotFound(f"No account uses {email}.")
        return await self.reset_link_for(user, base_url)

    async def reset_link_for(self, user: User, base_url: str) -> str:
        """A single-use reset link for the user, logged."""
        token = await PasswordResetService(self.db, self.settings).issue(user)
        await self._log("issue_reset_link", user)
        return reset_url(base_url, token)

    async def set_disabled(self, user: User, disabled: bool) -> None:
        """Disable (sign out everywhere, refuse sign-in) or enable an account."""
        self._not_self(user, "disable")
        if disabled and user.disabled_at is None:
            user.disabled_at = utcnow()
            await self.repo.revoke_tokens(user.id, user.disabled_at)
            await self._log("disable", user)
        elif not disabled and user.disabled_at is not None:
            user.disabled_at = None
            await self._log("enable", user)

    async def set_admin(self, user: User, is_admin: bool) -> None:
        """Give or take administrator rights."""
        self._not_self(user, "change the rights of")
        if user.is_admin != is_admin:
            user.is_admin = is_admin
            await self._log("promote" if is_admin else "demote", user)

    async def delete(self, user: User) -> None:
        """Delete an account and everything it owns (recording files too)."""
        self._not_self(user, "delete")
        await self._log("delete", user)
        store = recording_store(self.db, self.settings)
        await AccountDataService(self.db, store).delete_account(user)
