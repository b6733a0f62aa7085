"""One JSON error shape ({"detail": ...}) for the API; error pages for everything else."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from mockinterview.errors import AppError, Invalid, TooManyRequests, Unauthorized
from mockinterview.web.deps import SignInRequired
from mockinterview.web.errors import error_page, sign_in_redirect, wants_html

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
    if wants_html(request):
        return error_page(request, exc.status_code, exc.detail)
    if isinstance(exc, Invalid):
        detail: Any = [{"loc": ["body", exc.field], "msg": exc.detail, "type": exc.kind}]
    else:
        detail = exc.detail
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
    if isinstance(exc, TooManyRequests):
        headers = exc.headers
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=headers)


async def validation_error(request: Request, exc: Exception) -> Response:
    """422 naming each offending field."""
    assert isinstance(exc, RequestValidationError)
    if wants_html(request):
        return error_page(request, 422, "Some of the details sent were not valid.")
    return JSONResponse({"detail": [_clean(e) for e in exc.errors()]}, status_code=422)


async def integrity_error(request: Request, exc: Exception) -> Response:
    """A write that raced another one."""
    logger.info("integrity conflict on %s: %s", request.url.path, exc)
    if wants_html(request):
        return error_page(request, 409, "This change clashed with another one; please retry.")
    return JSONResponse(
        {"detail": "This change conflicts with another one made at the same time; retry."},
        status_code=409,
    )


async def unexpected_error(request: Request, exc: Exception) -> Response:
    """Anything else: logged, and a 500 without internals."""
    logger.exception("unhandled error on %s", request.url.path, exc_info=exc)
    if wants_html(request):
        try:
            return error_page(request, 500)
        except Exception:  # the error page itself failed: fall back to plain JSON
            logger.exception("error page failed on %s", request.url.path)
    return JSONResponse({"detail": "Internal server error"}, status_code=500)


async def http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths, wrong methods, unreadable bodies: JSON for the API, pages for browsers."""
    assert isinstance(exc, StarletteHTTPException)
    if wants_html(request) and exc.status_code >= 400:
        return error_page(request, exc.status_code, None)
    if exc.status_code == 400:  # a body the framework could not parse: refused like bad JSON
        error = {"type": "body_invalid", "loc": ["body"], "msg": str(exc.detail)}
        return JSONResponse({"detail": [error]}, status_code=422)
    headers = getattr(exc, "headers", None)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)


def install(app: FastAPI) -> None:
    """Register every handler on the app."""
    app.add_exception_handler(AppError, app_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(SignInRequired, sign_in_redirect)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(IntegrityError, integrity_error)
    app.add_exception_handler(StaleDataError, integrity_error)
    app.add_exception_handler(Exception, unexpected_error)
