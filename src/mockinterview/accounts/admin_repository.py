"""Every query of the admin pages: finding users, their tokens, and the log of admin actions."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.lifecycle_models import AdminAction
from mockinterview.accounts.models import AccessToken, User


def _escaped(text: str) -> str:
    """A LIKE pattern matching text anywhere, with its wildcards taken literally."""
    cleaned = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{cleaned}%"


class AdminRepository:
    """Data access for administration."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def search(self, query: str, offset: int, limit: int) -> tuple[Sequence[User], int]:
        """Users whose email or name holds query (all when empty), newest first; the total."""
        where = []
        if query:
            pattern = _escaped(query.lower())
            where.append(
                or_(
                    func.lower(User.email).like(pattern, escape="\\"),
                    func.lower(User.name).like(pattern, escape="\\"),
                )
            )
        total = await self.db.scalar(select(func.count()).select_from(User).where(*where))
        rows = await self.db.scalars(
            select(User)
            .where(*where)
            .order_by(User.created_at.desc(), User.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return rows.all(), int(total or 0)

    async def by_uuid(self, user_uuid: str) -> User | None:
        """The user with this public id."""
        return await self.db.scalar(select(User).where(User.user_uuid == user_uuid))

    async def by_email(self, email: str) -> User | None:
        """The user with this (normalised) email."""
        return await self.db.scalar(select(User).where(User.email == email))

    async def revoke_tokens(self, user_id: int, now: datetime) -> None:
        """Revoke every live token of a user."""
        await self.db.execute(
            update(AccessToken)
            .where(AccessToken.user_id == user_id, AccessToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )

    async def log(self, action: AdminAction) -> None:
        """Record an admin action."""
        self.db.add(action)
        await self.db.flush()

    async def actions(self, offset: int, limit: int) -> tuple[Sequence[AdminAction], int]:
        """The log of admin actions, newest first, and its length."""
        total = await self.db.scalar(select(func.count()).select_from(AdminAction))
        rows = await self.db.scalars(
            select(AdminAction)
            .order_by(AdminAction.created_at.desc(), AdminAction.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return rows.all(), int(total or 0)
