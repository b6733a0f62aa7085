"""Domain errors, mapped to HTTP in one place."""


class AppError(Exception):
    """Base of every error a user can be shown."""

    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(AppError):
    """The resource does not exist or belongs to someone else."""

    status_code = 404


class Unauthorized(AppError):
    """Missing, invalid or expired credentials."""

    status_code = 401


class Forbidden(AppError):
    """Authenticated but not allowed."""

    status_code = 403


class Conflict(AppError):
    """The resource is in the wrong state for the action, or already exists."""

    status_code = 409


class Invalid(AppError):
    """Well-formed input that breaks a rule; names the field."""

    status_code = 422

    def __init__(
        self, field: str, message: str, kind: str = "value_error", status_code: int = 422
    ) -> None:
        super().__init__(message)
        self.field = field
        self.kind = kind
        self.status_code = status_code


class TooManyRequests(AppError):
    """Rate limit reached; retry_after says how many seconds to wait."""

    status_code = 429

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after

    @property
    def headers(self) -> dict[str, str]:
        """The Retry-After header for the response."""
        return {"Retry-After": str(self.retry_after)}
