"""The role of each sentence in an answer (situation, task, action, result, reflection, plan)."""

import re
from functools import lru_cache
from importlib import resources

import numpy as np

from mockinterview.coaching.phrases import OUTCOME_PATTERN

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
_OUTCOME_RE = re.compile(OUTCOME_PATTERN.lower())
_CONSEQUENCE_RE = re.compile(
    r"\b(?:as a result|in the end|ended up|by the end|which meant|that meant|afterwards|since then"
    r"|from then on|eventually|finally|within (?:a|the|two|three|\w+) (?:days?|weeks?|months?))\b"
)
_SCENE_RE = re.compile(
    r"\b(?:at my (?:last|previous|first)|when i was|last (?:year|spring|summer|autumn|fall|winter)"
    r"|a few (?:months|years) ago|(?:we|i) had (?:a|an)|there was|back in|during my)\b"
)
_I_RE = re.compile(r"\b(?:i|i'm|i've|me|my)\b")
_WE_RE = re.compile(r"\b(?:we|we've|our|us)\b")
# How much more (or less) likely each role is in the first and in the last sentence of an answer.
ORDER_PRIOR: dict[str, tuple[float, float]] = {
    "situation": (2.0, 0.5),
    "task": (1.5, 0.6),
    "result": (0.5, 2.0),
    "reflection": (0.6, 1.8),
}
LEXICAL = ("would", "past", "lesson", "number", "i", "we", "outcome", "consequence", "scene")


def lexical_features(sentence: str) -> np.ndarray:
    """Cues embeddings blur: tense, modality, lessons, figures, who acted, outcomes, scene."""
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
            min(1.0, float(len(_OUTCOME_RE.findall(low)))),
            min(1.0, float(len(_CONSEQUENCE_RE.findall(low)))),
            min(1.0, float(len(_SCENE_RE.findall(low)))),
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
        exp = np.exp(logits) * self._order_prior(len(sentences))
        return exp / exp.sum(axis=1, keepdims=True)

    def _order_prior(self, count: int) -> np.ndarray:
        """Stories run in order: scene-setting early, outcomes and lessons late (3+ sentences)."""
        prior = np.ones((count, len(self.labels)), dtype=np.float32)
        if count < 3:
            return prior
        where = np.linspace(0.0, 1.0, count, dtype=np.float32)
        for role, (first, last) in ORDER_PRIOR.items():
            if role in self.labels:
                prior[:, self.labels.index(role)] = first + (last - first) * where
        return prior


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
