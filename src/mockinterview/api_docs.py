"""Interactive API docs at /docs, with Swagger UI served from the package (works offline)."""

from fastapi import FastAPI
from fastapi_swagger import patch_fastapi


def install(app: FastAPI) -> None:
    """Serve /docs and its assets from this server instead of a CDN."""
    patch_fastapi(
        app, docs_url="/docs", redirect_from_root_to_docs=False, title="MockInterview API"
    )
