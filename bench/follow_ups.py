"""Benchmark the submit of an answer with follow-up questions on and off.

In-process (httpx over ASGI) on a SQLite file in a temporary folder, with the app's coaching
process. For each setting it submits the first answer of N interviews (a vague one, which gets
a follow-up, and a complete one, which does not) and prints p50/p95 latency and the longest
stall of the event loop meanwhile: the follow-up's analysis runs in the coaching process, so the
loop should stay free while it is decided.

Run: .venv/bin/python bench/follow_ups.py [--sessions N]
"""

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mockinterview.app import create_app  # noqa: E402
from mockinterview.config import Settings  # noqa: E402
from mockinterview.migrate import upgrade  # noqa: E402
from mockinterview.questionbank.bank_file import shipped_bank  # noqa: E402
from mockinterview.questionbank.importer import import_bank  # noqa: E402
from mockinterview.questionbank.repository import QuestionBankRepository  # noqa: E402
from tests.interviews.test_follow_ups import COMPLETE, VAGUE  # noqa: E402
from tests.support import sign_up  # noqa: E402


async def _loop_lag(stop: asyncio.Event, worst: list[float]) -> None:
    """Record the longest delay of a 5 ms tick (how long the loop was kept busy)."""
    while not stop.is_set():
        before = time.perf_counter()
        await asyncio.sleep(0.005)
        worst[0] = max(worst[0], time.perf_counter() - before - 0.005)


async def _run(client: httpx.AsyncClient, headers: dict, follow_ups: bool, text: str, n: int):
    timings: list[float] = []
    asked = 0
    for _ in range(n):
        started = await client.post(
            "/api/mock-interview/start",
            json={"role_uuid": "role-001", "difficulty_level": "entry", "follow_ups": follow_ups},
            headers=headers,
        )
        session = started.json()
        begin = time.perf_counter()
        sent = await client.post(
            f"/api/mock-interview/sessions/{session['session_uuid']}/submit-response",
            json={"response_text": text, "question_uuid": session["question_sequence"][0]},
            headers=headers,
        )
        timings.append((time.perf_counter() - begin) * 1000)
        asked += bool(sent.json()["next_question"]["is_follow_up"])
    return timings, asked


async def main(folder: Path, url: str, sessions: int) -> None:
    """Print the figures."""
    app = create_app(Settings(data_dir=folder, database_url=url, secret_key="bench"))
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as db:
            await import_bank(QuestionBankRepository(db), shipped_bank())
            await db.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            user = await sign_up(client)
            await _run(client, user["headers"], True, VAGUE, 2)  # warm up the coaching process
            print(f"submit-response, first answer, {sessions} interviews each")
            header = f"{'follow-ups':<12}{'answer':<10}{'asked':>6}{'p50 ms':>9}{'p95 ms':>9}"
            print(f"{header}{'loop stall ms':>15}")
            for follow_ups in (False, True):
                for name, text in (("vague", VAGUE), ("complete", COMPLETE)):
                    stop, worst = asyncio.Event(), [0.0]
                    ticker = asyncio.create_task(_loop_lag(stop, worst))
                    timings, asked = await _run(client, user["headers"], follow_ups, text, sessions)
                    stop.set()
                    await ticker
                    p95 = (
                        statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
                    )
                    print(
                        f"{'on' if follow_ups else 'off':<12}{name:<10}{asked:>6}"
                        f"{statistics.median(timings):>9.1f}{p95:>9.1f}{worst[0] * 1000:>15.1f}"
                    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=20)
    data = Path(tempfile.mkdtemp())
    database = f"sqlite+aiosqlite:///{data / 'bench.db'}"
    upgrade(database)
    asyncio.run(main(data, database, parser.parse_args().sessions))
