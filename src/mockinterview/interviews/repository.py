"""Every query on interview sessions (the seed's MockInterviewSessionDAO)."""

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, delete, func, insert, inspect, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, raiseload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from mockinterview.interviews.models import (
    AnswerSkill,
    InterviewSession,
    SessionQuestion,
    SessionResponse,
)
from mockinterview.resumes.models import Resume


@dataclass(frozen=True, slots=True)
class QuestionsAhead:
    """The questions at a session's current position and the next, read with its row."""

    session_id: int
    index: int
    questions: dict[int, SessionQuestion]
    total: int

    def covers(self, session: InterviewSession, positions: tuple[int, ...]) -> bool:
        """Whether these are still the session's questions at these positions."""
        return (
            session.id == self.session_id
            and session.current_question_index == self.index
            and all(self.index <= p <= self.index + 1 for p in positions)
        )


@dataclass(frozen=True, slots=True)
class ListedSession:
    """A session's own row with how many questions it has and how many are answered."""

    session: InterviewSession
    total_questions: int
    answered_questions: int


# The statements of a question transition, built once: a reused statement keeps its cache key,
# so answering costs no query building.
_COUNTED = cast(Table, SessionQuestion.__table__).alias("counted")  # no mapper set-up at import
_CURRENT = InterviewSession.current_question_index
SESSION_ROW_FOR_USER = (
    select(
        InterviewSession,
        SessionQuestion,
        select(func.count(_COUNTED.c.id))
        .where(_COUNTED.c.session_id == InterviewSession.id)
        .scalar_subquery(),
    )
    .outerjoin(
        SessionQuestion,
        (SessionQuestion.session_id == InterviewSession.id)
        & SessionQuestion.position.in_((_CURRENT, _CURRENT + 1)),
    )
    .where(
        InterviewSession.session_uuid == bindparam("session_uuid"),
        InterviewSession.user_id == bindparam("user_id"),
    )
    .options(raiseload("*"))
)
QUESTION_COUNT = (
    select(func.count(SessionQuestion.id))
    .where(SessionQuestion.session_id == bindparam("session_id"))
    .scalar_subquery()
)
QUESTIONS_AT = select(SessionQuestion, QUESTION_COUNT).where(
    SessionQuestion.session_id == bindparam("session_id"),
    SessionQuestion.position.in_(bindparam("positions", expanding=True)),
)
HAS_QUESTION = select(SessionQuestion.id).where(
    SessionQuestion.session_id == bindparam("session_id"),
    SessionQuestion.question_uuid == bindparam("question_uuid"),
)
ANSWERS = cast(Table, SessionResponse.__table__)
INSERT_ANSWER = insert(ANSWERS).returning(ANSWERS.c.id)
SESSIONS = cast(Table, InterviewSession.__table__)
ADVANCE_SESSION = (
    update(SESSIONS)
    .where(SESSIONS.c.id == bindparam("session_id"), SESSIONS.c.version == bindparam("seen"))
    .values(
        current_question_index=bindparam("index"),
        question_opened_at=bindparam("opened_at"),
        version=bindparam("next_version"),
    )
)
RESPONSE_TO = select(SessionResponse).where(
    SessionResponse.session_id == bindparam("session_id"),
    SessionResponse.question_uuid == bindparam("question_uuid"),
)


class SessionRepository:
    """Data access for sessions, their questions and responses."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db
        self._ahead: QuestionsAhead | None = None

    async def create(self, session: InterviewSession) -> InterviewSession:
        """Store a new session with its questions."""
        self.db.add(session)
        await self.db.flush()
        return session

    async def get_for_user(self, session_uuid: str, user_id: int) -> InterviewSession | None:
        """A session, only if it belongs to the user."""
        query = select(InterviewSession).where(
            InterviewSession.session_uuid == session_uuid, InterviewSession.user_id == user_id
        )
        return await self.db.scalar(query)

    async def get_row_for_user(self, session_uuid: str, user_id: int) -> InterviewSession | None:
        """A session's own row, read in one statement with its current and next questions.

        Its relationships are not loaded; questions_at() answers from the questions read here.
        """
        params = {"session_uuid": session_uuid, "user_id": user_id}
        rows = (await self.db.execute(SESSION_ROW_FOR_USER, params)).all()
        if not rows:
            return None
        session, _, total = rows[0]
        questions = {q.position: q for _, q, _ in rows if q is not None}
        self._ahead = QuestionsAhead(session.id, session.current_question_index, questions, total)
        return cast(InterviewSession, session)

    async def questions_at(
        self, session: InterviewSession, positions: tuple[int, ...]
    ) -> tuple[dict[int, SessionQuestion], int]:
        """The session's questions at these positions, and how many questions it has."""
        if "questions" not in inspect(session).unloaded:
            every = session.questions
            return {q.position: q for q in every if q.position in positions}, len(every)
        ahead = self._ahead
        if ahead is not None and ahead.covers(session, positions):
            return {p: q for p, q in ahead.questions.items() if p in positions}, ahead.total
        params = {"session_id": session.id}
        rows = await self.db.execute(QUESTIONS_AT, {**params, "positions": list(positions)})
        found = rows.all()
        if not found:
            count = await self.db.scalar(select(QUESTION_COUNT), params)
            return {}, int(count or 0)
        return {q.position: q for q, _ in found}, int(found[0][1])

    async def has_question(self, session: InterviewSession, question_uuid: str) -> bool:
        """Whether the question belongs to the session."""
        params = {"session_id": session.id, "question_uuid": question_uuid}
        return await self.db.scalar(HAS_QUESTION, params) is not None

    async def response_to(
        self, session: InterviewSession, question_uuid: str
    ) -> SessionResponse | None:
        """The session's stored answer to a question, if any."""
        if "responses" not in inspect(session).unloaded:
            return next((r for r in session.responses if r.question_uuid == question_uuid), None)
        params = {"session_id": session.id, "question_uuid": question_uuid}
        return await self.db.scalar(RESPONSE_TO, params)

    async def list_for_user(
        self,
        user_id: int,
        status: str | None,
        role_uuid: str | None,
        offset: int,
        limit: int,
        kind: str | None = None,
    ) -> tuple[list[ListedSession], int]:
        """A page of the user's sessions, newest first, and the total count.

        Only the sessions' own rows, their resume's title and two counts are read: never the
        questions, the answers or their coaching.
        """
        query = select(InterviewSession).where(InterviewSession.user_id == user_id)
        if status is not None:
            query = query.where(InterviewSession.status == status)
        if role_uuid is not None:
            query = query.where(InterviewSession.role_uuid == role_uuid)
        if kind is not None:
            query = query.where(InterviewSession.kind == kind)
        total = await self.db.scalar(select(func.count()).select_from(query.subquery()))
        asked = (
            select(func.count(SessionQuestion.id))
            .where(SessionQuestion.session_id == InterviewSession.id)
            .scalar_subquery()
        )
        answered = (
            select(func.count(SessionResponse.id))
            .where(SessionResponse.session_id == InterviewSession.id)
            .scalar_subquery()
        )
        rows = await self.db.execute(
            query.add_columns(asked, answered)
            .options(
                raiseload("*"),
                joinedload(InterviewSession.resume).load_only(Resume.resume_id, Resume.title),
            )
            .order_by(InterviewSession.created_at.desc(), InterviewSession.id.desc())
            .offset(offset)
            .limit(limit)
        )
        listed = [ListedSession(session, int(q), int(a)) for session, q, a in rows]
        return listed, int(total or 0)

    async def add_response(self, session: InterviewSession, response: SessionResponse) -> bool:
        """Add a response and write it with the session's change; False if another won."""
        if "responses" in inspect(session).unloaded:
            response.session_id = session.id
            self.db.add(response)
        else:
            session.responses.append(response)
        return await self.claim()

    async def advance(
        self, session: InterviewSession, response: SessionResponse, now: datetime
    ) -> bool:
        """Store an answer and move the session past its question; False if another change won.

        Two plain statements (no unit of work): the answer's insert, and an update of the
        session that only applies to the version this request read.
        """
        if "responses" not in inspect(session).unloaded:
            session.current_question_index = response.position + 1
            session.question_opened_at = now
            return await self.add_response(session, response)
        response.session_id = session.id
        values = {
            column.key: value
            for column in ANSWERS.columns
            if (value := getattr(response, column.key)) is not None
        }
        step = {
            "session_id": session.id,
            "seen": session.version,
            "index": response.position + 1,
            "opened_at": now,
            "next_version": session.version + 1,
        }
        try:
            response.id = (await self.db.execute(INSERT_ANSWER, values)).scalar_one()
            moved = await self.db.execute(ADVANCE_SESSION, step)
        except (IntegrityError, OperationalError) as exc:
            if isinstance(exc, OperationalError) and "locked" not in str(exc).lower():
                raise
            await self.db.rollback()
            return False
        if moved.rowcount != 1:  # type: ignore[attr-defined]
            await self.db.rollback()
            return False
        set_committed_value(session, "current_question_index", step["index"])
        set_committed_value(session, "question_opened_at", now)
        set_committed_value(session, "version", step["next_version"])
        return True

    async def commit(self) -> None:
        """Commit now (a stored answer keeps SQLite's single write lock only briefly)."""
        await self.db.commit()

    async def sentence_vectors(self, session: InterviewSession) -> list[tuple[str, bytes | None]]:
        """Each answer's text with the sentence vectors stored when it was submitted."""
        rows = await self.db.execute(
            select(SessionResponse.response_text, SessionResponse.sentence_vectors).where(
                SessionResponse.session_id == session.id
            )
        )
        return [(text, packed) for text, packed in rows]

    async def store_vectors(self, vectors: list[tuple[int, bytes]]) -> None:
        """Keep answers' sentence vectors: (response id, packed vectors)."""
        await self.db.execute(
            update(SessionResponse.__table__)  # type: ignore[arg-type]
            .where(SessionResponse.__table__.c.id == bindparam("response_id"))
            .values(sentence_vectors=bindparam("packed")),
            [{"response_id": rid, "packed": packed} for rid, packed in vectors],
        )

    async def claim(self) -> bool:
        """Write the session's pending change now; False when a concurrent change got there first.

        The session's version column makes the UPDATE conditional: a request that loaded an
        older version updates nothing (or, on SQLite, finds its snapshot stale) and loses.
        """
        try:
            await self.db.flush()
        except (StaleDataError, IntegrityError):
            await self.db.rollback()
            return False
        except OperationalError as exc:
            if "locked" not in str(exc).lower():
                raise
            await self.db.rollback()
            return False
        return True

    async def follow_up_count(self, session: InterviewSession) -> int:
        """How many follow-up questions the interview has had."""
        count = await self.db.scalar(
            select(func.count(SessionQuestion.id)).where(
                SessionQuestion.session_id == session.id,
                SessionQuestion.parent_question_uuid.is_not(None),
            )
        )
        return int(count or 0)

    async def insert_question_after(
        self, session: InterviewSession, position: int, question: SessionQuestion
    ) -> None:
        """Put a question right after `position`, moving the later ones down by one.

        Positions are unique, so the later ones move through negative values first.
        """
        self._ahead = None
        later = (SessionQuestion.session_id == session.id, SessionQuestion.position > position)
        moved = (SessionQuestion.session_id == session.id, SessionQuestion.position < 0)
        unsynced = {"synchronize_session": False}
        await self.db.execute(
            update(SessionQuestion)
            .where(*later)
            .values(position=-(SessionQuestion.position + 1))
            .execution_options(**unsynced)
        )
        await self.db.execute(
            update(SessionQuestion)
            .where(*moved)
            .values(position=-SessionQuestion.position)
            .execution_options(**unsynced)
        )
        question.position = position + 1
        if "questions" in inspect(session).unloaded:
            question.session_id = session.id
            self.db.add(question)
            return
        for loaded in session.questions:  # the rows moved already; keep the objects in step
            if loaded.position > position:
                set_committed_value(loaded, "position", loaded.position + 1)
        session.questions.insert(position + 1, question)

    async def delete(self, session: InterviewSession) -> None:
        """Remove a session and everything in it."""
        await self.db.delete(session)
        await self.db.flush()

    async def replace_skills(self, session: InterviewSession, skills: list[AnswerSkill]) -> None:
        """Store the answers' skill rows in place of those of an earlier coaching."""
        await self.db.execute(delete(AnswerSkill).where(AnswerSkill.session_id == session.id))
        self.db.add_all(skills)
