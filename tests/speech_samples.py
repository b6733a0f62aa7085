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


def paused_wav(before: str, pause_ms: int, after: str, path: Path) -> bytes:
    """A WAV of espeak-ng reading two texts with a silence between them (SSML break)."""
    said = f'<speak>{before}<break time="{pause_ms}ms"/>{after}</speak>'
    subprocess.run(
        ["espeak-ng", "-m", "-v", "en-us", "-s", "150", "-w", str(path), said],
        check=True,
        capture_output=True,
    )
    return path.read_bytes()
