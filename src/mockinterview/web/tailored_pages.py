"""Tailored interviews: create one, set it up (resume, job, questions), practice it again."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from mockinterview.interviews.models import InterviewSession
from mockinterview.interviews.tailored import TailoredInterviewService
from mockinterview.interviews.tailored_router import tailored_service
from mockinterview.interviews.tailored_schemas import MAX_JOB_DESCRIPTION, CreateInterview
from mockinterview.interviews.views import question_view
from mockinterview.resumes.models import Resume
from mockinterview.resumes.router import ResumeServiceDep
from mockinterview.web.deps import CsrfForm, PageUser
from mockinterview.web.templating import render

router = APIRouter()

Service = Annotated[TailoredInterviewService, Depends(tailored_service)]

SETUP_STATUSES = ("setup", "ready")


def _setup_url(session: InterviewSession) -> str:
    return f"/interviews/{session.session_uuid}/setup"


def _chosen_resume(session: InterviewSession, published: list[Resume]) -> str:
    """The resume to preselect: the interview's own, else the only one there is."""
    ids = [r.resume_id for r in published]
    if session.resume is not None and session.resume.resume_id in ids:
        return session.resume.resume_id
    return ids[0] if len(ids) == 1 else ""


def setup_state(session: InterviewSession) -> dict[str, Any]:
    """What setup.js starts from: the interview's id, status, API and questions."""
    total = len(session.questions)
    return {
        "id": session.session_uuid,
        "status": session.status,
        "api": f"/api/mock-interviews/{session.session_uuid}",
        "interview_url": f"/interviews/{session.session_uuid}",
        "questions": [question_view(q, total).model_dump(mode="json") for q in session.questions],
    }


@router.post("/interviews/tailored/new", dependencies=[CsrfForm])
async def new_tailored_interview(user: PageUser, service: Service) -> Response:
    """Create a tailored interview in setup and open its setup page."""
    session = await service.create(user, CreateInterview())
    return RedirectResponse(_setup_url(session), status_code=303)


@router.get("/interviews/{session_uuid}/setup")
async def setup_page(
    request: Request,
    session_uuid: str,
    user: PageUser,
    service: Service,
    resumes: ResumeServiceDep,
) -> Response:
    """Choose a resume, paste a job description, generate and review the questions."""
    session = await service.sessions.get(user, session_uuid)
    if session.status == "in_progress":
        return RedirectResponse(f"/interviews/{session_uuid}", status_code=303)
    if session.status not in SETUP_STATUSES:
        return RedirectResponse(f"/interviews/{session_uuid}/summary", status_code=303)
    every = list(await resumes.list(user))
    published = [r for r in every if r.published]
    context = {
        "page_title": f"Set up: {session.scenario_name}",
        "session": session,
        "resumes": published,
        "drafts": len(every) - len(published),
        "chosen_resume": _chosen_resume(session, published),
        "job_description": session.job_description or "",
        "max_job": MAX_JOB_DESCRIPTION,
        "fallback": (session.meta or {}).get("question_fallback_reason"),
        "state": setup_state(session),
    }
    return render(request, "tailored/setup.html", context)


@router.post("/interviews/{session_uuid}/duplicate", dependencies=[CsrfForm])
async def practice_tailored_again(session_uuid: str, user: PageUser, service: Service) -> Response:
    """Copy the interview with the same questions and open the copy's setup page."""
    original = await service.sessions.get(user, session_uuid)
    copy = await service.duplicate(user, original)
    return RedirectResponse(_setup_url(copy), status_code=303)
