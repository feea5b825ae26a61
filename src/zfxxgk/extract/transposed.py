"""Tables printed transposed: the template's rows as columns, each of its columns as one row (三 with the
applicant types down the side — 自然人, 商业企业, …, 总计 — and the items across the top). Such a table is
known by its own structure: a header that names the template's row labels, rows under one heading in the
template's order, then one row of numbers named by each of the template's column labels. Each such row is
read as that column's cells, top to bottom. A flat table (四) printed so prints each cell as a row of one
number, named by its column label, each group's under the group's label. The table's identities then
confirm the reading."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ..templates import Column, Equation, Kind, Table, Template
from .align import Slot, slots_of
from .columns import row_names
from .groups import Group, Token


@dataclass(frozen=True, eq=False)  # made once per table by `_column_slots`: compared and hashed by identity
class ColumnSlot(Slot):
    """One column of a table, printed as a row: its cells from the template's first row down."""

    column: Column

    @cached_property
    def label(self) -> str:
        return self.column.label

    @cached_property
    def cell_ids(self) -> tuple[str, ...]:
        return tuple(self.table.cell_id(r.id, self.column.id) for r in self.table.rows)

    @cached_property
    def kinds(self) -> tuple[Kind, ...]:
        return (self.column.kind,) * len(self.table.rows)


@lru_cache(maxsize=8)
def _column_slots(table: Table) -> tuple[ColumnSlot, ...]:
    return tuple(ColumnSlot(table, None, len(table.rows), c) for c in table.columns)


@lru_cache(maxsize=64)
def equations_of(template: Template, table: Table) -> tuple[Equation, ...]:
    """The template's equations among the cells of `table`: its identities."""
    cells = set(table.cell_ids)
    return tuple(eq for eq in template.equations if cells.issuperset(eq.cells))


@lru_cache(maxsize=8)
def _column_labels(table: Table) -> tuple[str, ...]:
    return tuple(lb for c in table.columns for lb in c.labels)


def _named_column(before: str, table: Table) -> int | None:
    """The column whose label (the longest, where several fit) ends the text before a row's numbers."""
    if not before.endswith(_column_labels(table)):  # the common case, a row's label: told in one call
        return None
    found = [(len(lb), i) for i, c in enumerate(table.columns) for lb in c.labels if before.endswith(lb)]
    return max(found)[1] if found else None


def _names_rows(header: str, table: Table) -> bool:
    """Whether a header (white space removed) names at least half the table's rows, the rows under each
    heading (and those under none) in the template's order."""
    at: dict[str | None, list[int]] = {}  # each heading → where its rows named are first named, in turn
    named = 0
    for r in table.rows:
        if (m := r.pattern.search(header)) is not None:
            at.setdefault(r.parent, []).append(m.start())
            named += 1
    return 2 * named >= len(table.rows) and all(p == sorted(p) for p in at.values())


def _body(groups: list[Group], table: Table) -> list[Group] | None:
    """The first run of groups that the table's column labels name, each once, one group per column (in
    the template's order of columns); else None."""
    run: dict[int, Group] = {}
    for g in groups:
        col = _named_column(g.before, table)
        col = None if col is None or g.blank else col
        if col is None or col in run:
            run = {} if col is None else {col: g}
        else:
            run[col] = g
        if len(run) == len(table.columns):
            return [run[i] for i in range(len(table.columns))]
    return None


def _last_row(text: str, table: Table) -> int | None:
    """The row of `table` that `text` names last, if any."""
    found = None
    for found in row_names(table).finditer(text):  # noqa: B007 — the last match is the one that counts
        pass
    return int(found.lastgroup[1:]) if found is not None and found.lastgroup else None


def _flat_body(groups: list[Group], table: Table) -> tuple[Group, list[Group]] | None:
    """A flat table printed transposed: a run of groups of one number (or a blank) each, named by a column
    label, each row's under the row's label, in the template's order of rows and of the columns within
    each, that names every row. Its numbers as the one row the template prints (a cell the run leaves
    out a blank), and the run; else None."""
    width, rows = len(table.columns), len(table.rows)
    cells: dict[int, Token] = {}
    run: list[Group] = []
    row = column = -1
    for g in groups:
        col = _named_column(g.before, table)
        if col is not None and len(toks := g.trimmed(1)) == 1:
            label = max(len(lb) for lb in table.columns[col].labels if g.before.endswith(lb))
            named = _last_row(g.before[:-label], table)
            if named is not None and named > row:
                row, column = named, -1
            if row >= 0 and col > column:
                cells[row * width + col], column = toks[0], col
                run.append(g)
                continue
        if not cells:
            continue
        if len({k // width for k in cells}) == rows:
            break
        cells, run, row, column = {}, [], -1, -1
    if len({k // width for k in cells}) < rows:
        return None
    at = run[-1].tokens[-1].end
    tokens = [cells.get(k) or Token(None, at, at) for k in range(width * rows)]
    return replace(run[0], tokens=tokens), run


def printed_transposed(
    text: str, start: int, template: Template, tables: tuple[Table, ...], groups: list[Group]
) -> tuple[list[tuple[Slot, Group]], list[Group]]:
    """Each table among `tables` printed transposed in text[start:…] whose identities can confirm the
    reading (三, 四): each column of a table as a slot, with the group that prints it, where a header
    since the last sentence before its rows names its rows (see `_names_rows`); a flat table's one slot
    with its numbers put together (see `_flat_body`). Also the groups that print them."""
    out: list[tuple[Slot, Group]] = []
    taken: list[Group] = []
    for t in tables:
        if len(t.columns) < 2 or not equations_of(template, t):
            continue
        if t.flat:
            if (flat := _flat_body(groups, t)) is not None:
                out.append((slots_of((t,))[0], flat[0]))
                taken += flat[1]
            continue
        body = _body(groups, t)
        if body is None:
            continue
        first = min(g.start for g in body)
        head = max(start, text.rfind("。", start, first) + 1)
        if _names_rows("".join(text[head:first].split()), t):
            out += zip(_column_slots(t), body, strict=True)
            taken += body
    return out, taken
