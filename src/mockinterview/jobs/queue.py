"""The queue background jobs go through: one small interface, two implementations.

`database` (the default): jobs are rows of our own `jobs` table, taken by JobRunner in the app
process or in `mockinterview worker`. `procrastinate`: jobs go through procrastinate on
PostgreSQL, taken by `mockinterview worker` processes on any machine. The handlers are shared.
"""

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

MAX_ATTEMPTS = 3
NOT_READY_RETRY_SECONDS = 2

Handler = Callable[[dict[str, Any], bool], Awaitable[None]]  # (payload, is the last attempt)


class QueueNotAvailable(Exception):
    """The chosen queue cannot work with this configuration (said how to fix it)."""


class PermanentJobError(Exception):
    """A failure that retrying cannot fix (the job is marked failed at once)."""


class NotReadyYet(Exception):
    """What the job works on is not visible yet (its transaction may still be committing)."""


def retry_seconds(error: Exception, attempts: int) -> int | None:
    """Seconds until the next try after `attempts` tries, or None to give up."""
    if isinstance(error, PermanentJobError) or attempts >= MAX_ATTEMPTS:
        return None
    if isinstance(error, NotReadyYet):
        return NOT_READY_RETRY_SECONDS
    return 5 * 3 ** (attempts - 1)


class JobQueue(Protocol):
    """Where jobs are queued and how workers take them."""

    async def enqueue(self, db: AsyncSession, kind: str, payload: dict[str, Any]) -> None:
        """Queue a job; `db` is the caller's transaction (used when the queue lives in it)."""
        ...

    def wake(self) -> None:
        """A job was just queued: workers of this process look now rather than at their poll."""
        ...

    async def open(self) -> None:
        """Connect to the broker (before enqueueing or running)."""
        ...

    async def close(self) -> None:
        """Let go of the broker."""
        ...

    async def run(self) -> None:
        """Take and run jobs until cancelled."""
        ...
