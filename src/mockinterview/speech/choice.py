"""Which engine transcribes: the local Whisper model (default) or an OpenAI-compatible service."""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from mockinterview.config import Settings

if TYPE_CHECKING:  # the speech stack loads in the speech processes only
    from mockinterview.speech.audio import Audio
    from mockinterview.speech.transcript import Transcript


@dataclass(frozen=True, slots=True)
class SttChoice:
    """The transcription engine and its options, small enough to send to a speech process."""

    provider: Literal["offline", "openai"]
    model: str
    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 120.0

    @classmethod
    def from_settings(cls, settings: Settings) -> "SttChoice":
        """The engine the settings name; offline unless a provider is set."""
        if settings.stt_provider == "openai":
            return cls(
                provider="openai",
                model=settings.stt_provider_model,
                base_url=settings.stt_base_url,
                api_key=settings.stt_api_key,
                timeout=settings.stt_timeout_seconds,
            )
        return cls(provider="offline", model=settings.stt_model)

    def __repr__(self) -> str:
        """Never show the key in logs or tracebacks."""
        return f"SttChoice(provider={self.provider!r}, model={self.model!r})"


def transcribe_with(choice: SttChoice, audio: "Audio") -> "Transcript":
    """Transcribe with the chosen engine (a provider failure raises TranscriptionFailed)."""
    if choice.provider == "openai":
        from mockinterview.speech.openai_stt import transcribe_openai

        return transcribe_openai(
            audio,
            base_url=choice.base_url or "",
            api_key=choice.api_key,
            model=choice.model,
            timeout=choice.timeout,
        )
    from mockinterview.speech.transcribe import transcribe

    return transcribe(audio, choice.model)
