"""The coaching engine's CPU work (embeddings, analysis), run in a pool of its own processes."""

from mockinterview.coaching.schemas import InterviewInput, InterviewReport
from mockinterview.process_pool import ProcessPool


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


def coaching_pool(processes: int) -> ProcessPool:
    """The coaching processes, warmed up with the model as they start."""
    return ProcessPool(processes, warm_up)
