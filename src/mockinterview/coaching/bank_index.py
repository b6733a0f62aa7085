"""The shipped question bank as vectors, to tell which question an answer really fits."""

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from mockinterview.coaching.embeddings import MODEL_NAME, embed, remember
from mockinterview.questionbank.bank_file import shipped_bank
from mockinterview.questionbank.schemas import BankQuestion

VECTORS_FILE = "bank_vectors.npz"
_ASKING_RE = re.compile(
    r"^(?:(?:so|okay|now),?\s+)?(?:can|could|would) you\s+"
    r"|^(?:please\s+)?(?:tell (?:me|us) about|describe|give (?:me|us) an example of"
    r"|walk (?:me|us) through|talk (?:me |us )?(?:about|through)|share|think of|recall)\s+"
    r"(?:(?:a|an|one|the)\s+(?:time|situation|moment|occasion|instance"
    r"|example|case)\s*(?:when|where|in which|that|you)?\s*)?",
    re.I,
)


def question_core(question: str) -> str:
    """A question without its asking formula ('Tell me about a time when ...'), for embedding."""
    core = " ".join(question.split())
    while True:
        shorter = _ASKING_RE.sub("", core).strip()
        if shorter == core or not shorter:
            return core
        core = shorter


@dataclass(frozen=True, slots=True)
class BankIndex:
    """Question prompts and the unit vectors of their cores."""

    prompts: tuple[str, ...]
    vectors: np.ndarray


def prompts_digest(prompts: tuple[str, ...]) -> str:
    """A fingerprint of the prompts and the model, to know whether stored vectors still match."""
    return hashlib.sha256("\n".join((MODEL_NAME, *prompts)).encode()).hexdigest()


def _framework(question: BankQuestion) -> list[str]:
    return list(question.star_framework.model_dump().values()) if question.star_framework else []


def bank_texts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The shipped bank's prompts, then every other text the engine embeds (guidance, skills)."""
    questions = [q for part in shipped_bank().industries for q in part.questions]
    prompts = tuple(q.prompt.replace("{company}", "the company") for q in questions)
    cores = {question_core(p) for p in prompts}
    extra: dict[str, None] = {}
    for q in questions:
        for text in [q.interviewer_guidance, *_framework(q), *q.expected_skills]:
            if text and text not in cores:
                extra.setdefault(text, None)
    return prompts, tuple(extra)


@lru_cache(maxsize=1)
def bank_index() -> BankIndex:
    """The bank's vectors (stored with the package, computed when stale); primes the embedder."""
    prompts, extra = bank_texts()
    texts = tuple(question_core(p) for p in prompts) + extra
    stored = resources.files("mockinterview.coaching").joinpath("data", VECTORS_FILE)
    vectors = None
    if stored.is_file():
        with stored.open("rb") as handle, np.load(handle) as data:
            if str(data["digest"]) == prompts_digest(texts):
                vectors = data["vectors"].astype(np.float32)
    if vectors is None:
        vectors = embed(list(texts))
    else:
        remember(texts, vectors)
    return BankIndex(prompts, vectors[: len(prompts)])
