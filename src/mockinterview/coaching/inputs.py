"""Read an interview from a JSON file or a speaker-labelled plain-text transcript."""

import json
import re
from pathlib import Path

from pydantic import ValidationError

from mockinterview.coaching.lexicon import wordset
from mockinterview.coaching.schemas import AnswerInput, InterviewInput

_LABEL_RE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{0,20}?)\s*[:\-–—]\s*(?P<text>.*)$")
INTERVIEWER_LABELS = frozenset(("interviewer", "q", "question", "recruiter", "hiring manager"))
CANDIDATE_LABELS = frozenset(("candidate", "a", "answer", "interviewee", "applicant", "me"))
BACKCHANNEL = wordset(
    "mhm mm mmm mhmm mhhmm hmm uh huh uhhuh um ok okay right yeah yes yep sure great good cool "
    "nice wow interesting gotcha i see got it thanks thank you alright all oh ah and so"
)
_SMALL_TALK_RE = re.compile(
    r"\b(?:how are you|how's it going|how is it going|how's your (?:day|week)|nice to meet you"
    r"|good to (?:meet|see) you|thanks? (?:you )?for (?:coming|joining|your time|making the time)"
    r"|can you hear me|is my (?:audio|video)|did you find (?:us|the place)|the weather"
    r"|let'?s get started|shall we (?:get started|begin|start)|ready to (?:begin|start)"
    r"|before we (?:start|begin)|grab a (?:coffee|seat)|have a seat)\b",
    re.I,
)
_WORDS_RE = re.compile(r"[a-z']+")


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
    answers = _answers(turns)
    if not answers:
        raise InputError("the transcript has no candidate turns to analyse")
    return InterviewInput(answers=answers)


def is_backchannel(text: str) -> bool:
    """A turn that only acknowledges ('mhm', 'uh huh', 'ok, right') and asks nothing."""
    words = _WORDS_RE.findall(text.lower().replace("-", " "))
    return not words or (len(words) <= 4 and all(w in BACKCHANNEL for w in words))


def is_small_talk(text: str) -> bool:
    """An interviewer turn that is greeting or logistics, not an interview question."""
    return bool(_SMALL_TALK_RE.search(text)) and len(text.split()) <= 25


def _answers(turns: list[tuple[str, list[str]]]) -> list[AnswerInput]:
    """Pair questions with answers; skip back-channels and small talk; join split answers."""
    answers: list[AnswerInput] = []
    question: str | None = None
    answer: list[str] = []
    chatting = False

    def close() -> None:
        if question is not None and answer and not chatting:
            text = "\n".join(answer)
            answers.append(AnswerInput(question=question, answer=text, mode="spoken"))

    for role, lines in turns:
        text = "\n".join(part for part in lines if part)
        if is_backchannel(text):
            continue
        if role == "q":
            close()
            text = _without_acknowledgements(text)
            chatting = is_small_talk(text) and len(_after_small_talk(text).split()) < 4
            question, answer = text, []
        elif question is not None or answers or not chatting:
            answer.append(_without_acknowledgements(text))
            if question is None:
                question = ""
    close()
    return answers


_PIECES_RE = re.compile(r"[^.!?\n]+[.!?]*\s*")


def _without_acknowledgements(text: str) -> str:
    """An interviewer turn without its opening 'Great.' or 'Okay, right.'."""
    pieces = _PIECES_RE.findall(text)
    while len(pieces) > 1 and is_backchannel(pieces[0]):
        pieces.pop(0)
    return "".join(pieces).strip()


def _after_small_talk(text: str) -> str:
    """What an interviewer says after the pleasantries ('Thanks for coming. So, why us?')."""
    ends = [m.end() for m in _SMALL_TALK_RE.finditer(text)]
    return text[ends[-1] :] if ends else text


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
