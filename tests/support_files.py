"""Real sample resume files, written by the libraries that make such files."""

import io
import struct
import zipfile
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


def docx_of_repeated_paragraphs(megabytes: float) -> bytes:
    """A real Word document whose body repeats one paragraph until it holds this much XML.

    The XML is streamed into the ZIP, so a document that inflates to tens of MB is built
    without holding it in memory; it compresses to a few hundred KB.
    """
    template = zipfile.ZipFile(io.BytesIO(resume_docx()))
    paragraph = b"<w:p><w:r><w:t>Built reliable systems for a growing team</w:t></w:r></w:p>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in template.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info, template.read(info))
                continue
            head, tail = template.read(info).split(b"<w:body>")
            with archive.open("word/document.xml", "w") as member:
                member.write(head + b"<w:body>")
                block = paragraph * 1000
                for _ in range(int(megabytes * 2**20) // len(block)):
                    member.write(block)
                member.write(tail)
    return out.getvalue()


def declaring_size(content: bytes, member: str, declared: int) -> bytes:
    """The ZIP with the uncompressed size of one member rewritten in both of its headers."""
    data = bytearray(content)
    name = member.encode()
    for signature, name_length_at, name_at, size_at in (
        (b"PK\x03\x04", 26, 30, 22),  # local file header
        (b"PK\x01\x02", 28, 46, 24),  # central directory entry
    ):
        at = data.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", data, at + name_length_at)
            if data[at + name_at : at + name_at + length] == name:
                struct.pack_into("<I", data, at + size_at, declared)
            at = data.find(signature, at + 4)
    return bytes(data)


def pdf_with_one_crowded_page(words: int) -> bytes:
    """A valid one-page PDF holding `words` separately placed words: slow for any reader."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER)
    text = pdf.beginText()
    for index in range(words):
        text.setTextOrigin(20 + (index % 7) * 80, 770 - (index // 7) % 750)
        text.textOut("ab ")
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
