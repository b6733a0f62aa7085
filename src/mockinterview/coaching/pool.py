"""The coaching engine's CPU work (embeddings, analysis), run in a pool of its own processes."""

from typing import TYPE_CHECKING

from mockinterview.coaching.schemas import AnswerInput, InterviewInput, InterviewReport
from mockinterview.process_pool import ProcessPool

if TYPE_CHECKING:
    from mockinterview.coaching.follow_up import FollowUp


def warm_up() -> None:
    """Load the model, the bank's vectors and the trained weights (once per process)."""
    from mockinterview.coaching.bank_index import bank_index
    from mockinterview.coaching.embeddings import embed

    embed(["warm up"])
    bank_index()


def analyse_with_vectors(
    data: InterviewInput, vectors: list[tuple[str, bytes | None]]
) -> InterviewReport:
    """Analyse an interview, reusing each answer's sentence vectors stored at submit time."""
    from mockinterview.coaching.analysis import prime_vectors
    from mockinterview.coaching.engine import analyze_interview

    for text, packed in vectors:
        prime_vectors(text, packed)
    return analyze_interview(data)


def answers_vectors(texts: list[str]) -> list[bytes]:
    """Each answer's packed sentence vectors."""
    from mockinterview.coaching.analysis import answer_sentences, encode_vectors
    from mockinterview.coaching.embeddings import embed

    sentences = [s for text in texts for s in answer_sentences(text)]
    embed(sentences)
    return [encode_vectors(text) for text in texts]


def follow_up(answer: AnswerInput) -> "FollowUp | None":
    """The follow-up question an answer calls for (None when it has no clear gap)."""
    from mockinterview.coaching.follow_up import follow_up_for

    return follow_up_for(answer)


def coaching_pool(processes: int) -> ProcessPool:
    """The coaching processes, warmed up with the model as they start."""
    return ProcessPool(processes, warm_up)
