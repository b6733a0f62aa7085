"""HTTP routes of /api/mock-interviews (seed 000), a face over the shared session model."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status

from mockinterview.accounts.deps import CurrentUser, SettingsDep
from mockinterview.api_responses import CHANGE_ERRORS, errors
from mockinterview.db import DbSession
from mockinterview.interviews.answer_input import RECORDING_FORM, recorded_answer
from mockinterview.interviews.answer_vectors import AnswerVectorsDep
from mockinterview.interviews.deps import SessionServiceDep, SpokenServiceDep
from mockinterview.interviews.schemas import CorrectTranscript, DetailOut
from mockinterview.interviews.tailored import TailoredInterviewService, require_status
from mockinterview.interviews.tailored_schemas import (
    CreateInterview,
    EditQuestion,
    GenerateQuestions,
    InterviewListItem,
    InterviewOut,
    ReportOut,
    UpdateTranscript,
)
from mockinterview.interviews.tailored_views import (
    interview_list_item,
    interview_out,
    report_out,
)
from mockinterview.resumes.repository import ResumeRepository
from mockinterview.tailoring.question_writer import QuestionWriter
from mockinterview.usage.repository import UsageRepository
from mockinterview.usage.service import UsageService

router = APIRouter(
    prefix="/api/mock-interviews", tags=["tailored interviews"], responses=errors(401, 422)
)


async def tailored_service(
    db: DbSession, settings: SettingsDep, sessions: SessionServiceDep, request: Request
) -> TailoredInterviewService:
    """A TailoredInterviewService bound to the request's database session."""
    worker = request.app.state.question_worker
    writer = QuestionWriter(settings, UsageService(UsageRepository(db)), worker)
    return TailoredInterviewService(sessions, ResumeRepository(db), writer)


Service = Annotated[TailoredInterviewService, Depends(tailored_service)]


@router.get("", response_model=list[InterviewListItem])
async def list_interviews(
    response: Response,
    user: CurrentUser,
    service: Service,
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[InterviewListItem]:
    """Every interview (tailored and bank), newest first, without questions or answers."""
    rows, total = await service.list_all(user, page, page_size)
    response.headers["X-Total-Count"] = str(total)
    return [interview_list_item(s) for s in rows]


@router.post(
    "", response_model=InterviewOut, status_code=status.HTTP_201_CREATED, responses=CHANGE_ERRORS
)
async def create_interview(
    body: CreateInterview, user: CurrentUser, service: Service
) -> InterviewOut:
    """Create an interview in setup."""
    return interview_out(await service.create(user, body))


@router.get("/{interview_id}", response_model=InterviewOut, responses=errors(404))
async def get_interview(interview_id: str, user: CurrentUser, service: Service) -> InterviewOut:
    """One interview with its questions, progress and analysis."""
    return interview_out(await service.sessions.get(user, interview_id))


@router.post(
    "/{interview_id}/generate-questions", response_model=InterviewOut, responses=CHANGE_ERRORS
)
async def generate_questions(
    interview_id: str, body: GenerateQuestions, user: CurrentUser, service: Service
) -> InterviewOut:
    """Write ten questions for a published resume and an optional job description."""
    session = await service.sessions.get(user, interview_id)
    return interview_out(await service.generate(user, session, body))


@router.patch(
    "/{interview_id}/questions/{question_uuid}",
    response_model=InterviewOut,
    responses=CHANGE_ERRORS,
)
async def edit_question(
    interview_id: str, question_uuid: str, body: EditQuestion, user: CurrentUser, service: Service
) -> InterviewOut:
    """Reword one question before the interview starts."""
    session = await service.sessions.get(user, interview_id)
    return interview_out(await service.edit_question(session, question_uuid, body.prompt))


@router.delete(
    "/{interview_id}/questions/{question_uuid}",
    response_model=InterviewOut,
    responses=CHANGE_ERRORS,
)
async def remove_question(
    interview_id: str, question_uuid: str, user: CurrentUser, service: Service
) -> InterviewOut:
    """Remove one question before the interview starts."""
    session = await service.sessions.get(user, interview_id)
    return interview_out(await service.edit_question(session, question_uuid, None))


@router.post("/{interview_id}/start-session", response_model=InterviewOut, responses=CHANGE_ERRORS)
async def start_session(interview_id: str, user: CurrentUser, service: Service) -> InterviewOut:
    """Start answering a ready interview."""
    session = await service.sessions.get(user, interview_id)
    return interview_out(await service.start(session))


@router.patch(
    "/{interview_id}/update-transcript", response_model=InterviewOut, responses=CHANGE_ERRORS
)
async def update_transcript(
    interview_id: str,
    body: UpdateTranscript,
    user: CurrentUser,
    service: Service,
    vectors: AnswerVectorsDep,
) -> InterviewOut:
    """Autosave the current answer's draft and index; record finished answers."""
    session = await service.sessions.get(user, interview_id)
    updated, stored = await service.update_transcript(session, body)
    vectors.embed_later(stored)
    return interview_out(updated)


@router.post(
    "/{interview_id}/spoken-response",
    response_model=InterviewOut,
    openapi_extra={"requestBody": {"required": True, "content": RECORDING_FORM}},
    responses={**CHANGE_ERRORS, **errors(413)},
)
async def submit_spoken_response(
    interview_id: str,
    request: Request,
    user: CurrentUser,
    service: Service,
    spoken: SpokenServiceDep,
) -> InterviewOut:
    """Record the answer to the current question from an `audio` (or `video`) file.

    It is stored at once with its transcript pending (the interview moves on) and transcribed in
    the background; the transcript entry then carries the text, its word times and the voice.
    """
    session = await service.sessions.get(user, interview_id)
    require_status(session, "in_progress", action="answer")
    recorded = await recorded_answer(request, spoken.max_bytes)
    await spoken.submit(
        user, session, recorded.data, recorded.field, recorded.question_uuid, recorded.duration
    )
    request.app.state.job_queue.wake()
    return interview_out(await service.sessions.get(user, interview_id))


@router.put(
    "/{interview_id}/responses/{question_uuid}/transcript",
    response_model=InterviewOut,
    responses=CHANGE_ERRORS,
)
async def correct_transcript(
    interview_id: str,
    question_uuid: str,
    body: CorrectTranscript,
    user: CurrentUser,
    service: Service,
    spoken: SpokenServiceDep,
) -> InterviewOut:
    """Replace a spoken answer's text with the candidate's correction (the raw transcript stays)."""
    session = await service.sessions.get(user, interview_id)
    await spoken.correct(session, question_uuid, body.response_text)
    return interview_out(session)


@router.post("/{interview_id}/end-session", response_model=InterviewOut, responses=CHANGE_ERRORS)
async def end_session(interview_id: str, user: CurrentUser, service: Service) -> InterviewOut:
    """End the interview and analyse it with the coaching engine."""
    session = await service.sessions.get(user, interview_id)
    require_status(session, "in_progress", action="end the session")
    return interview_out(await service.sessions.complete(session))


@router.get("/{interview_id}/report", response_model=ReportOut, responses=errors(404, 409))
async def get_report(interview_id: str, user: CurrentUser, service: Service) -> ReportOut:
    """The analysis report of a completed interview."""
    session = await service.sessions.get(user, interview_id)
    require_status(session, "completed", action="show the report")
    return report_out(session)


@router.delete("/{interview_id}", response_model=DetailOut, responses=CHANGE_ERRORS)
async def delete_interview(interview_id: str, user: CurrentUser, service: Service) -> DetailOut:
    """Delete an interview and its answers."""
    await service.sessions.delete(await service.sessions.get(user, interview_id))
    return DetailOut(detail="Interview deleted")


@router.post(
    "/{interview_id}/duplicate",
    response_model=InterviewOut,
    status_code=status.HTTP_201_CREATED,
    responses=CHANGE_ERRORS,
)
async def duplicate_interview(
    interview_id: str, user: CurrentUser, service: Service
) -> InterviewOut:
    """Copy an interview (same resume, job and questions) to practice again."""
    session = await service.sessions.get(user, interview_id)
    return interview_out(await service.duplicate(user, session))
