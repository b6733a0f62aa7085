"""The interview pages: list, start, practice again, delete, abandon, summary, downloads."""

import json
import re

import httpx

from mockinterview.web.templating import STATIC_DIR
from tests.web.pages import api_answer_all, api_start, browser_sign_up, page_csrf

INTERVIEW_PAGE_BUDGET = 60 * 1024


async def test_empty_dashboard_leads_to_the_start_page(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    page = await client.get("/interviews")
    assert page.status_code == 200
    assert "No interviews yet" in page.text and 'href="/interviews/new"' in page.text


async def test_start_form_starts_and_redirects_to_the_interview(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    start = await client.get("/interviews/new")
    assert "Software Engineering" in start.text and "Start interview" in start.text
    token = await page_csrf(client, "/interviews/new")
    response = await client.post(
        "/interviews/new",
        data={
            "csrf_token": token,
            "industry_uuid": "ind-001",
            "role_uuid": "role-001",
            "difficulty_level": "senior",
            "categories": ["technical", "company"],
            "company_name": "Initech",
        },
    )
    assert response.status_code == 303
    page = await client.get(response.headers["location"])
    assert page.status_code == 200
    assert "Senior Software Engineer at Initech" in page.text
    state = json.loads(re.search(r'id="interview-state">(.*?)</script>', page.text).group(1))  # type: ignore[union-attr]
    assert state["question"]["category"] == "technical" and state["preview_seconds"] == 5


async def test_start_form_errors_keep_the_choices(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    token = await page_csrf(client, "/interviews/new")
    no_role = await client.post(
        "/interviews/new",
        data={"csrf_token": token, "industry_uuid": "ind-001", "difficulty_level": "mid"},
    )
    assert no_role.status_code == 422 and "Choose a role" in no_role.text
    no_category = await client.post(
        "/interviews/new",
        data={
            "csrf_token": token,
            "industry_uuid": "ind-001",
            "role_uuid": "role-002",
            "difficulty_level": "entry",
            "company_name": "Kept Co",
        },
    )
    assert no_category.status_code == 422
    assert "at least one question category" in no_category.text
    assert 'value="Kept Co"' in no_category.text
    assert re.search(r'value="role-002"[^>]*selected', no_category.text)


async def test_dashboard_lists_newest_first_with_fitting_actions(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    done = await api_start(client, company_name="First Co")
    await api_answer_all(client, done)
    live = await api_start(client, company_name="Second Co")
    page = (await client.get("/interviews")).text
    assert page.index("Second Co") < page.index("First Co")
    assert "In progress" in page and "Completed" in page
    assert f'href="/interviews/{live["session_uuid"]}">Continue' in page
    assert f'href="/interviews/{done["session_uuid"]}/summary">View summary' in page
    assert f'action="/interviews/{done["session_uuid"]}/again"' in page
    assert f'action="/interviews/{live["session_uuid"]}/again"' not in page
    assert page.count('data-confirm-action="Delete interview"') == 2


async def test_practice_again_repeats_the_settings(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    old = await api_start(
        client, difficulty_level="mid", include_situational=False, company_name="Globex"
    )
    await api_answer_all(client, old)
    token = await page_csrf(client)
    again = await client.post(
        f"/interviews/{old['session_uuid']}/again", data={"csrf_token": token}
    )
    assert again.status_code == 303
    new_id = again.headers["location"].rsplit("/", 1)[1]
    assert new_id != old["session_uuid"]
    new = (await client.get(f"/api/mock-interview/sessions/{new_id}")).json()
    for key in ("role_uuid", "difficulty_level", "categories", "company_name", "scenario_name"):
        assert new[key] == old[key]
    assert new["status"] == "in_progress"


async def test_delete_and_abandon(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    gone = await api_start(client)
    stopped = await api_start(client)
    token = await page_csrf(client)
    deleted = await client.post(
        f"/interviews/{gone['session_uuid']}/delete", data={"csrf_token": token}
    )
    assert deleted.status_code == 303 and deleted.headers["location"] == "/interviews"
    listing = await client.get("/interviews")
    assert "Deleted “" in listing.text and gone["session_uuid"] not in listing.text
    assert (await client.get(f"/interviews/{gone['session_uuid']}")).status_code == 404

    abandon = await client.post(
        f"/interviews/{stopped['session_uuid']}/abandon", data={"csrf_token": token}
    )
    assert abandon.status_code == 303
    assert "Abandoned “" in (await client.get("/interviews")).text
    state = (await client.get(f"/api/mock-interview/sessions/{stopped['session_uuid']}")).json()
    assert state["status"] == "abandoned"
    page = await client.get(f"/interviews/{stopped['session_uuid']}")
    assert page.status_code == 303 and page.headers["location"].endswith("/summary")
    summary = await client.get(f"/interviews/{stopped['session_uuid']}/summary")
    assert "You stopped this interview early" in summary.text and "Not answered." in summary.text
    twice = await client.post(
        f"/interviews/{stopped['session_uuid']}/abandon", data={"csrf_token": token}
    )
    assert twice.status_code == 303
    assert "only one in progress" in (await client.get("/interviews")).text


async def test_summary_page_and_downloads(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    summary_url = f"/interviews/{session['session_uuid']}/summary"
    early = await client.get(summary_url)
    assert early.status_code == 303 and early.headers["location"].endswith(session["session_uuid"])
    await api_answer_all(client, session)
    page = await client.get(summary_url)
    assert page.status_code == 200
    total = len(session["question_sequence"])
    assert "100%" in page.text and "<svg" in page.text and 'role="img"' in page.text
    assert page.text.count('class="answer-item"') == total
    assert f"{total} of {total} questions" in page.text

    text = await client.get(f"{summary_url}.txt")
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
    assert text.headers["content-disposition"].startswith("attachment;")
    assert "Completion: 100%" in text.text and text.text.count("Your answer (") == total

    html = await client.get(f"{summary_url}.html")
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert 'attachment; filename="mock-interview-' in html.headers["content-disposition"]
    assert "<style>" in html.text and "<svg" in html.text and "@media print" in html.text
    assert "<script" not in html.text and "<link" not in html.text
    assert "default-src 'none'" in html.headers["content-security-policy"]


async def test_pages_make_no_third_party_requests(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    for path in ("/interviews", "/interviews/new", f"/interviews/{session['session_uuid']}"):
        page = await client.get(path)
        assert not re.search(r'(src|href)="(https?:)?//', page.text), path
        assert "script-src 'self'" in page.headers["content-security-policy"]


def test_interview_page_ships_under_60_kb_of_its_own_js_and_css() -> None:
    own = [
        "css/app.css",
        "js/app.js",
        "js/api.js",
        "js/labels.js",
        "js/words.js",
        "js/interview.js",
    ]
    size = sum((STATIC_DIR / name).stat().st_size for name in own)
    assert size < INTERVIEW_PAGE_BUDGET, f"{size} bytes"


async def test_seed_paths_redirect(client: httpx.AsyncClient) -> None:
    cases = {
        "/mock-interview": "/interviews",
        "/interview/mock-interview-start": "/interviews/new",
        "/interview/mock-interview/abc": "/interviews/abc",
        "/interview/mock-interview-summary/abc": "/interviews/abc/summary",
    }
    for old, new in cases.items():
        response = await client.get(old)
        assert response.status_code == 308 and response.headers["location"] == new
