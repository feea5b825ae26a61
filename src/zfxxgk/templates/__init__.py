"""The statutory formats, declared once as data, and the lookups every stage uses."""

from __future__ import annotations

from . import f2019, f2021, pre2019
from .model import Column, Equation, Identity, Indicator, Kind, Row, Section, Table, Template

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


__all__ = [
    "TEMPLATES",
    "Column",
    "Equation",
    "Identity",
    "Indicator",
    "Kind",
    "Row",
    "Section",
    "Table",
    "Template",
    "get_template",
    "template_for_year",
]
