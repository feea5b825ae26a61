"""Numbers in the prose: parts that do not add up to their stated total, and figures that
contradict the tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..patterns import gated
from ..record import Finding, Severity
from ..templates import Table, s3_outcome_kinds
from . import Context, Rule

RULES = (
    Rule("narrative.sum_mismatch", Severity.WARNING, "正文中列举的分项之和与其所说的总数不符。"),
    Rule("narrative.table_mismatch", Severity.WARNING, "正文中的数字与表格不符（如称未收到申请，表格却有申请）。"),
)

_UNITS = "条|件|篇|个|次|人次|期|场|项|份"
_ITEM = gated(rf"(?<![\d.])(\d+)\s*(?:余)?\s*({_UNITS})(?![\d])")
_OTHER = re.compile(r"其他|其它")
_LIST_END = re.compile(r"。|\n[ \t]*\n")
_WHEREOF = re.compile(r"[,，:：;；(（]?\s*其中(?:包括)?\s*[,，:：]?")
_CATEGORIES = re.compile(r"主要类别(?:有|包括|为)?\s*[:：]")
_SHARE_OF = re.compile(rf"(\d+)\s*({_UNITS})\s*(?:政府)?信息中\s*[,，]")
_HEADLINE = re.compile(r"主动公开[^。,，；;]{0,12}?(\d+)\s*条")


@dataclass
class _List:
    total: int
    unit: str
    parts: list[tuple[int, str]]  # (value, the words before it)
    start: int
    closed: bool  # a category list that names 其他: meant to be exhaustive


def _parts(text: str, start: int, unit: str) -> tuple[list[tuple[int, str]], int]:
    """Same-unit numbers from `start` to the sentence's end, skipping nested parentheses; a number
    that itself opens a new 其中 list ends this one."""
    end_m = _LIST_END.search(text, start)
    end = end_m.start() if end_m else len(text)
    parts: list[tuple[int, str]] = []
    depth, last, i = 0, start, start
    for m in _ITEM.finditer(text, start, end):
        seg = text[i : m.start()]
        depth += seg.count("(") + seg.count("（") - seg.count(")") - seg.count("）")
        i = m.start()
        if depth > 0 or m.group(2) != unit:
            continue
        if _WHEREOF.match(text, m.end()) and parts:
            break
        parts.append((int(m.group(1)), text[last : m.start()]))
        last = m.end()
    return parts, end


def find_lists(text: str) -> Iterator[_List]:
    """Every 'total, 其中 a, b, …' list and every category list with its headline total."""
    for m in _ITEM.finditer(text):
        w = _WHEREOF.match(text, m.end()) or _WHEREOF.match(text, m.end() + 1)
        if not w:
            # "共公布政府信息2599条，(其中…": the 其中 may follow a few words later
            tail = text[m.end() : m.end() + 12]
            k = tail.find("其中")
            if k < 0 or any(ch in tail[:k] for ch in "。；;"):
                continue
            w_end = m.end() + k + 2
        else:
            w_end = w.end()
        parts, _ = _parts(text, w_end, m.group(2))
        yield _List(int(m.group(1)), m.group(2), parts, m.start(), any(_OTHER.search(p[1]) for p in parts))
    for m in _SHARE_OF.finditer(text):
        parts, _ = _parts(text, m.end(), m.group(2))
        yield _List(int(m.group(1)), m.group(2), parts, m.start(), any(_OTHER.search(p[1]) for p in parts))
    for m in _CATEGORIES.finditer(text):
        head = None
        for h in _HEADLINE.finditer(text, max(0, m.start() - 1500), m.start()):
            head = h
            break
        if head is None:
            continue
        parts, _ = _parts(text, m.end(), "条")
        yield _List(int(head.group(1)), "条", parts, head.start(), any(_OTHER.search(p[1]) for p in parts))


def check_sums(ctx: Context) -> Iterator[Finding]:
    seen: set[int] = set()
    for lst in find_lists(ctx.text):
        if len(lst.parts) < 2 or lst.start in seen:
            continue
        total = sum(v for v, _ in lst.parts)
        if total == lst.total or not (lst.closed or total > lst.total):
            continue
        seen.add(lst.start)
        listed = "+".join(str(v) for v, _ in lst.parts)
        yield Finding(
            "narrative.sum_mismatch",
            Severity.WARNING,
            f"正文称共 {lst.total}{lst.unit}，所列各项 {listed} = {total}{lst.unit}，两者不符。",
            (f"text.{lst.start}",),
        )


_NONE_RECEIVED = re.compile(
    r"(?:未|没有|无)(?:收到|受理|发生)[^。，,]{0,10}(?:政府信息公开|依申请公开)?[^。，,]{0,4}申请"
)
_RECEIVED = re.compile(
    r"(?:收到|受理)[^。，,；;\d]{0,14}?申请\s*(\d+)\s*件|(?:收到|受理)\s*(\d+)\s*件[^。，,\d]{0,8}?申请"
)
_REVIEW = re.compile(r"行政复议\s*(\d+)\s*件")


def check_against_tables(ctx: Context) -> Iterator[Finding]:
    cells = ctx.record.cells
    if ctx.template is None or ctx.template.id == "pre2019":
        return
    received, carried = cells.get("s3.received.total"), cells.get("s3.carried_in.total")
    if received:
        m = _NONE_RECEIVED.search(ctx.text)
        if m:
            yield Finding(
                "narrative.table_mismatch",
                Severity.WARNING,
                f"正文称“{m.group(0)}”，表格三却列出本年新收申请 {received} 件。",
                ("s3.received.total",),
            )
    if received is not None:
        for m in _RECEIVED.finditer(ctx.text):
            n = int(m.group(1) or m.group(2))
            if n not in (received, received + (carried or 0)):
                yield Finding(
                    "narrative.table_mismatch",
                    Severity.INFO,
                    f"正文称{m.group(0)}，表格三的本年新收申请为 {received} 件（口径可能不同）。",
                    ("s3.received.total",),
                )
                break
    yield from _outcome_mismatches(ctx)
    review = cells.get("s4.review.total")
    if review is not None:
        for m in _REVIEW.finditer(ctx.text):
            if int(m.group(1)) != review:
                yield Finding(
                    "narrative.table_mismatch",
                    Severity.INFO,
                    f"正文称{m.group(0)}，表格四的行政复议总计为 {review} 件。",
                    ("s4.review.total",),
                )
                break


_AND = r"(?:及|和|与|、)"


@lru_cache(maxsize=8)
def _outcome_pattern(table: Table) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """`予以公开及部分公开258件`: one outcome kind or two joined, then its count, from the template's rows."""
    kinds = dict(s3_outcome_kinds(table))
    names = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(rf"({names})(?:{_AND}({names}))?[^。；;，,\d%]{{0,6}}?(\d+)\s*件")
    return pattern, kinds


def _row_count(cells: dict, table: Table, row: str) -> int | None:
    """The row's total, or the sum of its applicant cells where the total is blank."""
    total = cells.get(table.cell_id(row, "total"))
    if total is not None:
        return total
    parts = [cells.get(table.cell_id(row, c.id)) for c in table.columns if c.id != "total"]
    known = [v for v in parts if v is not None]
    return sum(known) if known else None


def _outcome_mismatches(ctx: Context) -> Iterator[Finding]:
    """Outcome counts stated in the prose (予以公开…件, 无法提供…件) that differ from table 三."""
    assert ctx.template is not None
    tables = ctx.template.section_tables(3)
    if not tables:
        return
    table = tables[0]
    pattern, kinds = _outcome_pattern(table)
    said: list[str] = []
    rows: list[str] = []
    for m in pattern.finditer(ctx.text):
        named = [k for k in (m.group(1), m.group(2)) if k]
        counts = [_row_count(ctx.record.cells, table, r) for k in named for r in kinds[k]]
        if any(c is None for c in counts):
            continue
        n = int(m.group(3))
        if n != sum(counts):
            said.append(f"{'及'.join(named)}{n}件，表格为{sum(counts)}件")
            rows.extend(table.row_prefix(r) for k in named for r in kinds[k] if table.row_prefix(r) not in rows)
    if said:
        yield Finding(
            "narrative.table_mismatch",
            Severity.WARNING,
            f"正文所述办理结果与表格三不符：{'；'.join(said)}。",
            tuple(rows),
        )


CHECKS = (check_sums, check_against_tables)
