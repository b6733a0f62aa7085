"""The background jobs of interviews and the queue that carries them."""

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.config import Settings
from mockinterview.interviews.answer_vectors import AnswerEmbedder
from mockinterview.interviews.spoken import TRANSCRIBE_JOB
from mockinterview.interviews.transcription import Transcriber
from mockinterview.jobs.queue import Handler, JobQueue
from mockinterview.jobs.runner import JobRunner
from mockinterview.process_pool import ProcessPool


def job_queue(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    speech: ProcessPool,
    embedder: AnswerEmbedder,
) -> JobQueue:
    """The configured queue with every kind of interview job (in the app, or in a worker)."""
    handlers: dict[str, Handler] = {
        TRANSCRIBE_JOB: Transcriber(sessionmaker, speech, settings, embedder)
    }
    concurrency = max(1, settings.job_workers)
    if settings.job_queue == "procrastinate":
        from mockinterview.jobs.procrastinate_queue import ProcrastinateQueue

        return ProcrastinateQueue(
            settings.resolved_database_url,
            handlers,
            concurrency=concurrency,
            stall_seconds=settings.job_lease_seconds,
        )
    return JobRunner(
        sessionmaker, handlers, concurrency=concurrency, lease_seconds=settings.job_lease_seconds
    )
