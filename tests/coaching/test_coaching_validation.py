"""The validation set: strong answers beat their weak twins, degenerate answers score low."""

import pytest
from coaching_cases import (
    CONFLICT,
    DEGENERATE,
    JOB_DESCRIPTION,
    LADDER,
    QUESTIONS,
    SPOKEN_QUESTION,
    SPOKEN_STORY,
    Question,
)

from mockinterview.coaching import AnswerInput, InterviewInput
from mockinterview.coaching.engine import analyze_answer, analyze_interview


def score(question: Question, answer: str, job: str | None = JOB_DESCRIPTION) -> int:
    return analyze_answer(AnswerInput(**question.payload(answer)), job).coaching_score


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.key)
def test_strong_beats_weak_twin(question: Question) -> None:
    strong, weak = score(question, question.strong), score(question, question.weak)
    assert strong > weak + 25, (strong, weak)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.key)
def test_strong_answer_lands_in_the_strong_band(question: Question) -> None:
    assert 70 <= score(question, question.strong) <= 95


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.key)
def test_weak_answer_is_weak_but_not_degenerate(question: Question) -> None:
    assert 20 <= score(question, question.weak) <= 50


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.key)
def test_strong_beats_weak_without_metadata(question: Question) -> None:
    bare = Question(question.key, question.question, question.category, [], None, "", "", "")
    assert score(bare, question.strong, None) > score(bare, question.weak, None) + 20


@pytest.mark.parametrize(
    ("kind", "question", "answer"),
    DEGENERATE,
    ids=[f"{kind}-{q.key}-{i}" for i, (kind, q, _) in enumerate(DEGENERATE)],
)
def test_degenerate_answers_score_at_most_20(kind: str, question: Question, answer: str) -> None:
    report = analyze_answer(AnswerInput(**question.payload(answer)), JOB_DESCRIPTION)
    assert report.coaching_score <= 20, (kind, report.coaching_score, report.metrics.flags)


@pytest.mark.parametrize(
    ("kind", "flag"),
    [
        ("empty", "empty"),
        ("padded", "padded"),
        ("rambling", "rambling"),
        ("off_topic", "off_topic"),
        ("copied_question", "copied_question"),
        ("gibberish", "gibberish"),
        ("repeated_sentence", "repetitive"),
        ("keyword_stuffed", "keyword_list"),
    ],
)
def test_degenerate_answers_are_flagged(kind: str, flag: str) -> None:
    cases = [(q, a) for k, q, a in DEGENERATE if k == kind]
    for question, answer in cases:
        report = analyze_answer(AnswerInput(**question.payload(answer)), JOB_DESCRIPTION)
        assert flag in report.metrics.flags, (kind, report.metrics.flags)


def test_padding_a_strong_answer_with_fillers_lowers_its_score() -> None:
    question = QUESTIONS[0]
    words = question.strong.split()
    padded = " ".join(f"{w} um, like," if i % 3 == 0 else w for i, w in enumerate(words))
    assert score(question, padded) < score(question, question.strong) - 20


def test_repeating_a_strong_answer_does_not_raise_its_score() -> None:
    question = QUESTIONS[0]
    assert score(question, question.strong + " " + question.strong) <= 20


def test_interview_overall_follows_answer_quality() -> None:
    def overall(kind: str) -> int:
        answers = [AnswerInput(**q.payload(getattr(q, kind))) for q in QUESTIONS]
        data = InterviewInput(job_description=JOB_DESCRIPTION, answers=answers)
        return analyze_interview(data).overall_score

    strong, weak = overall("strong"), overall("weak")
    assert 70 <= strong <= 95
    assert weak < strong - 25


def test_degenerate_interview_scores_low_on_every_dimension() -> None:
    answers = [AnswerInput(**q.payload(a)) for _, q, a in DEGENERATE]
    report = analyze_interview(InterviewInput(job_description=JOB_DESCRIPTION, answers=answers))
    assert report.overall_score <= 20
    assert all(d.score <= 30 for d in report.dimensions.values()), report.dimensions


@pytest.mark.parametrize(("question", "medium", "generic"), LADDER, ids=["conflict", "caching"])
def test_ladder_and_generic_talk(question: Question, medium: str, generic: str) -> None:
    strong, mid, weak = (
        score(question, question.strong),
        score(question, medium),
        score(question, question.weak),
    )
    assert strong > mid > weak
    assert score(question, generic) < mid and score(question, generic) <= 55


def test_platitudes_to_a_tell_me_about_a_time_question_are_flagged() -> None:
    _, _, generic = LADDER[0]
    report = analyze_answer(AnswerInput(**CONFLICT.payload(generic)), JOB_DESCRIPTION)
    assert "no_example" in report.metrics.flags
    assert "specific example" in report.feedback.fix_first


def test_an_unpunctuated_spoken_story_is_judged_on_content() -> None:
    report = analyze_answer(AnswerInput(question=SPOKEN_QUESTION, answer=SPOKEN_STORY))
    assert report.coaching_score >= 60 and report.metrics.flags == []
    assert report.metrics.star["action"].present and report.metrics.star["result"].present
