"""Tables of the question bank."""

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mockinterview.db import Base


class Industry(Base):
    """An industry such as ind-001 Software Engineering."""

    __tablename__ = "industries"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))

    roles: Mapped[list["Role"]] = relationship(back_populates="industry", order_by="Role.id")


class Role(Base):
    """A job role within an industry."""

    __tablename__ = "roles"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    industry_id: Mapped[str] = mapped_column(ForeignKey("industries.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    industry: Mapped[Industry] = relationship(back_populates="roles")


class Question(Base):
    """A bank question; role_id is null when it is shared by every role of its industry."""

    __tablename__ = "questions"
    __table_args__ = (
        Index("ix_questions_pick", "industry_id", "category", "difficulty"),
        Index("ix_questions_role", "role_id", "category", "difficulty"),
    )

    question_uuid: Mapped[str] = mapped_column(String(64), primary_key=True)
    industry_id: Mapped[str] = mapped_column(ForeignKey("industries.id"))
    role_id: Mapped[str | None] = mapped_column(ForeignKey("roles.id"), nullable=True)
    prompt: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(16))
    difficulty: Mapped[str] = mapped_column(String(8))
    expected_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    star_framework: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    interviewer_guidance: Mapped[str] = mapped_column(Text, default="")
