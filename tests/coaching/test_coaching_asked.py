"""Answers that stay in the field but answer another common question are capped and explained."""

import pytest

from mockinterview.coaching import AnswerInput
from mockinterview.coaching.asked import gives_no_reasons, other_question
from mockinterview.coaching.engine import analyze_answer

PROUD_STORY = (
    "The project I'm proudest of is the volunteer rota app I built for our food bank. Shifts "
    "were planned on a paper sheet pinned in the hall, and every Saturday two or three slots "
    "sat empty. I interviewed six coordinators, built a small web form with text reminders, "
    "and ran it beside the paper sheet for a month before switching. Empty Saturday slots went "
    "from about three a week to none in the first quarter, and coordinators got back an hour "
    "each week."
)
WEAKNESS = (
    "My biggest weakness is that I take on too much myself. In my first year as a site "
    "supervisor I kept the snagging list in my own notebook and chased every trade personally, "
    "which meant I was the bottleneck on handover. I now share the list on the site tablet, "
    "assign each item an owner on the morning walk, and review it with the foremen on Fridays. "
    "Handover slipped twice in my first year and not once since."
)
SELF_INTRODUCTION = (
    "Thanks for asking. I've been in catering for eleven years now. I started as a kitchen "
    "porter at the Red Lion straight out of school, moved up to commis and then sous chef, and "
    "for the last three years I have run the kitchen at a 90-cover bistro in Whitby. I like "
    "busy services, I am good with suppliers, and I have trained most of my current brigade."
)
LEFT_JOB = (
    "I left my last job because the new owners cut the kitchen team from six to four and "
    "expected the same menu. I raised it twice with the general manager and nothing changed, "
    "so after a year of double shifts I handed in my notice and took some time to look for a "
    "kitchen that plans its staffing properly."
)
STORY_WITH_BACKGROUND = (
    "I've been in catering for eleven years, and the worst service I remember was a wedding "
    "where the walk-in fridge failed at noon. I moved the cold starters to the bar fridges, "
    "rang our supplier for ice, and changed two dishes so nothing sat out. All 120 guests were "
    "served on time and the couple never knew."
)
CAREER_ORIGIN = (
    "I got into surveying through my uncle, who let me carry the staff on his jobs during "
    "summer holidays. I liked that the work happened outside and that every measurement had to "
    "be checked twice. At college I chose the geomatics course, spent a placement year with a "
    "county council team, and I have been doing boundary and topographic surveys for five "
    "years since then, mostly for housing developers."
)
WORK_DESCRIPTION = (
    "At the depot I schedule forty-two drivers across two shifts. Each morning I check the "
    "overnight defect sheets, move any vehicle that failed its walk-round onto the spares "
    "list, and rebalance routes in the planning software so the heavier drops go to the "
    "larger vans. Afterwards I reconcile the tachograph data against the timesheets and flag "
    "anyone close to their weekly driving limit to the transport manager."
)
STRENGTH = (
    "My greatest strength is planning. I run the load-in for every touring show at our venue: "
    "the truck schedule, the crew call, the rigging plot and the sound check, and in three "
    "seasons we have not once opened the doors late. People also say I stay calm when a "
    "truck is stuck in traffic an hour before the call."
)
CHILDHOOD = (
    "Boats have been part of my life since I was a kid. My father ran a small ferry on the "
    "lake and I spent every summer on the deck, coiling ropes and watching the engine. That "
    "stayed with me through college, where I studied marine engineering, and it is why I want "
    "to work on the water again."
)
LANGUAGES = (
    "so um languages have always been a big part of my life i grew up bilingual because my "
    "dad is from lyon and then i spent a year in grenoble during my degree which was when i "
    "knew i wanted to work with translation and since then i have reviewed game text for two "
    "agencies"
)
WORK_AND_REASONS = (
    "so you test mostly mobile strategy games in nine languages and you opened the lisbon "
    "office last spring which is part of why i am applying because i live here um in my job "
    "now i run the regression passes for portuguese and english and i write the bug reports "
    "but the test plan always comes from the client and i want to be the one deciding coverage "
    "and priorities for a title from the first pseudo localised build to release"
)
REASONS = (
    "Mostly because of how you run your depots. I read that you moved every site onto "
    "electric vans for urban routes last year, and I have spent two years planning routes "
    "around charging windows at a smaller operator, so I know where that goes wrong. I'd like "
    "to bring that planning to a larger network, and the role's focus on driver scheduling is "
    "the part of my job I enjoy most."
)


def _scored(question: str, category: str, answer: str) -> tuple[int, list[str], str | None]:
    feedback = analyze_answer(
        AnswerInput(question=question, answer=answer, category=category, mode="typed")
    )
    metrics = feedback.metrics
    return feedback.coaching_score, metrics.flags, metrics.better_matching_question


@pytest.mark.parametrize(
    ("question", "category", "answer", "answered"),
    [
        (
            "Tell me about a time a volunteer programme you ran fell apart.",
            "behavioral",
            PROUD_STORY,
            "What are you proudest of?",
        ),
        (
            "What would you do if a subcontractor walked off site a week before handover?",
            "situational",
            WEAKNESS,
            "What is your greatest weakness?",
        ),
        (
            "How would you set up control for a survey of a long, narrow road scheme?",
            "technical",
            CAREER_ORIGIN,
            "Why did you choose this career?",
        ),
        (
            "What do you know about the Harbour Arts Centre?",
            "company",
            STRENGTH,
            "What is your greatest strength?",
        ),
        (
            "Explain how you would check a ferry's steering gear before the first crossing.",
            "technical",
            CHILDHOOD,
            "Why did you choose this career?",
        ),
        (
            "What would you do if the French strings in tomorrow's build broke the glossary?",
            "situational",
            LANGUAGES,
            "Why did you choose this career?",
        ),
        (
            "Walk me through how you would cost a new three-course set menu.",
            "technical",
            SELF_INTRODUCTION,
            "Tell me about yourself.",
        ),
        (
            "Where do you see yourself in five years?",
            "company",
            LEFT_JOB,
            "Why did you leave your last job?",
        ),
    ],
)
def test_an_answer_to_another_common_question_is_off_topic_and_says_which(
    question: str, category: str, answer: str, answered: str
) -> None:
    score, flags, better = _scored(question, category, answer)
    assert other_question(answer, question, category) == answered
    assert "off_topic" in flags
    assert better is not None  # this one, or a bank question the answer fits better
    assert score <= 20


@pytest.mark.parametrize(
    ("question", "category", "answer"),
    [
        ("Tell me about a project you led from start to finish.", "behavioral", PROUD_STORY),
        ("What is your greatest weakness?", "behavioral", WEAKNESS),
        ("Why did you become a land surveyor?", "company", CAREER_ORIGIN),
        ("Tell me about something you built that people still use.", "behavioral", PROUD_STORY),
        ("Why should we hire you as our production manager?", "company", STRENGTH),
        ("Tell me about a show you delivered under pressure.", "behavioral", STRENGTH),
        ("Why do you want to work on ferries?", "company", CHILDHOOD),
        ("Tell me a little about yourself.", "behavioral", SELF_INTRODUCTION),
        ("Why are you looking for a new role?", "company", LEFT_JOB),
        ("Tell me about a service that went wrong.", "behavioral", STORY_WITH_BACKGROUND),
    ],
)
def test_the_same_openings_are_fine_where_the_question_asks_for_them(
    question: str, category: str, answer: str
) -> None:
    assert other_question(answer, question, category) is None
    assert "off_topic" not in _scored(question, category, answer)[1]


def test_a_failure_story_that_is_not_proud_of_itself_is_not_mistaken_for_a_proud_one() -> None:
    answer = "I'm not particularly proud of this one: the rota app I built was dropped in a month."
    assert other_question(answer, "Tell me about a time you failed.", "behavioral") is None


def test_a_why_us_answer_that_only_describes_the_work_gives_no_reasons() -> None:
    question = "Why do you want to join Harwick Freight?"
    score, flags, _ = _scored(question, "company", WORK_DESCRIPTION)
    assert "no_reasons" in flags
    assert score <= 20
    assert _scored(question, "company", REASONS)[0] > 40


def test_reasons_a_name_from_the_question_or_a_short_answer_are_not_flagged() -> None:
    named = WORK_DESCRIPTION + " Harwick Freight runs the same software."
    assert not gives_no_reasons(named, "Why do you want to join Harwick Freight?", "company")
    assert not gives_no_reasons(REASONS, "Why do you want to join Harwick Freight?", "company")
    assert not gives_no_reasons("At the depot I schedule drivers.", "Why us?", "company")
    assert not gives_no_reasons(WORK_DESCRIPTION, "Describe your current job.", "behavioral")


def test_a_common_word_inside_the_employer_name_is_not_the_name() -> None:
    question = "Where do you see yourself in five years at Harwick Depot Services?"
    assert gives_no_reasons(WORK_DESCRIPTION, question, "company")
    named = WORK_DESCRIPTION + " Harwick runs the same software."
    assert not gives_no_reasons(named, question, "company")


def test_a_why_us_answer_about_the_work_that_speaks_to_you_with_reasons_is_on_topic() -> None:
    question = "What do you know about us, and why do you want this role?"
    score, flags, _ = _scored(question, "company", WORK_AND_REASONS)
    assert "off_topic" not in flags
    assert score > 20  # above the off-topic cap


def test_a_why_us_answer_that_opens_with_a_hobby_is_read_past_its_first_sentence() -> None:
    answer = (
        "I have been restoring old bicycles in my garage for about eight years and have rebuilt "
        "more than fifty frames for friends and neighbours, so I know what a good workshop "
        "feels like. What draws me to Spokewise is the way your mechanics explain each repair "
        "to the rider before they start."
    )
    question = "Tell me about a time a repair went wrong in front of a customer."
    assert other_question(answer, question, "behavioral") == "Why do you want to work here?"


def test_an_origin_story_with_the_age_in_words_answers_why_this_career() -> None:
    answer = (
        "I've been riding since I was seven and raced cyclocross for my county until I was "
        "eighteen, then qualified as a coach with two national awards."
    )
    question = "What would you do if a rider in your group refused to descend a steep section?"
    assert other_question(answer, question, "situational") == "Why did you choose this career?"
