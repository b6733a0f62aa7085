"""What the player shows of a recorded answer: timed words, and fillers and pauses to play."""

from mockinterview.interviews.models import SessionResponse
from mockinterview.recordings.models import Recording
from mockinterview.web.playback_view import playback_of

WORDS = [
    {"word": " So", "start": 0.0, "end": 0.3},
    {"word": " um", "start": 0.4, "end": 0.6},
    {"word": "", "start": 0.6, "end": 0.6},
    {"word": " I", "start": 3.4, "end": 3.5},
]
VOICE = {
    "fillers": [{"filler": "um", "start": 0.4, "end": 0.6}],
    "pauses": [{"start": 0.6, "end": 3.4, "seconds": 2.8}],
}


def _answer(text: str, kind: str = "audio") -> SessionResponse:
    answer = SessionResponse(
        response_text=text,
        raw_transcript="So um I",
        transcript_words=WORDS,
        voice_metrics=VOICE,
    )
    answer.recording = Recording(recording_uuid="rec-1", kind=kind)
    return answer


def test_words_and_moments_in_time_order() -> None:
    shown = playback_of(_answer("So um I"))
    assert shown is not None
    assert [w.text for w in shown.words] == ["So", "um", "I"]
    assert [(m.kind, m.label) for m in shown.moments] == [
        ("filler", "“um” at 0:00"),
        ("pause", "Pause of 2.8 s at 0:00"),
    ]
    assert shown.moments[0].at == 0.1 and shown.moments[1].at == 0.0  # heard from just before
    assert shown.url == "/api/recordings/rec-1" and not shown.corrected


def test_a_corrected_answer_and_a_video_and_a_typed_one() -> None:
    shown = playback_of(_answer("So I", kind="video"))
    assert shown is not None and shown.corrected and shown.kind == "video"
    assert playback_of(SessionResponse(response_text="typed")) is None
    assert playback_of(None) is None
