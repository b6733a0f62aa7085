"""Every query on password reset links and the requests for them."""

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.lifecycle_models import PasswordReset, ResetRequest
from mockinterview.accounts.models import AccessToken, LoginAttempt


class ResetRepository:
    """Data access for password resets."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def add(self, row: PasswordReset | ResetRequest) -> None:
        """Stage a new row and flush it."""
        self.db.add(row)
        await self.db.flush()

    async def recent_requests(self, email: str, ip: str | None, since: datetime) -> tuple[int, int]:
        """Reset requests since a moment: for this email, and from this address."""
        recent = ResetRequest.requested_at >= since
        by_email = select(func.count()).where(ResetRequest.email == email, recent)
        by_ip = select(func.count()).where(ResetRequest.ip == ip, recent)
        row = (
            await self.db.execute(select(by_email.scalar_subquery(), by_ip.scalar_subquery()))
        ).one()
        return int(row[0] or 0), int(row[1] or 0) if ip else 0

    async def get(self, token_hash: str) -> PasswordReset | None:
        """The reset link with this hash."""
        query = select(PasswordReset).where(PasswordReset.token_hash == token_hash)
        return await self.db.scalar(query.with_for_update())

    async def use(self, reset: PasswordReset, now: datetime) -> bool:
        """Mark a link used, only if it still was unused (False when another request won)."""
        result = await self.db.execute(
            update(PasswordReset)
            .where(PasswordReset.id == reset.id, PasswordReset.used_at.is_(None))
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def after_reset(self, user_id: int, email: str, now: datetime) -> None:
        """Revoke the user's tokens and other reset links; forget their failed sign-ins."""
        await self.db.execute(
            update(PasswordReset)
            .where(PasswordReset.user_id == user_id, PasswordReset.used_at.is_(None))
            .values(used_at=now)
        )
        await self.db.execute(
            update(AccessToken)
            .where(AccessToken.user_id == user_id, AccessToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        await self.db.execute(delete(LoginAttempt).where(LoginAttempt.email == email))

    async def prune(self, now: datetime, requests_before: datetime) -> None:
        """Delete expired links and requests past their window."""
        await self.db.execute(delete(PasswordReset).where(PasswordReset.expires_at < now))
        await self.db.execute(
            delete(ResetRequest).where(ResetRequest.requested_at < requests_before)
        )
