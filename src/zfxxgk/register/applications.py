"""Section 三 from an application register. For year Y:

- 本年新收 = received in Y; 上年结转 = received before Y and not closed before Y began;
- each outcome = closed in Y with that outcome; 结转下年度 = received by the end of Y and still open then;

so 新收 + 结转 = 总计 + 结转下年度 holds by construction, and Y's 结转下年度 is Y+1's 上年结转.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .categories import (
    applicant_aliases,
    outcome_aliases,
    register_templates,
    report_template,
    section_table,
    template_for_closing,
)
from .rows import RegisterRow, Rows, SourceLike, normalize, read_register


@dataclass(frozen=True)
class Application:
    id: str
    received: date
    applicant: str  # a section 三 column id
    closed: date | None
    outcome: str | None  # a section 三 row id
    row: int


def read_applications(source: SourceLike | Rows) -> list[Application]:
    """The applications of a register; raises RegisterError listing every problem."""
    applicants = applicant_aliases(register_templates()[-1])
    outcomes = {t.id: outcome_aliases(t) for t in register_templates()}

    def parse(row: RegisterRow) -> Application:
        received, closed = row.dates("received", "closed")
        applicant = applicants.get(normalize(row.text("applicant")))
        if applicant is None:
            row.bad("applicant", f"未知的申请人类型“{row.text('applicant')}”")
        name = row.text("outcome") + row.text("reason")
        outcome = None
        if closed and not name:
            row.bad("outcome", "已办结但没有办理结果")
        elif name and not closed and not row.text("closed"):
            row.bad("outcome", "有办理结果但没有办结日期")
        elif closed:
            template = template_for_closing(closed.year)
            outcome = outcomes[template.id].get(normalize(name))
            if outcome is None:
                row.bad("outcome", f"未知的办理结果“{name}”（{template.id}年格式）")
        # a row with a problem is dropped (read_register raises), so a None above never reaches a kept row
        return Application(row.text("id"), received, applicant, closed, outcome, row.number)  # type: ignore[arg-type]

    return read_register(source, "applications", parse)


def section3_cells(applications: Iterable[Application], year: int) -> dict[str, int]:
    """Every cell of section 三 for `year`."""
    table = section_table(report_template(year), 3)
    start, end = date(year, 1, 1), date(year, 12, 31)
    counts = {cid: 0 for cid in table.cell_ids}
    for app in applications:
        rows = []
        if start <= app.received <= end:
            rows.append("received")
        elif app.received < start and (app.closed is None or app.closed >= start):
            rows.append("carried_in")
        if app.closed and start <= app.closed <= end:
            rows += [app.outcome or "", "total"]
        elif app.received <= end and (app.closed is None or app.closed > end):
            rows.append("carried_forward")
        for r in rows:
            counts[table.cell_id(r, app.applicant)] += 1
            counts[table.cell_id(r, "total")] += 1
    return counts
