"""Every query on recordings."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.interviews.models import SessionResponse
from mockinterview.recordings.models import Recording


class RecordingRepository:
    """Data access for recordings."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def add(self, recording: Recording) -> Recording:
        """Stage a new recording and flush it (it gets its id)."""
        self.db.add(recording)
        await self.db.flush()
        return recording

    async def get_for_user(self, recording_uuid: str, user_id: int) -> Recording | None:
        """A recording, only if it belongs to the user."""
        return await self.db.scalar(
            select(Recording).where(
                Recording.recording_uuid == recording_uuid, Recording.user_id == user_id
            )
        )

    async def for_response(self, response_id: int) -> Recording | None:
        """The recording of an answer."""
        return await self.db.scalar(select(Recording).where(Recording.response_id == response_id))

    async def of_user(self, user_id: int) -> Sequence[Recording]:
        """Every recording of a user."""
        return (await self.db.scalars(select(Recording).where(Recording.user_id == user_id))).all()

    async def of_sessions(self, session_ids: list[int]) -> Sequence[Recording]:
        """Every recording of the answers of these sessions."""
        query = (
            select(Recording)
            .join(SessionResponse, SessionResponse.id == Recording.response_id)
            .where(SessionResponse.session_id.in_(session_ids))
        )
        return (await self.db.scalars(query)).all()

    async def older_than(self, moment: datetime) -> Sequence[Recording]:
        """Recordings made before a moment (for the retention period)."""
        return (await self.db.scalars(select(Recording).where(Recording.created_at < moment))).all()

    async def delete(self, recording: Recording) -> None:
        """Delete a recording's row."""
        await self.db.delete(recording)
        await self.db.flush()
