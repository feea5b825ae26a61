"""Which statutory format the report's tables use — judged from the tables' own header rows and row
labels, never from words the prose may use, and from the year only when no table says."""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import search_at_starts
from .templates import TEMPLATES, Template, template_for_year


@lru_cache(maxsize=1)
def _distinctive() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Per format with tables: what only its tables print — each column header (with its variants)
    and each section 三 row whose label words no other format prints — as alternatives per item, each
    a plain string."""
    words = {tid: _labels(t) for tid, t in TEMPLATES.items()}
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for tid, t in TEMPLATES.items():
        others = [w for o, ws in words.items() if o != tid for w in ws]
        items: dict[tuple[str, ...], None] = {}  # in order, each once (tables share columns)
        for table in t.tables:
            for col in table.columns:
                if not any(lab in w for lab in col.labels for w in others):
                    items[col.labels] = None
            if table.section == 3:
                for row in table.rows:
                    if all(re.escape(k) == k and not any(k in w for w in others) for k in row.keys):  # plain words
                        items[row.keys] = None
        out[tid] = tuple(items)
    return out


def _labels(t: Template) -> set[str]:
    """Every header and row label a format's tables print, white space removed."""
    out = {lab for table in t.tables for col in table.columns for lab in col.labels}
    out |= {w for table in t.tables for r in table.rows for w in (r.label, *r.variants, r.parent or "")}
    return {"".join(w.split()) for w in out if w}


def detect_template(text: str, year: int | None) -> Template | None:
    """The format whose tables the text prints. A format's own column headers decide (a 统计表 needs
    two of them to be outweighed: one may be a word of the prose); then a 统计表's header row; then
    the year."""
    flat = "".join(text.split())
    scores = {tid: sum(1 for alts in items if any(k in flat for k in alts)) for tid, items in _distinctive().items()}
    by_year = template_for_year(year) if year is not None else None
    best = max(scores, key=lambda tid: (scores[tid], by_year is not None and tid == by_year.id))
    if scores[best] >= 2:  # two of a format's own headers outweigh a 统计表's header row, not looked for then
        return TEMPLATES[best]
    headers = (t.indicator_header_pattern for t in TEMPLATES.values())
    if any(header and search_at_starts(header, flat) for header in headers):
        return next(t for t in TEMPLATES.values() if t.indicator_header)
    return TEMPLATES[best] if scores[best] else by_year
