"""The start page and the interview page itself."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from mockinterview.accounts.deps import SettingsDep
from mockinterview.db import utcnow
from mockinterview.errors import AppError
from mockinterview.interviews.deps import SessionServiceDep
from mockinterview.interviews.scenario import DISTRIBUTION
from mockinterview.interviews.schemas import MAX_ANSWER_CHARS, StartRequest
from mockinterview.interviews.timing import PREVIEW_SECONDS, TIME_LIMITS, minutes
from mockinterview.interviews.views import current_question, question_view
from mockinterview.questionbank.deps import BankService
from mockinterview.questionbank.schemas import CATEGORIES, DIFFICULTIES
from mockinterview.readaloud.voice import available as server_voice_available
from mockinterview.web.deps import CsrfForm, PageUser
from mockinterview.web.templating import render

router = APIRouter()


def _start_context(
    industries: list[dict[str, Any]], chosen: dict[str, Any], message: str = ""
) -> dict[str, Any]:
    return {
        "page_title": "Start a mock interview",
        "industries": industries,
        "chosen": chosen,
        "categories": CATEGORIES,
        "difficulties": DIFFICULTIES,
        "question_counts": {level: sum(DISTRIBUTION[level].values()) for level in DIFFICULTIES},
        "time_limits": [(seconds, minutes(seconds)) for seconds in TIME_LIMITS],
        "message": message,
    }


def _industry_of(industries: list[dict[str, Any]], role_id: str) -> str:
    for industry in industries:
        if any(role["id"] == role_id for role in industry["roles"]):
            return str(industry["id"])
    return ""


@router.get("/interviews/new")
async def start_page(
    request: Request,
    _: PageUser,
    bank: BankService,
    role: str = "",
    difficulty: str = "mid",
    category: str = "",
    company: Annotated[str, Query(max_length=120)] = "",
) -> Response:
    """Pick an industry, a role, a difficulty, categories and optionally a company."""
    industries = await bank.choices()
    chosen = {
        "industry": _industry_of(industries, role),
        "role": role if _industry_of(industries, role) else "",
        "difficulty": difficulty if difficulty in DIFFICULTIES else "mid",
        "categories": [category] if category in CATEGORIES else list(CATEGORIES),
        "company": company,
        "time_limit": "",
        "follow_ups": True,
    }
    return render(request, "interviews/start.html", _start_context(industries, chosen))


@router.post("/interviews/new", dependencies=[CsrfForm])
async def start_interview(
    request: Request,
    user: PageUser,
    bank: BankService,
    service: SessionServiceDep,
    industry_uuid: Annotated[str, Form()] = "",
    role_uuid: Annotated[str, Form()] = "",
    difficulty_level: Annotated[str, Form()] = "mid",
    categories: Annotated[list[str] | None, Form()] = None,
    company_name: Annotated[str, Form()] = "",
    time_limit_seconds: Annotated[str, Form()] = "",
    follow_ups: Annotated[str, Form()] = "",
) -> Response:
    """Start the interview and go to its first question."""
    picked = [c for c in categories or [] if c in CATEGORIES]
    chosen = {
        "industry": industry_uuid,
        "role": role_uuid,
        "difficulty": difficulty_level,
        "categories": picked,
        "company": company_name,
        "time_limit": time_limit_seconds,
        "follow_ups": bool(follow_ups),
    }
    message = ""
    try:
        body = StartRequest(
            role_uuid=role_uuid,
            industry_uuid=industry_uuid or None,
            difficulty_level=difficulty_level,  # type: ignore[arg-type]
            include_behavioral="behavioral" in picked,
            include_technical="technical" in picked,
            include_situational="situational" in picked,
            include_company="company" in picked,
            company_name=company_name.strip() or None,
            time_limit_seconds=time_limit_seconds or None,  # type: ignore[arg-type]
            follow_ups=bool(follow_ups),
        )
        session = await service.start(user, body)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0]) if exc.errors()[0]["loc"] else ""
        message = {
            "role_uuid": "Choose a role to practice for.",
            "company_name": "Keep the company name under 120 characters.",
            "difficulty_level": "Choose entry, mid or senior.",
            "time_limit_seconds": "Choose a time per answer from the list, or no limit.",
        }.get(field, "Choose at least one question category.")
    except AppError as exc:
        message = exc.detail
    else:
        return RedirectResponse(f"/interviews/{session.session_uuid}", status_code=303)
    context = _start_context(await bank.choices(), chosen, message)
    return render(request, "interviews/start.html", context, status_code=422)


@router.get("/interviews/{session_uuid}")
async def interview_page(
    request: Request,
    session_uuid: str,
    user: PageUser,
    service: SessionServiceDep,
    settings: SettingsDep,
) -> Response:
    """The interview: a timed preview, then answer mode, one question at a time."""
    session = await service.get(user, session_uuid)
    if session.status != "in_progress":
        return RedirectResponse(f"/interviews/{session_uuid}/summary", status_code=303)
    total = len(session.questions)
    question = current_question(session)
    started = session.started_at or session.created_at
    state = {
        "session_uuid": session.session_uuid,
        "total": total,
        "answered": len(session.responses),
        "elapsed_seconds": max(0, round((utcnow() - started).total_seconds())),
        "preview_seconds": PREVIEW_SECONDS,
        "question": question_view(question, total).model_dump(mode="json") if question else None,
        "summary_url": f"/interviews/{session.session_uuid}/summary",
        "api": f"/api/mock-interview/sessions/{session.session_uuid}",
        "max_recording_seconds": settings.max_recording_seconds,
        "read_aloud": {
            "server_voice": server_voice_available(),
            "url": f"/api/read-aloud/sessions/{session.session_uuid}/questions/",
        },
        "max_answer_chars": MAX_ANSWER_CHARS,
        "time_limit_seconds": session.time_limit_seconds,
    }
    context = {"page_title": session.scenario_name, "session": session, "state": state}
    return render(request, "interviews/interview.html", context)
