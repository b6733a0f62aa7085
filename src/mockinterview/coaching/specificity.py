"""Concrete detail in an answer (figures, outcomes, named tools) and generic talk."""

import re
from dataclasses import dataclass

from mockinterview.coaching.lexicon import VAGUE_WORDS, wordset
from mockinterview.coaching.phrases import GENERIC_RE, OUTCOME_RE
from mockinterview.coaching.text import WORD_RE, Doc, cue, scan
from mockinterview.vocabulary import find_skills

_NUMBER_RE = cue(
    r"\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|k\b|x\b|ms\b|million|billion))?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|half|dozen|double|twice)\s+(?:\w+\s)?(?:weeks?|days?|months?"
    r"|years?|hours?|minutes?|people|engineers|customers|users|percent|times|teams|members|"
    r"clients|sprints?|releases?|services|reports)\b"
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_LABEL_BEFORE_RE = re.compile(
    rf"(?:#|\bno\.|\bnumber|\bversion|\bv|\bcase|\bticket|\broom|\bbed|\bward|\bfloor|\bq"
    rf"|\bh|\bfy|\bstep|\bpage|\broute|\bgate|\bline|\bunit|\bbay|\bstore|\bclass|\bgrade"
    rf"|\bsection|\barticle|\bform|\bchapter|\bitem|\blevel|\bphase|\btier|{_MONTHS}|{_DAYS}"
    rf"|\bat|\bby|\bbefore|\buntil|\baround|\bfrom)\s*[-#.]?\s*$",
    re.I,
)
_AFTER_RE = re.compile(
    rf"^(?::\d|\s*(?:a\.?m\b|p\.?m\b|o'clock)|(?:st|nd|rd|th)\b|\s*(?:of\s+)?(?:{_MONTHS})\b"
    rf"|[-/.]\d)",
    re.I,
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_PLAIN_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_TIME_BEFORE_RE = re.compile(r"\d[:/.]$")
_CLOCK_WORDS = ("at", "by", "before", "until", "around")
_NEXT_WORD_RE = re.compile(r"^\s*([a-z]+)", re.I)
_NOT_UNITS = wordset(
    "am pm and or to i we he she they the on in that when so but then a it every each"
)


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


def _is_label(text: str, start: int, end: int, figure: str, given: set[str]) -> bool:
    """Whether a figure is a time, a date, an identifier or one of the question's own figures."""
    digits = figure.split()[0].rstrip("%")
    if digits in given:
        return True
    before = text[max(0, start - 12) : start]
    after = text[end : end + 14]
    if _TIME_BEFORE_RE.search(before) or _AFTER_RE.match(after):
        return True
    if _YEAR_RE.fullmatch(figure):
        return True
    if not figure[:1].isdigit() or not _PLAIN_NUMBER_RE.fullmatch(figure):
        return False  # a percentage or a quantity with its unit (3x, 200ms, 5k) is no label
    label = _LABEL_BEFORE_RE.search(before)
    if not label:
        return False
    word = label.group().strip(" -#.").lower()
    if word == "from":
        return False
    if word in _CLOCK_WORDS:
        nxt = _NEXT_WORD_RE.match(after)
        unit = nxt is not None and nxt.group(1).lower() not in _NOT_UNITS
        return float(digits.replace(",", "") or 0) <= 24 and not unit
    return True


def specificity(doc: Doc, question: str = "") -> Specificity:
    """Collect real figures (not times, dates or ids), outcome phrases and named tools."""
    spans: list[tuple[str, int, int]] = []
    numbers: dict[str, None] = {}
    given = {w.replace(",", "") for w in WORD_RE.findall(question) if w[:1].isdigit()}
    for m in scan(_NUMBER_RE, doc):
        figure = m.group().strip().lower()
        if _is_label(doc.text, m.start(), m.end(), figure, given):
            continue
        numbers.setdefault(figure, None)
        spans.append(("metric", m.start(), m.end()))
    outcomes: dict[str, None] = {}
    for m in scan(OUTCOME_RE, doc):
        outcomes.setdefault(m.group().lower(), None)
        spans.append(("outcome", m.start(), m.end()))
    tools: dict[str, None] = {}
    for skill in find_skills(doc.text):
        tools.setdefault(skill.name, None)
        spans.append(("tool", skill.start, skill.end))
    return Specificity(list(numbers), list(outcomes), list(tools), spans)


def generic_rate(doc: Doc) -> float:
    """Generic claims and vague words ('it is important', 'stuff', 'various') per 100 words."""
    if not doc.tokens:
        return 0.0
    vague = sum(1 for t in doc.tokens if t.lower in VAGUE_WORDS)
    return round(100.0 * (len(scan(GENERIC_RE, doc)) + vague) / len(doc.tokens), 2)
