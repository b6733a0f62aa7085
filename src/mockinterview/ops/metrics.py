"""Prometheus metrics: requests by route template and status, latency, and database gauges.

With several app processes (uvicorn --workers N), prometheus-client keeps each process's
counters in files under PROMETHEUS_MULTIPROC_DIR and /metrics adds them up; the gauges read
from the database are the same in every process, so they are computed when scraped.
"""

import os
from collections.abc import Iterator
from datetime import datetime
from functools import cache

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from starlette.types import Scope

from mockinterview.db import utcnow

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
UNMATCHED = "<unmatched>"

REQUESTS = Counter(
    "mockinterview_http_requests",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "mockinterview_http_request_duration_seconds",
    "Time to answer HTTP requests, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)


@cache
def _series(method: str, route: str, status: int) -> tuple[Counter, Histogram]:
    """The counter and the histogram of one method, route and status (labels() is not free)."""
    return REQUESTS.labels(method, route, str(status)), LATENCY.labels(method, route)


def route_template(scope: Scope) -> str:
    """The matched route's path template (never the raw path, which may hold ids or tokens)."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and path else UNMATCHED


def count_request(method: str, route: str, status: int, seconds: float) -> None:
    """Count an answered request under its route template and status, and its time."""
    requests, latency = _series(method, route, status)
    requests.inc()
    latency.observe(seconds)


class StateGauges(Collector):
    """Gauges read from the database just before a scrape."""

    def __init__(self, active: int, queued: int, oldest: datetime | None) -> None:
        self.values = (active, queued, oldest)

    def collect(self) -> Iterator[GaugeMetricFamily]:
        """The gauges' current values."""
        active, queued, oldest = self.values
        yield GaugeMetricFamily(
            "mockinterview_active_interviews", "Interviews in progress.", value=active
        )
        yield GaugeMetricFamily(
            "mockinterview_job_queue_depth", "Background jobs waiting to run.", value=queued
        )
        age = (utcnow() - oldest).total_seconds() if oldest else 0.0
        yield GaugeMetricFamily(
            "mockinterview_job_queue_oldest_age_seconds",
            "How long the oldest waiting job has waited (0 when none waits).",
            value=max(age, 0.0),
        )


def exposition(gauges: StateGauges) -> bytes:
    """The text of /metrics: this process's (or every process's) counters and the gauges."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        counters = generate_latest(registry)
    else:
        from prometheus_client import REGISTRY

        counters = generate_latest(REGISTRY)
    state = CollectorRegistry()
    state.register(gauges)
    return counters + generate_latest(state)


def forget_this_process() -> None:
    """Tell the multi-process files this process is gone (its live gauges are dropped)."""
    if os.environ.get(MULTIPROC_ENV):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(os.getpid())
