"""The ASGI entry point for uvicorn: `mockinterview.asgi:app`."""

from mockinterview.app import create_app

app = create_app()
