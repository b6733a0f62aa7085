"""Field-specific wording: skill-depth prompts and scenarios typical of each field."""

SKILL_LEADS = {
    "shared": (
        "Your resume and this role both involve {skill}.",
        "This role relies on {skill}, and it's on your resume.",
    ),
    "preferred": ("{skill} is listed as a plus for this role, and it's on your resume.",),
    "resume": ("You list {skill} on your resume.", "Your resume mentions {skill}."),
}

SKILL_DEPTH: dict[str, tuple[str, ...]] = {
    "software": (
        "Describe the hardest {skill} problem you've had to solve. How did you find the cause, "
        "and what did you change?",
        "What's a {skill} mistake you've seen, or made, in production? How would you catch it "
        "in review today?",
        "How do you keep a {skill} codebase easy to change as it grows? Give me concrete "
        "practices you've used.",
    ),
    "data": (
        "Tell me about a piece of work where {skill} was central. How did you check the results "
        "were right before anyone relied on them?",
        "What limits of {skill} have you run into, and what did you do when you hit them?",
    ),
    "devops": (
        "Describe an incident where {skill} was involved. How did you find the cause, and what "
        "did you change so it would not happen again?",
        "How have you set up {skill} so a bad change can be rolled back safely? Walk me through "
        "a real setup.",
    ),
    "design": (
        "Walk me through how you used {skill} on a recent piece of work, from brief to handoff. "
        "Where did the design change because of feedback?",
        "How do you decide when work done with {skill} is ready to test with users, and what do "
        "you do with results that contradict you?",
    ),
    "finance": (
        "Walk me through work where you relied on {skill}. Which assumptions mattered most, and "
        "how did you test them?",
        "How do you check your own {skill} work for errors before it reaches a decision-maker?",
    ),
    "sales": (
        "How have you used {skill} to win or grow an account? Give me one deal and the numbers "
        "behind it.",
        "Tell me about a deal you lost where {skill} was part of your approach. What would you "
        "do differently?",
    ),
    "marketing": (
        "Tell me about a campaign where {skill} was central. What was the goal, which metric "
        "did you watch, and what did you change mid-flight?",
        "How do you tell whether {skill} work is paying off? Walk me through the numbers you "
        "look at.",
    ),
    "healthcare": (
        "Walk me through a recent shift where {skill} mattered. What did you notice first, and "
        "what did you do next?",
        "How do you keep your {skill} practice safe when the team is short-staffed or busy? "
        "Give me a concrete example.",
    ),
    "health_it": (
        "How do you keep your {skill} documentation accurate and timely on a busy shift? Give me "
        "an example where it mattered for a patient.",
        "Tell me about a time {skill} got in the way of patient care. What did you do, and did "
        "you raise it with anyone?",
    ),
    "education": (
        "Describe a class or learner where your usual approach to {skill} didn't work. What did "
        "you change, and how did you know it helped?",
        "How do you use {skill} to find out whether learners have actually learned something, "
        "not just finished it?",
    ),
    "operations": (
        "Tell me about a process where you applied {skill}. What did you measure before and "
        "after, and what resistance did you meet?",
        "If you took over an operation where {skill} had been neglected, what would you look at "
        "in your first two weeks?",
    ),
    "hr": (
        "Walk me through a case where {skill} was at the center of your work. How did you "
        "balance what the business wanted with fairness to the people involved?",
        "How do you judge whether your {skill} work is effective? Which numbers or signals do "
        "you rely on?",
    ),
    "legal": (
        "Describe a matter where {skill} was critical. What was the risk, and how did you make "
        "sure nothing was missed?",
        "How do you explain the outcome of {skill} work to a non-lawyer who must decide quickly?",
    ),
    "consulting": (
        "Tell me about an engagement where {skill} shaped your recommendation. How did you get "
        "the client to act on it?",
        "How would you structure {skill} work for a client you've never worked with before?",
    ),
    "general": (
        "How have you used {skill} in your work? Give me one concrete example and what came of it.",
        "What does someone who is really good at {skill} do differently from someone who is "
        "average? Where are you on that scale?",
    ),
}

SKILL_GUIDANCE = (
    "Look for first-hand detail: specific tools, numbers, trade-offs and mistakes. Ask one "
    "follow-up that goes a level deeper than the first answer; rehearsed or generic answers "
    "usually run out there."
)

SCENARIO_STAR = {
    "situation": "The facts they would confirm first and the people affected.",
    "task": "What a good outcome looks like under the constraints given.",
    "action": "A clear order of steps, who they would involve, and what they would communicate.",
    "result": "How they would know it was resolved and what they would change afterwards.",
}
FIELD_SCENARIOS: dict[str, tuple[str, ...]] = {
    "software": (
        "You've just shipped a change and error rates start climbing, but the release also "
        "included two teammates' work. What do you do in the first fifteen minutes?",
    ),
    "data": (
        "A stakeholder needs a number by tomorrow, and you find a problem in the source data "
        "that could change the answer. What do you do?",
    ),
    "devops": (
        "A deploy goes out late on a Friday and half the health checks start failing. Walk me "
        "through your first steps.",
    ),
    "design": (
        "Engineering says your design will take twice as long as planned, and the launch date "
        "can't move. How do you handle it?",
    ),
    "finance": (
        "Just before a board pack goes out, you find an error in a figure leadership has already "
        "seen. What do you do?",
    ),
    "sales": (
        "A prospect you've worked for months goes quiet a week before the contract was due to be "
        "signed. What do you do?",
    ),
    "marketing": (
        "Halfway through a campaign, results are well below target and half the budget is "
        "spent. What do you do?",
    ),
    "healthcare": (
        "Two of your patients need you at the same moment: one reports new chest pain, the other "
        "is a family upset about a discharge. How do you prioritize, and what do you say to each?",
    ),
    "education": (
        "A parent emails, upset that their child's grade is unfair, and copies the principal. "
        "How do you respond?",
    ),
    "operations": (
        "A key supplier tells you a critical shipment will be two weeks late. What are your "
        "next steps?",
    ),
    "hr": (
        "A manager wants to dismiss an employee quickly, but the documentation is thin. How do "
        "you handle it?",
    ),
    "legal": (
        "A business team wants to sign a contract today, and you've found a clause that exposes "
        "the company to serious risk. What do you do?",
    ),
    "consulting": (
        "Midway through an engagement, the client's sponsor disputes your main finding in front "
        "of their team. How do you respond?",
    ),
    "general": (
        "You're given a deadline you believe can't be met with the people and time available. "
        "What do you do?",
    ),
}
FIELD_SCENARIO_GUIDANCE = (
    "Look for calm prioritization, early and honest communication, and a plan that protects "
    "the people affected. Follow up by changing one constraint and seeing if the plan adapts."
)
