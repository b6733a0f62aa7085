"""Answers that do not repeat the question's words still rank as a rater would rank them."""

from mockinterview.coaching.engine import analyze_answer
from mockinterview.coaching.schemas import AnswerInput

QUESTION = "Tell me about a time you made a mistake at work and how you handled it."
SKILLS = ["accountability", "communication", "process improvement"]
ANSWERS = {
    "thorough": (
        "At my previous company I was the analyst responsible for the weekly revenue dashboard "
        "used by about forty sales managers. One Monday I pushed a change to the SQL that joined "
        "orders to regions, and I missed that some orders had two region rows, so revenue for "
        "the west region was inflated by roughly 18 percent. A sales director spotted it before "
        "I did. I owned it immediately: I posted in the sales channel that the numbers were "
        "wrong and when a fix would land, rolled back the query within an hour, and then wrote "
        "a test that reconciles dashboard totals with the finance ledger every night. I also "
        "started asking a teammate to review every query change. Since then we have had zero "
        "data incidents on that dashboard in over a year."
    ),
    "brief": (
        "In my first month as a data analyst I sent a weekly sales report with a broken filter, "
        "so the regional numbers were double counted. I noticed it the next morning, told my "
        "manager right away, sent a corrected version with a short note explaining the error, "
        "and added a check in the script that compares totals to the source. It has not "
        "happened again."
    ),
    "deflecting": (
        "Honestly I don't really make many mistakes. There was one time a report was wrong but "
        "that was because the data engineering team gave us bad data, so it was not really my "
        "fault. I told my manager it was their problem and they fixed it eventually."
    ),
    "platitudes": (
        "I make mistakes sometimes like everyone. When I make a mistake I always try to own it "
        "and learn from it. I think it is important to be honest and communicate with the "
        "team, and to put processes in place so that the mistake does not happen again."
    ),
}


def score(kind: str) -> int:
    """The coaching score of one of the answers above."""
    answer = AnswerInput(
        question=QUESTION, answer=ANSWERS[kind], category="behavioral", expected_skills=SKILLS
    )
    return analyze_answer(answer).coaching_score


def test_a_story_told_in_its_own_words_ranks_first() -> None:
    thorough, brief = score("thorough"), score("brief")
    assert thorough >= 65
    assert thorough > brief > max(score("deflecting"), score("platitudes"))


def test_blaming_others_is_flagged_with_advice_to_own_it() -> None:
    answer = AnswerInput(question=QUESTION, answer=ANSWERS["deflecting"], category="behavioral")
    report = analyze_answer(answer)
    assert "deflects_blame" in report.metrics.flags
    assert report.feedback.fix_first.startswith("Own your part")


def test_a_researched_company_answer_beats_stock_phrases() -> None:
    question = "Why do you want to work at Acme Health?"
    researched = (
        "I've used Acme's patient portal myself when my father was in hospital, and the way it "
        "let us see test results the same day stuck with me. Your move into remote monitoring "
        "for heart patients is exactly where my last two years went: I built the data pipeline "
        "for a wearable study at Northside with 1,200 patients. I'd like to bring that "
        "experience to your monitoring team and help cut the false alarm rate."
    )
    stock = (
        "Acme Health is a great company with a great reputation. I am passionate about "
        "healthcare and I think I would be a good fit for the culture. I want to grow my career "
        "and I believe this is the right place for me to do that."
    )
    scores = [
        analyze_answer(AnswerInput(question=question, answer=a, category="company")).coaching_score
        for a in (researched, stock)
    ]
    assert scores[0] >= 60 and scores[0] - scores[1] >= 25
