"""Real processes: readiness follows a `mockinterview worker`'s heartbeat; `serve --workers 2`
adds up both processes' metrics and writes JSON log lines."""

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import delete

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.ops.models import WorkerHeartbeat
from tests.accounts.smtp_server import free_port


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "MOCKINTERVIEW_DATA_DIR": str(settings.data_dir),
        "MOCKINTERVIEW_DATABASE_URL": settings.resolved_database_url,
        "MOCKINTERVIEW_SECRET_KEY": "test-secret-key",
        **extra,
    }


@pytest.fixture
async def no_suite_heartbeats(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite's in-process runner stops writing heartbeats, so only the worker's count."""

    async def silent(*_: object) -> None:
        return None

    monkeypatch.setattr("mockinterview.ops.heartbeat.beat_once", silent)
    async with app.state.sessionmaker() as db:
        await db.execute(delete(WorkerHeartbeat))
        await db.commit()


async def _ready(client: httpx.AsyncClient) -> bool:
    return (await client.get("/readyz")).status_code == 200


@pytest.mark.usefixtures("no_suite_heartbeats")
async def test_readiness_follows_a_worker_process(settings: Settings) -> None:
    quiet = create_app(
        settings.model_copy(update={"job_workers": 0, "worker_heartbeat_seconds": 1})
    )
    async with quiet.router.lifespan_context(quiet):
        transport = httpx.ASGITransport(app=quiet)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            assert not await _ready(client)
            worker = subprocess.Popen(
                [sys.executable, "-m", "mockinterview", "worker"],
                env=_env(settings, MOCKINTERVIEW_WORKER_HEARTBEAT_SECONDS="1"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                for _ in range(120):
                    if await _ready(client):
                        break
                    await asyncio.sleep(0.5)
                else:
                    raise AssertionError("the worker never reported")
            finally:
                worker.kill()
                worker.wait(timeout=10)
            for _ in range(40):  # a killed worker cannot say goodbye: its heartbeat goes stale
                if not await _ready(client):
                    break
                await asyncio.sleep(0.5)
            else:
                raise AssertionError("readiness did not notice the dead worker")


@pytest.fixture
def served(settings: Settings, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`mockinterview serve --workers 2` on a free port; its address and its log file."""
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "mockinterview", "serve", "--port", str(port), "--workers", "2"],
            env=_env(settings, MOCKINTERVIEW_JOB_WORKERS="0"),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=10).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise AssertionError(log.read_text()[-2000:])
        yield base, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def _healthz_count(text: str) -> float:
    pattern = (
        r'mockinterview_http_requests_total\{method="GET",route="/healthz",status="200"\} (\S+)'
    )
    match = re.search(pattern, text)
    return float(match.group(1)) if match else 0.0


@pytest.mark.skipif(sys.platform != "linux", reason="uvicorn workers share one port on Linux")
def test_metrics_add_up_across_worker_processes_and_logs_are_json(
    served: tuple[str, Path],
) -> None:
    base, log = served
    time.sleep(1)  # a start-up probe the client gave up on may still be answered
    before = _healthz_count(httpx.get(f"{base}/metrics").text)
    for index in range(40):
        with httpx.Client() as fresh:  # a new connection each time, so both processes answer
            answer = fresh.get(f"{base}/healthz", headers={"X-Request-ID": f"probe-{index}"})
            assert answer.headers["X-Request-ID"] == f"probe-{index}"
    scrapes = [_healthz_count(httpx.get(f"{base}/metrics").text) for _ in range(4)]
    assert scrapes == [before + 40] * 4
    time.sleep(0.5)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    access = [line for line in lines if line.get("logger") == "mockinterview.access"]
    probes = [line for line in access if str(line.get("request_id", "")).startswith("probe-")]
    assert len(probes) == 40 and all(line["route"] == "/healthz" for line in probes)
    assert all(isinstance(line["duration_ms"], float) and line["status"] == 200 for line in probes)
