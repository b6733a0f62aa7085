"""Tailored question generation: grounding, coverage, planning, determinism and bank fill."""

from collections import Counter
from datetime import date

import pytest
from tailoring_samples import (
    CAREER_CHANGE_RESUME,
    DATA_ANALYST_JD,
    MARKETING_JD,
    MARKETING_RESUME,
    NURSE_JD,
    NURSE_RESUME,
    SOFTWARE_JD,
    SOFTWARE_RESUME,
    sample_bank,
)

from mockinterview.tailoring import generate_tailored_questions
from mockinterview.tailoring.schemas import BankQuestion, GeneratedQuestion

TODAY = date(2025, 6, 1)
PAIRS = [
    (SOFTWARE_RESUME, SOFTWARE_JD),
    (NURSE_RESUME, NURSE_JD),
    (MARKETING_RESUME, MARKETING_JD),
    (CAREER_CHANGE_RESUME, DATA_ANALYST_JD),
    (SOFTWARE_RESUME, None),
]


def generate(resume: str, jd: str | None, bank: list[BankQuestion] | None = None, count: int = 10):
    return generate_tailored_questions(resume, jd, bank or [], count, today=TODAY)


def squeezed(text: str) -> str:
    return " ".join(text.split())


def assert_grounded(questions: list[GeneratedQuestion], resume: str, jd: str | None) -> None:
    bank_ids = {q.question_uuid for q in sample_bank()}
    for question in questions:
        assert question.sources, question.prompt
        assert question.reason and question.interviewer_guidance
        for source in question.sources:
            if source.kind == "resume":
                assert squeezed(source.quote) in squeezed(resume)
            elif source.kind == "job_description":
                assert jd is not None and squeezed(source.quote) in squeezed(jd)
            else:
                assert source.quote in bank_ids and question.bank_question_uuid == source.quote


@pytest.mark.parametrize(("resume", "jd"), PAIRS)
def test_ten_unique_grounded_questions_each_from_its_own_lines(resume: str, jd: str | None) -> None:
    questions = generate(resume, jd, sample_bank())
    assert len(questions) == 10
    assert len({q.prompt for q in questions}) == 10
    quoted = [s.quote for q in questions for s in q.sources if s.kind == "resume"]
    assert len(quoted) == len(set(quoted)), "two questions quote the same resume line"
    kinds = Counter(q.probe_kind for q in questions if q.bank_question_uuid is None)
    assert None not in kinds
    if jd is not None:
        assert {"gap", "overlap", "design", "motivation"} <= set(kinds)
    order = ["behavioral", "technical", "situational", "company"]
    assert [q.category for q in questions] == sorted(
        (q.category for q in questions), key=order.index
    )
    assert_grounded(questions, resume, jd)
    for question in questions:
        if question.category in ("behavioral", "situational"):
            assert question.star_framework is not None
            assert set(question.star_framework) == {"situation", "task", "action", "result"}


@pytest.mark.parametrize(("resume", "jd"), PAIRS)
def test_documents_give_the_questions_not_the_bank(resume: str, jd: str | None) -> None:
    questions = generate(resume, jd, sample_bank())
    lines = len([line for line in resume.splitlines() if line.strip()])
    # a four-line resume cannot give ten questions that each quote a line of their own
    assert sum(q.bank_question_uuid is None for q in questions) >= (9 if lines > 10 else 7)


def test_same_inputs_give_identical_output() -> None:
    first = generate(SOFTWARE_RESUME, SOFTWARE_JD, sample_bank())
    second = generate(SOFTWARE_RESUME, SOFTWARE_JD, sample_bank())
    assert [q.model_dump() for q in first] == [q.model_dump() for q in second]


def test_missing_requirement_is_asked_about() -> None:
    questions = generate(SOFTWARE_RESUME, SOFTWARE_JD)
    kube = [q for q in questions if "Kubernetes" in q.prompt]
    assert kube and kube[0].category == "technical"
    assert "don't see" in kube[0].prompt or "isn't on your resume" in kube[0].prompt
    assert (
        kube[0].sources[0].quote == "- Experience running services on Kubernetes in production"[2:]
    )


def test_shared_skill_gets_a_depth_question_citing_both_documents() -> None:
    questions = generate(SOFTWARE_RESUME, SOFTWARE_JD)
    python = next(q for q in questions if "Python" in q.prompt and q.category == "technical")
    assert {s.kind for s in python.sources} == {"resume", "job_description"}
    assert "Python" in python.expected_skills


def test_gap_question_when_roles_are_far_apart() -> None:
    questions = generate(SOFTWARE_RESUME, SOFTWARE_JD)
    gap = next(q for q in questions if "20 months" in q.prompt)
    assert gap.category == "behavioral"
    assert gap.sources[0].quote == "Software Engineer, Ledgerline (Jan 2017 - Jun 2019)"
    others = generate(MARKETING_RESUME, MARKETING_JD)
    assert not any("months between" in q.prompt or "gap of about" in q.prompt for q in others)


def test_achievement_and_project_are_probed() -> None:
    questions = generate(SOFTWARE_RESUME, SOFTWARE_JD)
    probe = next(q for q in questions if "35%" in q.prompt)
    assert "you led migration of billing to AWS" in probe.prompt
    assert probe.sources[0].quote == "Led migration of billing to AWS, cutting hosting costs by 35%"
    assert "AWS" in probe.reason


def test_career_change_is_asked_about() -> None:
    questions = generate(CAREER_CHANGE_RESUME, DATA_ANALYST_JD)
    change = next(q for q in questions if "High School Science Teacher" in q.prompt)
    assert "Data Analyst" in change.prompt and change.category == "behavioral"
    assert any("SQL" in q.prompt for q in questions)


def test_company_question_names_the_employer() -> None:
    questions = generate(NURSE_RESUME, NURSE_JD)
    company = [q for q in questions if q.category == "company"]
    assert "Riverside Health" in company[0].prompt


def test_resume_only_mode_uses_the_resume() -> None:
    questions = generate(SOFTWARE_RESUME, None)
    kinds = {s.kind for q in questions for s in q.sources}
    assert kinds == {"resume"}
    assert any("next role" in q.prompt for q in questions if q.category == "company")


def test_short_resume_is_filled_from_the_bank() -> None:
    questions = generate("Jane Doe\njane@example.com", None, sample_bank())
    assert len(questions) == 10
    assert len({q.prompt for q in questions}) == 10
    assert all(q.bank_question_uuid for q in questions)
    assert_grounded(questions, "", None)
    assert Counter(q.category for q in questions)["technical"] >= 3


def test_bank_prefers_matching_skills_and_difficulty() -> None:
    questions = generate("Data analyst. Skills: SQL, Excel", None, sample_bank(), count=10)
    bank_prompts = [q.prompt for q in questions if q.bank_question_uuid]
    assert "How would you find duplicate rows in a large SQL table?" in bank_prompts
    sql = next(q for q in questions if q.prompt.startswith("How would you find duplicate rows"))
    assert "SQL" in sql.reason
    assert sql.sources[0].kind == "bank"


def test_job_only_questions_with_empty_resume() -> None:
    questions = generate("", SOFTWARE_JD, sample_bank())
    assert len(questions) == 10
    assert any("Python" in q.prompt and q.category == "technical" for q in questions)
    assert_grounded(questions, "", SOFTWARE_JD)


def test_nothing_to_ask_about_raises() -> None:
    with pytest.raises(ValueError, match="question bank is empty"):
        generate("", None, [])
    with pytest.raises(ValueError, match="count"):
        generate(SOFTWARE_RESUME, None, sample_bank(), count=0)


def test_difficulty_follows_the_job() -> None:
    assert {q.difficulty for q in generate(SOFTWARE_RESUME, SOFTWARE_JD)} == {"senior"}
    assert {q.difficulty for q in generate(NURSE_RESUME, NURSE_JD)} == {"mid"}


def test_the_move_the_resume_names_is_asked_about_in_its_own_words() -> None:
    aim = "Looking for a team that owns its services from design to on-call."
    resume = SOFTWARE_RESUME.replace("\n", f"\n{aim}\n", 1)
    move = next(q for q in generate(resume, SOFTWARE_JD) if aim.rstrip(".") in q.prompt)
    assert move.probe_kind == "motivation" and move.sources[0].quote == aim
    alone = next(q for q in generate(resume, None) if aim.rstrip(".") in q.prompt)
    assert "offer" in alone.prompt


def test_a_skill_the_resume_calls_basic_is_asked_about_when_the_job_wants_it_strong() -> None:
    posting = (
        "Data Analyst\n\nRequirements\n- Strong Excel skills: pivot tables, lookups and "
        "monthly reports.\n- Experience presenting findings to managers.\n"
    )
    basic = CAREER_CHANGE_RESUME + "Microsoft Word and Outlook; basic Excel (sorting, filters)\n"
    excel = [q for q in generate(basic, posting) if "Excel" in q.prompt]
    assert [q.probe_kind for q in excel] == ["gap"]
    assert "your resume says" in excel[0].prompt
    assert excel[0].sources[1].quote == "Microsoft Word and Outlook; basic Excel (sorting, filters)"
    strong = CAREER_CHANGE_RESUME + "Microsoft Word and Outlook; Excel (pivot tables, macros)\n"
    assert not any(q.probe_kind == "gap" and "Excel" in q.prompt for q in generate(strong, posting))


def test_time_since_the_last_job_ended_is_asked_about_when_none_is_current() -> None:
    resume = (
        "Jo Brecken\n\nExperience\nSenior Legislative Aide\nOffice of Senator Harold Brecken | "
        "Jan 2019 - Aug 2024\n- Drafted 14 bills on rural broadband and farm drainage\n"
        "- Organised 22 town hall meetings on wind and solar siting\n\nVolunteering\n"
        "Land Use Advisory Committee member (Sep 2024 - Present)\n"
    )
    asked = [q for q in generate(resume, None) if "What have you been doing since" in q.prompt]
    assert asked and "August 2024" in asked[0].prompt
    assert asked[0].sources[0].quote.endswith("Jan 2019 - Aug 2024")
    working = resume.replace("Jan 2019 - Aug 2024", "Jan 2019 - Present")
    assert not any("What have you been doing since" in q.prompt for q in generate(working, None))


def test_a_degree_still_in_progress_is_asked_about_when_the_job_requires_one() -> None:
    studying = "B.S. Accounting (online), Northfield State University - expected August 2026"
    resume = f"{CAREER_CHANGE_RESUME}\nEducation\n{studying}\n"
    posting = (
        "Staff Accountant\n\nRequirements\n- Bachelor's degree in accounting or finance.\n"
        "- Experience with month-end close and reconciliations.\n"
    )
    asked = [q for q in generate(resume, posting) if "When will you finish" in q.prompt]
    assert len(asked) == 1 and asked[0].probe_kind == "gap"
    assert [s.quote for s in asked[0].sources] == [
        studying,
        "Bachelor's degree in accounting or finance.",
    ]
    finished = resume.replace(" - expected August 2026", ", 2019")
    assert not any("finish" in q.prompt for q in generate(finished, posting))


def test_a_degree_the_resume_holds_is_never_called_missing() -> None:
    posting = (
        "Field Engineer\n\nRequirements\n- BS in Electrical Engineering from an accredited "
        "program.\n- Bachelor's degree.\n- Experience with relay testing.\n"
    )
    held = f"{CAREER_CHANGE_RESUME}\nEducation\nBachelor of Science Electrical Engineering, 2019\n"
    for question in generate(held, posting):
        assert not any("Bachelor" in s.quote or "BS in" in s.quote for s in question.sources), (
            question.prompt
        )
    missing = [q for q in generate(CAREER_CHANGE_RESUME, posting) if q.probe_kind == "gap"]
    assert any("BS in Electrical Engineering" in q.prompt for q in missing)
