"""Answer structure: STAR parts, technical reasoning parts and company-answer parts."""

import re
from bisect import bisect_right
from dataclasses import dataclass

from mockinterview.coaching.cues import (
    COMPANY,
    PART_WEIGHTS,
    PLAN_MOVES,
    STAR,
    TECHNICAL,
    Cue,
)
from mockinterview.coaching.lexicon import wordset
from mockinterview.coaching.phrases import NARRATIVE_RE
from mockinterview.coaching.text import Doc, concept, concepts_of, cue, scan

PRESENT_AT = 0.5
ROLE_SHARE = 0.75
ROLE_SURE = 0.7
_FRAMEWORK_GENERIC = frozenset(
    concept(w)
    for w in wordset(
        "situation task action result candidate describe explain clear specific show "
        "mention answer strong good example"
    )
)


CATEGORY_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "situational",
        re.compile(
            r"\bwhat would you do\b|\bhow would you (?:handle|deal|respond|approach|react|manage)\b"
            r"|\bimagine\b|\bsuppose\b|\bif you (?:were|had|found|discovered|noticed|disagreed)\b"
            r"|\bhypothetical",
            re.I,
        ),
    ),
    (
        "behavioral",
        re.compile(
            r"\btell (?:me|us) about a time\b|\bdescribe a (?:time|situation)\b|\bgive (?:me |us )?"
            r"an example\b|\bhave you ever\b|\bwhen (?:did|have) you\b|\ba time (?:when |you )",
            re.I,
        ),
    ),
    (
        "company",
        re.compile(
            r"\bwhy (?:do you want to|would you like to) (?:work|join)\b"
            r"|\bwhy (?:us|this company|our company)\b"
            r"|\bour (?:company|mission|product|values|culture|customers)\b"
            r"|\bwhat do you know about (?:us|our)\b|\bwhy here\b|\bwhy should (?:we|i) hire\b"
            r"|\bwhy (?:are you|you're) (?:interested|applying)\b|\btell (?:me|us) about yourself\b"
            r"|\bwhere do you see yourself\b|\bwhat interests you about\b",
            re.I,
        ),
    ),
    (
        "technical",
        re.compile(
            r"\bhow (?:does|do|would|can|could) (?:a|an|the|you|we|i) (?:design|build|implement|"
            r"scale|optimi[sz]e|debug|test|structure|model|store|index|cache|secure|deploy|"
            r"migrate)\b|\bhow does\b.{0,40}\bwork\b|\bexplain\b|\bdifference between\b|"
            r"\bwhat (?:is|are) (?:a|an|the)\b|\bdesign a\b|\bcomplexity\b|\balgorithm\b|"
            r"\bdatabase\b|\bapi\b|\bcode\b|\bquery\b|\bwalk me through\b",
            re.I,
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class PartHit:
    """How strongly one structural part shows, and in which sentence."""

    strength: float
    sentence: int | None

    @property
    def present(self) -> bool:
        """Whether the part is clearly there."""
        return self.strength >= PRESENT_AT


STORY_MARKERS_FULL = 3


def asks_for_example(question: str) -> bool:
    """Whether the question asks for a real past example (tell me about a time...)."""
    return bool(_BEHAVIORAL_RE.search(question))


def story_markers(doc: Doc) -> int:
    """Past-tense first-person actions and time or place anchors that mark a real story."""
    return len(scan(NARRATIVE_RE, doc))


def infer_category(question: str) -> str:
    """Guess a question's category from its wording."""
    for name, pattern in CATEGORY_CUES:
        if pattern.search(question):
            return name
    return "behavioral"


_BEHAVIORAL_RE = dict(CATEGORY_CUES)["behavioral"]
CompiledPart = tuple[re.Pattern[str], tuple[float, ...]]


def _compile(table: dict[str, tuple[Cue, ...]]) -> dict[str, CompiledPart]:
    """One alternation per part; the matching branch's group names its weight."""
    return {
        part: (
            cue("|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(cues))),
            tuple(weight for _, weight in cues),
        )
        for part, cues in table.items()
    }


_TABLES = {"star": _compile(STAR), "technical": _compile(TECHNICAL), "company": _compile(COMPANY)}


def cue_table(category: str) -> dict[str, CompiledPart]:
    """The compiled cue table that describes good structure for a category."""
    if category in ("technical", "company"):
        return _TABLES[category]
    return _TABLES["star"]


def _sentence_concepts(doc: Doc) -> list[set[str]]:
    content = {id(t) for t in doc.content}
    return [
        {concept(t.lower) for t in doc.tokens[s.first : s.last] if id(t) in content}
        for s in doc.sentences
    ]


def detect(
    doc: Doc,
    cues: dict[str, CompiledPart],
    framework: dict[str, str] | None = None,
    roles: dict[str, list[float]] | None = None,
) -> dict[str, PartHit]:
    """Find each part's strongest sentence, by cue phrases and the sentence-role classifier."""
    n = len(doc.sentences)
    if n == 0:
        return {part: PartHit(0.0, None) for part in cues}
    starts = [s.start for s in doc.sentences]
    sent_concepts = _sentence_concepts(doc) if framework else []
    hits: dict[str, PartHit] = {}
    for part, (pattern, weights) in cues.items():
        totals = [0.0] * n
        seen: set[tuple[int, str | None]] = set()
        for m in scan(pattern, doc):
            idx = max(0, bisect_right(starts, m.start()) - 1)
            if (idx, m.lastgroup) not in seen:
                seen.add((idx, m.lastgroup))
                totals[idx] += weights[int((m.lastgroup or "c0")[1:])]
        wanted = (
            set(concepts_of(framework.get(part, ""))) - _FRAMEWORK_GENERIC if framework else set()
        )
        best, best_idx = 0.0, None
        for i, sentence in enumerate(doc.sentences):
            value = totals[i]
            if wanted:
                shared = len(wanted & sent_concepts[i])
                if value > 0 or shared >= 2:
                    value += min(0.5, 0.2 * shared)
            if roles and part in roles:
                value = ROLE_SHARE * min(1.0, roles[part][i] / ROLE_SURE) + (1 - ROLE_SHARE) * min(
                    1.0, value
                )
            if value <= 0:
                continue
            value = min(1.0, value) * min(1.0, 0.4 + sentence.word_count / 10)
            if n >= 3 and part == "situation" and i / n >= 0.5:
                value *= 0.7
            if n >= 3 and part == "result" and i / n < 0.4:
                value *= 0.7
            if value > best:
                best, best_idx = value, i
        hits[part] = PartHit(round(best, 3), best_idx)
    return hits


_PLAN_MOVES = {move: cue(pattern) for move, pattern in PLAN_MOVES.items()}
PLAN_MOVES_FULL = 2
_OPENS_WITH_A_STEP = cue(
    r"\s*(?:(?:so|okay|ok|well|right|yeah|honestly|um|uh)\W+)*I(?:'d| would| will)(?: not|n't)? "
    r"(?!say|think|guess|imagine|hope|like|probably|just|need|want|try)[a-z]+"
)


def plan_moves(doc: Doc) -> dict[str, int]:
    """How often a plan makes each move: first steps, people, weighing, follow-up.

    A plan that opens with something the candidate would do has made its first step.
    """
    moves = {move: len(scan(pattern, doc)) for move, pattern in _PLAN_MOVES.items()}
    moves["first_steps"] += bool(_OPENS_WITH_A_STEP.match(doc.lower))
    return moves


def plan_breadth(moves: dict[str, int]) -> float:
    """How fully a plan covers its moves, 0-1 (each move counts fully from two cues)."""
    return sum(min(1.0, c / PLAN_MOVES_FULL) for c in moves.values()) / len(moves)


def completeness(category: str, parts: dict[str, PartHit]) -> float:
    """Weighted share of the category's structural parts that the answer shows."""
    weights = PART_WEIGHTS[category]
    return sum(w * min(1.0, parts[p].strength / 0.8) for p, w in weights.items() if p in parts)
