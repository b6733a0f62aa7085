"""Speech work run in the speech processes: check an upload, transcribe a recording.

Plain functions of bytes and numbers, so they cross the process boundary cheaply; the Whisper
model loads once per speech process.
"""

from typing import Any

from mockinterview.speech.audio import SpeechInputError, decode

# What browsers and recorders send, by the container PyAV finds (the declared type is not trusted).
MEDIA_TYPES = {
    "webm": ("audio/webm", "video/webm"),
    "matroska": ("audio/webm", "video/webm"),
    "mp4": ("audio/mp4", "video/mp4"),
    "mov": ("audio/mp4", "video/mp4"),
    "ogg": ("audio/ogg", "video/ogg"),
    "wav": ("audio/wav", "audio/wav"),
    "mp3": ("audio/mpeg", "audio/mpeg"),
    "flac": ("audio/flac", "audio/flac"),
}


class NoSpeech(SpeechInputError):
    """The recording holds no speech."""


def media_type(container: str, has_video: bool) -> str:
    """The content type to serve a recording with, from its container's name."""
    for name in container.split(","):
        if name.strip() in MEDIA_TYPES:
            return MEDIA_TYPES[name.strip()][1 if has_video else 0]
    return "application/octet-stream"


def screen_recording(data: bytes, max_seconds: int) -> dict[str, Any]:
    """Decode an upload and check it holds speech: duration, video or not, content type."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    audio = decode(data, max_seconds=max_seconds)
    if not get_speech_timestamps(audio.samples, VadOptions()):
        raise NoSpeech("no_speech", "We heard no speech in this recording. Record it again.")
    return {
        "duration_seconds": audio.duration_seconds,
        "has_video": audio.has_video,
        "content_type": media_type(audio.container, audio.has_video),
    }


def transcribe_recording(data: bytes, model: str, max_seconds: int) -> dict[str, Any]:
    """The raw transcript, its words with times, and delivery measured from the voice."""
    from mockinterview.speech.transcribe import transcribe
    from mockinterview.speech.voice import voice_metrics

    audio = decode(data, max_seconds=max_seconds)
    transcript = transcribe(audio, model)
    return {
        "text": transcript.text,
        "words": [
            {"word": w.word, "start": round(w.start, 2), "end": round(w.end, 2)}
            for w in transcript.words
        ],
        "voice": voice_metrics(transcript, audio).to_dict(),
        "duration_seconds": audio.duration_seconds,
    }
