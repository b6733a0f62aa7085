"""Importing and exporting the bank: re-importing updates rows, never duplicates them."""

from dataclasses import dataclass

from mockinterview.questionbank.models import Industry, Question, Role
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.questionbank.schemas import (
    BankExport,
    BankFile,
    BankIndustry,
    BankQuestion,
    BankRole,
    StarFramework,
)


class BankImportError(Exception):
    """The bank refers to something it does not define, or repeats an id."""


@dataclass
class ImportResult:
    """Counts of what an import did."""

    industries: int = 0
    roles: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _check_references(bank: BankExport) -> None:
    seen: set[str] = set()
    prompts: set[str] = set()
    for part in bank.industries:
        role_ids = {r.id for r in part.roles}
        for q in part.questions:
            if q.id in seen:
                raise BankImportError(f"Question id {q.id} appears twice.")
            seen.add(q.id)
            key = " ".join(q.prompt.lower().split())
            if key in prompts:
                raise BankImportError(f"Question {q.id} repeats another prompt.")
            prompts.add(key)
            if q.role is not None and q.role not in role_ids:
                raise BankImportError(
                    f"Question {q.id} names role {q.role}, not a role of {part.industry.id}."
                )


def _question_fields(part: BankFile, q: BankQuestion) -> dict[str, object]:
    return {
        "industry_id": part.industry.id,
        "role_id": q.role,
        "prompt": q.prompt,
        "category": q.category,
        "difficulty": q.difficulty,
        "expected_skills": list(q.expected_skills),
        "star_framework": q.star_framework.model_dump() if q.star_framework else None,
        "interviewer_guidance": q.interviewer_guidance,
    }


async def import_bank(repo: QuestionBankRepository, bank: BankExport) -> ImportResult:
    """Insert or update every industry, role and question of the bank."""
    _check_references(bank)
    result = ImportResult()
    existing = {q.question_uuid: q for q in await repo.all_questions()}
    for part in bank.industries:
        industry = await repo.industry(part.industry.id)
        if industry is None:
            repo.add(Industry(id=part.industry.id, name=part.industry.name))
        else:
            industry.name = part.industry.name
        result.industries += 1
        for r in part.roles:
            role = await repo.role(r.id)
            if role is None:
                repo.add(
                    Role(
                        id=r.id,
                        industry_id=part.industry.id,
                        title=r.title,
                        description=r.description,
                    )
                )
            else:
                role.industry_id, role.title, role.description = (
                    part.industry.id,
                    r.title,
                    r.description,
                )
            result.roles += 1
        await repo.db.flush()
        for q in part.questions:
            fields = _question_fields(part, q)
            row = existing.get(q.id)
            if row is None:
                repo.add(Question(question_uuid=q.id, **fields))
                result.created += 1
            elif any(getattr(row, k) != v for k, v in fields.items()):
                for key, value in fields.items():
                    setattr(row, key, value)
                result.updated += 1
            else:
                result.unchanged += 1
    await repo.db.flush()
    return result


async def export_bank(repo: QuestionBankRepository, version: str) -> BankExport:
    """The whole bank as one exportable document."""
    questions = await repo.all_questions()
    parts = []
    for industry in await repo.industries():
        roles = await repo.roles(industry.id)
        parts.append(
            BankFile(
                industry=BankIndustry(id=industry.id, name=industry.name),
                roles=[BankRole(id=r.id, title=r.title, description=r.description) for r in roles],
                questions=[
                    BankQuestion(
                        id=q.question_uuid,
                        prompt=q.prompt,
                        category=q.category,  # type: ignore[arg-type]
                        difficulty=q.difficulty,  # type: ignore[arg-type]
                        role=q.role_id,
                        expected_skills=q.expected_skills,
                        star_framework=StarFramework(**q.star_framework)
                        if q.star_framework
                        else None,
                        interviewer_guidance=q.interviewer_guidance,
                    )
                    for q in questions
                    if q.industry_id == industry.id
                ],
            )
        )
    return BankExport(version=version, industries=parts)
