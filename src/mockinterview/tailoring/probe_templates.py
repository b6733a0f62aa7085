"""Wording of the planned probes: gaps, overlaps, design problems and the scope of a role."""

from mockinterview.tailoring.templates import Template

_STAR = {
    "situation": "The real setting: the team, the stakes and the constraints.",
    "task": "What was theirs to decide or deliver, kept apart from the team's part.",
    "action": "Concrete steps and the trade-offs behind them, including what they rejected.",
    "result": "What changed, how they know, and what they would do differently.",
}

GAP_WITH_CLOSEST = Template(
    kind="gap",
    prompts=(
        "This role needs {what}, and I don't see it on your resume; the closest thing I find is "
        "where it says {closest}. How far does that experience carry, and what would you need "
        "to learn in your first months here?",
        "The posting asks for {what}. Your resume comes nearest where it says {closest}. What "
        "have you actually done with {what}, and how would you close the gap quickly?",
    ),
    guidance=(
        "An honest answer names the gap and a concrete plan to close it; a strong one shows a "
        "related skill that transfers and how quickly they learned something similar before. "
        "Be wary of claims that the gap does not matter."
    ),
    star=_STAR,
    skills=("learning agility", "self-awareness"),
)

GAP_LEVEL = Template(
    kind="gap",
    prompts=(
        "The posting asks for {need}, and your resume says {closest}. What can you do with "
        "{what} today, and how would you reach the level this role needs?",
    ),
    guidance=(
        "Listen for an honest account of the current level with an example of real use, and a "
        "concrete plan with a time frame; claiming the stronger level without evidence is a flag."
    ),
    star=_STAR,
    skills=("self-awareness", "learning agility"),
)
GAP_PLAIN = Template(
    kind="gap",
    prompts=(
        "This role needs {what}, and I don't see it on your resume. What have you done that "
        "comes closest, and how would you get up to speed here?",
        "The posting asks for {what}. Where have you used it, or something like it, and what "
        "would your plan be to become productive with it?",
    ),
    guidance=(
        "Look for honesty about the gap, related experience that transfers, and a realistic "
        "learning plan with a time frame."
    ),
    star=_STAR,
    skills=("learning agility", "self-awareness"),
)

GAP_CREDENTIAL = Template(
    kind="gap",
    prompts=(
        "The posting asks for {what}, and I don't see it on your resume. Do you hold it or are "
        "you working toward it, and what in your experience already covers the same ground?",
    ),
    guidance=(
        "Listen for a plain answer about the credential (held, in progress with a date, or not "
        "started) and a realistic plan; related experience helps, but should not be passed off "
        "as the credential itself."
    ),
    star=_STAR,
    skills=("self-awareness", "planning"),
)

OVERLAP = Template(
    kind="overlap",
    prompts=(
        'This job involves "{need}", and your resume says {says}. Take me through that work in '
        "detail: what you decided yourself, what went wrong, and what you would carry over here.",
        'We need someone for "{need}". Your resume says {says}. What was the hardest problem in '
        "that work, how did you solve it, and what would you do differently in this role?",
    ),
    star=_STAR,
    guidance=(
        "This is the candidate's strongest match with the job, so go deep: ask for specifics, "
        "numbers and the trade-offs they weighed. Strong answers separate their own decisions "
        "from the team's and connect the experience to this role's needs."
    ),
    skills=("depth", "ownership"),
)

SYSTEM_DESIGN = Template(
    kind="design",
    prompts=(
        'Let\'s design something this team owns: "{duty}". Sketch the main components and the '
        "data they keep, then tell me how it stays correct when parts fail and how it copes "
        "with ten times the load. What would you build first?",
        'A design exercise from this job: "{duty}". What are the key requirements, what would '
        "your architecture look like, and where are the failure modes and trade-offs?",
    ),
    guidance=(
        "Strong candidates clarify requirements and scale before drawing boxes, name the data "
        "model, discuss failure handling (retries, idempotency, consistency) and trade-offs, "
        "and say how they would monitor it. Weak answers list technologies without reasoning."
    ),
    skills=("system design", "problem solving", "trade-offs"),
)

PROBLEM_SOLVING = Template(
    kind="design",
    prompts=(
        'Here is a problem from this job: "{duty}". Suppose it is going badly in your first '
        "month. How would you work out what is wrong, what would you do first, and how would "
        "you know it was fixed?",
        'Part of this role is "{duty}". Walk me through how you would handle it on a day when '
        "everything goes wrong at once: what you check, whom you involve, and what you decide.",
    ),
    star=_STAR,
    guidance=(
        "Look for a structured approach: gathering facts first, setting priorities explicitly, "
        "involving the right people, and checking the outcome. Strong candidates say what they "
        "would not do."
    ),
    skills=("problem solving", "judgment", "prioritization"),
)

ROLE_SCOPE = Template(
    kind="claim",
    prompts=(
        'Your resume lists "{role}". What {tense} that role accountable for, which decisions '
        "were yours rather than the team's or your manager's, and which one would you make "
        "differently now?",
        'Tell me about "{role}" on your resume: how big was the scope, what were you '
        "accountable for, and what is the decision there you are proudest of?",
    ),
    star=_STAR,
    guidance=(
        "Check that the scope matches the title: people led, budget or systems owned, and "
        "decisions made. Strong answers give numbers and name trade-offs; vague ones describe "
        "the team's work rather than their own."
    ),
    skills=("ownership", "leadership", "judgment"),
)
