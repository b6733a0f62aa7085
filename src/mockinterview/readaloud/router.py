"""HTTP routes of /api/read-aloud: a question of the user's interview, spoken by the server."""

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse

from mockinterview.accounts.deps import CurrentUser, SettingsDep
from mockinterview.api_responses import errors
from mockinterview.interviews.deps import SessionServiceDep
from mockinterview.readaloud.service import ReadAloudService

router = APIRouter(prefix="/api/read-aloud", tags=["read aloud"], responses=errors(401, 404, 422))


def read_aloud_service(settings: SettingsDep) -> ReadAloudService:
    """The service, caching speech under DATA_DIR/speech-cache."""
    return ReadAloudService(settings.data_dir / "speech-cache")


ReadAloudDep = Annotated[ReadAloudService, Depends(read_aloud_service)]


@router.get(
    "/sessions/{session_uuid}/questions/{question_uuid}",
    response_class=FileResponse,
    responses={200: {"content": {"audio/wav": {}}, "description": "The question, spoken."}},
)
async def question_speech(
    session_uuid: str,
    question_uuid: str,
    user: CurrentUser,
    sessions: SessionServiceDep,
    speech: ReadAloudDep,
) -> FileResponse:
    """A question of one of the user's interviews read aloud (404 when the server has no voice)."""
    path = await speech.speech_for(await sessions.get(user, session_uuid), question_uuid)
    return FileResponse(
        path, media_type="audio/wav", headers={"Cache-Control": "private, max-age=86400"}
    )
