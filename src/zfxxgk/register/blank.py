"""Blank registers to fill in: the headers, the values each category column accepts, example rows
commented out with #."""

from __future__ import annotations

import csv
import io
from datetime import date

from ..render.grid import label_paths
from ..templates import Template, s3_outcomes
from .categories import register_templates, report_template, section_table
from .rows import FIELDS

BLANK_FORMATS = ("csv", "xlsx")
EXAMPLE_MARK = "# "  # a register row whose first cell starts with # is a comment and is not counted


def choices(kind: str, template: Template) -> dict[str, list[str]]:
    """The values a `kind` register offers for each category field (by field id), as the template prints them."""
    if kind == "cases":
        table = section_table(template, 4)
        return {
            "kind": [f"{r.parent}-{r.label}" if r.parent else r.label for r in table.rows],
            "result": [c.label for c in table.columns if c.id != "total"],
        }
    table = section_table(template, 3)
    paths = dict(zip((r.id for r in table.rows), label_paths(table.rows), strict=True))
    return {
        "applicant": [c.label for c in table.columns if c.id != "total"],
        "outcome": [" ".join(paths[r][1:]) for r in s3_outcomes(table)],
    }


def _examples(kind: str, offered: dict[str, list[str]], y: int) -> list[dict[str, str]]:
    """Example rows by field id: a case concluded in `y`; an application closed in `y` and one still open."""
    if kind == "cases":
        case = {"id": f"FY{y}-001", "kind": offered["kind"][0], "filed": f"{y}-04-02", "closed": f"{y}-06-30"}
        return [case | {"result": offered["result"][0]}]
    closed = {"id": f"{y}-001", "received": f"{y}-03-01", "closed": f"{y}-03-20", "outcome": offered["outcome"][0]}
    open_ = {"id": f"{y}-002", "received": f"{y}-12-20", "applicant": offered["applicant"][1]}
    return [closed | {"applicant": offered["applicant"][0]}, open_]


def blank_register(kind: str, fmt: str, year: int | None = None) -> bytes:
    """A register to fill in: `kind` "applications" or "cases", `fmt` "csv" (UTF-8 with BOM, a comment row
    listing the allowed values) or "xlsx" (drop-down lists); headers and example rows. Raises ValueError."""
    if kind not in FIELDS or fmt not in BLANK_FORMATS:
        raise ValueError(f"unknown register {kind!r} / format {fmt!r}")
    template = report_template(year) if year else register_templates()[-1]
    fields = FIELDS[kind]
    header = [aliases[0] for aliases in fields.values()]
    offered = choices(kind, template)
    examples = [  # commented out, so that a register filled in below them counts only real rows
        [EXAMPLE_MARK + row[f] if f == "id" else row.get(f, "") for f in fields]
        for row in _examples(kind, offered, year or date.today().year)
    ]
    note = (
        "；".join(f"{fields[f][0]}：{' / '.join(v)}" for f, v in offered.items())
        + "；日期如 2024-03-01；未办结的，结束日期和结果留空"
    )
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerows([header, [f"# {note}"], *examples])
        return out.getvalue().encode("utf-8-sig")
    return _workbook(header, examples, {fields[f][0]: v for f, v in offered.items()})


def _workbook(header: list[str], examples: list[list[str]], offered: dict[str, list[str]]) -> bytes:
    """An .xlsx register whose category columns offer drop-down lists kept on a second sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "登记表"
    for row in (header, *examples):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    lists = book.create_sheet("可选值")
    for i, (name, values) in enumerate(offered.items(), 1):
        column = get_column_letter(i)
        lists.cell(1, i, name)
        for j, value in enumerate(values, 2):
            lists.cell(j, i, value)
        rule = DataValidation(
            type="list", formula1=f"'可选值'!${column}$2:${column}${len(values) + 1}", allow_blank=True
        )
        sheet.add_data_validation(rule)
        target = get_column_letter(header.index(name) + 1)
        rule.add(f"{target}2:{target}100000")
    for i in range(1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(i)].width = 18
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
