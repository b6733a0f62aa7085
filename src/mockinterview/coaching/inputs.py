"""Read an interview from a JSON file or a speaker-labelled plain-text transcript."""

import json
import re
from pathlib import Path

from pydantic import ValidationError

from mockinterview.coaching.schemas import AnswerInput, InterviewInput

_LABEL_RE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{0,20}?)\s*[:\-–—]\s*(?P<text>.*)$")
INTERVIEWER_LABELS = frozenset(("interviewer", "q", "question", "recruiter", "hiring manager"))
CANDIDATE_LABELS = frozenset(("candidate", "a", "answer", "interviewee", "applicant", "me"))


class InputError(ValueError):
    """The file could not be read as an interview."""


def _field_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def from_json(raw: str) -> InterviewInput:
    """Parse the JSON shape {"job_description": ..., "answers": [{question, answer, ...}]}."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    if isinstance(data, list):
        data = {"answers": data}
    if not isinstance(data, dict) or "answers" not in data:
        raise InputError('expected a JSON object with an "answers" list')
    try:
        interview = InterviewInput.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(f"{_field_path(first['loc'])}: {first['msg']}") from exc
    if not interview.answers:
        raise InputError('"answers" is empty: there is nothing to analyse')
    return interview


def from_transcript(raw: str) -> InterviewInput:
    """Parse 'Interviewer: ...' / 'Candidate: ...' (or 'Q:' / 'A:') lines into answers."""
    turns: list[tuple[str, list[str]]] = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        m = _LABEL_RE.match(line)
        label = m.group("label").strip().lower() if m else ""
        role = "q" if label in INTERVIEWER_LABELS else "a" if label in CANDIDATE_LABELS else None
        if m and role:
            text = m.group("text").strip()
            if turns and turns[-1][0] == role:
                turns[-1][1].append(text)
            else:
                turns.append((role, [text]))
        elif turns:
            turns[-1][1].append(line.strip())
    if not turns:
        raise InputError(
            "no speaker-labelled turns found; use lines like 'Interviewer: ...' and "
            "'Candidate: ...' (or 'Q: ...' and 'A: ...')"
        )
    answers: list[AnswerInput] = []
    question = ""
    for role, lines in turns:
        text = "\n".join(part for part in lines if part)
        if role == "q":
            question = text
        else:
            answers.append(AnswerInput(question=question, answer=text))
            question = ""
    if not answers:
        raise InputError("the transcript has no candidate turns to analyse")
    return InterviewInput(answers=answers)


def load_interview(path: Path) -> InterviewInput:
    """Read a JSON interview or a plain-text transcript from a file."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(f"file not found: {path}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise InputError(f"{path} is empty")
    if path.suffix.lower() == ".json" or raw.lstrip()[:1] in "{[":
        return from_json(raw)
    return from_transcript(raw)
