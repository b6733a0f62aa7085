"""A token's check in plain SQL, as part of a larger statement on the busiest routes."""

from dataclasses import dataclass
from typing import Any

from mockinterview.accounts.service import SIGNED_OUT, require_live
from mockinterview.errors import Unauthorized

TOKEN_CHECK = (
    't."user_id" AS "t_user_id", t."expires_at" AS "t_expires_at", '
    't."revoked_at" AS "t_revoked_at", u."user_uuid" AS "u_user_uuid", '
    'u."disabled_at" AS "u_disabled_at"'
)
"""The select list of a token `t` joined with its user `u`, for signed_in()."""


@dataclass(frozen=True, slots=True)
class SignedIn:
    """Who a live token belongs to."""

    user_id: int
    user_uuid: str


def signed_in(row: Any | None) -> SignedIn:
    """The user of the token in a row holding TOKEN_CHECK (None: no such token); 401 otherwise."""
    if row is None:
        raise Unauthorized(SIGNED_OUT)
    require_live(row["t_expires_at"], row["t_revoked_at"], row["u_disabled_at"])
    return SignedIn(row["t_user_id"], row["u_user_uuid"])
