"""Dependencies of recordings: the configured store and the service."""

from typing import Annotated

from fastapi import Depends

from mockinterview.accounts.deps import SettingsDep
from mockinterview.db import DbSession
from mockinterview.recordings.repository import RecordingRepository
from mockinterview.recordings.service import RecordingService
from mockinterview.recordings.storage import DatabaseStore, FileStore, RecordingStore


def recording_store(db: DbSession, settings: SettingsDep) -> RecordingStore:
    """Files under the data directory, or the database (MOCKINTERVIEW_RECORDING_STORE)."""
    if settings.recording_store == "database":
        return DatabaseStore(db)
    return FileStore(settings.data_dir / "recordings")


async def recording_service(db: DbSession, settings: SettingsDep) -> RecordingService:
    """A RecordingService bound to the request's database session."""
    return RecordingService(RecordingRepository(db), recording_store(db, settings))


RecordingServiceDep = Annotated[RecordingService, Depends(recording_service)]
