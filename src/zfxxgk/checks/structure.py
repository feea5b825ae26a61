"""Is the report built as its year requires: the right format, all six sections, in order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ..record import Finding, Severity
from ..templates import Section, Template, template_for_year
from . import Context, Rule, finding

RULES: Final = (
    Rule("section.missing", Severity.ERROR, "缺少法定的某个部分（六个部分之一）。"),
    Rule("section.disordered", Severity.WARNING, "六个部分的顺序与法定格式不一致。"),
    Rule("section.empty", Severity.WARNING, "某个法定部分只有标题，没有正文。"),
    Rule(
        "template.mismatch",
        Severity.ERROR,
        "表格所用的格式与报告年度应使用的格式不符（如2022年报告用了2019年版表格）。",
    ),
    Rule(
        "template.outdated_citation", Severity.WARNING, "2021年及以后的报告仍引用已被替代的国办公开办函〔2019〕60号。"
    ),
)


def _content_printed(ctx: Context, template: Template, section: Section) -> bool:
    """Whether a section whose heading was not found is there all the same: its table was read, or
    its words stand where it would (a converter dropped the heading: `segment.implied_headings`)."""
    if section.number in ctx.implied:
        return True
    return any(c in ctx.record.cells for table in template.section_tables(section.number) for c in table.cell_ids)


def check_sections(ctx: Context) -> Iterator[Finding]:
    t = ctx.template
    if t is None or ctx.record.error:
        return
    for s in t.sections:
        if s.required and s.number not in ctx.headings and not _content_printed(ctx, t, s):
            yield finding("section.missing", f"报告缺少“{s.title}”部分。", (f"section.{s.number}",))
    statutory = {s.number for s in t.sections if s.required}  # before 2019 the sections had no fixed order
    order = [n for n, _ in sorted(ctx.headings.items(), key=lambda kv: kv[1]) if n in statutory]
    if order != sorted(order):
        yield finding(
            "section.disordered",
            "各部分的顺序与法定格式不一致：" + "、".join(str(n) for n in order) + "。",
            tuple(f"section.{n}" for n in order),
        )


_SLACK: Final = 4  # characters a heading line may hold beyond its section's title before it holds text too


def check_empty_sections(ctx: Context) -> Iterator[Finding]:
    """A statutory section printed with its heading and no text under it (a section with tables has
    `table.missing` for that); a heading line that runs on past its title (六、其他需要报告的事项无)
    holds the section's text."""
    t = ctx.template
    if t is None or ctx.record.error:
        return
    for s in t.sections:
        own = ctx.record.sections.get(str(s.number))
        if own is None or (own.text and not own.text.isspace()) or not s.required or t.section_tables(s.number):
            continue
        if len("".join(own.title.split())) > len(s.title) + _SLACK:
            continue
        yield finding("section.empty", f"“{s.title}”部分只有标题，没有内容。", (f"section.{s.number}",))


def _printed_in(ctx: Context, template: Template) -> bool:
    """Whether the report prints the tables of `template` (not only falls back to it for its year): a
    format with statutory tables is detected from them; the 统计表 counts once a row of it is read."""
    return bool(template.tables) or bool(ctx.record.indicators)


def check_template(ctx: Context) -> Iterator[Finding]:
    meta = ctx.record.meta
    if ctx.template is None or meta.year is None:
        return
    expected = template_for_year(meta.year)
    if expected is not None and expected.id != ctx.template.id and _printed_in(ctx, ctx.template):
        yield finding(
            "template.mismatch",
            f"这是{meta.year}年的报告，应使用“{expected.name}”（{expected.source}），"
            f"但表格用的是“{ctx.template.name}”（{ctx.template.source}）。",
            tuple(sorted({tb.prefix for tb in ctx.template.tables})) or ("indicator",),
        )
    if meta.year >= 2021 and "〔2019〕60号" in ctx.text:
        yield finding(
            "template.outdated_citation",
            "2021年及以后的报告应按国办公开办函〔2021〕30号编制，但正文仍引用〔2019〕60号。",
        )


CHECKS: Final = (check_sections, check_empty_sections, check_template)
