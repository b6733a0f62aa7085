"""Schema migrations with Alembic (the start-up check is in schema_check, without Alembic)."""

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("mockinterview") / "migrations"))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at url up to the given revision."""
    command.upgrade(alembic_config(url), revision)


def head_revision() -> str | None:
    """The newest revision shipped with the app."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
