"""Benchmark the analytics endpoints on PostgreSQL with a million stored answers.

Seeds a throwaway PostgreSQL (started by scripts/with_postgres.sh unless --database-url is
given) through COPY: about 120,000 interviews of 10,000 people, one of them with 500. Then serves
the app (one worker on one core, as bench/transition.py does) and prints p50/p95 of each per-user
endpoint for the person with 500 interviews, of industry-insights for an administrator, and of
a trivial authenticated endpoint (/api/auth/me) measured in the same run as the baseline.
Targets: per-user endpoints p95 <= 100 ms, industry-insights <= 500 ms. Figures, no asserts.

Run: .venv/bin/python bench/analytics.py [--database-url URL] [--requests N]
"""

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analytics_seed import seed  # noqa: E402
from http_load import Connection, Timings  # noqa: E402
from transition import _served  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery"
BASE = "/api/mock-interview/analytics"


async def _account(port: int, email: str) -> tuple[int, dict[str, str]]:
    """Register and sign in; the status of registration and the auth headers."""
    conn = Connection("127.0.0.1", port)
    body = {"email": email, "password": PASSWORD, "name": "Bench"}
    status, _ = await conn.request("POST", "/api/auth/register", body)
    _, token = await conn.request("POST", "/api/auth/login", body)
    await conn.close()
    return status, {"Authorization": f"Bearer {token['access_token']}"}


async def _measure(port: int, path: str, headers: dict[str, str], count: int) -> Timings:
    """Time `count` requests one after another (after three warm-up requests)."""
    conn = Connection("127.0.0.1", port)
    for _ in range(3):
        await conn.request("GET", path, headers=headers)
    timings = Timings()
    for _ in range(count):
        await timings.timed(conn, "GET", path, headers=headers)
    await conn.close()
    return timings


def _line(name: str, timings: Timings) -> None:
    print(
        f"  {name:<44} p50 {timings.percentile(0.5):7.1f} ms  "
        f"p95 {timings.percentile(0.95):7.1f} ms  statuses {timings.statuses}"
    )


async def _bench(port: int, url: str, count: int) -> None:
    """Seed through COPY, then time every endpoint."""
    _, heavy = await _account(port, "heavy@example.com")
    _, admin = await _account(port, "admin@example.com")
    conn = Connection("127.0.0.1", port)
    _, me = await conn.request("GET", "/api/auth/me", headers=heavy)
    await conn.close()
    db = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    heavy_id = await db.fetchval("SELECT id FROM users WHERE user_uuid = $1", me["user_uuid"])
    await db.execute("UPDATE users SET is_admin = true WHERE email = 'admin@example.com'")
    await db.close()
    started = time.perf_counter()
    rows = await seed(url, heavy_id)
    seconds = time.perf_counter() - started
    print(f"seeded {rows} in {seconds:.0f} s (COPY, then VACUUM ANALYZE as autovacuum would)")
    conn = Connection("127.0.0.1", port)
    _, progress = await conn.request("GET", f"{BASE}/user-progress", headers=heavy)
    await conn.close()
    nxt = progress["practice_next"]
    role = f"role_uuid={nxt['role_uuid']}&difficulty={nxt['difficulty_level']}"
    done = progress["interviews_completed"]
    print(f"the person with {done} completed interviews ({count} requests each):")
    cases = [
        ("baseline GET /api/auth/me", "/api/auth/me", heavy),
        ("performance-trends", f"{BASE}/performance-trends", heavy),
        ("performance-trends?bucket=month", f"{BASE}/performance-trends?bucket=month", heavy),
        ("user-progress", f"{BASE}/user-progress", heavy),
        ("role-benchmarks", f"{BASE}/role-benchmarks?{role}", heavy),
    ]
    for name, path, headers in cases:
        _line(name, await _measure(port, path, headers, count))
    print("an administrator:")
    _line("industry-insights", await _measure(port, f"{BASE}/industry-insights", admin, count // 2))


def main() -> None:
    """Start PostgreSQL when needed, migrate, load the bank, serve the app and measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a throwaway PostgreSQL")
    parser.add_argument("--requests", type=int, default=60, help="timed requests per endpoint")
    args = parser.parse_args()
    url = args.database_url or os.environ.get("POSTGRES_URL")
    if not url:
        script = ROOT / "scripts" / "with_postgres.sh"
        command = ["bash", str(script), sys.executable, __file__, f"--requests={args.requests}"]
        env = {"PG_OPTIONS": "-c fsync=off -c shared_buffers=256MB", **os.environ}
        sys.exit(subprocess.run(command, env=env).returncode)
    os.sched_setaffinity(0, {1} if (os.cpu_count() or 1) > 1 else {0})
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "MOCKINTERVIEW_DATABASE_URL": url, "MOCKINTERVIEW_DATA_DIR": data_dir}
        for command in (["db", "upgrade"], ["questions", "import"]):
            subprocess.run(
                [sys.executable, "-m", "mockinterview", *command],
                env=env,
                check=True,
                capture_output=True,
            )
        with _served("mockinterview.asgi:app", env) as (port, _pid):
            asyncio.run(_bench(port, url, args.requests))


if __name__ == "__main__":
    main()
