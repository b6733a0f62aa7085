"""How the product is served: one setup for `mockinterview serve` and the benchmarks."""

import os
import tempfile

import uvicorn

from mockinterview.config import get_settings
from mockinterview.ops.logs import logging_config
from mockinterview.ops.metrics import MULTIPROC_ENV


def serve(app: str, host: str, port: int, workers: int = 1) -> None:
    """Serve an ASGI app ("module:attribute") with the product's server settings.

    Forwarded headers are never trusted here: the app trusts them only from the proxies it is
    configured with (MOCKINTERVIEW_TRUSTED_PROXIES). Logs are the app's structured lines (the
    app writes its own access line per request). With several workers, metrics are shared
    through a fresh folder of prometheus-client's files unless PROMETHEUS_MULTIPROC_DIR is set.
    """
    settings = get_settings()
    if workers > 1 and not os.environ.get(MULTIPROC_ENV):
        os.environ[MULTIPROC_ENV] = tempfile.mkdtemp(prefix="mockinterview-metrics-")
    uvicorn.run(
        app,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=False,
        access_log=False,
        log_config=logging_config(settings.log_format, settings.log_level),
    )
