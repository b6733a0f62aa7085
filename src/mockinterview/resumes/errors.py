"""Errors raised while reading an uploaded resume file."""


class ResumeFileError(Exception):
    """A resume file that cannot be turned into text, with a stable code and a human message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"ResumeFileError(code={self.code!r}, message={self.message!r})"
