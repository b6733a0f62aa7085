"""A `mockinterview worker` killed in the middle of a transcription: the job still completes.

Run on both queues: the database queue (a lease runs out) and procrastinate on the suite's
PostgreSQL (a heartbeat stops); procrastinate is skipped on the SQLite pass only.
"""

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
from sqlalchemy import select, text

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.jobs.models import Job
from mockinterview.jobs.runner import JobRunner
from tests.interviews.test_sessions_api import API, start
from tests.jobs.broker import broker_url, forget_broker_jobs
from tests.speech_samples import spoken_wav
from tests.support import sign_up

LEASE_SECONDS = 3


def _worker(settings: Settings, queue: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "MOCKINTERVIEW_DATA_DIR": str(settings.data_dir),
        "MOCKINTERVIEW_DATABASE_URL": settings.resolved_database_url,
        "MOCKINTERVIEW_JOB_LEASE_SECONDS": str(LEASE_SECONDS),
        "MOCKINTERVIEW_JOB_QUEUE": queue,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "mockinterview", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


async def _job(app: FastAPI, queue: str) -> tuple[str, int, str] | None:
    """The newest job's status (running or done), attempts and worker, on either queue."""
    async with app.state.sessionmaker() as db:
        if queue == "database":
            job = await db.scalar(select(Job).order_by(Job.id.desc()))
            return (job.status, job.attempts, job.worker or "") if job else None
        row = (
            await db.execute(
                text(
                    "SELECT status, attempts, worker_id FROM procrastinate_jobs "
                    "ORDER BY id DESC LIMIT 1"
                )
            )
        ).first()
    if row is None:
        return None  # procrastinate deletes jobs that succeeded
    status = {"doing": "running", "succeeded": "done"}.get(row[0], row[0])
    return status, row[1], str(row[2])


@pytest.fixture
def only_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every job runner in this process (the suite's app, the browser tests' server) stands
    aside, so only the worker processes take jobs."""

    async def take_nothing(self: JobRunner) -> bool:
        return False

    monkeypatch.setattr(JobRunner, "run_one", take_nothing)


@pytest.fixture(params=["database", "procrastinate"])
async def queue(request: pytest.FixtureRequest, settings: Settings) -> Any:
    """Each queue in turn; procrastinate only where the run has PostgreSQL."""
    if request.param == "procrastinate":
        broker_url()
        yield request.param
        await forget_broker_jobs(settings.resolved_database_url)
        return
    yield request.param


@pytest.mark.usefixtures("only_worker_processes")
async def test_a_killed_worker_loses_no_recording(
    app: FastAPI, settings: Settings, tmp_path: Path, queue: str
) -> None:
    quiet = create_app(settings.model_copy(update={"job_workers": 0, "job_queue": queue}))
    async with quiet.router.lifespan_context(quiet):
        transport = httpx.ASGITransport(app=quiet, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            user: dict[str, Any] = await sign_up(client)
            session = await start(client, user)
            # Three different sentences: the same one three times makes whisper fall back to
            # sampling, and the words it then hears vary from run to run.
            said = (
                "I moved our nightly export to one scheduled job with retries and an alert. "
                "Failures dropped from three a week to none in the following quarter. "
                "Finance stopped reconciling the billing figures by hand after that."
            )
            sent = await client.post(
                f"{API}/sessions/{session['session_uuid']}/submit-response",
                headers=user["headers"],
                files={"audio": ("a.wav", spoken_wav(said, tmp_path / "a.wav"), "audio/wav")},
                data={"question_uuid": session["first_question"]["uuid"]},
            )
            assert sent.status_code == 200, sent.text

            first = _worker(settings, queue)
            try:
                for _ in range(600):
                    job = await _job(app, queue)
                    if job is not None and job[0] == "running":
                        break
                    await asyncio.sleep(0.05)
                else:
                    pytest.fail("the worker never took the job")
            finally:
                os.killpg(first.pid, signal.SIGKILL)
                first.wait()
            job = await _job(app, queue)
            assert job is not None and job[0] == "running"  # stopped mid-job
            killed_worker = job[2]

            second = _worker(settings, queue)
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
                # The transcript is committed before the job is marked done: wait for both.
                for _ in range(200):
                    job = await _job(app, queue)
                    if job is None or job[0] != "running":
                        break
                    await asyncio.sleep(0.05)
            finally:
                os.killpg(second.pid, signal.SIGTERM)
                second.wait(timeout=30)
            answer = view["responses"][0]
            assert answer["transcript_status"] == "ready", answer
            assert "export" in answer["response_text"].lower()
            job = await _job(app, queue)
            if queue == "database":
                assert (
                    job is not None and job[0] == "done" and job[1] >= 2 and job[2] != killed_worker
                )
            else:
                assert job is None  # run again by the second worker, succeeded and deleted
