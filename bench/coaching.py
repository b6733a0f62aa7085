"""Benchmark the offline coaching engine on one core.

Prints, for the eight strong answers of the validation set (about 1,400 words):
- completing an interview whose sentence vectors were stored when each answer was submitted,
- analysing the same interview from a file (every answer sentence embedded in the run),
- embedding one answer at submit time,
- tokenising the same text, and each figure's ratio to it,
- the memory the embedding model adds to the process.
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import importlib.util  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

CASES = Path(__file__).resolve().parents[1] / "tests" / "coaching" / "coaching_cases.py"
ROUNDS = 40


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _load_cases():  # type: ignore[no-untyped-def]
    from mockinterview.coaching import InterviewInput

    spec = importlib.util.spec_from_file_location("coaching_cases", CASES)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["coaching_cases"] = module
    spec.loader.exec_module(module)
    answers = [q.payload(q.strong) | {"duration_seconds": 95.0} for q in module.QUESTIONS]
    return InterviewInput(job_description=module.JOB_DESCRIPTION, answers=answers)


def _median_ms(work: Callable[[], object], before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(ROUNDS):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Print the medians, their ratios to tokenising, and the model's memory."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from mockinterview.coaching.analysis import encode_vectors, prime_vectors
    from mockinterview.coaching.bank_index import bank_index
    from mockinterview.coaching.embeddings import embed, embedder
    from mockinterview.coaching.engine import analyze_interview
    from mockinterview.coaching.text import parse

    data = _load_cases()
    texts = [a.answer for a in data.answers]
    words = sum(len(parse(t).tokens) for t in texts)
    rss_before = _rss_mb()
    started = time.perf_counter()
    embed(["warm up"])
    bank_index()
    load_ms = (time.perf_counter() - started) * 1000
    rss_model = _rss_mb() - rss_before
    analyze_interview(data)

    stored = [encode_vectors(t) for t in texts]

    def cold() -> None:
        embedder()._cache.clear()
        bank_index.cache_clear()
        bank_index()

    def prime() -> None:
        cold()
        for text, packed in zip(texts, stored, strict=True):
            prime_vectors(text, packed)

    tokenise = _median_ms(lambda: [parse(t) for t in texts])
    complete = _median_ms(lambda: analyze_interview(data), prime)
    from_file = _median_ms(lambda: analyze_interview(data), cold)
    submit = _median_ms(lambda: encode_vectors(texts[0]), cold)
    print(f"interview: {len(texts)} answers, {words} words, {ROUNDS} rounds, one core")
    print(f"model load (embedder + bank vectors): {load_ms:8.1f} ms, +{rss_model:.0f} MB RSS")
    print(f"tokenise                      median: {tokenise:8.2f} ms")
    print(f"complete (vectors stored)     median: {complete:8.2f} ms  {complete / tokenise:5.1f}x")
    print(
        f"analyse from a file           median: {from_file:8.2f} ms  {from_file / tokenise:5.1f}x"
    )
    print(f"embed one answer at submit    median: {submit:8.2f} ms  {submit / tokenise:5.1f}x")


if __name__ == "__main__":
    main()
