"""`mockinterview db backup` and `db restore`: a restored backup holds every interview."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from mockinterview.config import Settings
from tests.support import sign_up

BODY = {"role_uuid": "role-001", "industry_uuid": "ind-001", "difficulty_level": "mid"}


def cli(args: list[str], database_url: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI against the given database."""
    env = {**os.environ, "MOCKINTERVIEW_DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "mockinterview", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def interview_ids(database: Path) -> set[str]:
    """The session ids stored in a SQLite file."""
    with sqlite3.connect(database) as connection:
        return {row[0] for row in connection.execute("SELECT session_uuid FROM interview_sessions")}


async def test_backup_while_serving_then_restore_finds_every_interview(
    client: httpx.AsyncClient, settings: Settings, tmp_path: Path
) -> None:
    if not settings.resolved_database_url.startswith("sqlite"):
        pytest.skip("the SQLite backup needs the SQLite database")
    made = set()
    for _ in range(2):
        account = await sign_up(client)
        for _ in range(3):
            started = await client.post(
                "/api/mock-interview/start", json=BODY, headers=account["headers"]
            )
            made.add(started.json()["session_uuid"])
    backup = tmp_path / "backup.db"
    taken = cli(["db", "backup", str(backup)], settings.resolved_database_url)
    assert taken.returncode == 0, taken.stderr
    again = cli(["db", "backup", str(backup)], settings.resolved_database_url)
    assert again.returncode == 2 and "already exists" in again.stderr

    restored_db = tmp_path / "restored" / "mockinterview.db"
    restored = cli(["db", "restore", str(backup)], f"sqlite+aiosqlite:///{restored_db}")
    assert restored.returncode == 0, restored.stderr
    assert made <= interview_ids(restored_db)
    assert len(made) == 6


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    url = f"sqlite+aiosqlite:///{tmp_path / 'target.db'}"
    refused = cli(["db", "restore", str(junk)], url)
    assert refused.returncode == 2 and "not a MockInterview SQLite backup" in refused.stderr
    missing = cli(["db", "restore", str(tmp_path / "nothing.db")], url)
    assert missing.returncode == 2 and "There is no file" in missing.stderr


def test_postgresql_points_at_pg_dump(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://someone@127.0.0.1:5432/mockinterview"
    for command in ("backup", "restore"):
        answer = cli(["db", command, str(tmp_path / "x.dump")], url)
        assert answer.returncode == 2 and "pg_dump" in answer.stderr
