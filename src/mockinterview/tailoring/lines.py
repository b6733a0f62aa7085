"""Splitting a document into lines with sections, bullets and date ranges."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

SectionRules = Sequence[tuple[str, str]]

_BULLET = re.compile(
    r"^(?:[-*+]\s+|[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u25cb\u25c6\u25ba"
    r"\u25b6\u2713\u2714\u27a2\u27a4\u2192\uf0b7\uf0a7]\s*|\(?\d{1,2}[.)]\s+)"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'])|\s+[\u2022\u00b7]\s+")
_HEADING_TRIM = re.compile(r"^[#*_=\s]+|[#*_:=\s]+$")
_INLINE_HEADING = re.compile(r"^(?P<head>[A-Za-z][A-Za-z &'/\u2019-]{2,40}?)\s*:\s+(?P<rest>\S.*)$")
LONG_LINE = 240


@dataclass(frozen=True)
class Line:
    """One line (or sentence of a long line) of a document."""

    index: int
    raw: str
    text: str
    bullet: bool
    section: str | None
    heading: bool


def _section_of(candidate: str, rules: SectionRules) -> str | None:
    head = _HEADING_TRIM.sub("", candidate).lower().replace("\u2019", "'")
    if not head or len(head) > 60 or len(head.split()) > 7:
        return None
    aside = re.fullmatch(r"(?P<main>.+?)\s*\((?P<aside>[^()]+)\)", head)
    # "What we need from you (must-have)": the words in brackets say most about the section
    options = [aside["aside"], aside["main"]] if aside else [head]
    for option in options:
        for pattern, key in rules:
            if re.fullmatch(pattern, option.strip()):
                return key
    return None


def _caps_heading(text: str) -> bool:
    """A short line in capitals with no digits, such as "VOLUNTEER" or "LICENSES & AWARDS"."""
    letters = [ch for ch in text if ch.isalpha()]
    words = text.split()
    return (
        len(letters) >= 4
        and 1 <= len(words) <= 4
        and all(ch.isupper() for ch in letters)
        and not any(ch.isdigit() or ch in ".,;!?@|" for ch in text)
    )


def _continues(previous: str, raw: str, previous_bullet: bool) -> bool:
    """Whether raw is the wrapped tail of the line before it (one sentence or bullet)."""
    if not previous or previous[-1] in ".!?:;" or _BULLET.match(raw) or _caps_heading(raw):
        return False
    if DATE_RANGE.search(raw) or "|" in raw:
        return False
    if not any(ch.isalnum() for ch in raw) or not any(ch.isalnum() for ch in previous):
        return False  # rules such as "-----" under a heading
    first = raw[0]
    if first.islower() or first in ",;)&%" or previous[-1] in ",(&/-\u2013\u2014":
        return True
    if _ends_open(previous):
        return True
    # a capitalised line after a long bullet continues it, unless it reads as a job title
    return previous_bullet and len(previous) >= 60 and not has_role_word(raw)


_OPEN_ENDINGS = frozenset(
    [
        "using",
        "including",
        "through",
        "over",
        "under",
        "between",
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "as",
        "than",
        "that",
        "which",
        "who",
        "while",
        "across",
        "per",
        "via",
        "our",
        "their",
        "its",
        "my",
        "your",
        "his",
        "her",
        "this",
        "these",
        "those",
        "what",
        "how",
        "why",
        "where",
        "whose",
        "but",
        "because",
        "if",
        "so",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "can",
        "about",
        "after",
        "before",
        "during",
        "within",
        "without",
        "towards",
        "against",
        "among",
        "until",
    ]
)


def _ends_open(text: str) -> bool:
    """Whether a line stops on a word no sentence ends with ("2+ years of")."""
    words = text.split()
    return bool(words) and words[-1].lower() in _OPEN_ENDINGS


def _joined(document: str, rules: SectionRules) -> list[tuple[str, bool]]:
    """Document lines with wrapped continuations rejoined, each with whether it was joined.

    A line naming a section ("Projects") is a heading, never the tail of the line before.
    """
    rows: list[tuple[str, bool]] = []
    previous, previous_bullet = "", False
    for raw_line in document.splitlines():
        raw = raw_line.strip()
        if not raw:
            previous = ""
            continue
        heading = (
            not raw.endswith(".")
            and not (raw[0].islower() and _ends_open(previous))
            and _section_of(raw, rules) is not None
        )
        if rows and not heading and _continues(previous, raw, previous_bullet):
            rows[-1] = (f"{rows[-1][0]} {raw}", True)
            previous = rows[-1][0]
            continue
        rows.append((raw, False))
        previous, previous_bullet = raw, bool(_BULLET.match(raw))
    return rows


def split_lines(document: str, rules: SectionRules, *, caps_headings: bool = False) -> list[Line]:
    """Split a document into lines, rejoining lines a PDF or editor wrapped mid-sentence.

    Every text value is a substring of the document once runs of whitespace are squeezed;
    with caps_headings, short lines in capitals count as headings of unknown sections.
    """
    result: list[Line] = []
    section: str | None = None
    for raw, joined in _joined(document, rules):
        bullet_match = _BULLET.match(raw)
        text = raw[bullet_match.end() :].strip() if bullet_match else raw
        if not text:
            continue
        if not bullet_match and not joined and not raw.endswith("."):
            key = _section_of(raw, rules)
            if key is None and caps_headings and _caps_heading(raw) and not has_role_word(raw):
                key = "other"  # a job title in capitals ("DIESEL FLEET TECHNICIAN") is no heading
            if key:
                section = key
                result.append(Line(len(result), raw, text, False, key, True))
                continue
        inline = _INLINE_HEADING.match(text)
        key = _section_of(inline.group("head"), rules) if inline else None
        # a bullet inside its own section ("Strong Excel skills: pivot tables...") is an item
        if inline and key and not (bullet_match and key == section):
            section = key
            text = inline.group("rest").strip()
        pieces = _SENTENCE_BREAK.split(text) if len(text) > LONG_LINE else [text]
        for piece in pieces:
            piece = piece.strip()
            if piece:
                result.append(Line(len(result), raw, piece, bool(bullet_match), section, False))
    return result


def sentences(text: str) -> list[str]:
    """The sentences of a line, each a substring of it."""
    return [piece.strip() for piece in _SENTENCE_BREAK.split(text) if piece.strip()]


def shorten(text: str, limit: int = 110) -> str:
    """Cut text at a word boundary so that it fits in limit characters."""
    text = " ".join(text.split()).rstrip(" .;,:")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-(")
    return cut + "\u2026"


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|"
    r"winter)\.?"
)


def _date(prefix: str) -> str:
    return (
        rf"(?:(?P<{prefix}m>{_MONTH})\s+|(?P<{prefix}n>0?[1-9]|1[0-2])\s*[/.]\s*)?"
        rf"(?P<{prefix}y>(?:19|20)\d\d)"
    )


DATE_RANGE = re.compile(
    rf"(?<!\d){_date('s')}\s*(?:-|\u2013|\u2014|to|until|through|thru)\s*"
    rf"(?:{_date('e')}|(?P<now>present|current|now|today|ongoing|date))(?!\d)",
    re.I,
)


@dataclass(frozen=True)
class DateRange:
    """A start and end month (as year * 12 + month - 1) read from a line."""

    start: int
    end: int
    current: bool
    span: tuple[int, int]


def _month_index(year: str, month: str | None, number: str | None, *, is_end: bool) -> int:
    if month:
        name = month.lower().rstrip(".")
        value = _MONTHS.get(name) or _MONTHS[name[:3]]
    elif number:
        value = int(number)
    else:
        value = 12 if is_end else 1
    return int(year) * 12 + value - 1


def find_date_range(text: str, today_index: int) -> DateRange | None:
    """Return the first date range in text (e.g. "Mar 2019 - Present"), if any."""
    for match in DATE_RANGE.finditer(text):
        start = _month_index(match["sy"], match["sm"], match["sn"], is_end=False)
        if match["now"]:
            end, current = today_index, True
        else:
            end, current = _month_index(match["ey"], match["em"], match["en"], is_end=True), False
        if start <= end <= today_index + 12:
            return DateRange(start, end, current, match.span())
    return None


def month_label(index: int) -> str:
    """Format a month index as YYYY-MM."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def label_index(label: str) -> int:
    """The month index of a YYYY-MM label (month_label's inverse)."""
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


ROLE_WORDS = frozenset(
    [
        "engineer",
        "engineering",
        "developer",
        "programmer",
        "analyst",
        "scientist",
        "manager",
        "director",
        "designer",
        "consultant",
        "specialist",
        "coordinator",
        "associate",
        "assistant",
        "intern",
        "internship",
        "lead",
        "head",
        "officer",
        "administrator",
        "representative",
        "rep",
        "accountant",
        "auditor",
        "controller",
        "architect",
        "nurse",
        "rn",
        "lpn",
        "cna",
        "np",
        "physician",
        "doctor",
        "therapist",
        "pharmacist",
        "technician",
        "technologist",
        "teacher",
        "tutor",
        "instructor",
        "professor",
        "lecturer",
        "educator",
        "counselor",
        "counsellor",
        "advisor",
        "adviser",
        "strategist",
        "recruiter",
        "generalist",
        "partner",
        "paralegal",
        "attorney",
        "lawyer",
        "counsel",
        "solicitor",
        "clerk",
        "executive",
        "vp",
        "president",
        "founder",
        "co-founder",
        "cofounder",
        "owner",
        "ceo",
        "cto",
        "cfo",
        "coo",
        "cmo",
        "cio",
        "supervisor",
        "planner",
        "buyer",
        "writer",
        "editor",
        "producer",
        "marketer",
        "salesperson",
        "agent",
        "cashier",
        "barista",
        "server",
        "fellow",
        "researcher",
        "trainee",
        "apprentice",
        "operator",
        "tester",
        "treasurer",
        "underwriter",
        "broker",
        "banker",
        "trader",
        "economist",
        "statistician",
        "secretary",
        "receptionist",
        "aide",
        "medic",
        "paramedic",
        "midwife",
        "dietitian",
        "librarian",
        "chef",
        "cook",
        "driver",
        "mechanic",
        "electrician",
        "carpenter",
        "coach",
        "sdr",
        "bdr",
        "bookkeeper",
        "principal",
        "chair",
        "dean",
        "registrar",
        "superintendent",
        "foreman",
        "inspector",
        "surveyor",
        "psychologist",
        "hygienist",
        "dentist",
        "veterinarian",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def has_role_word(text: str) -> bool:
    """Return whether text contains a job-title word such as "Engineer" or "Nurse"."""
    return any(word.lower() in ROLE_WORDS for word in _WORD.findall(text))


def today_index(today: date | None) -> int:
    """Return the month index of today (or of the given date)."""
    day = today or date.today()
    return day.year * 12 + day.month - 1
