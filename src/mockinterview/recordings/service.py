"""Recording rules: keep one for its owner, play it back in ranges, delete it with its answer."""

from collections.abc import Sequence
from dataclasses import dataclass

from mockinterview.accounts.models import User
from mockinterview.errors import NotFound
from mockinterview.recordings.models import Recording
from mockinterview.recordings.ranges import byte_range
from mockinterview.recordings.repository import RecordingRepository
from mockinterview.recordings.storage import RecordingStore

MAX_CHUNK = 1024 * 1024  # an open-ended range is answered a megabyte at a time


@dataclass(frozen=True, slots=True)
class Part:
    """Bytes of a recording to send, and where they sit in it."""

    data: bytes
    start: int
    end: int
    partial: bool


class RecordingService:
    """Use cases of recordings, always scoped to one user."""

    def __init__(self, repo: RecordingRepository, store: RecordingStore) -> None:
        self.repo = repo
        self.store = store

    async def get(self, user: User, recording_uuid: str) -> Recording:
        """The user's recording; 404 for unknown or someone else's."""
        recording = await self.repo.get_for_user(recording_uuid, user.id)
        if recording is None:
            raise NotFound("Recording not found.")
        return recording

    async def save(
        self,
        user: User,
        kind: str,
        content_type: str,
        data: bytes,
        duration_seconds: float,
    ) -> Recording:
        """Keep a new recording of the user (attached to an answer by the caller)."""
        recording = Recording(
            user_id=user.id,
            kind=kind,
            content_type=content_type,
            size_bytes=len(data),
            duration_seconds=round(duration_seconds, 2),
            store=self.store.name,
        )
        await self.repo.add(recording)
        await self.store.put(recording, data)
        return recording

    async def part(self, recording: Recording, range_header: str | None) -> Part:
        """The bytes a request asks for (RangeNotSatisfiable for a range outside the file)."""
        size = recording.size_bytes
        wanted = byte_range(range_header, size)
        if wanted is None:
            return Part(await self.store.read_range(recording, 0, size), 0, size - 1, False)
        start, end = wanted
        end = min(end, start + MAX_CHUNK - 1)
        data = await self.store.read_range(recording, start, end - start + 1)
        return Part(data, start, end, True)

    async def delete(self, recordings: Sequence[Recording]) -> None:
        """Forget recordings' bytes and rows."""
        for recording in recordings:
            await self.store.delete(recording)
            await self.repo.delete(recording)
