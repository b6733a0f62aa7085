"""Real speech for tests: espeak-ng says a text into a WAV file; silence is made with PyAV."""

import subprocess
from pathlib import Path


def spoken_wav(text: str, path: Path, words_per_minute: int = 150) -> bytes:
    """A WAV of espeak-ng reading the text (American English)."""
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", str(words_per_minute), "-w", str(path), text],
        check=True,
        capture_output=True,
    )
    return path.read_bytes()


def silent_wav(seconds: float) -> bytes:
    """A 16 kHz mono WAV of silence."""
    import io
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\0\0" * int(16000 * seconds))
    return buffer.getvalue()


def spoken_wav_with_pause(first: str, second: str, pause_seconds: float, path: Path) -> bytes:
    """A WAV of espeak-ng reading two texts with a silence between them."""
    import wave

    spoken_wav(first, path.with_suffix(".0.wav"))
    spoken_wav(second, path.with_suffix(".1.wav"))
    with (
        wave.open(str(path.with_suffix(".0.wav"))) as one,
        wave.open(str(path.with_suffix(".1.wav"))) as two,
        wave.open(str(path), "wb") as out,
    ):
        out.setparams(one.getparams())
        out.writeframes(one.readframes(one.getnframes()))
        out.writeframes(b"\0" * one.getsampwidth() * int(one.getframerate() * pause_seconds))
        out.writeframes(two.readframes(two.getnframes()))
    return path.read_bytes()
