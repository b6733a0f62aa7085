"""Geometry of the inline SVG charts of the progress pages (line, bar and sparkline)."""

from dataclasses import dataclass, field

WIDTH = 400
HEIGHT = 220
LEFT = 36
RIGHT = 12
TOP = 12
BOTTOM = 28
COLOURS = ("#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 4")


@dataclass
class Line:
    """One series of a line chart: its name, where its points sit, and how it is drawn."""

    label: str
    colour: str
    dash: str
    points: str
    dots: list[tuple[float, float]]


@dataclass
class LineChart:
    """A line chart over labelled steps, with the numbers for its table alternative."""

    title: str
    labels: list[str]
    lines: list[Line]
    table: list[tuple[str, list[str]]]
    ticks: list[tuple[float, str]]
    x_labels: list[tuple[float, str]]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    series_names: list[str] = field(default_factory=list)


def _nice_max(values: list[float]) -> float:
    """A round top for the y axis above every value."""
    top = max(values, default=0.0)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500):
        if top <= step:
            return float(step)
    return float(int(top) + 1)


def _number(value: float | None) -> str:
    """A value as the table shows it."""
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def line_chart(
    title: str,
    labels: list[str],
    series: dict[str, list[float | None]],
    top: float | None = None,
) -> LineChart:
    """Lines for each series over the labelled steps, scaled to 0..top (a round maximum)."""
    values = [v for vs in series.values() for v in vs if v is not None]
    top = top or _nice_max(values)
    span_x = WIDTH - LEFT - RIGHT
    span_y = HEIGHT - TOP - BOTTOM
    step = span_x / max(len(labels) - 1, 1)

    def x(i: int) -> float:
        return round(LEFT + (i * step if len(labels) > 1 else span_x / 2), 1)

    def y(v: float) -> float:
        return round(TOP + span_y * (1 - min(v, top) / top), 1)

    lines = []
    for n, (label, vs) in enumerate(series.items()):
        dots = [(x(i), y(v)) for i, v in enumerate(vs) if v is not None]
        points = " ".join(f"{px},{py}" for px, py in dots)
        lines.append(Line(label, COLOURS[n % 5], DASHES[n % 5], points, dots))
    every = max(1, len(labels) // 6)
    return LineChart(
        title=title,
        labels=labels,
        lines=lines,
        table=[(lab, [_number(vs[i]) for vs in series.values()]) for i, lab in enumerate(labels)],
        ticks=[(y(top * f), _number(top * f)) for f in (0, 0.25, 0.5, 0.75, 1)],
        x_labels=[(x(i), lab) for i, lab in enumerate(labels) if i % every == 0],
        series_names=list(series),
    )


def sparkline(values: list[int], width: int = 120, height: int = 28) -> str:
    """The points of a small 0-100 trend line, oldest first."""
    if not values:
        return ""
    step = width / max(len(values) - 1, 1)
    xs = [i * step if len(values) > 1 else width / 2 for i in range(len(values))]
    ys = [2 + (height - 4) * (1 - v / 100) for v in values]
    return " ".join(f"{round(px, 1)},{round(py, 1)}" for px, py in zip(xs, ys, strict=True))
