"""Run every measurement on one answer and keep the intermediate results."""

from dataclasses import dataclass

import numpy as np

from mockinterview.coaching import asked, content, delivery, scoring, specificity, structure
from mockinterview.coaching.bank_index import question_core
from mockinterview.coaching.cleaning import clean
from mockinterview.coaching.embeddings import DIMENSIONS, embed, remember
from mockinterview.coaching.roles import role_model
from mockinterview.coaching.schemas import AnswerInput
from mockinterview.coaching.semantic import Meaning, read_meaning, sentence_texts
from mockinterview.coaching.text import Doc, parse
from mockinterview.coaching.validity import Validity, assess

STORY_OFF_TOPIC_RANK = 0.2
# Sentence roles that belong in an answer of each category (the rest suggest another kind).
KIND_ROLES: dict[str, frozenset[str]] = {
    "behavioral": frozenset(("situation", "task", "action", "result", "reflection")),
    "situational": frozenset(("plan", "action", "task", "situation", "reflection", "result")),
    "technical": frozenset(("other", "plan", "action", "result", "reflection")),
    "company": frozenset(("other", "plan", "reflection", "task", "action")),
}
# Which classifier roles show each structural part, per category.
ROLE_PARTS: dict[str, dict[str, tuple[str, ...]]] = {
    "behavioral": {
        "situation": ("situation",),
        "task": ("task",),
        "action": ("action",),
        "result": ("result",),
    },
    "situational": {
        "situation": ("situation",),
        "task": ("task",),
        "action": ("action", "plan"),
        "result": ("result", "reflection"),
    },
}


@dataclass(slots=True)
class Analysis:
    """Everything measured about one answer."""

    answer: AnswerInput
    category: str
    raw: Doc
    doc: Doc
    meaning: Meaning
    roles: list[tuple[str, float]]
    delivery: delivery.Delivery
    delivery_score: float
    story_markers: int
    generic: float
    parts: dict[str, structure.PartHit]
    plan_moves: dict[str, int]
    structure: float
    skills: content.TermMatch
    job: content.TermMatch
    spec: specificity.Specificity
    result_figures: list[str]
    i_count: int
    we_count: int
    ownership_ratio: float | None
    relevance: content.Relevance
    validity: Validity
    components: dict[str, float]
    base: float
    score: int

    @property
    def spoken(self) -> bool:
        """Whether the answer was spoken (a transcript) rather than typed."""
        return self.answer.mode == "spoken"

    def said(self, start: int, end: int) -> str:
        """The candidate's own words between two offsets, as given."""
        return " ".join(self.answer.answer[start:end].split())


def _context(answer: AnswerInput) -> list[str]:
    pieces = [v for v in (answer.star_framework or {}).values() if v]
    if answer.interviewer_guidance:
        pieces.append(answer.interviewer_guidance)
    return pieces


def _guidance(answer: AnswerInput) -> list[str]:
    """What the question is after, as embedded: its guidance (one text per question)."""
    return [answer.interviewer_guidance] if answer.interviewer_guidance else []


def _role_table(
    probabilities: np.ndarray, labels: list[str], category: str
) -> dict[str, list[float]]:
    table = ROLE_PARTS.get(category)
    if not table or not len(probabilities):
        return {}
    column = {label: i for i, label in enumerate(labels)}
    return {
        part: [max(float(row[column[r]]) for r in roles) for row in probabilities]
        for part, roles in table.items()
    }


def _confirmed_skills(
    lexical: content.TermMatch, meaning: Meaning, skills: list[str], doc: Doc
) -> content.TermMatch:
    """Skills named (by concept), or shown by a sentence close in meaning."""
    result = content.TermMatch(spans=list(lexical.spans))
    for skill in dict.fromkeys(s.strip() for s in skills if s.strip()):
        sentence = meaning.skill_sentences.get(skill)
        if skill in lexical.used:
            result.used.append(skill)
        elif sentence is not None:
            result.used.append(skill)
            result.spans.append((doc.sentences[sentence].start, doc.sentences[sentence].end))
        else:
            result.missed.append(skill)
    return result


def _result_figures(spec: specificity.Specificity, doc: Doc, parts: dict) -> list[str]:
    """Figures said in the sentence that carries the result, or beside an outcome phrase."""
    wanted: set[int] = set()
    hit = parts.get("result")
    if hit is not None and hit.present and hit.sentence is not None:
        wanted.add(hit.sentence)
    starts = [s.start for s in doc.sentences]
    for kind, start, _ in spec.spans:
        if kind == "outcome":
            wanted.add(max(0, sum(1 for s in starts if s <= start) - 1))
    figures: dict[str, None] = {}
    for kind, start, end in spec.spans:
        if kind == "metric":
            idx = max(0, sum(1 for s in starts if s <= start) - 1)
            if idx in wanted:
                figures.setdefault(doc.text[start:end].strip().lower(), None)
    return list(figures)


def _kind_share(roles: list[tuple[str, float]], category: str) -> float:
    """Share of sentences whose role belongs in this category of answer."""
    if not roles:
        return 0.0
    return sum(1 for role, _ in roles if role in KIND_ROLES[category]) / len(roles)


def _off_topic(meaning: Meaning, category: str, kind: float, text: str) -> bool:
    """Whether the answer fits another question better (stricter for a story asked for a story).

    A motivation answer that speaks to the interviewer and gives reasons answers its question
    even when it talks about the work so much that a work question fits it better.
    """
    if meaning.better_question is None:
        return False
    if category == "company" and not meaning.unrelated and asked.gives_reasons_to_you(text):
        return False
    story_for_story = category == "behavioral" and kind >= 0.5
    return meaning.unrelated or not story_for_story or meaning.question_rank < STORY_OFF_TOPIC_RANK


def content_doc(text: str, raw: Doc, filler_spans: list[tuple[int, int]]) -> Doc:
    """The answer with its disfluencies blanked out, which content is judged on."""
    return parse(clean(text, raw.tokens, filler_spans))


def answer_sentences(text: str) -> list[str]:
    """The sentences of an answer that the engine embeds (computed ahead at submit time)."""
    raw = parse(text)
    return sentence_texts(content_doc(text, raw, delivery.measure(raw, None, False).filler_spans))


def embed_ahead(answers: list[AnswerInput]) -> None:
    """Embed every text an interview needs in one pass, so batches are full and evenly sized."""
    texts: dict[str, None] = {}
    for answer in answers:
        texts.update(dict.fromkeys(answer_sentences(answer.answer)))
        texts.update(dict.fromkeys([question_core(answer.question), *_guidance(answer)]))
    embed(list(texts))


def encode_vectors(text: str) -> bytes:
    """An answer's sentence vectors, packed to store beside the answer."""
    return embed(answer_sentences(text)).astype(np.float16).tobytes()


def prime_vectors(text: str, packed: bytes | None) -> None:
    """Hand stored sentence vectors to the embedder so analysing the answer needs no model run."""
    if not packed:
        return
    sentences = answer_sentences(text)
    vectors = np.frombuffer(packed, dtype=np.float16).reshape(-1, DIMENSIONS)
    if len(vectors) == len(sentences):
        remember(sentences, vectors)


def analyze(
    answer: AnswerInput, job_terms: tuple[str, ...] = (), others: tuple[str, ...] = ()
) -> Analysis:
    """Measure one answer and score it; `others` are the interview's other questions."""
    category = answer.category or structure.infer_category(answer.question)
    spoken = answer.mode == "spoken"
    raw = parse(answer.answer)
    dl = delivery.measure(raw, answer.duration_seconds, spoken, answer.voice)
    delivery_score = delivery.score(dl)
    doc = content_doc(answer.answer, raw, dl.filler_spans)
    lexical_skills = content.match_terms(answer.expected_skills, doc)
    meaning = read_meaning(
        doc, answer.question, _guidance(answer), lexical_skills.missed, list(others)
    )
    model = role_model()
    probabilities = model.probabilities(meaning.sentences, meaning.vectors)
    roles = [
        (model.labels[int(np.argmax(row))], round(float(np.max(row)), 3)) for row in probabilities
    ]
    parts = structure.detect(
        doc,
        structure.cue_table(category),
        answer.star_framework,
        _role_table(probabilities, model.labels, category),
    )
    completeness = structure.completeness(category, parts)
    moves = structure.plan_moves(doc) if category == "situational" else {}
    if moves:
        completeness = (completeness + structure.plan_breadth(moves)) / 2
    markers = structure.story_markers(doc)
    story = 1.0
    if category == "behavioral" and structure.asks_for_example(answer.question):
        story = min(1.0, markers / structure.STORY_MARKERS_FULL)
        completeness *= 0.35 + 0.65 * story
    skills = _confirmed_skills(lexical_skills, meaning, answer.expected_skills, doc)
    job = content.match_terms(list(job_terms), doc)
    spec = specificity.specificity(doc, answer.question)
    generic = specificity.generic_rate(doc)
    i_count, we_count, own_ratio, own_score = content.ownership(doc)
    rel = content.relevance(doc, answer.question, " ".join(_context(answer)), category, meaning)
    kind = _kind_share(roles, category)
    if not _off_topic(meaning, category, kind, answer.answer):
        meaning.better_question = asked.other_question(answer.answer, answer.question, category)
    validity = assess(
        doc,
        raw_words=dl.word_count,
        spoken=spoken,
        off_topic=meaning.better_question is not None,
        no_reasons=asked.gives_no_reasons(answer.answer, answer.question, category),
        filler_count=dl.filler_count,
        repetition=dl.repetition_ratio,
        relevance=rel.relevance,
        question_overlap=rel.question_overlap,
        novel_concepts=rel.novel_concepts,
        novel_ratio=rel.novel_ratio,
        structure=completeness,
        specificity=spec.score,
        generic=generic,
        term_hits=len(skills.spans) + len(job.spans),
    )
    if story < 0.5 and len(doc.tokens) >= 30:
        validity.flags.append("no_example")
    components = scoring.answer_components(
        relevance=rel.relevance,
        fit=meaning.question_rank,
        kind=kind,
        structure=completeness,
        specificity=spec.score,
        novel_concepts=rel.novel_concepts,
        word_count=len(doc.tokens),
        generic=generic,
        story=story,
        delivery=delivery_score,
        ownership=own_score,
        skill_coverage=skills.coverage,
        job_used=len(job.used),
        has_job_terms=bool(job_terms),
    )
    base, score = scoring.coaching_score(components, validity, category)
    components["validity"] = round(min(1.0, score / (100 * base)), 3) if base > 0 else 0.0
    return Analysis(
        answer=answer,
        category=category,
        raw=raw,
        doc=doc,
        meaning=meaning,
        roles=roles,
        delivery=dl,
        delivery_score=delivery_score,
        story_markers=markers,
        generic=generic,
        parts=parts,
        plan_moves=moves,
        structure=completeness,
        skills=skills,
        job=job,
        spec=spec,
        result_figures=_result_figures(spec, doc, parts),
        i_count=i_count,
        we_count=we_count,
        ownership_ratio=own_ratio,
        relevance=rel,
        validity=validity,
        components=components,
        base=base,
        score=score,
    )
