"""Phrase cues that reveal the parts of a well-structured answer."""

from mockinterview.coaching.phrases import OUTCOME_PATTERN

Cue = tuple[str, float]

_ACTION_VERBS = (
    r"(?:scheduled|organi[sz]ed|set up|met|talked|spoke|reached out|proposed|suggested|wrote|"
    r"implemented|built|created|designed|introduced|started|decided|analy[sz]ed|asked|reviewed|"
    r"prioriti[sz]ed|listened|refactored|migrated|automated|added|fixed|tested|documented|"
    r"coordinated|negotiated|presented|explained|escalated|investigated|researched|identified|"
    r"broke|split|delegated|mentored|trained|tracked|measured|rewrote|replaced|rolled|deployed|"
    r"drafted|mapped|interviewed|gathered|collected|compared|convinced|pitched|aligned|clarified|"
    r"called|emailed|sat down|paired|profiled|benchmarked|monitored|traced|reproduced|simplified|"
    r"redesigned|led|ran|took|made|used|worked|helped|focused|pushed|offered|volunteered|changed|"
    r"moved|chose|agreed|brought|planned|wrote|shared|invited|hosted|booked|followed up|"
    r"checked|opened|closed|cut|dug|looked|went|sent|asked|got|pulled|put|framed|laid out|"
    r"walked|showed|set|kept|stayed|owned|handled|managed|restructured|reorgani[sz]ed|created)"
)


def _cues(*pairs: Cue) -> tuple[Cue, ...]:
    return pairs


STAR: dict[str, tuple[Cue, ...]] = {
    "situation": _cues(
        (
            r"\b(?:at|in|during|on) my (?:last|previous|current|first|old|former|second) "
            r"(?:job|role|company|position|team|internship|employer|workplace|project)\b",
            0.7,
        ),
        (r"\bwhen I was (?:working|at|an?|the|in|leading|on)\b", 0.6),
        (
            r"\b(?:last|this|that|one|a few|two|three|several) "
            r"(?:years?|quarters?|summers?|months?|semesters?|weeks?)(?: ago)?\b",
            0.5,
        ),
        (
            r"\b(?:we|our team|the team|the company|my team|the project|our product) "
            r"(?:was|were|had)\b",
            0.5,
        ),
        (
            r"\bthere (?:was|were)\b|\bat the time\b|\bthe (?:context|background|situation) was\b",
            0.5,
        ),
        (r"\bI was (?:working|a|an|the|part of|on|leading|one of)\b", 0.5),
        (
            r"\b(?:in|during) my first (?:days?|weeks?|months?|year|semester|quarter)\b"
            r"|\bas an? (?:\w+ ){0,2}(?:analyst|engineer|developer|manager|intern|designer|"
            r"nurse|teacher|consultant|assistant|associate|coordinator|specialist|"
            r"representative|student|lead|administrator|accountant|recruiter)\b",
            0.5,
        ),
        (r"\b(?:worked|working) (?:at|for|as)\b", 0.4),
        (r"\b(?:if|when|suppose|assuming|in (?:that|this|a) (?:situation|scenario|case))\b", 0.3),
    ),
    "task": _cues(
        (
            r"\bmy (?:role|job|task|responsibility|goal|assignment|objective|part|mandate) "
            r"(?:was|is|would be)\b",
            0.8,
        ),
        (r"\bI was (?:responsible|asked|tasked|assigned|in charge|expected|supposed|hired)\b", 0.8),
        (
            r"\bI (?:owned|was the (?:owner|lead|point person))\b"
            r"|\bI set (?:a|myself a|the) goal\b",
            0.6,
        ),
        (r"\b(?:I|we) (?:needed|had|wanted|were asked|was asked) to\b", 0.6),
        (
            r"\bthe (?:goal|task|challenge|problem|objective|issue|aim|ask|priority) "
            r"(?:was|is|would be)\b",
            0.7,
        ),
        (
            r"\bin order to\b|\bmy priority\b|\bI(?:'d| would) need to\b"
            r"|\bI(?:'d| would) want to\b",
            0.5,
        ),
        (r"\b(?:deadline|due|goal|target|objective)\b", 0.3),
    ),
    "action": _cues(
        (
            rf"\bI (?:then |first |also |quickly |immediately |personally |eventually |finally |"
            rf"just |actually |had to |decided to |started to |began to |tried to )?"
            rf"{_ACTION_VERBS}\b",
            0.6,
        ),
        (
            r"\bI(?:'d| would| will|'ll) (?:first |then |also |probably |immediately )?"
            r"(?!say\b|think\b|guess\b|like\b|be\b|have\b)\w+",
            0.5,
        ),
        (r"\b(?:first|then|next|after that|afterwards|finally|so I|from there)\b", 0.25),
        (rf"\bwe (?:then |first |also )?{_ACTION_VERBS}\b", 0.35),
        (r"\bmy approach\b|\bthe first thing I\b|\bwhat I did\b", 0.5),
    ),
    "result": _cues(
        (
            r"\bas a result\b|\bin the end\b|\bultimately\b|\bthe (?:result|outcome|impact) "
            r"(?:was|is|would be)\b|\bresult(?:ed|ing)? in\b",
            0.8,
        ),
        (r"\b(?:which|this|that|it) (?:led|meant|helped|allowed|paid off|worked|made)\b", 0.5),
        (
            r"\b(?:no|zero) (?:downtime|errors?|incidents?|outages?|complaints?|bugs?|issues?)\b"
            r"|\bsuccessful(?:ly)?\b|\bwent (?:smoothly|well|live)\b",
            0.5,
        ),
        (OUTCOME_PATTERN, 0.5),
        (r"\b(?:never|not|hasn't|hadn't|didn't) happen(?:ed)? again\b|\bever since\b", 0.6),
        (r"\d+(?:\.\d+)?\s?(?:%|percent)|\b\d+x\b", 0.5),
        (
            r"\b(?:after|within|by the end of) (?:\w+ )?"
            r"(?:weeks?|months?|quarters?|years?|sprints?)\b",
            0.3,
        ),
        (
            r"\bI (?:learned|learnt|realized)\b|\blessons?\b|\bsince then\b|\bgoing forward\b|"
            r"\bnow I\b|\bthe feedback\b|\bthanked\b|\bpraised\b",
            0.4,
        ),
        (
            r"\bso that\b|\bthat way\b|\b(?:this|that|it) (?:would|will|should) "
            r"(?:ensure|help|mean|let|keep|reduce|avoid)\b|\bto make sure\b|\bthe outcome\b",
            0.4,
        ),
    ),
}

# The moves of a situational plan: where to start, whom to involve, what to weigh, how to follow up.
PLAN_MOVES: dict[str, str] = {
    "first_steps": (
        r"\b(?:first(?:ly)?|to start|start(?:ing)? (?:by|with)|immediately|straight away"
        r"|right away|before anything|my first (?:step|priority|move|job)|the first thing)\b"
    ),
    "people": (
        r"\bI(?:'d| would| will|'ll)? (?:\w+ )?(?:call|ask|involve|loop in|escalate|tell"
        r"|speak (?:to|with)|talk (?:to|with)|bring in|contact|inform|notify|check with|brief"
        r"|page|email|ring|raise it with|radio|phone|message|report (?:it )?to"
        r"|hand (?:it )?over to|go (?:back )?to (?:the|my|our)|find (?:the|my|our)"
        r"|get (?:the|my|our) \w+ (?:involved|in))\b"
        r"|\bmy (?:manager|supervisor|lead|team)\b"
    ),
    "weighing": (
        r"\b(?:depend(?:s|ing)? on|if (?:it|they|the|that|there)|whether|weigh|trade-?offs?"
        r"|prioriti[sz]e|priority|decide|decision|options?|rather than|instead of|because"
        r"|so that|the risk|risks)\b"
    ),
    "follow_up": (
        r"\b(?:afterwards|after that|then|follow(?:ing)? up|follow-up|check (?:in|back|that"
        r"|whether)|monitor|keep an eye|watch (?:for|out)|review|document|write (?:it )?up"
        r"|record|log|make sure|confirm|debrief|lessons?|next time|going forward|to prevent)\b"
    ),
}

TECHNICAL: dict[str, tuple[Cue, ...]] = {
    "approach": _cues(
        (
            r"\b(?:I(?:'d| would| will)?|we(?:'d| would| can)?|you (?:can|could)) "
            r"(?:start|begin|first|use|pick|choose|go with|design|build|implement|approach|break|"
            r"split|model|store|put|add|create|define|write|run|measure|profile|check)\b",
            0.6,
        ),
        (
            r"\b(?:first|step one|the first step|to start|start by|my approach|the approach|"
            r"the idea is|the way I|one way|the key is|works by|under the hood)\b",
            0.5,
        ),
        (
            r"\b(?:algorithm|data structure|hash ?map|dictionary|binary search|index|queue|cache|"
            r"pipeline|schema|architecture|endpoint|layer|service|table|function|class|module)\b",
            0.3,
        ),
        (r"\b(?:then|next|finally|after that)\b", 0.2),
    ),
    "tradeoffs": _cues(
        (r"\btrade-?offs?\b|\bdownsides?\b|\bdrawbacks?\b|\bpros\b|\bcons\b", 0.9),
        (
            r"\bon the other hand\b|\bat the (?:cost|expense) of\b|\bthe cost is\b|\bit depends\b|"
            r"\bdepends on\b",
            0.7,
        ),
        (
            r"\binstead of\b|\brather than\b|\bversus\b|\bvs\.?\b|\bcompared (?:to|with)\b|"
            r"\bwhereas\b|\bbut\b|\bhowever\b",
            0.4,
        ),
        (
            r"\bO\([^)]{1,12}\)|\b(?:latency|consistency|availability|complexity|overhead|memory|"
            r"throughput|cost|risk|slower|faster|simpler)\b",
            0.3,
        ),
    ),
    "example": _cues(
        (
            r"\bfor (?:example|instance)\b|\be\.g\.|\bsuch as\b|\blet's say\b"
            r"|\bsay (?:we|you) have\b|\bimagine\b",
            0.7,
        ),
        (r"\b(?:at|in|on) my (?:last|previous|current) (?:job|role|company|team|project)\b", 0.7),
        (
            r"\bI (?:once|recently|previously)\b|\bwhen I (?:was|worked|built)\b|\bin practice\b|"
            r"\bwe (?:used|had|built|ran|hit|saw)\b|\bI(?: have|'ve)? used\b",
            0.6,
        ),
        (r"\d+\s?(?:ms|seconds?|requests|users|rows|gb|mb|tb|%|x)\b", 0.3),
    ),
}

COMPANY: dict[str, tuple[Cue, ...]] = {
    "motivation": _cues(
        (r"\b(?:excit|drawn|attract|inspir|passion|admir|appeal|motivat|energi)\w*\b", 0.6),
        (
            r"\bI want to (?:work|join|be|help|grow)\b|\bthe reason\b|\bwhat draws me\b|"
            r"\bI(?:'m| am) (?:really )?interested\b|\bI (?:love|care about|believe in)\b",
            0.6,
        ),
        (r"\bbecause\b", 0.3),
        (
            r"\bstuck with me\b|\bstayed with me\b|\bmade me want\b|\bwhich is why\b"
            r"|\bmatters to me\b|\bmeans a lot to me\b|\bI(?:'d| would) like to\b",
            0.6,
        ),
        (
            r"\bI(?:'m| am) looking for\b|\bI(?:'d| would) love to\b|\bgrow into\b"
            r"|\bmy (?:goal|aim) is\b|\bI want to\b",
            0.5,
        ),
    ),
    "research": _cues(
        (
            r"\byour (?:product|platform|mission|team|customers|approach|recent|launch|work|values|"
            r"culture|company|engineering|blog|app|service|growth|expansion|strategy|roadmap|"
            r"move|shift|focus|investment|acquisition|partnership|patients|clients|users|portal|"
            r"tools|research|cto|ceo|founders?|leadership|pricing|offering|stores|report)\b",
            0.5,
        ),
        (
            r"\bI(?:'ve| have)? (?:also |recently |just )?(?:read|saw|seen|noticed|been (?:reading|"
            r"using|following)|use|used|tried|followed|visited|spoke|talked|learned|researched|"
            r"listened|watched)\b|\byou recently\b|\bmentioned in\b|\bin a talk\b|"
            r"\byou launched\b|\bannounced\b|\bannual report\b|\bblog\b|\bearnings\b|"
            r"\bpress release\b|\bcase study\b|\btalk by\b|\binterview with\b",
            0.7,
        ),
        (r"\b(?:founded|headquartered|customers in|market|competitors?|users worldwide)\b", 0.4),
    ),
    "fit": _cues(
        (
            r"\bmy (?:experience|background|skills|work|time|years) (?:in|with|at|as|building|"
            r"leading)\b",
            0.7,
        ),
        (
            r"\byears? of experience\b|\bmy background\b"
            r"|\bI(?:'m| am) an? (?:\w+ ){0,2}(?:engineer|developer|analyst|designer|manager|"
            r"student|graduate|scientist|consultant|specialist|lead)\b",
            0.6,
        ),
        (
            r"\b(?:aligns?|matches|fits?|lines? up|overlaps?|connects?) with\b",
            0.6,
        ),
        (
            r"\bI(?:'ve| have) (?:spent|worked|built|led|been|shipped|managed)\b|\bin my (?:last|"
            r"previous|current) role\b",
            0.5,
        ),
        (
            r"\bexactly (?:where|what)\b|\bthe same (?:problem|kind of|work)\b|\bsimilar to\b"
            r"|\bmy last (?:\w+ )?(?:years?|role|job|project)\b|\bI (?:built|led|ran|designed|"
            r"shipped|launched|delivered|created)\b",
            0.5,
        ),
    ),
    "contribution": _cues(
        (
            r"\bI(?:'d| would| could| can|'ll| will) (?:bring|contribute|help|add|build|make|apply|"
            r"use|love to|like to|start by|focus on)\b",
            0.7,
        ),
        (
            r"\bcontribut\w*\b|\bthe value I\b|\bimpact\b"
            r"|\bfirst (?:90|ninety|few) (?:days|months)\b",
            0.5,
        ),
    ),
}

PART_WEIGHTS: dict[str, dict[str, float]] = {
    "behavioral": {"situation": 0.2, "task": 0.15, "action": 0.35, "result": 0.3},
    "situational": {"situation": 0.15, "task": 0.15, "action": 0.45, "result": 0.25},
    "technical": {"approach": 0.45, "tradeoffs": 0.3, "example": 0.25},
    "company": {"motivation": 0.3, "research": 0.3, "fit": 0.25, "contribution": 0.15},
}
