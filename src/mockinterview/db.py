"""Database engine, declarative base and the per-request session dependency."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from asyncpg import InterfaceError, PostgresConnectionError
from fastapi import Depends, Request
from pydantic_core import from_json
from sqlalchemy import DateTime, MetaData, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm.instrumentation import manager_of_class
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn

from mockinterview.sqlite_writers import serialise_writers

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite stores it naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store as UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read back as an aware UTC datetime."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


ModelT = TypeVar("ModelT", bound=Base)


def built(model: type[ModelT], values: dict[str, Any]) -> ModelT:
    """An instance of a mapped class holding these column values, built as the ORM's loader does.

    No constructor runs and no change event fires: a tenth of the constructor's cost, for the
    busiest request. Added to a session it is inserted with these values; changes made to it
    afterwards are recorded as usual.
    """
    instance: ModelT = manager_of_class(model).new_instance()
    instance.__dict__.update(values)
    return instance


def stored(instance: Base, values: dict[str, Any]) -> None:
    """Put values the database now holds on an instance built by built(), as loading would."""
    instance.__dict__.update(values)


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


POOL_RECYCLE_SECONDS = 300
SQLITE_TIMEOUT_SECONDS = 30
SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    # In WAL mode NORMAL never corrupts and loses nothing when the process dies; only a power
    # cut can undo the last commits. Commits stop waiting for a disk flush.
    "PRAGMA synchronous=NORMAL",
)


def create_engine(url: str, pool_size: int = 5) -> AsyncEngine:
    """An async engine for the URL; SQLite gets foreign keys and a busy timeout.

    JSON columns are read by pydantic-core's parser (a quarter of the json module's time).

    On PostgreSQL a process keeps at most `pool_size` connections, all of them open: when more
    requests need one, they wait for the next free connection. Connecting costs far more than a
    query, so no connections are opened for a burst only to be closed after it.
    """
    if url.startswith("sqlite"):
        from sqlalchemy import event

        engine = create_async_engine(
            url, connect_args={"timeout": SQLITE_TIMEOUT_SECONDS}, json_deserializer=from_json
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
            cursor.close()

        serialise_writers(engine, SQLITE_TIMEOUT_SECONDS)
        return engine
    # No pre-ping on every checkout (a round trip per request); recycle idle connections instead.
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=0,
        pool_recycle=POOL_RECYCLE_SECONDS,
        json_deserializer=from_json,
    )


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """A session factory whose objects stay usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def request_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A session for one request: committed once at the end, rolled back on error."""
    factory: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with factory() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        else:
            if session.in_transaction():  # the handler may have committed already
                await session.commit()


async def get_db(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request (request_session as a dependency)."""
    async with request_session(request) as session:
        yield session


def has_asyncpg(engine: AsyncEngine) -> bool:
    """Whether the engine's connections are asyncpg ones (PostgreSQL)."""
    return engine.dialect.driver == "asyncpg"


def _release(pooled: PoolProxiedConnection, lost: bool) -> None:
    """Hand a connection back to the pool, or drop it when it was closed or a statement lost."""
    if lost:
        pooled.invalidate()
    pooled.close()


@asynccontextmanager
async def asyncpg_connection(engine: AsyncEngine) -> AsyncIterator[Any]:
    """A pooled connection's own asyncpg connection, for hot paths written as plain SQL.

    Each statement on it commits by itself; it goes back to the pool like any other. It is taken
    from the pool directly (no SQLAlchemy Connection around it). Connections the server closed
    while they sat in the pool are replaced first, and one a statement was cancelled or lost on
    is dropped rather than reused.
    """
    pooled = await engine.raw_connection()
    raw: Any = pooled.driver_connection
    while raw.is_closed():  # at most once per pooled connection: new ones are open
        await greenlet_spawn(_release, pooled, True)
        pooled = await engine.raw_connection()
        raw = pooled.driver_connection
    lost = False
    try:
        yield raw
    except (asyncio.CancelledError, InterfaceError, PostgresConnectionError, OSError):
        lost = True
        raise
    finally:
        await greenlet_spawn(_release, pooled, lost)


DbSession = Annotated[AsyncSession, Depends(get_db, scope="function")]
