"""Resumes API: upload with real parsers, clear refusals, edit, publish, ownership."""

from typing import Any

import httpx
import pytest

from tests.support_files import RESUME_LINES, resume_docx, resume_pdf

URL = "/api/resumes"


async def upload(
    client: httpx.AsyncClient, account: dict[str, Any], name: str, content: bytes, **data: str
) -> httpx.Response:
    """Upload one file as multipart."""
    return await client.post(
        URL, files={"file": (name, content)}, data=data, headers=account["headers"]
    )


@pytest.mark.parametrize(
    ("name", "maker"),
    [("cv.pdf", resume_pdf), ("cv.docx", resume_docx), ("cv.txt", None), ("cv.md", None)],
)
async def test_upload_extracts_text_as_a_draft(
    client: httpx.AsyncClient, user: dict[str, Any], name: str, maker: Any
) -> None:
    content = maker() if maker else "\n".join(RESUME_LINES).encode()
    created = await upload(client, user, name, content, title="My resume")
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["title"] == "My resume" and body["published"] is False and body["resume_id"]
    assert "Led migration of the billing service to AWS" in body["text"]
    assert "Northwind Logistics" in body["text"]


@pytest.mark.parametrize(
    ("name", "content", "status", "kind"),
    [
        ("empty.pdf", b"", 422, "empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100, 415, "unsupported_type"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj <<", 422, "corrupt"),
        ("huge.txt", b"a" * (5 * 1024 * 1024 + 1), 413, "too_large"),
    ],
)
async def test_bad_files_are_refused_with_the_reason_and_nothing_is_stored(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    name: str,
    content: bytes,
    status: int,
    kind: str,
) -> None:
    refused = await upload(client, user, name, content)
    assert refused.status_code == status, refused.text
    error = refused.json()["detail"][0]
    assert error["loc"] == ["body", "file"] and error["type"] == kind and error["msg"]
    assert (await client.get(URL, headers=user["headers"])).json() == []


async def test_missing_file_is_422(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    missing = await client.post(URL, data={"title": "x"}, headers=user["headers"])
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["body", "file"]


async def test_edit_publish_list_delete(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    resume = (await upload(client, user, "cv.txt", b"Python developer with ten years")).json()
    rid = resume["resume_id"]
    changed = await client.patch(
        f"{URL}/{rid}",
        json={"title": "Backend CV", "text": "Corrected text about Python", "published": True},
        headers=h,
    )
    assert changed.status_code == 200
    assert changed.json()["title"] == "Backend CV" and changed.json()["published"] is True
    assert (await client.get(f"{URL}/{rid}", headers=h)).json()[
        "text"
    ] == "Corrected text about Python"
    empty = await client.patch(f"{URL}/{rid}", json={"text": ""}, headers=h)
    assert empty.status_code == 422 and empty.json()["detail"][0]["loc"] == ["body", "text"]
    assert [r["resume_id"] for r in (await client.get(URL, headers=h)).json()] == [rid]
    assert (await client.delete(f"{URL}/{rid}", headers=h)).status_code == 200
    assert (await client.get(f"{URL}/{rid}", headers=h)).status_code == 404


async def test_another_users_resume_is_404(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    rid = (await upload(client, user, "cv.txt", b"Python developer with ten years")).json()[
        "resume_id"
    ]
    h = other_user["headers"]
    assert (await client.get(f"{URL}/{rid}", headers=h)).status_code == 404
    assert (
        await client.patch(f"{URL}/{rid}", json={"published": True}, headers=h)
    ).status_code == 404
    assert (await client.delete(f"{URL}/{rid}", headers=h)).status_code == 404
    assert (await client.get(URL, headers=h)).json() == []
    assert (await client.get(URL)).status_code == 401


@pytest.mark.parametrize(
    ("size", "said"),
    [
        (5 * 1024 * 1024 + 1, "5,242,881 bytes"),
        (5_250_000, "5.01 MB"),
        (12 * 1024 * 1024, "12.0 MB"),
    ],
)
async def test_too_large_names_the_real_size_and_the_limit(
    client: httpx.AsyncClient, user: dict[str, Any], size: int, said: str
) -> None:
    refused = await upload(client, user, "big.txt", b"a" * size)
    assert refused.status_code == 413
    message = refused.json()["detail"][0]["msg"]
    assert said in message and "at most 5 MB" in message
