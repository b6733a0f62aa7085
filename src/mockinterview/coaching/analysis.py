"""Run every measurement on one answer and keep the intermediate results."""

from dataclasses import dataclass

from mockinterview.coaching import content, delivery, scoring, specificity, structure
from mockinterview.coaching.schemas import AnswerInput
from mockinterview.coaching.text import Doc, parse
from mockinterview.coaching.validity import Validity, assess


@dataclass(slots=True)
class Analysis:
    """Everything measured about one answer."""

    answer: AnswerInput
    category: str
    doc: Doc
    delivery: delivery.Delivery
    delivery_score: float
    story_markers: int
    generic: float
    parts: dict[str, structure.PartHit]
    structure: float
    skills: content.TermMatch
    job: content.TermMatch
    spec: specificity.Specificity
    i_count: int
    we_count: int
    ownership_ratio: float | None
    relevance: content.Relevance
    validity: Validity
    components: dict[str, float]
    base: float
    score: int


def _context(answer: AnswerInput) -> str:
    pieces = list((answer.star_framework or {}).values())
    pieces.append(answer.interviewer_guidance or "")
    pieces.extend(answer.expected_skills)
    return " ".join(pieces)


def analyze(answer: AnswerInput, job_terms: tuple[str, ...] = ()) -> Analysis:
    """Measure one answer and score it."""
    category = answer.category or structure.infer_category(answer.question)
    doc = parse(answer.answer)
    dl = delivery.measure(doc, answer.duration_seconds)
    delivery_score = delivery.score(dl)
    parts = structure.detect(doc, structure.cue_table(category), answer.star_framework)
    completeness = structure.completeness(category, parts)
    markers = structure.story_markers(doc)
    story = 1.0
    if category == "behavioral" and structure.asks_for_example(answer.question):
        story = min(1.0, markers / structure.STORY_MARKERS_FULL)
        completeness *= 0.35 + 0.65 * story
    skills = content.match_terms(answer.expected_skills, doc)
    job = content.match_terms(list(job_terms), doc)
    spec = specificity.specificity(doc)
    generic = specificity.generic_rate(doc)
    i_count, we_count, own_ratio, own_score = content.ownership(doc)
    rel = content.relevance(doc, answer.question, _context(answer), category)
    validity = assess(
        doc,
        filler_count=dl.filler_count,
        repetition=dl.repetition_ratio,
        relevance=rel.relevance,
        question_overlap=rel.question_overlap,
        novel_concepts=rel.novel_concepts,
        novel_ratio=rel.novel_ratio,
        structure=completeness,
        specificity=spec.score,
        generic=generic,
        term_hits=len(skills.spans) + len(job.spans),
    )
    if story < 1.0:
        validity.multiplier *= 0.7 + 0.3 * story
        if story < 0.5 and dl.word_count >= 30:
            validity.flags.append("no_example")
    components = scoring.answer_components(
        relevance=rel.relevance,
        structure=completeness,
        specificity=spec.score,
        novel_concepts=rel.novel_concepts,
        word_count=dl.word_count,
        generic=generic,
        delivery=delivery_score,
        ownership=own_score,
        skill_coverage=skills.coverage,
        job_used=len(job.used),
        has_job_terms=bool(job_terms),
    )
    base, score = scoring.coaching_score(category, components, validity)
    top = 100 * scoring.scale(base)
    components["validity"] = round(min(1.0, score / top), 3) if top > 0 else 0.0
    return Analysis(
        answer=answer,
        category=category,
        doc=doc,
        delivery=dl,
        delivery_score=delivery_score,
        story_markers=markers,
        generic=generic,
        parts=parts,
        structure=completeness,
        skills=skills,
        job=job,
        spec=spec,
        i_count=i_count,
        we_count=we_count,
        ownership_ratio=own_ratio,
        relevance=rel,
        validity=validity,
        components=components,
        base=base,
        score=score,
    )
