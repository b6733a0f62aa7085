"""Hostile inputs: what each one costs, and whether the event loop stays free meanwhile.

Every case runs in a fresh process of this script, through the app in-process (SQLite in a
temporary folder, the shipped question bank), while GET /api/auth/me is sent every 20 ms:
- uploads: a .docx of 30 MB of XML (about 140 KB), a .docx whose ZIP headers claim under
  1 MB for 1 GB of XML, one-page PDFs crowded with 30,000 and 200,000 words, and normal
  PDF, DOCX and TXT resumes;
- tailored questions for a 99,000-character resume and a 30,000-character job description.
Printed per case: the answer, its wall time, the worst event-loop stall, the slowest
/api/auth/me, the peak RSS of the app process, and the highest peak RSS seen in its child
processes (resume readers, question worker; sampled every 20 ms).
"""

import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support import sign_up  # noqa: E402
from tests.support_files import (  # noqa: E402
    JOB_DESCRIPTION,
    RESUME_LINES,
    declaring_size,
    docx_of_repeated_paragraphs,
    pdf_with_one_crowded_page,
    resume_docx,
    resume_pdf,
)

UPLOADS: dict[str, Callable[[], tuple[str, bytes]]] = {
    "docx, 30 MB of XML": lambda: ("bomb.docx", docx_of_repeated_paragraphs(30)),
    "docx, headers claim <1 MB for 1 GB": lambda: (
        "lying.docx",
        declaring_size(docx_of_repeated_paragraphs(1024), "word/document.xml", 1000),
    ),
    "pdf, one page of 30,000 words": lambda: ("crowded.pdf", pdf_with_one_crowded_page(30_000)),
    "pdf, one page of 200,000 words": lambda: ("huge.pdf", pdf_with_one_crowded_page(200_000)),
    "normal pdf": lambda: ("cv.pdf", resume_pdf()),
    "normal docx": lambda: ("cv.docx", resume_docx()),
    "normal txt": lambda: ("cv.txt", "\n".join(RESUME_LINES).encode()),
}
GENERATION = "questions, 99k resume + 30k job"


def _children_peak_mb() -> float:
    """The highest peak RSS (VmHWM) among this process's children, in MB."""
    peak = 0
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text() if entry.name.isdigit() else ""
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == str(os.getpid()) and "VmHWM" in fields:
            peak = max(peak, int(fields["VmHWM"].split()[0]))
    return peak / 1024


async def _measured(client: Any, headers: dict[str, str], work: Awaitable[Any]) -> list[Any]:
    """The work's result, wall time, worst loop stall, slowest /me (ms), children's peak MB."""
    stalls, pings, children = [0.0], [0.0], [0.0]
    task = asyncio.ensure_future(work)

    async def tick() -> None:
        while not task.done():
            start = time.perf_counter()
            await asyncio.sleep(0.005)
            stalls.append(time.perf_counter() - start - 0.005)

    async def ping() -> None:
        while not task.done():
            start = time.perf_counter()
            await client.get("/api/auth/me", headers=headers)
            pings.append(time.perf_counter() - start)
            children.append(_children_peak_mb())
            await asyncio.sleep(0.02)

    started = time.perf_counter()
    result, *_ = await asyncio.gather(task, tick(), ping())
    wall = time.perf_counter() - started
    return [result, wall * 1000, max(stalls) * 1000, max(pings) * 1000, max(children)]


async def _run(case: str, folder: Path, url: str) -> list[Any]:
    import httpx

    from mockinterview.app import create_app
    from mockinterview.config import Settings
    from mockinterview.questionbank.bank_file import shipped_bank
    from mockinterview.questionbank.importer import import_bank
    from mockinterview.questionbank.repository import QuestionBankRepository

    app = create_app(Settings(data_dir=folder, database_url=url, secret_key="bench"))
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session:
            await import_bank(QuestionBankRepository(session), shipped_bank())
            await session.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            h = (await sign_up(client))["headers"]
            if case != GENERATION:
                name, content = UPLOADS[case]()
                post = client.post("/api/resumes", files={"file": (name, content)}, headers=h)
                response, *figures = await _measured(client, h, post)
            else:
                response, *figures = await _generate(client, h)
    body = response.json()
    answer = f"{response.status_code} " + (
        body["detail"][0]["type"] if response.status_code >= 400 else "ok"
    )
    return [answer, *figures]


async def _generate(client: Any, h: dict[str, str]) -> list[Any]:
    lines = (f"{line} (project {n})" for n in range(2000) for line in RESUME_LINES)
    resume = "\n".join(lines)[:99_000].encode()
    rid = (
        await client.post("/api/resumes", files={"file": ("long.txt", resume)}, headers=h)
    ).json()["resume_id"]
    await client.patch(f"/api/resumes/{rid}", json={"published": True}, headers=h)
    interview = (await client.post("/api/mock-interviews", json={}, headers=h)).json()
    generate = client.post(
        f"/api/mock-interviews/{interview['id']}/generate-questions",
        json={"resume_id": rid, "job_description": (JOB_DESCRIPTION * 100)[:30_000]},
        headers=h,
    )
    return await _measured(client, h, generate)


def _one(case: str) -> None:
    from mockinterview.migrate import upgrade

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    upgrade(url)
    answer, wall, stall, ping, kids = asyncio.run(_run(case, folder, url))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{case:34} {answer:20} {wall:8.0f} {stall:8.0f} {ping:8.0f} {own:7.0f} {kids:7.0f}")


def main() -> None:
    """Run every case in its own process and print one line each."""
    print(
        f"{'case':34} {'answer':20} {'wall ms':>8} {'stall ms':>8} {'/me ms':>8} "
        f"{'app MB':>7} {'kids MB':>7}"
    )
    for case in [*UPLOADS, GENERATION]:
        subprocess.run([sys.executable, __file__, case], check=True)


if __name__ == "__main__":
    _one(sys.argv[1]) if len(sys.argv) > 1 else main()
