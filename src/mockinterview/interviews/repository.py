"""Every query on interview sessions (the seed's MockInterviewSessionDAO)."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, inspect, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, raiseload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.resumes.models import Resume


@dataclass(frozen=True, slots=True)
class ListedSession:
    """A session's own row with how many questions it has and how many are answered."""

    session: InterviewSession
    total_questions: int
    answered_questions: int


class SessionRepository:
    """Data access for sessions, their questions and responses."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

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
        """A session's own row only (its questions and answers are not loaded)."""
        query = (
            select(InterviewSession)
            .where(
                InterviewSession.session_uuid == session_uuid, InterviewSession.user_id == user_id
            )
            .options(raiseload("*"))
        )
        return await self.db.scalar(query)

    async def questions_at(
        self, session: InterviewSession, positions: tuple[int, ...]
    ) -> tuple[dict[int, SessionQuestion], int]:
        """The session's questions at these positions, and how many questions it has."""
        if "questions" not in inspect(session).unloaded:
            every = session.questions
            return {q.position: q for q in every if q.position in positions}, len(every)
        total = (
            select(func.count(SessionQuestion.id))
            .where(SessionQuestion.session_id == session.id)
            .scalar_subquery()
        )
        rows = await self.db.execute(
            select(SessionQuestion, total).where(
                SessionQuestion.session_id == session.id, SessionQuestion.position.in_(positions)
            )
        )
        found = rows.all()
        if not found:
            count = await self.db.scalar(select(total))
            return {}, int(count or 0)
        return {q.position: q for q, _ in found}, int(found[0][1])

    async def has_question(self, session: InterviewSession, question_uuid: str) -> bool:
        """Whether the question belongs to the session."""
        query = select(SessionQuestion.id).where(
            SessionQuestion.session_id == session.id,
            SessionQuestion.question_uuid == question_uuid,
        )
        return await self.db.scalar(query) is not None

    async def response_to(
        self, session: InterviewSession, question_uuid: str
    ) -> SessionResponse | None:
        """The session's stored answer to a question, if any."""
        if "responses" not in inspect(session).unloaded:
            return next((r for r in session.responses if r.question_uuid == question_uuid), None)
        return await self.db.scalar(
            select(SessionResponse).where(
                SessionResponse.session_id == session.id,
                SessionResponse.question_uuid == question_uuid,
            )
        )

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

    async def chain_answers(
        self, root_uuid: str, session: InterviewSession
    ) -> list[tuple[str, dict[str, Any] | None]]:
        """(question, coaching) of the chain's earlier interviews' answers, oldest first.

        The chain is the first interview (root_uuid) and every retake of it, the user's own.
        """
        rows = await self.db.execute(
            select(SessionResponse.question_uuid, SessionResponse.coaching)
            .join(InterviewSession, InterviewSession.id == SessionResponse.session_id)
            .where(
                InterviewSession.user_id == session.user_id,
                or_(
                    InterviewSession.session_uuid == root_uuid,
                    InterviewSession.retake_of == root_uuid,
                ),
                InterviewSession.id != session.id,
                InterviewSession.created_at <= session.created_at,
            )
            .order_by(InterviewSession.created_at, InterviewSession.id)
        )
        return [(question, coaching) for question, coaching in rows]

    async def delete(self, session: InterviewSession) -> None:
        """Remove a session and everything in it."""
        await self.db.delete(session)
        await self.db.flush()
