"""Every query of single sign-on: identities at providers and the users they belong to."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.lifecycle_models import SsoIdentity
from mockinterview.accounts.models import User


class SsoRepository:
    """Data access for single sign-on."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def user_of_identity(self, issuer: str, subject: str) -> User | None:
        """The user linked to this provider account."""
        query = (
            select(User)
            .join(SsoIdentity, SsoIdentity.user_id == User.id)
            .where(SsoIdentity.issuer == issuer, SsoIdentity.subject == subject)
        )
        return await self.db.scalar(query)

    async def user_by_email(self, email: str) -> User | None:
        """The user with this (normalised) email."""
        return await self.db.scalar(select(User).where(User.email == email))

    async def add(self, row: User | SsoIdentity) -> None:
        """Stage a new row and flush it."""
        self.db.add(row)
        await self.db.flush()
