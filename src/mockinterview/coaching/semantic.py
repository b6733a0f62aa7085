"""What an answer means: relevance, the question it really answers, skills shown, by embeddings."""

from dataclasses import dataclass, field

import numpy as np

from mockinterview.coaching.bank_index import bank_index, question_core
from mockinterview.coaching.cleaning import squeeze
from mockinterview.coaching.embeddings import embed
from mockinterview.coaching.text import Doc

SKILL_MATCH = 0.42
SAME_QUESTION = 0.8
OFF_TOPIC_MARGIN = 0.1
OFF_TOPIC_RANK = 0.4
UNRELATED = 0.1
UNRELATED_MARGIN = 0.2
FOCUS_MATCH = 0.2


@dataclass(slots=True)
class Meaning:
    """Similarities between an answer, its question and the bank, from sentence vectors."""

    sentences: list[str]
    vectors: np.ndarray
    question_similarity: float
    context_similarity: float
    focus: float
    better_question: str | None = None
    better_similarity: float = 0.0
    question_rank: float = 1.0
    unrelated: bool = False
    skill_sentences: dict[str, int] = field(default_factory=dict)

    @property
    def similarity(self) -> float:
        """How closely the answer addresses its question and what the question is after."""
        return max(self.question_similarity, self.context_similarity)


def sentence_texts(doc: Doc) -> list[str]:
    """The answer's sentences as plain text (blanked disfluencies squeezed out)."""
    return [squeeze(s.text) for s in doc.sentences]


def _mean_vector(vectors: np.ndarray, weights: list[int]) -> np.ndarray:
    if not len(vectors):
        return np.zeros(vectors.shape[1], dtype=np.float32)
    mean = (vectors * np.array(weights, dtype=np.float32)[:, None]).sum(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean


def _better_question(
    answer: np.ndarray, own: np.ndarray, own_sim: float
) -> tuple[str | None, float, float]:
    """The bank question the answer fits clearly better than its own, and its own rank (0-1).

    Off topic: the own question ranks in the bottom 40% of the bank for this answer and another
    fits by 0.1 more, or the own question is unrelated (under 0.1) and another fits by 0.2 more.
    """
    index = bank_index()
    sims = index.vectors @ answer
    rank = float((sims < own_sim).mean())
    sims = np.where((index.vectors @ own) >= SAME_QUESTION, -1.0, sims)
    best = int(np.argmax(sims))
    margin = sims[best] - own_sim
    if (rank < OFF_TOPIC_RANK and margin >= OFF_TOPIC_MARGIN) or (
        own_sim < UNRELATED and margin >= UNRELATED_MARGIN
    ):
        return index.prompts[best], round(float(sims[best]), 3), rank
    return None, round(float(sims[best]), 3), rank


def read_meaning(
    doc: Doc, question: str, context: list[str], skills: list[str], others: list[str]
) -> Meaning:
    """Embed the answer's sentences and compare them with the question, its context and the bank."""
    sentences = sentence_texts(doc)
    context = [c for c in context if c.strip()]
    wanted = [question_core(question), *context, *skills, *[question_core(o) for o in others]]
    vectors = embed(sentences + wanted)
    sent_vecs, rest = vectors[: len(sentences)], vectors[len(sentences) :]
    q_vec = rest[0]
    ctx_vecs = rest[1 : 1 + len(context)]
    skill_vecs = rest[1 + len(context) : 1 + len(context) + len(skills)]
    other_vecs = rest[1 + len(context) + len(skills) :]
    answer = _mean_vector(sent_vecs, [max(1, s.word_count) for s in doc.sentences])
    q_sim = float(answer @ q_vec)
    ctx_sim = float(np.max(ctx_vecs @ answer)) if len(ctx_vecs) else q_sim
    targets = np.vstack([q_vec[None, :], ctx_vecs]) if len(ctx_vecs) else q_vec[None, :]
    per_sentence = sent_vecs @ targets.T if len(sent_vecs) else np.zeros((0, 1))
    focus = float((per_sentence.max(axis=1) >= FOCUS_MATCH).mean()) if len(sent_vecs) else 0.0
    meaning = Meaning(
        sentences=sentences,
        vectors=sent_vecs,
        question_similarity=round(q_sim, 3),
        context_similarity=round(ctx_sim, 3),
        focus=round(focus, 3),
    )
    if len(sent_vecs):
        better, similarity, rank = _better_question(answer, q_vec, q_sim)
        meaning.better_question, meaning.better_similarity, meaning.question_rank = (
            better,
            similarity,
            rank,
        )
        meaning.unrelated = q_sim < UNRELATED and similarity - q_sim >= UNRELATED_MARGIN
        if meaning.better_question is None and len(other_vecs) and rank < OFF_TOPIC_RANK:
            sims = other_vecs @ answer
            best = int(np.argmax(sims))
            if sims[best] - q_sim >= OFF_TOPIC_MARGIN:
                meaning.better_question = others[best]
                meaning.better_similarity = round(float(sims[best]), 3)
        if len(skill_vecs):
            skill_sims = sent_vecs @ skill_vecs.T
            for j, skill in enumerate(skills):
                best_sentence = int(np.argmax(skill_sims[:, j]))
                if skill_sims[best_sentence, j] >= SKILL_MATCH:
                    meaning.skill_sentences[skill] = best_sentence
    return meaning
