"""The README documents every API route and every setting."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute

from mockinterview.config import Settings


def test_every_api_route_is_in_the_readme(app: FastAPI, repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text()
    missing = [
        f"{method} {route.path}"
        for route in app.routes
        if isinstance(route, APIRoute) and route.path.startswith("/api/")
        for method in sorted(route.methods - {"HEAD"})
        if f"| `{method}` | `{route.path}` |" not in readme
    ]
    assert not missing, f"README's API table lacks: {missing}"


def test_every_setting_is_in_the_readme(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text()
    missing = [
        f"MOCKINTERVIEW_{name.upper()}"
        for name in Settings.model_fields
        if f"`MOCKINTERVIEW_{name.upper()}`" not in readme
    ]
    assert not missing, f"README's configuration table lacks: {missing}"
