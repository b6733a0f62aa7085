"""HTTP routes of /api/resumes."""

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile, status

from mockinterview.accounts.deps import CurrentUser
from mockinterview.api_responses import errors
from mockinterview.db import DbSession
from mockinterview.resumes.extract import MAX_RESUME_BYTES
from mockinterview.resumes.repository import ResumeRepository
from mockinterview.resumes.schemas import ResumeOut, ResumeUpdate
from mockinterview.resumes.service import ResumeService

router = APIRouter(prefix="/api/resumes", tags=["resumes"], responses=errors(401, 422))


async def resume_service(db: DbSession, request: Request) -> ResumeService:
    """A ResumeService bound to the request's database session and the app's readers."""
    return ResumeService(ResumeRepository(db), request.app.state.resume_readers)


ResumeServiceDep = Annotated[ResumeService, Depends(resume_service)]


@router.post(
    "",
    response_model=ResumeOut,
    status_code=status.HTTP_201_CREATED,
    responses=errors(403, 413, 415),
)
async def upload_resume(
    user: CurrentUser,
    service: ResumeServiceDep,
    file: Annotated[UploadFile, File(description="PDF, DOCX, TXT or Markdown, 5 MB at most.")],
    title: Annotated[str | None, Form(max_length=200)] = None,
) -> ResumeOut:
    """Upload a resume; its text is extracted and kept as an unpublished draft."""
    content = await file.read(MAX_RESUME_BYTES + 1)
    resume = await service.upload(user, file.filename or "resume", content, title, file.size)
    return ResumeOut.model_validate(resume)


@router.get("", response_model=list[ResumeOut])
async def list_resumes(user: CurrentUser, service: ResumeServiceDep) -> list[ResumeOut]:
    """The user's resumes, newest first."""
    return [ResumeOut.model_validate(r) for r in await service.list(user)]


@router.get("/{resume_id}", response_model=ResumeOut, responses=errors(404))
async def get_resume(resume_id: str, user: CurrentUser, service: ResumeServiceDep) -> ResumeOut:
    """One resume with its text."""
    return ResumeOut.model_validate(await service.get(user, resume_id))


@router.patch("/{resume_id}", response_model=ResumeOut, responses=errors(403, 404, 409))
async def update_resume(
    resume_id: str, body: ResumeUpdate, user: CurrentUser, service: ResumeServiceDep
) -> ResumeOut:
    """Rename, correct the text, or publish the resume."""
    resume = await service.update(await service.get(user, resume_id), body)
    return ResumeOut.model_validate(resume)


@router.delete("/{resume_id}", response_model=dict[str, str], responses=errors(403, 404))
async def delete_resume(
    resume_id: str, user: CurrentUser, service: ResumeServiceDep
) -> dict[str, str]:
    """Delete a resume."""
    await service.delete(await service.get(user, resume_id))
    return {"detail": "Resume deleted"}
