"""Statutory tables as grids of merged cells, built from the template: the one picture of a table that
every output (HTML, Word, text layouts) draws from.

A `Grid` keeps, row by row, only the cells that start there (as HTML does); `place` gives each its
column, and `covered` tells which positions a cell above spans into (Word's vertical-merge cells).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby

from ..record import IndicatorRow, Number, Record
from ..templates import Kind, Row, Table, Template


@dataclass(frozen=True)
class GridCell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    role: str = "label"  # caption | header | note | label | unit | value
    cell_id: str | None = None

    @property
    def header(self) -> bool:
        return self.role in ("caption", "header", "note")


@dataclass(frozen=True)
class Grid:
    key: str  # "s2", "s3", "s4" or "indicators"
    width: int
    rows: tuple[tuple[GridCell, ...], ...]
    header_rows: int = 0  # how many leading rows are headers (a caption row counts)
    aligned: bool = False  # a PDF's text lays its values out in columns (see `layouts._spaces_grid`)
    narrow: bool = False  # laid out so, its value columns too narrow for their names, which wrap

    def place(self) -> list[list[tuple[int, GridCell]]]:
        """For each row, its cells with the column each starts in."""
        taken: set[tuple[int, int]] = set()
        out: list[list[tuple[int, GridCell]]] = []
        for r, row in enumerate(self.rows):
            col, placed = 0, []
            for cell in row:
                while (r, col) in taken:
                    col += 1
                placed.append((col, cell))
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        taken.add((r + dr, col + dc))
                col += cell.colspan
            out.append(placed)
        return out

    def covered(self) -> list[list[tuple[int, GridCell | None]]]:
        """Each row as Word holds it: every grid column once, horizontal spans as one cell, and a cell
        that a vertical span covers as None (the continuation of the cell above)."""
        starts: dict[tuple[int, int], GridCell] = {}
        below: set[tuple[int, int]] = set()
        for r, placed in enumerate(self.place()):
            for col, cell in placed:
                starts[(r, col)] = cell
                for dr in range(1, cell.rowspan):
                    below.add((r + dr, col))
        spans = {(r, c): cell.colspan for (r, c), cell in starts.items()}
        out: list[list[tuple[int, GridCell | None]]] = []
        for r in range(len(self.rows)):
            row: list[tuple[int, GridCell | None]] = []
            col = 0
            while col < self.width:
                if (r, col) in starts:
                    row.append((col, starts[(r, col)]))
                    col += spans[(r, col)]
                elif (r, col) in below:
                    above = next(starts[(rr, col)] for rr in range(r - 1, -1, -1) if (rr, col) in starts)
                    row.append((col, None))
                    col += above.colspan
                else:
                    col += 1
            out.append(row)
        return out


_DIGIT = 0.55  # a digit's width in em: Times New Roman's is 0.5, a CJK serif's a little more
_PAD = 0.8  # a cell's left and right padding together, with room for a font's rounding, in em
_GROUP = 3  # a group label's column fits its numbering on one line: （三）
_SHORT_LABEL, _LONG_LABEL = 8, 20  # a row label's column fits this much at least, and at most
_MIN_DIGITS = 4  # every value column fits a four-digit count on one line


def column_shares(grid: Grid, width: float) -> list[float]:
    """The share of the table's width (`width` em of its font) each column gets, as the statutory form
    sets them: each value column fits its longest number (four digits at least) on one line, a column
    of group labels its numbering, a column of row labels its longest label as far as there is room;
    what is left widens the value columns."""
    placed = [(col, cell) for row in grid.place() for col, cell in row]
    starts = [col for col, cell in placed if cell.role == "value"]
    first_value = min(starts) if starts else 0
    digits = [_MIN_DIGITS] * grid.width
    longest = [2] * grid.width  # the longest label each label column holds alone, in em
    grouped = [True] * grid.width
    for col, cell in placed:
        if cell.colspan > 1:
            continue
        if cell.role == "value":
            digits[col] = max(digits[col], len(cell.text))
        elif col < first_value:
            longest[col] = max(longest[col], min(len(cell.text), _LONG_LABEL))
            grouped[col] = grouped[col] and cell.rowspan > 1
    need = [digits[c] * _DIGIT + _PAD for c in range(grid.width)]
    wants = [0.0] * grid.width  # what a row label's column could use beyond its need
    for c in range(first_value):
        need[c] = min(longest[c], _GROUP if grouped[c] else _SHORT_LABEL) + _PAD
        wants[c] = 0.0 if grouped[c] else longest[c] + _PAD - need[c]
    spare = width - sum(need)
    if spare < 0:  # too narrow: row labels wrap more, down to a group label's width, before numbers do
        give = [need[c] - _GROUP - _PAD if c < first_value and not grouped[c] else 0.0 for c in range(grid.width)]
        cut = min(-spare, sum(give))
        need = [n - cut * g / (sum(give) or 1) for n, g in zip(need, give, strict=True)]
        return [n / sum(need) for n in need]
    for c in range(first_value):
        need[c] += min(wants[c], spare * wants[c] / (sum(wants) or 1))
    spare = width - sum(need)
    for c in range(first_value, grid.width):
        need[c] += spare / (grid.width - first_value)
    return [n / width for n in need]


def format_value(value: Number | None, kind: Kind = Kind.COUNT, unit: str | None = None) -> str:
    """A cell as printed: counts as integers, signed changes with their sign, amounts without exponent."""
    if value is None:
        return ""
    if kind is Kind.SIGNED:
        text = f"+{int(value)}" if value > 0 else str(int(value))
    elif isinstance(value, float) and not value.is_integer():
        text = format(Decimal(repr(value)), "f")
    else:
        text = str(int(value))
    return text + (unit or "")


def _value_cell(table: Table, record: Record, row: Row, col_index: int, colspan: int = 1) -> GridCell:
    col = table.columns[col_index]
    cid = table.cell_id(row.id, col.id)
    return GridCell(format_value(record.cells.get(cid), col.kind, record.units.get(cid)), 1, colspan, "value", cid)


def label_paths(rows: tuple[Row, ...]) -> list[tuple[str, ...]]:
    """Each row's labels from the outermost group to its own: a parent that is not the parent of the
    first row of its grouped run is nested under that one (三（三）不予公开 under 三、本年度办理结果)."""
    paths: list[tuple[str, ...]] = []
    outer: str | None = None
    for row in rows:
        if row.parent is None:
            outer = None
            paths.append((row.label,))
            continue
        if outer is None:
            outer = row.parent
        paths.append((row.parent, row.label) if row.parent == outer else (outer, row.parent, row.label))
    return paths


def _label_cells(paths: list[tuple[str, ...]], depth: int) -> list[list[GridCell]]:
    """The label columns of each body row, merging a group label over the rows it spans."""
    out: list[list[GridCell]] = [[] for _ in paths]
    for i, path in enumerate(paths):
        for level, text in enumerate(path[:-1]):
            if i > 0 and paths[i - 1][: level + 1] == path[: level + 1] and len(paths[i - 1]) > level + 1:
                continue  # spanned from above
            span = 1
            while i + span < len(paths) and paths[i + span][: level + 1] == path[: level + 1]:
                span += 1
            out[i].append(GridCell(text, rowspan=span))
        out[i].append(GridCell(path[-1], colspan=depth - len(path) + 1))
    return out


def _column_headers(table: Table, depth: int) -> list[list[GridCell]]:
    """Header rows over the value columns, with a spanning cell for each column group."""
    grouped = any(c.group for c in table.columns)
    rows: list[list[GridCell]] = [[] for _ in range(2 if grouped else 1)]
    for group, run in groupby(table.columns, key=lambda c: c.group):
        members = list(run)
        if group is None:
            rows[0].extend(GridCell(c.label, rowspan=len(rows), role="header") for c in members)
            continue
        rows[0].append(GridCell(group, colspan=len(members), role="header"))
        rows[1].extend(GridCell(c.label, role="header") for c in members)
    return rows


def matrix_grid(table: Table, record: Record, width: int | None = None, caption: bool = False) -> Grid:
    """A table of labelled rows × value columns (三, and each table of 二)."""
    paths = label_paths(table.rows)
    depth = max(len(p) for p in paths)
    ncols = len(table.columns)
    width = width or depth + ncols
    pad = width - depth - ncols  # 二: a narrower table fills the shared width
    heads = _column_headers(table, depth)
    rows: list[list[GridCell]] = []
    if caption:
        rows.append([GridCell(table.caption, colspan=width, role="caption")])
    if table.note:  # 三: the 勾稽关系 note heads the label columns, 申请人情况 spans the applicants
        rows.append([GridCell(table.note, rowspan=len(heads) + 1, colspan=depth, role="note")])
        rows[-1].append(GridCell(table.span_header, colspan=ncols, role="header"))
        rows.extend(heads)
    else:
        heads[0].insert(0, GridCell(table.stub_header, rowspan=len(heads), colspan=depth, role="header"))
        if pad and ncols == 1:
            heads[0][-1] = GridCell(heads[0][-1].text, heads[0][-1].rowspan, 1 + pad, "header")
        elif pad:
            heads[0].extend(GridCell("", rowspan=len(heads), role="header") for _ in range(pad))
        rows.extend(heads)
    header_rows = len(rows)
    for row, labels in zip(table.rows, _label_cells(paths, depth), strict=True):
        values = [_value_cell(table, record, row, j, 1 + pad if ncols == 1 else 1) for j in range(ncols)]
        filler = [GridCell("", role="value") for _ in range(pad)] if pad and ncols > 1 else []
        rows.append(labels + values + filler)
    return Grid(table.prefix, width, tuple(tuple(r) for r in rows), header_rows)


def stacked_grid(tables: tuple[Table, ...], record: Record) -> Grid:
    """Several small tables printed as one, each under its caption row (二, 第二十条各项)."""
    depth = max(max(len(p) for p in label_paths(t.rows)) for t in tables)
    width = depth + max(len(t.columns) for t in tables)
    rows: list[tuple[GridCell, ...]] = []
    for t in tables:
        rows.extend(matrix_grid(t, record, width, caption=True).rows)
    return Grid(tables[0].prefix, width, tuple(rows), 0)


def flat_grid(table: Table, record: Record) -> Grid:
    """A table whose rows print side by side as column groups, values on one line (四)."""
    ncols = len(table.columns)
    depth = 3 if any(r.parent for r in table.rows) else 2
    top: list[GridCell] = []
    middle: list[GridCell] = []
    bottom: list[GridCell] = []
    labels = [GridCell(c.label, role="header") for c in table.columns]
    for parent, run in groupby(table.rows, key=lambda r: r.parent):
        members = list(run)
        if parent is None:
            for row in members:
                top.append(GridCell(row.label, colspan=ncols, role="header"))
                middle.extend(GridCell(c.text, rowspan=depth - 1, role="header") for c in labels)
            continue
        top.append(GridCell(parent, colspan=ncols * len(members), role="header"))
        for member in members:
            middle.append(GridCell(member.label, colspan=ncols, role="header"))
            bottom.extend(labels)
    values = [_value_cell(table, record, r, j) for r in table.rows for j in range(ncols)]
    rows = (tuple(top), tuple(middle)) + ((tuple(bottom),) if depth == 3 else ()) + (tuple(values),)
    return Grid(table.prefix, ncols * len(table.rows), rows, depth)


def indicator_columns(indicators: list[IndicatorRow]) -> list[str]:
    """The value columns of a 统计表, in the order first printed."""
    cols: list[str] = []
    for ind in indicators:
        cols.extend(k for k in ind.values if k not in cols)
    return cols


def indicator_grid(template: Template, record: Record) -> Grid:
    """The pre-2019 统计表 (`template`'s header, or its fixed form's where the record's rows are the
    form's): label, unit, one value per printed column, each value with the id its provenance is keyed by
    (`indicator.<row>.<column>`)."""
    cols = indicator_columns(record.indicators)
    form = template.indicator_form
    printed: list[tuple[str, str, str | None]]  # number, label, unit (None: a heading over the rows below it)
    if form is None or [(r.label, r.unit) for r in form.indicators] != [(i.label, i.unit) for i in record.indicators]:
        header, printed = template.indicator_header, [("", ind.label, ind.unit or "") for ind in record.indicators]
    else:
        header, printed = form.header, [(r.number, r.label, r.unit) for r in form.rows]
    head = tuple(GridCell(t, role="header") for t in (*header, *cols))
    body, i = [], 0
    for number, label, unit in printed:
        if unit is None:  # a heading over the rows below it
            dashes = (GridCell("—", role="value") for _ in cols)
            body.append((GridCell(number + label), GridCell("—", role="unit"), *dashes))
            continue
        values = record.indicators[i].values
        cells = (GridCell(format_value(values.get(c)), role="value", cell_id=f"indicator.{i}.{c}") for c in cols)
        body.append((GridCell(number + label), GridCell(unit, role="unit"), *cells))
        i += 1
    return Grid("indicators", len(head), (head, *body), 1)


def section_grids(template: Template, number: int, record: Record) -> list[Grid]:
    """The grids printed after the text of section `number`; a table with no cell in the record is left out."""
    tables = tuple(t for t in template.section_tables(number) if any(c in record.cells for c in t.cell_ids))
    if not tables:
        return []
    if len(tables) > 1:
        return [stacked_grid(tables, record)]
    table = tables[0]
    if table.flat:
        return [flat_grid(table, record)]
    return [matrix_grid(table, record, caption=len(template.section_tables(number)) > 1)]
