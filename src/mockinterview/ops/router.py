"""Routes a host's load balancer and monitoring call: /healthz, /readyz and /metrics."""

import asyncio
import hmac
from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from mockinterview.accounts.deps import SettingsDep
from mockinterview.db import utcnow
from mockinterview.ops.metrics import StateGauges, exposition
from mockinterview.ops.repository import OpsRepository
from mockinterview.schema_check import SCHEMA_HEAD, UPGRADE_HINT, current_revision

router = APIRouter(tags=["operations"])
CHECK_SECONDS = 3.0
STALE_HEARTBEATS = 4  # a worker is dead after missing this many heartbeats


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive and answering (no database call)."""
    return {"status": "ok"}


async def _checks(request: Request, settings: SettingsDep) -> dict[str, str]:
    """Each readiness check with 'ok' or what is wrong."""
    checks: dict[str, str] = {}
    revision = await current_revision(request.app.state.engine)
    if revision is None:
        checks["database"] = "unreachable or without a schema"
        return checks
    checks["database"] = "ok"
    checks["schema"] = (
        "ok" if revision == SCHEMA_HEAD else f"at {revision}, needs {SCHEMA_HEAD}: {UPGRADE_HINT}"
    )
    since = utcnow() - timedelta(seconds=settings.worker_heartbeat_seconds * STALE_HEARTBEATS)
    async with request.app.state.sessionmaker() as db:
        workers = await OpsRepository(db).live_workers(since)
    checks["job_worker"] = "ok" if workers else "no job worker has reported recently"
    return checks


@router.get("/readyz", responses={503: {"description": "Not ready: the failing checks"}})
async def readyz(request: Request, settings: SettingsDep) -> JSONResponse:
    """Ready when the database answers at this version's schema and a job worker is alive."""
    try:
        checks = await asyncio.wait_for(_checks(request, settings), CHECK_SECONDS)
    except Exception as exc:  # any failure to reach the database means not ready
        checks = {"database": f"unreachable ({type(exc).__name__})"}
    ready = len(checks) == 3 and all(value == "ok" for value in checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get(
    "/metrics",
    response_class=PlainTextResponse,
    responses={401: {"description": "The metrics token is set and was not sent"}},
)
async def metrics(request: Request, settings: SettingsDep) -> Response:
    """Prometheus metrics (send `Authorization: Bearer <token>` when a metrics token is set)."""
    if settings.metrics_token:
        sent = request.headers.get("authorization", "").removeprefix("Bearer ").encode()
        expected = settings.metrics_token.get_secret_value().encode()
        if not hmac.compare_digest(sent, expected):
            return JSONResponse(
                {"detail": "Send the metrics token: 'Authorization: Bearer <token>'."},
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
    async with request.app.state.sessionmaker() as db:
        repo = OpsRepository(db)
        active = await repo.active_interviews()
        queued, oldest = await repo.queued_jobs()
    body = exposition(StateGauges(active, queued, oldest))
    return Response(body, media_type=CONTENT_TYPE_LATEST)
