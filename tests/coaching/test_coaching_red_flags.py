"""Red flags a fair interviewer weighs heavily: skipping the rules, and blaming others."""

from mockinterview.coaching import AnswerInput
from mockinterview.coaching.engine import analyze_answer
from mockinterview.coaching.schemas import AnswerReport

QUESTION = "Tell me about a time you got a delayed delivery out of the door."
BY_THE_RULES = (
    "Last March a conveyor on our dispatch line jammed an hour before the evening trucks. I "
    "called maintenance, who isolated the line under lockout in about fifteen minutes, and "
    "while they worked I moved the two most urgent customer orders to the manual packing "
    "bench with three pickers. The line restarted forty minutes later, every order left on "
    "the last truck, and I added a weekly belt check to the shift handover so it hasn't "
    "jammed since."
)
BENDING = (
    "Last March a conveyor on our dispatch line jammed an hour before the evening trucks. I "
    "didn't want to wait for maintenance and the whole lockout routine, so I reached in and "
    "cleared it with the belt on standby while an operator watched the panel. The rules are "
    "there but sometimes you have to use common sense. Every order left on the last truck, "
    "and my manager was delighted."
)


def _report(answer: str, question: str = QUESTION) -> AnswerReport:
    return analyze_answer(AnswerInput(question=question, answer=answer, category="behavioral"))


def test_an_answer_that_skips_a_safety_step_is_flagged_and_told_why() -> None:
    bending, proper = _report(BENDING), _report(BY_THE_RULES)
    assert "bends_rules" in bending.metrics.flags
    assert "bends_rules" not in proper.metrics.flags
    assert bending.coaching_score < proper.coaching_score - 10
    assert "red flag" in bending.feedback.fix_first


def test_covering_up_a_mistake_is_flagged() -> None:
    answer = (
        "Our quarter was going to miss the cost target, so I held three supplier invoices back "
        "and entered them the week after quarter end. Nobody noticed in the review and the "
        "team kept its bonus."
    )
    assert "bends_rules" in _report(answer).metrics.flags


def test_blaming_colleagues_deflects_but_describing_a_blame_culture_does_not() -> None:
    blaming = (
        "The launch slipped by a month, but honestly that wasn't on me. The design team was "
        "incompetent and kept changing the screens, so there was nothing I could do."
    )
    describing = (
        "On our moulding line scrap ran at 6% and each shift blamed the others. I set up one "
        "team with an operator from every shift, we traced the scrap to a worn tool insert, "
        "and I had it replaced; scrap fell to 2% within a month."
    )
    assert "deflects_blame" in _report(blaming).metrics.flags
    assert "deflects_blame" not in _report(describing).metrics.flags
