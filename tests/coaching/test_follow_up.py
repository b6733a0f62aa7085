"""Which gap a follow-up probes, from the engine's analysis, in the candidate's own words."""

import pytest

from mockinterview.coaching.follow_up import follow_up_for, quote, red_flag
from mockinterview.coaching.schemas import AnswerInput
from tests.interviews.test_follow_ups import COMPLETE, VAGUE

STORY = "Tell me about a time you had to deliver a project under a tight deadline."
GUIDANCE = "Look for prioritisation. Red flag: blaming teammates for the delay."
NO_RESULT = (
    "In my last role our billing release was at risk two weeks before launch. I owned the "
    "release. I split the work into small steps, agreed the scope with product, and I reviewed "
    "every change myself each evening."
)
THIN = (
    "In my last role I led the release of a billing feature. I split the work into small steps, "
    "agreed the scope with product, and we shipped a week early."
)
TECH = (
    "You need to find duplicate email addresses in a list of one million user records. Walk me "
    "through a nested-loop approach and a hash-based approach, and compare their time and "
    "memory costs."
)
HASH_SET = (
    "I would put every email into a hash set and check whether it is already there before "
    "adding it, which finds duplicates in a single pass over the records."
)


@pytest.mark.parametrize(
    ("question", "category", "answer", "gap", "words"),
    [
        (STORY, "behavioral", VAGUE, "ownership", "We worked on it as a team"),
        (STORY, "behavioral", NO_RESULT, "result", "I split the work into small steps"),
        (STORY, "behavioral", THIN, "red_flag", "blaming teammates for the delay"),
        (TECH, "technical", HASH_SET, "example", "I would put every email into a hash set"),
        (STORY, "behavioral", COMPLETE, None, ""),
    ],
)
def test_the_gap_and_the_words(
    question: str, category: str, answer: str, gap: str | None, words: str
) -> None:
    found = follow_up_for(
        AnswerInput(
            question=question,
            answer=answer,
            category=category,  # type: ignore[arg-type]
            interviewer_guidance=GUIDANCE if category == "behavioral" else None,
        )
    )
    if gap is None:
        assert found is None
        return
    assert found is not None and found.gap == gap
    assert words in found.prompt and found.prompt.endswith("?")


def test_quotes_and_red_flags() -> None:
    assert quote("one two three, four five", limit=3) == "one two three…"
    assert quote("Short and done.") == "Short and done"
    assert red_flag("A strong answer names costs; a red flag is ignoring memory.") == (
        "ignoring memory"
    )
    assert red_flag("Listen for trade-offs.") is None
