"""The arithmetic identities of the tables, read from the template (行、列合计与勾稽关系).

The one place a record's equations are judged and a broken one is put into words: the checks report
them as findings and rendering warns with the same findings. `holds` is the evaluator (exact for whole
numbers); an equation with a missing or null cell is not judged (a blank is not a zero)."""

from __future__ import annotations

from collections.abc import Iterator

from ..extract.values import Value, holds
from ..record import Finding, Severity
from ..templates import Equation, Template
from . import Context, Rule, finding

RULES = (
    Rule("identity.row_total", Severity.ERROR, "三：某一行的总计不等于六类申请人之和。"),
    Rule("identity.outcome_total", Severity.ERROR, "三：某一列的（七）总计不等于各项办理结果之和。"),
    Rule("identity.balance", Severity.ERROR, "三：勾稽关系不成立——新收加上年结转不等于总计加结转下年。"),
    Rule(
        "identity.s4_total", Severity.ERROR, "四：行政复议或行政诉讼某一组的总计不等于维持、纠正、其他、尚未审结之和。"
    ),
)


def broken_equations(template: Template, cells: dict[str, Value | None]) -> list[Equation]:
    """The equations of `template` whose cells all have values and whose two sides differ."""
    return [eq for eq in template.equations if holds(eq, cells) is False]


def _number(v: Value) -> str:
    return str(v) if isinstance(v, int) else f"{v:.6f}".rstrip("0").rstrip(".")


def _side(ids: tuple[str, ...], cells: dict[str, Value | None]) -> str:
    """`s3.a.x 3 + s3.a.y 4 = 7`; one cell alone without the sum."""
    values: list[Value] = [cells[c] for c in ids]  # type: ignore[misc]
    terms = " + ".join(f"{c} {_number(v)}" for c, v in zip(ids, values, strict=True))
    return terms if len(ids) == 1 else f"{terms} = {_number(sum(values))}"


def describe(eq: Equation, cells: dict[str, Value | None]) -> str:
    """A broken equation in one plain sentence: what it is about, its two sides and their sums."""
    return f"{eq.about}：{_side(eq.lhs, cells)} ≠ {_side(eq.rhs, cells)}，数字不平。"


def identity_findings(template: Template | None, cells: dict[str, Value | None]) -> list[Finding]:
    """One error finding per broken equation, naming every cell it involves."""
    if template is None:
        return []
    return [finding(eq.rule, describe(eq, cells), eq.cells) for eq in broken_equations(template, cells)]


def check_identities(ctx: Context) -> Iterator[Finding]:
    yield from identity_findings(ctx.template, ctx.record.cells)


CHECKS = (check_identities,)
