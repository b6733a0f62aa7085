"""Reading skills, roles, projects, achievements, education and gaps from resumes."""

from datetime import date

import pytest
from tailoring_samples import CAREER_CHANGE_RESUME, MARKETING_RESUME, NURSE_RESUME, SOFTWARE_RESUME

from mockinterview.resumes.columns import unfold_columns
from mockinterview.tailoring.profile import extract_profile
from mockinterview.tailoring.schemas import ResumeProfile

TODAY = date(2025, 6, 1)


def all_lines(profile: ResumeProfile) -> list[str]:
    lines = [s.line for s in profile.skills] + [x for s in profile.skills for x in s.lines]
    lines += [r.line for r in profile.roles] + [r.date_line for r in profile.roles]
    lines += [p.line for p in profile.projects] + [a.line for a in profile.achievements]
    lines += [e.line for e in profile.education]
    if profile.years_line:
        lines.append(profile.years_line)
    return lines


def test_software_resume() -> None:
    profile = extract_profile(SOFTWARE_RESUME, today=TODAY)
    names = {s.name for s in profile.skills}
    assert {"Python", "Django", "Flask", "PostgreSQL", "Redis", "AWS", "Terraform"} <= names
    assert "Pydantic" in names  # a capitalised tool from the Skills section
    roles = [(r.title, r.employer, r.start, r.end, r.current) for r in profile.roles]
    assert roles == [
        ("Senior Software Engineer", "Brightpay Ltd", "2021-03", "2025-06", True),
        ("Software Engineer", "Ledgerline", "2017-01", "2019-06", False),
    ]
    projects = {p.name for p in profile.projects}
    assert {"Tidepool", "Ledger Lint", "migration of billing to AWS"} <= projects
    metrics = {a.metric for a in profile.achievements}
    assert "35%" in metrics
    assert "from 900ms to 250ms" in metrics
    assert profile.education[0].text.startswith("BSc Computer Science")
    assert profile.years_experience == 6
    assert [(g.months, g.start, g.end) for g in profile.gaps] == [(20, "2019-07", "2021-02")]


def test_roles_with_dates_on_their_own_line() -> None:
    profile = extract_profile(NURSE_RESUME, today=TODAY)
    roles = [(r.title, r.employer, r.start, r.end) for r in profile.roles]
    assert roles == [
        ("Charge Nurse", "St. Luke's Medical Center", "2019-01", "2025-06"),
        ("Staff Nurse", "Mercy General Hospital", "2014-06", "2017-08"),
    ]
    assert profile.roles[0].line == "Charge Nurse, St. Luke's Medical Center"
    assert profile.roles[0].date_line == "Jan 2019 - Present"
    assert profile.gaps[0].months == 16
    names = {s.name for s in profile.skills}
    assert {"Epic", "Medication administration", "IV therapy", "BLS", "ACLS"} <= names


def test_title_at_employer_and_year_only_dates() -> None:
    profile = extract_profile(MARKETING_RESUME, today=TODAY)
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("Growth Marketing Manager", "Loomly Apps"),
        ("Marketing Coordinator", "Brightside Events"),
    ]
    assert profile.gaps == []  # 2017-2020 then 2020-2024 is continuous
    assert profile.years_experience == 8
    assert any(a.metric == "$250k" and a.kind == "scale" for a in profile.achievements)
    assert any(a.metric == "18%" and a.kind == "result" for a in profile.achievements)


def test_school_employer_is_a_role_but_degree_is_not() -> None:
    profile = extract_profile(CAREER_CHANGE_RESUME, today=TODAY)
    assert [r.title for r in profile.roles] == ["High School Science Teacher"]
    software = extract_profile(SOFTWARE_RESUME, today=TODAY)
    assert all("University" not in (r.employer or "") for r in software.roles)


SCHOOL_EMPLOYER = """Renee Ortiz
EXPERIENCE
School Nurse
Alder Creek Unified School District, Fresno, CA          August 2018 - Present
- Sole nurse for three campuses and about 1,400 students
Staff Nurse, Pediatrics
Valley Children's Hospital, Fresno, CA          June 2013 - June 2017
EDUCATION
Fresno State University, BSN, 2013
"""


def test_a_school_district_in_the_work_history_is_an_employer_and_dates_name_theirs() -> None:
    profile = extract_profile(SCHOOL_EMPLOYER, today=TODAY)
    assert [(r.title, r.employer, r.current) for r in profile.roles] == [
        ("School Nurse", "Alder Creek Unified School District", True),
        ("Staff Nurse", "Valley Children's Hospital", False),
    ]


def test_every_item_quotes_a_real_line() -> None:
    for resume in (SOFTWARE_RESUME, NURSE_RESUME, MARKETING_RESUME, CAREER_CHANGE_RESUME):
        profile = extract_profile(resume, today=TODAY)
        for line in all_lines(profile):
            assert line and line in resume


def test_empty_and_unstructured_resumes() -> None:
    assert extract_profile("") == ResumeProfile()
    profile = extract_profile("Jane Doe\njane@example.com")
    assert profile.roles == [] and profile.skills == [] and profile.projects == []


JOBS_WITHOUT_A_HEADING = """Dana Okoro
Skills
- Windows Server, Active Directory, PowerShell
Certifications
- CompTIA Security+ (2024)
---
Systems Administrator · Lakeview Credit Union · Apr 2023 - present
- Ran the quarterly phishing simulation; the click rate fell from 14% to 3% in a year
Leave (Aug 2022 - Mar 2023)
- Time away to care for a parent
IT Help Desk Technician · Harbor School District · Aug 2019 - Jul 2022
- Resolved about 60 tickets a week for 3,400 students and staff
Projects
Home detection lab (2024 - present). Wazuh and Sysmon on a small server, 20 detection rules.
"""


def test_jobs_listed_without_an_experience_heading_are_roles_and_leave_is_a_gap() -> None:
    profile = extract_profile(JOBS_WITHOUT_A_HEADING, today=TODAY.replace(year=2026))
    roles = [(r.title, r.employer) for r in profile.roles]
    assert roles == [
        ("Systems Administrator", "Lakeview Credit Union"),
        ("IT Help Desk Technician", "Harbor School District"),
    ]
    assert [gap.months for gap in profile.gaps] == [8]
    assert any("14% to 3%" in a.line for a in profile.achievements)


@pytest.mark.parametrize(
    ("top", "aim"),
    [
        (
            "PROFILE\nDriver trainer with 12 years on the road. Ready to move off the road and "
            "into a full-time fleet safety role.\n",
            "Ready to move off the road and into a full-time fleet safety role.",
        ),
        (
            "JO PRUITT\nSterile processing lead with eleven years at one hospital. Looking for my "
            "first supervisor role, ideally in outpatient surgery.\n",
            "Looking for my first supervisor role, ideally in outpatient surgery.",
        ),
        ("Summary\nSterile processing lead with eleven years at one hospital.\n", None),
    ],
)
def test_the_move_a_resume_says_it_wants_is_read_from_above_the_work_history(
    top: str, aim: str | None
) -> None:
    resume = (
        top + "\nExperience\nDriver, Prairie Line Freight, Jan 2015 - present\n"
        "- Looking to cut idle time, I rebuilt the route plan for 40 trucks\n"
    )
    found = extract_profile(resume, today=TODAY).aim
    assert (found.text if found else None) == aim


def test_a_job_title_in_capitals_is_a_role_not_a_section_heading() -> None:
    resume = (
        "EXPERIENCE\n\nAUTOMOTIVE SERVICE TECHNICIAN\nPrairie Sky Ford, Lethbridge, AB | "
        "Jun 2019 - Present\n- Lead diagnostic tech for CAN bus faults\n\nDIESEL FLEET "
        "TECHNICIAN\nRidgeline Fleet Services, Medicine Hat, AB | Jan 2019 - May 2019\n"
        "- Serviced a fleet of 60 delivery vans\n\nVOLUNTEER\n- Youth robotics club mentor\n"
    )
    profile = extract_profile(resume, today=TODAY)
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("AUTOMOTIVE SERVICE TECHNICIAN", "Prairie Sky Ford"),
        ("DIESEL FLEET TECHNICIAN", "Ridgeline Fleet Services"),
    ]
    assert [v.text for v in profile.volunteering] == ["Youth robotics club mentor"]


TWO_COLUMNS = """MARA LINDQVIST                  PAYROLL TEAM LEAD
Leeds  |  mara.l@example.com

SKILLS                          EXPERIENCE
Sage Payroll, Xero              Payroll Supervisor, Brookfield Foods   Mar 2021 - present
Pension auto-enrolment          - Run monthly payroll for 1,400 staff across four sites
Excel (pivot tables)            with a team of three; cut late corrections by 60%.
                                - Led the move from spreadsheets to Sage Payroll in 2022.
EDUCATION
BA Accounting, Leeds Beckett    Payroll Officer, Kirkgate Council      Jun 2016 - Feb 2021
University, 2016                - Processed weekly and monthly payrolls for 900 staff.
                                - Trained two new payroll clerks.

Treasurer, Headingley Rowing Club                                      2019 - 2023
"""


def test_a_two_column_resume_is_read_column_by_column() -> None:
    profile = extract_profile(TWO_COLUMNS, today=TODAY)
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("Payroll Supervisor", "Brookfield Foods"),
        ("Payroll Officer", "Kirkgate Council"),
        ("Treasurer", "Headingley Rowing Club"),
    ]
    assert {"Sage Payroll", "Xero"} <= {s.name for s in profile.skills}
    assert any("1,400 staff" in a.line for a in profile.achievements)


def test_a_single_column_resume_with_dates_at_the_margin_is_left_as_it_is() -> None:
    for resume in (SCHOOL_EMPLOYER, NURSE_RESUME, SOFTWARE_RESUME):
        assert unfold_columns(resume) == resume
