"""Questions read aloud by the server's voice (piper, installed by `make test`), cached per text."""

import io
import wave
from typing import Any

import httpx

from mockinterview.config import Settings
from mockinterview.readaloud.service import ReadAloudService
from mockinterview.readaloud.voice import available
from tests.interviews.test_sessions_api import start

SPEECH = "/api/read-aloud/sessions/{}/questions/{}"


async def test_the_owner_hears_each_question_made_once_and_cached(
    client: httpx.AsyncClient,
    settings: Settings,
    user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    assert available(), "make test installs the optional voice extra"
    session = await start(client, user)
    question = session["questions"][0]
    url = SPEECH.format(session["session_uuid"], question["question_uuid"])

    first = await client.get(url, headers=user["headers"])
    assert first.status_code == 200 and first.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(first.content)) as spoken:
        seconds = spoken.getnframes() / spoken.getframerate()
    assert seconds > len(question["prompt"].split()) * 0.2  # a real reading, not a blip
    cached = ReadAloudService(settings.data_dir / "speech-cache").cached_path(question["prompt"])
    assert cached.read_bytes() == first.content
    again = await client.get(url, headers=user["headers"])
    assert again.content == first.content

    other = await client.get(url, headers=other_user["headers"])
    assert other.status_code == 404
    unknown = SPEECH.format(session["session_uuid"], "not-a-question")
    assert (await client.get(unknown, headers=user["headers"])).status_code == 404
    assert (await client.get(url)).status_code == 401
