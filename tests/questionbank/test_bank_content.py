"""The shipped bank: complete, well-formed, and able to fill every scenario without repeats."""

from collections import Counter

import pytest

from mockinterview.interviews.scenario import DISTRIBUTION
from mockinterview.questionbank.bank_file import shipped_bank
from mockinterview.questionbank.importer import _check_references

SEED_INDUSTRIES = {
    "ind-001": "Software Engineering",
    "ind-002": "Data Science",
    "ind-003": "Product Design",
    "ind-004": "Finance",
    "ind-005": "Sales & Marketing",
    "ind-006": "Healthcare",
    "ind-007": "Education",
    "ind-008": "Operations",
    "ind-009": "HR",
    "ind-010": "Legal",
    "ind-011": "DevOps",
    "ind-012": "Consulting",
}

BANK = shipped_bank()


def test_the_seed_industries_with_at_least_three_roles_each() -> None:
    assert {p.industry.id: p.industry.name for p in BANK.industries} == SEED_INDUSTRIES
    for part in BANK.industries:
        assert len(part.roles) >= 3, part.industry.id


def test_at_least_600_questions_with_unique_ids_and_prompts() -> None:
    questions = [q for p in BANK.industries for q in p.questions]
    assert len(questions) >= 600
    _check_references(BANK)
    normalised = Counter(" ".join(q.prompt.lower().split()) for q in questions)
    assert normalised.most_common(1)[0][1] == 1


def test_fields_fit_their_category() -> None:
    for part in BANK.industries:
        for q in part.questions:
            assert 1 <= len(q.expected_skills) <= 6, q.id
            assert q.interviewer_guidance.strip(), q.id
            if q.category in ("behavioral", "situational"):
                assert q.star_framework is not None, q.id
            if q.category == "company":
                assert "{company}" in q.prompt, q.id


@pytest.mark.parametrize("part", BANK.industries, ids=lambda p: p.industry.id)
def test_every_role_and_level_fills_the_seed_distribution(part) -> None:  # type: ignore[no-untyped-def]
    for role in part.roles:
        for difficulty, wanted in DISTRIBUTION.items():
            for category, count in wanted.items():
                pool = {
                    q.id
                    for q in part.questions
                    if q.category == category
                    and q.difficulty == difficulty
                    and q.role in (None, role.id)
                }
                assert len(pool) >= count, (role.id, difficulty, category, len(pool))
