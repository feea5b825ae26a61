"""A report to fill in without editing JSON: the agency, the date signed, each section's text and every
cell of the statutory tables (二 included), as a plain text file or a spreadsheet; read back into a
record, which `zfxxgk register` completes with the tables it counts from registers."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..extract.values import parse_number
from ..record import Meta, Record, SectionText, Source
from ..render.grid import label_paths
from ..templates import Kind, Template
from .categories import report_template
from .rows import RegisterError, RegisterProblem, SourceLike, parse_date, read_table

FORM_FORMATS = ("txt", "csv", "xlsx")
HEADER = ("编号", "项目", "内容")  # a spreadsheet form's columns: the field's key, its label, what is filled in
_BLOCK = re.compile(r"^【(.+)】\s*$")
_CELL = re.compile(r"^(.+)[：:][ \t]*(.*?)\s*$")  # to the last colon: a label may hold one (单位：万元)


@dataclass(frozen=True)
class Field:
    key: str  # "agency", "signed", "section.N", or a cell id
    label: str  # as the form prints it
    kind: Kind | None = None  # a cell's


def form_fields(template: Template) -> list[Field]:
    """The form's fields in report order: agency and date, then each section with its tables' cells,
    labelled caption｜row (under its groups)｜column."""
    fields = [Field("agency", "机关名称"), Field("signed", "成文日期")]
    for section in template.sections:
        fields.append(Field(f"section.{section.number}", section.title))
        for table in template.section_tables(section.number):
            for row, path in zip(table.rows, label_paths(table.rows), strict=True):
                for column in table.columns:
                    head = f"{column.group} {column.label}" if column.group else column.label
                    label = "｜".join((table.caption, " ".join(path), head))
                    fields.append(Field(table.cell_id(row.id, column.id), label, column.kind))
    return fields


def _notes(template: Template, year: int) -> list[str]:
    return [
        f"{year}年政府信息公开工作年度报告填写稿（{template.name}）。以 # 开头的行是说明，不计入报告。",
        "每个【】下填写：正文写在部分标题下，可分多段；表格的数写在“：”后，没有的写 0。",
        "成文日期如 2025-01-20。表三、表四也可由登记表统计（zfxxgk register 登记表 --report 本文件），那时留空。",
    ]


def blank_report_form(fmt: str, year: int) -> bytes:
    """A report to fill in for `year`: `fmt` "txt" (a block per field, 【】 around its name), "csv" or
    "xlsx" (a row per field). Raises ValueError for an unknown format or a year before 2019."""
    if fmt not in FORM_FORMATS:
        raise ValueError(f"unknown report form format {fmt!r}")
    template = report_template(year)
    fields = form_fields(template)
    notes = _notes(template, year)
    if fmt == "txt":
        lines = [f"# {n}" for n in notes]
        for f in fields:
            lines.append(f"{f.label}：" if f.kind else f"\n【{f.label}】")
        return ("\n".join(lines) + "\n").encode("utf-8")
    rows = [list(HEADER), *([f"# {n}"] for n in notes), *([f.key, f.label, ""] for f in fields)]
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        return out.getvalue().encode("utf-8-sig")
    return _workbook(rows)


def _workbook(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "填写稿"
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABC", (28, 60, 80), strict=True):
        sheet.column_dimensions[column].width = width
    for (cell,) in sheet.iter_rows(min_row=2, min_col=3, max_col=3):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text_values(text: str, fields: list[Field]) -> tuple[dict[str, tuple[int, str]], list[RegisterProblem]]:
    """Field key → (line, text) from a filled text form."""
    blocks = {f.label: f.key for f in fields if not f.kind}
    cells = {f.label: f.key for f in fields if f.kind}
    values: dict[str, tuple[int, str]] = {}
    problems: list[RegisterProblem] = []
    current: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        if m := _BLOCK.match(line.strip()):
            current = blocks.get(m.group(1).strip())
            if current is None:
                problems.append(RegisterProblem(number, None, f"未知的标题“{m.group(1)}”"))
            else:
                values[current] = (number, "")
            continue
        m = _CELL.match(line.strip())
        if m and m.group(1).strip() in cells:
            values[cells[m.group(1).strip()]] = (number, m.group(2))
        elif line.strip() and current is not None:
            start, said = values[current]
            values[current] = (start, f"{said}\n{line.strip()}" if said else line.strip())
        elif line.strip():
            problems.append(RegisterProblem(number, None, "这一行不在任何【】标题之下"))
    return values, problems


def _sheet_values(source: SourceLike, fields: list[Field]) -> tuple[dict[str, tuple[int, str]], list[RegisterProblem]]:
    """Field key → (row, text) from a filled spreadsheet form, each row found by its 编号 or else its 项目."""
    rows = read_table(source)
    if not rows or [str(h).strip() for h in rows[0][1][:3]] != list(HEADER):
        return {}, [RegisterProblem(1, None, f"表头应为 {'、'.join(HEADER)}")]
    by_label = {f.label: f.key for f in fields}
    keys = {f.key for f in fields}
    values: dict[str, tuple[int, str]] = {}
    problems: list[RegisterProblem] = []
    for number, row in rows[1:]:
        key, label, value = ([str(v).strip() if v is not None else "" for v in row] + ["", "", ""])[:3]
        key = key if key in keys else by_label.get(label, "")
        if not key:
            problems.append(RegisterProblem(number, HEADER[0], f"未知的项目“{label or row[0]}”"))
            continue
        values[key] = (number, value)
    return values, problems


def read_report_form(source: SourceLike, year: int) -> Record:
    """The record a filled form holds for `year`: every statutory cell (None where left empty), each
    section's text, the agency and the date signed. Raises RegisterError naming each line or row that
    cannot be read, ValueError for a year before 2019."""
    template = report_template(year)
    fields = form_fields(template)
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    name = str(source) if isinstance(source, str | Path) else None
    if data.startswith(b"PK\x03\x04") or (name or "").lower().endswith(".csv"):
        values, problems = _sheet_values(data, fields)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030", "replace")
        values, problems = _text_values(text, fields)
    return _record(values, problems, fields, template, year, name)


def form_record(values: Mapping[str, str], year: int) -> Record:
    """The record of a form's fields given by key (agency, signed, section.N, cell ids), as a web form
    posts them; raises RegisterError naming each field that cannot be read."""
    template = report_template(year)
    return _record({k: (0, v) for k, v in values.items()}, [], form_fields(template), template, year, None)


def form_values(record: Record) -> dict[str, str]:
    """The form's fields filled from a record, by key: the inverse of `form_record`."""
    values = {"agency": record.meta.agency or "", "signed": record.meta.signed or ""}
    values |= {f"section.{n}": s.text for n, s in record.sections.items()}
    return values | {c: "" if v is None else str(v) for c, v in record.cells.items()}


def _record(
    values: dict[str, tuple[int, str]],
    problems: list[RegisterProblem],
    fields: list[Field],
    template: Template,
    year: int,
    name: str | None,
) -> Record:
    """The record of the values read for each field (with the line or row each was on)."""
    record = Record(source=Source(path=name), meta=Meta(year=year, template=template.id))
    for f in fields:
        number, text = values.get(f.key, (0, ""))
        if f.kind is not None:
            parsed = parse_number(text.replace(" ", ""), f.kind) if text else None
            if parsed is not None and parsed.value is None:
                problems.append(RegisterProblem(number, f.label, f"“{text}”不是数"))
            record.cells[f.key] = parsed.value if parsed else None
        elif f.key.startswith("section."):
            record.sections[f.key.removeprefix("section.")] = SectionText(f.label, text)
        elif f.key == "signed" and text:
            try:
                signed = parse_date(text)
                record.meta.signed = signed.isoformat() if signed else None
            except ValueError:
                problems.append(RegisterProblem(number, f.label, f"无法识别的日期“{text}”"))
        elif f.key == "agency":
            record.meta.agency = text.replace("\n", "") or None
    if problems:
        raise RegisterError([replace(p, source=name) for p in problems])
    return record


def fill_from_registers(form: Record, counted: Record) -> Record:
    """The form's record with the tables the registers counted; raises RegisterError when the form
    also fills in one of them (a table is counted or written, not both)."""
    tables = {cid.split(".")[0] for cid in counted.cells}
    both = sorted({p for c, v in form.cells.items() if v is not None and (p := c.split(".")[0]) in tables})
    if both:
        named = "、".join(both)
        raise RegisterError([RegisterProblem(1, None, f"{named} 已由登记表统计，填写稿中应留空", form.source.path)])
    cells = form.cells | counted.cells
    return replace(form, meta=replace(form.meta, agency=counted.meta.agency or form.meta.agency), cells=cells)
