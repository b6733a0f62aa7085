"""Delivery from the voice in the coaching report: spoken answers only, with times as evidence."""

from typing import Any

from mockinterview.coaching.analysis import analyze
from mockinterview.coaching.report import answer_report
from mockinterview.coaching.schemas import AnswerInput
from mockinterview.coaching.voice import FillerAt, Pause, VoiceMetrics

ANSWER = (
    "Last spring our checkout page failed under load, so I led the fix. I profiled the slow "
    "queries, added an index and a cache, and rolled it out behind a flag. Errors fell from "
    "four percent to almost zero and sales rose that quarter."
)


def _voice(**changes: Any) -> VoiceMetrics:
    base: dict[str, Any] = {
        "answer_seconds": 30.0,
        "speaking_seconds": 20.0,
        "word_count": 45,
        "words_per_minute": 135.0,
        "pauses": [],
        "pause_count": 0,
        "longest_pause_seconds": 0.0,
        "total_pause_seconds": 0.0,
        "fillers": [],
        "filler_count": 0,
        "loudness_variation_db": 7.0,
        "vocal_variety": "lively",
    }
    return VoiceMetrics.model_validate(base | changes)


def _report(mode: str, voice: VoiceMetrics | None) -> Any:
    question = "Tell me about a time you fixed a production problem."
    answer = AnswerInput(
        question=question, answer=ANSWER, mode=mode, voice=voice, duration_seconds=30
    )  # type: ignore[arg-type]
    return answer_report(analyze(answer))


def test_typed_answers_are_never_judged_on_pace_or_voice() -> None:
    report = _report("typed", _voice(words_per_minute=260.0))
    assert report.metrics.words_per_minute is None and report.metrics.voice is None
    assert "pace" not in report.score_components


def test_a_spoken_answer_is_paced_over_speaking_time() -> None:
    report = _report("spoken", _voice(words_per_minute=135.0))
    assert report.metrics.words_per_minute == 135.0  # not 45 words over the 30 s recording
    assert report.metrics.voice is not None and report.metrics.voice.answer_seconds == 30.0
    assert any("Steady pace: 135 words a minute" in w for w in report.feedback.worked)


def test_long_silences_lower_delivery_and_the_fix_says_when() -> None:
    pauses = [Pause(start=4.0, end=9.5, seconds=5.5), Pause(start=14.0, end=18.0, seconds=4.0)]
    calm = _report("spoken", _voice())
    halting = _report(
        "spoken",
        _voice(pauses=pauses, pause_count=2, longest_pause_seconds=5.5, total_pause_seconds=9.5),
    )
    assert halting.score_components["delivery"] < calm.score_components["delivery"]
    assert halting.metrics.voice is not None and halting.metrics.voice.pauses[0].start == 4.0


def test_fillers_come_from_the_raw_transcript_with_their_times() -> None:
    said = [FillerAt(filler="um", start=t, end=t + 0.3) for t in (1.0, 3.5, 6.0, 8.0, 11.0)]
    report = _report("spoken", _voice(fillers=said, filler_count=5))
    assert report.metrics.filler_count == 5 and report.metrics.fillers_found == {"um": 5}
    assert [f.start for f in report.metrics.voice.fillers][:2] == [1.0, 3.5]  # type: ignore[union-attr]


def test_a_monotone_voice_is_named_with_its_measure() -> None:
    from mockinterview.coaching.voice import variety_fix

    flat = _voice(loudness_variation_db=2.1, vocal_variety="monotone")
    report = _report("spoken", flat)
    assert (
        report.score_components["delivery"]
        < _report("spoken", _voice()).score_components["delivery"]
    )
    assert "2.1 dB" in variety_fix(flat)
