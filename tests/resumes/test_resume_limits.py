"""Hostile resume files: refused within the unpacked-size, time and memory limits, unstored."""

import asyncio
import io
import os
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mockinterview.resumes.readers import ReadLimits, ResumeReaders
from tests.support_files import (
    RESUME_LINES,
    declaring_size,
    docx_of_repeated_paragraphs,
    pdf_with_one_crowded_page,
    resume_docx,
    resume_pdf,
)

URL = "/api/resumes"
MB = 2**20
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc; RLIMIT_AS is Linux")

InstallReaders = Callable[..., ResumeReaders]


@pytest.fixture
def install_readers(app: FastAPI) -> Iterator[InstallReaders]:
    """Give the app one reader process with the limits asked for, for this test only."""
    original = app.state.resume_readers
    installed: list[ResumeReaders] = []

    def install(seconds: float = 5.0, memory_mb: int = 256, unpacked_mb: int = 20) -> ResumeReaders:
        readers = ResumeReaders(ReadLimits(seconds, memory_mb * MB, unpacked_mb * MB), size=1)
        installed.append(readers)
        app.state.resume_readers = readers
        return readers

    yield install
    app.state.resume_readers = original
    for readers in installed:
        readers.close()


def reader_processes() -> set[int]:
    """Ids of this process's resume reader children, running or not yet reaped."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):  # it ended while being looked at
            continue
        if parent == os.getpid() and b"mockinterview.resumes.reader_process" in command:
            found.add(int(entry.name))
    return found


async def upload(
    client: httpx.AsyncClient, account: dict[str, Any], name: str, content: bytes
) -> httpx.Response:
    """Upload one file as multipart."""
    return await client.post(URL, files={"file": (name, content)}, headers=account["headers"])


async def refusal(
    client: httpx.AsyncClient, account: dict[str, Any], name: str, content: bytes
) -> dict[str, Any]:
    """The 422 error for a refused file, after checking nothing more was stored."""
    stored = (await client.get(URL, headers=account["headers"])).json()
    refused = await upload(client, account, name, content)
    assert refused.status_code == 422, refused.text
    [error] = refused.json()["detail"]
    assert error["loc"] == ["body", "file"]
    assert (await client.get(URL, headers=account["headers"])).json() == stored
    return dict(error)


async def test_decompression_bomb_docx_is_refused_by_its_unpacked_size(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    bomb = docx_of_repeated_paragraphs(32)
    assert len(bomb) < 400_000
    error = await refusal(client, user, "bomb.docx", bomb)
    assert error["type"] == "unpacked_limit"
    assert "unpacks to more than 20 MB" in error["msg"] and "paste the resume text" in error["msg"]


async def test_docx_whose_zip_header_understates_its_size_is_counted_for_real(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    lying = declaring_size(docx_of_repeated_paragraphs(25), "word/document.xml", 1000)
    declared = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(lying)).infolist())
    assert declared < MB  # the headers claim under 1 MB; the document really inflates to 25
    error = await refusal(client, user, "lying.docx", lying)
    assert error["type"] == "unpacked_limit"


@linux_only
async def test_reading_past_the_time_limit_is_stopped_and_the_reader_killed(
    client: httpx.AsyncClient, user: dict[str, Any], install_readers: InstallReaders
) -> None:
    others = reader_processes()
    install_readers(seconds=0.5)
    assert (await upload(client, user, "cv.pdf", resume_pdf())).status_code == 201
    [warm] = reader_processes() - others
    error = await refusal(client, user, "slow.pdf", pdf_with_one_crowded_page(20_000))
    assert error["type"] == "time_limit"
    assert "longer than 0.5 seconds" in error["msg"] and "paste its text" in error["msg"]
    assert reader_processes() - others == set()
    again = await upload(client, user, "cv.docx", resume_docx())
    assert again.status_code == 201 and "Northwind Logistics" in again.json()["text"]
    [fresh] = reader_processes() - others
    assert fresh != warm


@linux_only
async def test_reading_past_the_memory_limit_is_stopped(
    client: httpx.AsyncClient, user: dict[str, Any], install_readers: InstallReaders
) -> None:
    others = reader_processes()
    install_readers(memory_mb=128, unpacked_mb=200)
    error = await refusal(client, user, "heavy.docx", docx_of_repeated_paragraphs(10))
    assert error["type"] == "memory_limit"
    assert "more than 128 MB of memory" in error["msg"]
    assert reader_processes() - others == set()
    after = await upload(client, user, "cv.txt", "\n".join(RESUME_LINES).encode())
    assert after.status_code == 201


async def test_a_slow_read_does_not_hold_up_other_requests(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    assert (await upload(client, user, "cv.pdf", resume_pdf())).status_code == 201
    slow = asyncio.create_task(
        upload(client, user, "crowded.pdf", pdf_with_one_crowded_page(30_000))
    )
    await asyncio.sleep(0.1)
    me = await client.get("/api/auth/me", headers=other_user["headers"])
    assert me.status_code == 200
    assert not slow.done()
    created = await slow
    assert created.status_code == 201, created.text
    assert created.json()["text"].startswith("ab ab")


@linux_only
async def test_uploads_reuse_warm_readers(
    client: httpx.AsyncClient, user: dict[str, Any], install_readers: InstallReaders
) -> None:
    others = reader_processes()
    install_readers()
    for name, content in (("a.pdf", resume_pdf()), ("b.docx", resume_docx()), ("c.txt", b"SQL")):
        assert (await upload(client, user, name, content)).status_code == 201
    assert len(reader_processes() - others) == 1
