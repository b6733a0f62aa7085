"""Key terms of a job description, to check which ones the answers use."""

import re
from functools import lru_cache

from mockinterview.coaching.lexicon import GENERIC_JOB_WORDS, NAMED_TOOLS, STOPWORDS
from mockinterview.coaching.text import concept, tokenize
from mockinterview.vocabulary import find_skills

_NAME = r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}"
_EMPLOYER = re.compile(
    rf"(?:\bat|\bAbout|\bJoin)\s+(?P<a>{_NAME})|(?:^|[.!]\s+)(?P<b>{_NAME})\s+(?:is|are)\s+"
    r"(?:a|an|the|hiring|looking)\b",
    re.M,
)


def _known_names(job_description: str) -> set[str]:
    """Proper names that are terms: vocabulary skills and the employer's own name."""
    names = {m.name.lower() for m in find_skills(job_description, list_context=True)}
    for match in _EMPLOYER.finditer(job_description):
        names.add((match["a"] or match["b"]).lower())
    return names


def _is_term(shown: str, known: set[str]) -> bool:
    """A capitalised word counts only as a skill, a tool, an acronym or the employer's name.

    Places, team names and words such as "Backend" that only start a title are not terms.
    """
    low = shown.lower()
    if shown == low or low in NAMED_TOOLS or low in known:
        return True
    return shown.isupper() and 2 <= len(shown) <= 6


def _job_candidates(job_description: str) -> list[tuple[str, str, float]]:
    """(key, display form, weight) for each term occurrence; adjacent proper names merge."""
    tokens = tokenize(job_description)
    found: list[tuple[str, str, float]] = []
    last_proper = -2
    for i, t in enumerate(tokens):
        low = t.lower
        if low in STOPWORDS or low in GENERIC_JOB_WORDS or len(low) < 2 or low.isdigit():
            continue
        gap = job_description[tokens[i - 1].end : t.start] if i else "."
        proper = t.text[:1].isupper() and not any(ch in gap for ch in ".!?:\n•-*")
        named = low in NAMED_TOOLS or t.text.isupper()
        bonus = 2.0 if low in NAMED_TOOLS else 1.0 if proper or named else 0.0
        if proper and not named and last_proper == i - 1 and gap == " " and found:
            key, shown, weight = found.pop()
            found.append((f"{key} {concept(low)}", f"{shown} {t.text}", weight))
        else:
            found.append((concept(low), t.text if proper or named else low, 1.0 + bonus))
        last_proper = i if proper and not named else -2
    return found


@lru_cache(maxsize=256)
def extract_job_terms(job_description: str, limit: int = 15) -> tuple[str, ...]:
    """The most characteristic terms of a job description (tools, names, repeated topics)."""
    known = _known_names(job_description)
    candidates = [c for c in _job_candidates(job_description) if _is_term(c[1], known)]
    weights: dict[str, float] = {}
    shown: dict[str, str] = {}
    for key, display, weight in candidates:
        weights[key] = weights.get(key, 0.0) + weight
        if key not in shown or display != display.lower():
            shown[key] = display
    ranked = sorted((k for k in weights if weights[k] >= 2.0), key=lambda k: -weights[k])
    if len(ranked) < 5:
        ranked += sorted((k for k in weights if weights[k] < 2.0), key=lambda k: -weights[k])
    return tuple(shown[k] for k in ranked[:limit])
