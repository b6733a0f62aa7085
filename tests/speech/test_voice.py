"""Delivery from the voice: long pauses, pace, fillers on the timeline and vocal variety."""

import json
from pathlib import Path

import numpy as np
import pytest

from mockinterview.speech.audio import Audio, decode
from mockinterview.speech.transcribe import transcribe
from mockinterview.speech.transcript import Transcript, Word, make_transcript
from mockinterview.speech.voice import timed_fillers, variety_band, voice_metrics
from tests.speech.spoken_set import SENTENCES, speak, trimmed

PAUSE_SECONDS = 2.5


@pytest.fixture(scope="session")
def paused_answer(sentences: list[Audio]) -> tuple[Audio, float]:
    """Two answers with exactly 2.5 s of silence between their sounds; where the silence starts."""
    first, second = trimmed(sentences[0].samples), trimmed(sentences[2].samples)
    silence = np.zeros(int(PAUSE_SECONDS * 16_000), dtype=np.float32)
    return Audio(np.concatenate([first, silence, second])), len(first) / 16_000


def test_an_inserted_pause_is_measured_where_it_was(paused_answer: tuple[Audio, float]) -> None:
    audio, silence_starts = paused_answer
    metrics = voice_metrics(transcribe(audio), audio)
    assert metrics.pause_count == 1
    pause = metrics.pauses[0]
    assert 2.0 <= pause.seconds <= 3.0
    assert abs(pause.start - silence_starts) < 0.5
    assert abs(pause.end - (silence_starts + PAUSE_SECONDS)) < 0.5
    assert metrics.longest_pause_seconds == metrics.total_pause_seconds == pause.seconds


def test_pace_is_over_speaking_time_so_a_long_pause_does_not_slow_it(
    paused_answer: tuple[Audio, float],
) -> None:
    audio, _ = paused_answer
    metrics = voice_metrics(transcribe(audio), audio)
    assert metrics.words_per_minute is not None
    spoken = metrics.words_per_minute * metrics.speaking_seconds / 60
    assert spoken == pytest.approx(metrics.word_count, abs=0.5)
    assert metrics.speaking_seconds < audio.duration_seconds - 2.0
    assert 120 < metrics.words_per_minute < 240  # espeak-ng at its "150" speed


def test_each_filler_is_placed_on_the_words_timeline(
    long_transcript: Transcript, long_answer: Audio
) -> None:
    metrics = voice_metrics(long_transcript, long_answer)
    assert metrics.filler_count == len(metrics.fillers) >= 7
    assert {f.filler for f in metrics.fillers} == {"um", "uh"}
    said = {
        (w.start, w.end)
        for w in long_transcript.words
        if w.word.lower().strip(",.") in {"um", "uh"}
    }
    assert all((f.start, f.end) in said for f in metrics.fillers)
    assert [f.start for f in metrics.fillers] == sorted(f.start for f in metrics.fillers)


def test_fillers_are_aligned_when_the_words_carry_no_punctuation() -> None:
    text = "So, um, I called the client. You know what, uh, it worked, like, really well."
    plain = [w.strip(",.").lower() for w in text.split()]
    words = [Word(word=w, start=i * 0.5, end=i * 0.5 + 0.4) for i, w in enumerate(plain)]
    found = timed_fillers(make_transcript(text, words, 10.0))
    assert [(f.filler, f.start, f.end) for f in found] == [
        ("um", 0.5, 0.9),
        ("uh", 4.5, 4.9),
        ("like", 6.0, 6.4),
    ]


def test_loudness_variation_tells_a_flat_reading_from_a_varied_one(speech_dir: Path) -> None:
    text = SENTENCES[4] + " " + SENTENCES[9]
    flat = decode(speak(text, speech_dir / "flat.wav"))
    phrases = text.split(", ")  # read alternately soft and loud (espeak-ng amplitude 40 / 200)
    varied = Audio(
        np.concatenate(
            [
                decode(speak(p, speech_dir / f"varied-{i}.wav", amplitude=(40, 200)[i % 2])).samples
                for i, p in enumerate(phrases)
            ]
        )
    )
    flat_metrics = voice_metrics(transcribe(flat), flat)
    varied_metrics = voice_metrics(transcribe(varied), varied)
    assert flat_metrics.vocal_variety == "monotone"
    assert varied_metrics.vocal_variety == "lively"
    assert flat_metrics.loudness_variation_db is not None
    assert varied_metrics.loudness_variation_db is not None
    assert varied_metrics.loudness_variation_db > flat_metrics.loudness_variation_db + 3


def test_variety_bands() -> None:
    assert [variety_band(x) for x in (None, 2.0, 4.0, 5.9, 6.0, 12.0)] == [
        None,
        "monotone",
        "some variety",
        "some variety",
        "lively",
        "lively",
    ]


def test_metrics_of_silence_are_empty_and_everything_is_json() -> None:
    audio = Audio(np.zeros(3 * 16_000, dtype=np.float32))
    metrics = voice_metrics(make_transcript("", [], audio.duration_seconds), audio)
    assert metrics.word_count == 0 and metrics.words_per_minute is None
    assert metrics.pauses == [] and metrics.fillers == [] and metrics.vocal_variety is None
    assert metrics.answer_seconds == 3.0
    restored = json.loads(json.dumps(metrics.model_dump()))
    assert restored["pause_count"] == 0 and restored["loudness_variation_db"] is None
