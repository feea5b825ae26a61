"""A Markdown table whose rows a page's text ran together on one line, a space between them (its line breaks
lost): `… | 数据1 | … | 数据15 | | ---: | … | ---: | | 0 | … | 0 | ## 五、…`. Its rule's cells count its
columns; where the header and every row after the rule hold that many, each row is put on a line of its own,
and so are the text before the table and after it, and a page's footer between two rows (`| 71 | — 2 — | 实际
收取的总金额 |`). A table that does not fit so is left as printed."""

from __future__ import annotations

import re

from ..document import Document, splice
from ..patterns import FOOTER_LINE

# the end of a table's header and the start of its rule, a space between them (`| 总计 | | --- |`)
_SPACED_RULE = re.compile(r"\|[ \t]+\|(?=[ \t]*:?-{3,}:?[ \t]*\|)")
_RULE_CELL = re.compile(r"[ \t]*:?-{3,}:?[ \t]*")
_MOST_EMPTY = 2  # white space a row's end may hold: `| 0 | | 0 |`, `| 0 |  | 0 |` may both be two rows
_FOOTER = re.compile(FOOTER_LINE)  # a page's footer, all a cell between two rows holds (`— 2 —`, `第 2 页`)


def rows_apart(doc: Document) -> Document:
    """`doc` with each Markdown table run together on one line a space apart written a row a line."""
    text = doc.text
    edits: list[tuple[int, int, str]] = []
    for m in _SPACED_RULE.finditer(text):
        if not edits or m.start() >= edits[-1][1]:
            edits += _table_rows(text, m.start())
    return doc.derive(*splice(text, edits)) if edits else doc


def _table_rows(text: str, header_end: int) -> list[tuple[int, int, str]]:
    """The edits that put the table whose header ends at text[header_end] a row a line: each row's end made a
    line break, one put before the header and after the last row where text is there; none where the header
    or a row holds other than as many cells as the rule."""
    line_start = text.rfind("\n", 0, header_end) + 1
    line_end = text.find("\n", header_end)
    line_end = len(text) if line_end < 0 else line_end
    bars = []
    at = text.find("|", line_start, line_end)
    while at >= 0:
        bars.append(at)
        at = text.find("|", at + 1, line_end)
    h = bars.index(header_end)
    width = 0
    while h + 1 + width + 1 < len(bars) and _RULE_CELL.fullmatch(text, bars[h + 1 + width] + 1, bars[h + 2 + width]):
        width += 1
    first = h - width  # the header's first `|`
    if width < 2 or first < 0 or (first > 0 and _row_end(text, bars[first - 1], bars[first])):
        return []  # fewer header cells than the rule's, or more
    ends = [h]  # each row's closing `|` (the header's and the rule's first)
    at = h + 1 + width
    while at + 1 + width < len(bars) and _row_end(text, bars[at], bars[at + 1]):
        ends.append(at)
        at += 1 + width
    ends.append(at)  # the last row's
    if at + 1 < len(bars) and _row_end(text, bars[at], bars[at + 1]):
        return []  # a row of other than `width` cells
    edits = [(bars[k] + 1, bars[k + 1], _line_between(text[bars[k] + 1 : bars[k + 1]])) for k in ends[:-1]]
    if (lead := text[line_start : bars[first]]).strip():
        edits.insert(0, (bars[first] - (len(lead) - len(lead.rstrip())), bars[first], "\n"))
    tail_end = bars[at + 1] if at + 1 < len(bars) else line_end
    if (tail := text[bars[at] + 1 : tail_end]).strip():
        edits.append((bars[at] + 1, bars[at] + 1 + len(tail) - len(tail.lstrip()), "\n"))
    return edits


def _row_end(text: str, bar: int, next_bar: int) -> bool:
    """Whether the cell between two `|` may be where one row ends and the next begins: white space alone, or a
    page's footer with white space round it."""
    if 0 < next_bar - bar - 1 <= _MOST_EMPTY:
        return not text[bar + 1 : next_bar].strip()
    cell = text[bar + 1 : next_bar]
    return cell[:1].isspace() and cell[-1:].isspace() and _FOOTER.fullmatch(cell.strip()) is not None


def _line_between(cell: str) -> str:
    """What goes between two rows in place of the cell between them: a line break, or the page's footer on a
    line of its own."""
    return f"\n{cell.strip()}\n" if cell.strip() else "\n"
