"""Dialect-aware SQL pieces shared by the analytics queries (SQLite and PostgreSQL)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.coaching.schemas import DIMENSIONS
from mockinterview.interviews.models import InterviewSession

S = InterviewSession
DIMENSION_COLUMNS = {name: getattr(S, f"{name}_score") for name in DIMENSIONS}


@dataclass(frozen=True, slots=True)
class TrendFilter:
    """Which completed interviews count: time range (start inclusive, end exclusive) and kind."""

    start: datetime | None = None
    end: datetime | None = None
    role_uuid: str | None = None
    difficulty: str | None = None
    kind: str | None = None


def completed_by(user_id: int, f: TrendFilter) -> list[ColumnElement[bool]]:
    """Conditions selecting the user's completed interviews that pass the filter."""
    conditions = [S.user_id == user_id, S.status == "completed"]
    if f.start is not None:
        conditions.append(S.completed_at >= f.start)
    if f.end is not None:
        conditions.append(S.completed_at < f.end)
    if f.role_uuid is not None:
        conditions.append(S.role_uuid == f.role_uuid)
    if f.difficulty is not None:
        conditions.append(S.difficulty_level == f.difficulty)
    if f.kind is not None:
        conditions.append(S.kind == f.kind)
    return conditions


def is_postgres(db: AsyncSession) -> bool:
    """Whether the session talks to PostgreSQL (else SQLite)."""
    return db.get_bind().dialect.name == "postgresql"


def bucket_of(db: AsyncSession, column: Any, unit: str) -> ColumnElement[str]:
    """The first day (YYYY-MM-DD, UTC) of the week (Monday) or month of a timestamp."""
    if is_postgres(db):
        return func.to_char(func.date_trunc(unit, func.timezone("UTC", column)), "YYYY-MM-DD")
    if unit == "week":
        return func.date(column, "weekday 0", "-6 days")
    return func.strftime("%Y-%m-01", column)


def day_of(db: AsyncSession, column: Any) -> ColumnElement[str]:
    """The calendar day (YYYY-MM-DD, UTC) of a timestamp."""
    if is_postgres(db):
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")
    return func.date(column)


def dimension_averages() -> list[Any]:
    """avg() of each dimension column, labelled with the dimension's name."""
    return [func.avg(column).label(name) for name, column in DIMENSION_COLUMNS.items()]
