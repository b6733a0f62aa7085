"""Where models shipped in PyPI packages live, and the cache for files derived from them."""

import importlib.util
import os
from pathlib import Path

import platformdirs

CACHE_ENV = "MOCKINTERVIEW_MODEL_CACHE"


def package_dir(name: str) -> Path | None:
    """The folder of an installed package (by import name), or None when it is not installed."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def cache_dir() -> Path:
    """The folder for derived model files: MOCKINTERVIEW_MODEL_CACHE or the user cache folder."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("mockinterview"))
