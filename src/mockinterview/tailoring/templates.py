"""Wording of tailored questions: prompts, STAR outlines and interviewer guidance."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mockinterview.tailoring.schemas import ProbeKind


@dataclass(frozen=True)
class Template:
    """One kind of question, in a few phrasings, with what a strong answer holds."""

    prompts: tuple[str, ...]
    guidance: str
    star: dict[str, str] | None = None
    skills: tuple[str, ...] = field(default=())
    kind: ProbeKind = "claim"


PROJECT_LINE = Template(
    kind="claim",
    prompts=(
        "Your resume says {says}. Walk me through it: what was your part, what was the hardest "
        "call you made, and what would you change if you did it again?",
        "Your resume says {says}. Take me from the start: why it was needed, what you personally "
        "did, and what you would do differently now.",
    ),
    star={
        "situation": "Why {name} was needed and what was at stake for the team or customers.",
        "task": "The part that was theirs, kept distinct from what colleagues did.",
        "action": "Two or three concrete decisions, the options rejected, and who was involved.",
        "result": "What changed, ideally with a number, and an honest lesson for next time.",
    },
    guidance=(
        "Listen for 'I' versus 'we': the candidate should name their own decisions. Probe one "
        "decision in depth. Weak answers describe the project but not their role in it, or "
        "cannot say what they would change."
    ),
    skills=("ownership", "communication", "reflection"),
)

PROJECT_NAMED = Template(
    kind="claim",
    prompts=(
        'Walk me through your project "{name}": what problem did it solve, what was your part, '
        "and what would you change if you started again?",
        'Tell me about "{name}" from your resume. What was the hardest decision you made on it, '
        "and how did it turn out?",
    ),
    star={
        "situation": "What {name} was for, who used it, and the constraints they worked under.",
        "task": "What they set out to build or prove, and what they owned personally.",
        "action": "The key design or process choices, with the trade-offs they considered.",
        "result": "Where it ended up (users, feedback, numbers) and what they would redo.",
    },
    guidance=(
        "A strong answer explains the problem before the solution and names trade-offs. Ask a "
        "follow-up about the one thing that went wrong; vague or purely positive accounts are a "
        "flag."
    ),
    skills=("ownership", "problem solving", "reflection"),
)

ACHIEVEMENT = Template(
    kind="achievement",
    prompts=(
        "Your resume says {says}. How was that measured, and which part of the result was down "
        "to you rather than the team?",
        "Your resume says {says}. Walk me through the numbers: where did you start, what did "
        "you change, and how do you know it was your change that moved them?",
    ),
    star={
        "situation": "The starting point: the baseline figure and why it mattered.",
        "task": "The goal they were given or set themselves, and who else was involved.",
        "action": "The specific changes they made, in order, and why those first.",
        "result": "How the figure ({metric}) was measured, over what period, and what else "
        "could explain it.",
    },
    guidance=(
        "Check that the number holds up: a baseline, a time frame and a way of measuring it. "
        "Strong candidates separate their contribution from the team's and mention other "
        "factors. Be wary of figures they cannot explain."
    ),
    skills=("impact", "analytical thinking", "honesty"),
)

ACHIEVEMENT_SCALE = Template(
    kind="claim",
    prompts=(
        "Your resume says {says}. What did that involve in practice, and how did you know it "
        "was going well?",
        "Your resume says {says}. What was the hardest part of working at that scale, and what "
        "would you set up differently next time?",
    ),
    star={
        "situation": "The context behind the {metric}: team, budget or workload, and the stakes.",
        "task": "What they were accountable for, and how success was judged.",
        "action": "How they organised the work, set priorities and handled problems.",
        "result": "Evidence it went well (outcomes, feedback, numbers) and what they would change.",
    },
    guidance=(
        "Scale alone is not impact: ask what changed because of the candidate. Good answers "
        "show how they planned, delegated and tracked the work."
    ),
    skills=("ownership", "organization"),
)

GAP = Template(
    kind="claim",
    prompts=(
        "I see about {months_text} between {before} and {after}. What were you focused on "
        "during that time, and what did you bring back to work from it?",
        "There's a gap of about {months_text} on your resume after {before}. How did you spend "
        "that time, and how did it shape what you want next?",
    ),
    star={
        "situation": "A brief, matter-of-fact account of why there was a break.",
        "task": "What they wanted to achieve or keep up during it.",
        "action": "What they did: learning, caring, freelancing, job hunting, recovering.",
        "result": "How they are ready now and how it links to this role.",
    },
    guidance=(
        "Gaps are normal; judge the answer, not the gap. A good answer is short, honest and "
        "forward-looking. Do not press for private details (health, family); move on once the "
        "candidate has given a clear account."
    ),
    skills=("self-awareness", "communication"),
)


def _like_gap(*prompts: str) -> Template:
    """A gap question in other words: GAP's parts, guidance and skills."""
    return Template(
        kind="claim", prompts=prompts, star=GAP.star, guidance=GAP.guidance, skills=GAP.skills
    )


TIME_AWAY = _like_gap(
    "Your resume shows {last} ending in {since}. What have you been doing since then, and "
    "what has that time told you about what you want next?"
)
GAP_EXPLAINED = _like_gap(
    'Your resume says "{explained}". What did that time involve, and what did you bring '
    "back to work from it?"
)

STUDYING = Template(
    kind="claim",
    prompts=(
        'Your resume says "{studying}". Where are you with it now, and how will you fit '
        "finishing it around a full-time role?",
    ),
    star={
        "situation": "What the course is and how much of it is left.",
        "task": "What finishing it asks of them: hours, placements, exams, deadlines.",
        "action": "How they have combined study and work so far, and their plan for this job.",
        "result": "When they expect to finish and what the course adds to this role.",
    },
    guidance=(
        "Studying alongside work is common; judge the plan, not the fact. A good answer gives "
        "a realistic finish date, the load that is left and how the candidate has managed both "
        "before."
    ),
    skills=("planning", "commitment"),
)
STUDYING_FOR_THE_ROLE = replace(
    STUDYING,
    kind="gap",
    prompts=(
        'The posting asks for "{wanted}", and your resume says "{studying}". When will you '
        "finish, and how will you fit it around this role until then?",
    ),
)

CAREER_CHANGE = Template(
    kind="motivation",
    prompts=(
        "Your background is mostly as {last_title_a}, and this is {target_a} {target} role. "
        "What is drawing you to the change, and which parts of your experience carry over?",
        "Moving from {last_title} to {target} is a real shift. What have you already done to "
        "prepare, and where do you expect the steepest learning curve?",
    ),
    star={
        "situation": "Where they are now and the moment they decided to change direction.",
        "task": "What they needed to learn or prove to make the move credible.",
        "action": "Concrete steps taken: courses, projects, volunteering, conversations.",
        "result": "Evidence they can do the new work, and skills from {last_title} that transfer.",
    },
    guidance=(
        "Look for a considered reason (pull towards the new work, not only away from the old) "
        "and concrete preparation. Strong answers map old skills to the new role's needs."
    ),
    skills=("motivation", "adaptability", "self-awareness"),
)

INTERNAL_CHANGE = Template(
    kind="motivation",
    prompts=(
        "Your resume shows a move from {prev_title} to {last_title}. What led to that change, "
        "and what from your earlier work still helps you today?",
    ),
    star={
        "situation": "What they were doing as {prev_title} and what prompted a change.",
        "task": "What the move demanded of them.",
        "action": "How they prepared and made the switch.",
        "result": "How it went and what carried over from {prev_title}.",
    },
    guidance=(
        "Listen for a clear, positive reason and for reflection on what transferred. A story "
        "that only criticises the previous job is a flag."
    ),
    skills=("adaptability", "self-awareness"),
)

RESPONSIBILITY_STORY = Template(
    kind="overlap",
    prompts=(
        'This role includes "{quote}". Tell me about a time you did something similar: what was '
        "the situation, what did you do, and how did it turn out?",
        'Part of this job is "{quote}". Give me a real example from your work that shows you can '
        "do that, including something that did not go to plan.",
    ),
    star={
        "situation": "A real, specific occasion that resembles: {quote_short}.",
        "task": "What they were responsible for and what success looked like.",
        "action": "Their own steps, including how they handled people and setbacks.",
        "result": "The outcome with evidence, and what they would repeat in this role.",
    },
    guidance=(
        "The example should be specific (one occasion, not 'I usually') and close to what the "
        "role needs. Probe for what went wrong and how they recovered."
    ),
    skills=("relevant experience", "ownership"),
)

REQUIREMENT_EVIDENCE = Template(
    kind="gap",
    prompts=(
        'The posting asks for "{quote}", and I don\'t see that clearly on your resume. Where in '
        "your background have you done something close to it? Give me one concrete example.",
    ),
    star={
        "situation": "An occasion that comes closest to: {quote_short}.",
        "task": "What they had to deliver and why it was relevant.",
        "action": "What they did, with detail an expert would recognise.",
        "result": "The outcome, and an honest view of any remaining gap and how to close it.",
    },
    guidance=(
        "Credit honest, specific adjacent experience over claims without evidence. A strong "
        "answer admits the gap and shows a plan to close it."
    ),
    skills=("self-awareness", "learning agility"),
)

YEARS_SHORT = Template(
    kind="gap",
    prompts=(
        "The role asks for {required}+ years of experience and your resume shows about {have}. "
        "What in your experience makes up the difference?",
    ),
    star={
        "situation": "The most demanding work they have done so far.",
        "task": "Responsibilities they held that are usually given to more experienced people.",
        "action": "How they handled them, and how they learned fast.",
        "result": "Evidence of the level they work at, such as outcomes or scope.",
    },
    guidance=(
        "Years are a rough proxy. Look for scope, ownership and pace of learning rather than "
        "the number itself."
    ),
    skills=("self-awareness", "learning agility"),
)

MISSING_SKILL = Template(
    kind="gap",
    prompts=(
        "This role needs {skill}, which I don't see on your resume. How would you get up to "
        "speed in your first weeks, and what experience you do have would carry over?",
        "The posting asks for {skill}, and it isn't on your resume. What's the closest thing "
        "you've worked with, and how would you close the gap?",
    ),
    guidance=(
        "An honest 'I haven't used it' followed by a credible learning plan and real adjacent "
        "experience is a good answer. Bluffing about {skill} is a red flag; ask one basic "
        "question about it to check."
    ),
    skills=("learning agility", "self-awareness"),
)

MISSING_CREDENTIAL = Template(
    kind="gap",
    prompts=(
        "The posting requires {skill}, and I don't see it on your resume. Do you hold it, and "
        "if not, what is your plan and timeline for getting it?",
    ),
    guidance=(
        "This is a screening check. A clear yes with dates, or a concrete plan to obtain it, is "
        "enough; do not score it on depth."
    ),
    skills=("eligibility",),
)

MISSING_CREDENTIAL_PLUS = Template(
    kind="gap",
    prompts=(
        "{skill} is listed as a plus for this role. Do you hold it or plan to, and how would it "
        "help you in this job?",
    ),
    guidance=(
        "A nice-to-have credential: do not mark down its absence. Listen for a realistic plan "
        "and an understanding of why it matters for the role."
    ),
    skills=("career development",),
)

MISSING_PREFERRED = Template(
    kind="gap",
    prompts=(
        "{skill} is listed as a plus for this role and isn't on your resume. Have you come "
        "across it at all, and how would you pick it up if the team needed it?",
    ),
    guidance=(
        "This is a nice-to-have, so do not mark down a lack of experience. Listen for curiosity "
        "and a sensible plan to learn it."
    ),
    skills=("learning agility",),
)

RESPONSIBILITY_SCENARIO = Template(
    kind="design",
    prompts=(
        'One responsibility here is "{quote}". Imagine it is your first month and this lands '
        "on your desk. How would you approach it, and who would you talk to first?",
        'Suppose "{quote}" lands on you in a week when the team is two people short. What '
        "would you prioritize, and what would you hand off or put off?",
    ),
    star={
        "situation": "Restate the scenario and the facts they would check first.",
        "task": "What a good outcome looks like and for whom.",
        "action": "A step-by-step plan: people to involve, order of work, risks to manage.",
        "result": "How they would know it worked and what they would report back.",
    },
    guidance=(
        "Look for a structured plan that starts by learning the context and the people involved, "
        "then sets priorities explicitly. Strong candidates say what they would not do."
    ),
    skills=("planning", "prioritization", "stakeholder management"),
)

MISSING_SKILL_SCENARIO = Template(
    kind="gap",
    prompts=(
        "Imagine that in your first week you're asked to fix a problem that needs {skill}, "
        "and you haven't used it before. How do you handle it, and what do you tell your "
        "manager?",
    ),
    star={
        "situation": "A task that depends on {skill}, with a real deadline.",
        "task": "Deliver safely without pretending to know more than they do.",
        "action": "How they would learn fast, whom they would ask, and how they would limit risk.",
        "result": "What they would deliver, and how they would flag remaining risks.",
    },
    guidance=(
        "Good answers balance independence with asking for help early, and are open about "
        "risk. Watch for overconfidence."
    ),
    skills=("learning agility", "communication"),
)

PROJECT_REDO = Template(
    kind="design",
    prompts=(
        'Imagine you had to deliver "{quote}" again with half the time and half the team. '
        "What would you cut, what would you protect, and why?",
    ),
    star={
        "situation": "The original goal and constraints of: {quote_short}.",
        "task": "What must still be true at the end, even with fewer people and less time.",
        "action": "What they would cut or simplify first, and how they would agree it with others.",
        "result": "What would ship, what the risks are, and how they would communicate them.",
    },
    guidance=(
        "Look for clear priorities tied to the goal, not a smaller copy of everything. Strong "
        "answers name what they would drop and who they would consult."
    ),
    skills=("prioritization", "judgment"),
)

SKILL_ADVOCACY = Template(
    kind="overlap",
    prompts=(
        "Suppose you join a team that doesn't use {skill}, and you believe it would solve a "
        "problem they have. How would you make the case, and what would you do if they said no?",
    ),
    star={
        "situation": "The team's problem and why {skill} looks like a fit.",
        "task": "Persuade without forcing the change or ignoring the team's reasons.",
        "action": "How they would gather evidence, run a small trial and involve others.",
        "result": "How the decision would be made, and how they would respond to a no.",
    },
    guidance=(
        "Good answers start by understanding why the team works the way it does, propose a "
        "small, reversible trial, and accept a well-argued no."
    ),
    skills=("influence", "collaboration"),
)

MOTIVATION = Template(
    kind="motivation",
    prompts=(
        "What draws you to {company}, and why this {title} role at this point in your career?",
        "Why {company}? What do you know about it, and what would you want to achieve in your "
        "first year as {title_a}?",
    ),
    guidance=(
        "A strong answer shows research into the organization and links the candidate's own "
        "goals to this specific role. Generic praise that could apply to any employer is weak."
    ),
    skills=("motivation", "company research"),
)
MOTIVATION_NO_TITLE = Template(
    kind="motivation",
    prompts=("Why {company}? What do you know about it, and what would you want to learn there?",),
    guidance=MOTIVATION.guidance,
    skills=MOTIVATION.skills,
)
MOTIVATION_NO_COMPANY = Template(
    kind="motivation",
    prompts=(
        "What makes this {title} role the right next step for you, and what would you want to "
        "achieve in your first year?",
    ),
    guidance=MOTIVATION.guidance,
    skills=MOTIVATION.skills,
)
TRANSITION = Template(
    kind="motivation",
    prompts=(
        "{current} What's prompting the move, and what makes {target} the right next step?",
        "{current} What will you miss about it, and what are you hoping to find in {target}?",
    ),
    guidance=(
        "Look for a positive reason for the move and a clear link between past work and this "
        "role. Criticism of a current employer is a flag; so is an answer with no view of "
        "what they want next."
    ),
    skills=("motivation", "career direction"),
)
STATED_AIM = Template(
    kind="motivation",
    prompts=('Your resume says "{aim}". What is behind that, and {fit}?',),
    guidance=TRANSITION.guidance,
    skills=TRANSITION.skills,
)
NEXT_ROLE = Template(
    kind="motivation",
    prompts=(
        "{current} What are you looking for in your next role, and what would make you turn an "
        "offer down?",
    ),
    guidance=(
        "Listen for a clear sense of direction built on their experience so far. Strong "
        "answers name specific kinds of work, teams or problems, not just title or pay."
    ),
    skills=("motivation", "career direction"),
)
