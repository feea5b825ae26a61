"""Which statutory format the report's tables use — judged from the tables' own header rows and row
labels, never from words the prose may use, and from the year only when no table says."""

from __future__ import annotations

import re
from functools import lru_cache

from .templates import TEMPLATES, Template, template_for_year

_SPACE = re.compile(r"\s+")
_HEADER_GAP = 8  # characters allowed between the 统计表's label-column header and the next header


@lru_cache(maxsize=1)
def _distinctive() -> dict[str, tuple[tuple[re.Pattern[str], ...], ...]]:
    """Per format with tables: what only its tables print — each column header (with its variants)
    and each section 三 row whose label words no other format prints — as alternatives per item."""
    words = {tid: _labels(t) for tid, t in TEMPLATES.items()}
    out: dict[str, tuple[tuple[re.Pattern[str], ...], ...]] = {}
    for tid, t in TEMPLATES.items():
        others = [w for o, ws in words.items() if o != tid for w in ws]
        items: dict[tuple[str, ...], None] = {}  # in order, each once (tables share columns)
        for table in t.tables:
            for col in table.columns:
                if not any(lab in w for lab in col.labels for w in others):
                    items[tuple(re.escape(lab) for lab in col.labels)] = None
            if table.section == 3:
                for row in table.rows:
                    if all(re.escape(k) == k and not any(k in w for w in others) for k in row.keys):
                        items[row.keys] = None
        out[tid] = tuple(tuple(re.compile(k) for k in keys) for keys in items)
    return out


def _labels(t: Template) -> set[str]:
    """Every header and row label a format's tables print, white space removed."""
    out = {lab for table in t.tables for col in table.columns for lab in col.labels}
    out |= {w for table in t.tables for r in table.rows for w in (r.label, *r.variants, r.parent or "")}
    return {_SPACE.sub("", w) for w in out if w}


@lru_cache(maxsize=1)
def _statistics_header() -> re.Pattern[str] | None:
    """The header row of a 统计表: its label-column header followed by its unit or value columns."""
    t = next((t for t in TEMPLATES.values() if t.indicator_header), None)
    if t is None:
        return None
    label, unit = t.indicator_header
    after = "|".join([re.escape(unit), *t.indicator_column_keys])
    return re.compile(rf"{re.escape(label)}.{{0,{_HEADER_GAP}}}?(?:{after})")


def detect_template(text: str, year: int | None) -> Template | None:
    """The format whose tables the text prints. A format's own column headers decide (a 统计表 needs
    two of them to be outweighed: one may be a word of the prose); then a 统计表's header row; then
    the year."""
    flat = _SPACE.sub("", text)
    scores = {
        tid: sum(1 for alts in items if any(p.search(flat) for p in alts)) for tid, items in _distinctive().items()
    }
    header = _statistics_header()
    statistics = header is not None and header.search(flat) is not None
    by_year = template_for_year(year) if year is not None else None
    best = max(scores, key=lambda tid: (scores[tid], by_year is not None and tid == by_year.id))
    if scores[best] >= (2 if statistics else 1):
        return TEMPLATES[best]
    if statistics:
        return next(t for t in TEMPLATES.values() if t.indicator_header)
    return by_year
