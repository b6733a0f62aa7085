"""Interview-level coaching text: strengths, areas to improve, recommendations, summary."""

from collections import Counter

from mockinterview.coaching.analysis import Analysis
from mockinterview.coaching.bands import band
from mockinterview.coaching.lexicon import FILLER_WORDS, STOPWORDS, wordset
from mockinterview.coaching.schemas import DimensionScore, WordCount

DIMENSION_NAMES = {
    "communication": "Communication",
    "technical_knowledge": "Technical knowledge",
    "problem_solving": "Problem solving",
    "confidence": "Confidence",
}
RECOMMENDATIONS: dict[str, str] = {
    "degenerate": "Before answering, put the question in five words of your own and make sure "
    "your first sentence addresses it with a real example.",
    "result": "For every story, write the last sentence first: the outcome with a number (time, "
    "money, percentage, people) and one thing you learned.",
    "action": "Rewrite one story as the three things you personally did, each starting with "
    "'I', then practice saying it aloud.",
    "situation": "Open each story with one sentence of context: where you were, when, and what "
    "was at stake.",
    "specificity": "Before your next practice, note three numbers from each project you might "
    "mention (scale, improvement, deadline) so they are ready when you need them.",
    "fillers": "Record a two-minute answer, count the fillers, and replace each with a short "
    "pause until you are under two per hundred words.",
    "hedges": "Replace 'I guess' and 'maybe' with direct statements; keep qualifiers for real "
    "uncertainty and say what you would do to resolve it.",
    "tradeoffs": "In every technical answer, add one sentence that starts 'The trade-off is' and "
    "one that says when you would choose differently.",
    "example": "Pair each technical explanation with a system you have built or used, and one "
    "number about it.",
    "company": "Prepare three specific facts about the company (product, customers, a recent "
    "change) and link one of them to your own experience.",
    "ownership": "When describing teamwork, say once what the team did, then switch to 'I' for "
    "your own part.",
    "thin": "Aim for 150 to 250 words per answer: one example, told with context, actions and "
    "a result.",
    "rambling": "Use a three-part outline (context, actions, result) and stop after the result; "
    "practice against a two-minute timer.",
    "skills": "Review the skills each question targets and prepare one short example for each.",
}
_EXCLUDE = (
    STOPWORDS
    | frozenset(FILLER_WORDS)
    | wordset(
        "two three four five six seven eight nine ten last first next time way day days "
        "able sure want lot bit"
    )
)


def issues(a: Analysis) -> list[str]:
    """Recommendation keys that apply to one answer."""
    found: list[str] = []
    flags = set(a.validity.flags)
    if flags & {
        "empty",
        "gibberish",
        "keyword_list",
        "copied_question",
        "off_topic",
        "no_reasons",
        "too_short",
    }:
        found.append("degenerate")
    if "rambling" in flags:
        found.append("rambling")
    weak = {k for k, hit in a.parts.items() if hit.strength < 0.5}
    if a.category in ("behavioral", "situational"):
        found += [k for k in ("result", "action", "situation") if k in weak]
    elif a.category == "technical":
        found += [k for k in ("tradeoffs", "example") if k in weak]
    elif weak & {"research", "fit"}:
        found.append("company")
    d = a.delivery
    if a.spec.score < 0.5:
        found.append("specificity")
    if d.per_100(d.filler_count) > 3:
        found.append("fillers")
    if d.per_100(d.hedge_count) > 1.5:
        found.append("hedges")
    if a.we_count >= 3 and (a.ownership_ratio or 0) < 0.35:
        found.append("ownership")
    if a.components["substance"] < 0.5 and "degenerate" not in found:
        found.append("thin")
    if a.skills.coverage is not None and a.skills.coverage < 0.5:
        found.append("skills")
    return found


def most_used_words(analyses: list[Analysis], limit: int = 10) -> list[WordCount]:
    """The candidate's most frequent meaningful words."""
    counts: Counter[str] = Counter(
        t.lower
        for a in analyses
        for t in a.doc.tokens
        if len(t.lower) > 2 and t.lower not in _EXCLUDE and not t.lower[0].isdigit()
    )
    return [WordCount(word=w, count=c) for w, c in counts.most_common(limit) if c > 1]


def strengths(analyses: list[Analysis], dims: dict[str, DimensionScore]) -> list[str]:
    """What the candidate did well across the interview."""
    out: list[str] = []
    for key, dim in sorted(dims.items(), key=lambda kv: -kv[1].score):
        if dim.score >= 70:
            out.append(f"{DIMENSION_NAMES[key]} ({dim.score}/100) is a strength.")
    valid = [a for a in analyses if a.components["validity"] >= 0.8]
    n = len(analyses)
    quantified = sum(1 for a in valid if a.spec.numbers and a.spec.outcomes)
    if quantified >= max(2, n / 2):
        out.append(f"Quantified outcomes in {quantified} of {n} answers.")
    stories = [a for a in valid if a.category in ("behavioral", "situational")]
    complete = sum(1 for a in stories if all(hit.present for hit in a.parts.values()))
    if complete >= 2:
        out.append(f"Complete situation-task-action-result stories in {complete} answers.")
    tools = {t for a in valid for t in a.spec.tools}
    if len(tools) >= 3:
        out.append(f"Named concrete tools and systems ({', '.join(sorted(tools)[:5])}).")
    return out[:5]


def areas(analyses: list[Analysis], dims: dict[str, DimensionScore]) -> list[str]:
    """What held the interview back, most common first."""
    out = [
        f"{DIMENSION_NAMES[k]} ({d.score}/100) needs work."
        for k, d in sorted(dims.items(), key=lambda kv: kv[1].score)
        if d.score < 60
    ]
    counts = Counter(key for a in analyses for key in issues(a))
    n = len(analyses)
    labels = {
        "degenerate": "did not address the question",
        "result": "had no clear result",
        "action": "did not show your own actions",
        "situation": "lacked context",
        "specificity": "lacked numbers, names or outcomes",
        "fillers": "had many filler words",
        "hedges": "hedged a lot",
        "tradeoffs": "did not weigh trade-offs",
        "example": "had no concrete example",
        "company": "showed little knowledge of the company",
        "ownership": "hid your part behind 'we'",
        "thin": "were too thin to show your thinking",
        "rambling": "rambled",
        "skills": "missed skills the question targets",
    }
    out += [f"{c} of {n} answers {labels[k]}." for k, c in counts.most_common(4)]
    return out[:6]


def recommendations(analyses: list[Analysis]) -> list[str]:
    """Concrete practice steps for the most frequent issues."""
    counts = Counter(key for a in analyses for key in issues(a))
    recs = [RECOMMENDATIONS[k] for k, _ in counts.most_common(5)]
    return recs or [
        "Keep practicing with harder questions: ask for senior-level prompts and time each "
        "answer to two minutes."
    ]


def coaching_paragraph(
    analyses: list[Analysis], overall: int, dims: dict[str, DimensionScore], recs: list[str]
) -> str:
    """A short paragraph that sums up the interview."""
    if not analyses:
        return "No answers were given, so there is nothing to coach yet."
    ranked = sorted(dims.items(), key=lambda kv: kv[1].score)
    best = max(analyses, key=lambda a: a.score)
    worst = min(analyses, key=lambda a: a.score)
    text = (
        f"{band(overall)} interview overall ({overall}/100 across {len(analyses)} answers). "
        f"Your strongest dimension is {DIMENSION_NAMES[ranked[-1][0]].lower()} "
        f"({ranked[-1][1].score}) and the weakest is {DIMENSION_NAMES[ranked[0][0]].lower()} "
        f"({ranked[0][1].score}). "
    )
    if len(analyses) > 1 and best.score != worst.score:
        text += (
            f'Your best answer ({best.score}) was to "{clip(best.answer.question, 80)}"; '
            f'the weakest ({worst.score}), to "{clip(worst.answer.question, 80)}", shows the '
            "most room to grow. "
        )
    return text + f"Next step: {recs[0][0].lower()}{recs[0][1:]}"


def clip(text: str, limit: int) -> str:
    """Text cut at a word boundary to at most limit characters, with an ellipsis if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "..."
