"""Probes an interviewer plans from the match: gaps, overlaps, soft needs, design, the top role."""

from __future__ import annotations

import re

from mockinterview.tailoring import probe_templates as pt
from mockinterview.tailoring.candidates import (
    Candidate,
    Context,
    duty_text,
    jd,
    quoted,
    render,
    resume,
    role_name,
    says,
    title_field,
)
from mockinterview.tailoring.degrees import degree_level
from mockinterview.tailoring.matching import ABSENT, Need
from mockinterview.tailoring.templates import Template
from mockinterview.vocabulary import display_skill, skill_field

TECHNICAL_FIELDS = frozenset({"software", "data", "devops"})
_SENIOR_TITLE = re.compile(
    r"\b(?:senior|sr\.?|lead|head|principal|staff (?:engineer|scientist)|chief|director|"
    r"manager|charge|supervisor|owner|founder|vp|partner)\b",
    re.I,
)

_PEOPLE_DUTY = re.compile(
    r"^\W*(?:coach|mentor|hire|recruit|train|teach|write|communicate|present|facilitate|grow)\b"
    r"|^\W*manage\b[^.]{0,30}\b(?:team|people|engineers|staff|reports|managers)\b",
    re.I,
)
_NOT_A_DESIGN = re.compile(
    r"^\W*(?:track|log|record|travel|attend|take part|participate|answer|explain|translate"
    r"|report|document|support|assist|comply|follow|be available|help (?:run|with|out)"
    r"|work (?:daily |closely )?with|run (?:[\w-]+ ){0,2}demo(?:nstration)?s?)\b",
    re.I,
)
"""A duty no design exercise can be drawn from: admin, support, explaining, taking part."""


def _work_problem(duty: str) -> bool:
    """Whether a duty is about people, writing or admin (coaching, logging hours): no design."""
    return bool(_PEOPLE_DUTY.match(duty) or _NOT_A_DESIGN.match(duty))


def _listed(names: tuple[str, ...], line: str) -> str:
    shown = [display_skill(n) for n in names[:3]]
    joiner = " or " if re.search(r"\bor\b|/", line) else " and "
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + joiner + shown[-1]


def _gap_template(need: Need, closest: str | None) -> Template:
    """A credential is asked about as one; other gaps cite the closest line when there is one."""
    if need.credential_missing:
        return pt.GAP_CREDENTIAL
    if closest is not None and closest == need.basic_line:
        return pt.GAP_LEVEL
    return pt.GAP_WITH_CLOSEST if closest else pt.GAP_PLAIN


def gaps(ctx: Context, needs: list[Need]) -> list[Candidate]:
    """Must-haves (and then nice-to-haves) that the resume does not show.

    Each comes twice: citing the closest resume line, and on its own for when another
    question already quotes that line.
    """
    out: list[Candidate] = []
    ordered = sorted(needs, key=lambda n: (not n.must, n.duty))
    absent = [n for n in ordered if not n.shown and (not n.duty or n.similarity < ABSENT)]
    for rank, need in enumerate(absent):
        # an unnamed credential is asked about in the posting's words, not by a skill it mentions
        missing = need.missing or (() if need.credential_missing else need.skills)
        what = _listed(missing, need.line) if missing else f'"{quoted(need.line, 90)}"'
        priority = (10.0 if need.must else 6.0) - rank * 0.6 - (1.0 if need.soft else 0.0)
        for closest in dict.fromkeys([need.basic_line or need.closest, None]):
            out.append(
                render(
                    ctx,
                    "behavioral" if need.soft else "technical",
                    _gap_template(need, closest),
                    priority=priority - (0.01 if closest is None else 0.0),
                    topic="need:" + need.line,
                    reason=(
                        f"The job {'requires' if need.must else 'would like'} "
                        f"'{quoted(need.line, 80)}', and the resume does not show it"
                        + (f"; the closest line is '{quoted(closest, 60)}'." if closest else ".")
                    ),
                    sources=[jd(need.line)] + ([resume(closest)] if closest else []),
                    values={
                        "what": what,
                        "closest": says(closest) if closest else "",
                        "need": f'"{quoted(need.line, 90)}"',
                    },
                    skills=list(missing[:3]),
                    kind="gap",
                    slot="soft" if need.soft else "gap",
                    missing=missing,
                )
            )
    return out


def overlaps(ctx: Context, needs: list[Need]) -> list[Candidate]:
    """Posting needs that a resume line meets: depth on the candidate's matching work."""
    out: list[Candidate] = []
    for need in needs:
        if need.closest is None or not need.shown or need.similarity < 0.4:
            continue
        if degree_level(need.line) is not None:
            continue  # a degree is held or not: no work line "overlaps" with it
        weight = 8.0 + (need.similarity - 0.45) * 10 + (0.5 if need.must else 0.0)
        out.append(
            render(
                ctx,
                "behavioral" if need.soft else "technical",
                pt.OVERLAP,
                priority=weight,
                topic="need:" + need.line,
                reason=(
                    f"The job asks for '{quoted(need.line, 70)}', and the resume's "
                    f"'{quoted(need.closest, 70)}' is the same kind of work: the interviewer "
                    "will test how deep it goes."
                ),
                sources=[resume(need.closest), jd(need.line)],
                values={"need": duty_text(need.line), "says": says(need.closest)},
                skills=list(need.skills[:3]),
                kind="overlap",
                slot="soft" if need.soft else "overlap",
            )
        )

    return out


def technical_role(ctx: Context) -> bool:
    """Whether the posting (or else the resume) is for a software, data or infrastructure job."""
    job = ctx.job
    title = job.title.text if job and job.title else None
    if title and title_field(title) in TECHNICAL_FIELDS:
        return True
    skills = job.required_skills if job else ctx.profile.skills
    fields = [skill_field(s.name) for s in skills]
    return sum(f in TECHNICAL_FIELDS for f in fields) > len(fields) / 2 if fields else False


def designs(ctx: Context, needs: list[Need]) -> list[Candidate]:
    """A system-design problem (technical jobs) or a work problem to solve, from the duties."""
    duties = [n for n in needs if n.duty and len(n.line.split()) >= 5]
    technical_job = technical_role(ctx)
    duties.sort(key=lambda n: (_work_problem(n.line), -len(n.skills), n.soft))
    out = []
    for rank, need in enumerate(duties[:5]):
        technical = technical_job and not _work_problem(need.line)
        template = pt.SYSTEM_DESIGN if technical else pt.PROBLEM_SOLVING
        out.append(
            render(
                ctx,
                "technical" if technical else "situational",
                template,
                priority=8.5 - rank,
                topic="design:" + need.line,
                reason=(
                    f"The job's duties include '{quoted(need.line, 80)}'; "
                    + (
                        "a design problem from that work shows how you reason about systems."
                        if technical
                        else "solving a real problem from that work shows how you think it through."
                    )
                ),
                sources=[jd(need.line)],
                values={"duty": duty_text(need.line)},
                skills=list(need.skills[:3]),
                kind="design",
                slot="design",
            )
        )

    return out


def senior_role(ctx: Context) -> list[Candidate]:
    """The scope of the most senior recent role, then of the latest role if it differs."""
    roles = [r for r in ctx.profile.roles if r.title or r.employer]
    if not roles:
        return []
    by_recency = sorted(roles, key=lambda r: (r.end, r.start), reverse=True)
    senior = [r for r in by_recency if r.title and _SENIOR_TITLE.search(r.title)]
    out = []
    picked = [*senior[:1], *(r for r in by_recency[:2] if not senior or r is not senior[0])]
    for rank, role in enumerate(picked[:2]):
        level = "senior" if any(role is r for r in senior) else "recent"
        out.append(
            render(
                ctx,
                "behavioral",
                pt.ROLE_SCOPE,
                priority=8.7 - rank,
                topic="role:" + role.line,
                reason=(
                    f"'{quoted(role.line, 70)}' is one of the most {level} roles on the resume; "
                    "interviewers check what it really involved and which decisions were yours."
                ),
                sources=[resume(role.line)],
                values={"role": role_name(role), "tense": "is" if role.current else "was"},
                kind="claim",
                slot="role",
            )
        )
    return out
