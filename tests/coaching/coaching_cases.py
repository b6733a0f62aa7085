"""Validation set for the offline coaching engine: strong/weak twins and degenerate answers."""

from dataclasses import dataclass, field
from typing import Any

JOB_DESCRIPTION = (
    "Backend Engineer at Northwind Health. We build a telehealth scheduling platform used by "
    "2,000 clinics. You will design and operate Python services on AWS, work with PostgreSQL "
    "and Redis, build reliable APIs, and partner with product and clinical teams. Experience "
    "with system design, caching, monitoring and incident response is expected; HIPAA "
    "compliance experience is a plus. You care about reliability, clear communication and "
    "mentoring other engineers."
)


@dataclass(frozen=True)
class Question:
    """A question with the metadata the question bank would carry."""

    key: str
    question: str
    category: str
    expected_skills: list[str]
    star_framework: dict[str, str] | None
    guidance: str
    strong: str
    weak: str
    extra: dict[str, Any] = field(default_factory=dict)

    def payload(self, answer: str) -> dict[str, Any]:
        """The AnswerInput fields for one answer to this question."""
        return {
            "question": self.question,
            "answer": answer,
            "category": self.category,
            "expected_skills": self.expected_skills,
            "star_framework": self.star_framework,
            "interviewer_guidance": self.guidance,
            "question_uuid": self.key,
        }


CONFLICT = Question(
    key="conflict",
    question="Tell me about a time you had a conflict with a coworker. How did you resolve it?",
    category="behavioral",
    expected_skills=["conflict resolution", "communication", "empathy"],
    star_framework={
        "situation": "A real disagreement with a colleague, with enough context to see what "
        "was at stake.",
        "task": "What the candidate needed to achieve or protect.",
        "action": "Concrete steps the candidate personally took to understand the other view "
        "and resolve the disagreement.",
        "result": "How it ended, ideally measurable, and what the working relationship looked "
        "like afterwards.",
    },
    guidance="Listen for ownership, real listening, and a resolution that served the project "
    "rather than winning the argument. Red flag: blaming the colleague.",
    strong=(
        "At my last job I was a backend engineer on the payments team, and a colleague on the "
        "mobile team and I disagreed about an API change two weeks before a release. He wanted "
        "to rename several fields in the checkout endpoint; I was worried it would break older "
        "app versions that about 30% of our users still ran. My goal was to ship his improvement "
        "without breaking those customers. I asked him for a 30-minute call, listened to why "
        "the rename mattered to him, and pulled the numbers on old app versions from our "
        "analytics dashboard so we were arguing about data rather than opinions. I then "
        "proposed a versioned endpoint: the new field names under v2, with v1 kept for six "
        "months. I wrote the migration plan and paired with him on the client changes. As a "
        "result we shipped on time, we had zero checkout errors from old clients, and v1 "
        "traffic dropped below 2% before we retired it. He later asked me to review his team's "
        "API designs, and I learned that bringing data to a disagreement turns it into a "
        "shared problem."
    ),
    weak=(
        "I had a conflict with a coworker once about some code. We didn't agree on how to do "
        "it. I think we talked about it and eventually it was fine. Communication is really "
        "important so I try to communicate well with everyone."
    ),
)

CACHING = Question(
    key="caching",
    question="How would you design a caching layer to reduce database load for a read-heavy API?",
    category="technical",
    expected_skills=["caching strategy", "cache invalidation", "system design", "Redis"],
    star_framework=None,
    guidance="A strong answer picks a caching strategy, explains invalidation and consistency "
    "trade-offs, and grounds it in an example or numbers. Red flag: caching everything with no "
    "plan for stale data.",
    strong=(
        "I'd start by measuring which queries dominate the load, because caching only helps if "
        "the hot data is a small share of the reads. For a read-heavy API I'd put Redis in "
        "front of Postgres with a cache-aside pattern: the service checks Redis first, and on "
        "a miss it reads from the database and writes the result back with a TTL. The main "
        "trade-off is freshness versus load. A short TTL of, say, 60 seconds keeps data "
        "reasonably fresh but gives fewer hits; for data that must be exact, like account "
        "balances, I'd invalidate the key on every write instead of relying on the TTL. I'd "
        "also protect against a stampede when a popular key expires by using a short lock or "
        "request coalescing. The downside is extra moving parts, so I'd monitor hit rate and "
        "latency in Grafana. For example, at my last job we cached product-catalog responses "
        "this way and cut database CPU from about 80% to 35%, and p95 latency dropped from "
        "240 ms to 60 ms."
    ),
    weak=(
        "I would use a cache like Redis. Caching makes things faster because you don't have to "
        "go to the database every time. You just store the data in the cache and read it from "
        "there. That should reduce the load."
    ),
)

DEADLINE = Question(
    key="deadline",
    question="What would you do if you realized two days before a deadline that your project "
    "would not be finished on time?",
    category="situational",
    expected_skills=["prioritization", "stakeholder management", "communication"],
    star_framework={
        "situation": "Acknowledges the slip as soon as it is visible.",
        "task": "Protect the commitment that matters most to the people depending on it.",
        "action": "Tells stakeholders right away, proposes options such as cutting scope, "
        "adding help or moving the date, and recommends one.",
        "result": "A realistic plan everyone agreed to, and a change that catches slips earlier "
        "next time.",
    },
    guidance="Listen for early, honest escalation with options, not heroics or silence.",
    strong=(
        "First I'd make sure I understand the gap: which pieces are done, which are left, and "
        "how long each really needs, so I'm not guessing when I raise it. My goal would be to "
        "protect what matters most to the people depending on the release, not to hit the date "
        "at any cost. I would tell my manager and the key stakeholders that same day rather "
        "than on the deadline, and I'd bring two or three options: ship the core flow on time "
        "and move the reporting screen to the next sprint, add a person for two days if someone "
        "is free, or move the date by a week. I'd recommend the option with the least customer "
        "impact and explain my reasoning. Once we agreed, I'd update the plan and post a short "
        "daily status so there are no surprises. That way the stakeholders can plan around a "
        "realistic scope, and afterwards I'd look at why the slip wasn't visible earlier, for "
        "example by adding a mid-sprint check on remaining estimates. I did something similar "
        "last year when a vendor integration slipped, and we shipped the core feature on "
        "schedule with the report a week later."
    ),
    weak=(
        "I would probably just work harder and stay late to try to finish it. Maybe I'd tell my "
        "manager if it was really bad. I guess it depends on the situation."
    ),
)

WHY_US = Question(
    key="why_us",
    question="Why do you want to work at Northwind Health?",
    category="company",
    expected_skills=["motivation", "company research", "culture fit"],
    star_framework=None,
    guidance="A strong answer shows specific knowledge of the company's product and mission "
    "and connects it to the candidate's own experience and what they would contribute. Red "
    "flag: a generic answer that could apply to any employer.",
    strong=(
        "I want to work at Northwind Health because your scheduling platform sits at the point "
        "where software decides whether a patient actually gets seen. I've been reading your "
        "engineering blog, and the post on cutting no-show rates with smarter reminders stuck "
        "with me; I also noticed you now serve about 2,000 clinics, so a reliability problem "
        "becomes real missed appointments. That connects with my experience: for the last "
        "three years I've built Python services on AWS for a logistics company, including a "
        "booking API that handles 5 million requests a day, and I led our move to PostgreSQL "
        "read replicas that cut timeouts by 70%. I care about that kind of unglamorous "
        "reliability work. I'd bring it to your team, starting with the scheduling and "
        "notification services, and I'm excited to learn the compliance side, like HIPAA, from "
        "people who do it well."
    ),
    weak=(
        "I want to work here because it seems like a good company and I've heard good things. "
        "I'm looking for a new opportunity to grow my career and I think I would be a good fit."
    ),
)

FAILURE = Question(
    key="failure",
    question="Describe a time you failed. What did you learn from it?",
    category="behavioral",
    expected_skills=["accountability", "learning from mistakes", "resilience"],
    star_framework={
        "situation": "A real failure with consequences, not a disguised strength.",
        "task": "What the candidate was responsible for.",
        "action": "How they owned the mistake, limited the damage and fixed the cause.",
        "result": "What changed afterwards and the lesson they still apply.",
    },
    guidance="Listen for accountability without excuses and a lasting change in behaviour.",
    strong=(
        "In my second year as a data analyst I owned the monthly revenue report for our sales "
        "leadership, and one month I shipped it with a join error that double-counted renewals "
        "and overstated revenue by about 8%. A regional director caught it before the board "
        "meeting, but only just. That was my mistake: I had changed the query under time "
        "pressure and skipped my usual reconciliation against the finance totals. I told my "
        "manager immediately, corrected the report within two hours, and sent a short note to "
        "the directors explaining what was wrong and what the real number was. Then I fixed the "
        "process, not just the query: I added an automated check in our dbt pipeline that fails "
        "if report totals differ from finance by more than 0.5%, and I asked a teammate to "
        "review any query change before month end. In the twelve months after that we had no "
        "reporting errors, and the check caught two upstream data problems. What I learned is "
        "that the shortcut I take under pressure is exactly where I need a safety net."
    ),
    weak=(
        "I failed a project once because the deadline was too tight and some people on the "
        "team didn't do their part. It wasn't really my fault but we still missed it. I learned "
        "that you should always plan better."
    ),
)

THREADS = Question(
    key="threads",
    question="Explain the difference between a process and a thread, and when you would use each.",
    category="technical",
    expected_skills=["concurrency fundamentals", "memory isolation", "Python"],
    star_framework=None,
    guidance="A strong answer explains shared versus separate memory, the cost of each, and "
    "picks between them for CPU-bound and I/O-bound work with a concrete case.",
    strong=(
        "A process is an independent program with its own memory space, while threads live "
        "inside a process and share its memory. That difference drives everything else. "
        "Because threads share memory, they are cheap to create and can exchange data directly, "
        "but you need locks or queues to avoid race conditions. Processes are isolated, so a "
        "crash in one doesn't take down the others, but they cost more to start and have to "
        "communicate through pipes, sockets or shared memory segments. In Python there's an "
        "extra trade-off: the GIL means CPU-bound threads don't run in parallel, so for "
        "CPU-heavy work I'd use multiprocessing, and for I/O-bound work like calling APIs I'd "
        "use threads or asyncio. For example, on my last project we had an image-resizing job "
        "that took 40 minutes with a thread pool; switching to a process pool across 8 cores "
        "brought it down to about 6 minutes, while the part that uploaded files to S3 stayed "
        "on threads because it was waiting on the network."
    ),
    weak=(
        "A process is like a program and a thread is part of a program. Threads are faster I "
        "think. You would use threads when you want things to go faster."
    ),
)

GOAL = Question(
    key="goal",
    question="Give an example of a goal you set and how you reached it.",
    category="behavioral",
    expected_skills=["goal setting", "planning", "measuring progress"],
    star_framework={
        "situation": "A specific, meaningful goal and why it mattered.",
        "task": "What the candidate owned.",
        "action": "The plan, how progress was tracked, and adjustments along the way.",
        "result": "Whether the goal was met, with numbers, and what they would repeat.",
    },
    guidance="Listen for a measurable goal, a deliberate plan and honest tracking.",
    strong=(
        "Last year, as a support team lead, I set a goal to cut our average first-response time "
        "from nine hours to under two, because our satisfaction survey showed slow replies were "
        "the top complaint. I owned the plan. I started by analyzing three months of Zendesk "
        "tickets and found that 40% were password and billing questions that followed the same "
        "few patterns. I wrote twelve reply templates with the team, set up routing rules so "
        "billing tickets went straight to the two people who knew that system, and moved one "
        "person's shift two hours earlier to cover the morning spike. I tracked the numbers "
        "weekly on a shared dashboard and adjusted the routing twice when the queue moved. "
        "After four months our average first response was 1.6 hours, satisfaction rose from "
        "78% to 91%, and we did it without adding headcount. The main thing I took away is "
        "that a goal gets easier once you break it into the few causes that really drive the "
        "number."
    ),
    weak=(
        "I set a goal to be more productive at work. I made a to-do list and tried to stay "
        "focused. It went pretty well and I got more things done."
    ),
)

TEAMMATE = Question(
    key="teammate",
    question="How would you handle a teammate who keeps missing deadlines and is slowing down "
    "the team?",
    category="situational",
    expected_skills=["giving feedback", "empathy", "escalation judgement"],
    star_framework={
        "situation": "Treats repeated misses as a pattern worth understanding, not a character "
        "flaw.",
        "task": "Get the team back on track while keeping the relationship.",
        "action": "Talks privately first, finds the cause, agrees a concrete change, and "
        "escalates with examples only if nothing improves.",
        "result": "Work lands on time again and the teammate feels supported rather than blamed.",
    },
    guidance="Listen for curiosity before judgement and a fair, staged escalation.",
    strong=(
        "I'd start by talking to them privately rather than assuming the worst, because missed "
        "deadlines often have a cause I can't see, like unclear requirements, too much work, or "
        "something personal. My aim would be to get the team's work back on track while "
        "keeping a good relationship with that person. I'd ask open questions, look at two or "
        "three recent tasks together, and check whether the estimates were realistic. If the "
        "problem is scope, I'd help them break tasks into smaller pieces with earlier "
        "check-ins; if it's workload, I'd raise it with our lead so the work can be "
        "rebalanced. I'd also agree on one concrete change, for example a short check-in every "
        "Tuesday and Thursday for the next two sprints. If nothing improves after that, I'd "
        "bring it to our manager with specific examples, so it's handled fairly. When I did "
        "this with a new teammate last year, it turned out he was blocked on access to a "
        "staging database for days at a time; once we fixed that, his tasks started landing on "
        "time within a sprint."
    ),
    weak=(
        "I would tell them they need to meet their deadlines because it affects everyone. If "
        "they keep doing it I would tell the manager."
    ),
)

QUESTIONS = [CONFLICT, CACHING, DEADLINE, WHY_US, FAILURE, THREADS, GOAL, TEAMMATE]

# Degenerate answers: (kind, question, answer). Every one must score 20 or less.
DEGENERATE: list[tuple[str, Question, str]] = [
    ("empty", CONFLICT, ""),
    ("empty", CACHING, "   \n  "),
    (
        "padded",
        CONFLICT,
        "Um, so, like, um, you know, uh, basically, um, like, I mean, uh, you know, um, sort "
        "of, like, um, basically, uh, you know, like, um, conflict, um, uh, like, you know.",
    ),
    (
        "padded",
        CONFLICT,
        "So, um, basically, like, you know, I had a, um, conflict with, like, a coworker, you "
        "know, and, um, basically, like, we, um, sort of talked, you know, and, like, um, it "
        "was, uh, basically fine, you know, like, um, yeah, um, basically, uh, you know.",
    ),
    (
        "rambling",
        CONFLICT,
        "So yeah this was at my old job and the office was near the train station and I used "
        "to take the train every day which was sometimes late and then there was this coffee "
        "place that everyone liked and we would go there a lot and the team was pretty big and "
        "there were lots of meetings and the manager really liked meetings and then the project "
        "kind of happened and it was long and there were many things going on and I remember it "
        "was winter and it was cold and so anyway we did the project and stuff and it went on "
        "for a while and there was this one guy who was kind of difficult I guess but anyway "
        "that's another story and then we had the holiday party which was fun and people "
        "talked about all sorts of things and I think someone brought a cake and so anyway the "
        "project sort of kept going and there were some disagreements about stuff and things "
        "and whatever and then later on it sort of ended and we all moved on to other things "
        "and I changed desks and the new desk was by the window which was nice and so yeah I "
        "guess that was that and anyway it was a long time ago so I don't remember all of it "
        "and stuff.",
    ),
    (
        "rambling",
        CACHING,
        "Well, caching, yeah, so caching is something I've heard a lot about, and my friend "
        "actually works at a big company and they use caching a lot I think, and I remember "
        "one time we were at a conference and someone gave a talk about it, but I don't "
        "remember much of it, and anyway I think caching is about storing things so they're "
        "faster, and there are many kinds, like in the browser and the CPU and stuff, and I "
        "guess you could put it somewhere in front of a database maybe, and then things would"
        " be faster, and so on, but it depends on a lot of things really, and honestly every "
        "company does it differently, so it's hard to say, and I'd probably just look it up "
        "if I needed to, and yeah, that's pretty much what I know about it, I think. My "
        "friend also said that his team spent months on their cache and it still broke all "
        "the time, which was funny, and they had pizza every Friday, and the office had a "
        "ping pong table, so anyway caching is important.",
    ),
    (
        "rambling",
        GOAL,
        "Okay so goals, I have a lot of goals, like personal goals and work goals and fitness"
        " goals. Last year I wanted to run more, and I did run a bit, but then winter came "
        "and it was cold. At work my goal was kind of to get better at things generally. I "
        "read some books, I think one was about habits, it was pretty good, I can't remember "
        "the author. I also wanted to learn Spanish at some point, I downloaded an app. My "
        "manager said goals should be smart, which I guess makes sense, and we talked about "
        "that in a one-on-one once. I think goals are important because they give you "
        "direction and motivation and stuff. So yeah, I try to set goals and reach them, "
        "sometimes I do and sometimes I don't, it depends. Anyway, I think I reached some of "
        "them, more or less, and I'm still working on the others, which is normal I guess, "
        "everyone has goals they're working on.",
    ),
    (
        "off_topic",
        CONFLICT,
        "My favourite holiday was a trip to Portugal with my family. We stayed in a small town "
        "near the coast, ate grilled sardines every evening and walked along the cliffs. The "
        "weather was perfect and the people were friendly. I would love to go back next summer "
        "and maybe learn to surf.",
    ),
    (
        "off_topic",
        CACHING,
        "I really enjoy working with people and I consider myself a strong team player. In my "
        "free time I like to run, bake bread and read books about European history, and last "
        "year I finished my first half marathon with my sister.",
    ),
    (
        "copied_question",
        CONFLICT,
        "You want me to tell you about a time I had a conflict with a coworker and how I "
        "resolved it. A time I had a conflict with a coworker and how I resolved it.",
    ),
    (
        "copied_question",
        CACHING,
        "How would I design a caching layer to reduce database load for a read-heavy API? I "
        "would design a caching layer to reduce the database load for the read-heavy API.",
    ),
    ("gibberish", CONFLICT, "asdf qwerty lkjh zxcvb mnbv poiuy trewq ghjk dfgh sdfg hjkl vbnm"),
    (
        "gibberish",
        CACHING,
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua.",
    ),
    (
        "repeated_sentence",
        CONFLICT,
        "I resolved the conflict by talking to my coworker and we agreed on a plan. " * 10,
    ),
    (
        "keyword_stuffed",
        CONFLICT,
        "Conflict resolution, communication, empathy, leadership, teamwork, collaboration, "
        "problem solving, Python, SQL, AWS, Docker, Kubernetes, agile, scrum, stakeholder "
        "management.",
    ),
    (
        "keyword_stuffed",
        CACHING,
        "Redis caching cache invalidation system design Memcached CDN Postgres TTL cache-aside "
        "write-through Kafka Kubernetes AWS scalability latency throughput sharding",
    ),
]

# A middle rung and a platitude answer: strong > medium > weak, and generic talk stays low.
LADDER: list[tuple[Question, str, str]] = [
    (
        CONFLICT,
        "At my last job a teammate and I disagreed on whether to refactor a module before a "
        "deadline. I thought we should ship first. I set up a quick meeting, we listed the risks, "
        "and agreed to ship and refactor in the next sprint. It worked out and we shipped on time.",
        "Conflict is something that happens in every team, and I think the most important thing "
        "is to communicate openly and respect other people's opinions. I always try to listen "
        "first and understand where the other person is coming from, because usually everyone "
        "wants the same outcome. I believe that if you stay calm and focus on the problem instead "
        "of the person, most conflicts can be resolved. Good communication and empathy are really "
        "the keys to working well with others, and I try to practice them every day.",
    ),
    (
        CACHING,
        "I would put a cache like Redis in front of the database and cache the most common "
        "queries with a TTL. When data changes I'd invalidate the cache key so users don't see "
        "stale data. This reduces the number of reads on the database a lot, but you have to be "
        "careful about consistency.",
        "Caching is a very important concept in software engineering and it is used everywhere, "
        "from CPUs to browsers to CDNs. There are many different types of caches and many "
        "different strategies that you can use depending on the situation. Caching makes systems "
        "faster and more scalable, which is why all the big companies use it. It is important to "
        "think about caching early when designing a system because it can have a big impact on "
        "performance and on the user experience.",
    ),
]


# An unpunctuated speech transcript of a good story: judged on content, not on punctuation.
SPOKEN_QUESTION = "Tell me about a time you worked on a team to solve a hard problem."
SPOKEN_STORY = (
    "yeah so um in my senior design project we were building a robot that had to sort "
    "packages and we had a team of four and the hard part was that the arm kept dropping "
    "things and nobody could figure out why and so I started looking at the sensor data "
    "and I noticed that the readings were really noisy when the motors were running and "
    "so I talked to my teammate who did the electronics and we figured out that the "
    "wiring was picking up interference and so we rerouted the cables and added some "
    "shielding and then I also changed the code to average the readings and after that "
    "the arm stopped dropping things and we were able to finish the demo and it went "
    "really well and the professors liked it and I think I learned that you have to look "
    "at the actual data instead of guessing and also that talking to people with "
    "different skills really helps because I would never have thought about the wiring on"
    " my own and yeah that was basically it"
)
