"""A token's check in plain SQL, as part of a larger statement on the busiest routes."""

from typing import Any

from mockinterview.accounts.service import SIGNED_OUT, require_live
from mockinterview.errors import Unauthorized

TOKEN_COLUMNS = ("expires_at", "revoked_at")
USER_COLUMNS = ("user_uuid", "disabled_at")
TOKEN_CHECK = ", ".join(
    [f't."{c}" AS "t_{c}"' for c in TOKEN_COLUMNS] + [f'u."{c}" AS "u_{c}"' for c in USER_COLUMNS]
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
