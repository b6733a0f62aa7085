"""The role of each sentence in an answer (situation, task, action, result, reflection, plan)."""

import re
from functools import lru_cache
from importlib import resources

import numpy as np

ROLES_FILE = "sentence_roles.npz"
_WOULD_RE = re.compile(r"\b(?:would|will|going to|plan to|i'd|we'd|i'll|we'll|should|could)\b")
_PAST_RE = re.compile(
    r"\b(?:\w{3,}ed|was|were|had|did|made|took|got|went|told|found|led|ran|built|saw|sent|"
    r"gave|wrote|began|brought|caught|chose|drove|fell|felt|grew|held|kept|knew|left|lost|"
    r"met|paid|said|sold|spent|stood|taught|thought|understood|won)\b"
)
_LESSON_RE = re.compile(
    r"\b(?:learn(?:ed|t)?|lesson|taught me|next time|looking back|in hindsight|would have|"
    r"since then|now i|i now|realized|realised)\b"
)
_NUMBER_RE = re.compile(r"\d|\b(?:percent|half|double|twice)\b")
_I_RE = re.compile(r"\b(?:i|i'm|i've|me|my)\b")
_WE_RE = re.compile(r"\b(?:we|we've|our|us)\b")
LEXICAL = ("would", "past", "lesson", "number", "i", "we")


def lexical_features(sentence: str) -> np.ndarray:
    """Six cues embeddings blur: tense, modality, lessons, figures and who acted."""
    low = sentence.lower().replace("’", "'")
    words = max(1, len(low.split()))
    return np.array(
        [
            min(1.0, len(_WOULD_RE.findall(low)) / 2),
            min(1.0, 4 * len(_PAST_RE.findall(low)) / words),
            min(1.0, float(len(_LESSON_RE.findall(low)))),
            min(1.0, float(len(_NUMBER_RE.findall(low)))),
            min(1.0, float(len(_I_RE.findall(low)))),
            min(1.0, float(len(_WE_RE.findall(low)))),
        ],
        dtype=np.float32,
    )


def features(sentences: list[str], vectors: np.ndarray) -> np.ndarray:
    """The classifier's input: the sentence vector followed by the lexical cues."""
    lexical = np.array([lexical_features(s) for s in sentences], dtype=np.float32)
    return np.hstack([vectors, lexical.reshape(len(sentences), len(LEXICAL))])


class RoleModel:
    """A multinomial logistic regression over sentence features, trained on shipped data."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, labels: list[str]) -> None:
        self.weights = weights
        self.bias = bias
        self.labels = labels

    def probabilities(self, sentences: list[str], vectors: np.ndarray) -> np.ndarray:
        """One row per sentence: the probability of each role."""
        if not sentences:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        logits = features(sentences, vectors) @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def role_model() -> RoleModel:
    """The trained model shipped with the package."""
    stored = resources.files("mockinterview.coaching").joinpath("data", ROLES_FILE)
    with stored.open("rb") as handle, np.load(handle) as data:
        return RoleModel(
            data["weights"].astype(np.float32),
            data["bias"].astype(np.float32),
            [str(label) for label in data["labels"]],
        )
