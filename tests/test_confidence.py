"""OCR values read with low confidence: trusted only when an identity with confident cells confirms them."""

from __future__ import annotations

import random

from zfxxgk import parse_text
from zfxxgk.extract.confidence import distrust_low_confidence
from zfxxgk.record import Record
from zfxxgk.render import render
from zfxxgk.synth import synth_record
from zfxxgk.templates import TEMPLATES


def scanned(template: str, year: int) -> tuple[Record, Record]:
    """A record and its parse, with every value located as if read by OCR with full confidence."""
    rec = synth_record(random.Random(7), template, year, "市")
    got = parse_text(str(render(rec, "txt")))
    got.provenance = {k: {"page": 1, "bbox": [0, 0, 1, 1], "confidence": 0.99} for k in got.provenance}
    return rec, got


def test_a_doubtful_cell_confirmed_by_its_row_total_is_kept() -> None:
    rec, got = scanned("2021", 2022)
    got.provenance["s3.received.commercial"]["confidence"] = 0.41
    assert distrust_low_confidence(got, TEMPLATES["2021"]) == []
    assert got.cells["s3.received.commercial"] == rec.cells["s3.received.commercial"]


def test_doubtful_cells_that_only_confirm_each_other_are_dropped() -> None:
    """A whole doubtful table 三: each identity of a cell has another doubtful cell in it."""
    _, got = scanned("2021", 2022)
    doubtful = {c for c in got.provenance if c.startswith("s3.") and got.cells[c] is not None}
    for c in doubtful:
        got.provenance[c]["confidence"] = 0.5
    findings = distrust_low_confidence(got, TEMPLATES["2021"])
    assert {f.cells[0] for f in findings} == doubtful
    assert all(f.rule == "value.low_confidence" and "0.50" in f.message for f in findings)
    assert all(got.cells[c] is None for c in doubtful)
    assert all(got.cells[c] is not None for c in got.provenance if c.startswith("s4."))


def test_a_doubtful_indicator_has_no_identity_and_is_dropped() -> None:
    rec, got = scanned("pre2019", 2016)
    key = next(k for k in got.provenance if k.startswith("indicator.0."))
    got.provenance[key]["confidence"] = 0.3
    (finding,) = distrust_low_confidence(got, TEMPLATES["pre2019"])
    assert finding.cells == (key,)
    _, idx, col = key.split(".", 2)
    assert got.indicators[int(idx)].values[col] is None
    assert rec.indicators[0].values[col] is not None
