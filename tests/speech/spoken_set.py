"""A fixed set of spoken interview answers made with espeak-ng, and how to score a transcript.

Used by the speech tests and by bench/speech.py. Word error rate is jiwer's (word-level
Levenshtein distance over the reference length) after lower-casing and dropping punctuation.
"""

import re
import shutil
import subprocess
from pathlib import Path

import jiwer
import numpy as np

ESPEAK = shutil.which("espeak-ng")
FILLERS = ("um", "uh")

# Ten answers from different fields; eight fillers, placed where people say them.
SENTENCES = [
    "When our checkout service started timing out, um, I traced the problem to a missing "
    "database index and added it the same afternoon.",
    "I think the hardest part of the project was, uh, getting three teams to agree on one "
    "release date.",
    "As a nurse on a busy ward, I learned to explain a care plan to worried families in plain "
    "words.",
    "Um, my manager asked me to cut the marketing budget by a fifth without losing any leads.",
    "We moved the warehouse inventory into a shared spreadsheet, and errors dropped by half "
    "within two months.",
    "In the classroom I use short quizzes at the start of each lesson, uh, so I can see who "
    "needs more help.",
    "The client was unhappy with the design, so I, uh, set up a call and walked them through "
    "every change.",
    "I would start by asking the customer what they expected, um, then check the order history "
    "before offering a refund.",
    "My biggest strength is staying calm under pressure, um, especially when a deadline moves "
    "closer.",
    "During my internship I wrote a Python script that, uh, saved the finance team about four "
    "hours every week.",
]


def speak(text: str, path: Path, speed: int = 150, amplitude: int = 100) -> bytes:
    """A WAV file of espeak-ng's American English voice reading the text."""
    if ESPEAK is None:
        raise RuntimeError("espeak-ng is not installed (apt-get install espeak-ng)")
    command = [ESPEAK, "-v", "en-us", "-s", str(speed), "-a", str(amplitude), "-w", str(path)]
    subprocess.run([*command, text], check=True, capture_output=True)
    return path.read_bytes()


def trimmed(samples: np.ndarray, level: float = 0.01) -> np.ndarray:
    """The samples without the silence before the first and after the last sound."""
    loud = np.flatnonzero(np.abs(samples) > level)
    return samples[loud[0] : loud[-1] + 1] if len(loud) else samples[:0]


def words(text: str) -> list[str]:
    """Lower-case words without punctuation (hyphens split words)."""
    return re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("-", " ")).split()


def word_error_rate(references: list[str], hypotheses: list[str]) -> float:
    """Word error rate over all pairs together."""
    return float(
        jiwer.wer(
            [" ".join(words(r)) for r in references], [" ".join(words(h)) for h in hypotheses]
        )
    )


def fillers_kept(reference: str, hypothesis: str) -> tuple[int, int, int]:
    """(kept, said, invented) counts of um and uh between a reference and a transcript."""
    ref, hyp = words(reference), words(hypothesis)
    kept = sum(min(ref.count(f), hyp.count(f)) for f in FILLERS)
    said = sum(ref.count(f) for f in FILLERS)
    invented = sum(max(0, hyp.count(f) - ref.count(f)) for f in FILLERS)
    return kept, said, invented
