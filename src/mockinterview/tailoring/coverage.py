"""Coverage of written probe lists: how many of a pair's probe items the ten questions reach."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mockinterview.resumes.extract import extract_resume_text
from mockinterview.tailoring.generator import generate_tailored_questions
from mockinterview.tailoring.schemas import GeneratedQuestion

# Pairs that may guide changes (the first ten, and later batches looked at after a first
# measurement, as tests/tailoring/pairs/README.md lists); the others are only ever measured.
TUNING = frozenset(
    [
        *range(1, 11),
        *range(17, 39),
        *range(47, 63),
        *range(75, 79),
        *range(83, 91),
        *range(99, 103),
        *range(107, 111),
        *range(115, 119),
        *range(123, 127),
    ]
)
TODAY = date(2026, 11, 30)
UNPACKED_LIMIT = 50 * 2**20


@dataclass(frozen=True)
class PairResult:
    """One pair's probe items and which of them the questions reached."""

    name: str
    number: int
    probed: list[str]
    missed: list[str]
    questions: list[GeneratedQuestion]

    @property
    def coverage(self) -> float:
        """Share of the pair's items that were probed."""
        total = len(self.probed) + len(self.missed)
        return len(self.probed) / total if total else 0.0

    @property
    def held_out(self) -> bool:
        """Whether the pair was kept out of tuning."""
        return self.number not in TUNING


def resume_text(path: Path) -> str:
    """A pair's resume as an upload would store it (Markdown stripped, JSON Resume as text)."""
    return extract_resume_text(path.name, path.read_bytes(), max_unpacked=UNPACKED_LIMIT)


def probed(item: dict[str, object], questions: list[GeneratedQuestion]) -> bool:
    """Whether a question's text or quoted sources mention one of the item's keys."""
    keys = [str(k).lower() for k in item.get("keys", []) or []]  # type: ignore[attr-defined]
    for question in questions:
        texts = [question.prompt, *(s.quote for s in question.sources if s.kind != "bank")]
        said = " ".join(" ".join(texts).split()).lower()
        if any(_mentions(said, key) for key in keys):
            return True
    return False


def _mentions(text: str, key: str) -> bool:
    """Substring match; short all-letter keys ("Go", "ESI") must stand as whole words."""
    if key.isalpha() and len(key) <= 4:
        return re.search(rf"(?<![a-z]){re.escape(key)}(?![a-z])", text) is not None
    return key in text


def measure_pair(folder: Path) -> PairResult:
    """Run the generator on one pair folder (resume.*, posting.txt, probes.json)."""
    resume = resume_text(next(folder.glob("resume.*")))
    posting = (folder / "posting.txt").read_text(encoding="utf-8")
    items = json.loads((folder / "probes.json").read_text(encoding="utf-8"))
    questions = generate_tailored_questions(resume, posting, [], 10, today=TODAY)
    hit = [str(i["id"]) for i in items if probed(i, questions)]
    miss = [str(i["id"]) for i in items if str(i["id"]) not in hit]
    return PairResult(folder.name, pair_number(folder), hit, miss, questions)


def pair_number(folder: Path) -> int:
    """The number a pair folder starts with ("07-...", "102-...")."""
    return int(folder.name.split("-", 1)[0])


def measure_all(root: Path) -> list[PairResult]:
    """Every complete pair under root, in number order."""
    folders = sorted(
        (
            p
            for p in root.iterdir()
            if p.is_dir() and p.name[:2].isdigit() and (p / "probes.json").is_file()
        ),
        key=pair_number,
    )
    return [measure_pair(folder) for folder in folders]


def average(results: list[PairResult]) -> float:
    """Mean coverage over pairs (0 when there are none)."""
    return sum(r.coverage for r in results) / len(results) if results else 0.0
