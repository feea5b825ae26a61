"""Carry-over across years, as each format declares it: every declared carry-over holds for a
consistent pair of years and is reported, naming its cell, when broken."""

from __future__ import annotations

import copy
import random

import pytest

from zfxxgk import check_across_years, parse_text
from zfxxgk.checks import Context
from zfxxgk.checks.carry_over import check_carry_over
from zfxxgk.record import Record
from zfxxgk.render import render
from zfxxgk.synth import synth_record
from zfxxgk.templates import TEMPLATES

FORMATS = {"2019": 2020, "2021": 2022}


def consecutive(template: str) -> tuple[Record, Record]:
    """Last year's record and this year's, whose cells satisfy every carry-over of the format."""
    year = FORMATS[template]
    prev = synth_record(random.Random(3), template, year - 1, "市")
    cur = synth_record(random.Random(4), template, year, "市")
    cur.meta.agency = prev.meta.agency
    for co in TEMPLATES[template].carry_over:
        value = sum(prev.cells[c] for c in co.last) + sum(cur.cells[c] for c in co.plus)
        cur.cells[co.cell] = value - sum(cur.cells[c] for c in co.minus)
    return prev, cur


def findings(prev: Record, cur: Record) -> list:
    return list(check_carry_over(Context(cur, TEMPLATES[cur.meta.template or ""], previous=prev)))


@pytest.mark.parametrize("template", FORMATS)
def test_consistent_years_have_no_finding(template: str) -> None:
    assert findings(*consecutive(template)) == []


@pytest.mark.parametrize(("template", "cell"), [(t, co.cell) for t in FORMATS for co in TEMPLATES[t].carry_over])
def test_each_broken_carry_over_is_named(template: str, cell: str) -> None:
    prev, cur = consecutive(template)
    cur.cells[cell] += 1
    (finding,) = findings(prev, cur)
    assert finding.rule == "carry_over.mismatch" and finding.cells == (cell,)


def test_not_consecutive_or_another_format_is_not_compared() -> None:
    prev, cur = consecutive("2021")
    cur.cells["s3.carried_in.total"] += 1
    two_years = copy.deepcopy(prev)
    two_years.meta.year = cur.meta.year - 2
    assert findings(two_years, cur) == []
    old = synth_record(random.Random(3), "2019", 2020, "市")  # the 2019 format prints no 现行有效件数
    for c in TEMPLATES["2021"].table_by_id["s3"].columns:
        cur.cells[f"s3.carried_in.{c.id}"] = old.cells[f"s3.carried_forward.{c.id}"]
    cur.cells["s2.regulations.in_force"] += 1
    assert findings(old, cur) == []  # 上年结转 compared across formats, 现行有效件数 not


@pytest.mark.filterwarnings("ignore:identity")  # the carried-in change breaks this year's balance
def test_reports_of_one_agency_are_linked_by_year() -> None:
    prev, cur = consecutive("2021")
    cur.cells["s3.carried_in.natural_person"] += 1
    records = [parse_text(str(render(r, "txt"))) for r in (cur, prev)]
    check_across_years(records)
    assert [f.cells for f in records[0].findings if f.rule == "carry_over.mismatch"] == [
        ("s3.carried_in.natural_person",)
    ]
    assert not [f for f in records[1].findings if f.rule == "carry_over.mismatch"]
