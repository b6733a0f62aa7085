"""Helpers shared by tests."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx

PASSWORD = "correct horse battery"


async def sign_up(client: httpx.AsyncClient, email: str | None = None) -> dict[str, Any]:
    """Register and sign in a fresh user; returns auth headers and ids."""
    email = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
    created = await client.post(
        "/api/auth/register", json={"email": email, "password": PASSWORD, "name": "Test User"}
    )
    assert created.status_code == 201, created.text
    login = await client.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert login.status_code == 200, login.text
    body = login.json()
    return {
        "email": email,
        "user_uuid": body["user_uuid"],
        "token": body["access_token"],
        "headers": {"Authorization": f"Bearer {body['access_token']}", "uuid": body["user_uuid"]},
    }


def run_cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI against a database in data_dir."""
    env = {**os.environ, "MOCKINTERVIEW_DATA_DIR": str(data_dir)}
    env.pop("MOCKINTERVIEW_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "mockinterview", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def packages_imported_by(code: str, packages: set[str]) -> list[str]:
    """Which of the packages a fresh interpreter has imported after running code."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps(sorted({packages!r} & {{m.split('.')[0] for m in sys.modules}})))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout.strip().splitlines()[-1]))
