"""Scenario generation (the seed's InterviewScenarioService): which questions, in what order."""

import random

from mockinterview.errors import Conflict
from mockinterview.interviews.models import SessionQuestion
from mockinterview.questionbank.models import Question, Role
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.questionbank.schemas import CATEGORIES, Category
from mockinterview.questionbank.service import render_prompt

DISTRIBUTION: dict[str, dict[Category, int]] = {
    "entry": {"behavioral": 3, "technical": 2, "situational": 1, "company": 1},
    "mid": {"behavioral": 4, "technical": 3, "situational": 1, "company": 1},
    "senior": {"behavioral": 3, "technical": 4, "situational": 1, "company": 1},
}

_rng = random.SystemRandom()


def scenario_name(role: Role, difficulty: str, company_name: str | None) -> str:
    """A readable name such as 'Senior Software Engineer at Acme'."""
    level = {"entry": "Entry-level", "mid": "Mid-level", "senior": "Senior"}[difficulty]
    title = role.title
    name = f"{level} {title}" if not title.lower().startswith(level.lower()) else title
    return f"{name} at {company_name}" if company_name else name


def snapshot(question: Question, position: int, company_name: str | None) -> SessionQuestion:
    """A session's copy of a bank question, with the company filled in."""
    return SessionQuestion(
        position=position,
        question_uuid=question.question_uuid,
        prompt=render_prompt(question.prompt, company_name),
        category=question.category,
        difficulty=question.difficulty,
        expected_skills=list(question.expected_skills),
        star_framework=question.star_framework,
        interviewer_guidance=question.interviewer_guidance,
    )


async def generate_scenario(
    bank: QuestionBankRepository,
    role: Role,
    difficulty: str,
    categories: list[Category],
    company_name: str | None,
) -> list[SessionQuestion]:
    """Pick the seed's distribution for the level, ordered by category, shuffled within one."""
    chosen: list[str] = []
    for category in CATEGORIES:
        if category not in categories:
            continue
        candidates = await bank.candidate_ids(category, difficulty, role)
        wanted = min(DISTRIBUTION[difficulty][category], len(candidates))
        chosen.extend(_rng.sample(candidates, wanted))
    if not chosen:
        raise Conflict(
            f"The question bank has no {difficulty} questions for role {role.id}. "
            "Load it with 'mockinterview questions import'."
        )
    by_id = await bank.questions_by_ids(chosen)
    return [snapshot(by_id[qid], pos, company_name) for pos, qid in enumerate(chosen)]
