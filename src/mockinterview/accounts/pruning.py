"""Deleting old sign-in attempts, tokens that can no longer be used, and old recordings."""

import asyncio
import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.accounts.service import AccountService
from mockinterview.config import Settings
from mockinterview.recordings.retention import purge_old_recordings

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
    """Prune at start and then every `prune_interval_seconds`, until cancelled.

    Also deletes recordings past the retention period, when the host set one.
    """
    while True:
        try:
            attempts, tokens = await prune_once(sessionmaker, settings)
            recordings = await purge_old_recordings(sessionmaker, settings)
            if attempts or tokens or recordings:
                logger.info(
                    "pruned %d sign-in attempts, %d tokens and %d old recordings",
                    attempts,
                    tokens,
                    recordings,
                )
        except Exception:
            logger.exception("pruning old rows failed; retrying later")
        await asyncio.sleep(settings.prune_interval_seconds)
