"""Seed 000's API takes spoken answers too: recording, transcript, correction, report."""

import asyncio
from typing import Any

import httpx
import pytest

from tests.speech_samples import silent_wav, spoken_wav
from tests.support_files import ready_interview

URL = "/api/mock-interviews"
SAID = (
    "At Northwind I moved the billing service to AWS, um, and planned the cut-over myself. "
    "We cut hosting costs by a third and had no downtime during the move."
)


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A recorded answer of about ten seconds."""
    return spoken_wav(SAID, tmp_path_factory.mktemp("speech") / "answer.wav")


def _form(data: bytes, question_uuid: str) -> dict[str, Any]:
    return {
        "files": {"audio": ("answer.wav", data, "audio/wav")},
        "data": {"question_uuid": question_uuid, "response_duration_seconds": "20"},
    }


async def _started(client: httpx.AsyncClient, user: dict[str, Any]) -> tuple[str, str]:
    interview = await ready_interview(client, user)
    started = await client.post(f"{URL}/{interview['id']}/start-session", headers=user["headers"])
    assert started.status_code == 200, started.text
    return interview["id"], interview["questions"][0]["uuid"]


async def _transcribed(client: httpx.AsyncClient, user: dict[str, Any], iid: str) -> Any:
    for _ in range(600):
        view = (await client.get(f"{URL}/{iid}", headers=user["headers"])).json()
        if all(e["transcript_status"] != "pending" for e in view["session_data"]["transcript"]):
            return view
        await asyncio.sleep(0.1)
    raise AssertionError("the transcript never arrived")


async def test_a_spoken_answer_is_transcribed_corrected_and_reported(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any], spoken: bytes
) -> None:
    h = user["headers"]
    iid, first = await _started(client, user)
    sent = await client.post(f"{URL}/{iid}/spoken-response", headers=h, **_form(spoken, first))
    assert sent.status_code == 200, sent.text
    (entry,) = sent.json()["session_data"]["transcript"]
    assert entry["answer_mode"] == "spoken" and entry["recording_type"] == "audio"
    assert entry["transcript_status"] in ("pending", "ready") and entry["recording_duration"] > 6
    assert sent.json()["session_data"]["current_question_index"] == 1

    view = await _transcribed(client, user, iid)
    (entry,) = view["session_data"]["transcript"]
    assert entry["transcript_status"] == "ready", entry
    assert "billing" in entry["answer"].lower() and entry["raw_transcript"] == entry["answer"]
    assert entry["transcript_words"] and entry["voice_metrics"]["words_per_minute"] > 60
    played = await client.get(entry["audio_url"], headers=h)
    assert played.status_code == 200 and played.content == spoken
    assert (await client.get(entry["audio_url"], headers=other_user["headers"])).status_code == 404

    fixed = "At Northwind I moved the billing service to AWS and planned the cut-over myself."
    path = f"{URL}/{iid}/responses/{first}/transcript"
    stranger = await client.put(path, json={"response_text": fixed}, headers=other_user["headers"])
    assert stranger.status_code == 404
    corrected = await client.put(path, json={"response_text": fixed}, headers=h)
    assert corrected.status_code == 200, corrected.text
    (entry,) = corrected.json()["session_data"]["transcript"]
    assert entry["answer"] == fixed and "um" in entry["raw_transcript"].lower()

    ended = await client.post(f"{URL}/{iid}/end-session", headers=h)
    assert ended.status_code == 200, ended.text
    report = (await client.get(f"{URL}/{iid}/report", headers=h)).json()
    (answer,) = report["analysis"]["report"]["answers"]
    voice = answer["metrics"]["voice"]
    assert voice["fillers"] and voice["fillers"][0]["filler"] == "um"  # from the raw transcript


async def test_bad_recordings_and_wrong_states_are_refused(
    client: httpx.AsyncClient, user: dict[str, Any], spoken: bytes
) -> None:
    h = user["headers"]
    interview = await ready_interview(client, user)
    iid = interview["id"]
    first = interview["questions"][0]["uuid"]
    early = await client.post(f"{URL}/{iid}/spoken-response", headers=h, **_form(spoken, first))
    assert early.status_code == 409
    await client.post(f"{URL}/{iid}/start-session", headers=h)
    quiet = await client.post(
        f"{URL}/{iid}/spoken-response", headers=h, **_form(silent_wav(3), first)
    )
    assert quiet.status_code == 422 and quiet.json()["detail"][0]["loc"][-1] == "audio"
    missing = await client.post(
        f"{URL}/{iid}/spoken-response", headers=h, data={"question_uuid": first}
    )
    assert missing.status_code == 422
    view = (await client.get(f"{URL}/{iid}", headers=h)).json()
    assert view["session_data"]["transcript"] == []
