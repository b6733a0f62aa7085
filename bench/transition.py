"""Benchmark a question transition (submit-response) against a bare FastAPI endpoint.

The app and bench/bare_app.py are served side by side with the product's server setup
(`mockinterview.server`), each one worker pinned to the same core, the load client and the app's
coaching process on another core, with a PostgreSQL server that runs on this machine (as a
database host of its own would). The coaching process runs there at idle priority: embedding
every answer, it would otherwise take that core from the database server and the load client,
which a host with cores for its helpers would not do, and leave the worker waiting on them (up
to 15% of the app's throughput at 20 candidates on PostgreSQL). Answers it has no time for are
embedded when their interview is coached, as under any load. Each server first answers a few
interviews that are not counted (its first requests pay one-off set-up). For 20, 50 and 200
concurrent candidates it loads the bare endpoint and then the app in alternating rounds (bare,
app, bare, app, ...), so that both meet the machine in the same states when its speed drifts,
and prints the rounds' requests/s, p50/p95/p99 latency, the server process's CPU per request,
and the ratios app/bare. On a small machine the load client can cap the bare endpoint's
throughput, so the CPU ratio is the steadier figure; the app's coaching process (embedding each
answer) is not counted in its CPU.

Run: .venv/bin/python bench/transition.py [--database-url URL] [--sessions N]
(SQLite in a temporary folder by default; `make bench` also runs it on a throwaway PostgreSQL.)
"""

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import asyncpg  # noqa: E402
from http_load import Connection, Timings  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery"
ANSWER = (
    "In my last role our nightly billing export kept failing because two jobs wrote to the "
    "same table. I traced it to a missing lock, moved the export into one scheduled job with "
    "a retry, and added an alert on its duration. Failures dropped from three a week to none "
    "in the following quarter, and finance stopped reconciling by hand."
)
LEVELS = (20, 50, 200)
WARM_UP = 30  # interviews answered before measuring: first requests set up routes and mappers
ROUNDS = 4  # bare and app take turns this many times at each level
SERVER_CORE = 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its threads so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _move_children_off_the_server_core(pid: int) -> None:
    """Run the server's helper processes (coaching) beside the load client, at idle priority."""
    time.sleep(1)
    for child in _family(pid)[1:]:
        os.sched_setaffinity(child, {1 - SERVER_CORE})
        os.sched_setscheduler(child, os.SCHED_IDLE, os.sched_param(0))


def _family(pid: int) -> list[int]:
    """A process and its children (the app's coaching and speech processes)."""
    children = Path(f"/proc/{pid}/task").glob("*/children")
    return [pid, *(int(child) for path in children for child in path.read_text().split())]


def _move_database_off_the_server_core(database_url: str) -> str:
    """Run a PostgreSQL server on this machine beside the load client, as a database host would.

    New server processes inherit the postmaster's cores. Returns what was done, for the report.
    """
    url = make_url(database_url).set(drivername="postgresql")

    async def postmaster_pid() -> int:
        conn = await asyncpg.connect(url.render_as_string(hide_password=False))
        try:  # read while the backend lives: it exits with the connection
            backend = int(await conn.fetchval("SELECT pg_backend_pid()"))
            return int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1])
        finally:
            await conn.close()

    try:
        postmaster = asyncio.run(postmaster_pid())
        os.sched_setaffinity(postmaster, {1 - SERVER_CORE})
    except OSError as error:  # another machine, or another user's server
        return f"the database server stays where it is ({error.strerror})"
    for pid in _family(postmaster)[1:]:
        with suppress(ProcessLookupError):  # a backend that has just exited
            os.sched_setaffinity(pid, {1 - SERVER_CORE})
    return "the database server on the load client's core"


def _wait_until_quiet(pid: int, limit: float = 10.0) -> None:
    """Wait until a server and its children have finished work left over from the last load."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        family = _family(pid)
        before = sum(_cpu_seconds(p) for p in family)
        time.sleep(0.2)
        if sum(_cpu_seconds(p) for p in family) - before < 0.01:
            return


@contextmanager
def _served(app: str, env: dict[str, str]) -> Iterator[tuple[int, int]]:
    """Serve an app on one core; yields its port and process id."""
    port = _free_port()
    code = f"from mockinterview.server import serve; serve({app!r}, '127.0.0.1', {port})"
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.sched_setaffinity(0, {SERVER_CORE}),
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{app} did not start") from None
                time.sleep(0.1)
        _move_children_off_the_server_core(process.pid)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


async def _sign_in(port: int, index: int) -> dict[str, str]:
    conn = Connection("127.0.0.1", port)
    email = f"bench-{index}@example.com"
    body = {"email": email, "password": PASSWORD, "name": f"Candidate {index}"}
    await conn.request("POST", "/api/auth/register", body)
    status, token = await conn.request("POST", "/api/auth/login", body)
    assert status == 200, token
    await conn.close()
    return {"Authorization": f"Bearer {token['access_token']}"}


async def _start_sessions(port: int, users: list[dict[str, str]], count: int) -> list[tuple]:
    """Start `count` interviews spread over the users.

    Each is (headers, session_uuid, number of questions, the first question's uuid).
    """
    conn = Connection("127.0.0.1", port)
    _, industries = await conn.request("GET", "/api/question-bank/industries", headers=users[0])
    path = f"/api/question-bank/industries/{industries[0]['id']}/roles"
    _, roles = await conn.request("GET", path, headers=users[0])
    started = []
    for i in range(count):
        headers = users[i % len(users)]
        status, body = await conn.request(
            "POST", "/api/mock-interview/start", {"role_uuid": roles[0]["id"]}, headers
        )
        assert status == 201, body
        first = body["first_question"]["question_uuid"]
        started.append((headers, body["session_uuid"], body["total_questions"], first))
    await conn.close()
    return started


async def _run(port: int, work: list[tuple], concurrency: int) -> tuple[Timings, float]:
    """Candidates answer every question of the queued interviews; (timings, seconds).

    Each answer names its question, as the interview page does; the bare endpoint's reply names
    no next question, so its candidates repeat the first one.
    """
    queue: asyncio.Queue[tuple] = asyncio.Queue()
    for item in work:
        queue.put_nowait(item)
    timings = Timings()

    async def candidate() -> None:
        conn = Connection("127.0.0.1", port)
        while not queue.empty():
            headers, session_uuid, questions, question_uuid = queue.get_nowait()
            path = f"/api/mock-interview/sessions/{session_uuid}/submit-response"
            for _ in range(questions):
                body = {
                    "response_text": ANSWER,
                    "response_duration_seconds": 60,
                    "question_uuid": question_uuid,
                }
                _, reply = await timings.timed(conn, "POST", path, body, headers)
                upcoming = reply.get("next_question") if isinstance(reply, dict) else None
                question_uuid = upcoming["question_uuid"] if upcoming else question_uuid
        await conn.close()

    start = time.perf_counter()
    await asyncio.gather(*(candidate() for _ in range(concurrency)))
    return timings, time.perf_counter() - start


class Load:
    """One server's rounds at a level: timings, seconds and server CPU, added up."""

    def __init__(self) -> None:
        self.timings = Timings()
        self.seconds = 0.0
        self.cpu = 0.0

    def add(self, pid: int, load: Coroutine[Any, Any, tuple[Timings, float]]) -> None:
        """Run one round of load against the server with this process id, and count it."""
        cpu = _cpu_seconds(pid)
        timings, seconds = asyncio.run(load)
        self.cpu += _cpu_seconds(pid) - cpu
        self.seconds += seconds
        self.timings.latencies += timings.latencies
        for status, count in timings.statuses.items():
            self.timings.statuses[status] = self.timings.statuses.get(status, 0) + count

    def report(self, name: str) -> tuple[float, float]:
        """Print the rounds' figures; (requests/s, CPU seconds per request)."""
        count = len(self.timings.latencies)
        rate = count / self.seconds
        timings = self.timings
        print(
            f"  {name:<5} {rate:8.0f} req/s  p50 {timings.percentile(0.5):7.1f} ms  "
            f"p95 {timings.percentile(0.95):7.1f} ms  p99 {timings.percentile(0.99):7.1f} ms  "
            f"CPU {self.cpu / count * 1000:6.2f} ms/req  statuses {timings.statuses}"
        )
        return rate, self.cpu / count


def main() -> None:
    """Measure the bare endpoint, then the app, at each concurrency."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: SQLite in a temporary folder")
    parser.add_argument(
        "--sessions",
        type=int,
        default=240,
        help="interviews per level (at least the level a round)",
    )
    args = parser.parse_args()
    os.sched_setaffinity(0, {1 - SERVER_CORE} if (os.cpu_count() or 1) > 1 else {0})
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "MOCKINTERVIEW_DATA_DIR": data_dir}
        if args.database_url:
            env["MOCKINTERVIEW_DATABASE_URL"] = args.database_url
        for command in (["db", "upgrade"], ["questions", "import"]):
            subprocess.run(
                [sys.executable, "-m", "mockinterview", *command],
                env=env,
                check=True,
                capture_output=True,
            )
        database = "SQLite"
        if args.database_url:
            database = f"PostgreSQL ({_move_database_off_the_server_core(args.database_url)})"
        words = len(ANSWER.split())
        print(f"question transition on {database}, one worker on one core, {words}-word answers")
        print("(the app's coaching process at idle priority on the load client's core)")
        bare_app = _served("bench.bare_app:app", {**env, "PYTHONPATH": str(ROOT)})
        with bare_app as (bare_port, bare_pid), _served("mockinterview.asgi:app", env) as app:
            port, pid = app
            users = asyncio.run(_gather_users(port))
            asyncio.run(_run(bare_port, [({}, f"w{i}", 8, "q") for i in range(WARM_UP)], LEVELS[0]))
            asyncio.run(_run(port, asyncio.run(_start_sessions(port, users, WARM_UP)), LEVELS[0]))
            for level in LEVELS:
                print(f"{level} concurrent:")
                per_round = max(level, args.sessions // ROUNDS)
                bare, answers = Load(), Load()
                for _ in range(ROUNDS):
                    _wait_until_quiet(pid)
                    fake: list[tuple] = [({}, f"s{i}", 8, "q") for i in range(per_round)]
                    bare.add(bare_pid, _run(bare_port, fake, level))
                    work = asyncio.run(_start_sessions(port, users, per_round))
                    answers.add(pid, _run(port, work, level))
                bare_rate, bare_cpu = bare.report("bare")
                rate, per_request = answers.report("app")
                print(
                    f"  ratio app/bare: throughput {rate / bare_rate:.3f}, "
                    f"CPU per request {bare_cpu / per_request:.3f}"
                )


async def _gather_users(port: int) -> list[dict[str, str]]:
    return list(await asyncio.gather(*(_sign_in(port, i) for i in range(10))))


if __name__ == "__main__":
    main()
