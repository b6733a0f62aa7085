"""The live transcript WebSocket: audio chunks of the answer being recorded in, partial text out."""

import asyncio
import contextlib
from urllib.parse import urlsplit

from fastapi import APIRouter, WebSocket
from starlette.websockets import WebSocketDisconnect, WebSocketState

from mockinterview.accounts.deps import SESSION_COOKIE
from mockinterview.errors import AppError
from mockinterview.live.service import LiveRecording, authorize

router = APIRouter(tags=["live transcript"])

IDLE_SECONDS = 30  # a recorder sends a chunk every second; silence this long ends the stream
POLICY_VIOLATION = 1008
UNSUPPORTED_DATA = 1003
TOO_BIG = 1009


def _same_origin(websocket: WebSocket) -> bool:
    """Browsers always send Origin: only pages of this site may stream with their cookie."""
    origin = websocket.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == websocket.headers.get("host")


def _token(websocket: WebSocket) -> str | None:
    scheme, _, value = websocket.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value:
        return value
    return websocket.cookies.get(SESSION_COOKIE)


async def _send_partial(websocket: WebSocket, live: LiveRecording) -> None:
    text = await live.partial()
    if text and websocket.client_state == WebSocketState.CONNECTED:
        with contextlib.suppress(RuntimeError, WebSocketDisconnect):  # closed meanwhile
            await websocket.send_json({"partial": text})


@router.websocket("/api/live-transcript/sessions/{session_uuid}")
async def live_transcript(websocket: WebSocket, session_uuid: str) -> None:
    """Partial text of the answer being recorded: binary audio chunks in, {"partial"} out.

    The owner of an interview in progress only (cookie from this site, or a bearer token); the
    final transcript still comes from the recording once it is submitted.
    """
    app = websocket.app
    if not _same_origin(websocket):
        await websocket.close(code=POLICY_VIOLATION)
        return
    async with app.state.sessionmaker() as db:
        try:
            await authorize(db, app.state.settings, _token(websocket), session_uuid)
        except AppError:
            await websocket.close(code=POLICY_VIOLATION)
            return
    await websocket.accept()
    live = LiveRecording(app.state.settings, app.state.speech_pool)
    reading: asyncio.Task[None] | None = None
    try:
        while True:
            message = await asyncio.wait_for(websocket.receive(), IDLE_SECONDS)
            if message["type"] == "websocket.disconnect":
                break
            chunk = message.get("bytes")
            if chunk is None:
                await websocket.close(code=UNSUPPORTED_DATA, reason="Send audio as binary.")
                break
            live.add(chunk)
            if live.due() and (reading is None or reading.done()):
                reading = asyncio.create_task(_send_partial(websocket, live))
    except AppError as error:
        await websocket.close(code=TOO_BIG, reason=error.detail)
    except (TimeoutError, WebSocketDisconnect):
        with contextlib.suppress(RuntimeError):
            await websocket.close()
    finally:
        if reading is not None:
            reading.cancel()
