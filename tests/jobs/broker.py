"""The real broker for the procrastinate tests: the suite's PostgreSQL (skipped on SQLite)."""

import os

import pytest

from tests.conftest import TEST_DB_ENV


def broker_url() -> str:
    """The PostgreSQL URL of the run; the test is skipped on the SQLite pass."""
    url = os.environ.get(TEST_DB_ENV, "")
    if not url.startswith("postgresql"):
        pytest.skip("procrastinate needs PostgreSQL: this runs in the suite's PostgreSQL pass")
    return url


async def forget_broker_jobs(url: str) -> None:
    """Delete every procrastinate job, so none is left for a later test's workers."""
    import psycopg

    from mockinterview.jobs.procrastinate_queue import libpq_url

    async with await psycopg.AsyncConnection.connect(libpq_url(url), autocommit=True) as conn:
        await conn.execute("TRUNCATE procrastinate_jobs CASCADE")
