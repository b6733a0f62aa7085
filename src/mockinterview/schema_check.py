"""The start-up check that the database is at the schema this version needs.

It reads Alembic's version table directly, so serving never imports Alembic itself.
"""

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

SCHEMA_HEAD = "c5d6e7f8a9b0"  # the newest migration; tests check it against the scripts
UPGRADE_HINT = "mockinterview db upgrade"


class DatabaseNotMigrated(RuntimeError):
    """The database schema is missing or older than this version of the app."""


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None when it has no schema yet."""
    try:
        async with engine.connect() as connection:
            rows = (await connection.execute(text("SELECT version_num FROM alembic_version"))).all()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


async def ensure_migrated(engine: AsyncEngine) -> None:
    """Refuse to run on a database that is not at the newest revision."""
    current = await current_revision(engine)
    if current != SCHEMA_HEAD:
        state = "has no schema yet" if current is None else f"is at revision {current}"
        raise DatabaseNotMigrated(
            f"The database {state}, but this version needs {SCHEMA_HEAD}. "
            f"Run '{UPGRADE_HINT}' first."
        )
