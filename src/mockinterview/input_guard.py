"""Refuse text no database can store (NUL, lone surrogates) with a 422 naming the field."""

import json
import re
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from starlette.datastructures import UploadFile
from starlette.requests import HTTPConnection

MESSAGE = "contains a character that cannot be stored (a NUL or an unpaired surrogate)"
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable(text: str) -> bool:
    """Whether text holds NUL or a lone UTF-16 surrogate."""
    return UNSTORABLE.search(text) is not None


def _walk(value: Any, loc: tuple[str | int, ...]) -> list[tuple[str | int, ...]]:
    """Locations of unstorable strings (keys included) in parsed JSON."""
    if isinstance(value, str):
        return [loc] if unstorable(value) else []
    if isinstance(value, dict):
        found = [(*loc, k) for k in value if isinstance(k, str) and unstorable(k)]
        for key, item in value.items():
            found += _walk(item, (*loc, key))
        return found
    if isinstance(value, list):
        return [hit for i, item in enumerate(value) for hit in _walk(item, (*loc, i))]
    return []


async def _body_locations(request: Request) -> list[tuple[str | int, ...]]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        body = await request.body()
        if b"\\u" not in body and b"\x00" not in body:
            return []  # JSON writes NUL and surrogates only as \u escapes (a raw NUL is invalid)
        try:
            return _walk(json.loads(body), ("body",))
        except (ValueError, UnicodeDecodeError):
            return []  # FastAPI reports malformed JSON itself
    if kind in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        return [
            ("body", name)
            for name, value in form.multi_items()
            if unstorable(name)
            or (isinstance(value, str) and unstorable(value))
            or (isinstance(value, UploadFile) and unstorable(value.filename or ""))
        ]
    return []


async def refuse_unstorable_text(connection: HTTPConnection) -> None:
    """A dependency on every route and WebSocket: check the path, query and JSON or form bodies."""
    found: list[tuple[str | int, ...]] = []
    if unstorable(connection.scope["path"]):
        found.append(("path",))
    if connection.scope.get("query_string"):
        params = connection.query_params.multi_items()
        found += [("query", k) for k, v in params if unstorable(k + v)]
    if isinstance(connection, Request) and connection.method in ("POST", "PUT", "PATCH", "DELETE"):
        found += await _body_locations(connection)
    if found:
        errors = [{"type": "unstorable_text", "loc": loc, "msg": MESSAGE} for loc in found]
        raise RequestValidationError(errors)
