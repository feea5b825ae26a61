"""The corpus database's tables and views, generated from the templates: a new row or column in a
format is a new label and a new column of its wide view, never an edit here."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from ..templates import TEMPLATES, Kind, Template, cell_label
from .gazetteer import PLACES, places_of
from .rekey import rekey

TABLES = {
    "reports": """
        id BIGINT PRIMARY KEY, path VARCHAR NOT NULL, sha256 VARCHAR UNIQUE, size BIGINT, media_type VARCHAR,
        agency VARCHAR, agency_key VARCHAR, level VARCHAR, region VARCHAR, year INTEGER, template VARCHAR,
        published DATE, signed DATE, version INTEGER, error_code VARCHAR, error VARCHAR, ingested_at TIMESTAMPTZ""",
    "agencies": """
        key VARCHAR PRIMARY KEY, name VARCHAR, level VARCHAR, region VARCHAR, parent VARCHAR, province VARCHAR,
        city VARCHAR, county VARCHAR""",
    "cells": """
        report BIGINT NOT NULL, cell VARCHAR NOT NULL, value DOUBLE, unit VARCHAR, line INTEGER, page INTEGER,
        bbox DOUBLE[], location VARCHAR""",
    "indicators": """
        report BIGINT NOT NULL, row INTEGER, label VARCHAR, unit VARCHAR, column_label VARCHAR, value DOUBLE,
        line INTEGER, page INTEGER, bbox DOUBLE[], location VARCHAR""",
    "sections": "report BIGINT NOT NULL, section VARCHAR, title VARCHAR, text VARCHAR",
    "findings": """
        report BIGINT NOT NULL, seq INTEGER, rule VARCHAR, severity VARCHAR, message VARCHAR, cells VARCHAR[],
        location VARCHAR, fingerprint VARCHAR""",
    "rechecks": "key VARCHAR PRIMARY KEY",  # agencies whose checks across reports are to run again
    "settings": "name VARCHAR PRIMARY KEY, value VARCHAR",  # what form the database's data are in
    "reviews": "fingerprint VARCHAR PRIMARY KEY, status VARCHAR NOT NULL, comment VARCHAR, marked_at TIMESTAMPTZ",
    "labels": """
        template VARCHAR, cell VARCHAR, table_id VARCHAR, section INTEGER, caption VARCHAR, row_id VARCHAR,
        row_label VARCHAR, row_parent VARCHAR, column_id VARCHAR, column_label VARCHAR, column_group VARCHAR,
        kind VARCHAR, unit VARCHAR, label VARCHAR""",
}
PER_REPORT = ("cells", "indicators", "sections", "findings")  # the tables a report's rows go into besides `reports`


class StoreError(Exception):
    """The database cannot be opened: `message` says why, in Chinese and English; `exit_code` for the CLI."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


LOCKED_EXIT = 3
BAD_DB_EXIT = 4


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the corpus at `path`, its tables and views created or brought up to the templates
    unless `read_only`. Raises StoreError when another process holds the file or it is no DuckDB file."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"找不到数据库 {path}（先用 zfxxgk ingest 建库）。No database at {path}.", BAD_DB_EXIT)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" not in str(exc).lower():
            raise StoreError(f"无法打开数据库 {path}：{exc}。Cannot open the database.", BAD_DB_EXIT) from None
        pid = re.search(r"PID (\d+)", str(exc))
        holder = f"（进程 {pid.group(1)}）" if pid else ""
        raise StoreError(
            f"数据库 {path} 正被另一个进程{holder}使用，请等它结束后再试；数据库未被改动。"
            f"The database {path} is in use by another process{f' (PID {pid.group(1)})' if pid else ''}; "
            "try again when it has finished. Nothing was changed.",
            LOCKED_EXIT,
        ) from None
    except duckdb.Error as exc:
        raise StoreError(
            f"{path} 不是可用的 DuckDB 数据库：{exc}。Not a usable DuckDB database.", BAD_DB_EXIT
        ) from None
    if not read_only:
        create(con)
    return con


def create(con: duckdb.DuckDBPyConnection) -> None:
    """The tables (kept as they are) and the labels and wide views (written anew from the templates)."""
    con.execute("BEGIN")
    for name, columns in TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
    _add_places(con)
    rekey(con)
    for column in ("line INTEGER", "page INTEGER", "bbox DOUBLE[]", "location VARCHAR"):  # added after the first
        con.execute(f"ALTER TABLE indicators ADD COLUMN IF NOT EXISTS {column}")
    con.execute("DELETE FROM labels")
    by_column = [list(c) for c in zip(*label_rows(), strict=True)]
    con.execute(f"INSERT INTO labels SELECT {', '.join(['unnest(?)'] * len(by_column))}", by_column)
    for template in TEMPLATES.values():
        if template.cell_ids:
            con.execute(wide_view_sql(template))
    con.execute("COMMIT")


def _add_places(con: duckdb.DuckDBPyConnection) -> None:
    """A database made before agencies had a parent and a province, city and county gets the columns,
    filled from the names it holds."""
    has = "SELECT column_name FROM duckdb_columns() WHERE table_name = 'agencies'"
    missing = [c for c in PLACES if c not in {n for (n,) in con.execute(has).fetchall()}]
    if not missing:
        return
    for column in missing:
        con.execute(f"ALTER TABLE agencies ADD COLUMN {column} VARCHAR")
    agencies = con.execute("SELECT key, name, region FROM agencies").fetchall()
    rows = [(key, *places_of(name, region)) for key, name, region in agencies]
    if rows:
        con.execute(
            f"UPDATE agencies SET {', '.join(f'{c} = p.{c}' for c in missing)} FROM (SELECT "
            f"{', '.join(f'unnest(?::VARCHAR[]) AS {c}' for c in ('key', *PLACES))}) p WHERE agencies.key = p.key",
            [list(c) for c in zip(*rows, strict=True)],
        )


def label_rows() -> list[tuple[object, ...]]:
    """One row per cell of every format: where it stands and what it is called."""
    rows: list[tuple[object, ...]] = []
    for t in TEMPLATES.values():
        for table in t.tables:
            for r in table.rows:
                for c in table.columns:
                    rows.append(
                        (t.id, table.cell_id(r.id, c.id), table.id, table.section, table.caption, r.id, r.label,
                         r.parent, c.id, c.label, c.group, c.kind.value, c.unit, cell_label(table, r, c))
                    )  # fmt: skip
    return rows


def wide_view(template: Template) -> str:
    return f"wide_{template.id}"


def wide_view_sql(template: Template) -> str:
    """One row per report on `template`, one column per cell id (counts as integers)."""
    columns = ",\n".join(
        f"CAST(max(c.value) FILTER (WHERE c.cell = '{cid}') AS {'DOUBLE' if k is Kind.AMOUNT else 'BIGINT'}) "
        f'AS "{cid}"'
        for cid, k in template.cell_kind.items()
    )
    return (
        f"CREATE OR REPLACE VIEW {wide_view(template)} AS SELECT r.id AS report, r.agency, r.level, r.region, "
        f"r.year, r.version, r.path,\n{columns}\nFROM reports r LEFT JOIN cells c ON c.report = r.id "
        f"WHERE r.template = '{template.id}' GROUP BY ALL ORDER BY r.id"
    )
