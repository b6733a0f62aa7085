"""HTTP routes of /api/usage."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends

from mockinterview.accounts.deps import CurrentUser
from mockinterview.api_responses import errors
from mockinterview.db import DbSession
from mockinterview.usage.repository import UsageRepository
from mockinterview.usage.schemas import UsageReport
from mockinterview.usage.service import UsageService

router = APIRouter(prefix="/api/usage", tags=["usage"])


async def usage_service(db: DbSession) -> UsageService:
    """A UsageService bound to the request's database session."""
    return UsageService(UsageRepository(db))


UsageServiceDep = Annotated[UsageService, Depends(usage_service)]


@router.get("", response_model=UsageReport, responses=errors(401, 403, 422))
async def get_usage(
    user: CurrentUser, service: UsageServiceDep, scope: Literal["me", "all"] = "me"
) -> UsageReport:
    """AI usage totals per operation and per month (scope=all: everyone, admins only)."""
    return await service.report(user, scope)
