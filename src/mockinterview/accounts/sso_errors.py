"""The one error of single sign-on that pages handle (kept apart from the heavy client)."""


class SsoError(Exception):
    """The provider's answer cannot be trusted or used; the message says why."""
