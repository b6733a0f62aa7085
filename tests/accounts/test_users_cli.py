"""`mockinterview users create`, including the first administrator."""

import os
import subprocess
import sys
from pathlib import Path


def run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
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


def test_create_admin_then_refuse_duplicates_and_weak_passwords(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    details = ["--email", "Coach@Example.com", "--name", "Coach", "--password", "long enough pw"]
    created = run(["users", "create", *details, "--admin"], tmp_path)
    assert created.returncode == 0, created.stderr
    assert "Created administrator coach@example.com" in created.stdout
    again = run(["users", "create", *details], tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    weak = run(
        ["users", "create", "--email", "x@example.com", "--name", "X", "--password", "short"],
        tmp_path,
    )
    assert weak.returncode == 2 and "password" in weak.stderr
