"""Fixtures of the page tests: a second, independent browser."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI


@pytest.fixture
async def second_browser(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Another client with its own cookie jar, on the same app."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http
