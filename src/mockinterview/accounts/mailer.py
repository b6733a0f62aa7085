"""Sending email through the host's SMTP server (MOCKINTERVIEW_SMTP_*), off the event loop."""

import logging
import smtplib
import ssl
from email.message import EmailMessage

import anyio

from mockinterview.config import Settings

logger = logging.getLogger(__name__)


def mail_configured(settings: Settings) -> bool:
    """Whether an SMTP server is set up."""
    return bool(settings.smtp_host)


def _send(settings: Settings, message: EmailMessage) -> None:
    """Deliver one message (blocking: call it in a thread)."""
    host, port, timeout = (
        settings.smtp_host or "",
        settings.smtp_port,
        settings.smtp_timeout_seconds,
    )
    context = ssl.create_default_context()
    if settings.smtp_security == "tls":
        client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(host, port, timeout=timeout)
    with client:
        if settings.smtp_security == "starttls":
            client.starttls(context=context)
        if settings.smtp_username and settings.smtp_password:
            client.login(settings.smtp_username, settings.smtp_password.get_secret_value())
        client.send_message(message)


async def send_mail(settings: Settings, to: str, subject: str, body: str) -> bool:
    """Send a plain-text email; False (and a log line without its content) when it fails."""
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    try:
        await anyio.to_thread.run_sync(_send, settings, message)
    except (OSError, smtplib.SMTPException) as exc:
        logger.error("sending an email failed: %s", type(exc).__name__)
        return False
    return True
