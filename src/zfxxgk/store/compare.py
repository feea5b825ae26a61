"""One agency year on year: every cell of its reports side by side, each year's change, and the findings
that appeared or went away."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import duckdb

from ..record import Number
from .gazetteer import key_in


@dataclass
class CellSeries:
    cell: str
    label: str
    values: dict[int, Number | None]  # year → value (None: blank or not in that year's format)

    def changes(self) -> dict[int, Number | None]:
        """Year → change from the year before it among the compared years, where both have a value."""
        years = sorted(self.values)
        out: dict[int, Number | None] = {}
        for before, year in pairwise(years):
            a, b = self.values[before], self.values[year]
            out[year] = None if a is None or b is None else _rounded(b - a)
        return out


@dataclass
class Comparison:
    agency: str  # as the latest report prints it
    key: str
    reports: list[dict[str, Any]]  # one per year: year, report, version, template, path
    cells: list[CellSeries] = field(default_factory=list)
    findings: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # year → (rule, message)
    new: dict[int, list[str]] = field(default_factory=dict)  # year → rules of findings the year before lacked
    gone: dict[int, list[str]] = field(default_factory=dict)  # year → rules of last year's findings no longer there

    @property
    def years(self) -> list[int]:
        return [r["year"] for r in self.reports]

    def to_json(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "key": self.key,
            "reports": self.reports,
            "cells": [
                {"cell": c.cell, "label": c.label, "values": _by_year(c.values), "changes": _by_year(c.changes())}
                for c in self.cells
            ],
            "findings": {str(y): [{"rule": r, "message": m} for r, m in fs] for y, fs in self.findings.items()},
            "new": _by_year(self.new),
            "gone": _by_year(self.gone),
        }


def compare(con: duckdb.DuckDBPyConnection, agency: str) -> Comparison | None:
    """The agency's reports, the latest version of each year, compared; None when the corpus has none."""
    key = key_in(con, agency)
    rows = con.execute(
        """SELECT year, id, version, template, path, agency FROM reports
        WHERE agency_key = ? AND error IS NULL AND year IS NOT NULL
        QUALIFY version = max(version) OVER (PARTITION BY year) ORDER BY year""",
        [key],
    ).fetchall()
    if not rows:
        return None
    reports = [dict(zip(("year", "report", "version", "template", "path"), r[:5], strict=True)) for r in rows]
    out = Comparison(rows[-1][5], key, reports)
    ids = [r["report"] for r in reports]
    year_of = {r["report"]: r["year"] for r in reports}
    series: dict[str, CellSeries] = {}
    for report, cell, value, label in con.execute(
        """SELECT c.report, c.cell, c.value, l.label FROM cells c JOIN reports r ON r.id = c.report
        JOIN labels l ON l.template = r.template AND l.cell = c.cell
        WHERE c.report IN (SELECT unnest(?)) ORDER BY r.year DESC, l.rowid""",
        [ids],
    ).fetchall():
        s = series.setdefault(cell, CellSeries(cell, label, dict.fromkeys(out.years)))
        s.values[year_of[report]] = int(value) if value is not None and value == int(value) else value
    out.cells = list(series.values())
    found: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {y: [] for y in out.years}
    for report, rule, message, cells in con.execute(
        "SELECT report, rule, message, cells FROM findings WHERE report IN (SELECT unnest(?)) ORDER BY report, seq",
        [ids],
    ).fetchall():
        found[year_of[report]].append((rule, message, tuple(sorted(cells))))
    out.findings = {y: [(r, m) for r, m, _ in fs] for y, fs in found.items()}
    for before, year in pairwise(out.years):
        was, now = {(r, c) for r, _, c in found[before]}, {(r, c) for r, _, c in found[year]}
        out.new[year] = sorted({r for r, c in now - was})
        out.gone[year] = sorted({r for r, c in was - now})
    return out


def _rounded(x: Number) -> Number:
    return round(x, 4) if isinstance(x, float) else x


def _by_year(d: dict[int, Any]) -> dict[str, Any]:
    return {str(y): v for y, v in d.items()}
