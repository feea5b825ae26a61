"""A record written out the ways real reports reach us as text: scraped web pages, Word and PDF copies,
converter output, traditional characters. Each layout imitates a real specimen (see the seeds and the
corpus); they feed the round-trip tests and `zfxxgk synth`.

Noise (non-breaking spaces, full-width spaces, label breaks) is drawn from `random.Random(seed)`, so a
layout is a pure function of the record and the seed. A writer prints the record's blocks, which the
caller may have damaged first (see `render.noise`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

from ..record import Record
from .document import Block, build_blocks, chinese_date, report_title
from .grid import Grid, GridCell
from .traditional import to_traditional

TEXT_LAYOUTS = ("cells", "pipes_rows", "pipes_cells", "tabs", "spaces", "glued", "traditional")
LAYOUTS = (*TEXT_LAYOUTS, "html", "docx")
NBSP, IDEOGRAPHIC_SPACE = "\xa0", "\u3000"
PAGE_LINES = 40
PDF_LINE = 33


def _noisy(text: str, rng: random.Random, pads: tuple[str, ...]) -> str:
    """A value as a web or Word copy prints it, with stray spaces around it."""
    return rng.choice(pads).format(text) if text else ""


def _origin_cells(grid: Grid) -> Iterator[tuple[int, GridCell]]:
    for r, row in enumerate(grid.rows):
        for cell in row:
            yield r, cell


def _title_lines(record: Record, title: str) -> list[str]:
    """A title as Word and PDF copies print it: the agency on a line of its own above the rest."""
    agency = record.meta.agency or ""
    return [agency, title[len(agency) :]] if agency and title.startswith(agency) and title != agency else [title]


def _break(text: str, at: int) -> str:
    return text[:at] + "\n" + text[at:] if len(text) > at + 1 else text


# --- cells: a web page saved as text, one table cell per line -----------------------------------


def layout_cells(record: Record, blocks: list[Block], rng: random.Random) -> str:
    pads = (" {}", NBSP + "{}", "{}" + NBSP, "  {}", "{}")
    out = [report_title(record), ""]
    out += [f"来源:{record.meta.agency or ''} 浏览次数: 发布时间:{record.meta.published or ''} 09:30", "字号:", ""]
    for b in blocks[1:]:
        if b.grid is None:
            out += [b.text + (" " + NBSP + " " if b.kind == "paragraph" and rng.random() < 0.3 else ""), ""]
            continue
        for _, cell in _origin_cells(b.grid):
            if cell.role == "value":
                out += [_noisy(cell.text, rng, pads) or NBSP, ""]
            elif cell.role == "header" and len(cell.text) >= 6 and b.grid.key == "s2":
                out += [_break(cell.text, 3), ""]
            else:
                out += [cell.text, ""]
    return "\n".join(out)


# --- pipes: converter output, a row per line or a cell per line between '|' ---------------------


def _pipe_row(grid: Grid, row: tuple[GridCell, ...]) -> str:
    return " | ".join(c.text for c in row) + " | " + "|" * (grid.width - len(row) + 1)


def layout_pipes_rows(record: Record, blocks: list[Block], rng: random.Random) -> str:
    out: list[str] = []
    for b in blocks:
        out += [_pipe_row(b.grid, row) for row in b.grid.rows] if b.grid else [b.text]
    return "\n".join(out) + "\n"


def layout_pipes_cells(record: Record, blocks: list[Block], rng: random.Random) -> str:
    out: list[str] = []
    for b in blocks:
        if b.grid is None:
            out.append(b.text)
            continue
        for _, cell in _origin_cells(b.grid):
            out += [cell.text, "|"]
    return "\n".join(out) + "\n"


# --- tabs: copied out of Word, every cell a tab-indented line, merged cells repeated empty --------


def layout_tabs(record: Record, blocks: list[Block], rng: random.Random) -> str:
    pads = (NBSP + IDEOGRAPHIC_SPACE + "{}", IDEOGRAPHIC_SPACE * 2 + "{}", NBSP + "{}", "{}" + NBSP, "{}")
    out: list[str] = []
    bookmark = True
    for b in blocks:
        if b.kind == "title":
            out += [*_title_lines(record, b.text), ""]
            continue
        if b.kind == "page_footer":  # a Word copy of a PDF keeps its footers, a line each
            out.append(b.text)
            continue
        if b.grid is None:
            text = b.text.replace(" ", IDEOGRAPHIC_SPACE)
            if b.kind == "paragraph" and bookmark:
                text, bookmark = "[bookmark: _GoBack]" + text, False
            out.append(text)
            continue
        for row in b.grid.covered():
            for _, cell in row:
                if cell is None:
                    out.append("\t")
                elif cell.role == "value":
                    out.append("\t" + _noisy(cell.text, rng, pads))
                elif cell.role == "header" and len(cell.text) == 4 and b.grid.key == "s3":
                    out.append("\t" + _break(cell.text, 2))  # 商业\n企业: a narrow Word column wraps
                else:
                    out.append("\t" + cell.text)
            out.append("")
        out.append("")
    return "\n".join(out) + "\n"


# --- spaces: text extracted from a PDF, cells separated by spaces, page footers -------------------


def _space_digits(text: str) -> str:
    """pdfplumber's spacing: 2024 年 1 月."""
    return re.sub(
        r"(?<=[^\x00-\x7f])(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)(?=[^\x00-\x7f])", lambda m: f" {m[0]} ", text
    ).strip()


def wrap_text(text: str, width: int) -> list[str]:
    """`text` cut into lines of `width` characters (one empty line for empty text)."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def _header_parts(grid: Grid, cell: GridCell) -> list[str]:
    """A header as a PDF prints it: the note over two lines, a narrow column's label broken in two."""
    if cell.role == "note":
        return wrap_text(cell.text, (len(cell.text) + 1) // 2)
    if grid.key in ("s3", "s4") and cell.colspan == 1 and len(cell.text) >= 4:
        return wrap_text(cell.text, (len(cell.text) + 1) // 2)
    return [cell.text]


def _column_name(grid: Grid, cell: GridCell) -> list[str]:
    """A value column's name as a PDF laid out in columns prints it: where the columns are narrow, a name over
    one column of four characters or more wrapped over two lines, in halves (`结果` over `维持`)."""
    if grid.narrow and cell.colspan == 1 and len(cell.text) >= 4:
        return wrap_text(cell.text, (len(cell.text) + 1) // 2)
    return [cell.text]


def _spaces_grid(grid: Grid) -> list[str]:
    lines: list[str] = []
    prefixes: dict[int, list[str]] = {}
    for r, row in enumerate(grid.rows):
        for cell in row:
            if cell.role == "label" and cell.rowspan > 1:  # a tall merged label reads down the page
                chunk = 1 if cell.rowspan > 10 else 4
                parts = [cell.text[:2], *wrap_text(cell.text[2:], chunk)] if chunk == 1 else wrap_text(cell.text, chunk)
                start = r + max((cell.rowspan - len(parts)) // 2, 0)
                for i, part in enumerate(parts):
                    prefixes.setdefault(min(start + i, r + cell.rowspan - 1), []).append(part)
    body = [row for row in grid.rows if not all(c.header for c in row)]
    # laid out in columns: the labels' column as wide as the widest, each value's as the widest value or
    # name over one column (a PDF's column fits its header), so that each name stands over its numbers
    stub = grid.width - max((sum(1 for c in row if c.role != "label") for row in body), default=0)  # label columns
    placed = grid.place() if grid.aligned else []
    names = [
        len(part)
        for row in placed
        for col, c in row
        if col >= stub and c.colspan == 1
        for part in _column_name(grid, c)
    ]
    column = max([*(len(c.text) for row in body for c in row if c.role != "label"), *names], default=0) + 4
    left = max((sum(len(c.text) + 1 for c in row if c.role == "label") for row in body), default=0) + 4

    def row_line(label: str, values: str) -> str:
        if not grid.aligned:
            return " ".join(t for t in (label, values) if t)
        return (label.ljust(left) + values).rstrip()

    def header_lines(r: int) -> list[str]:  # each name centred over the value columns it spans, wrapped in them
        parts = [(col, cell, _column_name(grid, cell) if col >= stub else [cell.text]) for col, cell in placed[r]]
        lines = []
        for k in range(max(len(p) for *_, p in parts)):
            line = ""
            for col, cell, part in parts:
                name = part[k] if k < len(part) else ""
                if col < stub:
                    line = f"{line} {name}".strip()
                else:
                    at = left + (col - stub) * column
                    line = (line.ljust(at) if len(line) <= at else line + " ") + name.center(cell.colspan * column)
            lines.append(line.rstrip())
        return lines

    for r, row in enumerate(grid.rows):
        if all(c.header for c in row) and grid.aligned:
            lines += header_lines(r)
            continue
        if all(c.header for c in row):
            heads = [_header_parts(grid, c) for c in row if not (c.role == "label" and c.rowspan > 1)]
            lines.append(" ".join(h[0] for h in heads))
            if any(len(h) > 1 for h in heads):
                lines.append(" ".join(h[1] for h in heads if len(h) > 1))
            continue
        labels = [c.text for c in row if c.role == "label" and c.rowspan == 1]
        cells = [c for c in row if c.role != "label"]  # each centred over the columns it spans, as its name
        values = (
            "".join(c.text.center(c.colspan * column) for c in cells)
            if grid.aligned
            else " ".join(c.text for c in cells)
        )
        prefix = " ".join(prefixes.get(r, []))
        label = " ".join(labels)
        parts = wrap_text(label, 16) if len(label) > 20 else [label]
        if len(parts) == 1:
            lines.append(row_line(" ".join(t for t in (prefix, label) if t), values))
        elif len(parts) == 2:
            lines += [" ".join(t for t in (prefix, parts[0]) if t), row_line("", values), parts[1]]
        else:
            lines += [" ".join(t for t in (prefix, parts[0]) if t), row_line(parts[1], values), *parts[2:]]
    return lines


def layout_spaces(record: Record, blocks: list[Block], rng: random.Random) -> str:
    body: list[str] = []
    for b in blocks:
        if b.grid is not None:
            body += _spaces_grid(b.grid)
        elif b.kind == "title":
            body += [_space_digits(line) for line in _title_lines(record, b.text)]
        elif b.kind == "paragraph":
            body += [_space_digits(line) for line in wrap_text("　　" + b.text, PDF_LINE)]
        else:
            body.append(_space_digits(b.text))
    out: list[str] = []
    for i, line in enumerate(body, 1):
        out.append(line)
        if i % PAGE_LINES == 0:
            out.append(f"- {i // PAGE_LINES} -")
    out.append(f"- {len(body) // PAGE_LINES + 1} -")
    return "\n".join(out) + "\n"


# --- glued: a page's textContent, everything on one line, cells with no separator -----------------


def layout_glued(record: Record, blocks: list[Block], rng: random.Random) -> str:
    head = [
        f"标题: {blocks[0].text}",
        f"发布时间: {record.meta.published or ''} 09:30",
        f"来源: {record.meta.agency or ''}",
    ]
    body = [blocks[0].text + " "]
    run_on = False  # after a page footer, which a PDF's text runs into the rows around it
    for b in blocks[1:]:
        if b.kind == "page_footer":
            body[-1] = body[-1].rstrip(" ")
            body.append(b.text)
        elif b.grid is not None:
            body.append(("" if run_on else " ") + "".join(c.text for _, c in _origin_cells(b.grid)) + " ")
        else:
            body.append(b.text)
        run_on = b.kind == "page_footer"
    return "\n".join([*head, "=" * 20 + " 正文 " + "=" * 20, "".join(body)]) + "\n"


def layout_traditional(record: Record, blocks: list[Block], rng: random.Random) -> str:
    return to_traditional(layout_pipes_rows(record, blocks, rng), gloss=True)


WRITERS: dict[str, Callable[[Record, list[Block], random.Random], str]] = {
    "cells": layout_cells,
    "pipes_rows": layout_pipes_rows,
    "pipes_cells": layout_pipes_cells,
    "tabs": layout_tabs,
    "spaces": layout_spaces,
    "glued": layout_glued,
    "traditional": layout_traditional,
}


def write_layout(record: Record, layout: str, seed: int = 0, blocks: list[Block] | None = None) -> bytes | str:
    """The report in `layout` (one of LAYOUTS): text for the text layouts, HTML text, docx bytes.
    `blocks` are the record's printable blocks (by default `build_blocks(record)`). Raises ValueError
    for an unknown layout."""
    if layout not in (*WRITERS, "html", "docx"):
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    blocks = build_blocks(record) if blocks is None else blocks
    if layout in ("html", "docx"):
        from . import render_blocks  # the package imports this module's users, not the reverse

        return render_blocks(blocks, layout, report_title(record))
    return WRITERS[layout](record, blocks, random.Random(seed))


__all__ = ["LAYOUTS", "TEXT_LAYOUTS", "Block", "chinese_date", "write_layout"]
