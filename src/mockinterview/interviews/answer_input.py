"""Reading an answer from a request: JSON text, or a multipart form carrying a recording."""

from dataclasses import dataclass

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from mockinterview.errors import Invalid
from mockinterview.interviews.schemas import MAX_DURATION_SECONDS, SubmitRequest

FORM_OVERHEAD = 64 * 1024  # room for the form's other fields and boundaries


@dataclass(frozen=True, slots=True)
class RecordedAnswer:
    """An uploaded recording of the answer, in the `audio` or `video` field."""

    field: str
    data: bytes
    question_uuid: str | None
    duration: float | None


FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
RECORDING_FORM = {
    "multipart/form-data": {
        "schema": {
            "type": "object",
            "description": "A recorded answer: an `audio` or `video` file.",
            "properties": {
                "audio": {"type": "string", "format": "binary"},
                "video": {"type": "string", "format": "binary"},
                "question_uuid": {"type": "string"},
                "response_duration_seconds": {"type": "number"},
            },
        }
    }
}


def is_form(request: Request) -> bool:
    """Whether the request carries a form (meant to hold a recording) rather than JSON."""
    return request.headers.get("content-type", "").startswith(FORM_TYPES)


async def typed_answer(request: Request) -> SubmitRequest:
    """The JSON body, validated like any FastAPI body (422 naming the field)."""
    try:
        return SubmitRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        raise RequestValidationError(errors) from exc


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


async def recorded_answer(request: Request, max_bytes: int) -> RecordedAnswer:
    """The recording and its fields; 413 past the size limit, 422 naming a missing field."""
    declared = int(request.headers.get("content-length") or 0)
    if declared > max_bytes + FORM_OVERHEAD:
        raise Invalid(
            "audio",
            f"This recording is {_megabytes(declared)}; the limit is {_megabytes(max_bytes)}.",
            kind="too_large",
            status_code=413,
        )
    form = await request.form(max_files=1, max_fields=5)
    field = "video" if "video" in form else "audio"
    upload = form.get(field)
    if upload is None or isinstance(upload, str):
        raise Invalid("audio", "Attach the recording as the `audio` (or `video`) file field.")
    data = await upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Invalid(
            field,
            f"This recording is over {_megabytes(max_bytes)}, the limit.",
            kind="too_large",
            status_code=413,
        )
    question = form.get("question_uuid")
    return RecordedAnswer(
        field=field,
        data=data,
        question_uuid=question if isinstance(question, str) and question else None,
        duration=_duration(form.get("response_duration_seconds")),
    )


def _duration(raw: object) -> float | None:
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        value = float(raw)
    except ValueError as exc:
        message = "Give the duration as a number of seconds."
        raise Invalid("response_duration_seconds", message) from exc
    if not 0 <= value <= MAX_DURATION_SECONDS:
        raise Invalid("response_duration_seconds", "The duration is out of range.")
    return value
