"""One JSON error shape ({"detail": ...}) for every error the API returns."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import IntegrityError

from mockinterview.errors import AppError, Invalid, Unauthorized

logger = logging.getLogger(__name__)


def _clean(error: dict[str, Any]) -> dict[str, Any]:
    """A validation error without the echoed input, with JSON-safe context."""
    cleaned = {k: v for k, v in error.items() if k not in {"input", "ctx", "url"}}
    if "ctx" in error:
        cleaned["ctx"] = {k: str(v) for k, v in error["ctx"].items()}
    return cleaned


async def app_error(request: Request, exc: Exception) -> Response:
    """Domain errors keep their status; rule violations name their field like validation does."""
    assert isinstance(exc, AppError)
    if isinstance(exc, Invalid):
        detail: Any = [{"loc": ["body", exc.field], "msg": exc.detail, "type": "value_error"}]
    else:
        detail = exc.detail
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=headers)


async def validation_error(request: Request, exc: Exception) -> Response:
    """422 naming each offending field."""
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"detail": [_clean(e) for e in exc.errors()]}, status_code=422)


async def integrity_error(request: Request, exc: Exception) -> Response:
    """A write that raced another one."""
    logger.info("integrity conflict on %s: %s", request.url.path, exc)
    return JSONResponse(
        {"detail": "This change conflicts with another one made at the same time; retry."},
        status_code=409,
    )


async def unexpected_error(request: Request, exc: Exception) -> Response:
    """Anything else: logged, and a 500 without internals."""
    logger.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return JSONResponse({"detail": "Internal server error"}, status_code=500)


def install(app: FastAPI) -> None:
    """Register every handler on the app."""
    app.add_exception_handler(AppError, app_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(IntegrityError, integrity_error)
    app.add_exception_handler(Exception, unexpected_error)
