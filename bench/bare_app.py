"""The baseline for bench/transition.py: a bare FastAPI endpoint taking the same request."""

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Answer(BaseModel):
    """The submit-response body's shape."""

    response_text: str
    response_duration_seconds: float = 0
    question_uuid: str | None = None


class Stored(BaseModel):
    """A small reply, like the app's."""

    success: bool
    current_question_index: int
    word_count: int


@app.post("/api/mock-interview/sessions/{session_uuid}/submit-response")
async def submit(session_uuid: str, body: Answer) -> Stored:
    """Validate the body and answer without any storage."""
    return Stored(
        success=True, current_question_index=1, word_count=len(body.response_text.split())
    )
