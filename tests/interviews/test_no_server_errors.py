"""Arbitrary JSON bodies never cause a server error on the session endpoints."""

from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import sign_up

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=8,
)
bodies = st.dictionaries(
    st.sampled_from(
        [
            "role_uuid",
            "industry_uuid",
            "difficulty_level",
            "include_behavioral",
            "company_name",
            "response_text",
            "response_duration_seconds",
            "question_uuid",
            "word_count",
        ]
    ),
    json_values,
    max_size=5,
)


async def test_random_bodies_get_4xx_or_success(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    started = await client.post(
        "/api/mock-interview/start", json={"role_uuid": "role-004"}, headers=account["headers"]
    )
    sid = started.json()["session_uuid"]
    pending: list[tuple[str, dict[str, Any]]] = []

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=bodies, path=st.sampled_from(["/start", f"/sessions/{sid}/submit-response"]))
    def check(body: dict[str, Any], path: str) -> None:
        """Collect the generated requests; they are sent below, on the test's event loop."""
        pending.append((path, body))

    check()
    for path, body in pending:
        response = await client.post(
            f"/api/mock-interview{path}", json=body, headers=account["headers"]
        )
        assert response.status_code < 500, (path, body, response.text)
        assert "detail" in response.json() or response.status_code in (200, 201)
    assert len(pending) >= 30
