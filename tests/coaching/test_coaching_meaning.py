"""The engine reads for meaning: off topic, stories in their own words, spoken vs typed."""

from pathlib import Path

from mockinterview.coaching.analysis import analyze, answer_sentences, encode_vectors
from mockinterview.coaching.bands import band
from mockinterview.coaching.bank_index import bank_index, bank_texts
from mockinterview.coaching.engine import analyze_answer
from mockinterview.coaching.schemas import AnswerInput
from mockinterview.interviews.metrics import count_words
from tests.support import packages_imported_by

INCIDENT = (
    "Last year I was on call when our checkout service started timing out at two in the "
    "morning. I paged the database team, rolled back the deploy that had changed the "
    "connection pool, and wrote the incident review the next morning. Checkout errors fell "
    "from 12% to zero within twenty minutes, and I added a canary stage so that kind of "
    "change now gets caught before it ships."
)
CULTURE = (
    "Describe the engineering culture you do your best work in. What have you learned "
    "about Northwind?"
)
INCIDENT_QUESTION = "Tell me about a production incident you handled."
MIND_CHANGE = (
    "At a payments start-up our finance director wanted to launch the new card flow on the "
    "first of the month because a marketing campaign was already paid for. In the last week "
    "of testing I found the identity check failed for about one applicant in eight. I built "
    "a one-page comparison of the cost of a two-week delay against the refunds and support "
    "load of launching broken, and walked her through it with the support lead in the room. "
    "She moved the launch by ten days, and we opened with a failure rate under one percent."
)


def answer(question: str, text: str, **kw: object) -> AnswerInput:
    return AnswerInput(question=question, answer=text, **kw)  # type: ignore[arg-type]


def test_a_strong_story_under_the_wrong_question_is_off_topic() -> None:
    report = analyze_answer(answer(CULTURE, INCIDENT, category="company"))
    assert "off_topic" in report.metrics.flags
    assert report.coaching_score <= 40
    assert report.metrics.better_matching_question
    assert report.metrics.better_matching_question[:60] in report.feedback.fix_first
    assert report.feedback.worked == []


def test_the_same_story_under_its_own_question_scores_well() -> None:
    report = analyze_answer(answer(INCIDENT_QUESTION, INCIDENT, category="behavioral"))
    assert "off_topic" not in report.metrics.flags
    assert report.coaching_score >= 55


def test_a_story_sharing_no_words_with_its_question_scores_well() -> None:
    question = "Describe a moment you changed someone's mind."
    report = analyze_answer(answer(question, MIND_CHANGE))
    generic = analyze_answer(
        answer(
            question,
            "I think persuading people is about communication. You have to listen to their "
            "point of view, stay positive and explain your reasons clearly so they change "
            "their mind. I always try to be respectful when I change someone's mind.",
        )
    )
    assert "off_topic" not in report.metrics.flags
    assert band(report.coaching_score) not in ("Weak", "Very weak")
    assert report.coaching_score - generic.coaching_score >= 20


def test_a_spoken_story_with_fillers_scores_close_to_its_clean_text() -> None:
    spoken = (
        "um so at a payments start-up uh our finance director wanted to like launch the new "
        "card flow on the first of the month because a a marketing campaign was already paid "
        "for and um in the last week of testing I found the the identity check failed for "
        "about one applicant in eight so I- so I built a one-page comparison of the cost of a "
        "two-week delay against the refunds and support load of launching broken and you know "
        "walked her through it with the support lead in the room and uh she moved the launch "
        "by ten days and we opened with a failure rate under one percent"
    )
    question = "Describe a moment you changed someone's mind."
    clean = analyze_answer(answer(question, MIND_CHANGE, category="behavioral"))
    said = analyze_answer(
        answer(question, spoken, category="behavioral", mode="spoken", duration_seconds=60)
    )
    assert said.metrics.filler_count >= 5
    assert abs(clean.coaching_score - said.coaching_score) <= 15
    assert said.metrics.words_per_minute is not None and clean.metrics.words_per_minute is None


def test_parts_that_are_there_are_found_and_not_asked_for() -> None:
    story = (
        "At my last job the month-end close took nine hours every month. My goal was to get it "
        "under four without new staff. I wrote a script that pulled the ledger exports and "
        "reconciled them automatically, and I walked the team through it. The close fell from "
        "nine hours to three."
    )
    report = analyze_answer(answer("Tell me about a time you improved a slow process.", story))
    star = report.metrics.star
    assert all(part.present for part in star.values())
    assert star["result"].sentence and "fell from nine hours" in star["result"].sentence
    assert star["situation"].sentence and star["situation"].sentence.startswith("At my last job")
    assert "context" not in report.feedback.fix_first.lower()


def test_times_dates_and_labels_are_not_figures_or_tools() -> None:
    text = (
        "In March the PM asked me on a Friday in spring to look at ticket #4411 before 12:00:59 "
        "on the 14th. I read the logs and answered the client."
    )
    m = analyze_answer(answer("Tell me about a busy day.", text)).metrics
    assert m.numbers == [] and m.result_figures == []
    assert m.named_tools == []


def test_named_tools_come_from_the_vocabulary() -> None:
    text = "I moved our Jenkins jobs to GitHub Actions and rebuilt the Excel reports in Tableau."
    m = analyze_answer(answer("Tell me about a migration.", text)).metrics
    assert {"Jenkins", "GitHub Actions", "Excel", "Tableau"} <= set(m.named_tools)


def test_a_word_inside_a_skill_name_does_not_credit_the_skill() -> None:
    text = (
        "At the end of my shift the release went out, so I checked the logs before I went home "
        "and everything looked fine to me that evening."
    )
    m = analyze_answer(
        answer("Tell me about owning a project.", text, expected_skills=["end-to-end ownership"])
    ).metrics
    assert m.skills_used == []


def test_skills_are_matched_to_the_sentence_that_shows_them() -> None:
    text = (
        "Two engineers on my team disagreed about the schema, so I sat them down, had each "
        "explain the other's concern, and resolved it with a versioned migration."
    )
    m = analyze_answer(
        answer("Tell me about a disagreement.", text, expected_skills=["conflict resolution"])
    ).metrics
    assert m.skills_used == ["conflict resolution"]


def test_a_situational_plan_is_not_asked_for_a_measured_result() -> None:
    plan = (
        "First I would call the supplier to confirm the new date and ask what is driving the "
        "delay. Then I would check our stock to see how many days we can run, tell the plant "
        "manager, and line up the second supplier we qualified last year. If the date slipped "
        "again I would split the order between both."
    )
    report = analyze_answer(
        answer("What would you do if a key supplier told you a delivery will be late?", plan)
    )
    advice = " ".join([report.feedback.fix_first, *report.feedback.strong_answer_adds]).lower()
    assert "number" not in advice and "measured" not in advice


def test_one_tokenizer_counts_words_everywhere() -> None:
    text = "I led a C++ rewrite, cut p95 latency 40% and shipped node.js tooling - on time."
    report = analyze_answer(answer("Tell me about a project.", text))
    assert report.metrics.word_count == count_words(text)


def test_stored_sentence_vectors_match_the_analysis() -> None:
    text = "um so I rebuilt the the rota. Complaints dropped within a month."
    packed = encode_vectors(text)
    assert len(packed) == len(answer_sentences(text)) * 384 * 2
    assert analyze(answer("Tell me about a change you made.", text)).meaning.sentences == (
        answer_sentences(text)
    )


def test_the_shipped_bank_vectors_match_the_bank() -> None:
    prompts, _ = bank_texts()
    index = bank_index()
    assert index.prompts == prompts and index.vectors.shape == (len(prompts), 384)


def test_analyze_does_not_load_the_web_stack_or_ai_sdks(tmp_path: Path) -> None:
    data = tmp_path / "i.json"
    data.write_text('{"answers": [{"question": "Why us?", "answer": "I like your product."}]}')
    code = (
        "import sys\n"
        f"sys.argv = ['mockinterview', 'analyze', {str(data)!r}]\n"
        "from mockinterview.cli import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
    )
    heavy = {"fastapi", "starlette", "uvicorn", "sqlalchemy", "pydantic_ai", "anthropic", "openai"}
    assert packages_imported_by(code, heavy) == []
