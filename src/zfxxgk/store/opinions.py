"""审核意见: an agency's findings as a Word document ready to send — by report year and rule, each in
plain Chinese with its cells' labels, its review status and the reviewer's comment; dismissed findings
and rules switched off left out, and only the latest version of each year's report."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import groupby

import duckdb

from ..checks import ALL_RULES
from ..numbering import NUMERALS
from ..render.document import Block, chinese_date
from ..render.grid import Grid, GridCell
from .gazetteer import key_in
from .review import STATUS_LABELS, Config

COLUMNS = ("序号", "问题", "涉及单元格", "审核状态", "审核意见")
SHARES = (0.07, 0.41, 0.27, 0.1, 0.15)  # of the text's width: the columns of the findings' tables
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}

OPINIONS_SQL = """
SELECT r.agency_key, r.agency, r.year, r.version, r.template, f.rule, f.severity, f.message, f.cells,
       coalesce(v.status, 'open') AS status, v.comment
FROM findings f
JOIN (SELECT * FROM reports WHERE agency_key IS NOT NULL AND error IS NULL
      QUALIFY version = max(version) OVER (PARTITION BY agency_key, year)) r ON r.id = f.report
LEFT JOIN reviews v USING (fingerprint)
WHERE {where} AND coalesce(v.status, 'open') <> 'dismissed'
ORDER BY r.agency_key, r.year, f.rule, f.seq"""


@dataclass(frozen=True)
class Opinion:
    """One finding to send: the report it is in, what is wrong and where, and what the reviewer said."""

    year: int | None
    version: int | None
    rule: str
    severity: str
    message: str
    cells: tuple[str, ...]  # the cells' Chinese labels
    status: str  # confirmed | open
    comment: str | None


@dataclass(frozen=True)
class Agency:
    name: str  # as its latest report prints it
    opinions: list[Opinion]


def agency_opinions(con: duckdb.DuckDBPyConnection, config: Config, agency: str | None = None) -> list[Agency]:
    """Every agency with a report in the corpus (or only `agency`, by any form of its name) and the
    findings to send it, in order of year and rule."""
    where, params = [config.where()], []
    if agency is not None:
        where.append("r.agency_key = ?")
        params.append(key_in(con, agency))
    rows = con.execute(OPINIONS_SQL.format(where=" AND ".join(where)), params).fetchall()
    labels = {  # a cell by its label, a whole row (as some rules name one) by the row's
        (t, c): label
        for t, c, label in con.execute(
            "SELECT DISTINCT template, table_id || '.' || row_id, row_label FROM labels "
            "UNION ALL SELECT template, cell, label FROM labels"
        ).fetchall()
    }
    names = dict(
        con.execute(
            "SELECT agency_key, arg_max(agency, (year, version)) FROM reports WHERE agency_key IS NOT NULL "
            + ("AND agency_key = ? " if agency is not None else "")
            + "GROUP BY agency_key ORDER BY agency_key",
            params,
        ).fetchall()
    )
    found: dict[str, list[Opinion]] = defaultdict(list)
    for key, _, year, version, template, rule, severity, message, cells, status, comment in rows:
        shown = tuple(labels.get((template, c), c) for c in cells or ())
        found[key].append(Opinion(year, version, rule, severity, message, shown, status, comment))
    return [Agency(name, found[key]) for key, name in names.items()]


def _numeral(n: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一, 21 → 二十一."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens - 1] + "十")
    return head + (NUMERALS[ones - 1] if ones else "")


def _table(opinions: list[Opinion]) -> Grid:
    rows = [tuple(GridCell(c, role="header") for c in COLUMNS)]
    for i, o in enumerate(opinions, 1):
        texts = (str(i), o.message, "；".join(o.cells), STATUS_LABELS[o.status], o.comment or "")
        rows.append(tuple(GridCell(t, role="value" if n in (0, 3) else "label") for n, t in enumerate(texts)))
    return Grid("opinions", len(COLUMNS), tuple(rows), header_rows=1)


def opinion_blocks(agency: Agency, today: date) -> list[Block]:
    """The 审核意见 for one agency: title, the count, a heading per report and per rule with a table of
    its findings, and the date."""
    ops = agency.opinions
    errors = sum(o.severity == "error" for o in ops)
    blocks = [
        Block("title", f"关于{agency.name}政府信息公开工作年度报告的审核意见"),
        Block("paragraph", f"{agency.name}："),
    ]
    if not ops:
        blocks.append(Block("paragraph", "经审核，你单位的政府信息公开工作年度报告未发现需要核实更正的问题。"))
    else:
        blocks.append(
            Block(
                "paragraph",
                f"经审核，你单位的政府信息公开工作年度报告共有 {len(ops)} 个问题需要核实（其中错误 {errors} 个、"
                f"警告及提示 {len(ops) - errors} 个），具体如下：",
            )
        )
    for n, (year, of_year) in enumerate(groupby(ops, key=lambda o: o.year), 1):
        in_report = list(of_year)
        version = f"（第 {in_report[0].version} 版）" if (in_report[0].version or 1) > 1 else ""
        blocks.append(Block("heading", f"{_numeral(n)}、{year or '年度不明的'}年度报告{version}"))
        for m, (rule, of_rule) in enumerate(groupby(in_report, key=lambda o: o.rule), 1):
            by_rule = list(of_rule)
            summary = ALL_RULES[rule].summary.rstrip("。") if rule in ALL_RULES else rule
            severity = SEVERITY_LABELS.get(by_rule[0].severity, by_rule[0].severity)
            blocks.append(
                Block("paragraph", f"（{_numeral(m)}）{summary}（规则 {rule}，{severity}，{len(by_rule)} 处）")
            )
            blocks.append(Block("grid", grid=_table(by_rule)))
    if ops:
        blocks.append(Block("paragraph", "请对照上述问题逐项核实，需要更正的，更正后重新公开，并反馈更正情况。"))
    blocks.append(Block("signature", chinese_date(today.isoformat())))
    return blocks


def opinions_docx(agency: Agency, today: date | None = None) -> bytes:
    """The 审核意见 for one agency as the bytes of a .docx file: the report's Word layout, the findings'
    columns set to widths that suit text rather than numbers."""
    from docx import Document
    from docx.shared import Cm

    from ..render.docx import TEXT_WIDTH, blocks_docx

    blocks = opinion_blocks(agency, today or date.today())
    doc = Document(io.BytesIO(blocks_docx(blocks, blocks[0].text)))
    for table in doc.tables:
        for column, share in zip(table.columns, SHARES, strict=True):
            for cell in (column, *column.cells):
                cell.width = Cm(TEXT_WIDTH * share)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def file_name(agency: Agency) -> str:
    """The document's file name: the agency's name, with what a file name cannot hold replaced."""
    safe = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in agency.name)
    return f"{safe}审核意见.docx"
