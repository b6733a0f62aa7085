"""The summary page and its text and HTML downloads."""

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

from mockinterview.interviews.deps import SessionServiceDep
from mockinterview.interviews.models import InterviewSession
from mockinterview.web.deps import PageUser
from mockinterview.web.summary_view import summary_context, summary_text
from mockinterview.web.templating import SECURITY_HEADERS, render, templates

router = APIRouter()

EXPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _filename(session: InterviewSession, extension: str) -> str:
    return f"mock-interview-{session.session_uuid[:8]}.{extension}"


def _download_headers(session: InterviewSession, extension: str) -> dict[str, str]:
    return {
        "Content-Disposition": f'attachment; filename="{_filename(session, extension)}"',
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }


@router.get("/interviews/{session_uuid}/summary")
async def summary_page(
    request: Request, session_uuid: str, user: PageUser, service: SessionServiceDep
) -> Response:
    """Metrics, the category chart and every answer of a finished interview."""
    session = await service.get(user, session_uuid)
    if session.status == "in_progress":
        return RedirectResponse(f"/interviews/{session_uuid}", status_code=303)
    if session.status in ("setup", "ready"):
        return RedirectResponse(f"/interviews/{session_uuid}/setup", status_code=303)
    context = summary_context(session)
    context["page_title"] = f"Summary: {session.scenario_name}"
    return render(request, "interviews/summary.html", context)


@router.get("/interviews/{session_uuid}/summary.txt")
async def summary_download_text(
    session_uuid: str, user: PageUser, service: SessionServiceDep
) -> Response:
    """The summary as a plain-text file."""
    session = await service.get(user, session_uuid)
    return PlainTextResponse(summary_text(session), headers=_download_headers(session, "txt"))


@router.get("/interviews/{session_uuid}/summary.html")
async def summary_download_html(
    request: Request, session_uuid: str, user: PageUser, service: SessionServiceDep
) -> Response:
    """The summary as one self-contained, printable HTML file."""
    session = await service.get(user, session_uuid)
    html = templates.get_template("interviews/export.html").render(summary_context(session))
    headers = _download_headers(session, "html")
    headers["Content-Security-Policy"] = EXPORT_POLICY
    headers["Referrer-Policy"] = SECURITY_HEADERS["Referrer-Policy"]
    return Response(html, media_type="text/html; charset=utf-8", headers=headers)
