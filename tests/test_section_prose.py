"""A record's section text holds the report's prose only: what was printed as a table is the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SHARED
from zfxxgk.extract.spans import printed_lines
from zfxxgk.pipeline import parse_path
from zfxxgk.templates import get_template

REPORTS = sorted(p for d in ("seeds", "corpus", "corpus-new") for p in (SHARED / d).glob("r*.*") if p.suffix != ".tsv")
REPORTS += sorted((SHARED / "seeds").glob("0*"))


def _row_printed(label: str) -> re.Pattern[str]:
    """A row's label followed by its numbers as a table prints them (`规章 | 1 | 0`, `规章000`), not as
    prose says one (`规章13件`)."""
    unit = r"(?:[\s|]*(?:条|件|个|次|元|万元))?"
    said = r"[\d件条个次起份项人家场期篇余多元万.,，、]"  # what follows a number in a sentence
    return re.compile(re.escape(label) + unit + rf"(?:[\s|]*\d+(?:[\s|]+\d+)+|\d+(?!{said}))")


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_no_table_is_left_in_a_section_text(path: Path) -> None:
    record = parse_path(path)
    texts = [s.text for s in record.sections.values()]
    assert record.sections and all(not re.search(r"^\s*\|", t, re.M) for t in texts)
    labels = [i.label for i in record.indicators]
    if record.meta.template and get_template(record.meta.template).tables:
        labels = [r.label for t in get_template(record.meta.template).tables for r in t.rows if len(r.label) > 3]
    for label in labels:
        assert not any(_row_printed(label).search(t) for t in texts), label


def test_prose_around_the_tables_stays() -> None:
    record = parse_path(SHARED / "corpus" / "r013.pdf")
    assert record.sections["1"].text.startswith("2024 年")
    assert "3940 元" in record.sections["6"].text
    assert record.sections["2"].text == record.sections["3"].text == record.sections["4"].text == ""
    stats = parse_path(SHARED / "corpus" / "r003.txt")  # a page printed as one line: the 统计表 follows the date
    assert stats.sections["6"].text.endswith("二○一二年二月二十日")
    assert "4251516" not in stats.sections["6"].text


def test_a_table_line_widens_to_its_border_but_not_over_a_sentence() -> None:
    text = "总结如下。表格：规章 1 0 11 | 下一步，我们将继续努力。"
    first, last = text.index("规章"), text.index("11") + 2
    assert printed_lines(text, first, last, 0, len(text)) == (first, last)
    text = "| 规章 | 1 | 0 | 11 |\n|---|---|\n下一步。"
    assert printed_lines(text, 2, text.index("11") + 2, 0, len(text)) == (0, text.index("\n下一步"))
