"""Dates: signed or published before the year ends, published after the deadline, odd periods."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Final

from ..record import Finding, Severity
from . import Context, Rule, finding

RULES: Final = (
    Rule(
        "date.signed_before_period_end",
        Severity.ERROR,
        "落款日期早于统计期结束（报告写在所报告的年度结束之前，多为年份写错）。",
    ),
    Rule("date.published_before_period_end", Severity.ERROR, "发布日期早于统计期结束。"),
    Rule(
        "date.late",
        Severity.WARNING,
        "发布日期（页面未载明时，落款日期）晚于法定期限（部门1月31日，地方政府3月31日，2019年前均为3月31日；可配置）。",
    ),
    Rule("date.period", Severity.WARNING, "报告写明的统计期限不是该年1月1日至12月31日。"),
)


def deadline(ctx: Context, year: int) -> date:
    d = ctx.deadlines
    if year <= 2018:
        month, day = d.pre2019
    elif ctx.record.meta.level == "部门":
        month, day = d.department
    else:
        month, day = d.government
    return date(year + 1, month, day)


def check_dates(ctx: Context) -> Iterator[Finding]:
    meta = ctx.record.meta
    if meta.year is None:
        return
    period_end = date(meta.year, 12, 31)
    if meta.signed and date.fromisoformat(meta.signed) < period_end:
        yield finding(
            "date.signed_before_period_end",
            f"落款日期 {meta.signed} 早于所报告年度 {meta.year} 年的结束，日期或年份可能写错。",
            ("meta.signed",),
        )
    due = deadline(ctx, meta.year)
    if meta.published:
        published = date.fromisoformat(meta.published)
        if published < period_end:
            yield finding(
                "date.published_before_period_end",
                f"发布日期 {meta.published} 早于所报告年度 {meta.year} 年的结束。",
                ("meta.published",),
            )
        if published > due:
            yield finding(
                "date.late",
                f"发布日期 {meta.published} 晚于法定期限 {due.isoformat()}。",
                ("meta.published",),
            )
    elif meta.signed and date.fromisoformat(meta.signed) > due:
        yield finding(
            "date.late",
            f"落款日期 {meta.signed} 已晚于法定期限 {due.isoformat()}，报告不可能按期公布。",
            ("meta.signed",),
        )
    if meta.period_start and meta.period_end:
        want = (f"{meta.year}-01-01", f"{meta.year}-12-31")
        if (meta.period_start, meta.period_end) != want:
            yield finding(
                "date.period",
                f"统计期限写作 {meta.period_start} 至 {meta.period_end}，不是 {meta.year} 年全年。",
                ("meta.period_start", "meta.period_end"),
            )


CHECKS: Final = (check_dates,)
