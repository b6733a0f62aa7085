"""Phrase patterns for outcomes, real stories and generic talk."""

from mockinterview.coaching.text import cue

_OUTCOME_VERBS = (
    r"(?:increased|reduced|decreased|improved|saved|cut|grew|boosted|raised|lowered|doubled|"
    r"tripled|halved|eliminated|prevented|shipped|launched|delivered|completed|finished|achieved|"
    r"exceeded|won|recovered|retained|resolved|dropped|shortened|sped up|closed|signed|hit|met|"
    r"rose|fell|jumped|climbed|declined|went (?:up|down|from)|solved|fixed|"
    r"went (?:really |very |quite )?(?:well|smoothly))"
)
OUTCOME_PATTERN = (
    rf"\b{_OUTCOME_VERBS}\b|\bon time\b|\bunder budget\b|\bahead of schedule\b|\bwas promoted\b"
)
OUTCOME_RE = cue(OUTCOME_PATTERN)

_PAST_IRREGULAR = (
    r"(?:was|were|had|did|led|built|made|took|went|met|ran|wrote|told|spoke|gave|found|got|sent|"
    r"saw|knew|felt|kept|left|brought|chose|began|broke|caught|grew|held|lost|paid|put|said|sat|"
    r"set|stood|taught|thought|understood|won|came|became|spent|sold|bought|drove|fell|hit|cut)"
)
NARRATIVE_RE = cue(
    rf"\b(?:I|we|my team|our team|the team|he|she|they)(?: \w+ly| also| then| just| finally)? "
    rf"(?:{_PAST_IRREGULAR}|\w+(?<!e)ed)\b"
    r"|\b(?:at|in|during) my (?:last|previous|current|first|old|former) (?:job|role|company|team|"
    r"internship|position|project)\b|\b(?:last|that|one) (?:year|summer|quarter|semester|month)\b"
    r"|\b\w+ (?:years?|months?|weeks?) ago\b|\bwhen I was\b|\bin (?:19|20)\d\d\b"
)
GENERIC_RE = cue(
    r"\b(?:(?:very|really|so|super|extremely) important|(?:is|it's|it is) (?:important|key|"
    r"crucial|essential)|the key (?:is|to)|many (?:different )?(?:types|kinds|ways|things)|all "
    r"(?:kinds|sorts) of|various|in general|generally|everyone|everything|everywhere|best "
    r"practices?|at the end of the day|things like that|stuff like that|and so on|etc|great "
    r"(?:company|reputation|culture|place to work|opportunity)|(?:good|great|perfect) fit|"
    r"passionate about|grow my career|right place for me|dream (?:job|company)"
    r"|leverag\w*|synerg\w*|holistic|paradigms?|empower\w*|mindset|at scale|value delivery"
    r"|(?:drive|driving|champion\w*) (?:innovation|excellence|change|transformation)"
    r"|think(?:ing)? outside the box|go(?:ing)? the extra mile|hit the ground running"
    r"|results-driven|detail-oriented|team player|people person|hard worker|fast-paced"
    r"|110 percent|wear many hats|move the needle|low-hanging fruit|circle back)\b"
)
