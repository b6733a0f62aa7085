"""Per-answer components and the coaching score: a linear model fitted to graded answers."""

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from mockinterview.coaching.validity import Validity

MODEL_FILE = "score_model.json"
SUBSTANCE_FULL = 45
GENERIC_ZERO = 12.0
EVIDENCE_WORDS = 80
ELABORATION_FULL = 150
LONG_ANSWER = 350
COVERAGE_SHARE = 0.1
TOP_START = 0.75
TOP_SLOPE = 0.8
FEATURES = (
    "relevance",
    "fit",
    "kind",
    "structure",
    "specificity",
    "substance",
    "elaboration",
    "concreteness",
    "story",
    "delivery",
    "ownership",
)


@dataclass(frozen=True, slots=True)
class ScoreModel:
    """Grade (1-5) = intercept (+ the category's offset) + sum of weight x component."""

    intercept: float
    category_intercepts: dict[str, float]
    weights: dict[str, float]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ScoreModel":
        """Read the model as scripts/fit_coaching_score.py writes it."""
        return cls(
            float(data["intercept"]),
            {k: float(v) for k, v in data.get("category_intercepts", {}).items()},
            {k: float(v) for k, v in data["weights"].items()},
        )

    def grade(self, components: dict[str, float], category: str) -> float:
        """The predicted grade for an answer's components."""
        base = self.intercept + self.category_intercepts.get(category, 0.0)
        return base + sum(w * components.get(k, 0.0) for k, w in self.weights.items())


@lru_cache(maxsize=1)
def score_model() -> ScoreModel:
    """The fitted model shipped with the package (scripts/fit_coaching_score.py writes it)."""
    raw = resources.files("mockinterview.coaching").joinpath("data", MODEL_FILE).read_text()
    return ScoreModel.from_dict(json.loads(raw))


def substance(novel_concepts: int, word_count: int, generic: float) -> float:
    """Distinct new ideas (saturating at 45), less for generic claims and past 350 words."""
    value = min(1.0, novel_concepts / SUBSTANCE_FULL) * max(0.4, 1.0 - generic / GENERIC_ZERO)
    if word_count > LONG_ANSWER:
        value *= max(0.6, 1.0 - (word_count - LONG_ANSWER) / 500)
    return value


def evidence_factor(word_count: int) -> float:
    """How much a short answer can show: 0.5 at no words, 1.0 from 80 words."""
    return 0.5 + 0.5 * min(1.0, word_count / EVIDENCE_WORDS)


def elaboration(word_count: int) -> float:
    """How much the candidate said, on a log scale saturating at 150 content words."""
    return min(1.0, math.log1p(word_count) / math.log1p(ELABORATION_FULL))


def answer_components(
    *,
    relevance: float,
    fit: float,
    kind: float,
    structure: float,
    specificity: float,
    novel_concepts: int,
    word_count: int,
    generic: float,
    story: float,
    delivery: float,
    ownership: float,
    skill_coverage: float | None,
    job_used: int,
    has_job_terms: bool,
) -> dict[str, float]:
    """The named 0-1 components that the coaching score weighs."""
    evidence = evidence_factor(word_count)
    comps = {
        "relevance": relevance,
        "fit": fit,
        "kind": kind,
        "structure": structure,
        "specificity": specificity,
        "substance": substance(novel_concepts, word_count, generic),
        "elaboration": elaboration(word_count),
        "concreteness": max(0.0, 1.0 - generic / GENERIC_ZERO),
        "story": story,
        "delivery": delivery * evidence,
        "ownership": ownership * evidence,
    }
    job = min(1.0, job_used / 3) if has_job_terms else None
    if skill_coverage is not None and job is not None:
        comps["coverage"] = 0.7 * skill_coverage + 0.3 * job
    elif skill_coverage is not None:
        comps["coverage"] = skill_coverage
    elif job is not None:
        comps["coverage"] = job
    return {k: round(v, 3) for k, v in comps.items()}


def scale(base: float) -> float:
    """Map a 0-1 base to the dimension scale: linear to 0.75, then slope 0.8 (1.0 -> 0.95)."""
    return base if base <= TOP_START else TOP_START + (base - TOP_START) * TOP_SLOPE


def grade_to_base(grade: float) -> float:
    """A 1-5 grade on the 0-1 scale: 1 -> 0.1, 2 -> 0.3, 3 -> 0.5, 4 -> 0.7, 5 -> 0.9."""
    return max(0.0, min(1.0, (20.0 * grade - 10.0) / 100.0))


def base_score(components: dict[str, float], category: str) -> float:
    """The model's predicted grade on the 0-1 scale, blended with skill coverage when known."""
    base = grade_to_base(score_model().grade(components, category))
    if "coverage" in components:
        base = (1 - COVERAGE_SHARE) * base + COVERAGE_SHARE * components["coverage"]
    return base


def coaching_score(
    components: dict[str, float], validity: Validity, category: str
) -> tuple[float, int]:
    """The 0-1 base and the final 0-100 score after the validity multiplier and cap."""
    base = base_score(components, category)
    final = min(100.0 * base * validity.multiplier, validity.cap)
    return base, max(0, min(100, round(final)))
