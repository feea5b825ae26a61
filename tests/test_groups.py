"""The number tokens of a table region: a cell is read whatever follows it, a date never."""

from __future__ import annotations

import random

import pytest

from zfxxgk import parse_text
from zfxxgk.extract.groups import _matches, cut_number, scan_groups
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import synth_record


def numbers(text: str) -> list[list[str | None]]:
    return [[t.text for t in g.tokens] for g in scan_groups(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "2.其他法律行政法规禁止公开 30 1 0 0 0 0 31 年 3.危及“三安全一稳定” 5 0 0 0 0 0 5",
            [["30", "1", "0", "0", "0", "0", "31"], ["5", "0", "0", "0", "0", "0", "5"]],
        ),
        (  # the lines run together: the 年 run on to the next row's number too
            "2.其他法律行政法规禁止公开 30 1 0 0 0 0 31年3.危及“三安全一稳定” 5 0 0 0 0 0 5",
            [["30", "1", "0", "0", "0", "0", "31"], ["5", "0", "0", "0", "0", "0", "5"]],
        ),
        ("行政处罚 12 5 17\n2020 年 2 月 5 日", [["12", "5", "17"]]),
        ("行政处罚 12 5 17\n2020年3.5万元", [["12", "5", "17"], ["3.5万元"]]),  # a year: four digits
        (
            "7.属于行政执法案卷 31 0 0 0 2 0 33年 8.属于行政查询事项 1 0 0 0 0 0 1",
            [["31", "0", "0", "0", "2", "0", "33"], ["1", "0", "0", "0", "0", "0", "1"]],
        ),
        ("行政处罚 12 5 17年\n截至2020年12月31日，近3年来共3件", [["12", "5", "17"], ["3"]]),
        ("截至2020年12月31日，共3件", [["3"]]),
    ],
)
def test_a_cell_before_a_vertical_labels_character_is_a_cell_and_a_date_is_not(text: str, want: list) -> None:
    assert numbers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("（七）总计1601110无四、结转下年度继续办理0000000", [["1601110", None], ["0000000"]]),
        ("1.信访举报投诉类申请0000无002.重复申请0000000", [["0000", None, "00"], ["0000000"]]),
        ("行政强制无无0117第二十条", [[None, None, "0117"]]),
        ("行政事业性收费560无\n规章12无规范性文件3", [["560", None], ["12", None], ["3"]]),
        ("3.要求提供公开出版物00000004.无正当理由大量反复申请0000000", [["0000000"], ["0000000"]]),
        ("（三）不予公开5（四）无法提供1.本机关不掌握相关政府信息0", [["5"], ["0"]]),
        ("其他0000000无效申请3件0无法提供", [["0000000"], ["3", "0"]]),
        (
            "（七）总计1601110—四、结转0000/00 2.重复申请12—5",
            [["1601110", None], ["0000", None, "00"], ["12", None, "5"]],
        ),
        ("规范性文件12 —244第二十条第（五）项 行政许可3862-344", [["12", None, "244"], ["3862", "-344"]]),
        ("行政许可919-3 12其他对外管理服务事项——0690", [["919", "-3", "12"], [None, "0690"]]),
        # no sign on the next row's own number: the dash before it a blank cell's mark
        ("1.属于国家秘密1000001-2.其他法律行政法规禁止公开3", [["1000001", None], ["3"]]),
        ("1.属于国家秘密1000001—2.其他法律行政法规禁止公开3", [["1000001", None], ["3"]]),
    ],
)
def test_a_blank_printed_glued_to_the_digits_around_it(text: str, want: list) -> None:
    """`无` run into a row's digits is a blank cell where a number, a row's numbering or label, or a
    number after the row's label follows it; a 无 that begins a word (无正当理由, 无法提供, 无效) is none.
    So is a dash or slash, and an em dash between digits (12—5), which no sign is printed as; but a hyphen
    before a digit is the sign of the number after it (3862-344)."""
    assert numbers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1. 属于国家秘密\n2\n1\n0\n0\n0\n0\n3", [["2", "1", "0", "0", "0", "0", "3"]]),
        ("| 2、 重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", [["0", "0", "0", "0", "0", "0", "0"]]),
        ("1.\t属于国家秘密21000032. 其他法律行政法规禁止公开0000000", [["2100003"], ["0000000"]]),
        ("行政事业性收费 5. \n行政许可 3.5", [["5"], ["3.5"]]),
        (
            "1）属于国家秘密 2 1 0 0 0 0 3\n2)其他法律行政法规禁止公开 0 0 0 0 0 0 0",
            [["2", "1", "0", "0", "0", "0", "3"], ["0"] * 7],
        ),
        ("(2)其他 5 0", [["2"], ["5", "0"]]),  # a bracketed number is read as before
    ],
)
def test_a_rows_number_typed_with_a_space_after_its_point_is_no_cell(text: str, want: list) -> None:
    """`1. 属于国家秘密`, `1）属于…`: the row's number, as a list is typed, also where the row before runs into
    it; a number and its full stop at the line's end, or a decimal, is a cell."""
    assert numbers(text) == want


def test_a_digit_of_a_label_printed_a_character_a_line_is_no_cell() -> None:
    """A tall stub label printed one character a line down the rows' left side (…结果[注1]): its lone `1`
    opens a line between two that each open with one of its characters, and is label text; a number
    opening a line elsewhere is a cell."""
    rows = (
        "注 （五）不 2.重复申请 0 0 0 0 0 0 0\n1 予处理 3.要求提供公开出版物 0 0 0 0 0 0 0\n"
        "] 4.无正当理由大量反复申请 1 0 0 0 0 0 1"
    )
    assert numbers(rows) == [["0"] * 7, ["0"] * 7, ["1", "0", "0", "0", "0", "0", "1"]]
    assert numbers("注 2.重复申请 0 0 0\n1 3 5\n] 4.无正当理由 1 0 1") == [["0"] * 3, ["1", "3", "5"], ["1", "0", "1"]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("其他对外管理服务事项828。增加22976。", [["828", "+22976"]]),
        ("行政许可12。减少3 15", [["12", "-3", "15"]]),
        ("全年共办理。增加12件", [["12"]]),  # a sentence's full stop after words: no cell's edge
    ],
)
def test_a_change_in_words_after_a_cells_full_stop(text: str, want: list) -> None:
    """`828。增加2…`: the full stop ends the cell before, so the words after it begin a cell."""
    assert numbers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("商业企业114 041 19见附件科研机构000 0 00", [["114", "041", "19", None], ["000", "0", "00"]]),
        ("自然人3 0 2不涉及法人或其他组织商业企业1 0", [["3", "0", "2", None], ["1", "0"]]),
        ("行政复议结果维持不适用结果纠正4其他结果3", [[None], ["4"], ["3"]]),
        ("规章0 5暂无本年废止件数0 17", [["0", "5", None], ["0", "17"]]),
    ],
)
def test_a_word_cell_run_into_the_next_columns_name_is_a_blank(text: str, want: list) -> None:
    """A table printed column by column, or each cell after its column's name (a page's text run together):
    a cell that says it has no number (见附件, 不涉及) run into the next column's name is a blank cell."""
    assert numbers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("行政事业性收费1,558持平——第二十条第（九）项", [["1,558", "+0", None]]),
        ("行政强制98持平—\n行政处罚暂无/593", [["98", "+0", None], [None, None, "593"]]),
        ("其他对外管理服务事项5279减少3——12", [["5279", "-3"], ["12"]]),
        ("与上年持平——全年", []),
    ],
)
def test_a_blank_mark_run_on_from_a_cell_printed_in_words_is_a_blank(text: str, want: list) -> None:
    """`1,558持平——第二十条…`: the mark after a cell printed in words, where a cell may end, is the next
    cell, printed blank, and the word before it a cell; a dash before a digit may be its sign, and a
    sentence's words before a mark are no cell."""
    assert numbers(text) == want


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("其他对外管理服务事项601持平633", (601, 0, 633)),
        # a cell short: which is empty the row does not say (持平 is no count, but an empty cell may print
        # nothing or a cell be lost); never 0 as the count before it, nor 60, 1 and 持平 as the total
        ("其他对外管理服务事项持平633", (None, None, None)),
        ("其他对外管理服务事项601持平", (None, None, None)),
    ],
)
def test_a_change_printed_持平_is_never_a_count(row: str, want: tuple) -> None:
    """A word that says a cell did not change reads 0 in a column of changes only: in a glued row of 二,
    `持平` is the change, never the count of 上一年项目数量 or 处理决定数量."""
    record = synth_record(random.Random(3), "2019", 2019, "区县", blanks=0)
    text = write_noisy(record, "glued", [], 3).replace("其他对外管理服务事项6010633", row, 1)
    read = parse_text(text)
    cells = ("s2.other_services.previous", "s2.other_services.change", "s2.other_services.decisions")
    assert tuple(read.cells[c] for c in cells) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1.本机关不掌握相关政府信息暂无见附件无0不适用0127", [[None, None, None, "0", None, "0127"]]),
        ("行政许可5无不涉及8", [["5", None, None, "8"]]),
        ("行政许可无无待定8", [[None, None, None, "8"]]),
        ("行政强制持平无增加3", [["+0", None, "+3"]]),
        ("其他不适用无空7", [[None, None, None, "7"]]),
        ("不涉及无法提供3", [["3"]]),  # 无 that begins a label's word: no blank, and no word cell before it
        ("全年无增加。共12件", [["12"]]),  # 增加 without its number: a sentence's words
    ],
)
def test_a_blank_printed_无_run_together_with_a_cell_printed_in_words(text: str, want: list) -> None:
    """A blank printed `无` glued to a cell printed in words on either side (`暂无见附件无0`, `5无不涉及8`) is a
    blank cell, and the word a cell: neither is taken for label text that starts another row."""
    assert numbers(text) == want


def _granted_after(run: str) -> tuple[dict, dict, list]:
    """A glued report's 予以公开 row with `run` printed 5,000 times between its label and its digits:
    the record, and the row's cells and findings as read."""
    record = synth_record(random.Random(3), "2021", 2022, "区县", blanks=0)
    text = write_noisy(record, "glued", [], 3)
    label = "（一）予以公开"
    read = parse_text(text.replace(label, label + run * 5000, 1))
    row = {c: v for c, v in read.cells.items() if c.startswith("s3.granted.")}
    return record.cells, row, [f for f in read.findings if any(c.startswith("s3.granted") for c in f.cells)]


@pytest.mark.parametrize("gap", ["", " ", "\t"])
def test_a_cells_unit_a_space_after_its_number_is_the_cells_not_a_word_parting_the_row(gap: str) -> None:
    """`| 14件 | 11件 | 1 件 | 0件 |`: a count's unit printed a space after its number (a fold's line break the
    lines were joined across) ends that cell as a unit glued to it does; read as a word, it parted the row
    in two and its first cells were lost."""
    text = f"（二）部分公开 | 14件 | 11件 | 1{gap}件 | 0件 | 1件 | 3件 | 30件 |\n"
    assert numbers(text) == [["14", "11", "1", "0", "1", "3", "30"]]


def test_a_row_of_thousands_of_marks_and_digits_is_unread() -> None:
    """A row printing far more numbers and blank marks than it has cells is no reading of them: null
    with `table.incomplete` (each was once tried every way its marks could stand, in time that grew with
    the square of the row's length)."""
    _, row, findings = _granted_after("1无")
    assert len(row) == 7 and all(v is None for v in row.values())
    assert [f.rule for f in findings] == ["table.incomplete"]


def test_a_line_of_thousands_of_numbers_and_words_keeps_its_last_row() -> None:
    """`1——1——…` (a dash before a digit is no blank: words between numbers) then the row's own digits:
    the row is read from its digits, each number before them handed only the line's last characters."""
    cells, row, findings = _granted_after("1——")
    assert row == {c: cells[c] for c in row} and len(row) == 7
    assert findings == []


def test_a_row_printing_its_count_of_numbers_but_not_in_its_cells_says_so() -> None:
    """A `|` row whose seven numbers stand among eight cells, one a word and one number split by a stray
    space (`| 735 | 15 7 | 见附件 | 2 |…`), is unread; its finding does not say it printed too few."""
    record = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(record, "pipes_rows", [], 3))
    line = next(ln for ln in text.splitlines() if ln.startswith("一、本年新收"))
    read = parse_text(
        text.replace(line, "一、本年新收政府信息公开申请数量 | 735 | 15 7 | 见附件  | 2 | 40  | 1  | 937  | |||")
    )
    assert all(v is None for c, v in read.cells.items() if c.startswith("s3.received."))
    (finding,) = [f for f in read.findings if f.rule == "table.incomplete" and "s3.received.total" in f.cells]
    assert "应有7个数" in finding.message and "只印出" not in finding.message and "7个数无法逐一对应" in finding.message


def test_blanks_at_both_ends_of_a_row_short_of_its_grid_are_dropped_at_the_end_asked() -> None:
    """A page's cells a line each, `|` between them: 行政事业性收费 prints two cells under a grid of three value
    columns, its first left empty (an empty line between two `|` lines) and the grid's third printed 无. The
    empty line is a cell as surely as the mark: which end its blanks beyond its cells go at, the row does not
    tell (`unsure_ends`), and each end asked keeps its own cells; a row printing its blank after its numbers
    says the grid's column is its last (`extra_end`)."""
    text = (
        "信息内容\n|\n上一年项目数量\n|\n本年增/减\n|\n\n|\n行政事业性收费\n|\n\n|\n0\n|\n无\n|\n"
        "第二十条第（九）项\n|\n信息内容\n|\n采购项目数量\n|\n采购总金额\n|\n\n|\n政府集中采购\n|\n256\n|\n12.5元\n|\n无\n|\n"
    )
    _, fees, _, procurement = scan_groups(text, 0, len(text))
    assert [t.text for t in fees.tokens] == [None, "0", None]
    assert fees.unsure_ends(2) and fees.extra_end(2) == 0
    assert [t.text for t in fees.trimmed(2, 1)] == [None, "0"]
    assert [t.text for t in fees.trimmed(2, -1)] == ["0", None]
    assert not procurement.unsure_ends(2) and procurement.extra_end(2) == 1
    assert [t.text for t in procurement.trimmed(2)] == ["256", "12.5元"]


def test_digit_runs_are_tokens_where_printed() -> None:
    """Digit runs read without `_TOKEN` are found where they stand, a run repeated later its own."""
    text = "规章 12 12\n其他 7 12"
    assert _matches(text) == [(3, 5, "12"), (6, 8, "12"), (12, 13, "7"), (14, 16, "12")]


def test_a_markdown_rule_prints_no_token_and_its_table_reads_the_same() -> None:
    """The dashes of a Markdown table's rule are matched as no token (`_Region.scan_cells` reads them as no
    cell); a line that prints a cell of its own keeps its tokens."""
    text = "| 规章 | 1 | 2 |\n|---|:---:| --- |\n| 其他 | 3 | - |\n|--| 4 |"
    assert [t for t in _matches(text) if 15 <= t[0] < 32] == []
    assert [(a, b) for a, b, raw in _matches(text) if raw is None] == [(44, 45), (49, 51)]
    assert numbers(text) == [["1", "2"], ["3", None], [None, "4"]]


@pytest.mark.parametrize(
    ("line", "nxt", "want"),
    [
        ("（二）部分公开 | 251 | 17 | 28", "5 | |||", (2, 1)),
        ("| 万元 | 2.", "76 |", (2, 2)),
        ("| 万元 | 4", ".56 |", (1, 3)),
        ("| 规章 | 1,2", "34 | 5 |", (3, 2)),
        ("（二）部分公开 | 251 | 17 | 28 |", "5 | |||", None),  # the row ends on its gridline
        ("（二）部分公开 | 251 | 17 | 28", " 5 | |||", None),  # the next line's cell begins after a space
        ("（二）部分公开 | 251 | 17 | 28", "5 | 6", None),  # the next line does not end on its gridline
        ("| 万元 | 4.", ".56 |", None),  # no number together
        ("截至12月31日共28", "5 | |||", None),  # no row of cells
        # rows run on over lines folded anywhere: a decimal point where the two meet tells the cut
        ("15.实际收取的总金额 | 万元 | 0.0611 | 0", ".3055 | 16.申请行政复议数 | 件 | 0", (1, 5)),
        ("15.实际收取的总金额 | 万元 | 0.0611 | 0.", "3055 | 16.申请行政复议数 | 件 | 0", (2, 4)),
        ("15.实际收取的总金额 | 万元 | 0.0611 | 0", "3055 | 16.申请行政复议数 | 件 | 0", None),  # 0 and 3055?
    ],
)
def test_a_row_cut_inside_a_number_is_told_by_its_gridlines(line: str, nxt: str, want: tuple | None) -> None:
    assert cut_number(line, nxt) == want


def test_a_row_cut_by_a_line_break_is_one_row() -> None:
    """A `|` row cut at a fixed width inside a number (`… | 0 | 1` / `7 | |||`, `| 20` / `2 | 11 | …`): one
    number in the cell its first digits are in, the row's other cells after it, never its first digits
    alone. Cut at a cell's edge (`| 4 | 0 | ` / `0 | 0 | …`, `| 0 | 0` / ` | 0 | …`, `| 0 ` / `| 0 | …`,
    `| 213` / ` | |||`), or inside an empty cell (`| 1 |  ` / `| 3 |`): the rest of its cells after it, no
    blank cell more or less. The table adds up."""
    assert numbers("| 规章 | 1 | 2\n3 | 4 |\n| 其他 | 5 | 6 | 7 |") == [["1", "23", "4"], ["5", "6", "7"]]
    assert numbers("| 规章 | 1 | 2\n | 4 |") == [["1", "2", "4"]]
    assert numbers("| 规章 | 1 |  \n| 3 |") == [["1", None, "3"]]
    # … on a cell's `|`, the rest of the row on the next line from its next cell (no gridline: rows print none
    # first): one row; a row after one whose line prints a `|` first is one of its own
    assert numbers("规章 | 1 | 2 |\n 3 | 4 |\n其他 | 5 | 6 | 7 |") == [["1", "2", "3", "4"], ["5", "6", "7"]]
    assert numbers("规章 | 1 | 2 |\n| 3 | 4 |") == [["1", "2"], ["3", "4"]]
    record = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(record, "pipes_rows", [], 3))
    for old, new in (
        ("| 0 | 0 | 17 | |||", "| 0 | 0 | 1\n7 | |||"),
        ("一、本年新收政府信息公开申请数量 | 202 |", "一、本年新收政府信息公开申请数量 | 20\n2 |"),
        ("（七）总计 | 202 | 11 | 0 | 0 | 0 | 0 | 213 | |||", "（七）总计 | 202 | 11 | 0 | 0 | 0 | 0 | 213\n | |||"),
        ("| 80 | 4 | 0 | 0 | 0 | 0 | 84 | ||", "| 80 | 4 | 0 | \n0 | 0 | 0 | 84 | ||"),
        ("公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | |||", "公开 | 3 | 0 | 0\n | 0 | 0 | 0 | 3 | |||"),
        ("事项 | 6 | 0 | 0 | 0 | 0 | 0 | 6 | |||", "事项 | 6 | 0 \n| 0 | 0 | 0 | 0 | 6 | |||"),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    read = parse_text(text)
    assert read.cells == record.cells
    assert not [f.rule for f in read.findings if f.rule.startswith(("identity.", "table.", "value."))]


def test_the_indent_of_the_heading_after_cells_a_line_each_is_no_indented_empty_line() -> None:
    """Cells a line each, some indented, a row's first cell left empty (an empty line after its label), the
    region cut where the next heading's text starts, after its indent: the empty line is the blank cell, the
    indent no sign that only indented empty lines are blank cells."""
    text = "行政许可\n0\n -2\n0\n其他对外管理服务事项\n\n 0\n 14\n行政处罚\n0\n +1\n 0\n  "
    assert numbers(text) == [["0", "-2", "0"], [None, "0", "14"], ["0", "+1", "0"]]


@pytest.mark.parametrize("note", ["", "\t单位：件\n", "\t含转办件\n"])
def test_the_empty_line_after_a_row_of_cells_a_line_each_is_spacing_whatever_notes_are_amid_them(note: str) -> None:
    """Cells a line each, indented, rows an empty line apart, the lines of empty cells dropped: the empty line
    after a row a cell short is the rows' spacing, not its last cell left empty (which cell is, nothing tells) —
    also where another row prints a note amid its cells (`单位：件`), which is no label its cells run on to."""
    text = f"规章\n\t1\n\t0\n\t1\n\n规范性文件\n\t2\n{note}\t0\n\t2\n\n行政许可\n\t0\n\t0\n\n行政处罚\n\t3\n\t0\n\t3\n"
    assert numbers(text)[-2] == ["0", "0"]


def test_the_rest_of_a_markdown_rule_a_fold_cut_off_is_no_empty_cell() -> None:
    """A Markdown table's rule cut by a fold (`| ---: | ---: | ---:` then ` | ---: | ---: |`): the space before
    the rest's first `|` is no empty cell opening the row below, which would move each of its numbers a column
    on (section 四's one row read from 结果纠正 on)."""
    header = "| 行政复议 结果维持 | 行政复议 结果纠正 | 行政复议 其他结果 | 行政复议 尚未审结 | 行政复议 总计 |"
    text = header + "\n| ---: | ---: | ---:\n | ---: | ---: |\n| 3 | 2 | 4 | 4 | 13 |\n"
    assert numbers(text) == [["3", "2", "4", "4", "13"]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a label's rest wrapped past its cells, the lines run together: 103 is no year
        ("四、结转下 103 0 0 0 0 0 103年度继续办理", [["103", "0", "0", "0", "0", "0", "103"]]),
        ("规章 0 0 12345年度", [["0", "0", "12345"]]),
        ("截至2020年度 规章 0 0 3", [["0", "0", "3"]]),  # a year's four digits: no cell
    ],
)
def test_three_digits_or_five_before_a_年_are_a_cell(text: str, want: list) -> None:
    assert numbers(text) == want
