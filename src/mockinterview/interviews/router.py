"""HTTP routes of /api/mock-interview (seed UC-077)."""

from typing import Annotated, Literal

from fastapi import APIRouter, FastAPI, Query, Request, Response, status

from mockinterview.accounts.deps import CurrentUser, bearer_of
from mockinterview.api_responses import CHANGE_ERRORS, errors
from mockinterview.interviews.answer_input import (
    RECORDING_FORM,
)
from mockinterview.interviews.answer_vectors import answer_embedder_of
from mockinterview.interviews.deps import SessionServiceDep, SpokenServiceDep
from mockinterview.interviews.schemas import (
    CompleteOut,
    CompleteRequest,
    CorrectTranscript,
    DetailOut,
    RetakeRequest,
    SessionListItem,
    SessionOut,
    StartOut,
    StartRequest,
    StatusOut,
    SubmitOut,
    SubmitRequest,
)
from mockinterview.interviews.schemas import ResponseOut as AnswerOut
from mockinterview.interviews.submit import submitted_answer
from mockinterview.interviews.views import (
    complete_out,
    list_item,
    question_view,
    session_out,
)
from mockinterview.lean_route import LeanRoute

router = APIRouter(
    prefix="/api/mock-interview", tags=["mock interview"], responses=errors(401, 422)
)

SessionStatus = Literal["in_progress", "completed", "abandoned"]
Page = Annotated[int, Query(ge=1, le=100000)]
PageSize = Annotated[int, Query(ge=1, le=100)]


@router.post(
    "/start", response_model=StartOut, status_code=status.HTTP_201_CREATED, responses=CHANGE_ERRORS
)
async def start(body: StartRequest, user: CurrentUser, service: SessionServiceDep) -> StartOut:
    """Generate a scenario and start a session; returns the first question in full."""
    session = await service.start(user, body)
    view = session_out(session, user.user_uuid)
    return StartOut(**view.model_dump(), first_question=view.current_question)


SUBMIT_OPENAPI = {
    # The route reads its path, header and credentials itself (see submit_response).
    "security": [{"HTTPBearer": []}],
    "parameters": [
        {"name": "session_uuid", "in": "path", "required": True, "schema": {"type": "string"}},
        {
            "name": "uuid",
            "in": "header",
            "required": False,
            "description": "The signed-in user's uuid; 401 when it names someone else.",
            "schema": {"type": "string"},
        },
    ],
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": SubmitRequest.model_json_schema()},
            **RECORDING_FORM,
        },
    },
}


async def submit_response(request: Request) -> Response:
    """Store the answer to the current question and return the next one (null when done).

    JSON carries a typed (or already transcribed) answer; a multipart form carries a recording,
    which is stored at once with its transcript pending and transcribed in the background.
    The route signs the request in itself, so that a typed answer on PostgreSQL needs no ORM,
    and reads its own parameters: the busiest request is a LeanRoute (no dependency solving).
    """
    session_uuid = request.path_params["session_uuid"]
    credentials = await bearer_of(request)
    answered = await submitted_answer(
        request, session_uuid, credentials, request.headers.get("uuid")
    )
    if not answered.duplicate and answered.response.transcript_status != "pending":
        answer_embedder_of(request).embed_later([answered.response])
    upcoming = answered.upcoming
    out = SubmitOut(
        success=True,
        duplicate=answered.duplicate,
        current_question_index=answered.current_question_index,
        next_question=question_view(upcoming, answered.total_questions) if upcoming else None,
        response=AnswerOut.model_validate(answered.response),
    )
    return Response(out.model_dump_json(), media_type="application/json")


def add_answer_route(app: FastAPI) -> None:
    """Add the busiest route to the app's own routes, matched before any included router's.

    An included router's routes cost a look through the router's own list on every request.
    """
    app.router.add_api_route(
        f"{router.prefix}/sessions/{{session_uuid}}/submit-response",
        submit_response,
        methods=["POST"],
        tags=list(router.tags),
        response_model=SubmitOut,
        openapi_extra=SUBMIT_OPENAPI,
        responses={**router.responses, **CHANGE_ERRORS, **errors(413)},
        route_class_override=LeanRoute,
    )


@router.post(
    "/sessions/{session_uuid}/complete", response_model=CompleteOut, responses=CHANGE_ERRORS
)
async def complete(
    session_uuid: str,
    user: CurrentUser,
    service: SessionServiceDep,
    body: CompleteRequest | None = None,
) -> CompleteOut:
    """Complete the session; the server computes the performance summary itself."""
    return complete_out(await service.complete(await service.get(user, session_uuid)))


@router.post(
    "/sessions/{session_uuid}/retake",
    response_model=StartOut,
    status_code=status.HTTP_201_CREATED,
    responses=CHANGE_ERRORS,
)
async def retake(
    session_uuid: str,
    user: CurrentUser,
    service: SessionServiceDep,
    body: RetakeRequest | None = None,
) -> StartOut:
    """Start a new interview with this one's questions (or the ones named); both are kept."""
    original = await service.get(user, session_uuid)
    session = await service.retake(original, body.question_uuids if body else None)
    view = session_out(session, user.user_uuid)
    return StartOut(**view.model_dump(), first_question=view.current_question)


@router.post(
    "/sessions/{session_uuid}/generate-coaching",
    response_model=CompleteOut,
    responses=CHANGE_ERRORS,
)
async def generate_coaching(
    session_uuid: str, user: CurrentUser, service: SessionServiceDep
) -> CompleteOut:
    """Run the coaching again on a completed session and return the new summary."""
    return complete_out(await service.regenerate_coaching(await service.get(user, session_uuid)))


@router.get("/sessions", response_model=list[SessionListItem])
async def list_sessions(
    response: Response,
    user: CurrentUser,
    service: SessionServiceDep,
    status: SessionStatus | None = None,
    role_uuid: str | None = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> list[SessionListItem]:
    """The user's sessions, newest first, without questions or answers (open one for those).

    The total is in the X-Total-Count header.
    """
    rows, total = await service.list(user, status, role_uuid, page, page_size)
    response.headers["X-Total-Count"] = str(total)
    return [list_item(s, user.user_uuid) for s in rows]


@router.get("/sessions/role/{role_id}", response_model=list[SessionListItem])
async def list_sessions_by_role(
    role_id: str,
    response: Response,
    user: CurrentUser,
    service: SessionServiceDep,
    page: Page = 1,
    page_size: PageSize = 20,
) -> list[SessionListItem]:
    """The user's sessions for one role, newest first, without questions or answers."""
    rows, total = await service.list(user, None, role_id, page, page_size)
    response.headers["X-Total-Count"] = str(total)
    return [list_item(s, user.user_uuid) for s in rows]


@router.get("/sessions/{session_uuid}", response_model=SessionOut, responses=errors(404))
async def get_session(
    session_uuid: str, user: CurrentUser, service: SessionServiceDep
) -> SessionOut:
    """A session with its responses and the current question in full (for resuming)."""
    return session_out(await service.get(user, session_uuid), user.user_uuid)


@router.post("/sessions/{session_uuid}/abandon", response_model=StatusOut, responses=CHANGE_ERRORS)
async def abandon(session_uuid: str, user: CurrentUser, service: SessionServiceDep) -> StatusOut:
    """Mark an in-progress session abandoned."""
    session = await service.abandon(await service.get(user, session_uuid))
    return StatusOut(status=session.status)


@router.delete("/sessions/{session_uuid}", response_model=DetailOut, responses=CHANGE_ERRORS)
async def delete_session(
    session_uuid: str, user: CurrentUser, service: SessionServiceDep
) -> DetailOut:
    """Delete a session and its answers."""
    await service.delete(await service.get(user, session_uuid))
    return DetailOut(detail="Session deleted")


@router.put(
    "/sessions/{session_uuid}/responses/{question_uuid}/transcript",
    response_model=AnswerOut,
    responses=CHANGE_ERRORS,
)
async def correct_transcript(
    session_uuid: str,
    question_uuid: str,
    body: CorrectTranscript,
    user: CurrentUser,
    service: SessionServiceDep,
    spoken: SpokenServiceDep,
) -> AnswerOut:
    """Replace a spoken answer's text with the candidate's correction (the raw transcript stays)."""
    session = await service.get(user, session_uuid)
    return AnswerOut.model_validate(
        await spoken.correct(session, question_uuid, body.response_text)
    )
