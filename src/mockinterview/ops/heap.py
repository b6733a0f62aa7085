"""Keeping the garbage collector off what the process loaded at start-up."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def startup_objects_frozen() -> Iterator[None]:
    """Hide everything alive at start-up from the collector while serving; show it again after.

    Modules, routes, schemas and models live as long as the app. Without this, each full
    collection walks all of them again and stalls the request that triggered it (100 ms and more
    for a large analytics response). Unfreezing at shutdown lets an app built and stopped many
    times in one process (as the tests do) still have its cycles collected.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
