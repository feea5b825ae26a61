"""Reading a register: its rows from CSV or .xlsx, its columns by header, and every problem in them."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from ..dates import read_date

SourceLike = str | Path | bytes
Rows = list[tuple[int, list[Any]]]  # a register already read: (spreadsheet row number, cells)
Fields = dict[str, tuple[str, ...]]  # field id → accepted headers, the first the one a blank register prints
APPLICATION_FIELDS: Fields = {
    "id": ("编号", "id", "申请编号"),
    "received": ("收到日期", "received", "申请日期", "收到时间"),
    "applicant": ("申请人类型", "applicant", "申请人"),
    "closed": ("办结日期", "closed", "办结时间"),
    "outcome": ("办理结果", "outcome"),
    "reason": ("具体情形", "reason", "理由"),
}
CASE_FIELDS: Fields = {
    "id": ("编号", "id", "案件编号"),
    "kind": ("类型", "kind", "案件类型"),
    "filed": ("立案日期", "filed", "收到日期", "申请日期"),
    "closed": ("审结日期", "closed", "办结日期"),
    "result": ("结果", "result", "审结结果"),
}
FIELDS: dict[str, Fields] = {"applications": APPLICATION_FIELDS, "cases": CASE_FIELDS}
REQUIRED = {
    "applications": ("id", "received", "applicant", "closed", "outcome"),
    "cases": ("id", "kind", "filed", "result"),
}
T = TypeVar("T")


@dataclass(frozen=True)
class RegisterProblem:
    row: int  # the spreadsheet row: the header is row 1
    column: str | None
    message: str
    source: str | None = None  # the register's file, when it was read from one

    def __str__(self) -> str:
        where = (f"{self.source} " if self.source else "") + f"第{self.row}行"
        return where + (f"（{self.column}）" if self.column else "") + f"：{self.message}"


class RegisterError(ValueError):
    """The register cannot be counted; `problems` lists every problem found."""

    def __init__(self, problems: Sequence[RegisterProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def normalize(text: str) -> str:
    """For matching headers and categories: NFKC, no white space or separators, lower case."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s\-_/、，,.．:：;；·“”\"'‘’]", "", text)


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
    found = read_date(text)
    if found is None:
        raise ValueError(text)
    return found


def read_table(source: SourceLike) -> Rows:
    """The rows of a CSV or .xlsx register (chosen by content), numbered as a spreadsheet numbers them,
    empty rows and comment rows (first cell starting with "#") left out."""
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


def as_rows(source: SourceLike | Rows) -> Rows:
    return source if isinstance(source, list) else read_table(source)


def register_kind(source: SourceLike | Rows) -> str:
    """ "cases" if the header names a case type or result, else "applications"."""
    rows = as_rows(source)
    header = {normalize(str(h)) for h in rows[0][1]} if rows else set()
    case_only = {normalize(a) for f in ("kind", "result") for a in CASE_FIELDS[f]}
    return "cases" if header & case_only else "applications"


@dataclass
class RegisterRow:
    """One body row of a register: its cells by field id, and the problems found in it."""

    number: int
    cells: list[Any]
    columns: dict[str, int]
    fields: Fields
    problems: list[RegisterProblem] = field(default_factory=list)

    def get(self, name: str) -> Any:
        """The cell of field `name` (stripped if text), None when the register has no such column."""
        i = self.columns.get(name, -1)
        if i < 0:
            return None
        value = self.cells[i] if i < len(self.cells) else ""
        return value.strip() if isinstance(value, str) else value

    def text(self, name: str) -> str:
        value = self.get(name)
        return "" if value is None else str(value).strip()

    def label(self, name: str) -> str:
        """The field's header as a blank register prints it."""
        return self.fields[name][0]

    def bad(self, name: str, message: str) -> None:
        self.problems.append(RegisterProblem(self.number, self.label(name), message))

    def dates(self, start: str, end: str) -> tuple[date | None, date | None]:
        """The required start date and the optional end date, reported if unreadable, missing or out of order."""
        values = []
        for name in (start, end):
            try:
                values.append(parse_date(self.get(name)))
            except ValueError:
                self.bad(name, f"无法识别的日期“{self.get(name)}”")
                values.append(None)
        first, then = values
        if first is None and not self.text(start):
            self.bad(start, f"{self.label(start)}为空")
        if first and then and then < first:
            self.bad(end, f"{self.label(end)} {then} 早于{self.label(start)} {first}")
        return first, then


def _columns(header: list[Any], kind: str, row: int) -> tuple[dict[str, int], list[RegisterProblem]]:
    """Each field's column, and a problem for each required field the header lacks."""
    fields = FIELDS[kind]
    names = {normalize(str(h)): i for i, h in enumerate(header)}
    found = {
        f: next((names[normalize(a)] for a in aliases if normalize(a) in names), -1) for f, aliases in fields.items()
    }
    problems = [RegisterProblem(row, fields[f][0], "缺少这一列") for f in REQUIRED[kind] if found[f] < 0]
    return {f: i for f, i in found.items() if i >= 0}, problems


def read_register(source: SourceLike | Rows, kind: str, parse: Callable[[RegisterRow], T]) -> list[T]:
    """Each body row of a `kind` register through `parse`, checking the header, the ids and duplicates;
    raises RegisterError with every problem of every row."""
    rows = as_rows(source)
    if not rows:
        raise RegisterError([RegisterProblem(1, None, "登记表是空的")])
    (head_row, header), body = rows[0], rows[1:]
    columns, problems = _columns(header, kind, head_row)
    if problems:
        raise RegisterError(problems)
    first_row: dict[str, int] = {}
    out = []
    for number, cells in body:
        row = RegisterRow(number, cells, columns, FIELDS[kind])
        ident = row.text("id")
        if not ident:
            row.bad("id", "编号为空")
        elif ident in first_row:
            row.bad("id", f"编号“{ident}”与第{first_row[ident]}行重复")
        else:
            first_row[ident] = number
        item = parse(row)
        problems += row.problems
        if not row.problems:
            out.append(item)
    if problems:
        raise RegisterError(problems)
    return out
