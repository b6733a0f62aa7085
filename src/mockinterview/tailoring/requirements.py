"""Reading a job description's title, company, skills, requirements and seniority."""

from __future__ import annotations

import re

from mockinterview.tailoring.lines import Line, has_role_word, split_lines
from mockinterview.tailoring.schemas import (
    Difficulty,
    JobRequirements,
    Requirement,
    Skill,
    SourcedText,
)
from mockinterview.vocabulary import find_skills

_LEAD = r"(?:[a-z&'/]+\s+){0,3}?"
_TAIL = r"(?:\s*(?:&|and|/|,)\s*[a-z' ]+)?"
JD_RULES: tuple[tuple[str, str], ...] = (
    (
        rf"{_LEAD}(?:nice[- ]to[- ]haves?(?: \w+)?|preferred(?: \w+)?|bonus(?: points)?|pluses|"
        rf"plus points|desirable(?: \w+)?|good to have|extra credit|it's a plus|"
        rf"even better if(?: you \w+)?|added bonus|ideally(?: you \w+)?){_TAIL}",
        "preferred",
    ),
    (
        rf"{_LEAD}(?:responsibilities|what you'll do|what you will do|duties|the role|"
        rf"about the (?:role|job|position)|role overview|day[- ]to[- ]day|"
        rf"in this role(?: you will)?|"
        rf"your impact|key accountabilities|the job|what you'll be doing|your role|"
        rf"the opportunity|what the job involves|what you(?:'ll| will)(?: be)? work(?:ing)? on|"
        rf"what you(?:'ll| will) own|how you(?:'ll| will) spend your time|"
        rf"a day in the (?:life|role)|what your (?:day|week)s? (?:looks?|will look) like){_TAIL}",
        "responsibilities",
    ),
    (
        rf"{_LEAD}(?:requirements|qualifications|what you'll need|what you will need|"
        rf"what you(?:'ll)? bring|what we're looking for|who you are|must[- ]haves?(?: \w+)?|"
        rf"about you|what we need(?: from you)?|what you need|"
        rf"you have|skills(?: and experience)?|experience|required(?: \w+)?|"
        rf"you might be a fit(?: if)?|you should have|ideal candidate|is this you\??|"
        rf"what it takes){_TAIL}",
        "requirements",
    ),
    (
        rf"{_LEAD}(?:benefits|perks|what we offer|compensation|salary|pay|why join(?: us)?|"
        rf"why you'll love(?: it| working here)?|equal opportunity(?: employer)?|eeo|"
        rf"how to apply|to apply|location|interview process|why [a-z'-]+(?: [a-z'-]+)?){_TAIL}",
        "benefits",
    ),
    (
        r"(?:about us|about the company|who we are|our mission|our story|company overview|"
        r"(?:the|our|meet the) team|(?:position|role|job) summary|about [a-z0-9&.' -]{2,30})",
        "about",
    ),
)
_PREFERRED_CUE = re.compile(
    r"\b(?:preferred|nice[- ]to[- ]have|a plus|bonus|ideally|desirable|advantageous|"
    r"would be great|is an asset)\b",
    re.I,
)
_PREFERRED_OPTION = re.compile(
    r"\([^()]*\w\s+(?:preferred|a plus)\)|\((?:ideally|preferably)\s[^()]+\)", re.I
)
"""An aside preferring one option of a need ("a camera platform (Samsara preferred)")."""


def _preferred(line: Line) -> bool:
    """Whether a posting line is a nice-to-have, by its section or its own words."""
    text = _PREFERRED_OPTION.sub("", line.text)
    return line.section == "preferred" or bool(_PREFERRED_CUE.search(text))


_REQUIREMENT_CUE = re.compile(
    r"\b(?:experience|years?|knowledge of|proficien\w*|familiar\w*|ability to|degree|must|"
    r"certif\w*|licen[sc]\w*|understanding of|skills? (?:in|with)|background in|expertise)\b",
    re.I,
)
_FIELD_TITLE = re.compile(r"^(?:job title|position|role|title|opening)\s*:\s*(.+)$", re.I)
_FIELD_COMPANY = re.compile(
    r"^(?:company|employer|organi[sz]ation|hiring company)\s*:\s*(.+)$", re.I
)
_NAME = r"[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*){0,3}"
_HIRING = re.compile(
    r"\b(?:hiring|looking for|seeking|searching for|recruiting)\s+(?:an?|our)\s+"
    r"(?:(?:new|next|first|talented|experienced|motivated|passionate|dedicated|skilled)\s+)*"
    r"(?P<t>[A-Z][\w/&+.-]*(?:\s+(?:of\s+)?[A-Z][\w/&+.-]*){0,5})"
    r"|\bAs an?\s+(?P<u>[A-Z][\w/&+.-]*(?:\s+[A-Z][\w/&+.-]*){0,5})"
)
_NAME_THEN_PLACE = re.compile(rf"^(?P<c>{_NAME})\s+[-|\u00b7\u2013\u2014]\s+\S")
_COMPANY_PATTERNS = (
    re.compile(rf"(?:^|[.!]\s+)At\s+(?P<c>{_NAME}),?\s+(?:we|our|you)\b"),
    re.compile(rf"\bJoin\s+(?:the\s+team\s+at\s+)?(?P<c>{_NAME})(?:'s|\u2019s)?(?:\s|[,.!]|$)"),
    re.compile(rf"^(?P<c>{_NAME})\s+is\s+(?:hiring|looking|seeking)\b"),
    re.compile(rf"^(?P<c>{_NAME})\s+(?:is|are)\s+(?:a|an|the)\s"),
)
_NOT_NAMES = frozenset(
    [
        "we",
        "our",
        "the",
        "this",
        "you",
        "your",
        "about",
        "us",
        "it",
        "its",
        "job",
        "role",
        "position",
        "company",
        "team",
        "join",
        "at",
        "an",
        "a",
        "who",
        "what",
        "why",
        "how",
        "in",
        "on",
        "for",
        "apply",
        "remote",
        "hybrid",
    ]
)
_ENTRY = re.compile(
    r"\b(?:intern(?:ship)?|junior|jr\.?|entry[- ]level|graduate|new grad|trainee|apprentice)\b",
    re.I,
)
_SENIOR = re.compile(
    r"\b(?:senior|sr\.?|staff|principal|lead|head|director|vp|vice president|chief)\b", re.I
)
_YEARS = re.compile(
    r"(?<![\d.])(\d{1,2})\s*\+?\s*(?:(?:-|\u2013|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs)\b", re.I
)


def extract_requirements(job_description: str) -> JobRequirements:
    """Read a job description's title, company, skills, requirements and seniority."""
    lines = split_lines(job_description, JD_RULES)
    title = _title(lines)
    employer = _company(lines, title)
    lines = [line for line in lines if not company_voice(line, employer)]
    required, preferred = _skills(lines)
    seniority, seniority_line, years, years_line = _seniority(lines, title)
    return JobRequirements(
        title=title,
        company=employer,
        required_skills=required,
        preferred_skills=preferred,
        requirements=_requirements(lines),
        responsibilities=_responsibilities(lines),
        seniority=seniority,
        seniority_line=seniority_line,
        years_required=years,
        years_line=years_line,
    )


def interview_title(job_description: str | None, resume_title: str) -> str:
    """A title from the job description's title and company, else from the resume's title."""
    if job_description:
        job = extract_requirements(job_description)
        if job.title and job.company:
            return f"{job.title.text} at {job.company.text}"[:200]
        if job.title:
            return job.title.text[:200]
    return f"Interview for {resume_title}"[:200]


_OURS = re.compile(r"^(?:we|we're|we've|our|at|founded|headquartered|since)\b", re.I)


def company_voice(line: Line, employer: SourcedText | None) -> bool:
    """Whether a sentence is the company describing itself (the blurb), not the job.

    Such sentences are never requirements, duties or scenarios, wherever they appear.
    """
    if line.heading or line.section == "about":
        return line.section == "about" and not line.heading
    if line.section in ("requirements", "preferred"):
        return False  # "We expect strong SQL" under Requirements is a requirement
    text = line.text
    if re.search(r"\byou(?:r|'ll|\u2019ll)?\b", text, re.I):
        return False
    by_name = employer is not None and _names_employer(text, employer.text)
    return (by_name or bool(_OURS.match(text))) and not line.bullet


def _names_employer(text: str, name: str) -> bool:
    """Whether text opens with the employer's name, or its first word's possessive."""
    lowered, first = text.lower(), name.split()[0].lower()
    return lowered.startswith(name.lower() + " ") or (
        len(first) > 2 and lowered.startswith((first + "'s ", first + "\u2019s "))
    )


def _usable_name(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0].lower() not in _NOT_NAMES and len(name) <= 60


def _title(lines: list[Line]) -> SourcedText | None:
    for line in lines[:15]:
        match = _FIELD_TITLE.match(line.text)
        if match and has_role_word(match.group(1)):
            return SourcedText(text=match.group(1).strip(" .").strip(), line=line.text)
    if lines and not lines[0].heading and len(lines[0].text.split()) <= 14:
        first = lines[0].text
        for piece in re.split(r"\s[|@\u2013\u2014-]\s|\sat\s|,\s|\s\(", first):
            if has_role_word(piece) and not piece.rstrip().endswith("."):
                return SourcedText(text=piece.strip(" :"), line=first)
    for line in lines[:25]:
        match = _HIRING.search(line.text)
        if match:
            name = (match.group("t") or match.group("u") or "").strip(" .")
            if has_role_word(name):
                return SourcedText(text=name, line=line.text)
    return None


def _company(lines: list[Line], title: SourcedText | None) -> SourcedText | None:
    for line in lines[:30]:
        match = _FIELD_COMPANY.match(line.text)
        if match and _usable_name(match.group(1)):
            return SourcedText(text=match.group(1).strip(" ."), line=line.text)
    for i, line in enumerate(lines):
        if line.heading and line.section == "about":
            name = re.sub(r"^[#*_\s]*about\s+", "", line.text, flags=re.I).strip(" :*#_")
            if name and name[0].isupper() and _usable_name(name):
                # quote the blurb's sentence naming the company rather than the heading
                naming = (n.text for n in lines[i + 1 : i + 4] if name.lower() in n.text.lower())
                return SourcedText(text=name, line=next(naming, line.text))
    for pattern in _COMPANY_PATTERNS:
        for line in lines:
            if line.heading or line.section in ("requirements", "preferred"):
                continue
            match = pattern.search(line.text)
            if match and _usable_name(match.group("c")) and not has_role_word(match.group("c")):
                return SourcedText(text=match.group("c").strip(" .,"), line=line.text)
    for line in lines[:4]:  # "Ledgerline · Berlin (hybrid)" under the title
        match = _NAME_THEN_PLACE.match(line.text)
        under_title = (title is None or line.text != title.line) and not line.heading
        if under_title and match and _usable_name(match["c"]) and not has_role_word(match["c"]):
            return SourcedText(text=match["c"].strip(), line=line.text)
    if title is not None:
        match = re.search(rf"\s(?:at|@|\||-|\u2013|\u2014)\s+(?P<c>{_NAME})\s*$", title.line)
        if match and _usable_name(match.group("c")) and not has_role_word(match.group("c")):
            return SourcedText(text=match.group("c"), line=title.line)
    return None


def _skills(lines: list[Line]) -> tuple[list[Skill], list[Skill]]:
    found: dict[str, tuple[Skill, bool]] = {}
    sectioned = any(line.section in ("requirements", "preferred") for line in lines)
    for line in lines:
        if line.heading or line.section in ("about", "benefits"):
            continue
        if sectioned and line.section is None and not line.bullet:
            continue
        preferred = _preferred(line)
        listed = line.section in ("requirements", "preferred")
        for match in find_skills(line.text, list_context=listed):
            key = match.name.lower()
            if key not in found:
                skill = Skill(name=match.name, field=match.field, line=line.text, lines=[line.text])
                found[key] = (skill, preferred)
                continue
            skill, was_preferred = found[key]
            skill.mentions += 1
            if line.text not in skill.lines and len(skill.lines) < 5:
                skill.lines.append(line.text)
            if was_preferred and not preferred:
                skill.line = line.text
            found[key] = (skill, was_preferred and preferred)
    required = [skill for skill, preferred in found.values() if not preferred]
    return required, [skill for skill, preferred in found.values() if preferred]


def _requirements(lines: list[Line]) -> list[Requirement]:
    sectioned = any(line.section in ("requirements", "preferred") for line in lines)
    result: list[Requirement] = []
    for line in lines:
        if line.heading:
            continue
        if sectioned:
            keep = line.section in ("requirements", "preferred")
        else:
            keep = line.section not in ("about", "benefits", "responsibilities") and bool(
                _REQUIREMENT_CUE.search(line.text)
            )
        if keep:
            preferred = _preferred(line)
            skills = [m.name for m in find_skills(line.text, list_context=True)]
            result.append(
                Requirement(text=line.text, line=line.text, preferred=preferred, skills=skills)
            )
    return result


def _responsibilities(lines: list[Line]) -> list[SourcedText]:
    sectioned = any(line.section == "responsibilities" for line in lines)
    result = []
    for line in lines:
        if line.heading or len(line.text.split()) < 3:
            continue
        if sectioned:
            keep = line.section == "responsibilities"
        else:
            you_will = re.match(r"(?:you will|you'll|you\u2019ll)\s", line.text, re.I)
            keep = line.section in (None,) and (
                bool(you_will) or (line.bullet and not _REQUIREMENT_CUE.search(line.text))
            )
        if keep and not _REPORTING_LINE.match(line.text):
            result.append(SourcedText(text=line.text, line=line.text))
    return result


_REPORTING_LINE = re.compile(
    r"(?:you|you'll|you\u2019ll|you will|this role|the role|this position)\s+(?:will\s+)?"
    r"reports?\s+(?:directly\s+)?to\b|reporting\s+(?:directly\s+)?to\b"
    r"|(?:you'll|you\u2019ll|you will)\s+join\b",
    re.I,
)
"""Whom the job reports to or which team it joins: facts about the job, not duties to ask about."""


def _seniority(
    lines: list[Line], title: SourcedText | None
) -> tuple[Difficulty | None, str | None, int | None, str | None]:
    years: int | None = None
    years_line: str | None = None
    for line in lines:
        if line.section in ("about", "benefits"):
            continue
        for match in _YEARS.finditer(line.text):
            wanted = line.section in ("requirements", "preferred")
            if wanted or re.search(r"experience|background|track record", line.text, re.I):
                value = int(match.group(1))
                if value <= 30 and (years is None or value < years):
                    years, years_line = value, line.text
    if title is not None:
        if _ENTRY.search(title.text):
            return "entry", title.line, years, years_line
        if _SENIOR.search(title.text):
            return "senior", title.line, years, years_line
    if years is not None:
        level: Difficulty = "entry" if years < 2 else "mid" if years < 5 else "senior"
        return level, years_line, years, years_line
    for line in lines:
        if re.search(
            r"\b(?:entry[- ]level|new grads?|no experience (?:is )?required)\b", line.text, re.I
        ):
            return "entry", line.text, None, None
    return None, None, None, None
