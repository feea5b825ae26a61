"""section.missing only when a section's content is truly absent: a dropped heading is not a missing section."""

from __future__ import annotations

import random

import pytest

from zfxxgk import parse_text
from zfxxgk.synth import synth_record, write_layout

HEADINGS = {5: "五、存在的主要问题及改进情况", 6: "六、其他需要报告的事项", 4: "四、政府信息公开行政复议、行政诉讼情况"}


def report() -> str:
    return str(write_layout(synth_record(random.Random(4), "2021", 2022, "区县"), "cells", 4))


def missing(text: str) -> set[str]:
    return {c for f in parse_text(text).findings if f.rule == "section.missing" for c in f.cells}


def test_a_complete_report_misses_nothing() -> None:
    assert missing(report()) == set()


@pytest.mark.parametrize("number", [4, 5, 6])
def test_a_heading_a_converter_dropped_is_not_a_missing_section(number: int) -> None:
    text = report()
    assert HEADINGS[number] in text
    assert missing(text.replace(HEADINGS[number], "")) == set()


@pytest.mark.parametrize("number", [5, 6])
def test_a_section_whose_text_is_gone_is_missing(number: int) -> None:
    text = report()
    start = text.index(HEADINGS[number])
    end = text.index(HEADINGS[number + 1]) if number + 1 in HEADINGS else text.rindex("人民政府")
    assert missing(text[:start] + text[end:]) == {f"section.{number}"}


def test_an_overview_whose_number_was_dropped_is_there() -> None:
    text = report()
    assert "一、总体情况" in text
    assert missing(text.replace("一、总体情况", "总体情况")) == set()
