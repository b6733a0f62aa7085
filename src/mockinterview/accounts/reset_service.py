"""Password resets: single-use expiring links, kept as hashes, sent by email or by an admin."""

import logging
from datetime import timedelta

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.lifecycle_models import PasswordReset, ResetRequest
from mockinterview.accounts.models import User
from mockinterview.accounts.repository import AccountRepository
from mockinterview.accounts.reset_repository import ResetRepository
from mockinterview.accounts.security import hash_password, hash_token, new_token
from mockinterview.accounts.service import refuse_passwords_when_sso_only
from mockinterview.config import Settings
from mockinterview.db import utcnow
from mockinterview.errors import Invalid, TooManyRequests

logger = logging.getLogger(__name__)
INVALID_LINK = "This reset link is invalid, used or expired. Ask for a new one."


def reset_url(base_url: str, token: str) -> str:
    """The page a reset link opens."""
    return f"{base_url.rstrip('/')}/reset-password?token={token}"


def reset_email(name: str, url: str, minutes: int) -> str:
    """The text of the reset email."""
    return (
        f"Hello {name},\n\n"
        "Someone (hopefully you) asked to reset the password of your MockInterview account.\n"
        f"Open this link to choose a new one; it works once, for {minutes} minutes:\n\n"
        f"{url}\n\n"
        "If you did not ask for this, ignore this email: your password stays as it is.\n"
    )


class PasswordResetService:
    """Use cases of password resets."""

    def __init__(self, db: AsyncSession, settings: Settings) -> None:
        self.repo = ResetRepository(db)
        self.accounts = AccountRepository(db)
        self.settings = settings

    async def request(self, email: str, client_ip: str | None) -> tuple[User, str] | None:
        """Count the request (429 past the limits); a link for an active account, else None."""
        refuse_passwords_when_sso_only(self.settings)
        since = utcnow() - timedelta(seconds=self.settings.reset_window_seconds)
        by_email, by_ip = await self.repo.recent_requests(email, client_ip, since)
        if by_email >= self.settings.reset_max_requests or (
            client_ip and by_ip >= self.settings.reset_max_requests_per_ip
        ):
            raise TooManyRequests(
                "Too many reset requests. Wait a while, then try again.",
                retry_after=self.settings.reset_window_seconds,
            )
        await self.repo.add(ResetRequest(email=email, ip=client_ip))
        user = await self.accounts.get_by_email(email)
        if user is None or user.disabled_at is not None:
            return None
        return user, await self.issue(user)

    async def issue(self, user: User) -> str:
        """A new single-use link token for the user (only its hash is kept)."""
        token = new_token()
        lifetime = timedelta(minutes=self.settings.password_reset_minutes)
        await self.repo.add(
            PasswordReset(
                token_hash=hash_token(token), user_id=user.id, expires_at=utcnow() + lifetime
            )
        )
        return token

    async def valid(self, token: str) -> PasswordReset | None:
        """The unused, unexpired link of this token, or None."""
        reset = await self.repo.get(hash_token(token))
        if reset is None or reset.used_at is not None or reset.expires_at <= utcnow():
            return None
        return reset

    async def confirm(self, token: str, password: str) -> User:
        """Set the new password through a link, once; every session of the user ends."""
        reset = await self.valid(token)
        now = utcnow()
        if reset is None or not await self.repo.use(reset, now):
            raise Invalid("token", INVALID_LINK)
        user = await self.accounts.get_by_id(reset.user_id)
        if user is None or user.disabled_at is not None:
            raise Invalid("token", INVALID_LINK)
        user.password_hash = await anyio.to_thread.run_sync(hash_password, password)
        await self.repo.after_reset(user.id, user.email, now)
        return user


async def mail_reset_link(settings: Settings, user: User, token: str, base_url: str) -> None:
    """Email the link (after the response, so answers take as long whether or not it exists)."""
    from mockinterview.accounts.mailer import mail_configured, send_mail

    if not mail_configured(settings):
        logger.warning("a password reset was asked for, but no SMTP server is configured")
        return
    url = reset_url(settings.public_url or base_url, token)
    body = reset_email(user.name, url, settings.password_reset_minutes)
    await send_mail(settings, user.email, "Reset your MockInterview password", body)
