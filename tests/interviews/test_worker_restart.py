"""A `mockinterview worker` killed in the middle of a transcription: the job still completes."""

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.jobs.models import Job
from tests.interviews.test_sessions_api import API, start
from tests.speech_samples import spoken_wav
from tests.support import sign_up

LEASE_SECONDS = 3


def _worker(settings: Settings) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "MOCKINTERVIEW_DATA_DIR": str(settings.data_dir),
        "MOCKINTERVIEW_DATABASE_URL": settings.resolved_database_url,
        "MOCKINTERVIEW_JOB_LEASE_SECONDS": str(LEASE_SECONDS),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "mockinterview", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


async def _job(app: FastAPI) -> Job | None:
    async with app.state.sessionmaker() as db:
        return await db.scalar(select(Job).order_by(Job.id.desc()))


@pytest.fixture
def only_worker_processes(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite's in-process job runner stands aside, so only worker processes take jobs."""

    async def take_nothing() -> bool:
        return False

    monkeypatch.setattr(app.state.job_queue, "run_one", take_nothing)


@pytest.mark.usefixtures("only_worker_processes")
async def test_a_killed_worker_loses_no_recording(
    app: FastAPI, settings: Settings, tmp_path: Path
) -> None:
    quiet = create_app(settings.model_copy(update={"job_workers": 0}))
    async with quiet.router.lifespan_context(quiet):
        transport = httpx.ASGITransport(app=quiet, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            user: dict[str, Any] = await sign_up(client)
            session = await start(client, user)
            said = "I moved our nightly export to one scheduled job with retries and an alert. " * 3
            sent = await client.post(
                f"{API}/sessions/{session['session_uuid']}/submit-response",
                headers=user["headers"],
                files={"audio": ("a.wav", spoken_wav(said, tmp_path / "a.wav"), "audio/wav")},
                data={"question_uuid": session["first_question"]["uuid"]},
            )
            assert sent.status_code == 200, sent.text

            first = _worker(settings)
            try:
                for _ in range(600):
                    job = await _job(app)
                    if job is not None and job.status == "running":
                        break
                    await asyncio.sleep(0.05)
                else:
                    pytest.fail("the worker never took the job")
            finally:
                os.killpg(first.pid, signal.SIGKILL)
                first.wait()
            job = await _job(app)
            assert job is not None and job.status == "running"  # stopped mid-job
            killed_worker = job.worker

            second = _worker(settings)
            try:
                for _ in range(1200):
                    view = (
                        await client.get(
                            f"{API}/sessions/{session['session_uuid']}", headers=user["headers"]
                        )
                    ).json()
                    if view["responses"][0]["transcript_status"] != "pending":
                        break
                    await asyncio.sleep(0.1)
            finally:
                os.killpg(second.pid, signal.SIGTERM)
                second.wait(timeout=30)
            answer = view["responses"][0]
            assert answer["transcript_status"] == "ready", answer
            assert "export" in answer["response_text"].lower()
            job = await _job(app)
            assert job is not None and job.status == "done" and job.attempts == 2
            assert job.worker != killed_worker
