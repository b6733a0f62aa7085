"""The resumes pages: upload through the form, read, correct, rename, publish, delete."""

import re

import httpx

from tests.support_files import RESUME_LINES, docx_of_repeated_paragraphs, resume_pdf
from tests.web.pages import browser_sign_up, page_csrf

EVIL = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


async def upload(
    client: httpx.AsyncClient, name: str, content: bytes, title: str = ""
) -> httpx.Response:
    """Send the upload form as a browser would."""
    token = await page_csrf(client, "/resumes")
    return await client.post(
        "/resumes",
        data={"csrf_token": token, "title": title},
        files={"file": (name, content)},
    )


async def uploaded(client: httpx.AsyncClient, title: str = "Backend CV") -> str:
    """Upload the sample PDF; returns the new resume's id."""
    response = await upload(client, "jordan.pdf", resume_pdf(), title)
    assert response.status_code == 303, response.text
    match = re.fullmatch(r"/resumes/([0-9a-f-]{36})", response.headers["location"])
    assert match
    return match.group(1)


async def stored(client: httpx.AsyncClient) -> list[dict[str, object]]:
    """The user's resumes as the API lists them."""
    return list((await client.get("/api/resumes")).json())


async def test_list_page_and_upload_form(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    page = await client.get("/resumes")
    assert page.status_code == 200
    assert "No resumes yet" in page.text
    assert 'enctype="multipart/form-data"' in page.text
    assert 'accept=".pdf,.docx,.txt,.md,.json"' in page.text
    assert "only published resumes can be chosen" in page.text
    nav = await client.get("/interviews")
    assert 'href="/resumes"' in nav.text and 'href="/usage"' not in nav.text


async def test_upload_shows_the_extracted_text_then_lists_it(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    rid = await uploaded(client)
    page = await client.get(f"/resumes/{rid}")
    assert page.status_code == 200
    assert "Read " in page.text and "words from jordan.pdf" in page.text
    assert "Northwind Logistics" in page.text and "jordan.pdf" in page.text
    assert re.search(r'<textarea id="resume-text" name="text"', page.text)
    assert "Draft" in page.text and "Only published resumes can be used for interviews" in page.text
    listing = await client.get("/resumes")
    assert "Backend CV" in listing.text and "jordan.pdf" in listing.text
    assert f'href="/resumes/{rid}"' in listing.text and "Draft" in listing.text


async def test_refused_files_are_explained_and_nothing_is_kept(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    cases = [
        ("fake.pdf", b"Just some words in a text file pretending to be a PDF.", "PDF"),
        ("empty.txt", b"", "The file is empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n0000", "not supported"),
        ("huge.txt", b"a" * (5 * 1024 * 1024 + 10), "at most 5 MB"),
        ("bomb.docx", docx_of_repeated_paragraphs(32), "unpacks to more than 20 MB"),
    ]
    for name, content, expected in cases:
        response = await upload(client, name, content, title="Kept title")
        assert response.status_code == 422, name
        assert "text/html" in response.headers["content-type"]
        assert expected in response.text, name
        assert 'class="form-error" role="alert"' in response.text
        assert 'value="Kept title"' in response.text
    no_file = await client.post(
        "/resumes", data={"csrf_token": await page_csrf(client, "/resumes"), "title": "x"}
    )
    assert no_file.status_code == 422 and "Choose a file" in no_file.text
    assert await stored(client) == []


async def test_correct_rename_publish_and_delete(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    rid = await uploaded(client)
    token = await page_csrf(client, f"/resumes/{rid}")
    corrected = "\r\n".join(RESUME_LINES + ["Languages: English, Spanish"])
    saved = await client.post(f"/resumes/{rid}/text", data={"csrf_token": token, "text": corrected})
    assert saved.status_code == 303
    body = (await client.get(f"/api/resumes/{rid}")).json()
    assert body["text"].endswith("Spanish") and "\r" not in body["text"]

    empty = await client.post(f"/resumes/{rid}/text", data={"csrf_token": token, "text": "  "})
    assert empty.status_code == 422 and "cannot be empty" in empty.text

    renamed = await client.post(f"/resumes/{rid}/rename", data={"csrf_token": token, "title": "CV"})
    assert renamed.status_code == 303
    blank = await client.post(f"/resumes/{rid}/rename", data={"csrf_token": token, "title": " "})
    assert blank.status_code == 422 and "title of 1 to 200" in blank.text

    published = await client.post(
        f"/resumes/{rid}/publish", data={"csrf_token": token, "published": "1"}
    )
    assert published.status_code == 303
    page = await client.get(f"/resumes/{rid}")
    assert "Published. You can now choose it" in page.text
    assert (
        "Turn back into a draft" in page.text and 'action="/interviews/tailored/new"' in page.text
    )
    assert (await client.get(f"/api/resumes/{rid}")).json()["published"] is True
    await client.post(f"/resumes/{rid}/publish", data={"csrf_token": token, "published": "0"})
    assert (await client.get(f"/api/resumes/{rid}")).json()["published"] is False

    assert 'data-confirm-action="Delete resume"' in page.text
    deleted = await client.post(f"/resumes/{rid}/delete", data={"csrf_token": token})
    assert deleted.status_code == 303 and deleted.headers["location"] == "/resumes"
    assert "Deleted “CV”." in (await client.get("/resumes")).text
    assert await stored(client) == []
    assert (await client.get(f"/resumes/{rid}")).status_code == 404


async def test_forms_need_the_csrf_token(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    rid = await uploaded(client)
    refused_upload = await client.post(
        "/resumes", data={"title": "x"}, files={"file": ("cv.txt", b"Some resume text here")}
    )
    assert refused_upload.status_code == 403
    for action, data in (
        ("rename", {"title": "Forged"}),
        ("text", {"text": "Forged"}),
        ("publish", {"published": "1"}),
        ("delete", {}),
    ):
        for token in ({}, {"csrf_token": "forged"}):
            refused = await client.post(f"/resumes/{rid}/{action}", data={**data, **token})
            assert refused.status_code == 403, action
            assert "did not come from this site" in refused.text
    kept = await stored(client)
    assert len(kept) == 1 and kept[0]["title"] == "Backend CV" and kept[0]["published"] is False


async def test_another_users_resume_is_a_404_page(
    client: httpx.AsyncClient, second_browser: httpx.AsyncClient
) -> None:
    await browser_sign_up(client)
    rid = await uploaded(client)
    await browser_sign_up(second_browser)
    page = await second_browser.get(f"/resumes/{rid}")
    assert page.status_code == 404 and "Page not found" in page.text
    assert "Northwind" not in page.text
    token = await page_csrf(second_browser, "/resumes")
    for action in ("rename", "text", "publish", "delete"):
        response = await second_browser.post(
            f"/resumes/{rid}/{action}", data={"csrf_token": token, "title": "x", "text": "x"}
        )
        assert response.status_code == 404, action
    assert "Backend CV" not in (await second_browser.get("/resumes")).text
    assert len(await stored(client)) == 1


async def test_titles_and_text_are_escaped(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    response = await upload(client, "cv.txt", f"{EVIL}\nPython developer".encode(), title=EVIL)
    assert response.status_code == 303
    rid = response.headers["location"].rsplit("/", 1)[1]
    for path in ("/resumes", f"/resumes/{rid}"):
        page = await client.get(path)
        assert EVIL not in page.text, path
        assert ESCAPED in page.text, path


async def test_pages_need_a_signed_in_user(client: httpx.AsyncClient) -> None:
    page = await client.get("/resumes")
    assert page.status_code == 303 and page.headers["location"] == "/signin?next=/resumes"
