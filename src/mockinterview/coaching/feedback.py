"""Coaching text for one answer: what worked, what to fix first, what a strong answer adds."""

import re

from mockinterview.coaching.analysis import Analysis
from mockinterview.coaching.bands import band
from mockinterview.coaching.cues import PART_WEIGHTS
from mockinterview.coaching.schemas import AnswerFeedback
from mockinterview.coaching.scoring import COVERAGE_SHARE, score_model
from mockinterview.coaching.voice import clock, pause_fix, steady_delivery, variety_fix

FLAG_FIXES: dict[str, str] = {
    "empty": "Give an answer, even a short one: what happened, what you did and how it ended.",
    "gibberish": "Answer in plain sentences; the text could not be read as an answer.",
    "keyword_list": "Swap the list of skills for one real example that shows two or three of them "
    "in action; interviewers believe stories, not lists.",
    "copied_question": "Don't restate the question. Go straight to a specific example and what "
    "you did in it.",
    "repetitive": "Say each point once. The answer repeats the same words, which reads as "
    "padding; replace repeats with a new detail.",
    "padded": "Cut the filler words. Pause silently instead of saying 'um' or 'like', and let "
    "the content carry the answer.",
    "off_topic": "Answer the question that was asked. This answer is about something else; "
    "open with a sentence that addresses the question directly.",
    "no_reasons": "Say why you want this role and this organisation: what you know about them, "
    "why it fits what you have done and want to do, and what you would bring. This answer "
    "describes your work but never gives a reason.",
    "rambling": "Tighten the answer around one example: context in a sentence or two, what "
    "you did, then the result. Drop the side stories.",
    "bends_rules": "Keep the safety, legal and approval steps in your answer. Skipping them, or "
    "making light of them, is a red flag to an interviewer however good the result was; say "
    "how you got the result within the rules, or why you escalated.",
    "deflects_blame": "Own your part. Interviewers ask about mistakes to hear accountability: "
    "say what you got wrong, what you did to fix it, and what you changed afterwards, "
    "without pointing at others.",
    "no_example": "Use one specific example from your own experience. The question asks about a "
    "time you did this, and general principles don't show that you have.",
    "too_short": "Develop the answer. A few words can't show how you think; aim for one "
    "concrete example in about 150 to 250 words.",
}
PART_FIXES: dict[str, str] = {
    "situation": "Open with a sentence or two of context: where you were, what was at stake.",
    "task": "Say what you were responsible for or trying to achieve before describing actions.",
    "action": "Spell out what you personally did, step by step, using 'I'.",
    "result": "Finish with the result: what changed, ideally with a number, and what you learned.",
    "approach": "Lay out your approach step by step before going into details.",
    "tradeoffs": "Name the trade-offs: what your approach costs and when you would choose "
    "differently.",
    "example": "Ground the explanation in a concrete example, from your work or a worked case "
    "with numbers.",
    "motivation": "Say plainly what draws you to this company, not just to any job.",
    "research": "Mention something specific you know about the company: a product, a recent "
    "launch, its customers or how it works.",
    "fit": "Connect the company to your own experience: what you have done that matches.",
    "contribution": "Say what you would contribute in the role in the first months.",
}
SITUATIONAL_FIXES: dict[str, str] = {
    "situation": "Start by restating the situation in your own words: what is at stake and "
    "for whom.",
    "task": "Say what you would be aiming for before listing steps.",
    "action": "Walk through what you would do, in order, and why each step comes where it does.",
    "result": "Close the plan: say how you would know it worked and what you would do if it "
    "did not.",
}
SITUATIONAL_ADDS: dict[str, str] = {
    "situation": "a quick reading of the situation: what is at stake and for whom",
    "task": "the goal you would set yourself",
    "action": "the steps you would take, in order, with who you would involve",
    "result": "how you would judge that the plan worked, and your fallback if it did not",
}
PLAN_MOVE_ADDS: dict[str, str] = {
    "first_steps": "Where you would start: the first thing you would check or do, and why",
    "people": "Whom you would involve or tell, and when",
    "weighing": "What you would weigh before deciding: the risks, the options, what it depends on",
    "follow_up": "How you would follow up: what you would check, record or change afterwards",
}
PART_NAMES = {
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
    "approach": "Approach",
    "tradeoffs": "Trade-offs",
    "example": "Example",
    "motivation": "Motivation",
    "research": "Company knowledge",
    "fit": "Fit",
    "contribution": "Contribution",
}
PART_ADDS: dict[str, str] = {
    "situation": "a sentence or two of context: where, when, and what was at stake",
    "task": "what you personally were responsible for or aiming at",
    "action": "the specific steps you took yourself, in order",
    "result": "the outcome, measured if possible, and what you took away from it",
    "approach": "a clear approach laid out step by step",
    "tradeoffs": "the costs of the approach and when a different choice would win",
    "example": "a concrete case, from real work or worked through with numbers",
    "motivation": "a specific reason this company appeals to you",
    "research": "something specific about the company's product, customers or direction",
    "fit": "a link between the company's needs and what you have already done",
    "contribution": "what you would take on and improve in your first months",
}
SOLID_PART = 0.7
_RATIO_RE = re.compile(r"[%$€£]|percent|\dx\b")


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 3].rstrip()}..."'


def _weakest_part(a: Analysis) -> str | None:
    weights = {k: v for k, v in _part_weights(a).items() if a.parts[k].strength < 0.5}
    return max(weights, key=lambda k: weights[k] * (1 - a.parts[k].strength)) if weights else None


def _part_weights(a: Analysis) -> dict[str, float]:
    return PART_WEIGHTS[a.category]


def worked(a: Analysis) -> list[str]:
    """Up to four things the answer did well, each backed by a metric."""
    if a.score <= 20 and a.validity.flags:
        return []
    items: list[str] = []
    present = [k for k in _part_weights(a) if a.parts[k].present]
    if len(present) == len(a.parts) and a.category in ("behavioral", "situational"):
        items.append("Complete structure: situation, task, action and result all come through.")
    elif present:
        names = [PART_NAMES[k].lower() for k in present]
        joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        items.append(f"Clear {joined}.")
    action = a.parts.get("action")
    if action and action.strength >= 0.8 and action.sentence is not None:
        s = a.doc.sentences[action.sentence]
        items.append(f"Concrete first-person action: {_quote(a.said(s.start, s.end))}")
    if a.result_figures:
        figures = ", ".join(sorted(a.result_figures, key=lambda n: not _RATIO_RE.search(n))[:3])
        items.append(f"You quantified the outcome ({figures}).")
    elif len(a.spec.numbers) >= 2:
        figures = ", ".join(sorted(a.spec.numbers, key=lambda n: not _RATIO_RE.search(n))[:3])
        items.append(f"Specific figures ({figures}) make it believable.")
    if len(a.spec.tools) >= 2:
        items.append(f"You named the tools and methods you used ({', '.join(a.spec.tools[:4])}).")
    if a.skills.used:
        items.append(f"Shows the skills the question tests: {', '.join(a.skills.used[:4])}.")
    d = a.delivery
    if d.word_count >= 60 and d.per_100(d.filler_count) < 2 and d.per_100(d.hedge_count) < 1:
        fillers = "1 filler word" if d.filler_count == 1 else f"{d.filler_count} filler words"
        items.append(f"Clean, direct delivery: {fillers} in {d.word_count}.")
    steady = steady_delivery(d.voice) if d.voice else None
    if steady:
        items.append(steady)
    if a.we_count and (a.ownership_ratio or 0) >= 0.5:
        items.append(f"Your own role is clear ('I' {a.i_count} times, 'we' {a.we_count}).")
    return items[:4]


def _missing_moves(a: Analysis) -> list[str]:
    """The moves a situational plan never makes, in the order a plan makes them."""
    return [move for move, count in a.plan_moves.items() if count == 0]


def _part_fix(a: Analysis, part: str) -> str:
    if a.category == "situational":
        return SITUATIONAL_FIXES.get(part, PART_FIXES[part])
    return PART_FIXES[part]


def _plan_specifics_fix(a: Analysis) -> str:
    """Ask a plan for the specifics it lacks: figures, the systems it uses, what it aims for."""
    spec = a.spec
    wanted = [
        text
        for text, present in (
            ("how soon you would act or what limit would change your decision", spec.numbers),
            ("the system, form or record you would use", spec.tools),
            ("the outcome you would aim for", spec.outcomes),
        )
        if not present
    ]
    if not wanted:
        return "Make each step of the plan specific: what exactly you would check, and when."
    listed = wanted[0] if len(wanted) == 1 else f"{', '.join(wanted[:-1])} and {wanted[-1]}"
    return f"Add specifics to the plan: {listed}."


def _component_fix(a: Analysis, name: str) -> str:
    d = a.delivery
    if name == "structure":
        missing = _missing_moves(a)
        if missing:
            return f"Add to the plan. {PLAN_MOVE_ADDS[missing[0]]}."
        part = _weakest_part(a)
        return (
            _part_fix(a, part) if part else "Keep the shape; make each part a sentence of its own."
        )
    if name == "specificity" and a.category == "situational":
        return _plan_specifics_fix(a)
    if name == "specificity":
        return (
            "Add concrete detail: a number (time saved, percentage, team size), the tools or "
            "systems involved, and the measurable outcome."
        )
    if name in ("substance", "elaboration"):
        return (
            "Develop the answer; it is too thin to show your thinking. Build it around one example."
        )
    if name == "concreteness":
        return (
            "Swap general claims ('communication is key', 'I always stay positive') for what you "
            "actually did and what happened."
        )
    if name == "story":
        return FLAG_FIXES["no_example"]
    if name in ("relevance", "fit"):
        return (
            "Tie the answer to the question: use its key terms and say how your example answers it."
        )
    if name == "ownership":
        return (
            f"Say 'I' for your own actions: you said 'we' {a.we_count} times and 'I' "
            f"{a.i_count}, so your part is hard to see."
        )
    if name == "coverage":
        missed = a.skills.missed or a.job.missed
        it = "it" if len(missed[:3]) == 1 else "them"
        return f"Show {', '.join(missed[:3])} explicitly; the question is testing for {it}."
    worst = min(d.sub_scores, key=lambda k: d.sub_scores[k])
    if worst == "fillers":
        top = ", ".join(f"'{w}'" for w, _ in d.fillers.most_common(3))
        if d.voice and d.voice.fillers:
            times = ", ".join(clock(f.start) for f in d.voice.fillers[:3])
            return f"Cut the fillers ({top}; heard at {times}); pause silently instead."
        return f"Cut the fillers ({top}); pause silently instead."
    if worst == "hedges":
        top = ", ".join(f"'{w}'" for w, _ in d.hedges.most_common(2))
        return f"Drop hedges like {top}: state what you did and what you think."
    if worst == "pace" and d.words_per_minute:
        direction = "Slow down" if d.words_per_minute > 170 else "Pick up the pace"
        return f"{direction}: {d.words_per_minute:.0f} words a minute; aim for 120 to 160."
    if worst == "pauses" and d.voice and d.voice.pauses:
        return pause_fix(d.voice)
    if worst == "vocal_variety" and d.voice:
        return variety_fix(d.voice)
    if worst == "repetition":
        return "Avoid repeating the same phrases; each sentence should add something new."
    return "Break long sentences up: one idea per sentence is easier to follow."


FLAG_ORDER = tuple(FLAG_FIXES)


def _weights(a: Analysis) -> dict[str, float]:
    """How much each component moves this answer's score (coverage when skills are known)."""
    weights = dict(score_model().weights)
    if "coverage" in a.components:
        weights["coverage"] = 4 * COVERAGE_SHARE
    return weights


def fix_first(a: Analysis) -> str:
    """The single change that would raise this answer's score the most."""
    for flag in FLAG_ORDER:
        if flag in a.validity.flags:
            better = a.meaning.better_question
            if flag == "off_topic" and better:
                return f"{FLAG_FIXES[flag]} It reads as an answer to {_quote(better, 120)}"
            return FLAG_FIXES[flag]
    weights = _weights(a)
    gains = {k: weights[k] * (1 - a.components[k]) for k in weights if k in a.components}
    best = max(gains, key=lambda k: gains[k])
    if gains[best] < 0.02:
        return "Keep this shape; tighten the wording so the result lands in the last sentence."
    return _component_fix(a, best)


def strong_answer_adds(a: Analysis) -> list[str]:
    """What a strong answer to this question would include that this one lacks."""
    framework = a.answer.star_framework or {}
    weights = _part_weights(a)
    missing = sorted(
        (p for p in weights if a.parts[p].strength < SOLID_PART),
        key=lambda p: -weights[p] * (1 - a.parts[p].strength),
    )
    defaults = SITUATIONAL_ADDS if a.category == "situational" else PART_ADDS
    adds = [
        f"{PART_NAMES[p]}: {framework.get(p, '').strip() or defaults.get(p, PART_ADDS[p])}"
        for p in missing[:3]
    ]
    adds += [f"{PLAN_MOVE_ADDS[move]}." for move in _missing_moves(a)[:2]]
    guidance = (a.answer.interviewer_guidance or "").strip()
    if guidance:
        adds.append(f"What interviewers listen for: {guidance}")
    adds += [f"Evidence of {skill}, shown through something you did." for skill in a.skills.missed]
    if a.spec.score < 0.5 and a.category != "situational":
        adds.append("Numbers and names: how much, how many, how long, and which tools or teams.")
    return adds[:5]


def summary(a: Analysis) -> str:
    """One sentence that sums up the answer."""
    head = f"{band(a.score)} answer ({a.score}/100)"
    if "empty" in a.validity.flags:
        return f"{head}: no answer was given."
    flags = [f for f in a.validity.flags if f in FLAG_FIXES]
    if flags:
        return f"{head}: flagged as {flags[0].replace('_', ' ')}, which caps the score."
    strongest = max(
        ("structure", "specificity", "delivery", "relevance"), key=lambda k: a.components[k]
    )
    weights = _weights(a)
    gains = {k: w * (1 - a.components[k]) for k, w in weights.items() if k in a.components}
    weakest = max(gains, key=lambda k: gains[k])
    if gains[weakest] < 0.02:
        return f"{head}: strong on every measure."
    return f"{head}: strongest on {strongest}; most room to grow in {weakest}."


def answer_feedback(a: Analysis) -> AnswerFeedback:
    """All coaching text for one answer."""
    return AnswerFeedback(
        worked=worked(a),
        fix_first=fix_first(a),
        strong_answer_adds=strong_answer_adds(a),
        summary=summary(a),
    )
