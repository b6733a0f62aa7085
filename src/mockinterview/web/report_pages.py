"""The coaching report page of a completed interview, and asking the coach again."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from mockinterview.accounts.deps import SettingsDep
from mockinterview.analytics.deps import AnalyticsServiceDep
from mockinterview.config import Settings
from mockinterview.errors import AppError
from mockinterview.interviews.deps import SessionServiceDep
from mockinterview.interviews.models import InterviewSession
from mockinterview.web.deps import CsrfForm, PageUser
from mockinterview.web.report_view import report_view, stored_report
from mockinterview.web.security import add_flash
from mockinterview.web.templating import render

router = APIRouter()

NOT_FINISHED = "Finish this interview first: the coaching report is written when you complete it."
STOPPED = (
    "This interview was stopped early, so it has no coaching report. "
    "Complete an interview to get one."
)


def _not_completed(session: InterviewSession, settings: Settings) -> Response:
    """Where to send a visitor of an interview that is not completed, with a note why."""
    if session.status == "in_progress":
        response = RedirectResponse(f"/interviews/{session.session_uuid}", status_code=303)
        add_flash(response, settings, "info", NOT_FINISHED)
    else:
        response = RedirectResponse(f"/interviews/{session.session_uuid}/summary", status_code=303)
        add_flash(response, settings, "info", STOPPED)
    return response


@router.get("/interviews/{session_uuid}/report")
async def report_page(
    request: Request,
    session_uuid: str,
    user: PageUser,
    service: SessionServiceDep,
    analytics: AnalyticsServiceDep,
    settings: SettingsDep,
) -> Response:
    """Scores, evidence and feedback for every answer, with earlier scores on the same question."""
    session = await service.get(user, session_uuid)
    if session.status != "completed":
        return _not_completed(session, settings)
    context = {
        "page_title": f"Coaching report: {session.scenario_name}",
        "session": session,
        "view": report_view(session),
        "history": await analytics.earlier_scores(user, session),
    }
    return render(request, "report/report.html", context)


@router.post("/interviews/{session_uuid}/retake", dependencies=[CsrfForm])
async def retake_interview(
    session_uuid: str,
    user: PageUser,
    service: SessionServiceDep,
    settings: SettingsDep,
    question_uuid: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """Answer one question again (or the whole interview) in a new interview; both are kept."""
    session = await service.get(user, session_uuid)
    try:
        retake = await service.retake(session, [question_uuid] if question_uuid else None)
    except AppError as exc:
        response = RedirectResponse(f"/interviews/{session_uuid}/report", status_code=303)
        add_flash(response, settings, "error", exc.detail)
        return response
    return RedirectResponse(f"/interviews/{retake.session_uuid}", status_code=303)


@router.post("/interviews/{session_uuid}/report/refresh", dependencies=[CsrfForm])
async def refresh_report(
    session_uuid: str, user: PageUser, service: SessionServiceDep, settings: SettingsDep
) -> Response:
    """Have the coach read the answers again and replace the report."""
    session = await service.get(user, session_uuid)
    if session.status != "completed":
        return _not_completed(session, settings)
    response = RedirectResponse(f"/interviews/{session_uuid}/report", status_code=303)
    try:
        await service.regenerate_coaching(session)
    except AppError as exc:
        add_flash(response, settings, "error", exc.detail)
        return response
    report = stored_report(session)
    if report is None:
        add_flash(response, settings, "info", "There are no answers for the coach to read.")
    elif report.fallback_reason:
        message = (
            "New report written by the built-in offline coach; the AI coach could not be used."
        )
        add_flash(response, settings, "info", message)
    else:
        message = f"New report written: overall score {report.overall_score}/100."
        add_flash(response, settings, "success", message)
    return response
