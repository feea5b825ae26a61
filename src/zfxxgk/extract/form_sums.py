"""The sums the national 统计表 form states (国办发〔2014〕32号), as equations over the rows a report prints
on it: the 统计表 reader settles values run together with them, and the identity checks judge them."""

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


def form_equations(template: Template | None, rows: list[IndicatorRow]) -> list[Equation]:
    """The sums the template's form states, over a 统计表 printed on it (most of the form's rows there),
    one per value column, the cells keyed `indicator.<row>.<column>`; the first row of each label."""
    if template is None:
        return []
    labels, sums = _form_labels(template)
    first = {half_width(r.label): i for i, r in reversed(list(enumerate(rows)))}
    if not labels or 3 * sum(label in first for label in labels) < 2 * len(labels):
        return []
    out = []
    for row_labels in sums:
        at = [first[k] for k in row_labels if k in first]
        if len(at) == len(row_labels):
            out += [
                Equation(
                    "identity.indicator_sum",
                    (f"indicator.{at[0]}.{col}",),
                    tuple(f"indicator.{i}.{col}" for i in at[1:]),
                    f"indicator.{at[0]}",
                )
                for col in rows[at[0]].values
            ]
    return out
