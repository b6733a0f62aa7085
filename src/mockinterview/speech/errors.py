"""Errors of the speech package, shown to the person who recorded or to whoever runs the server."""

from mockinterview.errors import AppError


class SpeechInputError(AppError):
    """A recording we cannot use; `code` says why (unreadable, no_audio, empty, too_long)."""

    status_code = 422

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SpeechModelMissing(AppError):
    """The chosen speech model is not installed on this server."""

    status_code = 503


class TranscriptionFailed(AppError):
    """The transcription service could not transcribe a recording."""

    status_code = 502
