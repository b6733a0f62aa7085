"""Real speech for the speech tests: espeak-ng voices, decoded once per run, transcribed once."""

from pathlib import Path

import numpy as np
import pytest

from mockinterview.speech.audio import Audio, decode
from mockinterview.speech.transcribe import transcribe
from mockinterview.speech.transcript import Transcript
from tests.speech.spoken_set import ESPEAK, SENTENCES, speak, trimmed

GAP_SECONDS = 0.8


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip tests that need espeak-ng when it is missing (scripts/test.sh installs it)."""
    if ESPEAK is not None:
        return
    skip = pytest.mark.skip(reason="espeak-ng is not installed (apt-get install espeak-ng)")
    for item in items:
        if "speech_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def speech_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the run's synthetic recordings."""
    return tmp_path_factory.mktemp("speech")


@pytest.fixture(scope="session")
def sentence_wavs(speech_dir: Path) -> list[bytes]:
    """The fixed set of answers as espeak-ng WAV files (22.05 kHz)."""
    return [speak(text, speech_dir / f"answer-{i}.wav") for i, text in enumerate(SENTENCES)]


@pytest.fixture(scope="session")
def sentences(sentence_wavs: list[bytes]) -> list[Audio]:
    """The fixed set decoded to 16 kHz."""
    return [decode(wav) for wav in sentence_wavs]


@pytest.fixture(scope="session")
def long_answer(sentences: list[Audio]) -> Audio:
    """All ten answers read one after another (about 80 s, so several 30 s windows)."""
    gap = np.zeros(int(GAP_SECONDS * 16_000), dtype=np.float32)
    return Audio(np.concatenate([part for a in sentences for part in (trimmed(a.samples), gap)]))


@pytest.fixture(scope="session")
def long_transcript(long_answer: Audio) -> Transcript:
    """The long answer transcribed once with the default model."""
    return transcribe(long_answer)
