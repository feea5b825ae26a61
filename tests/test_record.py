"""A record's findings point into the source: at the cell they name, or the nearest cell read."""

from __future__ import annotations

import pickle
from pathlib import Path

from zfxxgk.pipeline import parse_path
from zfxxgk.record import Finding, IndicatorRow, Record, Severity, Source


def _record() -> Record:
    rec = Record(source=Source())
    rec.provenance = {
        "s3.r1.c1": {"line": 10},
        "s3.r2.c2": {"line": 11},
        "s3.r2.c1": {"line": 12},
        "s4.c1": {"line": 20},
        "indicator.1.2017": {"line": 30},
    }
    rec.indicators = [IndicatorRow("主动公开文件数", "条", {}), IndicatorRow("申请数", "件", {"2017": 5})]
    return rec


def _where(rec: Record, *cells: str, location: dict | None = None) -> dict | None:
    (f,) = rec.located([Finding("x", Severity.ERROR, "m", cells, location)])
    return f.location


def test_a_finding_points_at_its_first_cell() -> None:
    rec = _record()
    assert _where(rec, "s3.r2.c1", "s3.r1.c1") == {"line": 12}


def test_a_blank_cell_points_at_the_first_read_cell_of_its_row_then_of_its_table() -> None:
    rec = _record()
    assert _where(rec, "s3.r2.c9") == {"line": 11}  # the row's first read cell, in reading order
    assert _where(rec, "s3.r2") == {"line": 11}  # a row named as a whole
    assert _where(rec, "s3.r7.c1") == {"line": 10}  # nothing read in its row: its table's first
    assert _where(rec, "s5.r1.c1") is None  # nothing read in its table


def test_a_statistics_row_named_by_label_points_at_its_value() -> None:
    rec = _record()
    assert _where(rec, "indicator.申请数") == {"line": 30}
    assert _where(rec, "indicator.主动公开文件数") == {"line": 30}  # no value: the table's first


def test_a_finding_keeps_its_own_location() -> None:
    assert _where(_record(), "s3.r1.c1", location={"line": 1}) == {"line": 1}


def _parsed(shared: Path) -> list[tuple[str, Record]]:
    paths = sorted((shared / "seeds").glob("*.txt"))
    return [(p.read_text(encoding="utf-8"), parse_path(p)) for p in paths]


def test_a_parsed_record_locates_each_value_where_it_is_printed(shared: Path) -> None:
    for text, rec in _parsed(shared):
        assert rec.provenance
        for cell, loc in rec.provenance.items():
            printed = text[loc["start"] : loc["end"]].replace(",", "").replace("，", "")
            assert loc["line"] == text.count("\n", 0, loc["start"]) + 1
            if isinstance(value := rec.cells.get(cell), int) and value > 0:
                assert str(value) in printed, (cell, printed)


def test_a_parsed_record_is_the_same_whichever_field_is_read_first_or_after_a_pickle(shared: Path) -> None:
    for path in sorted((shared / "seeds").glob("*.txt"))[:6]:
        findings_first, provenance_first, pickled = parse_path(path), parse_path(path), parse_path(path)
        assert findings_first.findings is not None and provenance_first.provenance is not None
        assert findings_first == provenance_first == pickle.loads(pickle.dumps(pickled))
        assert findings_first.dumps() == provenance_first.dumps()
        rec = findings_first
        assert all(f.location for f in rec.findings if f.cells and f.cells[0] in rec.provenance)


def test_a_value_split_from_digits_run_together_is_located_where_the_settled_split_prints_it(shared: Path) -> None:
    """`（一）予以公开270020130` is 27, 0, 0, 2, 0, 1, 30 as the identities settle it: 27 is located at
    its two digits, not at the place another split of the row (2, 7, …) gives its first cell."""
    path = shared / "corpus" / "r010.txt"
    text, rec = path.read_text(encoding="utf-8"), parse_path(path)
    loc = rec.provenance["s3.granted.natural_person"]
    assert text[loc["start"] : loc["end"]] == "27"
    for cell, loc in rec.provenance.items():
        if cell.startswith("s3.") and isinstance(value := rec.cells[cell], int):
            assert text[loc["start"] : loc["end"]] == str(value), cell
