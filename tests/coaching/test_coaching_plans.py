"""Situational answers are judged as plans: where they start, whom they involve, what they
weigh and how they follow up."""

from mockinterview.coaching import AnswerInput
from mockinterview.coaching.engine import analyze_answer
from mockinterview.coaching.schemas import AnswerReport
from mockinterview.coaching.structure import plan_moves
from mockinterview.coaching.text import parse

QUESTION = "What would you do if a refrigerated van broke down with a full load on a hot day?"
FULL_PLAN = (
    "First I'd check the load temperature on the tracker, because that decides everything "
    "else. I'd call the driver to confirm where they are and ring our transport manager so a "
    "spare van heads out straight away. If the load is still under five degrees I'd have it "
    "transferred; if it has been above eight for more than two hours it depends on the "
    "product, and I'd ask quality to decide rather than guess. Afterwards I'd document the "
    "temperatures and times, follow up with the workshop on why the unit failed, and make "
    "sure the pre-trip check covers it next time."
)
THIN_PLAN = (
    "I'd get the stock moved onto another van as quickly as possible so it stays cold. Vans "
    "break down sometimes and the most important thing is to keep the food safe and get the "
    "delivery finished for the customer on the same day without any waste at all, which is "
    "what the business needs from the team on a busy day like that in the summer months."
)


def _report(answer: str) -> AnswerReport:
    return analyze_answer(
        AnswerInput(question=QUESTION, answer=answer, category="situational", mode="typed")
    )


def test_a_plan_that_makes_every_move_beats_one_that_does_not() -> None:
    full, thin = _report(FULL_PLAN), _report(THIN_PLAN)
    assert all(count > 0 for count in plan_moves(parse(FULL_PLAN)).values())
    assert full.metrics.structure_completeness > thin.metrics.structure_completeness + 0.2
    assert full.coaching_score > thin.coaching_score + 15


def test_the_advice_names_the_moves_a_plan_leaves_out() -> None:
    missing = plan_moves(parse(THIN_PLAN))
    assert missing["people"] == 0 and missing["follow_up"] == 0
    adds = " ".join(_report(THIN_PLAN).feedback.strong_answer_adds)
    assert "Whom you would involve" in adds


def test_a_plan_reads_the_same_without_apostrophes_or_with_curly_ones() -> None:
    spoken = FULL_PLAN.lower().replace("'", "").replace(".", "").replace(",", "").replace(";", "")
    curly = FULL_PLAN.replace("'", "\u2019")
    expected = plan_moves(parse(FULL_PLAN))
    assert plan_moves(parse(spoken)) == expected
    assert plan_moves(parse(curly)) == expected


def test_radioing_control_or_finding_the_nurse_involves_people() -> None:
    for plan in (
        "so first id radio it in to control and say which turnstiles are backing up",
        "I wouldn't move the patient. I'd find the nurse in charge and show her the wristband.",
        "First I'd report it to the duty manager and hand it over to the night team.",
    ):
        assert plan_moves(parse(plan))["people"] > 0, plan


def test_a_plan_that_opens_with_what_the_candidate_would_do_has_its_first_step() -> None:
    for plan in (
        "I wouldn't move the patient. A wristband that does not match means we stop and check.",
        "so um id stop the line and get the guard back on before anyone touches it",
    ):
        assert plan_moves(parse(plan))["first_steps"] > 0, plan
    hedged = "I'd say it depends on the customer and on how busy the shop is that day."
    assert plan_moves(parse(hedged))["first_steps"] == 0


def test_a_plan_without_figures_is_asked_for_them_not_for_moves_it_makes() -> None:
    plan = (
        "I wouldn't move the patient. A mismatch means stop, even if theatre is chasing, because "
        "a late list is better than the wrong patient on the table. I'd tell the patient I need "
        "to check something with the nurse so they aren't frightened, then find the nurse in "
        "charge and show her the slip and the band side by side. I wouldn't decide myself which "
        "one is right, and I wouldn't accept a quick 'it's fine'. If theatre rang I'd explain "
        "the delay to the coordinator rather than rush. Once the nurse has reprinted the band "
        "or corrected the slip, I'd check the name and date of birth with the patient again "
        "before taking them down, and afterwards I'd report it so the ward can see how the "
        "wrong band went on."
    )
    question = (
        "You arrive on a ward to take a patient to theatre, but the name on their wristband "
        "doesn't match your transfer slip. What do you do?"
    )
    fix = analyze_answer(
        AnswerInput(question=question, answer=plan, category="situational", mode="typed")
    ).feedback.fix_first
    assert "who you would talk to" not in fix and "Where you would start" not in fix
    assert fix.startswith("Add specifics to the plan: how soon you would act")
