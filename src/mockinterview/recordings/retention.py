"""Deleting recordings older than the host's retention period (their transcripts stay)."""

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.config import Settings
from mockinterview.db import utcnow
from mockinterview.recordings.deps import recording_store
from mockinterview.recordings.repository import RecordingRepository
from mockinterview.recordings.service import RecordingService


async def purge_old_recordings(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> int:
    """Delete recordings past `recording_retention_days` (none when unset); how many."""
    if settings.recording_retention_days is None:
        return 0
    before = utcnow() - timedelta(days=settings.recording_retention_days)
    async with sessionmaker() as db:
        repo = RecordingRepository(db)
        old = await repo.older_than(before)
        await RecordingService(repo, recording_store(db, settings)).delete(old)
        await db.commit()
    return len(old)
