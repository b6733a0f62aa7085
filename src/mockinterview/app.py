"""The FastAPI application: routers, exception handlers, database lifecycle."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from mockinterview import api_docs, exception_handlers
from mockinterview.accounts.router import router as auth_router
from mockinterview.config import Settings, get_settings
from mockinterview.db import create_engine, make_sessionmaker
from mockinterview.input_guard import refuse_unstorable_text
from mockinterview.interviews.router import router as interviews_router
from mockinterview.interviews.tailored_router import router as tailored_router
from mockinterview.migrate import ensure_migrated
from mockinterview.questionbank.router import router as bank_router
from mockinterview.resumes.readers import ReadLimits, ResumeReaders
from mockinterview.resumes.router import router as resumes_router
from mockinterview.security_headers import SecurityHeaders
from mockinterview.tailoring.worker import QuestionWorker
from mockinterview.usage.router import router as usage_router
from mockinterview.web.routes import router as web_router
from mockinterview.web.static_files import VersionedStaticFiles
from mockinterview.web.templating import STATIC_DIR


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; it refuses to start on a database that is not migrated."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.resolved_database_url)
        readers = ResumeReaders(ReadLimits.from_settings(settings), settings.resume_readers)
        question_worker = QuestionWorker()
        try:
            await ensure_migrated(engine)
            app.state.engine = engine
            app.state.sessionmaker = make_sessionmaker(engine)
            app.state.resume_readers = readers
            app.state.question_worker = question_worker
            yield
        finally:
            question_worker.close()
            readers.close()
            await engine.dispose()

    app = FastAPI(
        title="MockInterview",
        summary="Mock interview practice with honest, explainable feedback.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        dependencies=[Depends(refuse_unstorable_text)],
    )
    app.state.settings = settings
    exception_handlers.install(app)
    api_docs.install(app)
    app.include_router(auth_router)
    app.include_router(bank_router)
    app.include_router(interviews_router)
    app.include_router(web_router)
    app.mount("/static", VersionedStaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(tailored_router)
    app.include_router(resumes_router)
    app.include_router(usage_router)
    app.add_middleware(SecurityHeaders)
    return app
