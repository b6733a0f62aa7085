"""Choosing a balanced, deterministic set of tailored questions."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date

from mockinterview.tailoring.behavioral import behavioral
from mockinterview.tailoring.candidates import Candidate, Context, jd, resume, words_of
from mockinterview.tailoring.degrees import without_met_degrees
from mockinterview.tailoring.interviewer import designs, gaps, overlaps, senior_role
from mockinterview.tailoring.matching import evidence_lines, posting_needs
from mockinterview.tailoring.planner import plan
from mockinterview.tailoring.profile import extract_profile, resume_lines
from mockinterview.tailoring.requirements import extract_requirements
from mockinterview.tailoring.schemas import (
    CATEGORY_ORDER,
    BankQuestion,
    Category,
    Difficulty,
    GeneratedQuestion,
    JobRequirements,
    QuestionSource,
    ResumeProfile,
)
from mockinterview.tailoring.skill_questions import company, situational, technical
from mockinterview.vocabulary import canonical_skill, display_skill

_LEVELS: tuple[Difficulty, ...] = ("entry", "mid", "senior")
MAX_DOCUMENT_CHARS = 100_000  # far beyond any real resume; keeps odd inputs fast


def generate_tailored_questions(
    resume_text: str,
    job_description: str | None,
    bank: Sequence[BankQuestion],
    count: int = 10,
    *,
    today: date | None = None,
) -> list[GeneratedQuestion]:
    """Write `count` interview questions for this resume (and job), topped up from the bank."""
    if count < 1:
        raise ValueError("count must be at least 1")
    resume_text = (resume_text or "")[:MAX_DOCUMENT_CHARS]
    job_description = (job_description or "")[:MAX_DOCUMENT_CHARS] or None
    profile = extract_profile(resume_text, today=today)
    job = extract_requirements(job_description) if job_description else None
    job = without_met_degrees(job, profile) if job else None
    seed = hashlib.sha256(
        "\x1f".join([resume_text, job_description or "", str(count)]).encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()
    ctx = Context(
        profile=profile,
        job=job,
        seed=seed,
        difficulty=_difficulty(profile, job),
        resume_words=words_of(resume_text),
        resume_lines=evidence_lines(resume_lines(resume_text)),
    )
    needs = posting_needs(job, profile, ctx.resume_lines, resume_text) if job else []
    candidates: list[Candidate] = []
    for builder in (behavioral, technical, situational, company):
        candidates.extend(builder(ctx))
    candidates += gaps(ctx, needs) + overlaps(ctx, needs) + designs(ctx, needs)
    candidates += senior_role(ctx)
    shown = {need.line for need in needs if need.shown}
    below = {skill for need in needs if need.basic_line for skill in need.missing}
    candidates = [
        c
        for c in candidates
        if not (c.probe_kind == "gap" and _cites(c, shown))
        and not (c.probe_kind == "overlap" and below & set(c.skills))  # held, but only basic
    ]
    fillers = sorted(
        (
            c
            for category in CATEGORY_ORDER
            for c in _bank_candidates(ctx, bank, category, resume_text, job_description)
        ),
        key=lambda c: -c.priority,
    )
    if not candidates and not fillers:
        raise ValueError(
            "Cannot write questions: the resume and job description contain nothing to ask "
            "about (no roles, projects, skills or requirements were found) and the question "
            "bank is empty. Add more detail to the resume or load the question bank."
        )
    chosen = plan(candidates, fillers, count, has_job=job is not None)
    chosen.sort(key=lambda c: CATEGORY_ORDER.index(c.category))
    return [_question(c, ctx.difficulty) for c in chosen]


def _cites(candidate: Candidate, lines: set[str]) -> bool:
    """Whether the candidate quotes one of these posting lines (a need the resume shows)."""
    return any(s.kind == "job_description" and s.quote in lines for s in candidate.sources)


def _difficulty(profile: ResumeProfile, job: JobRequirements | None) -> Difficulty:
    if job is not None:
        return job.seniority or "mid"
    years = profile.years_experience
    if years is None:
        return "mid"
    return "entry" if years < 2 else "mid" if years < 7 else "senior"


def _bank_candidates(
    ctx: Context,
    bank: Sequence[BankQuestion],
    category: Category,
    resume_text: str,
    job_description: str | None,
) -> list[Candidate]:
    job_skills = (
        {s.name.lower(): s for s in (ctx.job.required_skills + ctx.job.preferred_skills)}
        if ctx.job
        else {}
    )
    own_skills = {s.name.lower(): s for s in ctx.profile.skills}
    texts = ((resume_text or "").lower(), (job_description or "").lower())
    named: dict[str, bool] = {}  # questions share skills: each is looked for once

    def _named(skill: str) -> bool:
        if skill not in named:
            needle = skill.lower()  # a plain substring test first rules most skills out fast
            named[skill] = any(
                needle in text and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text)
                for text in texts
            )
        return named[skill]

    scored: list[tuple[float, str, Candidate]] = []
    for question in bank:
        if question.category != category or not question.prompt.strip():
            continue
        names = [canonical_skill(s) for s in question.expected_skills if s.strip()]
        for_job = [n for n in names if n.lower() in job_skills]
        for_me = [n for n in names if n.lower() in own_skills and n not in for_job]
        mentioned = [n for n in names if n not in for_job + for_me and _named(n)]
        gap = abs(_LEVELS.index(question.difficulty) - _LEVELS.index(ctx.difficulty))
        score = 3 * len(for_job) + 2 * len(for_me) + min(len(mentioned), 2) + (2 - gap)
        sources = [QuestionSource(kind="bank", quote=question.question_uuid)]
        sources += [jd(job_skills[n.lower()].line) for n in for_job[:2]]
        sources += [resume(own_skills[n.lower()].line) for n in for_me[:2]]
        tie = hashlib.sha256(
            f"{ctx.seed}\x1f{question.question_uuid}".encode("utf-8", "surrogatepass")
        ).hexdigest()
        scored.append(
            (
                -score,
                tie,
                Candidate(
                    category=question.category,
                    priority=float(score),
                    topic="bank:" + question.question_uuid,
                    prompt=question.prompt.strip(),
                    reason=_bank_reason(question, for_job, for_me, mentioned, ctx.difficulty),
                    sources=sources,
                    skills=list(question.expected_skills),
                    star=dict(question.star_framework) if question.star_framework else None,
                    guidance=question.interviewer_guidance or "",
                    difficulty=question.difficulty,
                    bank_uuid=question.question_uuid,
                ),
            )
        )
    scored.sort(key=lambda item: (item[0], item[1]))
    return [candidate for _, _, candidate in scored]


def _bank_reason(
    question: BankQuestion,
    for_job: list[str],
    for_me: list[str],
    mentioned: list[str],
    level: Difficulty,
) -> str:
    def _listed(names: list[str]) -> str:
        shown = [display_skill(n) for n in names[:3]]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]

    lead = "Chosen from the question bank"
    if for_job:
        return f"{lead} because it tests {_listed(for_job)}, which this role asks for."
    if for_me:
        return f"{lead} because it tests {_listed(for_me)}, which your resume mentions."
    if mentioned:
        return f"{lead} because your documents mention {_listed(mentioned)}."
    return f"{lead} to round out the {question.category} questions at {level} level."


def _question(candidate: Candidate, level: Difficulty) -> GeneratedQuestion:
    return GeneratedQuestion(
        prompt=candidate.prompt,
        category=candidate.category,
        difficulty=candidate.difficulty or level,
        expected_skills=candidate.skills,
        star_framework=candidate.star,
        interviewer_guidance=candidate.guidance or None,
        reason=candidate.reason,
        sources=candidate.sources,
        bank_question_uuid=candidate.bank_uuid,
        probe_kind=None if candidate.bank_uuid else candidate.probe_kind,
    )
