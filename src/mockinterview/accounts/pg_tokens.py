"""A token and its user read in plain SQL (as part of a larger statement on the busiest routes)."""

from typing import Any

from sqlalchemy.orm.attributes import set_committed_value

from mockinterview.accounts.models import AccessToken, User

TOKEN_COLUMNS = ("id", "user_id", "kind", "created_at", "expires_at", "revoked_at")
USER_COLUMNS = ("user_uuid", "email", "name", "is_admin", "created_at", "disabled_at")
TOKEN_AND_USER = ", ".join(
    [f't."{c}" AS "t_{c}"' for c in TOKEN_COLUMNS] + [f'u."{c}" AS "u_{c}"' for c in USER_COLUMNS]
)
"""The select list of a token `t` joined with its user `u`, for token_from_row()."""


def token_from_row(row: Any) -> AccessToken:
    """The token with its user, from a row holding TOKEN_AND_USER."""
    user = User(id=row["t_user_id"], **{c: row[f"u_{c}"] for c in USER_COLUMNS})
    token = AccessToken(**{c: row[f"t_{c}"] for c in TOKEN_COLUMNS})
    set_committed_value(token, "user", user)
    return token
