"""A spoken answer through procrastinate with the worker inside the app (PostgreSQL pass)."""

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mockinterview.app import create_app
from mockinterview.config import Settings
from tests.interviews.test_sessions_api import API, start
from tests.jobs.broker import broker_url, forget_broker_jobs
from tests.speech_samples import spoken_wav
from tests.support import sign_up


@pytest.fixture
def suite_runner_aside(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite's database-queue runner stands aside (it could not see these jobs anyway)."""

    async def take_nothing() -> bool:
        return False

    monkeypatch.setattr(app.state.job_queue, "run_one", take_nothing)


@pytest.mark.usefixtures("suite_runner_aside")
async def test_an_answer_deferred_before_its_commit_is_transcribed(
    settings: Settings, tmp_path: Path
) -> None:
    url = broker_url()
    brokered = create_app(settings.model_copy(update={"job_queue": "procrastinate"}))
    async with brokered.router.lifespan_context(brokered):
        transport = httpx.ASGITransport(app=brokered, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            user: dict[str, Any] = await sign_up(client)
            session = await start(client, user)
            said = "I rebuilt the nightly billing export with retries and an alert last spring."
            sent = await client.post(
                f"{API}/sessions/{session['session_uuid']}/submit-response",
                headers=user["headers"],
                files={"audio": ("a.wav", spoken_wav(said, tmp_path / "a.wav"), "audio/wav")},
                data={"question_uuid": session["first_question"]["uuid"]},
            )
            assert sent.status_code == 200, sent.text
            for _ in range(600):
                view = (
                    await client.get(
                        f"{API}/sessions/{session['session_uuid']}", headers=user["headers"]
                    )
                ).json()
                if view["responses"][0]["transcript_status"] != "pending":
                    break
                await asyncio.sleep(0.1)
    await forget_broker_jobs(url)
    answer = view["responses"][0]
    assert answer["transcript_status"] == "ready", answer
    # tiny.en under load may mishear some words ("a report" for "export"); any of them shows
    # the transcript is this recording's
    heard = set(answer["response_text"].lower().replace(",", " ").replace(".", " ").split())
    assert heard & {"nightly", "billing", "export", "retries", "alert", "spring"}, answer
