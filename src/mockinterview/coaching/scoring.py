"""Per-answer component scores and the coaching score formula."""

from mockinterview.coaching.validity import Validity

_ORDER = ("structure", "specificity", "substance", "relevance", "delivery", "ownership", "coverage")
WEIGHTS: dict[str, dict[str, float]] = {
    "behavioral": dict(zip(_ORDER, (0.26, 0.18, 0.16, 0.12, 0.12, 0.08, 0.08), strict=True)),
    "situational": dict(zip(_ORDER, (0.26, 0.12, 0.16, 0.16, 0.12, 0.06, 0.12), strict=True)),
    "technical": dict(zip(_ORDER, (0.22, 0.16, 0.16, 0.14, 0.10, 0.02, 0.20), strict=True)),
    "company": dict(zip(_ORDER, (0.24, 0.16, 0.16, 0.18, 0.12, 0.04, 0.10), strict=True)),
}
SUBSTANCE_FULL = 45
GENERIC_ZERO = 12.0
EVIDENCE_WORDS = 80
TOP_START = 0.75
TOP_SLOPE = 0.8
LONG_ANSWER = 350


def substance(novel_concepts: int, word_count: int, generic: float) -> float:
    """Distinct new ideas (saturating at 45), less for generic claims and past 350 words."""
    value = min(1.0, novel_concepts / SUBSTANCE_FULL) * max(0.4, 1.0 - generic / GENERIC_ZERO)
    if word_count > LONG_ANSWER:
        value *= max(0.6, 1.0 - (word_count - LONG_ANSWER) / 500)
    return value


def evidence_factor(word_count: int) -> float:
    """How much a short answer can show: 0.5 at no words, 1.0 from 80 words."""
    return 0.5 + 0.5 * min(1.0, word_count / EVIDENCE_WORDS)


def answer_components(
    *,
    relevance: float,
    structure: float,
    specificity: float,
    novel_concepts: int,
    word_count: int,
    generic: float,
    delivery: float,
    ownership: float,
    skill_coverage: float | None,
    job_used: int,
    has_job_terms: bool,
) -> dict[str, float]:
    """The named 0-1 components that the coaching score weighs."""
    evidence = evidence_factor(word_count)
    comps = {
        "relevance": relevance * evidence,
        "structure": structure,
        "specificity": specificity,
        "substance": substance(novel_concepts, word_count, generic),
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
    """Map the weighted base to the scale: linear to 0.75, then slope 0.8 (1.0 -> 0.95)."""
    return base if base <= TOP_START else TOP_START + (base - TOP_START) * TOP_SLOPE


def coaching_score(
    category: str, components: dict[str, float], validity: Validity
) -> tuple[float, int]:
    """Weighted base (0-1) and the final 0-100 score after validity multiplier and cap."""
    weights = WEIGHTS[category]
    used = {k: w for k, w in weights.items() if k in components}
    base = sum(w * components[k] for k, w in used.items()) / sum(used.values())
    final = min(100.0 * scale(base) * validity.multiplier, validity.cap)
    return base, max(0, min(100, round(final)))
