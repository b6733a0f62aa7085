"""Spoken answers: check the recording, store it with a pending answer, transcribe it later."""

from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.models import User
from mockinterview.config import Settings
from mockinterview.errors import Conflict, Invalid
from mockinterview.interviews.answering import Answered, new_response, require_words
from mockinterview.interviews.models import InterviewSession, SessionResponse
from mockinterview.interviews.service import SessionService
from mockinterview.interviews.speech_work import screen_recording
from mockinterview.jobs.queue import JobQueue
from mockinterview.process_pool import ProcessPool
from mockinterview.recordings.service import RecordingService

TRANSCRIBE_JOB = "transcribe_answer"


class SpokenAnswerService:
    """Use cases of recorded answers, on top of the session rules."""

    def __init__(
        self,
        sessions: SessionService,
        recordings: RecordingService,
        jobs: JobQueue,
        db: AsyncSession,
        speech: ProcessPool,
        settings: Settings,
    ) -> None:
        self.sessions = sessions
        self.recordings = recordings
        self.jobs = jobs
        self.db = db
        self.speech = speech
        self.settings = settings
        self.max_bytes = settings.max_recording_megabytes * 1024 * 1024

    async def submit(
        self,
        user: User,
        session: InterviewSession,
        data: bytes,
        field: str,
        question_uuid: str | None,
        duration: float | None,
    ) -> Answered:
        """Store a recorded answer (transcript pending) and queue its transcription.

        A recording that is not audio, too long, or holds no speech is refused, and nothing is
        stored.
        """
        slot = await self.sessions.answering.open_slot(session, question_uuid)
        if isinstance(slot, Answered):
            return slot
        checked = await self.speech.run(screen_recording, data, self.settings.max_recording_seconds)
        if "error" in checked:
            raise Invalid(field, checked["message"], kind=checked["error"])
        kind = "video" if checked["has_video"] else "audio"
        if field == "video" and kind != "video":
            raise Invalid("video", "This file has no video; send it as `audio` instead.")
        response = new_response(
            slot.question, "", 0, duration or checked["duration_seconds"], "spoken"
        )
        response.transcript_status = "pending"

        async def attach(stored: SessionResponse) -> None:
            recording = await self.recordings.save(
                user, kind, checked["content_type"], data, checked["duration_seconds"]
            )
            recording.response_id = stored.id
            stored.recording = recording
            await self.jobs.enqueue(self.db, TRANSCRIBE_JOB, {"response_id": stored.id})

        return await self.sessions.answering.store(session, slot, response, question_uuid, attach)

    async def correct(
        self, session: InterviewSession, question_uuid: str, text: str
    ) -> SessionResponse:
        """Replace a spoken answer's text (the raw transcript is kept for delivery metrics)."""
        if session.status != "in_progress":
            raise Conflict(f"This interview is {session.status}; its answers are final.")
        response = await self.sessions.sessions.response_to(session, question_uuid)
        if response is None:
            raise Invalid("question_uuid", "That question has no answer to correct yet.")
        if response.transcript_status == "pending":
            raise Conflict("The transcript is not ready yet; correct it once it appears.")
        words = require_words(text)
        response.response_text = text
        response.word_count = words
        response.transcript_status = "ready"
        response.transcript_error = None
        response.sentence_vectors = None
        return response
