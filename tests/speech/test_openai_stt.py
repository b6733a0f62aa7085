"""The optional OpenAI-compatible provider, against a local fake of the endpoint."""

import re
import socket

import numpy as np
import pytest

from mockinterview.speech.audio import Audio, decode
from mockinterview.speech.errors import TranscriptionFailed
from mockinterview.speech.openai_stt import transcribe_openai
from tests.speech.fake_stt import FakeTranscriber, fake_transcriber

WORDS = [
    {"word": "Um", "start": 0.2, "end": 0.5},
    {"word": "I", "start": 0.6, "end": 0.7},
    {"word": "fixed", "start": 0.7, "end": 1.1},
    {"word": "it", "start": 1.1, "end": 1.3},
]
ANSWER = {"task": "transcribe", "duration": 2.0, "text": "Um, I fixed it.", "words": WORDS}


@pytest.fixture
def audio() -> Audio:
    """Two seconds of a quiet tone."""
    t = np.arange(32_000) / 16_000
    return Audio((0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))


def test_a_compatible_server_gives_a_transcript_with_word_times(audio: Audio) -> None:
    fake = FakeTranscriber(body=ANSWER)
    with fake_transcriber(fake) as url:
        transcript = transcribe_openai(audio, base_url=url, api_key="sk-test", model="whisper-x")
    assert transcript.text == "Um, I fixed it."
    assert [(w.word, w.start, w.end, w.probability) for w in transcript.words][:2] == [
        ("Um", 0.2, 0.5, None),
        ("I", 0.6, 0.7, None),
    ]
    assert transcript.duration_seconds == 2.0 and transcript.speech_seconds == pytest.approx(1.0)
    (upload,) = fake.uploads
    assert upload.path == "/v1/audio/transcriptions"
    assert upload.headers["authorization"] == "Bearer sk-test"
    assert upload.fields["model"] == "whisper-x"
    assert upload.fields["response_format"] == "verbose_json"
    assert upload.fields["timestamp_granularities[]"] == "word"
    assert upload.fields["language"] == "en" and "um" in upload.fields["prompt"]
    sent = decode(upload.file)
    assert upload.file_name.endswith(".wav") and sent.duration_seconds == 2.0
    assert np.max(np.abs(sent.samples - audio.samples)) < 1e-3


def test_no_words_means_an_empty_transcript(audio: Audio) -> None:
    with fake_transcriber(FakeTranscriber(body={"text": "You", "words": []})) as url:
        transcript = transcribe_openai(audio, base_url=url)
    assert transcript.text == "" and transcript.words == []


@pytest.mark.parametrize(
    ("fake", "message"),
    [
        (
            FakeTranscriber(status=401, body={"error": {"message": "Incorrect API key"}}),
            "refused the recording (HTTP 401): Incorrect API key",
        ),
        (FakeTranscriber(status=500, raw=b"upstream broke"), "failed (HTTP 500): upstream broke"),
        (FakeTranscriber(body={"text": "hello"}), "without word times"),
        (FakeTranscriber(raw=b"<html>not json</html>"), "could not read"),
        (
            FakeTranscriber(body={"text": "x", "words": [{"word": "x"}]}),
            "could not read",
        ),
        (FakeTranscriber(delay=2.0, body=ANSWER), "did not answer within 0.5 s"),
    ],
    ids=["refused", "server-error", "no-word-times", "not-json", "words-without-times", "slow"],
)
def test_provider_failures_become_one_clear_error(
    audio: Audio, fake: FakeTranscriber, message: str
) -> None:
    with (
        fake_transcriber(fake) as url,
        pytest.raises(TranscriptionFailed, match=re.escape(message)) as err,
    ):
        transcribe_openai(audio, base_url=url, api_key="k", timeout=0.5)
    assert err.value.status_code == 502


def test_an_unreachable_server_is_a_clear_error(audio: Audio) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TranscriptionFailed, match="could not be reached"):
        transcribe_openai(audio, base_url=f"http://127.0.0.1:{port}/v1")
