"""The arithmetic identities of the tables, read from the template (行、列合计与勾稽关系).

The one place a record's equations are judged and a broken one is put into words: the checks report
them as findings and rendering warns with the same findings. `holds` is the evaluator (exact for whole
numbers); an equation with a missing or null cell is not judged (a blank is not a zero)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from ..extract.form_sums import sums_and_bounds
from ..extract.values import Value, holds
from ..numbering import NUMERALS
from ..record import Finding, IndicatorRow, Severity
from ..templates import Equation, Row, Template, cell_label
from . import Context, Rule, finding

RULES: Final = (
    Rule("identity.row_total", Severity.ERROR, "三：某一行的总计不等于六类申请人之和。"),
    Rule("identity.outcome_total", Severity.ERROR, "三：某一列的（七）总计不等于各项办理结果之和。"),
    Rule("identity.balance", Severity.ERROR, "三：勾稽关系不成立——新收加上年结转不等于总计加结转下年。"),
    Rule(
        "identity.s4_total", Severity.ERROR, "四：行政复议或行政诉讼某一组的总计不等于维持、纠正、其他、尚未审结之和。"
    ),
    Rule(
        "identity.indicator_sum",
        Severity.WARNING,
        "统计表（2014年全国统一表式）：表式列明为分项之和的指标（如收到申请数）不等于其分项之和。",
    ),
)


def broken_equations(template: Template, cells: dict[str, Value | None]) -> list[Equation]:
    """The equations of `template` whose cells all have values and whose two sides differ."""
    return [eq for eq in template.equations if holds(eq, cells) is False]


def _number(v: Value) -> str:
    return str(v) if isinstance(v, int) else f"{v:.6f}".rstrip("0").rstrip(".")


# a label's note: （二）部分公开（区分处理的，只计这一情形，不计其他情形）
_NOTE: Final = re.compile(r"（[^（）]{6,}）$")


def _row_name(row: Row, group: bool = True) -> str:
    """A row by its printed label without its note; with `group`, after the group it stands in when
    that is one of several (（三）不予公开·1.属于国家秘密, 行政诉讼·复议后起诉)."""
    label = _NOTE.sub("", row.label)
    own_group = row.parent and not re.match(f"[{NUMERALS}]+、", row.parent)  # not a section-wide heading
    return f"{row.parent}·{label}" if group and own_group else label


def _side(names: dict[str, str], ids: tuple[str, ...], cells: dict[str, Value | None]) -> str:
    """`（一）予以公开 3 + （二）部分公开 4 = 7`: each cell by its name and value, the sum after; one cell
    alone without the sum; of many, the cells that print 0 left out and said so."""
    values: list[Value] = [cells[c] for c in ids]  # type: ignore[misc]
    shown = [(names[c], v) for c, v in zip(ids, values, strict=True) if v or len(ids) <= 4]
    terms = " + ".join(f"{n} {_number(v)}" for n, v in shown) or "0"
    if len(ids) == 1:
        return terms
    rest = "（其余各项为 0）" if len(shown) < len(ids) else ""
    return f"{terms} = {_number(sum(values))}{rest}"


def _subject(template: Template, eq: Equation) -> tuple[str, dict[str, str]]:
    """The row or column an equation is about, by its printed name, and each of its cells by theirs."""
    places = [template.cell_place[c] for c in eq.cells]
    rows, columns = {id(r) for _, r, _ in places}, {id(c) for _, _, c in places}
    if len(rows) == 1:  # a row's total: the cells differ by column
        table, row, _ = places[0]
        subject = f"“{_row_name(row)}”一行" if not table.flat else f"“{_row_name(row)}”"
        return subject, {c: col.label for c, (_, _, col) in zip(eq.cells, places, strict=True)}
    if len(columns) == 1:  # a column's total: the cells differ by row
        names = {c: _row_name(row, group=False) for c, (_, row, _) in zip(eq.cells, places, strict=True)}
        return f"“{places[0][2].label}”一列", names
    return places[0][0].caption, {c: cell_label(t, r, col) for c, (t, r, col) in zip(eq.cells, places, strict=True)}


def describe(template: Template, eq: Equation, cells: dict[str, Value | None]) -> str:
    """A broken equation in one plain sentence: the row or column it is about, by its printed name, the
    cells of its two sides by theirs, with their values and sums."""
    subject, names = _subject(template, eq)
    return f"{subject}：{_side(names, eq.lhs, cells)} ≠ {_side(names, eq.rhs, cells)}，数字不平。"


def unsplit_finding(template: Template, eq: Equation, label: str, printed: str, short_by: int) -> Finding:
    """An equation that a row printed as digits run together (`printed`) breaks however they are split into
    all its cells; `short_by` (1 or 2) where it would hold were that many of them empty, printing nothing (an
    incomplete table then, not numbers that do not add up), 0 where it would not."""
    subject, _ = _subject(template, eq)
    unless = (
        f"，除非其中有{'一两'[short_by - 1]}个单元格空着、什么也没有印出（那样表格便有单元格未填写）"
        if short_by
        else "（读作其中有一两个单元格空着、什么也没有印出也不相符）"
    )
    return finding(
        eq.rule, f"“{label}”的数字连在一起印作“{printed}”，无论怎样拆分到各单元格，{subject}都不平{unless}。", eq.cells
    )


def identity_findings(template: Template | None, cells: dict[str, Value | None]) -> list[Finding]:
    """One error finding per broken equation, naming every cell it involves."""
    if template is None or not cells:
        return []  # no table read: no equation has the values to be judged
    return [finding(eq.rule, describe(template, eq, cells), eq.cells) for eq in broken_equations(template, cells)]


def check_identities(ctx: Context) -> Iterator[Finding]:
    yield from identity_findings(ctx.template, ctx.record.cells)


def indicator_sum_findings(template: Template | None, rows: list[IndicatorRow]) -> list[Finding]:
    """One warning per broken sum of the form (`form_equations`); a null is not judged."""
    if not rows:
        return []  # no 统计表 read: no sum of its form to judge
    sums, bounds = sums_and_bounds(template, rows)
    if not sums and not bounds:
        return []  # none of its form's sums printed: nothing to judge
    values = {f"indicator.{i}.{c}": v for i, r in enumerate(rows) for c, v in r.values.items()}
    out = []
    for eq in sums:
        if holds(eq, values) is False:
            out.append(finding(eq.rule, _sum_message(rows, eq, "数字不平"), eq.cells))
    for eq in bounds:  # parts of a total whose form leaves some kinds out
        whole, parts = values.get(eq.lhs[0]), [values.get(c) for c in eq.rhs]
        numbers = [v for v in parts if isinstance(v, int | float)]
        if isinstance(whole, int | float) and len(numbers) == len(parts) and sum(numbers) > whole:
            out.append(finding(eq.rule, _sum_message(rows, eq, "分项之和大于总数"), eq.cells))
    return out


def _sum_message(rows: list[IndicatorRow], eq: Equation, says: str) -> str:
    """统计表“total”（column）为 N，而 part a + part b … = M，`says`。"""
    col = eq.lhs[0].split(".", 2)[2]
    total, *parts = (rows[int(c.split(".")[1])] for c in eq.cells)
    terms = " + ".join(f"{r.label} {_number(r.values[col] or 0)}" for r in parts)
    added = _number(sum(r.values[col] or 0 for r in parts))
    return f"统计表“{total.label}”（{col}）为 {_number(total.values[col] or 0)}，而{terms} = {added}，{says}。"


def check_indicator_sums(ctx: Context) -> Iterator[Finding]:
    yield from indicator_sum_findings(ctx.template, ctx.record.indicators)


CHECKS: Final = (check_identities, check_indicator_sums)
