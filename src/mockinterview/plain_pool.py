"""asyncpg's own pool, for the statements written in plain SQL on PostgreSQL (answering above all).

Taking a connection from the engine's pool costs a greenlet hop each way and, when every
connection is busy, a timer per wait; asyncpg's pool hands one over for a fraction of that.
Its connections keep no session state (each plain statement commits by itself), so nothing is
reset when one comes back; one the server closed is replaced when next taken, and one a
statement was cancelled on waits for the cancellation first (asyncpg does both). JSON columns
decode to Python values, as they do through the engine.
"""

import json
from typing import Any

import asyncpg
from sqlalchemy.ext.asyncio import AsyncEngine

IDLE_SECONDS = 300
"""An idle connection is closed after this long (the engine recycles its own as often)."""


def shared_pool_sizes(total: int) -> tuple[int, int]:
    """A process's connections shared out: (the engine's, the plain-SQL pool's), half each."""
    plain = total // 2
    return total - plain, plain


async def _decode_json(conn: Any) -> None:
    """JSON and JSONB columns as Python values, as the engine reads them."""
    for kind in ("json", "jsonb"):
        await conn.set_type_codec(kind, encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def _nothing_to_reset(conn: Any) -> None:
    """A plain statement leaves nothing behind on its connection (no transaction, no setting)."""


async def open_plain_pool(engine: AsyncEngine, size: int) -> asyncpg.Pool:
    """A pool of at most `size` connections to the engine's PostgreSQL database."""
    _, connect_args = engine.dialect.create_connect_args(engine.url)
    pool: asyncpg.Pool = await asyncpg.create_pool(
        **connect_args,
        min_size=1,
        max_size=size,
        init=_decode_json,
        reset=_nothing_to_reset,
        max_inactive_connection_lifetime=IDLE_SECONDS,
    )
    return pool
