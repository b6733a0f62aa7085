"""Detection of degenerate answers and the multiplier that caps their score."""

import re
from dataclasses import dataclass, field

from mockinterview.coaching.lexicon import NAMED_TOOLS, STOPWORDS, TECH_CONCEPTS
from mockinterview.coaching.text import Doc, cue, scan

_IMPLAUSIBLE_RE = re.compile(r"[^aeiouy\W\d_]{6,}|(\w)\1\1|^[^aeiouy\W\d_]{3,}$", re.I)
_DIGRESSION_RE = cue(
    r"\banyway(?:s)?\b|\bby the way\b|\blong story short\b|\bwhere was i\b|\banother story\b"
    r"|\bside note\b|\btangent\b|\bbut yeah\b|\bso yeah\b|\band stuff\b|\bor whatever\b"
    r"|\band so on\b|\bblah\b"
)
_DEFLECTION_RE = cue(
    r"\b(?:not|wasn't|was not|isn't|is not) (?:really |entirely |actually )?my (?:fault|mistake)\b"
    r"|(?<!not )(?<!n't )(?<!nt )(?<!being )\b(?:(?:their|his|her|the other team's"
    r"|management's) (?:fault|problem|mistake)|(?:the|their|his|her) [\w-]+(?:'s|s') fault)\b"
    r"|\bnone of (?:that|it|this) was (?:down to|on) me\b"
    r"|\bI (?:don't|do not|never|rarely) (?:really )?(?:make|made) (?:many |any )?mistakes\b"
    r"|\bI (?:can't|cannot|don't) (?:really )?(?:think of|remember) (?:a|any) (?:time|mistake)\b"
    r"|\b(?:i|we)(?: \w+)? blamed? (?:them|him|her|the|it on)\b"
    r"|\bincompetent\b|\b(?:weren't|wasn't|aren't|isn't|not) competent\b"
    r"|\b(?:was|were) (?:just |completely |totally )?(?:useless|lazy|clueless|hopeless)\b"
    r"|\b(?:not|wasn't|isn't) (?:really )?on me\b|\bnot my (?:problem|job|responsibility)\b"
    r"|\b(?:some|those) (?:customers|clients|people|patients|members|guests|residents) are just"
    r" like that\b"
    r"|\b(?:he|she|they)(?:'s|'re| is| are| was| were) free to (?:sell|shop|go"
    r"|take (?:it|his|her|their) (?:business|custom|trade)) (?:somewhere|elsewhere)\b"
)
_RULE_BENDING_RE = cue(
    r"\b(?:rules?|procedures?|polic(?:y|ies)|process|regulations?) (?:are|is) there but\b"
    r"|\b(?:nobody|no one) (?:picked it up|noticed|(?:would|will|is going to) (?:know|notice"
    r"|check|find out))\b"
    r"|(?<!n't )(?<!nt )(?<!not )(?<!never )\b(?:cut(?:ting)? (?:a few )?corners|bend(?:ing)? the"
    r" rules)\b|\boff the books\b"
    r"|\bbackdat\w+ (?:the |a |an |my |our |their )?(?:\w+ )?(?:signatures?|documents?|forms?"
    r"|records?|entr(?:y|ies)|logs?|timesheets?|invoices?|contracts?|paperwork|certificates?"
    r"|checks?|notes)\b"
    r"|\bit's not (?:like it's )?lying\b|\bmassag\w+ the (?:numbers|figures|data)\b"
    r"|\b(?:legal|compliance|hr|safety|security|audit)(?: team)?(?: sometimes| always| can)?"
    r" (?:gets?|is|are|be) (?:fussy|picky|annoying|paranoid|a pain)\b"
    r"|\b(?:wouldn't|won't|don't|didn't) (?:really )?make a (?:big )?deal\b"
    r"|\bno point (?:in )?(?:bothering|telling|reporting|escalating|involving)\b"
    r"|\b(?:didn't|don't|wouldn't) (?:want to )?wait for (?:maintenance|approval|legal|sign-?off"
    r"|the (?:engineer|inspector|supervisor|lockout))\b"
    r"|\b(?:skip|skipped|skipping) (?:the )?(?:lockout|harness|safety checks?|inspection"
    r"|paperwork|sign-?off)\b"
    r"|\b(?:decided|chose|opted) not to (?:write (?:it|this) up|report|log|record|document"
    r"|escalate|disclose|declare)\b"
    r"|\b(?:paperwork|forms|process|bureaucracy|red tape) for (?:its own sake|the sake of it)\b"
    r"|\b(?:raising|reporting|logging|declaring|disclosing) it (?:formally )?(?:now )?would"
    r" (?:trigger|mean|start|cause)\b"
    r"|\b(?:re-?ran|re-?run|repeated|re-?tested|kept (?:re-?running|running|testing|trying))\b"
    r"[^.]{0,60}\buntil (?:it|they|the \w+) (?:passed|came back (?:in|within|ok|fine|clean))\b"
    r"|\bwhether (?:it's|it is|it was|they're|they are|they were) needed or not\b"
    r"|\bwhether (?:they|the customer|customers|people) (?:need|needed) (?:it|them) or not\b"
    r"|\b(?:didn't|don't|did not|do not|couldn't) see (?:the|much|any) point (?:of|in) (?:making"
    r"|reporting|logging|writing|telling|raising|flagging|escalating)\b"
    r"|\b(?:adjusted|changed|altered|tweaked|amended|edited|fudged) the (?:\w+ )?(?:entry|entries"
    r"|records?|figures|numbers|logs?|readings?|totals?) so (?:that )?(?:it|they|the \w+)"
    r" (?:balanced|matched|looked|added up|tallied)\b"
    r"|\b(?:creates?|leaves?) a paper trail\b|\b(?:more trouble|more hassle) than (?:it's|it is)"
    r" worth\b"
    r"|\bwouldn't put it (?:on|in) (?:an|the|a) (?:incident|accident|shift|near[- ]miss)\b"
)
_LISTY = NAMED_TOOLS | TECH_CONCEPTS
OFF_TOPIC = 0.05
DEFLECTION_PENALTY = 0.75
RULE_BENDING_PENALTY = 0.75
RED_FLAG_CAP = 35.0
"""Blame or bent rules, which a fair interviewer weighs heavily, make even a fluent answer a 2."""
RAMBLING_CAP = 18.0
SPOKEN_RAMBLING_CAP = 45.0
"""Heavy rambling in speech costs a grade (a decent answer hard to follow is a 3), not three."""
DISFLUENT_FILLERS = 2.0  # per 100 words: a transcript that stumbles, not one that flows
DISFLUENT_REPEATS = 0.01


@dataclass(slots=True)
class Validity:
    """Flags for degenerate answers and the resulting score multiplier and cap."""

    flags: list[str] = field(default_factory=list)
    multiplier: float = 1.0
    cap: float = 100.0
    function_word_ratio: float = 0.0

    def limit(self, flag: str, cap: float) -> None:
        """Record a flag that caps the score."""
        self.flags.append(flag)
        self.cap = min(self.cap, cap)


def assess(
    doc: Doc,
    *,
    raw_words: int,
    spoken: bool,
    off_topic: bool,
    no_reasons: bool,
    filler_count: int,
    repetition: float,
    relevance: float,
    question_overlap: float | None,
    novel_concepts: int,
    novel_ratio: float,
    structure: float,
    specificity: float,
    generic: float,
    term_hits: int,
) -> Validity:
    """Flag degenerate answers (empty, padded, copied, off-topic, gibberish...) and set the cap."""
    v = Validity()
    words = len(doc.tokens)
    if words == 0:
        v.limit("empty", 0.0)
        return v
    lowers = [t.lower for t in doc.tokens]
    v.function_word_ratio = round(sum(1 for w in lowers if w in STOPWORDS) / words, 3)
    if words < 12:
        v.limit("too_short", 10.0)
    share = filler_count / raw_words
    if share >= (0.4 if spoken else 0.25):
        v.limit("padded", 12.0)
    elif share > 0.1 and not spoken:
        v.multiplier *= 1.0 - (share - 0.1) * 3.0
    if repetition >= 0.4:
        v.limit("repetitive", 12.0)
    elif repetition > 0.2:
        v.multiplier *= 1.0 - (repetition - 0.2) * 2.5
    alpha = {
        t.lower
        for t in doc.content
        if len(t.lower) > 2 and t.lower not in _LISTY and not t.text.isupper() and t.lower.isalpha()
    }
    odd = sum(1 for w in alpha if _IMPLAUSIBLE_RE.search(w)) / len(alpha) if alpha else 0.0
    listy = (sum(1 for w in lowers if w in _LISTY) + term_hits) / words
    commas = doc.text.count(",") + doc.text.count("\n") + doc.text.count(";")
    if words >= 4 and (
        odd >= 0.35 or (v.function_word_ratio < 0.2 and listy < 0.3 and commas / words < 0.3)
    ):
        v.limit("gibberish", 5.0)
    elif words >= 4 and (
        v.function_word_ratio < 0.2 or (v.function_word_ratio < 0.35 and commas / words >= 0.3)
    ):
        v.limit("keyword_list", 12.0)
    copied = question_overlap is not None and question_overlap >= 0.5
    if copied and novel_ratio < 0.4 and novel_concepts < 8:
        v.limit("copied_question", 10.0)
    if (off_topic or relevance < OFF_TOPIC) and words >= 12:
        v.limit("off_topic", 20.0)
    elif no_reasons and words >= 12:
        v.limit("no_reasons", 20.0)
    if scan(_DEFLECTION_RE, doc):
        v.limit("deflects_blame", RED_FLAG_CAP)
        v.multiplier *= DEFLECTION_PENALTY
    if scan(_RULE_BENDING_RE, doc):
        v.limit("bends_rules", RED_FLAG_CAP)
        v.multiplier *= RULE_BENDING_PENALTY
    disfluent = None
    if spoken:
        disfluent = 100 * share >= DISFLUENT_FILLERS or repetition >= DISFLUENT_REPEATS
    if words >= 150 and _rambling(
        doc, lowers, relevance, structure, specificity, generic, disfluent
    ):
        v.limit("rambling", SPOKEN_RAMBLING_CAP if spoken else RAMBLING_CAP)
    v.multiplier = max(0.0, min(1.0, v.multiplier))
    return v


def _rambling(
    doc: Doc,
    lowers: list[str],
    relevance: float,
    structure: float,
    specificity: float,
    generic: float,
    disfluent: bool | None,
) -> bool:
    """Three or more rambling signals, at least one of them about wandering content.

    disfluent: for a transcript, whether it stumbles (fillers, repeated words); None if typed.
    """
    words = len(lowers)
    lengths = doc.raw_sentence_lengths
    avg = sum(lengths) / len(lengths) if lengths else 0.0
    and_rate = 100.0 * lowers.count("and") / words
    digressions = len(scan(_DIGRESSION_RE, doc))
    wandering = digressions >= 2 or relevance < 0.5 or generic > 2.5
    run_on = (doc.punctuated and avg > 32) or and_rate > (5.5 if doc.punctuated else 8.0)
    signals = [
        run_on,
        generic > 1.5,
        digressions >= 2,
        relevance < 0.5,
        structure < 0.5,
        specificity < 0.3,
        words > 350,
    ]
    if disfluent is not None and not (disfluent or run_on or digressions >= 2 or words > 350):
        return False  # a fluent transcript the engine cannot place is not rambling
    return wandering and sum(signals) >= 3
