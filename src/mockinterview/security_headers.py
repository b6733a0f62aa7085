"""Headers every response gets: API answers are never cached or sniffed; /docs cannot be framed."""

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


_DEFAULT = {b"permissions-policy": PERMISSIONS_POLICY.encode()}
_FOR_API = _DEFAULT | _API
_FOR_DOCS = _DEFAULT | _DOCS


def security_headers_for(path: str) -> dict[bytes, bytes]:
    """The headers a response to this path gets unless it sets them itself."""
    if path.startswith("/api/"):
        return _FOR_API
    if path == "/docs" or path.startswith("/docs/"):
        return _FOR_DOCS
    return _DEFAULT


def with_security_headers(
    headers: list[tuple[bytes, bytes]], path: str
) -> list[tuple[bytes, bytes]]:
    """A response's headers with those for its path added where the response has none."""
    present = {name.lower() for name, _ in headers}
    return headers + [(k, v) for k, v in security_headers_for(path).items() if k not in present]
