"""A token's check in plain SQL, as part of a larger statement on the busiest routes."""

from typing import Any

from mockinterview.accounts.service import SIGNED_OUT, require_live
from mockinterview.errors import Unauthorized

TOKEN_CHECK = (
    't."expires_at" AS "t_expires_at", t."revoked_at" AS "t_revoked_at", '
    'u."user_uuid" AS "u_user_uuid", u."disabled_at" AS "u_disabled_at"'
)
"""The select list of a token `t` joined with its user `u`, for signed_in_uuid()."""


def signed_in_uuid(row: Any | None) -> str:
    """The uuid of the live token's user in a row holding TOKEN_CHECK (None: no such token).

    401 when there is no such token, or it is revoked or expired, or its account disabled.
    """
    if row is None:
        raise Unauthorized(SIGNED_OUT)
    require_live(row["t_expires_at"], row["t_revoked_at"], row["u_disabled_at"])
    return str(row["u_user_uuid"])
