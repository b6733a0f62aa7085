"""Red flags a fair interviewer weighs heavily: skipping the rules, and blaming others."""

from mockinterview.coaching import AnswerInput
from mockinterview.coaching.engine import analyze_answer
from mockinterview.coaching.schemas import AnswerReport
from mockinterview.coaching.text import parse
from mockinterview.coaching.validity import RED_FLAG_CAP, assess

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


def test_a_fluent_specific_answer_with_a_red_flag_scores_as_a_weak_answer() -> None:
    blaming = (
        "Last spring a 3.2 carat stone was marked wrongly for sawing and we lost almost 40% of "
        "its expected value. The planner gave the plan from the scanner, but the marker, a new "
        "boy, did not follow it. Honestly this was not my fault: I had 60 workers on that "
        "shift and I cannot check every stone myself. I told the owner the planner and the "
        "marker were responsible, and the marker was removed."
    )
    for answer in (BENDING, blaming):
        report = _report(answer, "Tell me about a costly mistake on your shift.")
        assert report.metrics.flags and report.coaching_score <= RED_FLAG_CAP, answer


def test_covering_up_a_mistake_is_flagged() -> None:
    answer = (
        "Our quarter was going to miss the cost target, so I held three supplier invoices back "
        "and entered them the week after quarter end. Nobody noticed in the review and the "
        "team kept its bonus."
    )
    assert "bends_rules" in _report(answer).metrics.flags


def test_keeping_an_incident_off_the_record_is_flagged() -> None:
    answers = [
        "A pallet tipped in aisle four and grazed a picker's shin. He said he was fine, so I "
        "decided not to report it; an accident form would have meant a safety review and a "
        "call to head office, which is paperwork for its own sake. I moved him to packing.",
        "A batch left the plant with an unapproved solvent change. Raising it formally now "
        "would trigger a deviation and a customer notice, so I would fold the change into the "
        "next routine submission and keep shipping.",
    ]
    for answer in answers:
        assert "bends_rules" in _report(answer).metrics.flags, answer


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


def test_pinning_an_overspend_on_someone_else_deflects_but_sparing_someone_does_not() -> None:
    question = "Describe a project that went over budget and how you handled it."
    pinning = (
        "The shop refit came in a quarter over budget, but none of that was down to me. The "
        "joiner was hopeless and cut the counters short, and I told the owner it was the "
        "joiner's fault and that he should chase him for the difference."
    )
    sparing = (
        "The shop refit came in a quarter over budget. It wasn't the joiner's fault: I had "
        "signed off drawings with the old wall position. I told the owner the same day, paid "
        "for the recut counters from my fee and now check every drawing against a site survey."
    )
    assert "deflects_blame" in _report(pinning, question).metrics.flags
    assert "deflects_blame" not in _report(sparing, question).metrics.flags
    defending = (
        "Her rebooking rate looked low, but most of her clients were walk-ins, so it was low "
        "without it being her fault. I moved two regulars to her book and coached her on "
        "asking for the next appointment; her rate rose from 20% to 45% in two months."
    )
    assert "deflects_blame" not in _report(defending).metrics.flags


def test_a_spoken_story_chained_with_and_is_not_rambling() -> None:
    answer = (
        "okay so um the one i think of is a customer whose boiler failed in the middle of "
        "winter while she had a newborn at home and the part she needed was on back order "
        "for the whole week and i rang round the suppliers myself and found one over in the "
        "next county who still had it on the shelf and i drove out to collect it after my "
        "last job and fitted it that same evening and the house was warm again before the "
        "baby's bedtime and the next morning i rang her and checked the pressure had held "
        "and it had and she wrote to my manager about it afterwards what i took from it is "
        "that we were relying on one supplier for parts for the older boilers and i wrote "
        "up a list of the other suppliers with what each of them usually keeps in stock and "
        "shared it with the office which we do for every model now anyway and since then "
        "nobody on call has had to leave a family waiting for a part like that so yeah"
    )
    report = analyze_answer(
        AnswerInput(
            question="Tell me about a time you went out of your way for a customer.",
            answer=answer,
            category="behavioral",
            mode="spoken",
        )
    )
    assert "rambling" not in report.metrics.flags


def test_rambling_in_speech_costs_a_grade_not_the_answer() -> None:
    answer = (
        "okay so um that kind of happened to me once well sort of anyway so the first thing is "
        "you dont want to make it worse so id keep my voice low and keep some distance and not "
        "block the door because you know thats what they train you to do and um the "
        "receptionist would be pretty shaken so id ask her to step out or no actually id ask if "
        "we could stop and rebook because theres no point going through the form when hes like "
        "that he wont take it in and it could count against him with the council so yeah id "
        "rebook it and um id ask them not to close his case because thats the real risk and "
        "then id ring him the next day when hes calmer and talk it through and id write it up "
        "in the incident log and if there was a threat or whatever id tell my manager i think "
        "thats um yeah thats about it i mean every situation is different isnt it so yeah"
    )
    question = (
        "What would you do if a client turned up drunk and shouting at a housing appointment?"
    )

    def report(mode: str) -> AnswerReport:
        return analyze_answer(
            AnswerInput(question=question, answer=answer, category="situational", mode=mode)
        )

    spoken, typed = report("spoken"), report("typed")
    assert "rambling" in spoken.metrics.flags and "rambling" in typed.metrics.flags
    assert 18 < spoken.coaching_score <= 45
    assert typed.coaching_score <= 18


def test_a_fluent_transcript_the_engine_cannot_place_is_not_rambling() -> None:
    answer = (
        "okay so the order you fill the bottles in on a borehole sample matters because the "
        "preservative in one bottle can be carried into the next one on the filler tube so we "
        "do the unpreserved bottle for the general chemistry first then the nitric acid bottle "
        "for the metals then the sulphuric bottle for the nutrients and the sodium hydroxide "
        "one for cyanide last because if acid gets into the cyanide bottle you lose it as gas "
        "and the result comes back low the volatile vials get filled with no headspace and "
        "capped under the water so nothing escapes and the field blank goes through the same "
        "tubing so the lab can tell if the tubing itself is adding anything the bottle colours "
        "change between labs so you go by the label and the preservative not the cap and you "
        "check the lab's own list before a new job once i saw metals come back high on every "
        "well on a site and it turned out the acid bottle had been filled before the blank "
        "with the same tube so we resampled in the right order and the numbers dropped back"
    )
    stumbling = answer.replace(" so ", " so um so ").replace(" the ", " the the ", 8)

    def flags(text: str, repetition: float) -> list[str]:
        doc = parse(text)
        words = len(text.split())
        fillers = text.split().count("um")
        return assess(
            doc,
            raw_words=words,
            spoken=True,
            off_topic=False,
            no_reasons=False,
            filler_count=fillers,
            repetition=repetition,
            relevance=0.43,  # a field the embedding model knows little of
            question_overlap=None,
            novel_concepts=60,
            novel_ratio=0.6,
            structure=0.45,
            specificity=0.2,
            generic=0.3,
            term_hits=0,
        ).flags

    assert "rambling" not in flags(answer, 0.0)
    assert "rambling" in flags(stumbling, 0.02)


def test_backdating_a_record_bends_the_rules_but_backdating_an_entitlement_does_not() -> None:
    forged = (
        "The client needed the form to show last month, so I backdated the signature and the "
        "entry in the register to match the contract and filed it before anyone asked."
    )
    entitled = (
        "His wife had died four months before and the single person discount was never applied, "
        "so I backdated the discount to the date she died, which took three hundred pounds off."
    )
    assert "bends_rules" in _report(forged).metrics.flags
    assert "bends_rules" not in _report(entitled).metrics.flags


def test_retesting_until_a_check_passes_or_selling_what_is_not_needed_bends_the_rules() -> None:
    answers = [
        "The calibration standard read high, so I re-ran it three or four times until it passed "
        "and released the results, because the samples looked normal to me.",
        "I add a cabin filter and a wiper blade pack to every service, whether they're needed "
        "or not, and most drivers just pay at the desk.",
    ]
    for answer in answers:
        assert "bends_rules" in _report(answer).metrics.flags, answer
    honest = (
        "The calibration standard read high, so I stopped the batch, re-made the standard and "
        "re-ran it until I understood why, then logged the deviation before releasing anything."
    )
    assert "bends_rules" not in _report(honest).metrics.flags


def test_saying_you_do_not_cut_corners_is_not_cutting_them() -> None:
    careful = (
        "We filter every pan at close and change the oil by the test strip reading, and you "
        "can't cut corners on the chips either: they come out golden, never brown."
    )
    assert "bends_rules" not in _report(careful).metrics.flags
    assert (
        "bends_rules" in _report("We were behind, so I cut corners on the filtering.").metrics.flags
    )


def test_quietly_squaring_a_record_or_leaving_a_mistake_out_of_a_report_bends_the_rules() -> None:
    squared = (
        "On a night shift I sent a tank of finished syrup back to the raw side by opening the "
        "wrong valve. I closed it an hour later and didn't see the point of making a fuss in "
        "the handover, so I adjusted the batch log so the volumes balanced. Nobody was hurt."
    )
    unreported = (
        "A student slipped on the wet changing-room floor and grazed her knee. She was fine, so "
        "I wouldn't put it in the accident book; it only creates a paper trail and then the "
        "council starts asking questions about the pool."
    )
    owned = (
        "On a night shift I opened the wrong valve and sent finished syrup back to the raw "
        "side. I closed it, told my supervisor straight away, wrote it up in the shift report "
        "and corrected the batch log with a note of what happened, so the volumes matched."
    )
    assert "bends_rules" in _report(squared).metrics.flags
    assert "bends_rules" in _report(unreported).metrics.flags
    assert "bends_rules" not in _report(owned).metrics.flags


def test_brushing_off_a_complaining_customer_deflects() -> None:
    question = "Tell me about a time a customer complained about your station."
    for brush_off in (
        "if he didn't like our price he was free to sell elsewhere",
        "some customers are just like that and you can't please everyone",
    ):
        answer = (
            "A farmer said our scale had under-weighed his cocoa. I told him the scale was "
            f"checked last month, and that {brush_off}. I didn't lose the morning on one bag."
        )
        assert "deflects_blame" in _report(answer, question).metrics.flags, brush_off
