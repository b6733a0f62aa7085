"""Request and response shapes of the accounts API."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from mockinterview.accounts.password_policy import check_password

MIN_PASSWORD = 10


class RegisterRequest(BaseModel):
    """Sign-up details."""

    email: EmailStr
    password: str = Field(min_length=MIN_PASSWORD, max_length=256)
    name: str = Field(min_length=1, max_length=200)

    @field_validator("password")
    @classmethod
    def _guessable(cls, password: str) -> str:
        check_password(password)
        return password


class LoginRequest(BaseModel):
    """Sign-in details."""

    email: EmailStr
    password: str = Field(min_length=1, max_length=256)


class UserOut(BaseModel):
    """A user as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    user_uuid: str
    email: str
    name: str
    is_admin: bool = False


class TokenOut(BaseModel):
    """A freshly issued bearer token."""

    access_token: str
    token_type: str = "bearer"
    user_uuid: str
    expires_at: datetime


class MessageOut(BaseModel):
    """A plain confirmation."""

    detail: str


class DeleteAccountRequest(BaseModel):
    """Confirmation of an account deletion: the password, or for accounts without one the email."""

    password: str | None = Field(default=None, min_length=1, max_length=256)
    confirm_email: str | None = Field(default=None, max_length=320)


class PasswordResetRequest(BaseModel):
    """Where to send a reset link."""

    email: EmailStr


class PasswordResetConfirm(BaseModel):
    """A reset link's token and the new password."""

    token: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=MIN_PASSWORD, max_length=256)

    @field_validator("password")
    @classmethod
    def _guessable(cls, password: str) -> str:
        check_password(password)
        return password
