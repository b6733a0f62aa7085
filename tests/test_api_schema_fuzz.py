"""Schema-based fuzzing of the JSON API: no server errors, only documented statuses and bodies.

Schemathesis generates valid and invalid requests for every `/api/...` operation from the
OpenAPI schema and sends them in-process to an app on the test database, signed in as a real
user. Ids come from the bank and from the user's own resources (see fuzz_pool), so requests
reach the code behind the 404s too.
"""

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


@pytest.fixture(scope="session")
def fuzz_app(app: FastAPI, settings: Settings) -> FastAPI:
    """A second app on the test database (the first loaded the bank), run by schemathesis.

    Schemathesis starts its lifespan on its own event loop and ends it when the run exits.
    Sign-in is limited after two failures, so generated sign-ins meet the 429 too. Background
    jobs are left to the first app's worker (none of them is an API call).
    """
    return create_app(settings.model_copy(update={"login_max_failures": 2, "job_workers": 0}))


@pytest.fixture
def pool(fuzz_app: FastAPI) -> Pool:
    """A signed-up user and its resources, made on demand, kept for every example of a test."""
    return Pool(schema, fuzz_app, EMAIL)


@schema.parametrize()
@hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_api_conforms_to_its_schema(case: schemathesis.Case, pool: Pool) -> None:
    response = case.call_and_validate(**pool.prepare(case))
    pool.after(case, response)
