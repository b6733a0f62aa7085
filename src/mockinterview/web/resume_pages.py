"""The resumes pages: list and upload, then read, correct, rename, publish or delete one."""

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from mockinterview.accounts.deps import SettingsDep
from mockinterview.accounts.models import User
from mockinterview.errors import Invalid
from mockinterview.resumes.extract import MAX_RESUME_BYTES
from mockinterview.resumes.models import Resume
from mockinterview.resumes.router import ResumeServiceDep
from mockinterview.resumes.schemas import MAX_RESUME_TEXT, ResumeUpdate
from mockinterview.web.deps import CsrfForm, PageUser
from mockinterview.web.security import add_flash
from mockinterview.web.templating import render

router = APIRouter()

ACCEPT = ".pdf,.docx,.txt,.md,.json"
TITLE_MESSAGE = "Give the resume a title of 1 to 200 characters."
TEXT_MESSAGE = "The resume text cannot be empty or longer than 100,000 characters."


async def _list_page(
    request: Request,
    user: User,
    service: ResumeServiceDep,
    error: str = "",
    title: str = "",
    status_code: int = 200,
) -> Response:
    context = {
        "page_title": "Resumes",
        "resumes": await service.list(user),
        "accept": ACCEPT,
        "max_mb": MAX_RESUME_BYTES // (1024 * 1024),
        "error": error,
        "title": title,
    }
    return render(request, "resumes/list.html", context, status_code=status_code)


def _resume_page(
    request: Request, resume: Resume, errors: dict[str, str] | None = None, **values: Any
) -> Response:
    context = {
        "page_title": resume.title,
        "resume": resume,
        "errors": errors or {},
        "title_value": values.get("title", resume.title),
        "text_value": values.get("text", resume.text),
        "max_text": MAX_RESUME_TEXT,
    }
    return render(request, "resumes/resume.html", context, status_code=422 if errors else 200)


def _back_to(resume: Resume, settings: SettingsDep, level: str, message: str) -> Response:
    response = RedirectResponse(f"/resumes/{resume.resume_id}", status_code=303)
    add_flash(response, settings, level, message)
    return response


@router.get("/resumes")
async def resumes_page(request: Request, user: PageUser, service: ResumeServiceDep) -> Response:
    """The user's resumes, newest first, and the upload form."""
    return await _list_page(request, user, service)


@router.post("/resumes", dependencies=[CsrfForm])
async def upload_resume(
    request: Request,
    user: PageUser,
    service: ResumeServiceDep,
    settings: SettingsDep,
    file: Annotated[UploadFile | None, File()] = None,
    title: Annotated[str, Form()] = "",
) -> Response:
    """Read an uploaded file; a refused file is explained and nothing is kept."""
    if file is None or not file.filename:
        message = "Choose a file to upload."
        return await _list_page(request, user, service, message, title, 422)
    content = await file.read(MAX_RESUME_BYTES + 1)
    try:
        resume = await service.upload(user, file.filename, content, title[:200], file.size)
    except Invalid as exc:
        return await _list_page(request, user, service, exc.detail, title, 422)
    words = len(resume.text.split())
    return _back_to(
        resume,
        settings,
        "success",
        f"Read {words:,} words from {resume.filename}. Check the text, then publish it.",
    )


@router.get("/resumes/{resume_id}")
async def resume_page(
    request: Request, resume_id: str, user: PageUser, service: ResumeServiceDep
) -> Response:
    """One resume: its extracted text to correct, and what can be done with it."""
    return _resume_page(request, await service.get(user, resume_id))


@router.post("/resumes/{resume_id}/rename", dependencies=[CsrfForm])
async def rename_resume(
    request: Request,
    resume_id: str,
    user: PageUser,
    service: ResumeServiceDep,
    settings: SettingsDep,
    title: Annotated[str, Form()] = "",
) -> Response:
    """Give the resume a new title."""
    resume = await service.get(user, resume_id)
    try:
        changes = ResumeUpdate(title=title.strip())
    except ValidationError:
        return _resume_page(request, resume, {"title": TITLE_MESSAGE}, title=title)
    await service.update(resume, changes)
    return _back_to(resume, settings, "success", "Renamed.")


@router.post("/resumes/{resume_id}/text", dependencies=[CsrfForm])
async def save_text(
    request: Request,
    resume_id: str,
    user: PageUser,
    service: ResumeServiceDep,
    settings: SettingsDep,
    text: Annotated[str, Form()] = "",
) -> Response:
    """Keep the user's corrections of the extracted text."""
    resume = await service.get(user, resume_id)
    cleaned = text.replace("\r\n", "\n")
    try:
        changes = ResumeUpdate(text=cleaned)
        await service.update(resume, changes)
    except (ValidationError, Invalid):
        return _resume_page(request, resume, {"text": TEXT_MESSAGE}, text=cleaned)
    return _back_to(resume, settings, "success", "Your corrections are saved.")


@router.post("/resumes/{resume_id}/publish", dependencies=[CsrfForm])
async def publish_resume(
    resume_id: str,
    user: PageUser,
    service: ResumeServiceDep,
    settings: SettingsDep,
    published: Annotated[str, Form()] = "1",
) -> Response:
    """Publish the resume (usable for interviews) or turn it back into a draft."""
    resume = await service.get(user, resume_id)
    publish = published == "1"
    await service.update(resume, ResumeUpdate(published=publish))
    message = (
        "Published. You can now choose it when you set up a tailored interview."
        if publish
        else "Back to draft. It will not be offered for new interviews until you publish it."
    )
    return _back_to(resume, settings, "success", message)


@router.post("/resumes/{resume_id}/delete", dependencies=[CsrfForm])
async def delete_resume(
    resume_id: str, user: PageUser, service: ResumeServiceDep, settings: SettingsDep
) -> Response:
    """Delete the resume; interviews already written from it keep their questions."""
    resume = await service.get(user, resume_id)
    title = resume.title
    await service.delete(resume)
    response = RedirectResponse("/resumes", status_code=303)
    add_flash(response, settings, "success", f"Deleted “{title}”.")
    return response
