"""The coaching report page: scores, highlighted evidence, feedback, re-running, downloads."""

import html
import re
from typing import Any

import httpx
from fastapi import FastAPI
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape
from sqlalchemy import select

from mockinterview.coaching.schemas import EvidenceSpan
from mockinterview.interviews.models import InterviewSession
from mockinterview.web.report_view import Segment, build_segments, legend_rows
from mockinterview.web.templating import templates
from tests.web.pages import api_start, browser_sign_up, page_csrf

STRONG = (
    "At my last job in 2022, two engineers on my team disagreed about the database "
    "migration plan and the release was at risk. My task was to get the release out on "
    "time without losing either of them. I set up a meeting, listened to both sides, wrote "
    "down the risks, and we agreed on a staged rollout using Postgres replicas. As a result "
    "we shipped two weeks early and cut downtime by 40%."
)
WEAK = (
    "Um, like, you know, I guess I would maybe just, like, talk to people and stuff, "
    "you know, and basically try to kind of fix it somehow."
)
EVIL = "<script>alert(1)</script>"


async def answer(client: httpx.AsyncClient, session: dict[str, Any], texts: list[str]) -> None:
    """Answer the questions in order with the given texts (the last one repeats)."""
    token = await page_csrf(client)
    api = f"/api/mock-interview/sessions/{session['session_uuid']}"
    for index, qid in enumerate(session["question_sequence"]):
        text = texts[min(index, len(texts) - 1)]
        sent = await client.post(
            f"{api}/submit-response",
            json={"response_text": text, "response_duration_seconds": 70, "question_uuid": qid},
            headers={"X-CSRF-Token": token},
        )
        assert sent.status_code == 200, sent.text


async def complete(client: httpx.AsyncClient, session: dict[str, Any]) -> dict[str, Any]:
    """Complete the session through the API; returns its stored summary."""
    token = await page_csrf(client)
    done = await client.post(
        f"/api/mock-interview/sessions/{session['session_uuid']}/complete",
        json={},
        headers={"X-CSRF-Token": token},
    )
    assert done.status_code == 200, done.text
    metrics: dict[str, Any] = done.json()["metrics"]
    return metrics


async def coached_interview(
    client: httpx.AsyncClient, texts: list[str] | None = None
) -> tuple[str, dict[str, Any]]:
    """A completed interview with a strong first answer and weak ones after it."""
    await browser_sign_up(client)
    session = await api_start(client)
    await answer(client, session, texts or [STRONG, WEAK])
    return session["session_uuid"], await complete(client, session)


# The segment builder


def spans(*triples: tuple[str, int, int], text: str) -> list[EvidenceSpan]:
    return [EvidenceSpan(kind=k, start=s, end=e, text=text[s:e]) for k, s, e in triples]  # type: ignore[arg-type]


def test_nested_and_overlapping_spans_become_flat_segments() -> None:
    text = "Um, we shipped it in 2 weeks."
    found = build_segments(
        text,
        spans(
            ("star_result", 4, 29),
            ("filler", 0, 2),
            ("outcome", 7, 14),
            ("metric", 21, 28),
            ("skill", 18, 22),
            text=text,
        ),
    )
    assert found == [
        Segment("Um", ("filler",)),
        Segment(", ", ()),
        Segment("we ", ("star_result",), ("Result",)),
        Segment("shipped", ("star_result", "outcome")),
        Segment(" it ", ("star_result",)),
        Segment("in ", ("star_result", "skill")),
        Segment("2", ("star_result", "skill", "metric")),
        Segment(" weeks", ("star_result", "metric")),
        Segment(".", ("star_result",)),
    ]
    assert "".join(s.text for s in found) == text
    assert found[6].css == "hl-star-result hl-skill hl-metric"
    assert found[6].title == "STAR: result; Skill shown; Figure"


def test_segments_ignore_empty_and_out_of_range_spans() -> None:
    text = "short answer"
    found = build_segments(
        text,
        [
            EvidenceSpan(kind="hedge", start=6, end=6, text=""),
            EvidenceSpan(kind="tool", start=6, end=99, text="answer"),
            EvidenceSpan(kind="filler", start=-4, end=2, text="sh"),
        ],
    )
    assert found == [
        Segment("sh", ("filler",)),
        Segment("ort ", ()),
        Segment("answer", ("tool",)),
    ]
    assert build_segments("", []) == []
    assert build_segments("no evidence", []) == [Segment("no evidence", ())]


def test_identical_spans_of_two_kinds_share_one_segment() -> None:
    text = "kind of"
    found = build_segments(text, spans(("hedge", 0, 7), ("filler", 0, 7), text=text))
    assert found == [Segment("kind of", ("filler", "hedge"))]


def test_the_legend_groups_structure_parts_and_names_every_look() -> None:
    rows = legend_rows({"filler", "star_result", "metric", "star_situation", "tech_example"})
    assert [row.label for row in rows] == [
        "STAR parts",
        "Technical answer parts",
        "Filler word",
        "Figure",
    ]
    assert [tag for _, tag, _ in rows[0].samples] == ["Situation", "Result"]
    assert rows[0].wide and not rows[2].wide
    assert all(row.look for row in rows)  # every kind is told apart by more than colour


span_triples = st.lists(
    st.tuples(
        st.sampled_from(["filler", "hedge", "star_action", "skill", "metric"]),
        st.integers(-5, 60),
        st.integers(-5, 60),
    ),
    max_size=12,
)


@given(text=st.text(max_size=50), triples=span_triples)
def test_segments_cover_the_text_exactly_once(
    text: str, triples: list[tuple[str, int, int]]
) -> None:
    evidence = [EvidenceSpan(kind=k, start=s, end=e, text="") for k, s, e in triples]  # type: ignore[arg-type]
    found = build_segments(text, evidence)
    assert "".join(s.text for s in found) == text
    assert all(s.text for s in found)
    position = 0
    for segment in found:
        end = position + len(segment.text)
        expected = {k for k, s, e in triples if s <= position and end <= e and e > s}
        assert set(segment.kinds) == expected
        position = end


def test_rendered_segments_are_escaped() -> None:
    text = f"I said {EVIL} twice"
    evidence = spans(("filler", 7, 15), ("skill", 10, 22), text=text)
    macro = templates.env.get_template("report/_macros.html").module.highlighted  # type: ignore[attr-defined]
    rendered = str(macro(build_segments(text, evidence)))
    assert "<script" not in rendered
    assert '<mark class="hl hl-filler" title="Filler word">&lt;sc</mark>' in rendered
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered)) == text


# The page


async def test_report_shows_scores_evidence_and_feedback(client: httpx.AsyncClient) -> None:
    sid, metrics = await coached_interview(client)
    report = metrics["coaching_report"]
    summary = await client.get(f"/interviews/{sid}/summary")
    assert f'href="/interviews/{sid}/report"' in summary.text
    assert "View coaching report" in summary.text
    dashboard = await client.get("/interviews")
    assert f'href="/interviews/{sid}/report"' in dashboard.text and "View report" in dashboard.text

    page = await client.get(f"/interviews/{sid}/report")
    assert page.status_code == 200
    text = page.text
    assert "Coaching report" in text and "report.css" in text
    assert f'<span class="score-number">{report["overall_score"]}</span>' in text
    # The chart: an accessible image with its numbers in words too.
    chart = re.search(r"<svg class=\"chart dimension-chart\".*?</svg>", text, re.S)
    assert chart and 'role="img"' in chart.group(0) and "<title" in chart.group(0)
    for name, label in (
        ("communication", "Communication"),
        ("technical_knowledge", "Technical knowledge"),
        ("problem_solving", "Problem solving"),
        ("confidence", "Confidence"),
    ):
        score = report["dimensions"][name]["score"]
        assert f"{label}: {score} out of 100" in chart.group(0)
        assert f"{score}/100" in text
    assert text.count('<details class="dimension"') == 4
    for item in report["recommendations"] + report["areas_for_improvement"]:
        assert escape(item) in text
    # Per question: the strong answer's STAR parts, the weak answer's fillers, and feedback.
    first, second = report["answers"][0], report["answers"][1]
    assert re.search(
        r'<span class="hl-tag">Situation</span><mark class="hl hl-star-situation', text
    )
    assert re.search(r'<mark class="hl hl-star-result[^"]*"[^>]*>[^<]*</mark>', text)
    assert re.search(r'<mark class="hl hl-filler" title="Filler word">Um</mark>', text)
    assert re.search(r'<mark class="hl[^"]*hl-filler[^"]*"[^>]*>you know</mark>', text)
    assert (
        "Fix this first" in text and "What worked" in text and "A strong answer would add" in text
    )
    for feedback in (first["feedback"], second["feedback"]):
        assert escape(feedback["fix_first"]) in text
        assert escape(feedback["summary"]) in text
    assert f"Score {first['coaching_score']}/100" in text
    assert first["coaching_score"] > second["coaching_score"]
    assert "Filler word" in text and "wavy underline" in text  # the legend
    assert "Written by the built-in offline coach." in text
    assert "It cannot check that your facts, figures or safety steps are right" in text
    assert 'action="/interviews/' + sid + '/report/refresh"' in text


async def test_user_text_is_escaped_in_the_report_and_both_downloads(
    client: httpx.AsyncClient,
) -> None:
    evil = f"Um, like, {EVIL} At my last job I fixed the build and we shipped 3 days early."
    sid, _ = await coached_interview(client, [evil])
    for path in (f"/interviews/{sid}/report", f"/interviews/{sid}/summary.html"):
        page = await client.get(path)
        assert page.status_code == 200, path
        assert "<script>" not in page.text and "alert(1)</script>" not in page.text, path
        assert "&lt;script&gt;" in page.text, path
        assert html.unescape(re.sub(r"<[^>]+>", "", page.text)).count(EVIL) >= 1, path
    download = await client.get(f"/interviews/{sid}/summary.html")
    assert "<script" not in download.text
    assert "dimension-chart" in download.text and "hl-filler" in download.text
    assert 'href="/' not in download.text and "src=" not in download.text
    text = await client.get(f"/interviews/{sid}/summary.txt")
    assert text.headers["content-type"].startswith("text/plain")
    assert EVIL in text.text  # plain text, never rendered


async def test_downloads_include_the_report(client: httpx.AsyncClient) -> None:
    sid, metrics = await coached_interview(client)
    report = metrics["coaching_report"]
    text = (await client.get(f"/interviews/{sid}/summary.txt")).text
    assert "Coaching report\n---------------" in text
    assert f"Overall score: {report['overall_score']}/100" in text
    assert f"- Communication: {report['dimensions']['communication']['score']}/100" in text
    assert "Strengths:" in text and "Recommendations:" in text
    assert f"Coaching score: {report['answers'][0]['coaching_score']}/100" in text
    assert f"Fix first: {report['answers'][1]['feedback']['fix_first']}" in text
    page = (await client.get(f"/interviews/{sid}/summary.html")).text
    assert "<style>" in page and page.count("<svg") == 2 and 'role="img"' in page
    assert "Communication: " in page and "hl-star-action" in page and "hl-filler" in page
    assert escape(report["answers"][1]["feedback"]["fix_first"]) in page
    assert '<details class="dimension" open>' in page  # printable: nothing folded away
    assert (
        escape(STRONG) in page
    )  # the answer as typed, in one piece, for search and screen readers


async def test_another_users_report_is_a_404(
    client: httpx.AsyncClient, second_browser: httpx.AsyncClient
) -> None:
    sid, _ = await coached_interview(client)
    await browser_sign_up(second_browser)
    page = await second_browser.get(f"/interviews/{sid}/report")
    assert page.status_code == 404 and "Page not found" in page.text
    token = await page_csrf(second_browser)
    refresh = await second_browser.post(
        f"/interviews/{sid}/report/refresh", data={"csrf_token": token}
    )
    assert refresh.status_code == 404
    assert (await client.get(f"/interviews/{sid}/report")).status_code == 200


async def test_unfinished_interviews_are_sent_where_they_can_go_on(
    client: httpx.AsyncClient,
) -> None:
    await browser_sign_up(client)
    live = await api_start(client)
    sid = live["session_uuid"]
    page = await client.get(f"/interviews/{sid}/report")
    assert page.status_code == 303 and page.headers["location"] == f"/interviews/{sid}"
    followed = await client.get(page.headers["location"])
    assert "Finish this interview first" in followed.text

    token = await page_csrf(client)
    stopped = await client.post(f"/interviews/{sid}/abandon", data={"csrf_token": token})
    assert stopped.status_code == 303
    await client.get("/interviews")  # shows (and clears) the abandon message
    page = await client.get(f"/interviews/{sid}/report")
    assert page.status_code == 303 and page.headers["location"] == f"/interviews/{sid}/summary"
    followed = await client.get(page.headers["location"])
    assert "stopped early, so it has no coaching report" in followed.text
    assert "View coaching report" not in followed.text


async def test_a_completed_interview_without_answers_says_so(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    session = await api_start(client)
    await complete(client, session)
    page = await client.get(f"/interviews/{session['session_uuid']}/report")
    assert page.status_code == 200
    assert "Nothing to coach yet" in page.text and "<svg" not in page.text
    summary = await client.get(f"/interviews/{session['session_uuid']}/summary")
    assert "View coaching report" not in summary.text


async def forget_report(app: FastAPI, sid: str) -> None:
    """Drop the stored report, as for an interview coached before reports were kept."""
    async with app.state.sessionmaker() as db:
        row = (
            await db.execute(select(InterviewSession).where(InterviewSession.session_uuid == sid))
        ).scalar_one()
        row.performance_summary = {
            k: v for k, v in (row.performance_summary or {}).items() if k != "coaching_report"
        }
        await db.commit()


async def test_rerun_needs_csrf_and_writes_the_report_again(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    sid, metrics = await coached_interview(client)
    await forget_report(app, sid)
    missing = await client.get(f"/interviews/{sid}/report")
    assert "No coaching report yet" in missing.text and "Write the coaching report" in missing.text

    refused = await client.post(f"/interviews/{sid}/report/refresh", data={"csrf_token": "nope"})
    assert refused.status_code == 403
    refused = await client.post(f"/interviews/{sid}/report/refresh")
    assert refused.status_code == 403
    assert "No coaching report yet" in (await client.get(f"/interviews/{sid}/report")).text

    token = await page_csrf(client, f"/interviews/{sid}/report")
    rerun = await client.post(f"/interviews/{sid}/report/refresh", data={"csrf_token": token})
    assert rerun.status_code == 303 and rerun.headers["location"] == f"/interviews/{sid}/report"
    page = await client.get(rerun.headers["location"])
    score = metrics["coaching_report"]["overall_score"]
    assert f"New report written: overall score {score}/100." in page.text
    assert f'<span class="score-number">{score}</span>' in page.text
    assert "Re-run coaching" in page.text


async def test_rerun_of_an_unfinished_interview_is_redirected(client: httpx.AsyncClient) -> None:
    await browser_sign_up(client)
    live = await api_start(client)
    sid = live["session_uuid"]
    token = await page_csrf(client)
    rerun = await client.post(f"/interviews/{sid}/report/refresh", data={"csrf_token": token})
    assert rerun.status_code == 303 and rerun.headers["location"] == f"/interviews/{sid}"


async def test_the_report_says_which_coach_wrote_it_and_why_not_the_ai(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    sid, _ = await coached_interview(client)
    async with app.state.sessionmaker() as db:
        query = select(InterviewSession).where(InterviewSession.session_uuid == sid)
        row = (await db.execute(query)).scalar_one()
        summary = dict(row.performance_summary or {})
        summary["coaching_report"] = {
            **summary["coaching_report"],
            "fallback_reason": "The provider timed out <after 30 s>.",
        }
        row.performance_summary = summary
        await db.commit()
    page = (await client.get(f"/interviews/{sid}/report")).text
    assert "Written by the built-in offline coach." in page
    assert "The AI coach could not be used (The provider timed out &lt;after 30 s&gt;.)" in page
    text = (await client.get(f"/interviews/{sid}/summary.txt")).text
    assert "The AI coach was not used: The provider timed out <after 30 s>." in text
