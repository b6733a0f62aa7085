"""Turning a JSON Resume document (jsonresume.org schema) into resume text with headings."""

from __future__ import annotations

import json
import re
from typing import Any

from mockinterview.resumes.errors import ResumeFileError

MAX_ITEMS = 200  # entries per section; far more than any real resume holds

_SECTIONS: tuple[tuple[str, str], ...] = (
    ("work", "EXPERIENCE"),
    ("volunteer", "VOLUNTEERING"),
    ("projects", "PROJECTS"),
    ("education", "EDUCATION"),
    ("awards", "AWARDS"),
    ("certificates", "CERTIFICATIONS"),
    ("publications", "PUBLICATIONS"),
    ("skills", "SKILLS"),
    ("languages", "LANGUAGES"),
    ("interests", "INTERESTS"),
)


def _bad(field: str, message: str) -> ResumeFileError:
    return ResumeFileError("invalid_json_resume", f"JSON Resume field '{field}': {message}")


def _text(value: Any, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _bad(field, "must be text.")
    return " ".join(str(value).split())


def _texts(value: Any, field: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad(field, "must be a list of text.")
    return [t for i, item in enumerate(value[:MAX_ITEMS]) if (t := _text(item, f"{field}[{i}]"))]


def _entries(data: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad(key, "must be a list of objects.")
    out = []
    for i, item in enumerate(value[:MAX_ITEMS]):
        if not isinstance(item, dict):
            raise _bad(f"{key}[{i}]", "must be an object.")
        out.append((f"{key}[{i}]", item))
    return out


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ISO = re.compile(r"^((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-\d\d)?$")


def _date(value: Any, field: str) -> str:
    text = _text(value, field)
    match = _ISO.match(text)
    return f"{_MONTHS[int(match[2]) - 1]} {match[1]}" if match else text


def _dates(entry: dict[str, Any], field: str) -> str:
    start = _date(entry.get("startDate"), f"{field}.startDate")
    end = _date(entry.get("endDate"), f"{field}.endDate") or ("Present" if start else "")
    return f"{start} - {end}" if start else _text(entry.get("date"), f"{field}.date")


def _sentence(text: str) -> str:
    return text if not text or text[-1] in ".!?" else text + "."


def _entry_lines(key: str, field: str, entry: dict[str, Any]) -> list[str]:
    get = lambda name: _text(entry.get(name), f"{field}.{name}")  # noqa: E731
    if key in ("work", "volunteer"):
        title = get("position")
        where = get("name") or get("organization") or get("company")
        head = ", ".join(p for p in (title, where) if p)
        dates = _dates(entry, field)
        lines = [f"{head} ({dates})" if dates else head] if head else []
    elif key == "projects":
        name, about = get("name"), get("description")
        lines = [f"{name}: {_sentence(about)}" if about else name] if name else []
    elif key == "education":
        degree = " ".join(p for p in (get("studyType"), get("area")) if p)
        school = get("institution")
        dates = _dates(entry, field)
        head = ", ".join(p for p in (degree, school) if p)
        lines = [f"{head} ({dates})" if dates else head] if head else []
        courses = _texts(entry.get("courses"), f"{field}.courses")
        lines += [f"- Coursework: {', '.join(courses)}"] if courses else []
    elif key == "skills":
        name = get("name")
        words = _texts(entry.get("keywords"), f"{field}.keywords")
        return [f"{name}: {', '.join(words)}" if name and words else name or ", ".join(words)]
    elif key == "languages":
        return [" ".join(p for p in (get("language"), f"({get('fluency')})") if p != "()")]
    elif key == "interests":
        name, words = get("name"), _texts(entry.get("keywords"), f"{field}.keywords")
        return [f"{name}: {', '.join(words)}" if words else name]
    else:
        name = get("title") or get("name")
        by = get("awarder") or get("issuer") or get("publisher")
        lines = [", ".join(p for p in (name, by, get("date")) if p)]
    summary = get("summary")
    if summary and key != "projects":
        lines.append(_sentence(summary))
    highlights = _texts(entry.get("highlights"), f"{field}.highlights")
    return lines + [f"- {_sentence(h)}" for h in highlights]


def json_resume_text(content: bytes) -> str:
    """The resume text of a JSON Resume file, or ResumeFileError naming the field at fault."""
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ResumeFileError(
            "invalid_json", f"The file is not valid JSON ({exc}). Export it again as JSON Resume."
        ) from exc
    if not isinstance(data, dict):
        raise _bad("(top level)", "must be an object with 'basics', 'work' and so on.")
    basics = data.get("basics") or {}
    if not isinstance(basics, dict):
        raise _bad("basics", "must be an object.")
    lines = [t for name in ("name", "label") if (t := _text(basics.get(name), f"basics.{name}"))]
    summary = _text(basics.get("summary"), "basics.summary")
    if summary:
        lines += ["", "SUMMARY", _sentence(summary)]
    for key, heading in _SECTIONS:
        block = [line for f, e in _entries(data, key) for line in _entry_lines(key, f, e) if line]
        if block:
            lines += ["", heading, *block]
    if not any(key in data for key, _ in _SECTIONS) and not summary:
        raise _bad("work", "a JSON Resume needs at least 'work', 'education' or 'skills'.")
    return "\n".join(lines)
