"""Structured JSON logs: a request id per request, returned, and nothing secret in any line."""

import json
import logging

import httpx
import pytest

from mockinterview.ops.logs import JsonFormatter
from tests.support import PASSWORD, sign_up

ANSWER = (
    "When our nightly import kept failing I traced it to a vendor schema change, "
    "wrote a contract test, and the import has run cleanly for six months since."
)


def json_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, object]]:
    """Every captured record as the JSON object it is written as."""
    formatter = JsonFormatter()
    return [json.loads(formatter.format(record)) for record in caplog.records]


async def test_a_sane_request_id_is_kept_and_returned(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = await client.get("/healthz", headers={"X-Request-ID": "lb-1234.abc"})
    assert response.headers["X-Request-ID"] == "lb-1234.abc"
    access = [line for line in json_lines(caplog) if line["logger"] == "mockinterview.access"]
    assert access[-1]["request_id"] == "lb-1234.abc"
    assert access[-1]["route"] == "/healthz" and access[-1]["status"] == 200
    assert isinstance(access[-1]["duration_ms"], float)


@pytest.mark.parametrize("sent", ["", "x" * 65, "bad id with spaces", "<script>", "a\u00e9"])
async def test_an_odd_request_id_is_replaced(client: httpx.AsyncClient, sent: str) -> None:
    response = await client.get("/healthz", headers={"X-Request-ID": sent.encode("utf-8")})
    returned = response.headers["X-Request-ID"]
    assert returned != sent and len(returned) == 32


async def test_each_request_gets_its_own_id(client: httpx.AsyncClient) -> None:
    first = (await client.get("/healthz")).headers["X-Request-ID"]
    second = (await client.get("/healthz")).headers["X-Request-ID"]
    assert first != second


async def test_no_password_token_or_answer_reaches_the_logs(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    account = await sign_up(client)
    body = {"role_uuid": "role-001", "industry_uuid": "ind-001", "difficulty_level": "mid"}
    started = await client.post("/api/mock-interview/start", json=body, headers=account["headers"])
    session = started.json()
    qid = session["first_question"]["question_uuid"]
    submitted = await client.post(
        f"/api/mock-interview/sessions/{session['session_uuid']}/submit-response",
        json={"response_text": ANSWER, "response_duration_seconds": 30, "question_uuid": qid},
        headers=account["headers"],
    )
    assert submitted.status_code == 200, submitted.text
    await client.get("/api/auth/me", params={"token": account["token"]})
    served = [line for line in json_lines(caplog) if line["logger"] != "httpx"]  # the test's client
    written = "\n".join(json.dumps(line) for line in served)
    assert '"route": "/api/mock-interview/start"' in written
    for secret in (PASSWORD, account["token"], "vendor schema change", session["session_uuid"]):
        assert secret not in written
