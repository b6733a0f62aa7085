"""Shapes of the admin API."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from mockinterview.accounts.data_service import has_password
from mockinterview.accounts.models import User


class AdminUserOut(BaseModel):
    """A user as administrators see them."""

    user_uuid: str
    email: str
    name: str
    is_admin: bool
    disabled: bool
    has_password: bool
    created_at: datetime

    @classmethod
    def of(cls, user: User) -> "AdminUserOut":
        """The view of a user row."""
        return cls(
            user_uuid=user.user_uuid,
            email=user.email,
            name=user.name,
            is_admin=user.is_admin,
            disabled=user.disabled_at is not None,
            has_password=has_password(user),
            created_at=user.created_at,
        )


class AdminActionOut(BaseModel):
    """One entry of the log of admin actions: who did what, to whom, when."""

    model_config = ConfigDict(from_attributes=True)

    admin_email: str
    action: str
    target_email: str | None
    detail: str | None
    created_at: datetime


class ResetLinkOut(BaseModel):
    """A single-use password reset link to hand to the user."""

    url: str
    expires_in_minutes: int
