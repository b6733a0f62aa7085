"""Resume text extraction from real PDF, DOCX, TXT and Markdown files built in the tests."""

import io
import zipfile
from functools import partial

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from mockinterview.resumes import extract
from mockinterview.resumes.errors import ResumeFileError
from mockinterview.resumes.extract import MAX_RESUME_BYTES, normalize_text

UNPACKED_LIMIT = 20 * 1024 * 1024
extract_resume_text = partial(extract.extract_resume_text, max_unpacked=UNPACKED_LIMIT)

PAGE_ONE = [
    "Priya Raman",
    "Senior Data Analyst, Northwind Traders (2019 - 2023)",
    "Cut monthly reporting time by 40% with automated SQL pipelines",
    "Built a churn dashboard in Tableau used by 30 account managers",
]
PAGE_TWO = ["Education", "B.Sc. Statistics, University of Leeds, 2015 - 2018"]


def make_pdf(pages: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for lines in pages:
        y = 720
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_shapes_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.rect(72, 600, 200, 100, fill=1)
    pdf.circle(300, 400, 50)
    pdf.line(72, 300, 500, 300)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypt_pdf(content: bytes, user_password: str, owner_password: str | None = None) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(content)))
    writer.encrypt(user_password, owner_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Marcus Bell", level=0)
    document.add_heading("Experience", level=1)
    document.add_paragraph("Registered Nurse, St. Mary's Hospital (2018 - Present)")
    document.add_paragraph("Administered medications to 12 patients per shift", style="List Bullet")
    document.add_paragraph("Trained 8 new graduate nurses on Epic charting", style="List Bullet")
    document.add_heading("Certifications", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "BLS"
    table.cell(0, 1).text = "American Heart Association, 2024"
    table.cell(1, 0).text = "ACLS"
    table.cell(1, 1).text = "American Heart Association, 2023"
    document.add_paragraph("References available on request")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def code_of(filename: str, content: bytes) -> str:
    with pytest.raises(ResumeFileError) as caught:
        extract_resume_text(filename, content)
    assert caught.value.message
    assert str(caught.value) == caught.value.message
    return caught.value.code


def test_pdf_two_pages_keeps_lines_in_order() -> None:
    text = extract_resume_text("resume.pdf", make_pdf([PAGE_ONE, PAGE_TWO]))
    lines = text.splitlines()
    for expected in PAGE_ONE + PAGE_TWO:
        assert expected in lines
    assert lines.index(PAGE_ONE[-1]) < lines.index(PAGE_TWO[0])


def test_pdf_with_empty_user_password_is_read() -> None:
    content = encrypt_pdf(make_pdf([PAGE_ONE]), "", owner_password="owner-only")
    assert "Priya Raman" in extract_resume_text("resume.PDF", content)


def test_password_protected_pdf_is_reported() -> None:
    content = encrypt_pdf(make_pdf([PAGE_ONE]), "s3cret")
    with pytest.raises(ResumeFileError) as caught:
        extract_resume_text("resume.pdf", content)
    assert caught.value.code == "encrypted"
    assert "password" in caught.value.message


def test_pdf_without_text_is_reported_as_a_scan() -> None:
    with pytest.raises(ResumeFileError) as caught:
        extract_resume_text("scan.pdf", make_shapes_pdf())
    assert caught.value.code == "no_text"
    assert "scan" in caught.value.message
    assert "paste" in caught.value.message


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.9])
def test_truncated_pdf_is_corrupt(fraction: float) -> None:
    content = make_pdf([PAGE_ONE, PAGE_TWO])
    assert code_of("resume.pdf", content[: int(len(content) * fraction)]) == "corrupt"


def test_pdf_name_with_other_content_is_corrupt_not_parsed() -> None:
    assert code_of("resume.pdf", b"Just some plain text pretending to be a PDF") == "corrupt"
    with pytest.raises(ResumeFileError) as caught:
        extract_resume_text("resume.pdf", make_docx())
    assert "Office document" in caught.value.message


def test_docx_paragraphs_bullets_and_table_in_order() -> None:
    text = extract_resume_text("cv.docx", make_docx())
    lines = [line for line in text.splitlines() if line]
    assert lines[0] == "Marcus Bell"
    assert "Registered Nurse, St. Mary's Hospital (2018 - Present)" in lines
    assert "- Administered medications to 12 patients per shift" in lines
    assert "BLS | American Heart Association, 2024" in lines
    assert lines.index("Certifications") < lines.index("ACLS | American Heart Association, 2023")
    assert lines[-1] == "References available on request"


def test_docx_that_is_really_text_is_corrupt() -> None:
    assert code_of("cv.docx", b"Marcus Bell\nRegistered Nurse\n") == "corrupt"


def test_zip_that_is_not_a_word_document_is_corrupt() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert code_of("cv.docx", out.getvalue()) == "corrupt"


def test_password_protected_docx_is_reported() -> None:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    content = header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64
    assert code_of("cv.docx", content) == "encrypted"


def test_utf8_text_and_whitespace_normalisation() -> None:
    raw = "  Zoë  Müller \r\n\r\n\r\n\r\n\u2022\tLed\x00 a team of 5 \x07\r\nSkills:\tSQL,  Excel  "
    text = extract_resume_text("cv.txt", raw.encode("utf-8"))
    assert text == "Zoë Müller\n\n- Led a team of 5\nSkills: SQL, Excel"


def test_markdown_is_read_as_text() -> None:
    raw = (
        "# Alex Kim\n\n## Projects\n\n* **Pantry** - a [meal planner](https://example.com) app\n"
        "- Launched `v2` to 1,200 users\n"
    )
    text = extract_resume_text("README.md", raw.encode("utf-8"))
    assert text.splitlines() == [
        "Alex Kim",
        "",
        "Projects",
        "",
        "- Pantry - a meal planner (https://example.com) app",
        "- Launched v2 to 1,200 users",
    ]


def test_non_utf8_text_falls_back() -> None:
    raw = "José Núñez — Café manager, 2019 – 2022"
    assert extract_resume_text("cv.txt", raw.encode("cp1252")) == raw
    assert extract_resume_text("cv.txt", raw.encode("latin-1", errors="replace")).startswith("Jos")
    assert extract_resume_text("cv.txt", raw.encode("utf-16")) == raw


def test_text_name_with_binary_content_is_corrupt() -> None:
    assert code_of("cv.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40) == "corrupt"
    assert code_of("cv.md", bytes(range(256)) * 4) == "corrupt"


@pytest.mark.parametrize("filename", ["setup.exe", "photo.png", "resume.doc", "resume", ""])
def test_unsupported_types(filename: str) -> None:
    with pytest.raises(ResumeFileError) as caught:
        extract_resume_text(filename, b"MZ\x90\x00 some bytes")
    assert caught.value.code == "unsupported_type"
    assert ".pdf" in caught.value.message and ".docx" in caught.value.message


def test_empty_and_whitespace_only_files() -> None:
    assert code_of("cv.pdf", b"") == "empty"
    assert code_of("cv.txt", b" \n\t\r\n ") == "no_text"


def test_oversized_file() -> None:
    with pytest.raises(ResumeFileError) as caught:
        extract_resume_text("cv.txt", b"a" * (MAX_RESUME_BYTES + 1))
    assert caught.value.code == "too_large"
    assert "5 MB" in caught.value.message
    assert extract_resume_text("cv.txt", b"a" * MAX_RESUME_BYTES)


def test_normalize_text_strips_control_and_invisible_characters() -> None:
    assert normalize_text("A\u200bB\ufeff\x00C\u00a0D\x0cE") == "ABC D\nE"


def test_a_two_column_layout_is_read_column_by_column_before_spaces_are_collapsed() -> None:
    side_by_side = "\n".join(
        [
            "SKILLS                       EXPERIENCE",
            "Welding (MIG, TIG)           Fabricator, Norcross Steel       2020 - present",
            "Forklift licence             - Built 40 stair frames a month",
            "Blueprint reading            - Trained two apprentices",
            "CERTIFICATES                 - Cut rework from 9% to 3%",
            "CSCS card                    Welder, Dunmore Works            2016 - 2020",
            "                             - Welded frames for farm trailers",
            "                             - Passed every weld test first time",
        ]
    )
    assert normalize_text(side_by_side).splitlines() == [
        "SKILLS",
        "Welding (MIG, TIG)",
        "Forklift licence",
        "Blueprint reading",
        "CERTIFICATES",
        "CSCS card",
        "",
        "EXPERIENCE",
        "Fabricator, Norcross Steel 2020 - present",
        "- Built 40 stair frames a month",
        "- Trained two apprentices",
        "- Cut rework from 9% to 3%",
        "Welder, Dunmore Works 2016 - 2020",
        "- Welded frames for farm trailers",
        "- Passed every weld test first time",
    ]
    single = (
        "Fabricator, Norcross Steel      2020 - present\nWelder, Dunmore Works      2016 - 2020"
    )
    assert (
        normalize_text(single)
        == "Fabricator, Norcross Steel 2020 - present\nWelder, Dunmore Works 2016 - 2020"
    )
    table = "\n".join(
        [
            "SKILLS",
            "Languages:       Python, SQL, Go",
            "Cloud:           AWS (ECS, Lambda), Terraform",
            "Data:            Airflow, dbt, Snowflake",
            "Tools:           Git, Docker, Jira",
            "",
            "EDUCATION",
            "B.S. Computer Science, Lakeview State University, 2015",
        ]
    )
    assert normalize_text(table).splitlines()[1:3] == [
        "Languages: Python, SQL, Go",
        "Cloud: AWS (ECS, Lambda), Terraform",
    ]
