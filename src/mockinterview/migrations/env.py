"""Alembic environment: runs migrations on the configured (async) database."""

import asyncio
from typing import Any

from alembic import context
from sqlalchemy.engine import Connection

from mockinterview.config import get_settings
from mockinterview.db import create_engine
from mockinterview.models import Base

config = context.config
target_metadata = Base.metadata


def _ours(name: str | None, kind: str, parents: Any) -> bool:
    """Leave procrastinate's tables (MOCKINTERVIEW_JOB_QUEUE=procrastinate) to procrastinate."""
    return not (kind == "table" and (name or "").startswith("procrastinate_"))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=_ours,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async(url: str) -> None:
    engine = create_engine(url)
    async with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # SQLite alters a table by copying it and dropping the old one; with foreign keys
            # on, that drop would delete every row pointing at it (a session's answers).
            await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            await connection.commit()
        await connection.run_sync(_run)
    await engine.dispose()


def run_online() -> None:
    """Run against a connection handed over by the caller, or the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or get_settings().resolved_database_url
    asyncio.run(_run_async(url))


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run 'mockinterview db upgrade'.")
run_online()
