"""The packaged model is prepared once to keep its weights int8, and still means the same."""

import os
import stat
from pathlib import Path

import numpy as np
import onnxruntime
import pytest

from mockinterview.coaching import embeddings
from mockinterview.coaching.embeddings import Embedder, model_path
from mockinterview.model_files import CACHE_ENV

SENTENCES = [
    "I rebuilt the nightly reconciliation job so finance closed the books two days sooner.",
    "The ward was short two nurses on the night of the flu outbreak.",
    "Next time I would agree the acceptance criteria before the first sprint.",
]


def _packaged() -> Path:
    return embeddings._package_dir(embeddings.MODEL_PACKAGE) / "model.onnx"


def test_prepared_model_keeps_int8_weights_and_is_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    prepared = model_path()
    assert prepared.parent == tmp_path and prepared != _packaged()
    first_write = prepared.stat().st_mtime_ns
    assert model_path() == prepared
    assert prepared.stat().st_mtime_ns == first_write
    import onnx

    ops = {node.op_type for node in onnx.load(str(prepared)).graph.node}
    assert "MatMulInteger" in ops and "DynamicQuantizeLinear" in ops


def test_prepared_model_embeds_like_the_packaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    prepared = Embedder().embed(SENTENCES)
    monkeypatch.setattr(embeddings, "model_path", _packaged)
    packaged = Embedder().embed(SENTENCES)
    assert np.min(np.sum(prepared * packaged, axis=1)) > 0.98
    same_sentence = prepared @ packaged.T
    assert all(np.argmax(row) == i for i, row in enumerate(same_sentence))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_unwritable_cache_falls_back_to_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "models"))
    try:
        assert model_path() == _packaged()
    finally:
        tmp_path.chmod(stat.S_IRWXU)


def test_cache_that_is_a_file_falls_back_to_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    path = model_path()
    assert path == _packaged()
    onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])


def test_a_sentence_gets_the_same_vector_whatever_comes_with_it() -> None:
    alone = Embedder().embed(SENTENCES[:1])[0]
    together = Embedder()
    mixed = together.embed(["Fine.", SENTENCES[2], SENTENCES[0], SENTENCES[1] * 3])
    assert np.array_equal(mixed[2], alone)
    assert np.array_equal(together.embed(SENTENCES[:1])[0], alone)  # from the cache
