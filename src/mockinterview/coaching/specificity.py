"""Concrete detail in an answer (figures, outcomes, named tools) and generic talk."""

from dataclasses import dataclass

from mockinterview.coaching.lexicon import NAMED_TOOLS, STOPWORDS, VAGUE_WORDS
from mockinterview.coaching.phrases import GENERIC_RE, OUTCOME_RE
from mockinterview.coaching.text import Doc, cue, scan

_NUMBER_RE = cue(
    r"\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|k\b|x\b|ms\b|million|billion))?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|half|dozen|double|twice)\s+(?:\w+\s)?(?:weeks?|days?|months?"
    r"|years?|hours?|minutes?|people|engineers|customers|users|percent|times|teams|members|"
    r"clients|sprints?|releases?|services|reports)\b"
)
_I_WORDS = frozenset(("i", "i'm", "i've", "i'd", "i'll"))


@dataclass(slots=True)
class Specificity:
    """Concrete detail in an answer: figures, outcomes and named tools or systems."""

    numbers: list[str]
    outcomes: list[str]
    tools: list[str]
    spans: list[tuple[str, int, int]]

    @property
    def score(self) -> float:
        """Specificity 0-1 from figures, outcomes and named tools."""
        points = (
            min(len(self.numbers), 3)
            + 0.8 * min(len(self.outcomes), 3)
            + 0.6 * min(len(self.tools), 3)
        )
        return round(min(1.0, points / 4.0), 3)


def specificity(doc: Doc) -> Specificity:
    """Collect figures, outcome phrases and named tools from an answer."""
    spans: list[tuple[str, int, int]] = []
    numbers: dict[str, None] = {}
    for m in scan(_NUMBER_RE, doc):
        numbers.setdefault(m.group().strip().lower(), None)
        spans.append(("metric", m.start(), m.end()))
    outcomes: dict[str, None] = {}
    for m in scan(OUTCOME_RE, doc):
        outcomes.setdefault(m.group().lower(), None)
        spans.append(("outcome", m.start(), m.end()))
    tools: dict[str, None] = {}
    starts = {s.first for s in doc.sentences}
    for i, t in enumerate(doc.tokens):
        named = t.lower in NAMED_TOOLS
        proper = (
            i not in starts
            and t.text[:1].isupper()
            and t.lower not in STOPWORDS
            and t.lower not in _I_WORDS
            and len(t.text) > 1
            and not t.text.isdigit()
        )
        if named or proper:
            if t.text not in tools:
                spans.append(("tool", t.start, t.end))
            tools.setdefault(t.text, None)
    return Specificity(list(numbers), list(outcomes), list(tools), spans)


def generic_rate(doc: Doc) -> float:
    """Generic claims and vague words ('it is important', 'stuff', 'various') per 100 words."""
    if not doc.tokens:
        return 0.0
    vague = sum(1 for t in doc.tokens if t.lower in VAGUE_WORDS)
    return round(100.0 * (len(scan(GENERIC_RE, doc)) + vague) / len(doc.tokens), 2)
