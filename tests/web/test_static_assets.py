"""Static files: versioned URLs (module imports too), caching by version, revalidation, gzip."""

import base64
import gzip
import hashlib
import json
import re
import shutil
from pathlib import Path

import httpx
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.routing import Mount

from mockinterview.web.assets import Assets
from mockinterview.web.static_files import static_app
from mockinterview.web.templating import STATIC_DIR
from tests.web.pages import api_start, browser_sign_up

IMPORT_MAP = re.compile(r'<script type="importmap">(.*?)</script>', re.S)
STATIC_REF = re.compile(r'(?:src|href)="(/static/[^"]*)"')
IDENTITY = {"Accept-Encoding": "identity"}


def _import_map(html: str) -> str:
    match = IMPORT_MAP.search(html)
    assert match, "no import map on the page"
    return match.group(1)


async def test_pages_load_every_static_file_and_module_by_its_version(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    assets: Assets = app.state.assets
    own_js = sorted(p.relative_to(STATIC_DIR).as_posix() for p in STATIC_DIR.rglob("*.js"))
    await browser_sign_up(client)
    session = await api_start(client)
    for path in (
        "/interviews",
        "/interviews/new",
        f"/interviews/{session['session_uuid']}",
        "/resumes",
    ):
        page = await client.get(path)
        assert page.status_code == 200, path
        refs = STATIC_REF.findall(page.text)
        assert any(".js?" in ref for ref in refs) and any(".css?" in ref for ref in refs), path
        for ref in refs:
            name, _, query = ref.removeprefix("/static/").partition("?")
            assert query == f"v={assets.versions[name]}", ref
        modules = json.loads(_import_map(page.text))["imports"]
        assert modules == {f"/static/{name}": assets.url(name) for name in own_js}


async def test_the_page_policy_allows_exactly_the_inline_import_map(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/")
    digest = hashlib.sha256(_import_map(page.text).encode()).digest()
    policy = page.headers["content-security-policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert script_src.split() == [
        "script-src",
        "'self'",
        f"'sha256-{base64.b64encode(digest).decode()}'",
    ]
    assert "unsafe-inline" not in policy


async def test_current_versions_are_cached_for_good(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    assets: Assets = app.state.assets
    for name in ("css/app.css", "js/app.js", "js/api.js", "js/labels.js"):
        response = await client.get(assets.url(name))
        assert response.status_code == 200
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.content == (STATIC_DIR / name).read_bytes()


async def test_plain_and_stale_urls_revalidate_with_304(client: httpx.AsyncClient) -> None:
    for url in ("/static/js/api.js", "/static/js/api.js?v=0123456789ab", "/static/js/api.js?x=1"):
        response = await client.get(url)
        assert response.status_code == 200
        assert response.headers["cache-control"] == "no-cache", url
        etag, modified = response.headers["etag"], response.headers["last-modified"]
        again = await client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag
        since = await client.get(url, headers={"If-Modified-Since": modified})
        assert since.status_code == 304
    changed = await client.get("/static/js/api.js", headers={"If-None-Match": '"other"'})
    assert changed.status_code == 200 and changed.content


async def test_text_assets_are_gzipped_when_accepted(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    assets: Assets = app.state.assets
    for name, media in (("js/interview.js", "text/javascript"), ("css/app.css", "text/css")):
        raw = (STATIC_DIR / name).read_bytes()
        request = client.build_request("GET", assets.url(name), headers={"Accept-Encoding": "gzip"})
        response = await client.send(request, stream=True)
        body = b"".join([chunk async for chunk in response.aiter_raw()])
        await response.aclose()
        assert response.headers["content-encoding"] == "gzip"
        assert response.headers["content-type"].startswith(media)
        assert "accept-encoding" in response.headers["vary"].lower()
        assert int(response.headers["content-length"]) == len(body) < len(raw) / 2
        assert gzip.decompress(body) == raw
        assert response.headers["cache-control"].endswith("immutable")
        assert "permissions-policy" in response.headers
        plain = await client.get(assets.url(name), headers=IDENTITY)
        assert "content-encoding" not in plain.headers and plain.content == raw


async def test_pages_and_tiny_files_are_not_compressed(client: httpx.AsyncClient) -> None:
    page = await client.get("/", headers={"Accept-Encoding": "gzip"})
    assert page.status_code == 200 and "content-encoding" not in page.headers
    tiny = await client.get("/static/js/labels.js", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in tiny.headers


async def test_a_changed_file_gets_a_new_version_and_old_urls_stop_being_immutable(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "static"
    shutil.copytree(STATIC_DIR, folder)
    before = Assets.scan(folder)
    api = folder / "js" / "api.js"
    api.write_text(api.read_text() + "\n// changed\n")
    after = Assets.scan(folder)
    changed = {name for name in before.versions if before.versions[name] != after.versions[name]}
    assert changed == {"js/api.js"}
    assert after.import_map != before.import_map
    assert after.import_map_hash != before.import_map_hash
    assert after.url("js/api.js") in after.import_map

    served = Starlette(routes=[Mount("/static", static_app(after))])
    transport = httpx.ASGITransport(app=served)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        old = await http.get(before.url("js/api.js"))
        new = await http.get(after.url("js/api.js"))
    assert old.headers["cache-control"] == "no-cache"
    assert new.headers["cache-control"].endswith("immutable")
    assert old.content == new.content == api.read_bytes()
