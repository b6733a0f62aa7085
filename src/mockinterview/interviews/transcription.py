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
                await self._fail(response_id, GAVE_UP)
            raise
        if "error" in result:
            await self._fail(response_id, result["message"])
            raise PermanentJobError(result["message"])
        await self._store(response_id, result)

    async def _store(self, response_id: int, result: dict[str, Any]) -> None:
        text = " ".join(result["text"].split())
        words = count_words(text)
        async with self.sessionmaker() as db:
            response = await db.get(SessionResponse, response_id)
            if response is None or response.transcript_status != "pending":
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

    async def _fail(self, response_id: int, message: str) -> None:
        async with self.sessionmaker() as db:
            response = await db.get(SessionResponse, response_id)
            if response is not None and response.transcript_status == "pending":
                response.transcript_status = "failed"
                response.transcript_error = message[:300]
                await db.commit()
