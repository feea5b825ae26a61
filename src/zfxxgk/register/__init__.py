"""Sections 三 and 四 of a year's report, counted from registers of individual cases.

An application register (CSV or .xlsx, one row per application) has the columns 编号, 收到日期,
申请人类型, 办结日期 (empty while open), 办理结果 and optionally 具体情形; applicant types and outcomes
are written as the template prints them (自然人, （三）不予公开 1.属于国家秘密, 不予公开 + 属于国家秘密, …)
or as their ids (natural_person, withheld.state_secret). A case register (编号, 类型, 立案日期, 审结日期,
结果) gives section 四.

A register with any problem (unknown category, unreadable or out-of-order date, duplicate id, missing
column) computes nothing: `RegisterError.problems` lists every problem with its row number.
Rows whose first cell starts with "#" are comments.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..record import Meta, Record, Source
from .applications import Application, read_applications, section3_cells
from .blank import BLANK_FORMATS, blank_register, choices
from .cases import Case, read_cases, section4_cells
from .categories import report_template
from .rows import FIELDS, REQUIRED, RegisterError, RegisterProblem, SourceLike, parse_date, read_table, register_kind

KINDS = tuple(FIELDS)


def register_record(*sources: SourceLike, year: int, agency: str | None = None) -> Record:
    """A record with sections 三 (from an application register) and/or 四 (from a case register) for
    `year`; each source's kind is told by its header. Raises RegisterError naming each problem's file
    and row, ValueError for a year whose format has no tables 三 and 四, TypeError for arguments of the
    wrong kind."""
    _check_arguments(sources, year, agency)
    template = report_template(year)
    cells: dict[str, int] = {}
    problems: list[RegisterProblem] = []
    for source in sources:
        name = str(source) if isinstance(source, str | Path) else None
        try:
            rows = read_table(source)
            if register_kind(rows) == "cases":
                cells |= section4_cells(read_cases(rows), year)
            else:
                cells |= section3_cells(read_applications(rows), year)
        except RegisterError as e:
            problems += [replace(p, source=name) for p in e.problems]
    if problems:
        raise RegisterError(problems)
    path = str(sources[0]) if sources and isinstance(sources[0], str | Path) else None
    return Record(
        source=Source(path=path), meta=Meta(agency=agency, year=year, template=template.id), cells=dict(cells)
    )


def _check_arguments(sources: tuple[object, ...], year: object, agency: object) -> None:
    """Raise TypeError naming the argument that is not what register_record takes."""
    for i, source in enumerate(sources, 1):
        if not isinstance(source, str | Path | bytes):
            raise TypeError(
                f"register {i} must be a path (str or Path) or the bytes of a CSV or .xlsx file, "
                f"not {type(source).__name__}"
            )
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be an int, not {type(year).__name__}: {year!r}")
    if agency is not None and not isinstance(agency, str):
        raise TypeError(f"agency must be a str or None, not {type(agency).__name__}")


__all__ = [
    "BLANK_FORMATS",
    "FIELDS",
    "KINDS",
    "REQUIRED",
    "Application",
    "Case",
    "RegisterError",
    "RegisterProblem",
    "blank_register",
    "choices",
    "parse_date",
    "read_applications",
    "read_cases",
    "register_kind",
    "register_record",
    "section3_cells",
    "section4_cells",
]
