"""The aligner reads a long label text that goes on from the one before it only from where that one
ended: the rows it names are those a reading of the whole text names. A row of `|` cells is anchored to
the label in its first cell, whatever numbers stand loose before it."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zfxxgk import parse_text
from zfxxgk.extract.align import _hits, _labels, _line_hits, _literal_first, _table_begun, slots_of
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import random_report, synth_record
from zfxxgk.templates import TEMPLATES

LABELS = _labels(slots_of(tuple(t for t in TEMPLATES["2021"].tables if not t.flat)))
WORDS = [r.label for t in TEMPLATES["2021"].tables for r in t.rows] + ["总计", "金额", "结", "其他", "3.", "（七）"]


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80), st.lists(st.integers(0, 40), max_size=30))
def test_line_hits_are_each_texts_own(words: list[str], cuts: list[int]) -> None:
    line = "".join(words)
    ends = sorted({min(len(line), 150 + 12 * c) for c in cuts})
    texts = [line[:e] for e in ends] + ["规章" * 120, line]  # a text that does not go on from the one before
    assert _line_hits(LABELS, texts) == [_hits(LABELS, t) for t in texts]


def test_one_line_report_rows() -> None:
    line = "".join(r.label for t in TEMPLATES["2021"].tables for r in t.rows)
    texts = [line[:e] for e in range(201, len(line) + 1, 7)]
    hits = _line_hits(LABELS, texts)
    assert hits == [_hits(LABELS, t) for t in texts]
    assert len(hits[-1]) > 20


@pytest.mark.parametrize(
    ("key", "moved"),
    [
        ("^总计", "总(?<=^总)计"),
        ("(?<![结计])总计(?!金额)", "总(?<![结计]总)计(?!金额)"),
        ("(?<![（(\\d])3[.、．)）]?其他", "3(?<![（(\\d]3)[.、．)）]?其他"),
        ("危及“?三安全", "危及“?三安全"),
        ("(?<=a|b)c", "(?<=a|b)c"),
        ("(?<!x)c?d", "(?<!x)c?d"),
    ],
)
def test_literal_first_keys_match_alike(key: str, moved: str) -> None:
    """A key's look-behind moved past its first character matches where the key does, and only there."""
    assert _literal_first(key) == moved
    texts = ["总计", "结总计", "x总计", "总计金额", "(3.其他", "13其他", "a3其他", "3、其他", "危及三安全", "acbc"]
    for text in texts:
        for pos in (0, 1):
            found = [m.span() for m in re.compile(key).finditer(text, pos)]
            assert [m.span() for m in re.compile(moved).finditer(text, pos)] == found


def test_a_gridded_rows_label_anchors_it_whatever_stands_loose_before() -> None:
    """A converter's Markdown with its line breaks lost and a row's cell pulled out before its table
    (`**第二十条第（六）项**3012| 信息内容 | … || 行政处罚 | 5273 || 行政强制 |  |`): the loose number names no
    row, and 行政处罚's own cell is not moved on to 行政强制 to make room for it."""
    rec = random_report(random.Random(453124))
    text = str(write_noisy(rec, "md", ["loose_cells", "lines_run_together"], 453124))
    assert "3012| 信息内容" in text
    got = parse_text(text)
    assert got.cells["s2.punishment.decisions"] == rec.cells["s2.punishment.decisions"] == 5273
    assert got.cells["s2.coercion.decisions"] in (None, 3012)


@pytest.mark.parametrize(
    ("seed", "printed", "read"),
    [
        # a number pulled out of 第二十条第（八）项's table, after its caption, the row before it empty
        (3002422, "| 行政强制 |  | **第二十条第（八）项** 667 | 信息内容 |", ("s2.coercion.decisions",)),
        (3002229, "| 行政许可 |  | **第二十条第（六）项** 502 | 信息内容 |", ("s2.licensing.decisions",)),
        # a row's numbers pulled out of table 三, after the prose and its 勾稽关系 note, which name 结转下年度…
        (3002598, "第三项加第四项之和） 153 22 0 1 1 194 |  | 自然人 |", ("s3.carried_forward.natural_person",)),
    ],
)
def test_numbers_after_where_a_table_begins_are_no_row_named_before_it(
    seed: int, printed: str, read: tuple[str, ...]
) -> None:
    """A page's lines joined by spaces, a converter's number pulled out before its table (after its caption
    or the 勾稽关系 note over its header), its cells empty: the rows named before where that table begins
    (a row of the table before, left empty; 结转下年度继续办理 in the prose) are not the numbers' own."""
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "md", ["loose_cells", "lines_spaced_together", "empty_cells"], seed))
    assert printed in text
    got = parse_text(text)
    assert all(got.cells[c] in (None, rec.cells[c]) for c in read)
    assert not {c: (v, got.cells[c]) for c, v in rec.cells.items() if got.cells[c] not in (v, None)}


S2_S3 = _labels(slots_of(tuple(t for t in TEMPLATES["2021"].tables if t.id in ("s2.item1", "s3"))))


@pytest.mark.parametrize(
    ("before", "begun"),
    [
        ("业构益组织务机构一、本年新收政府信息公开申请数量", False),  # 本年新收, a header's word, begins row 一's label
        ("申请人情况自然人法人或其他组织总计一、本年新收政府信息公开申请数量", False),
        ("规章行政规范性文件申请人情况自然人商业企业", True),  # the rows named before the header are another table's
    ],
)
def test_a_headers_word_that_begins_a_rows_label_names_that_row(before: str, begun: bool) -> None:
    """The text before a group's numbers names where a table begins only where no row is named from the
    header's word on: 本年新收 is a word of 三's header and the beginning of its first row's label."""
    assert _table_begun(S2_S3, before) is begun


@pytest.mark.parametrize("heading", ["", " 三、收到和处理政府信息公开申请情况"])
def test_a_word_for_the_first_cell_after_a_tables_header_on_one_line_is_that_rows(heading: str) -> None:
    """A table's rows run together on one line, the row after its header printing a word for its number
    (`…本年收费金额（单位：万元）行政事业性收费不涉及`): the word is that row's cell, left empty, with a finding — the
    next figure, in the prose after the table (`新收政府信息公开申请213件`, the next heading perhaps dropped),
    is none of its."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    fee = rec.cells["s2.fees.amount"]
    text = str(write_noisy(rec, "glued", [], 3))
    printed = re.search(rf"行政事业性收费{re.escape(str(fee))} 三、收到和处理政府信息公开申请情况", text)
    assert printed is not None and fee is not None
    got = parse_text(text.replace(printed.group(), f"行政事业性收费不涉及{heading}"))
    assert got.cells["s2.fees.amount"] is None
    assert any(f.rule == "table.incomplete" and "s2.fees.amount" in f.cells for f in got.findings)
    assert {k: v for k, v in got.cells.items() if k.startswith("s3.")} == {
        k: v for k, v in rec.cells.items() if k.startswith("s3.")
    }
