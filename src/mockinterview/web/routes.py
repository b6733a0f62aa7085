"""All page routes, and the seed's page paths kept as redirects."""

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

from mockinterview.web import (
    account_pages,
    admin_pages,
    auth_pages,
    dashboard_pages,
    interview_pages,
    progress_pages,
    report_pages,
    reset_pages,
    resume_pages,
    sso_pages,
    summary_pages,
    tailored_pages,
    usage_pages,
)

router = APIRouter(include_in_schema=False)
router.include_router(auth_pages.router)
router.include_router(account_pages.router)
router.include_router(reset_pages.router)
router.include_router(admin_pages.router)
router.include_router(sso_pages.router)
router.include_router(dashboard_pages.router)
router.include_router(interview_pages.router)
router.include_router(summary_pages.router)
router.include_router(report_pages.router)
router.include_router(tailored_pages.router)
router.include_router(resume_pages.router)
router.include_router(usage_pages.router)
router.include_router(progress_pages.router)


@router.get("/mock-interview")
async def seed_list_path() -> RedirectResponse:
    """The seed's list page."""
    return RedirectResponse("/interviews", status_code=308)


@router.get("/interview/mock-interview-start")
async def seed_start_path() -> RedirectResponse:
    """The seed's start page."""
    return RedirectResponse("/interviews/new", status_code=308)


@router.get("/interview/mock-interview/{session_uuid}")
async def seed_interview_path(session_uuid: str) -> RedirectResponse:
    """The seed's interview page."""
    return RedirectResponse(f"/interviews/{session_uuid}", status_code=308)


@router.get("/interview/mock-interview-summary/{session_uuid}")
async def seed_summary_path(session_uuid: str) -> RedirectResponse:
    """The seed's summary page."""
    return RedirectResponse(f"/interviews/{session_uuid}/summary", status_code=308)
