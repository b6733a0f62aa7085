"""A body the framework cannot parse is a 422 naming the body on the API, like malformed JSON."""

from typing import Any

import httpx
import pytest

NOT_UTF8 = b'{"email": "\xee\t"}'


@pytest.mark.parametrize(
    ("path", "content_type", "body"),
    [
        ("/api/auth/register", "application/json", NOT_UTF8),
        ("/api/auth/login", "application/json", b"\xee\t"),
        ("/api/mock-interview/start", "application/json; charset=latin-1", NOT_UTF8),
        ("/api/mock-interviews", "application/json", b"\xff\xfe\xfa"),
        ("/api/resumes", "multipart/form-data", b"no boundary was given"),
    ],
)
async def test_unparsable_body_is_422_naming_the_body(
    client: httpx.AsyncClient, user: dict[str, Any], path: str, content_type: str, body: bytes
) -> None:
    headers = {**user["headers"], "Content-Type": content_type}
    response = await client.post(path, content=body, headers=headers)
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body"]
    assert error["type"] == "body_invalid"
    assert error["msg"]


async def test_malformed_json_still_names_its_position(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    headers = {**user["headers"], "Content-Type": "application/json"}
    response = await client.post("/api/mock-interview/start", content=b"{oops", headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


async def test_pages_keep_their_error_page_for_unparsable_forms(client: httpx.AsyncClient) -> None:
    headers = {"Content-Type": "multipart/form-data", "Accept": "text/html"}
    response = await client.post("/signin", content=b"no boundary", headers=headers)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
