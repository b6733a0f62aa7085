"""Schema-based fuzzing of the JSON API: no server errors, only documented statuses and bodies.

Schemathesis generates valid and invalid requests for every `/api/...` operation from the
OpenAPI schema and sends them in-process to an app on the test database, signed in as a real
user. Ids come from the bank and from the user's own resources (see fuzz_pool), so requests
reach the code behind the 404s too.
"""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from mockinterview.app import create_app
from mockinterview.config import Settings
from mockinterview.questionbank.bank_file import shipped_bank
from tests.fuzz_pool import ANSWER, PREFIX, RESUME_KINDS, SESSION_KINDS, Pool
from tests.support import PASSWORD

MAX_EXAMPLES = 25
EMAIL = "fuzz@example.com"
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
]
# Where generated values are drawn from the dictionaries below, and how often.
BINDINGS = {
    "path.industry_id": "industries",
    "body.industry_uuid": "industries",
    "path.role_id": "roles",
    "query.role_uuid": "roles",
    "body.role_uuid": "roles",
    "path.session_uuid": "sessions",
    "path.interview_id": "sessions",
    "path.resume_id": "resumes",
    "body.resume_id": "resumes",
    "path.question_uuid": "questions",
    "body.question_uuid": "questions",
    "body.responses[*].question_uuid": "questions",
    "body.email": "emails",
    "body.response_text": "answers",
    "body.responses[*].response_text": "answers",
}


def fuzz_config() -> schemathesis.Config:
    """Bounded, reproducible generation; ids and the user's details come from dictionaries."""
    bank = shipped_bank().industries[:2]
    dictionaries = {
        "industries": [f.industry.id for f in bank],
        "roles": [r.id for f in bank for r in f.roles[:2]],
        "sessions": [PREFIX + kind for kind in SESSION_KINDS],
        "resumes": [PREFIX + kind for kind in RESUME_KINDS],
        "questions": [PREFIX + "question", *(q.id for q in bank[0].questions[:2])],
        "emails": [EMAIL],
        "passwords": [PASSWORD],
        "answers": [ANSWER],
    }
    return schemathesis.Config.from_dict(
        {
            "seed": 20240601,
            "generation": {"max-examples": MAX_EXAMPLES, "database": "none"},
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
            "dictionaries": {name: {"values": values} for name, values in dictionaries.items()},
            "parameters": {
                # The seed's optional `uuid` header always names the user; a mismatch is a 401
                # tested elsewhere, and random ones would stop most requests at sign-in.
                "header.uuid": PREFIX + "user",
                **{
                    key: {"dictionary": name, "probability": 0.75} for key, name in BINDINGS.items()
                },
                # Half the sign-ins use a wrong password, so the fuzzed app's limit is reached.
                "body.password": {"dictionary": "passwords", "probability": 0.5},
            },
        }
    )


def api_schema() -> schemathesis.BaseSchema:
    """The JSON API's part of the app's OpenAPI schema (page routes are not in it)."""
    document = create_app(Settings()).openapi()
    schema = schemathesis.openapi.from_dict(document, config=fuzz_config())
    return schema.include(path_regex="^/api/")


schema = api_schema()


def _own_sqlite_database(settings: Settings, folder: Path) -> Settings:
    """On SQLite, a database of the fuzz run's own, migrated and loaded with the bank.

    The test app's background work (embedding, pruning) runs on the test suite's event loop,
    which is paused during this synchronous test; on SQLite a write it had begun would hold
    the single write lock for the whole run. PostgreSQL locks rows, so it keeps the shared one.
    """
    if not settings.resolved_database_url.startswith("sqlite"):
        return settings
    from mockinterview.db import create_engine, make_sessionmaker
    from mockinterview.migrate import upgrade
    from mockinterview.questionbank.importer import import_bank
    from mockinterview.questionbank.repository import QuestionBankRepository

    url = f"sqlite+aiosqlite:///{folder / 'fuzz.db'}"
    upgrade(url)

    async def load_bank() -> None:
        engine = create_engine(url)
        async with make_sessionmaker(engine)() as session:
            await import_bank(QuestionBankRepository(session), shipped_bank())
            await session.commit()
        await engine.dispose()

    asyncio.run(load_bank())
    return settings.model_copy(update={"database_url": url, "data_dir": folder})


@pytest.fixture(scope="session")
def fuzz_app(app: FastAPI, settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """A second app run by schemathesis, which starts its lifespan on its own event loop.

    Sign-in is limited after two failures, so generated sign-ins meet the 429 too.
    """
    own = _own_sqlite_database(settings, tmp_path_factory.mktemp("fuzz"))
    return create_app(own.model_copy(update={"login_max_failures": 2}))


@pytest.fixture
def pool(fuzz_app: FastAPI, app: FastAPI) -> Iterator[Pool]:
    """A signed-up user and its resources, made on demand, kept for every example of a test.

    Afterwards the fuzz database forgets every account again (the shared one is cleaned by
    the suite's own fixture).
    """
    yield Pool(schema, fuzz_app, EMAIL)
    url = fuzz_app.state.settings.resolved_database_url
    if url != app.state.settings.resolved_database_url:
        asyncio.run(_forget_accounts(url))


async def _forget_accounts(url: str) -> None:
    from sqlalchemy import delete

    from mockinterview.db import create_engine, make_sessionmaker
    from mockinterview.models import Base

    engine = create_engine(url)
    async with make_sessionmaker(engine)() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in {"industries", "roles", "questions"}:
                await session.execute(delete(table))
        await session.commit()
    await engine.dispose()


@schema.parametrize()
@hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_api_conforms_to_its_schema(case: schemathesis.Case, pool: Pool) -> None:
    response = case.call_and_validate(**pool.prepare(case))
    pool.after(case, response)
