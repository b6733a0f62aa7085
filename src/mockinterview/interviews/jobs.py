"""The background jobs of interviews and the runner that takes them."""

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.config import Settings
from mockinterview.interviews.answer_vectors import AnswerEmbedder
from mockinterview.interviews.spoken import TRANSCRIBE_JOB
from mockinterview.interviews.transcription import Transcriber
from mockinterview.jobs.runner import Handler, JobRunner
from mockinterview.process_pool import ProcessPool


def job_runner(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    speech: ProcessPool,
    embedder: AnswerEmbedder,
) -> JobRunner:
    """A runner for every kind of interview job (in the app, or in `mockinterview worker`)."""
    handlers: dict[str, Handler] = {
        TRANSCRIBE_JOB: Transcriber(sessionmaker, speech, settings, embedder)
    }
    return JobRunner(
        sessionmaker,
        handlers,
        concurrency=max(1, settings.job_workers),
        lease_seconds=settings.job_lease_seconds,
    )
