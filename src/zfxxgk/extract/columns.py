"""The order a table's header prints its columns in, where it is not the template's: a header row whose
cells (between `|` or tabs) name every column once (`| | 总计 | 自然人 | 商业企业 | … |`) sets the order
of the rows below it; the column names of a flat table's header (四), read in turn, each group's
columns once each, set the order of its numbers. Their numbers are put back in the template's order
before they are read; a row that prints fewer numbers than columns cannot be put back, and is left
unread. Where the text does not tell the order, a total that the numbers add up to in another column
leaves the table unread."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ..numbering import strip_numbering
from ..templates import Table
from ..templates.model import spaced
from .groups import Group, Token

_CELL_BREAK = re.compile(r"[|\t]")
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")  # a header line prints none


def _cell_column(cell: str, table: Table) -> int | None:
    """The one column a header cell names (its spanning header, 法人或其他组织, taken off), else None."""
    return _short_cell_column(cell, table) if len(cell) <= _SHORT else _read_cell_column(cell, table)


_SHORT = 64  # a header cell's words are short and the same in report after report: read each once


def _read_cell_column(cell: str, table: Table) -> int | None:
    words = _SPACE.sub("", cell)
    for c in table.columns:
        if c.group:
            words = words.replace(c.group, "")
    named = [i for i, c in enumerate(table.columns) if any(label in words for label in c.labels)]
    if len(named) > 1:  # 其他 inside 其他结果: the longest label named is the cell's
        longest = max(len(label) for i in named for label in table.columns[i].labels if label in words)
        named = [i for i in named if any(len(lb) == longest and lb in words for lb in table.columns[i].labels)]
    return named[0] if len(named) == 1 else None


_short_cell_column = lru_cache(maxsize=4096)(_read_cell_column)


def _printed_columns(line: str, table: Table) -> dict[int, int] | None:
    """The template's column of each cell (by its place between `|` or tabs) of a header line that
    names each column in one cell of its own, else None."""
    cells = _CELL_BREAK.split(line)
    if len(cells) < len(table.columns):
        return None  # too few cells to name every column
    at = {k: _cell_column(c, table) for k, c in enumerate(cells) if c.strip()}
    named = {k: i for k, i in at.items() if i is not None}
    return named if sorted(named.values()) == list(range(len(table.columns))) else None


def _put_back(text: str, g: Group, cells: dict[int, int]) -> Group | None:
    """The group's numbers in the template's order: by the cell each is printed in, when the row is
    printed on one line (a cell left empty a blank), else by their order when it prints one per column."""
    width = len(cells)
    line = text.rfind("\n", 0, g.start) + 1
    stop = text.find("\n", g.start)
    stop = len(text) if stop < 0 else stop
    put: list[list[Token]] = [[] for _ in range(width)]
    if g.tokens[-1].end <= stop:
        bounds = [line - 1, *(m.start() for m in _CELL_BREAK.finditer(text, line, stop)), stop]
        for t in g.tokens:  # a number printed in pieces (1 234) keeps its pieces in its cell
            column = cells.get(bisect_right(bounds, t.start) - 1)
            if column is None and t.text is None:
                continue  # a blank under no column's name: the layout's padding
            if column is None:
                return None
            put[column].append(t)
        for k, column in cells.items():
            if not put[column]:
                if k + 1 >= len(bounds):
                    return None  # the row prints fewer cells than its header
                a, b = bounds[k] + 1, bounds[k + 1]
                if text[a:b].strip():
                    return None  # words in a value's cell, not a number: the row cannot be put back
                put[column].append(Token(None, a, b, col=k))
    elif g.width == width:
        return _in_order(g, g.tokens, [cells[k] for k in sorted(cells)])
    else:
        return None
    return replace(g, tokens=[t for pieces in put for t in pieces])


def _in_order(g: Group, tokens: list[Token], order: list[int]) -> Group:
    """The group with the token printed in each position moved to the template's column `order` gives it."""
    put: list[Token] = list(tokens)
    for position, column in enumerate(order):
        put[column] = tokens[position]
    return replace(g, tokens=put)


@lru_cache(maxsize=8)
def _labels(table: Table) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """A pattern for any column label of `table` (white space allowed inside it, the longest first), and
    the column each of its alternatives names."""
    labels = sorted(((lb, i) for i, c in enumerate(table.columns) for lb in c.labels), key=lambda x: -len(x[0]))
    return re.compile("|".join(f"({spaced(re.escape(lb))})" for lb, _ in labels)), tuple(i for _, i in labels)


def _flat_order(text: str, start: int, end: int, table: Table) -> tuple[int, list[int]] | None:
    """Where the header of a flat table (四) ends and, for each number it prints in turn, its place in
    the template's order: when a header names every group's columns once each, in turn, and not in the
    template's order. Else None."""
    found = _header_columns(text, start, end, table, len(table.rows))
    if found is None:
        return None
    stop, named = found
    width = len(table.columns)
    order = [p - p % width + column for p, column in enumerate(named)]
    return None if order == sorted(order) else (stop, order)


def _header_columns(text: str, start: int, end: int, table: Table, groups: int) -> tuple[int, list[int]] | None:
    """Where a header of `groups` groups of the table's columns ends, and the column it names at each place:
    when its column names (whole, with no digit between them, or cut in two over two lines) name each
    group's columns once each, in turn. Else None."""
    (find, columns), width = _labels(table), len(table.columns)
    named: list[int] = []
    stop = start
    for m in find.finditer(text, start, end):
        if _DIGIT.search(text, stop, m.start()):
            if _in_turn(named, width, groups):
                break
            named = []
        named.append(columns[(m.lastindex or 1) - 1])
        stop = m.end()
    if _in_turn(named, width, groups):
        return stop, named
    return _halved_header(text, start, end, table, groups)


@lru_cache(maxsize=8)
def _whole(table: Table) -> dict[str, int]:
    """Each column label of `table`, and its column."""
    return {lb: i for i, c in enumerate(table.columns) for lb in c.labels}


def _halves(line: str, below: str, table: Table) -> list[int] | None:
    """The columns a header line names, in turn, when the line below ends its names cut in two (a PDF's
    text of cells too narrow for them: `总计 结果 结果 其他 尚未` over `维持 纠正 结果 审结`): each word
    of the line that is no label is completed by the next word below. None unless every word below
    completes one."""
    whole = _whole(table)
    words, rest = _CELL_BREAK.sub(" ", line).split(), _CELL_BREAK.sub(" ", below).split()
    cut = [w for w in words if w not in whole and any(lb.startswith(w) for lb in whole)]
    if not cut or len(cut) != len(rest) or any(w + r not in whole for w, r in zip(cut, rest, strict=True)):
        return None
    ends = iter(rest)
    return [whole[w if w in whole else w + next(ends)] for w in words if w in whole or w in cut]


def _halved_header(text: str, start: int, end: int, table: Table, groups: int) -> tuple[int, list[int]] | None:
    """Where a header whose lines each name columns whole or cut in two (see `_halves`) ends, and the
    columns it names in turn, when they are each of `groups` groups' once each; else None."""
    lines = text[start:end].split("\n")
    whole = _whole(table)
    named: list[int] = []
    pos, k = start, 0
    while k < len(lines):
        line = lines[k]
        if _DIGIT.search(line):
            if _in_turn(named, len(table.columns), groups):
                return pos - 1, named
            named = []
        elif k + 1 < len(lines) and (both := _halves(line, lines[k + 1], table)) is not None:
            named += both
            pos += len(line) + 1
            k += 1
            line = lines[k]
        else:
            named += [whole[w] for w in _CELL_BREAK.sub(" ", line).split() if w in whole]
        pos += len(line) + 1
        k += 1
    return None


def _in_turn(named: list[int], width: int, groups: int) -> bool:
    """Whether column names name each of `groups` groups' `width` columns once, one group after another."""
    return len(named) == width * groups and all(
        sorted(named[k : k + width]) == list(range(width)) for k in range(0, len(named), width)
    )


def _flat_put_back(text: str, start: int, end: int, table: Table, groups: list[Group]) -> list[Group]:
    """`groups` with a flat table's numbers put back in the template's order where its header prints the
    columns in another; a group after the header that does not print one number a cell is dropped."""
    found = _flat_order(text, start, end, table)
    if found is None:
        return groups
    stop, order = found
    out = []
    for g in groups:
        toks = g.trimmed(len(order))
        if len(toks) == len(order) and not any(t.glue for t in toks):
            out.append(_in_order(g, toks, order))
        elif g.start < stop:
            out.append(g)
    return out


_ROW_NAME_END = re.compile(r"\W*")  # what may follow a row's name before its numbers: ）: |
_TAIL = 24  # how much of the text before a group may name its row


@lru_cache(maxsize=8)
def _row_names(table: Table) -> re.Pattern[str]:
    """Any row's name (its keys), each alternative in a group named after the row's index."""
    return re.compile("|".join(f"(?P<r{i}>{'|'.join(r.keys)})" for i, r in enumerate(table.rows)))


def _named_row(before: str, table: Table) -> int | None:
    """The row of a flat table that the text before a group of numbers names at its end, if any."""
    tail = before[-_TAIL:]
    found = None
    for m in _row_names(table).finditer(tail):
        found = m
    if found is None or not _ROW_NAME_END.fullmatch(tail, found.end()):
        return None
    return int(found.lastgroup[1:]) if found.lastgroup else None


def _stacked(text: str, start: int, table: Table, groups: list[Group]) -> list[Group]:
    """A flat table (四) printed as one row per group — 行政复议, 未经复议直接起诉, 复议后起诉, each its columns
    under one header — with its rows' numbers put together as the one row the template prints, in the
    template's order of groups and of the columns the header names in turn. Only where each group is named
    at its row's start and prints one number a column, the header names every column once, and nothing
    prints the whole table on one row."""
    width, rows = len(table.columns), len(table.rows)
    if any(g.width >= width * rows for g in groups):
        return groups
    at: dict[int, tuple[int, list[Token]]] = {}  # row → (group index, its numbers)
    for k, g in enumerate(groups):
        if g.width < width or (row := _named_row(g.before, table)) is None or row in at:
            continue
        toks = g.trimmed(width)
        if len(toks) == width and not any(t.glue for t in toks):
            at[row] = (k, toks)
    if len(at) != rows:
        return groups
    first = min(k for k, _ in at.values())
    line_end = text.find("\n", groups[first].start)
    header = _header_columns(text, start, line_end if line_end >= 0 else len(text), table, 1)
    if header is None:
        return groups  # no header tells which column each number is in
    order = header[1]
    tokens = [t for row in range(rows) for t in _in_order(groups[first], at[row][1], order).tokens]
    merged = replace(groups[first], tokens=tokens)
    taken = {k for k, _ in at.values()}
    return [merged if k == first else g for k, g in enumerate(groups) if k == first or k not in taken]


def _moved(cells: dict[int, int] | None) -> bool:
    """Whether a header's cells name the columns in another order than the template's."""
    return cells is not None and [cells[k] for k in sorted(cells)] != sorted(cells.values())


def reorder(text: str, start: int, end: int, tables: tuple[Table, ...], groups: list[Group]) -> list[Group]:
    """`groups` with the numbers of each row under a header that prints the columns of one of `tables` in
    another order than the template's put back in its order (numbers before the first header, in that
    header's); a row under it that cannot be put back is dropped. Groups under a header in the
    template's order are kept as they are."""
    for t in tables:
        if t.flat:
            groups = _flat_put_back(text, start, end, t, _stacked(text, start, t, groups))
    spread = [t for t in tables if not t.flat and len(t.columns) > 1]
    if not spread or not _CELL_BREAK.search(text, start, end):
        return groups
    named: list[tuple[int, str, dict[int, int] | None]] = []  # each line with cells and no digit: a header's
    pos = start
    for line in text[start:end].split("\n"):
        stop = pos + len(line)
        if ("|" in line or "\t" in line) and not _DIGIT.search(line):
            named.append((stop, line, next((c for t in spread if (c := _printed_columns(line, t)) is not None), None)))
        pos = stop + 1
    reordered = [_moved(cells) for *_, cells in named]
    if not any(reordered):
        return groups
    headers: list[tuple[int, dict[int, int] | None]] = []  # where each header line ends, and its cells' columns
    for (stop, line, cells), moved in zip(named, reordered, strict=True):
        if moved:
            headers.append((stop, cells))
        elif cells is not None or any(lb in line for t in tables for c in t.columns for lb in c.labels):
            headers.append((stop, None))  # another table's header, or one in the template's order
    ends = [e for e, _ in headers]
    out = []
    for g in groups:
        k = bisect_right(ends, g.start)
        cells = headers[k - 1 if k else 0][1]  # numbers printed before the header are in its order
        if cells is None:
            out.append(g)
        elif (back := _put_back(text, g, cells)) is not None:
            out.append(back)
    return out


def total_named_first(text: str, start: int, end: int, table: Table) -> bool:
    """Whether the header of `table` printed in text[start:end], from its spanning header (申请人情况) on,
    names the 总计 column before the first column (自然人): the total printed first, which a row whose
    digits run together cannot tell."""
    total = table.column_by_id.get("total")
    head = text.rfind(table.span_header, start, end) if table.span_header else -1
    if total is None or head < 0:
        return False
    at = [
        min((i for lb in c.labels if (i := text.find(lb, head, end)) >= 0), default=-1)
        for c in (total, table.columns[0])
    ]
    return 0 <= at[0] < at[1]


def total_printed_elsewhere(cells: dict[str, int | float | None], table: Table) -> int | None:
    """The column a table's rows (a flat table's groups) print their 总计 in, when it is not the
    template's: where the rows do not add up to the template's total column, but every row adds up to
    another column (not zero in all of them) — the columns were printed in an order the text does not
    tell. The first such column, or None. A row of a correct table that is not all zeros adds up to its
    total column only."""
    ids = [c.id for c in table.columns]
    if "total" not in ids or len(ids) < 3:
        return None
    width, values = len(ids), [cells.get(c) for c in table.cell_ids]  # row by row
    grid = [values[k : k + width] for k in range(0, len(values), width)]
    rows = [row for row in grid if all(isinstance(v, int) for v in row)]
    at = ids.index("total")
    if all(2 * row[at] == sum(row) for row in rows):
        return None
    held = [p for p in range(len(ids)) if p != at and all(2 * row[p] == sum(row) for row in rows)]
    return next((p for p in held if any(row[p] for row in rows)), None)


def printed_by_columns(groups: list[Group], tables: tuple[Table, ...]) -> str | None:
    """The column label that a run of numbers follows, where tables printed together are printed column
    by column (a converter reading them down their columns: each column's header, then its cells from
    the top row down), else None. Printed row by row, every run of numbers follows a row's label (and a
    header's empty cells its last column's). A column label of two characters, a word as common as 总计
    or 其他, or that of a table's only column, tells nothing."""
    heads = []
    for t in tables:
        if not t.flat and len(t.columns) > 1:
            rows = {strip_numbering(r.label) for r in t.rows}
            heads += [lb for c in t.columns for lb in c.labels if len(lb) > 2 and strip_numbering(lb) not in rows]
    return next((lb for g in groups if not g.blank for lb in heads if g.before.endswith(lb)), None)
