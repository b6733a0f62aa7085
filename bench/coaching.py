"""Benchmark: median time to analyse an 8-answer interview, against merely tokenising it."""

import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from mockinterview.coaching import InterviewInput, analyze_interview
from mockinterview.coaching.text import parse

CASES = Path(__file__).resolve().parents[1] / "tests" / "coaching" / "coaching_cases.py"
ROUNDS = 200


def _load_cases() -> InterviewInput:
    spec = importlib.util.spec_from_file_location("coaching_cases", CASES)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["coaching_cases"] = module
    spec.loader.exec_module(module)
    answers = [q.payload(q.strong) | {"duration_seconds": 95.0} for q in module.QUESTIONS]
    return InterviewInput(job_description=module.JOB_DESCRIPTION, answers=answers)


def _median_ms(work: Callable[[], object]) -> float:
    work()
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Print the medians and their ratio."""
    data = _load_cases()
    texts = [a.answer for a in data.answers]
    words = sum(len(parse(t).tokens) for t in texts)
    analyse = _median_ms(lambda: analyze_interview(data))
    tokenise = _median_ms(lambda: [parse(t) for t in texts])
    print(f"interview: {len(texts)} answers, {words} words, {ROUNDS} rounds")
    print(f"analyse  median: {analyse:8.3f} ms")
    print(f"tokenise median: {tokenise:8.3f} ms")
    print(f"ratio analyse/tokenise: {analyse / tokenise:.1f}x")


if __name__ == "__main__":
    main()
