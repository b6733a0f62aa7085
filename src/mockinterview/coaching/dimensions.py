"""Interview-level dimension scores computed from the per-answer metrics."""

from collections.abc import Callable

from mockinterview.coaching.analysis import Analysis
from mockinterview.coaching.lexicon import TECH_CONCEPTS
from mockinterview.coaching.schemas import DimensionScore
from mockinterview.coaching.scoring import evidence_factor, scale

STAR_CATEGORIES = ("behavioral", "situational")


def _part(a: Analysis, name: str) -> float:
    hit = a.parts.get(name)
    return min(1.0, hit.strength / 0.8) if hit else 0.0


def conciseness(words: int) -> float:
    """1 for 60-300 words, less for shorter or longer answers."""
    if words < 60:
        return words / 60
    if words > 300:
        return max(0.3, 1.0 - (words - 300) / 400)
    return 1.0


def tech_depth(a: Analysis) -> float:
    """Named tools, technical vocabulary and job terms used, saturating at five."""
    terms = {t.lower for t in a.doc.content if t.lower in TECH_CONCEPTS}
    return min(1.0, (len(a.spec.tools) + len(terms) + len(a.job.used)) / 5)


def _communication(a: Analysis) -> float:
    c = a.components
    return 0.45 * c["delivery"] + 0.35 * c["structure"] + 0.2 * conciseness(a.delivery.word_count)


def _technical(a: Analysis) -> float:
    c = a.components
    knowledge = c.get("coverage", c["relevance"])
    third = c["structure"] if a.category == "technical" else c["specificity"]
    return 0.4 * knowledge + 0.3 * tech_depth(a) + 0.3 * third


def _problem_solving(a: Analysis) -> float:
    if a.category == "technical":
        return (
            0.4 * _part(a, "approach") + 0.35 * _part(a, "tradeoffs") + 0.25 * _part(a, "example")
        )
    if a.category == "company":
        return 0.5 * _part(a, "fit") + 0.5 * _part(a, "contribution")
    return 0.35 * _part(a, "action") + 0.35 * _part(a, "result") + 0.3 * a.components["specificity"]


def _confidence(a: Analysis) -> float:
    sub = a.delivery.sub_scores
    evidence = evidence_factor(a.delivery.word_count)
    value = (0.3 * sub["hedges"] + 0.25 * sub["fillers"]) * evidence
    value += 0.2 * a.components["ownership"]
    value += 0.15 * a.components["substance"]
    if "pace" in sub:
        return value + 0.1 * sub["pace"]
    return value / 0.9


def _weighted(
    analyses: list[Analysis], term: Callable[[Analysis], float], weight: Callable[[Analysis], float]
) -> float:
    total = sum(weight(a) for a in analyses)
    if not total:
        return 0.0
    return sum(weight(a) * term(a) * a.components["validity"] for a in analyses) / total


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 3) if values else 0.0


def dimensions(analyses: list[Analysis]) -> dict[str, DimensionScore]:
    """Communication, technical knowledge, problem solving and confidence, 0-100 each."""
    one: Callable[[Analysis], float] = lambda a: 1.0  # noqa: E731
    tech_weight: Callable[[Analysis], float] = lambda a: 2.0 if a.category == "technical" else 1.0  # noqa: E731
    ps_weight: Callable[[Analysis], float] = lambda a: 0.5 if a.category == "company" else 1.0  # noqa: E731
    star = [a for a in analyses if a.category in STAR_CATEGORIES]
    tech = [a for a in analyses if a.category == "technical"]
    wpm = [a.delivery.words_per_minute for a in analyses if a.delivery.words_per_minute is not None]

    def metric(
        name: str, pool: list[Analysis], get: Callable[[Analysis], float]
    ) -> dict[str, float]:
        return {name: _mean([get(a) for a in pool])} if pool else {}

    def per100(a: Analysis, count: int) -> float:
        return a.delivery.per_100(count)

    def score(term: Callable[[Analysis], float], weight: Callable[[Analysis], float] = one) -> int:
        return max(0, min(100, round(100 * scale(_weighted(analyses, term, weight)))))

    validity = metric("validity", analyses, lambda a: a.components["validity"])
    comm = {
        **metric("delivery", analyses, lambda a: a.delivery_score),
        **metric("structure_completeness", analyses, lambda a: a.structure),
        **metric("conciseness", analyses, lambda a: conciseness(a.delivery.word_count)),
        **metric("fillers_per_100_words", analyses, lambda a: per100(a, a.delivery.filler_count)),
        **metric("avg_sentence_length", analyses, lambda a: a.delivery.avg_sentence_length),
        **metric("repetition_ratio", analyses, lambda a: a.delivery.repetition_ratio),
        **validity,
    }
    skilled = [a for a in analyses if a.skills.coverage is not None]
    technical = {
        **metric("skill_coverage", skilled, lambda a: a.skills.coverage or 0.0),
        **metric("relevance", analyses, lambda a: a.relevance.relevance),
        **metric("tech_depth", analyses, tech_depth),
        **metric("technical_structure", tech, lambda a: a.structure),
        **metric("specificity", analyses, lambda a: a.spec.score),
        **validity,
    }
    problem = {
        **metric("star_action", star, lambda a: _part(a, "action")),
        **metric("star_result", star, lambda a: _part(a, "result")),
        **metric("tech_approach", tech, lambda a: _part(a, "approach")),
        **metric("tech_tradeoffs", tech, lambda a: _part(a, "tradeoffs")),
        **metric("tech_example", tech, lambda a: _part(a, "example")),
        **metric("specificity", analyses, lambda a: a.spec.score),
        **validity,
    }
    owners = [a for a in analyses if a.ownership_ratio is not None]
    confidence = {
        **metric("hedges_per_100_words", analyses, lambda a: per100(a, a.delivery.hedge_count)),
        **metric("fillers_per_100_words", analyses, lambda a: per100(a, a.delivery.filler_count)),
        **metric("ownership_ratio", owners, lambda a: a.ownership_ratio or 0.0),
        **metric("substance", analyses, lambda a: a.components["substance"]),
        **({"words_per_minute": _mean([float(w) for w in wpm])} if wpm else {}),
        **validity,
    }
    return {
        "communication": DimensionScore(
            score=score(_communication),
            components=comm,
            explanation="Mean over answers of 0.45 x delivery (fillers, hedges, sentence length, "
            "repetition, pace) + 0.35 x structure_completeness + 0.20 x conciseness "
            "(60-300 words), each answer weighted by its validity.",
        ),
        "technical_knowledge": DimensionScore(
            score=score(_technical, tech_weight),
            components=technical,
            explanation="Mean over answers (technical answers count double) of 0.4 x skill "
            "coverage (relevance when no skills are listed) + 0.3 x tech_depth (named tools, "
            "technical terms, job terms) + 0.3 x technical structure (specificity for "
            "non-technical answers), weighted by validity.",
        ),
        "problem_solving": DimensionScore(
            score=score(_problem_solving, ps_weight),
            components=problem,
            explanation="Mean over answers of 0.35 x action + 0.35 x result + 0.3 x specificity "
            "for stories; 0.4 x approach + 0.35 x trade-offs + 0.25 x example for technical "
            "answers; fit and contribution for company answers (half weight); by validity.",
        ),
        "confidence": DimensionScore(
            score=score(_confidence),
            components=confidence,
            explanation="Mean over answers of 0.3 x few hedges + 0.25 x few fillers + 0.2 x "
            "ownership ('I' for your own actions) + 0.15 x substance + 0.1 x pace when timed "
            "(rescaled when not), weighted by validity.",
        ),
    }
