"""Fit the coaching score to the graded answers' training part and report the held-out fit.

The ridge strength and whether each category gets its own intercept are chosen by five-fold
cross-validation on the training part, by the one-standard-error rule (the simplest, most
regularised setting within one standard error of the best); the held-out part is only scored.
Run: .venv/bin/python scripts/fit_coaching_score.py [--check]
"""

import json
import sys
from itertools import product
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
RIDGES = (0.5, 1.0, 2.0, 5.0)
FOLDS = 5
CATEGORIES = ("situational", "technical", "company")  # behavioral is the base intercept
Rows = list[tuple[GradedAnswer, Analysis]]
KEPT_FLAGS = {"off_topic", "no_reasons", "deflects_blame", "bends_rules", "no_example"}
"""Flags of answers the weights learn from: another question answered, or no cap at all."""


def _fits_the_weights(a: Analysis) -> bool:
    """Uncapped answers, and those capped for answering another question (they teach relevance)."""
    return a.validity.cap >= 100 or set(a.validity.flags) <= KEPT_FLAGS


def _design(rows: Rows, per_category: bool) -> np.ndarray:
    """Columns: +/- intercept, +/- each category's offset, then the components."""
    n = len(rows)
    columns = [np.ones(n), -np.ones(n)]
    if per_category:
        for category in CATEGORIES:
            flag = np.array([1.0 if a.category == category else 0.0 for _, a in rows])
            columns += [flag, -flag]
    columns += [np.array([a.components[k] for _, a in rows]) for k in scoring.FEATURES]
    return np.column_stack(columns)


def _solve(rows: Rows, ridge: float, per_category: bool) -> np.ndarray:
    """Non-negative least squares of the grade on the components, ridge on the weights only."""
    usable = [(g, a) for g, a in rows if _fits_the_weights(a)]
    design = _design(usable, per_category)
    free = design.shape[1] - len(scoring.FEATURES)
    penalty = np.sqrt(ridge) * np.eye(design.shape[1])
    penalty[:free] = 0.0
    target = np.concatenate([[g.consensus for g, _ in usable], np.zeros(design.shape[1])])
    return nnls(np.vstack([design, penalty]), target)[0]


def _model(coef: np.ndarray, per_category: bool) -> dict[str, object]:
    offsets = {}
    if per_category:
        offsets = {
            c: round(float(coef[2 + 2 * i] - coef[3 + 2 * i]), 4) for i, c in enumerate(CATEGORIES)
        }
    weights = coef[-len(scoring.FEATURES) :]
    return {
        "intercept": round(float(coef[0] - coef[1]), 4),
        "category_intercepts": offsets,
        "weights": {k: round(float(w), 4) for k, w in zip(scoring.FEATURES, weights, strict=True)},
    }


def _scores(rows: Rows, model: scoring.ScoreModel | None = None) -> list[int]:
    """Each answer's coaching score under a model (the shipped one by default)."""
    out = []
    for _, a in rows:
        if model is None:
            out.append(scoring.coaching_score(a.components, a.validity, a.category)[1])
        else:
            base = scoring.grade_to_base(model.grade(a.components, a.category))
            out.append(round(min(100 * base * a.validity.multiplier, a.validity.cap)))
    return out


def _cross_validated(rows: Rows, ridge: float, per_category: bool) -> tuple[float, float]:
    """Mean Spearman over folds of the training part, and its standard error."""
    folds = [rows[i::FOLDS] for i in range(FOLDS)]
    rhos = []
    for i, test in enumerate(folds):
        train = [r for j, fold in enumerate(folds) if j != i for r in fold]
        model = scoring.ScoreModel.from_dict(
            _model(_solve(train, ridge, per_category), per_category)
        )
        rhos.append(spearmanr([g.consensus for g, _ in test], _scores(test, model))[0])
    return float(np.mean(rhos)), float(np.std(rhos, ddof=1) / np.sqrt(FOLDS))


def report(rows: Rows) -> dict[str, float]:
    """Spearman correlation of the shipped score with the consensus grade, per part."""
    out: dict[str, float] = {}
    for name, part in (("training", False), ("held_out", True)):
        chosen = [(g, a) for g, a in rows if g.held_out == part]
        out[name] = round(float(spearmanr([g.consensus for g, _ in chosen], _scores(chosen))[0]), 3)
        out[f"{name}_answers"] = len(chosen)
    return out


def main() -> None:
    """Choose by cross-validation, fit on the training part, write the model, print figures."""
    graded = load()
    rows = [(g, analyze(g.answer)) for g in graded]
    grades = spearmanr([g.target for g in graded], [g.grade for g in graded])[0]
    print(f"{len(graded)} graded answers; agreement of the two graders (Spearman): {grades:.3f}")
    if "--check" not in sys.argv:
        training = [(g, a) for g, a in rows if not g.held_out]
        scored = {
            (ridge, per): _cross_validated(training, ridge, per)
            for ridge, per in product(RIDGES, (False, True))
        }
        best = max(scored, key=lambda k: scored[k][0])
        floor = scored[best][0] - scored[best][1]
        ridge, per = min((k for k in scored if scored[k][0] >= floor), key=lambda k: (k[1], -k[0]))
        print(
            f"cross-validated on training: best {best} ({scored[best][0]:.3f} +/- "
            f"{scored[best][1]:.3f}); chosen ridge {ridge}, per-category {per} "
            f"({scored[ridge, per][0]:.3f})"
        )
        model = _model(_solve(training, ridge, per), per)
        TARGET.write_text(json.dumps({**model, "ridge": ridge}, indent=2) + "\n")
        scoring.score_model.cache_clear()
        print(f"wrote {TARGET}")
    print(json.dumps(report(rows), indent=2))


if __name__ == "__main__":
    main()
