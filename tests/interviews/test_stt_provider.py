"""MOCKINTERVIEW_STT_PROVIDER=openai: spoken answers go to an OpenAI-compatible service."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.speech.choice import SttChoice
from tests.interviews.test_sessions_api import API, start
from tests.speech.fake_stt import FakeTranscriber, fake_transcriber
from tests.speech_samples import spoken_wav
from tests.support import sign_up

HEARD = "Um, I rebuilt the billing export with retries and an alert so the failures stopped."
WORDS = [
    {"word": w, "start": round(0.3 + 0.4 * i, 2), "end": round(0.6 + 0.4 * i, 2)}
    for i, w in enumerate(HEARD.replace(",", "").replace(".", "").split())
]


def test_the_default_keeps_audio_on_this_machine() -> None:
    choice = SttChoice.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert choice.provider == "offline" and choice.model == "tiny.en"


def test_the_key_never_shows_in_logs() -> None:
    settings = Settings(stt_provider="openai", stt_api_key="sk-secret")
    assert "sk-secret" not in repr(SttChoice.from_settings(settings))


@pytest.fixture
def only_this_test_runs_jobs(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite's in-process runner stands aside; the test runs the job itself."""

    async def take_nothing() -> bool:
        return False

    monkeypatch.setattr(app.state.job_queue, "run_one", take_nothing)


async def _provider_app(settings: Settings, url: str) -> AsyncIterator[httpx.AsyncClient]:
    chosen = settings.model_copy(
        update={
            "job_workers": 0,
            "stt_provider": "openai",
            "stt_base_url": url,
            "stt_api_key": "sk-test",
            "stt_provider_model": "whisper-large-x",
            "stt_timeout_seconds": 5.0,
        }
    )
    app = create_app(chosen)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            client.app = app  # type: ignore[attr-defined]
            yield client


async def _answer(client: httpx.AsyncClient, tmp_path: Path) -> tuple[dict[str, Any], str]:
    user = await sign_up(client)
    session = await start(client, user)
    said = "I rebuilt the billing export with retries and an alert so the failures stopped."
    sent = await client.post(
        f"{API}/sessions/{session['session_uuid']}/submit-response",
        headers=user["headers"],
        files={"audio": ("a.wav", spoken_wav(said, tmp_path / "a.wav"), "audio/wav")},
        data={"question_uuid": session["first_question"]["uuid"]},
    )
    assert sent.status_code == 200, sent.text
    assert sent.json()["response"]["transcript_status"] == "pending"
    return user, session["session_uuid"]


@pytest.mark.usefixtures("only_this_test_runs_jobs")
async def test_the_provider_transcribes_a_spoken_answer(settings: Settings, tmp_path: Path) -> None:
    fake = FakeTranscriber(body={"text": HEARD, "words": WORDS})
    with fake_transcriber(fake) as url:
        async for client in _provider_app(settings, url):
            user, session_uuid = await _answer(client, tmp_path)
            assert await client.app.state.job_queue.run_one() is True  # type: ignore[attr-defined]
            view = await client.get(f"{API}/sessions/{session_uuid}", headers=user["headers"])
    answer = view.json()["responses"][0]
    assert answer["transcript_status"] == "ready", answer
    assert answer["raw_transcript"] == HEARD and answer["response_text"] == HEARD
    assert [w["word"] for w in answer["transcript_words"]][:2] == ["Um", "I"]
    assert answer["voice_metrics"]["filler_count"] == 1
    (upload,) = fake.uploads
    assert upload.headers["authorization"] == "Bearer sk-test"
    assert upload.fields["model"] == "whisper-large-x"
    assert upload.file_name.endswith(".wav") and len(upload.file) > 10_000


@pytest.mark.usefixtures("only_this_test_runs_jobs")
async def test_a_provider_that_keeps_failing_leaves_a_clear_failed_answer(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockinterview.jobs import queue

    monkeypatch.setattr(queue, "MAX_ATTEMPTS", 1)
    fake = FakeTranscriber(status=503, body={"error": {"message": "overloaded"}})
    with fake_transcriber(fake) as url:
        async for client in _provider_app(settings, url):
            user, session_uuid = await _answer(client, tmp_path)
            assert await client.app.state.job_queue.run_one() is True  # type: ignore[attr-defined]
            view = await client.get(f"{API}/sessions/{session_uuid}", headers=user["headers"])
    answer = view.json()["responses"][0]
    assert answer["transcript_status"] == "failed"
    assert "could not transcribe" in answer["transcript_error"]
    assert len(fake.uploads) == 1
