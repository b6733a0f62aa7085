"""Words for score ranges, shared by the engine and the pages."""

BANDS = ((85, "Excellent"), (70, "Strong"), (55, "Solid"), (40, "Developing"), (21, "Weak"))


def band(score: int) -> str:
    """A word for a score range."""
    return next((name for floor, name in BANDS if score >= floor), "Very weak")
