"""`mockinterview users reset-link`: a link for hosts without email, logged as an admin action."""

import sqlite3
from pathlib import Path

from tests.support import run_cli as run


def test_reset_link_for_a_known_account_only(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    details = ["--email", "kim@example.com", "--name", "Kim", "--password", "long enough pw"]
    assert run(["users", "create", *details], tmp_path).returncode == 0
    base = ["users", "reset-link", "--base-url", "https://mi.example.org"]
    issued = run([*base, "Kim@Example.com"], tmp_path)
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.startswith("https://mi.example.org/reset-password?token=")
    unknown = run([*base, "nobody@example.com"], tmp_path)
    assert unknown.returncode == 2 and "No account uses" in unknown.stderr
    no_site = run(["users", "reset-link", "kim@example.com"], tmp_path)
    assert no_site.returncode == 2 and "--base-url" in no_site.stderr
    with sqlite3.connect(tmp_path / "mockinterview.db") as db:
        log = db.execute("SELECT admin_email, action, target_email FROM admin_actions").fetchall()
    assert log == [("command line", "issue_reset_link", "kim@example.com")]
