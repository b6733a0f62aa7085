"""Whether an answer is the kind its question asks for, read from how it opens and what it gives.

Two stock mismatches that sentence similarity misses when the answer stays in the field: an
answer that opens as the stock answer to another common question (what you are proudest of,
your weakness, your goals, how you came to the field, why you want the job), and a "why us"
answer that never gives a reason, mentions the organisation or speaks to the interviewer.
"""

import re
from typing import NamedTuple

from mockinterview.coaching.text import cue

OPENING_WORDS = 40
REASONS_MIN_WORDS = 40
_NEGATED_RE = re.compile(r"\b(?:not|n't|never|less|hardly)\s+(?:\w+\s+)?(?:proud|proudest)\b")
_ORGANISATIONS = (
    r"(?:team|company|firm|organi[sz]ation|practice|department|group|bank|agency|studio|lab"
    r"|school|hospital|clinic|council|office|service|business|brand|charity|trust|society)"
)


_SETBACK_ASKED = cue(
    r"fail|mistake|wrong|conflict|disagree|bad news|critic|critique|feedback|weakness"
    r"|regret|setback|ignored|reject|\blost\b|missed|refus|complain|upset|angry|ethic"
    r"|fell (?:apart|through|short)|(?:didn't|did not) (?:go|work)|went badly|backfire"
    r"|disappoint|struggl"
)
"""What a story question asks about when a success story, however good, is not the answer."""


class StockAnswer(NamedTuple):
    """An answer's opening that belongs to another common question, and when it is asked for."""

    question: str
    opening: re.Pattern[str]
    asked_by: re.Pattern[str]
    company_fits: bool
    story_fits_unless: re.Pattern[str] | None = None
    cues_needed: int = 1
    """Distinct cues the opening must hold (one alone is common context in other answers)."""


STOCK_ANSWERS = (
    StockAnswer(
        "What are you proudest of?",
        cue(
            r"\b(?:proudest|most proud|(?:really|particularly|very|especially|genuinely) proud"
            r"|i'm proud|i am proud|(?:biggest|greatest|best) (?:achievement|accomplishment))\b"
        ),
        cue(r"proud|achiev|accomplish|success|\bbest\b|favou?rite|highlight|rewarding|yourself"),
        True,
        _SETBACK_ASKED,
    ),
    StockAnswer(
        "What is your greatest weakness?",
        cue(
            r"\b(?:my|one of my|a|one) (?:biggest |greatest |main |real |key )?weakness(?:es)?\b"
            r"|\b(?:area for improvement|development area|area i(?:'m| am) working on)\b"
        ),
        cue(r"weakness|improv|develop|feedback|critic|mistake|fail|grow|struggl|yourself|learn"),
        False,
    ),
    StockAnswer(
        "What is your greatest strength?",
        cue(r"\b(?:my|one of my) (?:biggest |greatest |main |key |top )?strengths? (?:is|are)\b"),
        cue(
            r"strength|good at|\bbring|offer|skill|yourself|\bbest\b|stand out|hire|qualif"
            r"|describe you|colleagues say|known for"
        ),
        False,
        _SETBACK_ASKED,
    ),
    StockAnswer(
        "Where do you see yourself in a few years?",
        cue(
            r"\b(?:my (?:main |long-term |long term |career |big |ultimate )?goals? (?:is|are|for"
            r"|over)|i see myself|(?:five|three|ten|5|3|10) years from now,? i"
            r"|in (?:the next )?(?:five|three|ten|two|5|3|10|2|a few|a couple of) years,? "
            r"(?:i|i'd|i'll|i'm|my)\b)"
        ),
        cue(r"years?|future|goal|career|see yourself|next|plan|ambition|aspir|long.term|grow"),
        True,
    ),
    StockAnswer(
        "Why did you choose this career?",
        cue(
            r"\bi (?:\w+ly )?(?:first )?(?:got|came|fell|stumbled|ended up) into "
            r"(?!a |an |the |trouble|it |this |that )\w[\w -]{1,40}? (?:through|because|when"
            r"|after|via|during|by|kind of|sort of|almost|from)\b"
            r"|\bi started (?:out|off)\b.{0,80}\b(?:university|uni|college|degree|studied"
            r"|studying|masters|course)\b|\bi grew up (?:in|on|near|around|with)\b"
            r"|\bi chose (?:to (?:become|study|go into|work in) )?[\w -]{1,30}? because\b"
            r"|\bi(?:'ve| have) always wanted to (?:be|become|work in)\b"
            r"|\b(?:ever )?since i was (?:a kid|a child|little|young|small|a teenager|\d+|four|five"
            r"|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b"
            r"|\b(?:has|have) always been (?:a )?(?:big |huge )?part of my life\b"
            r"|\bi grew up (?:bilingual|speaking)\b"
            r"|\bwhat (?:got|drew|brought) me (?:into|to) (?:this|the) (?:field|profession|work"
            r"|industry|career|job)\b"
        ),
        cue(
            r"\bwhy\b|choos|chose|career|field|profession|background|yourself|became|interest"
            r"|motivat|passion|drew you|got you"
        ),
        True,
    ),
    StockAnswer(
        "Tell me about yourself.",
        cue(
            r"\bmy name is\b|\bmyself [a-z]+\b|\bi(?:'m| am) (?:originally )?from\b"
            r"|\boriginally from\b|\b(?:a bit|a little) about (?:me|myself)\b"
            r"|\bi(?:'ve| have) been (?:in|working in|doing) [\w -]{2,30} for "
            r"(?:about |over |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen"
            r"|twenty) years\b"
            r"|\bi started (?:out |off )?as an? \w+|\bi did my (?:diploma|degree|course|training"
            r"|apprenticeship)\b|\bstraight out of (?:school|college|uni)\b|\bthanks for asking\b"
        ),
        cue(
            r"yourself|about you|background|your (?:experience|career|journey|resume|cv|story)"
            r"|walk me through your (?:resume|cv|background|career)|introduc|who you are"
        ),
        True,
        cues_needed=2,
    ),
    StockAnswer(
        "Why did you leave your last job?",
        cue(
            r"\bi left (?:my |the )?(?:last |previous |old )?(?:job|company|role|employer|position"
            r"|firm|place)\b|\bthe reason i(?:'m| am)? (?:left|leaving|looking to leave)\b"
            r"|\bi(?:'m| am) leaving (?:my |the )?(?:current |last )?(?:job|company|role)\b"
        ),
        cue(
            r"\bleav|\bleft\b|\bwhy\b|\bmov(?:e|ing)\b|chang|looking|next|quit|resign"
            r"|new (?:role|job|challenge)"
        ),
        False,
    ),
    StockAnswer(
        "Why do you want to work here?",
        cue(
            r"\b(?:i(?:'ve| have) been following (?:your|the)|i(?:'ve| have) (?:long |always )?"
            r"admired (?:your|the)|the reason i applied|what (?:draws|drew|attracts|attracted) me"
            r" to|i(?:'m| am) applying|i (?:really )?(?:want|wanted|would like|'d like|'d love)"
            r" to (?:work (?:for|at)|join) (?:your|you|this|the) (?:[\w']+ ){0,2}"
            rf"{_ORGANISATIONS})"
        ),
        cue(r"\bwhy\b|want|interest|draw|attract|motivat|appl(?:y|ied)|\bjoin|choos|chose"),
        True,
    ),
)
_TO_THE_INTERVIEWER_RE = cue(
    rf"\b(?:you|your|you're|yours|you've|here|this (?:role|job|position|{_ORGANISATIONS}"
    r"|opportunity))\b"
)
_REASONS_RE = cue(
    r"\b(?:i|i'm|i'd|i've)(?: am| would| have| was| really| always| also| genuinely| most"
    r"| especially| honestly)* (?:want\w*|like|love\w*|drawn|attracted|interested|excited|keen"
    r"|hope|hoping|admire\w*|appreciate\w*|see|chose|choose|applied|apply\w*|looking|enjoy\w*"
    r"|care|believe|feel)\b|\b(?:because|reasons?|why|mission|values|fit|motivat\w*|draws? me"
    r"|appeals? to me|excites me|in (?:five|three|ten|5|3|10) years)\b"
)
_QUESTION_NAME_RE = re.compile(r"(?<=\s)[A-Z][\w'-]+(?:\s+(?:&\s+)?[A-Z][\w'-]+)*")
"""A name in the question ("Rowan Glass Studio"); an answer uses it by its first word."""


def _opening(text: str) -> str:
    """The answer's first words, lower-cased, with plain apostrophes."""
    words = text.replace("’", "'").lower().split()
    return " ".join(words[:OPENING_WORDS])


def other_question(answer: str, question: str, category: str) -> str | None:
    """The common question this answer opens by answering, when it is not the one asked."""
    opening = _opening(answer)
    asked = question.replace("’", "'").lower()
    for stock in STOCK_ANSWERS:
        cues = {m.group() for m in stock.opening.finditer(opening)}
        if len(cues) < stock.cues_needed or _NEGATED_RE.search(opening):
            continue
        if (category == "company" and stock.company_fits) or stock.asked_by.search(asked):
            continue
        unless = stock.story_fits_unless
        if category == "behavioral" and unless is not None and not unless.search(asked):
            continue
        return stock.question
    return None


def gives_reasons_to_you(answer: str) -> bool:
    """Whether an answer speaks to the interviewer (you, here, this role) and gives reasons."""
    low = answer.replace("’", "'").lower()
    return bool(_TO_THE_INTERVIEWER_RE.search(low) and _REASONS_RE.search(low))


def gives_no_reasons(answer: str, question: str, category: str) -> bool:
    """A motivation answer of some length with no reason, no "you" and no name from the question."""
    if category != "company" or len(answer.split()) < REASONS_MIN_WORDS:
        return False
    low = answer.replace("’", "'").lower()
    if _TO_THE_INTERVIEWER_RE.search(low) or _REASONS_RE.search(low):
        return False
    names = {n.split()[0].lower() for n in _QUESTION_NAME_RE.findall(question) if n != "I"}
    return not any(re.search(rf"\b{re.escape(n)}\b", low) for n in names)
