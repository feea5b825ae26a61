"""Counted nouns and one-line text for what the commands print."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def plural(n: int, noun: str, many: str | None = None) -> str:
    """`1 error`, `2 errors`, `0 warnings`; `many` for a noun whose plural is not noun + s."""
    return f"{n} {noun if n == 1 else many or noun + 's'}"


def one_line(text: str) -> str:
    """`text` with every line break and control character (from a file's name or content) made a space."""
    return _CONTROL.sub(" ", text)
