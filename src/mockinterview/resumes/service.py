"""Resume rules: upload (extract text or refuse with the reason), edit, publish, delete."""

from collections.abc import Sequence
from pathlib import PurePath

from mockinterview.accounts.models import User
from mockinterview.errors import Invalid, NotFound
from mockinterview.resumes.errors import ResumeFileError
from mockinterview.resumes.extract import check_upload
from mockinterview.resumes.models import Resume
from mockinterview.resumes.readers import ResumeReaders
from mockinterview.resumes.repository import ResumeRepository
from mockinterview.resumes.schemas import MAX_RESUME_TEXT, ResumeUpdate

_STATUS_BY_CODE = {"too_large": 413, "unsupported_type": 415}


class ResumeService:
    """Use cases of resumes, always scoped to one user."""

    def __init__(self, repo: ResumeRepository, readers: ResumeReaders) -> None:
        self.repo = repo
        self.readers = readers

    async def upload(
        self,
        user: User,
        filename: str,
        content: bytes,
        title: str | None,
        size: int | None = None,
    ) -> Resume:
        """Extract the file's text (in a reader process) and store it as a draft, or nothing.

        `size` is the whole upload's size when only its first bytes were read.
        """
        name = PurePath(filename or "resume").name[:255]
        try:
            check_upload(name, content, size)
            text = await self.readers.read(name, content, size)
        except ResumeFileError as exc:
            status = _STATUS_BY_CODE.get(exc.code, 422)
            raise Invalid("file", exc.message, kind=exc.code, status_code=status) from exc
        if len(text) > MAX_RESUME_TEXT:
            raise Invalid(
                "file",
                "The resume holds more text than a resume should (100,000 characters at most).",
                kind="too_long",
            )
        clean_title = (title or "").strip()[:200] or PurePath(name).stem or "Resume"
        resume = Resume(user_id=user.id, title=clean_title, filename=name, text=text)
        return await self.repo.add(resume)

    async def list(self, user: User) -> Sequence[Resume]:
        """The user's resumes."""
        return await self.repo.list_for_user(user.id)

    async def get(self, user: User, resume_id: str) -> Resume:
        """The user's resume; 404 for unknown or someone else's."""
        resume = await self.repo.get_for_user(resume_id, user.id)
        if resume is None:
            raise NotFound("Resume not found.")
        return resume

    async def update(self, resume: Resume, changes: ResumeUpdate) -> Resume:
        """Rename, correct the text, or publish/unpublish."""
        if changes.title is not None:
            resume.title = changes.title.strip() or resume.title
        if changes.text is not None:
            if not changes.text.strip():
                raise Invalid("text", "The resume text cannot be empty.")
            resume.text = changes.text
        if changes.published is not None:
            resume.published = changes.published
        await self.repo.db.flush()
        return resume

    async def delete(self, resume: Resume) -> None:
        """Delete a resume (interviews made from it keep their questions)."""
        await self.repo.delete(resume)
