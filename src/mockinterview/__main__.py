"""`python -m mockinterview` runs the CLI."""

from mockinterview.cli import app

app(prog_name="mockinterview")
