"""What a user's data export holds: every column of their rows, minus secrets and internals."""

from datetime import datetime
from typing import Any

from sqlalchemy import inspect

from mockinterview.db import Base

HIDDEN = frozenset({"id", "user_id", "session_id", "response_id", "password_hash"})
HIDDEN |= {"sentence_vectors", "token_hash", "version"}


def row_dict(row: Base, hidden: frozenset[str] = HIDDEN) -> dict[str, Any]:
    """A row's columns as JSON-ready values, without internal ids, vectors and secrets."""
    out: dict[str, Any] = {}
    for column in inspect(row).mapper.column_attrs:
        if column.key in hidden:
            continue
        value = getattr(row, column.key)
        if isinstance(value, bytes):
            continue
        out[column.key] = value.isoformat() if isinstance(value, datetime) else value
    return out
