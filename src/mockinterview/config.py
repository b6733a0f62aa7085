"""Application settings, read from the environment (prefix MOCKINTERVIEW_)."""

import secrets
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ModelPrice(BaseModel):
    """Price of one model in US dollars per million tokens."""

    input_per_mtok: float
    output_per_mtok: float


DEFAULT_PRICES: dict[str, ModelPrice] = {
    "claude-sonnet-4-5": ModelPrice(input_per_mtok=3.0, output_per_mtok=15.0),
    "claude-haiku-4-5": ModelPrice(input_per_mtok=1.0, output_per_mtok=5.0),
    "gpt-4o": ModelPrice(input_per_mtok=2.5, output_per_mtok=10.0),
    "gpt-4o-mini": ModelPrice(input_per_mtok=0.15, output_per_mtok=0.6),
}


class OidcProvider(BaseModel):
    """An OpenID Connect provider people can sign in with (a school's or company's accounts)."""

    name: str = Field(pattern=r"^[a-z0-9-]{1,40}$")
    label: str = Field(min_length=1, max_length=80)
    issuer: str = Field(min_length=8, max_length=500)
    client_id: str = Field(min_length=1)
    client_secret: SecretStr
    scopes: str = "openid email profile"


class Settings(BaseSettings):
    """Every setting of the product; see the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="MOCKINTERVIEW_", env_file=".env", extra="ignore")

    data_dir: Path = Path("./data")
    database_url: str | None = None
    db_pool_size: int = Field(default=20, ge=1, le=200)
    secret_key: str | None = None
    token_lifetime_minutes: int = Field(default=60 * 24 * 7, ge=1)
    login_max_failures: int = Field(default=5, ge=1)
    login_window_seconds: int = Field(default=300, ge=1)
    login_max_failures_per_ip: int = Field(default=30, ge=1)
    trusted_proxies: list[str] = Field(default_factory=list)
    prune_interval_seconds: int = Field(default=3600, ge=60)
    coaching_processes: int = Field(default=1, ge=1, le=32)
    recording_store: Literal["files", "database"] = "files"
    max_recording_seconds: int = Field(default=300, ge=10, le=1800)
    max_recording_megabytes: int = Field(default=50, ge=1, le=500)
    recording_retention_days: int | None = Field(default=None, ge=1)
    stt_model: Literal["tiny.en", "base"] = "tiny.en"
    stt_provider: Literal["offline", "openai"] = "offline"
    stt_base_url: str = "https://api.openai.com/v1"
    stt_api_key: str | None = None
    stt_provider_model: str = "whisper-1"
    stt_timeout_seconds: float = Field(default=120.0, gt=0, le=600)
    max_follow_ups: int = Field(default=3, ge=0, le=20)
    job_workers: int = Field(default=1, ge=0, le=16)
    job_lease_seconds: int = Field(default=120, ge=2, le=3600)
    job_queue: Literal["database", "procrastinate"] = "database"
    secure_cookies: bool = False
    metrics_token: SecretStr | None = None
    log_format: Literal["json", "text"] = "json"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    worker_heartbeat_seconds: int = Field(default=15, ge=1, le=600)

    public_url: str | None = None
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_from: str = "MockInterview <no-reply@localhost>"
    smtp_timeout_seconds: float = Field(default=10.0, gt=0)
    password_reset_minutes: int = Field(default=60, ge=5, le=7 * 24 * 60)
    reset_max_requests: int = Field(default=3, ge=1)
    reset_max_requests_per_ip: int = Field(default=20, ge=1)
    reset_window_seconds: int = Field(default=3600, ge=60)
    oidc_providers: list[OidcProvider] = Field(default_factory=list)
    sso_only: bool = False
    sso_allowed_domains: list[str] = Field(default_factory=list)
    benchmark_min_users: int = Field(default=5, ge=2, le=1000)

    resume_read_seconds: float = Field(default=5.0, gt=0)
    resume_read_memory_mb: int = Field(default=256, ge=128)
    resume_unpacked_mb: int = Field(default=20, ge=1)
    resume_readers: int = Field(default=2, ge=1)

    ai_provider: Literal["offline", "anthropic", "openai", "openai-compatible"] = "offline"
    ai_model: str | None = None
    ai_api_key: str | None = None
    ai_base_url: str | None = None
    ai_timeout_seconds: float = Field(default=60.0, gt=0)
    ai_prices: dict[str, ModelPrice] = Field(default_factory=lambda: dict(DEFAULT_PRICES))

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'mockinterview.db').resolve()}"

    @cached_property
    def resolved_secret_key(self) -> str:
        """The secret key, generated once and kept in the data directory when unset."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings."""
    return Settings()
