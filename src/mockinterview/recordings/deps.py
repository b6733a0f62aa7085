"""Dependencies of recordings: the configured store and the service."""

from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.deps import SettingsDep
from mockinterview.config import Settings
from mockinterview.db import DbSession
from mockinterview.recordings.repository import RecordingRepository
from mockinterview.recordings.service import RecordingService
from mockinterview.recordings.storage import DatabaseStore, FileStore, RecordingStore


def recording_store(db: AsyncSession, settings: Settings) -> RecordingStore:
    """Files under the data directory, or the database (MOCKINTERVIEW_RECORDING_STORE)."""
    if settings.recording_store == "database":
        return DatabaseStore(db)
    return FileStore(settings.data_dir / "recordings")


def recordings_for(db: AsyncSession, settings: Settings) -> RecordingService:
    """A RecordingService bound to this database session."""
    return RecordingService(RecordingRepository(db), recording_store(db, settings))


async def recording_service(db: DbSession, settings: SettingsDep) -> RecordingService:
    """A RecordingService bound to the request's database session."""
    return recordings_for(db, settings)


RecordingServiceDep = Annotated[RecordingService, Depends(recording_service)]
