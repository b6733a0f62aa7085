"""HTTP routes of /api/recordings: playback for the owner only, with byte ranges for seeking."""

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from mockinterview.accounts.deps import CurrentUser
from mockinterview.api_responses import ErrorOut, errors
from mockinterview.recordings.deps import RecordingServiceDep
from mockinterview.recordings.ranges import RangeNotSatisfiable

router = APIRouter(prefix="/api/recordings", tags=["recordings"], responses=errors(401, 422))


@router.get(
    "/{recording_uuid}",
    response_class=Response,
    responses={
        200: {"content": {"audio/*": {}, "video/*": {}}, "description": "The whole recording."},
        206: {"description": "The requested byte range."},
        404: errors(404)[404],
        416: {"model": ErrorOut, "description": "The range lies outside the recording."},
    },
)
async def play_recording(
    recording_uuid: str, request: Request, user: CurrentUser, service: RecordingServiceDep
) -> Response:
    """A recording of one of the user's answers (404 for anyone else's)."""
    recording = await service.get(user, recording_uuid)
    headers = {"Accept-Ranges": "bytes", "Content-Disposition": "inline"}
    try:
        part = await service.part(recording, request.headers.get("range"))
    except RangeNotSatisfiable:
        headers["Content-Range"] = f"bytes */{recording.size_bytes}"
        detail = f"The range lies outside the recording ({recording.size_bytes} bytes)."
        return JSONResponse({"detail": detail}, status_code=416, headers=headers)
    if part.partial:
        headers["Content-Range"] = f"bytes {part.start}-{part.end}/{recording.size_bytes}"
    return Response(
        part.data,
        status_code=206 if part.partial else 200,
        media_type=recording.content_type,
        headers=headers,
    )
