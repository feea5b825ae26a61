"""A pre-2019 统计表 → indicator rows (label, unit, one value per printed column)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..record import Finding, IndicatorRow, Severity
from ..templates import Kind, Template
from .groups import scan_groups
from .values import parse_number, split_group

_UNITS = ("万元", "人次", "元", "条", "件", "个", "次", "项", "篇", "期", "人", "份", "场", "天", "家", "%", "批", "册")
_NUMBERING = re.compile(r"^(?:其中)?[:：]?\s*(?:\d+|[一二三四五六七八九十]+)?[.、．]?")


def _label_unit(text: str, has_unit: bool) -> tuple[str, str | None]:
    label = _NUMBERING.sub("", text.strip("|").strip())
    if has_unit:
        for u in _UNITS:
            if label.endswith(u) and len(label) > len(u):
                return label[: -len(u)], u
    return label, None


@lru_cache(maxsize=4)
def _column_pattern(template: Template) -> re.Pattern[str]:
    return re.compile("|".join(template.indicator_column_keys))


def extract_indicators(
    text: str, template: Template
) -> tuple[list[IndicatorRow], list[Finding], dict[str, tuple[int, int]]]:
    """The 统计表's rows, findings for values that cannot be read, and each value's source span
    (keyed `indicator.<row index>.<column>`). The table starts at its label column's header."""
    if not template.indicator_header:
        return [], [], {}
    label_header, unit_header = template.indicator_header
    at = text.find(label_header)
    if at < 0:
        return [], [], {}
    end = at + len(label_header)
    window = text[end : end + 200]
    column_keys = _column_pattern(template)
    columns = [re.sub(r"\s+", "", c) for c in column_keys.findall(window)][:4] or ["本年"]
    has_unit = unit_header in window
    last_col = column_keys.search(window)
    start = end
    if last_col:
        start = end + max(mm.end() for mm in column_keys.finditer(window[: window.find(columns[-1]) + 12]))
    rows: list[IndicatorRow] = []
    findings: list[Finding] = []
    spans: dict[str, tuple[int, int]] = {}
    width = len(columns)
    cum = [i for i, c in enumerate(columns) if template.cumulative_key in c]
    for g in scan_groups(text, start, len(text)):
        label, unit = _label_unit(g.before, has_unit)
        if not label or len(label) > 40:
            continue
        kind = Kind.AMOUNT if unit in ("元", "万元") else Kind.COUNT
        toks = g.trimmed(width)
        values: dict[str, int | float | None] = dict.fromkeys(columns)
        idx = len(rows)
        if len(toks) == width and all(t.text for t in toks):
            for c, t in zip(columns, toks, strict=True):
                values[c] = parse_number(t.text or "", kind).value
                spans[f"indicator.{idx}.{c}"] = (t.start, t.end)
        elif all(t.text for t in toks):
            cands, complete = split_group([t.text or "" for t in toks], [kind] * width)
            vals = [tuple(parse_number(p, kind).value for p in parts) for parts in cands]
            if cum and width >= 2:
                first = next(i for i in range(width) if i not in cum)
                vals = [v for v in vals if all(v[ci] >= v[first] for ci in cum)]
            if len(vals) == 1 and complete:
                values = dict(zip(columns, vals[0], strict=True))
                spans.update({f"indicator.{idx}.{c}": (toks[0].start, toks[-1].end) for c in columns})
            else:
                findings.append(
                    Finding(
                        "value.ambiguous",
                        Severity.WARNING,
                        f"统计表“{label}”的数字连在一起印刷，有{len(vals)}种拆分方式，无法确定。",
                        (f"indicator.{label}",),
                    )
                )
        else:
            findings.append(
                Finding("table.incomplete", Severity.ERROR, f"统计表“{label}”有未填写的数。", (f"indicator.{label}",))
            )
        rows.append(IndicatorRow(label, unit, values))
    return rows, findings, spans
