"""Matching what a posting asks for with what a resume shows, by skills and by meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mockinterview.tailoring.lines import DATE_RANGE, Line, has_role_word
from mockinterview.tailoring.schemas import JobRequirements, ResumeProfile, Skill
from mockinterview.vocabulary import find_skills

# Cosine similarity of all-MiniLM-L6-v2 vectors. Read off the tuning pairs: a resume bullet
# describing the same work as a posting line scores 0.45 or more; unrelated lines stay
# under 0.35 ("Mentor engineers..." vs "Mentor two mid-level engineers..." is 0.59).
SHOWN = 0.45
ABSENT = 0.38
CLOSEST = 0.3
_YEARS = re.compile(r"\b\d{1,2}\s*\+?\s*(?:(?:-|\u2013|to)\s*\d{1,2}\s*)?(?:years?|yrs)\b", re.I)
# A line saying what the candidate wants next ("Looking to move into...") shows no work done.
_INTENT = re.compile(
    r"^(?:seeking|looking|hoping|eager|keen)\s+(?:to|for)\b"
    r"|^(?:currently\s+)?(?:studying|preparing|revising)\s+for\b"
    r"|\bI(?:'m|\s+am)\s+(?:now\s+)?(?:seeking|looking|hoping|aiming|eager|keen)\s+(?:to|for)\b"
    r"|\bI(?:'d|\s+would)\s+(?:now\s+)?(?:like|love)\s+to\b"
    r"|\bI\s+(?:(?:now|also|still|really)\s+)?(?:want|hope|plan|aim|intend)\s+to\b"
    r"|\bI(?:'ve|\s+have)\s+found\s+I\s+(?:enjoy|prefer|love)\b"
    r"|\band\s+(?:now\s+)?(?:want|hope|plan|aim|intend)\s+to\s+(?:move|switch|change|get|go)\b",
    re.I,
)
_HARD_NEED = re.compile(r"certif|licen[cs]|accredit", re.I)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
_CREDENTIAL_NOUN = r"licen[cs]es?|certificates?|certification|registration|card|permit"
_CREDENTIAL_KIND = re.compile(rf"\b([a-z]+)(?:'s)?[\s-]+(?:{_CREDENTIAL_NOUN})\b", re.I)
_ANY_CREDENTIAL = frozenset(
    [
        "a",
        "an",
        "the",
        "valid",
        "full",
        "current",
        "clean",
        "relevant",
        "professional",
        "appropriate",
        "recognised",
        "recognized",
        "required",
        "equivalent",
        "similar",
        "industry",
        "your",
        "any",
        "this",
        "or",
        "and",
        "of",
        "with",
    ]
)
"""Words before "licence" that do not say which one ("a valid licence")."""
MAX_LINES = 80  # resume lines compared; keeps a long resume's embedding work bounded
MAX_NEEDS = 60  # posting lines compared, for the same reason


@dataclass(frozen=True)
class Need:
    """One thing the posting asks for, and the resume line that comes closest to it."""

    line: str
    must: bool
    duty: bool
    skills: tuple[str, ...]
    missing: tuple[str, ...]
    closest: str | None
    similarity: float
    credential_missing: bool = False
    basic_line: str | None = None
    """The resume line that names a skill only at a basic level the posting asks more of."""
    credential_held: bool = False
    """The need is a credential the resume names ("Full UK driving licence")."""

    @property
    def soft(self) -> bool:
        """Whether the need names no skill, tool or credential (mentoring, writing, judgment...)."""
        return not self.skills and not _HARD_NEED.search(self.line)

    @property
    def shown(self) -> bool:
        """Whether the resume shows this need, by a held skill or a line that means the same.

        A credential is shown only when the resume names it.
        """
        if self.credential_missing or self.credential_held:
            return self.credential_held
        return (bool(self.skills) and not self.missing) or self.similarity >= SHOWN


def evidence_lines(lines: list[Line]) -> list[str]:
    """Resume sentences and bullets that describe work (not headings, contacts or skill lists)."""
    found: list[str] = []
    for line in lines:
        words = line.text.split()
        if line.heading or line.section in ("skills", "education") or len(words) < 6:
            continue
        dated = DATE_RANGE.search(line.text)
        if dated and (has_role_word(line.text) or len(_without(line.text, dated)) < 4):
            continue  # a role's heading, or a date with a remark: no work described
        if _INTENT.search(line.text):
            continue  # what the candidate wants next is no evidence of work done
        if "@" in line.text or re.search(r"\+?\d[\d ()-]{7,}\d", line.text):
            continue
        if is_listing(line.text):
            continue  # "Name | Title | City": a header or a list, no work described
        if line.text not in found:
            found.append(line.text)
    return found[:MAX_LINES]


def is_listing(text: str) -> bool:
    """Short items joined by bars or middle dots, as in a resume's header line."""
    parts = re.split(r"\s[|\u00b7\u2022]\s", text)
    return len(parts) >= 3 and all(len(part.split()) <= 5 for part in parts)


def _without(text: str, span: re.Match[str]) -> list[str]:
    """The words of text outside the matched span."""
    return (text[: span.start()] + " " + text[span.end() :]).split()


def is_held(skill: str, held: set[str]) -> bool:
    """Whether the resume holds a skill, itself or inside a longer name (GitHub Actions)."""
    return skill in held or any(name.startswith(f"{skill} ") for name in held)


_STRONG_LEVEL = re.compile(
    r"\b(?:strong|advanced|expert|excellent|fluent|proficien\w*|deep|solid|extensive|in-depth)\b",
    re.I,
)
_BASIC_LEVEL = (
    r"\b(?:basic|beginner|elementary|limited|some|introductory|conversational"
    r"|working knowledge of|familiar(?:ity)? with|exposure to)\s+(?:[\w-]+\s+){0,2}"
)


def _held_only_at_a_basic_level(skill: Skill) -> bool:
    """Whether every resume line naming the skill calls it basic ("basic Excel (sorting)")."""
    named = rf"{_BASIC_LEVEL}{re.escape(skill.name)}\b"
    return all(re.search(named, line, re.I) for line in skill.lines or [skill.line])


def _alternatives_held(line: str, held: set[str]) -> bool:
    if not re.search(r"\bor\b|/", line):
        return False
    return bool({m.name for m in find_skills(line, list_context=True)} & held)


def _credential_named(line: str, resume_text: str) -> bool | None:
    """Whether the resume names the credential a posting line asks for (None: not one to judge).

    A credential is named by its letters (CPP, ALAT), or in plain words by the word before
    "licence", "certificate" and the like ("a full driving licence").
    """
    if not _HARD_NEED.search(line):
        return None
    names = _ACRONYM.findall(line)
    if names:
        return any(re.search(rf"\b{re.escape(n)}\b", resume_text) for n in names)
    if not _plainly_named(line):
        return None  # a brand or a title ("ServSafe Manager certification")
    kinds = [m.group(1).lower() for m in _CREDENTIAL_KIND.finditer(line)]
    kinds = [kind for kind in kinds if kind not in _ANY_CREDENTIAL]
    if not kinds:
        return None
    return any(
        re.search(rf"\b{re.escape(kind)}(?:'s)?[\s-]+(?:{_CREDENTIAL_NOUN})", resume_text, re.I)
        for kind in kinds
    )


_CREDENTIAL_WORD = re.compile(rf"certif|accredit|{_CREDENTIAL_NOUN}", re.I)
_PENDING = re.compile(
    # not "due" or "planned": "led due diligence" and "planned the audit" say nothing of it
    r"\b(?:booked|studying|preparing|pursuing|enrolled|scheduled|expected"
    r"|working\s+toward|in\s+progress|sitting)",
    re.I,
)


def _letters_state(names: list[str], resume_text: str) -> str | None:
    """How the resume names credentials by their letters: "held", "pending" or None (in passing).

    "Qualified Applicator Certificate (QAC), since 2019" holds one; "EIT exam booked" is still
    to come, and wins over any other mention; "AWS" in a list of skills is only in passing.
    """
    named = re.compile("|".join(rf"\b{re.escape(name)}\b" for name in names))
    lines = [line for line in resume_text.splitlines() if named.search(line)]
    if any(_PENDING.search(line) for line in lines):
        return "pending"
    return "held" if any(_CREDENTIAL_WORD.search(line) for line in lines) else None


def _plainly_named(line: str) -> bool:
    """Whether a line names its credential in plain words (no capitals after the first word)."""
    first, *rest = line.split() or [""]
    return first.isalpha() and not any(word[:1].isupper() for word in rest)


def posting_needs(
    job: JobRequirements, profile: ResumeProfile, resume_lines: list[str], resume_text: str = ""
) -> list[Need]:
    """Each requirement and duty of the posting, matched against the resume's lines.

    A credential is held only when the resume names it: meaning alone ("payroll specialist"
    beside "Certified Payroll Professional") does not show it.
    """
    rows = [(r.line, not r.preferred, False) for r in job.requirements if not _YEARS.search(r.line)]
    rows += [(d.line, True, True) for d in job.responsibilities]
    first = {line: i for i, (line, _, _) in reversed(list(enumerate(rows)))}
    rows = [row for i, row in enumerate(rows) if first[row[0]] == i][:MAX_NEEDS]
    if not rows:
        return []
    held = {s.name for s in profile.skills}
    basic = {s.name: s.line for s in profile.skills if _held_only_at_a_basic_level(s)}
    similarity = None
    if resume_lines:
        from mockinterview.coaching.embeddings import embed  # the model loads in the worker only

        vectors = embed([row[0] for row in rows] + resume_lines)
        similarity = vectors[: len(rows)] @ vectors[len(rows) :].T
    needs = []
    for i, (line, must, duty) in enumerate(rows):
        skills = tuple(m.name for m in find_skills(line, list_context=True))
        either = _alternatives_held(line, held)
        strong = bool(_STRONG_LEVEL.search(line))
        missing = (
            ()
            if either
            else tuple(s for s in skills if not is_held(s, held) or (strong and s in basic))
        )
        closest, score = None, 0.0
        if similarity is not None:
            best = int(similarity[i].argmax())
            score = float(similarity[i, best])
            closest = resume_lines[best] if score >= CLOSEST else None
        named = _credential_named(line, resume_text)
        below = next((basic[s] for s in missing if s in basic), None)
        letters = _ACRONYM.findall(line) if named else []
        state = _letters_state(letters, resume_text) if letters else None
        missing_credential = named is False or state == "pending"
        # plain words named mostly are a credential held; letters only as described above
        held_credential = bool(named) and (not letters or state == "held")
        needs.append(
            Need(
                line,
                must,
                duty,
                skills,
                missing,
                closest,
                score,
                missing_credential,
                below,
                held_credential,
            )
        )
    return needs
