"""Candidate questions drawn from what a resume and a job description say."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from mockinterview.tailoring import templates as t
from mockinterview.tailoring.lines import find_date_range, shorten
from mockinterview.tailoring.schemas import (
    Category,
    Difficulty,
    JobRequirements,
    ProbeKind,
    QuestionSource,
    ResumeProfile,
    Role,
    Skill,
)


@dataclass
class Candidate:
    """A possible question, its priority, and where it came from."""

    category: Category
    priority: float
    topic: str
    prompt: str
    reason: str
    sources: list[QuestionSource]
    skills: list[str]
    star: dict[str, str] | None
    guidance: str
    difficulty: Difficulty | None = None
    bank_uuid: str | None = None
    probe_kind: ProbeKind = "claim"
    slot: str = ""
    missing: frozenset[str] = frozenset()  # the skills the resume lacks that this asks about

    def __post_init__(self) -> None:
        # "design" slots are kept for design problems built from the job's duties
        self.slot = self.slot or ("scenario" if self.probe_kind == "design" else self.probe_kind)

    @property
    def quotes(self) -> set[str]:
        """The document lines this question quotes (bank ids left out)."""
        return {" ".join(s.quote.split()) for s in self.sources if s.kind != "bank"}


@dataclass
class Context:
    """Everything the candidate builders read."""

    profile: ResumeProfile
    job: JobRequirements | None
    seed: str
    difficulty: Difficulty
    resume_words: set[str] = field(default_factory=set)
    resume_lines: list[str] = field(default_factory=list)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def pick(ctx: Context, options: tuple[str, ...], key: str, rank: int = 0) -> str:
    """Choose one phrasing (the same every time for the same inputs), rotating by rank."""
    digest = hashlib.sha256(f"{ctx.seed}\x1f{key}".encode("utf-8", "surrogatepass")).digest()
    return options[(int.from_bytes(digest[:4], "big") + rank) % len(options)]


def quoted(line: str, limit: int = 90) -> str:
    """Return a shortened line with its double quotes softened, for use inside a prompt."""
    return shorten(line, limit).replace('"', "'")


_PAST_IRREGULAR = frozenset(
    [
        "led",
        "built",
        "grew",
        "cut",
        "ran",
        "won",
        "drove",
        "made",
        "wrote",
        "taught",
        "brought",
        "set",
        "began",
        "held",
        "kept",
        "sold",
        "took",
        "gave",
        "found",
        "oversaw",
        "rebuilt",
        "rewrote",
        "spoke",
        "shipped",
    ]
)


# Words ending in -ed that open a description of the candidate, not an action they took
# ("Licensed professional engineer with 7 years..."), so the line is quoted rather than
# turned into "you licensed...".
_DESCRIBING = frozenset(
    [
        "licensed",
        "certified",
        "registered",
        "experienced",
        "seasoned",
        "accomplished",
        "dedicated",
        "motivated",
        "skilled",
        "qualified",
        "talented",
    ]
)


def says(line: str) -> str:
    """Turn a resume line into 'you cut X by 40%' or a quotation, to follow 'Your resume says'."""
    text = quoted(line, 110)
    first = text.split()[0] if text.split() else ""
    if (
        first[:1].isupper()
        and first[1:].islower()
        and (first.lower() in _PAST_IRREGULAR or first.lower().endswith("ed"))
        and first.lower() not in _DESCRIBING
        and "-" not in first  # "Board-certified nurse...", "Self-taught developer..."
    ):
        return "you " + text[0].lower() + text[1:]
    return f'"{text}"'


def render(
    ctx: Context,
    category: Category,
    template: t.Template,
    *,
    priority: float,
    topic: str,
    reason: str,
    sources: list[QuestionSource],
    values: dict[str, str],
    skills: list[str] | None = None,
    prompt: str | None = None,
    rank: int = 0,
    kind: ProbeKind | None = None,
    slot: str = "",
    missing: Sequence[str] = (),
) -> Candidate:
    """Fill a template into a candidate question."""
    filled = _Values(values)
    star = None
    if template.star is not None and category in ("behavioral", "situational"):
        star = {part: text.format_map(filled) for part, text in template.star.items()}
    expected = list(dict.fromkeys([*(skills or []), *template.skills]))[:6]
    return Candidate(
        category=category,
        priority=priority,
        topic=topic,
        prompt=prompt or pick(ctx, template.prompts, template.prompts[0], rank).format_map(filled),
        reason=reason,
        sources=sources,
        skills=expected,
        star=star,
        guidance=template.guidance.format_map(filled),
        probe_kind=kind or template.kind,
        slot=slot,
        missing=frozenset(missing),
    )


def resume(line: str) -> QuestionSource:
    """Cite a resume line."""
    return QuestionSource(kind="resume", quote=line)


def jd(line: str) -> QuestionSource:
    """Cite a job description line."""
    return QuestionSource(kind="job_description", quote=line)


_TITLE_FIELDS: tuple[tuple[str, str], ...] = (
    (
        r"nurse|\brn\b|physician|medical|clinical|therapist|pharmacist|patient|health|paramedic|"
        r"midwife|dental|caregiver",
        "healthcare",
    ),
    (
        r"teacher|tutor|instructor|professor|lecturer|educator|school|teaching|curriculum|"
        r"instructional|principal",
        "education",
    ),
    (r"attorney|lawyer|paralegal|counsel|legal|solicitor", "legal"),
    (r"\bhr\b|human resources|recruit|talent|people (?:partner|operations)", "hr"),
    (r"design|\bux\b|\bui\b|creative|illustrat", "design"),
    (r"marketing|marketer|brand|\bseo\b|content|growth|communications|social media", "marketing"),
    (r"sales|account executive|business development|\bsdr\b|\bbdr\b|account manager", "sales"),
    (
        r"accountant|finance|financial|auditor|controller|bookkeep|banker|treasury|\btax\b|fp&a",
        "finance",
    ),
    (r"\bdata\b|analytics|machine learning|\bbi\b|statistic|scientist", "data"),
    (r"devops|site reliability|\bsre\b|cloud|infrastructure|platform engineer", "devops"),
    (
        r"operations|logistics|supply chain|warehouse|project manager|program manager|procurement|"
        r"buyer|planner",
        "operations",
    ),
    (r"consultant|consulting|advisory", "consulting"),
    (
        r"software|developer|programmer|engineer|web|mobile|frontend|backend|full[- ]stack",
        "software",
    ),
)


def title_field(title: str | None) -> str | None:
    """Return the field a job title belongs to, if it is recognisable."""
    if not title:
        return None
    for pattern, name in _TITLE_FIELDS:
        if re.search(pattern, title, re.I):
            return name
    return None


def role_name(role: Role) -> str:
    """The role as the resume names it, without its dates ("Tech Lead, Tracking — Parcelbright")."""
    span = find_date_range(role.line, 10**6)
    named = role.line[: span.span[0]] + role.line[span.span[1] :] if span else role.line
    named = re.sub(r"\(\s*\)", "", named)
    return quoted(re.sub(r"[\s|,\u00b7\u2013\u2014.(-]+$", "", named.strip()), 100)


def latest_role(profile: ResumeProfile) -> Role | None:
    """Return the current or most recently ended role."""
    dated = [role for role in profile.roles if role.title or role.employer]
    return max(dated, key=lambda r: (r.end, r.start), default=None)


_STOP = frozenset(
    [
        "with",
        "from",
        "that",
        "this",
        "have",
        "will",
        "your",
        "years",
        "year",
        "experience",
        "strong",
        "ability",
        "work",
        "working",
        "knowledge",
        "skills",
        "skill",
        "including",
        "such",
        "other",
        "using",
        "within",
        "across",
        "able",
        "well",
        "both",
        "plus",
        "must",
        "preferred",
        "required",
        "least",
        "more",
        "their",
        "them",
        "they",
        "about",
        "into",
        "ideally",
        "familiarity",
        "proven",
        "excellent",
        "good",
        "great",
    ]
)


def with_article(title: str) -> str:
    """Put "a" or "an" before a job title."""
    return ("an " if title[:1].lower() in "aeiou" else "a ") + title


def words_of(text: str) -> set[str]:
    """Return the significant lower-case words of a text."""
    return {w for w in re.findall(r"[a-z][a-z+#.-]{3,}", text.lower()) if w not in _STOP}


def duty_text(text: str) -> str:
    """Quote a duty without a leading "You will" so it reads well inside a prompt."""
    trimmed = re.sub(
        r"^(?:you will|you'll|you\u2019ll|you are going to|will)\s+", "", text, flags=re.I
    )
    return quoted(trimmed if len(trimmed.split()) >= 3 else text)


FIELD_FAMILY = {"health_it": "healthcare"}


def dominant_field(skills: list[Skill]) -> tuple[str, Skill] | None:
    """Return the most common field among skills, with the first skill of that field."""
    fields = [(FIELD_FAMILY.get(s.field, s.field), s) for s in skills]
    counts = Counter(name for name, _ in fields if name not in ("general", "other", "credential"))
    if not counts:
        return None
    best = max(counts.values())
    for name, skill in fields:
        if counts.get(name) == best:
            return name, skill
    return None
