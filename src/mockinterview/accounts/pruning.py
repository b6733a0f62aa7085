"""Deleting sign-in attempts past their window and tokens that can no longer be used."""

import asyncio
import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.accounts.service import AccountService
from mockinterview.config import Settings

logger = logging.getLogger(__name__)


async def prune_once(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> tuple[int, int]:
    """Prune now; how many attempts and tokens were deleted."""
    async with sessionmaker() as session:
        counts = await AccountService(session, settings).prune()
        await session.commit()
    return counts


async def prune_periodically(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Prune at start and then every `prune_interval_seconds`, until cancelled."""
    while True:
        try:
            attempts, tokens = await prune_once(sessionmaker, settings)
            if attempts or tokens:
                logger.info("pruned %d sign-in attempts and %d tokens", attempts, tokens)
        except Exception:
            logger.exception("pruning sign-in attempts and tokens failed; retrying later")
        await asyncio.sleep(settings.prune_interval_seconds)
