"""Line breaks a converter wrote inside a Markdown table's cells (`<br>`): the rows it stacked in one
(`| 行政处罚<br>行政强制 | 69<br>67 |`) read as the rows they are, a label it wrapped read whole (see
`layout.unstacked`); a `<br>` elsewhere is a line break."""

from __future__ import annotations

import html
import re

from ..document import Document, rewrite
from .layout import unstacked

# (a page saved as text may print its spaces as references, inside the tag too: <br&#xa0;/>)
_SPACE = r"(?:\s|&(?:nbsp|#160|#x[aA]0);?)"
_BREAK = re.compile(rf"<br{_SPACE}*/?>", re.IGNORECASE)
_ROW = re.compile(rf"^[ \t]*\|[^\n]*<br{_SPACE}*/?>[^\n]*$", re.IGNORECASE | re.MULTILINE)  # a `|` row with a break


def without_cell_breaks(doc: Document) -> Document:
    """`doc` with each `|` row that breaks lines inside its cells written as the rows it holds, and any
    other `<br>` a line break."""
    if _BREAK.search(doc.text) is None:
        return doc
    text, offsets = rewrite(doc.text, _ROW, lambda m: _rows(m.group()))
    if text != doc.text:
        doc = doc.derive(text, offsets)
    if _BREAK.search(doc.text) is None:
        return doc
    text, offsets = rewrite(doc.text, _BREAK, "\n")
    return doc.derive(text, offsets)


def _rows(line: str) -> str:
    """The rows a `|` row stacks, its character references read first (`&nbsp;0<br>0&nbsp;`), so that a
    part's spaces are no part of it."""
    lead, _, rest = _BREAK.sub("\n", line).partition("|")
    cells = [html.unescape(cell) for cell in rest.rstrip().removesuffix("|").split("|")]
    return "\n".join(lead + "| " + " | ".join(row) + " |" for row in unstacked(cells, marked=True))
