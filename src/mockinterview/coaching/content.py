"""Answer content: skills and job terms, ownership and relevance."""

import math
from dataclasses import dataclass, field
from functools import lru_cache

from mockinterview.coaching.lexicon import (
    NAMED_TOOLS,
    QUESTION_BOILERPLATE,
    STOPWORDS,
    TECH_CONCEPTS,
    WORK_CONTEXT,
    wordset,
)
from mockinterview.coaching.semantic import Meaning
from mockinterview.coaching.stemming import stem
from mockinterview.coaching.text import Doc, concept, concepts_of, tokenize

SKILL_ALIASES: dict[str, tuple[str, ...]] = {
    "time management": ("prioritize", "deadline", "schedule", "plan", "calendar"),
    "attention to detail": ("detail", "careful", "double-check", "review", "verify"),
    "ownership": ("own", "owned", "accountable", "responsible"),
    "empathy": ("listen", "understand", "perspective", "empathy", "feel"),
    "decision making": ("decide", "decision", "choose", "weigh"),
    "stakeholder management": ("stakeholder", "align", "expectations", "update"),
    "problem solving": ("solve", "root", "diagnose", "fix", "investigate"),
    "adaptability": ("adapt", "change", "pivot", "adjust", "flexible"),
    "mentoring": ("mentor", "coach", "teach", "onboard", "pair"),
    "resilience": ("setback", "recover", "persist", "bounce"),
}
WORD_ALIASES: dict[str, tuple[str, ...]] = {
    "communication": ("call", "talk", "explain", "listen", "meeting", "discuss", "email", "update"),
    "empathy": ("listen", "understand", "perspective", "feel", "support"),
    "accountability": ("mistake", "own", "fault", "apologize", "responsibility"),
    "prioritization": ("priority", "option", "scope", "triage", "important", "recommend"),
    "strategy": ("approach", "pattern", "plan"),
    "design": ("architecture", "pattern"),
    "research": ("read", "blog", "noticed", "learned", "know"),
    "fit": ("experience", "background", "connect", "match", "align"),
    "culture": ("values", "mission", "people"),
    "measuring": ("track", "dashboard", "metric", "measure", "number"),
    "progress": ("track", "weekly", "milestone"),
    "feedback": ("told", "conversation", "talk"),
    "escalation": ("escalate", "manager", "raise"),
    "judgement": ("decide", "fair", "balance", "judgment"),
    "concurrency": ("thread", "lock", "parallel", "async", "race"),
    "debugging": ("debug", "bug", "reproduce", "log", "breakpoint", "bisect"),
    "testing": ("test", "assert", "coverage"),
}
_LIGHT_WORDS = frozenset(
    concept(w)
    for w in wordset(
        "fundamentals skills skill ability basic basics general strong good effective giving "
        "taking making having handling working knowledge understanding awareness"
    )
)
SEMANTIC_FLOOR = 0.1
SEMANTIC_SPAN = 0.4
SEMANTIC_SHARE = 0.65
_I_WORDS = wordset("i i'm i've i'd i'll me my myself mine")
_WE_WORDS = wordset("we we're we've we'd we'll our ours us ourselves")
_BOILER = frozenset(concept(w) for w in QUESTION_BOILERPLATE)
_WORK = frozenset(stem(w) for w in WORK_CONTEXT)
_TECH = frozenset(stem(w) for w in TECH_CONCEPTS) | NAMED_TOOLS


@dataclass(slots=True)
class TermMatch:
    """Which of a list of terms an answer uses, with where it uses them."""

    used: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def coverage(self) -> float | None:
        """Share of the terms used, or None when there were none to look for."""
        total = len(self.used) + len(self.missed)
        return round(len(self.used) / total, 3) if total else None


_WORD_ALIASES = {concept(k): tuple(concept(a) for a in v) for k, v in WORD_ALIASES.items()}


@lru_cache(maxsize=1024)
def _term_options(term: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """Each content word of a term with its alternatives, and whole-term aliases."""
    options: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for word in tokenize(term.replace("-", " ").lower()):
        low = word.lower
        if low in STOPWORDS or len(low) < 2 or concept(low) in _LIGHT_WORDS or low in seen:
            continue
        seen.add(low)
        if low in NAMED_TOOLS:
            options.append(("=" + stem(low),))
        else:
            options.append((concept(low), *_WORD_ALIASES.get(concept(low), ())))
    aliases = tuple(concept(a) for a in SKILL_ALIASES.get(term.lower().replace("-", " "), ()))
    return tuple(options), aliases


def _present(doc: Doc, option: str) -> bool:
    return option[1:] in doc.stems if option[0] == "=" else doc.has(option)


def match_terms(terms: list[str], doc: Doc) -> TermMatch:
    """Match skills or job terms against an answer by stem, synonym and alias."""
    result = TermMatch()
    first: dict[str, tuple[int, int]] = {}
    for term in dict.fromkeys(t.strip() for t in terms if t.strip()):
        words, aliases = _term_options(term)
        if not words:
            continue
        hits = [h for opts in words for h in [next((w for w in opts if _present(doc, w)), "")] if h]
        alias_hits = [a for a in aliases if doc.has(a)]
        if len(hits) >= math.ceil(0.6 * len(words)) or alias_hits:
            result.used.append(term)
            if not first:
                for t in reversed(doc.content):
                    first[concept(t.lower)] = first["=" + stem(t.lower)] = (t.start, t.end)
            for w in (hits or alias_hits)[:2]:
                keys = [w] if w[0] == "=" else doc.index.matching(w) if doc.index else []
                result.spans.extend(first[c] for c in keys if c in first)
        else:
            result.missed.append(term)
    return result


def ownership(doc: Doc) -> tuple[int, int, float | None, float]:
    """Counts of I-words and we-words, the I share, and an ownership score 0-1."""
    i_count = we_count = 0
    for t in doc.tokens:
        low = t.lower.replace("’", "'")
        if low in _I_WORDS:
            i_count += 1
        elif low in _WE_WORDS:
            we_count += 1
    if i_count + we_count == 0:
        return 0, 0, None, 0.6
    ratio = i_count / (i_count + we_count)
    return i_count, we_count, round(ratio, 3), min(1.0, 0.35 + 1.3 * ratio)


@dataclass(slots=True)
class Relevance:
    """How closely an answer addresses its question."""

    relevance: float
    question_overlap: float | None
    novel_concepts: int
    novel_ratio: float
    focus: float


def _focus(doc: Doc, topic: set[str], vocab: frozenset[str]) -> float:
    """Share of sentences that touch the question's topic or the field's vocabulary."""
    content = {id(t) for t in doc.content}
    counted = touching = 0
    for s in doc.sentences:
        words = [t for t in doc.tokens[s.first : s.last] if id(t) in content]
        if s.word_count < 3:
            continue
        counted += 1
        if any(concept(t.lower) in topic or stem(t.lower) in vocab for t in words):
            touching += 1
    return touching / counted if counted else 0.0


def semantic_relevance(similarity: float) -> float:
    """Cosine similarity between answer and question mapped to 0-1."""
    return max(0.0, min(1.0, (similarity - SEMANTIC_FLOOR) / SEMANTIC_SPAN))


def relevance(
    doc: Doc, question: str, context: str, category: str, meaning: Meaning | None = None
) -> Relevance:
    """Relevance 0-1 from meaning (when embedded), overlap with the question, and vocabulary."""
    q = {c for c in concepts_of(question) if c not in _BOILER}
    ctx = {c for c in concepts_of(context) if c not in _BOILER} - q
    q_hit = sum(1 for c in q if doc.has(c)) / len(q) if q else None
    ctx_hit = sum(1 for c in ctx if doc.has(c)) / len(ctx) if ctx else None
    vocab = _TECH if category == "technical" else _WORK
    needed = min(5.0, max(2.0, len(doc.content) / 5))
    domain = min(1.0, sum(1 for t in doc.content if stem(t.lower) in vocab) / needed)
    focus = _focus(doc, q | ctx, vocab)
    signals = []
    if q_hit is not None:
        signals.append(min(1.0, q_hit / 0.5))
    if ctx_hit is not None:
        signals.append(min(1.0, ctx_hit / 0.3))
    topic = max(signals) if signals else domain
    if len(q) <= 2 and category != "technical":
        topic = max(topic, domain)
    novel = doc.concepts - q - _BOILER
    lexical = 0.8 * topic * (0.6 + 0.4 * focus) + 0.2 * domain
    value = lexical
    if meaning is not None:
        semantic = semantic_relevance(meaning.similarity) * (0.7 + 0.3 * meaning.focus)
        value = SEMANTIC_SHARE * semantic + (1 - SEMANTIC_SHARE) * lexical
    return Relevance(
        relevance=round(value, 3),
        question_overlap=round(q_hit, 3) if q_hit is not None else None,
        novel_concepts=len(novel),
        novel_ratio=round(len(novel) / len(doc.concepts), 3) if doc.concepts else 0.0,
        focus=round(focus, 3),
    )
