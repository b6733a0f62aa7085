"""The LLM engine against local fakes of the real provider HTTP APIs, through the real SDKs."""

import json
from typing import Any

import pytest
from coaching_cases import DEGENERATE, JOB_DESCRIPTION, QUESTIONS
from pydantic import BaseModel

from mockinterview.ai.client import LLMError, run_structured
from mockinterview.coaching import AnswerInput, InterviewInput
from mockinterview.coaching.engine import analyze_interview
from mockinterview.coaching.llm import SYSTEM_PROMPT, analyze_with_llm
from mockinterview.config import Settings
from tests.fake_llm import FakeBehaviour, fake_provider

INTERVIEW = InterviewInput(
    job_description=JOB_DESCRIPTION,
    answers=[AnswerInput(**QUESTIONS[0].payload(QUESTIONS[0].strong), duration_seconds=80)]
    + [AnswerInput(**q.payload(q.weak)) for q in QUESTIONS[1:3]]
    + [AnswerInput(**q.payload(a)) for kind, q, a in DEGENERATE if kind == "gibberish"][:1],
)


def model_output(score: int = 77) -> dict[str, Any]:
    answers = [
        {
            "number": n,
            "coaching_score": score,
            "summary": f"Verdict on answer {n}.",
            "worked": [f"Point {n}."],
            "fix_first": f"Fix {n}.",
            "strong_answer_adds": [f"Add {n}."],
        }
        for n in range(1, len(INTERVIEW.answers) + 1)
    ]
    return {
        "overall_score": 66,
        "communication": 70,
        "technical_knowledge": 61,
        "problem_solving": 64,
        "confidence": 72,
        "strengths": ["Clear stories."],
        "areas_for_improvement": ["Results."],
        "recommendations": ["Quantify outcomes."],
        "coaching_feedback": "A fair interview with room to grow.",
        "answers": answers,
    }


def settings(provider: str, model: str, base_url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "ai_provider": provider,
        "ai_model": model,
        "ai_api_key": "test-key",
        "ai_base_url": base_url,
        "ai_timeout_seconds": 10,
    }
    return Settings(**(values | extra))


def check_merged(report: Any, engine: str) -> None:
    offline = analyze_interview(INTERVIEW)
    assert report.engine == engine and report.fallback_reason is None
    assert report.overall_score == 66
    assert report.dimensions["technical_knowledge"].score == 61
    assert (
        report.dimensions["communication"].components
        == offline.dimensions["communication"].components
    )
    assert report.coaching_feedback == "A fair interview with room to grow."
    for n, (merged, original) in enumerate(zip(report.answers, offline.answers, strict=True), 1):
        assert merged.metrics == original.metrics and merged.evidence == original.evidence
        assert merged.feedback.fix_first == f"Fix {n}."
    assert [a.coaching_score for a in report.answers][:3] == [77, 77, 77]
    assert report.answers[3].coaching_score <= 20  # flagged gibberish stays capped


def prompt_of(request: dict[str, Any]) -> str:
    return json.dumps(request)


async def test_openai_chat_completions() -> None:
    fake = FakeBehaviour(output=model_output())
    with fake_provider(fake) as base:
        report, calls = await analyze_with_llm(
            INTERVIEW, settings("openai", "gpt-4o-mini", f"{base}/v1")
        )
    check_merged(report, "openai:gpt-4o-mini")
    (call,) = calls
    assert call.success and call.error is None and call.operation == "analysis"
    assert (call.provider, call.model) == ("openai", "gpt-4o-mini")
    assert (call.input_tokens, call.output_tokens) == (1200, 300)
    assert call.cost_usd == pytest.approx((1200 * 0.15 + 300 * 0.6) / 1e6)
    assert call.latency_ms >= 0
    path, headers, request = fake.requests[0]
    assert path == "/v1/chat/completions" and headers["authorization"] == "Bearer test-key"
    sent = prompt_of(request)
    assert "offline_score" in sent and "fillers_found" in sent and "Northwind" in sent
    assert request["messages"][0]["content"].startswith(SYSTEM_PROMPT[:40])


async def test_anthropic_messages_stream() -> None:
    fake = FakeBehaviour(output=model_output(), input_tokens=2000, output_tokens=500)
    with fake_provider(fake) as base:
        report, calls = await analyze_with_llm(
            INTERVIEW, settings("anthropic", "claude-haiku-4-5", base)
        )
    check_merged(report, "anthropic:claude-haiku-4-5")
    (call,) = calls
    assert call.success and (call.input_tokens, call.output_tokens) == (2000, 500)
    assert call.cost_usd == pytest.approx((2000 * 1 + 500 * 5) / 1e6)
    path, headers, request = fake.requests[0]
    assert path == "/v1/messages" and request["stream"] is True
    assert "test-key" in (headers.get("x-api-key") or headers.get("authorization") or "")
    assert "structure_parts_found" in prompt_of(request)


async def test_openai_compatible_server_without_key_and_unpriced_model() -> None:
    fake = FakeBehaviour(output=model_output())
    with fake_provider(fake) as base:
        report, calls = await analyze_with_llm(
            INTERVIEW, settings("openai-compatible", "llama3.1", f"{base}/v1", ai_api_key=None)
        )
    assert report.engine == "openai-compatible:llama3.1"
    assert calls[0].success and calls[0].cost_usd == 0.0


async def test_server_error_falls_back_to_offline() -> None:
    fake = FakeBehaviour(status=500)
    with fake_provider(fake) as base:
        report, calls = await analyze_with_llm(
            INTERVIEW, settings("openai", "gpt-4o", f"{base}/v1")
        )
    offline = analyze_interview(INTERVIEW)
    assert report.engine == "offline"
    assert report.fallback_reason and "HTTP 500" in report.fallback_reason
    assert report.model_copy(update={"fallback_reason": None}) == offline
    (call,) = calls
    assert not call.success and call.error == "HTTP 500 from the provider"
    assert call.cost_usd == 0.0


async def test_anthropic_error_falls_back_to_offline() -> None:
    fake = FakeBehaviour(status=529)
    with fake_provider(fake) as base:
        report, calls = await analyze_with_llm(
            INTERVIEW, settings("anthropic", "claude-haiku-4-5", base)
        )
    assert report.engine == "offline" and "529" in (report.fallback_reason or "")
    assert not calls[0].success


async def test_timeout_falls_back_to_offline() -> None:
    fake = FakeBehaviour(output=model_output(), delay=3.0)
    with fake_provider(fake) as base:
        report, calls = await analyze_with_llm(
            INTERVIEW, settings("openai", "gpt-4o", f"{base}/v1", ai_timeout_seconds=0.5)
        )
    assert report.engine == "offline"
    assert "timed out after 0.5 s" in (report.fallback_reason or "")
    assert not calls[0].success and calls[0].latency_ms < 2900


async def test_unreachable_server_falls_back() -> None:
    with fake_provider(FakeBehaviour()) as base:
        pass
    report, calls = await analyze_with_llm(INTERVIEW, settings("openai", "gpt-4o", f"{base}/v1"))
    assert report.engine == "offline" and report.fallback_reason
    assert not calls[0].success and calls[0].error


async def test_missing_model_name_falls_back() -> None:
    report, calls = await analyze_with_llm(
        INTERVIEW, settings("anthropic", "", "http://127.0.0.1:9", ai_model=None)
    )
    assert report.engine == "offline" and "ai_model is not set" in (report.fallback_reason or "")
    assert calls[0].error and not calls[0].success


async def test_offline_provider_makes_no_call() -> None:
    report, calls = await analyze_with_llm(INTERVIEW, Settings(ai_provider="offline"))
    assert calls == [] and report.engine == "offline" and report.fallback_reason is None


class Tip(BaseModel):
    tip: str


async def test_run_structured_is_reusable() -> None:
    fake = FakeBehaviour(output={"tip": "Breathe."}, input_tokens=10, output_tokens=4)
    with fake_provider(fake) as base:
        tip, call = await run_structured(
            settings("openai", "gpt-4o", f"{base}/v1"), "tip", "Give one tip.", "Now.", Tip
        )
    assert tip.tip == "Breathe." and call.operation == "tip" and call.success
    assert call.cost_usd == pytest.approx((10 * 2.5 + 4 * 10) / 1e6)


async def test_run_structured_raises_with_the_failed_call() -> None:
    with fake_provider(FakeBehaviour(status=401)) as base, pytest.raises(LLMError) as caught:
        await run_structured(settings("openai", "gpt-4o", f"{base}/v1"), "tip", "s", "u", Tip)
    assert caught.value.call.error == "HTTP 401 from the provider"
