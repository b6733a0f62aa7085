"""Choosing one follow-up question from the engine's own analysis of an answer.

The gap comes from the same findings the report uses (`summary.issues`, the validity flags);
the question quotes the candidate's own words so it reads as a reply, not a template.
"""

import re
from dataclasses import dataclass

from mockinterview.coaching.analysis import Analysis, analyze
from mockinterview.coaching.schemas import AnswerInput
from mockinterview.coaching.summary import issues

QUOTE_WORDS = 14
CLEARLY_MISSING = 0.3  # a part weaker than this is absent, not just thin
RED_FLAG = re.compile(r"red flags?(?: is|:)?\s+(?P<flag>[^.;]+)", re.IGNORECASE)
STORY = ("behavioral", "situational")


@dataclass(frozen=True, slots=True)
class FollowUp:
    """The gap found in an answer and the question that probes it."""

    gap: str  # result | ownership | example | tradeoffs | red_flag
    prompt: str
    quote: str


def quote(words: str, limit: int = QUOTE_WORDS) -> str:
    """The candidate's words, cut to a short quotation."""
    parts = words.strip().rstrip(".!?").split()
    if len(parts) <= limit:
        return " ".join(parts)
    return " ".join(parts[:limit]).rstrip(",;:—-") + "…"


def _sentence(a: Analysis, index: int | None) -> str:
    sentences = a.doc.sentences
    if not sentences:
        return ""
    chosen = sentences[index if index is not None and index < len(sentences) else 0]
    return a.said(chosen.start, chosen.end)


def _we_sentence(a: Analysis) -> str:
    for sentence in a.doc.sentences:
        if any(t.lower == "we" for t in a.doc.tokens[sentence.first : sentence.last]):
            return a.said(sentence.start, sentence.end)
    return _sentence(a, 0)


def red_flag(guidance: str | None) -> str | None:
    """The red flag the question's guidance names, if it names one."""
    match = RED_FLAG.search(guidance or "")
    return match.group("flag").strip() if match else None


def _missing(a: Analysis, part: str) -> bool:
    """Whether a structural part is clearly absent (not merely weak)."""
    hit = a.parts.get(part)
    return hit is not None and hit.strength < CLEARLY_MISSING


def choose_gap(a: Analysis) -> str | None:
    """The clearest gap worth one follow-up, from the engine's findings (None: none clear)."""
    found = set(issues(a))
    if "degenerate" in found:
        return None  # the answer missed the question; a follow-up would not rescue it
    no_outcome = not a.result_figures and not a.spec.outcomes
    if a.category in STORY and "result" in found and _missing(a, "result") and no_outcome:
        return "result"
    if "ownership" in found:
        return "ownership"
    technical = a.category == "technical"
    if "no_example" in a.validity.flags or (
        technical and "example" in found and _missing(a, "example")
    ):
        return "example"
    if technical and "tradeoffs" in found and _missing(a, "tradeoffs"):
        return "tradeoffs"
    if red_flag(a.answer.interviewer_guidance) and "thin" in found:
        return "red_flag"
    return None


def write(gap: str, a: Analysis) -> FollowUp:
    """The follow-up for a gap, in the candidate's own words."""
    if gap == "result":
        action = a.parts.get("action")
        said = quote(_sentence(a, action.sentence if action else None))
        prompt = (
            f"You said “{said}”. What happened in the end, and how did you measure whether "
            "it worked?"
        )
    elif gap == "ownership":
        said = quote(_we_sentence(a))
        prompt = f"You said “{said}”. What did you personally do there, as opposed to the team?"
    elif gap == "example":
        said = quote(_sentence(a, 0))
        prompt = (
            f"You said “{said}”. Can you tell me about one specific time you did that: when it "
            "was, what you did, and how it turned out?"
        )
    elif gap == "tradeoffs":
        approach = a.parts.get("approach")
        said = quote(_sentence(a, approach.sentence if approach else None))
        prompt = (
            f"You suggested “{said}”. What does that cost, and in which situation would it "
            "break down or be the wrong choice?"
        )
    else:
        flag = red_flag(a.answer.interviewer_guidance) or ""
        said = quote(_sentence(a, 0))
        prompt = (
            f"You said “{said}”. One thing interviewers check here is {flag[0].lower()}"
            f"{flag[1:]}. How would you show that does not apply to your approach?"
        )
    return FollowUp(gap=gap, prompt=prompt, quote=said)


def follow_up_for(answer: AnswerInput) -> FollowUp | None:
    """Analyse one answer (in a coaching process) and return its follow-up, if it needs one."""
    a = analyze(answer)
    gap = choose_gap(a)
    return write(gap, a) if gap else None
