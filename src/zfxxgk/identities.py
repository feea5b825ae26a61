"""The identities of a template, evaluated on a record's cells: which equations are broken.

Rendering warns with these; the checks can turn them into error findings. Equations with a
missing or null cell are not judged (a blank is not a zero)."""

from __future__ import annotations

from collections.abc import Mapping

from .record import Finding, Number, Severity
from .templates import Equation, Template

TOLERANCE = 1e-6


def _side(cells: Mapping[str, Number | None], ids: tuple[str, ...]) -> Number | None:
    total: Number = 0
    for cid in ids:
        value = cells.get(cid)
        if value is None:
            return None
        total += value
    return total


def broken_equations(template: Template, cells: Mapping[str, Number | None]) -> list[Equation]:
    """The equations of `template` whose cells all have values and whose two sides differ."""
    broken = []
    for eq in template.equations:
        lhs, rhs = _side(cells, eq.lhs), _side(cells, eq.rhs)
        if lhs is not None and rhs is not None and abs(lhs - rhs) > TOLERANCE:
            broken.append(eq)
    return broken


def describe(eq: Equation, cells: Mapping[str, Number | None]) -> str:
    """A plain Chinese sentence naming the broken equation and its two sums."""

    def sides(ids: tuple[str, ...]) -> str:
        return " + ".join(ids) + f" = {_side(cells, ids)}"

    return f"{eq.about}：{sides(eq.lhs)}，但 {sides(eq.rhs)}"


def identity_findings(template: Template, cells: Mapping[str, Number | None]) -> list[Finding]:
    """One error finding per broken equation, naming every cell it involves."""
    return [Finding(eq.rule, Severity.ERROR, describe(eq, cells), eq.cells) for eq in broken_equations(template, cells)]
