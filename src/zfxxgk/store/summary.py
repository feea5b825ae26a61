"""Groups of reports (by region, level, year): per cell the count, sum and quartiles, and the rates
reviewers use — computed in SQL over the cells, the latest version of each agency's year."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from ..numbering import strip_numbering
from ..templates import TEMPLATES, s3_outcome_kinds

GROUPS = ("region", "level", "year")
STATS = ("count", "sum", "min", "q1", "median", "q3", "max")


@dataclass(frozen=True)
class Rate:
    """Σ `over` cells' sums divided by Σ `under` cells' (by the number of reports when `under` is
    empty), over the reports that print every cell of both."""

    id: str
    name: str
    formula: str
    over: tuple[str, ...]
    under: tuple[str, ...] = ()


def _rates() -> tuple[Rate, ...]:
    s3, s4 = TEMPLATES["2021"].table_by_id["s3"], TEMPLATES["2021"].table_by_id["s4"]  # both formats alike

    def cell(table: Any, row: str, column: str) -> str:
        return table.cell_id(row, column)

    outcome = {rid: name for name, rids in s3_outcome_kinds(s3) for rid in rids}  # 予以公开, 部分公开, …

    def label(table: Any, row: str) -> str:
        return outcome.get(row) or strip_numbering(next(r.label for r in table.rows if r.id == row))

    def total(row: str) -> str:
        return cell(s3, row, "total")

    corrected = s4.column_by_id["corrected"].label
    s4_total = s4.column_by_id["total"].label
    return (
        Rate(
            "granted",
            "申请予以公开或部分公开的比例",
            f"({label(s3, 'granted')} + {label(s3, 'partly_granted')}) / {label(s3, 'total')}",
            (total("granted"), total("partly_granted")),
            (total("total"),),
        ),
        Rate(
            "corrected",
            "行政复议、行政诉讼被纠正的比例",
            f"{corrected} / {s4_total}（行政复议与行政诉讼合计）",
            tuple(cell(s4, r.id, "corrected") for r in s4.rows),
            tuple(cell(s4, r.id, "total") for r in s4.rows),
        ),
        Rate(
            "carried_forward",
            "结转下年度的比例",
            f"{label(s3, 'carried_forward')} / ({label(s3, 'received')} + {label(s3, 'carried_in')})",
            (total("carried_forward"),),
            (total("received"), total("carried_in")),
        ),
        Rate("per_body", "平均每个机关的新收申请数", f"{label(s3, 'received')} / 报告数", (total("received"),)),
    )


RATES = _rates()


@dataclass
class Group:
    key: dict[str, Any]  # group column → value
    reports: int
    cells: list[dict[str, Any]] = field(default_factory=list)  # cell, label, then STATS
    rates: list[dict[str, Any]] = field(default_factory=list)  # rate, name, formula, value, reports


_LATEST = """
    SELECT id, region, level, year FROM reports WHERE error IS NULL
    QUALIFY version IS NULL OR version = max(version) OVER (PARTITION BY agency_key, year)"""


def summarize(con: duckdb.DuckDBPyConnection, by: tuple[str, ...], cell_prefix: str = "") -> list[Group]:
    """The groups of readable reports by the columns `by` (of GROUPS), each with its cells' statistics
    (only cells whose id starts with `cell_prefix`) and the rates."""
    if not set(by) <= set(GROUPS) or not by:
        raise ValueError(f"group by some of {GROUPS}")
    cols = ", ".join(f"l.{c}" for c in by)
    groups: dict[tuple, Group] = {}
    for *key, n in con.execute(f"SELECT {cols}, count(*) FROM ({_LATEST}) l GROUP BY ALL ORDER BY ALL").fetchall():
        groups[tuple(key)] = Group(dict(zip(by, key, strict=True)), n)
    stats = con.execute(
        f"""SELECT {cols}, c.cell, any_value(lb.label), count(c.value), sum(c.value), min(c.value),
            quantile_cont(c.value, 0.25), median(c.value), quantile_cont(c.value, 0.75), max(c.value)
        FROM ({_LATEST}) l JOIN cells c ON c.report = l.id
        JOIN (SELECT cell, any_value(label) AS label, min(rowid) AS pos FROM labels GROUP BY cell) lb USING (cell)
        WHERE starts_with(c.cell, ?) GROUP BY ALL ORDER BY {cols}, min(lb.pos)""",
        [cell_prefix],
    ).fetchall()
    for row in stats:
        group_key, (cell, label, *values) = tuple(row[: len(by)]), row[len(by) :]
        stats_of = dict(zip(STATS, map(_number, values), strict=True))
        groups[group_key].cells.append({"cell": cell, "label": label, **stats_of})
    for rate in RATES:
        for *key, value, n in con.execute(_rate_sql(rate, cols)).fetchall():
            groups[tuple(key)].rates.append(
                {"rate": rate.id, "name": rate.name, "formula": rate.formula, "value": _number(value), "reports": n}
            )
    return list(groups.values())


def _rate_sql(rate: Rate, cols: str) -> str:
    """One rate per group: per report the sums of its cells, where it prints them all, then pooled."""
    cells = (*rate.over, *rate.under)

    def listed(ids: tuple[str, ...]) -> str:
        return "[" + ", ".join(f"'{c}'" for c in ids) + "]"

    under = f"sum(c.value) FILTER (WHERE list_contains({listed(rate.under)}, c.cell))" if rate.under else "1"
    return f"""
    WITH per AS (
        SELECT {cols}, sum(c.value) FILTER (WHERE list_contains({listed(rate.over)}, c.cell)) AS over,
            {under} AS under, count(c.value) FILTER (WHERE list_contains({listed(cells)}, c.cell)) AS printed
        FROM ({_LATEST}) l LEFT JOIN cells c ON c.report = l.id GROUP BY l.id, {cols})
    SELECT {", ".join(c.removeprefix("l.") for c in cols.split(", "))},
        sum(over) FILTER (WHERE printed = {len(cells)}) / nullif(sum(under) FILTER (WHERE printed = {len(cells)}), 0),
        count(*) FILTER (WHERE printed = {len(cells)})
    FROM per GROUP BY ALL"""


def _number(value: Any) -> Any:
    """Whole numbers as integers, the rest rounded to 4 places."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 4)
    return value


def to_json(groups: list[Group]) -> list[dict[str, Any]]:
    return [{"group": g.key, "reports": g.reports, "rates": g.rates, "cells": g.cells} for g in groups]
