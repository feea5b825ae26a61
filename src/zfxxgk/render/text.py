"""A record as Markdown or plain text. Neither can merge cells, so each grid is flattened: a label column
joins the group labels a row sits under, a header joins the headers stacked above a column."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..normalize import display_width as width
from .document import Block
from .grid import Grid, GridCell


@dataclass
class Segment:
    """One printable table: an optional caption and note, header levels, body rows. A header level is a
    list of (text, how many flattened columns it spans)."""

    caption: str = ""
    note: str = ""
    levels: list[list[tuple[str, int]]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    label_columns: int = 0

    @property
    def header(self) -> list[str]:
        """One header text per column: the headers stacked above it, joined."""
        ncols = sum(span for _, span in self.levels[0]) if self.levels else 0
        stacks: list[list[str]] = [[] for _ in range(ncols)]
        for level in self.levels:
            col = 0
            for text, span in level:
                for c in range(col, col + span):
                    if text and text not in stacks[c]:
                        stacks[c].append(text)
                col += span
        return [" ".join(s) for s in stacks]


def expand(grid: Grid) -> list[list[GridCell | None]]:
    """The full matrix: at each position the cell that covers it."""
    matrix: list[list[GridCell | None]] = [[None] * grid.width for _ in grid.rows]
    for r, placed in enumerate(grid.place()):
        for col, cell in placed:
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    matrix[r + dr][col + dc] = cell
    return matrix


def _joined(cells: list[GridCell | None]) -> str:
    out: list[str] = []
    for cell in cells:
        if cell is not None and cell.text and cell.role != "note" and (not out or out[-1] != cell.text):
            out.append(cell.text)
    return " ".join(out)


def _value_groups(row: list[GridCell | None]) -> list[list[int]]:
    """Positions of each value cell of a row, a cell spanning columns once."""
    groups: list[list[int]] = []
    last: GridCell | None = None
    for c, cell in enumerate(row):
        if cell is None or cell.role == "label":
            continue
        if cell is last:
            groups[-1].append(c)
        else:
            groups.append([c])
        last = cell
    return groups


def _level(head: list[GridCell | None], above: list[GridCell | None] | None, columns: list[list[int]], values: int):
    """One header row over the flattened columns. A cell spanning down from the row above prints once;
    a header over every value column (申请人情况) is left out; the label columns joined print each of their
    headers (序号 指标名称)."""
    level: list[tuple[str, int]] = []
    last: GridCell | None = None
    for positions in columns:
        cell = head[positions[0]]
        if cell is last and level:
            level[-1] = (level[-1][0], level[-1][1] + 1)
        else:
            repeated = above is not None and above[positions[0]] is cell
            text = "" if cell is None or cell.role == "note" or repeated else cell.text
            more = [head[p] for p in positions[1:] if head[p] is not cell and not (above and above[p] is head[p])]
            level.append((_joined([cell if text else None, *more]), 1))
        last = cell
    return [("", n) if values > 1 and n >= values else (t, n) for t, n in level]


def _flatten(caption: str, heads: list[list[GridCell | None]], body: list[list[GridCell | None]]) -> Segment:
    seg = Segment(caption=caption)
    seg.note = next((c.text for h in heads for c in h if c is not None and c.role == "note"), "")
    if not body:
        return seg
    labels = [c for c, cell in enumerate(body[0]) if cell is not None and cell.role == "label"]
    columns = ([labels] if labels else []) + _value_groups(body[0])
    seg.label_columns = 1 if labels else 0
    nvalues = len(columns) - seg.label_columns
    levels = [_level(h, heads[i - 1] if i else None, columns, nvalues) for i, h in enumerate(heads)]
    seg.levels = [lv for lv in levels if any(t for t, _ in lv)]
    for row in body:
        label = _joined([cell for cell in row if cell is not None and cell.role == "label"])
        values = [first.text if (first := row[pos[0]]) else "" for pos in _value_groups(row)]
        seg.rows.append(([label] if labels else []) + values)
    return seg


def segments(grid: Grid) -> list[Segment]:
    """Split a grid at its caption rows and flatten each part."""
    matrix = expand(grid)
    segs: list[Segment] = []
    caption = ""
    heads: list[list[GridCell | None]] = []
    body: list[list[GridCell | None]] = []
    for r, row in enumerate(grid.rows):
        if len(row) == 1 and row[0].role == "caption":
            if heads or body:
                segs.append(_flatten(caption, heads, body))
            caption, heads, body = row[0].text, [], []
        elif all(c.header for c in row) and not body:
            heads.append(matrix[r])
        else:
            body.append(matrix[r])
    segs.append(_flatten(caption, heads, body))
    return segs


def _pad(text: str, n: int, right: bool = False) -> str:
    fill = " " * max(n - width(text), 0)
    return fill + text if right else text + fill


def segment_md(seg: Segment) -> list[str]:
    lines = []
    if seg.caption:
        lines += [f"**{seg.caption}**", ""]
    if seg.note:
        lines += [seg.note, ""]
    ncols = max([len(seg.header)] + [len(r) for r in seg.rows])
    header = (seg.header + [""] * ncols)[:ncols]
    lines.append("| " + " | ".join(h.replace("|", "\\|") for h in header) + " |")
    lines.append("|" + "|".join([" --- "] * seg.label_columns + [" ---: "] * (ncols - seg.label_columns)) + "|")
    lines += ["| " + " | ".join((r + [""] * ncols)[:ncols]) + " |" for r in seg.rows]
    return [*lines, ""]


def segment_txt(seg: Segment) -> list[str]:
    lines = [t for t in (seg.caption, seg.note) if t]
    ncols = max([len(r) for r in seg.rows] + [len(seg.header)])
    rows = [(r + [""] * ncols)[:ncols] for r in seg.rows]
    single = [(t, c) for level in seg.levels for c, (t, span) in zip(_starts(level), level, strict=True) if span == 1]
    widths = [max([width(r[c]) for r in rows] + [width(t) for t, col in single if col == c]) for c in range(ncols)]
    for level in seg.levels:
        cells = []
        for c, (text, span) in zip(_starts(level), level, strict=True):
            cells.append(_pad(text, sum(widths[c : c + span]) + 2 * (span - 1)))
        lines.append("  ".join(cells).rstrip())
    for r in rows:
        lines.append("  ".join(_pad(t, widths[c], right=c >= seg.label_columns) for c, t in enumerate(r)).rstrip())
    return [*lines, ""]


def _starts(level: list[tuple[str, int]]) -> list[int]:
    out, col = [], 0
    for _, span in level:
        out.append(col)
        col += span
    return out


def blocks_md(blocks: list[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind == "title":
            out += [f"# {b.text}", ""]
        elif b.kind == "heading":
            out += [f"## {b.text}", ""]
        elif b.kind in ("paragraph", "signature", "page_footer"):
            out += [b.text, ""]
        elif b.grid is not None:
            for seg in segments(b.grid):
                out += segment_md(seg)
    return "\n".join(out).rstrip() + "\n"


def blocks_txt(blocks: list[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind == "title":
            out += [b.text, "=" * width(b.text), ""]
        elif b.kind == "heading":
            out += [b.text, ""]
        elif b.kind == "paragraph":
            out += ["　　" + b.text, ""]
        elif b.kind == "signature":
            out.append(b.text)
        elif b.grid is not None:
            for seg in segments(b.grid):
                out += segment_txt(seg)
    return "\n".join(out).rstrip() + "\n"
