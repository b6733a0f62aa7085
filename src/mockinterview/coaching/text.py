"""Tokens, sentences, stems and concept matching for answer text."""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from mockinterview.coaching.lexicon import STOPWORDS, SYNONYM_GROUPS, wordset
from mockinterview.coaching.stemming import stem

WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’][^\W_]+)*(?:\.[^\W\d_][^\W_]*)*(?:\+\+|#)?")
_BOUNDARY_RE = re.compile(r"[.!?]+[\"')\]]*\s+|[.!?]+$|\n+")
_RUNON_RE = re.compile(
    r",?\s+(?=(?:and\s+then|so\s+then|after\s+that|but\s+then|and\s+so|so|but|because"
    r"|which\s+meant|and\s+(?:i|we|the|my|our|they|it|that|he|she|everyone|nobody))\s)",
    re.I,
)
RUNON_WORDS = 30
PUNCTUATED_RUN = 45
SHORTEST_PIECE = 20  # characters: a shorter piece of a run-on stays with the one before
_ABBREVIATIONS = wordset("e.g i.e etc vs mr mrs ms dr inc approx eg ie st jr sr")


class Token(NamedTuple):
    """One word with its character offsets in the source text."""

    text: str
    lower: str
    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence span and the index range of its tokens."""

    text: str
    start: int
    end: int
    first: int
    last: int

    @property
    def word_count(self) -> int:
        """Number of words in the sentence."""
        return self.last - self.first


@dataclass(slots=True)
class Doc:
    """A tokenised text with sentences and concept sets."""

    text: str
    lower: str
    tokens: list[Token]
    sentences: list[Sentence]
    raw_sentence_lengths: list[int]
    punctuated: bool
    content: list[Token] = field(default_factory=list)
    concepts: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)
    index: "ConceptIndex | None" = None

    def has(self, wanted: str) -> bool:
        """Whether the text mentions a concept (or a close variant)."""
        if self.index is None:
            self.index = ConceptIndex(self.concepts)
        return self.index.has(wanted)


_CURLY_APOSTROPHES = str.maketrans("\u2019\u2018", "''")
_OPTIONAL_APOSTROPHE = re.compile(r"\(\?<[!=][^)]*\)|'(?!\?)")
"""An apostrophe to make optional, or a look-behind (which must keep a fixed width)."""


def lowered(text: str) -> str:
    """Lower-case text with plain apostrophes, without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_CURLY_APOSTROPHES)


def cue(pattern: str) -> re.Pattern[str]:
    """Compile a pattern for lower-cased text (unescaped capitals become lower case).

    Apostrophes are optional, as transcripts often drop them ("id call", "thats", "dont").
    """
    lowered_pattern = re.sub(r"(?<![\\?])[A-Z]", lambda m: m.group().lower(), pattern)
    return re.compile(_OPTIONAL_APOSTROPHE.sub(_optional, lowered_pattern))


def _optional(match: re.Match[str]) -> str:
    return match.group() if match.group().startswith("(?<") else "'?"


def scan(pattern: re.Pattern[str], doc: "Doc") -> list[re.Match[str]]:
    """Non-overlapping matches of a cue pattern that start at a word, on lower-cased text."""
    found: list[re.Match[str]] = []
    match = pattern.match
    low = doc.lower
    after = 0
    for start in doc.starts:
        if start >= after:
            hit = match(low, start)
            if hit and hit.end() > start:
                found.append(hit)
                after = hit.end()
    return found


def word_count(text: str) -> int:
    """How many words tokenize() would find (without building the tokens).

    No word spans whitespace, so the text is counted chunk by chunk, and a chunk of letters
    alone is one word: only chunks with digits or punctuation need the pattern.
    """
    findall = WORD_RE.findall
    return sum(1 if chunk.isalpha() else len(findall(chunk)) for chunk in text.split())


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens with offsets."""
    make = Token._make
    return [make((w, w.lower(), *m.span())) for m in WORD_RE.finditer(text) for w in (m.group(),)]


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        before = text[max(start, m.start() - 6) : m.start()].lower().split()
        if m.group()[0] == "." and before and before[-1].lstrip("(") in _ABBREVIATIONS:
            continue
        if text[start : m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _split_runon(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [start + m.start() for m in _RUNON_RE.finditer(text[start:end])] + [end]
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if pieces and b - a < SHORTEST_PIECE:
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
    return pieces


def parse(text: str) -> Doc:
    """Tokenise text, split it into sentences and collect its content concepts."""
    tokens = tokenize(text)
    spans = _spans(text)
    sentences: list[Sentence] = []
    raw_lengths: list[int] = []
    ti = 0
    for s_start, s_end in spans:
        first = ti
        while ti < len(tokens) and tokens[ti].start < s_end:
            ti += 1
        raw_lengths.append(ti - first)
        ended = text[s_start:s_end].rstrip()[-1:] in ".!?"
        limit = PUNCTUATED_RUN if ended else RUNON_WORDS
        parts = [(s_start, s_end)] if ti - first <= limit else _split_runon(text, s_start, s_end)
        tj = first
        for p_start, p_end in parts:
            p_first = tj
            while tj < ti and tokens[tj].start < p_end:
                tj += 1
            if tj > p_first:
                body = text[p_start:p_end].strip()
                lead = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
                sentences.append(Sentence(body, lead, lead + len(body), p_first, tj))
    terminators = sum(1 for s in spans if text[s[0] : s[1]].rstrip()[-1:] in ".!?")
    punctuated = len(tokens) < 30 or terminators * 40 >= len(tokens)
    doc = Doc(text, lowered(text), tokens, sentences, [n for n in raw_lengths if n], punctuated)
    doc.content = [t for t in tokens if t.lower not in STOPWORDS and len(t.lower) > 1]
    doc.starts = [t.start for t in tokens]
    doc.stems = {stem(t.lower) for t in doc.content}
    doc.concepts = {concept(t.lower) for t in doc.content}
    return doc


def _build_groups() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in SYNONYM_GROUPS:
        head = stem(group[0])
        for word in group:
            table.setdefault(stem(word), head)
    return table


_GROUPS = _build_groups()


@lru_cache(maxsize=65536)
def concept(word: str) -> str:
    """The synonym-group head of a word's stem (or the stem itself)."""
    s = stem(word)
    return _GROUPS.get(s, s)


def concepts_of(text: str) -> list[str]:
    """Content concepts of a short text, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in WORD_RE.findall(text.lower()):
        if word not in STOPWORDS and len(word) > 1:
            seen.setdefault(concept(word), None)
    return list(seen)


class ConceptIndex:
    """A set of concepts that also matches close prefix variants (optimiz ~ optim)."""

    __slots__ = ("_all", "_by_head")

    def __init__(self, concepts: set[str]) -> None:
        self._all = concepts
        self._by_head: dict[str, list[str]] = {}
        for c in concepts:
            if len(c) >= 5:
                self._by_head.setdefault(c[:5], []).append(c)

    def has(self, wanted: str) -> bool:
        """Whether the concept, or a prefix variant of it, is present."""
        if wanted in self._all:
            return True
        if len(wanted) < 5:
            return False
        return any(
            c.startswith(wanted) or wanted.startswith(c) for c in self._by_head.get(wanted[:5], ())
        )

    def matching(self, wanted: str) -> list[str]:
        """The present concepts that match a wanted concept."""
        if wanted in self._all:
            return [wanted]
        if len(wanted) < 5:
            return []
        return [
            c
            for c in self._by_head.get(wanted[:5], ())
            if c.startswith(wanted) or wanted.startswith(c)
        ]
