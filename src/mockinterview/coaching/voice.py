"""Delivery measured from the voice of a spoken answer, and how it is scored and explained."""

from typing import Literal

from pydantic import BaseModel

VocalVariety = Literal["monotone", "some variety", "lively"]
PACE_LOW, PACE_HIGH = 110, 170  # words a minute over speaking time judged comfortable
PAUSE_SHARE_OK = 0.1  # long silences up to this share of the answer cost nothing
VARIETY_SCORES: dict[str, float] = {"monotone": 0.6, "some variety": 0.85, "lively": 1.0}


class Pause(BaseModel):
    """A silence of more than two seconds between two words (seconds into the recording)."""

    start: float
    end: float
    seconds: float


class FillerAt(BaseModel):
    """One filler ("um", "you know", ...) of the raw transcript and when it was said."""

    filler: str
    start: float
    end: float


class VoiceMetrics(BaseModel):
    """How an answer was spoken; every figure comes from the recording and its word times."""

    answer_seconds: float
    speaking_seconds: float
    word_count: int
    words_per_minute: float | None
    pauses: list[Pause]
    pause_count: int
    longest_pause_seconds: float
    total_pause_seconds: float
    fillers: list[FillerAt]
    filler_count: int
    loudness_variation_db: float | None
    vocal_variety: VocalVariety | None


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def pace_score(wpm: float) -> float:
    """1 inside the comfortable band, falling off on either side."""
    if PACE_LOW <= wpm <= PACE_HIGH:
        return 1.0
    if wpm < PACE_LOW:
        return _clamp(1.0 - (PACE_LOW - wpm) / 60)
    return _clamp(1.0 - (wpm - PACE_HIGH) / 90)


def pause_score(voice: VoiceMetrics) -> float:
    """1 while long silences stay under a tenth of the answer; 0 when they are half of it."""
    if voice.answer_seconds <= 0:
        return 1.0
    share = voice.total_pause_seconds / voice.answer_seconds
    return _clamp(1.0 - max(0.0, share - PAUSE_SHARE_OK) / 0.4)


def clock(seconds: float) -> str:
    """A time into the recording as m:ss."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def pause_fix(voice: VoiceMetrics) -> str:
    """What to do about long silences, with where the longest one was."""
    longest = max(voice.pauses, key=lambda p: p.seconds)
    many = "1 silence" if voice.pause_count == 1 else f"{voice.pause_count} silences"
    return (
        f"Shorten the long silences: {many} over 2 s, the longest {longest.seconds:.1f} s at "
        f"{clock(longest.start)}. Take a breath, then carry on with the next step of the story."
    )


def variety_fix(voice: VoiceMetrics) -> str:
    """What to do about a level voice, with the measured spread."""
    return (
        f"Vary your voice: its loudness moved only {voice.loudness_variation_db or 0:.1f} dB "
        "from word to word. Stress the words that matter (the result, the number, your decision)."
    )


def steady_delivery(voice: VoiceMetrics) -> str | None:
    """Praise for a well-paced answer without long silences, or None."""
    wpm = voice.words_per_minute
    if wpm is None or not PACE_LOW <= wpm <= PACE_HIGH or voice.pause_count:
        return None
    return f"Steady pace: {wpm:.0f} words a minute, with no silence over 2 s."
