"""Start-up rules: an unmigrated database is refused with the command to run; settings; headers."""

import gc
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.ops.heap import pause_collector_for_start_up
from mockinterview.schema_check import DatabaseNotMigrated
from tests.support import packages_imported_by


async def test_app_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    with pytest.raises(DatabaseNotMigrated, match="mockinterview db upgrade"):
        async with app.router.lifespan_context(app):
            pass


def test_secret_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = Settings(data_dir=tmp_path).resolved_secret_key
    assert len(first) >= 32
    assert Settings(data_dir=tmp_path).resolved_secret_key == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert Settings(data_dir=tmp_path, secret_key="explicit").resolved_secret_key == "explicit"


def test_default_database_is_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    url = Settings(data_dir=tmp_path).resolved_database_url
    assert url.startswith("sqlite+aiosqlite:///") and url.endswith("mockinterview.db")


def test_the_app_does_not_import_ai_sdks_when_offline() -> None:
    code = (
        "from mockinterview.app import create_app\n"
        "from mockinterview.config import Settings\n"
        "create_app(Settings(ai_provider='offline'))\n"
    )
    assert packages_imported_by(code, {"pydantic_ai", "anthropic", "openai"}) == []


async def test_security_headers(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    api = await client.get("/api/mock-interview/sessions", headers=user["headers"])
    assert api.headers["x-content-type-options"] == "nosniff"
    assert api.headers["cache-control"] == "no-store"
    assert "microphone=(self)" in api.headers["permissions-policy"]
    docs = await client.get("/docs")
    assert docs.status_code == 200
    assert "frame-ancestors 'none'" in docs.headers["content-security-policy"]
    assert docs.headers["x-frame-options"] == "DENY"
    page = await client.get("/")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "camera=(self)" in page.headers["permissions-policy"]


def test_schema_head_names_the_newest_migration() -> None:
    from mockinterview.migrate import head_revision
    from mockinterview.schema_check import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_app_refuses_a_database_one_migration_behind(tmp_path: Path) -> None:
    import asyncio

    from mockinterview.migrate import upgrade

    settings = Settings(data_dir=tmp_path)
    upgrade(settings.resolved_database_url, "head-1")
    app = create_app(settings)

    async def serve() -> None:
        async with app.router.lifespan_context(app):
            pass

    with pytest.raises(
        DatabaseNotMigrated, match=r"is at revision \w+, but .*'mockinterview db upgrade'"
    ):
        asyncio.run(serve())


def test_serving_loads_neither_migrations_nor_the_model() -> None:
    code = (
        "import asyncio\n"
        "from mockinterview.app import create_app\n"
        "from mockinterview.config import Settings\n"
        "from mockinterview.db import create_engine\n"
        "from mockinterview.schema_check import DatabaseNotMigrated, ensure_migrated\n"
        "create_app(Settings(ai_provider='offline'))\n"
        "engine = create_engine('sqlite+aiosqlite:///:memory:')\n"
        "try:\n"
        "    asyncio.run(ensure_migrated(engine))\n"
        "except DatabaseNotMigrated:\n"
        "    pass\n"
    )
    heavy = {"alembic", "numpy", "onnxruntime", "tokenizers", "zxcvbn", "pypdf", "docx", "authlib"}
    assert packages_imported_by(code, heavy) == []


async def test_objects_loaded_at_start_up_are_kept_out_of_collections(settings: Settings) -> None:
    gc.unfreeze()
    pause_collector_for_start_up()  # as the ASGI entry point and `serve` do
    try:
        assert not gc.isenabled()
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            assert gc.get_freeze_count() > 10_000
            assert gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
