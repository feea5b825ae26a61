"""Where a table is printed: the lines around the text a reader matched, so that a section's prose can
be told from its tables."""

from __future__ import annotations

import re
from typing import Final

_BEFORE, _AFTER = 4, 12  # the most words a table line may hold before what was matched, and after it
_RULE_LINES: Final = re.compile(r"(?:\n[ \t]*\|[ \t|:\-]*(?=\n|$))*")  # a table's closing |---| or | lines


def printed_lines(text: str, first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """text[first:last] widened to whole lines within [lo, hi]: to the line's start over a cell's
    border or a row's numbering, to its end over a few more words (a label's last characters) and
    the rule lines under it, never over a sentence's end — on a page printed as one line, the prose
    around stays."""
    start = max(text.rfind("\n", lo, first) + 1, lo)
    if "。" in text[start:first] or len("".join(text[start:first].split())) > _BEFORE:
        start = first
    end = text.find("\n", last, hi)
    end = hi if end < 0 else end
    if "。" in text[last:end] or len("".join(text[last:end].split())) > _AFTER:
        end = last
    return start, _RULE_LINES.match(text, end, hi).end()  # type: ignore[union-attr]  # always matches
