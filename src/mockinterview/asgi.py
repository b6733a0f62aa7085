"""The ASGI entry point for uvicorn: `mockinterview.asgi:app`."""

from mockinterview.ops.heap import pause_collector_for_start_up

pause_collector_for_start_up()  # while the app's modules load; its lifespan resumes collecting

from mockinterview.app import create_app  # noqa: E402

app = create_app()
