"""Structured logs: one JSON object a line, with the id of the request being served.

Only what the code logs is written: the access line names the route template, never the raw
path or query (which may carry a reset token), and no body, header or answer is ever logged.
"""

import logging
import logging.config
import re
import secrets
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json
from starlette.types import Scope

_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
access_logger = logging.getLogger("mockinterview.access")
QUIET_LIBRARIES = ("aiosqlite", "asyncpg", "sqlalchemy", "httpx", "httpcore", "multipart")
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_make_record = logging.getLogRecordFactory()


def _record_with_request_id(*args: Any, **kwargs: Any) -> logging.LogRecord:
    """A log record stamped with the id of the request being served when it was made."""
    record = _make_record(*args, **kwargs)
    record.request_id = request_id.get()
    return record


logging.setLogRecordFactory(_record_with_request_id)
# No line written shows a record's thread, process or calling function, so none is looked up:
# the logging HOWTO's "Optimization" settings (the access line is written for every request).
logging.logThreads = False
logging.logProcesses = False
logging.logMultiprocessing = False
logging._srcfile = None


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object: time, level, logger, message, request id, extras."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a line of JSON."""
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None)
        if rid:
            entry["request_id"] = rid
        entry |= {k: v for k, v in vars(record).items() if k not in _STANDARD and k != "request_id"}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return to_json(entry, fallback=str).decode()


def logging_config(log_format: str, level: str) -> dict[str, Any]:
    """A dictConfig for the app, uvicorn and the worker (uvicorn's own access log is off)."""
    formatter = (
        {"()": JsonFormatter}
        if log_format == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    )
    handler = {"class": "logging.StreamHandler", "formatter": "main", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "handlers": {"main": handler},
        "root": {"handlers": ["main"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": False, "level": "WARNING"},
            # Libraries that log statements and their parameters (answers) at DEBUG.
            **{name: {"level": "WARNING"} for name in QUIET_LIBRARIES},
        },
    }


def configure_logging(log_format: str, level: str) -> None:
    """Apply the logging configuration in this process."""
    logging.config.dictConfig(logging_config(log_format, level))


def chosen_request_id(scope: Scope) -> str:
    """The client's X-Request-ID when it is sane (short, plain characters); a new one otherwise."""
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            if _SANE_ID.fullmatch(candidate):
                return candidate
    return secrets.token_hex(16)  # 32 hex digits like a uuid4's, at a fifth of the cost


def log_access(method: str, route: str, status: int, seconds: float) -> None:
    """Write a request's access line: method, route template, status and time taken."""
    access_logger.info(
        "request",
        extra={
            "method": method,
            "route": route,
            "status": status,
            "duration_ms": round(seconds * 1000, 1),
        },
    )
