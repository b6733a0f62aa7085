"""Where recordings' bytes live: files under the data directory, or the database itself.

Files suit one machine (the default). When app and worker processes run on several machines,
every one of them reaches the database, so recordings can be kept there (`recording_store =
"database"`); on PostgreSQL their column is stored uncompressed so a range is read in place.
"""

from pathlib import Path
from typing import Protocol

import anyio
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.recordings.models import Recording, RecordingBlob


class RecordingStore(Protocol):
    """Keeps, reads and deletes recordings' bytes."""

    name: str

    async def put(self, recording: Recording, data: bytes) -> None:
        """Keep a new recording's bytes."""

    async def read_range(self, recording: Recording, start: int, length: int) -> bytes:
        """Bytes start..start+length of a recording."""

    async def delete(self, recording: Recording) -> None:
        """Forget a recording's bytes (no error when they are already gone)."""


class FileStore:
    """Recordings as files under a folder (one folder per user)."""

    name = "files"

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, recording: Recording) -> Path:
        """The file of a recording."""
        return self.root / str(recording.user_id) / f"{recording.recording_uuid}.rec"

    async def put(self, recording: Recording, data: bytes) -> None:
        """Write the file (to a temporary name first, so a crash never leaves half a file)."""
        path = self.path(recording)
        partial = path.with_suffix(".part")

        def write() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(data)
            partial.replace(path)

        await anyio.to_thread.run_sync(write)

    async def read_range(self, recording: Recording, start: int, length: int) -> bytes:
        """Read part of the file."""

        def read() -> bytes:
            with self.path(recording).open("rb") as handle:
                handle.seek(start)
                return handle.read(length)

        return await anyio.to_thread.run_sync(read)

    async def delete(self, recording: Recording) -> None:
        """Remove the file."""
        await anyio.to_thread.run_sync(lambda: self.path(recording).unlink(missing_ok=True))


class DatabaseStore:
    """Recordings as rows of the database (reached by every machine of a deployment)."""

    name = "database"

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def put(self, recording: Recording, data: bytes) -> None:
        """Insert the bytes with the caller's transaction."""
        self.db.add(RecordingBlob(recording_id=recording.id, data=data))
        await self.db.flush()

    async def read_range(self, recording: Recording, start: int, length: int) -> bytes:
        """Read part of the bytes in the database (SQL substring counts from 1)."""
        part = await self.db.scalar(
            select(func.substr(RecordingBlob.data, start + 1, length)).where(
                RecordingBlob.recording_id == recording.id
            )
        )
        return bytes(part or b"")

    async def delete(self, recording: Recording) -> None:
        """Deleted with the recording's row (foreign key cascade)."""
