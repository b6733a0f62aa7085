"""Static files with caching that fits their URLs (versioned ones forever), gzipped when text."""

from pathlib import PurePath

from starlette.datastructures import QueryParams
from starlette.middleware.gzip import GZipMiddleware
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mockinterview.web.assets import Assets

IMMUTABLE = b"public, max-age=31536000, immutable"
REVALIDATE = b"no-cache"


class VersionedStaticFiles(StaticFiles):
    """Files asked for with their current ?v=<hash> are immutable; other URLs revalidate (ETag).

    A stale or unknown version (a page from before a deploy) gets the current file, never cached
    for good, so no cache can keep new content under an old URL or the reverse.
    """

    def __init__(self, assets: Assets) -> None:
        super().__init__(directory=assets.directory)
        self.assets = assets

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the file and set Cache-Control by whether the URL carries its current version."""
        name = PurePath(self.get_path(scope)).as_posix()
        version = QueryParams(scope.get("query_string", b"")).get("v")
        policy = IMMUTABLE if self.assets.is_current(name, version) else REVALIDATE

        async def send_with_cache(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"cache-control"]
                headers.append((b"cache-control", policy))
                headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        await super().__call__(scope, receive, send_with_cache)


def static_app(assets: Assets) -> ASGIApp:
    """The app mounted at /static: versioned caching, gzip for text files of 500 bytes or more.

    Only static files are compressed: pages carry CSRF tokens next to user text (BREACH), and
    images, fonts and streams are left alone by GZipMiddleware's own exclusions.
    """
    return GZipMiddleware(VersionedStaticFiles(assets), minimum_size=500)
