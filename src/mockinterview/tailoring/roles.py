"""Reading dated positions (title, employer, dates) from a resume's lines."""

from __future__ import annotations

import re

from mockinterview.tailoring.lines import (
    DateRange,
    Line,
    find_date_range,
    has_role_word,
    month_label,
)
from mockinterview.tailoring.schemas import Role

_SEPARATORS = re.compile(
    r"\s*(?:\||\u2014|\u2013|\s-\s|,|;|\u00b7|\t|\s@\s|\bat\b(?=\s+[A-Z0-9]))\s*"
)
_COMPANY_SUFFIX = frozenset(
    [
        "inc",
        "inc.",
        "llc",
        "llc.",
        "ltd",
        "ltd.",
        "co",
        "co.",
        "corp",
        "corp.",
        "gmbh",
        "plc",
        "llp",
        "lp",
        "s.a.",
        "ag",
        "pty",
    ]
)
_LOCATION_WORDS = frozenset(["remote", "hybrid", "on-site", "onsite", "in-office"])
DEGREE_HINT = re.compile(
    r"\b(?:bachelor|master'?s|mba|ph\.?d|b\.?sc|m\.?sc|bsn|msn|degree|gpa|diploma|coursework|"
    r"b\.[as]\.|m\.[as]\.)",
    re.I,
)
_SCHOOL = re.compile(r"\b(?:university|college|school|institute|academy)\b", re.I)
# A dated entry that is time away from work: the gap between roles, not a role.
_TIME_OFF = re.compile(
    r"^\W*(?:(?:career|planned|personal|family|parental|maternity|paternity|medical|health"
    r"|full-time)\s+)?(?:break|gap|pause|leave|sabbatical|time off|caregiv\w*)\b",
    re.I,
)
_NOT_EMPLOYMENT = ("projects", "education", "skills", "volunteering")


def _pieces(text: str) -> list[str]:
    text = re.sub(r"[(\[]\s*[)\]]", " ", text)
    raw = [p.strip(" ()[]-:.\u2013\u2014") for p in _SEPARATORS.split(text)]
    merged: list[str] = []
    for piece in raw:
        if not piece:
            continue
        if merged and piece.lower() in _COMPANY_SUFFIX:
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    return merged


def _is_location(piece: str, following: str | None) -> bool:
    if piece.lower() in _LOCATION_WORDS:
        return True
    if re.fullmatch(r"[A-Z]{2,3}", piece):
        return True
    return bool(following and re.fullmatch(r"[A-Z]{2,3}", following)) and not has_role_word(piece)


def _classify(
    pieces: list[tuple[str, str]],
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    title: tuple[str, str] | None = None
    employer: tuple[str, str] | None = None
    others: list[tuple[str, str]] = []
    for i, (piece, line) in enumerate(pieces):
        following = pieces[i + 1][0] if i + 1 < len(pieces) else None
        if len(piece.split()) > 8 or _is_location(piece, following):
            continue
        if title is None and has_role_word(piece):
            title = (piece, line)
        else:
            others.append((piece, line))
    if others:
        employer = others[0]
        if title is None and len(others) > 1:
            title, employer = others[0], others[1]
    return title, employer


def _header_like(line: Line) -> bool:
    text = line.text
    return (
        not line.heading
        and not line.bullet
        and len(text.split()) <= 12
        and not text.endswith(".")
        and find_date_range(text, 10**6) is None
    )


def extract_roles(lines: list[Line], now: int) -> list[Role]:
    """Return the dated roles in the experience part of a resume, in document order."""
    has_experience = any(line.section == "experience" for line in lines)
    consumed: set[int] = set()
    roles: list[Role] = []
    for pos, line in enumerate(lines):
        if line.heading or (line.bullet and len(line.text.split()) > 12):
            continue
        if line.section in _NOT_EMPLOYMENT or (
            has_experience and line.section not in ("experience", None)
        ):
            continue
        if _TIME_OFF.match(line.text):
            continue
        if DEGREE_HINT.search(line.text):
            continue
        if (
            line.section != "experience"
            and _SCHOOL.search(line.text)
            and not has_role_word(line.text)
        ):
            continue  # a school outside the work history is where the candidate studied
        dates = find_date_range(line.text, now)
        if dates is None:
            continue
        consumed.add(pos)
        rest = line.text[: dates.span[0]] + " | " + line.text[dates.span[1] :]
        pieces = [(piece, line.text) for piece in _pieces(rest)]
        title, employer = _classify(pieces)
        if title is None or employer is None:
            before = _neighbours(lines, pos, consumed, step=-1, section=line.section)
            if any(_TIME_OFF.match(n.text) for n in before):  # "Career break" above its dates
                continue
            pieces = [(p, n.text) for n in before for p in _pieces(n.text)] + pieces
            own_employer = employer if title is None else None
            title, employer = _classify(pieces)
            employer = own_employer or employer  # "Staff Nurse, Pediatrics" above "Hospital, …"
        if title is None:
            after = _neighbours(lines, pos, consumed, step=1, section=line.section)
            pieces += [(p, n.text) for n in after for p in _pieces(n.text)]
            title, employer = _classify(pieces)
        roles.append(_role(title, employer, dates, line))
    return roles


def _neighbours(
    lines: list[Line], pos: int, consumed: set[int], *, step: int, section: str | None
) -> list[Line]:
    found: list[Line] = []
    index = pos + step
    while 0 <= index < len(lines) and len(found) < 2:
        candidate = lines[index]
        if index in consumed or candidate.section != section or not _header_like(candidate):
            break
        found.append(candidate)
        consumed.add(index)
        index += step
    return found[::-1] if step < 0 else found


def _role(
    title: tuple[str, str] | None, employer: tuple[str, str] | None, dates: DateRange, line: Line
) -> Role:
    return Role(
        title=title[0] if title else None,
        employer=employer[0] if employer else None,
        start=month_label(dates.start),
        end=month_label(dates.end),
        current=dates.current,
        line=title[1] if title else employer[1] if employer else line.text,
        date_line=line.text,
    )
