"""Section 四 from a register of review and litigation cases: a case counts in year Y when it was filed by
the end of Y and not concluded before Y began; concluded in Y, under its result; else 尚未审结. A case
with neither a date concluded nor a result is pending, as the blank register says."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .categories import (
    PENDING,
    case_kind_aliases,
    case_result_aliases,
    register_templates,
    report_template,
    section_table,
)
from .rows import RegisterRow, Rows, SourceLike, normalize, read_register


@dataclass(frozen=True)
class Case:
    id: str
    kind: str  # a section 四 row id
    filed: date
    closed: date | None
    result: str  # a section 四 column id
    row: int


def read_cases(source: SourceLike | Rows) -> list[Case]:
    """The review and litigation cases of a register; raises RegisterError listing every problem."""
    template = register_templates()[-1]
    kinds, results = case_kind_aliases(template), case_result_aliases(template)
    pending = section_table(template, 4).column_by_id[PENDING].label

    def parse(row: RegisterRow) -> Case:
        kind = kinds.get(normalize(row.text("kind")))
        if kind is None:
            row.bad("kind", f"未知的案件类型“{row.text('kind')}”")
        filed, closed = row.dates("filed", "closed")
        empty = not row.text("result")
        result = PENDING if empty and not row.text("closed") else results.get(normalize(row.text("result")))
        if result is None:
            row.bad("result", "已审结的案件须写明结果" if empty else f"未知的结果“{row.text('result')}”")
        if result == PENDING and closed:
            row.bad("result", f"已审结的案件不能是“{pending}”")
        elif result and result != PENDING and not closed and not row.text("closed"):
            row.bad("closed", "有审结结果但没有审结日期")
        # a row with a problem is dropped (read_register raises), so a None above never reaches a kept row
        return Case(row.text("id"), kind, filed, closed, result, row.number)  # type: ignore[arg-type]

    return read_register(source, "cases", parse)


def section4_cells(cases: Iterable[Case], year: int) -> dict[str, int]:
    """Every cell of section 四 for `year`."""
    table = section_table(report_template(year), 4)
    start, end = date(year, 1, 1), date(year, 12, 31)
    counts = {cid: 0 for cid in table.cell_ids}
    for case in cases:
        if case.filed > end or (case.closed is not None and case.closed < start):
            continue
        column = case.result if case.closed is not None and case.closed <= end else PENDING
        counts[table.cell_id(case.kind, column)] += 1
        counts[table.cell_id(case.kind, "total")] += 1
    return counts
