"""Speech work of live transcripts, run in the speech processes: the text of the latest audio."""

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the speech stack loads in the speech processes only
    import numpy as np

WINDOW_SECONDS = 20.0  # only the latest part of a long answer is transcribed again each time
SAMPLE_RATE = 16_000


def decoded_so_far(data: bytes) -> "np.ndarray":
    """16 kHz mono samples of as much of a growing recording as has arrived whole."""
    import av
    import numpy as np

    chunks: list[np.ndarray] = []
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    try:
        with av.open(io.BytesIO(data), "r", metadata_errors="ignore") as container:
            for packet in container.demux(container.streams.audio[0]):
                for frame in packet.decode():
                    chunks += [out.to_ndarray().reshape(-1) for out in resampler.resample(frame)]
    except (av.FFmpegError, ValueError, IndexError):
        pass  # the stream ends mid-packet: keep what came before
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


def partial_text(data: bytes, model: str) -> str:
    """What the latest WINDOW_SECONDS of a growing recording say ("" when nothing is clear yet)."""
    from mockinterview.speech.audio import Audio
    from mockinterview.speech.transcribe import transcribe

    samples = decoded_so_far(data)[-int(WINDOW_SECONDS * SAMPLE_RATE) :]
    if not len(samples):
        return ""
    return transcribe(Audio(samples=samples), model).text
