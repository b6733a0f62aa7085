"""Two-column resumes flattened to text: read the left column, then the right one.

A two-column layout copied or extracted as text puts a sidebar line (skills, tools, education)
and a main-column line (a job, a bullet) side by side on each line, separated by a wide gap at
the same column. Read as it stands, every line mixes the two ("TOOLS   Senior Manager, ...").
A line whose right part is only a date range is a single-column job line with its dates set to
the right margin, so it is neither evidence of columns nor split. A table of labels and values
("Languages:   Python, SQL") is left as it is: the main column of a two-column page runs on
beside an empty sidebar, a table's values do not.
"""

import re
from collections import Counter
from itertools import islice

MIN_GAP = 3  # spaces between the columns
MIN_LEFT_WIDTH = 16  # a narrower "left column" is an indent or a bullet
MIN_SIDE_BY_SIDE = 4  # lines with text in both columns before a layout counts as two columns
MIN_REGION = 6  # lines in a run of side-by-side layout worth unfolding
MIN_RIGHT_ONLY = 2  # main-column lines beside an empty sidebar; a label-value table has none
MAX_GAPS = 4  # wide gaps looked at per line: a page has two or three columns, not dozens
_GAP_THEN_TEXT = re.compile(rf" {{{MIN_GAP},}}(?=\S)")
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|\b(?:present|current|now|today|to|since|spring|summer|autumn|fall|winter)\b",
    re.I,
)


def _right_is_only_dates(right: str) -> bool:
    """Whether the text is nothing but dates ("Mar 2021 - present", "2016 – 2019")."""
    return bool(re.search(r"\d{4}", right)) and not re.search(
        r"[^\W\d_]", _DATE_WORDS.sub("", right)
    )


def _starts(line: str) -> list[int]:
    """Columns where text starts after a wide gap (or after a wide indent)."""
    starts = (m.end() for m in _GAP_THEN_TEXT.finditer(line) if m.end() >= MIN_LEFT_WIDTH)
    return list(islice(starts, MAX_GAPS))


def _column(lines: list[str]) -> int | None:
    """The column the right-hand text starts at, when the layout has two columns."""
    side_by_side: Counter[int] = Counter()
    for line in lines:
        for start in _starts(line):
            if line[:start].strip() and not _right_is_only_dates(line[start:]):
                side_by_side[start] += 1
    if not side_by_side:
        return None
    column, count = side_by_side.most_common(1)[0]
    return column if count >= MIN_SIDE_BY_SIDE else None


def _halves(line: str, column: int) -> tuple[str, str] | None:
    """The line's left and right parts, or None when text runs across the column."""
    if len(line.rstrip()) <= column - MIN_GAP:
        return line.rstrip(), ""
    if line[column - MIN_GAP : column].strip() or not line[column:].strip():
        return None
    left, right = line[:column].rstrip(), line[column:].strip()
    if left.strip() and _right_is_only_dates(right):
        return None
    return left, right


def unfold_columns(text: str) -> str:
    """The text with each two-column run rewritten as its left column followed by its right."""
    lines = text.splitlines()
    column = _column(lines)
    if column is None:
        return text
    out: list[str] = []
    run: list[tuple[str, tuple[str, str]]] = []
    unfolded = False

    def flush() -> None:
        nonlocal unfolded
        halves = [h for _, h in run]
        both = sum(1 for left, right in halves if left.strip() and right)
        right_only = sum(1 for left, right in halves if right and not left.strip())
        if len(run) >= MIN_REGION and both >= MIN_SIDE_BY_SIDE - 1 and right_only >= MIN_RIGHT_ONLY:
            out.extend(left for left, right in halves if left.strip() or not right)
            out.append("")
            out.extend(right for left, right in halves if right or not left.strip())
            unfolded = True
        else:
            out.extend(line for line, _ in run)
        run.clear()

    for line in lines:
        halves = _halves(line, column)
        if halves is None:
            flush()
            out.append(line)
        else:
            run.append((line, halves))
    flush()
    return "\n".join(out) if unfolded else text
