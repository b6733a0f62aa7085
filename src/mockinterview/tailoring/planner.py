"""Planning the interview: the probes worth making, in order, each from its own lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from mockinterview.tailoring.candidates import Candidate

# What a strong interviewer covers first when there is a job description, then without one.
# A slot is skipped when no probe of that kind is left that quotes fresh lines.
JOB_SLOTS = (
    "overlap",
    "achievement",
    "gap",
    "motivation",
    "role",
    "design",
    "soft",
    "claim",
    "break",
    "gap",
    "soft",
    "overlap",
)
# Figures are the claims most worth checking, so "claim" looks at achievements first.
_FALLBACK = {"claim": ("achievement", "claim"), "design": ("design", "scenario")}
RESUME_SLOTS = (
    "achievement",
    "motivation",
    "role",
    "claim",
    "scenario",
    "break",
    "claim",
    "achievement",
)


def _normal(prompt: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", prompt.lower()).strip()


class _Plan:
    def __init__(self) -> None:
        self.chosen: list[Candidate] = []
        self.resume_lines: set[str] = set()
        self.job_lines: set[str] = set()
        self.topics: set[str] = set()
        self.prompts: set[str] = set()
        self.missing: set[str] = set()

    def fits(self, candidate: Candidate, *, share_job_lines: bool) -> bool:
        if candidate.topic in self.topics or _normal(candidate.prompt) in self.prompts:
            return False
        if candidate.missing & self.missing:  # one question per skill the resume lacks
            return False
        mine, theirs = _quoted(candidate, "resume"), _quoted(candidate, "job_description")
        if mine & self.resume_lines:
            return False
        return share_job_lines or not theirs & self.job_lines

    def take(self, candidate: Candidate) -> None:
        self.chosen.append(candidate)
        self.topics.add(candidate.topic)
        self.prompts.add(_normal(candidate.prompt))
        self.missing |= candidate.missing
        self.resume_lines |= _quoted(candidate, "resume")
        self.job_lines |= _quoted(candidate, "job_description")


def _quoted(candidate: Candidate, kind: str) -> set[str]:
    return {" ".join(s.quote.split()) for s in candidate.sources if s.kind == kind}


def plan(
    candidates: Sequence[Candidate], fillers: Sequence[Candidate], count: int, *, has_job: bool
) -> list[Candidate]:
    """Fill the interviewer's slots in order, then the best remaining probes, then fillers.

    No two questions quote the same resume line, and (while others are left) the same
    posting line.
    """
    ranked = sorted(candidates, key=lambda c: (-c.priority, c.topic, c.prompt))
    state = _Plan()
    for slot in JOB_SLOTS if has_job else RESUME_SLOTS:
        if len(state.chosen) >= count:
            break
        # without duties to design from, a scenario is the problem-solving question
        wanted = _FALLBACK.get(slot, (slot,))
        found = next(
            (
                c
                for kind in wanted
                for c in ranked
                if c.slot == kind and state.fits(c, share_job_lines=False)
            ),
            None,
        )
        if found is not None:
            state.take(found)
    for share in (False, True):
        for candidate in ranked:
            if len(state.chosen) < count and state.fits(candidate, share_job_lines=share):
                state.take(candidate)
    for filler in fillers:
        candidate = _fresh(filler, state.resume_lines)
        if len(state.chosen) < count and state.fits(candidate, share_job_lines=True):
            state.take(candidate)
    return state.chosen


def _fresh(filler: Candidate, used: set[str]) -> Candidate:
    """A bank question without the resume lines other questions already quote."""
    kept = [
        s for s in filler.sources if s.kind != "resume" or " ".join(s.quote.split()) not in used
    ]
    return replace(filler, sources=kept) if len(kept) < len(filler.sources) else filler
