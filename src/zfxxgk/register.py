"""Sections 三 and 四 of a year's report, counted from registers of individual cases.

An application register (CSV or .xlsx, one row per application) has the columns 编号, 收到日期,
申请人类型, 办结日期 (empty while open), 办理结果 and optionally 具体情形; applicant types and outcomes
are written as the template prints them (自然人, （三）不予公开 1.属于国家秘密, 不予公开 + 属于国家秘密, …)
or as their ids (natural_person, withheld.state_secret). For year Y:

- 本年新收 = received in Y; 上年结转 = received before Y and not closed before Y began;
- each outcome = closed in Y with that outcome; 结转下年度 = received by the end of Y and still open then;

so 新收 + 结转 = 总计 + 结转下年度 holds by construction, and Y's 结转下年度 is Y+1's 上年结转.

A case register (编号, 类型, 立案日期, 审结日期, 结果) gives section 四: a case counts in Y when it was
filed by the end of Y and not concluded before Y began; concluded in Y, under its result; else 尚未审结.

A register with any problem (unknown category, unreadable or out-of-order date, duplicate id, missing
column) computes nothing: `RegisterError.problems` lists every problem with its row number.
Rows whose first cell starts with "#" are comments.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .record import Meta, Record, Source
from .templates import TEMPLATES, Table, Template, template_for_year

SourceLike = str | Path | bytes
Rows = list[tuple[int, list[Any]]]  # a register already read: (spreadsheet row number, cells)
APPLICATION_FIELDS = {
    "id": ("编号", "id", "申请编号"),
    "received": ("收到日期", "received", "申请日期", "收到时间"),
    "applicant": ("申请人类型", "applicant", "申请人"),
    "closed": ("办结日期", "closed", "办结时间"),
    "outcome": ("办理结果", "outcome"),
    "reason": ("具体情形", "reason", "理由"),
}
CASE_FIELDS = {
    "id": ("编号", "id", "案件编号"),
    "kind": ("类型", "kind", "案件类型"),
    "filed": ("立案日期", "filed", "收到日期", "申请日期"),
    "closed": ("审结日期", "closed", "办结日期"),
    "result": ("结果", "result", "审结结果"),
}
REQUIRED = {
    "applications": ("id", "received", "applicant", "closed", "outcome"),
    "cases": ("id", "kind", "filed", "result"),
}
PENDING = "pending"  # the section 四 column of cases not yet concluded
SECTION3_HEADS = ("received", "carried_in")
SECTION3_TAILS = ("total", "carried_forward")
_NUMBERING = re.compile(r"^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、．]?)")
_PARENTHESIS = re.compile(r"\([^)]*\)$")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


@dataclass(frozen=True)
class RegisterProblem:
    row: int  # the spreadsheet row: the header is row 1
    column: str | None
    message: str

    def __str__(self) -> str:
        return f"第{self.row}行" + (f"（{self.column}）" if self.column else "") + f"：{self.message}"


class RegisterError(ValueError):
    """The register cannot be counted; `problems` lists every problem found."""

    def __init__(self, problems: Sequence[RegisterProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Application:
    id: str
    received: date
    applicant: str  # a section 三 column id
    closed: date | None
    outcome: str | None  # a section 三 row id
    row: int


@dataclass(frozen=True)
class Case:
    id: str
    kind: str  # a section 四 row id
    filed: date
    closed: date | None
    result: str  # a section 四 column id
    row: int


def normalize(text: str) -> str:
    """For matching categories: NFKC, no white space or separators, lower case."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s\-_/、，,.．:：;；·“”\"'‘’]", "", text)


def _forms(label: str) -> set[str]:
    plain = _NUMBERING.sub("", unicodedata.normalize("NFKC", label).strip())
    return {label, plain, _PARENTHESIS.sub("", plain)}


def _section_table(template: Template, number: int) -> Table:
    return template.section_tables(number)[0]


def applicant_aliases(template: Template) -> dict[str, str]:
    table = _section_table(template, 3)
    out: dict[str, str] = {}
    for c in table.columns:
        if c.id != "total":
            for form in (c.id, *c.labels, *((c.group + lbl for lbl in c.labels) if c.group else ())):
                out[normalize(form)] = c.id
    return out


def outcome_aliases(template: Template) -> dict[str, str]:
    """Every way of naming an outcome row — id, label, label without numbering, with its group — to its id;
    a name that fits two rows is left out."""
    seen: dict[str, set[str]] = {}
    for r in _section_table(template, 3).rows:
        if r.id in SECTION3_HEADS + SECTION3_TAILS:
            continue
        parents = _forms(r.parent) | {""} if r.parent else {""}
        names = {r.id} | {p + form for p in parents for form in _forms(r.label)}
        for name in names:
            seen.setdefault(normalize(name), set()).add(r.id)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def parse_date(value: Any) -> date | None:
    """A date from a spreadsheet cell or text (2021-03-04, 2021/3/4, 2021年3月4日, 20210304); None if empty.
    Raises ValueError if it cannot be read."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    m = _DATE.fullmatch(text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if not m:
        raise ValueError(text)
    return date(int(m[1]), int(m[2]), int(m[3]))


def read_table(source: SourceLike) -> list[tuple[int, list[Any]]]:
    """The rows of a CSV or .xlsx register (chosen by content), numbered as a spreadsheet numbers them,
    empty and comment rows left out."""
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    if data.startswith(b"PK\x03\x04"):
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        rows: Iterable[list[Any]] = (
            [("" if v is None else v) for v in row] for row in sheet.iter_rows(values_only=True)
        )
    else:
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise RegisterError([RegisterProblem(1, None, "无法识别文件编码，请另存为 UTF-8 编码的 CSV 或 .xlsx。")])
        rows = csv.reader(io.StringIO(text))
    out = []
    for number, row in enumerate(rows, 1):
        if any(str(v).strip() for v in row) and not str(row[0]).strip().startswith("#"):
            out.append((number, list(row)))
    return out


def _columns(header: list[Any], fields: dict[str, tuple[str, ...]], kind: str, row: int) -> tuple[dict[str, int], list]:
    names = {normalize(str(h)): i for i, h in enumerate(header)}
    found = {
        f: next((names[normalize(a)] for a in aliases if normalize(a) in names), -1) for f, aliases in fields.items()
    }
    missing = [fields[f][0] for f in REQUIRED[kind] if found[f] < 0]
    problems = [RegisterProblem(row, m, "缺少这一列") for m in missing]
    return {f: i for f, i in found.items() if i >= 0}, problems


def _cell(row: list[Any], columns: dict[str, int], name: str) -> Any:
    i = columns.get(name, -1)
    value = row[i] if 0 <= i < len(row) else ""
    return value.strip() if isinstance(value, str) else value


def _rows(source: SourceLike | Rows) -> Rows:
    return source if isinstance(source, list) else read_table(source)


def register_kind(source: SourceLike | Rows) -> str:
    """ "cases" if the header names a case type or result, else "applications"."""
    rows = _rows(source)
    header = {normalize(str(h)) for h in rows[0][1]} if rows else set()
    case_only = {normalize(a) for f in ("kind", "result") for a in CASE_FIELDS[f]}
    return "cases" if header & case_only else "applications"


def _templates_with_section3() -> list[Template]:
    return sorted((t for t in TEMPLATES.values() if t.section_tables(3)), key=lambda t: t.years[0])


def _template_for_closing(year: int) -> Template:
    """The template an outcome closed in `year` is named in; before 2019, the earliest with a section 三."""
    own = template_for_year(year)
    return own if own and own.section_tables(3) else _templates_with_section3()[0]


Problem = Callable[[str, str], None]
Getter = Callable[[str], Any]


def _read(source: SourceLike | Rows, kind: str, parse: Callable[[str, Getter, Problem, int], Any]) -> list:
    """Rows of a register through `parse`, checking the header, the ids and duplicates; raises
    RegisterError with every problem of every row."""
    fields = APPLICATION_FIELDS if kind == "applications" else CASE_FIELDS
    rows = _rows(source)
    if not rows:
        raise RegisterError([RegisterProblem(1, None, "登记表是空的")])
    (head_row, header), body = rows[0], rows[1:]
    columns, problems = _columns(header, fields, kind, head_row)
    if problems:
        raise RegisterError(problems)
    first_row: dict[str, int] = {}
    out = []
    for number, row in body:
        found: list[RegisterProblem] = []

        def bad(column: str, message: str, number: int = number, found: list = found) -> None:
            found.append(RegisterProblem(number, column, message))

        def get(name: str, row: list[Any] = row) -> Any:
            return _cell(row, columns, name) if name in columns else None

        ident = str(get("id"))
        if not ident:
            bad(fields["id"][0], "编号为空")
        elif ident in first_row:
            bad(fields["id"][0], f"编号“{ident}”与第{first_row[ident]}行重复")
        else:
            first_row[ident] = number
        item = parse(ident, get, bad, number)
        problems += found
        if not found:
            out.append(item)
    if problems:
        raise RegisterError(problems)
    return out


def _dates(get: Getter, bad: Problem, first: tuple[str, str], then: tuple[str, str]) -> tuple[date | None, date | None]:
    """The required start date and the optional end date of a row, reported if unreadable or out of order."""
    values = []
    for field, label in (first, then):
        raw = get(field)
        try:
            values.append(parse_date(raw))
        except ValueError:
            bad(label, f"无法识别的日期“{raw}”")
            values.append(None)
    start, end = values
    if start is None and str(get(first[0]) or "").strip() == "":
        bad(first[1], f"{first[1]}为空")
    if start and end and end < start:
        bad(then[1], f"{then[1]} {end} 早于{first[1]} {start}")
    return start, end


def read_applications(source: SourceLike | Rows) -> list[Application]:
    """The applications of a register; raises RegisterError listing every problem."""
    applicants = applicant_aliases(_templates_with_section3()[-1])
    outcomes = {t.id: outcome_aliases(t) for t in _templates_with_section3()}

    def parse(ident: str, get: Getter, bad: Problem, number: int) -> Application | None:
        received, closed = _dates(get, bad, ("received", "收到日期"), ("closed", "办结日期"))
        applicant = applicants.get(normalize(str(get("applicant"))))
        if applicant is None:
            bad("申请人类型", f"未知的申请人类型“{get('applicant')}”")
        name = str(get("outcome") or "") + str(get("reason") or "")
        outcome = None
        if closed and not name:
            bad("办理结果", "已办结但没有办理结果")
        elif name and not closed and not str(get("closed") or "").strip():
            bad("办理结果", "有办理结果但没有办结日期")
        elif closed:
            template = _template_for_closing(closed.year)
            outcome = outcomes[template.id].get(normalize(name))
            if outcome is None:
                bad("办理结果", f"未知的办理结果“{name}”（{template.id}年格式）")
        return Application(ident, received, applicant, closed, outcome, number)  # type: ignore[arg-type]

    return _read(source, "applications", parse)


def read_cases(source: SourceLike | Rows) -> list[Case]:
    """The review and litigation cases of a register; raises RegisterError listing every problem."""
    table = _section_table(_templates_with_section3()[-1], 4)
    kinds = {normalize(f): r.id for r in table.rows for f in (r.id, r.label, (r.parent or "") + r.label)}
    results = {normalize(f): c.id for c in table.columns if c.id != "total" for f in (c.id, *c.labels)}

    def parse(ident: str, get: Getter, bad: Problem, number: int) -> Case | None:
        kind = kinds.get(normalize(str(get("kind"))))
        if kind is None:
            bad("类型", f"未知的案件类型“{get('kind')}”")
        result = results.get(normalize(str(get("result"))))
        if result is None:
            bad("结果", f"未知的结果“{get('result')}”")
        filed, closed = _dates(get, bad, ("filed", "立案日期"), ("closed", "审结日期"))
        if result == PENDING and closed:
            bad("结果", "已审结的案件不能是“尚未审结”")
        elif result and result != PENDING and not closed and not str(get("closed") or "").strip():
            bad("审结日期", "有审结结果但没有审结日期")
        return Case(ident, kind, filed, closed, result, number)  # type: ignore[arg-type]

    return _read(source, "cases", parse)


def report_template(year: int) -> Template:
    """The template of a report on `year`; raises ValueError for a year whose format has no section 三."""
    template = template_for_year(year)
    if template is None or not template.section_tables(3):
        raise ValueError(f"{year}年的报告格式没有统一的表三、表四，无法由登记表生成")
    return template


def section3_cells(applications: Iterable[Application], year: int) -> dict[str, int]:
    """Every cell of section 三 for `year`."""
    table = _section_table(report_template(year), 3)
    start, end = date(year, 1, 1), date(year, 12, 31)
    counts = {cid: 0 for cid in table.cell_ids}
    for app in applications:
        rows = []
        if start <= app.received <= end:
            rows.append("received")
        elif app.received < start and (app.closed is None or app.closed >= start):
            rows.append("carried_in")
        if app.closed and start <= app.closed <= end:
            rows += [app.outcome or "", "total"]
        elif app.received <= end and (app.closed is None or app.closed > end):
            rows.append("carried_forward")
        for r in rows:
            counts[table.cell_id(r, app.applicant)] += 1
            counts[table.cell_id(r, "total")] += 1
    return counts


def section4_cells(cases: Iterable[Case], year: int) -> dict[str, int]:
    """Every cell of section 四 for `year`."""
    table = _section_table(report_template(year), 4)
    start, end = date(year, 1, 1), date(year, 12, 31)
    counts = {cid: 0 for cid in table.cell_ids}
    for case in cases:
        if case.filed > end or (case.closed is not None and case.closed < start):
            continue
        column = case.result if case.closed is not None and case.closed <= end else PENDING
        counts[table.cell_id(case.kind, column)] += 1
        counts[table.cell_id(case.kind, "total")] += 1
    return counts


def register_record(*sources: SourceLike, year: int, agency: str | None = None) -> Record:
    """A record with sections 三 (from an application register) and/or 四 (from a case register) for
    `year`; each source's kind is told by its header. Raises RegisterError or ValueError."""
    template = report_template(year)
    cells: dict[str, int] = {}
    problems: list[RegisterProblem] = []
    for source in sources:
        try:
            rows = read_table(source)
            if register_kind(rows) == "cases":
                cells |= section4_cells(read_cases(rows), year)
            else:
                cells |= section3_cells(read_applications(rows), year)
        except RegisterError as e:
            problems += e.problems
    if problems:
        raise RegisterError(problems)
    path = str(sources[0]) if sources and isinstance(sources[0], str | Path) else None
    return Record(
        source=Source(path=path), meta=Meta(agency=agency, year=year, template=template.id), cells=dict(cells)
    )


def _choices(kind: str, template: Template) -> dict[str, list[str]]:
    """The values a blank register offers for its category columns, as the template prints them."""
    from .render.grid import label_paths

    if kind == "cases":
        table = _section_table(template, 4)
        kinds = [f"{r.parent}-{r.label}" if r.parent else r.label for r in table.rows]
        return {"类型": kinds, "结果": [c.label for c in table.columns if c.id != "total"]}
    table = _section_table(template, 3)
    paths = dict(zip((r.id for r in table.rows), label_paths(table.rows), strict=True))
    outcomes = [" ".join(p[1:]) for rid, p in paths.items() if rid not in SECTION3_HEADS + SECTION3_TAILS]
    return {"申请人类型": [c.label for c in table.columns if c.id != "total"], "办理结果": outcomes}


def blank_register(kind: str, fmt: str, year: int | None = None) -> bytes:
    """A register to fill in: `kind` "applications" or "cases", `fmt` "csv" (UTF-8 with BOM, a comment row
    listing the allowed values) or "xlsx" (drop-down lists); headers and example rows. Raises ValueError."""
    if kind not in REQUIRED or fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown register {kind!r} / format {fmt!r}")
    template = report_template(year) if year else _templates_with_section3()[-1]
    y = year or date.today().year
    fields = APPLICATION_FIELDS if kind == "applications" else CASE_FIELDS
    header = [aliases[0] for aliases in fields.values()]
    choices = _choices(kind, template)
    if kind == "applications":
        examples = [[f"{y}-001", f"{y}-03-01", choices["申请人类型"][0], f"{y}-03-20", choices["办理结果"][0], ""],
                    [f"{y}-002", f"{y}-12-20", choices["申请人类型"][1], "", "", ""]]  # fmt: skip
    else:
        examples = [[f"FY{y}-001", choices["类型"][0], f"{y}-04-02", f"{y}-06-30", choices["结果"][0]]]
    note = (
        "；".join(f"{k}：{' / '.join(v)}" for k, v in choices.items())
        + "；日期如 2024-03-01；未办结的，结束日期和结果留空"
    )
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerows([header, [f"# {note}"], *examples])
        return out.getvalue().encode("utf-8-sig")
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "登记表"
    sheet.append(header)
    for row in examples:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    lists = book.create_sheet("可选值")
    for i, (name, values) in enumerate(choices.items(), 1):
        column = "ABCDEFG"[i - 1]
        lists.cell(1, i, name)
        for j, value in enumerate(values, 2):
            lists.cell(j, i, value)
        rule = DataValidation(
            type="list", formula1=f"'可选值'!${column}$2:${column}${len(values) + 1}", allow_blank=True
        )
        sheet.add_data_validation(rule)
        target = "ABCDEFG"[header.index(name)]
        rule.add(f"{target}2:{target}100000")
    for column in "ABCDEF":
        sheet.column_dimensions[column].width = 18
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
