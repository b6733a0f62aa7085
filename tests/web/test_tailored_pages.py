"""Tailored interview pages: create, set up, dashboard actions, practice again, usage."""

import json
import re
from typing import Any

import httpx
from fastapi import FastAPI

from mockinterview.accounts.service import AccountService
from tests.support import PASSWORD
from tests.support_files import JOB_DESCRIPTION, RESUME_LINES
from tests.web.pages import ANSWER, browser_sign_up, csrf_of, page_csrf

EVIL = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
API = "/api/mock-interviews"


async def api_resume(
    client: httpx.AsyncClient, title: str = "Backend CV", publish: bool = True
) -> str:
    """Upload (and publish) the sample resume with the browser's cookie; returns its id."""
    token = await page_csrf(client)
    created = await client.post(
        "/api/resumes",
        files={"file": ("cv.txt", "\n".join(RESUME_LINES).encode())},
        data={"title": title},
        headers={"X-CSRF-Token": token},
    )
    assert created.status_code == 201, created.text
    rid = str(created.json()["resume_id"])
    if publish:
        await client.patch(
            f"/api/resumes/{rid}", json={"published": True}, headers={"X-CSRF-Token": token}
        )
    return rid


async def new_tailored(client: httpx.AsyncClient) -> str:
    """Press "New tailored interview"; returns the new interview's id."""
    token = await page_csrf(client)
    response = await client.post("/interviews/tailored/new", data={"csrf_token": token})
    assert response.status_code == 303, response.text
    match = re.fullmatch(r"/interviews/([0-9a-f-]{36})/setup", response.headers["location"])
    assert match, response.headers["location"]
    return match.group(1)


async def generate(
    client: httpx.AsyncClient, iid: str, rid: str, job: str = JOB_DESCRIPTION
) -> dict[str, Any]:
    """Generate the questions through the API, as setup.js does."""
    token = await page_csrf(client)
    response = await client.post(
        f"{API}/{iid}/generate-questions",
        json={"resume_id": rid, "job_description": job},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


async def run_through(client: httpx.AsyncClient, interview: dict[str, Any]) -> None:
    """Start, answer every question and complete, as the interview page does."""
    token = await page_csrf(client)
    headers = {"X-CSRF-Token": token}
    iid = interview["id"]
    assert (await client.post(f"{API}/{iid}/start-session", headers=headers)).status_code == 200
    base = f"/api/mock-interview/sessions/{iid}"
    for q in interview["questions"]:
        body = {
            "response_text": ANSWER,
            "response_duration_seconds": 20,
            "question_uuid": q["uuid"],
        }
        answered = await client.post(f"{base}/submit-response", json=body, headers=headers)
        assert answered.status_code == 200, answered.text
    assert (await client.post(f"{base}/complete", json={}, headers=headers)).status_code == 200


def setup_state(html: str) -> dict[str, Any]:
    """The JSON setup.js starts from."""
    match = re.search(r'id="setup-state">(.*?)</script>', html, re.S)
    assert match
    return dict(json.loads(match.group(1)))


async def test_dashboard_offers_a_tailored_interview(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    empty = await client.get("/interviews")
    assert 'action="/interviews/tailored/new"' in empty.text
    assert "New tailored interview" in empty.text


async def test_setup_page_without_a_published_resume_points_to_resumes(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    await api_resume(client, title="Unpublished draft", publish=False)
    iid = await new_tailored(client)
    page = await client.get(f"/interviews/{iid}/setup")
    assert page.status_code == 200
    assert "None of your resumes is published yet" in page.text
    assert 'href="/resumes"' in page.text and "Unpublished draft" not in page.text
    assert re.search(r'<button id="generate" class="btn" type="button" disabled', page.text)
    state = setup_state(page.text)
    assert state["status"] == "setup" and state["questions"] == []
    assert state["api"] == f"{API}/{iid}"


async def test_setup_page_lists_published_resumes_and_the_questions(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    rid = await api_resume(client)
    await api_resume(client, title="Old draft", publish=False)
    iid = await new_tailored(client)
    page = await client.get(f"/interviews/{iid}/setup")
    assert f'<option value="{rid}" selected>Backend CV (cv.txt)</option>' in page.text
    assert "Old draft" not in page.text and "1 draft:" in page.text
    assert 'id="job-description"' in page.text and "of 30,000 characters" in page.text
    assert "Generate questions" in page.text

    interview = await generate(client, iid, rid)
    page = await client.get(f"/interviews/{iid}/setup")
    assert "Regenerate questions" in page.text
    assert "Staff Backend Engineer" in page.text and "Acme Payments" in page.text
    state = setup_state(page.text)
    assert state["status"] == "ready" and len(state["questions"]) == 10
    assert all(q["reason"] for q in state["questions"])
    assert {s["kind"] for q in state["questions"] for s in q["sources"]} >= {
        "resume",
        "job_description",
    }
    assert [q["question_uuid"] for q in state["questions"]] == [
        q["question_uuid"] for q in interview["questions"]
    ]


async def test_setup_redirects_once_the_interview_has_started(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    rid = await api_resume(client)
    iid = await new_tailored(client)
    interview = await generate(client, iid, rid)
    token = await page_csrf(client)
    await client.post(f"{API}/{iid}/start-session", headers={"X-CSRF-Token": token})
    started = await client.get(f"/interviews/{iid}/setup")
    assert started.status_code == 303 and started.headers["location"] == f"/interviews/{iid}"
    assert (await client.get(f"/interviews/{iid}")).status_code == 200
    await run_through_rest(client, interview)
    done = await client.get(f"/interviews/{iid}/setup")
    assert done.status_code == 303 and done.headers["location"] == f"/interviews/{iid}/summary"


async def run_through_rest(client: httpx.AsyncClient, interview: dict[str, Any]) -> None:
    """Answer and complete an interview that has already started."""
    token = await page_csrf(client)
    base = f"/api/mock-interview/sessions/{interview['id']}"
    for q in interview["questions"]:
        body = {"response_text": ANSWER, "response_duration_seconds": 9, "question_uuid": q["uuid"]}
        await client.post(f"{base}/submit-response", json=body, headers={"X-CSRF-Token": token})
    await client.post(f"{base}/complete", json={}, headers={"X-CSRF-Token": token})


async def test_dashboard_actions_follow_the_status(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    rid = await api_resume(client)
    setup_id = await new_tailored(client)
    ready_id = await new_tailored(client)
    await generate(client, ready_id, rid)
    done_id = await new_tailored(client)
    await run_through(client, await generate(client, done_id, rid))
    page = (await client.get("/interviews")).text
    for iid in (setup_id, ready_id):
        assert f'href="/interviews/{iid}/setup">Continue setup' in page
        assert f'href="/interviews/{iid}/summary"' not in page
        assert f'action="/interviews/{iid}/duplicate"' not in page
    assert "Setting up" in page and "Ready to start" in page and "10 questions" in page
    assert f'href="/interviews/{done_id}/summary">View summary' in page
    assert f'action="/interviews/{done_id}/duplicate"' in page
    assert f'action="/interviews/{done_id}/again"' not in page
    assert page.count('data-confirm-action="Delete interview"') == 3


async def test_practice_again_copies_the_questions_into_a_new_setup(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    rid = await api_resume(client)
    iid = await new_tailored(client)
    original = await generate(client, iid, rid)
    await run_through(client, original)
    token = await page_csrf(client)
    again = await client.post(f"/interviews/{iid}/duplicate", data={"csrf_token": token})
    assert again.status_code == 303
    copy_id = again.headers["location"].split("/")[2]
    assert copy_id != iid and again.headers["location"] == f"/interviews/{copy_id}/setup"
    page = await client.get(again.headers["location"])
    state = setup_state(page.text)
    assert state["status"] == "ready"
    assert [q["prompt"] for q in state["questions"]] == [q["prompt"] for q in original["questions"]]
    assert "Staff Backend Engineer" in page.text


async def test_forms_need_the_csrf_token(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    iid = await new_tailored(client)
    for action in ("/interviews/tailored/new", f"/interviews/{iid}/duplicate"):
        for data in ({}, {"csrf_token": "forged"}):
            refused = await client.post(action, data=data)
            assert refused.status_code == 403, action
            assert "did not come from this site" in refused.text
    listed = (await client.get(f"{API}")).json()
    assert [i["id"] for i in listed] == [iid]
    no_header = await client.post(f"{API}/{iid}/generate-questions", json={"resume_id": "x"})
    assert no_header.status_code == 403


async def test_another_users_interview_is_a_404_page(
    client: httpx.AsyncClient, second_browser: httpx.AsyncClient
) -> None:
    await browser_sign_up(client)
    iid = await new_tailored(client)
    await browser_sign_up(second_browser)
    page = await second_browser.get(f"/interviews/{iid}/setup")
    assert page.status_code == 404 and "Page not found" in page.text
    token = await page_csrf(second_browser)
    copy = await second_browser.post(f"/interviews/{iid}/duplicate", data={"csrf_token": token})
    assert copy.status_code == 404
    assert (await second_browser.get(API)).json() == []


async def test_job_description_and_titles_are_escaped(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client, name=EVIL)
    rid = await api_resume(client, title=EVIL)
    iid = await new_tailored(client)
    setup = await client.get(f"/interviews/{iid}/setup")
    assert EVIL not in setup.text and ESCAPED in setup.text
    job = f"{EVIL}\n{JOB_DESCRIPTION}"
    await generate(client, iid, rid, job=job)
    for path in (f"/interviews/{iid}/setup", "/interviews", "/resumes"):
        page = await client.get(path)
        assert page.status_code == 200, path
        assert EVIL not in page.text, path
    setup = await client.get(f"/interviews/{iid}/setup")
    assert f"{ESCAPED}\nStaff Backend" in setup.text


async def test_usage_page_for_a_user(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    empty = await client.get("/usage")
    assert empty.status_code == 200 and "No AI calls yet" in empty.text
    assert "Just me" not in empty.text
    rid = await api_resume(client)
    iid = await new_tailored(client)
    await run_through(client, await generate(client, iid, rid))
    page = await client.get("/usage")
    assert "Writing tailored questions" in page.text and "Analysing interviews" in page.text
    assert re.search(r"<dt>Calls</dt><dd>2</dd>", page.text)
    assert 'role="img"' in page.text and '<title id="usage-chart-title">' in page.text
    assert re.search(r"<desc [^>]*>\w{3} \d{4}: 2 calls\. </desc>", page.text)
    assert "$0.00" in page.text
    refused = await client.get("/usage?scope=all")
    assert refused.status_code == 403
    assert "Only administrators" in refused.text


async def test_usage_page_for_an_admin_shows_everyone(
    client: httpx.AsyncClient, second_browser: httpx.AsyncClient, app: FastAPI
) -> None:
    await browser_sign_up(client)
    rid = await api_resume(client)
    await generate(client, await new_tailored(client), rid)
    async with app.state.sessionmaker() as db:
        await AccountService(db, app.state.settings).register(
            "boss@example.com", PASSWORD, "Admin Person", is_admin=True
        )
        await db.commit()
    token = csrf_of((await second_browser.get("/signin")).text)
    signed_in = await second_browser.post(
        "/signin",
        data={"csrf_token": token, "email": "boss@example.com", "password": PASSWORD},
    )
    assert signed_in.status_code == 303
    mine = await second_browser.get("/usage")
    assert "Just me" in mine.text and "Everyone" in mine.text
    assert 'href="/usage?scope=me" aria-current="page"' in mine.text
    assert "No AI calls yet" in mine.text
    everyone = await second_browser.get("/usage?scope=all")
    assert everyone.status_code == 200
    assert 'href="/usage?scope=all" aria-current="page"' in everyone.text
    assert "Totals for everyone" in everyone.text and "Writing tailored questions" in everyone.text


async def test_summary_fits_a_tailored_interview(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    rid = await api_resume(client)
    iid = await new_tailored(client)
    early = await client.get(f"/interviews/{iid}/summary")
    assert early.status_code == 303 and early.headers["location"] == f"/interviews/{iid}/setup"
    await run_through(client, await generate(client, iid, rid))
    summary = (await client.get(f"/interviews/{iid}/summary")).text
    assert f'action="/interviews/{iid}/duplicate"' in summary
    assert f'action="/interviews/{iid}/again"' not in summary
