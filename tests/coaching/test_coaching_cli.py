"""The `analyze` command on JSON files and text transcripts, and its error handling."""

import json
from pathlib import Path

import pytest
import typer
from coaching_cases import CONFLICT, JOB_DESCRIPTION
from typer.testing import CliRunner, Result

from mockinterview.coaching.cli import analyze

app = typer.Typer()
app.command()(analyze)
app.command("noop")(lambda: None)  # a second command keeps `analyze` as a named subcommand
runner = CliRunner()

TRANSCRIPT = f"""Interviewer: {CONFLICT.question}
Candidate: {CONFLICT.strong[:400]}
Candidate: {CONFLICT.strong[400:]}
Interviewer: Thanks. Why do you want this job?
Candidate: I like the product and I want to grow.
Interviewer: That's all from me.
"""


def run(*args: str) -> Result:
    return runner.invoke(app, ["analyze", *args])


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_json_file_prints_the_report(tmp_path: Path) -> None:
    payload = {
        "job_description": JOB_DESCRIPTION,
        "answers": [
            {
                "question": CONFLICT.question,
                "answer": CONFLICT.strong,
                "category": "behavioral",
                "duration_seconds": 75,
                "mode": "spoken",
                "expected_skills": ["conflict resolution"],
            }
        ],
    }
    result = run(str(write(tmp_path, "interview.json", json.dumps(payload))))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {"overall_score", "dimensions", "answers", "strengths", "recommendations"} <= set(report)
    assert {"areas_for_improvement"} <= set(report)
    answer = report["answers"][0]
    assert answer["coaching_score"] >= 70
    assert {"metrics", "feedback", "evidence"} <= set(answer)
    assert answer["metrics"]["skills_used"] == ["conflict resolution"]
    assert answer["metrics"]["words_per_minute"] is not None


def test_transcript_joins_candidate_lines_and_drops_a_trailing_question(tmp_path: Path) -> None:
    result = run(str(write(tmp_path, "t.txt", TRANSCRIPT)))
    assert result.exit_code == 0, result.output
    answers = json.loads(result.stdout)["answers"]
    assert len(answers) == 2
    assert answers[0]["question"] == CONFLICT.question
    assert answers[0]["coaching_score"] > answers[1]["coaching_score"]


def test_q_and_a_labels(tmp_path: Path) -> None:
    text = "Q: Tell me about a failure.\nA: I missed a deadline once.\nA: I learned to plan.\n"
    result = run(str(write(tmp_path, "t.txt", text)))
    assert result.exit_code == 0, result.output
    (answer,) = json.loads(result.stdout)["answers"]
    assert answer["metrics"]["sentence_count"] == 2


def test_text_format(tmp_path: Path) -> None:
    result = run(str(write(tmp_path, "t.txt", TRANSCRIPT)), "--format", "text")
    assert result.exit_code == 0, result.output
    for heading in ("Overall score:", "Dimensions:", "Answer 1", "Fix first:", "Recommendations:"):
        assert heading in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", "{not json", "invalid JSON"),
        ("shape.json", '{"questions": []}', "answers"),
        ("field.json", '{"answers": [{"question": "q"}]}', "answers.0.answer"),
        (
            "category.json",
            '{"answers": [{"question": "q", "answer": "a", "category": "x"}]}',
            "category",
        ),
        ("none.json", '{"answers": []}', "nothing to analyse"),
        ("plain.txt", "Just some notes without speakers.\n", "no speaker-labelled turns"),
        ("questions.txt", "Interviewer: Hello?\nInterviewer: Anyone?\n", "no candidate turns"),
        ("empty.txt", "  \n", "is empty"),
        ("binary.txt", b"\xff\xfe\x00\x81", "not UTF-8"),
    ],
)
def test_bad_files_exit_2_with_a_message(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    result = run(str(write(tmp_path, name, content)))
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_missing_file_and_directory_exit_2(tmp_path: Path) -> None:
    missing = run(str(tmp_path / "nope.json"))
    assert missing.exit_code == 2 and "file not found" in missing.stderr
    directory = run(str(tmp_path))
    assert directory.exit_code == 2 and "cannot read" in directory.stderr


def test_unknown_format_exits_2(tmp_path: Path) -> None:
    result = run(str(write(tmp_path, "t.txt", TRANSCRIPT)), "--format", "xml")
    assert result.exit_code == 2 and "unknown format" in result.stderr


CHATTY = f"""Interviewer: Hi, thanks for joining. So how are you doing today?
Candidate: Doing well, thanks, a little nervous.
Interviewer: Great. {CONFLICT.question}
Candidate: {CONFLICT.strong[:400]}
Interviewer: mhhmm
Candidate: {CONFLICT.strong[400:700]}
Interviewer: uh huh, right
Candidate: {CONFLICT.strong[700:]}
Interviewer: Okay. Why do you want this job?
Candidate: yeah
Candidate: I like how your team ships small changes often and I have run that kind of release.
"""


def test_transcript_skips_back_channels_and_small_talk_and_joins_answers(
    tmp_path: Path,
) -> None:
    from mockinterview.coaching.inputs import from_transcript

    answers = from_transcript(CHATTY).answers
    assert [a.question for a in answers] == [CONFLICT.question, "Why do you want this job?"]
    assert "".join(answers[0].answer.split()) == "".join(CONFLICT.strong.split())
    assert answers[1].answer.startswith("I like how your team")
    assert {a.mode for a in answers} == {"spoken"}
    report = json.loads(run(str(write(tmp_path, "chat.txt", CHATTY))).stdout)
    assert len(report["answers"]) == 2


def test_mode_is_validated(tmp_path: Path) -> None:
    payload = '{"answers": [{"question": "q", "answer": "a", "mode": "sung"}]}'
    result = run(str(write(tmp_path, "mode.json", payload)))
    assert result.exit_code == 2 and "mode" in result.stderr
