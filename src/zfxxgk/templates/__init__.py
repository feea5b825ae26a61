"""The statutory formats, declared once as data, and the lookups every stage uses."""

from __future__ import annotations

from . import f2019, f2021, pre2019
from .common import s3_outcome_kinds, s3_outcomes
from .model import (
    CELL_NOTE,
    NO_NUMBER,
    NOTE,
    CarryOver,
    Column,
    Equation,
    Form,
    FormRow,
    Identity,
    Indicator,
    IndicatorSum,
    Kind,
    Row,
    Section,
    Stated,
    Table,
    Template,
    cell_label,
)

TEMPLATES: dict[str, Template] = {t.id: t for t in (pre2019.TEMPLATE, f2019.TEMPLATE, f2021.TEMPLATE)}


def get_template(template_id: str) -> Template:
    """The template with this id; raises KeyError for an unknown id."""
    return TEMPLATES[template_id]


def template_for_year(year: int) -> Template | None:
    """The format a report on `year` must use, or None for a year before the 2008 条例."""
    for t in TEMPLATES.values():
        if t.years[0] <= year <= t.years[1]:
            return t
    return None


def indicator_template(template: Template | None = None) -> Template:
    """The format whose 统计表 prints a record's indicators: `template` if it has one, else the one that does."""
    if template is not None and template.indicator_header:
        return template
    return next(t for t in TEMPLATES.values() if t.indicator_header)


__all__ = [
    "CELL_NOTE",
    "NOTE",
    "NO_NUMBER",
    "TEMPLATES",
    "CarryOver",
    "Column",
    "Equation",
    "Form",
    "FormRow",
    "Identity",
    "Indicator",
    "IndicatorSum",
    "Kind",
    "Row",
    "Section",
    "Stated",
    "Table",
    "Template",
    "cell_label",
    "get_template",
    "indicator_template",
    "s3_outcome_kinds",
    "s3_outcomes",
    "template_for_year",
]
