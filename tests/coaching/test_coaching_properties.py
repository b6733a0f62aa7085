"""Property tests: any text gives a valid report with scores in range, and never raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockinterview.coaching import AnswerInput, InterviewInput
from mockinterview.coaching.cli import render_text
from mockinterview.coaching.engine import analyze_answer, analyze_interview
from mockinterview.coaching.text import tokenize, word_count

VOCABULARY = (
    "I we um like you know the a result because led built reduced 40% Redis conflict team "
    "maybe basically deadline customer , . ! ? trade-off for example café 数据 🙂 O(n)"
)
WORDS = st.sampled_from([*VOCABULARY.split(" "), "\n"])
PHRASES = st.lists(WORDS, max_size=120).map(" ".join)
TEXT = st.one_of(st.text(max_size=600), PHRASES)
# Pieces where a word's edges are subtle: joined by apostrophes or dots, numbers with
# separators, suffixes, digits before letters, combining accents, other scripts and spaces.
SPELLINGS = st.sampled_from(
    [
        "C++",
        "C#",
        "node.js",
        "e.g.",
        "3.5",
        "1,000",
        "3rd",
        "don't",
        "it’s",
        "_",
        "-",
        "'",
        ".",
        ",",
        "+",
        "#",
        " ",
        "\t",
        "\n",
        "\u2028",
        "\x1c",
        "e\u0301",
        "ß",
        "İ",
        "٣",
        "²",
        "Ⅷ",
        "数据",
        "a",
        "Z",
        "9",
    ]
)
CATEGORIES = st.sampled_from([None, "behavioral", "technical", "situational", "company"])


def in_range(value: int) -> bool:
    return 0 <= value <= 100


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    question=TEXT,
    answer=TEXT,
    category=CATEGORIES,
    skills=st.lists(st.text(max_size=20), max_size=4),
    duration=st.one_of(st.none(), st.floats(min_value=0, max_value=1e6)),
    job=st.one_of(st.none(), TEXT),
)
def test_any_answer_gives_a_valid_report(
    question: str,
    answer: str,
    category: str | None,
    skills: list[str],
    duration: float | None,
    job: str | None,
) -> None:
    data = AnswerInput.model_validate(
        {
            "question": question,
            "answer": answer,
            "category": category,
            "expected_skills": skills,
            "duration_seconds": duration,
        }
    )
    report = analyze_answer(data, job)
    assert in_range(report.coaching_score)
    assert all(0 <= v <= 1 for v in report.score_components.values())
    assert 0 <= report.metrics.relevance <= 1
    for span in report.evidence:
        assert 0 <= span.start < span.end <= len(answer)
        assert answer[span.start : span.end] == span.text


@settings(max_examples=40, deadline=None)
@given(answers=st.lists(st.tuples(TEXT, TEXT), max_size=5), job=st.one_of(st.none(), TEXT))
def test_any_interview_gives_valid_scores(answers: list[tuple[str, str]], job: str | None) -> None:
    data = InterviewInput(
        answers=[AnswerInput(question=q, answer=a) for q, a in answers], job_description=job
    )
    report = analyze_interview(data)
    assert in_range(report.overall_score)
    assert all(in_range(d.score) for d in report.dimensions.values())
    assert render_text(report)


def test_huge_input_is_handled() -> None:
    answer = ("I led the migration and we reduced latency by 40% using Redis. um like " * 4000) + (
        "x" * 200_000
    )
    report = analyze_answer(AnswerInput(question="Tell me about a project.", answer=answer))
    assert in_range(report.coaching_score)
    assert "repetitive" in report.metrics.flags


def test_unusual_unicode_is_handled() -> None:
    for answer in ["İİİ ﬁx ß", "\u0000\u200b\ufeff", "數據庫 " * 50, "🙂" * 1000, "a\u0301" * 300]:
        report = analyze_answer(AnswerInput(question="Why?", answer=answer))
        assert in_range(report.coaching_score)
        for span in report.evidence:
            assert answer[span.start : span.end] == span.text


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(max_size=200), PHRASES, st.lists(SPELLINGS).map("".join)))
def test_the_word_count_is_the_number_of_tokens(text: str) -> None:
    assert word_count(text) == len(tokenize(text))
