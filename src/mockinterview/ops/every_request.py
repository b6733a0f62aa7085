"""What every HTTP request gets: an id, the security headers, its metrics and its access line.

One pure ASGI middleware does all four, so each request passes one layer and one wrapper of
`send` for them rather than one each.
"""

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mockinterview.ops.logs import chosen_request_id, log_access, request_id
from mockinterview.ops.metrics import count_request, route_template
from mockinterview.security_headers import with_security_headers

REQUEST_ID_HEADER = b"x-request-id"


class EveryRequest:
    """Serve a request with its id in context; answer with its id and the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; then count it and write its access line (500 if none was sent)."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = chosen_request_id(scope)
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = with_security_headers(list(message.get("headers", [])), scope["path"])
                headers.append((REQUEST_ID_HEADER, rid.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            seconds = time.perf_counter() - started
            method, route = scope.get("method", "GET"), route_template(scope)
            count_request(method, route, status, seconds)
            log_access(method, route, status, seconds)
            request_id.reset(token)
