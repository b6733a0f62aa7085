"""Delivery metrics: fillers, hedges, repetition, sentence length, and pace, pauses and vocal
variety when the answer was spoken."""

import re
from collections import Counter
from dataclasses import dataclass, field

from mockinterview.coaching.lexicon import wordset
from mockinterview.coaching.text import Doc, cue, scan
from mockinterview.coaching.voice import VARIETY_SCORES, VoiceMetrics, pace_score, pause_score

_FILLER_RE = cue(
    r"\b(?:u+m+|u+h+m*|e+r+m*|a+h+|h+m+|m{2,}|you know|basically|sort of|kind of|kinda|sorta"
    r"|actually|literally|i mean|like)\b"
)
_HEDGE_RE = cue(
    r"\b(?:i think (?:probably|maybe)|i think|i guess|maybe|perhaps|probably|(?:i'm |i am )?not "
    r"(?:really |totally |entirely )?sure|i don'?t know|i suppose|hopefully|or something"
    r"|or whatever|somewhat|a little bit|i feel like)\b"
)
_LIKE_BEFORE = wordset("so um uh and but oh kinda")
_LIKE_AFTER_BE = wordset("so really very totally super um uh just")
_BE = wordset("was were is are it's that's")
_YOU_KNOW_NEXT = wordset(
    "what how that the when why if who where about it him her them this whether"
)
_YOU_KNOW_PREV = wordset("do did don't didn't if would let make")
_KIND_PREV = wordset(
    "what this that the a an any some which every same one these those other right wrong"
)
_PREV_WORD_RE = re.compile(r"([\w']+)\W*$")
_NEXT_WORD_RE = re.compile(r"^\W*([\w']+)")


@dataclass(slots=True)
class Delivery:
    """Delivery measurements of one answer."""

    word_count: int
    sentence_count: int
    words_per_minute: float | None
    fillers: Counter[str]
    filler_spans: list[tuple[int, int]]
    hedges: Counter[str]
    hedge_spans: list[tuple[int, int]]
    repetition_ratio: float
    avg_sentence_length: float
    longest_sentence: int
    punctuated: bool
    voice: VoiceMetrics | None = None
    sub_scores: dict[str, float] = field(default_factory=dict)

    @property
    def filler_count(self) -> int:
        """Total filler words and phrases."""
        return sum(self.fillers.values())

    @property
    def hedge_count(self) -> int:
        """Total hedging phrases."""
        return sum(self.hedges.values())

    def per_100(self, count: int) -> float:
        """A count per hundred words."""
        return round(100.0 * count / self.word_count, 2) if self.word_count else 0.0


def _neighbours(text: str, start: int, end: int) -> tuple[str, str, str]:
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    prev = _PREV_WORD_RE.search(before)
    nxt = _NEXT_WORD_RE.search(after)
    next_char = after.lstrip()[:1]
    return (prev.group(1).lower() if prev else "", nxt.group(1).lower() if nxt else "", next_char)


def _is_filler(text: str, phrase: str, start: int, end: int) -> bool:
    if phrase not in ("like", "you know", "kind of", "sort of"):
        return True
    prev, nxt, next_char = _neighbours(text, start, end)
    if phrase == "like":
        return (
            next_char == ","
            or prev in _LIKE_BEFORE
            or (prev in _BE and nxt in _LIKE_AFTER_BE)
            or (nxt in ("um", "uh"))
        )
    if phrase == "you know":
        return prev not in _YOU_KNOW_PREV and nxt not in _YOU_KNOW_NEXT
    return prev not in _KIND_PREV


_NORMAL = (
    (re.compile(r"u+m+"), "um"),
    (re.compile(r"u+h+m*"), "uh"),
    (re.compile(r"e+r+m*"), "er"),
    (re.compile(r"a+h+"), "ah"),
    (re.compile(r"h+m+|m+"), "hmm"),
)
_ALIASES = {"kinda": "kind of", "sorta": "sort of"}


def _normal_filler(phrase: str) -> str:
    for pattern, name in _NORMAL:
        if pattern.fullmatch(phrase):
            return name
    return _ALIASES.get(phrase, phrase)


def repetition_ratio(words: list[str]) -> float:
    """Share of word trigrams that repeat an earlier trigram."""
    trigrams = list(zip(words, words[1:], words[2:], strict=False))
    if len(trigrams) < 4:
        return 0.0
    return round(1.0 - len(set(trigrams)) / len(trigrams), 3)


def find_fillers(doc: Doc) -> list[tuple[str, int, int]]:
    """Each filler word or phrase in the text: its normal name ("um", "you know") and span."""
    found: list[tuple[str, int, int]] = []
    for m in scan(_FILLER_RE, doc):
        phrase = m.group().lower()
        if _is_filler(doc.text, phrase, m.start(), m.end()):
            found.append((_normal_filler(phrase), m.start(), m.end()))
    return found


def measure(
    doc: Doc, duration_seconds: float | None, spoken: bool, voice: VoiceMetrics | None = None
) -> Delivery:
    """Measure the delivery of one answer; pace only for spoken answers.

    With the voice of a spoken answer, pace is over speaking time and fillers are counted in the
    raw transcript (a corrected text may have dropped them); typed answers have neither.
    """
    voice = voice if spoken else None
    found = find_fillers(doc)
    fillers = Counter(name for name, _, _ in found)
    if voice is not None:
        fillers = Counter(f.filler for f in voice.fillers)
    filler_spans = [(start, end) for _, start, end in found]
    hedges: Counter[str] = Counter()
    hedge_spans: list[tuple[int, int]] = []
    taken = {start for start, _ in filler_spans}
    for m in scan(_HEDGE_RE, doc):
        if m.start() in taken:
            continue
        hedges[m.group().lower().replace("i'm ", "").replace("i am ", "")] += 1
        hedge_spans.append((m.start(), m.end()))
    words = len(doc.tokens)
    lengths = doc.raw_sentence_lengths
    wpm = None
    if voice is not None:
        wpm = voice.words_per_minute
    elif spoken and duration_seconds and duration_seconds >= 5 and words:
        wpm = round(words * 60.0 / duration_seconds, 1)
    return Delivery(
        word_count=words,
        sentence_count=len(lengths),
        words_per_minute=wpm,
        fillers=fillers,
        filler_spans=filler_spans,
        hedges=hedges,
        hedge_spans=hedge_spans,
        repetition_ratio=repetition_ratio([t.lower for t in doc.tokens]),
        avg_sentence_length=round(sum(lengths) / len(lengths), 1) if lengths else 0.0,
        longest_sentence=max(lengths, default=0),
        punctuated=doc.punctuated,
        voice=voice,
    )


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def score(d: Delivery) -> float:
    """Delivery score 0-1 from fillers, hedges, sentence length, repetition; pace, pauses and
    vocal variety too when the answer was spoken."""
    fillers = _clamp(1.0 - max(0.0, d.per_100(d.filler_count) - 1.0) / 9.0)
    hedges = _clamp(1.0 - max(0.0, d.per_100(d.hedge_count) - 0.5) / 3.0)
    avg = d.avg_sentence_length
    if not d.punctuated:
        sentences = 0.75
    elif avg > 25:
        sentences = _clamp(1.0 - (avg - 25.0) / 25.0)
    elif avg < 6:
        sentences = _clamp(0.5 + avg / 12.0)
    else:
        sentences = 1.0
    repetition = _clamp(1.0 - max(0.0, d.repetition_ratio - 0.08) / 0.3)
    d.sub_scores = {
        "fillers": round(fillers, 3),
        "hedges": round(hedges, 3),
        "sentence_length": round(sentences, 3),
        "repetition": round(repetition, 3),
    }
    weights = {"fillers": 0.35, "hedges": 0.2, "sentence_length": 0.2, "repetition": 0.25}
    spoken: dict[str, float] = {}
    if d.words_per_minute is not None:
        spoken["pace"] = pace_score(d.words_per_minute)
    if d.voice is not None:
        spoken["pauses"] = pause_score(d.voice)
        if d.voice.vocal_variety is not None:
            spoken["vocal_variety"] = VARIETY_SCORES[d.voice.vocal_variety]
    shares = {"pace": 0.15, "pauses": 0.1, "vocal_variety": 0.05}
    voiced = sum(shares[k] for k in spoken)
    d.sub_scores |= {k: round(v, 3) for k, v in spoken.items()}
    weights = {k: v * (1 - voiced) for k, v in weights.items()} | {k: shares[k] for k in spoken}
    return sum(weights[k] * d.sub_scores[k] for k in weights)
