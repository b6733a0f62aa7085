"""Built-in vocabulary of skills and tools across fields, and a matcher for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache

# Entries are separated by ";": canonical name first, then aliases, separated by "|".
# A leading "!" marks a case-sensitive name (an ordinary English word otherwise);
# a leading "!!" also requires a list context (a skills/requirements line or another match).
_FIELDS: dict[str, str] = {
    "software": """
Python; Java; JavaScript|JS|ECMAScript; TypeScript; C++|!cpp; C#|csharp; !!Go|Golang; !Rust
!Ruby; Ruby on Rails|Rails; PHP; Kotlin; !Swift|SwiftUI; Scala; Elixir; Haskell; Perl
Objective-C; !Dart; Flutter; !React|React.js|ReactJS; React Native; Angular|AngularJS
Vue|Vue.js|VueJS; Svelte; Next.js|NextJS; !Node.js|Node|NodeJS; !Express|Express.js; Django
!Flask; FastAPI; !!Spring|Spring Boot|Spring Framework; .NET|dotnet|ASP.NET|.NET Core
HTML|HTML5; CSS|CSS3; Sass|SCSS; Tailwind|Tailwind CSS; Redux; GraphQL
!REST|RESTful|REST API|REST APIs; gRPC; Protocol Buffers|Protobuf
Microservices|microservice architecture
WebSockets|WebSocket; jQuery; Webpack; Git; GitHub; GitLab; Bitbucket; Unit testing|unit tests
Test-driven development|TDD; !Jest; Pytest; Selenium; Cypress; Playwright; JUnit
OOP|object-oriented programming|object-oriented design; Data structures; Algorithms
System design; Distributed systems; Android; iOS; Linux|Unix; Bash|shell scripting; PowerShell
!!C; !Unity|Unity3D; Unreal Engine; Embedded systems|embedded software; Firmware; RTOS; MATLAB
Solidity; WordPress; Shopify; Code review|code reviews; API design
""",
    "data": """
SQL; PostgreSQL|Postgres; MySQL; SQLite; SQL Server|MSSQL|T-SQL
!Oracle Database|Oracle DB|PL/SQL; MongoDB; Redis; Cassandra; DynamoDB; Elasticsearch|OpenSearch
Snowflake; BigQuery; Redshift; Databricks; !Spark|Apache Spark|PySpark; Hadoop
Kafka|Apache Kafka; Airflow|Apache Airflow; dbt; ETL|ELT|data pipelines|data pipeline
Data warehousing|data warehouse; Data modeling|data modelling; pandas; NumPy; SciPy
scikit-learn|sklearn; TensorFlow; PyTorch; Keras; Machine learning|!ML; Deep learning
NLP|natural language processing; Computer vision; LLMs|large language models|LLM
Statistics|statistical analysis|statistical modeling
A/B testing|AB testing|split testing|experimentation
Regression analysis|regression models|linear regression; Forecasting
Time series|time-series analysis; Tableau; Power BI|PowerBI; Looker
Looker Studio|Google Data Studio; !Excel|Microsoft Excel|MS Excel|pivot tables; Google Sheets
VBA; !!R; !SAS; SPSS; Stata; Jupyter; Data visualization|data visualisation|dashboards|dashboard
Data analysis|data analytics; Data cleaning|data quality; Feature engineering; MLOps
Hugging Face
""",
    "devops": """
AWS|Amazon Web Services; Azure|Microsoft Azure; GCP|Google Cloud|Google Cloud Platform
Docker|containerization|containerisation; Kubernetes|k8s|EKS|GKE|AKS; Terraform; Ansible; Puppet
Jenkins; CircleCI; GitHub Actions; GitLab CI
CI/CD|continuous integration|continuous delivery|continuous deployment; !Helm; Prometheus
Grafana; Datadog; Splunk; New Relic; ELK stack|!ELK|Logstash|Kibana; Nginx; Serverless
!AWS Lambda|Lambda; EC2; !S3; CloudFormation; OpenShift; Site reliability engineering|SRE
Observability|monitoring and alerting; Incident response|incident management
Computer networking|TCP/IP|network engineering; DNS; Load balancing|load balancers
Cybersecurity|information security|InfoSec; !IAM|identity and access management; OWASP
Penetration testing|pen testing; SIEM; VMware; Windows Server; Active Directory
Infrastructure as code|!IaC
""",
    "design": """
Figma; !Sketch; Adobe XD; Photoshop|Adobe Photoshop; Illustrator|Adobe Illustrator
InDesign|Adobe InDesign; After Effects; Premiere Pro
Adobe Creative Suite|Creative Cloud|Adobe CC; !Canva; User research|UX research
Usability testing; Wireframing|wireframes; Prototyping|prototypes; Design systems|design system
Interaction design; Visual design; UI design|user interface design
UX design|user experience design; Information architecture; Accessibility|WCAG|a11y; Typography
Branding|brand identity; Motion design|motion graphics
Journey mapping|customer journey|user journeys; Personas; Miro; InVision; Framer; Blender
AutoCAD; SolidWorks; Revit
""",
    "finance": """
Financial modeling|financial modelling|financial models; Financial analysis|financial statements
FP&A|financial planning and analysis; Budgeting|budgets|budget management; Variance analysis
GAAP|US GAAP; IFRS; Accounts payable; Accounts receivable
Reconciliation|account reconciliation|reconciliations|bank reconciliations; General ledger
Month-end close|month end close|financial close; Auditing|internal audit|external audit
Tax preparation|tax returns|tax compliance; QuickBooks; !SAP|SAP S/4HANA; NetSuite; Xero
Bloomberg Terminal; Valuation|valuations; DCF|discounted cash flow; M&A|mergers and acquisitions
Due diligence; Risk management; Credit analysis|credit risk; Underwriting; Portfolio management
Equity research; Treasury|cash management; !SOX|Sarbanes-Oxley; KYC|know your customer
AML|anti-money laundering; Cash flow|cash flow forecasting; P&L|profit and loss; Cost accounting
Anaplan; Hyperion
""",
    "sales": """
Salesforce|SFDC; HubSpot; CRM|CRM systems; Lead generation|lead gen; Prospecting
Cold calling|cold outreach; Account management; Key account management
Pipeline management|sales pipeline; Negotiation|negotiating; B2B sales; SaaS sales
Enterprise sales; Solution selling; Consultative selling; MEDDIC|MEDDPICC|MEDDICC; Quota attainment
Upselling|upsell|cross-selling; Territory management; !Outreach.io; !Gong; ZoomInfo
LinkedIn Sales Navigator|Sales Navigator; Customer success; Sales forecasting
""",
    "marketing": """
SEO|search engine optimization|search engine optimisation; !SEM|search engine marketing
Google Ads|AdWords; Google Analytics|GA4; Meta Ads|Facebook Ads|Instagram Ads; Content marketing
Content strategy; Copywriting; Email marketing; Marketing automation; Marketo; Mailchimp; Pardot
Social media marketing|social media; Influencer marketing; Brand management|brand strategy
Product marketing; Go-to-market strategy|go-to-market|go to market|GTM strategy
Google Tag Manager; Demand generation|demand gen; Growth marketing
Performance marketing|paid media|paid social; PPC|pay-per-click
Conversion rate optimization|!CRO|conversion optimization; Market research; Competitive analysis
Public relations|!PR; Hootsuite; Sprout Social; Semrush; Ahrefs
Customer segmentation|segmentation; Marketing analytics; Attribution|marketing attribution
Campaign management|campaigns; Affiliate marketing; Community management
""",
    "healthcare": """
Patient care|direct patient care; Patient assessment|patient assessments|head-to-toe assessments
Medication administration|administering medications|administered medications
IV therapy|IV insertion|IV starts; Wound care; Triage; Telemetry
Critical care|ICU|intensive care; Emergency department|emergency nursing|!ER
Med-surg|medical-surgical; Pediatrics|pediatric|paediatrics; Oncology; Labor and delivery; HIPAA
Infection control|infection prevention; Phlebotomy; Vital signs
Care planning|care plans|nursing care plans; Patient education; Discharge planning
Clinical documentation|charting; Case management; Medical coding|ICD-10|CPT coding
Medical billing; Clinical research|clinical trials; Pharmacology
Mental health|behavioral health; Geriatrics|geriatric care|elder care; Home health
Physical therapy; Dementia care; Patient safety
""",
    "health_it": """
Electronic health records|EHR|EMR|electronic medical records; !Epic|Epic EHR; Cerner; Meditech
""",
    "education": """
Lesson planning|lesson plans; Curriculum development|curriculum design; Classroom management
Differentiated instruction|differentiation; Formative assessment|formative assessments
IEP|IEPs|individualized education program; Special education|SPED
ESL|!ELL|English as a second language; Google Classroom; !Canvas LMS|!Canvas; !Blackboard
Moodle; LMS|learning management system; Instructional design
E-learning|eLearning|online learning; Articulate Storyline|Articulate 360|Storyline
Adult learning; Tutoring; Student engagement; Common Core; !STEM; Project-based learning
Behavior management|behaviour management; Training delivery|facilitation; ADDIE
Parent communication|parent-teacher conferences
""",
    "operations": """
Supply chain|supply chain management; Logistics; Inventory management|inventory control
Procurement|purchasing; Vendor management|supplier management; !Lean|lean manufacturing
Six Sigma|Lean Six Sigma; Process improvement|continuous improvement; Kaizen; ERP
Demand planning; Warehouse management|WMS; Project management; Program management
Stakeholder management; Risk assessment; Quality assurance|!QA; Quality control; ISO 9001; OSHA
SOPs|standard operating procedures; Root cause analysis; Capacity planning
Operations management; !Asana; Trello; Monday.com; Smartsheet; MS Project|Microsoft Project
Visio; KPIs|KPI; OKRs; Customer service; Zendesk; ServiceNow; ITIL; Agile; Scrum; Kanban; Jira
Confluence
""",
    "hr": """
Recruiting|recruitment|talent acquisition; Sourcing candidates|candidate sourcing
Applicant tracking systems|!ATS; !Greenhouse; !Workday; BambooHR; !ADP; Onboarding
Employee relations; Performance management; Compensation and benefits|compensation planning
Benefits administration; Payroll; HRIS; Diversity and inclusion|!DEI|D&I; Succession planning
Workforce planning; Talent management; Employee engagement
Organizational development|organisational development; Coaching; Mentoring|mentorship
""",
    "legal": """
Contract drafting|drafting contracts; Contract negotiation; Contract management; Legal research
Litigation; Westlaw; LexisNexis; Compliance|regulatory compliance; GDPR; CCPA
PCI DSS|PCI-DSS|PCI compliance; SOC 2|SOC2; ISO 27001
Intellectual property; Corporate law; Employment law; E-discovery|eDiscovery; Legal writing
Data privacy|privacy law; Corporate governance; Mediation; Clio
""",
    "consulting": """
Business analysis; Requirements gathering; Process mapping; Change management
Strategic planning|strategy development; Market sizing; Business cases|business case
Benchmarking; PowerPoint|Microsoft PowerPoint; Workshop facilitation
Client management|client relationship management; Digital transformation
Operating model|operating models; BPMN
""",
    "credential": """
RN license|Registered Nurse|!RN; BLS|Basic Life Support; ACLS|Advanced Cardiac Life Support
!PALS; CPR; NCLEX; CCRN; CPA|Certified Public Accountant; CFA|Chartered Financial Analyst
PMP|Project Management Professional; PRINCE2; SHRM|SHRM-CP|SHRM-SCP
AWS Certified|AWS certification; CISSP
Six Sigma Green Belt|Six Sigma Black Belt|Green Belt|Black Belt
Teaching license|teaching certificate|teaching credential
Bar admission|admitted to the bar|bar license
""",
    "general": """
Microsoft Office|MS Office|Microsoft 365|Office 365; Microsoft Word|MS Word
Google Workspace|G Suite; !Slack; Public speaking; Spanish; French; German; Mandarin; Portuguese
Arabic; Japanese
""",
}


@dataclass(frozen=True)
class SkillMatch:
    """One vocabulary skill found in a line of text."""

    name: str
    field: str
    start: int = dataclass_field(default=-1, compare=False)
    end: int = dataclass_field(default=-1, compare=False)


def _key(text: str) -> str:
    return re.sub(r"[\s\-]+", "", text.lower())


@dataclass(frozen=True)
class _Vocabulary:
    by_key: dict[str, tuple[str, str]]
    loose: re.Pattern[str]
    strict: re.Pattern[str]
    listed: re.Pattern[str]
    strict_keys: frozenset[str]


def _alternation(aliases: list[str]) -> str:
    parts = []
    for alias in sorted(set(aliases), key=lambda a: (-len(a), a)):
        parts.append(r"[\s\-]*".join(re.escape(word) for word in re.split(r"[\s\-]+", alias)))
    return "|".join(parts) or "(?!)"


_PRACTICE = re.compile(r"^[A-Za-z][\w ]* management$")


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    by_key: dict[str, tuple[str, str]] = {}
    loose: list[str] = []
    strict: list[str] = []
    listed: list[str] = []
    strict_keys: set[str] = set()
    for field, block in _FIELDS.items():
        for entry in filter(None, (item.strip() for item in re.split(r"[;\n]", block))):
            names = entry.split("|")
            canonical = names[0].lstrip("!")
            # whoever was a "project manager" did project management
            names += [n[: -len("management")] + "manager" for n in names if _PRACTICE.search(n)]
            for alias in names:
                bucket = listed if alias.startswith("!!") else strict if alias[0] == "!" else loose
                alias = alias.lstrip("!")
                bucket.append(alias)
                by_key.setdefault(_key(alias), (canonical, field))
                if bucket is not loose:
                    strict_keys.add(_key(alias))
    edge_l = r"(?<![\w@.#+&-])"
    edge_r = r"(?![\w+#&]|-\w|\.\w|\s+(?:19|20)\d\d)"
    return _Vocabulary(
        by_key=by_key,
        loose=re.compile(rf"(?<![\w@#+.])({_alternation(loose)})(?:e?s)?(?![\w+#])", re.I),
        strict=re.compile(rf"{edge_l}({_alternation(strict)}){edge_r}"),
        listed=re.compile(rf"{edge_l}({_alternation(listed)}){edge_r}"),
        strict_keys=frozenset(strict_keys),
    )


def find_skills(text: str, *, list_context: bool = False) -> list[SkillMatch]:
    """Return the vocabulary skills named in text, once each, in order of appearance."""
    vocab = _vocabulary()
    found: list[tuple[int, SkillMatch]] = []
    patterns = [vocab.loose, vocab.strict]
    for pattern in patterns:
        for match in pattern.finditer(text):
            canonical, field = vocab.by_key.get(_key(match.group(1)), ("", ""))
            if canonical:
                found.append((match.start(), SkillMatch(canonical, field, *match.span(1))))
    if list_context or found:
        for match in vocab.listed.finditer(text):
            canonical, field = vocab.by_key[_key(match.group(1))]
            found.append((match.start(), SkillMatch(canonical, field, *match.span(1))))
    seen: set[str] = set()
    result: list[SkillMatch] = []
    for _, skill in sorted(found, key=lambda item: item[0]):
        if skill.name not in seen:
            seen.add(skill.name)
            result.append(skill)
    return result


def canonical_skill(name: str) -> str:
    """Return the vocabulary's name for a skill, or the name itself when it is not known."""
    entry = _vocabulary().by_key.get(_key(name))
    return entry[0] if entry else name.strip()


def skill_field(name: str) -> str:
    """Return the field a skill belongs to ("general" when unknown)."""
    entry = _vocabulary().by_key.get(_key(name))
    return entry[1] if entry else "general"


def vocabulary_size() -> int:
    """Return the number of distinct skills in the vocabulary."""
    return len({canonical for canonical, _ in _vocabulary().by_key.values()})


_COMMON_ENDINGS = (
    "ing",
    "ics",
    "tion",
    "sion",
    "ment",
    "ogy",
    "ance",
    "ence",
    "ure",
    "ery",
    "ness",
)
_PROPER_EXCEPTIONS = frozenset({"Spring", "Unity", "Looker", "Hugging Face", "Lean"})
_COMMON_EXTRA = frozenset(
    {"Triage", "Payroll", "Treasury", "Telemetry", "Phlebotomy", "Algorithms"}
)


def display_skill(name: str) -> str:
    """Return a skill name as it reads mid-sentence ("critical care", but "Python")."""
    words = name.split()
    if not words or name in _PROPER_EXCEPTIONS or any(ch.isdigit() for ch in name):
        return name
    first = words[0]
    if not (first[:1].isupper() and first[1:].replace("-", "").islower()):
        return name
    if len(words) > 1:
        tail_lower = all(word == word.lower() for word in words[1:])
        return first.lower() + name[len(first) :] if tail_lower else name
    if name.endswith(_COMMON_ENDINGS) or name in _COMMON_EXTRA or "-" in name:
        return name.lower()
    return name
