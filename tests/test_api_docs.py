"""The interactive API docs load from this server only."""

import re

import httpx


async def test_docs_page_uses_only_same_origin_assets(client: httpx.AsyncClient) -> None:
    page = await client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", page.text)
    local = [u.removeprefix(str(client.base_url)) for u in urls]
    assert local and all(u.startswith("/") for u in local), urls
    for url in local:
        assert (await client.get(url)).status_code == 200, url
    schema = (await client.get("/openapi.json")).json()
    assert "/api/mock-interview/start" in schema["paths"]
