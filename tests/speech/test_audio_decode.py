"""Recordings in every format browsers make decode to 16 kHz mono; bad ones get a clear error."""

import io
import tracemalloc

import av
import numpy as np
import pytest

from mockinterview.speech.audio import SAMPLE_RATE, Audio, decode
from mockinterview.speech.errors import SpeechInputError
from tests.speech.media import FORMATS, encode


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_recording_format_decodes_to_16k_mono(name: str, sentences: list[Audio]) -> None:
    source = sentences[0]
    audio = decode(encode(source.samples, name))
    assert audio.sample_rate == SAMPLE_RATE and audio.samples.dtype == np.float32
    assert audio.samples.ndim == 1 and not audio.has_video
    assert abs(audio.duration_seconds - source.duration_seconds) < 0.06  # AAC adds ~0.03 s
    assert 0.1 < float(np.max(np.abs(audio.samples))) <= 1.0


@pytest.mark.parametrize("name", ["webm-opus", "mp4-aac"])
def test_the_sound_of_a_video_recording_decodes(name: str, sentences: list[Audio]) -> None:
    source = sentences[1]
    audio = decode(encode(source.samples, name, video=True))
    assert audio.has_video
    assert abs(audio.duration_seconds - source.duration_seconds) < 0.06


def test_webm_without_a_stated_length_is_measured_from_its_samples(
    sentences: list[Audio],
) -> None:
    data = encode(sentences[2].samples, "webm-opus", live=True)  # as Chromium's MediaRecorder
    with av.open(io.BytesIO(data)) as container:
        assert container.duration is None
    assert abs(decode(data).duration_seconds - sentences[2].duration_seconds) < 0.01


@pytest.mark.parametrize(
    "data",
    [
        b"hello, this is not a recording",
        b"%PDF-1.7\n1 0 obj << >> endobj\n",
        b"\x89PNG\r\n\x1a\n" + bytes(64),
        b"#EXTM3U\n#EXTINF:10,\nfile:///etc/passwd\n",
        bytes(range(256)) * 8,
    ],
    ids=["text", "pdf", "png", "playlist", "noise-bytes"],
)
def test_bytes_that_are_not_a_recording_are_refused(data: bytes) -> None:
    with pytest.raises(SpeechInputError) as refused:
        decode(data)
    assert refused.value.code == "unreadable"
    assert refused.value.message.startswith("We could not read this recording")


@pytest.mark.parametrize("name", ["webm-opus", "mp4-aac", "flac"])
@pytest.mark.parametrize("keep", [0.6, 0.01])
def test_a_cut_short_recording_is_refused(name: str, keep: float, sentences: list[Audio]) -> None:
    data = encode(sentences[3].samples, name)
    with pytest.raises(SpeechInputError) as refused:
        decode(data[: int(len(data) * keep)])
    assert refused.value.code == "unreadable"


def test_an_empty_upload_or_a_header_without_sound_is_refused(sentences: list[Audio]) -> None:
    wav = encode(sentences[0].samples, "wav")
    for data in (b"", wav[: wav.index(b"data") + 8]):
        with pytest.raises(SpeechInputError) as refused:
            decode(data)
        assert refused.value.code == "empty"


def test_a_recording_over_the_limit_is_refused_naming_its_length_and_the_limit(
    sentences: list[Audio],
) -> None:
    data = encode(sentences[4].samples, "webm-opus", live=True)
    seconds = round(sentences[4].duration_seconds)
    with pytest.raises(SpeechInputError) as refused:
        decode(data, max_seconds=5)
    assert refused.value.code == "too_long"
    assert f"is {seconds} s long" in refused.value.message
    assert "at most 5 s" in refused.value.message
    assert decode(data, max_seconds=seconds + 1).duration_seconds > 5


def _silent_flac(minutes: int) -> bytes:
    out = io.BytesIO()
    with av.open(out, "w", format="flac") as file:
        stream = file.add_stream("flac", rate=8000)
        stream.layout = "mono"
        minute = np.zeros((1, 8000 * 60), dtype=np.int16)
        for _ in range(minutes):
            frame = av.AudioFrame.from_ndarray(minute, format="s16", layout="mono")
            frame.sample_rate = 8000
            file.mux(stream.encode(frame))
        file.mux(stream.encode(None))
    return out.getvalue()


def test_a_small_file_that_decodes_to_hours_stops_at_the_limit() -> None:
    data = _silent_flac(minutes=20)  # about 200 kB that would decode to 77 MB
    tracemalloc.start()
    try:
        with pytest.raises(SpeechInputError) as refused:
            decode(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert refused.value.code == "too_long"
    assert "is 20 min long" in refused.value.message and "at most 5 min" in refused.value.message
    assert peak < 25_000_000  # five minutes of 16 kHz float32 is 19.2 MB
