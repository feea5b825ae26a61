"""A table's header in a PDF's text laid out in columns (`pdftotext -layout`), read into the places of its
value columns, over as many lines as it is printed on; and the rows of one-row tables placed by it."""

from __future__ import annotations

import random
import re
from typing import cast

import pytest

from zfxxgk import parse_text
from zfxxgk.extract.tables import _named_places
from zfxxgk.record import Record
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import synth_record
from zfxxgk.templates import TEMPLATES

S4 = TEMPLATES["2021"].table_by_id["s4"]
S4_CELLS = S4.cell_ids
HEADER = (
    "                行政复议                                   行政诉讼\n"
    "  结果维持 结果纠正 其他结果 尚未审结  总计        未经复议直接起诉                复议后起诉\n"
    "                                        结果维持 结果纠正 其他结果 尚未审结  总计"
    " 结果维持 结果纠正 其他结果 尚未审结  总计\n"
)


# 四's header as a PDF's text of narrow columns prints it: every name of four characters wrapped in its
# column over two lines, 总计 on the first; each number right under its column, an empty cell spaces only
WRAPPED = (
    "           行政复议                         行政诉讼\n"
    "                            未经复议直接起诉        复议后起诉\n"
    + "  结果  结果  其他  尚未  总计" * 3
    + "\n"
    + "    ".join(["  维持  纠正  结果  审结"] * 3)
    + "\n"
)


def _wrapped_row(values: list[int | None]) -> str:
    return "".join("    " if v is None else f"{v:>4}" for v in values) + "\n"


def _named(got: Record, cell: str) -> bool:
    return any(f.rule in ("table.incomplete", "value.ambiguous") and cell in f.cells for f in got.findings)


def test_a_header_over_several_lines_gives_each_column_its_place() -> None:
    """四's header: its groups on one line, the first group's columns on the next beside the other groups'
    names, theirs on the line after: fifteen names in turn, left to right, over the two lines that name
    them, each where it is — in characters, or in display columns, a CJK character two wide."""
    text = HEADER + "     0\n"
    read = _named_places(text, len(HEADER), S4, 15, (False,))[False]
    assert read is not None
    (label, places), lines = read
    assert lines == 2 and label == 0
    lines = HEADER.split("\n")
    named = [lines[1 if i < 5 else 2][a:b] for i, (a, b) in enumerate(places)]
    assert named == [c.label for c in S4.columns] * 3
    wide = _named_places(text, len(HEADER), S4, 15, (True,))[True]
    assert wide is not None
    assert wide[0][1][:2] == [(2, 10), (11, 19)] and wide[0][1][5] == (40, 48)
    assert _named_places(text, len(HEADER), S4, 15, (False, True)) == {False: read, True: wide}  # read at once


def test_names_wrapped_in_their_columns_are_read_from_their_pieces() -> None:
    """四's header of narrow columns, each name of four characters over two lines in its column (`结果`
    over `维持`), 总计 on one: each name read from the pieces stacked where it is, fifteen in turn, each
    column's place that of both its pieces."""
    read = _named_places(WRAPPED + _wrapped_row([0] * 15), len(WRAPPED), S4, 15, (False,))[False]
    assert read is not None
    (label, places), lines = read
    assert lines == 2 and label == 0
    assert places == [(4 * k + 2, 4 * k + 4) for k in range(15)]


def test_pieces_of_names_not_stacked_in_one_column_name_none() -> None:
    """The ends of the wrapped names printed a column to the right of their beginnings (`结果` over the
    column after `维持`'s), or the pieces of two names stacked (`尚未` over `维持`): no name is read from
    them, and the header gives no places."""
    upper, lower, _ = WRAPPED.split("\n")[2:]
    moved = WRAPPED.replace(lower, "    " + lower)
    crossed = WRAPPED.replace(upper, upper.replace("结果  结果  其他  尚未", "尚未  结果  其他  结果", 1))
    for text in (moved, crossed):
        assert _named_places(text + _wrapped_row([0] * 15), len(text), S4, 15, (False,))[False] is None


@pytest.mark.parametrize("empty", range(15))
def test_table_4_under_names_wrapped_in_their_columns_with_an_empty_cell(empty: int) -> None:
    """四's one row under its names wrapped in narrow columns, the cell at `empty` printing spaces only:
    each number read in the column it stands under, the empty cell null with a finding naming it."""
    rec, text, line = _s4_text(3)
    at = text.index(line)
    start = text.rindex("\n", 0, text.rindex("行政复议", 0, at)) + 1
    printed = [None if k == empty else cast("int", rec.cells[c]) for k, c in enumerate(S4_CELLS)]
    got = parse_text(text[:start] + WRAPPED + _wrapped_row(printed) + text[at + len(line) + 1 :])
    assert [got.cells[c] for c in S4_CELLS] == printed
    assert _named(got, S4_CELLS[empty])


def test_a_header_naming_its_columns_once_on_one_line() -> None:
    """二's header on one line, the label column's name before the rest: where that name ends, and each
    column's place."""
    table = TEMPLATES["2019"].table_by_id["s2.item8"]
    head = "信息内容      上一年项目数量     本年增/减\n"
    read = _named_places(head + "行政事业性收费    295\n", len(head), table, 2, (False,))[False]
    assert read == ((4, [(10, 17), (22, 27)]), 1)


def test_a_header_not_naming_the_columns_in_turn_gives_no_places() -> None:
    """A header naming a column out of its turn, or one column fewer, or lines above the row that print a
    digit (a row, or prose) before all are named: no places."""
    swapped = HEADER.replace("结果维持 结果纠正", "结果纠正 结果维持", 1)
    short = HEADER.replace("其他结果 尚未审结  总计\n", "尚未审结  总计\n")
    for text in (swapped, short):
        assert _named_places(text + "     0\n", len(text), S4, 15, (False,))[False] is None
    lines = HEADER.split("\n")
    digit = "\n".join([lines[0], lines[1], "2023年", lines[2], ""])
    assert _named_places(digit + "     0\n", len(digit), S4, 15, (False,))[False] is None


def _s4_text(seed: int, noise: str = "aligned_columns") -> tuple[Record, str, str]:
    """A report whose tables are laid out in columns by `noise`, and the line of 四's one row."""
    rec = synth_record(random.Random(seed), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", [noise], seed))
    lines = text.split("\n")
    at = next(i for i, x in enumerate(lines) if "行政复议" in x and "行政诉讼" in x)
    return rec, text, next(x for x in lines[at:] if re.fullmatch(r"[\d ]+", x))


@pytest.mark.parametrize("noise", ["aligned_columns", "wrapped_names"])
def test_table_4_laid_out_with_an_empty_cell_is_read_by_its_header(noise: str) -> None:
    """四's one row laid out under its header, one cell printing spaces only: each number read in the
    column it stands under, the empty cell null with a finding naming it — wherever it is; and so where
    the names are wrapped in narrow columns (`结果` over `维持`), over four lines."""
    rec, text, line = _s4_text(3, noise)
    numbers = list(re.finditer(r"\d+", line))
    assert len(numbers) == 15
    for k, m in enumerate(numbers):
        got = parse_text(text.replace(line, line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]))
        assert [got.cells[c] for c in S4_CELLS] == [None if j == k else rec.cells[c] for j, c in enumerate(S4_CELLS)]
        assert _named(got, S4_CELLS[k])


def test_table_4_off_its_header_or_against_its_totals_is_left_unread_cell_by_cell() -> None:
    """四's row with an empty cell whose numbers stand between its header's columns, or whose numbers
    under them break a group's total (a part over it): every cell null, each named by a finding."""
    _, text, line = _s4_text(3)
    m = list(re.finditer(r"\d+", line))[1]
    blank = line[: m.start()] + " " + line[m.end() :]
    assert re.match(r" +0 {15}1 +0 +1 ", blank)
    shifted = "    " + blank
    against = re.sub(r"\d+", "9", blank, count=1)  # 9 under 结果维持, its group's total 1: no cell empty keeps it
    for damaged in (shifted, against):
        got = parse_text(text.replace(line, damaged))
        assert all(got.cells[c] is None and _named(got, c) for c in S4_CELLS), damaged


def test_a_one_row_table_of_2_is_never_misread_by_its_header() -> None:
    """二's one-row tables (第二十条第（八）项) laid out in columns, one cell printing spaces only: the other
    read in the column it stands under where the header alone shows it in every count the header is read
    in, else null — the empty one null — each null cell named by a finding."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns"], 3))
    line = next(x for x in text.split("\n") if x.startswith("行政事业性收费 "))
    cells = ["s2.fees.previous", "s2.fees.change"]
    for k, m in enumerate(re.finditer(r"[-+]?\d+", line)):
        got = parse_text(text.replace(line, line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]))
        assert got.cells[cells[k]] is None and _named(got, cells[k])
        other = cells[1 - k]
        assert got.cells[other] == rec.cells[other] or (got.cells[other] is None and _named(got, other))


def test_a_name_inside_a_spanning_header_names_no_column() -> None:
    """三's header: 法人或其他组织 over five columns, the last of which is 其他, on the line above them: the
    其他 in the spanning name is not that column's, and the seven columns are placed over two lines."""
    table = TEMPLATES["2021"].table_by_id["s3"]
    head = (
        "                       自然人          法人或其他组织          总计\n"
        "                             商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
    )
    read = _named_places(head + "一、本年新收政府信息公开申请数量  1\n", len(head), table, 7, (False,))[False]
    assert read is not None
    lines = head.split("\n")
    (_, places), over = read
    assert over == 2
    named = [lines[0 if j in (0, 6) else 1][a:b] for j, (a, b) in enumerate(places)]
    assert named == [c.label for c in table.columns]


def test_names_of_3_wrapped_in_their_columns_are_read_from_their_pieces() -> None:
    """三's header of narrow columns: 自然人, 法人或其他组织 and 总计 whole, the names under 法人或其他组织
    wrapped over two lines in their columns (`商业` over `企业`, `社会公` over `益组织`), 其他 on the first:
    the seven columns placed over three lines, each wrapped one where both its pieces are."""
    table = TEMPLATES["2021"].table_by_id["s3"]
    head = (
        "                       自然人          法人或其他组织          总计\n"
        "                             商业   科研   社会公  法律服  其他\n"
        "                             企业   机构   益组织  务机构\n"
    )
    read = _named_places(head + "一、本年新收政府信息公开申请数量  1\n", len(head), table, 7, (False,))[False]
    assert read == ((0, [(23, 26), (29, 31), (34, 36), (39, 42), (44, 47), (49, 51), (53, 55)]), 3)


@pytest.mark.parametrize(("noise", "kept"), [("aligned_columns", 0), ("wrapped_names", 1)])
def test_a_column_of_3_empty_in_every_row_is_placed_by_the_header(noise: str, kept: int) -> None:
    """三 laid out in columns with one column printing spaces only in every row: no row prints a number a
    cell to show the columns, its header over two lines does — every other cell exact, that column's
    null, each with a finding naming it. And the column empty in every row but the first, the names under
    法人或其他组织 wrapped in narrow columns (`科研` over `机构`): that row and the header over three lines
    show the columns."""
    for form, year in (("2021", 2022), ("2019", 2020)):
        rec = synth_record(random.Random(3), form, year, "区县")
        text = str(write_noisy(rec, "spaces", [noise], 3))
        head, s3 = text.split("申请人情况", 1)
        s3, tail = s3.split("四、政府信息公开行政复议", 1)
        lines = s3.split("\n")
        rows = [i for i, line in enumerate(lines) if len(re.findall(r"(?<![\d.])\d+(?![\d.])", line[30:])) == 7]
        for i in rows[kept:]:
            m = list(re.finditer(r"(?<![\d.])\d+(?![\d.])", lines[i]))[-5]
            lines[i] = lines[i][: m.start()] + " " * (m.end() - m.start()) + lines[i][m.end() :]
        got = parse_text(head + "申请人情况" + "\n".join(lines) + "四、政府信息公开行政复议" + tail)
        empty = [c for c in rec.cells if c.startswith("s3.") and c.endswith(".research")][kept:]
        for c, v in rec.cells.items():
            if c.startswith("s3."):
                assert got.cells[c] == (None if c in empty else v), c
        assert all(_named(got, c) for c in empty)


def test_a_join_the_header_alone_would_make_is_not_read_where_no_identity_checks_it() -> None:
    """`规范性文件  34 9  1` under a header naming its columns on one line, no other row laid out: 34 and 9
    a space apart may be one number under one name, or two cells; with no identity of the row to check
    the join, 349 is never read."""
    rec = synth_record(random.Random(0), "2019", 2020, "区县", blanks=1)
    text = str(write_noisy(rec, "spaces", ["spaced_cells"], 0))
    assert "规范性文件  34 9  1\n" in text
    got = parse_text(text)
    assert got.cells["s2.normative_documents.made"] in (34, None)


def test_a_short_row_of_a_two_row_table_of_2_is_placed_by_its_grid() -> None:
    """二's items are one grid: a row of 第二十条第（六）项 printing spaces for one cell, laid out in columns,
    is read by the columns of the other items' rows as well as its own table's one other row. Where the
    numbers only seem to stand in columns (each row's gaps two to five spaces, as a PDF's text prints
    them) and the header and that one row happen to agree in one count, the grid's other rows, under no
    such columns, tell it: no cell of the short row is read into the wrong column, each null named."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    text = str(write_noisy(rec, "spaces", ["aligned_columns"], 3))
    line = next(x for x in text.split("\n") if x.startswith("行政处罚 "))
    cells = ["s2.punishment.previous", "s2.punishment.change", "s2.punishment.decisions"]
    for k, m in enumerate(re.finditer(r"[-+]?\d+", line)):
        got = parse_text(text.replace(line, line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]))
        assert [got.cells[c] for c in cells] == [None if j == k else rec.cells[c] for j, c in enumerate(cells)]
        assert _named(got, cells[k])
    header = "信息内容 上一年项目数量 本年增/减 处理决定数量\n"
    apart = (
        text[: text.index("第二十条第（五）项")]
        + (
            f"第二十条第（五）项\n{header}行政许可  108   0     238\n其他对外管理服务事项  204    +3     565\n"
            f"第二十条第（六）项\n{header}行政处罚     433   1271\n行政强制    209    0   110\n"
        )
        + text[text.index("第二十条第（八）项") :]
    )
    got = parse_text(apart)
    assert got.cells["s2.punishment.change"] != 1271
    assert all(got.cells[c] is None and _named(got, c) for c in cells[1:])
