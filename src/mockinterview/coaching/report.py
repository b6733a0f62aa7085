"""Turn an answer's analysis into its report: metrics, evidence spans and feedback."""

from typing import cast

from mockinterview.coaching.analysis import Analysis
from mockinterview.coaching.feedback import answer_feedback
from mockinterview.coaching.schemas import (
    AnswerMetrics,
    AnswerReport,
    Category,
    EvidenceKind,
    EvidenceSpan,
    SentenceRole,
    StructurePart,
)
from mockinterview.coaching.structure import PartHit

_PREFIX = {"behavioral": "star", "situational": "star", "technical": "tech", "company": "company"}
MAX_SPANS = 200


def _parts(a: Analysis) -> dict[str, StructurePart]:
    out: dict[str, StructurePart] = {}
    for name, hit in a.parts.items():
        out[name] = _part(a, hit)
    return out


def _part(a: Analysis, hit: PartHit) -> StructurePart:
    if hit.sentence is None:
        return StructurePart(present=False, strength=hit.strength)
    s = a.doc.sentences[hit.sentence]
    return StructurePart(
        present=hit.present,
        strength=hit.strength,
        sentence=a.said(s.start, s.end),
        start=s.start,
        end=s.end,
    )


def _roles(a: Analysis) -> list[SentenceRole]:
    return [
        SentenceRole(
            sentence=a.said(s.start, s.end), start=s.start, end=s.end, role=role, confidence=conf
        )
        for s, (role, conf) in zip(a.doc.sentences, a.roles, strict=True)
    ]


def metrics(a: Analysis) -> AnswerMetrics:
    """Every named metric of one answer."""
    d = a.delivery
    parts = _parts(a)
    table = _PREFIX[a.category]
    return AnswerMetrics(
        mode=a.answer.mode,
        word_count=d.word_count,
        content_word_count=len(a.doc.tokens),
        sentence_count=d.sentence_count,
        words_per_minute=d.words_per_minute,
        filler_count=d.filler_count,
        fillers_per_100_words=d.per_100(d.filler_count),
        fillers_found=dict(d.fillers.most_common()),
        hedge_count=d.hedge_count,
        hedges_per_100_words=d.per_100(d.hedge_count),
        hedges_found=dict(d.hedges.most_common()),
        repetition_ratio=d.repetition_ratio,
        avg_sentence_length=d.avg_sentence_length,
        longest_sentence_words=d.longest_sentence,
        function_word_ratio=a.validity.function_word_ratio,
        unique_content_words=len(a.doc.concepts),
        novel_content_words=a.relevance.novel_concepts,
        star=parts if table == "star" else {},
        technical=parts if table == "tech" else {},
        company=parts if table == "company" else {},
        structure_completeness=round(a.structure, 3),
        story_markers=a.story_markers,
        skills_used=a.skills.used,
        skills_missed=a.skills.missed,
        skill_coverage=a.skills.coverage,
        job_terms_used=a.job.used,
        job_terms_missed=a.job.missed,
        numbers=a.spec.numbers,
        outcomes=a.spec.outcomes,
        named_tools=a.spec.tools,
        specificity=a.spec.score,
        generic_per_100_words=a.generic,
        i_count=a.i_count,
        we_count=a.we_count,
        ownership_ratio=a.ownership_ratio,
        relevance=a.relevance.relevance,
        question_overlap=a.relevance.question_overlap,
        flags=a.validity.flags,
        semantic_similarity=round(a.meaning.similarity, 3),
        better_matching_question=a.meaning.better_question,
        skill_evidence={
            skill: a.said(a.doc.sentences[i].start, a.doc.sentences[i].end)
            for skill, i in a.meaning.skill_sentences.items()
            if skill in a.skills.used
        },
        result_figures=a.result_figures,
        sentence_roles=_roles(a),
        voice=d.voice,
    )


def evidence(a: Analysis) -> list[EvidenceSpan]:
    """Character spans of the answer that back each finding, in reading order."""
    text = a.answer.answer
    raw: list[tuple[str, int, int]] = []
    prefix = _PREFIX[a.category]
    for name, hit in a.parts.items():
        if hit.present and hit.sentence is not None:
            s = a.doc.sentences[hit.sentence]
            raw.append((f"{prefix}_{name}", s.start, s.end))
    raw += [("filler", s, e) for s, e in a.delivery.filler_spans]
    raw += [("hedge", s, e) for s, e in a.delivery.hedge_spans]
    raw += [("skill", s, e) for s, e in a.skills.spans]
    raw += [("job_term", s, e) for s, e in a.job.spans]
    raw += a.spec.spans
    seen: set[tuple[str, int, int]] = set()
    spans: list[EvidenceSpan] = []
    for kind, start, end in sorted(raw, key=lambda r: (r[1], r[2], r[0])):
        if (kind, start, end) in seen or end <= start:
            continue
        seen.add((kind, start, end))
        spans.append(
            EvidenceSpan(kind=cast(EvidenceKind, kind), start=start, end=end, text=text[start:end])
        )
        if len(spans) >= MAX_SPANS:
            break
    return spans


def answer_report(a: Analysis) -> AnswerReport:
    """The full report for one answer."""
    return AnswerReport(
        question_uuid=a.answer.question_uuid,
        question=a.answer.question,
        category=cast(Category, a.category),
        coaching_score=a.score,
        score_components=a.components,
        metrics=metrics(a),
        feedback=answer_feedback(a),
        evidence=evidence(a),
    )
