"""What the Progress page shows: charts of the user's trends, habits and benchmarks."""

from dataclasses import dataclass
from typing import Any

from mockinterview.analytics.schemas import PerformanceTrends, RoleBenchmark, UserProgress
from mockinterview.coaching.schemas import DIMENSIONS
from mockinterview.web.progress_charts import LineChart, line_chart
from mockinterview.web.report_view import DIMENSION_LABELS
from mockinterview.web.templating import CATEGORY_LABELS, DIFFICULTY_LABELS

MAX_POINTS = 30


@dataclass
class BenchmarkView:
    """One practiced role's comparison with everyone, in words and numbers."""

    title: str
    level: str
    benchmark: RoleBenchmark
    summary: str


def _day(value: Any) -> str:
    """A short date label (e.g. 3 Nov)."""
    return f"{value.day} {value:%b}"


def score_chart(trends: PerformanceTrends) -> LineChart | None:
    """Overall and dimension scores per interview (per week or month when there are many)."""
    scored = [s for s in trends.sessions if s.overall_score is not None]
    if not scored:
        return None
    names = {"Overall": "overall_score"} | {DIMENSION_LABELS[d]: d for d in DIMENSIONS}
    if len(scored) <= MAX_POINTS:
        labels = [_day(s.completed_at) for s in scored]
        rows: list[dict[str, Any]] = [
            {"overall_score": s.overall_score, **(s.dimension_scores or {})} for s in scored
        ]
        title = "Scores per interview"
    else:
        labels = [_day(b.bucket) for b in trends.buckets]
        rows = [{"overall_score": b.overall_score, **b.dimension_scores} for b in trends.buckets]
        title = f"Average scores per {trends.bucket}"
    series = {label: [row.get(key) for row in rows] for label, key in names.items()}
    return line_chart(title, labels, series, top=100)


def category_chart(trends: PerformanceTrends) -> LineChart | None:
    """The average answer score per category, per week or month."""
    if not trends.categories:
        return None
    buckets = sorted({c.bucket for c in trends.categories})
    found = {(c.bucket, c.category): c.average_score for c in trends.categories}
    categories = [c for c in CATEGORY_LABELS if any(k[1] == c for k in found)]
    series = {CATEGORY_LABELS[c]: [found.get((b, c)) for b in buckets] for c in categories}
    title = f"Average answer score by category, per {trends.bucket}"
    return line_chart(title, [_day(b) for b in buckets], series, top=100)


def habit_charts(trends: PerformanceTrends) -> list[LineChart]:
    """Fillers, answer length and spoken pace per week or month."""
    labels = [_day(h.bucket) for h in trends.habits]
    wanted = [
        ("Fillers per 100 words", [h.fillers_per_100_words for h in trends.habits]),
        ("Words per answer", [h.avg_words_per_answer for h in trends.habits]),
        ("Spoken pace (words a minute)", [h.words_per_minute for h in trends.habits]),
    ]
    return [
        line_chart(f"{name}, per {trends.bucket}", labels, {name: values})
        for name, values in wanted
        if any(v is not None for v in values)
    ]


def difficulty_rows(trends: PerformanceTrends) -> list[dict[str, Any]]:
    """Average scores per level, in level order, for the table and its bars."""
    order = list(DIFFICULTY_LABELS)
    return [
        {
            "label": DIFFICULTY_LABELS.get(d.difficulty_level, d.difficulty_level),
            "interviews": d.interviews,
            "overall": d.overall_score,
            "dimensions": [d.dimension_scores.get(n) for n in DIMENSIONS],
        }
        for d in sorted(trends.difficulties, key=lambda d: order.index(d.difficulty_level))
    ]


def benchmark_view(title: str, benchmark: RoleBenchmark) -> BenchmarkView:
    """A practiced role's benchmark with a sentence saying where the user stands."""
    level = DIFFICULTY_LABELS.get(benchmark.difficulty or "", "All")
    if benchmark.percentiles is None:
        summary = benchmark.reason or ""
    elif benchmark.your_percentile and "overall_score" in benchmark.your_percentile:
        rank = benchmark.your_percentile["overall_score"]
        summary = (
            f"Your average overall score is higher than about {round(rank)}% of the "
            f"{benchmark.users} people who practiced this role at this level."
        )
    else:
        summary = f"{benchmark.users} people practiced this role at this level."
    return BenchmarkView(title, level, benchmark, summary)


def progress_context(
    trends: PerformanceTrends, progress: UserProgress, benchmarks: list[tuple[str, RoleBenchmark]]
) -> dict[str, Any]:
    """Everything the Progress page template needs."""
    return {
        "page_title": "My progress",
        "trends": trends,
        "progress": progress,
        "score_chart": score_chart(trends),
        "category_chart": category_chart(trends),
        "habit_charts": habit_charts(trends),
        "difficulty_rows": difficulty_rows(trends),
        "dimension_names": [DIMENSION_LABELS[d] for d in DIMENSIONS],
        "benchmarks": [benchmark_view(title, b) for title, b in benchmarks],
    }
