"""Shapes of the resumes API."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

MAX_RESUME_TEXT = 100_000


class ResumeOut(BaseModel):
    """A resume with its extracted (and possibly corrected) text."""

    model_config = ConfigDict(from_attributes=True)

    resume_id: str
    title: str
    filename: str
    text: str
    published: bool
    created_at: datetime
    updated_at: datetime


class ResumeUpdate(BaseModel):
    """Fields a user may change; omitted fields stay as they are."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    text: str | None = Field(default=None, min_length=1, max_length=MAX_RESUME_TEXT)
    published: bool | None = None
