"""Every query on users, tokens and login attempts."""

from datetime import datetime

from sqlalchemy import bindparam, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.models import AccessToken, LoginAttempt, User

# Built once: every request looks its token up, and a reused statement keeps its cache key.
TOKEN_BY_HASH = select(AccessToken).where(AccessToken.token_hash == bindparam("token_hash"))


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

    async def get_by_id(self, user_id: int) -> User | None:
        """The user with this id."""
        return await self.db.get(User, user_id)

    async def add(self, obj: User | AccessToken | LoginAttempt) -> None:
        """Stage a new row and flush it."""
        self.db.add(obj)
        await self.db.flush()

    async def get_token(self, token_hash: str) -> AccessToken | None:
        """The token row with this hash, with its user."""
        return await self.db.scalar(TOKEN_BY_HASH, {"token_hash": token_hash})

    async def recent_attempts(self, email: str, ip: str | None, since: datetime) -> tuple[int, int]:
        """Unsuccessful attempts since the given time: for this email, and from this address."""
        recent = LoginAttempt.attempted_at >= since
        by_email = select(func.count(LoginAttempt.id)).where(LoginAttempt.email == email, recent)
        by_ip = select(func.count(LoginAttempt.id)).where(LoginAttempt.ip == ip, recent)
        row = (
            await self.db.execute(select(by_email.scalar_subquery(), by_ip.scalar_subquery()))
        ).one()
        return int(row[0] or 0), int(row[1] or 0) if ip else 0

    async def delete_attempt(self, attempt_id: int) -> None:
        """Forget one attempt (one refused before its password was checked)."""
        await self.db.execute(delete(LoginAttempt).where(LoginAttempt.id == attempt_id))

    async def prune(self, now: datetime, attempts_before: datetime) -> tuple[int, int]:
        """Delete attempts older than the window and tokens expired or revoked; the counts."""
        attempts = await self.db.execute(
            delete(LoginAttempt).where(LoginAttempt.attempted_at < attempts_before)
        )
        tokens = await self.db.execute(
            delete(AccessToken).where(
                or_(AccessToken.expires_at < now, AccessToken.revoked_at.is_not(None))
            )
        )
        return attempts.rowcount or 0, tokens.rowcount or 0  # type: ignore[attr-defined]

    async def clear_failures(self, email: str) -> None:
        """Forget failed logins after a successful one."""
        await self.db.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
