"""The README documents every API route and every setting."""

from pathlib import Path

from fastapi import FastAPI

from mockinterview.config import Settings


def test_every_api_route_is_in_the_readme(app: FastAPI, repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text()
    paths = app.openapi()["paths"]
    api = [(m.upper(), p) for p, ops in paths.items() if p.startswith("/api/") for m in ops]
    assert len(api) > 20
    missing = [f"{m} {p}" for m, p in api if f"| `{m}` | `{p}` |" not in readme]
    assert not missing, f"README's API table lacks: {missing}"


def test_every_setting_is_in_the_readme(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text()
    missing = [
        f"MOCKINTERVIEW_{name.upper()}"
        for name in Settings.model_fields
        if f"`MOCKINTERVIEW_{name.upper()}`" not in readme
    ]
    assert not missing, f"README's configuration table lacks: {missing}"
