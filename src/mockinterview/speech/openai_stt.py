"""Transcription by an OpenAI-compatible /audio/transcriptions endpoint (optional: audio leaves)."""

import io
import wave
from typing import Any

import httpx
import numpy as np

from mockinterview.speech.audio import Audio
from mockinterview.speech.errors import TranscriptionFailed
from mockinterview.speech.transcript import FILLER_PROMPT, Transcript, Word, make_transcript

DEFAULT_MODEL = "whisper-1"
DEFAULT_TIMEOUT_SECONDS = 120.0
DETAIL_LIMIT = 300


def wav_bytes(audio: Audio) -> bytes:
    """The audio as a 16-bit PCM mono WAV file."""
    pcm = (np.clip(audio.samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(audio.sample_rate)
        file.writeframes(pcm)
    return out.getvalue()


def _refusal(response: httpx.Response) -> TranscriptionFailed:
    try:
        detail = str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        detail = response.text
    what = "refused the recording" if response.status_code < 500 else "failed"
    return TranscriptionFailed(
        f"The transcription service {what} (HTTP {response.status_code}): {detail[:DETAIL_LIMIT]}"
    )


def _words(body: Any) -> list[Word]:
    if not isinstance(body, dict) or not isinstance(body.get("words"), list):
        raise TranscriptionFailed(
            "The transcription service answered without word times; it must support "
            "response_format=verbose_json with timestamp_granularities[]=word."
        )
    return [
        Word(word=str(w["word"]).strip(), start=float(w["start"]), end=float(w["end"]))
        for w in body["words"]
    ]


def transcribe_openai(
    audio: Audio,
    *,
    base_url: str,
    api_key: str | None = None,
    model: str = DEFAULT_MODEL,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> Transcript:
    """Send the audio to `base_url`/audio/transcriptions and read words with times back."""
    url = base_url.rstrip("/") + "/audio/transcriptions"
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    form = {
        "model": model,
        "language": "en",
        "prompt": FILLER_PROMPT,
        "response_format": "verbose_json",
        "timestamp_granularities[]": "word",
    }
    files = {"file": ("answer.wav", wav_bytes(audio), "audio/wav")}
    try:
        response = httpx.post(url, data=form, files=files, headers=headers, timeout=timeout)
    except httpx.TimeoutException as error:
        raise TranscriptionFailed(
            f"The transcription service did not answer within {timeout:g} s."
        ) from error
    except httpx.HTTPError as error:
        raise TranscriptionFailed(
            f"The transcription service at {url} could not be reached."
        ) from error
    if response.status_code >= 400:
        raise _refusal(response)
    try:
        body = response.json()
        words = _words(body)
    except (ValueError, KeyError, TypeError) as error:
        raise TranscriptionFailed(
            "The transcription service gave an answer we could not read."
        ) from error
    return make_transcript(str(body.get("text") or ""), words, audio.duration_seconds)
