"""Give a test user something of everything an account can own, and find any trace of it."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select

from mockinterview.accounts.models import User
from mockinterview.config import Settings
from mockinterview.interviews.models import SessionResponse
from mockinterview.jobs.repository import JobRepository
from mockinterview.models import Base
from mockinterview.recordings.repository import RecordingRepository
from mockinterview.recordings.service import RecordingService
from mockinterview.recordings.storage import FileStore
from mockinterview.usage.models import UsageLog
from tests.support_files import ready_interview

BANK = {"role_uuid": "role-001", "industry_uuid": "ind-001", "difficulty_level": "mid"}


@dataclass
class Owned:
    """The ids and texts of what one user owns."""

    account: dict[str, Any]
    user_id: int = 0
    markers: set[str] = field(default_factory=set)
    response_ids: list[int] = field(default_factory=list)
    recording_file: Path | None = None
    recording_bytes: bytes = b""


async def give_everything(
    app: FastAPI, settings: Settings, client: httpx.AsyncClient, account: dict[str, Any]
) -> Owned:
    """A bank interview with an answer and its recording, a tailored one, a resume, usage."""
    owned = Owned(account, markers={account["email"], account["user_uuid"]})
    h = account["headers"]
    session = (await client.post("/api/mock-interview/start", json=BANK, headers=h)).json()
    answer = f"My answer for {account['user_uuid']}: I mapped each step, then we shipped it early."
    submitted = await client.post(
        f"/api/mock-interview/sessions/{session['session_uuid']}/submit-response",
        json={
            "response_text": answer,
            "response_duration_seconds": 20,
            "question_uuid": session["first_question"]["question_uuid"],
        },
        headers=h,
    )
    assert submitted.status_code == 200, submitted.text
    tailored = await ready_interview(client, account)
    owned.markers |= {session["session_uuid"], answer, str(tailored["id"])}
    resume = (await client.get("/api/resumes", headers=h)).json()
    owned.markers |= {r["resume_id"] for r in resume}
    async with app.state.sessionmaker() as db:
        user = await db.scalar(select(User).where(User.user_uuid == account["user_uuid"]))
        assert user is not None
        owned.user_id = user.id
        response = await db.scalar(
            select(SessionResponse).where(SessionResponse.response_text == answer)
        )
        assert response is not None
        store = FileStore(settings.data_dir / "recordings")
        owned.recording_bytes = account["user_uuid"].encode() * 100
        recording = await RecordingService(RecordingRepository(db), store).save(
            user, "audio", "audio/webm", owned.recording_bytes, 3.0
        )
        recording.response_id = response.id
        owned.response_ids.append(response.id)
        owned.recording_file = store.path(recording)
        owned.markers.add(recording.recording_uuid)
        await JobRepository(db).enqueue("transcribe", {"response_id": response.id})
        db.add(UsageLog(user_id=user.id, operation="analysis", provider="offline", model="m"))
        await db.commit()
    return owned


async def traces_of(app: FastAPI, owned: Owned) -> list[str]:
    """Every row in any table that still names the user or something they owned."""
    found = []
    async with app.state.sessionmaker() as db:
        for table in Base.metadata.sorted_tables:
            for row in (await db.execute(select(table))).mappings():
                text = " ".join(str(v) for v in row.values())
                if any(marker in text for marker in owned.markers):
                    found.append(f"{table.name}: {text[:200]}")
                for column in ("user_id", "admin_id"):
                    if row.get(column) == owned.user_id:
                        found.append(f"{table.name}.{column}: {text[:200]}")
                payload = row.get("payload") if table.name == "jobs" else None
                if payload and payload.get("response_id") in owned.response_ids:
                    found.append(f"jobs: {payload}")
    return found
