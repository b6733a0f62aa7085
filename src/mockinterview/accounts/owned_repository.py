"""Every query on what a user owns, for exporting it and for deleting the account."""

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.lifecycle_models import PasswordReset, ResetRequest, SsoIdentity
from mockinterview.accounts.models import LoginAttempt, User
from mockinterview.interviews.models import InterviewSession, SessionResponse
from mockinterview.jobs.models import Job
from mockinterview.recordings.models import Recording
from mockinterview.resumes.models import Resume
from mockinterview.usage.models import UsageLog


class OwnedDataRepository:
    """Data access for everything one user owns."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def interviews(self, user_id: int) -> Sequence[InterviewSession]:
        """The user's interviews with their questions and answers, oldest first."""
        query = (
            select(InterviewSession)
            .where(InterviewSession.user_id == user_id)
            .order_by(InterviewSession.created_at, InterviewSession.id)
        )
        return (await self.db.scalars(query)).all()

    async def resumes(self, user_id: int) -> Sequence[Resume]:
        """The user's resumes."""
        query = select(Resume).where(Resume.user_id == user_id).order_by(Resume.id)
        return (await self.db.scalars(query)).all()

    async def usage(self, user_id: int) -> Sequence[UsageLog]:
        """The user's AI usage rows."""
        query = select(UsageLog).where(UsageLog.user_id == user_id).order_by(UsageLog.id)
        return (await self.db.scalars(query)).all()

    async def recordings(self, user_id: int) -> Sequence[Recording]:
        """The user's recordings."""
        query = select(Recording).where(Recording.user_id == user_id).order_by(Recording.id)
        return (await self.db.scalars(query)).all()

    async def identities(self, user_id: int) -> Sequence[SsoIdentity]:
        """The user's linked sign-in providers."""
        query = select(SsoIdentity).where(SsoIdentity.user_id == user_id).order_by(SsoIdentity.id)
        return (await self.db.scalars(query)).all()

    async def response_ids(self, user_id: int) -> list[int]:
        """The ids of every answer the user gave."""
        query = (
            select(SessionResponse.id)
            .join(InterviewSession, InterviewSession.id == SessionResponse.session_id)
            .where(InterviewSession.user_id == user_id)
        )
        return list((await self.db.scalars(query)).all())

    async def delete_everything(self, user: User, response_ids: list[int]) -> None:
        """Delete the user's row and every row that names them or their answers."""
        if response_ids:
            refers = Job.payload["response_id"].as_integer().in_(response_ids)
            await self.db.execute(delete(Job).where(refers))
        await self.db.execute(delete(UsageLog).where(UsageLog.user_id == user.id))
        await self.db.execute(delete(PasswordReset).where(PasswordReset.user_id == user.id))
        await self.db.execute(delete(ResetRequest).where(ResetRequest.email == user.email))
        await self.db.execute(delete(LoginAttempt).where(LoginAttempt.email == user.email))
        await self.db.execute(delete(User).where(User.id == user.id))
