"""A real OpenID Connect provider (node-oidc-provider from npm), installed and started here."""

import json
import os
import re
import selectors
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from mockinterview.config import OidcProvider, Settings
from tests.accounts.smtp_server import free_port

HERE = Path(__file__).parent
PACKAGE = "oidc-provider@9"
CLIENT_ID, CLIENT_SECRET = "mockinterview", "test-client-secret"
CALLBACK = "http://test/sso/school/callback"
ACCOUNTS = {
    "ana": {"email": "ana@school.edu", "email_verified": True, "name": "Ana Example"},
    "pat": {"email": "pat@school.edu", "email_verified": True, "name": "Pat Password"},
    "una": {"email": "una@school.edu", "email_verified": False, "name": "Una Verified"},
    "out": {"email": "out@elsewhere.org", "email_verified": True, "name": "Oscar Outside"},
}


def install_provider(repo_root: Path) -> Path:
    """Install node-oidc-provider from npm under .venv (once) beside the provider script."""
    folder = repo_root / ".venv" / "test-npm"
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "node_modules" / "oidc-provider").is_dir():
        npm = shutil.which("npm")
        assert npm, "the single sign-on tests need node and npm"
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--silent", PACKAGE],
            cwd=folder,
            check=True,
            timeout=600,
        )
    shutil.copy(HERE / "provider.mjs", folder / "provider.mjs")
    return folder


READY_SECONDS = 30
STARTS = 3


def _start_provider(folder: Path, env: dict[str, str]) -> subprocess.Popen[str] | None:
    """Start node; the process once it says "ready", None if it stays silent or dies."""
    process = subprocess.Popen(
        ["node", "provider.mjs"],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    with selectors.DefaultSelector() as waiting:
        waiting.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + READY_SECONDS
        while (left := deadline - time.monotonic()) > 0 and waiting.select(left):
            line = process.stdout.readline()
            if line.strip() == "ready":
                return process
            if not line:  # the process ended
                break
    process.kill()
    process.wait(timeout=10)
    return None


@contextmanager
def running_provider(folder: Path, redirect_uri: str) -> Iterator[str]:
    """The provider running on a free port for one redirect URI; its issuer URL.

    A start that does not say "ready" within 30 s is killed and tried again (up to 3 times).
    """
    for _ in range(STARTS):
        port = free_port()
        env = {
            **os.environ,
            "PORT": str(port),
            "CLIENT_ID": CLIENT_ID,
            "CLIENT_SECRET": CLIENT_SECRET,
            "REDIRECT_URI": redirect_uri,
            "ACCOUNTS": json.dumps(ACCOUNTS),
        }
        process = _start_provider(folder, env)
        if process is not None:
            break
    else:
        raise AssertionError("the OpenID Connect provider did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def provider_dir(repo_root: Path) -> Path:
    """node-oidc-provider installed from npm once (kept under .venv), with the test's script."""
    return install_provider(repo_root)


@pytest.fixture(scope="session")
def issuer(provider_dir: Path) -> Iterator[str]:
    """The running provider's issuer URL."""
    with running_provider(provider_dir, CALLBACK) as url:
        yield url


def school(issuer: str, secret: str = CLIENT_SECRET) -> OidcProvider:
    """The provider as the app is configured with it."""
    return OidcProvider(
        name="school",
        label="Example School",
        issuer=issuer,
        client_id=CLIENT_ID,
        client_secret=SecretStr(secret),
    )


@pytest.fixture
def sso_settings(app: FastAPI, settings: Settings, issuer: str) -> Iterator[Settings]:
    """The app configured with the school's provider (changes to it last for one test)."""
    configured = settings.model_copy(update={"oidc_providers": [school(issuer)]})
    app.state.settings = configured
    try:
        yield configured
    finally:
        app.state.settings = settings


@pytest.fixture
async def provider_browser() -> AsyncIterator[httpx.AsyncClient]:
    """The browser's side of the provider: its cookies, no automatic redirects."""
    async with httpx.AsyncClient(timeout=10) as http:
        yield http


async def through_provider(
    provider: httpx.AsyncClient, url: str, account: str, consent: bool = True
) -> str:
    """Sign in at the provider's dev login and consent; the address it sends the browser back to."""
    for _ in range(12):
        if url.startswith("http://test/"):
            return url
        response = await provider.get(url)
        if response.is_redirect:
            url = urljoin(url, response.headers["location"])
            continue
        action = re.search(r'action="([^"]+)"', response.text)
        assert response.status_code == 200 and action, response.text[:500]
        form: dict[str, Any] = {"prompt": "consent"}
        if 'name="login"' in response.text:
            form = {"prompt": "login", "login": account, "password": "any"}
        posted = await provider.post(urljoin(url, action.group(1)), data=form)
        assert posted.is_redirect, posted.text[:500]
        url = urljoin(url, posted.headers["location"])
    raise AssertionError("the provider never sent the browser back")
