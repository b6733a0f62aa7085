"""Live transcript rules: who may stream, how much, and how often the audio is read again."""

import time
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.service import AccountService
from mockinterview.config import Settings
from mockinterview.errors import AppError, Conflict, NotFound
from mockinterview.interviews.repository import SessionRepository
from mockinterview.live.work import partial_text
from mockinterview.process_pool import ProcessPool

NEW_AUDIO_BYTES = 24_000  # about three seconds of browser Opus between two readings


async def authorize(
    db: AsyncSession, settings: Settings, token: str | None, session_uuid: str
) -> None:
    """Refuse unless the token is live and its user owns this interview, still in progress."""
    if not token:
        raise NotFound("Interview not found.")
    user, _ = await AccountService(db, settings).user_for_token(token)
    session = await SessionRepository(db).get_for_user(session_uuid, user.id)
    if session is None:
        raise NotFound("Interview not found.")
    if session.status != "in_progress":
        raise Conflict(f"This interview is {session.status}.")


@dataclass
class LiveRecording:
    """The audio of one answer as it arrives, within the recording limits."""

    settings: Settings
    pool: ProcessPool
    data: bytearray = field(default_factory=bytearray)
    read_up_to: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, chunk: bytes) -> None:
        """Keep a chunk; AppError past the size or time limit."""
        self.data += chunk
        if len(self.data) > self.settings.max_recording_megabytes * 1024 * 1024:
            raise AppError("The recording is over the size limit.")
        if time.monotonic() - self.started > self.settings.max_recording_seconds + 30:
            raise AppError("The recording is over the time limit.")

    def due(self) -> bool:
        """Whether enough new audio came in to read it again."""
        return len(self.data) - self.read_up_to >= NEW_AUDIO_BYTES

    async def partial(self) -> str:
        """The text of the latest audio, read in a speech process."""
        self.read_up_to = len(self.data)
        return await self.pool.run(partial_text, bytes(self.data), self.settings.stt_model)
