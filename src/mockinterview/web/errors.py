"""Error pages in the app's style, and the trip to sign-in for anonymous visitors."""

from urllib.parse import quote

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from mockinterview.web.deps import SignInRequired
from mockinterview.web.templating import render

TITLES = {
    400: "That request did not make sense",
    401: "Please sign in",
    403: "That action was refused",
    404: "Page not found",
    405: "That action is not available here",
    409: "That cannot be done right now",
    422: "Some details need fixing",
    429: "Slow down a little",
    500: "Something went wrong on our side",
}

DEFAULT_MESSAGES = {
    404: "The page you asked for does not exist, or it belongs to another account.",
    500: "The error has been logged. Please try again in a moment.",
}


def wants_html(request: Request) -> bool:
    """Whether an error should be a page rather than JSON (everything outside /api)."""
    path = request.url.path
    return not (path == "/api" or path.startswith("/api/"))


def error_page(request: Request, status_code: int, message: str | None = None) -> Response:
    """The error page for a status code (a 404 never says more than the default)."""
    if status_code == 404:
        message = None
    context = {
        "page_title": TITLES.get(status_code, "Something went wrong"),
        "status_code": status_code,
        "message": message or DEFAULT_MESSAGES.get(status_code, ""),
    }
    return render(request, "error.html", context, status_code=status_code)


def sign_in_redirect(request: Request, exc: Exception) -> Response:
    """Send an anonymous visitor to sign-in, then back where they were going."""
    assert isinstance(exc, SignInRequired)
    target = "/signin"
    if exc.next_url and exc.next_url != "/interviews":
        target += "?next=" + quote(exc.next_url, safe="/")
    return RedirectResponse(target, status_code=303)
