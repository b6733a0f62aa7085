"""HTTP byte ranges (RFC 9110) for seeking in recordings: one range per request."""

import re

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeNotSatisfiable(Exception):
    """The requested range lies outside the recording."""


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (start, end inclusive) a Range header asks for; None for the whole file.

    A header that is not a single byte range is ignored (the whole file is sent), as the
    standard allows.
    """
    match = _RANGE.match((header or "").strip())
    if not match or not any(match.groups()):
        return None
    first, last = match.groups()
    if not first:
        length = int(last)
        if length == 0:
            raise RangeNotSatisfiable
        return max(0, size - length), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise RangeNotSatisfiable
    return start, end
