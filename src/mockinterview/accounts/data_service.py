"""A user's own data: export it all (JSON, recordings as a zip) or delete the account with it."""

import shutil
import tempfile
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.export import row_dict
from mockinterview.accounts.models import AccessToken, User
from mockinterview.accounts.owned_repository import OwnedDataRepository
from mockinterview.db import utcnow
from mockinterview.errors import Invalid, Unauthorized
from mockinterview.recordings.models import Recording
from mockinterview.recordings.storage import FileStore, RecordingStore

RECENT_SIGN_IN = timedelta(minutes=10)
EXTENSIONS = {"audio/webm": "webm", "video/webm": "webm", "audio/ogg": "ogg", "audio/wav": "wav"}
EXTENSIONS |= {"audio/mpeg": "mp3", "audio/mp4": "m4a", "video/mp4": "mp4", "audio/flac": "flac"}
SPOOL_BYTES = 16 * 1024 * 1024


def recording_name(recording: Recording) -> str:
    """The file name of a recording inside the zip."""
    extension = EXTENSIONS.get(recording.content_type.split(";")[0], "bin")
    return f"recordings/{recording.recording_uuid}.{extension}"


def has_password(user: User) -> bool:
    """Whether the account can sign in with a password (single sign-on accounts may not)."""
    return bool(user.password_hash)


class AccountDataService:
    """Export and deletion of one user's data."""

    def __init__(self, db: AsyncSession, store: RecordingStore) -> None:
        self.repo = OwnedDataRepository(db)
        self.store = store

    async def export(self, user: User) -> dict[str, Any]:
        """Everything the user owns, as one JSON-ready document."""
        interviews = []
        for session in await self.repo.interviews(user.id):
            entry = row_dict(session)
            entry["resume_id"] = session.resume.resume_id if session.resume else None
            entry["questions"] = [row_dict(q) for q in session.questions]
            entry["responses"] = [
                row_dict(r)
                | {"recording_uuid": r.recording.recording_uuid if r.recording else None}
                for r in session.responses
            ]
            interviews.append(entry)
        return {
            "exported_at": utcnow().isoformat(),
            "account": row_dict(user) | {"has_password": has_password(user)},
            "sign_in_providers": [row_dict(i) for i in await self.repo.identities(user.id)],
            "interviews": interviews,
            "resumes": [row_dict(r) for r in await self.repo.resumes(user.id)],
            "recordings": [
                row_dict(r) | {"file": recording_name(r)}
                for r in await self.repo.recordings(user.id)
            ],
            "ai_usage": [row_dict(u) for u in await self.repo.usage(user.id)],
        }

    async def recordings_zip(self, user: User) -> IO[bytes]:
        """A zip of the user's recordings (a temporary file, rewound, for the caller to send)."""
        spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        archive = zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_STORED)
        for recording in await self.repo.recordings(user.id):
            data = await self.store.read_range(recording, 0, recording.size_bytes)
            await anyio.to_thread.run_sync(archive.writestr, recording_name(recording), data)
        archive.close()
        spool.seek(0)
        return spool

    async def check_reauthentication(
        self, user: User, token: AccessToken, password_ok: bool | None, confirm_email: str | None
    ) -> None:
        """Refuse unless the password was right (or, without one, a fresh sign-in and the email)."""
        if has_password(user):
            if not password_ok:
                raise Unauthorized("Enter your current password to confirm.")
            return
        if (confirm_email or "").strip().lower() != user.email:
            raise Invalid("confirm_email", "Type your email address to confirm.")
        if utcnow() - token.created_at > RECENT_SIGN_IN:
            raise Unauthorized(
                "Sign in again with your organisation's account, then confirm within 10 minutes."
            )

    async def delete_account(self, user: User) -> None:
        """Delete the user, their interviews, answers, recordings (files too), resumes and usage."""
        recordings = await self.repo.recordings(user.id)
        response_ids = await self.repo.response_ids(user.id)
        for recording in recordings:
            await self.store.delete(recording)
        if isinstance(self.store, FileStore):
            folder = self.store.root / str(user.id)
            await anyio.to_thread.run_sync(_remove_folder, folder)
        await self.repo.delete_everything(user, response_ids)


def _remove_folder(folder: Path) -> None:
    """Remove a user's recordings folder with anything left in it (it holds only theirs)."""
    shutil.rmtree(folder, ignore_errors=True)
