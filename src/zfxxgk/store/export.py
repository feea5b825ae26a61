"""The corpus as sheets for people: a summary per report, the findings, each format's cells under their
Chinese headers, the pre-2019 统计表 — written as CSV, Parquet or an .xlsx made for officials."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..record import Severity
from ..templates import TEMPLATES
from .review import STATUS_LABELS, Config
from .schema import wide_view

FORMATS = ("csv", "parquet", "xlsx")
_MARK = "_highlight"  # a sheet query's last column: whether the row is an error to highlight
_STATUS_SQL = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in STATUS_LABELS.items())


def _sql_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]::VARCHAR[]"


@dataclass(frozen=True)
class Sheet:
    name: str
    query: str  # its last column is `_highlight`


def summary_sheet(config: Config) -> Sheet:
    """One row per report: who, which year and format, its errors and warnings (rules switched off by
    the config not counted, but named) and how far its findings are reviewed."""
    off = _sql_list(config.rules_off)
    query = f"""
    WITH f AS (
        SELECT f.report, f.rule, f.severity, coalesce(v.status, 'open') AS status,
            f.rule IN (SELECT unnest({off})) AS off
        FROM findings f LEFT JOIN reviews v USING (fingerprint))
    SELECT r.id AS 编号, r.agency AS 机关, r.level AS 层级, r.region AS 地区, r.year AS 年度, r.template AS 格式,
        r.version AS 版本, r.path AS 文件, r.error AS 读取错误,
        count(*) FILTER (WHERE f.severity = '{Severity.ERROR.value}' AND NOT f.off) AS 错误数,
        count(*) FILTER (WHERE f.severity = '{Severity.WARNING.value}' AND NOT f.off) AS 警告数,
        {", ".join(f"count(*) FILTER (WHERE f.status = '{k}' AND NOT f.off) AS {v}" for k, v in STATUS_LABELS.items())},
        array_to_string(list_sort(list_distinct(list(f.rule) FILTER (WHERE f.off))), '、') AS 已关闭的规则,
        max(r.error) IS NOT NULL OR 错误数 > 0 AS {_MARK}
    FROM reports r LEFT JOIN f ON f.report = r.id GROUP BY ALL ORDER BY r.id"""
    return Sheet("汇总", query)


def findings_sheet(config: Config) -> Sheet:
    """One row per finding of a rule that is on, with its review."""
    return Sheet(
        "问题",
        f"""
    SELECT f.fingerprint AS 问题编号, r.id AS 报告编号, r.agency AS 机关, r.year AS 年度, r.version AS 版本,
        f.severity AS 严重程度, f.rule AS 规则, f.message AS 说明, array_to_string(f.cells, ', ') AS 单元格,
        f.location AS 位置, CASE coalesce(v.status, 'open') {_STATUS_SQL} END AS 审核状态, v.comment AS 审核意见,
        f.severity = '{Severity.ERROR.value}' AS {_MARK}
    FROM findings f JOIN reports r ON r.id = f.report LEFT JOIN reviews v USING (fingerprint)
    WHERE {config.where()} ORDER BY r.id, f.seq""",
    )


def table_sheets(con: duckdb.DuckDBPyConnection) -> list[Sheet]:
    """Per format with tables: one row per report, one column per cell under its Chinese header."""
    sheets = []
    for t in TEMPLATES.values():
        if not t.cell_ids:
            continue
        labels = dict(con.execute("SELECT cell, label FROM labels WHERE template = ?", [t.id]).fetchall())
        cells = ", ".join(f'"{c}" AS "{labels[c]}"' for c in t.cell_ids)
        sheets.append(
            Sheet(
                f"表格{t.id}",
                f"SELECT report AS 编号, agency AS 机关, level AS 层级, region AS 地区, year AS 年度, "
                f"version AS 版本, {cells}, FALSE AS {_MARK} FROM {wide_view(t)} ORDER BY report",
            )
        )
    return sheets


def indicators_sheet() -> Sheet:
    """The pre-2019 统计表s, one row per value."""
    return Sheet(
        "统计表",
        f"""
    SELECT r.id AS 编号, r.agency AS 机关, r.year AS 年度, i.row + 1 AS 行, i.label AS 指标名称, i.unit AS 计量单位,
        i.column_label AS 栏目, i.value AS 数值, FALSE AS {_MARK}
    FROM indicators i JOIN reports r ON r.id = i.report ORDER BY r.id, i.row, i.column_label""",
    )


def all_sheets(con: duckdb.DuckDBPyConnection, config: Config) -> list[Sheet]:
    return [summary_sheet(config), findings_sheet(config), *table_sheets(con), indicators_sheet()]


def export(con: duckdb.DuckDBPyConnection, sheets: list[Sheet], fmt: str, out: Path) -> list[Path]:
    """Write the sheets: an .xlsx workbook at `out`, or one CSV/Parquet file per sheet in the folder
    `out`. Returns the files written."""
    if fmt == "xlsx":
        write_xlsx(con, sheets, out)
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    files = [out / f"{sheet.name}.{fmt}" for sheet in sheets]
    for sheet, path in zip(sheets, files, strict=True):
        copy_to(con, sheet, fmt, path)
    return files


def copy_to(con: duckdb.DuckDBPyConnection, sheet: Sheet, fmt: str, path: Path) -> None:
    """One sheet as a CSV (UTF-8 with a byte order mark, so Excel reads the Chinese) or Parquet file."""
    if fmt == "csv":
        result = con.execute(f"SELECT * EXCLUDE ({_MARK}) FROM ({sheet.query})")
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([d[0] for d in result.description])
            writer.writerows([_cell(v) for v in row] for row in result.fetchall())
        return
    target = str(path).replace("'", "''")
    con.execute(f"COPY (SELECT * EXCLUDE ({_MARK}) FROM ({sheet.query})) TO '{target}' (FORMAT parquet)")


def query_sheet(query: str) -> Sheet:
    """A sheet of any query's result."""
    return Sheet("查询结果", f"SELECT *, FALSE AS {_MARK} FROM ({query.strip().rstrip(';')})")


_ERROR_FILL = "FFC7CE"  # Excel's own light red for bad values
_HEADER_FILL = "DDEBF7"
_HEADER_WIDTH = 20  # columns a header may widen its column to


def write_xlsx(con: duckdb.DuckDBPyConnection, sheets: list[Sheet], path: Path) -> None:
    """A workbook with a sheet per `Sheet`: bold frozen header with filters, columns as wide as their
    contents (CJK characters counted double, within limits), the rows to look at in light red. Written
    row by row (openpyxl's write-only mode), so a large corpus costs neither minutes nor gigabytes."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    red = PatternFill("solid", fgColor=_ERROR_FILL)
    head = PatternFill("solid", fgColor=_HEADER_FILL)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        result = con.execute(sheet.query)
        headers = [d[0] for d in result.description][:-1]
        rows = result.fetchall()
        widths = [min(_width(h), _HEADER_WIDTH) for h in headers]  # a longer header wraps
        for *values, _ in rows:
            widths = [max(w, _width(v)) for w, v in zip(widths, values, strict=True)]
        widths = [min(max(w + 2, 8), 60) for w in widths]
        ws = wb.create_sheet(sheet.name)
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "B2" if sheet.name != "问题" else "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(max(len(headers), 1))}{len(rows) + 1}"
        lines = max((-(-_width(h) // (w - 1)) for h, w in zip(headers, widths, strict=True)), default=1)
        ws.row_dimensions[1].height = 15 * lines
        header_cells = []
        for h in headers:
            cell = WriteOnlyCell(ws, h)
            cell.font, cell.fill, cell.alignment = bold, head, wrap
            header_cells.append(cell)
        ws.append(header_cells)
        for *values, mark in rows:
            if not mark:
                ws.append([_cell(v) for v in values])
                continue
            marked = [WriteOnlyCell(ws, _cell(v)) for v in values]
            for cell in marked:
                cell.fill = red
            ws.append(marked)
    wb.save(path)


def _cell(value: object) -> object:
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def _width(value: object) -> int:
    """Display width of a value: CJK and full-width characters take two columns."""
    if value is None:
        return 0
    text = str(value)
    return len(text) + sum(1 for ch in text if ord(ch) > 0x2E7F)
