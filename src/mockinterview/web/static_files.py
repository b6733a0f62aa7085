"""Static files with caching that fits their URLs: versioned ones forever, others revalidated."""

from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send


class VersionedStaticFiles(StaticFiles):
    """Files asked for with ?v=<hash> are immutable; plain URLs must revalidate (ETag)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the file and set Cache-Control by whether the URL is versioned."""
        versioned = b"v=" in scope.get("query_string", b"")
        policy = b"public, max-age=31536000, immutable" if versioned else b"no-cache"

        async def send_with_cache(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"cache-control"]
                headers.append((b"cache-control", policy))
                headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        await super().__call__(scope, receive, send_with_cache)
