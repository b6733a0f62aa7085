"""The Jinja2 environment (autoescaped) and the one helper every page renders through."""

from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from mockinterview.config import Settings
from mockinterview.web.assets import Assets
from mockinterview.web.playback_view import playback_of
from mockinterview.web.security import (
    FLASH_COOKIE,
    page_csrf_token,
    persist_anon_seed,
    read_flash,
)

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"

# {import_map}: the hash of the import map in base.html, the one inline script pages have.
PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' {import_map}; "
    "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}

CATEGORY_LABELS = {
    "behavioral": "Behavioral",
    "technical": "Technical",
    "situational": "Situational",
    "company": "Company",
}
DIFFICULTY_LABELS = {"entry": "Entry", "mid": "Mid", "senior": "Senior"}
STATUS_LABELS = {"in_progress": "In progress", "completed": "Completed", "abandoned": "Abandoned"}


def duration(seconds: float | int | None) -> str:
    """Seconds as '45 s', '2 min 05 s' or '1 h 02 min'."""
    total = round(seconds or 0)
    if total < 60:
        return f"{total} s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def when(value: datetime | None) -> str:
    """A date and time for people (UTC; pages turn it into local time)."""
    return value.strftime("%d %b %Y, %H:%M UTC") if value else ""


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(
        category_labels=CATEGORY_LABELS,
        difficulty_labels=DIFFICULTY_LABELS,
        status_labels=STATUS_LABELS,
        playback_of=playback_of,
    )
    env.filters.update(duration=duration, when=when)
    return env


templates = Jinja2Templates(env=_environment())


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """Render a page with the signed-in user, a CSRF token, flash messages and safe headers."""
    settings: Settings = request.app.state.settings
    assets: Assets = request.app.state.assets
    viewer = getattr(request.state, "viewer", None)
    page: dict[str, Any] = {
        "assets": assets,
        "user": viewer,
        # Token use and cost matter once a provider is set up, and to administrators.
        "show_usage": settings.ai_provider != "offline" or bool(viewer and viewer.is_admin),
        "csrf_token": page_csrf_token(request, settings),
        "flashes": read_flash(request, settings),
        "page_title": "",
    }
    page.update(context or {})
    response = templates.TemplateResponse(request, name, page, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    response.headers["Content-Security-Policy"] = PAGE_POLICY.format(
        import_map=assets.import_map_hash
    )
    response.headers["Cache-Control"] = "no-store"
    if FLASH_COOKIE in request.cookies:
        response.delete_cookie(FLASH_COOKIE, path="/")
    persist_anon_seed(request, response, settings)
    return response
