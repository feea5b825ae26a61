"""Across years: what one report carries forward, the next must carry in, as each format declares."""

from __future__ import annotations

from collections.abc import Iterator

from ..record import Finding, Record, Severity
from ..templates import TEMPLATES
from . import Context, Rule, finding

RULES = (
    Rule("carry_over.mismatch", Severity.WARNING, "本年“上年结转”与上一年报告的“结转下年度继续办理”等跨年数字不一致。"),
)


def check_carry_over(ctx: Context) -> Iterator[Finding]:
    prev, cur = ctx.previous, ctx.record
    template = TEMPLATES.get(cur.meta.template or "")
    if template is None or prev is None or prev.meta.year is None or cur.meta.year != prev.meta.year + 1:
        return
    for co in template.carry_over:  # last year's cells exist only if its format has them
        now = cur.cells.get(co.cell)
        last = [prev.cells.get(c) for c in co.last]
        plus = [cur.cells.get(c) for c in co.plus]
        minus = [cur.cells.get(c) for c in co.minus]
        if now is None or None in last or None in plus or None in minus:
            continue
        expected = sum(last) + sum(plus) - sum(minus)  # type: ignore[arg-type]
        if now == expected:
            continue
        terms = " + ".join(f"上年 {c} {v}" for c, v in zip(co.last, last, strict=True))
        terms += "".join(f" + {c} {v}" for c, v in zip(co.plus, plus, strict=True))
        terms += "".join(f" − {c} {v}" for c, v in zip(co.minus, minus, strict=True))
        yield finding(
            "carry_over.mismatch",
            f"{co.label}：本年 {co.cell} = {now}，按上一年报告应为 {terms} = {expected}。",
            (co.cell,),
        )


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


CHECKS = (check_carry_over,)
