"""The text that content is judged on: fillers, repeated words and false starts blanked out."""

import re
from collections.abc import Iterable

from mockinterview.coaching.text import Token

_FALSE_START_RE = re.compile(r"\b[\w']+[-–—](?=\s)")
_TRAILING_COMMA_RE = re.compile(r"\s*,")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _repeats(tokens: list[Token]) -> Iterable[tuple[int, int]]:
    """Spans of words said twice in a row ('we we', 'I was I was'): the first saying."""
    i = 0
    n = len(tokens)
    while i < n:
        size = next(
            (
                size
                for size in (3, 2, 1)
                if i + 2 * size <= n
                and all(tokens[i + k].lower == tokens[i + size + k].lower for k in range(size))
                and not (size == 1 and tokens[i].lower.isdigit())
            ),
            0,
        )
        if size:
            yield tokens[i].start, tokens[i + size - 1].end
        i += max(size, 1)


def clean(text: str, tokens: list[Token], filler_spans: list[tuple[int, int]]) -> str:
    """Same-length copy of text with disfluencies replaced by spaces, so offsets stay valid."""
    chars = list(text)
    for start, end in filler_spans:
        tail = _TRAILING_COMMA_RE.match(text, end)
        _blank(chars, start, tail.end() if tail else end)
    for m in _FALSE_START_RE.finditer(text):
        _blank(chars, m.start(), m.end())
    for start, end in _repeats(tokens):
        _blank(chars, start, end)
    return "".join(chars)


def squeeze(text: str) -> str:
    """Collapse the blanks left by cleaning, for display and embedding."""
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))
