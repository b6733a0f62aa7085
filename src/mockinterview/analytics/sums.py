"""Adding up the database's per-interview, per-category answer sums into trend figures."""

from collections.abc import Callable, Hashable, Iterable
from typing import Any

FIELDS = (
    "answers",
    "words",
    "seconds",
    "fillers",
    "filler_words",
    "pace_sum",
    "pace_count",
    "score_sum",
    "scored",
)


class AnswerSums:
    """Sums over a set of answers (answer_sums() gives them per interview and category)."""

    __slots__ = ("values",)

    def __init__(self) -> None:
        self.values = [0.0] * len(FIELDS)

    def add(self, sums: Iterable[Any]) -> None:
        """Add one row's sums, in FIELDS order (NULL sums count as nothing)."""
        values = self.values
        for index, value in enumerate(sums):
            if value:
                values[index] += value

    @property
    def count(self) -> int:
        """How many answers."""
        return int(self.values[0])

    @property
    def total_words(self) -> int:
        """Words in all the answers."""
        return int(self.values[1])

    @property
    def scored(self) -> int:
        """How many answers have a coaching score."""
        return int(self.values[8])

    @property
    def fillers_per_100_words(self) -> float | None:
        """Fillers per 100 of the words they were counted in."""
        fillers, words = self.values[3], self.values[4]
        return round(100 * fillers / words, 2) if words else None

    @property
    def pace(self) -> float | None:
        """Average words per minute of the spoken answers."""
        total, count = self.values[5], self.values[6]
        return round(total / count, 1) if count else None

    @property
    def words_per_answer(self) -> float | None:
        """Average answer length in words."""
        return round(self.values[1] / self.values[0], 1) if self.values[0] else None

    @property
    def seconds_per_answer(self) -> float:
        """Average answer time in seconds."""
        return round(self.values[2] / self.values[0], 1) if self.values[0] else 0.0

    @property
    def average_score(self) -> float | None:
        """Average coaching score of the scored answers."""
        total, count = self.values[7], self.values[8]
        return round(total / count, 1) if count else None


def grouped(rows: Iterable[Any], key: Callable[[Any], Hashable]) -> dict[Any, AnswerSums]:
    """The rows' sums (their last len(FIELDS) columns) added up per key."""
    out: dict[Any, AnswerSums] = {}
    width = len(FIELDS)
    for row in rows:
        found = out.get(key(row))
        if found is None:
            found = out[key(row)] = AnswerSums()
        found.add(tuple(row)[-width:])
    return out
