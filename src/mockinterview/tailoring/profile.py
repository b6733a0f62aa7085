"""Reading a resume's skills, roles, projects, achievements, education and gaps."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from mockinterview.resumes.columns import unfold_columns
from mockinterview.tailoring.degrees import IN_PROGRESS
from mockinterview.tailoring.lines import (
    DATE_RANGE,
    Line,
    find_date_range,
    has_role_word,
    label_index,
    month_label,
    sentences,
    split_lines,
    today_index,
)
from mockinterview.tailoring.roles import DEGREE_HINT, extract_roles
from mockinterview.tailoring.schemas import (
    Achievement,
    EmploymentGap,
    Project,
    ResumeProfile,
    Role,
    Skill,
    SourcedText,
    TimeAway,
)
from mockinterview.vocabulary import canonical_skill, find_skills

_LEAD = r"(?:[a-z&'/]+\s+){0,3}?"
_TAIL = r"(?:\s*(?:&|and|/|,)\s*[a-z ]+)?"
RESUME_RULES: tuple[tuple[str, str], ...] = (
    (rf"{_LEAD}(?:programming )?(?:languages|frameworks|platforms|databases){_TAIL}", "skills"),
    (
        rf"{_LEAD}(?:skills?|competenc(?:y|ies)|technolog(?:y|ies)|tools|tech stack|expertise|"
        rf"proficienc(?:y|ies)|toolkit|strengths|skill set){_TAIL}",
        "skills",
    ),
    (rf"{_LEAD}(?:projects?|portfolio|selected work|case studies){_TAIL}", "projects"),
    (
        rf"{_LEAD}(?:education|academic background|academics|qualifications|certifications?|"
        rf"licen[sc]es?|training|courses|coursework|degrees?){_TAIL}",
        "education",
    ),
    (
        rf"{_LEAD}(?:summary|profile|objective|about me|about|overview|introduction){_TAIL}",
        "summary",
    ),
    (
        rf"{_LEAD}(?:experience|employment(?: history)?|work history|career history|positions|"
        rf"professional background|career|work){_TAIL}",
        "experience",
    ),
    (
        rf"{_LEAD}(?:volunteer(?:ing)?|volunteer (?:work|experience)|community (?:service|"
        rf"involvement|work)|leadership (?:and|&) volunteering|service){_TAIL}",
        "volunteering",
    ),
    (
        rf"{_LEAD}(?:awards|honou?rs|publications|interests|hobbies|references|activities|"
        rf"affiliations|memberships|achievements|accomplishments){_TAIL}",
        "other",
    ),
)

PROJECT_VERBS = frozenset(
    [
        "built",
        "led",
        "launched",
        "designed",
        "developed",
        "created",
        "implemented",
        "shipped",
        "architected",
        "founded",
        "co-founded",
        "spearheaded",
        "delivered",
        "introduced",
        "redesigned",
        "rebuilt",
        "migrated",
        "established",
        "automated",
        "piloted",
        "organized",
        "organised",
        "prototyped",
        "engineered",
    ]
)
_OBJECT_STOP = re.compile(
    r",|;|\(|\s[-\u2013\u2014]\s|\s(?:which|that|resulting|reducing|increasing|cutting|saving|"
    r"improving|boosting|to reduce|to improve|to increase|by|from \d|handling|serving|used by|"
    r"across|for \d+|with \d+|in \d+)\s",
    re.I,
)
_UNIT = r"(?:\s?(?:%|[kmb]\b|ms\b|s\b|x\b|min\b|mins\b|minutes?\b|hours?\b|days?\b|weeks?\b))?"
_MONEY = r"[$\u20ac\u00a3]?\d[\d,.]*"
_COUNT = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety|a|an|half an?)"
)
_SPAN = rf"{_COUNT}\s(?:[a-z-]+\s)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
METRIC = re.compile(
    rf"(?<![\w.])(?:from\s{_MONEY}{_UNIT}\sto\s{_MONEY}{_UNIT}|"
    rf"from\s(?:about\s|around\s|roughly\s|over\s|nearly\s)?{_SPAN}\sto\s{_SPAN}|"
    r"[$\u20ac\u00a3\u00a5]\s?\d[\d,]*(?:\.\d+)?\s?(?:[kmb]n?\b|million|billion|thousand)?|"
    r"\d[\d,]*(?:\.\d+)?\s?(?:%|percent(?:age points?)?\b|x\b|\u00d7)|"
    r"\d[\d,]*(?:\.\d+)?\+?\s(?:[a-z-]+\s){0,2}"
    r"(?:users|customers|clients|patients|students|learners|people|employees|engineers|members|"
    r"accounts|stores|sites|hours|days|weeks|months|minutes|projects|deals|leads|beds|units|"
    r"countries|languages|services|transactions|requests|hires|nurses|staff|reports|campaigns|"
    r"schools|classes|courses|locations|vendors|suppliers|associates|skus|events|inspections|"
    r"audits|orders|shipments|returns|tickets|calls|claims|cases|vehicles|routes|drivers|"
    r"properties|buildings|samples|stations|sessions)\b|team of \d+|"
    r"\b(?:zero|no) (?:[a-z-]+\s){0,2}(?:violations|incidents|injuries|defects|errors|findings|"
    r"complaints|outages|accidents|recalls|breaches|escalations|deficiencies)\b|"
    r"\d+(?:\.\d+)?\s?(?:ms|milliseconds|seconds|secs|mins|hrs)\b)",
    re.I,
)
_MOVE_VERBS = frozenset(["went", "moved", "brought", "took", "got", "climbed", "shrank"])
_RESULT_VERBS = frozenset(
    [
        "increased",
        "reduced",
        "cut",
        "grew",
        "saved",
        "improved",
        "generated",
        "boosted",
        "decreased",
        "raised",
        "lowered",
        "achieved",
        "exceeded",
        "drove",
        "doubled",
        "tripled",
        "accelerated",
        "shortened",
        "expanded",
        "won",
        "closed",
        "grown",
        "lifted",
        "cutting",
        "reducing",
        "increasing",
        "saving",
        "improving",
        "boosting",
        "lifting",
        "growing",
        "raising",
        "halved",
        "lowering",
        "dropped",
        "fell",
        "rose",
        "halving",
    ]
)
_SCALE_VERBS = frozenset(
    [
        "managed",
        "led",
        "trained",
        "supervised",
        "handled",
        "oversaw",
        "served",
        "supported",
        "coordinated",
        "taught",
        "ran",
        "mentored",
        "owned",
        "processed",
    ]
)
_DEGREE = re.compile(
    r"\b(?:bachelor|master|mba|ph\.?d|doctorate|b\.?sc?|m\.?sc?|b\.?a\.|m\.?a\.|bsn|msn|dnp|"
    r"b\.?eng|m\.?eng|associate (?:degree|of)|diploma|ged|high school|university|college|"
    r"j\.?d\.|ll\.?[bm])\b",
    re.I,
)
_STATED_YEARS = re.compile(
    r"(\d{1,2})\+?\s*(?:years|yrs)(?:\s+of)?(?:\s+[\w/&-]+){0,3}?\s+experience"
    r"|experience\s+of\s+(\d{1,2})\+?\s*(?:years|yrs)",
    re.I,
)
_TOKEN_SPLIT = re.compile(r"\s*(?:[,;|\u2022\u00b7]|\s/\s|\band\b)\s*")
_NOT_SKILLS = frozenset(
    [
        "skills",
        "tools",
        "languages",
        "proficient",
        "advanced",
        "intermediate",
        "basic",
        "familiar",
        "expert",
        "native",
        "fluent",
        "other",
        "including",
        "soft",
        "technical",
        "leadership",
        "communication",
        "teamwork",
        "collaboration",
        "creativity",
        "adaptability",
        "organization",
        "organisation",
        "multitasking",
        "research",
        "writing",
        "management",
        "english",
        "experience",
        "knowledge",
        "strong",
        "excellent",
        "working",
        "problem",
        "solving",
    ]
)


def resume_lines(resume_text: str) -> list[Line]:
    """A resume's lines with their sections.

    A dated job line ("Systems Administrator · Acme · 2023 - present") under the skills or
    certifications starts the work history it belongs to, for resumes that list their jobs
    without an "Experience" heading.
    """
    lines = split_lines(unfold_columns(resume_text), RESUME_RULES, caps_headings=True)
    in_jobs = False
    out = []
    for line in lines:
        if line.heading:
            in_jobs = False
        elif line.section in ("skills", "education") and _job_line(line.text):
            in_jobs = True
        out.append(replace(line, section="experience") if in_jobs else line)
    return out


def _job_line(text: str) -> bool:
    return bool(DATE_RANGE.search(text)) and has_role_word(text) and not DEGREE_HINT.search(text)


def extract_profile(resume_text: str, *, today: date | None = None) -> ResumeProfile:
    """Read a resume's skills, roles, projects, achievements, education, years and gaps."""
    lines = resume_lines(resume_text)
    now = today_index(today)
    roles = extract_roles(lines, now)
    years, years_line = _years(lines, roles)
    education = _education(lines)
    return ResumeProfile(
        skills=_skills(lines),
        roles=roles,
        projects=_projects(lines),
        achievements=_achievements(lines),
        education=education,
        volunteering=[
            SourcedText(text=line.text, line=line.text)
            for line in lines
            if line.section == "volunteering" and not line.heading
        ][:8],
        years_experience=years,
        years_line=years_line,
        gaps=_gaps(roles),
        aim=_aim(lines),
        time_away=_time_away(roles, now, lines),
        studying=next((e for e in education if IN_PROGRESS.search(e.text)), None),
    )


_ONGOING = re.compile(r"[-\u2013\u2014]\s*(?:present|current|now|today|ongoing)\b", re.I)
MIN_TIME_AWAY = 7  # months


def _time_away(roles: list[Role], now: int, lines: list[Line]) -> TimeAway | None:
    """How long since the latest role ended, when no job (read or not) runs to the present.

    Volunteering or study that runs to the present does not count as a job.
    """
    ongoing = any(_ONGOING.search(x.text) for x in lines if x.section == "experience")
    if not roles or any(r.current for r in roles) or ongoing:
        return None
    last = max(roles, key=lambda r: label_index(r.end))
    months = now - label_index(last.end)
    return TimeAway(months=months, since=last.end, last=last) if months >= MIN_TIME_AWAY else None


_AIM = re.compile(
    r"^(?:(?:I(?:'m| am)?|now|currently)\s+)*(?:looking|seeking|hoping|aiming|keen|eager|ready"
    r"|excited|planning|want(?:ing)?)\s+(?:to|for)\b"
    r"|(?:,|\bnow|\bcurrently|\bI(?:'m| am))\s+(?:moving|transitioning|pivoting)\s+(?:in)?to\b"
    r"|\b(?:now|currently)\s+(?:looking|seeking|hoping|aiming|ready)\s+(?:to|for)\b"
    r"|\b(?:my|a)\s+(?:first|next)\s+\w+(?:\s\w+)?\s+role\b",
    re.I,
)


def _aim(lines: list[Line]) -> SourcedText | None:
    """The move the resume says it wants, from its summary ("Ready to move off the road...")."""
    for line in lines:
        if line.section == "experience":
            return None  # the aim sits above the work history
        if line.section not in (None, "summary", "other") or line.heading:
            continue
        for sentence in sentences(line.text):
            if _AIM.search(sentence) and len(sentence.split()) >= 5:
                return SourcedText(text=sentence, line=sentence)
    return None


def _skills(lines: list[Line]) -> list[Skill]:
    skills: dict[str, Skill] = {}
    for line in lines:
        if line.heading:
            continue
        listed = line.section == "skills"
        names = [(m.name, m.field) for m in find_skills(line.text, list_context=listed)]
        if listed:
            names += [(token, "other") for token in _skill_tokens(line.text)]
        for name, field in names:
            skill = skills.get(name.lower())
            if skill is None:
                skills[name.lower()] = Skill(
                    name=name, field=field, line=line.text, lines=[line.text], listed=listed
                )
                continue
            skill.mentions += 1
            skill.listed = skill.listed or listed
            if line.text not in skill.lines and len(skill.lines) < 5:
                skill.lines.append(line.text)
    return list(skills.values())


def _skill_tokens(text: str) -> list[str]:
    tokens = []
    for token in _TOKEN_SPLIT.split(re.sub(r"\([^)]*\)", " ", text)):
        token = token.strip(" .:-*")
        words = token.split()
        if not (1 <= len(words) <= 3 and 2 <= len(token) <= 30) or not token[0].isalnum():
            continue
        if canonical_skill(token) != token or token.lower() in _NOT_SKILLS:
            continue
        techy = any(ch in token for ch in ".+#") or any(ch.isdigit() for ch in token)
        camel = any(ch.isupper() for ch in token[1:].replace(" ", ""))
        if techy or camel or all(word[0].isupper() for word in words):
            tokens.append(token)
    return tokens


def _projects(lines: list[Line]) -> list[Project]:
    projects: list[Project] = []
    seen: set[str] = set()
    has_header = False
    for line in lines:
        if line.heading or line.text in seen:
            continue
        if line.section == "projects" and (not line.bullet or not has_header):
            has_header = has_header or not line.bullet
            name = re.split(r"\s[-\u2013\u2014|]\s|:\s|\s\(", line.text, maxsplit=1)[0]
            if len(name.split()) <= 8 and not find_date_range(name, 10**6) and len(name) > 2:
                seen.add(line.text)
                projects.append(Project(name=name.strip(" .,"), line=line.text))
            continue
        if line.section in ("education", "skills", "projects"):
            continue
        words = line.text.split()
        verb = words[0].lower().strip(",") if words else ""
        if verb in PROJECT_VERBS and len(words) >= 3:
            rest = line.text[len(words[0]) :].strip()
            name = _OBJECT_STOP.split(rest, maxsplit=1)[0].strip(" .")
            name = re.sub(r"^(?:a|an|the)\s+", "", " ".join(name.split()[:10]), flags=re.I)
            if len(name) > 3:
                seen.add(line.text)
                projects.append(Project(name=name, line=line.text, verb=verb))
    return projects


def _achievements(lines: list[Line]) -> list[Achievement]:
    found: list[Achievement] = []
    for line in lines:
        if line.heading or line.section in ("skills", "education"):
            continue
        if not (line.bullet or line.section in ("experience", "projects", "summary", "other")):
            continue
        if len(line.text.split()) < 4 or (
            has_role_word(line.text) and find_date_range(line.text, 10**6)
        ):
            continue
        match = METRIC.search(line.text)
        if match is None:
            continue
        metric = match.group(0).strip()
        words = {word.lower().strip(",.;:") for word in line.text.split()}
        result_verb = bool(words & _RESULT_VERBS)
        # "from 4 to 22 stories" is a range; with a verb of change it is a before and after
        moved = metric.lower().startswith("from") and bool(words & (_RESULT_VERBS | _MOVE_VERBS))
        ratio = moved or bool(re.search(r"[%\u00d7]|percent|\dx\b|^(?:zero|no)\b", metric, re.I))
        if ratio or result_verb:
            strength = (3 if ratio or metric[0] in "$\u20ac\u00a3\u00a5" else 2) + result_verb
            found.append(
                Achievement(text=line.text, metric=metric, line=line.text, strength=strength)
            )
        elif words & _SCALE_VERBS or metric[0] in "$\u20ac\u00a3\u00a5":
            found.append(
                Achievement(text=line.text, metric=metric, line=line.text, strength=1, kind="scale")
            )
    return found


def _education(lines: list[Line]) -> list[SourcedText]:
    found = []
    for line in lines:
        if line.heading:
            continue
        if line.section == "education" or (line.section != "skills" and _DEGREE.search(line.text)):
            found.append(SourcedText(text=line.text, line=line.text))
    return found[:8]


def _years(lines: list[Line], roles: list[Role]) -> tuple[float | None, str | None]:
    stated = [
        (int(m.group(1) or m.group(2)), line.text)
        for line in lines
        for m in _STATED_YEARS.finditer(line.text)
        if 0 < int(m.group(1) or m.group(2)) <= 50
    ]
    if stated:
        years, line = max(stated, key=lambda item: item[0])
        return float(years), line
    months = _merged_months(roles)
    return (round(months / 12, 1), None) if months else (None, None)


def _merged_months(roles: list[Role]) -> int:
    spans = sorted((label_index(r.start), label_index(r.end)) for r in roles)
    total, current_start, current_end = 0, None, None
    for start, end in spans:
        if current_end is None or current_start is None or start > current_end + 1:
            if current_end is not None and current_start is not None:
                total += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start + 1
    return total


def _gaps(roles: list[Role]) -> list[EmploymentGap]:
    gaps: list[EmploymentGap] = []
    ordered = sorted(roles, key=lambda r: (label_index(r.start), label_index(r.end)))
    latest: Role | None = None
    for role in ordered:
        if latest is not None:
            months = label_index(role.start) - label_index(latest.end) - 1
            if months > 6:
                start, end = label_index(latest.end) + 1, label_index(role.start) - 1
                gaps.append(
                    EmploymentGap(
                        months=months,
                        start=month_label(start),
                        end=month_label(end),
                        before=latest,
                        after=role,
                    )
                )
        if latest is None or label_index(role.end) > label_index(latest.end):
            latest = role
    return gaps
