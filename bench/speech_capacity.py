"""How many candidates speaking at once one machine serves with transcripts ready within 10 s.

The real app is served (`mockinterview serve`, SQLite, the default database queue) with its jobs
run inside it, or left to `--worker-processes` separate `mockinterview worker` processes. N
simulated candidates each record a spoken answer of about 45 s (espeak-ng reading an answer,
several different ones) and submit it at staggered times over one answer cycle (`--cycle`
seconds: the answer plus reading the next question), for `--rounds` cycles. For each answer the
time from the end of the upload (the candidate pressed stop) to the transcript being ready is
measured by polling the session, as the interview page does. For each N it prints p50, p95 and
the worst wait; the largest N with p95 <= 10 s is the machine's capacity. Figures only: the
machine is shared, so run it when it is quiet and read the numbers as an estimate.

    .venv/bin/python bench/speech_capacity.py --candidates 4,8,12 --cycle 60 --rounds 1
"""

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 10.0
PASSWORD = "a long bench passphrase 4491"
ANSWERS = [
    "In my last role our nightly billing export kept failing because two jobs wrote to the "
    "same table at once. I traced it to a missing lock, um, and moved the export into one "
    "scheduled job with retries and an alert to the on-call engineer. I wrote a runbook, "
    "showed the support team how to read the alert, and checked the results every morning "
    "for two weeks. The export has not failed since, and the finance team gets its numbers "
    "before nine instead of after lunch, which saved them about four hours a week.",
    "When two senior engineers disagreed about the design of our payment service, I set up "
    "a short meeting where each of them wrote down what they were worried about. It turned "
    "out they agreed on most things, and the real question was how we would roll back a bad "
    "release. We ran a small test of both approaches on a copy of production traffic, uh, "
    "and the numbers settled it in two days. Both of them signed off on the plan, and the "
    "service shipped on time with no incidents in its first quarter.",
    "I joined a team whose test suite took forty minutes, so people stopped running it. I "
    "measured where the time went and found that most of it was spent starting databases for "
    "each test. I changed the suite to share one database and roll back each test instead, "
    "and I split the slowest tests out to run at night. The suite now takes six minutes, "
    "people run it before every merge again, and the number of broken builds on the main "
    "branch fell by more than half over the next month.",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _recordings(folder: Path) -> list[bytes]:
    """The answers read aloud by espeak-ng (about 40-50 s each, WAV)."""
    out = []
    for i, text in enumerate(ANSWERS):
        path = folder / f"answer-{i}.wav"
        subprocess.run(
            ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text],
            check=True,
            capture_output=True,
        )
        out.append(path.read_bytes())
    return out


def _cli(args: list[str], env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "mockinterview", *args], env=env, check=True)


@contextmanager
def _process(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "mockinterview", *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the app did not start") from None
            time.sleep(0.2)


async def _candidate(client: httpx.AsyncClient, index: int) -> tuple[dict[str, str], str]:
    """Sign up and start an interview; the headers and the session."""
    email = f"speaker-{index}-{time.monotonic_ns()}@example.com"
    body = {"email": email, "password": PASSWORD, "name": f"Candidate {index}"}
    created = await client.post("/api/auth/register", json=body)
    assert created.status_code == 201, created.text
    token = (await client.post("/api/auth/login", json=body)).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    started = await client.post(
        "/api/mock-interview/start", json={"role_uuid": "role-001"}, headers=headers
    )
    assert started.status_code == 201, started.text
    return headers, started.json()["session_uuid"]


async def _speak(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    session: str,
    wav: bytes,
) -> float:
    """Submit one spoken answer; seconds from the end of the upload to the transcript."""
    sent = await client.post(
        f"/api/mock-interview/sessions/{session}/submit-response",
        headers=headers,
        files={"audio": ("answer.wav", wav, "audio/wav")},
    )
    assert sent.status_code == 200, sent.text
    stopped = time.monotonic()
    question = sent.json()["response"]["question_uuid"]
    while True:
        view = (await client.get(f"/api/mock-interview/sessions/{session}", headers=headers)).json()
        answer = next(r for r in view["responses"] if r["question_uuid"] == question)
        if answer["transcript_status"] != "pending":
            assert answer["transcript_status"] == "ready", answer
            return time.monotonic() - stopped
        await asyncio.sleep(0.2)


async def _trial(
    port: int, count: int, cycle: float, rounds: int, wavs: list[bytes]
) -> list[float]:
    """Every candidate answers once per cycle, at staggered offsets; all the waits."""
    limits = httpx.Limits(max_connections=count + 4)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", timeout=120, limits=limits
    ) as client:
        candidates = [await _candidate(client, i) for i in range(count)]

        async def one(i: int) -> list[float]:
            headers, session = candidates[i]
            waits = []
            await asyncio.sleep(cycle * i / count)
            for r in range(rounds):
                began = time.monotonic()
                waits.append(await _speak(client, headers, session, wavs[(i + r) % len(wavs)]))
                await asyncio.sleep(max(0.0, cycle - (time.monotonic() - began)))
            return waits

        return [w for waits in await asyncio.gather(*(one(i) for i in range(count))) for w in waits]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    """Serve the app, then run the trials and print their figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", default="2,4,8", help="comma-separated counts to try")
    parser.add_argument("--cycle", type=float, default=60.0, help="seconds between answers")
    parser.add_argument("--rounds", type=int, default=1, help="answers per candidate")
    parser.add_argument(
        "--worker-processes", type=int, default=0, help="separate workers (0: in the app)"
    )
    parser.add_argument("--model", default="tiny.en")
    args = parser.parse_args()
    counts = [int(n) for n in args.candidates.split(",")]

    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        data = Path(tmp)
        env = {
            **os.environ,
            "MOCKINTERVIEW_DATA_DIR": str(data),
            "MOCKINTERVIEW_STT_MODEL": args.model,
            "MOCKINTERVIEW_JOB_WORKERS": "0" if args.worker_processes else "1",
        }
        env.pop("MOCKINTERVIEW_DATABASE_URL", None)
        _cli(["db", "upgrade"], env)
        _cli(["questions", "import"], env)
        wavs = _recordings(data)
        port = _free_port()
        app = stack.enter_context(_process(["serve", "--port", str(port)], env))
        for _ in range(args.worker_processes):
            stack.enter_context(_process(["worker"], env))
        _wait_for(port, app)
        asyncio.run(_trial(port, 1, 1.0, 1, wavs))  # loads the model once
        where = f"{args.worker_processes} worker process(es)" if args.worker_processes else "app"
        print(
            f"cores {os.cpu_count()}, model {args.model}, answers of about 45 s (espeak-ng), "
            f"one answer per candidate every {args.cycle:g} s, {args.rounds} round(s), "
            f"jobs run in the {where}"
        )
        print(f"{'candidates':>10} {'answers':>8} {'p50 s':>7} {'p95 s':>7} {'max s':>7}  ok")
        served = 0
        for count in counts:
            waits = asyncio.run(_trial(port, count, args.cycle, args.rounds, wavs))
            p95 = _p95(waits)
            ok = p95 <= TARGET_SECONDS
            served = count if ok and count > served else served
            print(
                f"{count:>10} {len(waits):>8} {statistics.median(waits):>7.2f} {p95:>7.2f} "
                f"{max(waits):>7.2f}  {'yes' if ok else 'no'}"
            )
        print(f"largest count tried with p95 <= {TARGET_SECONDS:g} s: {served or 'none'}")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"load average at the end (1, 5, 15 min): {load} (other work on the machine counts)")


if __name__ == "__main__":
    main()
