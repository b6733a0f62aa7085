"""`mockinterview questions import/export` on a real database file."""

import json
from pathlib import Path

from tests.support import run_cli as run


def test_import_is_idempotent_and_export_round_trips(tmp_path: Path) -> None:
    refused = run(["questions", "import"], tmp_path)
    assert refused.returncode == 2 and "mockinterview db upgrade" in refused.stderr
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    first = run(["questions", "import"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert " 0 updated" in first.stdout and "added" in first.stdout
    second = run(["questions", "import"], tmp_path)
    assert "0 questions added, 0 updated" in second.stdout

    exported = tmp_path / "bank.json"
    assert run(["questions", "export", str(exported)], tmp_path).returncode == 0
    bank = json.loads(exported.read_text())
    bank["industries"][0]["questions"][0]["prompt"] = "A reworded question for this test run?"
    exported.write_text(json.dumps(bank))
    third = run(["questions", "import", str(exported)], tmp_path)
    assert "0 questions added, 1 updated" in third.stdout, third.stdout


def test_bad_files_get_a_clear_error(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    missing = run(["questions", "import", str(tmp_path / "nope.json")], tmp_path)
    assert missing.returncode == 2 and "Cannot read" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = run(["questions", "import", str(broken)], tmp_path)
    assert result.returncode == 2 and "not valid JSON" in result.stderr
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"industry": {"id": "x", "name": "X"}, "roles": []}))
    result = run(["questions", "import", str(wrong)], tmp_path)
    assert result.returncode == 2 and "questions" in result.stderr
