"""Unit checks of the individual measurements."""

from typing import Any

from coaching_cases import CACHING, CONFLICT, JOB_DESCRIPTION

from mockinterview.coaching import AnswerInput
from mockinterview.coaching.engine import analyze_answer
from mockinterview.coaching.jobterms import extract_job_terms
from mockinterview.coaching.schemas import AnswerMetrics
from mockinterview.coaching.stemming import stem
from mockinterview.coaching.structure import infer_category
from mockinterview.coaching.text import concept, parse


def metrics(
    answer: str, question: str = "Tell me about a time you led a project.", **kw: Any
) -> AnswerMetrics:
    return analyze_answer(AnswerInput(question=question, answer=answer, **kw)).metrics


def test_fillers_are_counted_by_phrase() -> None:
    m = metrics("Um, so I, like, basically fixed it, you know. I mean, it was sort of fine, uh.")
    assert m.fillers_found == {
        "um": 1,
        "like": 1,
        "basically": 1,
        "you know": 1,
        "i mean": 1,
        "sort of": 1,
        "uh": 1,
    }
    assert m.filler_count == 7
    assert m.fillers_per_100_words == round(100 * 7 / m.word_count, 2)


def test_like_and_you_know_as_real_words_are_not_fillers() -> None:
    m = metrics(
        "I would like to use a queue like Kafka. Do you know what the lag was? "
        "It looks like the kind of problem that you know how to solve."
    )
    assert m.filler_count == 0


def test_hedges_are_found() -> None:
    m = metrics("I guess I probably fixed it. I'm not sure, maybe it was kind of luck. I think so.")
    assert {"i guess", "probably", "not sure", "maybe", "i think"} <= set(m.hedges_found)


def test_hedges_and_fillers_never_double_count() -> None:
    m = metrics("It was kind of a mess, sort of, and I think it kind of worked.")
    assert "kind of" in m.fillers_found and "kind of" not in m.hedges_found
    assert "sort of" not in m.hedges_found and m.hedges_found == {"i think": 1}


def test_pace_is_judged_only_for_spoken_answers() -> None:
    answer = " ".join(["word"] * 150)
    assert metrics(answer, mode="spoken").words_per_minute is None
    assert metrics(answer, duration_seconds=60, mode="spoken").words_per_minute == 150.0
    assert metrics(answer, duration_seconds=225).words_per_minute is None


def test_star_parts_come_with_their_sentence() -> None:
    m = metrics(CONFLICT.strong, CONFLICT.question, category="behavioral")
    assert all(part.present for part in m.star.values())
    result = m.star["result"]
    assert result.sentence and "As a result" in result.sentence
    assert result.start is not None and result.end is not None
    assert CONFLICT.strong[result.start : result.end] == result.sentence
    assert m.technical == {} and m.company == {}


def test_technical_answers_report_approach_tradeoffs_and_example() -> None:
    m = metrics(CACHING.strong, CACHING.question, category="technical")
    assert set(m.technical) == {"approach", "tradeoffs", "example"}
    assert all(part.present for part in m.technical.values())
    weak = metrics(CACHING.weak, CACHING.question, category="technical")
    assert not weak.technical["tradeoffs"].present and not weak.technical["example"].present


def test_star_framework_helps_find_parts() -> None:
    answer = "The checkout page kept timing out for customers. I profiled queries, added an index."
    framework = {"situation": "Checkout timing out for customers", "action": "Profiled queries"}
    plain = metrics(answer, "Describe a hard bug.")
    guided = metrics(answer, "Describe a hard bug.", star_framework=framework)
    assert guided.star["situation"].strength > plain.star["situation"].strength


def test_skills_match_by_stem_synonym_and_alias() -> None:
    m = metrics(
        "I led the migration, mentored two juniors and resolved a disagreement between teams.",
        expected_skills=["leadership", "mentoring", "conflict resolution", "Kubernetes"],
    )
    assert m.skills_used == ["leadership", "mentoring", "conflict resolution"]
    assert m.skills_missed == ["Kubernetes"]
    assert m.skill_coverage == 0.75


def test_named_tools_need_the_tool_itself() -> None:
    report = analyze_answer(
        AnswerInput(question="How do you store data?", answer="I keep it in a database table."),
        "We use PostgreSQL and Redis.",
    )
    assert "PostgreSQL" in report.metrics.job_terms_missed


def test_job_terms_are_extracted_from_the_description() -> None:
    terms = extract_job_terms(JOB_DESCRIPTION)
    assert {"Python", "AWS", "PostgreSQL", "Redis", "HIPAA", "Northwind Health"} <= set(terms)
    assert "experience" not in {t.lower() for t in terms}


def test_specificity_signals() -> None:
    m = metrics(
        "We cut p95 latency by 40% in two weeks using Redis, which reduced costs by $3,000."
    )
    assert "40%" in m.numbers and "two weeks" in m.numbers
    assert {"cut", "reduced"} <= set(m.outcomes)
    assert "Redis" in m.named_tools


def test_figures_with_their_units_after_by_or_at_are_results_not_times() -> None:
    m = metrics("I cut p99 latency by 200ms, grew throughput by 3x and sales by 5k a month.")
    assert {"200ms", "3x", "5k"} <= set(m.numbers)
    assert "9" not in metrics("I was in by 9 every day and fixed the backlog.").numbers


def test_ownership_counts_i_and_we() -> None:
    m = metrics("We planned it and we shipped it. I wrote the tests.")
    assert (m.i_count, m.we_count) == (1, 2)
    assert m.ownership_ratio == round(1 / 3, 3)


def test_relevance_is_low_for_an_answer_about_something_else() -> None:
    on = metrics(CONFLICT.strong, CONFLICT.question)
    off = metrics("I love hiking in the mountains and cooking pasta.", CONFLICT.question)
    assert on.relevance > 0.6 and off.relevance < 0.25


def test_repetition_ratio() -> None:
    assert metrics("I fixed the bug quickly. " * 6).repetition_ratio > 0.6
    assert metrics(CONFLICT.strong).repetition_ratio < 0.05


def test_evidence_spans_point_into_the_answer() -> None:
    report = analyze_answer(AnswerInput(**CONFLICT.payload(CONFLICT.strong)), JOB_DESCRIPTION)
    kinds = {e.kind for e in report.evidence}
    assert {"star_situation", "star_action", "star_result", "metric", "skill"} <= kinds
    for span in report.evidence:
        assert CONFLICT.strong[span.start : span.end] == span.text


def test_stems_and_concepts() -> None:
    assert stem("scaling") == stem("scalable") == stem("scale")
    assert stem("communicated") == stem("communication")
    assert concept("disagreed") == concept("conflict")
    assert concept("led") == concept("leadership")


def test_sentences_and_offsets() -> None:
    doc = parse("We had 3.5 issues, e.g. timeouts. Then I fixed node.js! Done")
    assert [s.text for s in doc.sentences] == [
        "We had 3.5 issues, e.g. timeouts.",
        "Then I fixed node.js!",
        "Done",
    ]
    assert [t.text for t in doc.tokens][:3] == ["We", "had", "3.5"]


def test_category_is_inferred_from_the_question() -> None:
    assert infer_category("Tell me about a time you failed.") == "behavioral"
    assert infer_category("What would you do if your manager disagreed?") == "situational"
    assert infer_category("Explain how a hash map works.") == "technical"
    assert infer_category("Why do you want to work here?") == "company"
    assert infer_category("How do you handle stress?") == "behavioral"
