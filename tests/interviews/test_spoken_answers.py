"""Spoken answers end to end: a real recording, the real model, transcripts, corrections."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.interviews.spoken import TRANSCRIBE_JOB
from mockinterview.recordings.models import Recording
from tests.interviews.test_sessions_api import API, start
from tests.speech_samples import silent_wav, spoken_wav
from tests.support import sign_up

SAID = (
    "In my last job I rebuilt the nightly billing export, um, because it failed twice a week. "
    "I moved it to one scheduled job with retries and an alert, and the failures stopped."
)


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A recorded answer of about twelve seconds."""
    return spoken_wav(SAID, tmp_path_factory.mktemp("speech") / "answer.wav")


def _form(data: bytes, question_uuid: str, field: str = "audio") -> dict[str, Any]:
    return {
        "files": {field: ("answer.wav", data, "audio/wav")},
        "data": {"question_uuid": question_uuid, "response_duration_seconds": "25"},
    }


async def _wait_for_transcript(
    client: httpx.AsyncClient, user: dict[str, Any], session_uuid: str
) -> dict[str, Any]:
    for _ in range(600):
        view = (await client.get(f"{API}/sessions/{session_uuid}", headers=user["headers"])).json()
        if all(r["transcript_status"] != "pending" for r in view["responses"]):
            return view
        await asyncio.sleep(0.1)
    raise AssertionError("the transcript never arrived")


async def test_a_recorded_answer_is_stored_at_once_then_transcribed(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any], spoken: bytes
) -> None:
    session = await start(client, user)
    first = session["first_question"]["uuid"]
    url = f"{API}/sessions/{session['session_uuid']}/submit-response"
    sent = await client.post(url, headers=user["headers"], **_form(spoken, first))
    assert sent.status_code == 200, sent.text
    body = sent.json()
    answer = body["response"]
    assert answer["answer_mode"] == "spoken" and answer["recording_type"] == "audio"
    assert answer["transcript_status"] in ("pending", "ready")
    assert 8 < answer["recording_duration"] < 20
    assert body["next_question"]["question_number"] == 2
    again = await client.post(url, headers=user["headers"], **_form(spoken, first))
    assert again.status_code == 200 and again.json()["duplicate"] is True

    view = await _wait_for_transcript(client, user, session["session_uuid"])
    stored = view["responses"][0]
    assert stored["transcript_status"] == "ready", stored
    heard = stored["response_text"].lower()
    keywords = ("billing", "export", "retries", "alert", "failures", "scheduled")
    assert sum(word in heard for word in keywords) >= 4, heard
    assert stored["raw_transcript"] == stored["response_text"]
    assert stored["word_count"] >= 20
    words = stored["transcript_words"]
    assert words and all(w["start"] <= w["end"] for w in words)
    assert stored["voice_metrics"]["words_per_minute"] > 60
    typed_again = await client.post(
        url, headers=user["headers"], json={"response_text": SAID, "question_uuid": first}
    )
    assert typed_again.status_code == 200 and typed_again.json()["duplicate"] is True
    repeated = typed_again.json()["response"]
    assert repeated["audio_url"] == stored["audio_url"] and repeated["recording_type"] == "audio"
    assert repeated["recording_duration"] == stored["recording_duration"]
    assert repeated["transcript_words"] == words

    audio = await client.get(stored["audio_url"], headers=user["headers"])
    assert audio.status_code == 200 and audio.content == spoken
    assert audio.headers["content-type"] == "audio/wav"
    assert (await client.get(stored["audio_url"], headers=other_user["headers"])).status_code == 404

    fixed = " ".join(["In my last job I rebuilt the nightly billing export myself."] * 2)
    path = f"{API}/sessions/{session['session_uuid']}/responses/{first}/transcript"
    corrected = await client.put(path, json={"response_text": fixed}, headers=user["headers"])
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["response_text"] == fixed
    assert corrected.json()["raw_transcript"] == stored["raw_transcript"]
    short = await client.put(path, json={"response_text": "too short"}, headers=user["headers"])
    assert short.status_code == 422


async def test_silence_and_non_audio_are_refused_and_nothing_is_stored(
    client: httpx.AsyncClient, app: FastAPI, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    first = session["first_question"]["uuid"]
    url = f"{API}/sessions/{session['session_uuid']}/submit-response"
    quiet = await client.post(url, headers=user["headers"], **_form(silent_wav(4), first))
    assert quiet.status_code == 422, quiet.text
    assert quiet.json()["detail"][0]["loc"][-1] == "audio"
    assert "no speech" in quiet.json()["detail"][0]["msg"].lower()
    junk = await client.post(url, headers=user["headers"], **_form(b"not audio at all" * 50, first))
    assert junk.status_code == 422 and junk.json()["detail"][0]["loc"][-1] == "audio"
    missing = await client.post(url, headers=user["headers"], data={"question_uuid": first})
    assert missing.status_code == 422
    view = await client.get(f"{API}/sessions/{session['session_uuid']}", headers=user["headers"])
    assert view.json()["responses"] == [] and view.json()["current_question_index"] == 0
    async with app.state.sessionmaker() as db:
        assert await db.scalar(select(func.count(Recording.id))) == 0


@pytest.fixture
async def app_without_workers(
    app: FastAPI, settings: Settings
) -> AsyncIterator[Callable[[], Awaitable[httpx.AsyncClient]]]:
    """An app whose jobs wait until a test runs them (no workers in the process)."""
    quiet = create_app(settings.model_copy(update={"job_workers": 0}))
    lifespan = quiet.router.lifespan_context(quiet)
    await lifespan.__aenter__()
    transport = httpx.ASGITransport(app=quiet, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        client.app = quiet  # type: ignore[attr-defined]

        async def make() -> httpx.AsyncClient:
            return client

        yield make
    await lifespan.__aexit__(None, None, None)


async def _pending_spoken_answer(
    client: httpx.AsyncClient, spoken: bytes
) -> tuple[dict[str, Any], str]:
    """A new candidate's interview with one recorded answer not yet transcribed."""
    user = await sign_up(client)
    session = await start(client, user)
    url = f"{API}/sessions/{session['session_uuid']}/submit-response"
    sent = await client.post(
        url, headers=user["headers"], **_form(spoken, session["first_question"]["uuid"])
    )
    assert sent.json()["response"]["transcript_status"] == "pending"
    return user, session["session_uuid"]


async def test_complete_waits_for_transcripts(
    app_without_workers: Callable[[], Awaitable[httpx.AsyncClient]], spoken: bytes
) -> None:
    client = await app_without_workers()
    quiet: FastAPI = client.app  # type: ignore[attr-defined]
    user, session_uuid = await _pending_spoken_answer(client, spoken)
    done = f"{API}/sessions/{session_uuid}/complete"
    waiting = await client.post(done, headers=user["headers"])
    assert waiting.status_code == 409 and "being transcribed" in waiting.json()["detail"]
    # this app runs the job, unless the test app's worker on the same database took it first
    await quiet.state.job_queue.run_one()
    await _wait_for_transcript(client, user, session_uuid)
    completed = await client.post(done, headers=user["headers"])
    assert completed.status_code == 200, completed.text
    answers = completed.json()["metrics"]["coaching_report"]["answers"]
    assert answers and answers[0]["coaching_score"] > 0


async def test_a_transcript_is_written_only_to_the_answer_whose_recording_it_is(
    app_without_workers: Callable[[], Awaitable[httpx.AsyncClient]], spoken: bytes
) -> None:
    client = await app_without_workers()
    quiet: FastAPI = client.app  # type: ignore[attr-defined]
    user, session_uuid = await _pending_spoken_answer(client, spoken)
    async with quiet.state.sessionmaker() as db:
        answer_id = await db.scalar(select(Recording.response_id))
    transcriber = quiet.state.job_queue.handlers[TRANSCRIBE_JOB]
    heard = {"text": "a transcript of some other recording " * 3, "words": [], "voice": None}
    # as if this answer's id had been reused after another answer was deleted mid-transcription
    await transcriber.store(answer_id, "another-recording", heard)
    view = await client.get(f"{API}/sessions/{session_uuid}", headers=user["headers"])
    assert view.json()["responses"][0]["transcript_status"] == "pending"
