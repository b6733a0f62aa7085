"""Candidate technical, situational and role-fit questions from skills and duties."""

from __future__ import annotations

import re

from mockinterview.tailoring import field_templates as ft
from mockinterview.tailoring import templates as t
from mockinterview.tailoring.candidates import (
    Candidate,
    Context,
    dominant_field,
    duty_text,
    jd,
    latest_role,
    pick,
    quoted,
    render,
    resume,
    role_name,
    title_field,
    with_article,
)
from mockinterview.tailoring.matching import is_held, is_listing
from mockinterview.tailoring.schemas import QuestionSource, Skill
from mockinterview.vocabulary import display_skill, find_skills


def _field_of(ctx: Context, skill: Skill) -> str:
    if skill.field in ft.SKILL_DEPTH:
        return skill.field
    found = dominant_field(ctx.profile.skills)
    return found[0] if found else "general"


def _depth(
    ctx: Context,
    skill: Skill,
    lead: str,
    rank: int,
    priority: float,
    sources: list[QuestionSource],
    reason: str,
) -> Candidate:
    name = display_skill(skill.name)
    opening = pick(ctx, ft.SKILL_LEADS[lead], "lead:" + lead, rank).format(skill=name)
    opening = opening[0].upper() + opening[1:]
    field = _field_of(ctx, skill)
    body = pick(ctx, ft.SKILL_DEPTH[field], "depth:" + field, rank)
    template = t.Template(prompts=(body,), guidance=ft.SKILL_GUIDANCE)
    prompt = f"{opening} {body.format(skill=name)}"
    return render(
        ctx,
        "technical",
        template,
        priority=priority,
        topic="skill:" + skill.name.lower(),
        reason=reason,
        sources=sources,
        values={"skill": name},
        skills=[skill.name],
        prompt=prompt,
        kind="claim" if lead == "resume" else "overlap",
    )


def _missing_skills(ctx: Context, skills: list[Skill]) -> list[Skill]:
    """Skills the resume lacks, keeping one of "A or B" alternatives and none if one is held."""
    mine = {s.name for s in ctx.profile.skills}
    missing: list[Skill] = []
    asked_lines: set[str] = set()
    for skill in skills:
        if is_held(skill.name, mine):
            continue
        if re.search(r"\bor\b|/", skill.line):
            options = {m.name for m in find_skills(skill.line, list_context=True)}
            if options & mine or skill.line in asked_lines:
                continue
            asked_lines.add(skill.line)
        missing.append(skill)
    return missing


def technical(ctx: Context) -> list[Candidate]:
    """Depth on shared skills, gaps against the job's required skills, resume-only depth."""
    out: list[Candidate] = []
    mine = {s.name: s for s in ctx.profile.skills if s.field != "credential"}
    job = ctx.job
    if job is not None:
        shared = [s for s in job.required_skills if s.name in mine]
        for rank, skill in enumerate(shared[:6]):
            own = mine[skill.name]
            for turn, line in enumerate(_evidence(own)):
                reason = (
                    f"Your resume mentions {display_skill(skill.name)} ('{quoted(line, 60)}') "
                    f"and the job asks for it ('{quoted(skill.line, 60)}')."
                )
                sources = [resume(line), jd(skill.line)]
                priority = 9.5 - rank * 1.5 - turn * 0.01
                out.append(_depth(ctx, own, "shared", rank, priority, sources, reason))
        for rank, skill in enumerate(s for s in job.preferred_skills if s.name in mine):
            own = mine[skill.name]
            reason = (
                f"The job lists {display_skill(skill.name)} as a plus ('{quoted(skill.line, 60)}') "
                f"and your resume mentions it ('{quoted(own.line, 60)}')."
            )
            sources = [resume(own.line), jd(skill.line)]
            out.append(_depth(ctx, own, "preferred", rank, 6.0 - rank, sources, reason))
        missing = _missing_skills(ctx, job.required_skills)
        skills = [s for s in missing if s.field != "credential"]
        for rank, skill in enumerate(skills[:5]):
            out.append(_missing(ctx, skill, t.MISSING_SKILL, 9.0 - rank * 1.5, rank))
        credentials = [s for s in missing if s.field == "credential"]
        for rank, skill in enumerate(credentials[:2]):
            out.append(_missing(ctx, skill, t.MISSING_CREDENTIAL, 6.5 - rank, rank))
        optional = _missing_skills(ctx, job.preferred_skills)
        for rank, skill in enumerate(optional[:3]):
            plus = t.MISSING_CREDENTIAL_PLUS if skill.field == "credential" else t.MISSING_PREFERRED
            out.append(_missing(ctx, skill, plus, 5.0 - rank, rank))
    base = 5.0 if job else 8.5
    for rank, skill in enumerate(own_skills(ctx)[:6]):
        for turn, line in enumerate(_evidence(skill)):
            reason = (
                f"Your resume mentions {display_skill(skill.name)} ('{quoted(line, 70)}'), "
                "so expect questions that test how deep that experience goes."
            )
            priority = base - rank - turn * 0.01
            out.append(_depth(ctx, skill, "resume", rank, priority, [resume(line)], reason))
    return out


def _evidence(skill: Skill) -> list[str]:
    """Lines naming the skill, sentences about work first and bare skill lists last."""
    lines = list(dict.fromkeys([skill.line, *skill.lines]))
    described = [line for line in lines if not is_listing(line)] or lines
    return sorted(described, key=lambda line: line.count(",") > len(line.split()) / 4)[:3]


def own_skills(ctx: Context) -> list[Skill]:
    """Resume skills the job does not name, most mentioned first."""
    job = ctx.job
    wanted = {s.name for s in job.required_skills + job.preferred_skills} if job else set()
    own = [s for s in ctx.profile.skills if s.name not in wanted and s.field != "credential"]
    return sorted(own, key=lambda s: (-s.mentions, s.field in ("general", "other")))


def _missing(
    ctx: Context, skill: Skill, template: t.Template, priority: float, rank: int = 0
) -> Candidate:
    name = display_skill(skill.name)
    scenario = template is t.MISSING_SKILL_SCENARIO
    optional = template in (t.MISSING_PREFERRED, t.MISSING_CREDENTIAL_PLUS)
    return render(
        ctx,
        "situational" if scenario else "technical",
        template,
        priority=priority,
        topic="skill:" + skill.name.lower(),
        reason=(
            f"The job {'lists' if optional else 'asks for'} {name} "
            f"{'as a plus ' if optional else ''}('{quoted(skill.line, 70)}'), and it doesn't "
            "appear anywhere on your resume."
        ),
        sources=[jd(skill.line)],
        values={"skill": name},
        skills=[skill.name],
        rank=rank,
        missing=[skill.name],
    )


def situational(ctx: Context) -> list[Candidate]:
    """Scenarios from the role's duties, from missing skills, and typical of the field."""
    out: list[Candidate] = []
    if ctx.job is not None:
        for rank, duty in enumerate(ctx.job.responsibilities[:4]):
            out.append(
                render(
                    ctx,
                    "situational",
                    t.RESPONSIBILITY_SCENARIO,
                    priority=8.0 - rank * 1.2,
                    topic=duty.line,
                    reason=(
                        f"The job description lists '{quoted(duty.line, 80)}', so here is a "
                        "scenario built around it."
                    ),
                    sources=[jd(duty.line)],
                    values={"quote": duty_text(duty.text)},
                    rank=rank,
                )
            )
        missing = _missing_skills(ctx, ctx.job.required_skills)
        for rank, skill in enumerate(s for s in missing[:3] if s.field != "credential"):
            out.append(_missing(ctx, skill, t.MISSING_SKILL_SCENARIO, 6.5 - rank, rank))
    out.extend(_resume_scenarios(ctx))
    scenario = _field_scenario(ctx)
    if scenario is not None:
        out.append(scenario)
    return out


def _field_scenario(ctx: Context) -> Candidate | None:
    skills = ctx.job.required_skills if ctx.job and ctx.job.required_skills else []
    found = dominant_field(skills) or dominant_field(ctx.profile.skills)
    field: str | None
    if found is not None:
        field, skill = found
        in_job = any(skill is s for s in skills)
        origin = jd(skill.line) if in_job else resume(skill.line)
        reason = (
            f"{'The job' if in_job else 'Your resume'} centers on {field} work (for example "
            f"'{quoted(skill.line, 60)}'), so this is a scenario typical of that field."
        )
    else:
        role = latest_role(ctx.profile)
        field = title_field(role.title) if role else None
        if role is None or field is None:
            return None
        origin = resume(role.line)
        reason = f"Your most recent role ('{quoted(role.line, 60)}') suggests {field} work."
    return render(
        ctx,
        "situational",
        t.Template(
            prompts=ft.FIELD_SCENARIOS.get(field, ft.FIELD_SCENARIOS["general"]),
            guidance=ft.FIELD_SCENARIO_GUIDANCE,
            star=ft.SCENARIO_STAR,
            skills=("prioritization", "judgment", "communication"),
            kind="design",
        ),
        priority=7.0 if ctx.job else 7.5,
        topic="field-scenario",
        reason=reason,
        sources=[origin],
        values={},
    )


def _resume_scenarios(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    base = 5.5 if ctx.job else 7.0
    for rank, project in enumerate(ctx.profile.projects[:3]):
        out.append(
            render(
                ctx,
                "situational",
                t.PROJECT_REDO,
                priority=base - rank,
                topic=project.line,
                reason=(
                    f"Your resume lists '{quoted(project.line, 70)}'; replaying it under tighter "
                    "limits shows how you set priorities."
                ),
                sources=[resume(project.line)],
                values={"quote": quoted(project.name), "quote_short": quoted(project.line, 60)},
            )
        )
    for rank, skill in enumerate(own_skills(ctx)[:2]):
        name = display_skill(skill.name)
        out.append(
            render(
                ctx,
                "situational",
                t.SKILL_ADVOCACY,
                priority=base - 0.5 - rank,
                topic="skill:" + skill.name.lower(),
                reason=(
                    f"Your resume mentions {name} ('{quoted(skill.line, 60)}'); this scenario "
                    "tests how you would bring that experience to a new team."
                ),
                sources=[resume(skill.line)],
                values={"skill": name},
                skills=[skill.name],
            )
        )
    return out


def company(ctx: Context) -> list[Candidate]:
    """Motivation for this employer and role, and the move from the last role."""
    out: list[Candidate] = []
    job = ctx.job
    last = latest_role(ctx.profile)
    if job is not None and (job.company or job.title):
        values = {
            "company": job.company.text if job.company else "",
            "title": job.title.text if job.title else "",
            "title_a": with_article(job.title.text) if job.title else "",
        }
        template = (
            t.MOTIVATION
            if job.company and job.title
            else t.MOTIVATION_NO_TITLE
            if job.company
            else t.MOTIVATION_NO_COMPANY
        )
        cited = [x for x in (job.company, job.title) if x is not None]
        # the title line, not an "About <company>" heading, is what the question rests on
        quotable = [job.title] if job.title else cited
        sources = [jd(line) for line in dict.fromkeys(x.line for x in quotable)]
        reason = (
            "Every interviewer asks why you want this job; the posting names "
            + " and ".join(f"'{quoted(x.text, 50)}'" for x in cited)
            + "."
        )
        out.append(
            render(
                ctx,
                "company",
                template,
                priority=9.0,
                topic="motivation",
                reason=reason,
                sources=sources,
                values=values,
            )
        )
    if last is not None and last.title:
        tense = "Your current role is" if last.current else "Your most recent role was"
        current = f'{tense} "{role_name(last)}".'
        sources = [resume(last.line)]
        if job is not None:
            target = f"this {job.title.text} role" if job.title else "this role"
            if job.title:
                sources.append(jd(job.title.line))
            template, reason = (
                t.TRANSITION,
                (
                    f"Your resume shows '{quoted(last.line, 60)}' as your latest role, and "
                    "interviewers ask what is prompting the move."
                ),
            )
        else:
            target = ""
            template, reason = (
                t.NEXT_ROLE,
                (
                    f"Your latest role is '{quoted(last.line, 60)}'; interviewers ask what "
                    "you want next."
                ),
            )
        out.append(
            render(
                ctx,
                "company",
                template,
                priority=8.0 if job else 7.0,
                topic="move",
                reason=reason,
                sources=sources,
                values={"current": current, "target": target},
            )
        )
    aim = ctx.profile.aim
    if aim is not None:
        out.append(_stated_aim(ctx, aim.line))
    return out


def _stated_aim(ctx: Context, line: str) -> Candidate:
    """Why the move the resume itself names: asked before the general "why us"."""
    job = ctx.job
    sources = [resume(line)]
    fit = "what would make an offer the right one for you"
    if job is not None:
        fit = f"how does this {job.title.text + ' ' if job.title else ''}role fit it"
    if job is not None and job.title:
        sources.append(jd(job.title.line))
    return render(
        ctx,
        "company",
        t.STATED_AIM,
        priority=9.5 if job is not None else 8.5,
        topic="move",
        reason=(
            f"Your resume names the move you want ('{quoted(line, 60)}'), and interviewers "
            "ask what is behind it."
        ),
        sources=sources,
        values={"aim": quoted(line, 110), "fit": fit},
    )
