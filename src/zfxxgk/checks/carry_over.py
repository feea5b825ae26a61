"""Across years: what one report carries forward, the next must carry in, as each format declares."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from ..record import Finding, Number, Record, Severity
from ..templates import TEMPLATES, CarryOver, Template
from . import Context, Rule, finding

Cells = Mapping[str, Number | None]

RULES: Final = (
    Rule("carry_over.mismatch", Severity.WARNING, "本年“上年结转”与上一年报告的“结转下年度继续办理”等跨年数字不一致。"),
)


def mismatches(template: Template, last_year: Cells, this_year: Cells) -> Iterator[tuple[CarryOver, str]]:
    """Each carry-over of `template` that this year's cells break, with what it says: the cell, its value
    and the sum it should be. A carry-over with a blank (or, in last year's format, absent) cell is left out."""
    for co in template.carry_over:
        now = this_year.get(co.cell)
        last = [v for c in co.last if (v := last_year.get(c)) is not None]
        plus = [v for c in co.plus if (v := this_year.get(c)) is not None]
        minus = [v for c in co.minus if (v := this_year.get(c)) is not None]
        if now is None or (len(last), len(plus), len(minus)) != (len(co.last), len(co.plus), len(co.minus)):
            continue
        expected = sum(last) + sum(plus) - sum(minus)
        if now == expected:
            continue
        terms = " + ".join(f"上年 {c} {v}" for c, v in zip(co.last, last, strict=True))
        terms += "".join(f" + {c} {v}" for c, v in zip(co.plus, plus, strict=True))
        terms += "".join(f" − {c} {v}" for c, v in zip(co.minus, minus, strict=True))
        yield co, f"{co.label}：本年 {co.cell} = {now}，按上一年报告应为 {terms} = {expected}"


def check_carry_over(ctx: Context) -> Iterator[Finding]:
    prev, cur = ctx.previous, ctx.record
    template = TEMPLATES.get(cur.meta.template or "")
    if template is None or prev is None or prev.meta.year is None or cur.meta.year != prev.meta.year + 1:
        return
    for co, says in mismatches(template, prev.cells, cur.cells):
        yield finding("carry_over.mismatch", f"{says}。", (co.cell,))


def check_across_years(records: list[Record]) -> None:
    """Add to each report the carry-over findings against the same agency's report of the year
    before, when both are among `records`."""
    by_year = {(r.meta.agency, r.meta.year): r for r in records if r.error is None and r.meta.agency and r.meta.year}
    for (agency, year), rec in by_year.items():
        prev = by_year.get((agency, year - 1))
        if prev is not None:
            template = TEMPLATES.get(rec.meta.template or "")
            found = check_carry_over(Context(rec, template, previous=prev))
            rec.findings.extend(rec.located(found))


CHECKS: Final = (check_carry_over,)
