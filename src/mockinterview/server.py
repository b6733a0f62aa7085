"""How the product is served: one setup for `mockinterview serve` and the benchmarks."""

import uvicorn


def serve(app: str, host: str, port: int, workers: int = 1) -> None:
    """Serve an ASGI app ("module:attribute") with the product's server settings.

    Forwarded headers are never trusted here: the app trusts them only from the proxies it is
    configured with (MOCKINTERVIEW_TRUSTED_PROXIES).
    """
    uvicorn.run(app, host=host, port=port, workers=workers, proxy_headers=False)
