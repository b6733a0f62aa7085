"""Extract plain text from an uploaded resume (PDF, DOCX, TXT, Markdown or JSON Resume)."""

from __future__ import annotations

import importlib
import io
import re
import unicodedata
import zipfile

from mockinterview.resumes.columns import unfold_columns
from mockinterview.resumes.docx_text import check_unpacked_size, docx_lines
from mockinterview.resumes.errors import ResumeFileError
from mockinterview.resumes.json_resume import json_resume_text

MAX_RESUME_BYTES = 5 * 1024 * 1024
MAX_PDF_PAGES = 100
SUPPORTED_EXTENSIONS = (".pdf", ".docx", ".txt", ".md", ".markdown", ".json")

_KIND_BY_EXTENSION = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json_resume",
}
_ACCEPTED = "PDF (.pdf), Word (.docx), plain text (.txt), Markdown (.md) or JSON Resume (.json)"
_MAGIC = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Microsoft Office file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"),
    (b"{\\rtf", "an RTF document"),
)
_BULLET_GLYPHS = (
    "\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u25cb\u25c6\u25c7"
    "\u25ba\u25b6\u2713\u2714\u27a2\u27a4\u2192\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
)
_BULLET_RE = re.compile(rf"^(?:[{_BULLET_GLYPHS}]\s*|[*+]\s+)")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _megabytes(size: int) -> str:
    """A size in MB, precise enough never to read as the limit itself."""
    mb = size / (1024 * 1024)
    limit = MAX_RESUME_BYTES / (1024 * 1024)
    if round(mb, 1) > limit:
        return f"{mb:.1f} MB"
    return f"{mb:.2f} MB" if round(mb, 2) > limit else f"{size:,} bytes"


def check_upload(filename: str, content: bytes, size: int | None = None) -> str:
    """The file's kind, or ResumeFileError when its name, emptiness or size rule it out.

    `size` is the upload's real size when `content` holds only its first bytes.
    """
    kind = _kind_from_name(filename)
    if not content:
        raise ResumeFileError("empty", "The file is empty. Choose the file again, or paste text.")
    total = max(size or 0, len(content))
    if total > MAX_RESUME_BYTES:
        raise ResumeFileError(
            "too_large",
            f"The file is {_megabytes(total)}; resumes can be at most "
            f"{MAX_RESUME_BYTES // (1024 * 1024)} MB. Remove images or export a smaller copy.",
        )
    return kind


def extract_resume_text(
    filename: str, content: bytes, size: int | None = None, *, max_unpacked: int
) -> str:
    """Return the normalised text of a resume file, or raise ResumeFileError saying why not.

    A Word document inflating to more than `max_unpacked` bytes is refused unread.
    MemoryError is passed on, not reported as a damaged file.
    """
    kind = check_upload(filename, content, size)
    try:
        if kind == "pdf":
            raw = _pdf_text(content)
        elif kind == "docx":
            raw = _docx_text(content, max_unpacked)
        elif kind == "json_resume":
            raw = json_resume_text(content)
        else:
            raw = _plain_text(content, markdown=kind == "markdown")
    except (ResumeFileError, MemoryError):
        raise
    except Exception as exc:  # any parser failure is reported as an unreadable file
        raise ResumeFileError(
            "corrupt", f"The file could not be read as {_label(kind)}; it may be damaged."
        ) from exc
    text = normalize_text(raw)
    if not text:
        if kind == "pdf":
            raise ResumeFileError(
                "no_text",
                "No text was found in this PDF. It seems to be a scan or an image. Export the "
                "resume again as a text PDF from your editor, or paste its text instead.",
            )
        raise ResumeFileError("no_text", "The file contains no readable text.")
    return text


def preload_parsers() -> None:
    """Import the PDF and Word parsers now rather than while the first file is read."""
    for module in ("pypdf", "docx", "docx.table"):
        importlib.import_module(module)


def normalize_text(text: str) -> str:
    """Normalise whitespace and characters; one line per line or bullet, column by column."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = unfold_columns(_CONTROL.sub("", _LINE_BREAKS.sub("\n", text)))
    lines: list[str] = []
    for line in text.split("\n"):
        cleaned = _BULLET_RE.sub("- ", " ".join(line.split()))
        cleaned = _PRIVATE_USE.sub("", cleaned).strip()
        lines.append("" if cleaned == "-" else cleaned)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _kind_from_name(filename: str) -> str:
    name = re.split(r"[\\/]", filename or "")[-1].strip().lower()
    dot = name.rfind(".")
    extension = name[dot:] if dot > 0 else ""
    kind = _KIND_BY_EXTENSION.get(extension)
    if kind is None:
        hint = ""
        if extension == ".doc":
            hint = " Older .doc files are not supported: save the file as .docx or PDF."
        shown = f"'{extension}' files are" if extension else "Files without an extension are"
        raise ResumeFileError(
            "unsupported_type", f"{shown} not supported. Upload a {_ACCEPTED} file.{hint}"
        )
    return kind


def _label(kind: str) -> str:
    return {"pdf": "a PDF", "docx": "a Word document", "json_resume": "JSON"}.get(kind, "text")


def _sniff(content: bytes) -> str | None:
    for magic, description in _MAGIC:
        if content.startswith(magic):
            return description
    return None


def _mismatch(kind: str, content: bytes) -> ResumeFileError:
    found = _sniff(content)
    if found is None and _looks_like_text(content):
        found = "plain text"
    looks = f"its content looks like {found}" if found else f"its content is not {_label(kind)}"
    return ResumeFileError(
        "corrupt",
        f"The file's name says {_label(kind)}, but {looks}, so it can't be read. "
        "Check that you picked the right file, or export it again.",
    )


def _looks_like_text(content: bytes) -> bool:
    sample = content[:2048]
    decoded = sample.decode("utf-8", errors="ignore")
    return b"\x00" not in sample and len(decoded.encode()) >= 0.95 * len(sample)


def _pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    if b"%PDF-" not in content[:1024]:
        raise _mismatch("pdf", content)
    reader = PdfReader(io.BytesIO(content), strict=False)
    if reader.is_encrypted and not _pdf_opens_without_password(reader):
        raise ResumeFileError(
            "encrypted",
            "This PDF is password-protected. Remove the password (or export an unprotected "
            "copy) and upload it again, or paste the resume text instead.",
        )
    pages: list[str] = []
    failures = 0
    for page in reader.pages[:MAX_PDF_PAGES]:
        try:
            pages.append(page.extract_text() or "")
        except MemoryError:
            raise
        except Exception:  # one damaged page should not hide the others
            failures += 1
    if failures and not any(p.strip() for p in pages):
        raise ResumeFileError("corrupt", "The PDF could not be read; it may be damaged.")
    return "\n\n".join(pages)


def _pdf_opens_without_password(reader: object) -> bool:
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # unsupported algorithm or a broken encryption dictionary
        return False


def _docx_text(content: bytes, max_unpacked: int) -> str:
    if (
        content.startswith(b"\xd0\xcf\x11\xe0")
        and "EncryptedPackage".encode("utf-16-le") in content
    ):
        raise ResumeFileError(
            "encrypted",
            "This Word document is password-protected. Save a copy without a password and "
            "upload that, or paste the resume text instead.",
        )
    if not content.startswith(b"PK\x03\x04"):
        raise _mismatch("docx", content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        if "word/document.xml" not in archive.namelist():
            raise _mismatch("docx", content)
        check_unpacked_size(archive, max_unpacked)
    return "\n".join(docx_lines(content))


def _plain_text(content: bytes, *, markdown: bool) -> str:
    text = _decode(content)
    return _strip_markdown(text) if markdown else text


def _decode(content: bytes) -> str:
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    if _sniff(content) is not None:
        raise _mismatch("text", content)
    sample = content[:4096]
    if sample.count(b"\x00") > len(sample) // 4:
        even, odd = sample[0::2].count(b"\x00"), sample[1::2].count(b"\x00")
        if odd > len(sample) // 3 and even == 0:
            return content.decode("utf-16-le", errors="replace")
        if even > len(sample) // 3 and odd == 0:
            return content.decode("utf-16-be", errors="replace")
        raise _mismatch("text", content)
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > len(sample) // 10:
        raise _mismatch("text", content)
    for encoding in ("utf-8", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return content.decode("latin-1")


_MD_RULES = (
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"^[ \t]*(```|~~~).*$", re.M), ""),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),
    (re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M), ""),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\(([^)\s\n]+)[^)\n]*\)"), r"\1 (\2)"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
)


def _strip_markdown(text: str) -> str:
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text
