"""Real reports with a random consistent table put in place of their own: every value the report printed
replaced, where it printed it, by a value of a random record whose identities hold — a township's zeros
and single digits, a province's thousands — so that runs of glued digits split in other ways than the
report's own. Each value comes back, or null with a finding naming it; never another number; and no
identity finding the report did not have."""

from __future__ import annotations

import os
import random
from pathlib import Path

from test_real_changed import Value, _named, _reprinted, _texts, _values
from zfxxgk import parse_text
from zfxxgk.record import IndicatorRow, Record
from zfxxgk.synth import LEVELS, SCALE, indicator_values, synth_record, with_sums
from zfxxgk.templates import get_template

SEEDS = int(os.environ.get("ZFXXGK_TRANSPLANT_SEEDS", "12"))  # draws a report: 50 for a long sweep


def _transplanted(rec: Record, seed: int) -> dict[str, Value]:
    """Values of a random record on `rec`'s template at a level chosen by `seed`, for the values `rec` has:
    its cells, or the rows of its 统计表 with each sum its form states made to hold (rates kept). Past the
    first seed of each level, each table of a section is drawn at a level of its own (a bureau's thousands
    of decisions in 二 beside a few requests in 三)."""
    rng = random.Random(seed)
    level = LEVELS[seed % len(LEVELS)]
    template = get_template(rec.meta.template or "")
    if template.tables:
        out: dict[str, Value] = {}
        for section in sorted({t.section for t in template.tables}):
            drawn = synth_record(rng, template.id, rec.meta.year or 2020, level).cells
            cells = {c for t in template.section_tables(section) for c in t.cell_ids}
            out |= {k: v for k, v in drawn.items() if k in cells and v is not None}
            level = level if seed < len(LEVELS) else rng.choice(LEVELS)
        return {k: v for k, v in out.items() if rec.cells.get(k) is not None}
    scale = SCALE[level]
    rows = []
    for r in rec.indicators:
        drawn = indicator_values(rng, r.unit, list(r.values), scale)  # 历年累计 and later columns ≥ the year's
        rows.append(IndicatorRow(r.label, r.unit, r.values if r.unit == "%" else drawn))
    rows = with_sums(template, rows)
    old = _values(rec)
    out = {f"indicator.{i}.{col}": v for i, r in enumerate(rows) for col, v in r.values.items()}
    return {k: v for k, v in out.items() if v is not None and old.get(k) is not None}


def _identities(rec: Record) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.rule, tuple(f.cells)) for f in rec.findings if f.rule.startswith("identity.")}


def sweep(shared: Path, seeds: range) -> tuple[int, int, list[tuple[str, int, object]]]:
    """Values transplanted, values read back, and each failure (report, seed, what went wrong)."""
    changed = read = 0
    failures: list[tuple[str, int, object]] = []
    for name, text in _texts(shared):
        rec = parse_text(text)
        for seed in seeds:
            new_text, want = _reprinted(text, rec, _transplanted(rec, seed))
            back = parse_text(new_text)
            got = _values(back)
            wrong = {
                k: (v, got.get(k))
                for k, v in want.items()
                if got.get(k) != v and not (got.get(k) is None and _named(k, back))
            }
            if wrong:
                failures.append((name, seed, wrong))
            if extra := _identities(back) - _identities(rec):
                failures.append((name, seed, extra))
            changed += len(want)
            read += sum(1 for k, v in want.items() if got.get(k) == v)
    return changed, read, failures


def test_real_tables_transplanted(shared: Path) -> None:
    """Each report with tables drawn at every level: every value read back or null with a finding naming it,
    no new identity finding, 99% read."""
    changed, read, failures = sweep(shared, range(SEEDS))
    assert not failures, failures
    assert changed > 2000 * SEEDS and read > 0.99 * changed, (changed, read)
