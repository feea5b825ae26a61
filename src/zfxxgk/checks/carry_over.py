"""Across years: what one report carries forward, the next must carry in."""

from __future__ import annotations

from collections.abc import Iterator

from ..record import Finding, Severity
from ..templates.common import S3_COLUMNS
from . import Context, Rule

RULES = (
    Rule("carry_over.mismatch", Severity.WARNING, "本年“上年结转”与上一年报告的“结转下年度继续办理”等跨年数字不一致。"),
)


def _pairs(ctx: Context) -> Iterator[tuple[str, str, str]]:
    """(this year's cell, last year's cells as a formula, label)."""
    for col in (c.id for c in S3_COLUMNS):
        yield f"s3.carried_in.{col}", f"s3.carried_forward.{col}", "上年结转"


def check_carry_over(ctx: Context) -> Iterator[Finding]:
    prev, cur = ctx.previous, ctx.record
    if prev is None or prev.meta.year is None or cur.meta.year != prev.meta.year + 1:
        return
    for here, there, label in _pairs(ctx):
        a, b = cur.cells.get(here), prev.cells.get(there)
        if a is not None and b is not None and a != b:
            yield Finding(
                "carry_over.mismatch",
                Severity.WARNING,
                f"{label} {here} = {a}，但上一年报告的 {there} = {b}。",
                (here,),
            )
    if cur.meta.template == "2021" and prev.meta.template == "2021":
        for row in ("regulations", "normative_documents"):
            last = prev.cells.get(f"s2.{row}.in_force")
            issued, repealed, now = (cur.cells.get(f"s2.{row}.{c}") for c in ("issued", "repealed", "in_force"))
            if None not in (last, issued, repealed, now) and last + issued - repealed != now:
                yield Finding(
                    "carry_over.mismatch",
                    Severity.WARNING,
                    f"现行有效件数 {now} ≠ 上年 {last} + 本年制发 {issued} − 本年废止 {repealed}。",
                    (f"s2.{row}.in_force",),
                )
    if cur.meta.template == "2019" and prev.meta.template == "2019":
        for row in ("licensing", "other_services", "punishment", "coercion", "fees"):
            p, c, now = (
                prev.cells.get(f"s2.{row}.previous"),
                prev.cells.get(f"s2.{row}.change"),
                cur.cells.get(f"s2.{row}.previous"),
            )
            if None not in (p, c, now) and p + c != now:
                yield Finding(
                    "carry_over.mismatch",
                    Severity.WARNING,
                    f"上一年项目数量 {now} ≠ 上年报告的 {p} + 增减 {c}。",
                    (f"s2.{row}.previous",),
                )


CHECKS = (check_carry_over,)
