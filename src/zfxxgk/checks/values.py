"""Values of the wrong kind, and values no real body of that level would print."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ..record import Finding, Severity
from ..templates import Kind
from . import Context, Rule, finding

RULES: Final = (
    Rule("value.invalid", Severity.ERROR, "单元格的数不合其类型：计数应为非负整数，金额不应为负。"),
    Rule(
        "value.implausible",
        Severity.WARNING,
        "数值与机关层级或表内其他数明显不符（如乡镇制发规章、单位疑为元而非万元）。",
    ),
)

_LOCAL: Final = ("乡镇", "街道")
_NO_RULEMAKING: Final = ("乡镇", "街道", "区县")  # only 省级 and 设区的市 governments make 规章 (立法法 第九十三条)


def check_kinds(ctx: Context) -> Iterator[Finding]:
    if ctx.template is None:
        return
    kinds = ctx.template.cell_kind
    for cell, v in ctx.record.cells.items():
        if v is None or (type(v) is int and v >= 0):
            continue  # a count: the common case, of every kind
        kind = kinds.get(cell)
        if kind is None or (type(v) is int and kind is Kind.SIGNED):
            continue
        if kind is Kind.COUNT:
            bad = v < 0 or v != int(v) or isinstance(v, float)
        elif kind is Kind.AMOUNT:
            bad = v < 0
        else:  # Kind.SIGNED
            bad = v != int(v)
        if bad:
            want = {"count": "非负整数", "signed": "整数", "amount": "非负数"}[kind.value]
            yield finding("value.invalid", f"{cell} 印作 {v}，应为{want}。", (cell,))


def check_plausible(ctx: Context) -> Iterator[Finding]:
    cells, level = ctx.record.cells, ctx.record.meta.level
    made = "made" if ctx.template and ctx.template.id == "2019" else "issued"
    regs = cells.get(f"s2.regulations.{made}")
    if level in _NO_RULEMAKING and regs:
        yield finding(
            "value.implausible",
            f"{level}级机关无权制定规章，却填报本年制作/制发规章 {regs} 件。",
            (f"s2.regulations.{made}",),
        )
    docs = cells.get(f"s2.normative_documents.{made}")
    if level in _LOCAL and docs is not None and docs > 30:
        yield finding(
            "value.implausible",
            f"{level}一年制作规范性文件 {docs} 件，远超常见数量，可能填错了栏目。",
            (f"s2.normative_documents.{made}",),
        )
    if made == "made" and docs and docs >= 10 and cells.get("s2.normative_documents.total_published") == 0:
        yield finding(
            "value.implausible",
            f"本年新制作规范性文件 {docs} 件，对外公开总数量却为 0。",
            ("s2.normative_documents.made", "s2.normative_documents.total_published"),
        )
    fee = cells.get("s2.fees.amount")
    if level in _LOCAL and fee is not None and fee > 10000:
        yield finding(
            "value.implausible",
            f"{level}本年收费金额 {fee} 万元（逾一亿元），单位可能应为元而非万元。",
            ("s2.fees.amount",),
        )


CHECKS: Final = (check_kinds, check_plausible)
