"""Fit the coaching score to the graded answers' training part and report the held-out fit.

Run: .venv/bin/python scripts/fit_coaching_score.py [--check]
"""

import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import nnls
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mockinterview.coaching import scoring  # noqa: E402
from mockinterview.coaching.analysis import Analysis, analyze  # noqa: E402
from tests.coaching.graded_set import GradedAnswer, load  # noqa: E402

TARGET = ROOT / "src/mockinterview/coaching/data" / scoring.MODEL_FILE
RIDGE = 2.0


def fit(rows: list[tuple[GradedAnswer, Analysis]]) -> tuple[float, dict[str, float]]:
    """Non-negative least squares (with a small ridge) of the grade on the components."""
    usable = [(g, a) for g, a in rows if a.validity.cap >= 100]
    x = np.array([[a.components[k] for k in scoring.FEATURES] for _, a in usable])
    y = np.array([g.consensus for g, _ in usable])
    design = np.hstack([np.ones((len(x), 1)), -np.ones((len(x), 1)), x])
    penalty = np.sqrt(RIDGE) * np.eye(design.shape[1])
    penalty[:2] = 0.0
    coef, _ = nnls(np.vstack([design, penalty]), np.concatenate([y, np.zeros(design.shape[1])]))
    weights = {k: round(float(w), 4) for k, w in zip(scoring.FEATURES, coef[2:], strict=True)}
    return round(float(coef[0] - coef[1]), 4), weights


def final_scores(rows: list[tuple[GradedAnswer, Analysis]]) -> list[int]:
    """Each answer's coaching score under the current model."""
    return [scoring.coaching_score(a.components, a.validity)[1] for _, a in rows]


def report(rows: list[tuple[GradedAnswer, Analysis]]) -> dict[str, float]:
    """Spearman correlation of the score with the consensus grade, per part."""
    out: dict[str, float] = {}
    for name, part in (("training", False), ("held_out", True)):
        chosen = [(g, a) for g, a in rows if g.held_out == part]
        rho = spearmanr([g.consensus for g, _ in chosen], final_scores(chosen))[0]
        out[name] = round(float(rho), 3)
        out[f"{name}_answers"] = len(chosen)
    return out


def main() -> None:
    """Fit on the training part, write the model, print the figures."""
    graded = load()
    rows = [(g, analyze(g.answer)) for g in graded]
    grades = spearmanr([g.target for g in graded], [g.grade for g in graded])[0]
    print(f"{len(graded)} graded answers; agreement of the two graders (Spearman): {grades:.3f}")
    if "--check" not in sys.argv:
        intercept, weights = fit([(g, a) for g, a in rows if not g.held_out])
        TARGET.write_text(json.dumps({"intercept": intercept, "weights": weights}, indent=2) + "\n")
        scoring.score_model.cache_clear()
        print(f"wrote {TARGET}: intercept {intercept}, weights {weights}")
    print(json.dumps(report(rows), indent=2))


if __name__ == "__main__":
    main()
