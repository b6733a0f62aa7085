"""Word lists used by the offline coaching engine."""


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text, as a set."""
    return frozenset(text.split())


STOPWORDS: frozenset[str] = wordset(
    """
    a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't
    do does doesn't doing don't down during each few for from further had hadn't has hasn't
    have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most
    mustn't my myself no nor not of off on once only or other ought our ours ourselves out
    over own same shan't she she'd she'll she's should shouldn't so some such than that
    that's the their theirs them themselves then there there's these they they'd they'll
    they're they've this those through to too under until up very was wasn't we we'd we'll
    we're we've were weren't what what's when when's where where's which while who who's
    whom why why's will with won't would wouldn't you you'd you'll you're you've your yours
    yourself yourselves just really quite get got gets getting go going went gone one ones
    thing things lot lots something anything everything nothing much many well yeah yes okay
    ok oh like um uh umm uhh er erm ah hmm mm even still yet though although whether every
    either neither may might must shall us its via per etc also within without upon onto
    around across along among since rather whatever however e.g i.e
    """
)

# Words that carry the question's form rather than its topic.
QUESTION_BOILERPLATE: frozenset[str] = wordset(
    """
    tell describe give example share walk explain talk please time times situation describe
    instance moment occasion question answer specific specifically think kind sort recent
    recently past ever approach would could should handle handled
    """
)

FILLER_WORDS: tuple[str, ...] = ("um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm")
VAGUE_WORDS: frozenset[str] = wordset(
    """
    stuff things thing whatever anyway anyways somehow somewhere etc blah
    """
)

NAMED_TOOLS: frozenset[str] = wordset(
    """
    python java javascript typescript golang rust c++ c# ruby php scala kotlin swift sql
    nosql postgres postgresql mysql sqlite mongodb redis memcached kafka rabbitmq sqs sns
    docker kubernetes k8s helm aws gcp azure terraform ansible jenkins github gitlab git jira
    confluence slack excel tableau looker salesforce hubspot figma react angular vue svelte
    node.js nodejs django flask fastapi spring rails graphql grpc s3 ec2 lambda
    dynamodb elasticsearch opensearch spark hadoop airflow dbt snowflake bigquery redshift
    pandas numpy pytorch tensorflow scikit-learn sklearn linux nginx celery prometheus grafana
    datadog sentry pagerduty splunk cloudflare oauth jwt cassandra webpack ios android flutter
    unity sap oracle zendesk notion asana trello kubectl protobuf .net dotnet hive presto
    powerbi mlflow jupyter vercel heroku netlify selenium playwright pytest junit cypress
    """
)

TECH_CONCEPTS: frozenset[str] = wordset(
    """
    api apis endpoint microservice microservices monolith cache caching queue queues index
    indexes indexing database databases schema query queries latency throughput replication
    sharding partition partitioning load balancer cdn http https tcp udp dns rest json
    concurrency thread threads async lock locks transaction transactions consistency
    availability algorithm complexity memory cpu server servers client deploy deployment
    pipeline pipelines test tests testing unit integration monitoring logging metrics alert
    alerts scale scaling scalable distributed storage encryption authentication authorization
    hash table tree graph array list recursion binary search sort sorting container containers
    cluster node nodes request requests response rollback migration ci cd kpi okr sla
    """
)

GENERIC_JOB_WORDS: frozenset[str] = wordset(
    """
    experience experienced years year team teams role roles work working strong ability able
    candidate candidates responsibilities responsibility requirements required require including
    include plus preferred looking join skills skill knowledge excellent good great degree
    bachelor bachelors equivalent opportunity company position job ideal must help new
    environment fast-paced paced fast passionate self motivated highly proven track record
    related field minimum bonus benefits salary apply location remote office hybrid day days time
    full part across based various multiple ensure support etc want seeking seek offer offers
    join hire hiring us our you we who will wide range deep solid familiarity familiar understanding
    demonstrated ideally nice least well within best level senior junior mid lead responsible
    engineer engineers build building built expected expect care need needs run runs
    daily use using make makes get
    """
)

WORK_CONTEXT: frozenset[str] = wordset(
    """
    team project manager client customer colleague coworker stakeholder deadline company
    product role job work worked working meeting release launch deliver delivered goal
    feature code system users user data business report engineer engineering lead sprint
    budget plan process deploy deployed production design review feedback teammate
    department office organization service support sales marketing quarter responsible task
    problem issue solution decided result results improve improved
    """
)

# Groups of words that count as the same idea when matching questions, skills and terms.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("conflict", "disagree", "disagreement", "argument", "argue", "dispute", "tension", "clash"),
    ("coworker", "colleague", "peer", "cowork"),
    ("manager", "boss", "supervisor", "director"),
    ("lead", "leader", "leadership", "mentor", "mentored", "coach", "guide", "led"),
    ("deadline", "timeline", "schedule", "due", "crunch", "late", "overdue"),
    (
        "failure",
        "fail",
        "failed",
        "mistake",
        "setback",
        "error",
        "wrong",
        "missed",
        "overlooked",
        "oversight",
        "broke",
        "broken",
        "incorrect",
        "misjudged",
        "underestimated",
        "fault",
        "regret",
        "blunder",
    ),
    (
        "handle",
        "handled",
        "deal",
        "dealt",
        "respond",
        "responded",
        "address",
        "addressed",
        "fix",
        "fixed",
        "recover",
        "recovered",
        "rollback",
        "remedy",
        "correct",
        "corrected",
    ),
    ("success", "achievement", "accomplish", "accomplishment", "proud", "win", "won"),
    ("initiative", "proactive", "volunteer", "volunteered", "unprompted"),
    ("ambiguity", "ambiguous", "unclear", "uncertain", "uncertainty", "vague", "unknown"),
    ("teach", "train", "training", "onboard", "onboarding", "tutor"),
    ("customer", "client", "user", "stakeholder"),
    ("priority", "prioritize", "prioritise", "triage", "urgent", "juggle", "competing"),
    ("learn", "learned", "learnt", "lesson", "taught"),
    ("improve", "optimize", "optimise", "enhance", "speed", "faster"),
    ("scale", "scalable", "scalability", "throughput", "traffic", "load"),
    ("cache", "caching", "redis", "memcached", "cdn"),
    ("database", "db", "sql", "postgres", "postgresql", "mysql", "query", "queries"),
    ("test", "testing", "qa", "coverage"),
    ("debug", "bug", "troubleshoot", "diagnose", "investigate"),
    ("design", "architecture", "architect"),
    ("communicate", "communication", "explain", "present", "presentation", "discuss"),
    ("team", "teamwork", "collaborate", "collaboration", "together", "cross-functional"),
    ("change", "adapt", "adjust", "pivot", "adaptability"),
    ("motivate", "motivation", "passion", "passionate", "excite", "excited", "drawn"),
    ("company", "organization", "organisation", "firm", "employer"),
    ("mission", "values", "vision", "purpose", "culture"),
    ("pressure", "stress", "stressful", "overwhelm", "overwhelmed"),
    ("goal", "objective", "target", "aim", "okr"),
    ("feedback", "criticism", "critique", "critic"),
    ("weakness", "struggle", "shortcoming"),
    ("strength", "strong", "strengths"),
    ("analyze", "analyse", "analysis", "analytics", "analyst", "analytical"),
    ("persuade", "convince", "influence", "negotiate", "negotiation", "pitch", "buy-in"),
    (
        "difficult",
        "hard",
        "tough",
        "challenging",
        "challenge",
        "angry",
        "upset",
        "frustrated",
        "unhappy",
        "complaint",
        "complain",
        "irate",
        "escalate",
        "escalated",
    ),
    ("decision", "decide", "choose", "choice"),
    ("api", "endpoint", "rest", "http", "grpc"),
    ("latency", "performance", "slow", "fast", "speed"),
    ("concurrency", "concurrent", "thread", "parallel", "async", "lock"),
    ("security", "secure", "auth", "authentication", "encryption", "vulnerability"),
    ("outage", "incident", "downtime"),
    ("deploy", "deployment", "release", "rollout", "ship"),
    ("problem-solving", "problem", "solve", "solution", "resolve", "resolution"),
)
