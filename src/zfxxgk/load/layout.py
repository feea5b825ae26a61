"""Shared pieces of the structured loaders: building the linear text with its provenance, tidying
cell text, resolving spans into a grid and lining up unruled rows into columns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from ..document import Document, Location, Piece
from ..patterns import AS_DIGITS
from ..templates import NO_NUMBER, TEMPLATES

_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019"
_WS = r"[\s\u00a0\u3000\u200b\ufeff]"
_WS_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}]){_WS}+(?=[{_CJK}])")
_WS_RUN = re.compile(rf"{_WS}+")
_NEWLINE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]*\n{_WS}*(?=[{_CJK}])")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_NUMBER = re.compile(r"^[+\-−－]?\d[\d,，.]*%?$")
# a line break at a number's decimal point (`3.` over `701072`) or after its thousands' comma (`2,` over `495`)
_BREAK_AT_POINT = re.compile(
    r"(?<=\d\.)[ \t]*\n\s*(?=\d)|(?<=\d)[ \t]*\n\s*(?=\.\d)|(?<=\d,)[ \t]*\n\s*(?=\d{3}(?!\d))"
)


def clean_cell(text: str) -> str:
    """Cell text on one line: whitespace between Chinese characters dropped (labels broken over lines
    join up), and a line break at a number's decimal point or comma (`3.` over `701072`, `2,` over `495`: a
    narrow column's);
    other whitespace runs made one space; a cell of only spaces or &nbsp; is blank."""
    text = _ZERO_WIDTH.sub("", text)
    text = _WS_BETWEEN_CJK.sub("", text)
    if "\n" in text:
        text = _BREAK_AT_POINT.sub("", text)
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
        """Append `text` as one piece (a line break in it only where it ends the line: see `preformatted`)."""
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

    def preformatted(self, text: str) -> None:
        """Text laid out as printed (an HTML `<pre>`): each line a paragraph, its spaces and tabs kept, and its
        empty lines too (a table printed a cell a line prints an empty cell so)."""
        self.end_line()
        for line in text.strip("\r\n").splitlines():
            self.add(line.rstrip() + "\n", {"paragraph": self.paragraphs})
            self.paragraphs += 1

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

    def table(self, grid: Sequence[Sequence[str]], extra: Location | None = None, marked: bool = False) -> None:
        """A grid of cell texts as rows, located `{"table": t, "row": r, "column": c}`; rows stacked in one
        unstacked, their breaks `marked` or not (see `unstacked`)."""
        grid = trim_grid(grid)
        if not grid:
            return
        t = self.tables
        self.tables += 1
        for r, row in enumerate(grid):
            for cells in unstacked(row, marked):
                self.row([(text, {**(extra or {}), "table": t, "row": r, "column": c}) for c, text in enumerate(cells)])

    def document(self, media_type: str, meta_hints: dict[str, str] | None = None) -> Document:
        self.end_line()
        return Document("".join(self.parts), media_type, pieces=tuple(self.pieces), meta_hints=meta_hints or {})


# a number or its piece (its thousands perhaps spaced, 1 930; its unit, its sentence's full stop or a footnote
# mark after it: 1747件 49。 73［注2］ 572① 16※), a blank's mark, or a word that stands for a cell's number (暂无)
UNITS: Final = frozenset({u for t in TEMPLATES.values() for u in t.indicator_units} | {"件"})  # a cell's units
_UNITS = "|".join(sorted(UNITS, key=len, reverse=True))
_CELL_VALUE = re.compile(
    rf"[+\-−－]?(?:[\d.,，]*\d[\d.,，]*|[1-9]\d{{0,2}}(?:[ \u3000\u00a0]+\d{{3}})+(?:\.\d+)?)%?(?:{_UNITS})?"
    rf"(?:。|[［\[]注\d{{1,2}}[］\]]|[\u2460-\u2473*※])?|[—–/-]{{1,3}}|无|{'|'.join(NO_NUMBER)}"
)
_LONE_LETTERS = frozenset("OlI")


def cell_value(part: str) -> bool:
    """Whether a line of a cell prints a value (`_CELL_VALUE`), its digits perhaps read as letters by OCR: a
    letter alone (`O`, `l`, `I`: not `o`, a list's bullet), or amid digits (`4O`), as the normalising reads
    them; with Markdown's bold round it, or opening or closing on it where the bold holds several lines (`**207**`,
    `**207`), as a converter marks what it read (the normalising takes the marks out)."""
    part = part.removeprefix("**").removesuffix("**").strip()
    if _CELL_VALUE.fullmatch(part):
        return True
    read = part.translate(AS_DIGITS)
    if read == part or not (part in _LONE_LETTERS or any(c.isdigit() for c in part)):
        return False
    return _CELL_VALUE.fullmatch(read) is not None


def unstacked(row: Sequence[str], marked: bool = False) -> list[list[str]]:
    """A table row's cells, each its lines apart by line breaks, as the rows it holds, each cell on one
    line (see `clean_cell`): a converter, or a table missing a rule, stacks rows in one (`行政处罚` over
    `行政强制`, `69` over `67`). Where every cell of numbers prints k > 1 lines (the last ones perhaps
    empty, a row's cell left blank) and a label cell k or more (with no label, two cells of numbers or
    more), k rows — each label cell of k lines giving each row its line, one of a line given to the first
    row, and the words of one of other lines (a label wrapped as well) a row of their own before them;
    else the one row. Where the breaks are `marked` (a converter's `<br>`, no paragraph a cell may begin
    with to centre its number), a cell of numbers counts its empty lines before the first too, and a cell
    of words as many lines as the rows keeps each on its row (`<br />条`: the second row's unit)."""
    if not any("\n" in cell for cell in row):
        return [[clean_cell(cell) for cell in row]]
    raw = [[part.strip() for part in _BREAK_AT_POINT.sub("", cell).split("\n")] for cell in row]
    lines = [_trimmed(parts) for parts in raw]
    numbers = {i for i, parts in enumerate(lines) if parts and all(cell_value(p) for p in parts if p)}
    labels = [parts for i, parts in enumerate(lines) if i not in numbers and parts]
    k = max((len(lines[i]) for i in numbers), default=1)
    if k < 2 and marked:  # each a line: the first row's cells left blank print an empty one before (`<br />0`)
        k = max((raw[i].index(lines[i][0]) + len(lines[i]) for i in numbers), default=1)
    # every cell of numbers as many lines as a label cell, its empty ones before the first counted: each line a
    # row, the first ones printing no number (`（二）…情况<br>1．政府公报…<br>2．政府网站…` beside `<br>13<br>0`),
    # each cell of as many lines giving each row its own
    if (
        marked
        and len(held := {len(raw[i]) for i in numbers}) == 1
        and (m := held.pop()) > k
        and any(len(raw[i]) == m for i, parts in enumerate(lines) if i not in numbers and parts)
    ):
        k = m
        lines = [parts if len(raw[i]) != m else raw[i] for i, parts in enumerate(lines)]
        labels = [parts for i, parts in enumerate(lines) if i not in numbers and parts]
    high = all(len(lines[i]) == k or len(raw[i]) == k for i in numbers)
    if k < 2 or not high or not (any(len(parts) >= k for parts in labels) if labels else len(numbers) > 1):
        return [[clean_cell("\n".join(parts)) for parts in lines]]
    words = "".join(clean_cell(p) for parts in labels if len(parts) not in (1, k) for p in parts)
    cells = [
        raw[i] if len(parts) < k and (i in numbers or (marked and len(raw[i]) == k)) else parts
        for i, parts in enumerate(lines)
    ]
    rows = [
        [clean_cell(parts[j] if len(parts) == k else parts[0] if len(parts) == 1 and j == 0 else "") for parts in cells]
        for j in range(k)
    ]
    return [[words], *rows] if words else rows


def _trimmed(parts: list[str]) -> list[str]:
    """A cell's lines without the empty ones before its first and after its last (a paragraph left empty)."""
    start, end = 0, len(parts)
    while start < end and not parts[start]:
        start += 1
    while end > start and not parts[end - 1]:
        end -= 1
    return parts[start:end]


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
