"""The reported defects: wrapped PDF lines, headings, the company blurb, repeated sources, terms."""

import io
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from mockinterview.coaching.jobterms import extract_job_terms
from mockinterview.resumes.extract import extract_resume_text
from mockinterview.tailoring import extract_profile, extract_requirements
from mockinterview.tailoring import generate_tailored_questions as generate
from mockinterview.tailoring.candidates import says
from mockinterview.tailoring.coverage import resume_text as pair_resume
from mockinterview.tailoring.lines import split_lines
from mockinterview.tailoring.matching import Need, evidence_lines
from mockinterview.tailoring.profile import RESUME_RULES
from mockinterview.tailoring.schemas import GeneratedQuestion
from mockinterview.vocabulary import find_skills

TODAY = date(2026, 11, 30)
RESUME_PAGE = [
    "JORDAN PATEL",
    "Senior Backend Engineer | jordan.patel@example.com",
    "EXPERIENCE",
    "Senior Backend Engineer, Copperleaf Pay (Mar 2021 - Present)",
    "- Built a reconciliation service in Python that matched 2 million payouts",
    "a day against the internal ledger, cutting manual finance reconciliation",
    "from 3 days to 4 hours.",
    "- Led a team of 5 engineers that moved card settlement files to an event",
    "pipeline on Kafka with idempotent consumers.",
    "- Wrote design documents for the ledger split and reviewed those of two",
    "other teams.",
    "Backend Engineer, Tallyworks (Jan 2017 - Feb 2021)",
    "- Cut p99 API latency from 900 ms to 120 ms by adding Redis caching.",
    "- Mentored three junior engineers through weekly code reviews.",
    "VOLUNTEER",
    "Treasurer, Riverside Food Bank (2018 - Present)",
    "- Kept the books for a volunteer team of 40 people.",
    "SKILLS",
    "Python, PostgreSQL, Kafka, Redis, AWS, Docker",
]
POSTING = """\
Senior Backend Engineer, Payments Platform team
Copperleaf Pay - Bengaluru, India

About the role
Copperleaf Pay moves money for 3,000 businesses across India and Southeast Asia.
- Design and operate payout services on PostgreSQL and Kafka.
- Lead incident reviews after outages and share what the team learned.
- Mentor engineers and write design documents for significant changes.

Requirements
- 6+ years of Backend development experience.
- Experience with gRPC services in production.
- Working knowledge of PCI DSS.
- Strong Python and PostgreSQL skills.

Nice to have
- Experience with Kubernetes.
"""
BLURB = "Copperleaf Pay moves money for 3,000 businesses across India and Southeast Asia."


def wrapped_pdf() -> bytes:
    """A real PDF whose bullets wrap over two or three lines, as resume exports do."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    y = 740
    for line in RESUME_PAGE:
        pdf.drawString(60, y, line)
        y -= 16
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def resume_text() -> str:
    return extract_resume_text("cv.pdf", wrapped_pdf(), max_unpacked=2**24)


def questions() -> list[GeneratedQuestion]:
    return generate(resume_text(), POSTING, [], 10, today=TODAY)


def quotes(found: list[GeneratedQuestion], kind: str) -> list[str]:
    return [s.quote for q in found for s in q.sources if s.kind == kind]


def test_wrapped_pdf_lines_are_quoted_as_whole_bullets() -> None:
    text = resume_text()
    assert "a day against the internal ledger" in text.splitlines()[5]  # the PDF really wraps
    cited = quotes(questions(), "resume")
    assert not [q for q in cited if q[0].islower()], cited
    profile = extract_profile(text, today=TODAY)
    lines = [a.line for a in profile.achievements]
    assert (
        "Built a reconciliation service in Python that matched 2 million payouts a day against "
        "the internal ledger, cutting manual finance reconciliation from 3 days to 4 hours."
    ) in lines


def test_headings_are_never_projects_or_claims() -> None:
    profile = extract_profile(resume_text(), today=TODAY)
    assert "VOLUNTEER" not in {p.name for p in profile.projects}
    assert [v.text for v in profile.volunteering][0].startswith("Treasurer, Riverside Food Bank")
    for question in questions():
        assert '"VOLUNTEER"' not in question.prompt and '"EXPERIENCE"' not in question.prompt
        assert "VOLUNTEER" not in [s.quote for s in question.sources]


def test_company_blurb_is_never_a_duty_or_a_scenario() -> None:
    job = extract_requirements(POSTING)
    assert BLURB not in [d.line for d in job.responsibilities]
    assert BLURB not in [r.line for r in job.requirements]
    assert all("3,000 businesses" not in q.prompt for q in questions())
    assert BLURB not in quotes(questions(), "job_description")


def test_no_two_questions_quote_the_same_resume_line() -> None:
    cited = quotes(questions(), "resume")
    assert len(cited) == len(set(cited))


def test_job_terms_and_skills_are_skills_not_places_or_team_names() -> None:
    terms = {t.lower() for t in extract_job_terms(POSTING)}
    assert {"postgresql", "kafka", "grpc", "python"} <= terms
    assert not terms & {"backend", "india", "southeast asia", "payments platform", "bengaluru"}
    job = extract_requirements(POSTING)
    names = {s.name for s in job.required_skills + job.preferred_skills}
    assert {"gRPC", "PCI DSS", "PostgreSQL", "Python"} <= names
    assert not {"Backend", "India", "Southeast Asia"} & names


def test_senior_technical_role_gets_the_probes_that_matter() -> None:
    found = questions()
    kinds = [q.probe_kind for q in found]
    assert "design" in kinds and "gap" in kinds and "overlap" in kinds
    said = " ".join([q.prompt for q in found] + quotes(found, "job_description"))
    assert "gRPC" in said and "PCI DSS" in said  # required and missing from the resume
    soft = ("incident reviews", "Mentor engineers", "design documents")
    assert any(s in said for s in soft)
    assert any("900 ms" in q for q in quotes(found, "resume"))  # or the 3 days to 4 hours
    assert any("Copperleaf Pay (Mar 2021 - Present)" in q for q in quotes(found, "resume"))


def test_same_inputs_give_the_same_questions() -> None:
    first, second = questions(), questions()
    assert [q.model_dump() for q in first] == [q.model_dump() for q in second]


def test_rejoining_stops_at_titles_dates_and_headings() -> None:
    document = (
        "EXPERIENCE\n"
        "- Mentored four junior engineers through weekly code reviews and pairing sessions\n"
        "Charge Nurse, St. Luke's Medical Center\n"
        "Jan 2019 - Present\n"
        "- Migrated billing to\n"
        "AWS, cutting costs by 35%\n"
        "SKILLS\n"
        "Python, SQL"
    )
    texts = [line.text for line in split_lines(document, RESUME_RULES, caps_headings=True)]
    assert texts == [
        "EXPERIENCE",
        "Mentored four junior engineers through weekly code reviews and pairing sessions",
        "Charge Nurse, St. Luke's Medical Center",
        "Jan 2019 - Present",
        "Migrated billing to AWS, cutting costs by 35%",
        "SKILLS",
        "Python, SQL",
    ]


def test_dates_with_a_remark_are_never_evidence_of_work() -> None:
    document = (
        "EXPERIENCE\n"
        "Pharmacy Technician, Corner Drug\n"
        "May 2017 - May 2020 (part-time during school)\n"
        "- Counted and labelled about 300 prescriptions a day with a pharmacist checking each one\n"
    )
    lines = evidence_lines(split_lines(document, RESUME_RULES, caps_headings=True))
    assert lines == [
        "Counted and labelled about 300 prescriptions a day with a pharmacist checking each one"
    ]


def test_a_description_of_the_candidate_is_quoted_not_turned_into_an_action() -> None:
    assert (
        says("Led the rollout of MFA to every branch")
        == "you led the rollout of MFA to every branch"
    )
    for line in (
        "Licensed professional engineer with 7 years designing roadways",
        "Board-certified nurse with ten years in oncology",
    ):
        assert says(line) == f'"{line}"'


def test_whoever_was_a_project_manager_did_project_management() -> None:
    assert [m.name for m in find_skills("Senior Project Manager | Harlow Homes")] == [
        "Project management"
    ]
    assert [m.name for m in find_skills("Case managers at the county")] == ["Case management"]


def test_what_the_candidate_wants_next_is_no_evidence_of_work() -> None:
    document = (
        "SUMMARY\n"
        "I'm now looking to bring these skills inside an organisation and lead its people.\n"
        "EXPERIENCE\n"
        "- Supervised two summer interns each year, editing their copy line by line\n"
    )
    lines = evidence_lines(split_lines(document, RESUME_RULES, caps_headings=True))
    assert lines == ["Supervised two summer interns each year, editing their copy line by line"]


def test_one_gap_question_per_missing_skill() -> None:
    resume = (
        "Dana Okoro\nEXPERIENCE\nSystems Administrator, Lakeview Credit Union, Apr 2023 - present\n"
        "- Ran the quarterly phishing simulation; the click rate fell from 14% to 3% in a year\n"
        "- Led the MFA rollout to 100% of 210 staff accounts in six weeks\n"
    )
    posting = (
        "SOC Analyst\nWhat you'll work on\n- Triage and investigate alerts in Splunk using SPL.\n"
        "- Write incident reports for client IT teams.\nRequirements\n"
        "- Experience with a SIEM such as Splunk or Sentinel.\n"
    )
    found = generate(resume, posting, [], 10, today=date(2026, 11, 30))
    asked = [q.prompt for q in found if q.probe_kind == "gap" and "Splunk" in q.prompt]
    assert len(asked) == 1, asked


def test_a_people_duty_of_a_technical_job_is_a_work_problem_not_a_system_design() -> None:
    resume = (
        "EXPERIENCE\nSenior SRE, Harbor Cloud, Jan 2019 - present\n"
        "- Ran the incident commander rotation and cut pages per week from 38 to 9\n"
        "SKILLS\nKubernetes, Terraform, Prometheus, AWS\n"
    )
    posting = (
        "SRE Engineering Manager\nResponsibilities\n"
        "- Manage, coach and grow the SRE team, including one-to-ones and performance reviews.\n"
        "- Run Kubernetes clusters on AWS with Terraform and Prometheus alerting.\n"
        "Requirements\n- 2+ years managing engineers.\n"
    )
    found = generate(resume, posting, [], 10, today=TODAY)
    coaching = [q for q in found if q.probe_kind == "design" and "coach and grow" in q.prompt]
    assert coaching and all("Sketch the main components" not in q.prompt for q in coaching)


def test_only_a_duty_that_builds_something_becomes_a_system_design() -> None:
    resume = (
        "EXPERIENCE\nBackend Developer, Larkfield Software, Jan 2021 - present\n"
        "- Built the invoicing API in Go and cut p95 latency from 800 ms to 120 ms\n"
        "SKILLS\nGo, PostgreSQL, Kafka, Kubernetes, AWS\n"
    )
    posting = (
        "Backend Engineer\nResponsibilities\n"
        "- Take part in code review, giving and receiving feedback on Go services.\n"
        "- Track your hours against project budgets across several Go and Kafka projects.\n"
        "- Design and build Go services on Kafka and PostgreSQL for payouts and refunds.\n"
        "Requirements\n- Go, PostgreSQL and Kafka in production.\n"
    )
    designs = [
        q for q in generate(resume, posting, [], 10, today=TODAY) if q.probe_kind == "design"
    ]
    for question in designs:
        builds = "Design and build" in question.prompt
        assert (question.category == "technical") == builds, question.prompt
    assert any("Design and build" in q.prompt for q in designs)


def test_a_range_is_not_a_result_but_a_before_and_after_is() -> None:
    resume = (
        "EXPERIENCE\nStructural Engineer, Hale & Orr, Mar 2018 - present\n"
        "- Designed steel and concrete frames for buildings from 4 to 22 stories\n"
        "- Rewrote the nightly load so that it went from 6 hours to 2 hours\n"
    )
    profile = extract_profile(resume, today=TODAY)
    assert [a.metric for a in profile.achievements if a.kind == "result"] == [
        "from 6 hours to 2 hours"
    ]


PAYROLL_RESUME = (
    "SUMMARY\nPayroll specialist with nine years of multi-state payroll.\n"
    "Returned to work in 2022 after a career break for family caregiving.\n"
    "EXPERIENCE\nSenior Payroll Specialist, Northgate Health, Feb 2022 - present\n"
    "- Cut off-cycle checks by 64% with pre-close audit reports\n"
    "Payroll Specialist, Ridgeline Foods, Jun 2017 - Mar 2021\n"
    "- Ran weekly payroll for 1,200 hourly staff in four states\n"
)


def _asking(resume: str, posting: str, words: str) -> tuple[list[str], list[str]]:
    """The generated questions that quote these words, and all the questions."""
    prompts = [q.prompt for q in generate(resume, posting, [], 10, today=TODAY)]
    return [p for p in prompts if words in p], prompts


def test_a_career_break_the_resume_explains_is_asked_about_in_its_own_words() -> None:
    posting = (
        "HRIS Analyst\nResponsibilities\n- Build reports in Workday for HR and payroll.\n"
        "Requirements\n- Experience with Workday HCM.\n"
    )
    breaks, prompts = _asking(PAYROLL_RESUME, posting, "career break for family caregiving")
    assert len(breaks) == 1, prompts


BREAK_RESUME = (
    "EXPERIENCE\nSenior Community Manager\nLarkspur Residential, Denver, CO\n"
    "{current_start} - present\n- Ran two communities with 500 units for a private owner\n"
    "- Grew net operating income by 18% in three years\n"
    "Career break\n{break_dates}\n- Full-time caregiver for a parent after surgery.\n"
    "Community Manager\nLarkspur Residential, Denver, CO\n{earlier_dates}\n"
    "- Raised occupancy from 86% to 96% in 14 months\n"
)
ASSET_MANAGER = (
    "Asset Manager\nResponsibilities\n- Maintain the asset-level cash flow model.\n"
    "- Oversee third-party property managers at the ownership level.\n"
    "- Prepare quarterly reforecasts and hold/sell analyses.\n"
    "Requirements\n- Experience with multifamily budgets.\n"
    "- Understanding of commercial real estate debt and covenant tests.\n"
    "- Strong financial modeling: DCF and IRR.\n"
)


@pytest.mark.parametrize(
    ("current_start", "break_dates", "earlier_dates", "asked"),
    [
        ("January 2022", "October 2020 - December 2021", "March 2018 - September 2020", True),
        ("January 2016", "October 2014 - December 2015", "March 2012 - September 2014", False),
    ],
    ids=["recent break: asked in its own words", "break long before: gives way to the job"],
)
def test_a_break_dated_like_a_job_is_a_gap_asked_about_while_recent(
    current_start: str, break_dates: str, earlier_dates: str, asked: bool
) -> None:
    resume = BREAK_RESUME.format(
        current_start=current_start, break_dates=break_dates, earlier_dates=earlier_dates
    )
    profile = extract_profile(resume, today=TODAY)
    assert [role.title for role in profile.roles] == [
        "Senior Community Manager",
        "Community Manager",
    ]
    assert [gap.months for gap in profile.gaps] == [15]
    breaks, prompts = _asking(resume, ASSET_MANAGER, "caregiver for a parent after surgery")
    assert len(breaks) == (1 if asked else 0), prompts


def test_a_skill_named_inside_a_longer_one_is_held() -> None:
    resume = (
        "EXPERIENCE\nTechnical Writer, Parcelink, Mar 2021 - present\n"
        "- Moved the docs to docs-as-code with GitHub Actions and Vale linting\n"
        "SKILLS\nPython, Git, GitHub Actions, Postman\n"
    )
    posting = (
        "Developer Advocate\nRequirements\n- Experience with GitHub and Python.\n"
        "- Experience with Kubernetes.\n"
    )
    github, prompts = _asking(resume, posting, "asks for GitHub")
    assert not github, prompts
    assert _asking(resume, posting, "Kubernetes")[0], prompts


def test_a_credential_is_a_hard_requirement_not_a_soft_skill() -> None:
    def need(line: str) -> Need:
        return Need(line, True, False, (), (), None, 0.3)

    assert not need("Current Food Protection Manager certification.").soft
    assert not need("A valid state licence as a pest control applicator.").soft
    assert not need("Graduate of an accredited veterinary technology program.").soft
    assert need("Stay impartial: report what you see, including when a manager disagrees.").soft
    assert need("Strong written English and a calm manner on the phone.").soft


@pytest.mark.parametrize(
    ("first_line", "work"),
    [
        (
            "AMARA VOSS | Senior Litigation Paralegal | Denver, CO",
            "Ran litigation holds and discovery calendars for three partners on 14 cases",
        ),
        (
            "Looking for an operations role where order accuracy is the whole job.",
            "Ran holiday peak staffing for four seasons, hiring up to 30 seasonal staff",
        ),
        (
            "I now want to step off live calls and use what I know to improve call handling.",
            "Reviewed 420 recorded calls against the contact centre's draft scorecard",
        ),
        (
            "I've found I enjoy the data side far more than building endpoints and want to move "
            "into data engineering.",
            "Moved the nightly report's joins into SQL and cut its runtime to 25 minutes",
        ),
        (
            "Studying for the FAA Part 107 knowledge test, booked for January 2027.",
            "Calibrated the vineyard's sprayers every spring with the pest control adviser",
        ),
    ],
    ids=[
        "header line",
        "what the candidate is looking for",
        "what the candidate now wants",
        "what the candidate enjoys and wants",
        "an exam still to sit",
    ],
)
def test_lines_that_describe_no_work_are_never_evidence(first_line: str, work: str) -> None:
    document = f"{first_line}\nEXPERIENCE\n- {work}\n"
    assert evidence_lines(split_lines(document, RESUME_RULES, caps_headings=True)) == [work]


RESULTS_WITHOUT_DIGITS = {
    "number words": (
        "Reduced contract review turnaround from about three weeks to six business days by "
        "building a clause library",
        "from about three weeks to six business days",
    ),
    "a clean record": (
        "Zero critical violations in 11 consecutive health inspections",
        "Zero critical violations",
    ),
}


@pytest.mark.parametrize(
    ("bullet", "metric"), RESULTS_WITHOUT_DIGITS.values(), ids=RESULTS_WITHOUT_DIGITS
)
def test_results_without_digits_or_percentages_are_achievements(bullet: str, metric: str) -> None:
    resume = f"EXPERIENCE\nParalegal, Stone & Ash LLP, Mar 2019 - present\n- {bullet}\n"
    assert [a.metric for a in extract_profile(resume, today=TODAY).achievements] == [metric]


def test_a_credential_the_resume_never_names_is_a_gap_however_close_the_work() -> None:
    posting = "Payroll Manager\nRequirements\n- Certified Payroll Professional (CPP) credential.\n"
    found = generate(PAYROLL_RESUME, posting, [], 10, today=TODAY)
    asked = [q.prompt for q in found if q.probe_kind == "gap" and "CPP" in q.prompt]
    assert asked and "Do you hold it or are you working toward it" in asked[0]


def test_a_licence_named_in_plain_words_is_asked_about_as_a_credential() -> None:
    posting = "Payroll Manager\nRequirements\n- A full driving licence.\n"
    found = generate(PAYROLL_RESUME, posting, [], 10, today=TODAY)
    asked = [q.prompt for q in found if q.probe_kind == "gap" and "driving licence" in q.prompt]
    assert any("Do you hold it or are you working toward it" in prompt for prompt in asked)
    held = generate(PAYROLL_RESUME + "\nFull UK driving licence\n", posting, [], 10, today=TODAY)
    assert not [q for q in held if q.probe_kind == "gap" and "driving licence" in q.prompt]


SPRAY_POSTING = (
    "Agricultural Drone Operator\nRequirements\n"
    "- California Qualified Applicator License (QAL) or Qualified Applicator Certificate (QAC).\n"
    "- FAA Part 107 Remote Pilot Certificate, held on your first day.\n"
    "- Valid driver's license with a clean record.\n"
)
SPRAY_RESUME = (
    "Jorge Ibarra\nEXPERIENCE\nTractor Operator, Hollis Creek Vineyards (2019 - present)\n"
    "- Mix and load pesticides under my QAC, following the label and the adviser's notes\n"
    "- Calibrate the sprayers every spring and keep the spray records for the county\n"
    "Studying for the FAA Part 107 knowledge test, booked for January 2027.\n"
    "CERTIFICATIONS\n"
    "- Qualified Applicator Certificate (QAC), California DPR - since 2019\n"
    "- FAA TRUST certificate (recreational drone)\n"
    "- California Class C driver license - clean record\n"
)


def test_credentials_are_judged_by_how_the_resume_names_them() -> None:
    gaps = [q.prompt for q in generate(SPRAY_RESUME, SPRAY_POSTING, [], 10, today=TODAY)]
    gaps = [prompt for prompt in gaps if "I don't see" in prompt]
    assert not [prompt for prompt in gaps if "QAC" in prompt or "driver" in prompt]
    pending = [prompt for prompt in gaps if "Part 107" in prompt]
    assert pending and "Do you hold it or are you working toward it" in pending[0]
    audited = SPRAY_RESUME.replace("since 2019", "since 2019; led due diligence on two farms")
    gaps = [q.prompt for q in generate(audited, SPRAY_POSTING, [], 10, today=TODAY)]
    assert not [prompt for prompt in gaps if "I don't see" in prompt and "QAC" in prompt]


def test_a_wrapped_summary_sentence_is_read_whole() -> None:
    document = (
        "PROFILE\n"
        "Police call handler with seven years on 999 and 101 lines. I now want to step off live\n"
        "calls and use what\n"
        "I know to improve call handling through quality assurance.\n"
    )
    texts = [line.text for line in split_lines(document, RESUME_RULES, caps_headings=True)]
    assert texts[-1].endswith("use what I know to improve call handling through quality assurance.")
    aim = extract_profile(document, today=TODAY).aim
    assert aim is not None and aim.text.startswith("I now want to step off live calls")


def test_a_requirement_wrapped_before_a_word_like_experience_is_one_line() -> None:
    posting = (
        "Clinical Research Coordinator\nMust-haves\n"
        "- Bachelor's degree in a health field, or an associate degree with 2+ years of\n"
        "  relevant clinical experience\n"
        "- Experience entering and cleaning data in an EDC system\n"
    )
    assert [r.line for r in extract_requirements(posting).requirements] == [
        "Bachelor's degree in a health field, or an associate degree with 2+ years of "
        "relevant clinical experience",
        "Experience entering and cleaning data in an EDC system",
    ]


def test_a_degree_requirement_is_never_met_by_a_line_of_work() -> None:
    pair = Path(__file__).parent / "pairs" / "21-hotel-operations-manager"
    resume = pair_resume(next(pair.glob("resume.*")))
    found = generate(resume, (pair / "posting.txt").read_text(), [], 10, today=TODAY)
    overlaps = [q for q in found if q.probe_kind == "overlap"]
    assert overlaps and not [q for q in overlaps if "degree" in q.prompt.lower()]


def test_a_payroll_credential_is_not_a_programming_language() -> None:
    assert [m.name for m in find_skills("Certified Payroll Professional (CPP)")] == ["Payroll"]
    assert [m.name for m in find_skills("Wrote the parser in cpp")] == ["C++"]
