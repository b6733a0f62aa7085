"""Reading title, company, skills, requirements and seniority from job descriptions."""

from tailoring_samples import DATA_ANALYST_JD, MARKETING_JD, NURSE_JD, SOFTWARE_JD

from mockinterview.tailoring.requirements import extract_requirements
from mockinterview.tailoring.schemas import JobRequirements


def quoted_lines(job: JobRequirements) -> list[str]:
    lines = [x.line for x in (job.title, job.company) if x is not None]
    lines += [s.line for s in job.required_skills + job.preferred_skills]
    lines += [r.line for r in job.requirements] + [r.line for r in job.responsibilities]
    lines += [x for x in (job.seniority_line, job.years_line) if x]
    return lines


def test_software_job() -> None:
    job = extract_requirements(SOFTWARE_JD)
    assert job.title is not None and job.title.text == "Senior Backend Engineer"
    assert job.company is not None and job.company.text == "Northwind Payments"
    required = [s.name for s in job.required_skills]
    assert {"Python", "PostgreSQL", "Kubernetes", "AWS", "Terraform"} <= set(required)
    assert [s.name for s in job.preferred_skills][0] == "Kafka"
    assert job.seniority == "senior" and job.years_required == 5
    assert any(r.preferred and "Kafka" in r.skills for r in job.requirements)
    assert "Design and operate high-volume payment APIs" in [r.text for r in job.responsibilities]
    assert all(r.text != "Competitive salary and 30 days of holiday" for r in job.requirements)


def test_nurse_job_company_from_sentence_and_years() -> None:
    job = extract_requirements(NURSE_JD)
    assert job.title is not None and job.title.text == "ICU Registered Nurse"
    assert job.company is not None and job.company.text == "Riverside Health"
    assert {"RN license", "Critical care", "BLS", "ACLS", "Epic"} <= {
        s.name for s in job.required_skills
    }
    assert [s.name for s in job.preferred_skills] == ["CCRN"]
    assert job.years_required == 2 and job.seniority == "mid"


def test_marketing_job_company_from_at_clause() -> None:
    job = extract_requirements(MARKETING_JD)
    assert job.company is not None and job.company.text == "Fernwood"
    assert job.title is not None and job.title.text == "Product Marketing Manager"
    assert "Budgeting" not in {s.name for s in job.required_skills}  # from the company blurb
    assert "Salesforce" in {s.name for s in job.required_skills}


def test_hiring_sentence_gives_title() -> None:
    job = extract_requirements(DATA_ANALYST_JD)
    assert job.title is not None and job.title.text == "Data Analyst"
    assert job.seniority is None


def test_title_from_hiring_phrase_and_unsectioned_text() -> None:
    text = (
        "Acme Robotics is hiring! We're looking for a Junior QA Engineer to join our test team. "
        "You will write automated tests with Selenium and Python.\n"
        "Experience with Jira is a plus."
    )
    job = extract_requirements(text)
    assert job.title is not None and job.title.text == "Junior QA Engineer"
    assert job.company is not None and job.company.text == "Acme Robotics"
    assert job.seniority == "entry"
    assert {"Selenium", "Python"} <= {s.name for s in job.required_skills}
    assert [s.name for s in job.preferred_skills] == ["Jira"]


def test_every_item_quotes_a_real_line() -> None:
    for text in (SOFTWARE_JD, NURSE_JD, MARKETING_JD, DATA_ANALYST_JD):
        for line in quoted_lines(extract_requirements(text)):
            assert line and line in text


def test_empty_job_description() -> None:
    assert extract_requirements("") == JobRequirements()


def test_duties_under_what_you_will_work_on() -> None:
    job = extract_requirements(
        "Machine Learning Engineer\n"
        "What you'll work on\n"
        "- Build and ship ranking models that improve search conversion.\n"
        "- Add features to our feature store and fix training-serving skew.\n"
        "What you'll need\n"
        "- Experience running online experiments (A/B tests).\n"
    )
    assert [d.line for d in job.responsibilities] == [
        "Build and ship ranking models that improve search conversion.",
        "Add features to our feature store and fix training-serving skew.",
    ]
    assert [r.line for r in job.requirements] == [
        "Experience running online experiments (A/B tests)."
    ]


def test_the_company_is_quoted_from_its_blurb_and_its_own_places_are_not_duties() -> None:
    job = extract_requirements(
        "General Manager\n"
        "About Fennick Hospitality Group\n"
        "Fennick Hospitality Group runs nine restaurants in Portland.\n"
        "How you'll spend your time\n"
        "Fennick's Market Hall is our busiest location, with 160 seats.\n"
        "- Own the P&L for all three locations.\n"
    )
    assert job.company is not None and job.company.text == "Fennick Hospitality Group"
    assert job.company.line == "Fennick Hospitality Group runs nine restaurants in Portland."
    assert [d.line for d in job.responsibilities] == ["Own the P&L for all three locations."]


def test_a_must_have_that_prefers_one_option_and_a_labelled_bullet_keep_their_place() -> None:
    job = extract_requirements(
        "Fleet Safety Coordinator\n\nMust-have qualifications\n"
        "- Experience coaching drivers on a camera platform (Samsara preferred).\n"
        "- Strong Excel skills: pivot tables, lookups and monthly reports.\n"
        "- Python (preferred)\n"
    )
    lines = {r.line: r.preferred for r in job.requirements}
    assert lines["Experience coaching drivers on a camera platform (Samsara preferred)."] is False
    assert lines["Strong Excel skills: pivot tables, lookups and monthly reports."] is False
    assert lines["Python (preferred)"] is True


def test_a_long_first_line_still_gives_the_title() -> None:
    job = extract_requirements(
        "Cultivation Manager, Day and Night Shifts - Leafline Farms (Kalamazoo, MI)\n\n"
        "Requirements\n- 4+ years of commercial growing experience.\n"
    )
    assert job.title is not None and job.title.text == "Cultivation Manager"


def test_whom_the_job_reports_to_and_the_team_it_joins_are_not_duties() -> None:
    job = extract_requirements(
        "Government Affairs Manager\n\nWhat you will do\n"
        "- Lead local permitting strategy for assigned projects.\n"
        "- You report to the Director of Policy and Government Affairs.\n"
        "- Reporting to our board of trustees, the manager runs the centre day to day.\n"
        "- You'll join the policy team (a director, two analysts and a coordinator).\n"
    )
    assert [d.text for d in job.responsibilities] == [
        "Lead local permitting strategy for assigned projects."
    ]
