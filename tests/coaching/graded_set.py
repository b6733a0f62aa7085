"""The graded answer set (tests/coaching/graded): answers, two independent grades, fixed split."""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from mockinterview.coaching.schemas import AnswerInput

FOLDER = Path(__file__).resolve().parent / "graded"
HELD_OUT_SHARE = 30  # percent of answers kept out of fitting, chosen by a hash of the id


@dataclass(frozen=True)
class GradedAnswer:
    """One answer with its writer's target grade and a blind reader's grade."""

    id: str
    answer: AnswerInput
    target: int
    grade: int

    @property
    def consensus(self) -> float:
        """The mean of the two graders' grades."""
        return (self.target + self.grade) / 2

    @property
    def held_out(self) -> bool:
        """Whether this answer belongs to the held-out part (never used for fitting)."""
        return int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 100 < HELD_OUT_SHARE


def load() -> list[GradedAnswer]:
    """Every graded answer: answers_X.jsonl joined with the blind grades in grades_X.jsonl."""
    rows: list[GradedAnswer] = []
    for answers in sorted(FOLDER.glob("answers_*.jsonl")):
        grades_file = FOLDER / answers.name.replace("answers_", "grades_")
        if not grades_file.exists():
            continue
        grades = {
            r["id"]: int(r["grade"])
            for r in map(json.loads, grades_file.read_text(encoding="utf-8").splitlines())
        }
        for line in answers.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            answer = AnswerInput(
                question=r["question"],
                answer=r["answer"],
                category=r["category"],
                mode=r["mode"],
                duration_seconds=r["duration_seconds"],
            )
            rows.append(GradedAnswer(r["id"], answer, int(r["target"]), grades[r["id"]]))
    return rows
