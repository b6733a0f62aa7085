"""Reading and writing the bank's data files (the shipped bank lives in data/)."""

import json
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from mockinterview.questionbank.schemas import BankExport, BankFile


class BankFileError(Exception):
    """A bank file that cannot be read or does not have the bank's shape."""


def shipped_version() -> str:
    """The version of the bank shipped with the package."""
    return resources.files(__package__).joinpath("data/VERSION").read_text().strip()


def shipped_bank() -> BankExport:
    """The bank shipped in the package, one file per industry."""
    folder = resources.files(__package__).joinpath("data/bank")
    parts = [
        BankFile.model_validate_json(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    ]
    return BankExport(version=shipped_version(), industries=parts)


def read_bank(path: Path) -> BankExport:
    """A bank from a file: a whole export, or a single industry's part."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BankFileError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BankFileError(f"{path} is not valid JSON: {exc}") from exc
    try:
        if isinstance(raw, dict) and "industries" in raw:
            return BankExport.model_validate(raw)
        return BankExport(version="custom", industries=[BankFile.model_validate(raw)])
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BankFileError(f"{path} is not a question bank: {where}: {first['msg']}") from exc
