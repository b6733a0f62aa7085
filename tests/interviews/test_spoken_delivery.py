"""A spoken answer's report carries delivery from the voice; a typed one beside it does not."""

from pathlib import Path
from typing import Any

import httpx

from tests.interviews.test_sessions_api import API, start
from tests.interviews.test_spoken_answers import _wait_for_transcript
from tests.speech_samples import paused_wav

BEFORE = "Last spring our checkout page failed under load, um, so I led the fix myself."
AFTER = (
    "Then I profiled the slow queries and added an index and a cache. Errors fell from four "
    "percent to almost zero that quarter."
)
TYPED = (
    "I would first talk to the two engineers, listen to both sides, and agree on what data "
    "would settle the question before we pick one design for the service."
)


async def test_the_report_of_a_spoken_answer_shows_pace_pauses_and_fillers_in_time(
    client: httpx.AsyncClient, user: dict[str, Any], tmp_path: Path
) -> None:
    wav = paused_wav(BEFORE, 4000, AFTER, tmp_path / "answer.wav")
    session = await start(client, user)
    url = f"{API}/sessions/{session['session_uuid']}/submit-response"
    first = session["first_question"]["uuid"]
    sent = await client.post(
        url,
        headers=user["headers"],
        files={"audio": ("answer.wav", wav, "audio/wav")},
        data={"question_uuid": first},
    )
    assert sent.status_code == 200, sent.text
    second = sent.json()["next_question"]["uuid"]
    typed = await client.post(
        url,
        headers=user["headers"],
        json={"question_uuid": second, "response_text": TYPED, "response_duration_seconds": 9},
    )
    assert typed.status_code == 200, typed.text
    await _wait_for_transcript(client, user, session["session_uuid"])

    done = await client.post(
        f"{API}/sessions/{session['session_uuid']}/complete", headers=user["headers"]
    )
    assert done.status_code == 200, done.text
    answers = {a["question_uuid"]: a for a in done.json()["metrics"]["coaching_report"]["answers"]}

    spoken = answers[first]["metrics"]
    voice = spoken["voice"]
    assert spoken["mode"] == "spoken" and voice is not None
    assert spoken["words_per_minute"] == voice["words_per_minute"]
    assert 100 < voice["words_per_minute"] < 220, voice
    assert voice["answer_seconds"] > voice["speaking_seconds"] + 2
    assert voice["pause_count"] == 1 and 2.5 < voice["longest_pause_seconds"] < 4.5
    (gap,) = voice["pauses"]
    assert 3.0 < gap["start"] < gap["end"] < voice["answer_seconds"]
    assert [f["filler"] for f in voice["fillers"]] == ["um"]
    assert 1.0 < voice["fillers"][0]["start"] < gap["start"]
    assert voice["vocal_variety"] in ("monotone", "some variety", "lively")

    written = answers[second]["metrics"]
    assert written["mode"] == "typed"
    assert written["voice"] is None and written["words_per_minute"] is None
