"""The names a register may give applicant types, outcomes, case kinds and results, read from the tables
of sections 三 and 四 of the templates: each row's or column's id, its label, the label without its
numbering, and with the group it is printed under."""

from __future__ import annotations

import re
import unicodedata

from ..numbering import strip_numbering
from ..templates import TEMPLATES, Table, Template, s3_outcomes, template_for_year
from .rows import normalize

PENDING = "pending"  # the section 四 column of cases not yet concluded
_PARENTHESIS = re.compile(r"\([^)]*\)$")


def section_table(template: Template, number: int) -> Table:
    return template.section_tables(number)[0]


def register_templates() -> list[Template]:
    """The formats with tables 三 and 四, oldest first."""
    return sorted((t for t in TEMPLATES.values() if t.section_tables(3)), key=lambda t: t.years[0])


def report_template(year: int) -> Template:
    """The template of a report on `year`; raises ValueError for a year whose format has no section 三."""
    template = template_for_year(year)
    if template is None or not template.section_tables(3):
        raise ValueError(f"{year}年的报告格式没有统一的表三、表四，无法由登记表生成")
    return template


def template_for_closing(year: int) -> Template:
    """The template an outcome closed in `year` is named in; before 2019, the earliest with a section 三."""
    own = template_for_year(year)
    return own if own and own.section_tables(3) else register_templates()[0]


def _forms(label: str) -> set[str]:
    plain = strip_numbering(unicodedata.normalize("NFKC", label).strip())
    return {label, plain, _PARENTHESIS.sub("", plain)}


def applicant_aliases(template: Template) -> dict[str, str]:
    """Every way of naming an applicant column — id, label, label after its group — to its id."""
    out: dict[str, str] = {}
    for c in section_table(template, 3).columns:
        if c.id != "total":
            for form in (c.id, *c.labels, *((c.group + lbl for lbl in c.labels) if c.group else ())):
                out[normalize(form)] = c.id
    return out


def outcome_aliases(template: Template) -> dict[str, str]:
    """Every way of naming an outcome row — id, label, label without numbering, with its group — to its id;
    a name that fits two rows is left out."""
    table = section_table(template, 3)
    outcomes = s3_outcomes(table)
    seen: dict[str, set[str]] = {}
    for r in table.rows:
        if r.id not in outcomes:
            continue
        parents = _forms(r.parent) | {""} if r.parent else {""}
        names = {r.id} | {p + form for p in parents for form in _forms(r.label)}
        for name in names:
            seen.setdefault(normalize(name), set()).add(r.id)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def case_kind_aliases(template: Template) -> dict[str, str]:
    """Every way of naming a section 四 group — id, label, label after its parent — to its row id."""
    table = section_table(template, 4)
    return {normalize(f): r.id for r in table.rows for f in (r.id, r.label, (r.parent or "") + r.label)}


def case_result_aliases(template: Template) -> dict[str, str]:
    """Every way of naming a section 四 result — id or label — to its column id."""
    table = section_table(template, 4)
    return {normalize(f): c.id for c in table.columns if c.id != "total" for f in (c.id, *c.labels)}
