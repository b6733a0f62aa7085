"""Writing tailored questions, in the worker process, leaves the event loop free."""

import asyncio
import uuid

from fastapi import FastAPI

from mockinterview.config import Settings
from mockinterview.interviews.models import InterviewSession
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.tailoring.question_writer import QuestionWriter
from mockinterview.usage.repository import UsageRepository
from mockinterview.usage.service import UsageService
from tests.support_files import JOB_DESCRIPTION, RESUME_LINES


async def test_the_loop_keeps_turning_while_a_long_resume_is_written_for(
    app: FastAPI, settings: Settings
) -> None:
    long_resume = "\n".join(f"{line} (project {n})" for n in range(2000) for line in RESUME_LINES)
    job = (JOB_DESCRIPTION * 100)[:30_000]
    turns = 0
    writing = True

    async def count_turns() -> None:
        nonlocal turns
        while writing:
            turns += 1
            await asyncio.sleep(0)

    async with app.state.sessionmaker() as db:
        bank = list(await QuestionBankRepository(db).all_questions())
        usage = UsageService(UsageRepository(db))
        writer = QuestionWriter(settings, usage, app.state.question_worker)
        session = InterviewSession(user_id=None, session_uuid=str(uuid.uuid4()), meta={})
        counter = asyncio.create_task(count_turns())
        questions = await writer.write(session, long_resume[:99_000], job, bank)
        writing = False
        await counter
        await db.rollback()
    assert len(questions) == 10
    assert session.meta["question_engine"] == "offline"
    assert turns > 10  # run on the loop itself, the generator would not let it turn at all
