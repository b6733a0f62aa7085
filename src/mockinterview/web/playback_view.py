"""What the pages need to play a spoken answer back: timed words and the moments worth hearing."""

from dataclasses import dataclass
from typing import Any

from mockinterview.interviews.models import SessionResponse

LEAD_IN_SECONDS = 1.0  # a pause is heard from just before it, so the silence has a context


@dataclass(frozen=True, slots=True)
class TimedWord:
    """One word of the transcript and when it is heard."""

    text: str
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Moment:
    """A filler or a long pause, and where playing it starts."""

    kind: str  # filler | pause
    label: str
    at: float


@dataclass(frozen=True, slots=True)
class Playback:
    """A recorded answer as the player shows it."""

    url: str
    kind: str  # audio | video
    words: list[TimedWord]
    moments: list[Moment]
    corrected: bool


def clock(seconds: float) -> str:
    """Seconds as m:ss."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _seconds(value: Any) -> float:
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return 0.0


def _moments(voice: dict[str, Any] | None) -> list[Moment]:
    if not voice:
        return []
    found = [
        Moment("filler", f"“{f.get('filler', '')}” at {clock(_seconds(f.get('start')))}", at)
        for f in voice.get("fillers") or []
        for at in [_seconds(f.get("start"))]
    ]
    found += [
        Moment(
            "pause",
            f"Pause of {_seconds(p.get('seconds')):.1f} s at {clock(_seconds(p.get('start')))}",
            _seconds(p.get("start")),
        )
        for p in voice.get("pauses") or []
    ]
    found.sort(key=lambda m: m.at)
    return [
        Moment(m.kind, m.label, max(0.0, m.at - (LEAD_IN_SECONDS if m.kind == "pause" else 0.3)))
        for m in found
    ]


def playback_of(answer: SessionResponse | None) -> Playback | None:
    """The player of a recorded answer, or None for a typed one."""
    if answer is None or answer.recording is None or answer.audio_url is None:
        return None
    words = [
        TimedWord(str(w.get("word", "")).strip(), _seconds(w.get("start")), _seconds(w.get("end")))
        for w in answer.transcript_words or []
        if str(w.get("word", "")).strip()
    ]
    raw = (answer.raw_transcript or "").strip()
    return Playback(
        url=answer.audio_url,
        kind=answer.recording.kind,
        words=words,
        moments=_moments(answer.voice_metrics),
        corrected=bool(raw) and raw != answer.response_text.strip(),
    )
