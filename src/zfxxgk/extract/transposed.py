"""Tables printed transposed: the template's rows as columns, each of its columns as one row (三 with the
applicant types down the side — 自然人, 商业企业, …, 总计 — and the items across the top). Such a table is
known by its own structure: a header that names the template's row labels, rows under one heading in the
template's order, then one row of numbers named by each of the template's column labels. Each such row is
read as that column's cells, top to bottom. A flat table (四) printed so prints each cell as a row of one
number, named by its column label, each group's under the group's label. The table's identities then
confirm the reading."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from ..patterns import DIGIT
from ..templates import Column, Equation, Table, Template
from .align import Slot, slots_of
from .columns import row_names
from .groups import Group, Token


@dataclass(eq=False)  # made once per table by `_column_slots`: compared and hashed by identity
class ColumnSlot(Slot):
    """One column of a table, printed as a row: its cells from the template's first row down."""

    column: Column

    def __post_init__(self) -> None:
        super().__post_init__()
        table, column = self.table, self.column
        self.label = column.label
        self.cell_ids = tuple(table.cell_id(r.id, column.id) for r in table.rows)
        self.kinds = (column.kind,) * len(table.rows)


@lru_cache(maxsize=64)  # every table of every format
def _column_slots(table: Table) -> tuple[ColumnSlot, ...]:
    return tuple(ColumnSlot(table, None, len(table.rows), c) for c in table.columns)


@lru_cache(maxsize=64)
def equations_of(template: Template, table: Table) -> tuple[Equation, ...]:
    """The template's equations among the cells of `table`: its identities."""
    cells = set(table.cell_ids)
    return tuple(eq for eq in template.equations if cells.issuperset(eq.cells))


@lru_cache(maxsize=64)  # every table of every format
def _column_labels(table: Table) -> tuple[str, ...]:
    return tuple(lb for c in table.columns for lb in c.labels)


_AFTER_LABEL: Final = 6  # a word printed between a column's label and its number (单位：件, 类别): at most this long


def _named_column(before: str, table: Table) -> tuple[int, int] | None:
    """The column whose label (the longest, where several fit) ends the text before a row's numbers, or
    is followed there only by a short word of its own that names no column or row (`单位：件`), and where
    the label begins in `before`."""
    return _short_named_column(before, table) if len(before) <= _SHORT_BEFORE else _read_named_column(before, table)


_SHORT_BEFORE: Final = 200  # the text before a row's numbers, mostly its label: the same in report after report


def _read_named_column(before: str, table: Table) -> tuple[int, int] | None:
    labels = _column_labels(table)
    end = len(before)
    for k in range(min(_AFTER_LABEL, end) + 1):
        if not before.endswith(labels, 0, end - k):  # the common case, a row's label: told in one call, in place
            continue
        head = before[: end - k]
        if k and (DIGIT.search(before, len(head)) or _names_any(before[len(head) :], table)):
            return None
        found = [(len(lb), i) for i, c in enumerate(table.columns) for lb in c.labels if head.endswith(lb)]
        size, column = max(found)
        return column, len(head) - size
    return None


# each group's text is read up to three times a flat table (`_flat_body`, `_stacked_body`, `flat_by_columns`),
# and alike in report after report: read once
_short_named_column: Final = lru_cache(maxsize=4096)(_read_named_column)


def _names_any(word: str, table: Table) -> bool:
    """Whether `word` names a column or a row of `table`, whole or in part."""
    return any(lb in word for lb in _column_labels(table)) or row_names(table).search(word) is not None


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
        named = _named_column(g.before, table)
        col = None if named is None or g.blank else named[0]
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
    label, each row's under the row's label, in the template's order of rows, each row's columns once each
    in any order (their labels say which is which), that names every row. Its numbers as the one row the
    template prints (a cell the run leaves out a blank), and the run; else None."""
    width, rows = len(table.columns), len(table.rows)
    cells: dict[int, Token] = {}
    run: list[Group] = []
    row = -1
    seen: set[int] = set()  # the columns of the row read so far
    for g in groups:
        named = _named_column(g.before, table)
        if named is not None and len(toks := g.trimmed(1)) == 1:
            col, at = named
            label_row = _last_row(g.before[:at], table)
            if label_row is not None and label_row > row:
                row, seen = label_row, set()
            if row >= 0 and col not in seen:
                cells[row * width + col] = toks[0]
                seen.add(col)
                run.append(g)
                continue
        if not cells:
            continue
        if len({k // width for k in cells}) == rows:
            break
        cells, run, row, seen = {}, [], -1, set()
    if len({k // width for k in cells}) < rows:
        return None
    return _one_row(cells, run, width * rows), run


def _one_row(cells: dict[int, Token], run: list[Group], size: int) -> Group:
    """The first group of `run` printing the `size` cells of a flat table, each the token `cells` puts at
    its place in the template's order, or a blank."""
    at = run[-1].tokens[-1].end
    return replace(run[0], tokens=[cells.get(k) or Token(None, at, at) for k in range(size)])


def _stacked_body(text: str, start: int, groups: list[Group], table: Table) -> tuple[Group, list[Group]] | None:
    """A flat table printed one row per group (四's 行政复议, 未经复议直接起诉, 复议后起诉), then transposed: a
    header naming every group, since the last sentence before it, then a run of groups each named by a
    column label, every column once, each printing one number (or a blank) a group in the header's order.
    Its numbers as the one row the template prints, and the run; else None."""
    width, rows = len(table.columns), len(table.rows)
    run: dict[int, tuple[Group, list[Token]]] = {}
    for g in groups:
        named = _named_column(g.before, table)
        toks = g.trimmed(rows)
        fits = named is not None and not g.blank and len(toks) == rows
        if named is not None and fits and named[0] not in run:
            run[named[0]] = (g, toks)
            continue
        if len(run) == width:
            break
        run = {named[0]: (g, toks)} if named is not None and fits else {}
    if len(run) != width:
        return None
    ordered = sorted((g for g, _ in run.values()), key=lambda g: g.start)
    first = ordered[0].start
    head = max(start, text.rfind("。", start, first) + 1)
    if any(head <= g.start < first and not g.blank for g in groups):
        return None  # numbers stand between that sentence and the run: no header of the run alone
    header = "".join(text[head:first].split())  # a name wrapped over two lines whole again
    groups_named = (int(m.lastgroup[1:]) for m in row_names(table).finditer(header) if m.lastgroup)
    order = list(dict.fromkeys(groups_named))  # a group named again (a merged cell on each line): where first named
    if len(order) != rows:
        return None  # the header does not name every group: which number is whose is not told
    cells = {r * width + col: toks[k] for col, (_, toks) in run.items() for k, r in enumerate(order)}
    return _one_row(cells, ordered, width * rows), ordered


def flat_by_columns(groups: list[Group], table: Table) -> str | None:
    """The column label a number of a flat table follows where two or more runs of numbers do (the table
    printed column by column, in a shape `_flat_body` and `_stacked_body` do not read), else None. Printed
    row by row, only its one row of numbers follows its header's last label."""
    found = [(g, named[1]) for g in groups if not g.blank and (named := _named_column(g.before, table)) is not None]
    if len(found) < 2:
        return None
    g, at = found[0]
    return max((lb for lb in _column_labels(table) if g.before.startswith(lb, at)), key=len)


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
            if (flat := _flat_body(groups, t) or _stacked_body(text, start, groups, t)) is not None:
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
