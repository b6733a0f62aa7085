"""A LeanRoute runs the app-wide checks, returns its endpoint's response, and is documented."""

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI, Request, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.routing import Route

from mockinterview.app import create_app
from mockinterview.exception_handlers import install
from mockinterview.lean_route import LeanRoute, app_dependencies


class Echo(BaseModel):
    """What the test route answers."""

    said: str


async def echo(request: Request) -> Response:
    """Answer the body's text back."""
    said = (await request.json())["said"]
    return Response(Echo(said=said).model_dump_json(), media_type="application/json")


def lean_app() -> FastAPI:
    app = FastAPI(dependencies=app_dependencies())
    install(app)
    router = APIRouter(prefix="/api")
    router.add_api_route(
        "/echo", echo, methods=["POST"], response_model=Echo, route_class_override=LeanRoute
    )
    app.include_router(router)
    return app


async def post(app: FastAPI, body: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.post(
            "/api/echo", content=body, headers={"content-type": "application/json"}
        )


async def test_the_endpoint_answers_itself() -> None:
    answered = await post(lean_app(), '{"said": "hello"}')
    assert answered.status_code == 200
    assert answered.json() == {"said": "hello"}


async def test_the_app_wide_checks_run_first() -> None:
    answered = await post(lean_app(), '{"said": "a\\u0000b"}')
    assert answered.status_code == 422
    assert answered.json()["detail"][0]["loc"] == ["body", "said"]


def test_it_is_documented_with_its_response_model() -> None:
    operation = lean_app().openapi()["paths"]["/api/echo"]["post"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Echo"}


def test_a_route_with_dependencies_of_its_own_is_refused() -> None:
    async def other_check() -> None:
        """A dependency a LeanRoute would not run."""

    router = APIRouter()
    with pytest.raises(TypeError, match="would not run its dependencies"):
        router.add_api_route(
            "/echo",
            echo,
            methods=["POST"],
            dependencies=[Depends(other_check)],
            route_class_override=LeanRoute,
        )


def test_the_answer_route_is_matched_before_every_other_api_route() -> None:
    routes = create_app().router.routes
    # Only plain Starlette routes (the schema's own) may come first; routers and APIRoutes not.
    first = next(r for r in routes if isinstance(r, APIRoute) or not isinstance(r, Route))
    assert isinstance(first, LeanRoute)
    assert first.path == "/api/mock-interview/sessions/{session_uuid}/submit-response"
    documented = create_app().openapi()["paths"][first.path]["post"]
    assert documented["tags"] == ["mock interview"]
    assert {"401", "404", "409", "413", "422"} <= set(documented["responses"])
