"""The `analyze` command: coach an interview from a JSON file or a text transcript."""

from pathlib import Path
from typing import Annotated

import typer

from mockinterview.coaching.inputs import InputError, load_interview
from mockinterview.coaching.plain_text import bullets, list_lines
from mockinterview.coaching.schemas import AnswerReport, InterviewReport

FORMATS = ("json", "text")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(2)


def _answer_text(number: int, a: AnswerReport) -> list[str]:
    m = a.metrics
    parts = m.star or m.technical or m.company
    shape = ", ".join(f"{name} {'yes' if p.present else 'no'}" for name, p in parts.items())
    pace = f", {m.words_per_minute:.0f} words/min" if m.words_per_minute else ""
    lines = [
        f"Answer {number} ({a.category}): {a.coaching_score}/100",
        f"  Q: {a.question}",
        f"  {a.feedback.summary}",
        f"  Metrics: {m.word_count} words{pace}, {m.fillers_per_100_words} fillers/100 words, "
        f"{m.hedge_count} hedges, relevance {m.relevance:.2f}, specificity {m.specificity:.2f}",
        f"  Structure: {shape}",
    ]
    if m.flags:
        lines.append(f"  Flags: {', '.join(m.flags)}")
    lines.append("  What worked:")
    lines += bullets(a.feedback.worked, indent="    ")
    lines.append(f"  Fix first: {a.feedback.fix_first}")
    lines.append("  A strong answer would add:")
    lines += bullets(a.feedback.strong_answer_adds, indent="    ")
    return lines


def render_text(report: InterviewReport) -> str:
    """A readable plain-text version of a report."""
    lines = [f"Overall score: {report.overall_score}/100 (engine: {report.engine})"]
    if report.fallback_reason:
        lines.append(f"Note: {report.fallback_reason}")
    lines += ["", "Dimensions:"]
    lines += [f"  {name:<20} {dim.score:>3}/100" for name, dim in report.dimensions.items()]
    for number, answer in enumerate(report.answers, start=1):
        lines += ["", *_answer_text(number, answer)]
    lines += list_lines(report, indent="  ")
    lines += ["", report.coaching_feedback]
    return "\n".join(lines)


def analyze(
    file: Annotated[
        Path,
        typer.Argument(
            help="Interview as JSON ({'answers': [{'question', 'answer', ...}]}) or a text "
            "transcript with 'Interviewer:' / 'Candidate:' (or 'Q:' / 'A:') lines.",
            show_default=False,
        ),
    ],
    format: Annotated[str, typer.Option("--format", "-f", help="Output: json or text.")] = "json",
) -> None:
    """Score an interview offline and print the coaching report."""
    if format not in FORMATS:
        raise _fail(f"unknown format {format!r}; use json or text")
    try:
        interview = load_interview(file)
    except InputError as exc:
        raise _fail(str(exc)) from exc
    from mockinterview.coaching.engine import analyze_interview  # not loaded for other commands

    report = analyze_interview(interview)
    if format == "json":
        typer.echo(report.model_dump_json(indent=2))
    else:
        typer.echo(render_text(report))
