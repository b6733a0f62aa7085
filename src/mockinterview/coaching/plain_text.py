"""Plain-text pieces of a report shared by the CLI and the text download."""

from collections.abc import Sequence

from mockinterview.coaching.schemas import InterviewReport


def bullets(items: Sequence[str], indent: str = "", empty: str = "(none)") -> list[str]:
    """One '- item' line per item, or a single line saying there are none."""
    return [f"{indent}- {item}" for item in items] or [f"{indent}{empty}"]


def list_lines(report: InterviewReport, indent: str = "", empty: str = "(none)") -> list[str]:
    """Strengths, areas, recommendations, most-used words and job terms as lines."""
    lines = ["", "Strengths:", *bullets(report.strengths, indent, empty)]
    lines += ["", "Areas for improvement:", *bullets(report.areas_for_improvement, indent, empty)]
    lines += ["", "Recommendations:", *bullets(report.recommendations, indent, empty)]
    if report.most_used_words:
        words = ", ".join(f"{w.word} ({w.count})" for w in report.most_used_words)
        lines += ["", f"Most used words: {words}"]
    if report.job_terms_used:
        lines.append(f"Job terms used: {', '.join(report.job_terms_used)}")
    return lines
