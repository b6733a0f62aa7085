"""Candidate behavioral questions: projects, results, gaps, career moves and duties."""

from __future__ import annotations

import calendar
import re

from mockinterview.tailoring import templates as t
from mockinterview.tailoring.candidates import (
    Candidate,
    Context,
    duty_text,
    jd,
    latest_role,
    quoted,
    render,
    resume,
    says,
    title_field,
    with_article,
    words_of,
)
from mockinterview.tailoring.degrees import degree_level
from mockinterview.tailoring.lines import label_index
from mockinterview.tailoring.schemas import Role, Skill
from mockinterview.vocabulary import display_skill, find_skills

# How a resume explains its own break; "caring for patients" or "family leave requests" is work.
_BREAK_RE = re.compile(
    r"\b(?:career break|sabbatical|(?:parental|maternity|paternity) leave|time off to"
    r"|took (?:a|some) (?:year|break|time) (?:off|out)|(?:caring|to care|caregiving|caregiver) for"
    r" (?:my|a family member|an? (?:parent|relative))|family caregiving)\b",
    re.I,
)


OLD_GAP_MONTHS = 60
OLD_GAP_PENALTY = 2.0


def _job_skill_in(ctx: Context, line: str) -> Skill | None:
    if ctx.job is None:
        return None
    names = {m.name for m in find_skills(line)}
    for skill in [*ctx.job.required_skills, *ctx.job.preferred_skills]:
        if skill.name in names:
            return skill
    return None


def behavioral(ctx: Context) -> list[Candidate]:
    """Projects, achievements, gaps, career moves and the role's own duties."""
    out: list[Candidate] = []
    for rank, project in enumerate(ctx.profile.projects[:6]):
        link = _job_skill_in(ctx, project.line)
        reason = f"Your resume lists '{quoted(project.line, 80)}'"
        sources = [resume(project.line)]
        if link is not None:
            reason += f" and the job asks for {display_skill(link.name)} experience."
            sources.append(jd(link.line))
        else:
            reason += ", and interviewers usually ask you to walk through projects you name."
        out.append(
            render(
                ctx,
                "behavioral",
                t.PROJECT_LINE if project.verb else t.PROJECT_NAMED,
                priority=7.5 + (1.5 if link else 0) - rank * 0.8,
                topic=project.line,
                reason=reason,
                sources=sources,
                values={"says": says(project.line), "name": quoted(project.name, 70)},
                skills=[display_skill(link.name)] if link else None,
                rank=rank,
            )
        )
    ranked = sorted(ctx.profile.achievements, key=lambda a: -a.strength)
    for rank, achievement in enumerate(ranked[:5]):
        link = _job_skill_in(ctx, achievement.line)
        sources = [resume(achievement.line)] + ([jd(link.line)] if link else [])
        reason = (
            f"Your resume claims a measurable result ({achievement.metric}) in "
            f"'{quoted(achievement.line, 80)}'"
        )
        if link is not None:
            reason += f", which touches {display_skill(link.name)}, a skill this job asks for."
        else:
            reason += ", and interviewers check how such figures were measured."
        out.append(
            render(
                ctx,
                "behavioral",
                t.ACHIEVEMENT if achievement.kind == "result" else t.ACHIEVEMENT_SCALE,
                priority=7.0 + achievement.strength * 0.4 + (1.0 if link else 0) - rank * 1.2,
                topic=achievement.line,
                reason=reason,
                sources=sources,
                values={"says": says(achievement.line), "metric": achievement.metric},
                rank=rank,
            )
        )
    out.extend(_gap(ctx))
    out.extend(_time_away(ctx))
    out.extend(_studying(ctx))
    out.extend(_career_change(ctx))
    out.extend(_duties(ctx))
    return out


def _role_ref(role: Role, default: str) -> str:
    if role.employer:
        return f"your time at {role.employer}"
    if role.title:
        return f"your role as {role.title}"
    return default


def _time_away(ctx: Context) -> list[Candidate]:
    """What the candidate has done since their latest role ended, when none is current."""
    away = ctx.profile.time_away
    if away is None:
        return []
    months_text = f"{away.months} months" if away.months < 24 else f"{away.months // 12} years"
    year, month = away.since.split("-")
    return [
        render(
            ctx,
            "behavioral",
            t.TIME_AWAY,
            priority=8.7,
            topic="gap",
            slot="break",
            reason=(
                f"Your latest role, '{quoted(away.last.line, 60)}', ended about {months_text} "
                "ago and none is current; interviewers ask what you have done since."
            ),
            sources=[resume(away.last.date_line or away.last.line)],  # the dates that end it
            values={
                "last": _role_ref(away.last, "your latest role"),
                "since": f"{calendar.month_name[int(month)]} {year}",
            },
        )
    ]


def _studying(ctx: Context) -> list[Candidate]:
    """A course the candidate has not finished yet: when, and how it fits around the job."""
    studying = ctx.profile.studying
    if studying is None:
        return []
    requirements = ctx.job.requirements if ctx.job else []  # without degrees already held
    wanted = next((r.line for r in requirements if not r.preferred and degree_level(r.line)), None)
    reason = f"Your resume lists a course still in progress: '{quoted(studying.line, 70)}'"
    reason += (
        ", and the posting asks for a degree; interviewers ask when you will finish."
        if wanted
        else "; interviewers ask how you will combine it with the job."
    )
    return [
        render(
            ctx,
            "behavioral",
            t.STUDYING_FOR_THE_ROLE if wanted else t.STUDYING,
            priority=8.5 if wanted else 7.2,
            topic="studying",
            slot="break" if wanted and not ctx.profile.gaps and not ctx.profile.time_away else "",
            reason=reason,
            sources=[resume(studying.line), *([jd(wanted)] if wanted else [])],
            values={"studying": quoted(studying.line), "wanted": quoted(wanted or "")},
        )
    ]


def _gap(ctx: Context) -> list[Candidate]:
    if not ctx.profile.gaps:
        return []
    gap = max(ctx.profile.gaps, key=lambda g: g.months)
    months = gap.months
    latest = max(label_index(role.end) for role in ctx.profile.roles)
    # A break long before the latest work matters less than a recent one: it gets no slot of
    # its own and competes with the other probes on a lower priority.
    recent = latest - label_index(gap.end) <= OLD_GAP_MONTHS
    age, slot = (0.0, "break") if recent else (OLD_GAP_PENALTY, "earlier_break")
    months_text = f"{months} months" if months < 24 else f"{months // 12} years"
    before, after = gap.before, gap.after
    reason = (
        f"Your resume shows about {months_text} between '{quoted(before.line, 60)}' and "
        f"'{quoted(after.line, 60)}'; interviewers often ask about breaks longer than six months."
    )
    explaining = [line for line in ctx.resume_lines if _BREAK_RE.search(line)]
    # A line that says what the break was beats a bare "Career break" heading.
    explained = next((line for line in explaining if len(line.split()) > 3), None) or next(
        iter(explaining), None
    )
    asked = (
        [
            render(
                ctx,
                "behavioral",
                t.GAP_EXPLAINED,
                priority=8.61 - age,
                topic="gap",
                slot=slot,
                reason=reason,
                sources=[resume(explained)],
                values={"explained": quoted(explained, 110)},
            )
        ]
        if explained
        else []
    )
    # The second form quotes only the earlier role, for when another question quotes the later.
    return asked + [
        render(
            ctx,
            "behavioral",
            t.GAP,
            priority=8.6 - age - 0.01 * len(quotes),
            topic="gap",
            slot=slot,
            reason=reason,
            sources=[resume(line) for line in quotes],
            values={
                "months_text": months_text,
                "before": _role_ref(before, "your earlier role"),
                "after": _role_ref(after, "the next one").replace("your time at", "joining"),
            },
        )
        for quotes in ([before.line, after.line], [before.line])
    ]


def _career_change(ctx: Context) -> list[Candidate]:
    last = latest_role(ctx.profile)
    if last is None or not last.title:
        return []
    target = ctx.job.title if ctx.job else None
    if target is not None:
        old, new = title_field(last.title), title_field(target.text)
        if old is None or new is None or old == new:
            return []
        return [
            render(
                ctx,
                "behavioral",
                t.CAREER_CHANGE,
                priority=9.5,
                topic="move",
                reason=(
                    f"Your most recent role ('{quoted(last.line, 70)}') is in a different field "
                    f"from this {target.text} role, so expect to be asked about the change."
                ),
                sources=[resume(last.line), jd(target.line)],
                values={
                    "last_title": last.title,
                    "last_title_a": with_article(last.title),
                    "target": target.text,
                    "target_a": with_article(target.text).split(" ", 1)[0],
                },
            )
        ]
    earlier = [r for r in ctx.profile.roles if r.title and r.end < last.start]
    if not earlier:
        return []
    prev = max(earlier, key=lambda r: r.end)
    if title_field(prev.title) in (None, title_field(last.title)):
        return []
    return [
        render(
            ctx,
            "behavioral",
            t.INTERNAL_CHANGE,
            priority=6.8,
            topic="move",
            reason=(
                f"Your resume shows a change of direction from '{quoted(prev.line, 60)}' to "
                f"'{quoted(last.line, 60)}'."
            ),
            sources=[resume(prev.line), resume(last.line)],
            values={"prev_title": prev.title or "", "last_title": last.title},
        )
    ]


def _duties(ctx: Context) -> list[Candidate]:
    if ctx.job is None:
        return []
    out: list[Candidate] = []
    for rank, duty in enumerate(ctx.job.responsibilities[:4]):
        out.append(
            render(
                ctx,
                "behavioral",
                t.RESPONSIBILITY_STORY,
                priority=6.2 - rank * 0.5,
                topic=duty.line,
                reason=f"The job description lists '{quoted(duty.line, 80)}' as part of the role.",
                sources=[jd(duty.line)],
                values={"quote": duty_text(duty.text), "quote_short": quoted(duty.text, 70)},
                rank=rank,
            )
        )
    for rank, req in enumerate(r for r in ctx.job.requirements if not r.preferred):
        words = words_of(req.text)
        if req.skills:
            continue  # named skills get their own technical questions
        if len(words) < 2 or len(words & ctx.resume_words) / len(words) >= 0.34:
            continue
        out.append(
            render(
                ctx,
                "behavioral",
                t.REQUIREMENT_EVIDENCE,
                priority=6.6 - rank * 0.3,
                topic="need:" + req.line,  # one question per requirement, whoever asks it
                reason=(
                    f"The job asks for '{quoted(req.line, 80)}', and your resume doesn't show it "
                    "directly."
                ),
                sources=[jd(req.line)],
                values={"quote": quoted(req.text), "quote_short": quoted(req.text, 70)},
            )
        )
    years, have = ctx.job.years_required, ctx.profile.years_experience
    if years and have is not None and have < years and ctx.job.years_line:
        sources = [jd(ctx.job.years_line)]
        if ctx.profile.years_line:
            sources.append(resume(ctx.profile.years_line))
        out.append(
            render(
                ctx,
                "behavioral",
                t.YEARS_SHORT,
                priority=7.2,
                topic="years",
                reason=(
                    f"The job asks for {years}+ years ('{quoted(ctx.job.years_line, 70)}') and "
                    f"your resume shows about {have:g}."
                ),
                sources=sources,
                values={"required": str(years), "have": f"{have:g}"},
            )
        )
    return out
