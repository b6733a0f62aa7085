"""Degree levels in postings and resumes, so that a degree the candidate holds is not a gap."""

import re
from collections.abc import Iterable

from mockinterview.tailoring.schemas import JobRequirements, ResumeProfile

IN_PROGRESS = re.compile(
    r"\b(?:in progress|expected|anticipated|final year|currently (?:enrolled|studying|pursuing)"
    r"|due to (?:finish|complete|graduate)|finishing|completing|pursuing|working towards?"
    r"|enrolled in|studying for)\b",
    re.I,
)
"""An education line for a course the candidate has not finished yet."""
_STATE = r"(?<!, )"  # "Cambridge, MA" and "Jackson, MS" are places, not degrees
_LEVELS = (
    (
        4,
        re.compile(r"\b(?:ph\.?\s?d|doctorate|doctor of|d\.?phil|ed\.?d|pharm\.?d|dnp)\b", re.I),
    ),
    (
        3,
        re.compile(
            r"\b(?:[Mm]aster'?s?|MBA|MSc|M\.Sc|M\.S\.|M\.A\.|M\.Eng|MEng|MSW|LMSW|MSN|MPH|MPA|"
            rf"M\.Ed|LL\.?M)(?!\w)|{_STATE}\b(?:MS|MA)\b(?! *$)"
        ),
    ),
    (
        2,
        re.compile(
            r"\b(?:[Bb]achelor'?s?|BSc|B\.Sc|B\.S\.|B\.A\.|BBA|B\.B\.A|BSN|BSEE|BSME|BSCS|BEng|"
            r"B\.Eng|B\.Ed|B\.Com|LL\.?B|[Uu]ndergraduate degree|[Ff]our-year degree)(?!\w)"
            rf"|{_STATE}\b(?:BS|BA)\b(?! *$)"
        ),
    ),
    (
        1,
        re.compile(
            r"\b(?:[Aa]ssociate'?s? (?:degree|of)|A\.A\.S|AAS|A\.A\.|A\.S\.|[Tt]wo-year degree)"
            r"(?!\w)"
        ),
    ),
)
_ANY_DEGREE = re.compile(
    r"\b(?:degree[- ](?:level|educated|qualified)|(?:university|college|honours|relevant)\s+"
    r"degree|degree\s+(?:in|from)\b|a\s+degree\b(?!\s+of\b))",
    re.I,
)
"""A degree of no named level ("a degree in a relevant subject"): a bachelor's, where it is used."""
_BACHELOR = 2


def degree_level(text: str) -> int | None:
    """The level of the first degree the text names: 1 associate ... 4 doctorate."""
    found = [(m.start(), level) for level, pattern in _LEVELS for m in [pattern.search(text)] if m]
    if found:
        return min(found)[1]
    return _BACHELOR if _ANY_DEGREE.search(text) else None


def _line_level(line: str) -> int:
    named = max((level for level, pattern in _LEVELS if pattern.search(line)), default=0)
    return named or (_BACHELOR if _ANY_DEGREE.search(line) else 0)


def highest_degree(lines: Iterable[str]) -> int:
    """The highest degree level among finished courses (0 when none is named)."""
    return max((_line_level(line) for line in lines if not IN_PROGRESS.search(line)), default=0)


def degree_met(requirement: str, lines: Iterable[str]) -> bool:
    """Whether the resume holds a finished degree at the level the requirement first names."""
    wanted = degree_level(requirement)
    return wanted is not None and highest_degree(lines) >= wanted


def without_met_degrees(job: JobRequirements, profile: ResumeProfile) -> JobRequirements:
    """The posting without the degree requirements the resume already meets (nothing to ask)."""
    education = [e.line for e in profile.education]
    kept = [r for r in job.requirements if not degree_met(r.line, education)]
    return (
        job if len(kept) == len(job.requirements) else job.model_copy(update={"requirements": kept})
    )
