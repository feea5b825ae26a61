"""The arithmetic identities of the tables, read from the template (行、列合计与勾稽关系)."""

from __future__ import annotations

from collections.abc import Iterator

from ..extract.values import holds
from ..record import Finding, Severity
from . import Context, Rule

RULES = (
    Rule("identity.row_total", Severity.ERROR, "三：某一行的总计不等于六类申请人之和。"),
    Rule("identity.outcome_total", Severity.ERROR, "三：某一列的（七）总计不等于各项办理结果之和。"),
    Rule("identity.balance", Severity.ERROR, "三：勾稽关系不成立——新收加上年结转不等于总计加结转下年。"),
    Rule(
        "identity.s4_total", Severity.ERROR, "四：行政复议或行政诉讼某一组的总计不等于维持、纠正、其他、尚未审结之和。"
    ),
)


def _fmt(cells: tuple[str, ...], values: dict) -> str:
    return "+".join(str(values[c]) for c in cells)


def check_identities(ctx: Context) -> Iterator[Finding]:
    if ctx.template is None:
        return
    cells = ctx.record.cells
    for eq in ctx.template.equations:
        if holds(eq, cells) is False:
            lhs, rhs = _fmt(eq.lhs, cells), _fmt(eq.rhs, cells)
            yield Finding(eq.rule, Severity.ERROR, f"{eq.about}：{lhs} ≠ {rhs}，数字不平。", eq.cells)


CHECKS = (check_identities,)
