"""Reading a Word (.docx) file: its real unpacked size, then its lines in reading order."""

from __future__ import annotations

import copy
import io
import sys
import zipfile
from collections.abc import Iterator

from mockinterview.resumes.errors import ResumeFileError

_CHUNK = 64 * 1024
_READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # the only ones Word writes


def check_unpacked_size(archive: zipfile.ZipFile, limit: int) -> None:
    """Inflate every member in small chunks, counting the bytes really produced, up to `limit`.

    The sizes the ZIP headers declare are never believed: a file can claim a few bytes and
    inflate to gigabytes.
    """
    total = 0
    for info in archive.infolist():
        if info.compress_type not in _READABLE_METHODS:
            raise ResumeFileError(
                "corrupt", "The Word document could not be read; it may be damaged."
            )
        unbounded = copy.copy(info)
        unbounded.file_size = sys.maxsize  # read until the data really ends
        with archive.open(unbounded) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise ResumeFileError(
                        "unpacked_limit",
                        f"This Word document unpacks to more than {limit / 2**20:g} MB, far "
                        "more than a resume holds, so it was not read. Save a copy without "
                        "large images, or paste the resume text instead.",
                    )


def docx_lines(content: bytes) -> Iterator[str]:
    """Header lines once each, then paragraphs (list items as "- ") and table rows."""
    import docx

    document = docx.Document(io.BytesIO(content))
    style_names: dict[str | None, str] = {}
    seen_headers: set[str] = set()
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            text = paragraph.text.strip()
            if text and text not in seen_headers:
                seen_headers.add(text)
                yield text
    yield from _blocks(document, style_names)


def _style_name(paragraph: object, names: dict[str | None, str]) -> str:
    """The paragraph's style name, looked up once per style (python-docx scans every style)."""
    style_id = paragraph._p.style  # type: ignore[attr-defined]
    if style_id not in names:
        style = paragraph.style  # type: ignore[attr-defined]
        names[style_id] = (style.name or "") if style is not None else ""
    return names[style_id]


def _blocks(container: object, names: dict[str | None, str]) -> Iterator[str]:
    from docx.table import Table

    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            yield from _table(block, names)
            continue
        text = block.text
        style = _style_name(block, names)
        if _is_list_paragraph(block, style) and text.strip():
            text = "- " + text.strip()
        elif style.startswith(("Heading", "Title")):
            yield ""
        yield text


def _table(table: object, names: dict[str | None, str]) -> Iterator[str]:
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat the same element
                continue
            seen.add(id(cell._tc))
            text = " ".join(line.strip() for line in _blocks(cell, names) if line.strip())
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)


def _is_list_paragraph(paragraph: object, style: str) -> bool:
    ppr = paragraph._p.pPr  # type: ignore[attr-defined]
    if ppr is not None and ppr.numPr is not None:
        return True
    return style.startswith("List")
