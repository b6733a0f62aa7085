"""Account rules: sign-up, sign-in with rate limiting, token checks, sign-out."""

from datetime import datetime, timedelta
from functools import lru_cache

import anyio
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.accounts.models import AccessToken, LoginAttempt, User
from mockinterview.accounts.repository import AccountRepository
from mockinterview.accounts.reset_repository import ResetRepository
from mockinterview.accounts.security import hash_password, hash_token, new_token, verify_password
from mockinterview.config import Settings
from mockinterview.db import utcnow
from mockinterview.errors import Conflict, Forbidden, TooManyRequests, Unauthorized


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A real hash to verify unknown emails against, so they are as slow as wrong passwords."""
    return hash_password("not-a-real-password")


def _verify(stored: str | None, password: str) -> bool:
    """Check a password (runs in a worker thread); no stored hash never verifies."""
    return verify_password(stored or _dummy_hash(), password) and stored is not None


DISABLED = "This account is disabled. Ask the people who run this site to enable it."


SIGNED_OUT = "Your sign-in has expired or is invalid. Please sign in again."


def require_live(
    expires_at: datetime, revoked_at: datetime | None, disabled_at: datetime | None
) -> None:
    """401 unless a known token is unrevoked and unexpired, and its account enabled."""
    if revoked_at is not None or expires_at <= utcnow():
        raise Unauthorized(SIGNED_OUT)
    if disabled_at is not None:
        raise Unauthorized(DISABLED)


def passwords_allowed(settings: Settings) -> bool:
    """False in single-sign-on-only mode (with at least one provider configured)."""
    return not (settings.sso_only and settings.oidc_providers)


def refuse_passwords_when_sso_only(settings: Settings) -> None:
    """403 when the host allows only single sign-on."""
    if not passwords_allowed(settings):
        raise Forbidden("Only single sign-on is allowed here: sign in on the website.")


def normalise_email(email: str) -> str:
    """Emails compare case-insensitively."""
    return email.strip().lower()


class AccountService:
    """Use cases of accounts."""

    def __init__(self, db: AsyncSession, settings: Settings) -> None:
        self.repo = AccountRepository(db)
        self.settings = settings

    async def register(self, email: str, password: str, name: str, is_admin: bool = False) -> User:
        """Create an account; 409 when the email is taken."""
        email = normalise_email(email)
        if await self.repo.get_by_email(email):
            raise Conflict("An account with this email already exists.")
        hashed = await anyio.to_thread.run_sync(hash_password, password)
        user = User(email=email, name=name.strip(), password_hash=hashed, is_admin=is_admin)
        await self.repo.add(user)
        return user

    async def authenticate(
        self,
        email: str,
        password: str,
        client_ip: str | None,
        attempts: async_sessionmaker[AsyncSession],
    ) -> User:
        """The user for these credentials, within the per-email and per-address limits.

        No connection is held while the password is checked (off the event loop), so a burst
        of sign-ins never needs two pooled connections at once.
        """
        email = normalise_email(email)
        await self._count_attempt(email, client_ip, attempts)
        user = await self.repo.get_by_email(email)
        await self.repo.end_reads()
        stored = user.password_hash if user else None
        valid = await anyio.to_thread.run_sync(_verify, stored, password)
        if user is None or not valid:
            raise Unauthorized("Incorrect email or password.")
        if user.disabled_at is not None:
            raise Unauthorized(DISABLED)
        await self.repo.clear_failures(email)
        return user

    async def _count_attempt(
        self, email: str, client_ip: str | None, attempts: async_sessionmaker[AsyncSession]
    ) -> None:
        """Record the attempt, then count it with the others: racing guesses never all pass.

        A refused attempt is forgotten again; one that fails its password check stays counted;
        a successful sign-in clears the email's attempts.
        """
        since = utcnow() - timedelta(seconds=self.settings.login_window_seconds)
        async with attempts() as separate:
            repo = AccountRepository(separate)
            attempt = LoginAttempt(email=email, ip=client_ip)
            await repo.add(attempt)
            attempt_id = attempt.id
            await separate.commit()
            by_email, by_ip = await repo.recent_attempts(email, client_ip, since)
            await separate.commit()  # end the read before writing again
            too_many = by_email > self.settings.login_max_failures
            from_address = by_ip > self.settings.login_max_failures_per_ip
            if too_many or from_address:
                await repo.delete_attempt(attempt_id)
                await separate.commit()
                where = "for this account" if too_many else "from your network"
                raise TooManyRequests(
                    f"Too many failed sign-in attempts {where}. Wait a few minutes and retry.",
                    retry_after=self.settings.login_window_seconds,
                )

    async def prune(self) -> tuple[int, int]:
        """Delete sign-in attempts past the window and expired or revoked tokens; the counts."""
        now = utcnow()
        before = now - timedelta(seconds=self.settings.login_window_seconds)
        reset_before = now - timedelta(seconds=self.settings.reset_window_seconds)
        await ResetRepository(self.repo.db).prune(now, reset_before)
        return await self.repo.prune(now, before)

    async def issue_token(self, user: User, kind: str = "api") -> tuple[str, AccessToken]:
        """A new token for the user; only its hash is stored."""
        token = new_token()
        lifetime = timedelta(minutes=self.settings.token_lifetime_minutes)
        row = AccessToken(
            token_hash=hash_token(token), user_id=user.id, kind=kind, expires_at=utcnow() + lifetime
        )
        await self.repo.add(row)
        return token, row

    async def user_for_token(self, token: str) -> tuple[User, AccessToken]:
        """The user a live token belongs to; 401 otherwise."""
        row = await self.repo.get_token(hash_token(token))
        if row is None:
            raise Unauthorized(SIGNED_OUT)
        require_live(row.expires_at, row.revoked_at, row.user.disabled_at)
        return row.user, row

    async def revoke(self, token_row: AccessToken) -> None:
        """Revoke a token (sign-out)."""
        token_row.revoked_at = utcnow()
