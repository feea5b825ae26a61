"""Read-only questions the pages ask of the corpus: the overview of reports with its filters, one
report with its cells, findings and reviews."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import duckdb

from ..record import IndicatorRow, Meta, Record
from ..store.export import Sheet, summary_sheet
from ..store.review import STATUS_LABELS, Config
from ..templates import TEMPLATES

# the summary sheet's columns (its Chinese headers) under the names the JSON API gives them
OVERVIEW_COLUMNS = {
    "编号": "id", "机关": "agency", "层级": "level", "地区": "region", "年度": "year", "格式": "template",
    "版本": "version", "文件": "path", "读取错误": "error", "错误数": "errors", "警告数": "warnings",
    **{label: status for status, label in STATUS_LABELS.items()},
}  # fmt: skip


@dataclass(frozen=True)
class Filters:
    """What the overview is narrowed to; None: any."""

    region: str | None = None
    level: str | None = None
    year: int | None = None
    template: str | None = None
    rule: str | None = None

    def where(self) -> tuple[str, list[object]]:
        """A condition on `reports r`, and its parameters."""
        conds, params = ["TRUE"], []
        for name in ("region", "level", "year", "template"):
            value = getattr(self, name)
            if value is not None:
                conds.append(f"r.{name} = ?")
                params.append(value)
        if self.rule is not None:
            conds.append("EXISTS (SELECT 1 FROM findings f WHERE f.report = r.id AND f.rule = ?)")
            params.append(self.rule)
        return " AND ".join(conds), params

    def query(self) -> dict[str, object]:
        """The filters set, as a page's query string holds them."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


def overview_sheet(con: duckdb.DuckDBPyConnection, config: Config, filters: Filters) -> Sheet:
    """The store's summary sheet narrowed to the reports that pass `filters`."""
    where, params = filters.where()
    ids = [i for (i,) in con.execute(f"SELECT r.id FROM reports r WHERE {where}", params).fetchall()]
    summary = summary_sheet(config)
    listed = ", ".join(str(int(i)) for i in ids) or "NULL"
    return Sheet(summary.name, f"SELECT * FROM ({summary.query}) WHERE 编号 IN ({listed}) ORDER BY 编号")


def overview(con: duckdb.DuckDBPyConnection, config: Config, filters: Filters) -> list[dict[str, Any]]:
    """One row per report: who, which year and format, errors, warnings and review counts."""
    result = con.execute(overview_sheet(con, config, filters).query)
    names = [d[0] for d in result.description]
    return [
        {OVERVIEW_COLUMNS[n]: v for n, v in zip(names, row, strict=True) if n in OVERVIEW_COLUMNS}
        for row in result.fetchall()
    ]


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, list[Any]]:
    """The values each filter can take in this corpus."""
    out = {}
    for name in ("region", "level", "year", "template"):
        rows = con.execute(f"SELECT DISTINCT {name} FROM reports WHERE {name} IS NOT NULL ORDER BY 1").fetchall()
        out[name] = [v for (v,) in rows]
    out["rule"] = [v for (v,) in con.execute("SELECT DISTINCT rule FROM findings ORDER BY 1").fetchall()]
    return out


@dataclass
class ReportView:
    """One stored report: its row in `reports`, a record of its cells for drawing, where each cell was
    read, and its findings with their reviews."""

    report: dict[str, Any]
    record: Record
    cells: dict[str, dict[str, Any]]  # cell id → label, value, unit, line, page, bbox, location
    findings: list[dict[str, Any]]


def report_view(con: duckdb.DuckDBPyConnection, report_id: int, config: Config) -> ReportView | None:
    """The report with this id, or None."""
    result = con.execute("SELECT * EXCLUDE (ingested_at) FROM reports WHERE id = ?", [report_id])
    row = result.fetchone()
    if row is None:
        return None
    report = dict(zip([d[0] for d in result.description], row, strict=True))
    meta = Meta(**{k: report[k] for k in ("agency", "year", "template", "level", "region")})
    record = Record(meta=meta)
    labels = dict(con.execute("SELECT cell, label FROM labels WHERE template = ?", [meta.template]).fetchall())
    cells: dict[str, dict[str, Any]] = {}
    for cell, value, unit, line, page, bbox, location in con.execute(
        "SELECT cell, value, unit, line, page, bbox, location FROM cells WHERE report = ?", [report_id]
    ).fetchall():
        shown = int(value) if value is not None and value == int(value) else value
        record.cells[cell] = shown
        if unit:
            record.units[cell] = unit
        cells[cell] = {
            "label": labels.get(cell, cell), "value": shown, "unit": unit, "line": line, "page": page, "bbox": bbox,
            "location": location,
        }  # fmt: skip
    indicators: dict[int, IndicatorRow] = {}
    for i, label, unit, column, value, line, page, bbox, location in con.execute(
        "SELECT row, label, unit, column_label, value, line, page, bbox, location FROM indicators "
        "WHERE report = ? ORDER BY row, rowid",
        [report_id],
    ).fetchall():
        shown = int(value) if value is not None and value == int(value) else value
        indicators.setdefault(i, IndicatorRow(label, unit, {})).values[column] = shown
        cells[f"indicator.{i}.{column}"] = {
            "label": f"{label}（{column}）", "value": shown, "unit": unit, "line": line, "page": page, "bbox": bbox,
            "location": location,
        }  # fmt: skip
    record.indicators = list(indicators.values())
    findings = con.execute(
        f"""SELECT f.fingerprint, f.rule, f.severity, f.message, f.cells, f.location,
            coalesce(v.status, 'open') AS status, v.comment
        FROM findings f LEFT JOIN reviews v USING (fingerprint)
        WHERE f.report = ? AND {config.where()} ORDER BY f.seq""",
        [report_id],
    )
    names = [d[0] for d in findings.description]
    rows = [dict(zip(names, r, strict=True)) for r in findings.fetchall()]
    for r in rows:
        r["status_label"] = STATUS_LABELS[r["status"]]
    return ReportView(report, record, cells, rows)


def trend(con: duckdb.DuckDBPyConnection, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each quantity the formats state (applications received, answered, reviews, suits), in each of
    the reports' years: the sum of its cells, or the 统计表 row that holds it (the year's column, not the
    running total). Named as the latest format names it; quantities with no value are left out."""
    series: dict[str, dict[str, Any]] = {}
    for r in reports:
        template = TEMPLATES.get(r["template"])
        if template is None:
            continue
        cells = dict(con.execute("SELECT cell, value FROM cells WHERE report = ?", [r["report"]]).fetchall())
        rows = con.execute(
            "SELECT label, column_label, value FROM indicators WHERE report = ? ORDER BY row, rowid", [r["report"]]
        ).fetchall()
        labels = [label for label, _, _ in rows]
        for s in template.stated:
            if s.cells:
                parts = [p for c in s.cells if (p := cells.get(c)) is not None]
                value = sum(parts) if len(parts) == len(s.cells) else None
            else:
                cumulative = template.cumulative_key
                value = next((v for label, col, v in rows if s.held_by(label, labels) and cumulative not in col), None)
            entry = series.setdefault(s.quantity, {"quantity": s.quantity, "values": {}})
            entry["name"] = s.name
            entry["values"][r["year"]] = None if value is None else int(value) if value == int(value) else value
    return [e for e in series.values() if any(v is not None for v in e["values"].values())]
