"""A record as a sequence of printable blocks — title, section headings, paragraphs, tables, signature —
in the order the statutory format prints them. Every output format and text layout walks these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..numbering import NUMERALS
from ..record import Record
from ..templates import Template, get_template, indicator_template, template_for_year
from .grid import Grid, indicator_grid, section_grids

REPORT_NAME = "政府信息公开工作年度报告"


@dataclass(frozen=True)
class Block:
    # title | heading | paragraph | grid | signature | page_footer (printed where a PDF's pages are) | meta (a
    # page's meta tag, as printed in its head)
    kind: str
    text: str = ""
    grid: Grid | None = None


def record_template(record: Record) -> Template:
    """The template the record is on: its own, else the one for its year, else the latest."""
    if record.meta.template:
        return get_template(record.meta.template)
    by_year = template_for_year(record.meta.year) if record.meta.year else None
    return by_year or get_template("2021")


def report_title(record: Record) -> str:
    year = f"{record.meta.year}年" if record.meta.year else ""
    return f"{record.meta.agency or ''}{year}{REPORT_NAME}"


def chinese_date(iso: str) -> str:
    """2021-01-31 → 2021年1月31日."""
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def section_heading(template: Template, record: Record, number: int) -> str:
    """The section's title as the record has it, else the template's, numbered 一、二、… if it is not."""
    own = record.sections.get(str(number))
    title = (own.title if own and own.title.strip() else "") or template.sections[number - 1].title
    if title[0] not in NUMERALS and not title.startswith(("（", "(")):
        title = f"{NUMERALS[number - 1]}、{title}"
    return title


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def build_blocks(record: Record) -> list[Block]:
    """The printable blocks of the report, tables after the text of their section, then the signature
    and any 统计表 attached."""
    template = record_template(record)
    blocks = [Block("title", report_title(record))]
    for section in template.sections:
        blocks.append(Block("heading", section_heading(template, record, section.number)))
        own = record.sections.get(str(section.number))
        blocks.extend(Block("paragraph", p) for p in paragraphs(own.text if own else ""))
        blocks.extend(Block("grid", grid=g) for g in section_grids(template, section.number, record))
    signature = [record.meta.agency or ""]
    if record.meta.signed:
        signature.append(chinese_date(record.meta.signed))
    blocks.extend(Block("signature", s) for s in signature if s)
    if record.indicators:  # the 统计表 is attached after the signature
        stats = indicator_template(template)
        blocks.append(Block("heading", f"附件：{stats.indicator_title}"))
        blocks.append(Block("grid", grid=indicator_grid(stats, record)))
    return blocks
