"""Live transcript readings: a recording cut off mid-stream is read as far as it goes."""

from mockinterview.live.work import WINDOW_SECONDS, decoded_so_far, partial_text
from mockinterview.speech.audio import Audio
from tests.speech.media import encode


def test_a_growing_webm_is_read_up_to_where_it_stops(sentences: list[Audio]) -> None:
    whole = encode(sentences[0].samples, "webm-opus", live=True)
    half = whole[: len(whole) // 2]
    samples = decoded_so_far(half)
    assert 0.3 < len(samples) / len(sentences[0].samples) < 0.7
    heard = partial_text(half, "tiny.en").lower()
    assert "service" in heard and "afternoon" not in heard, heard


def test_only_the_latest_window_is_read(long_answer: Audio) -> None:
    data = encode(long_answer.samples, "webm-opus", live=True)
    assert long_answer.duration_seconds > 2 * WINDOW_SECONDS
    heard = partial_text(data, "tiny.en").lower()
    assert "checkout" not in heard and heard  # the first answer is long past


def test_nothing_readable_yet_gives_no_text() -> None:
    assert partial_text(b"\x1aE\xdf\xa3", "tiny.en") == ""
