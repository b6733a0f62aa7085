"""`mockinterview db backup` and `db restore` for SQLite, with SQLite's online backup API.

A backup is taken while the app runs (readers and writers carry on); a restore replaces the
database's pages in one step and should be done with the app and workers stopped. PostgreSQL
is backed up with its own tools (pg_dump, pg_restore), as the README shows.
"""

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

PG_ADVICE = (
    "This database is PostgreSQL: back it up with pg_dump and restore it with pg_restore "
    "(see the README's Backups section), e.g. pg_dump --format=custom --file=FILE DBNAME."
)


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why."""


def sqlite_path(database_url: str) -> Path:
    """The file of a SQLite database URL; BackupError for any other database."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise BackupError(PG_ADVICE)
    if not url.database or url.database == ":memory:":
        raise BackupError("An in-memory SQLite database cannot be backed up.")
    return Path(url.database)


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    with target:
        source.backup(target, pages=1024)


def backup_sqlite(database: Path, file: Path) -> None:
    """Copy the live database into file (a consistent snapshot, even while the app writes)."""
    if not database.exists():
        raise BackupError(f"There is no database at {database} yet.")
    if file.exists():
        raise BackupError(f"{file} already exists; choose a new file name.")
    source = sqlite3.connect(database)
    try:
        target = sqlite3.connect(file)
        try:
            _copy(source, target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        file.unlink(missing_ok=True)
        raise BackupError(f"The backup failed: {exc}") from exc
    finally:
        source.close()


def backup_revision(file: Path) -> str:
    """The schema revision a backup file was taken at; BackupError if it is not a backup."""
    if not file.is_file():
        raise BackupError(f"There is no file at {file}.")
    try:
        connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise BackupError(f"{file} is not a MockInterview SQLite backup ({exc}).") from exc
    if len(rows) != 1:
        raise BackupError(f"{file} is not a MockInterview SQLite backup (no schema revision).")
    return str(rows[0][0])


def restore_sqlite(file: Path, database: Path) -> str:
    """Replace the database's content with the backup's; the backup's schema revision."""
    revision = backup_revision(file)
    database.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database, timeout=30)
        try:
            _copy(source, target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise BackupError(f"The restore failed: {exc}") from exc
    finally:
        source.close()
    return revision
