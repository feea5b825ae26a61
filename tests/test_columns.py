"""A table's header read for the order it prints the columns in (extract/columns.py): table 三's header
over two rows, its spanning header's columns in its place, read in any order; never an order it does
not say whole and once."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zfxxgk import parse_text
from zfxxgk.extract.columns import (
    Continued,
    named_otherwise,
    put_back_by_names,
    reorder,
    spanned_rows,
    total_named_first,
)
from zfxxgk.extract.groups import scan_groups
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import random_report, synth_record
from zfxxgk.templates import get_template

S3 = next(t for t in get_template("2021").tables if t.id == "s3")
SPAN = next(c.group for c in S3.columns if c.group)  # 法人或其他组织
UNDER = [i for i, c in enumerate(S3.columns) if c.group]
ABOVE = [0, -1, len(S3.columns) - 1]  # 自然人, 法人或其他组织 (-1: the spanning header), 总计
ROW = "一、本年新收政府信息公开申请数量"
VALUES = [471, 38, 0, 0, 3, 74, 586]
S3_UNDER = tuple(
    f".{S3.columns[i].id}" for i in UNDER
)  # the template's order: 自然人, the five under 法人或其他组织, 总计


def _name(column: int) -> str:
    return SPAN if column < 0 else S3.columns[column].label


def _read(header: str, row: str) -> tuple[list[str | None], bool]:
    """The numbers of `row` after `header` as put back (as printed where the header sets no order), and
    whether the header set one."""
    text = f"{header}\n{row}\n"
    groups = scan_groups(text, 0, len(text))
    back = put_back_by_names(text, 0, (S3,), groups)
    return [t.text for t in (back or groups)[-1].tokens], back is not None


def _order(above: list[int], under: list[int]) -> list[int]:
    """The columns a header naming `above` over `under` prints in turn."""
    order = [c for c in above if c >= 0]
    at = above.index(-1)
    return [*order[:at], *under, *order[at:]]


def _printed(above: list[int], under: list[int], sep: str) -> tuple[str, str]:
    """A header naming `above` over `under` with `sep` between its names, and the row printed in its order."""
    header = sep.join(_name(c) for c in above) + "\n" + sep.join(_name(c) for c in under)
    return header, f"{ROW}{sep}{sep.join(str(VALUES[c]) for c in _order(above, under))}"


@settings(max_examples=60, deadline=None, database=None)
@given(
    above=st.permutations(ABOVE),
    under=st.permutations(UNDER),
    sep=st.sampled_from((" ", " | ", "\t", "  ")),
)
def test_a_header_over_two_rows_in_any_order(above: list[int], under: list[int], sep: str) -> None:
    """Each column named once — above, 总计, 自然人 and 法人或其他组织; below, its five columns — in any order:
    the row is put back in the template's order where names of the row above follow the spanning header
    on its line, as they do here; in the template's order it is left as it is."""
    header, row = _printed(above, under, sep)
    got, put_back = _read(header, row)
    assert got == [str(v) for v in VALUES]
    assert put_back == (_order(above, under) != list(range(len(S3.columns))))


def test_total_first_as_a_pdf_prints_it() -> None:
    """`总计 自然人 法人或其他组织` over the five, their names cut in two over two lines, and broken by a space."""
    header = "总计 自然人 法人或 其他组织\n商业 科研 社会公 法律服 其他\n企业 机构 益组织 务机构"
    assert _read(header, f"{ROW} 586 471 38 0 0 3 74") == ([str(v) for v in VALUES], True)


def test_a_header_that_does_not_say_the_order_whole_and_once_sets_none() -> None:
    """Left as printed (and so, for the rows, to the checks of their sums): a column named twice or not at
    all; the spanning header alone above, with a column not under it below among its own (a PDF that
    centres the cells spanning both rows), whether before them or after."""
    row = f"{ROW} 586 471 38 0 0 3 74"
    printed = ["586", "471", "38", "0", "0", "3", "74"]
    for header in (
        "总计 总计 法人或其他组织\n商业企业 科研机构 社会公益组织 法律服务机构 其他",
        "总计 法人或其他组织\n商业企业 科研机构 社会公益组织 法律服务机构 其他",
        "法人或其他组织\n总计 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他",
        "法人或其他组织\n商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 自然人",
    ):
        assert _read(header, row) == (printed, False), header


def test_a_header_printed_one_cell_a_line() -> None:
    """A web page's text of the header, a cell a line, row by row: the names after 法人或其他组织 on lines
    before its five are of the row above."""
    header = "\n".join(["法人或其他组织", "总计", "自然人", *(S3.columns[i].label for i in UNDER)])
    assert _read(header, f"{ROW}\n38\n0\n0\n3\n74\n586\n471") == ([str(v) for v in VALUES], True)


def test_a_stray_space_inside_a_number_where_spaces_part_the_cells() -> None:
    """`586 47 1 38 …` under a header naming 总计 first: the one join of two neighbours under which the row
    adds up to its 总计 (471) is read; where none does, the row is not read."""
    header = "总计 自然人 法人或其他组织\n商业企业 科研机构 社会公益组织 法律服务机构 其他"
    for printed, read in (("586 47 1 38 0 0 3 74", [str(v) for v in VALUES]), ("587 47 1 38 0 0 3 74", None)):
        text = f"{header}\n二、上年结转政府信息公开申请数量 2 1 0 0 0 0 1\n{ROW} {printed}\n"
        _, row = put_back_by_names(text, 0, (S3,), scan_groups(text, 0, len(text))) or []
        assert ([t.text for t in row.tokens] if not row.broken else None) == read


def test_a_header_naming_another_order_it_is_not_read_in() -> None:
    """Told apart from the template's order on a line only: a PDF's text of header cells wrapped over lines
    (r022: `自然人 社会 法律 总计` over `商业 科研`…) says no other order, nor those lines run together, where
    法人或其他组织 comes before 自然人 and no column under it does; words of one line in another do, and
    names stacked over two lines run together whose first parts and rests agree on another."""
    template = (
        "自然人 社会 法律 总计\n商业 科研\n公益 服务 其他\n企业 机构\n组织 机构",
        "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他",
        # the lines run together: 法人或其他组织, printed above the columns it spans, before 自然人
        "（勾稽关系为：第一项加第二项之和， 法人或其他组织等于第三项加第四项之和）"
        "自然人 总计商业企 科研机 社会公益 法律服务其他业 构 组织 机构",
        # … or pieces of names stacked over lines (r023): the rest of a cut name further on the line
        "法人或其他组织（…之和）自然人 社会 法律 总计商业 科研公益 服务 其他企业 机构组织 机构",
    )
    other = (
        "自然人 法人或其他组织 总计\n社会公 法律 服 商业 科研 其他\n益组织 务机构 企业 机构",
        "申请人情况总计自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他",
        "自然人 总计 法人或其他组织",
        "法人或其他组织 商业企业 科研机构 自然人 总计",  # a column it spans before 自然人 too
        # names stacked over two lines run together: first parts and rests in one other order …
        "自然人 法人或其他组织 总计商业 科研 法律服 社会公 其他企业 机构 务机构 益组织",
        # … or a name printed whole among the first parts, a first part glued to the line after
        "自然人 法人或其他组织 总计商业 科研 社会公 其他 法律服企业 机构 益组织 务机构",
    )
    for header, said in [*((h, False) for h in template), *((h, True) for h in other)]:
        text = f"2023年…22件。\n{header}\n{ROW} 21 0 0 0 0 0 21\n"
        assert named_otherwise(text, 0, text.index(" 21 0"), S3) is said, header


S4 = next(t for t in get_template("2021").tables if t.id == "s4")
_S4_ROW = "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0"


@pytest.mark.parametrize(
    ("header", "said"),
    [
        # a stacked header whose lines ran together, each group's 总计 first
        ("行政复议 行政诉讼总计 结果 结果 其他 尚未 未经复议直接起诉 复议后起诉维持 纠正 结果 审结总计 结果", True),
        ("行政复议 行政诉讼结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉维持 纠正 结果 审结", False),
        ("结果 结果 其他 尚未\n总 计\n维持 纠正 结果 审结 结果 结果 其他 尚未", False),  # r022: 总计 after 尚未
        ("行政复议\n结果维持 结果纠正 其他结果 尚未审结 总计", False),  # read as it is
    ],
)
def test_a_flat_header_whose_order_is_unread_naming_its_total_first(header: str, said: bool) -> None:
    """四's header, its order not read, printing 总计 before any other column's first word: its groups may
    print 总计 first, and a row that adds up either way is no reading of its cells."""
    text = f"2021年，因政府信息公开工作被申请行政复议 1 件。{header}\n{_S4_ROW}\n"
    assert total_named_first(text, 0, text.index(_S4_ROW), S4) is said
    if said:
        got = parse_text(str(write_noisy(random_report(random.Random(246934)), "spaces", NOISE_246934, 246934)))
        assert got.cells["s4.review.upheld"] is None and got.cells["s4.review.pending"] is None
        assert any("总计印在其他各列之前" in f.message for f in got.findings)


NOISE_246934 = ["lines_run_together", "signature_forms", "total_first", "cell_breaks"]


def test_rows_before_any_header_line_keep_their_order() -> None:
    """A table whose header line is not printed (a converter's `| 数据1 | 数据2 |`, which no header reads)
    before a table whose header names its columns in another order: the first table's rows are under no
    header, printed in the template's order, not in the order of the header after them."""
    s2 = get_template("2019").tables[:2]  # 第二十条第（一）项, then 第二十条第（五）项
    item5 = s2[1].columns
    text = (
        "| 数据1 | 数据2 | 数据3 | 数据4 |\n| --- | --- | --- | --- |\n"
        "| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 4 | 4 | 2 |\n"
        f"第二十条第（五）项\n| 信息内容 | {item5[1].label} | {item5[2].label} | {item5[0].label} |\n"
        "| --- | --- | --- | --- |\n| 行政许可 | -3 | 314 | 122 |\n"
    )
    groups, moved, _ = reorder(text, 0, len(text), s2, scan_groups(text, 0, len(text)))
    rows = [[t.text for t in g.tokens if t.text is not None] for g in groups if g.width > 1]  # not 数据1
    assert rows == [["0", "0", "0"], ["4", "4", "2"], ["122", "-3", "314"]]
    assert moved == [s2[1]]


TOTAL_FIRST = [6, 0, 1, 2, 3, 4, 5]  # 三's columns with 总计 printed first


def _continued(order: list[int], row: str) -> tuple[list[list[str | None]], list[Continued]]:
    """The numbers of each row of a Markdown table of 三 whose header names the columns in `order`, its
    second row (`row`'s cells) under a converter's own header after a page break — taken out of the text,
    its rule left — as `reorder` puts them back; and the rows whose order it leaves unsettled."""
    names = " | ".join(S3.columns[i].label for i in order)
    rule = "| --- |" + " ---: |" * len(order)
    first = " | ".join(str(VALUES[i]) for i in order)
    text = f"|  | {names} |\n{rule}\n| {ROW} | {first} |\n\n{rule}\n| 二、上年结转政府信息公开申请数量 | {row} |\n"
    groups, _, continued = reorder(text, 0, len(text), (S3,), scan_groups(text, 0, len(text)))
    return [[t.text for t in g.tokens] for g in groups], continued


@pytest.mark.parametrize("joiner", ["\n", " ", "\u3000"])
def test_a_converters_header_in_place_of_a_tables_own_tells_no_order_its_lines_run_together_or_not(
    joiner: str,
) -> None:
    """`| 数据1 | 数据2 | 数据3 | 数据4 |` in place of 二's header: the order the report named its columns in is lost,
    and a row whose cells differ is null with a finding — its lines apart, the header taken out as chrome, or
    run together (`…项** | 数据1 | … | | --- | …`), the header left in the text."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    header = "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"
    text = str(write_noisy(rec, "md", [], 0))
    got = parse_text(text.replace(header, "| 数据1 | 数据2 | 数据3 | 数据4 |", 1).replace("\n", joiner))
    row = [got.cells[f"s2.normative_documents.{c}"] for c in ("issued", "repealed", "in_force")]
    assert [rec.cells[f"s2.normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [1, 16, 10]
    assert row == [None] * 3
    assert any(f.rule == "value.ambiguous" and "s2.normative_documents.issued" in f.cells for f in got.findings)
    assert [got.cells[f"s2.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [0, 0, 0]


def test_rows_continued_under_a_converters_header_in_the_order_their_sums_fit() -> None:
    """A table of 三 whose header prints 总计 first, continued after a page break under a converter's own
    header: the continued rows in the header's order or the template's, whichever alone adds up to its
    总计; the first row in the header's order either way."""
    first = [str(v) for v in VALUES]
    template_order = _continued(TOTAL_FIRST, "5 | 0 | 0 | 0 | 0 | 2 | 7")  # 5 + 2 = 7, printed 总计 last
    assert template_order == ([first, ["5", "0", "0", "0", "0", "2", "7"]], [])
    header_order = _continued(TOTAL_FIRST, "7 | 5 | 0 | 0 | 0 | 0 | 2")  # printed 总计 first, as the header
    assert header_order == ([first, ["5", "0", "0", "0", "0", "2", "7"]], [])


def test_rows_continued_under_a_converters_header_whose_sums_do_not_settle_the_order() -> None:
    """A continued row with an empty cell adds up in neither order: read in the header's, its rows
    returned as unsettled, for the cells the template's order reads otherwise to be left unread. After a
    header in the template's order, the rows read as printed, nothing unsettled."""
    rows, continued = _continued(TOTAL_FIRST, "0 | 0 | 0 | 0 | 0 | 0 | ")
    assert rows[1] == ["0", "0", "0", "0", "0", None, "0"]
    assert [(c.table, c.order) for c in continued] == [(S3, tuple(TOTAL_FIRST))]
    rows, continued = _continued(list(range(7)), "0 | 0 | 0 | 0 | 0 | 0 | ")
    assert rows[1] == ["0", "0", "0", "0", "0", "0", None]
    assert not continued


S4 = next(t for t in get_template("2021").tables if t.id == "s4")


def _stacked_continued(order: list[int], rows: str) -> tuple[list[str | None], list[Continued]]:
    """The numbers of a table 四 printed one row per group under a header naming its columns in `order`,
    the two 行政诉讼 rows (`rows`, each its cells) continued under a converter's own header after a page
    break, as `reorder` puts them together; and the rows whose order it leaves unsettled."""
    names = " | ".join(S4.columns[i].label for i in order)
    rule = "| --- |" + " ---: |" * len(order)
    first, direct, after = ("5 | 1 | 2 | 1 | 1", *rows.split("\n"))
    text = (
        f"|  | {names} |\n{rule}\n| 行政复议 | {first} |\n\n{rule}\n"
        f"| 行政诉讼 未经复议直接起诉 | {direct} |\n| 行政诉讼 复议后起诉 | {after} |\n"
    )
    groups, _, continued = reorder(text, 0, len(text), (S4,), scan_groups(text, 0, len(text)))
    return [t.text for g in groups for t in g.tokens], continued


def test_groups_of_four_continued_under_a_converters_header() -> None:
    """Table 四 printed a row per group under a header with 总计 first, its 行政诉讼 rows continued under a
    converter's own header: printed in the template's order, which alone adds up (1 + 2 = 3), they are
    read so. Under a header that keeps 总计 last (结果维持, 其他结果, 结果纠正, …), either order adds up: read
    in the header's, returned as unsettled."""
    settled = _stacked_continued([4, 0, 1, 2, 3], "1 | 0 | 0 | 2 | 3\n0 | 0 | 0 | 0 | 0")
    assert settled == (["1", "2", "1", "1", "5", "1", "0", "0", "2", "3", "0", "0", "0", "0", "0"], [])
    numbers, continued = _stacked_continued([0, 2, 1, 3, 4], "1 | 2 | 0 | 0 | 3\n0 | 0 | 0 | 0 | 0")
    assert numbers[5:10] == ["1", "0", "2", "0", "3"]  # the header's order: 其他结果 2
    assert [(c.table, c.order) for c in continued] == [(S4, (0, 2, 1, 3, 4))]


def _spread(header: str, rows: str) -> list[list[str | None]] | None:
    """Each row of `rows` after `header` as `spanned_rows` puts it (None where it sets no order)."""
    text = f"{header}\n{rows}\n"
    back = spanned_rows(text, 0, (S3,), scan_groups(text, 0, len(text)))
    return None if back is None or not back[1] else [[t.text for t in g.tokens] for g in back[0]]


@settings(max_examples=30, deadline=None, database=None)
@given(above=st.permutations(ABOVE), sep=st.sampled_from((" ", " | ", "\t", "\n")))
def test_the_columns_under_the_spanning_header_printed_as_one(above: list[int], sep: str) -> None:
    """`自然人 法人或其他组织 总计` in any order, on one line or a cell a line, over rows of three numbers: each
    number goes to the column its header names, the five under 法人或其他组织 blank (only their sum is
    printed); a row that does not add up to its 总计 is kept as printed, not to be read. But 法人或其他组织
    a space before 自然人 may be a header's two rows joined by a space, the spanning header's above: in
    either order the 总计 stands in the same place, and no sum tells them apart."""
    header = sep.join(_name(c) for c in above)
    sums = {0: 471, -1: 115, len(S3.columns) - 1: 586}
    row = sep.join(str(sums[c]) for c in above)
    wrong = sep.join(str(sums[c] + (c == 0)) for c in above)  # 472 + 115 ≠ 586
    got = _spread(header, f"{ROW}{sep}{row}\n二、上年结转政府信息公开申请数量{sep}{wrong}")
    if sep == " " and above.index(-1) + 1 == above.index(0):
        assert got is None
        return
    assert got is not None
    assert got[0] == ["471", None, None, None, None, None, "586"]
    assert got[1] == [str(sums[c] + (c == 0)) for c in above]


def test_a_row_of_three_numbers_run_together() -> None:
    """`41478492` under `自然人法人或其他组织总计`: the one cut whose 总计 is the sum of the other two (414, 78,
    492) is read; digits that more than one cut adds up in (`33538`: 33 + 5, 3 + 35) are kept with each
    cut, its numbers in their columns, for the table's identities to choose between."""
    text = f"申请人情况自然人法人或其他组织总计\n{ROW}41478492二、上年结转政府信息公开申请数量33538\n"
    back = spanned_rows(text, 0, (S3,), scan_groups(text, 0, len(text)))
    assert back is not None and back[1]
    assert [[t.text for t in g.tokens] for g in back[0]] == [["414", None, None, None, None, None, "492"], ["33538"]]
    assert not back[0][0].cuts
    cuts = [[t.text if t else t for t in cut] for cut in back[0][1].cuts]
    assert cuts == [["3", None, None, None, None, None, "38"], ["33", None, None, None, None, None, "38"]]
    rows = f"{ROW}41478492二、上年结转政府信息公开申请数量264483 12（一）予以公开4663 249 8"
    spaced = f"申请人情况自然人法人或其他组织总计\n{rows}\n"
    back = spanned_rows(spaced, 0, (S3,), scan_groups(spaced, 0, len(spaced)))
    assert back is not None and back[1]  # digits run together: a space is a stray one (3 12) or a boundary
    blank = [None] * len(UNDER)
    assert [[t.text for t in g.tokens] for g in back[0]] == [
        ["414", *blank, "492"],
        ["264", *blank, "312"],
        ["466", *blank, "498"],
    ]
    at = spaced.index("264483 12")
    assert [(t.start, t.end) for t in back[0][1].tokens if t.text] == [(at, at + 3), (at + 5, at + 9)]  # 3 12
    # where no row runs its digits together, a space is a boundary: a row not adding up is kept as printed, unread
    assert _spread("申请人情况自然人法人或其他组织总计", f"{ROW}471 115 586（一）予以公开4663 249 8")[1] == [
        "4663",
        "249",
        "8",
    ]


def test_a_run_of_digits_under_the_sum_column_cut_more_than_one_way_is_settled_by_the_identities() -> None:
    """A report whose 三 prints `自然人法人或其他组织总计` and each row's three numbers run together: rows that
    add up cut two ways (`11118129`: 111 + 18 and 11 + 118 are 129; `33336`) are settled by the table's
    identities (自然人's column adds up to 111, not 11), never read as digits of the seven-column table that
    no split adds up (identity findings the report does not earn)."""
    rec = synth_record(random.Random(1618 * 7 + 1), "2021", 2023, "区县")
    text = str(write_noisy(rec, "glued", ["spanned_applicants"], 1618))
    assert "（七）总计11118129" in text and "不掌握相关政府信息33336" in text
    got = parse_text(text)
    assert not [f for f in got.findings if f.rule.startswith("identity.")]
    for row in ("total", "unavailable.not_held"):
        for column in ("natural_person", "total"):
            assert got.cells[f"s3.{row}.{column}"] == rec.cells[f"s3.{row}.{column}"]
    at = text.index("（七）总计11118129") + 5  # each where its cut prints it
    assert [
        (got.provenance[f"s3.total.{c}"]["start"], got.provenance[f"s3.total.{c}"]["end"])
        for c in ("natural_person", "total")
    ] == [(at, at + 3), (at + 5, at + 8)]


def test_a_run_of_digits_under_the_sum_column_that_may_be_a_cell_short_is_not_read() -> None:
    """Rows of three numbers run together in a table that prints an empty cell as nothing (`285`: no cut
    adds up, 2 and 85 might): a row that adds up cut one way (`112`: 1 + 1 = 2) may as well be two numbers
    and an empty cell (11, 2 and its 总计 printing nothing, or 1, nothing and 12): its cells null with a
    finding, never 1 and 2."""
    rec = synth_record(random.Random(15), "2019", 2020, "市")
    text = str(write_noisy(rec, "glued", ["spanned_applicants", "empty_cells"], 15))
    assert "国家秘密285" in text and "三安全一稳定”1124.保护" in text
    got = parse_text(text)
    row = ("s3.withheld.security_stability.natural_person", "s3.withheld.security_stability.total")
    assert [got.cells[c] for c in row] == [None, None]
    assert any(f.rule == "value.ambiguous" and f.cells == row for f in got.findings)
    named = {c for f in got.findings if f.rule in ("value.ambiguous", "table.incomplete") for c in f.cells}
    assert all(
        v in (None, rec.cells[c]) and (v is not None or c in named) for c, v in got.cells.items() if c in rec.cells
    )


def test_rows_under_a_header_not_read_that_print_too_few_numbers_earn_no_identity_finding() -> None:
    """Table 三 printing `自然人 法人或其他组织 总计` over lines (`法人 或其 / 他组织`), every row three numbers a
    space apart: the header is not read, and the rows print too few numbers for their seven cells. A row
    whose digits are enough for seven cells (`250 85 335`), none of whose splits adds up, is a row with
    cells left out as well, not the report's numbers that do not add up: no identity finding, its cells
    null with a finding."""
    rec = random_report(random.Random(60120))
    noise = ["glued_headings", "spanned_applicants", "full_stops", "broken_headers", "renamed_headings"]
    text = str(write_noisy(rec, "spaces", noise, 60120))
    assert "申请数量 250 85 335\n" in text and "法人 或其 " in text
    got = parse_text(text)
    assert not [f for f in got.findings if f.rule.startswith("identity.")]
    named = {c for f in got.findings if f.rule in ("value.ambiguous", "table.incomplete") for c in f.cells}
    assert all(got.cells[c] is None and c in named for c in got.cells if c.startswith("s3.received."))


def test_a_stray_space_or_a_blank_in_a_row_under_the_sum_column() -> None:
    """Cells between `|` or spaces: a number a stray space split (`6 7`) is one where the row then adds up to
    its 总计 (a space between cells, one way only); a cell left blank leaves the others as printed, the
    blank one unread, since nothing checks them; a number in pieces that nothing checks (a blank beside
    it) leaves the row unread, never read as a row of the full table (1, 3 and 14 in its first columns)."""
    header = "自然人 | 法人或其他组织 | 总计 | | | |"
    rows = (
        f"{ROW} | 62 | 5 | 6 7 | | | |\n二、上年结转政府信息公开申请数量 | 1910 |  | 2063 | | | |\n"
        "（一）予以公开 | 1 3 |  | 14 | | | |"
    )
    text = f"{header}\n{rows}\n"
    back = spanned_rows(text, 0, (S3,), scan_groups(text, 0, len(text)))
    assert back is not None and back[1]
    blank = [None] * len(UNDER)
    assert [[t.text for t in g.tokens] for g in back[0][1:3]] == [["62", *blank, "67"], ["1910", *blank, "2063"]]
    assert [g.broken for g in back[0]] == [False, False, False, True]
    got = _spread("自然人 法人或其他组织 总计", f"{ROW} 471 115 586\n二、上年结转政府信息公开申请数量 14 4 1 8")
    assert got is not None and got[-1] == ["14", *blank, "18"]  # 14 + 4 = 18, the one way
    got = _spread("自然人 法人或其他组织 总计", f"{ROW} 14 4 1 8\n二、上年结转政府信息公开申请数量 471 115 586")
    assert got is not None and got[0] == ["14", *blank, "18"]  # the first row under the header too


def test_rows_under_the_sum_column_printing_a_cell_empty_or_not_adding_up_are_not_read() -> None:
    """A first row printing two numbers (`202  213`, a cell left empty) does not hide the header printing
    the columns under 法人或其他组织 as one: the rows of three numbers after it are read by it; that row,
    and one of three numbers not adding up to its 总计, are kept as printed but not read (`broken`), never
    as the full table's first cells."""
    header = "自然人 法人或其他组织 总计"
    rows = f"{ROW} 202  213\n二、上年结转政府信息公开申请数量 6 0 6\n（一）予以公开 80 4 85"
    text = f"{header}\n{rows}\n"
    back = spanned_rows(text, 0, (S3,), scan_groups(text, 0, len(text)))
    assert back is not None and back[1]
    assert [[t.text for t in g.tokens] for g in back[0]] == [
        ["202", "213"],
        ["6", *[None] * len(UNDER), "6"],
        ["80", "4", "85"],
    ]
    assert [g.broken for g in back[0]] == [True, False, True]


def test_a_row_of_three_numbers_under_the_sum_column_is_never_the_first_three_cells() -> None:
    """A whole report whose 三 prints `自然人 法人或其他组织 总计`, its first row a cell short (`202  213`) and a
    note mark after a row's 总计 (`4 0 4［注2］`, the mark's width that of the four cells after the first
    three): that row is 自然人, their sum and 总计 (4 and 4 read, the five under 法人或其他组织 null with a
    finding), never 4, 0 and 4 in its first three cells; the first row null with a finding."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["spanned_applicants"], 1))
    text = text.replace("法人或其他组织\n自然人 总计\n", "自然人 法人或其他组织 总计\n")
    text = text.replace("申请数量 202 11 213\n", "申请数量 202  213\n").replace(
        "其政府信 4 0 4\n", "其政府信 4 0 4［注2］\n"
    )
    assert "自然人 法人或其他组织 总计\n" in text and "4 0 4［注2］\n" in text and "202  213\n" in text
    got = parse_text(text)
    fee = "s3.other.unpaid_fee."
    assert [got.cells[f"{fee}natural_person"], got.cells[f"{fee}total"]] == [4, 4]
    named = {c for f in got.findings if f.rule in ("value.ambiguous", "table.incomplete") for c in f.cells}
    s3 = [c for c in rec.cells if c.startswith("s3.")]
    assert all(got.cells[c] is None and c in named for c in s3 if c.endswith(S3_UNDER) or c.startswith("s3.received."))
    assert all(got.cells[c] in (None, rec.cells[c]) for c in s3)


def test_a_spanning_header_on_lines_shared_otherwise_sets_no_order() -> None:
    """A PDF's two-row header (法人或其他组织 above, 自然人 and 总计 on the line below) does not say which of the
    first two numbers is whose; a header naming a column under 法人或其他组织 is the full table's."""
    assert _spread("法人或其他组织\n自然人 总计", f"{ROW} 471 115 586") is None
    assert _spread("自然人 法人或其他组织 总计\n商业企业", f"{ROW} 471 115 586") is None


@pytest.mark.parametrize(
    "header", ["法人或其他组织\n自然人 总计", "自然人 总计\n法人或其他组织", "法人或 其他组织\n自然人 总计"]
)
def test_a_spanning_header_over_two_lines_read_by_the_one_order_the_rows_add_up_in(header: str) -> None:
    """Each line's names in turn, the lines' order to one another untold: 总计 printed between the others
    is settled by the rows (自然人, 总计, 法人或其他组织: the only order keeping each line's names in turn
    that adds up); 总计 last is not (自然人 and 法人或其他组织 either way), nor a row adding up in no order."""
    text = "二、上年结转政府信息公开申请数量 1 1 0"
    assert _spread(header, f"{ROW} 471 586 115\n{text}") == [
        ["471", None, None, None, None, None, "586"],
        ["1", None, None, None, None, None, "1"],
    ]
    for rows in (f"{ROW} 471 115 586\n{text}", f"{ROW} 471 586 115\n二、上年结转政府信息公开申请数量 1 2 0"):
        printed = f"{header}\n{rows}\n"
        back = spanned_rows(printed, 0, (S3,), scan_groups(printed, 0, len(printed)))
        assert back is not None and not back[1], rows


def test_a_table_whose_spanning_header_over_two_lines_does_not_say_the_order_is_one_finding() -> None:
    """A whole report whose 三 prints `法人或其他组织` over `自然人 总计` and three numbers a row, 总计 last: every
    cell null, one table.incomplete for the table, no row said not to add up; with 总计 printed between the
    others (the one order the rows add up in), 自然人 and 总计 read."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", ["spanned_applicants"], 1))
    lines = text.replace("自然人 法人或其 总计\n他组织\n", "法人或其他组织\n自然人 总计\n").split("\n")
    got = parse_text("\n".join(lines))
    s3 = [c for c in rec.cells if c.startswith("s3.")]
    assert all(got.cells[c] is None for c in s3)
    assert [f.rule for f in got.findings if any(c.startswith("s3") for c in f.cells)] == ["table.incomplete"]
    turned = [re.sub(r"(\d+) (\d+) (\d+)$", r"\1 \3 \2", line) for line in lines]
    got = parse_text("\n".join(turned))
    assert {c: got.cells[c] for c in s3} == {c: None if c.endswith(S3_UNDER) else rec.cells[c] for c in s3}
    assert [f.rule for f in got.findings if any(c.startswith("s3") for c in f.cells)] == ["table.incomplete"]


def test_a_row_under_the_sum_column_left_unread_says_why() -> None:
    """A row under `自然人 | 法人或其他组织 | 总计` printing a number in pieces beside a blank cell (`8 0 |  | 84`)
    is left unread with a finding that says its numbers cannot be placed, not that it was printed in two
    places."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "pipes_rows", ["spanned_applicants"], 1))
    assert "（一）予以公开 | 80 | 4 | 84 |" in text
    got = parse_text(text.replace("（一）予以公开 | 80 | 4 | 84 |", "（一）予以公开 | 8 0 |  | 84 |"))
    assert all(got.cells[c] is None for c in got.cells if c.startswith("s3.granted."))
    said = [f.message for f in got.findings if f.rule == "table.incomplete" and "予以公开" in f.message]
    assert len(said) == 1 and "无法据本行合计确定各属哪一列" in said[0] and "分两处" not in said[0]


def test_markdown_rows_run_together_under_a_header_in_another_order() -> None:
    """A Markdown table whose line breaks were lost (`|| --- |` and `||` between its rows) under a header
    naming 现行有效件数 before 本年废止件数: each row's numbers are put back by the header's cells, the
    header and the rows told apart at each `||`."""
    rec = random_report(random.Random(124279))
    noise = ["saved_markup", "reordered_columns", "statistics_on_one_line", "lines_run_together"]
    text = str(write_noisy(rec, "md", noise, 124279))
    assert "| 本年制发件数 | 现行有效件数 | 本年废止件数 || --- |" in text and "|| 行政规范性文件 | 2 | 0 | 3 |" in text
    got = parse_text(text)
    cells = [c for c in rec.cells if c.startswith("s2.")]
    assert [got.cells[c] for c in cells] == [rec.cells[c] for c in cells]
    assert rec.cells["s2.normative_documents.repealed"] == 3


@pytest.mark.parametrize("seed", [297, 293, 299])
def test_markdown_rows_joined_by_spaces_under_a_header_in_another_order(seed: int) -> None:
    """A Markdown page whose lines were joined by spaces (`| 本年制发件数 | 现行有效件数 | | --- | ---: | |
    规章 | 0 |`), its tables' headers naming the columns in another order: each header is read back from
    its rule to its caption, each row's numbers put back by the cells from its label on."""
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "md", ["reordered_columns", "lines_spaced_together"], seed))
    assert re.search(r"\| 信息内容 \|[^\n]*\| \| --- \| ---: \|[^\n]*\| \| 规章 \|", text)
    got = parse_text(text)
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s2.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s2.")
    }


@pytest.mark.parametrize("seed", [203199, 203210, 203215])
def test_markdown_tables_run_together_each_under_its_own_header_in_another_order(seed: int) -> None:
    """A report's Markdown tables whose line breaks were all lost, each header naming the columns in
    another order: a row of numbers runs on to the next table's caption and header
    (`| 规范性文件 | 15 | 7 | 9 |**第二十条第（五）项**| 信息内容 | 上一年项目数量 |…`), and 三's header runs on
    after the prose before it (`…1件。|  | 自然人 |…`). Each header is told apart from the row or the
    prose before it, keeping its cells' places, and every number of 二 and 三 is put back under its own."""
    rec = random_report(random.Random(seed))
    noise = ["reordered_columns", "reordered_applicants", "lines_run_together"]
    text = str(write_noisy(rec, "md", noise, seed))
    assert "|**第二十条第（五）项**| 信息内容 |" in text and text.count("\n") < 5
    got = parse_text(text)
    cells = [c for c in rec.cells if c.startswith(("s2.", "s3."))]
    assert [got.cells[c] for c in cells] == [rec.cells[c] for c in cells]


@pytest.mark.parametrize("seed", [203199, 203221, 203235])
def test_a_row_run_on_to_the_next_tables_caption_and_header_on_a_line_of_its_own(seed: int) -> None:
    """Markdown tables a row a line, but the line breaks after a table's last row and its caption lost
    (`| 其他对外管理服务事项 | 0 | 0 | 0 |**第二十条第（六）项**| 信息内容 | 上一年项目数量 | 处理决定数量 |…`, a
    converter's rows stacked with `<br>` then parted onto lines of their own), each header naming its
    columns in another order: the header is read after the row's last number, every number of 二 put back."""
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "md", ["reordered_columns"], seed))
    text = re.sub(r"\|[ \t]*\n+(\*\*第二十条[^*\n]+\*\*)[ \t]*\n+(\|)", r"|\1\2", text)
    assert text.count("|**第二十条第") == 4 and "||" not in text
    got = parse_text(text)
    cells = [c for c in rec.cells if c.startswith("s2.")]
    assert [got.cells[c] for c in cells] == [rec.cells[c] for c in cells]


def test_a_number_split_by_a_space_in_a_tab_row_under_a_header_in_another_order() -> None:
    """三 a row a line, its cells a tab apart under a header naming 法人或其他组织's kinds in another order
    (社会公益组织 first, 商业企业 fourth), and a stray space inside a row's number (`…\t1\t0\t3 3`): the row
    is put in the template's order by the header, and its numbers are no longer where the tabs put them, so
    the space is read by the row's sum (33), and 商业企业's 1 stays 商业企业's."""
    rec = random_report(random.Random(1530023))
    noise = ["split_numbers", "reordered_applicants", "tab_rows", "stated_counts"]
    text = str(write_noisy(rec, "traditional", noise, 1530023))
    assert "7.屬於行政執(zhí)法案卷\t32\t0\t0\t0\t1\t0\t3 3" in text
    got = parse_text(text)
    cells = [c for c in rec.cells if c.startswith("s3.withheld.")]
    assert [got.cells[c] for c in cells] == [rec.cells[c] for c in cells]


def test_a_spanning_header_right_before_the_first_column_on_one_line_names_no_order() -> None:
    """A PDF's text of 三 printing the sum column alone under 法人或其他组织, its header over two rows and its
    lines run together (`…之和）法人或其他组织自然人 总计一、本年新收… 3532 293 3825`): the row above run on
    before the row below, or an order of its own; every row adds up either way. 自然人's numbers are never
    read as 法人或其他组织's, nor theirs as 自然人's."""
    rec = random_report(random.Random(487974))
    noise = ["repeated_headers", "spanned_applicants", "lines_run_together"]
    text = str(write_noisy(rec, "spaces", noise, 487974))
    assert "法人或其他组织自然人 总计一、本年新收政府信息公开申请数量 3532 293 3825" in text
    got = parse_text(text)
    assert got.cells["s3.received.natural_person"] in (None, 3532)
    assert {c: v for c, v in got.cells.items() if v is not None and v != rec.cells[c]} == {}


@pytest.mark.parametrize(
    "label", ["三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（七）总计"]
)
def test_a_row_printed_empty_whose_label_names_a_column_is_no_header(label: str) -> None:
    """A Markdown 三 whose header names its columns in another order, one row printed empty (`| …（二）部分公开
    （区分处理的，只计这一情形，不计其他情形） |  |  | … |`): its label names 其他 but the line is a row, not a
    header in the template's order — the rows after it are put back in the template's order too."""
    header = (
        "|  | 法人或其他组织 法律服务机构 | 法人或其他组织 商业企业 | 其他 | 自然人 | 科研机构 | 社会公益组织 | 总计 |"
    )
    header = header.replace("| 其他 |", "| 法人或其他组织 其他 |")
    text = (
        f"{header}\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        "| 一、本年新收政府信息公开申请数量 | 1 | 2 | 3 | 40 | 5 | 6 | 57 |\n"
        f"| {label} |  |  |  |  |  |  |  |\n"
        "| 四、结转下年度继续办理 | 0 | 8 | 0 | 12 | 0 | 0 | 20 |\n"
    )
    groups, moved, _ = reorder(text, 0, len(text), (S3,), scan_groups(text, 0, len(text)))
    rows = [[t.text for t in g.tokens] for g in groups if any(t.text for t in g.tokens)]
    assert rows == [["40", "2", "5", "6", "1", "3", "57"], ["12", "8", "0", "0", "0", "0", "20"]]
    assert moved == [S3]
