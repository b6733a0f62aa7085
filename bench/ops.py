"""Benchmark the operations endpoints and what the request middleware costs.

Serves the app in-process (httpx over ASGI, no network) on a fresh SQLite database and prints,
for /healthz, /readyz and /metrics, the median and 95th-percentile time of a request; then
the time of /healthz with and without the middleware every request passes through (its id,
security headers, metrics and access line).
Run: .venv/bin/python bench/ops.py [--database-url URL]
"""

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from fastapi import FastAPI

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.migrate import upgrade
from mockinterview.ops.heartbeat import beat_once

ROUNDS = 500


async def _timings(client: httpx.AsyncClient, path: str) -> list[float]:
    for _ in range(20):  # warm up
        await client.get(path)
    spent = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await client.get(path)
        spent.append((time.perf_counter() - started) * 1000)
    return spent


def _line(label: str, spent: list[float]) -> str:
    p95 = statistics.quantiles(spent, n=20)[-1]
    return f"{label:<44} p50 {statistics.median(spent):6.2f} ms   p95 {p95:6.2f} ms"


def _without_ops_middleware(app: FastAPI) -> FastAPI:
    """The same app minus the middleware every request passes (metrics, logs, headers)."""
    app.user_middleware = [m for m in app.user_middleware if m.cls.__name__ != "EveryRequest"]
    return app


async def main(folder: str, url: str) -> None:
    """Print the figures."""
    settings = Settings(data_dir=Path(folder), database_url=url, secret_key="bench")
    print(f"{ROUNDS} requests each, in-process, on {url.split(':')[0]}")
    for label, app in (
        ("with the request middleware", create_app(settings)),
        ("without it", _without_ops_middleware(create_app(settings))),
    ):
        async with app.router.lifespan_context(app):
            await beat_once(app.state.engine, "bench-worker")
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://b") as client:
                paths = ["/healthz"]
                if label.startswith("with "):
                    paths += ["/readyz", "/metrics"]
                for path in paths:
                    print(_line(f"{path} ({label})", await _timings(client, path)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    given = parser.parse_args().database_url
    with tempfile.TemporaryDirectory() as scratch:
        chosen = given or f"sqlite+aiosqlite:///{Path(scratch) / 'bench.db'}"
        upgrade(chosen)
        asyncio.run(main(scratch, chosen))
