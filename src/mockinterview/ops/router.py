"""Routes a host's load balancer and monitoring call: /healthz, /readyz and /metrics."""

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from mockinterview.accounts.deps import SettingsDep
from mockinterview.ops.metrics import exposition
from mockinterview.ops.service import OpsService, is_ready

router = APIRouter(tags=["operations"])


async def ops_service(request: Request, settings: SettingsDep) -> OpsService:
    """An OpsService on the app's engine and sessions."""
    state = request.app.state
    return OpsService(state.engine, state.sessionmaker, settings.worker_heartbeat_seconds)


OpsServiceDep = Annotated[OpsService, Depends(ops_service)]


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive and answering (no database call)."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Not ready: the failing checks"}})
async def readyz(service: OpsServiceDep) -> JSONResponse:
    """Ready when the database answers at this version's schema and a job worker is alive."""
    checks = await service.readiness()
    ready = is_ready(checks)
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get(
    "/metrics",
    response_class=PlainTextResponse,
    responses={401: {"description": "The metrics token is set and was not sent"}},
)
async def metrics(request: Request, settings: SettingsDep, service: OpsServiceDep) -> Response:
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
    body = exposition(await service.gauges())
    return Response(body, media_type=CONTENT_TYPE_LATEST)
