"""Recordings play back for their owner only, whole or by byte range, from files or the database."""

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from mockinterview.accounts.models import User
from mockinterview.config import Settings
from mockinterview.recordings.models import Recording, RecordingBlob
from mockinterview.recordings.ranges import RangeNotSatisfiable, byte_range
from mockinterview.recordings.repository import RecordingRepository
from mockinterview.recordings.service import RecordingService
from mockinterview.recordings.storage import DatabaseStore, FileStore, RecordingStore

AUDIO = bytes(range(256)) * 40  # 10,240 bytes standing in for an encoded recording


async def _saved(app: FastAPI, settings: Settings, account: dict[str, Any], store: str) -> str:
    async with app.state.sessionmaker() as db:
        user = await db.scalar(select(User).where(User.user_uuid == account["user_uuid"]))
        assert user is not None
        chosen: RecordingStore = (
            DatabaseStore(db)
            if store == "database"
            else FileStore(settings.data_dir / "recordings")
        )
        service = RecordingService(RecordingRepository(db), chosen)
        recording = await service.save(user, "audio", "audio/webm", AUDIO, 12.5)
        await db.commit()
        return recording.recording_uuid


@pytest.mark.parametrize("store", ["files", "database"])
async def test_owner_plays_whole_and_ranges_others_get_404(
    app: FastAPI,
    settings: Settings,
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
    store: str,
) -> None:
    app.state.settings = settings.model_copy(update={"recording_store": store})
    try:
        uuid = await _saved(app, settings, user, store)
        url = f"/api/recordings/{uuid}"
        whole = await client.get(url, headers=user["headers"])
        assert whole.status_code == 200 and whole.content == AUDIO
        assert whole.headers["content-type"] == "audio/webm"
        assert whole.headers["accept-ranges"] == "bytes"
        part = await client.get(url, headers={**user["headers"], "Range": "bytes=100-199"})
        assert part.status_code == 206 and part.content == AUDIO[100:200]
        assert part.headers["content-range"] == f"bytes 100-199/{len(AUDIO)}"
        tail = await client.get(url, headers={**user["headers"], "Range": "bytes=-10"})
        assert tail.status_code == 206 and tail.content == AUDIO[-10:]
        beyond = await client.get(url, headers={**user["headers"], "Range": "bytes=99999-"})
        assert beyond.status_code == 416
        assert beyond.headers["content-range"] == f"bytes */{len(AUDIO)}"
        assert (await client.get(url, headers=other_user["headers"])).status_code == 404
        assert (await client.get(url)).status_code == 401
        missing = await client.get("/api/recordings/not-a-recording", headers=user["headers"])
        assert missing.status_code == 404
    finally:
        app.state.settings = settings


async def test_deleting_recordings_removes_bytes_and_rows(
    app: FastAPI, settings: Settings, user: dict[str, Any]
) -> None:
    for store in ("files", "database"):
        uuid = await _saved(app, settings, user, store)
        async with app.state.sessionmaker() as db:
            chosen: RecordingStore = (
                DatabaseStore(db)
                if store == "database"
                else FileStore(settings.data_dir / "recordings")
            )
            recording = await db.scalar(select(Recording).where(Recording.recording_uuid == uuid))
            assert recording is not None
            path = chosen.path(recording) if isinstance(chosen, FileStore) else None
            await RecordingService(RecordingRepository(db), chosen).delete([recording])
            await db.commit()
            assert (
                await db.scalar(select(Recording).where(Recording.recording_uuid == uuid)) is None
            )
            assert (await db.scalars(select(RecordingBlob))).all() == []
            assert path is None or not path.exists()


def test_byte_ranges() -> None:
    assert byte_range(None, 100) is None
    assert byte_range("bytes=0-9", 100) == (0, 9)
    assert byte_range("bytes=90-", 100) == (90, 99)
    assert byte_range("bytes=-5", 100) == (95, 99)
    assert byte_range("bytes=50-500", 100) == (50, 99)
    assert byte_range("bytes=0-1,5-6", 100) is None
    assert byte_range("lines=1-2", 100) is None
    for bad in ("bytes=100-", "bytes=9-3", "bytes=-0"):
        with pytest.raises(RangeNotSatisfiable):
            byte_range(bad, 100)


async def test_recordings_past_the_retention_period_are_purged(
    app: FastAPI, settings: Settings, user: dict[str, Any]
) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from mockinterview.db import utcnow
    from mockinterview.recordings.retention import purge_old_recordings

    old = await _saved(app, settings, user, "files")
    recent = await _saved(app, settings, user, "files")
    async with app.state.sessionmaker() as db:
        await db.execute(
            update(Recording)
            .where(Recording.recording_uuid == old)
            .values(created_at=utcnow() - timedelta(days=40))
        )
        await db.commit()
    assert await purge_old_recordings(app.state.sessionmaker, settings) == 0
    kept_30_days = settings.model_copy(update={"recording_retention_days": 30})
    assert await purge_old_recordings(app.state.sessionmaker, kept_30_days) == 1
    async with app.state.sessionmaker() as db:
        left = (await db.scalars(select(Recording.recording_uuid))).all()
    assert left == [recent]
    assert not list((settings.data_dir / "recordings").rglob(f"{old}.rec"))
