"""Shared fixtures: a real database (SQLite file, or PostgreSQL via env), the app, clients."""

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import delete

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.migrate import upgrade
from tests.support import sign_up

TEST_DB_ENV = "MOCKINTERVIEW_TEST_DATABASE_URL"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory for the whole run."""
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Settings:
    """Settings pointing at the test database, migrated and loaded with the shipped bank."""
    url = os.environ.get(TEST_DB_ENV) or f"sqlite+aiosqlite:///{data_dir / 'test.db'}"
    upgrade(url)
    return Settings(data_dir=data_dir, database_url=url, secret_key="test-secret-key")


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    """The app with its lifespan running, the shipped bank loaded once."""
    from mockinterview.questionbank.bank_file import shipped_bank
    from mockinterview.questionbank.importer import import_bank
    from mockinterview.questionbank.repository import QuestionBankRepository

    application = create_app(settings)
    async with application.router.lifespan_context(application):
        async with application.state.sessionmaker() as session:
            await import_bank(QuestionBankRepository(session), shipped_bank())
            await session.commit()
        yield application


@pytest.fixture(autouse=True)
async def _clean_user_data(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """Every test starts with no accounts and no sessions (the bank stays)."""
    yield
    if "app" not in request.fixturenames:
        return
    from mockinterview.models import Base

    application: FastAPI = request.getfixturevalue("app")
    keep = {"industries", "roles", "questions"}
    async with application.state.sessionmaker() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in keep:
                await session.execute(delete(table))
        await session.commit()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client speaking to the app in-process."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
async def user(client: httpx.AsyncClient) -> dict[str, Any]:
    """A signed-in user."""
    return await sign_up(client)


@pytest.fixture
async def other_user(client: httpx.AsyncClient) -> dict[str, Any]:
    """A second signed-in user."""
    return await sign_up(client)


@pytest.fixture(scope="session")
def repo_root() -> Iterator[Path]:
    """The repository's root folder."""
    yield Path(__file__).resolve().parents[1]
