"""Spreadsheets → Document: each sheet a table, each sheet row one `| … |` line (xlsx via openpyxl
in read-only mode, xls via xlrd, CSV via the csv module)."""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from ..document import Document
from .archive import check_zip
from .errors import LoadError
from .layout import MAX_COLUMNS, TextBuilder, clean_cell
from .text import decode

MAX_ROWS = 20_000  # per sheet; a report's tables have a few dozen rows


def cell_text(value: Any) -> str:
    """A cell value as printed: whole numbers without ".0", dates as ISO, text tidied."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.10f}".rstrip("0").rstrip(".")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return clean_cell(str(value))


def _sheet(out: TextBuilder, name: str, rows: Iterable[Iterable[tuple[Any, bool]]]) -> None:
    """One sheet, from its rows of (value, ruled) cells, `ruled` when the cell has a vertical border.
    When some cells are ruled, runs of rows with a ruled cell are the tables and the other rows are
    text (titles, headings, prose); in a sheet without rulings, the rows from the first to the last
    with two or more values are one table, those above and below it text."""
    grid: list[list[str]] = []
    ruled: list[bool] = []
    for i, row in enumerate(rows):
        if i >= MAX_ROWS:
            break
        cells = list(row)[:MAX_COLUMNS]
        grid.append([cell_text(v) for v, _ in cells])
        ruled.append(any(r for _, r in cells))
    if not any(ruled):
        many = [i for i, texts in enumerate(grid) if sum(1 for t in texts if t) >= 2]
        ruled = [bool(many) and many[0] <= i <= many[-1] for i in range(len(grid))]
    start = 0
    for i in range(len(grid) + 1):
        if i < len(grid) and ruled[i]:
            continue
        if start < i:
            out.table(grid[start:i], {"sheet": name})
        if i < len(grid):
            out.paragraph(" ".join(t for t in grid[i] if t), {"sheet": name, "paragraph": out.paragraphs})
        start = i + 1


def _ruled(cell: Any) -> bool:
    border = getattr(cell, "border", None)
    return border is not None and bool(border.left.style or border.right.style)


def load_xlsx(data: bytes) -> Document:
    """Read an .xlsx (merged cells keep their value in the first position only). Raises LoadError:
    corrupt, zip_bomb, encrypted."""
    check_zip(data)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise LoadError("corrupt", f"Excel 文件已损坏，无法打开（{type(exc).__name__}）。") from None
    out = TextBuilder()
    hints: dict[str, str] = {}
    try:
        if wb.properties is not None and wb.properties.title:
            hints["title"] = clean_cell(wb.properties.title)
        for ws in wb.worksheets:
            if hasattr(ws, "iter_rows"):
                _sheet(out, ws.title, ([(c.value, _ruled(c)) for c in row] for row in ws.iter_rows()))
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError("corrupt", f"Excel 文件内容已损坏，无法读取（{type(exc).__name__}）。") from None
    finally:
        wb.close()
    return out.document("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hints)


def load_xls(data: bytes) -> Document:
    """Read a legacy .xls. Raises LoadError: encrypted, corrupt."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, formatting_info=True, logfile=io.StringIO())
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise LoadError("encrypted", "这个 Excel 文件设置了密码，无法读取。请提供未加密的文件。") from None
        raise LoadError("corrupt", f"Excel 文件已损坏，无法打开（{exc}）。") from None
    except Exception as exc:
        raise LoadError("corrupt", f"Excel 文件已损坏，无法打开（{type(exc).__name__}）。") from None
    out = TextBuilder()
    try:
        for idx in range(book.nsheets):
            sh = book.sheet_by_index(idx)

            def rows(sh: Any = sh) -> Iterable[list[tuple[Any, bool]]]:
                for r in range(min(sh.nrows, MAX_ROWS)):
                    row = []
                    for c in range(min(sh.ncols, MAX_COLUMNS)):
                        cell = sh.cell(r, c)
                        border = book.xf_list[cell.xf_index].border if book.xf_list else None
                        ruled = border is not None and bool(border.left_line_style or border.right_line_style)
                        value = None if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) else cell.value
                        if cell.ctype == xlrd.XL_CELL_DATE:
                            with contextlib.suppress(ValueError, OverflowError, xlrd.xldate.XLDateError):
                                value = xlrd.xldate_as_datetime(cell.value, book.datemode)
                        row.append((value, ruled))
                    yield row

            _sheet(out, sh.name, rows())
            book.unload_sheet(idx)
    except Exception as exc:
        raise LoadError("corrupt", f"Excel 文件内容已损坏，无法读取（{type(exc).__name__}）。") from None
    finally:
        book.release_resources()
    return out.document("application/vnd.ms-excel")


def load_csv(data: bytes | str) -> Document:
    """Read CSV text (any encoding load.text knows) as one table; a lone carriage return ends a row,
    as it ends a line for `looks_like_csv`. Raises LoadError: corrupt."""
    text = decode(data) if isinstance(data, bytes) else data
    out = TextBuilder()
    rows = csv.reader(io.StringIO(text, newline=None))
    try:
        _sheet(out, "csv", ([(v, False) for v in row] for row in rows))
    except csv.Error:  # a field over the csv module's size limit, a NUL byte
        raise LoadError("corrupt", f"CSV 文件第 {rows.line_num} 行格式有误，无法读取。") from None
    return out.document("text/csv")
