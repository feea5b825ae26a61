"""Each check family on records built to break exactly one rule (and on ones that break none)."""

from __future__ import annotations

import random

import pytest

from zfxxgk.checks import ALL_RULES, Context, Deadlines, prose_of, run_checks
from zfxxgk.record import Record
from zfxxgk.synth import synth_record
from zfxxgk.templates import TEMPLATES


def record(template: str = "2021", year: int = 2022, level: str = "区县", **meta: str) -> Record:
    rec = synth_record(random.Random(11), template, year, level)
    rec.meta.published, rec.meta.signed = f"{year + 1}-01-20", f"{year + 1}-01-15"
    for k, v in meta.items():
        setattr(rec.meta, k, v)
    return rec


def rules(rec: Record, text: str = "", headings: dict[int, int] | None = None, **deadlines) -> list[str]:
    heads = {n: 100 * n for n in range(1, 7)} if headings is None else headings
    ctx = Context(rec, TEMPLATES[rec.meta.template], text, Deadlines(**deadlines), headings=heads)
    return sorted(f.rule for f in run_checks(ctx))


def test_a_sound_record_raises_nothing() -> None:
    assert rules(record()) == []


def test_every_finding_takes_its_rules_severity() -> None:
    rec = record(signed="2022-06-01", published="2023-05-01")
    ctx = Context(rec, TEMPLATES["2021"], "", Deadlines(), headings={n: n for n in range(1, 7)})
    found = run_checks(ctx)
    assert found and all(f.severity == ALL_RULES[f.rule].severity for f in found)


@pytest.mark.parametrize(
    ("meta", "level", "expected"),
    [
        ({"signed": "2022-12-30"}, "区县", ["date.signed_before_period_end"]),
        ({"published": "2022-11-30"}, "区县", ["date.published_before_period_end"]),
        ({"published": "2023-04-01"}, "区县", ["date.late"]),
        ({"published": "2023-03-31"}, "区县", []),
        ({"published": "2023-02-01"}, "部门", ["date.late"]),
        ({"signed": "2023-02-01", "published": None}, "部门", ["date.late"]),  # signed after the deadline
        ({"signed": "2023-01-20", "published": None}, "部门", []),
        ({"signed": "2023-04-10", "published": "2023-03-30"}, "区县", []),  # the page's date decides
        ({"period_start": "2022-01-01", "period_end": "2022-11-30"}, "区县", ["date.period"]),
        ({"period_start": "2022-01-01", "period_end": "2022-12-31"}, "区县", []),
    ],
)
def test_dates(meta: dict, level: str, expected: list[str]) -> None:
    assert rules(record(level=level, **meta)) == expected


def test_a_local_deadline_is_configurable() -> None:
    assert rules(record(published="2023-02-20"), government=(2, 15)) == ["date.late"]


def test_every_report_before_2019_is_due_by_march() -> None:
    assert rules(record("pre2019", 2015, "部门", published="2016-03-20", signed="2016-03-01")) == []
    assert rules(record("pre2019", 2015, "部门", published="2016-04-02", signed="2016-03-01")) == ["date.late"]


@pytest.mark.parametrize(
    ("level", "cells", "expected"),
    [
        ("乡镇", {"s2.regulations.issued": 2}, ["value.implausible"]),
        ("省", {"s2.regulations.issued": 2}, []),
        ("乡镇", {"s2.normative_documents.issued": 356}, ["value.implausible"]),
        ("街道", {"s2.fees.amount": 250000.0}, ["value.implausible"]),
        ("区县", {"s3.received.natural_person": -1}, ["value.invalid"]),
        ("区县", {"s2.fees.amount": -0.5}, ["value.invalid"]),
    ],
)
def test_values(level: str, cells: dict, expected: list[str]) -> None:
    rec = record(level=level)
    rec.cells.update(cells)
    found = [r for r in rules(rec) if r.startswith("value.")]
    assert found == expected


def test_sections_missing_or_out_of_order() -> None:
    rec = record()
    assert rules(rec, headings={1: 0, 2: 10, 3: 20, 4: 30, 6: 40}) == ["section.missing"]
    assert rules(rec, headings={1: 0, 2: 10, 3: 20, 4: 30, 5: 50, 6: 40}) == ["section.disordered"]


def test_sections_before_2019_have_no_statutory_order() -> None:
    """The 2008 条例 names what a report holds, not in what order."""
    assert rules(record("pre2019", 2015), headings={1: 0, 7: 10, 5: 20}) == []


def test_a_2021_report_citing_the_2019_notice() -> None:
    assert rules(record(), text="依据国办公开办函〔2019〕60号编制") == ["template.outdated_citation"]
    assert rules(record(), text="依据国办公开办函〔2021〕30号编制") == []


def test_the_wrong_format_for_the_year() -> None:
    rec = record("2019", 2022)
    rec.meta.published, rec.meta.signed = "2023-01-20", "2023-01-15"
    assert rules(rec) == ["template.mismatch"]


@pytest.mark.parametrize(("year", "wrong"), [(2018, False), (2019, True), (2023, True)])
def test_a_statistics_table_of_before_2019_in_a_later_report(year: int, wrong: bool) -> None:
    """A report on 2019 or later that prints the 统计表 of the 2008 条例 uses the wrong format; one that
    prints no table at all is not said to (its format then comes from its year alone)."""
    rec = record("pre2019", year)
    assert rec.indicators
    assert ("template.mismatch" in rules(rec)) == wrong
    rec.indicators = []
    assert "template.mismatch" not in rules(rec)


def test_prose_blanks_each_table_keeping_its_line_breaks_and_offsets() -> None:
    """Each character of a table (a wide one, one outside the BMP, a lone surrogate, a carriage return) is a
    space in the prose, its line breaks stay, tables that overlap are blanked once, and the rest is as printed."""
    table = "项目 | 数量\r\n申请\U0001f600\ud800 | 1,505\n\n"
    text = f"共收到申请1,505件。\n{table}结转2件。"
    start = text.index(table)
    prose = prose_of(text, [(start + 3, start + len(table)), (start, start + 5)])
    assert len(prose) == len(text)
    assert prose[:start] == "共收到申请 1505件。\n"
    assert prose[start : start + len(table)] == " " * 8 + "\n" + " " * 12 + "\n\n"
    assert prose[start + len(table) :] == "结转2件。"
