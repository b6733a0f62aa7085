"""CSRF: cookie-authenticated changes need the token; bearer-token API calls do not."""

import httpx

from tests.support import sign_up
from tests.web.pages import api_start, browser_sign_up, csrf_of, page_csrf


async def test_form_posts_without_a_valid_token_are_refused(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    path = f"/interviews/{session['session_uuid']}"
    for action in ("/signout", f"{path}/delete", f"{path}/abandon", f"{path}/again"):
        for data in ({}, {"csrf_token": "forged"}):
            refused = await client.post(action, data=data)
            assert refused.status_code == 403, action
            assert "text/html" in refused.headers["content-type"]
            assert "did not come from this site" in refused.text
    assert (await client.get(path)).status_code == 200  # still there, still in progress


async def test_sign_in_form_needs_the_anonymous_token(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    form = {"email": account["email"], "password": "correct horse battery"}
    assert (await client.post("/signin", data=form)).status_code == 403
    token = csrf_of((await client.get("/signin")).text)
    assert (await client.post("/signin", data={**form, "csrf_token": token})).status_code == 303


async def test_tokens_are_bound_to_the_browser(
    client: httpx.AsyncClient, second_browser: httpx.AsyncClient
) -> None:
    await browser_sign_up(client)
    await browser_sign_up(second_browser)
    theirs = await page_csrf(second_browser)
    response = await client.post("/signout", data={"csrf_token": theirs})
    assert response.status_code == 403


async def test_cookie_authenticated_api_changes_need_the_header(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    body = {"role_uuid": "role-001", "difficulty_level": "entry"}
    missing = await client.post("/api/mock-interview/start", json=body)
    assert missing.status_code == 403
    assert missing.headers["content-type"] == "application/json"
    assert "CSRF" in missing.json()["detail"]
    forged = await client.post(
        "/api/mock-interview/start", json=body, headers={"X-CSRF-Token": "forged"}
    )
    assert forged.status_code == 403
    assert (await client.get("/api/mock-interview/sessions")).status_code == 200
    token = await page_csrf(client)
    started = await client.post(
        "/api/mock-interview/start", json=body, headers={"X-CSRF-Token": token}
    )
    assert started.status_code == 201
    delete = await client.delete(f"/api/mock-interview/sessions/{started.json()['session_uuid']}")
    assert delete.status_code == 403


async def test_bearer_token_calls_need_no_csrf(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    started = await client.post(
        "/api/mock-interview/start",
        json={"role_uuid": "role-001", "difficulty_level": "entry"},
        headers=account["headers"],
    )
    assert started.status_code == 201
