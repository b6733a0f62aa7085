"""Headers every response gets: API answers are never cached or sniffed; /docs cannot be framed."""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PERMISSIONS_POLICY = "microphone=(self), camera=(self), geolocation=(), payment=(), usb=()"
DOCS_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
_API = {b"x-content-type-options": b"nosniff", b"cache-control": b"no-store"}
_DOCS = {
    b"content-security-policy": DOCS_POLICY.encode(),
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
}


class SecurityHeaders:
    """Pure ASGI middleware adding headers a response does not already set."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers to the response start."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        extra = {b"permissions-policy": PERMISSIONS_POLICY.encode()}
        if path.startswith("/api/"):
            extra |= _API
        elif path == "/docs" or path.startswith("/docs/"):
            extra |= _DOCS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in extra.items() if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
