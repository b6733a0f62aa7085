"""`mockinterview users create`, including the first administrator."""

from pathlib import Path

from tests.support import run_cli as run


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
