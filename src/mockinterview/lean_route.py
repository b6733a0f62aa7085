"""A route for the busiest request: documented like any other, served without FastAPI's solving.

FastAPI solves every route's dependencies and validates and serialises what its endpoint
returns. A LeanRoute's endpoint takes the Request and returns the Response itself, so the
route runs only the app-wide checks (APP_CHECKS) before it; its documentation (response model,
statuses, request body) is FastAPI's as usual.
"""

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from fastapi import Depends, Request, Response
from fastapi.params import Depends as DependsParam
from fastapi.routing import APIRoute

from mockinterview.input_guard import refuse_unstorable_text

APP_CHECKS: tuple[Callable[[Request], Awaitable[None]], ...] = (refuse_unstorable_text,)
"""Checks every request passes before its route: the app's dependencies, run by LeanRoutes too."""


def app_dependencies() -> list[DependsParam]:
    """APP_CHECKS as the app's dependencies."""
    return [Depends(check) for check in APP_CHECKS]


class LeanRoute(APIRoute):
    """An APIRoute whose endpoint is `async (request) -> Response`, run after APP_CHECKS."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """The endpoint itself, after the app-wide checks; refused if the route has dependencies."""
        skipped = [d.call for d in self.dependant.dependencies if d.call not in APP_CHECKS]
        if skipped:
            raise TypeError(f"LeanRoute {self.path} would not run its dependencies {skipped}")
        endpoint: Callable[[Request], Awaitable[Response]] = self.endpoint

        async def handle(request: Request) -> Response:
            for check in APP_CHECKS:
                await check(request)
            return await endpoint(request)

        return handle
