"""Browser tests: the real app served by uvicorn in a thread, driven by Debian's Chromium.

Playwright's sync API marks the thread's event loop as running while it is started, and the
shared fixtures of this suite are async (pytest-asyncio). So Playwright is started and stopped
inside each test (a browser launch costs well under a second) instead of once per session;
the async clean-up fixture then runs after Playwright has stopped.
"""

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Playwright,
    sync_playwright,
)

from mockinterview.app import create_app
from mockinterview.config import Settings
from tests.e2e.helpers import watch_errors

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
async def settled_app(app: FastAPI) -> FastAPI:
    """The session's app once its start-up work (pruning, a first job poll) is over.

    Its event loop runs only while async fixtures do: a write it began at start-up and had not
    yet committed would keep the SQLite database locked for the whole browser test.
    """
    await asyncio.sleep(1)
    return app


@pytest.fixture(scope="session")
def live_server(settled_app: FastAPI, settings: Settings) -> Iterator[str]:
    """The app on 127.0.0.1 and a free port, on the test database (bank already loaded)."""
    served = create_app(settings)
    port = _free_port()
    config = uvicorn.Config(served, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch the system Chromium, headless, with nothing talking to the network."""
    return {
        "headless": True,
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def playwright(live_server: str) -> Iterator[Playwright]:
    """Playwright for one test, started after the server (and its async fixtures) are up."""
    with sync_playwright() as driver:
        yield driver


@pytest.fixture
def browser(playwright: Playwright, browser_type_launch_args: dict[str, Any]) -> Iterator[Browser]:
    """Headless Chromium for one test."""
    launched = playwright.chromium.launch(**browser_type_launch_args)
    yield launched
    launched.close()


@pytest.fixture
def context(browser: Browser, live_server: str) -> Iterator[BrowserContext]:
    """A fresh browser profile whose relative URLs go to the live server."""
    ctx = browser.new_context(base_url=live_server, accept_downloads=True)
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    """A tab in the fresh profile; the test fails if the page logs a script error."""
    tab = context.new_page()
    errors = watch_errors(tab)
    yield tab
    assert not errors, "\n".join(errors)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots of each page are kept."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip browser tests when Chromium is missing, rather than failing obscurely."""
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)
