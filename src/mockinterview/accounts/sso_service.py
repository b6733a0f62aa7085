"""Single sign-on rules: who may come in from a provider, and which account they get."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.accounts.lifecycle_models import SsoIdentity
from mockinterview.accounts.models import User
from mockinterview.accounts.service import DISABLED, normalise_email
from mockinterview.accounts.sso_repository import SsoRepository
from mockinterview.config import OidcProvider, Settings


class SsoRefused(Exception):
    """The provider vouched for someone who may not sign in here; the message says why."""


def email_domain_allowed(settings: Settings, email: str) -> bool:
    """Whether the email's domain is in the allowed list (every domain when the list is empty)."""
    allowed = {domain.lower().lstrip("@") for domain in settings.sso_allowed_domains}
    return not allowed or email.rsplit("@", 1)[-1] in allowed


class SsoService:
    """Turns a provider's verified claims into a user of this site."""

    def __init__(self, db: AsyncSession, settings: Settings) -> None:
        self.repo = SsoRepository(db)
        self.settings = settings

    async def user_for(self, provider: OidcProvider, claims: dict[str, Any]) -> User:
        """The linked user, else the one with this verified email (linked now), else a new one."""
        issuer, subject = provider.issuer.rstrip("/"), str(claims.get("sub", ""))
        email = normalise_email(str(claims.get("email") or ""))
        if not subject or "@" not in email:
            raise SsoRefused("Your organisation's account did not share an email address.")
        if claims.get("email_verified") is not True:
            raise SsoRefused("Your organisation has not verified this account's email address.")
        if not email_domain_allowed(self.settings, email):
            raise SsoRefused("Accounts of this email domain cannot sign in here.")
        user = await self.repo.user_of_identity(issuer, subject)
        if user is None:
            user = await self.repo.user_by_email(email)
            if user is None:
                name = str(claims.get("name") or email.split("@")[0])[:200]
                user = User(email=email, name=name, password_hash="")
                await self.repo.add(user)
            await self.repo.add(SsoIdentity(user_id=user.id, issuer=issuer, subject=subject))
        if user.disabled_at is not None:
            raise SsoRefused(DISABLED)
        return user
