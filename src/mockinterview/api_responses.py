"""The JSON error bodies, and the `responses=` entries routes use to document their errors."""

from typing import Any

from pydantic import BaseModel


class ErrorOut(BaseModel):
    """An error with a message for people."""

    detail: str


class FieldError(BaseModel):
    """One offending input: where it is (`loc`), what is wrong (`msg`) and a stable `type`."""

    loc: list[str | int]
    msg: str
    type: str
    ctx: dict[str, str] | None = None


class InputErrorOut(BaseModel):
    """Input refused, one entry per offending field."""

    detail: list[FieldError]


_RESPONSES: dict[int, dict[str, Any]] = {
    401: {
        "model": ErrorOut,
        "description": "Not signed in, or the credentials are wrong, expired or revoked.",
        "headers": {"WWW-Authenticate": {"required": True, "schema": {"type": "string"}}},
    },
    403: {
        "model": ErrorOut,
        "description": "Not allowed: a change signed by the browser cookie without its "
        "X-CSRF-Token header, or a view only administrators get.",
    },
    404: {
        "model": ErrorOut,
        "description": "Not found, or it belongs to someone else.",
    },
    409: {
        "model": ErrorOut,
        "description": "It already exists, is in the wrong state for this, or was changed "
        "by another request at the same moment.",
    },
    413: {"model": InputErrorOut, "description": "The file is too large."},
    415: {"model": InputErrorOut, "description": "The file's type is not supported."},
    422: {"model": InputErrorOut, "description": "Invalid input; each entry names its field."},
    429: {
        "model": ErrorOut,
        "description": "Too many failed attempts; retry after the seconds in Retry-After.",
        "headers": {"Retry-After": {"required": True, "schema": {"type": "integer", "minimum": 0}}},
    },
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entries of these error statuses, for a route's or router's `responses=`."""
    return {code: _RESPONSES[code] for code in codes}


# A change to something of the user's: a missing CSRF token, an unknown id, the wrong state.
CHANGE_ERRORS = errors(403, 404, 409)
