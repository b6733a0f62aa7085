"""Session rules: start, answer, complete, abandon, delete (the state machine)."""

from collections.abc import Sequence

from mockinterview.accounts.models import User
from mockinterview.db import utcnow
from mockinterview.errors import Conflict, Invalid, NotFound
from mockinterview.interviews.answering import Answering, FollowUps, found
from mockinterview.interviews.coach import Coach
from mockinterview.interviews.follow_ups import FollowUpAsker
from mockinterview.interviews.metrics import performance_summary
from mockinterview.interviews.models import InterviewSession
from mockinterview.interviews.repository import ListedSession, SessionRepository
from mockinterview.interviews.retake import retake_of
from mockinterview.interviews.scenario import generate_scenario, scenario_name
from mockinterview.interviews.schemas import StartRequest
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.recordings.storage import RecordingStore


def require_transcripts(session: InterviewSession) -> None:
    """Refuse to coach while a spoken answer is being transcribed or could not be."""
    pending = [r for r in session.responses if r.transcript_status == "pending"]
    if pending:
        raise Conflict(
            f"{len(pending)} spoken answer{'s are' if len(pending) > 1 else ' is'} still being "
            "transcribed; complete the interview again in a few seconds."
        )
    failed = next((r for r in session.responses if r.transcript_status == "failed"), None)
    if failed is not None:
        raise Conflict(
            f"Answer {failed.position + 1} has no usable transcript ({failed.transcript_error}) "
            "Correct its text or record it again before completing."
        )


class SessionService:
    """Use cases of interview sessions, always scoped to one user."""

    def __init__(
        self,
        sessions: SessionRepository,
        bank: QuestionBankRepository,
        coach: Coach,
        recordings: RecordingStore,
        asker: FollowUpAsker | None = None,
    ) -> None:
        self.sessions = sessions
        self.bank = bank
        self.coach = coach
        self.recordings = recordings
        self.answering = Answering(sessions, FollowUps(asker, sessions) if asker else None)

    async def get(self, user: User, session_uuid: str) -> InterviewSession:
        """The user's session; 404 for unknown or someone else's."""
        return found(await self.sessions.get_for_user(session_uuid, user.id))

    async def list(
        self, user: User, status: str | None, role_uuid: str | None, page: int, page_size: int
    ) -> tuple[list[ListedSession], int]:
        """The user's sessions, newest first (their rows and counts only)."""
        offset = (page - 1) * page_size
        return await self.sessions.list_for_user(user.id, status, role_uuid, offset, page_size)

    async def start(self, user: User, request: StartRequest) -> InterviewSession:
        """Generate a scenario for the role and open an in-progress session."""
        role = await self.bank.role(request.role_uuid)
        if role is None:
            raise NotFound(f"Role {request.role_uuid!r} not found.")
        if request.industry_uuid and request.industry_uuid != role.industry_id:
            if await self.bank.industry(request.industry_uuid) is None:
                raise NotFound(f"Industry {request.industry_uuid!r} not found.")
            raise Invalid(
                "industry_uuid", f"Role {role.id} belongs to industry {role.industry_id}."
            )
        company = (request.company_name or "").strip() or None
        categories = request.categories()
        questions = await generate_scenario(
            self.bank, role, request.difficulty_level, categories, company
        )
        session = InterviewSession(
            user_id=user.id,
            kind="bank",
            scenario_name=scenario_name(role, request.difficulty_level, company),
            role_uuid=role.id,
            industry_uuid=role.industry_id,
            difficulty_level=request.difficulty_level,
            company_name=company,
            categories=list(categories),
            status="in_progress",
            current_question_index=0,
            started_at=utcnow(),
            question_opened_at=utcnow(),
            time_limit_seconds=request.time_limit_seconds,
            follow_ups=request.follow_ups,
            meta={},
            questions=questions,
            responses=[],
        )
        return await self.sessions.create(session)

    async def complete(self, session: InterviewSession) -> InterviewSession:
        """Close the session; compute its summary and coaching from the stored responses."""
        if session.status != "in_progress":
            raise Conflict(f"This interview is {session.status}; only one in progress completes.")
        require_transcripts(session)
        session.status = "completed"
        session.completed_at = utcnow()
        session.draft_text = session.draft_elapsed_seconds = None
        if not await self.sessions.claim():
            raise Conflict("The interview changed at the same moment (another tab?); reload it.")
        await self._coach(session)
        return session

    async def regenerate_coaching(self, session: InterviewSession) -> InterviewSession:
        """Run the coaching again on a completed session (e.g. after changing engine)."""
        if session.status != "completed":
            raise Conflict(f"This interview is {session.status}; complete it first.")
        await self._coach(session)
        return session

    async def _coach(self, session: InterviewSession) -> None:
        """Coach the session: its summary, its score columns and its answers' skill rows."""
        vectors = await self.sessions.sentence_vectors(session)
        summary, skills = await self.coach.coach(session, performance_summary(session), vectors)
        session.performance_summary = summary
        await self.sessions.replace_skills(session, skills)

    async def abandon(self, session: InterviewSession) -> InterviewSession:
        """Mark an in-progress session abandoned."""
        if session.status != "in_progress":
            raise Conflict(
                f"This interview is {session.status}; only one in progress is abandoned."
            )
        session.status = "abandoned"
        session.completed_at = utcnow()
        if not await self.sessions.claim():
            raise Conflict("The interview changed at the same moment (another tab?); reload it.")
        return session

    async def retake(
        self, session: InterviewSession, question_uuids: Sequence[str] | None
    ) -> InterviewSession:
        """A new interview asking this one's questions again (all, or the ones named)."""
        return await self.sessions.create(retake_of(session, question_uuids))

    async def delete(self, session: InterviewSession) -> None:
        """Delete the session, its answers and their recordings."""
        recordings = [r.recording for r in session.responses if r.recording is not None]
        await self.sessions.delete(session)
        for recording in recordings:
            await self.recordings.delete(recording)
