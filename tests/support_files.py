"""Real sample resume files, written by the libraries that make such files."""

import io
from typing import Any

import httpx
from docx import Document
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

RESUME_LINES = [
    "Jordan Rivera",
    "Backend Engineer",
    "Experience",
    "Senior Software Engineer, Northwind Logistics (2020 - 2024)",
    "- Led migration of the billing service to AWS, cutting hosting costs by 35%",
    "- Built a Python and PostgreSQL event pipeline processing 2 million orders a day",
    "Software Engineer, Contoso Retail (2017 - 2020)",
    "- Designed REST APIs in Django used by 40 internal teams",
    "Skills",
    "Python, Django, PostgreSQL, AWS, Docker, REST APIs",
]

JOB_DESCRIPTION = """Staff Backend Engineer at Acme Payments
We are looking for a senior backend engineer to own our payments platform.
Requirements:
- 7+ years of backend development in Python or Go
- Experience with Kubernetes and Terraform
- Strong PostgreSQL skills
Nice to have:
- Kafka experience
"""


def resume_pdf(lines: list[str] = RESUME_LINES) -> bytes:
    """A two-page PDF resume written with reportlab."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER)
    y = 740
    for index, line in enumerate(lines):
        if index == len(lines) // 2:
            pdf.showPage()
            y = 740
        pdf.drawString(72, y, line)
        y -= 18
    pdf.save()
    return buffer.getvalue()


def resume_docx(lines: list[str] = RESUME_LINES) -> bytes:
    """A DOCX resume written with python-docx."""
    document = Document()
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


async def published_resume(client: httpx.AsyncClient, account: dict[str, Any]) -> str:
    """Upload and publish the sample resume; returns its id."""
    created = await client.post(
        "/api/resumes",
        files={"file": ("cv.txt", "\n".join(RESUME_LINES).encode())},
        headers=account["headers"],
    )
    rid = created.json()["resume_id"]
    await client.patch(f"/api/resumes/{rid}", json={"published": True}, headers=account["headers"])
    return str(rid)


async def ready_interview(client: httpx.AsyncClient, account: dict[str, Any]) -> dict[str, Any]:
    """An interview with generated questions."""
    h = account["headers"]
    rid = await published_resume(client, account)
    interview = (await client.post("/api/mock-interviews", json={}, headers=h)).json()
    generated = await client.post(
        f"/api/mock-interviews/{interview['id']}/generate-questions",
        json={"resume_id": rid, "job_description": JOB_DESCRIPTION},
        headers=h,
    )
    assert generated.status_code == 200, generated.text
    return dict(generated.json())
