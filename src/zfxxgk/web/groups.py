"""The 分组统计 page's data: the store's group summary of one table (二, 三 or 四), and the figures its
charts draw — one cell's quartiles per group, and the share of reviews and suits corrected."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from ..store.summary import summarize, to_json
from ..templates import TEMPLATES

GROUPINGS = {"region": "地区", "level": "层级", "year": "年度"}
TABLES = {f"s{s.number}": s.title for s in TEMPLATES["2021"].sections if s.number in (2, 3, 4)}


def group_name(by: str, value: Any) -> str:
    if value is None:
        return "（未识别）"
    return f"{value}年" if by == "year" else str(value)


@dataclass
class GroupView:
    """The groups as `zfxxgk summary --format json` gives them, the cells of the table (id → label) in
    the format's order, the cell drawn and the charts' figures."""

    groups: list[dict[str, Any]]
    cells: dict[str, str]
    cell: str | None
    boxes: list[dict[str, Any]]
    corrected: list[dict[str, Any]]
    corrected_name: str  # the rate's name, as the summary defines it


def group_view(con: duckdb.DuckDBPyConnection, by: str, table: str, cell: str | None = None) -> GroupView:
    """The reports grouped `by` region, level or year, with the cells of `table` (s2, s3, s4); `cell`
    (default: the table's first) is the one whose spread across bodies is drawn."""
    groups = to_json(summarize(con, (by,), f"{table}."))
    cells: dict[str, str] = {}
    for g in groups:
        cells.update((c["cell"], c["label"]) for c in g["cells"])
    if cell not in cells:
        cell = next(iter(cells), None)
    boxes = [
        {"name": group_name(by, g["group"][by]), **c}
        for g in groups
        for c in g["cells"]
        if c["cell"] == cell and c["count"]
    ]
    rates = [(g, r) for g in groups for r in g["rates"] if r["rate"] == "corrected"]
    corrected = [
        {"name": group_name(by, g["group"][by]), "value": r["value"], "reports": r["reports"]} for g, r in rates
    ]
    return GroupView(groups, cells, cell, boxes, corrected, rates[0][1]["name"] if rates else "")
