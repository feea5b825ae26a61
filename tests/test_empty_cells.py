"""Rows with a cell printed as nothing at all (a page's text of a table whose empty cells leave no mark):
each number stays in its own cell or is null with a finding naming it, never another's number."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reread import assert_read_alike
from zfxxgk import parse_text
from zfxxgk.extract.tables import _run_to_end, _space_before, _tail_start
from zfxxgk.record import Record
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import random_report, synth_record, write_layout
from zfxxgk.templates import TEMPLATES

S3_HEAD = "三、收到和处理政府信息公开申请情况\n"


def _s2(got: Record) -> dict[str, int | float | None]:
    return {k.removeprefix("s2."): v for k, v in got.cells.items() if k.startswith("s2.")}


def _flagged(got: Record, cell: str) -> bool:
    """Whether a finding names the cell (or a row whose cells a finding names)."""
    return any(
        f.rule in ("value.ambiguous", "table.incomplete") and any(c.startswith(cell) for c in f.cells)
        for f in got.findings
    )


def test_a_row_printing_nothing_takes_no_number_from_the_prose_before_its_table() -> None:
    """A row that prints no number keeps none, glued or spaced: the counts of the sentence before the
    table (one at the start of a line the sentence wraps onto), on no row's line and before the rows
    already placed by their labels, are not its cells."""
    glued = (
        "二、主动公开政府信息情况\n全年主动公开政府信息695条，其中规划计划类信息399条。第二十条第（一）项信息内容"
        "本年制发件数本年废止件数现行有效件数规章000行政规范性文件101第二十条第（五）项信息内容本年处理决定数量"
        "行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚206行政强制第二十条第（八）项信息内容"
        "本年收费金额（单位：万元）行政事业性收费20\n"
    )
    got = parse_text(glued + S3_HEAD)
    assert _s2(got)["coercion.decisions"] is None and _flagged(got, "s2.coercion")
    assert _s2(got)["punishment.decisions"] == 206
    spaced = (
        "二、主动公开政府信息情况\n全年主动公开政府信息 615 条，其中工作动态类信息\n192 条，规划计划类信息 7 条。\n"
        "第二十条第（一）项\n"
        "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 5  0\n第二十条第（五）项\n"
        "信息内容 本年处理决定数量\n行政许可\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 37\n"
        "行政强制 0\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 3\n"
    )
    got = parse_text(spaced + S3_HEAD)
    s2 = _s2(got)
    assert s2["licensing.decisions"] is None and _flagged(got, "s2.licensing")
    assert [s2[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [5, None, 0]
    assert s2["punishment.decisions"] == 37


def test_a_wide_gap_in_a_row_with_no_sum_of_its_own_is_unsure_where_digits_run_together() -> None:
    """`行政规范性文件 28  4` in a table whose rows run their digits together (`规章 0 10`): the gap may be an
    empty cell (28, nothing, 4) or the digits two cells (2, 8, 4); with no sum of its own to tell, the row is
    not read. Where no row runs its digits together, the gap is the empty cell."""
    head = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
    rest = (
        "第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 7\n第二十条第（六）项\n信息内容 本年处理决定数量\n"
        "行政处罚 37\n行政强制 0\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 3\n"
    )
    got = parse_text(head + "规章 0 10\n行政规范性文件 28  4\n" + rest + S3_HEAD)
    s2 = _s2(got)
    assert [s2[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [None] * 3
    assert _flagged(got, "s2.normative_documents")
    got = parse_text(head + "规章 0 1 0\n行政规范性文件 28  4\n" + rest + S3_HEAD)
    s2 = _s2(got)
    assert [s2[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [28, None, 4]


def _glued(template: str = "2021", **rows: str) -> Record:
    """A report of the format in a web page's text, its tables' rows (by label) printed as given."""
    year = {"2021": 2022, "2019": 2020}[template]
    text = str(write_layout(synth_record(random.Random(5), template, year, "市"), "glued", 0))
    for label, printed in rows.items():
        text, n = re.subn(rf"(?<={re.escape(label)})\d+", printed, text, count=1)
        assert n == 1, label
    return parse_text(text)


_COLUMNS = [c.id for c in TEMPLATES["2021"].table_by_id["s3"].columns]


def _row(got: Record, row: str) -> list[int | float | None]:
    return [got.cells[f"s3.{row}.{c}"] for c in _COLUMNS]


def test_a_row_around_a_word_is_not_read_so_that_its_total_cannot_hold() -> None:
    """`12见附件0060`: 1, 2, a word, 0, 0, 6 and a total of 0 is no reading, whatever the word stands for."""
    got = _glued(**{"二、上年结转政府信息公开申请数量": "12见附件0060"})
    assert _row(got, "carried_in") == [None] * 7 and _flagged(got, "s3.carried_in")


def test_a_row_around_a_word_may_be_a_cell_short_where_another_row_is() -> None:
    """Where a row prints too few digits for its cells (`000000`, an empty cell printing nothing), a row run
    together around a word (`272000不适用`: 2, 7, 2, 0, 0, 0, or 27, 2, 0, 0, 0, an empty cell) is not
    settled; where none does, the word is the row's one empty cell."""
    got = _glued(**{"1.属于国家秘密": "000000", "（一）予以公开": "272000不适用"})
    assert _row(got, "granted") == [None] * 7 and _flagged(got, "s3.granted.natural_person")
    assert _row(got, "withheld.state_secret") == [None] * 7 and _flagged(got, "s3.withheld.state_secret")
    got = _glued(**{"（一）予以公开": "272000不适用"})
    assert _row(got, "granted") == [2, 7, 2, 0, 0, 0, None]


def test_a_row_around_a_word_may_be_a_cell_short_where_a_later_row_adds_up_only_so() -> None:
    """A row that adds up only a cell short (`10006348`: 10, an empty cell, 0, 0, 6, 3, 48), read after a row
    run together around a word (`155803暂无95`: 15, 58, 0, 3, an empty cell, the word, 95), shows the report
    prints empty cells as nothing: the row around the word is not settled (its 3 is not the 法律服务机构 cell
    printed as nothing)."""
    got = _glued(**{"（一）予以公开": "155803暂无95", "1.本机关不掌握相关政府信息": "10006348"})
    assert _row(got, "granted") == [None] * 7 and _flagged(got, "s3.granted.legal_service")


def test_a_row_around_a_word_that_adds_up_only_if_the_word_is_a_number_may_be_a_cell_short() -> None:
    """`251不涉及4032`: 2, 5, 1, the word, 4, 0, 32 keeps the total only if the word stands for 20; with the
    word counting nothing no split keeps it, and 25, an empty cell printing nothing, 1, the word, 4, 0, 32
    fits as well (the report's own total one more than its parts): in a report that marks no empty cell,
    the row is not settled — in 三 of either format, the word anywhere in the row."""
    for template in ("2021", "2019"):
        got = _glued(template, **{"1.信访举报投诉类申请": "251不涉及40322"})
        assert _row(got, "not_processed.complaint") == [None] * 7
        assert _flagged(got, "s3.not_processed.complaint.natural_person")
    got = _glued(**{"二、上年结转政府信息公开申请数量": "1500待定116"})
    assert _row(got, "carried_in") == [None] * 7 and _flagged(got, "s3.carried_in.natural_person")
    got = _glued(**{"4.保护第三方合法权益": "见附件30001635"})
    assert _row(got, "withheld.third_party") == [None] * 7 and _flagged(got, "s3.withheld.third_party.commercial")


def test_a_row_around_a_word_that_adds_up_with_the_word_counting_nothing_is_read() -> None:
    """`400不适用026`: 4, 0, 0, the word, 0, 2, 6 keeps the total with the word counting nothing: read so, though
    an empty cell printing nothing before 4 would fit too, if the word stood for 22."""
    got = _glued(**{"5.属于三类内部事务信息": "400不适用0266"})
    assert _row(got, "withheld.internal_affairs") == [4, 0, 0, None, 0, 2, 6]


def test_a_row_around_a_word_in_a_report_that_marks_its_empty_cells_is_read_without_one_printing_nothing() -> None:
    """Where another row marks its empty cell (`0000无01`), the report prints none as nothing: `251不涉及4032` is
    read the one way it fills its cells, 2, 5, 1, the word, then 4, 0, 32 or 40, 3, 2 for the table to settle."""
    got = _glued(**{"1.信访举报投诉类申请": "251不涉及40322", "2.重复申请": "0000无013"})
    assert _row(got, "not_processed.complaint")[:4] == [2, 5, 1, None]


def test_a_row_a_space_apart_that_breaks_its_total_is_read_as_printed_and_said_to() -> None:
    """`25 0 1 1 4 0 32` in a page's text that runs other rows together: a number a cell, no other reading of
    its spaces keeps the total; the report's own total one more than its parts, read as printed and said."""
    got = _glued(**{"1.信访举报投诉类申请": "25 0 1 1 4 0 322"})
    assert _row(got, "not_processed.complaint") == [25, 0, 1, 1, 4, 0, 32]
    assert any(f.rule == "identity.row_total" and "s3.not_processed.complaint.total" in f.cells for f in got.findings)


def test_a_row_left_unread_once_every_row_is_read_is_not_said_to_print_empty_cells() -> None:
    """A row around a word read one way (`155803暂无95`: its word the 其他组织 cell, printed empty), left
    unread once a later row shows empty cells print nothing: which cell the word stands for is not known,
    so no finding says it is printed empty; each of its cells is named as unknown."""
    got = _glued(**{"（一）予以公开": "155803暂无95", "1.本机关不掌握相关政府信息": "10006348"})
    row = [c for c in got.cells if c.startswith("s3.granted.")]
    blank = [c for f in got.findings if f.rule == "table.incomplete" for c in f.cells]
    unknown = {c for f in got.findings if f.rule == "value.ambiguous" for c in f.cells}
    assert not set(row) & set(blank) and unknown.issuperset(row)
    for f in got.findings:
        if m := re.search(r"有(\d+)个单元格未填写", f.message):
            assert int(m[1]) == len(f.cells)


def test_a_row_around_a_word_is_read_the_one_way_its_total_can_hold() -> None:
    """`15580315暂无95`: the word's cell and the total's place are settled, as 9 and 5 after the word would
    be more than the total; the digits before the word are split by the table's sums, or left open."""
    got = _glued(**{"（一）予以公开": "15580315暂无95"})
    granted = _row(got, "granted")
    assert granted[5:] == [None, 95]
    assert all(v in (truth, None) for v, truth in zip(granted[:5], [15, 58, 0, 3, 15], strict=True))


def test_cells_the_splits_agree_on_are_open_where_the_report_prints_empty_cells_as_nothing() -> None:
    """`其他对外管理服务事项011780`: every split into its three cells begins with 0, and leaves the other two
    open; where another row prints too few digits for its cells (`200103`), the report prints empty cells
    as nothing, and the row may as well be an empty cell, then 0 and 11780."""
    got = _glued("2019", 其他对外管理服务事项="011780")
    assert _s2(got)["other_services.previous"] == 0
    got = _glued("2019", 其他对外管理服务事项="011780", **{"1.属于国家秘密": "200103"})
    assert _s2(got)["other_services.previous"] is None and _flagged(got, "s2.other_services.previous")


def test_a_spaced_row_whose_cells_end_in_full_stops_keeps_its_empty_cells_in_place() -> None:
    """`行政规范性文件 809。 4。 `: each cell ends in a full stop, the empty last one leaving its space; the
    numbers stand apart, and are not split as digits run together (80, 9, 4): read in place, or, as the
    space at the line's end may be a stray one, left open."""
    spaced = (
        "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
        "规章 45。 3 68\n行政规范性文件 809。 4。 \n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 2972\n"
        "第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 4531\n行政强制 10165\n第二十条第（八）项\n"
        "信息内容 本年收费金额（单位：万元）\n行政事业性收费 3\n"
    )
    got = parse_text(spaced + S3_HEAD)
    s2 = _s2(got)
    row = [s2[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")]
    assert row == [809, 4, None] or (row == [None] * 3 and _flagged(got, "s2.normative_documents.issued"))
    assert [s2[f"regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [45, 3, 68]


@pytest.mark.parametrize("mark", ["*", "※", "①", "[注1]", "［注2］"])
def test_a_footnote_mark_ending_a_spaced_row_leaves_no_empty_last_cell(mark: str) -> None:
    """`规章 0 0*`: two numbers for three cells, one space apart, then a footnote's mark. The mark's place is no
    empty cell's space left at the line's end (a PDF's text of an empty last cell), so no cell is told to be
    the empty one: null and said to be, never the first two read and the last left empty."""
    spaced = (
        "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
        f"规章 0 0{mark}\n行政规范性文件 809 4 12\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 2972\n"
    )
    got = parse_text(spaced + S3_HEAD)
    s2 = _s2(got)
    assert [s2[f"regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [None] * 3
    assert _flagged(got, "s2.regulations")
    assert [s2[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [809, 4, 12]


def test_a_spaced_row_with_a_wide_gap_that_adds_up_only_a_cell_short_is_not_read_as_printed() -> None:
    """`116 142 1  39 15 3 16`: seven numbers for seven cells, read so the total is 16 and the row does not
    add up; an empty cell in the wide gap and 3 16 one number whose groups a space parts (316) add up. The
    row is open, never its numbers shifted into the wrong cells."""
    rec = synth_record(random.Random(5), "2021", 2022, "市")
    text = str(write_layout(rec, "spaces", 0)).replace(
        "申请数量 116 142 1 3 39 15 316", "申请数量 116 142 1  39 15 3 16"
    )
    got = parse_text(text)
    assert _row(got, "received") == [None] * 7 and _flagged(got, "s3.received")


def test_a_spaced_row_with_a_wide_gap_after_its_label_that_adds_up_only_a_cell_short_is_not_read_as_printed() -> None:
    """`二、上年结转政府信息公开申请数量  1 0 0 1 0 1 4`: read one a cell, the total is 4 and the row does not
    add up; its first cell empty in the gap after the label and 1 4 one number (14) add up."""
    rec = synth_record(random.Random(5), "2021", 2022, "市")
    text = str(write_layout(rec, "spaces", 0)).replace("申请数量 12 1 0 0 1 0 14", "申请数量  1 0 0 1 0 1 4")
    got = parse_text(text)
    assert _row(got, "carried_in") == [None] * 7 and _flagged(got, "s3.carried_in")


def test_a_row_that_adds_up_as_printed_is_open_where_a_cell_short_it_adds_up_too() -> None:
    """`3.其他1000225` reads one digit a cell, 1, 0, 0, 0, 2, 2 and a total of 5; where the report prints an
    empty cell as nothing (`（七）总计200103`, too few digits), it may as well be an empty cell, then 1, 0,
    0, 0, 2 and a total of 25, which adds up too: null, with a finding, never 5. A reading a cell short
    that leaves the total empty checks nothing: `5000005`, whose printed total no such reading keeps, stays
    read."""
    got = _glued(**{"3.其他": "1000225"})
    assert _row(got, "other.other") == [1, 0, 0, 0, 2, 2, 5]
    got = _glued(**{"（七）总计": "200103", "3.其他": "1000225"})
    assert _row(got, "other.other") == [None] * 7 and _flagged(got, "s3.other.other.total")
    got = _glued(**{"（七）总计": "200103", "3.其他": "5000005"})
    assert _row(got, "other.other") == [5, 0, 0, 0, 0, 0, 5]


def _glued_saying(carried_forward: str, said: str) -> Record:
    """A report of the 2021 format in a web page's text, its 结转下年度 row printed as given, its prose stating
    结转下年度继续办理 `said`件 (its rows as printed: 89, 6, 0, 0, 1, 2, 98 run together)."""
    text = str(write_layout(synth_record(random.Random(5), "2021", 2022, "市"), "glued", 0))
    row = "四、结转下年度继续办理896001298"
    assert row in text and "结转下年度继续办理98件" in text
    text = text.replace(row, f"四、结转下年度继续办理{carried_forward}").replace("继续办理98件", f"继续办理{said}件")
    return parse_text(text)


def test_a_row_split_against_the_prose_is_open_where_a_cell_short_it_says_what_the_prose_does() -> None:
    """`1500118` reads one digit a cell, 1, 0, 0, 0, 1, 1 and a total of 8, which adds up; the prose says 18,
    which a reading a cell short gives (1, 5, 0, 0, an empty cell, 1, 18): the row is a cell short or the
    prose is wrong, the 勾稽关系 keeping neither: null, with a finding, never 8 against the prose. Where the
    勾稽关系 keeps the split and no such reading (`896001298` is 89, 6, 0, 0, 1, 2, 98; 298 said), the prose is
    wrong: the row is read, and the narrative check says so."""
    for said in ("18", "18 "):  # the count perhaps a space before its unit
        got = _glued_saying("1500118", said)
        assert _row(got, "carried_forward") == [None] * 7 and _flagged(got, "s3.carried_forward.total")
    got = _glued_saying("896001298", "298")
    assert _row(got, "carried_forward") == [89, 6, 0, 0, 1, 2, 98]
    assert any(f.rule == "narrative.table_mismatch" and "298" in f.message for f in got.findings)


def test_a_footnote_mark_amid_digits_run_together_makes_no_empty_cells() -> None:
    """`80 0[注1]000 8`: the mark read as spaces leaves a wide gap in a row run together, not two empty
    cells between numbers a cell each (80, 0, empty, empty, empty, 000, 8): 000 is no number of one cell."""
    got = _glued(**{"2.重复申请": "80 0[注1]000 8 "})
    row = _row(got, "not_processed.duplicate")
    assert row == [8, 0, 0, 0, 0, 0, 8] or (row == [None] * 7 and _flagged(got, "s3.not_processed.duplicate.total"))


def test_a_row_printed_with_too_few_numbers_after_its_label_takes_none_from_the_prose() -> None:
    """`规章   5`, its empty cells printing nothing: the line names the row and prints its numbers, too few
    to place them for sure, and the count of the sentence before the table that the caption and the label
    follow (`其他类信息 478 条`, three digits for three cells) is not the row's."""
    spaced = (
        "二、主动公开政府信息情况\n全年主动公开政府信息 1232 条，其中工作动态类信息 440 条，\n其他类信息 478 条。\n"
        "第二十条第（一）项\n"
        "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章   5\n行政规范性文件 5 0 7\n第二十条第（五）项\n"
        "信息内容 本年处理决定数量\n行政许可 12\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 37\n"
        "行政强制 0\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 3\n"
    )
    got = parse_text(spaced + S3_HEAD)
    row = [_s2(got)[f"regulations.{c}"] for c in ("issued", "repealed", "in_force")]
    assert row in ([None, None, 5], [None] * 3) and _flagged(got, "s2.regulations")
    assert [_s2(got)[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [5, 0, 7]


@pytest.mark.parametrize(
    ("printed", "row"), [("1 10", (1, None, 10)), ("16 10", (None, 16, 10)), ("1 16", (1, 16, None))]
)
def test_a_table_of_two_spaced_rows_one_with_an_empty_cell_is_told_by_the_reports_other_tables(
    printed: str, row: tuple[int | None, ...]
) -> None:
    """2021's 第二十条第（一）项 has two rows of three cells: where one prints a number a cell a space apart and
    the other leaves a cell empty, printing nothing (`行政规范性文件 1 10`), the table alone cannot tell a cell
    left empty from digits run together; 三 and 四, printed a number a cell, tell it. Read as digits run
    together, it gave 1, 1 and 0: now each cell is as printed, or null with a finding naming it."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_layout(rec, "spaces", 0))
    assert "行政规范性文件 1 16 10\n" in text
    got = parse_text(text.replace("行政规范性文件 1 16 10\n", f"行政规范性文件 {printed}\n"))
    cells = [f"normative_documents.{c}" for c in ("issued", "repealed", "in_force")]
    for cell, want in zip(cells, row, strict=True):
        assert _s2(got)[cell] == want or (_s2(got)[cell] is None and _flagged(got, f"s2.{cell}"))
    assert {c: v for c, v in got.cells.items() if not c.startswith("s2.normative")} == {
        c: v for c, v in rec.cells.items() if not c.startswith("s2.normative")
    }


def test_a_stray_space_making_up_for_an_empty_cell_in_a_row_a_space_apart() -> None:
    """A PDF's text of 三 and 四, cells a space apart, where a row's empty cell prints nothing and a stray
    space inside one of its numbers makes the count whole: room for the empty cell (a wider gap, or white
    space before the line's first number or after its last) and a total the numbers as printed break,
    while joining two numbers a space apart with a cell empty may keep it — null with a finding, never the
    numbers one a cell (` 1 0 0 0 0 1 7`: empty, 1, 0, 0, 0, 0, 17)."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_layout(rec, "spaces", 0))
    s4 = "0 0 1 0 1 0 1 0 0 1 0 0 0 0 0"
    groups = [8, 3, 1, 5, 17, 15, 35, 3, 23, 76, 4, 46, 12, 5, 67]  # 四 as the damaged row below prints it
    rows = {
        "一、本年新收政府信息公开申请数量 202 11 0 0 0 0 213": "一、本年新收政府信息公开申请数量 20 2 11 0 0 0 0 ",
        "（一）予以公开 80 4 0 0 0 0 84": "（一）予以公开 8 0 4 0 0 0  84",
        "\n16 1 0 0 0 0 17\n": "\n 1 0 0 0 0 1 7\n",
        s4: "8 3 1 5 17 1 5 35 3 23 76 4 46  5 67",
    }
    for printed, damaged in rows.items():
        assert printed in text
        got = parse_text(text.replace(printed, damaged))
        truth = dict(rec.cells)
        if printed == s4:
            truth |= zip([c for c in rec.cells if c.startswith("s4.")], groups, strict=True)
        assert not {c: (v, got.cells[c]) for c, v in truth.items() if got.cells.get(c) not in (v, None)}, damaged
        unread = [c for c, v in truth.items() if got.cells.get(c) is None and v is not None]
        assert unread and all(_flagged(got, c) for c in unread), damaged


def test_a_stray_space_making_up_for_an_empty_cell_in_a_row_whose_units_part_its_cells() -> None:
    """`390件32件6件8件30件4 66`: a row whose cells end in their unit, one of them empty and printing nothing,
    and a stray space in its last number that makes the count whole. Read a number a cell it breaks its
    total; one number joined and a cell empty keeps it: never the numbers one a cell (30 in the empty cell,
    4 and 66), but null with a finding, for the table to settle or not."""
    rec = synth_record(random.Random(0), "2021", 2022, "市")
    total = [rec.cells[f"s3.total.{c}"] for c in _COLUMNS]
    assert total == [390, 32, 6, 8, 0, 30, 466]
    text = str(write_layout(rec, "glued", 0))
    got = parse_text(re.sub(r"(?<=（七）总计)\d+", "390件32件6件8件30件4 66", text, count=1))
    read = _row(got, "total")
    assert all(v in (want, None) for v, want in zip(read, total, strict=True)), read
    assert all(_flagged(got, f"s3.total.{c}") for c, v in zip(_COLUMNS, read, strict=True) if v is None)


def test_a_lone_number_laid_out_under_its_column() -> None:
    """`规章                 5` in a PDF's text laid out in columns, the row's other cells printing spaces: the
    number is read in the column it stands under — the header's name and the other row's number there
    alike — the other cells empty, with a finding; where it stands under no column, or the text does not
    say whether a CJK character counts one place or two (no header over the rows), all three null."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns"], 0))
    line = next(x for x in text.split("\n") if x.startswith("规章 "))
    numbers = list(re.finditer(r"\d+", line))
    row = [f"s2.regulations.{c}" for c in ("issued", "repealed", "in_force")]
    for keep, m in enumerate(numbers):
        lone = line[: m.start()].translate(str.maketrans("0123456789", " " * 10)) + "5"
        got = parse_text(text.replace(line, lone))
        assert [got.cells[c] for c in row] == [5 if k == keep else None for k in range(3)], lone
        assert all(_flagged(got, c) for k, c in enumerate(row) if k != keep)
        between = lone[: m.start() - 3] + "5"  # under no column's number
        header = next(x for x in text.split("\n") if x.startswith("信息内容 ") and "本年制发件数" in x)
        for unsure in (text.replace(line, between), text.replace(line, lone).replace(header, "信息内容")):
            got = parse_text(unsure)
            assert all(got.cells[c] is None and _flagged(got, c) for c in row)


def test_a_number_with_a_footnote_mark_laid_out_under_its_column() -> None:
    """`规章             5[注1]` in a PDF's text laid out in columns, the cell centred with its mark: the 5
    stands left of its column's other numbers by half the mark's width, the mark read as spaces. It is
    read in the column it and its mark stand under, the other cells empty, with a finding; a number a
    cell of the row around with a mark of its own (`1※`) shifts no column."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns"], 0))
    line = next(x for x in text.split("\n") if x.startswith("规章 "))
    other = next(x for x in text.split("\n") if x.startswith("行政规范性文件 "))
    m = re.search(r" (\d) ", other)
    assert m
    marked = other[: m.start()] + m[1] + "※" + other[m.end() :]
    row = [f"s2.regulations.{c}" for c in ("issued", "repealed", "in_force")]
    for keep, n in enumerate(re.finditer(r"\d+", line)):
        lone = line[: n.start()].translate(str.maketrans("0123456789", " " * 10))[:-2] + "5[注1]"
        for around in (text, text.replace(other, marked)):
            got = parse_text(around.replace(line, lone))
            assert [got.cells[c] for c in row] == [5 if k == keep else None for k in range(3)], lone
            assert all(_flagged(got, c) for k, c in enumerate(row) if k != keep)


def test_numbers_a_few_spaces_apart_are_not_laid_out_in_columns() -> None:
    """Rows whose numbers are a few spaces apart, not laid out: a row's label running on past where the
    row above prints its first number, its numbers standing under the header's names and the other row's
    numbers only by chance (`其他对外管理服务事项    601    0`, its last cell empty) — not read by them."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    text = str(write_layout(rec, "spaces", 0))
    block = "行政许可 19 0 107\n其他对外管理服务事项 601 0 633\n"
    assert block in text
    got = parse_text(text.replace(block, "行政许可    19    0    107\n其他对外管理服务事项    601    0\n"))
    row = [f"s2.other_services.{c}" for c in ("previous", "change", "decisions")]
    assert all(got.cells[c] is None and _flagged(got, c) for c in row)


def test_digits_run_into_their_label_are_not_placed_by_the_header_above_them() -> None:
    """`行政许可3040535` under a header printed as one run of words: the digits begin where the header's first
    column name does only because nothing is spaced. They are three cells run together, not one number
    under the first column with the other two empty."""
    text = (
        "2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项\n"
        "信息内容上一年项目数量本年增/减处理决定数量\n行政许可3040535\n其他对外管理服务事项136+3111\n"
    )
    got = parse_text(text)
    row = [f"s2.licensing.{c}" for c in ("previous", "change", "decisions")]
    assert all(got.cells[c] is None and _flagged(got, c) for c in row)


def test_a_row_whose_full_splits_agree_on_some_cells_may_be_a_cell_short_as_well() -> None:
    """`一、本年新收…75361515132` in a report printing empty cells as nothing: split into all seven cells it
    adds up more than one way, each with 7 and 5 first and last but one; read a cell short it is 75, 36, 1,
    an empty cell, 5, 15 and 132, which adds up too. The empty cell of that reading is not held to what
    the row's own full splits allow it: 7 and 5 are doubted, null with a finding, never kept."""
    rec = synth_record(random.Random(27), "2021", 2022, "区县")
    text = str(write_noisy(rec, "glued", ["empty_cells"], 27))
    assert "申请数量75361515132" in text
    got = parse_text(text)
    for cell in (f"s3.received.{c.id}" for c in TEMPLATES["2021"].table_by_id["s3"].columns):
        assert got.cells[cell] == rec.cells[cell] or (got.cells[cell] is None and _flagged(got, cell)), cell


def test_a_doubted_row_read_one_way_rules_out_no_other_row_being_cells_short() -> None:
    """`（七）总计170395069283` split into all its cells breaks the table's sums (170, 3, 95, …), and a reading
    a cell short keeps them: the row is doubted, and its split vouches for nothing. `（一）予以公开47152038102`,
    two of its cells empty and printing nothing, splits as 4, 7, 1, 52, 0, 38 and 102 too; the doubted
    3 of 商业企业 does not rule out 47, 15, 2, an empty cell, 0, 38 and 102, so the row is not settled:
    null with a finding, never 4 and 7."""
    rec = random_report(random.Random(40073))
    text = str(write_noisy(rec, "glued", ["empty_cells"], 40073))
    assert "予以公开47152038102" in text and "总计170395069283" in text
    got = parse_text(text)
    for cell in (f"s3.{row}.{c}" for row in ("granted", "total") for c in _COLUMNS):
        assert got.cells[cell] == rec.cells[cell] or (got.cells[cell] is None and _flagged(got, cell)), cell


def test_a_row_numbered_3_with_a_bracket_after_a_row_a_cell_short() -> None:
    """`…缴纳费用…申请0000013)其他0000000`: the 3) after six digits numbers the next row, 3)其他, as 3.其他
    would; that row's digits are its own, not the row's before, a cell short, null with a finding."""
    rec = synth_record(random.Random(53), "2021", 2022, "区县")
    text = str(write_noisy(rec, "glued", ["row_numbers", "empty_cells"], 53))
    assert "申请0000013)其他0000000" in text
    got = parse_text(text)
    for cell in (f"s3.other.{row}.{c}" for row in ("unpaid_fee", "other") for c in _COLUMNS):
        assert got.cells[cell] == rec.cells[cell] or (got.cells[cell] is None and _flagged(got, cell)), cell


def test_a_number_split_by_a_stray_space_laid_out_under_its_column() -> None:
    """`8 0` in a PDF's text laid out in columns, both parts under one column — with a cell of the row
    empty (the row then prints a number a cell) or none: one number, 80, the empty cell null with a
    finding; numbers a space apart under two columns are not joined."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns"], 0))
    line = next(x for x in text.split("\n") if x.startswith("（一）予以公开 "))
    row = [c for c in rec.cells if c.startswith("s3.granted.")]
    m = re.search(r" 80( +)4 ", line)
    assert m and [rec.cells[c] for c in row] == [80, 4, 0, 0, 0, 0, 84]
    gap = len(m[1])
    for damaged, read in (
        (line.replace(" 80 ", " 8 0", 1), [80, 4, 0, 0, 0, 0, 84]),
        (line.replace(m[0], " 8 0" + " " * (gap + 1), 1), [80, None, 0, 0, 0, 0, 84]),
    ):
        got = parse_text(text.replace(line, damaged))
        assert [got.cells[c] for c in row] == read, damaged
        assert all(_flagged(got, c) for c, v in zip(row, read, strict=True) if v is None)
    apart = line.replace(m[0], " 8" + "0" * gap + " 4 ", 1)  # 800… under the first column, 4 under the second
    got = parse_text(text.replace(line, apart))
    printed = [8 * 10**gap, 4, 0, 0, 0, 0, 84]  # not 800…4: as printed, its total broken, or null
    read = [got.cells[c] for c in row]
    assert all(r == v or (r is None and _flagged(got, c)) for c, r, v in zip(row, read, printed, strict=True))


def test_stray_spaces_making_up_for_empty_cells_in_a_row_laid_out_in_columns() -> None:
    """Table 四's one row laid out in columns, two cells empty and two numbers split by a stray space
    (`2 0`, `1 8`): the row prints a number a cell, yet breaks its totals and parts its numbers both one
    space and several apart — null with a finding, not the numbers as printed."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns"], 0))
    line = next(x for x in text.split("\n") if re.match(r" +0 +0 +1 +0 +1 ", x))
    printed = ["13", "0", "8", "0", "", "9", "6", "", "3", "18", "2 0", "1 8", "2", "3", "43"]
    got = parse_text(text.replace(line, "      " + "".join(p.ljust(5) for p in printed).rstrip()))
    row = [c for c in rec.cells if c.startswith("s4.")]
    assert all(got.cells[c] is None and _flagged(got, c) for c in row)


def test_a_row_laid_out_in_columns_ending_in_empty_cells() -> None:
    """`（一）予以公开    80     4      0      0      0` in a PDF's text laid out in columns, the row's last two
    cells empty: its numbers stand under the first five columns, each one cell — not digits run together
    that the empty cells may fall among — the last two null with a finding."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns"], 0))
    line = next(x for x in text.split("\n") if x.startswith("（一）予以公开 "))
    row = [c for c in rec.cells if c.startswith("s3.granted.")]
    assert [rec.cells[c] for c in row] == [80, 4, 0, 0, 0, 0, 84] and re.search(r" 0 +84$", line)
    got = parse_text(text.replace(line, re.sub(r" +0 +84$", "", line)))
    assert [got.cells[c] for c in row] == [80, 4, 0, 0, 0, None, None]
    assert all(_flagged(got, c) for c in row[5:])


def test_a_row_of_cells_between_borders_with_too_few_numbers_is_not_split() -> None:
    """A page's cells a line each, `|` between them (`15`, `|`, `58`, `|`, `3`, …): a row printing five numbers
    for seven cells has left two empty or out, each number a cell of its own; it is not digits run together
    to split (an identity finding about digits `15 | 58 | 3 | 15 | 95` that no split adds up), but unplaced."""
    text = str(write_layout(synth_record(random.Random(5), "2021", 2022, "市"), "pipes_cells", 0))
    row = "（一）予以公开\n|\n15\n|\n58\n|\n0\n|\n3\n|\n15\n|\n4\n|\n95\n|\n"
    assert row in text
    got = parse_text(text.replace(row, "（一）予以公开\n|\n15\n|\n58\n|\n3\n|\n15\n|\n95\n|\n"))
    assert _row(got, "granted") == [None] * 7
    assert {f.rule for f in got.findings if "予以公开" in f.message} == {"table.incomplete"}


def test_a_markdown_row_with_a_number_a_cell_and_too_few_cells_is_not_split() -> None:
    """`| …予以公开 | 73 | 222 | 295 |` in a table of seven value columns (法人或其他组织 printed as one column
    under a header the converter lost): each number is a cell of its own, the row too short to place, not
    digits run together that no split adds up (identity errors about `73 | 222 | 295`)."""
    text = str(write_noisy(synth_record(random.Random(5), "2021", 2022, "市"), "md", [], 0))
    row = "| 15 | 58 | 0 | 3 | 15 | 4 | 95 |"
    assert f"（一）予以公开 {row}" in text
    got = parse_text(text.replace(f"（一）予以公开 {row}", "（一）予以公开 | 73 | 222 | 295 |"))
    assert _row(got, "granted") == [None] * 7
    assert {f.rule for f in got.findings if "予以公开" in f.message} == {"table.incomplete"}


@pytest.mark.parametrize("label", ["规范性文件", "行政许可", "其他对外管理服务事项", "行政事业性收费"])
def test_a_row_of_a_table_a_number_a_cell_that_drops_an_empty_cell_is_not_split(label: str) -> None:
    """A page's text that prints each cell of a row a space apart and drops an empty cell with its spaces
    (`行政许可 0 107` for 19, 0 and 107 with 19 left empty, the line ending at its last number): the other rows
    print a number a cell, so a number is a cell of its own, not digits run together (0, 10 and 7; 4 and 4 for
    `行政事业性收费 44`). Which cell is empty nothing tells: the row is null, each cell named; no other row
    changes."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    text = str(write_noisy(rec, "spaces", [], 0))
    line = next(x for x in text.split("\n") if x.startswith(label + " "))
    numbers = line.split()[1:]
    row = [c for c in rec.cells if c.startswith("s2.") and _s2_label(c) == label]
    for k in range(len(numbers)):
        short = " ".join([label, *numbers[:k], *numbers[k + 1 :]])
        got = parse_text(text.replace(line + "\n", short + "\n"))
        assert [got.cells[c] for c in row] == [None] * len(row), short
        assert all(_flagged(got, c) for c in row)
        assert all(got.cells[c] == v for c, v in rec.cells.items() if c not in row)


@pytest.mark.parametrize(
    ("seed", "printed", "prefix"),
    [
        # two cells empty: split one way its own total keeps (1, 91, 0, 0, 2, 1, 95), breaking the 勾稽关系 in
        # four columns
        (5056, "四、结转下年度继续办理 191 0 0 2 195 ", "s3.carried_forward."),
        # one cell empty: split into every cell as 4, 51, 5, 0, 15, 1, 76, its own total kept, and as printed, a
        # number a cell and one empty, it adds up too; the balance cannot tell them apart (上年结转 is a cell short)
        (3000101, "一、本年新收政府信息公开申请数量 45 15 0 15 1 76 ", "s3.received."),
    ],
)
def test_a_row_split_on_a_line_of_rows_that_may_have_dropped_empty_cells_is_left_unread(
    seed: int, printed: str, prefix: str
) -> None:
    """A page's lines joined by spaces, its empty cells printing nothing: a row whose split breaks an identity,
    or that adds up as well read as printed, a cell empty, may as well have dropped empty cells: null, with a
    finding, never the split's numbers."""
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "cells", ["lines_spaced_together", "empty_cells"], seed))
    assert printed in text
    got = parse_text(text)
    row = [c for c in rec.cells if c.startswith(prefix)]
    assert all(got.cells[c] is None and _flagged(got, c) for c in row)
    assert not {c: (v, got.cells[c]) for c, v in rec.cells.items() if got.cells[c] not in (v, None)}


def test_a_row_too_wide_that_ends_as_a_page_footer_is_printed_is_left_unread() -> None:
    """A page's lines joined by spaces, its empty cells printing nothing: `2.重复申请 0 0 0 0 0 - 6 -` prints
    eight tokens for seven cells, its last three as a page footer is printed. Read as a blank, 6 and a blank
    trimmed, 6 would be the total; it may as well be the footer after a row two cells short: null, with a
    finding that says so."""
    rec = random_report(random.Random(20163))
    text = str(write_noisy(rec, "tabs", ["page_footers", "lines_spaced_together", "empty_cells"], 20163))
    assert "2.重复申请 0 0 0 0 0 - 6 - 3." in text
    got = parse_text(text)
    row = [c for c in rec.cells if c.startswith("s3.not_processed.duplicate.")]
    assert all(got.cells[c] is None for c in row)
    assert any(f.rule == "table.incomplete" and "页码" in f.message and set(row) <= set(f.cells) for f in got.findings)
    assert not {c: (v, got.cells[c]) for c, v in rec.cells.items() if got.cells[c] not in (v, None)}


def test_a_wrapped_rows_numbers_indented_one_space_where_empty_cells_print_nothing() -> None:
    """A PDF's text laid out in columns, then taken with each run of spaces made one: a row whose label wraps
    around its numbers prints them on a line of their own begun by one space, its indent (` 16 1 0 0 0 0 17`),
    and a row printing fewer numbers than its cells shows that an empty cell prints nothing there. That
    space is then no empty first cell: a number dropped from the wrapped row leaves it null, never each
    number a column on (16 read as 商业企业's)."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns", "collapsed_spaces"], 0))
    granted, wrapped = "（一）予以公开 80 4 0 0 0 0 84\n", "\n 16 1 0 0 0 0 17\n"
    assert granted in text and wrapped in text
    damaged = text.replace(granted, "（一）予以公开 80 0 0 0 0 84\n").replace(wrapped, "\n 16 0 0 0 0 17\n")
    got = parse_text(damaged)
    rows = [c for c in rec.cells if c.startswith(("s3.granted.", "s3.partly_granted."))]
    assert all(got.cells[c] is None and _flagged(got, c) for c in rows)
    assert not {c: (v, got.cells[c]) for c, v in rec.cells.items() if got.cells[c] not in (v, None)}


def test_a_row_of_4_indented_as_its_header_is_has_no_empty_first_cell() -> None:
    """四's header and its one row of numbers each begun by one space, the indent of a PDF's text laid out in
    columns made one space: the row's space is the header's indent, no empty first cell; fourteen numbers
    for fifteen cells place none (3 read as 结果纠正's where 结果维持's 3 stands first)."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns", "collapsed_spaces"], 0))
    line = next(x for x in text.split("\n") if re.fullmatch(r" [\d ]+", x) and len(x.split()) == 15)
    numbers = line.split()
    assert text.split(line)[0].rstrip("\n").rsplit("\n", 1)[-1].startswith(" ")
    got = parse_text(text.replace(line, " " + " ".join(numbers[:1] + numbers[2:])))
    assert all(got.cells[c] is None and _flagged(got, c) for c in rec.cells if c.startswith("s4."))


def test_a_row_on_a_line_of_rows_run_together_whose_split_total_adds_up_is_open() -> None:
    """Rows run together on one line a space apart, a row of 三 printing its first cell empty as two spaces
    (`1.本机关不掌握相关政府信息  4 0 0 3 0 18`, its total broken as printed): its total split (4, 0, 0, 3, 0,
    1 and 8) adds up as well, and spaces however wide part no cells for sure there — the row is null with
    a finding, neither reading taken, however the other rows print a number a cell."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", [], 0))
    row = "1.本机关不掌握相关政府信息 50 3 0 0 0 0 53"
    assert row in text
    lines = text.replace(row, "1.本机关不掌握相关政府信息  4 0 0 3 0 18").split("\n")
    got = parse_text(" ".join(x.strip() for x in lines if x.strip()))
    cells = [c for c in rec.cells if c.startswith("s3.unavailable.not_held.")]
    assert all(got.cells[c] is None and _flagged(got, c) for c in cells)


def _s2_label(cell: str) -> str:
    """The label 二 prints for the row of a cell of the 2019 form."""
    return next(r.label for t in TEMPLATES["2019"].tables for r in t.rows if cell.startswith(f"s2.{r.id}."))


def test_words_standing_for_numbers_do_not_show_that_empty_cells_are_marked() -> None:
    """`二、上年结转…290301018339` in a report whose cells now and then print a word for their number (不涉及,
    见附件, 空) and whose empty cells print nothing: split into all seven cells it adds up as 29, 0, 301, 0, 1,
    8 and 339, and a cell short as 290, 30, 1, 0, an empty cell, 18 and 339 too. The words mark no empty
    cell, so they do not show that the report prints none as nothing: null with a finding, never 29."""
    rec = random_report(random.Random(301377))
    text = str(write_noisy(rec, "glued", ["word_cells"], 301377))
    assert "申请数量290301018339" in text and "不涉及" in text
    got = parse_text(text)
    for cell in (f"s3.carried_in.{c}" for c in _COLUMNS):
        assert got.cells[cell] == rec.cells[cell] or (got.cells[cell] is None and _flagged(got, cell)), cell


def test_a_stray_space_as_wide_as_the_cells_making_up_for_an_empty_cell() -> None:
    """A PDF's text whose numbers stand two to five spaces apart (`202   11     0`), where a stray space in
    a number is as wide as a cell's gap (`（七）总计 … 21   3`: eight numbers for seven cells) and an empty
    cell prints nothing: a row printing a number a cell that breaks its total (`20   2   11 … 0`, 202 parted
    and the total empty) is as well one number joined and a cell empty — null with a finding, never 20, 2,
    11 … read with a row total broken. In a table no number of which a wide gap parts, it is as printed."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["columns_apart"], 0))
    received = "一、本年新收政府信息公开申请数量   202   11     0    0  0  0  213\n"
    total = "（七）总计     202    11    0  0     0  0   213\n"
    assert received in text and total in text
    text = text.replace(received, "一、本年新收政府信息公开申请数量   20   2   11     0    0  0  0\n")
    row = [c for c in rec.cells if c.startswith("s3.received.")]
    got = parse_text(text.replace(total, "（七）总计     202    11    0  0     0  0   21   3\n"))
    assert all(got.cells[c] is None and _flagged(got, c) for c in row)
    assert not any(f.rule == "identity.row_total" and "s3.received.total" in f.cells for f in got.findings)
    got = parse_text(text)
    assert [got.cells[c] for c in row] == [20, 2, 11, 0, 0, 0, 0]
    assert any(f.rule == "identity.row_total" and "s3.received.total" in f.cells for f in got.findings)


# 二's 行政事业性收费 (2019: two cells under the grid's three value columns) as each layout prints it, then with
# its first cell empty, its second 0 and the grid's third 无: a blank at each end of its numbers
_FEES = {
    "pipes_cells": ("行政事业性收费\n|\n295\n|\n+1\n|\n\n|\n", "行政事业性收费\n|\n\n|\n0\n|\n无\n|\n"),
    "cells": ("行政事业性收费\n\n295\n\n+1\n\n\xa0\n\n", "行政事业性收费\n\n\xa0\n\n0\n\n无\n\n"),
    "pipes_rows": ("行政事业性收费 | 295 | +1 |  | |\n", "行政事业性收费 |  | 0 | 无 | |\n"),
    "tabs": ("\t行政事业性收费\n\t\xa0295\n\t+1\n\t\n", "\t行政事业性收费\n\t\xa0\n\t0\n\t无\n"),
}


def _fees_text(layout: str) -> str:
    old, new = _FEES[layout]
    text = str(write_layout(synth_record(random.Random(3), "2019", 2020, "区县"), layout, 0))
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize("layout", sorted(_FEES))
def test_a_row_short_of_its_grid_with_a_blank_at_each_end_reads_its_own_cells(layout: str) -> None:
    """The empty line (or empty cell) before the row's 0 is a cell as surely as the 无 after it: that the one is
    empty and the other a mark does not say which end is the grid's column the row has not. The header
    (its third column unnamed) and 第二十条第（九）项's row (its blank after its numbers) say it is the last: the
    first cell empty, the second 0 — never 0 read as the first cell, the 无 as the second."""
    got = parse_text(_fees_text(layout))
    assert (got.cells["s2.fees.previous"], got.cells["s2.fees.change"]) == (None, 0)
    assert _flagged(got, "s2.fees.previous") and not _flagged(got, "s2.fees.change")


def test_a_row_with_a_blank_at_each_end_where_nothing_tells_which_is_the_grids_is_unread() -> None:
    """The same row under a header that prints no column beyond the row's, in a table no other row of which
    prints a blank beyond its cells: either end's blank may be the grid's column, each reading puts the 0 in
    another cell — both null with `value.ambiguous`, neither read."""
    text = _fees_text("pipes_cells").replace("本年增/减\n|\n\n|\n行政", "本年增/减\n|\n行政")
    got = parse_text(text.replace("152758.1764元\n|\n\n|\n", "152758.1764元\n|\n"))
    assert (got.cells["s2.fees.previous"], got.cells["s2.fees.change"]) == (None, None)
    assert {f.rule for f in got.findings if "s2.fees.change" in f.cells} == {"value.ambiguous"}


def test_a_header_printing_its_empty_column_before_its_names_puts_a_rows_blank_first() -> None:
    """A header printing its empty cell between 信息内容 and the columns' names: the row's blank before its
    numbers is the grid's column, the one after them the row's own (`| 无 | 0 | |`: 0, then an empty cell)."""
    text = _fees_text("pipes_cells").replace("\n|\n\n|\n0\n|\n无\n|\n", "\n|\n无\n|\n0\n|\n\n|\n")
    text = text.replace("本年增/减\n|\n\n|\n行政", "本年增/减\n|\n行政").replace(
        "152758.1764元\n|\n\n|\n", "152758.1764元\n|\n"
    )
    got = parse_text(text.replace("（八）项\n|\n信息内容\n|\n", "（八）项\n|\n信息内容\n|\n\n|\n"))
    assert (got.cells["s2.fees.previous"], got.cells["s2.fees.change"]) == (0, None)


_GRANTED = "（一）予以公开\n|\n15\n|\n58\n|\n0\n|\n3\n|\n15\n|\n4\n|\n95\n|\n"


def test_a_row_of_three_with_a_blank_at_each_end_under_a_column_beyond_the_tables() -> None:
    """三 printed a cell a line, its grid a column wider than the table, each row printing 无 there: a row whose
    自然人 cell is left empty prints a blank at each end; the other rows print theirs after their numbers, and
    so the row's is its last — its first cell empty, never each number a column to the left. Where no other
    row prints one, which end is the grid's nothing tells: the row is null with a finding."""
    text = str(write_layout(synth_record(random.Random(5), "2021", 2022, "市"), "pipes_cells", 0))
    assert _GRANTED in text
    emptied = _GRANTED.replace("\n|\n15\n|\n58", "\n|\n\n|\n58") + "无\n|\n"
    alone = parse_text(text.replace(_GRANTED, emptied))
    assert _row(alone, "granted") == [None] * 7 and _flagged(alone, "s3.granted.commercial")
    start, end = text.index("三、收到和处理"), text.index("\n四、政府信息公开")
    wider = text[:start] + re.sub(r"((?:\n\d+\n\|){7})", r"\1\n无\n|", text[start:end]) + text[end:]
    got = parse_text(wider.replace(_GRANTED + "无\n|\n", emptied))
    assert _row(got, "granted") == [None, 58, 0, 3, 15, 4, 95]


def test_the_row_of_four_with_a_blank_at_each_end_is_unread() -> None:
    """四's one row of fifteen cells a line each, its first left empty and a 无 printed after its last: which
    end's blank is no cell of the table nothing tells — null with a finding, never each number a cell to
    the left."""
    rec = synth_record(random.Random(5), "2021", 2022, "市")
    text = str(write_layout(rec, "pipes_cells", 0))
    cells = [c for c in rec.cells if c.startswith("s4.")]
    row = "总计\n|\n" + "".join(f"{rec.cells[c]}\n|\n" for c in cells)
    assert text.count(row) == 1
    got = parse_text(
        text.replace(row, "总计\n|\n\n|\n" + "".join(f"{rec.cells[c]}\n|\n" for c in cells[1:]) + "无\n|\n")
    )
    assert all(got.cells[c] in (None, rec.cells[c]) for c in cells)
    assert all(_flagged(got, c) for c in cells if got.cells[c] is None)
    assert got.cells[cells[0]] is None


def test_a_row_a_number_a_cell_whose_own_total_is_broken_is_read_as_printed() -> None:
    """`139 111 16 29 38 41 372`, a number a cell one space apart, in a table another row of which prints an
    empty cell as nothing: the row's own total is broken (the parts make 374), a report's own error. Cut
    otherwise, its digits keep the total (13, 9, 11, 1162, 93, 84, 1372), but only by moving most of the
    cuts its spaces print — no stray space does that. The row is read as printed and its total reported,
    never repaired into numbers it does not print."""
    rec = synth_record(random.Random(5), "2021", 2022, "市")
    text = str(write_layout(rec, "spaces", 0))
    text = text.replace("申请数量 116 142 1 3 39 15 316", "申请数量 139 111 16 29 38 41 372")
    got = parse_text(text.replace("（七）总计 39 137 1 3 39 13 232", "（七）总计 39  1 3 39 13 "))
    assert _row(got, "received") == [139, 111, 16, 29, 38, 41, 372]
    assert any(f.rule == "identity.row_total" and "s3.received.total" in f.cells for f in got.findings)


@pytest.mark.parametrize(
    ("template", "year", "row", "short", "other", "stopped"),
    [
        (
            "2019",
            2020,
            "licensing",
            "行政许可   107",
            "其他对外管理服务事项 601 0 633",
            "其他对外管理服务事项 601。 0 633",
        ),
        ("2021", 2022, "normative_documents", "行政规范性文件   10", "规章 0 0 0", "规章 0。 0 0"),
    ],
)
def test_a_lone_number_in_a_table_spaced_one_space_a_cell_is_not_placed_by_its_header(
    template: str, year: int, row: str, short: str, other: str, stopped: str
) -> None:
    """`行政许可   107` under `信息内容 上一年项目数量 本年增/减 处理决定数量`, the table's other row printing a
    number a cell one space apart (`601。 0 633`): the text is not laid out in columns, and the number stands
    under the first name only because the row's label is short; the spaces are its empty cells'. Read in
    the cell its spaces put it in, or null with a finding — never in the column of the header's name."""
    rec = synth_record(random.Random(3), template, year, "区县")
    text = str(write_layout(rec, "spaces", 0))
    full = next(x for x in text.split("\n") if x.startswith(short.split()[0] + " "))
    assert other in text
    got = parse_text(text.replace(full, short).replace(other, stopped))
    cells = [k for k in got.cells if k.startswith(f"s2.{row}.")]
    values = [got.cells[k] for k in cells]
    last = int(short.split()[-1])
    assert values == [None, None, last] or all(
        v is None and _flagged(got, k) for k, v in zip(cells, values, strict=True)
    )


@pytest.mark.parametrize(
    ("start", "row", "cells"),
    [
        ("行政强制\t", "行政强制\t1 360\t\t1 009", {"s2.coercion.previous": 1360, "s2.coercion.decisions": 1009}),
        ("规范性文件\t", "规范性文件\t\t1 016\t10", {"s2.normative_documents.published": 1016}),
    ],
)
def test_numbers_one_space_apart_between_tabs_are_one_cell(start: str, row: str, cells: dict[str, int]) -> None:
    """`行政强制\t1 360\t\t1 009`, a row with a tab between its cells, one left empty, and counts printed with a
    space between their groups of three: the space is inside a cell, the tabs part the cells — read 1360, an
    empty cell, 1009, not 1, 360 and 1009 one a cell."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    text = str(write_noisy(rec, "pipes_rows", ["tab_rows"], 0))
    line = next(x for x in text.split("\n") if x.startswith(start))
    got = parse_text(text.replace(line, row))
    assert {k: got.cells[k] for k in cells} == cells
    blank = next(k for k in got.cells if k.startswith(f"s2.{next(iter(cells)).split('.')[1]}.") and k not in cells)
    assert got.cells[blank] is None and _flagged(got, blank)


def test_the_white_space_around_a_row_is_found_on_its_own_line_however_long() -> None:
    """Where the gap before a row's first number begins, and how long a run of spaces ends its line, are read
    on that line alone: a label's gap within the few characters before the number or beyond them, a line of
    white space alone back to its start, and a run of spaces that words or a full stop's cell end cut short."""
    label = "规章" * 100
    text = f"上一行 \n{label}   12 0 5  \n   7\n9。 "
    first = text.index("12")
    line = text.rfind("\n", 0, first) + 1
    assert _space_before(text, line, first) == first - 3
    wide = f"x\n{label}{' ' * 100}1"
    assert _space_before(wide, 2, len(wide) - 1) == 2 + len(label)
    seven = text.index("7")
    assert _space_before(text, seven - 3, seven) == seven - 3  # white space alone: the line's start
    assert _run_to_end(text, text.index("5") + 1, " ") == 2
    assert _run_to_end(text, text.index("0") + 1, " ") is None  # the 5 comes first
    assert _run_to_end(text, len(text), " \t") == 0  # the text's end
    assert _tail_start(text, text.index("9") + 1) == text.index("。") + 1  # a full stop ending the cell
    assert _tail_start(text, first + 2) == first + 2


@pytest.mark.parametrize("gap", ["  ", "   ", " \u3000", "\u00a0 ", "&nbsp; "])
def test_a_stray_space_of_any_width_in_a_table_run_on_into_its_words(gap: str) -> None:
    """A page saved with its table's rows and the words after them on one line, a stray space in a row's digits
    two or more wide (`&nbsp; ` where the page had one): no empty cell for that, the row solved as with one."""
    rows = "一、本年新收政府信息公开申请数量200{gap}000121二、上年结转政府信息公开申请数量0000000"
    text = (
        "某某区人民政府2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计"
        f"商业企业科研机构社会公益组织法律服务机构其他{rows.format(gap=gap)}三、本年度办理结果（一）予以公开200 000121"
        "四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况…"
    )
    got = parse_text(text)
    assert [got.cells[f"s3.received.{c}"] for c in ("natural_person", "other_org", "total")] == [20, 1, 21]


@pytest.mark.parametrize("heading", ["三、", "3."])
def test_a_table_run_on_into_a_heading_numbered_in_digits_is_on_one_line(heading: str) -> None:
    """Rows on one line that runs on into the next section's heading, numbered `三、` or `3.` (its number renamed):
    the spaces the rows print may be no empty cells, so `规范性文件 40  3427` (40, 34 and 27 run together, or 40, an
    empty cell and 3427) is read neither way; never 3427."""
    text = (
        "某某县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，本机关认真贯彻落实条例。二、主动公开政府信息情况"
        "第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章 4 8 1规范性文件 40  3427 "
        "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可8642 0 2248 "
        f"{heading}收到和处理政府信息公开申请情况2020年，本机关新收政府信息公开申请443件。"
    )
    got = parse_text(text)
    assert [got.cells[f"s2.normative_documents.{c}"] for c in ("made", "published", "total_published")] == [None] * 3
    assert _flagged(got, "s2.normative_documents")


def test_real_reports_with_their_spaces_doubled_read_as_printed(shared: Path) -> None:
    """Each real text report with every space two: the same cells, 统计表 values, metadata and findings."""
    assert_read_alike(shared, lambda text: text.replace(" ", "  "))


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(seed=st.integers(0, 100_000))
def test_a_page_run_together_with_wider_stray_spaces_reads_as_with_single_ones(seed: int) -> None:
    """A page whose text runs its rows together with a stray space here and there (`200 000121`, `1 21`), a
    third of them printed wider: each value as printed, or null with a finding naming it where a wider space
    leaves more splits; no identity found broken that was not with single spaces."""
    rec = random_report(random.Random(seed))
    noise = ["spaced_cells", "split_numbers"]
    plain = parse_text(str(write_noisy(rec, "glued", noise, seed)))
    wide = parse_text(str(write_noisy(rec, "glued", [*noise, "wide_spaces"], seed)))
    for cell, value in rec.cells.items():
        assert wide.cells[cell] == value or (wide.cells[cell] is None and _flagged(wide, cell)), cell
    for want, got in zip(rec.indicators, wide.indicators, strict=True):
        assert got.values == want.values or (
            all(v is None for v in got.values.values()) and _flagged(wide, f"indicator.{got.label}")
        )

    def broken(r: Record) -> set[tuple[str, tuple[str, ...]]]:
        return {(f.rule, tuple(f.cells)) for f in r.findings if f.rule.startswith("identity.")}

    assert broken(wide) <= broken(plain)


@pytest.mark.parametrize("layout", ["tabs", "cells"])
@settings(max_examples=15, deadline=None, derandomize=True, database=None)
@given(seed=st.integers(0, 100_000))
def test_a_number_split_by_a_wider_stray_space_on_its_own_line_is_one_cell(layout: str, seed: int) -> None:
    """A table printed a cell a line, a stray space inside a number printed wider (`1  2` for 12, as a page
    widens its spaces): one cell, as with a single space — never two cells that shift the row's others."""
    rec = random_report(random.Random(seed))
    got = parse_text(str(write_noisy(rec, layout, ["split_numbers", "wide_spaces"], seed)))
    for cell, value in rec.cells.items():
        assert got.cells[cell] == value or (got.cells[cell] is None and _flagged(got, cell)), cell


def test_a_wider_stray_space_in_a_cell_of_its_own_line_keeps_the_row() -> None:
    """`（二）部分公开` printed a cell a line under tabs, its first cell 12 printed `1  2`: 12 and six 0s, as
    printed, never 0 in its place and 12 moved to the column of 其他."""
    rec = random_report(random.Random(209103))
    got = parse_text(str(write_noisy(rec, "tabs", ["split_numbers", "wide_spaces"], 209103)))
    row = [c for c in rec.cells if c.startswith("s3.partly_granted.")]
    assert [got.cells[c] for c in row] == [rec.cells[c] for c in row]


@pytest.mark.parametrize(
    ("printed", "even", "row"),
    [
        ("2 10。 00   3", True, [2, 1, 0, 0, 0, None, 3]),  # 2 + 10 already more than 3: one blank, 10 two cells
        ("2 10。 00   3", False, [None] * 7),
        ("2 1 0 0 0  3", True, [2, 1, 0, 0, 0, None, 3]),
        ("2 1 0 0 0  3", False, [None] * 7),
        ("2 10。 0 0   12", True, [2, 10, 0, 0, None, None, 12]),  # two blanks keep the total: as spaced
        ("2 10。 0 0   12", False, [None] * 7),  # … but full rows print such gaps too: no sign where they go
    ],
)
def test_a_gap_read_as_blanks_that_break_the_total_is_no_reading(
    printed: str, even: bool, row: list[int | None]
) -> None:
    """A cells page whose lines run together, its empty cells printing nothing: a wide gap read as blank
    cells (`2 10。 00   3`: 2, 10, 0, 0, two blanks, 3) whose known cells already exceed the row's total is
    no reading; fewer blanks, a token holding several cells (2, 1, 0, 0, 0, one blank, 3), may be. Where
    the rows printing every cell print no gap as wide (`even`), two blanks that keep the total are the
    gap's; where they print such gaps too (`0 0  0 2`), the gap tells no empty cell, and the row is open."""
    noise = ["crawler_page", "full_stops", "heading_numbers", "lines_run_together"]
    text = str(write_noisy(random_report(random.Random(510)), "cells", noise, 510))
    if even:
        text = re.sub(r"(?<=[\d。])[ \xa0]{2,}(?=\d)", " ", text)
    text, n = re.subn(r"(?<=1\.信访举报投诉类申请).*?(?=2\.重复)", printed, text, count=1)
    assert n == 1
    got = parse_text(text)
    assert _row(got, "not_processed.complaint") == row
    assert row != [None] * 7 or _flagged(got, "s3.not_processed.complaint")


def test_a_row_with_a_mark_that_breaks_its_total_whatever_the_mark_holds_is_not_read_as_printed() -> None:
    """`39 13 7 1 空 39 13 `: a number a cell, a word among them, and a total of 13 that the known cells
    already exceed; 13 7 one number (a stray space) and an empty total keep the row. The row is open,
    never its numbers shifted into the wrong cells."""
    rec = synth_record(random.Random(5), "2021", 2022, "市")
    text = str(write_layout(rec, "spaces", 0)).replace("总计 39 137 1 3 39 13 232\n", "总计 39 13 7 1 空 39 13 \n")
    got = parse_text(text)
    assert _row(got, "total") == [None] * 7 and _flagged(got, "s3.total")


def test_a_row_that_adds_up_as_printed_in_digits_run_together_is_open_where_a_moved_cut_adds_up_too() -> None:
    """A page whose digits run together here and there, with a stray space inside a number: `1 2 10 0 0 2 15`
    adds up as printed (1, 2, 10, …) and as 12, 1, 0, 0, 0, 2, 15, one cut moved; the table's sums settle
    it, or the row is open, never the printed reading taken for certain."""
    rec = random_report(random.Random(40935))
    noise = ["split_numbers", "spaced_cells", "lines_run_together", "broken_headers"]
    text = str(write_noisy(rec, "glued", noise, 40935))
    assert "申请 1 2 10 0 0 2 15 " in text
    got = parse_text(text)
    for cell, value in rec.cells.items():
        assert got.cells[cell] in (value, None), cell
    assert _row(got, "not_processed.excessive") == [None] * 7 and _flagged(got, "s3.not_processed.excessive")


def test_a_header_whose_names_run_together_places_no_number_under_a_column() -> None:
    """`规章 9208` under `信息内容本年制发件数本年废止件数现行有效件数` (a page's text, its footnote mark a
    space): the header's names run together lay out no columns, so 9208 is digits of three cells run
    together (9, 20, 8 or 92, 0, 8), not a number under the first column with the other two empty."""
    text = (
        "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数\n规章 9208\n"
        "行政规范性文件25912\n第二十条第（五）项\n信息内容本年处理决定数量\n行政许可12\n第二十条第（六）项\n"
        "信息内容本年处理决定数量\n行政处罚37\n行政强制0\n第二十条第（八）项\n"
        "信息内容本年收费金额（单位：万元）\n行政事业性收费3\n"
    )
    got = parse_text(text + S3_HEAD)
    assert [_s2(got)[f"regulations.{c}"] for c in ("issued", "repealed", "in_force")] in ([None, None, 8], [None] * 3)
    assert _flagged(got, "s2.regulations.issued")


def test_markdown_rows_run_together_keep_an_empty_cell_after_the_label() -> None:
    """A Markdown table whose line breaks were lost, each `||` a row's end and the next row's start
    (`|| 规章 |  | 19 | 24。 || 规范性文件 | 225 |`): the empty cell after 规章 stays its first, and 19 and
    24 are its second and third, not moved one column left."""
    rec = random_report(random.Random(52539))
    text = str(write_noisy(rec, "md", ["empty_cells", "lines_run_together", "full_stops"], 52539))
    assert "| ---: || 规章 |  | 19 | 24。 || 规范性文件 | 225 |" in text
    got = parse_text(text)
    assert [got.cells[f"s2.regulations.{c}"] for c in ("made", "published", "total_published")] == [None, 19, 24]
    assert _flagged(got, "s2.regulations.made")


@pytest.mark.parametrize("layout", ["md", "pipes_rows", "traditional"])
def test_rows_of_cells_between_borders_run_together_with_a_space_between_them(layout: str) -> None:
    """A `|` table whose line breaks were lost, each row's last `|` a space from the next row's first
    (`| 规章 |  | 0 | 0 | | 行政规范性文件 | 34 | 9 | 1 |`, no rule run on to tell it): the space between
    two rows is no cell — not the empty last cell of 规章, which reads its empty first cell there and each
    number a column left — where a row's label, a table's caption or the header over its labels follows it;
    the empty cells a row prints are its own. Each cell as printed, or null and named."""
    rec = synth_record(random.Random(32), "2021", 2022, "区县")
    for cell in ("s2.regulations.issued", "s2.normative_documents.in_force"):
        rec.cells[cell] = None
    lines = str(write_noisy(rec, layout, [], 32)).split("\n")
    first = next(i for i, x in enumerate(lines) if "第二十" in x)
    last = next(i for i in range(first, len(lines)) if "三、" in lines[i])
    table = " ".join(x for x in lines[first:last] if x.strip())
    assert re.search(r"\| +\| *规章", table) or layout == "traditional"
    got = parse_text("\n".join([*lines[:first], table, *lines[last:]]))
    cells = {c: v for c, v in rec.cells.items() if c.startswith("s2.")}
    assert not {c: (v, got.cells[c]) for c, v in cells.items() if got.cells[c] not in (v, None)}
    assert [got.cells[f"s2.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [
        None,
        rec.cells["s2.regulations.repealed"],
        rec.cells["s2.regulations.in_force"],
    ]


def test_a_row_whose_total_is_empty_and_its_last_number_the_sum_of_the_others_is_not_read() -> None:
    """`| 二、上年结转… | 40 | 2 | 0 | 35 | 1 | 78 |  |`: a cell lost (an HTML cell its converter dropped), the
    numbers after it moved up a column onto the total's, reads as well as a total left empty: no cell of the
    row is guessed."""
    rec = random_report(random.Random(9))
    text = cast(str, write_noisy(rec, "md", [], seed=9))
    row = "| 二、上年结转政府信息公开申请数量 | 40 | 2 | 0 | 0 | 35 | 1 | 78 |"
    assert row in text
    got = parse_text(text.replace(row, "| 二、上年结转政府信息公开申请数量 | 40 | 2 | 0 | 35 | 1 | 78 |  |"))
    cells = [c for c in rec.cells if c.startswith("s3.carried_in.")]
    assert all(got.cells[c] is None for c in cells)
    assert any(f.rule == "value.ambiguous" and "s3.carried_in.total" in f.cells for f in got.findings)


def test_glued_rows_of_a_report_that_prints_a_table_empty_may_hide_an_empty_cell() -> None:
    """A report whose 第二十条第（八）项 is printed with its cell empty, nothing in its place, prints an
    empty cell as nothing: a glued row of 二 as many digits as cells (`规章362`: 3, 62 and an empty cell, or
    3, 6 and 2) is null with a finding, not read a digit a cell."""
    glued = (
        "二、主动公开政府信息情况\n第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章362"
        "行政规范性文件36168132第二十条第（五）项信息内容本年处理决定数量行政许可2161第二十条第（六）项信息内容"
        "本年处理决定数量行政处罚12行政强制1013第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费 \n"
    )
    got = parse_text(glued + S3_HEAD)
    s2 = _s2(got)
    assert [s2[f"regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [None, None, None]
    assert _flagged(got, "s2.regulations") and _flagged(got, "s2.fees")


def test_glued_rows_of_a_report_that_prints_a_row_empty_may_hide_an_empty_cell() -> None:
    """So too where one row of a table is printed with nothing after its label (`行政处罚3611行政强制第二十条
    第（八）项…`): `行政规范性文件027` may be 0, an empty cell and 27 as well as 0, 2 and 7 — null with a
    finding."""
    glued = (
        "二、主动公开政府信息情况\n第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章41320"
        "行政规范性文件027第二十条第（五）项信息内容本年处理决定数量行政许可666第二十条第（六）项信息内容"
        "本年处理决定数量行政处罚3611行政强制第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费1687.33\n"
    )
    got = parse_text(glued + S3_HEAD)
    s2 = _s2(got)
    assert [s2[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [None, None, None]
    assert _flagged(got, "s2.normative_documents") and _flagged(got, "s2.coercion")
    assert s2["punishment.decisions"] == 3611


def test_a_row_of_fewer_digits_than_cells_a_space_apart_shows_empty_cells_print_nothing() -> None:
    """A page whose rows run together, a stray space here and there: `70 1109` prints six digits for seven
    cells, so this report prints an empty cell as nothing, and `重复申请000 20 13`, which breaks no identity
    as 0, 0, 0, 2, 0, 1, 3, may as well be a cell short (an empty one, then 0, 0, 0, 2, 0, 13): unread."""
    text = (
        "2020年政府信息公开工作年度报告一、本年新收政府信息公开申请数量 1033 2132415934 1274 "
        "1.属于国家秘密 8000 30 112.其他法律行政法规禁止公开 70 1109 3.危及“三安全一稳定”13000 1 0 14"
        "4.保护第三方合法权益120 02 60205.属于三类内部事务信息1200031167.属于行政执法案卷 12 00 0 1 013"
        "2.没有现成信息需要另行制作 70000071.信访举报投诉类申请65100 8 3772.重复申请000 20 13"
    )
    got = parse_text(text)
    row = [got.cells[f"s3.not_processed.duplicate.{c.id}"] for c in TEMPLATES["2019"].table_by_id["s3"].columns]
    assert row == [None] * 7
    assert _flagged(got, "s3.not_processed.duplicate")


def test_two_rows_a_cell_short_in_one_column_are_both_unread() -> None:
    """予以公开 `12510811118` (1251, 0, 8, 1, 11, 18 and an empty total) and 重复申请 `0110035` (an empty first
    cell, then 0, 1, 1, 0, 0, 35), each read one number a cell: either read one cell short alone leaves the
    other breaking the columns' totals, so neither alone is doubted; both so read keep every one, so both
    are unread, never 1, 2, 5, 108, … nor 0, 1, 1, 0, 0, 3, 5."""
    text = (
        "柳石省人民政府2023年政府信息公开工作年度报告 一、本年新收政府信息公开申请数量32272523822373342"
        "二、上年结转政府信息公开申请数量77007829（一）予以公开12510811118"
        "2.重复申请01100353.要求提供公开出版物45000004（七）总计3205023827383301"
    )
    got = parse_text(text)
    columns = [c.id for c in TEMPLATES["2021"].table_by_id["s3"].columns]
    truth = {"granted": [1251, 0, 8, 1, 11, 18, None], "not_processed.duplicate": [None, 0, 1, 1, 0, 0, 35]}
    for row, want in truth.items():
        read = [got.cells[f"s3.{row}.{c}"] for c in columns]
        assert all(v is None or v == w for v, w in zip(read, want, strict=True)), (row, read)
        assert _flagged(got, f"s3.{row}")


def test_a_row_printing_too_few_numbers_apart_shows_empty_cells_print_nothing_in_rows_run_together() -> None:
    """A page's text that runs its tables together and prints a unit after each number (`2件0件0件0件0件5件`:
    six numbers for seven cells, an empty cell printed as nothing) may hide an empty cell in digits run
    together as well: `规章114` is 1, 1, 4 or 11, an empty cell, 4, and no sum tells which. Null with a
    finding; where every row prints all its cells, read as printed."""
    rec = random_report(random.Random(3111666))
    text = str(write_noisy(rec, "glued", ["pdf_page_forms", "counted_cells"], 3111666))
    assert "规章114行政规范性文件" in text and "费用、行政机关不再处理其政府信息公开申请2件0件0件0件0件5件" in text
    got = parse_text(text)
    regulations = [f"s2.regulations.{c}" for c in ("issued", "repealed", "in_force")]
    assert [got.cells[c] for c in regulations] == [None] * 3 and _flagged(got, "s2.regulations")
    whole = parse_text(text.replace("申请2件0件0件0件0件5件", "申请2件3件0件0件0件0件5件"))
    assert [whole.cells[c] for c in regulations] == [1, 1, 4]


@pytest.mark.parametrize("seed", [*range(0, 60, 3), 44, 236])
def test_a_table_a_cell_a_line_whose_rows_stand_apart_with_an_empty_cells_line_dropped(seed: int) -> None:
    """Cells a line after a tab, each row then an empty line (a table copied out of Word), with an empty
    cell's line of white space dropped, as a converter stripping such lines does: the empty line after a short
    row is its spacing, no empty last cell, so the row's numbers are not put in its first cells (27 and 411
    of `行政规范性文件 27 — 411`); and table 四, its fifteen cells a line after an empty line under its header,
    one of them dropped, reads no cell from the two ways of placing its blanks at either end where they put
    two numbers that print alike there (seeds 44, 236). Tables 二, 三 and 四 read exact, or null with a
    finding."""
    rec = random_report(random.Random(seed))
    got = parse_text(cast(str, write_noisy(rec, "tabs", ["empty_cells", "white_lines_dropped"], seed)))
    for cell, want in rec.cells.items():
        if cell.startswith(("s2.", "s3.", "s4.")) and got.cells.get(cell) != want:
            assert got.cells.get(cell) is None and _flagged(got, cell.rsplit(".", 1)[0]), (cell, want)


def test_rows_standing_apart_whose_last_row_runs_straight_on_to_the_next_heading() -> None:
    """Cells a line after a tab, rows apart by an empty line, an empty cell's line dropped from `规章`, and the
    next section's heading right under the table's last cell, no empty line between: the table's end shows
    nothing of how rows stand apart, so the empty line after `规章 / 0 / 0` is still its spacing, no empty
    last cell — the row is null with a finding, not 0, 0 and a blank."""
    item = "\t第二十条第（{}）项\n\n\t信息内容\n" + "".join(f"\t{name}\n" for name in ("上一年项目数量", "本年增/减"))
    text = (
        "2019年政府信息公开工作年度报告\n一、总体情况\n本年度，本机关认真落实。\n二、主动公开政府信息情况\n"
        "\t第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量\n\t本年新公开数量\n\t对外公开总数量\n\n"
        "\t规章\n\t0\n\t0\n\n\t规范性文件\n\t2\n\t13\n\t26\n\n"
        + item.format("八")
        + "\n\t行政事业性收费\n\t57\n\t2\n\n"
        + "\t第二十条第（九）项\n\n\t信息内容\n\t采购项目数量\n\t采购总金额\n\n\t政府集中采购\n\t31\n\t576.72\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    got = parse_text(text)
    assert [got.cells[f"s2.regulations.{c}"] for c in ("made", "published", "total_published")] == [None] * 3
    assert _flagged(got, "s2.regulations")
    assert got.cells["s2.normative_documents.total_published"] == 26 and got.cells["s2.fees.previous"] == 57


def test_two_numbers_alone_on_the_line_of_a_row_a_cell_short_may_be_one_number_split_by_a_stray_space() -> None:
    """Cells a line each, an empty cell's line of white space dropped, and a stray space inside the row's
    first number (`5 1` for 51, seed 306): read as two cells it fills the row, read as one it leaves another
    cell empty, and either keeps the row's total (empty too): null with a finding, not 5 and 1."""
    rec = random_report(random.Random(306))
    got = parse_text(cast(str, write_noisy(rec, "cells", ["empty_cells", "split_numbers", "white_lines_dropped"], 306)))
    row = "s3.withheld.security_stability"
    assert rec.cells[f"{row}.natural_person"] == 51
    assert got.cells[f"{row}.natural_person"] is None and _flagged(got, row)
    for cell, want in rec.cells.items():
        if cell.startswith(("s2.", "s3.", "s4.")) and got.cells.get(cell) != want:
            assert got.cells.get(cell) is None and _flagged(got, cell.rsplit(".", 1)[0]), (cell, want)


@pytest.mark.parametrize("seed", [9, 35, 63, 65, 75, 76, 105, 129, 142, 145])
def test_a_row_a_cell_short_in_a_page_whose_every_line_ends_in_a_space(seed: int) -> None:
    """A PDF's text of a table, its spaces collapsed (an empty cell prints nothing) and a space left at the end
    of every line: the space a row a cell short ends in is the page's, no empty last cell, where the rows
    above end in one too though they print every cell (`4.无正当理由大量反复申请 31 0 0 4 0 38 `, its 商业企业
    empty, is not read with its total empty). Exact, or null with a finding."""
    rec = random_report(random.Random(seed))
    got = parse_text(
        cast(str, write_noisy(rec, "spaces", ["empty_cells", "collapsed_spaces", "trailing_spaces"], seed))
    )
    for cell, want in rec.cells.items():
        if cell.startswith(("s2.", "s3.", "s4.")) and got.cells.get(cell) != want:
            assert got.cells.get(cell) is None and _flagged(got, cell.rsplit(".", 1)[0]), (cell, want)


def test_rows_settled_by_a_split_since_left_unread_are_settled_again_without_it() -> None:
    """三 glued under a header in another order, its empty cells printing nothing: 结转下年度继续办理 prints
    `0402039`, one cell short, whose split into every cell adds up by chance (0+4+0+2+0+3 = 9) and, with it,
    settled 新收 and 总计 (171 = 169 + 2 in one column: 20, 171, 2, 8 for 2, 0, 171, 28). The prose's 结转39件
    leaves that row unread; settled again without it, the rows it settled are open: null, never the wrong
    split."""
    rec = random_report(random.Random(4500))
    text = str(write_noisy(rec, "glued", ["reordered_applicants", "signature_forms", "empty_cells"], 4500))
    assert "四、结转下年度继续办理0402039" in text and "结转下年度继续办理39件" in text
    got = parse_text(text)
    for cell, value in rec.cells.items():
        assert got.cells[cell] in (value, None), cell
    assert _row(got, "received") == [None] * 6 + [1298] and _flagged(got, "s3.received")
    assert _row(got, "total") == [None] * 6 + [1273] and _flagged(got, "s3.total")
    assert _row(got, "carried_forward") == [None] * 7 and _flagged(got, "s3.carried_forward")
