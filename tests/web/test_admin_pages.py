"""The admin pages: users with their actions, a reset link shown once, the admin log."""

import httpx
from fastapi import FastAPI
from sqlalchemy import update

from mockinterview.accounts.models import User
from tests.support import sign_up
from tests.web.pages import browser_sign_up, csrf_of


async def test_admin_pages_act_on_users_and_show_the_log(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    other = await sign_up(client, "student@example.com")
    admin = await browser_sign_up(client, name="Head <Admin>")
    assert (await client.get("/admin/users")).status_code == 403
    async with app.state.sessionmaker() as db:
        await db.execute(update(User).where(User.email == admin["email"]).values(is_admin=True))
        await db.commit()

    page = await client.get("/admin/users", params={"q": "student"})
    assert page.status_code == 200 and "student@example.com" in page.text
    assert admin["email"] not in page.text
    assert 'href="/admin/users"' in (await client.get("/interviews")).text
    csrf = csrf_of(page.text)
    target = f"/admin/users/{other['user_uuid']}"
    assert (await client.post(f"{target}/disable", data={})).status_code == 403
    disabled = await client.post(f"{target}/disable", data={"csrf_token": csrf})
    assert disabled.status_code == 303
    assert "is disabled" in (await client.get("/admin/users")).text
    link = await client.post(f"{target}/reset-link", data={"csrf_token": csrf})
    assert link.status_code == 200 and "/reset-password?token=" in link.text
    bad = await client.post(f"{target}/explode", data={"csrf_token": csrf})
    assert bad.status_code == 422
    deleted = await client.post(f"{target}/delete", data={"csrf_token": csrf})
    assert deleted.status_code == 303

    log = await client.get("/admin/actions")
    assert log.status_code == 200
    for action in ("disable", "issue reset link", "delete"):
        assert f'<td data-label="What">{action}</td>' in log.text
    assert "Head &lt;Admin&gt;" in log.text
