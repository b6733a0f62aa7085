"""Every query on resumes."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.resumes.models import Resume


class ResumeRepository:
    """Data access for resumes."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def add(self, resume: Resume) -> Resume:
        """Store a new resume."""
        self.db.add(resume)
        await self.db.flush()
        return resume

    async def get_for_user(self, resume_id: str, user_id: int) -> Resume | None:
        """A resume, only if it belongs to the user."""
        query = select(Resume).where(Resume.resume_id == resume_id, Resume.user_id == user_id)
        return await self.db.scalar(query)

    async def list_for_user(self, user_id: int) -> Sequence[Resume]:
        """The user's resumes, newest first."""
        query = (
            select(Resume)
            .where(Resume.user_id == user_id)
            .order_by(Resume.created_at.desc(), Resume.id.desc())
        )
        return (await self.db.scalars(query)).all()

    async def delete(self, resume: Resume) -> None:
        """Remove a resume."""
        await self.db.delete(resume)
        await self.db.flush()
