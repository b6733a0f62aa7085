"""Key terms of a job description, to check which ones the answers use."""

from functools import lru_cache

from mockinterview.coaching.lexicon import GENERIC_JOB_WORDS, NAMED_TOOLS, STOPWORDS
from mockinterview.coaching.text import concept, tokenize


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
    candidates = _job_candidates(job_description)
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
