"""Every query on users, tokens and login attempts."""

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.models import AccessToken, LoginAttempt, User


class AccountRepository:
    """Data access for accounts."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def end_reads(self) -> None:
        """End the (read-only) transaction so its connection goes back to the pool."""
        await self.db.commit()

    async def get_by_email(self, email: str) -> User | None:
        """The user with this (normalised) email."""
        return await self.db.scalar(select(User).where(User.email == email))

    async def add(self, obj: User | AccessToken | LoginAttempt) -> None:
        """Stage a new row and flush it."""
        self.db.add(obj)
        await self.db.flush()

    async def get_token(self, token_hash: str) -> AccessToken | None:
        """The token row with this hash, with its user."""
        return await self.db.scalar(select(AccessToken).where(AccessToken.token_hash == token_hash))

    async def recent_failures(self, email: str, since: datetime) -> int:
        """Failed logins for this email since the given time."""
        query = select(func.count(LoginAttempt.id)).where(
            LoginAttempt.email == email, LoginAttempt.attempted_at >= since
        )
        return int(await self.db.scalar(query) or 0)

    async def clear_failures(self, email: str) -> None:
        """Forget failed logins after a successful one."""
        await self.db.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
