"""The sums a 统计表 states, as equations over the rows a report prints: those of the national form
(国办发〔2014〕32号) over a 统计表 printed on it, else those every region's form states (`indicator_sums`).
The 统计表 reader settles values run together with them, and the identity checks judge them."""

from __future__ import annotations

from functools import lru_cache

from ..normalize import half_width
from ..record import IndicatorRow
from ..templates import Equation, Template


@lru_cache(maxsize=4)
def _form_labels(template: Template) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The labels of the form's rows that hold a value, and of each of its sums (total first), half-width."""
    form = template.indicator_form
    if form is None:
        return (), ()
    return (
        tuple(half_width(r.label) for r in form.indicators),
        tuple(tuple(map(half_width, (total, *parts))) for total, parts in form.sums),
    )


def _on_form(template: Template, printed: list[str]) -> bool:
    """Whether a 统计表 whose rows print these labels (half-width) is on the template's form: most of its rows."""
    labels = _form_labels(template)[0]
    there = set(printed)
    return bool(labels) and 3 * sum(label in there for label in labels) >= 2 * len(labels)


def form_equations(template: Template | None, rows: list[IndicatorRow]) -> list[Equation]:
    """The sums the 统计表's form states as equations (`sums_and_bounds`)."""
    return sums_and_bounds(template, rows)[0]


def sums_and_bounds(template: Template | None, rows: list[IndicatorRow]) -> tuple[list[Equation], list[Equation]]:
    """The sums the 统计表's form states, one per value column, the cells keyed `indicator.<row>.<column>`: those
    that must hold as equations, and those whose parts (rhs) add up to at most the total (lhs). On the
    template's form: each total the first row of its label, each part the first so labelled after it, all
    equations. On another form: the template's `indicator_sums`, equations where the parts include what is
    left, else bounds (传真 on a form with no row for it)."""
    if template is None:
        return [], []
    printed = [half_width(r.label) for r in rows]
    if not _on_form(template, printed):
        sums: list[Equation] = []
        bounds: list[Equation] = []
        for at, whole in _region_sums(template, rows, printed):
            (sums if whole else bounds).extend(_equations(rows, at))
        return sums, bounds
    first = {label: i for i, label in reversed(list(enumerate(printed)))}
    out = []
    for total, *parts in _form_labels(template)[1]:
        at = [first[total]] if total in first else []
        for part in parts if at else ():
            i = next((i for i in range(at[0] + 1, len(rows)) if printed[i] == part), None)
            if i is None:
                break
            at.append(i)
        if len(at) == 1 + len(parts):
            out += _equations(rows, at)
    return out, []


def _region_sums(template: Template, rows: list[IndicatorRow], printed: list[str]) -> list[tuple[list[int], bool]]:
    """Each of the template's `indicator_sums` over the rows (their labels half-width in `printed`): a total's
    row and the two or more rows right under it whose labels are its parts' and whose unit is its own; and
    whether one of those is what is left."""
    out = []
    for spec in template.indicator_sums:
        total, part, rest = spec.patterns
        for i, label in enumerate(printed):
            if not total.fullmatch(label):
                continue
            j = i + 1
            while j < len(rows) and rows[j].unit == rows[i].unit and part.fullmatch(printed[j]):
                j += 1
            if j - i > 2:
                out.append((list(range(i, j)), any(rest.match(printed[k]) for k in range(i + 1, j))))
    return out


def _equations(rows: list[IndicatorRow], at: list[int]) -> list[Equation]:
    """Row at[0] is the sum of the rows at[1:], column by column."""
    return [
        Equation(
            "identity.indicator_sum",
            (f"indicator.{at[0]}.{col}",),
            tuple(f"indicator.{i}.{col}" for i in at[1:]),
            f"indicator.{at[0]}",
        )
        for col in rows[at[0]].values
    ]
