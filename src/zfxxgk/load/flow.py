"""Positioned text (PDF words, OCR boxes) → lines, paragraphs and unruled table rows.

Input per page: `Segment`s (runs of text on one visual line, with a box) and already-built ruled
tables. Lines are grouped by vertical overlap; runs of lines with several aligned segments become
table rows, with cells placed by x-position; the other lines are joined into paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median

from ..document import Document, Location
from .layout import Segment, TextBuilder, clean_line, is_number

_PAGE_NUMBER = re.compile(r"^[-—–－~·\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-—–－~·\s]*$")
_CJK_END = re.compile(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’]$")
_CJK_START = re.compile(r"^[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’]")
_VERTICAL_CHAR = re.compile(r"^[\u4e00-\u9fff、，（）()]{1,2}$")


@dataclass
class Line:
    segments: list[Segment]

    @property
    def top(self) -> float:
        return min(s.top for s in self.segments)

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.segments)

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.segments)

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.segments)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def center(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


@dataclass
class RuledTable:
    """A table already laid out as a grid, each cell with its location; `wraps` are the columns of
    the last row whose text fills the cell's width (a page break may cut it off mid-text)."""

    top: float
    rows: list[list[tuple[str, Location]]]
    wraps: frozenset[int] = frozenset()


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[RuledTable] = field(default_factory=list)


def join_text(a: str, b: str) -> str:
    """The separator between two runs: nothing between Chinese characters, else one space."""
    if not a or not b:
        return ""
    return "" if (_CJK_END.search(a) and _CJK_START.search(b)) else " "


def group_lines(segments: Sequence[Segment]) -> list[Line]:
    """Segments grouped into visual lines, each sorted left to right. A segment joins a line when
    its vertical centre is within half a typical text height of the line's centre (tall boxes, such
    as a label printed downwards, do not pull the rows they cross together)."""
    if not segments:
        return []
    heights = sorted(max(s.bottom - s.top, 1.0) for s in segments)
    tol = 0.5 * heights[len(heights) // 2]
    lines: list[Line] = []
    centres: list[float] = []
    for seg in sorted(segments, key=lambda s: ((s.top + s.bottom) / 2, s.x0)):
        c = (seg.top + seg.bottom) / 2
        if lines and abs(c - centres[-1]) <= tol:
            lines[-1].segments.append(seg)
            n = len(lines[-1].segments)
            centres[-1] += (c - centres[-1]) / n
            continue
        lines.append(Line([seg]))
        centres.append(c)
    for line in lines:
        line.segments.sort(key=lambda s: s.x0)
    return lines


def _is_chrome(line: Line, page: Page) -> bool:
    """A page number or running head/foot in the top or bottom margin."""
    in_margin = line.bottom < page.height * 0.1 or line.top > page.height * 0.88
    return in_margin and bool(_PAGE_NUMBER.match(line.text))


def drop_chrome(pages: Sequence[Page]) -> None:
    """Remove page numbers ("- 4 -", "第4页 共6页") and headers repeated on most pages."""
    repeats: dict[str, int] = {}
    for page in pages:
        for line in {re.sub(r"\d+", "#", ln.text) for ln in page.lines if _in_margin(ln, page)}:
            repeats[line] = repeats.get(line, 0) + 1
    frequent = {t for t, n in repeats.items() if len(pages) >= 3 and n >= max(3, len(pages) * 0.6)}
    for page in pages:
        page.lines = [
            ln
            for ln in page.lines
            if not _is_chrome(ln, page) and not (_in_margin(ln, page) and re.sub(r"\d+", "#", ln.text) in frequent)
        ]


def _in_margin(line: Line, page: Page) -> bool:
    return line.bottom < page.height * 0.08 or line.top > page.height * 0.9


def _size(lines: Sequence[Line]) -> float:
    heights = [s.bottom - s.top for ln in lines for s in ln.segments if s.bottom > s.top]
    return median(heights) if heights else 10.0


def _is_tabular(line: Line) -> bool:
    """A line of several cells: three or more runs, or two where a later one is a number."""
    segs = line.segments
    if len(segs) < 2:
        return False
    return len(segs) >= 3 or any(is_number(s.text) for s in segs[1:])


class FlowWriter:
    """Writes pages into a TextBuilder, carrying an open paragraph across page breaks."""

    def __init__(self, out: TextBuilder) -> None:
        self.out = out
        self.para: list[tuple[str, Location]] = []
        self.para_text = ""
        self.last_line: Line | None = None
        self.last_page: Page | None = None
        self.left = 0.0
        self.right = 0.0

    def set_margins(self, pages: Sequence[Page]) -> None:
        """The text column's left and right edges, from the lines of every page."""
        xs0 = [ln.x0 for p in pages for ln in p.lines if len(ln.segments) == 1]
        xs1 = [ln.x1 for p in pages for ln in p.lines if len(ln.segments) == 1]
        if xs0:
            xs0.sort()
            xs1.sort()
            self.left = xs0[len(xs0) // 10]
            self.right = xs1[len(xs1) * 9 // 10]

    def flush(self) -> None:
        if self.para:
            self.out.end_line()
            for text, loc in self.para:
                self.out.add(text, loc)
            self.out.paragraphs += 1
            self.out.end_line()
        self.para = []
        self.para_text = ""
        self.last_line = None

    def _starts_paragraph(self, line: Line, page: Page, size: float) -> bool:
        prev = self.last_line
        if prev is None or not self.para:
            return True
        if line.x0 > self.left + 0.8 * size:
            return True
        if prev.x1 < self.right - 1.5 * size:
            return True
        return self.last_page is page and line.top - prev.bottom > 1.5 * size

    def line(self, line: Line, page: Page, size: float) -> None:
        if self._starts_paragraph(line, page, size):
            self.flush()
        for k, seg in enumerate(line.segments):
            for j, (text, loc) in enumerate(seg.locations):
                text = text.strip()
                sep = (" " if k and not j else join_text(self.para_text, text)) if self.para_text else ""
                self.para.append((sep + text, loc))
                self.para_text += sep + text
        self.last_line = line
        self.last_page = page

    def table(self, table: RuledTable) -> None:
        self.flush()
        rows = [r for r in table.rows if any(t.strip() for t, _ in r)]
        if not rows:
            return
        t = self.out.tables
        self.out.tables += 1
        for r, row in enumerate(rows):
            cells = [(text, {**loc, "table": t, "row": r, "column": c}) for c, (text, loc) in enumerate(row)]
            self.out.row(cells)

    def page(self, page: Page) -> None:
        size = _size(page.lines)
        items: list[tuple[float, int, object]] = [(t.top, 0, t) for t in page.tables]
        items += [(b[0].top, 1, b) for b in _blocks(page.lines, size)]
        for _, _, item in sorted(items, key=lambda x: (x[0], x[1])):
            if isinstance(item, RuledTable):
                self.table(item)
            elif isinstance(item, list) and len(item) == 1 and not _is_tabular(item[0]):
                self.line(item[0], page, size)
            elif isinstance(item, list):
                self.table(RuledTable(item[0].top, _unruled_rows(item, size, page.number)))


ROW_GAP = 3.5  # rows of one table are at most this many text heights apart (scans have tall cells)
FRAGMENT_GAP = 2.0  # a label line inside a table is at most this far from its neighbours


def _blocks(lines: Sequence[Line], size: float) -> list[list[Line]]:
    """Lines in order, with each run of table rows (and the label fragments among them) as a block.

    A line is a row if it is tabular, or has several runs and lies near a row; one-run lines join
    the block when a row follows them closely, or when they sit in the label column just below."""
    n = len(lines)
    row = [_is_tabular(ln) for ln in lines]

    def gap(i: int, j: int) -> float:
        return lines[j].top - lines[i].bottom

    changed = True
    while changed:
        changed = False
        for i, ln in enumerate(lines):
            if row[i] or len(ln.segments) < 2:
                continue
            if any(0 <= j < n and row[j] and abs(gap(min(i, j), max(i, j))) < ROW_GAP * size for j in (i - 1, i + 1)):
                row[i] = changed = True
    out: list[list[Line]] = []
    i = 0
    while i < n:
        if not row[i]:
            out.append([lines[i]])
            i += 1
            continue
        block = [lines[i]]
        j = i
        while j + 1 < n:
            if row[j + 1]:
                if gap(j, j + 1) >= ROW_GAP * size:
                    break
                block.append(lines[j + 1])
                j += 1
                continue
            k = j + 1  # a run of one-run lines: inside the table if a row follows them closely
            while k < n and not row[k] and gap(k - 1, k) < FRAGMENT_GAP * size:
                k += 1
            numbers = [s.x0 for ln in block for s in ln.segments if is_number(s.text)]
            label_edge = min(numbers, default=float("inf"))
            if gap(j, j + 1) < FRAGMENT_GAP * size and k < n and row[k] and gap(k - 1, k) < FRAGMENT_GAP * size:
                block.extend(lines[j + 1 : k])
                j = k - 1
            elif lines[j + 1].x1 < label_edge and gap(j, j + 1) < size:
                block.append(lines[j + 1])
                j += 1
            else:
                break
        out.append(block)
        i = j + 1
    return out


def _unruled_rows(block: Sequence[Line], size: float, page: int) -> list[list[tuple[str, Location]]]:
    """Rows of an unruled table: a label printed one character per line is taken out and emitted
    once; label fragments on lines of their own join the nearest row; numbers define the value
    columns (by overlapping x-ranges), the left edges of labels define the label columns."""
    left = min(ln.x0 for ln in block)
    vertical = [
        s
        for ln in block
        for s in ln.segments
        if s.x0 <= left + 0.5 * size and _VERTICAL_CHAR.match(s.text.replace(" ", "")) and s.x1 - s.x0 < 2.5 * size
    ]
    if len(vertical) < 3:  # not a vertical label after all
        vertical = []
    lines = [Line(keep) for ln in block if (keep := [s for s in ln.segments if s not in vertical])]
    rows = [ln for ln in lines if len(ln.segments) >= 2] or lines
    segs = [s for ln in lines for s in ln.segments]
    numbers = [s for s in segs if is_number(s.text)]
    value_cols = _merge_ranges([(s.x0, s.x1) for s in numbers], size)
    edge = value_cols[0][0] if value_cols else float("inf")
    # a one-run line reaching into the value columns is a caption: a row of its own
    rows = [ln for ln in lines if any(ln is r for r in rows) or ln.x1 > edge + size]
    extra: dict[int, list[Segment]] = {}
    for ln in lines:
        if any(ln is r for r in rows):
            continue
        dist = [abs(r.center - ln.center) for r in rows]
        best = min(range(len(rows)), key=dist.__getitem__)
        close = [i for i in range(len(rows)) if dist[i] <= 1.25 * dist[best] + 0.5]
        labelless = [i for i in close if rows[i].segments[0].x0 > ln.x1]
        extra.setdefault(labelless[0] if labelless else best, []).extend(ln.segments)
    label_cols = _cluster_starts([s.x0 for s in segs if s.x1 <= edge + 0.5 * size], size) or [left]
    out: list[list[tuple[str, Location]]] = []
    for i, ln in enumerate(rows):
        cols: list[list[Segment]] = [[] for _ in range(len(label_cols) + len(value_cols))]
        for s in sorted(ln.segments + extra.get(i, []), key=lambda s: (s.top, s.x0)):
            cols[_column_of(s, label_cols, value_cols, edge, size)].append(s)
        out.append([(_cell_text(col), _box(col, page, ln)) for col in cols])
    if vertical:
        out = _add_vertical_label(out, rows, vertical, size, page)
    filled = [c for c in range(len(out[0])) if any(r[c][0] for r in out)] if out else []
    return [[r[c] for c in filled] for r in out]


def _merge_ranges(spans: Sequence[tuple[float, float]], size: float) -> list[tuple[float, float]]:
    merged: list[list[float]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1] + 0.2 * size:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _cluster_starts(xs: Sequence[float], size: float) -> list[float]:
    starts: list[float] = []
    for x in sorted(xs):
        if not starts or x - starts[-1] > 1.5 * size:
            starts.append(x)
    return starts


def _column_of(
    seg: Segment, label_cols: Sequence[float], value_cols: Sequence[tuple[float, float]], edge: float, size: float
) -> int:
    """Label column by left edge, value column by overlap (or nearest centre)."""
    if seg.x1 <= edge + 0.5 * size or not value_cols:
        return max((i for i, x in enumerate(label_cols) if x <= seg.x0 + 0.75 * size), default=0)
    best, best_overlap = -1, 0.0
    for i, (a, b) in enumerate(value_cols):
        overlap = min(b, seg.x1) - max(a, seg.x0)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    if best < 0:
        best = min(range(len(value_cols)), key=lambda i: abs((value_cols[i][0] + value_cols[i][1]) / 2 - seg.center))
    return len(label_cols) + best


def _cell_text(segs: Sequence[Segment]) -> str:
    text = ""
    for s in segs:
        text += join_text(text, s.text) + s.text
    return clean_line(text)


def _add_vertical_label(
    out: list[list[tuple[str, Location]]], rows: Sequence[Line], vertical: Sequence[Segment], size: float, page: int
) -> list[list[tuple[str, Location]]]:
    """A label printed one character per line becomes a leading column: its text once, in the first
    row it spans (like a row-spanning cell); rows outside its span that start at its left edge move
    their label into that column."""
    top, bottom = min(s.top for s in vertical), max(s.bottom for s in vertical)
    x = min(s.x0 for s in vertical)
    label = "".join(s.text.replace(" ", "") for s in vertical)
    first = next((i for i, ln in enumerate(rows) if ln.bottom >= top - 0.5 * size), 0)
    result = []
    for i, (ln, cells) in enumerate(zip(rows, out, strict=True)):
        inside = top - 0.5 * size <= ln.center <= bottom + 0.5 * size
        if i == first:
            lead = (label, _box(list(vertical), page, ln))
        elif not inside and ln.segments[0].x0 <= x + size and cells[0][0]:
            lead, cells = cells[0], [("", cells[0][1]), *cells[1:]]
        else:
            lead = ("", {"page": page})
        result.append([lead, *cells])
    return result


def _box(segs: Sequence[Segment], page: int, line: Line) -> Location:
    loc: Location = {"page": page}
    if segs:
        loc["bbox"] = [
            round(min(s.x0 for s in segs), 2),
            round(min(s.top for s in segs), 2),
            round(max(s.x1 for s in segs), 2),
            round(max(s.bottom for s in segs), 2),
        ]
        confs = [c for s in segs for _, lc in s.locations if (c := lc.get("confidence")) is not None]
        if confs:
            loc["confidence"] = round(min(confs), 4)
    else:
        loc["bbox"] = [round(line.x0, 2), round(line.top, 2), round(line.x1, 2), round(line.bottom, 2)]
    return loc


def fills_width(words: Sequence[tuple[float, float, float, float]], right: float) -> bool:
    """Whether the last line of a cell's words (x0, top, x1, bottom) reaches the cell's right edge, as
    text wrapped to the cell's width does (short of it by no more than padding and a character)."""
    if not words:
        return False
    size = median(b - t for _, t, _, b in words)
    last = max(t for _, t, _, _ in words)
    end = max(x1 for _, t, x1, _ in words if t > last - size / 2)
    return right - end < 2 * size


def _continues(table: RuledTable, row: list[tuple[str, Location]]) -> bool:
    """Whether `row`, first on a new page, is the rest of the table's last row cut by the page break:
    its text continues only text (not numbers) that filled its cell, and it leaves blank a value of
    the last row (the values of a cut row print above the break)."""
    last = table.rows[-1]
    filled = [c for c, (text, _) in enumerate(row) if text]
    cut = any(is_number(text) and not row[c][0] for c, (text, _) in enumerate(last))
    return cut and bool(filled) and all(c in table.wraps and not is_number(last[c][0]) for c in filled)


def join_continued_tables(pages: Sequence[Page]) -> None:
    """Ruled tables with as many columns and no text between them — one ending a page and one
    starting the next, or two parts of a long image — are one table broken by the page: the header
    rows repeated on the new page are dropped, a row cut in two by the break is joined back, and the
    rows go on in the first table."""
    open_table: RuledTable | None = None
    for page in pages:
        items: list[tuple[float, Line | RuledTable]] = [(t.top, t) for t in page.tables if t.rows]
        items += [(ln.top, ln) for ln in page.lines]
        for _, item in sorted(items, key=lambda x: (x[0], isinstance(x[1], Line))):
            if isinstance(item, Line):
                open_table = None
            elif open_table is not None and len(item.rows[0]) == len(open_table.rows[0]):
                _continue_table(open_table, item)
                page.tables.remove(item)
            else:
                open_table = item


def _continue_table(table: RuledTable, more: RuledTable) -> None:
    rows = more.rows
    k = 0
    while k < len(rows) - 1 and k < len(table.rows) and _texts(rows[k]) == _texts(table.rows[k]):
        k += 1
    rows = rows[k:]
    if _continues(table, rows[0]):
        last = table.rows[-1]
        table.rows[-1] = [
            (a + join_text(a, b) + b if b else a, loc) for (a, loc), (b, _) in zip(last, rows[0], strict=True)
        ]
        rows = rows[1:]
    table.rows.extend(rows)
    table.wraps = more.wraps


def _texts(row: list[tuple[str, Location]]) -> list[str]:
    return [text for text, _ in row]


def write_pages(pages: list[Page], media_type: str, hints: dict[str, str]) -> Document:
    """The Document for positioned pages: chrome dropped, tables broken by a page joined, paragraphs
    joined, tables as rows."""
    drop_chrome(pages)
    join_continued_tables(pages)
    out = TextBuilder()
    writer = FlowWriter(out)
    writer.set_margins(pages)
    for page in pages:
        writer.page(page)
    writer.flush()
    return out.document(media_type, hints)
