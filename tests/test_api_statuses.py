"""The OpenAPI schema documents each API route's error statuses with the JSON error bodies."""

from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI

BODIES = {"#/components/schemas/ErrorOut", "#/components/schemas/InputErrorOut"}


def api_operations(app: FastAPI) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every /api/ route in the schema."""
    for path, operations in app.openapi()["paths"].items():
        if path.startswith("/api/"):
            for method, operation in operations.items():
                yield method.upper(), path, operation


def test_every_error_status_has_the_json_error_body(app: FastAPI) -> None:
    errors = {
        (method, path, status): response["content"]["application/json"]["schema"]["$ref"]
        for method, path, operation in api_operations(app)
        for status, response in operation["responses"].items()
        if status.startswith("4")
    }
    assert errors
    assert set(errors.values()) == BODIES
    input_errors = {key for key, ref in errors.items() if ref.endswith("/InputErrorOut")}
    assert {status for _, _, status in input_errors} == {"413", "415", "422"}


def test_every_route_documents_invalid_input(app: FastAPI) -> None:
    missing = [f"{m} {p}" for m, p, op in api_operations(app) if "422" not in op["responses"]]
    assert not missing


def test_signed_in_routes_document_401_and_their_changes_403(app: FastAPI) -> None:
    for method, path, operation in api_operations(app):
        if not operation.get("security"):
            continue
        assert "401" in operation["responses"], (method, path)
        if method != "GET":  # a cookie-signed change without its CSRF token
            assert "403" in operation["responses"], (method, path)


def test_rate_limited_sign_in_documents_429_with_retry_after(app: FastAPI) -> None:
    (login,) = [op for m, p, op in api_operations(app) if (m, p) == ("POST", "/api/auth/login")]
    too_many = login["responses"]["429"]
    assert too_many["headers"]["Retry-After"]["required"] is True
    assert "429" not in app.openapi()["paths"]["/api/auth/me"]["get"]["responses"]
