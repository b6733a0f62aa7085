"""What the summary page and its downloads show: metrics, chart geometry, every answer."""

from dataclasses import dataclass
from typing import Any

from mockinterview.interviews.metrics import performance_summary
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.interviews.views import stored_summary
from mockinterview.questionbank.schemas import CATEGORIES
from mockinterview.web.report_view import feedback_lines, report_lines, report_view
from mockinterview.web.templating import (
    CATEGORY_LABELS,
    DIFFICULTY_LABELS,
    STATUS_LABELS,
    duration,
    when,
)

CHART_WIDTH = 400
ROW_HEIGHT = 54
BAR_HEIGHT = 16


@dataclass
class ChartRow:
    """One category's bar: answered out of asked."""

    label: str
    answered: int
    asked: int
    y: int
    asked_width: float
    answered_width: float
    category: str = ""
    score: int | None = None  # the coach's average score for the category's answers


@dataclass
class QuestionRow:
    """A question of the interview and the answer given (if any)."""

    number: int
    question: SessionQuestion
    answer: SessionResponse | None


def metrics_of(session: InterviewSession) -> dict[str, Any]:
    """The stored summary of a completed interview over one computed from its answers."""
    return {**performance_summary(session), **(stored_summary(session) or {})}


def category_scores(session: InterviewSession) -> dict[str, int]:
    """The coach's average answer score in each category (answers that were coached)."""
    scores: dict[str, list[float]] = {}
    for response in session.responses:
        score = (response.coaching or {}).get("coaching_score")
        if isinstance(score, (int, float)):
            scores.setdefault(response.question_category, []).append(score)
    return {category: round(sum(v) / len(v)) for category, v in scores.items()}


def chart_rows(session: InterviewSession) -> list[ChartRow]:
    """Bars for each category asked: the average score when coached, else answered of asked."""
    rows = count_rows(session)
    scores = category_scores(session)
    if not scores:
        return rows
    for row in rows:
        row.score = scores.get(row.category)
        row.asked_width = CHART_WIDTH
        row.answered_width = round(CHART_WIDTH * (row.score or 0) / 100, 1)
    return rows


def count_rows(session: InterviewSession) -> list[ChartRow]:
    """Bars for each category asked, scaled to the largest one."""
    asked: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    for question in session.questions:
        asked[question.category] = asked.get(question.category, 0) + 1
    answered: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    for response in session.responses:
        answered[response.question_category] = answered.get(response.question_category, 0) + 1
    scale = max(asked.values(), default=0) or 1
    room = CHART_WIDTH
    rows: list[ChartRow] = []
    for category in [c for c in asked if asked[c]]:
        rows.append(
            ChartRow(
                label=CATEGORY_LABELS.get(category, category.title()),
                category=category,
                answered=answered.get(category, 0),
                asked=asked[category],
                y=len(rows) * ROW_HEIGHT,
                asked_width=round(room * asked[category] / scale, 1),
                answered_width=round(room * answered.get(category, 0) / scale, 1),
            )
        )
    return rows


def question_rows(session: InterviewSession) -> list[QuestionRow]:
    """Every question in order, with its answer."""
    answers = {r.question_uuid: r for r in session.responses}
    return [
        QuestionRow(number=q.position + 1, question=q, answer=answers.get(q.question_uuid))
        for q in session.questions
    ]


def summary_context(session: InterviewSession) -> dict[str, Any]:
    """Everything the summary templates need."""
    rows = chart_rows(session)
    return {
        "session": session,
        "metrics": metrics_of(session),
        "chart": {
            "rows": rows,
            "width": CHART_WIDTH,
            "height": max(len(rows), 1) * ROW_HEIGHT - 8,
            "bar_height": BAR_HEIGHT,
        },
        "rows": question_rows(session),
        "report": report_view(session),
    }


def chart_line(row: ChartRow) -> str:
    """One category of the chart in words."""
    scored = f"average score {row.score}/100, " if row.score is not None else ""
    return f"{row.label}: {scored}{row.answered} of {row.asked} answered"


def _heading(text: str, underline: str = "-") -> list[str]:
    return [text, underline * len(text)]


def summary_text(session: InterviewSession) -> str:
    """The summary as plain text, for the .txt download."""
    metrics = metrics_of(session)
    lines = _heading("MOCK INTERVIEW SUMMARY", "=")
    lines += [
        f"Interview: {session.scenario_name}",
        f"Difficulty: {DIFFICULTY_LABELS.get(session.difficulty_level, session.difficulty_level)}",
        f"Status: {STATUS_LABELS.get(session.status, session.status)}",
        f"Started: {when(session.started_at or session.created_at)}",
    ]
    if session.completed_at:
        lines.append(f"Finished: {when(session.completed_at)}")
    lines += ["", *_heading("Metrics")]
    lines += [
        f"Completion: {metrics['completion_percentage']:g}%",
        f"Questions answered: {metrics['questions_answered']} of {metrics['total_questions']}",
        f"Total words: {metrics['total_words']}",
        f"Average response time: {duration(metrics['avg_response_time'])}",
        "",
        *_heading("Category breakdown"),
    ]
    lines += [chart_line(row) for row in chart_rows(session)]
    report = report_view(session)
    if report is not None:
        lines += ["", *_heading("Coaching report"), *report_lines(report)]
    feedback = (
        {a.question.question_uuid: feedback_lines(a) for a in report.answers} if report else {}
    )
    lines += ["", *_heading("Questions and answers")]
    for row in question_rows(session):
        q = row.question
        category = CATEGORY_LABELS.get(q.category, q.category)
        difficulty = DIFFICULTY_LABELS.get(q.difficulty, q.difficulty)
        lines += ["", f"Question {row.number} ({category}, {difficulty})", q.prompt, ""]
        if row.answer is None:
            lines.append("Not answered.")
            continue
        words = row.answer.word_count
        lines.append(
            f"Your answer ({words} word{'s' if words != 1 else ''}, "
            f"{duration(row.answer.response_duration_seconds)}):"
        )
        lines += ["    " + line for line in row.answer.response_text.splitlines() or [""]]
        if feedback.get(q.question_uuid):
            lines += ["", *feedback[q.question_uuid]]
    return "\n".join(lines) + "\n"
