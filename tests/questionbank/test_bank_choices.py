"""The start page's pickers come from the question bank's service."""

from fastapi import FastAPI

from mockinterview.questionbank.models import Industry
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.questionbank.service import QuestionBankService


async def test_choices_list_industries_with_their_roles(app: FastAPI) -> None:
    async with app.state.sessionmaker() as db:
        db.add(Industry(id="ind-zzz", name="An industry with no roles yet"))
        await db.flush()
        choices = await QuestionBankService(QuestionBankRepository(db)).choices()
        roles = {role.id: role.industry_id for role in await QuestionBankRepository(db).roles()}
        await db.rollback()
    assert "ind-zzz" not in [industry["id"] for industry in choices]
    assert choices[0]["id"] == "ind-001" and choices[0]["name"] == "Software Engineering"
    listed = {role["id"]: industry["id"] for industry in choices for role in industry["roles"]}
    assert listed == roles
    first = choices[0]["roles"][0]
    assert first["id"] == "role-001" and first["title"] and first["description"]
