"""One structured call to the configured language model, with usage, cost and latency."""

import asyncio
import time
from typing import TypeVar

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI
from pydantic import BaseModel
from pydantic_ai import Agent
from pydantic_ai.exceptions import ModelHTTPError, ModelRequestTimeout, ModelTimeoutError
from pydantic_ai.models import Model
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.models.openai import OpenAIChatModel
from pydantic_ai.providers.anthropic import AnthropicProvider
from pydantic_ai.providers.openai import OpenAIProvider

from mockinterview.coaching.schemas import LLMCall
from mockinterview.config import Settings

T = TypeVar("T", bound=BaseModel)
SDK_RETRIES = 1
ERROR_LIMIT = 300


class LLMError(RuntimeError):
    """A model call failed; `call` records the attempt for usage tracking."""

    def __init__(self, message: str, call: LLMCall) -> None:
        super().__init__(message)
        self.call = call


class LLMConfigError(ValueError):
    """The settings do not describe a usable model."""


def _client(settings: Settings) -> AsyncAnthropic | AsyncOpenAI:
    timeout = settings.ai_timeout_seconds
    if settings.ai_provider == "anthropic":
        return AsyncAnthropic(
            api_key=settings.ai_api_key,
            base_url=settings.ai_base_url,
            timeout=timeout,
            max_retries=SDK_RETRIES,
        )
    if settings.ai_provider == "openai-compatible" and not settings.ai_base_url:
        raise LLMConfigError("ai_base_url is required for an openai-compatible provider")
    key = settings.ai_api_key or ("unused" if settings.ai_provider == "openai-compatible" else None)
    return AsyncOpenAI(
        api_key=key, base_url=settings.ai_base_url, timeout=timeout, max_retries=SDK_RETRIES
    )


def build_model(settings: Settings, client: AsyncAnthropic | AsyncOpenAI) -> Model:
    """The pydantic-ai model for the configured provider, using the given SDK client."""
    if not settings.ai_model:
        raise LLMConfigError("ai_model is not set")
    if isinstance(client, AsyncAnthropic):
        return AnthropicModel(
            settings.ai_model, provider=AnthropicProvider(anthropic_client=client)
        )
    return OpenAIChatModel(settings.ai_model, provider=OpenAIProvider(openai_client=client))


def cost_usd(settings: Settings, model: str, input_tokens: int, output_tokens: int) -> float:
    """Cost from the settings' price table; 0 for a model that is not in it."""
    price = settings.ai_prices.get(model)
    if price is None:
        return 0.0
    total = input_tokens * price.input_per_mtok + output_tokens * price.output_per_mtok
    return round(total / 1_000_000, 8)


def describe_error(exc: BaseException, timeout: float) -> str:
    """A short, readable reason for a failed call."""
    if isinstance(exc, TimeoutError | ModelTimeoutError | ModelRequestTimeout):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, ModelHTTPError):
        return f"HTTP {exc.status_code} from the provider"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:ERROR_LIMIT] if text else type(exc).__name__


async def run_structured(
    settings: Settings,
    operation: str,
    system_prompt: str,
    user_prompt: str,
    output_type: type[T],
) -> tuple[T, LLMCall]:
    """Ask the configured model for an `output_type`; on failure raise LLMError with the call."""
    provider, model_name = settings.ai_provider, settings.ai_model or ""
    started = time.perf_counter()

    def call(success: bool, inputs: int = 0, outputs: int = 0, error: str | None = None) -> LLMCall:
        return LLMCall(
            operation=operation,
            provider=provider,
            model=model_name,
            input_tokens=inputs,
            output_tokens=outputs,
            cost_usd=cost_usd(settings, model_name, inputs, outputs),
            latency_ms=round((time.perf_counter() - started) * 1000),
            success=success,
            error=error,
        )

    if provider == "offline":
        raise LLMError("no AI provider is configured", call(False, error="offline"))
    client: AsyncAnthropic | AsyncOpenAI | None = None
    try:
        client = _client(settings)
        runner = Agent(
            build_model(settings, client), output_type=output_type, instructions=system_prompt
        )
        async with asyncio.timeout(settings.ai_timeout_seconds):
            result = await runner.run(
                user_prompt, model_settings={"timeout": settings.ai_timeout_seconds}
            )
    except Exception as exc:
        reason = describe_error(exc, settings.ai_timeout_seconds)
        raise LLMError(reason, call(False, error=reason)) from exc
    finally:
        if client is not None:
            await client.close()
    usage = result.usage
    return result.output, call(True, usage.input_tokens, usage.output_tokens)
