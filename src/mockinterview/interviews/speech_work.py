"""Speech work run in the speech processes: check an upload, transcribe a recording.

Plain functions of bytes and numbers that return plain dicts, so they cross the process
boundary cheaply (a refused recording comes back as {"error": code, "message": text}); the
Whisper model loads once per speech process.
"""

from typing import TYPE_CHECKING, Any

from mockinterview.speech.choice import SttChoice, transcribe_with

if TYPE_CHECKING:  # the speech stack loads in the speech processes only
    from mockinterview.speech.errors import SpeechInputError

# Content types to serve recordings with, by the container found in the bytes (not trusted
# from the upload): (audio only, with video).
MEDIA_TYPES = {
    "matroska": ("audio/webm", "video/webm"),
    "mp4": ("audio/mp4", "video/mp4"),
    "ogg": ("audio/ogg", "video/ogg"),
    "wav": ("audio/wav", "audio/wav"),
    "mp3": ("audio/mpeg", "audio/mpeg"),
    "aac": ("audio/aac", "audio/aac"),
    "flac": ("audio/flac", "audio/flac"),
}


def refused(error: "SpeechInputError") -> dict[str, Any]:
    """A refusal as plain data."""
    return {"error": error.code, "message": error.message}


def screen_recording(data: bytes, max_seconds: int) -> dict[str, Any]:
    """Decode an upload and check it holds speech: duration, video or not, content type."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    from mockinterview.speech.audio import container_of, decode
    from mockinterview.speech.errors import SpeechInputError

    try:
        audio = decode(data, max_seconds=max_seconds)
    except SpeechInputError as error:
        return refused(error)
    if not get_speech_timestamps(audio.samples, VadOptions()):
        return refused(
            SpeechInputError("no_speech", "We heard no speech in this recording. Record it again.")
        )
    types = MEDIA_TYPES.get(container_of(data[:64]) or "", ("application/octet-stream",) * 2)
    return {
        "duration_seconds": round(audio.duration_seconds, 2),
        "has_video": audio.has_video,
        "content_type": types[1 if audio.has_video else 0],
    }


def transcribe_recording(data: bytes, engine: SttChoice, max_seconds: int) -> dict[str, Any]:
    """The raw transcript, its words with times, and delivery measured from the voice."""
    from mockinterview.speech.audio import decode
    from mockinterview.speech.errors import SpeechInputError
    from mockinterview.speech.voice import voice_metrics

    try:
        audio = decode(data, max_seconds=max_seconds)
    except SpeechInputError as error:
        return refused(error)
    transcript = transcribe_with(engine, audio)
    return {
        "text": transcript.text,
        "words": [
            {"word": w.word, "start": round(w.start, 2), "end": round(w.end, 2)}
            for w in transcript.words
        ],
        "voice": voice_metrics(transcript, audio).model_dump(mode="json"),
        "duration_seconds": round(audio.duration_seconds, 2),
    }
