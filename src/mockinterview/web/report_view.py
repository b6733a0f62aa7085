"""What the coaching report page and the downloads show: scores, chart, highlighted answers."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from mockinterview.coaching.bands import band
from mockinterview.coaching.plain_text import bullets, list_lines
from mockinterview.coaching.schemas import (
    DIMENSIONS,
    AnswerMetrics,
    AnswerReport,
    EvidenceSpan,
    InterviewReport,
    StructurePart,
)
from mockinterview.interviews.coach import report_json
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.interviews.timing import time_management

CHART_WIDTH = 340
ROW_HEIGHT = 54
BAR_HEIGHT = 16

DIMENSION_LABELS = {
    "communication": "Communication",
    "technical_knowledge": "Technical knowledge",
    "problem_solving": "Problem solving",
    "confidence": "Confidence",
}


@dataclass(frozen=True)
class Kind:
    """How one kind of evidence is named and drawn (never by colour alone)."""

    label: str
    look: str
    sample: str
    tag: str = ""


PARTS = (
    *("situation", "task", "action", "result"),
    *("approach", "tradeoffs", "example"),
    *("motivation", "research", "fit", "contribution"),
)
PART_LABELS = {p: p.title() for p in PARTS} | {"tradeoffs": "Trade-offs"}
_SHADED = "shaded sentence, labelled"
KINDS: dict[str, Kind] = {
    "filler": Kind("Filler word", "wavy underline", "um"),
    "hedge": Kind("Hedge", "dotted underline, italic", "I guess"),
    **{
        f"{prefix}_{part}": Kind(
            f"{group}: {PART_LABELS[part].lower()}", f"{_SHADED} “{tag}”", "sentence", tag
        )
        for prefix, group, parts in (
            ("star", "STAR", ("situation", "task", "action", "result")),
            ("tech", "Technical answer", ("approach", "tradeoffs", "example")),
            ("company", "Company answer", ("motivation", "research", "fit", "contribution")),
        )
        for part in parts
        for tag in (PART_LABELS[part],)
    },
    "skill": Kind("Skill shown", "solid underline", "listened"),
    "job_term": Kind("Job description term", "dashed underline", "Kubernetes"),
    "metric": Kind("Figure", "bold, double underline", "40%"),
    "outcome": Kind("Outcome", "double underline", "shipped"),
    "tool": Kind("Named tool", "monospace, double underline", "Postgres"),
}
KIND_ORDER = list(KINDS)

COMPONENT_LABELS: dict[str, tuple[str, bool]] = {
    # name: (label, shown as a percentage)
    "delivery": ("Delivery (fillers, hedges, sentence length, repetition, pace)", True),
    "structure": ("Structure", True),
    "structure_completeness": ("Structure complete", True),
    "conciseness": ("Length within 60-300 words", True),
    "fillers_per_100_words": ("Fillers per 100 words", False),
    "hedges_per_100_words": ("Hedges per 100 words", False),
    "avg_sentence_length": ("Average sentence length (words)", False),
    "repetition_ratio": ("Repeated phrasing", True),
    "validity": ("Answer validity", True),
    "skill_coverage": ("Expected skills shown", True),
    "coverage": ("Expected skills and job terms shown", True),
    "relevance": ("Relevance to the question", True),
    "tech_depth": ("Technical depth (tools and terms)", True),
    "technical_structure": ("Structure of technical answers", True),
    "specificity": ("Specificity (figures, outcomes, tools)", True),
    "substance": ("Substance (new ideas, not generic talk)", True),
    "ownership": ("Ownership of the work", True),
    "ownership_ratio": ("“I” rather than “we”", True),
    "words_per_minute": ("Pace (words per minute)", False),
    "star_action": ("STAR action", True),
    "star_result": ("STAR result", True),
    "tech_approach": ("Technical approach", True),
    "tech_tradeoffs": ("Trade-offs", True),
    "tech_example": ("Worked example", True),
    "company_fit": ("Fit with the company", True),
    "company_contribution": ("Planned contribution", True),
}

FLAG_NOTES = {
    "empty": "There is no answer to assess.",
    "too_short": "The answer is too short to show much.",
    "padded": "Filler words make up a large share of the answer.",
    "repetitive": "Much of the answer repeats itself.",
    "gibberish": "Much of the text is not readable words.",
    "keyword_list": "It reads as a list of keywords rather than sentences.",
    "copied_question": "It mostly repeats the question.",
    "off_topic": "It does not address the question.",
    "no_reasons": "It never says why you want this role or organisation.",
    "rambling": "It wanders away from the question.",
    "no_example": "The question asks for a real example, and the answer gives none.",
}


@dataclass(frozen=True)
class Segment:
    """A stretch of the answer covered by the same evidence kinds (maybe none)."""

    text: str
    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def css(self) -> str:
        """The highlight classes of the segment."""
        return " ".join(css_class(kind) for kind in self.kinds)

    @property
    def title(self) -> str:
        """What the highlight means, in words."""
        return "; ".join(KINDS[kind].label for kind in self.kinds)


def build_segments(text: str, spans: Sequence[EvidenceSpan]) -> list[Segment]:
    """Split the answer at every span boundary; each piece carries the kinds covering it."""
    size = len(text)
    ranges = [
        (span.kind, max(0, min(span.start, size)), max(0, min(span.end, size)))
        for span in spans
        if span.kind in KINDS
    ]
    ranges = [r for r in ranges if r[2] > r[1]]
    cuts = sorted({0, size, *(r[1] for r in ranges), *(r[2] for r in ranges)})
    segments: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = {kind for kind, s, e in ranges if s <= start and end <= e}
        tags = {KINDS[kind].tag for kind, s, _ in ranges if s == start and KINDS[kind].tag}
        segments.append(
            Segment(
                text=text[start:end],
                kinds=tuple(sorted(covering, key=KIND_ORDER.index)),
                tags=tuple(sorted(tags, key=list(PART_LABELS.values()).index)),
            )
        )
    return segments


def number(value: float) -> str:
    """A measurement with at most one decimal."""
    return f"{round(value, 1):g}"


def component_rows(components: dict[str, float]) -> list[tuple[str, str]]:
    """Named metrics as (label, value) pairs for people."""
    rows = []
    for name, value in components.items():
        label, share = COMPONENT_LABELS.get(name, (name.replace("_", " ").capitalize(), False))
        rows.append((label, f"{round(value * 100)}%" if share else number(value)))
    return rows


@dataclass
class DimensionView:
    """One dimension: its score, its bar, and the metrics it was weighed from."""

    name: str
    label: str
    score: int
    band: str
    y: int
    width: float
    components: list[tuple[str, str]]
    explanation: str


@dataclass
class AnswerView:
    """A question of the interview, the answer, its highlights, metrics and feedback."""

    number: int
    question: SessionQuestion
    answer: SessionResponse | None
    coaching: AnswerReport | None
    band: str = ""
    segments: list[Segment] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    components: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    follow_up: SessionQuestion | None = None  # asked after the answer; coached with it
    follow_up_answer: SessionResponse | None = None


@dataclass(frozen=True)
class LegendRow:
    """One line of the highlight legend: samples drawn as in the answers, and words."""

    label: str
    look: str
    samples: tuple[tuple[str, str, str], ...]  # (highlight class, part tag, sample text)

    @property
    def wide(self) -> bool:
        """Structure rows show every part's label, so they take a whole line."""
        return any(tag for _, tag, _ in self.samples)


@dataclass
class ReportView:
    """The whole coaching report of one interview, ready for a template."""

    report: InterviewReport
    band: str
    engine: str
    limits: str | None
    dimensions: list[DimensionView]
    chart: dict[str, int]
    answers: list[AnswerView]
    legend: list[LegendRow]
    time_note: str | None = None

    @property
    def unanswered(self) -> list[AnswerView]:
        """Questions left without an answer (the interview was finished early)."""
        return [a for a in self.answers if a.answer is None]


STRUCTURE_GROUPS = {
    "star": "STAR parts",
    "tech": "Technical answer parts",
    "company": "Company answer parts",
}


def css_class(kind: str) -> str:
    """The highlight class of an evidence kind."""
    return "hl-" + kind.replace("_", "-")


def legend_rows(used: set[str]) -> list[LegendRow]:
    """Legend lines for the kinds that occur: structure parts grouped, the rest one by one."""
    rows: list[LegendRow] = []
    done: set[str] = set()
    for kind, info in KINDS.items():
        if kind not in used or kind in done:
            continue
        if not info.tag:
            rows.append(LegendRow(info.label, info.look, ((css_class(kind), "", info.sample),)))
            continue
        prefix = kind.split("_", 1)[0]
        group = [k for k in KINDS if k.startswith(prefix + "_") and k in used]
        done.update(group)
        samples = tuple((css_class(k), KINDS[k].tag, "") for k in group)
        rows.append(
            LegendRow(STRUCTURE_GROUPS[prefix], "shaded sentence, labelled with its part", samples)
        )
    return sorted(rows, key=lambda row: not row.wide)


def _found(counts: dict[str, int]) -> str:
    return ", ".join(f"{word} ×{n}" if n > 1 else word for word, n in counts.items())


def _parts(metrics: AnswerMetrics) -> tuple[str, dict[str, StructurePart]]:
    for title, parts in (
        ("STAR parts", metrics.star),
        ("Technical answer parts", metrics.technical),
        ("Company answer parts", metrics.company),
    ):
        if parts:
            return title, parts
    return "Structure parts", {}


def answer_facts(metrics: AnswerMetrics) -> list[tuple[str, str]]:
    """The key measurements of one answer, as (label, value) pairs."""
    wpm = metrics.words_per_minute
    fillers = f"{number(metrics.fillers_per_100_words)} per 100 words"
    title, parts = _parts(metrics)
    present = [PART_LABELS.get(name, name) for name, part in parts.items() if part.present]
    missing = [PART_LABELS.get(name, name) for name, part in parts.items() if not part.present]
    structure = f"{len(present)} of {len(parts)}: " + (", ".join(present) or "none")
    if missing:
        structure += f" (missing: {', '.join(missing)})"
    facts = [
        ("Words", str(metrics.word_count)),
        ("Pace", f"{round(wpm)} words a minute" if wpm is not None else "not timed"),
        (
            "Fillers",
            fillers + (f" ({_found(metrics.fillers_found)})" if metrics.filler_count else ""),
        ),
        (
            "Hedges",
            str(metrics.hedge_count)
            + (f" ({_found(metrics.hedges_found)})" if metrics.hedge_count else ""),
        ),
    ]
    if parts:
        facts.append((title, structure))
    if metrics.skills_used or metrics.skills_missed:
        facts.append(("Skills used", ", ".join(metrics.skills_used) or "none yet"))
        facts.append(("Skills missed", ", ".join(metrics.skills_missed) or "none"))
    if metrics.job_terms_used:
        facts.append(("Job terms used", ", ".join(metrics.job_terms_used)))
    detail = metrics.numbers[:4] + metrics.named_tools[:3]
    specificity = f"{round(metrics.specificity * 100)}%"
    facts.append(("Specificity", specificity + (f" ({', '.join(detail)})" if detail else "")))
    facts.append(("Relevance", f"{round(metrics.relevance * 100)}%"))
    return facts


def _answer_report(raw: Any) -> AnswerReport | None:
    try:
        return AnswerReport.model_validate(raw) if raw else None
    except ValidationError:
        return None


def answer_views(session: InterviewSession, report: InterviewReport) -> list[AnswerView]:
    """Every question in order, with the answer and its coaching (when there is some)."""
    coached = {a.question_uuid: a for a in report.answers if a.question_uuid}
    responses = {r.question_uuid: r for r in session.responses}
    follow_ups = {q.parent_question_uuid: q for q in session.questions if q.parent_question_uuid}
    views: list[AnswerView] = []
    for question in session.questions:
        if question.is_follow_up:
            continue
        response = responses.get(question.question_uuid)
        coaching = coached.get(question.question_uuid) or _answer_report(
            response.coaching if response else None
        )
        view = AnswerView(question.position + 1, question, response, coaching)
        view.follow_up = follow_ups.get(question.question_uuid)
        if view.follow_up is not None:
            view.follow_up_answer = responses.get(view.follow_up.question_uuid)
        if response is not None and coaching is not None:
            view.band = band(coaching.coaching_score)
            view.segments = build_segments(response.response_text, coaching.evidence)
            view.facts = answer_facts(coaching.metrics)
            view.components = component_rows(coaching.score_components)
            view.notes = [FLAG_NOTES[f] for f in coaching.metrics.flags if f in FLAG_NOTES]
        views.append(view)
    return views


def dimension_views(report: InterviewReport) -> list[DimensionView]:
    """The four dimensions in a fixed order, laid out as chart rows."""
    names = [n for n in DIMENSIONS if n in report.dimensions]
    names += [n for n in report.dimensions if n not in DIMENSIONS]
    return [
        DimensionView(
            name=name,
            label=DIMENSION_LABELS.get(name, name.replace("_", " ").capitalize()),
            score=dim.score,
            band=band(dim.score),
            y=index * ROW_HEIGHT,
            width=round(CHART_WIDTH * dim.score / 100, 1),
            components=component_rows(dim.components),
            explanation=dim.explanation,
        )
        for index, name in enumerate(names)
        for dim in (report.dimensions[name],)
    ]


def engine_label(engine: str) -> str:
    """Which coach wrote the report, for people."""
    return "the built-in offline coach" if engine == "offline" else f"the AI coach ({engine})"


OFFLINE_LIMITS = (
    "It judges how you answer: whether you answer the question asked, the shape and specifics "
    "of the answer, your delivery, and phrases interviewers hear as red flags. It cannot check "
    "that your facts, figures or safety steps are right for your field; ask someone who does "
    "the work."
)


def engine_limits(engine: str) -> str | None:
    """What the coach that wrote the report cannot judge, said plainly."""
    return OFFLINE_LIMITS if engine == "offline" else None


def stored_report(session: InterviewSession) -> InterviewReport | None:
    """The session's coaching report, if one was written and still reads."""
    raw = report_json(session)
    if not raw:
        return None
    try:
        return InterviewReport.model_validate(raw)
    except ValidationError:
        return None


def report_view(session: InterviewSession) -> ReportView | None:
    """The report of a completed, coached session, or None."""
    report = stored_report(session)
    if report is None:
        return None
    answers = answer_views(session, report)
    used = {kind for a in answers for s in a.segments for kind in s.kinds}
    dimensions = dimension_views(report)
    return ReportView(
        report=report,
        band=band(report.overall_score),
        engine=engine_label(report.engine),
        limits=engine_limits(report.engine),
        dimensions=dimensions,
        chart={
            "width": CHART_WIDTH,
            "height": max(len(dimensions), 1) * ROW_HEIGHT - 8,
            "bar_height": BAR_HEIGHT,
        },
        answers=answers,
        legend=legend_rows(used),
        time_note=time_management(session),
    )


def report_lines(view: ReportView) -> list[str]:
    """The interview-wide part of the report as plain-text lines."""
    report = view.report
    lines = [
        f"Overall score: {report.overall_score}/100 ({view.band})",
        f"Written by {view.engine}." + (f" {view.limits}" if view.limits else ""),
    ]
    if report.fallback_reason:
        lines.append(f"The AI coach was not used: {report.fallback_reason}")
    lines += ["", report.coaching_feedback, "", "Dimension scores:"]
    lines += [f"- {d.label}: {d.score}/100 ({d.band})" for d in view.dimensions]
    if view.time_note:
        lines += ["", f"Time management: {view.time_note}"]
    return lines + list_lines(report, empty="None noted.")


def feedback_lines(answer: AnswerView) -> list[str]:
    """One answer's score and coaching as plain-text lines."""
    coaching = answer.coaching
    if coaching is None:
        return []
    feedback = coaching.feedback
    lines = [f"Coaching score: {coaching.coaching_score}/100 ({answer.band})", feedback.summary]
    lines += ["What worked:", *bullets(feedback.worked, empty="- Nothing to build on yet.")]
    lines += [f"Fix first: {feedback.fix_first}"]
    if feedback.strong_answer_adds:
        lines += [
            "A strong answer would add:",
            *bullets(feedback.strong_answer_adds, empty="None noted."),
        ]
    return lines
