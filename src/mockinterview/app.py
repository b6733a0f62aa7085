"""The FastAPI application: routers, exception handlers, database lifecycle."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from mockinterview import api_docs, exception_handlers
from mockinterview.accounts.account_router import router as account_router
from mockinterview.accounts.admin_router import router as admin_router
from mockinterview.accounts.pruning import prune_periodically
from mockinterview.accounts.reset_router import router as reset_router
from mockinterview.accounts.router import router as auth_router
from mockinterview.analytics.router import router as analytics_router
from mockinterview.coaching.pool import coaching_pool
from mockinterview.config import Settings, get_settings
from mockinterview.db import create_engine, make_sessionmaker
from mockinterview.interviews.answer_vectors import AnswerEmbedder
from mockinterview.interviews.jobs import job_queue
from mockinterview.interviews.router import add_answer_route
from mockinterview.interviews.router import router as interviews_router
from mockinterview.interviews.tailored_router import router as tailored_router
from mockinterview.lean_route import app_dependencies
from mockinterview.live.router import router as live_router
from mockinterview.ops.every_request import EveryRequest
from mockinterview.ops.heap import startup_objects_frozen
from mockinterview.ops.heartbeat import beat_while, worker_name
from mockinterview.ops.metrics import forget_this_process
from mockinterview.ops.router import router as ops_router
from mockinterview.process_pool import ProcessPool
from mockinterview.questionbank.router import router as bank_router
from mockinterview.readaloud.router import router as read_aloud_router
from mockinterview.recordings.router import router as recordings_router
from mockinterview.resumes.readers import ReadLimits, ResumeReaders
from mockinterview.resumes.router import router as resumes_router
from mockinterview.schema_check import ensure_migrated
from mockinterview.sqlite_thread import SqliteThread
from mockinterview.usage.router import router as usage_router
from mockinterview.web.assets import Assets
from mockinterview.web.routes import router as web_router
from mockinterview.web.static_files import static_app
from mockinterview.web.templating import STATIC_DIR


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; it refuses to start on a database that is not migrated."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.resolved_database_url, settings.db_pool_size)
        readers = ResumeReaders(ReadLimits.from_settings(settings), settings.resume_readers)
        question_worker = ProcessPool(1)  # writes tailored questions away from the event loop
        sqlite_thread = None
        try:
            await ensure_migrated(engine)
            app.state.engine = engine
            app.state.sessionmaker = make_sessionmaker(engine)
            if SqliteThread.serves(engine):
                sqlite_thread = SqliteThread(engine)
            app.state.sqlite_thread = sqlite_thread
            app.state.resume_readers = readers
            app.state.question_worker = question_worker
            app.state.coaching_pool = coaching_pool(settings.coaching_processes)
            app.state.coaching_pool.start()
            app.state.answer_embedder = AnswerEmbedder(
                engine, app.state.sessionmaker, app.state.coaching_pool, sqlite_thread
            )
            app.state.speech_pool = ProcessPool(1)
            app.state.job_queue = job_queue(
                app.state.sessionmaker, settings, app.state.speech_pool, app.state.answer_embedder
            )
            await app.state.job_queue.open()
            tasks = [
                asyncio.create_task(prune_periodically(app.state.sessionmaker, settings)),
                asyncio.create_task(app.state.answer_embedder.run()),
            ]
            if settings.job_workers:
                runner = asyncio.create_task(app.state.job_queue.run())
                heartbeat = beat_while(
                    engine,
                    worker_name("app"),
                    settings.worker_heartbeat_seconds,
                    alive=lambda: not runner.done(),
                )
                tasks += [runner, asyncio.create_task(heartbeat)]
            try:
                with startup_objects_frozen():
                    yield
            finally:
                for task in tasks:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                await asyncio.to_thread(app.state.coaching_pool.close)
                await asyncio.to_thread(app.state.speech_pool.close)
                await app.state.job_queue.close()
        finally:
            if sqlite_thread is not None:
                await asyncio.to_thread(sqlite_thread.close)
            question_worker.close()
            readers.close()
            await engine.dispose()
            forget_this_process()

    app = FastAPI(
        title="MockInterview",
        summary="Mock interview practice with honest, explainable feedback.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        dependencies=app_dependencies(),
        # No OpenTelemetry exporter is configured; looking for one would cost every request.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.assets = Assets.scan(STATIC_DIR)
    exception_handlers.install(app)
    add_answer_route(app)  # first: routes are matched in order, answers are busiest
    api_docs.install(app)
    app.include_router(interviews_router)
    app.include_router(auth_router)
    app.include_router(account_router)
    app.include_router(reset_router)
    app.include_router(admin_router)
    app.include_router(bank_router)
    app.include_router(analytics_router)
    app.include_router(web_router)
    app.mount("/static", static_app(app.state.assets), name="static")
    app.include_router(tailored_router)
    app.include_router(resumes_router)
    app.include_router(usage_router)
    app.include_router(recordings_router)
    app.include_router(ops_router)
    app.include_router(read_aloud_router)
    app.include_router(live_router)
    app.add_middleware(EveryRequest)
    if settings.trusted_proxies:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    return app
