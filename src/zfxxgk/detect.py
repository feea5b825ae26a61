"""Which statutory format the report's tables use — judged from the tables, not the year."""

from __future__ import annotations

import re

from .templates import TEMPLATES, Template, template_for_year

_SPACE = re.compile(r"\s+")


def detect_template(text: str, year: int | None) -> Template | None:
    """The template whose marker phrases the text prints most; by the year when no table says."""
    flat = _SPACE.sub("", text)
    scores = {t.id: sum(1 for mk in t.markers if mk in flat) for t in TEMPLATES.values()}
    modern = max(("2019", "2021"), key=lambda i: (scores[i], i == _year_id(year)))
    if scores[modern] > 0:
        return TEMPLATES[modern]
    if scores["pre2019"] >= 2:
        return TEMPLATES["pre2019"]
    return template_for_year(year) if year is not None else None


def _year_id(year: int | None) -> str | None:
    t = template_for_year(year) if year else None
    return t.id if t else None
