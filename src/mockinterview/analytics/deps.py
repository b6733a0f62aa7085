"""Dependencies of the analytics routes and pages."""

from typing import Annotated

from fastapi import Depends

from mockinterview.accounts.deps import SettingsDep
from mockinterview.analytics.peers_repository import PeersRepository
from mockinterview.analytics.peers_service import PeersService
from mockinterview.analytics.repository import AnalyticsRepository
from mockinterview.analytics.service import AnalyticsService
from mockinterview.db import DbSession


def analytics_service(db: DbSession) -> AnalyticsService:
    """An AnalyticsService bound to the request's database session."""
    return AnalyticsService(AnalyticsRepository(db))


def peers_service(db: DbSession, settings: SettingsDep) -> PeersService:
    """A PeersService bound to the request's database session and the k threshold."""
    return PeersService(PeersRepository(db), settings.benchmark_min_users)


AnalyticsServiceDep = Annotated[AnalyticsService, Depends(analytics_service)]
PeersServiceDep = Annotated[PeersService, Depends(peers_service)]
