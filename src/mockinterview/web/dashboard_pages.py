"""The "My interviews" list and the actions on a listed interview."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response

from mockinterview.accounts.deps import SettingsDep
from mockinterview.analytics.deps import AnalyticsServiceDep
from mockinterview.errors import AppError
from mockinterview.interviews.deps import SessionServiceDep
from mockinterview.interviews.models import InterviewSession
from mockinterview.interviews.schemas import StartRequest
from mockinterview.web.deps import CsrfForm, MaybeUser, PageUser
from mockinterview.web.progress_charts import sparkline
from mockinterview.web.security import add_flash
from mockinterview.web.templating import render

router = APIRouter()

PAGE_SIZE = 20


@router.get("/")
async def home(request: Request, user: MaybeUser) -> Response:
    """The welcome page, or the interview list once signed in."""
    if user is not None:
        return RedirectResponse("/interviews", status_code=303)
    return render(request, "home.html", {"page_title": "Practice interviews, your way"})


@router.get("/interviews")
async def dashboard(
    request: Request,
    user: PageUser,
    service: SessionServiceDep,
    analytics: AnalyticsServiceDep,
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
) -> Response:
    """Every interview of the user, newest first, with its score and the trend of scores."""
    rows, total = await service.list(user, None, None, page, PAGE_SIZE)
    recent = await analytics.recent_scores(user)
    context = {
        "recent_scores": recent,
        "trend_points": sparkline(recent),
        "page_title": "My interviews",
        "sessions": rows,
        "total": total,
        "page": page,
        "has_newer": page > 1,
        "has_older": page * PAGE_SIZE < total,
    }
    return render(request, "interviews/dashboard.html", context)


def repeat_request(session: InterviewSession) -> StartRequest:
    """A start request with the same role, difficulty, categories and company."""
    chosen = set(session.categories)
    return StartRequest(
        role_uuid=session.role_uuid or "",
        industry_uuid=session.industry_uuid,
        difficulty_level=session.difficulty_level,  # type: ignore[arg-type]
        include_behavioral="behavioral" in chosen,
        include_technical="technical" in chosen,
        include_situational="situational" in chosen,
        include_company="company" in chosen,
        company_name=session.company_name,
        time_limit_seconds=session.time_limit_seconds,
        follow_ups=session.follow_ups,
    )


@router.post("/interviews/{session_uuid}/again", dependencies=[CsrfForm])
async def practice_again(
    session_uuid: str, user: PageUser, service: SessionServiceDep, settings: SettingsDep
) -> Response:
    """Start a new interview with the same settings as this one."""
    old = await service.get(user, session_uuid)
    try:
        new = await service.start(user, repeat_request(old))
    except (AppError, ValueError):
        response = RedirectResponse("/interviews/new", status_code=303)
        add_flash(response, settings, "error", "That interview cannot be repeated; pick a role.")
        return response
    return RedirectResponse(f"/interviews/{new.session_uuid}", status_code=303)


@router.post("/interviews/{session_uuid}/delete", dependencies=[CsrfForm])
async def delete_interview(
    session_uuid: str, user: PageUser, service: SessionServiceDep, settings: SettingsDep
) -> Response:
    """Delete an interview and its answers."""
    session = await service.get(user, session_uuid)
    name = session.scenario_name
    await service.delete(session)
    response = RedirectResponse("/interviews", status_code=303)
    add_flash(response, settings, "success", f"Deleted “{name}”.")
    return response


@router.post("/interviews/{session_uuid}/abandon", dependencies=[CsrfForm])
async def abandon_interview(
    session_uuid: str, user: PageUser, service: SessionServiceDep, settings: SettingsDep
) -> Response:
    """Stop an interview in progress; its answers so far stay in the summary."""
    session = await service.get(user, session_uuid)
    response = RedirectResponse("/interviews", status_code=303)
    try:
        await service.abandon(session)
    except AppError as exc:
        add_flash(response, settings, "error", exc.detail)
        return response
    add_flash(response, settings, "info", f"Abandoned “{session.scenario_name}”.")
    return response


@router.post("/interviews/{session_uuid}/finish", dependencies=[CsrfForm])
async def finish_interview(
    session_uuid: str, user: PageUser, service: SessionServiceDep, settings: SettingsDep
) -> Response:
    """Complete an interview early; its report covers the answers given so far."""
    session = await service.get(user, session_uuid)
    try:
        await service.complete(session)
    except AppError as exc:
        response = RedirectResponse(f"/interviews/{session_uuid}", status_code=303)
        add_flash(response, settings, "error", exc.detail)
        return response
    return RedirectResponse(f"/interviews/{session_uuid}/report", status_code=303)
