"""Rows read from digits run together whose empty cells may have printed nothing at all.

A web page's text runs a row's cells together (`予以公开92939335`), and an empty cell, with no 0, — or
无 to show for it, leaves no trace: the digits are then one cell short of the row, yet may still split
into every cell (9, 2, 9, 3, 9, 3, 35 for an empty one, then 9, 2, 9, 3, 9, 335). Such a reading is
doubted only where the identities speak against it: it breaks one that counts the row, while a reading
with one of the row's cells empty lets every identity that counts the row hold; see `contested`. A row no
split of which into all its cells keeps its own total cannot add up whatever its cells are, unless one of
them is empty: see `broken_whatever_the_split`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product
from typing import Final

from ..templates import Equation, Kind, Template
from .values import EXACT, MAX_SPLITS, Value, blank_splits


@dataclass(frozen=True)
class GluedRow:
    """A row read from its printed tokens split into cells: what `split_group` split."""

    cells: tuple[str, ...]
    kinds: tuple[Kind, ...]
    texts: tuple[str, ...]
    joinable: tuple[bool, ...]


@lru_cache(maxsize=256)
def _touching(template: Template, cells: tuple[str, ...]) -> tuple[int, ...]:
    """The equations that count some of `cells`, by their place in the template's."""
    own = set(cells)
    return tuple(i for i, eq in enumerate(template.equations) if own.intersection(eq.cells))


Bounds = dict[str, tuple[Value, Value]]  # cells left open between the values their splits may give them


# the least and the most lhs − rhs may be, and whether cells without a value may raise (lower) it without bound
_Range = tuple[Value, Value, bool, bool]
_NOTHING: Final[_Range] = (0, 0, False, False)


def possible(template: Template, eq: Equation, values: dict[str, Value | None], bounds: Bounds | None = None) -> bool:
    """Whether the equation may hold, a cell without a value taking any its kind allows (a count or an
    amount none below 0, a change any), or one in `bounds` any between its two."""
    return _may_hold(_ranged(template, eq.lhs, eq.rhs, values, bounds, _NOTHING))


def _ranged(
    template: Template,
    lhs: Iterable[str],
    rhs: Iterable[str],
    values: Mapping[str, Value | None],
    bounds: Bounds | None,
    start: _Range,
) -> _Range | None:
    """`start` with the cells `lhs` and `rhs` added as `possible` counts them; None where one is a change
    without a value, which lets lhs − rhs be anything."""
    low, high, up, down = start
    for side, sign in ((lhs, 1), (rhs, -1)):
        for c in side:
            v = values.get(c)
            if v is not None:
                low += sign * v
                high += sign * v
            elif bounds and c in bounds:
                least, most = bounds[c]
                low += least if sign > 0 else -most
                high += most if sign > 0 else -least
            elif template.cell_kind[c] is Kind.SIGNED:
                return None
            elif sign > 0:
                up = True
            else:
                down = True
    return low, high, up, down


def _may_hold(r: _Range | None) -> bool:
    """Whether lhs − rhs may be 0 within the range (None: any)."""
    if r is None:
        return True
    low, high, up, down = r
    return (down or low < EXACT) and (up or high > -EXACT)


def contested(
    template: Template, values: dict[str, Value | None], rows: list[GluedRow]
) -> Iterator[tuple[GluedRow, list[dict[str, Value | None]]]]:
    """Each row as read (`values`) that breaks an identity counting it (one that no values of the cells
    not read can keep), with the readings of its digits one cell short, the other empty, that let every
    identity counting the row hold (if any do); or, of such rows none of whose readings alone does, each
    two counted by one identity that hold every identity counting either only both so read (two rows a
    cell short in one column keep it broken for each other: see `_short_pairs`)."""
    touched = [_touching(template, row.cells) for row in rows]
    eqs = template.equations
    broken = {i for i in set().union(*touched) if not possible(template, eqs[i], values)}
    if not broken:
        return
    alone: list[tuple[GluedRow, tuple[int, ...]]] = []
    for row, own in zip(rows, touched, strict=True):
        if broken.isdisjoint(own):
            continue
        if keeping := list(short_readings(template, values, row)):
            yield row, keeping
        else:
            alone.append((row, own))
    yield from _short_pairs(template, values, alone)


_PAIR_READINGS: Final = 64  # readings of each row of a pair tried together: a row's first ones, as the walk finds them
# pairs of readings tried in all, however many rows: a table of rows all broken stays quick
_PAIR_BUDGET: Final = 20_000


def _short_pairs(
    template: Template, values: dict[str, Value | None], rows: list[tuple[GluedRow, tuple[int, ...]]]
) -> Iterator[tuple[GluedRow, list[dict[str, Value | None]]]]:
    """Each of `rows` (with the identities counting it) that, with another counted by one identity too,
    lets every identity counting either hold where both are read one cell short: with those readings of
    it. Each row's readings are those that may hold with the other's cells open, up to `_PAIR_READINGS`; no
    more pairs are tried past `_PAIR_BUDGET` pairs of readings (the rows not reached are kept as read)."""
    found: dict[tuple[str, ...], list[dict[str, Value | None]]] = {}
    budget = _PAIR_BUDGET
    for k, (a, own_a) in enumerate(rows):
        for b, own_b in rows[k + 1 :]:
            if set(own_a).isdisjoint(own_b) or budget <= 0:
                continue
            open_ = values | dict.fromkeys(a.cells) | dict.fromkeys(b.cells)
            reads_a = list(islice(short_readings(template, open_, a), _PAIR_READINGS))
            reads_b = list(islice(short_readings(template, open_, b), _PAIR_READINGS)) if reads_a else []
            judged = [template.equations[i] for i in {*own_a, *own_b}]
            budget -= len(reads_a) * len(reads_b)
            for ra, rb in product(reads_a, reads_b):
                both = values | ra | rb
                if all(possible(template, eq, both) for eq in judged):
                    for row, read in ((a, ra), (b, rb)):
                        if read not in (kept := found.setdefault(row.cells, [])):
                            kept.append(read)
    for row, _ in rows:
        if row.cells in found:
            yield row, found[row.cells]


def short_readings(
    template: Template,
    values: dict[str, Value | None],
    row: GluedRow,
    readings: Iterable[list[Value | None]] | None = None,
    bounds: Bounds | None = None,
    blanks: int = 1,
) -> Iterator[dict[str, Value | None]]:
    """The readings of a row's digits one cell short, the other empty (`readings`, else every one of
    `blank_splits`; with `blanks` 0, into all its cells), under which every identity counting the row may
    hold, the other cells as `values` has them (those of other rows left open within their `bounds`; the
    row's own bounds are its full splits', which its empty cell need not keep)."""
    own = set(row.cells)
    # each equation's range over the other cells, found once for all readings (one that a change left
    # open may hold whatever the row reads), with the row's cells on each side
    judged: list[tuple[_Range, list[str], list[str]]] = []
    for i in _touching(template, row.cells):
        eq = template.equations[i]
        lhs, rhs = [c for c in eq.lhs if c not in own], [c for c in eq.rhs if c not in own]
        if (rest := _ranged(template, lhs, rhs, values, bounds, _NOTHING)) is not None:
            judged.append((rest, [c for c in eq.lhs if c in own], [c for c in eq.rhs if c in own]))
    if readings is not None:
        for reading in readings:
            cells = _cells_read(row, reading)
            if _all_may_hold(template, judged, cells):
                yield cells
        return
    # the identities to try once the walk has read j cells: all at first, then those counting cell j − 1 (the
    # others' ranges are as before), so a first few cells no reading could go on from are not read on; each
    # with its cells' places in the row
    place = {c: k for k, c in enumerate(row.cells)}
    placed = [(ranges, [place[c] for c in lhs], [place[c] for c in rhs]) for ranges, lhs, rhs in judged]
    trying = [placed] + [
        [p for p, (_, lhs, rhs) in zip(placed, judged, strict=True) if c in lhs or c in rhs] for c in row.cells
    ]
    signed = [template.cell_kind[c] is Kind.SIGNED for c in row.cells]

    def viable(prefix: list[Value | None], most: int | None) -> bool:
        """Whether the identities counting the cell `prefix` read last may hold whatever the rest read (as
        `_all_may_hold`), the cells still to read adding up to `most` at most (if known): the cells read by
        their places in `prefix`, not looked up by name, at each of the thousands of steps of a walk through
        a row's readings. A first few cells that leave too few digits for the row's total are so turned down
        before the total is read."""
        read = len(prefix)
        for (low, high, up, down), lhs, rhs in trying[read]:
            anything = False  # a change without a value: lhs − rhs may be anything
            for side, sign in ((lhs, 1), (rhs, -1)):
                left = False  # a cell of this side still to read
                for k in side:
                    if k < read and (v := prefix[k]) is not None:
                        low += sign * v
                        high += sign * v
                    elif signed[k]:
                        anything = True
                    elif k >= read and most is not None:
                        left = True
                    elif sign > 0:
                        up = True
                    else:
                        down = True
                if left and most is not None:
                    if sign > 0:
                        high += most
                    else:
                        low -= most
            if not (anything or ((down or low < EXACT) and (up or high > -EXACT))):
                return False
        return True

    for reading in blank_splits(row.texts, row.kinds, row.joinable, blanks=blanks, viable=viable):
        yield _cells_read(row, reading)


def _cells_read(row: GluedRow, reading: Sequence[Value | None]) -> dict[str, Value | None]:
    """The row's first cells, as many as `reading` reads, each with its value. Built by index, not with
    `dict(zip(...))`: the compiled build would call `zip` with its keyword, and step it as an object, at
    each of the thousands of steps of a walk through a row's readings."""
    cells = row.cells
    return {cells[k]: v for k, v in enumerate(reading)}


def _all_may_hold(
    template: Template, judged: list[tuple[_Range, list[str], list[str]]], cells: dict[str, Value | None]
) -> bool:
    """Whether every identity of `judged` (its range over the other cells, the row's cells on each side)
    may hold with the row's `cells` read so far, those not read (or empty) taking any value."""
    return all(_may_hold(_ranged(template, lhs_own, rhs_own, cells, None, rest)) for rest, lhs_own, rhs_own in judged)


def may_be_short(template: Template, values: dict[str, Value | None], row: GluedRow) -> bool:
    """Whether the row's digits, read one cell short, the other empty, also let every identity counting
    it hold: a row the identities do not settle where an empty cell may print nothing."""
    return next(short_readings(template, values, row), None) is not None


def broken_whatever_the_split(
    template: Template,
    values: dict[str, Value | None],
    row: GluedRow,
    splits: list[tuple[Value | None, ...]],
    bounds: Bounds,
) -> tuple[list[Equation], int]:
    """The identities a row of digits run together breaks however they are split into all its cells, given
    the other cells as read (`values`, those of other rows left open within their `bounds`), where every one
    of its `splits` breaks one of the row's own: each identity counting the row that every split breaks,
    else the row's own; and how many of its cells, one or two, left empty and printing nothing, let every
    identity counting the row hold (or give too many readings to try), 0 where neither does. Either way the
    report is at fault: its numbers do not add up, or it leaves cells of the row empty."""
    short_by = 0
    for blanks in (1, 2):
        short = list(blank_splits(row.texts, row.kinds, row.joinable, blanks=blanks))  # counted, then tried
        if len(short) >= MAX_SPLITS or next(short_readings(template, values, row, short, bounds), None) is not None:
            short_by = blanks
            break
    equations = [template.equations[i] for i in _touching(template, row.cells)]
    readings = [values | _cells_read(row, split) for split in splits]
    broken = [eq for eq in equations if not any(possible(template, eq, read, bounds) for read in readings)]
    return broken or [eq for eq in equations if set(eq.cells) <= set(row.cells)], short_by
