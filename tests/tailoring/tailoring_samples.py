"""Sample resumes, job descriptions and a small question bank for the tailoring tests."""

from mockinterview.tailoring.schemas import BankQuestion

SOFTWARE_RESUME = """\
Daniel Okafor
Backend Engineer | daniel.okafor@example.com | Leeds, UK

SUMMARY
Backend engineer with 6 years of experience building payment and billing systems.

EXPERIENCE
Senior Software Engineer, Brightpay Ltd (Mar 2021 - Present)
- Led migration of billing to AWS, cutting hosting costs by 35%
- Designed an idempotent payments API in Python and PostgreSQL handling 2 million requests a day
- Mentored 4 junior engineers through weekly code reviews

Software Engineer, Ledgerline (Jan 2017 - Jun 2019)
- Built a reconciliation service in Django that cut manual finance work by 20 hours a week
- Reduced p95 API latency from 900ms to 250ms by adding Redis caching

PROJECTS
Tidepool - an open-source rate limiter for Flask apps (1,200 GitHub stars)
Ledger Lint: a static checker for double-entry bookkeeping rules

SKILLS
Python, Django, Flask, PostgreSQL, Redis, AWS, Docker, Terraform, GitHub Actions, Pydantic

EDUCATION
BSc Computer Science, University of Manchester, 2013 - 2016
"""

SOFTWARE_JD = """\
Senior Backend Engineer - Fintech Platform
Company: Northwind Payments

About the role
You will own services that move money for thousands of small businesses.
- Design and operate high-volume payment APIs
- Lead incident reviews and improve on-call health
- Partner with product managers to scope new features

Requirements
- 5+ years of experience building backend services in Python
- Strong PostgreSQL and data modelling skills
- Experience running services on Kubernetes in production
- Familiarity with AWS and infrastructure as code (Terraform)

Nice to have
- Experience with Kafka or other event streaming systems
- Exposure to PCI DSS compliance

Benefits
- Competitive salary and 30 days of holiday
"""

NURSE_RESUME = """\
Maria Santos, RN
Registered Nurse with 8 years of acute care experience.

Professional Experience
Charge Nurse, St. Luke's Medical Center
Jan 2019 - Present
- Supervised a team of 9 nurses on a 32-bed medical-surgical unit
- Reduced patient falls by 30% by introducing hourly rounding
- Trained 15 new graduate nurses on Epic charting and medication administration

Staff Nurse, Mercy General Hospital
Jun 2014 - Aug 2017
- Provided direct patient care for post-operative patients
- Administered IV therapy and monitored telemetry for up to 6 patients per shift

Education
BSN, University of Texas at Austin, 2014

Certifications
BLS, ACLS, PALS
"""

NURSE_JD = """\
ICU Registered Nurse
Riverside Health is hiring an ICU Registered Nurse for our 24-bed critical care unit.

Responsibilities
- Assess, plan and deliver care for critically ill patients
- Manage ventilated patients and titrate vasoactive drips
- Educate patients and families about treatment plans

Qualifications
- Active RN license
- 2+ years of critical care experience
- BLS and ACLS certification required
- Experience with Epic EHR
- CCRN certification preferred
"""

MARKETING_RESUME = """\
Chloe Bennett
Growth Marketing Manager

Experience
Growth Marketing Manager at Loomly Apps, 2020 - 2024
- Launched a lifecycle email program in HubSpot that lifted trial-to-paid conversion by 18%
- Managed a $250k quarterly paid social budget across Meta Ads and LinkedIn
- Ran 40+ A/B tests on landing pages with Google Analytics and Hotjar

Marketing Coordinator, Brightside Events, 2017 - 2020
- Coordinated 12 trade show campaigns per year
- Grew Instagram following from 2,000 to 25,000 in 18 months

Skills
SEO, Content strategy, Copywriting, HubSpot, Google Analytics, Hotjar, Canva

Education
BA Communications, University of Bristol
"""

MARKETING_JD = """\
Product Marketing Manager
At Fernwood, we make budgeting software that households actually enjoy using.

What you'll do
- Own positioning and messaging for two product lines
- Plan and run go-to-market launches with product and sales
- Build sales enablement materials and competitive battlecards

What you'll need
- 4+ years in product marketing or growth marketing at a SaaS company
- Strong copywriting and market research skills
- Experience with Salesforce and HubSpot
- Comfortable presenting to executives

Nice to have
- Experience marketing to consumers in fintech
"""

CAREER_CHANGE_RESUME = """\
Sam Lee

Experience
High School Science Teacher, Lincoln High School (Aug 2015 - Jun 2023)
- Designed a project-based learning curriculum for 150 students a year
- Raised end-of-year exam pass rates by 22% over three years

Skills
Lesson planning, Classroom management, Google Classroom, Canvas LMS, Python
"""

DATA_ANALYST_JD = """\
Data Analyst
We are looking for a Data Analyst to join our analytics team.

Requirements
- Strong SQL and Excel skills
- Experience with Tableau or Power BI
- Knowledge of statistics and A/B testing
"""


def _bank_entry(
    number: int, category: str, difficulty: str, skills: list[str], prompt: str
) -> BankQuestion:
    star = None
    if category in ("behavioral", "situational"):
        star = {
            "situation": "Set the scene briefly.",
            "task": "Say what you were responsible for.",
            "action": "Describe your own steps.",
            "result": "Share the outcome and the lesson.",
        }
    return BankQuestion(
        question_uuid=f"00000000-0000-4000-8000-{number:012d}",
        prompt=prompt,
        category=category,  # type: ignore[arg-type]
        difficulty=difficulty,  # type: ignore[arg-type]
        expected_skills=skills,
        star_framework=star,
        interviewer_guidance="Listen for specifics and the candidate's own contribution.",
    )


BANK_SPECS = [
    ("behavioral", "mid", ["communication"], "Tell me about a time you had to deliver bad news."),
    ("behavioral", "entry", ["teamwork"], "Describe a time you helped a struggling teammate."),
    ("behavioral", "senior", ["leadership"], "Tell me about a decision you made with little data."),
    ("behavioral", "mid", ["feedback"], "Tell me about feedback that changed how you work."),
    ("technical", "mid", ["SQL"], "How would you find duplicate rows in a large SQL table?"),
    ("technical", "senior", ["Python"], "How do you profile and speed up slow Python code?"),
    ("technical", "entry", ["Excel"], "How would you build a pivot table to summarise sales?"),
    ("technical", "mid", ["Kubernetes"], "How does a Kubernetes deployment roll out safely?"),
    ("technical", "mid", ["patient assessment"], "How do you prioritise a head-to-toe assessment?"),
    ("situational", "mid", ["prioritization"], "Two urgent requests arrive at once. What now?"),
    (
        "situational",
        "entry",
        ["communication"],
        "A customer is angry about a delay. What do you do?",
    ),
    ("situational", "senior", ["stakeholder management"], "Your plan is rejected. What next?"),
    ("company", "mid", ["motivation"], "Why do you want to work here?"),
    ("company", "entry", ["motivation"], "Where do you see yourself in three years?"),
]


def sample_bank() -> list[BankQuestion]:
    """A small question bank covering every category and difficulty."""
    return [_bank_entry(i + 1, *spec) for i, spec in enumerate(BANK_SPECS)]
