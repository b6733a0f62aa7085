"""Refuse passwords that are common or easy to guess (zxcvbn's dictionaries of leaked passwords)."""

MIN_SCORE = 2  # zxcvbn 0-4: 0-1 fall to an online attack in hours or less
SCORED_CHARACTERS = 100  # zxcvbn slows down on long input; a long password's head is enough


def check_password(password: str) -> None:
    """Raise ValueError with advice when a password is too easy to guess."""
    from zxcvbn import zxcvbn  # its dictionaries load on the first check, not at start-up

    result = zxcvbn(password[:SCORED_CHARACTERS])
    if result["score"] >= MIN_SCORE:
        return
    warning = result["feedback"].get("warning") or "This password is too easy to guess."
    raise ValueError(f"{warning} Use a longer phrase of unrelated words.")
