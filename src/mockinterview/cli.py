"""The `mockinterview` command: serve, db, questions, users, analyze.

The database and web stack load inside the commands that use them, so `analyze` stays light.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from pydantic import ValidationError

from mockinterview.coaching.cli import analyze
from mockinterview.config import get_settings
from mockinterview.errors import AppError
from mockinterview.ops.heap import pause_collector_for_start_up
from mockinterview.questionbank.bank_file import (
    BankFileError,
    read_bank,
    shipped_bank,
    shipped_version,
)

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

app = typer.Typer(
    help="MockInterview: mock interview practice you host yourself.", no_args_is_help=True
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
questions_app = typer.Typer(help="The question bank.", no_args_is_help=True)
users_app = typer.Typer(help="User accounts.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(questions_app, name="questions")
app.add_typer(users_app, name="users")
app.command("analyze")(analyze)

T = TypeVar("T")


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error to stderr and return the Exit to raise."""
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def run_in_db(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run work in one committed transaction on the migrated configured database."""
    from mockinterview.db import create_engine, make_sessionmaker
    from mockinterview.schema_check import DatabaseNotMigrated, ensure_migrated

    async def main() -> T:
        engine = create_engine(get_settings().resolved_database_url)
        try:
            await ensure_migrated(engine)
            async with make_sessionmaker(engine)() as session:
                result = await work(session)
                await session.commit()
                return result
        finally:
            await engine.dispose()

    try:
        return asyncio.run(main())
    except DatabaseNotMigrated as exc:
        raise fail(str(exc)) from exc
    except AppError as exc:
        raise fail(exc.detail) from exc


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Serve the web app and API."""
    if workers == 1:  # the app loads in this process; its lifespan resumes collecting
        pause_collector_for_start_up()
    from mockinterview.db import create_engine
    from mockinterview.schema_check import DatabaseNotMigrated, ensure_migrated

    engine = create_engine(get_settings().resolved_database_url)

    async def check() -> None:
        try:
            await ensure_migrated(engine)
        finally:
            await engine.dispose()

    try:
        asyncio.run(check())
    except DatabaseNotMigrated as exc:
        raise fail(str(exc)) from exc
    from mockinterview.server import serve as run_server

    run_server("mockinterview.asgi:app", host, port, workers)


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(help="Jobs run at once.")] = 1,
) -> None:
    """Run background jobs (transcribing spoken answers) beside the app, here or elsewhere."""
    from mockinterview.interviews.worker import run_worker
    from mockinterview.jobs.queue import QueueNotAvailable
    from mockinterview.ops.heartbeat import beat_beside
    from mockinterview.ops.logs import configure_logging
    from mockinterview.schema_check import DatabaseNotMigrated

    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    work = run_worker(settings, concurrency)
    try:
        asyncio.run(
            beat_beside(settings.resolved_database_url, settings.worker_heartbeat_seconds, work)
        )
    except (DatabaseNotMigrated, QueueNotAvailable) as exc:
        raise fail(str(exc)) from exc
    except KeyboardInterrupt:
        typer.echo("Worker stopped.")


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Create or migrate the database schema."""
    from mockinterview.migrate import upgrade

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.resolved_database_url, revision)
    typer.echo(f"Database is at {revision}.")


@db_app.command("prune")
def db_prune() -> None:
    """Delete sign-in attempts past their window and expired or revoked tokens."""
    from mockinterview.accounts.service import AccountService

    async def work(session: AsyncSession) -> str:
        attempts, tokens = await AccountService(session, get_settings()).prune()
        return f"Deleted {attempts} old sign-in attempts and {tokens} expired or revoked tokens."

    typer.echo(run_in_db(work))


@db_app.command("backup")
def db_backup(file: Annotated[Path, typer.Argument(help="The new backup file.")]) -> None:
    """Copy the SQLite database into FILE while the app keeps running (PostgreSQL: pg_dump)."""
    from mockinterview.ops.backup import BackupError, backup_sqlite, sqlite_path

    try:
        backup_sqlite(sqlite_path(get_settings().resolved_database_url), file)
    except BackupError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"Backed up the database to {file}.")


@db_app.command("restore")
def db_restore(file: Annotated[Path, typer.Argument(help="A file made by `db backup`.")]) -> None:
    """Replace the SQLite database with a backup (stop the app and workers first)."""
    from mockinterview.ops.backup import BackupError, restore_sqlite, sqlite_path

    try:
        revision = restore_sqlite(file, sqlite_path(get_settings().resolved_database_url))
    except BackupError as exc:
        raise fail(str(exc)) from exc
    typer.echo(
        f"Restored the database from {file} (schema {revision}); "
        "run 'mockinterview db upgrade' if this version is newer."
    )


@questions_app.command("import")
def questions_import(
    file: Annotated[
        Path | None, typer.Argument(help="Bank JSON; default: the shipped bank.")
    ] = None,
) -> None:
    """Load the question bank (again): updates changed questions, never duplicates."""
    from mockinterview.questionbank.importer import BankImportError, import_bank
    from mockinterview.questionbank.repository import QuestionBankRepository

    try:
        bank = read_bank(file) if file else shipped_bank()
    except BankFileError as exc:
        raise fail(str(exc)) from exc

    async def work(session: AsyncSession) -> str:
        result = await import_bank(QuestionBankRepository(session), bank)
        return (
            f"Question bank {bank.version}: {result.industries} industries, {result.roles} roles; "
            f"{result.created} questions added, {result.updated} updated, "
            f"{result.unchanged} unchanged."
        )

    try:
        typer.echo(run_in_db(work))
    except BankImportError as exc:
        raise fail(str(exc)) from exc


@questions_app.command("export")
def questions_export(
    file: Annotated[Path | None, typer.Argument(help="Where to write; default: stdout.")] = None,
) -> None:
    """Write the whole question bank as one JSON file."""
    from mockinterview.questionbank.importer import export_bank
    from mockinterview.questionbank.repository import QuestionBankRepository

    async def work(session: AsyncSession) -> str:
        bank = await export_bank(QuestionBankRepository(session), shipped_version())
        return bank.model_dump_json(indent=2)

    text = run_in_db(work)
    if file is None:
        sys.stdout.write(text + "\n")
        return
    try:
        file.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise fail(f"Cannot write {file}: {exc.strerror or exc}") from exc
    typer.echo(f"Wrote {file}.")


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option(prompt=True)],
    name: Annotated[str, typer.Option(prompt=True)],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
    admin: Annotated[bool, typer.Option("--admin", help="Give the account admin rights.")] = False,
) -> None:
    """Create an account (use --admin for the first administrator)."""
    from mockinterview.accounts.schemas import RegisterRequest
    from mockinterview.accounts.service import AccountService

    try:
        details = RegisterRequest(email=email, password=password, name=name)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise fail(f"{first['loc'][0]}: {first['msg']}") from exc

    async def work(session: AsyncSession) -> str:
        service = AccountService(session, get_settings())
        user = await service.register(details.email, details.password, details.name, admin)
        role = "administrator" if admin else "user"
        return f"Created {role} {user.email} ({user.user_uuid})."

    typer.echo(run_in_db(work))


@users_app.command("reset-link")
def users_reset_link(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    base_url: Annotated[
        str | None, typer.Option(help="The site's address; default MOCKINTERVIEW_PUBLIC_URL.")
    ] = None,
) -> None:
    """Print a single-use password reset link for an account (to hand over without email)."""
    from mockinterview.accounts.admin_service import AdminService

    settings = get_settings()
    site = base_url or settings.public_url
    if not site:
        raise fail("Give --base-url (e.g. https://interviews.example.org) or set PUBLIC_URL.")

    async def work(session: AsyncSession) -> str:
        return await AdminService(session, settings, None).reset_link(email, site)

    typer.echo(run_in_db(work))
