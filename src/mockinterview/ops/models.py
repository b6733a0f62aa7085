"""The table of job workers' heartbeats (readiness asks whether one is alive)."""

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from mockinterview.db import Base, UTCDateTime, utcnow


class WorkerHeartbeat(Base):
    """The last time a job worker (in an app process or `mockinterview worker`) said it runs."""

    __tablename__ = "worker_heartbeats"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
