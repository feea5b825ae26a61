"""Shared pieces of the structured loaders: building the linear text with its provenance, tidying
cell text, resolving spans into a grid and lining up unruled rows into columns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..document import Document, Location, Piece

_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019"
_WS = r"[\s\u00a0\u3000\u200b\ufeff]"
_WS_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}]){_WS}+(?=[{_CJK}])")
_WS_RUN = re.compile(rf"{_WS}+")
_NEWLINE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]*\n{_WS}*(?=[{_CJK}])")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_NUMBER = re.compile(r"^[+\-−－]?\d[\d,，.]*%?$")


def clean_cell(text: str) -> str:
    """Cell text on one line: whitespace between Chinese characters dropped (labels broken over lines
    join up), other whitespace runs made one space; a cell of only spaces or &nbsp; is blank."""
    text = _ZERO_WIDTH.sub("", text)
    text = _WS_BETWEEN_CJK.sub("", text)
    return _WS_RUN.sub(" ", text).strip()


def clean_line(text: str) -> str:
    """Paragraph text on one line: a line break between Chinese characters joins them, other
    whitespace runs become one space; leading and trailing space is dropped."""
    text = _ZERO_WIDTH.sub("", text)
    text = _NEWLINE_BETWEEN_CJK.sub("", text)
    return _WS_RUN.sub(" ", text).strip()


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


def count_cjk(text: str) -> int:
    return len(_CJK_CHAR.findall(text))


@dataclass
class TextBuilder:
    """Accumulates lines of text and the pieces that say where each stretch came from."""

    parts: list[str] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    pos: int = 0
    paragraphs: int = 0
    tables: int = 0

    def add(self, text: str, location: Location) -> None:
        """Append `text` (no newline) as one piece."""
        if not text:
            return
        self.parts.append(text)
        self.pieces.append(Piece(self.pos, self.pos + len(text), dict(location)))
        self.pos += len(text)

    def end_line(self) -> None:
        """End the current line; the newline belongs to the piece before it."""
        if not self.parts or self.parts[-1].endswith("\n"):
            return
        self.parts.append("\n")
        self.pos += 1
        if self.pieces:
            last = self.pieces[-1]
            self.pieces[-1] = Piece(last.start, self.pos, last.location)

    def paragraph(self, text: str, location: Location | None = None) -> None:
        """One paragraph line; numbered `{"paragraph": n}` unless a location is given."""
        text = text.strip()
        if not text:
            return
        self.end_line()
        self.add(text, location if location is not None else {"paragraph": self.paragraphs})
        self.paragraphs += 1
        self.end_line()

    def row(self, cells: Sequence[tuple[str, Location]]) -> None:
        """One table row `| a | b |  | d |`; each cell's piece starts at the `|` before it."""
        if not cells:
            return
        self.end_line()
        for i, (text, loc) in enumerate(cells):
            sep = "| " if i == 0 else " | "
            tail = " |" if i == len(cells) - 1 else ""
            self.add(sep + text + tail, loc)
        self.end_line()

    def table(self, grid: Sequence[Sequence[str]], extra: Location | None = None) -> None:
        """A grid of cell texts as rows, located `{"table": t, "row": r, "column": c}`."""
        grid = trim_grid(grid)
        if not grid:
            return
        t = self.tables
        self.tables += 1
        for r, row in enumerate(grid):
            self.row([(text, {**(extra or {}), "table": t, "row": r, "column": c}) for c, text in enumerate(row)])

    def document(self, media_type: str, meta_hints: dict[str, str] | None = None) -> Document:
        self.end_line()
        return Document("".join(self.parts), media_type, pieces=tuple(self.pieces), meta_hints=meta_hints or {})


def trim_grid(grid: Sequence[Sequence[str]]) -> list[list[str]]:
    """Drop wholly blank rows and wholly blank trailing columns, padding rows to one width."""
    rows = [list(r) for r in grid if any(c.strip() for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    while width > 1 and not any(r[width - 1].strip() for r in rows):
        width -= 1
    return [r[:width] for r in rows]


@dataclass
class SpanCell:
    text: str
    rowspan: int = 1
    colspan: int = 1


MAX_COLUMNS = 200  # grid columns of a table; a report's tables have a few dozen at most


def resolve_spans(rows: Sequence[Sequence[SpanCell]]) -> list[list[str]]:
    """Lay cells with row/column spans into a grid: a spanning cell's text goes in its first
    position, the other positions it covers stay blank. The grid is at most MAX_COLUMNS wide: a cell
    that would start beyond is dropped, one that would reach beyond is cut there.

    A grid column that no cell has to itself (every cell over it reaches into a neighbour) only
    marks where spans fail to line up between rows — a value spanning two columns under a header
    spanning the next two, as Word tables saved as HTML have — and is dropped, so that each value
    stays under its header and no blank cell is made up."""
    owner: list[list[int | None]] = []
    texts: list[str] = []
    for r, row in enumerate(rows):
        while len(owner) <= r:
            owner.append([])
        c = 0
        for cell in row:
            line = owner[r]
            while c < len(line) and line[c] is not None:
                c += 1
            if c >= MAX_COLUMNS:  # what a huge colspan pushes beyond is no column of a report's table
                break
            cs = max(1, min(cell.colspan, MAX_COLUMNS - c))
            for rr in range(r, min(r + max(1, cell.rowspan), len(rows))):
                while len(owner) <= rr:
                    owner.append([])
                target = owner[rr]
                target.extend([None] * (c + cs - len(target)))
                target[c : c + cs] = [len(texts)] * cs
            texts.append(cell.text)
            c += cs
    width = max((len(line) for line in owner), default=0)
    for line in owner:
        line.extend([None] * (width - len(line)))
    kept: list[int] = []  # left to right, so a column's left neighbour is the last one kept
    for c in range(width):
        if _has_own_cell(owner, c, kept[-1] if kept else None) or all(line[c] is None for line in owner):
            kept.append(c)
    grid: list[list[str]] = []
    seen: set[int] = set()
    for line in owner:
        grid.append([])
        for k in (line[c] for c in kept):
            grid[-1].append("" if k is None or k in seen else texts[k])
            if k is not None:
                seen.add(k)
    return grid


def _has_own_cell(owner: list[list[int | None]], c: int, left: int | None) -> bool:
    """Whether some cell covers grid column `c` and neither its `left` neighbour nor the next column."""
    return any(
        line[c] is not None
        and (left is None or line[left] != line[c])
        and (c == len(line) - 1 or line[c + 1] != line[c])
        for line in owner
    )


@dataclass
class Segment:
    """A run of words on one visual line, with its box and the locations of its words."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    locations: list[tuple[str, Location]] = field(default_factory=list)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2
