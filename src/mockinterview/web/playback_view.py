"""What the pages need to play a spoken answer back: timed words and the moments worth hearing."""

from dataclasses import dataclass
from typing import Any

from mockinterview.interviews.models import SessionResponse

# Moments play from a little before they start: a pause needs the words before it to be heard
# as a pause, and a filler is clearer with the sound leading into it.
PAUSE_LEAD_IN_SECONDS = 1.0
FILLER_LEAD_IN_SECONDS = 0.3


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
    """Fillers and long pauses in time order; a pause plays from a second before it."""
    if not voice:
        return []
    found: list[tuple[float, Moment]] = []
    for filler in voice.get("fillers") or []:
        at = _seconds(filler.get("start"))
        label = f"“{filler.get('filler', '')}” at {clock(at)}"
        found.append((at, Moment("filler", label, round(max(0.0, at - FILLER_LEAD_IN_SECONDS), 2))))
    for pause in voice.get("pauses") or []:
        at = _seconds(pause.get("start"))
        label = f"Pause of {_seconds(pause.get('seconds')):.1f} s at {clock(at)}"
        found.append((at, Moment("pause", label, round(max(0.0, at - PAUSE_LEAD_IN_SECONDS), 2))))
    return [moment for _, moment in sorted(found, key=lambda pair: pair[0])]


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
