"""docs/coaching.md stays in step with the code."""

import re
from pathlib import Path
from typing import get_args

from mockinterview.coaching.cues import PART_WEIGHTS
from mockinterview.coaching.schemas import AnswerMetrics, EvidenceKind
from mockinterview.coaching.scoring import score_model

DOC = (Path(__file__).resolve().parents[2] / "docs" / "coaching.md").read_text(encoding="utf-8")


def test_every_metric_is_documented() -> None:
    missing = [name for name in AnswerMetrics.model_fields if f"`{name}`" not in DOC]
    assert not missing


def test_every_evidence_kind_is_documented() -> None:
    assert all(f"`{kind}`" in DOC for kind in get_args(EvidenceKind))


def test_fitted_weights_match_the_table() -> None:
    model = score_model()
    for component, weight in model.weights.items():
        row = re.search(rf"^\| `{component}` \| ([-\d.]+) \|", DOC, re.M)
        assert row, component
        assert float(row.group(1)) == weight, component
    assert f"intercept {model.intercept}" in DOC


def test_part_weights_match_the_table() -> None:
    for category, parts in PART_WEIGHTS.items():
        row = re.search(rf"^\| {category} \| (.*) \|$", DOC, re.M)
        assert row, category
        for part, weight in parts.items():
            assert f"{part} {weight:.2f}" in row.group(1), (category, part)
