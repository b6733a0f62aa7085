"""The background job that transcribes a recorded answer and measures delivery from the voice."""

import logging
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.config import Settings
from mockinterview.interviews.answer_vectors import AnswerEmbedder
from mockinterview.interviews.answering import MIN_ANSWER_WORDS
from mockinterview.interviews.metrics import count_words
from mockinterview.interviews.models import SessionResponse
from mockinterview.interviews.speech_work import transcribe_recording
from mockinterview.jobs.queue import NotReadyYet, PermanentJobError
from mockinterview.process_pool import ProcessPool
from mockinterview.recordings.deps import recording_store
from mockinterview.speech.choice import SttChoice

logger = logging.getLogger(__name__)
GAVE_UP = "We could not transcribe this recording. Record the answer again or type it."


class Transcriber:
    """Transcribes pending spoken answers (a job handler)."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        speech: ProcessPool,
        settings: Settings,
        embedder: AnswerEmbedder,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.speech = speech
        self.settings = settings
        self.embedder = embedder

    async def __call__(self, payload: dict[str, Any], last_attempt: bool) -> None:
        """Transcribe one answer; a recording that cannot be read fails it for good."""
        response_id = int(payload["response_id"])
        async with self.sessionmaker() as db:
            response = await db.get(SessionResponse, response_id)
            if response is None and not last_attempt:
                raise NotReadyYet(f"answer {response_id} is not stored yet")
            if response is None or response.transcript_status != "pending":
                return  # deleted (or never stored), or corrected by the candidate meanwhile
            recording = response.recording
            if recording is None:
                raise PermanentJobError(f"answer {response_id} has no recording")
            recording_uuid = recording.recording_uuid
            store = recording_store(db, self.settings)
            data = await store.read_range(recording, 0, recording.size_bytes)
        try:
            result = await self.speech.run(
                transcribe_recording,
                data,
                SttChoice.from_settings(self.settings),
                self.settings.max_recording_seconds,
            )
        except Exception:
            if last_attempt:
                await self._fail(response_id, recording_uuid, GAVE_UP)
            raise
        if "error" in result:
            await self._fail(response_id, recording_uuid, result["message"])
            raise PermanentJobError(result["message"])
        await self.store(response_id, recording_uuid, result)

    async def store(self, response_id: int, recording_uuid: str, result: dict[str, Any]) -> None:
        """Write a transcript to the answer it was made for, if that answer still waits for it.

        The answer is found by its id and its recording: an answer deleted while its recording
        was transcribed may have had its id reused by someone else's answer.
        """
        text = " ".join(result["text"].split())
        words = count_words(text)
        async with self.sessionmaker() as db:
            response = await _waiting(db, response_id, recording_uuid)
            if response is None:
                return
            response.raw_transcript = text
            response.transcript_words = result["words"]
            response.voice_metrics = result["voice"]
            response.response_text = text
            response.word_count = words
            if words >= MIN_ANSWER_WORDS:
                response.transcript_status = "ready"
            else:
                response.transcript_status = "failed"
                response.transcript_error = (
                    f"We heard only {words} word{'s' if words != 1 else ''}. Record the answer "
                    f"again or type it (at least {MIN_ANSWER_WORDS} words)."
                )
            await db.commit()
            if response.transcript_status == "ready":
                self.embedder.embed_later([response])

    async def _fail(self, response_id: int, recording_uuid: str, message: str) -> None:
        async with self.sessionmaker() as db:
            response = await _waiting(db, response_id, recording_uuid)
            if response is not None:
                response.transcript_status = "failed"
                response.transcript_error = message[:300]
                await db.commit()


async def _waiting(
    db: AsyncSession, response_id: int, recording_uuid: str
) -> SessionResponse | None:
    """The answer with this id and recording whose transcript is still pending, if any."""
    response = await db.get(SessionResponse, response_id)
    if response is None or response.transcript_status != "pending":
        return None
    recording = response.recording
    return (
        response if recording is not None and recording.recording_uuid == recording_uuid else None
    )
