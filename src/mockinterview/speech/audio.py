"""Decode what browsers record (webm, ogg, mp4, wav, mp3, flac) to 16 kHz mono samples."""

import io
from collections.abc import Iterator
from dataclasses import dataclass

import av
import numpy as np
from av.stream import Disposition

from mockinterview.speech.errors import SpeechInputError

SAMPLE_RATE = 16_000
MAX_SECONDS = 300.0

UNREADABLE = (
    "We could not read this recording: it is not a sound or video file we can open, or it is "
    "damaged. Please record the answer again."
)
NO_AUDIO = "This recording has no sound track. Check that the microphone is allowed and try again."
EMPTY = "This recording is empty: no sound was captured. Check the microphone and try again."
CUT_SHORT = (
    "We could not read all of this recording: it seems to have been cut short. Please record the "
    "answer again."
)
EXACT_LENGTH = {"flac", "mp4", "matroska"}  # headers that state the real length, when set
CUT_SHORT_SECONDS = 0.5


@dataclass(frozen=True, slots=True, eq=False)
class Audio:
    """Decoded sound: mono float32 samples in [-1, 1] at `sample_rate` (16 kHz)."""

    samples: np.ndarray
    has_video: bool = False
    sample_rate: int = SAMPLE_RATE

    @property
    def duration_seconds(self) -> float:
        """Length of the decoded sound in seconds."""
        return len(self.samples) / self.sample_rate


def container_of(head: bytes) -> str | None:
    """The demuxer for a file's first bytes, or None when it is not a format we accept."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "matroska"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"fLaC":
        return "flac"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head[:3] == b"ID3":
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "aac" if head[1] & 0x06 == 0 else "mp3"
    return None


def _clock(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def _too_long(length: float | None, limit: float) -> SpeechInputError:
    said = f"is {_clock(length)} long" if length else f"is longer than {_clock(limit)}"
    return SpeechInputError(
        "too_long",
        f"This recording {said}; an answer can be at most {_clock(limit)}. "
        "Please record a shorter answer.",
    )


def _end_seconds(packets: Iterator[av.Packet], reached: float) -> float:
    """Where the remaining packets end, read without decoding them."""
    end = reached
    for packet in packets:
        if packet.pts is not None and packet.time_base is not None:
            end = max(end, float((packet.pts + (packet.duration or 0)) * packet.time_base))
    return end


def decode(data: bytes, *, max_seconds: float = MAX_SECONDS) -> Audio:
    """Decode a recording to 16 kHz mono; stops decoding once it is longer than `max_seconds`."""
    if not data:
        raise SpeechInputError("empty", EMPTY)
    fmt = container_of(data[:16])
    if fmt is None:
        raise SpeechInputError("unreadable", UNREADABLE)
    limit = int(max_seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    try:
        with av.open(io.BytesIO(data), "r", format=fmt, metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise SpeechInputError("no_audio", NO_AUDIO)
            video = [
                s for s in container.streams.video if not s.disposition & Disposition.attached_pic
            ]
            stream = container.streams.audio[0]
            stated = container.duration if fmt in EXACT_LENGTH else None
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            packets = container.demux(stream)
            for packet in packets:
                for frame in packet.decode():
                    for out in resampler.resample(frame):
                        chunks.append(out.to_ndarray().reshape(-1))
                        total += out.samples
                if total > limit:
                    raise _too_long(_end_seconds(packets, total / SAMPLE_RATE), max_seconds)
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
                total += out.samples
    except (av.FFmpegError, ValueError, IndexError) as error:
        raise SpeechInputError("unreadable", UNREADABLE) from error
    if total > limit:
        raise _too_long(total / SAMPLE_RATE, max_seconds)
    if not total:
        raise SpeechInputError("empty", EMPTY)
    if stated and total / SAMPLE_RATE < stated / av.time_base - CUT_SHORT_SECONDS:
        raise SpeechInputError("unreadable", CUT_SHORT)
    samples = np.concatenate(chunks).astype(np.float32, copy=False)
    return Audio(samples=np.clip(samples, -1.0, 1.0), has_video=bool(video))
