"""The pre-2019 统计表 read row by row, whatever separates its cells and however its header is broken."""

from __future__ import annotations

import json
import random
import re
from itertools import pairwise
from pathlib import Path

import pytest

from zfxxgk import parse_text
from zfxxgk.document import Document
from zfxxgk.extract.indicators import (
    _NUMBERING,
    _joined,
    _known,
    _label_ends,
    _unnumbered,
    _whereof_start,
    extract_indicators,
)
from zfxxgk.normalize import normalize
from zfxxgk.record import IndicatorRow, Meta, Record
from zfxxgk.render.grid import indicator_grid
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import random_report
from zfxxgk.templates import CELL_NOTE, TEMPLATES

PRE2019 = TEMPLATES["pre2019"]


def rows(text: str) -> list[tuple[str, str | None, dict]]:
    return [(r.label, r.unit, r.values) for r in extract_indicators(text, PRE2019)[0]]


def rules(text: str) -> list[str]:
    return [f.rule for f in extract_indicators(text, PRE2019)[1]]


def test_header_words_broken_by_spaces_and_the_whole_table_on_one_line() -> None:
    text = (
        "附件1：统计表 指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 "
        "2.政府公报公开 条 7 7 行政申诉数 条 0 0 附件下载"
    )
    assert rows(text) == [
        ("主动公开信息数", "条", {"2011年度": 425, "历年累计": 1516}),
        ("网站公开", "条", {"2011年度": 418, "历年累计": 1509}),
        ("政府公报公开", "条", {"2011年度": 7, "历年累计": 7}),
        ("行政申诉数", "条", {"2011年度": 0, "历年累计": 0}),
    ]


@pytest.mark.parametrize("year", ["201 8年度", "20 18年度", "2\n018年度", "201\n8 年度"])
def test_a_year_column_whose_digits_a_fold_broke(year: str) -> None:
    """A fold's line break inside the year column's digits, or the space it became where a page's lines were
    joined by spaces (`指标名称计量单位201 8年度历年累计`): the column is the year's, its two columns read."""
    text = f"指标名称计量单位{year}历年累计主动公开文件数 条 2069 12106 其中：1.政府网站公开数 条 2069 12106"
    assert rows(text) == [
        ("主动公开文件数", "条", {"2018年度": 2069, "历年累计": 12106}),
        ("政府网站公开数", "条", {"2018年度": 2069, "历年累计": 12106}),
    ]


def test_glued_cells_and_numbering_glued_to_the_digits_before() -> None:
    text = (
        "指标名称计量单位2018年度历年累计受理依申请公开信息总数条35"
        "其中：1.当面申请数条122.网上申请数条233.信函、传真申请数条00"
    )
    got = rows(text)
    assert [r[0] for r in got] == ["受理依申请公开信息总数", "当面申请数", "网上申请数", "信函、传真申请数"]
    assert got[1][2] == {"2018年度": 1, "历年累计": 2} and got[3][2] == {"2018年度": 0, "历年累计": 0}


def test_a_glued_pair_that_several_splits_fit_stays_null() -> None:
    text = "指标名称计量单位2018年度历年累计主动公开文件数条206912106行政复议数件00"
    (first, second) = rows(text)
    assert first[2] == {"2018年度": None, "历年累计": None} and second[2] == {"2018年度": 0, "历年累计": 0}
    assert rules(text) == ["value.ambiguous"]


def test_a_glued_row_too_short_for_its_cells_says_so() -> None:
    """A glued row whose digits are fewer than its cells (an OCR letter left unread, `0 O`) has no split:
    null, its finding saying it cannot be split, not that it can be split no ways."""
    text = "指标名称计量单位2018年度历年累计主动公开文件数条12106制发规范性文件总数件0 O（二）行政复议数件00"
    assert rows(text)[1][2] == {"2018年度": None, "历年累计": None}
    found = extract_indicators(text, PRE2019)[1][-1]
    assert found.rule == "value.ambiguous" and "无法拆分成2个数" in found.message and "0种" not in found.message


def test_the_parts_of_a_row_settle_its_glued_split() -> None:
    """206|912106, 2069|12106 and 20|6912106 all fit the running total; only one fits the parts."""
    text = (
        "指标名称 计量单位 2018年度 历年累计 主动公开文件数 条 206912106 其中：1.政府网站公开数 条 2000 12000 "
        "2.政府公报公开数 条 69 106"
    )
    assert rows(text)[0][2] == {"2018年度": 2069, "历年累计": 12106}


def test_parts_in_another_unit_or_that_do_not_add_up_settle_nothing() -> None:
    text = (
        "指标名称 计量单位 2018年度 历年累计 主动公开文件数 条 206912106 其中：1.政府网站公开数 条 2000 12000 "
        "2.政府公报公开数 条 60 106"
    )
    assert rows(text)[0][2] == {"2018年度": None, "历年累计": None}


def test_a_column_printed_as_slashes_leaves_the_sum_in_the_other_to_settle_a_split() -> None:
    """政府公报公开数's 历年累计 printed `/` judges no sum in that column; in 2018年度 the parts (x and 0)
    must make 2069, so 206912106 is 2069 and 12106."""
    text = (
        "指标名称 计量单位 2018年度 历年累计 主动公开文件数 条 2069 12106 其中：1.政府网站公开数 条 206912106 "
        "2.政府公报公开数 条 0 /"
    )
    got = rows(text)
    assert got[1][2] == {"2018年度": 2069, "历年累计": 12106}
    assert got[2][2] == {"2018年度": 0, "历年累计": None}


def test_a_sum_in_one_column_does_not_make_a_single_whereof_row_all_of_its_row() -> None:
    """A row's one 其中 row is a part of it; only all its columns agreeing show it to be all: with 2018年
    printed 不适用, 上年's 16 alone does not split 33216 as 332 and 16."""
    text = "指标名称 计量单位 2018年 上年 主动公开政府信息数 条 不适用 16 其中：主动公开规范性文件数 条 33216"
    assert rows(text)[1][2] == {"2018年": None, "上年": None}


def test_a_sum_in_one_column_does_not_settle_several_glued_rows() -> None:
    """回应公众关注热点…数 `83不适用` over rows whose heading (（二）…见附件) a page lost, read as its 其中 rows:
    in 统计数 alone some split of their glued digits fits 83 by chance (3 and 18, 6 and 7201, …); a sum
    judged in one column settles one glued row only: never 6 and 7201 for 67 and 201."""
    rec = random_report(random.Random(1011869))
    noise = ["word_cells", "saved_markup", "aligned_columns", "bare_headings"]
    got = parse_text(str(write_noisy(rec, "glued", noise, 1011869)))
    truth = {(r.label, c): v for r in rec.indicators for c, v in r.values.items()}
    read = {(r.label, c): v for r in got.indicators for c, v in r.values.items() if v is not None}
    assert {k: v for k, v in read.items() if k in truth and truth[k] != v} == {}


STAFF_GLUED = "指标名称计量单位本年上年主动公开政府信息数条51176从事政府信息公开工作人员数人{}"


@pytest.mark.parametrize("staff", ["26611 39", "266 1139"])
def test_a_space_amid_the_digits_of_a_table_that_runs_them_together_may_be_a_folds(staff: str) -> None:
    """Where most rows run their digits together, `26611 39` may be 266 and 1139, a fold's space amid them:
    as printed it breaks the sum its parts (专职 210|863 and 兼职 56|276) keep with another split, which
    settles it. `266 1139` keeps the sum as printed."""
    got = rows(STAFF_GLUED.format(staff) + " 1.专职人员数人2108632.兼职人员数人56276")
    assert [r[2] for r in got[1:]] == [
        {"本年": 266, "上年": 1139},
        {"本年": 210, "上年": 863},
        {"本年": 56, "上年": 276},
    ]


def test_a_space_amid_glued_digits_that_no_sum_judges_parts_cells() -> None:
    text = STAFF_GLUED.format("26611 39")
    assert rows(text)[1][2] == {"本年": 26611, "上年": 39} and rules(text) == ["value.ambiguous"]


@pytest.mark.parametrize(
    ("words", "staff", "unread"),
    [
        ("主动公开政府 信息数条", {"本年": None, "上年": None}, 2),
        ("主动公开政府信息数 条", {"本年": 26611, "上年": 39}, 1),
    ],
)
def test_a_space_amid_glued_digits_where_the_tables_words_show_a_folds_spaces(
    words: str, staff: dict, unread: int
) -> None:
    """`主动公开政府 信息数`: a space amid a label's words is a fold's line break the lines were joined across;
    the table then may print one amid a row's digits too, and `26611 39` that no sum judges is read neither
    way. A space before a unit's cell (`信息数 条`) is no such sign."""
    text = f"指标名称计量单位本年上年{words}51176从事政府信息公开工作人员数人26611 39"
    assert rows(text)[1][2] == staff
    assert rules(text) == ["value.ambiguous"] * unread


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("政策解读稿件发布数篇13 0665", {"本年": None, "上年": None}),
        ("从事政府信息公开工作人员数人26 61139 1.专职人员数人2108632.兼职人员数人56276", {"本年": 266, "上年": 1139}),
    ],
)
def test_a_space_before_a_group_of_three_where_the_tables_words_show_a_folds_spaces(row: str, want: dict) -> None:
    """`13 0665` in a table whose digits run together and whose words show a fold's spaces (`主动公开政府 信息数`):
    13 066 and 5 (a space parting a number's groups) is one reading, 130 and 665 (a fold's space inside 130)
    another; the row's parts settle which, or neither is read."""
    text = f"指标名称计量单位本年上年主动公开政府 信息数条51176{row}"  # 51176: several splits, no sum
    assert rows(text)[1][2] == want
    assert rules(text) == ["value.ambiguous"] * (1 + (want["本年"] is None))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "指标名称 计量单位 2011年度 历年累计 主动公开政府 信息数 条 0 27 收到申请数 件 13 3 340 "
            "其中：1.当面申请数 件 35 140 2.传真申请数 件 84 9 0 3.网络申请数 件 12 90 4.信函申请数 件 2 20",
            {"收到申请数": (133, 340), "传真申请数": (84, 90)},
        ),
        (
            "指标名称计量单位2015年度历年累计收到申请数件842其中：1.当面申请数件00 2.传真申请数件729 "
            "3.网络申请数件00 4.信函申请数件11 3申请办结数件06",
            {"信函申请数": (1, 13), "收到申请数": (8, 42)},
        ),
    ],
    ids=["a number a cell", "glued"],
)
def test_a_folds_space_amid_a_rows_numbers_is_weighed_by_the_sums(text: str, want: dict) -> None:
    """A table folded and its lines joined by spaces. Printed a number a cell, its words showing a fold's spaces
    (`主动公开政府 信息数`): one may stand inside a number too, `13 3 340` being 133 and 340 as well as 13 and
    3 340, `84 9 0` 84 and 90 as well as 849 and 0 (a running total below the year's: no reading). Its digits
    run together: `11 3` as printed puts the running total (3) below the year's (11), which no report prints;
    the one split that keeps it, 1 and 13 (a fold's space inside 13), is read. The kinds of application under
    their total settle both tables."""
    got = {label: tuple(values.values()) for label, _, values in rows(text)}
    assert {label: got[label] for label in want} == want
    assert rules(text) == []


def test_a_folds_space_inside_a_label_before_its_unit_is_no_word_in_a_cell() -> None:
    """`信函 申请数件13125`, a fold's space inside 信函申请数 (the lines joined by spaces), is that row, read as the
    table without the space reads it: not a row 信函 with a word 申请数件 in a cell of its own because the next
    row's label (申请办结数) would go on from 信函 as 信函申请… does."""
    glued = (
        "指标名称计量单位2015年度历年累计收到申请数件103412当面申请数件555传真申请数件30162网络申请数件5570"
        "信函申请数件13125申请办结数件20123"
    )
    assert rows(glued.replace("信函申请数", "信函 申请数")) == rows(glued)
    assert [label for label, _, _ in rows(glued)][-2:] == ["信函申请数", "申请办结数"]


@pytest.mark.parametrize(
    "header",
    [
        "\n| 数据1 | 数据2 | 数据3 | 数据4 |\n| --- | ---: | ---: | ---: |\n",  # on its own lines
        "## 表七：其他需要报告的事项| 数据1 | 数据2 | 数据3 | 数据4 || --- | ---: | ---: | ---: |",  # rows run together
        "\n数据1\t数据2\t数据3\t数据4 ---\t---:\t---:\t---:\n",  # a tab apart
    ],
)
def test_a_converters_own_header_amid_the_rows_is_no_row(header: str) -> None:
    """A converter's header (`| 数据1 | 数据2 |…`) printed again amid a 统计表 continued on the next page names no
    row: no row 数据 with the header's numbers as its values, the rows around it read."""
    text = (
        "| 指标名称 | 计量单位 | 2016年度 | 历年累计 |\n| --- | ---: | ---: | ---: |\n| 收到申请数 | 件 | 5 | 9 |"
        f"{header}| 信函申请数 | 件 | 2 | 3 |\n| 申请办结数 | 件 | 1 | 4 |\n"
    )
    assert [(label, tuple(v.values())) for label, _, v in rows(text)] == [
        ("收到申请数", (5, 9)),
        ("信函申请数", (2, 3)),
        ("申请办结数", (1, 4)),
    ]


def test_a_converters_own_header_after_a_unit_printed_last_on_a_line_of_tab_rows() -> None:
    """A converter's header amid tab rows run together, the unit column printed last before it
    (`涉及商业秘密\t591\t件\t数据1\t数据2\t数据3\t---\t---:\t---:\t涉及个人隐私\t…`): the unit is the row's, the
    header no row `数据` with its numbers as values."""
    text = (
        "统计指标\t统计数\t单位\t---\t---:\t---:\t其中：涉及国家秘密\t248\t件\t涉及商业秘密\t591\t件\t"
        "数据1\t数据2\t数据3\t---\t---:\t---:\t涉及个人隐私\t769\t件\t"
    )
    assert rows(text) == [
        ("涉及国家秘密", "件", {"统计数": 248}),
        ("涉及商业秘密", "件", {"统计数": 591}),
        ("涉及个人隐私", "件", {"统计数": 769}),
    ]


@pytest.mark.parametrize("mark", ["空", "见附件", "—", "无"])
def test_a_mark_run_into_a_glued_tables_last_value_before_the_prose_is_a_cell(mark: str) -> None:
    """`行政诉讼数件115空 全年接待…`: the word or mark run into the last row's value, white space and the prose after
    it, is that row's second cell, printed empty: 115 and a blank, never 1 and 15."""
    text = f"指标名称计量单位2011年度历年累计行政复议数件1924319行政诉讼数件115{mark} 全年接待群众来访297人次。"
    assert rows(text)[-1][2] == {"2011年度": 115, "历年累计": None}


def test_in_a_table_of_a_number_a_cell_a_space_parts_cells() -> None:
    text = "指标名称计量单位本年上年主动公开政府信息数条51 176从事政府信息公开工作人员数人26611 39"
    assert rows(text)[1][2] == {"本年": 26611, "上年": 39} and rules(text) == []


CHANNELS_GLUED = (
    "指标名称计量单位2013年度历年累计收到申请数件4788 26910当面申请数件{}传真申请数件16898695网络申请数件4872017"
)


def test_the_kinds_of_application_under_their_total_settle_their_glued_splits() -> None:
    """The kinds of application a region's form lists add up to at most those received (4788, 26910 as the
    row prints them): 当面 12847811 splits as 1|2847811, 12|847811, 128|47811 and 1284|7811 within its running
    total; only 1284|7811 leaves its total room in both columns, and so for the others."""
    got = rows(CHANNELS_GLUED.format("12847811"))
    assert [r[2] for r in got[1:]] == [
        {"2013年度": 1284, "历年累计": 7811},
        {"2013年度": 1689, "历年累计": 8695},
        {"2013年度": 487, "历年累计": 2017},
    ]


def test_the_kinds_of_answer_a_region_prints_under_its_total_settle_its_glued_split() -> None:
    """申请答复数 1265 reads 1|265, 12|65 and 126|5 within its running total; the kinds of answer printed
    under it (some of the 2014 form's: 同意公开, 不予公开, 信息不存在) add up to at most it, 8 and 50 alone
    past 1: only 12|65 leaves them room."""
    text = (
        "指标名称计量单位2012年度历年累计主动公开文件数条1210申请答复数件1265其中：同意公开答复数件850"
        "不予公开答复数件15信息不存在数件310行政复议数件01"
    )
    assert rows(text)[1] == ("申请答复数", "件", {"2012年度": 12, "历年累计": 65})


SPACED = (
    "统计指标 单位 2012年度 历年累计\n主动公开政府信息数 条 1520 8760\n全文电子化率 % {}\n收到申请数 件 {}\n"
    "1．当面申请数 件 2 20\n2．网络申请数 件 9 40\n3．信函、传真申请数 件 1 5\n行政复议数 件 0 1\n"
)


@pytest.mark.parametrize(
    ("rate", "received", "read"),
    [
        ("100 100", "12", (None, None)),  # 1 and 2, or 12 and a cell left empty: its channels add up to 12
        ("100 100", "1265", (12, 65)),  # 1265 in one cell neither year's channels let be
        ("100100", "12 65", (12, 65)),  # 100100 is no share in %: 100 and 100
    ],
)
def test_a_row_short_of_its_cells_in_a_table_of_a_number_a_cell(rate: str, received: str, read: tuple) -> None:
    """In a 统计表 whose rows print a number a cell a space apart, a row printing fewer numbers than its cells
    may have left a cell empty, printing nothing, as well as run its digits together: split only where no
    reading with a cell empty keeps the table's sums and bounds, else null with value.ambiguous."""
    got = {label: values for label, _, values in rows(SPACED.format(rate, received))}
    assert tuple(got["收到申请数"].values()) == read
    assert tuple(got["全文电子化率"].values()) == (100, 100)
    assert ("value.ambiguous" in rules(SPACED.format(rate, received))) == (read == (None, None))


@pytest.mark.parametrize("printed", ["11120", "99999999"])
def test_a_glued_kind_of_application_its_total_leaves_open_or_breaks_stays_null(printed: str) -> None:
    """11120 reads 1|1120 and 11|120 within the total alike; no split of 99999999 keeps it: both null."""
    got = rows(CHANNELS_GLUED.format(printed))
    assert got[1][2] == {"2013年度": None, "历年累计": None}
    assert "value.ambiguous" in rules(CHANNELS_GLUED.format(printed))


@pytest.mark.parametrize(("header", "columns"), [("本年 上年", ["本年", "上年"]), ("2017年 累计", ["2017年", "累计"])])
def test_column_headers_as_printed(header: str, columns: list[str]) -> None:
    assert list(rows(f"指标名称 计量单位 {header} 行政复议数 件 1 2")[0][2]) == columns


@pytest.mark.parametrize(
    "text",
    [
        "指标 单位 数量 主动公开信息数 条 425 行政复议数 件 0",
        "项目 | 单位 | 数量\n主动公开信息数 | 条 | 425\n行政复议数 | 件 | 0",
        "指标 数量 单位 主动公开信息数 425 条 行政复议数 0 件 附件下载",
        "指标名称\n数量\n计量单位\n主动公开信息数\n425\n条\n行政复议数\n0\n件",
    ],
)
def test_the_short_header_words_in_any_order(text: str) -> None:
    assert rows(text) == [("主动公开信息数", "条", {"数量": 425}), ("行政复议数", "件", {"数量": 0})]


def test_short_header_words_inside_a_phrase_are_no_header() -> None:
    assert rows("重点建设项目 单位 数量 主动公开信息数 条 425") == []


def test_slash_cells_are_blank_and_named() -> None:
    text = "指标名称计量单位本年度历年累计行政复议数件/2行政诉讼数件 / 0"
    assert rows(text) == [
        ("行政复议数", "件", {"本年度": None, "历年累计": 2}),
        ("行政诉讼数", "件", {"本年度": None, "历年累计": 0}),
    ]
    assert rules(text) == ["table.incomplete", "table.incomplete"]


def test_pipes_with_an_empty_unit_cell_and_trailing_empty_cells() -> None:
    text = "| 指标名称 | 计量单位 | 2012年度 | 历年累计 |\n| 行政复议数 | | 3 | 4 | |\n| 行政诉讼数 | 件 | | 1 |\n"
    assert rows(text) == [
        ("行政复议数", None, {"2012年度": 3, "历年累计": 4}),
        ("行政诉讼数", "件", {"2012年度": None, "历年累计": 1}),
    ]


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("| 行政诉讼数 | 件 | 1 003 | |", {"2010年度": 1003, "历年累计": None}),
        ("| 行政诉讼数 | 件 | 1 003 | 不涉及 |", {"2010年度": 1003, "历年累计": None}),
        ("| 行政诉讼数 | 件 | 1 549 | 不适用 |", {"2010年度": None, "历年累计": None}),  # 1 and 549 fit too
        ("行政诉讼数 件 1 003 12 000", {"2010年度": 1003, "历年累计": 12000}),
    ],
)
def test_a_group_of_three_led_by_a_zero_is_no_cell_of_its_own(row: str, want: dict) -> None:
    """`1 003` beside a blank cell: 003 is the rest of the number its space parts, never a cell read 3."""
    text = f"| 指标名称 | 计量单位 | 2010年度 | 历年累计 |\n{row}\n"
    assert rows(text) == [("行政诉讼数", "件", want)]


@pytest.mark.parametrize("blank", ["空", "待定", "—", "/", "无"])
@pytest.mark.parametrize("sep", [" | ", "\n|\n"])
def test_a_value_with_its_unit_before_a_blank_cell_where_the_unit_column_is_last(blank: str, sep: str) -> None:
    """`主动公开政府信息数 | 1条 | 空 | 条`, the unit column last: the unit after 1 is the value's, the word or
    mark after it a blank cell, neither a row's label."""
    cells = sep.join(["主动公开政府信息数", "1条", blank, "条", "收到申请数", "5件", "7件", "件"])
    text = f"| 指标名称 | 2015年度 | 历年累计 | 计量单位 |\n{cells}\n"
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2015年度": 1, "历年累计": None}),
        ("收到申请数", "件", {"2015年度": 5, "历年累计": 7}),
    ]


def test_a_row_printed_without_values_is_kept_empty_and_prose_ends_the_table() -> None:
    text = "指标名称 计量单位 2012年度 历年累计\n行政复议数 件\n行政诉讼数 件 0 0\n以上数据截至2012年12月31日。5 6"
    assert rows(text) == [
        ("行政复议数", "件", {"2012年度": None, "历年累计": None}),
        ("行政诉讼数", "件", {"2012年度": 0, "历年累计": 0}),
    ]


@pytest.mark.parametrize("sep", ["\t", " ", "|"])
def test_rows_printed_empty_glued_before_a_row_take_none_of_its_cells(sep: str) -> None:
    # a converter pulled two rows' cells out before them and ran their labels into the next row's
    text = sep.join(
        ["指标名称", "计量单位", "2011年度", "历年累计", "不同意公开答复数", "件", "795", "2538", "5.85", "645.85"]
        + ["实际收取的总金额万元申请行政复议数件提起行政诉讼数件", "614", "3077", "行政复议数", "件", "548", "1137"]
    )
    assert rows(text)[1:] == [
        ("实际收取的总金额", "万元", {"2011年度": None, "历年累计": None}),
        ("申请行政复议数", "件", {"2011年度": None, "历年累计": None}),
        ("提起行政诉讼数", "件", {"2011年度": 614, "历年累计": 3077}),
        ("行政复议数", "件", {"2011年度": 548, "历年累计": 1137}),
    ]
    assert rows(text)[0][2] == {"2011年度": None, "历年累计": None}  # four numbers for two cells
    found = rules(text)  # the two rows printed empty, and the four numbers for two cells
    assert len(found) == 3 and found.count("table.incomplete") >= 2


def test_a_form_heading_followed_by_numbers_pulled_out_of_the_rows_below_is_no_row() -> None:
    # a converter pulled the two rows' cells out before their labels, after the heading over them
    text = (
        "| 指标名称 | 计量单位 | 本年 | 上年 |\n|---|---|---|---|\n| 七、依申请公开信息收取的费用 | 万元 | 0 | 0 |\n"
        "| 八、机构建设和保障经费情况 | — | — | — |\n| 3 | 1 |\n| 2 | 2 |\n|---|---|\n\n"
        "（一）政府信息公开工作专门机构数\n个\n（二）设置政府信息公开查阅点数\n个\n\n"
        "| （三）从事政府信息公开工作人员数 | 人 | 5 | 4 |\n"
    )
    got = rows(text)
    assert [r[0] for r in got] == [
        "依申请公开信息收取的费用",
        "政府信息公开工作专门机构数",
        "设置政府信息公开查阅点数",
        "从事政府信息公开工作人员数",
    ]
    assert got[1][2] == got[2][2] == {"本年": None, "上年": None}
    assert got[3][2] == {"本年": 5, "上年": 4}


def test_one_row_run_into_its_labels_tail_does_not_make_a_spaced_table_glued() -> None:
    # the lines run together: one row prints its label's tail after its cells, run into the last of them; the
    # note's digits are the template's, the rest the cell's
    text = (
        "统计指标 单位 本年 上年一、主动公开情况 — — —（一）主动公开政府信息数（不同渠条 499 735"
        "道和方式公开相同信息计1条）其中：主动公开规范性文件数 条 992 6003制发规范性文件总数 件 316 354"
        "（二）通过不同渠道和方式公开政府— — —信息的情况"
        "1．政府公报公开政府信息数 条 1017 11492．政府网站公开政府信息数 条 474 3794二、回应解读情况 — — —"
        "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计 次 586 55651次）"
        "（二）通过不同渠道和方式回应解读的情况 — — —1．参加或举办新闻发布会总次数 次 323 1574"
        "其中：主要负责同志参加新闻发布会次数 次 540 2199"
    )
    got = {label: values for label, _, values in rows(text)}
    assert got["主动公开规范性文件数"] == {"本年": 992, "上年": 6003}
    assert got["制发规范性文件总数"] == {"本年": 316, "上年": 354}
    assert got["政府网站公开政府信息数"] == {"本年": 474, "上年": 3794}
    assert got["参加或举办新闻发布会总次数"] == {"本年": 323, "上年": 1574}
    # … the odd row itself: its last cell's digits run into its note's (5565 and the note's 计1次)
    assert got["回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）"] == {"本年": 586, "上年": 5565}


@pytest.mark.parametrize("word", ["待定", "不适用", "—"])
def test_a_word_cell_before_a_cell_run_into_its_labels_tail(word: str) -> None:
    """`…舆情计 次 待定 571次）`: the row's label wrapped round its cells, its first cell a word for a number, its
    last run into the note's digits. The row is read, its label whole, 57 the cell's and the word cell null
    with a finding; it was lost, the word taken for a piece of the label."""
    text = (
        "统计指标 单位 统计数 上年一、主动公开情况 — — —（一）主动公开政府信息数 条 63 412二、回应解读情况 — — —"
        f"（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计 次 {word} 571次）"
        "（二）通过不同渠道和方式回应解读的情况 — — —1．参加或举办新闻发布会总次数 次 54 351"
    )
    got = extract_indicators(text, PRE2019)
    assert [(r.label, r.unit, r.values) for r in got.rows][1] == (
        "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）",
        "次",
        {"统计数": None, "上年": 57},
    )
    assert [f.rule for f in got.findings] == ["table.incomplete"]


@pytest.mark.parametrize("rule", ["---\t---:\t---:\t---:", "|:---|---:|:---:|---|", "--- --- ---"])
def test_a_markdown_rule_run_into_the_rows_is_no_label(rule: str) -> None:
    text = f"指标名称\t计量单位\t2011年度\t历年累计\t{rule}\t主动公开政府信息数\t条\t642\t2184\t收到申请数\t件\t3\t9"
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2011年度": 642, "历年累计": 2184}),
        ("收到申请数", "件", {"2011年度": 3, "历年累计": 9}),
    ]


def test_a_site_menu_after_the_table_is_no_row() -> None:
    """`…行政申诉数条00` then the page's menu `行政许可 行政处罚 规范性文件 规章`: no row 规范性文 (件)."""
    text = "指标名称计量单位2011年度历年累计行政复议数条00行政申诉数条00\n依申请公开\n行政许可\n规范性文件\n规章\n"
    assert rows(text) == [
        ("行政复议数", "条", {"2011年度": 0, "历年累计": 0}),
        ("行政申诉数", "条", {"2011年度": 0, "历年累计": 0}),
    ]
    assert rules(text) == []
    assert rows("指标名称 计量单位 2012年度 历年累计\n行政诉讼数 件 0 0\n行政复议数 件\n")[-1][0] == "行政复议数"


@pytest.mark.parametrize(
    "prose",
    [
        "全年共组织政务公开培训3次，培训人员150人次。",
        "全年共组织政务公开培训3次。",
        "联系电话：0591-24336240",
        "2012年，我们将继续加大公开力度，主动公开信息不少于500条。",
    ],
)
@pytest.mark.parametrize("sep", ["\n", " | ", ""])
@pytest.mark.parametrize("bracketed", [False, True])
def test_prose_printed_after_a_table_of_units_is_no_row(prose: str, sep: str, bracketed: bool) -> None:
    """A sentence after the last row, its words no label and printing no unit, is not read as rows: the
    units in a column of their own, or in brackets after each label."""
    if bracketed:
        text = sep.join(["指标名称", "2011年度", "历年累计", "行政复议数(条)", "0", "0"])
        text += sep.join(["", "行政申诉数(条)", "1", "2"]) + "\n" + prose + "\n"
    else:
        text = sep.join(["指标名称", "计量单位", "2011年度", "历年累计", "行政复议数", "条", "0", "0"])
        text += sep.join(["", "行政申诉数", "条", "1", "2"]) + "\n" + prose + "\n"
    assert rows(text) == [
        ("行政复议数", "条", {"2011年度": 0, "历年累计": 0}),
        ("行政申诉数", "条", {"2011年度": 1, "历年累计": 2}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize("prose", ["", "\n特此报告。", " 特此报告。全年接待群众来访310人次。", "联系地址：XX大楼189室"])
def test_a_word_cell_after_a_rows_number_and_before_the_prose_that_ends_the_table(prose: str) -> None:
    """`行政诉讼数件650见附件 特此报告。…`: 见附件 is the row's second cell, printing no number, the prose after
    it no part of the row: never 6 and 50."""
    text = "指标名称计量单位2018年度历年累计申请行政复议数件10362614行政诉讼数件650见附件" + prose
    assert rows(text)[-1] == ("行政诉讼数", "件", {"2018年度": 650, "历年累计": None})


def test_a_note_that_runs_on_into_prose_after_the_table_is_no_note_amid_cells() -> None:
    """`行政诉讼数件00 注：…。联系地址：…大楼270室`: 270 is the prose's, not the row's second cell."""
    text = "指标名称计量单位2008年度历年累计行政诉讼数件00 注：本表数据统计期限为2008年1月1日至2008年12月31日。"
    assert rows(text + "联系地址：林塘乡政府大楼270室特此报告。") == [
        ("行政诉讼数", "件", {"2008年度": 0, "历年累计": 0})
    ]


def test_a_last_row_printing_no_unit_before_no_prose_stays_a_row() -> None:
    text = "指标名称 计量单位 2011年度 历年累计\n行政复议数 条 0 0\n行政申诉数 1 2\n"
    assert rows(text)[-1] == ("行政申诉数", None, {"2011年度": 1, "历年累计": 2})


GLUED = "指标名称计量单位2018年度历年累计主动公开文件数条206912106其中：1.政府网站公开数条2069121062.政府公报公开数条00"


def test_the_prose_figure_for_the_year_settles_a_glued_pair_and_its_parts() -> None:
    text = "（一）主动公开政府信息的数量2018年全区主动公开政府信息2069条。" + GLUED
    got = [r.values for r in extract_indicators(text, PRE2019, 2018)[0]]
    assert got[:2] == [{"2018年度": 2069, "历年累计": 12106}] * 2


@pytest.mark.parametrize(
    "prose",
    ["2018年全区主动公开政府信息1913条。", "截至2018年底累计主动公开政府信息206条。", "2017年主动公开政府信息206条。"],
)
def test_a_prose_figure_that_fits_no_split_or_is_not_the_years_settles_nothing(prose: str) -> None:
    got = [r.values for r in extract_indicators(prose + GLUED, PRE2019, 2018)[0]]
    assert got[0] == {"2018年度": None, "历年累计": None}


def test_the_national_form_of_2014_with_its_own_header_words() -> None:
    text = (
        "附件 政府信息公开情况统计表 统计指标 单位 统计数 "
        "主动公开政府信息数 条 120 其中：主动公开规范性文件数 条 12 收到申请数 件 3"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"统计数": 120}),
        ("主动公开规范性文件数", "条", {"统计数": 12}),
        ("收到申请数", "件", {"统计数": 3}),
    ]


def test_a_markdown_heading_inside_the_table_is_no_row() -> None:
    text = (
        "| 指标名称 | 计量单位 | 2012年度 | 历年累计 |\n| 行政复议数 | 件 | 1 | 2 |\n\n"
        "## 表七：其他需要报告的事项\n\n| 行政诉讼数 | 件 | 3 | 4 |\n"
    )
    assert [r[0] for r in rows(text)] == ["行政复议数", "行政诉讼数"]


def test_group_headings_over_rows_are_no_rows_and_their_numbering_is_not_a_label() -> None:
    text = (
        "| 统计指标 | 单位 | 统计数 |\n| 一、主动公开情况 | | |\n| （一）主动公开政府信息数 | 条 | 120 |\n"
        "| 其中：主动公开规范性文件数 | 条 | 12 |\n| 二、依申请公开情况 | | |\n| （一）收到申请数 | 件 | 3 |\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"统计数": 120}),
        ("主动公开规范性文件数", "条", {"统计数": 12}),
        ("收到申请数", "件", {"统计数": 3}),
    ]
    assert rules(text) == []


def test_group_headings_run_into_the_rows_on_one_line() -> None:
    text = (
        "统计指标 单位 统计数 一、主动公开情况 （一）主动公开政府信息数 条 120 "
        "二、依申请公开情况 （一）收到申请数 件 3 1.当面申请数 件 1 2.信函、传真申请数 件 0"
    )
    assert [r[0] for r in rows(text)] == ["主动公开政府信息数", "收到申请数", "当面申请数", "信函、传真申请数"]
    assert rules(text) == []


# --- the real 统计表 in the column orders other regions print ------------------------------------


def _reprinted(gold: dict, shape: str, sep: str) -> str:
    """The gold 统计表 of a real report printed with a 序号 column, its unit column last, or as two
    columns with the unit in the label (`主动公开信息数（条）`, this year's column only)."""
    inds = gold["indicators"]
    cols = list(inds[0]["values"])

    def vals(i: dict) -> list[str]:
        return [str(v) for v in i["values"].values()]

    if shape == "numbered":
        table = [["序号", "指标名称", "计量单位", *cols]]
        table += [[str(k), i["label"], i["unit"], *vals(i)] for k, i in enumerate(inds, 1)]
    elif shape == "units_last":
        table = [["指标名称", *cols, "计量单位"]] + [[i["label"], *vals(i), i["unit"]] for i in inds]
    else:
        table = [["指标名称", cols[0]]] + [[f"{i['label']}（{i['unit']}）", vals(i)[0]] for i in inds]
    if sep in ("|", "md"):  # between pipes, in Markdown with its rule under the header
        rows = ["| " + " | ".join(row) + " |" for row in table]
        return "\n".join(rows[:1] + ["|---" * len(table[0]) + "|"] * (sep == "md") + rows[1:])
    return (" " if sep == " " else "\n").join(sep.join(row) for row in table)


@pytest.mark.parametrize("shape", ["numbered", "units_last", "two_columns"])
@pytest.mark.parametrize("sep", [" ", "|", "md", "\n"])
def test_real_statistics_in_other_column_orders(shared: Path, shape: str, sep: str) -> None:
    """Every real 统计表 in shared, put back into its report in another shape: the same rows."""
    reports = 0
    for gold_path in sorted((shared / "gold").glob("*/*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = next((shared / gold_path.parent.name).glob(f"{gold_path.stem}.txt"), None)
        if not gold.get("indicators") or source is None:
            continue
        text = source.read_text(encoding="utf-8")
        start = text.index("指标名称")
        end = min([i for m in ("附件下载", "扫一扫") if (i := text.find(m, start)) >= 0] or [len(text)])
        got = parse_text(f"{text[:start]}\n{_reprinted(gold, shape, sep)}\n{text[end:]}")
        want = [
            (i["label"], i["unit"], dict(list(i["values"].items())[: 1 if shape == "two_columns" else None]))
            for i in gold["indicators"]
        ]
        assert [(r.label, r.unit, r.values) for r in got.indicators] == want, source.name
        reports += 1
    assert reports == 6


# --- the national form of 2014 ------------------------------------------------------------------

NATIONAL = (
    "统计指标 | 单位 | 统计数\n一、主动公开情况 | — | —\n"
    "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） | 条 | 1250\n"
    "其中：主动公开规范性文件数 | 条 | 12\n"
    "二、回应解读情况 | — | —\n（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次） | 次 | 6\n"
    "四、行政复议数量 | 件 | 2\n（一）维持具体行政行为数 | 件 | 1\n（二）被依法纠错数 | 件 | 1\n"
    "（三）其他情形数 | 件 | 0\n"
    "五、行政诉讼数量 | 件 | 1\n（一）维持具体行政行为或者驳回原告诉讼请求数 | 件 | 0\n（二）被依法纠错数 | 件 | 0\n"
    "（三）其他情形数 | 件 | 1\n八、机构建设和保障经费情况 | — | —\n"
    "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费） | 万元 | 2.5\n"
    "九、政府信息公开会议和培训情况 | — | —\n（三）接受培训人员数 | 人次 | 40\n"
)
NATIONAL_ROWS = [
    ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": 1250}),
    ("主动公开规范性文件数", "条", {"统计数": 12}),
    ("回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", {"统计数": 6}),
    ("行政复议数量", "件", {"统计数": 2}),
    ("维持具体行政行为数", "件", {"统计数": 1}),
    ("被依法纠错数", "件", {"统计数": 1}),
    ("其他情形数", "件", {"统计数": 0}),
    ("行政诉讼数量", "件", {"统计数": 1}),
    ("维持具体行政行为或者驳回原告诉讼请求数", "件", {"统计数": 0}),
    ("被依法纠错数", "件", {"统计数": 0}),
    ("其他情形数", "件", {"统计数": 1}),
    ("政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", {"统计数": 2.5}),
    ("接受培训人员数", "人次", {"统计数": 40}),
]


def test_the_national_form_its_notes_headings_and_rows_alike_in_two_sections() -> None:
    """A digit in a label's note is no value, a long label with its note does not end the table,
    headings printed — are no rows, and a label met under 行政复议 and again under 行政诉讼 is kept twice."""
    assert rows(NATIONAL) == NATIONAL_ROWS
    assert rules(NATIONAL) == []


@pytest.mark.parametrize("bracket", ["（）", "()"])
def test_a_label_keeps_its_punctuation_as_printed(bracket: str) -> None:
    table = NATIONAL.replace("（不", bracket[0] + "不", 1).replace("条）", "条" + bracket[1], 1)
    got = parse_text("2016年政府信息公开工作年度报告\n附件\n" + table)
    assert got.indicators[0].label == f"主动公开政府信息数{bracket[0]}不同渠道和方式公开相同信息计1条{bracket[1]}"
    assert got.indicators[2].label == NATIONAL_ROWS[2][0]


def test_a_label_wrapped_round_its_cells_and_a_note_on_a_line_of_its_own() -> None:
    text = (
        "统计指标 单位 统计数\n（一）主动公开政府信息数（不同渠\n条 1250\n道和方式公开相同信息计1条）\n"
        "（一）回应公众关注热点或重大舆情\n数（不同方式回应同一热点或舆情计 次 6\n1次）\n"
        "其中：主要负责同志参加政府网站在\n次 1\n线访谈次数\n"
        "（四）政府信息公开专项经费 万元 2.5\n（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）\n"
        "（三）接受培训人员数 人次 40\n"
    )
    assert rows(text) == [
        NATIONAL_ROWS[0],
        NATIONAL_ROWS[2],
        ("主要负责同志参加政府网站在线访谈次数", "次", {"统计数": 1}),
        *NATIONAL_ROWS[-2:],
    ]


@pytest.mark.parametrize(
    "row",
    [
        "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\n1250\n1757\n）\n",
        "（一）主动公开政府信息数（不同渠\n道和方式公开相同信息\n计1条）（\n条 1250\n1757\n）\n",
        "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）（条 1250\n1757\n）\n",
    ],
)
def test_a_bracket_closed_alone_on_the_line_after_a_rows_last_number_is_no_row_number(row: str) -> None:
    """A label's or unit's bracket left open before its cells and closed on a line of its own after them
    (a cell's label wrapped round its numbers): the 7 of 1757 and that ） are no next row's number 7）."""
    text = f"统计指标 单位 统计数 上年\n{row}（三）接受培训人员数 人次 40 38\n"
    got = rows(text)
    assert got[0][2] == {"统计数": 1250, "上年": 1757}
    assert got[-1] == ("接受培训人员数", "人次", {"统计数": 40, "上年": 38})


def test_labels_in_brackets_of_a_row_printed_empty_and_the_next_row_run_together_are_two_rows() -> None:
    """Rows run together, each unit in brackets after its label, one row printing no number before the next
    row's label (`按时办结数（件）延期办结数（件）433`: its digits never printed, or gone with a page's footer
    glued to them, `…1080` then `11/12`, whose page nothing tells): a row of its own, empty, and the numbers
    the next one's, not one label 按时办结数（件）延期办结数 with them. A row printing nothing shows the table
    may print an empty cell so: each row's digits are then one number and an empty cell as well as two (728:
    7 and 28, or 728 and a blank), which no sum here settles."""
    text = (
        "指标名称计量单位2011年度历年累计申请办结数（件）728按时办结数（件）延期办结数（件）433同意公开答复数（件）110"
    )
    empty = {"2011年度": None, "历年累计": None}
    assert rows(text) == [
        ("申请办结数", "件", empty),
        ("按时办结数", "件", empty),
        ("延期办结数", "件", empty),
        ("同意公开答复数", "件", empty),
    ]
    assert rules(text) == ["table.incomplete", "value.ambiguous", "value.ambiguous", "value.ambiguous"]


def test_a_full_stop_after_a_value_that_a_fold_put_on_the_next_line_ends_the_cell_not_the_table() -> None:
    """A row's last value, a full stop after it (`0.95。 |`), folded between them (`| 万元 | 0.95` / `。 |`): the
    end of the cell, the rows after it read, not prose that ends the table."""
    text = (
        "| 统计指标 | 单位 | 统计数 |\n| --- | --- | --- |\n| （三）接受培训人员数 | 人次 | 40 |\n"
        "| （四）政府信息公开专项经费 | 万元 | 0.95\n。 |\n| （一）召开政府信息公开工作会议或专题会议数 | 次 | 2 |\n"
    )
    assert [(label, values) for label, _, values in rows(text)] == [
        ("接受培训人员数", {"统计数": 40}),
        ("政府信息公开专项经费", {"统计数": 0.95}),
        ("召开政府信息公开工作会议或专题会议数", {"统计数": 2}),
    ]


@pytest.mark.parametrize("stop", ["133 。294。", "133。 294。", "133\n。294。"])
def test_a_full_stop_after_a_value_a_folds_space_before_it_ends_the_cell_not_the_table(stop: str) -> None:
    """Cells ending in full stops, the lines folded and joined by spaces (`涉及商业秘密件133 。294。`, seed
    1991704): the stop after the space ends the cell, the rows after it read, not prose that ends the table."""
    text = (
        f"统计指标单位统计数上年其中：涉及国家秘密件7。530。涉及商业秘密件{stop}涉及个人隐私件43。209。"
        "危及国家安全、公共安全、经济安全和社会稳定件3。20。"
    )
    assert [(label, values) for label, _, values in rows(text)] == [
        ("涉及国家秘密", {"统计数": 7, "上年": 530}),
        ("涉及商业秘密", {"统计数": 133, "上年": 294}),
        ("涉及个人隐私", {"统计数": 43, "上年": 209}),
        ("危及国家安全、公共安全、经济安全和社会稳定", {"统计数": 3, "上年": 20}),
    ]


def test_a_unit_on_the_line_after_the_cells_in_the_bracket_the_label_left_open_is_the_labels() -> None:
    """A label wrapped round its cells, its unit's bracket opened before them and the unit and its close on
    the lines after (`…计1条）( 358 2531` / `条` / `)`): the unit is the row's, in its bracket, not the rest of
    a cell a fold cut between its number and its unit."""
    text = (
        "统计指标 单位 统计数 上年\n（一）主动公开政府信息数（不同渠\n道和方式公开相同信息\n计1条）( 358 2531\n条\n)\n"
        "（三）接受培训人员数 人次 40 38\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": 358, "上年": 2531}),
        ("接受培训人员数", "人次", {"统计数": 40, "上年": 38}),
    ]


@pytest.mark.parametrize("word", ["（单位：件）", "（类别）"])
def test_a_word_after_a_two_character_unit_leaves_the_unit_whole(word: str) -> None:
    """A word between a row's unit and its cells (`接受培训人员数 人次 （类别） 2 4`): the unit is the longest the
    row's label ends in, 人次, not 人 with 次 taken into the word."""
    assert rows(f"统计指标 单位 统计数 上年 （三）接受培训人员数 人次 {word} 2 4") == [
        ("接受培训人员数", "人次", {"统计数": 2, "上年": 4})
    ]


def test_a_note_on_a_line_under_its_row_whose_label_ends_in_its_unit_in_brackets() -> None:
    """No unit column, each row's unit in brackets after its label, the label's note printed on the line
    under its row (`（四）政府信息公开专项经费（万元） 2.5` over `（不包括…的经费）`): part of the label, before
    the unit."""
    text = (
        "统计指标 统计数\n（一）主动公开政府信息数（条） 1250\n（不同渠道和方式公开相同信息计1条）\n"
        "（四）政府信息公开专项经费（万元） 2.5\n（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）\n"
        "（三）接受培训人员数（人次） 40\n"
    )
    assert rows(text) == [NATIONAL_ROWS[0], *NATIONAL_ROWS[-2:]]


def test_a_label_wrapped_round_its_one_cell_printing_a_word() -> None:
    """`其中：主要负责同志参加新闻发布会 不涉及 次数(次)` on one line: the row, its cell blank; the rows around it
    in their places."""
    text = (
        "统计指标 单位 统计数 1．参加或举办新闻发布会总次数(次) 11 其中：主要负责同志参加新闻发布会 不涉及 次数(次) "
        "2．政府网站在线访谈次数(次) 54\n"
    )
    assert rows(text) == [
        ("参加或举办新闻发布会总次数", "次", {"统计数": 11}),
        ("主要负责同志参加新闻发布会次数", "次", {"统计数": None}),
        ("政府网站在线访谈次数", "次", {"统计数": 54}),
    ]


@pytest.mark.parametrize("word", ["（单位：件）", "办理情况"])
def test_a_word_between_the_first_words_of_a_label_wrapped_round_its_cell_and_the_cell(word: str) -> None:
    """`其中：主要负责同志参加新闻发布会` / a word / `12` / `次数（次）`, a cell a line: the word is no row and
    no part of the label, which goes on after the cell; the rows after it keep their places."""
    text = (
        "统计指标 统计数\n1．参加或举办新闻发布会总次数（次） 22\n其中：主要负责同志参加新闻发布会\n"
        f"{word}\n12\n次数（次）\n危及国家安全、公共安全、经济安全\n{word}\n3\n和社会稳定（件）\n"
        "2．政府网站在线访谈次数（次） 5\n"
    )
    assert rows(text) == [
        ("参加或举办新闻发布会总次数", "次", {"统计数": 22}),
        ("主要负责同志参加新闻发布会次数", "次", {"统计数": 12}),
        ("危及国家安全、公共安全、经济安全和社会稳定", "件", {"统计数": 3}),
        ("政府网站在线访谈次数", "次", {"统计数": 5}),
    ]
    assert rules(text) == []


def test_a_label_wrapped_over_three_lines_its_unit_broken_at_the_bracket() -> None:
    """`同意部分公` / `开答复数（` / `件） 289 2807`: the middle piece with the last begins no label, the three
    together do; one row, not `件）`."""
    text = (
        "指标名称 2017年度 历年累计\n同意公开答复数（件） 430 1208\n同意部分公\n开答复数（\n件） 289\n2807\n"
        "不同意公开答复数（件） 1168 4946\n"
    )
    assert rows(text) == [
        ("同意公开答复数", "件", {"2017年度": 430, "历年累计": 1208}),
        ("同意部分公开答复数", "件", {"2017年度": 289, "历年累计": 2807}),
        ("不同意公开答复数", "件", {"2017年度": 1168, "历年累计": 4946}),
    ]


def test_a_label_wrapped_over_lines_its_units_bracket_broken_round_its_cell() -> None:
    """`（一）主动公开政府信息数（不同渠` / `道和方式公开相同信息计1条） ( 0` / `条)`: the unit's bracket opened
    before the cell and closed after it; one row, its whole label and its unit."""
    text = (
        "统计指标 统计数\n（一）主动公开政府信息数（不同渠\n道和方式公开相同信息计1条） ( 0 \n条)\n"
        "其中：主动公开规范性文件数 (条) 2\n"
    )
    assert rows(text) == [
        (NATIONAL_ROWS[0][0], "条", {"统计数": 0}),
        ("主动公开规范性文件数", "条", {"统计数": 2}),
    ]


_FIRST = "（一）主动公开政府信息数（不同渠\n道和方式公开"  # the national form's first row, wrapped


@pytest.mark.parametrize(
    ("wrapped", "label", "unit", "values"),
    [
        # the unit's bracket broken inside the unit, its end printed after the cells
        ("实际收取的\n总金额（万 6\n180\n元）", "实际收取的总金额", "万元", (6, 180)),
        # a note's digit ending a line, its bracket closed on the next
        (f"{_FIRST}\n相同信息计1\n条）(条 4\n33\n)", NATIONAL_ROWS[0][0], "条", (4, 33)),
        # … or printed right before the cells, read as the first of them
        (f"{_FIRST}\n相同信息计1 97 97\n条）(条\n)", NATIONAL_ROWS[0][0], "条", (97, 97)),
        # a row's own number before the cells, its mark after them
        ("其中：1 7 35 .信函申 请数(件 )", "信函申请数", "件", (7, 35)),
    ],
)
def test_a_label_wrapped_round_its_cells_inside_its_unit_its_note_or_its_number(
    wrapped: str, label: str, unit: str, values: tuple[int, int]
) -> None:
    """A label wrapped over lines where a PDF's column was narrow, cut inside its unit's brackets (`（万` /
    `元）`), right after its note's digit (`计1` / `条）`) or between its number and the number's mark
    (`其中：1` / `.信函申请数`), its cells between: one row, its whole label, its cells as printed."""
    text = f"指标名称 2012年度 历年累计\n网络申请数(件) 5 6\n{wrapped}\n申请办结数(件) 1 2\n"
    assert rows(text) == [
        ("网络申请数", "件", {"2012年度": 5, "历年累计": 6}),
        (label, unit, dict(zip(("2012年度", "历年累计"), values, strict=True))),
        ("申请办结数", "件", {"2012年度": 1, "历年累计": 2}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        # a row's number before its cells, the number's mark after them, after cells of one or two digits
        (
            "同意部分公开答复数（件） 5 30 其中：1 0 0 、不同意公开答复数（件）",
            [("同意部分公开答复数", "件", (5, 30)), ("不同意公开答复数", "件", (0, 0))],
        ),
        # the rest of a label, its unit, then the next row's 其中 and its first words
        (
            "2．政府 网站在线 254 847 访谈次数 （次） 其中：主要负责同志参加政府网站在 27 43 线访谈次数（次）",
            [("政府网站在线访谈次数", "次", (254, 847)), ("主要负责同志参加政府网站在线访谈次数", "次", (27, 43))],
        ),
        # the rest of a label and its unit in brackets, then the next row's first words
        (
            "同意部分公开答 26 159 复数(件)不同意公 0 10 开答复数(件)",
            [("同意部分公开答复数", "件", (26, 159)), ("不同意公开答复数", "件", (0, 10))],
        ),
        # the unit's bracket closed after the cells, then the next row's first words
        (
            "收到申请数(件 4400 18696 ) 当面申请 1791 9491 数(件)",
            [("收到申请数", "件", (4400, 18696)), ("当面申请数", "件", (1791, 9491))],
        ),
        # a word printed in a cell of its own between the first words and the cells, its line joined by a space
        *(
            (
                f"政府网站在线访谈次数（次） 5 9 其中：主要负责同志参加政府网站在 {word} 27 43 线访谈次数（次）",
                [("政府网站在线访谈次数", "次", (5, 9)), ("主要负责同志参加政府网站在线访谈次数", "次", (27, 43))],
            )
            for word in ("备案类", "（单位：次）", "办理情况")
        ),
        # … its bracket opened a space after the label, before the cells
        (
            "（一）主动公开政府信息数（不同渠 道和方式公开相同信息计1条） （ 5 9 条） "
            "其中：主动公开规范性文件数 （条） 1 2",
            [(NATIONAL_ROWS[0][0], "条", (5, 9)), ("主动公开规范性文件数", "条", (1, 2))],
        ),
        # a note's digit run on to the label's text, its bracket closed after a space
        (
            "（一）主动公开政府信息数（不同渠 道和方式公开 0 0 相同信息计1 条）（条 ） "
            "其中：主动公开 0 0 规范性文件数（ 条）",
            [(NATIONAL_ROWS[0][0], "条", (0, 0)), ("主动公开规范性文件数", "条", (0, 0))],
        ),
    ],
)
def test_labels_wrapped_round_their_cells_on_one_line(printed: str, read: list[tuple[str, str, tuple]]) -> None:
    """The 统计表 on one line whose labels were wrapped round their cells (the lines of a PDF's narrow
    column joined): each label's rest after its cells joined to it, wherever the next row's label begins
    (its number, 其中, after the unit's brackets), each row's cells as printed."""
    text = f"指标名称 2012年度 历年累计 {printed} 实际收取的总金额（万元） 0.28 0.56"
    assert rows(text) == [
        *((label, unit, dict(zip(("2012年度", "历年累计"), values, strict=True))) for label, unit, values in read),
        ("实际收取的总金额", "万元", {"2012年度": 0.28, "历年累计": 0.56}),
    ]
    assert rules(text) == []


def test_a_row_printed_empty_its_unit_in_brackets_after_its_label() -> None:
    """No unit column, each row's unit in brackets after its label, one row printing its label only (its
    numbers printed elsewhere): a row of its own, unread, not dropped."""
    text = (
        "指标名称 本年 上年\n五、行政诉讼数量（件） 4 5\n（一）维持具体行政行为或者驳回原告诉讼请求数（件）\n"
        "（二）被依法纠错数（件） 1 2\n"
    )
    assert rows(text) == [
        ("行政诉讼数量", "件", {"本年": 4, "上年": 5}),
        ("维持具体行政行为或者驳回原告诉讼请求数", "件", {"本年": None, "上年": None}),
        ("被依法纠错数", "件", {"本年": 1, "上年": 2}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_the_rest_of_a_wrapped_label_run_into_the_next_row_on_one_line() -> None:
    text = (
        "统计指标 单位 统计数 危及国家安全、公共安全、经济安全 件 1 和社会稳定 不是《条例》所指政府信息 件 2 "
        "（一）主动公开政府信息数（不同渠 条 3 道和方式公开相同信息计1条） 其中：主动公开规范性文件数 条 4"
    )
    assert [r[0] for r in rows(text)] == [
        "危及国家安全、公共安全、经济安全和社会稳定",
        "不是《条例》所指政府信息",
        NATIONAL_ROWS[0][0],
        "主动公开规范性文件数",
    ]
    assert [r[2]["统计数"] for r in rows(text)] == [1, 2, 3, 4]


def test_a_number_alone_in_its_cell_is_not_split_over_an_empty_cell() -> None:
    """One cell per line, this year's left empty: 22 is last year's, or this year's; never 2 and 2."""
    text = "统计指标\n单位\n本年\n上年\n当面申请数\n件\n\n22\n传真申请数\n件\n3\n4\n"
    assert rows(text) == [
        ("当面申请数", "件", {"本年": None, "上年": None}),
        ("传真申请数", "件", {"本年": 3, "上年": 4}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize(
    "note",
    [
        "（注：含转办件）",
        "其中：含转办件",
        "(含网上申请)",
        "备注：已办结",
        "注：含转办件",
        "备注已办结",
        "已含转办件",
        "说明：按件统计",
    ],
)
def test_a_note_amid_a_rows_cells_is_no_row(note: str) -> None:
    """A remark printed between a row's cells, one cell per line or all on one line: text inside the row."""
    lines = f"指标名称\n计量单位\n本年\n上年\n当面申请数\n件\n3\n{note}\n13\n传真申请数\n件\n4\n5\n"
    line = f"指标名称 计量单位 本年 上年 当面申请数 件 3 {note} 13 传真申请数 件 4 5"
    for text in (lines, line, line.replace(" ", "")):
        assert rows(text) == [
            ("当面申请数", "件", {"本年": 3, "上年": 13}),
            ("传真申请数", "件", {"本年": 4, "上年": 5}),
        ]
        assert rules(text) == []


@pytest.mark.parametrize("word", ["备案类", "（单位：件）", "办理情况"])
def test_a_word_between_a_label_and_its_first_cell_is_no_row(word: str) -> None:
    """A word alone on its line after a row's label and unit (or a label the template knows, no unit
    column), before its first cell printed one per line: no cell, no row."""
    with_units = f"指标名称\n计量单位\n本年\n上年\n当面申请数\n件\n{word}\n3\n13\n传真申请数\n件\n4\n5\n"
    assert rows(with_units) == [
        ("当面申请数", "件", {"本年": 3, "上年": 13}),
        ("传真申请数", "件", {"本年": 4, "上年": 5}),
    ]
    bare = f"指标名称\n本年\n上年\n当面申请数\n{word}\n3\n13\n传真申请数\n4\n5\n"
    assert rows(bare) == [("当面申请数", None, {"本年": 3, "上年": 13}), ("传真申请数", None, {"本年": 4, "上年": 5})]


@pytest.mark.parametrize("word", ["办理情况", "单位：件", "备案类", "类别", "（单位：件）", "(单位:件)"])
def test_a_word_glued_to_a_label_before_its_cells_the_unit_column_last_is_no_part_of_it(word: str) -> None:
    """A word's cell run in between a row's label the template knows and its cells, the unit column last
    (`延期办结数办理情况2933 件`, `传真申请数（单位：件）20 109件`): no part of the label; a note in brackets glued
    to a label is its own, but a unit's caption is none."""
    text = (
        f"指标名称 2008年度 历年累计 计量单位 收到申请数 3 13 件 当面申请数{word}2 12 件 "
        "网络申请数（含电子邮件） 1 1 件"
    )
    assert rows(text) == [
        ("收到申请数", "件", {"2008年度": 3, "历年累计": 13}),
        ("当面申请数", "件", {"2008年度": 2, "历年累计": 12}),
        ("网络申请数（含电子邮件）", "件", {"2008年度": 1, "历年累计": 1}),
    ]


@pytest.mark.parametrize("word", ["（单位：件）", "（类别）", "办理情况"])
def test_a_word_spaced_after_a_label_before_its_cells_the_unit_column_last_is_no_part_of_it(word: str) -> None:
    """The table on one line, the unit column last, a word a space after a row's label before its cells
    (`同意公开答复数 （单位：件） 9 54 件`): no part of the label, its brackets full-width as printed where the
    text read has them half-width."""
    got = parse_text(
        "2009年政府信息公开工作年度报告\n附件：统计表 指标名称 2009年度 历年累计 计量单位 收到申请数 113 427 件 "
        f"同意公开答复数 {word} 9 54 件 同意部分公开答复数 30 64 件"
    )
    assert [(i.label, i.unit, i.values) for i in got.indicators] == [
        ("收到申请数", "件", {"2009年度": 113, "历年累计": 427}),
        ("同意公开答复数", "件", {"2009年度": 9, "历年累计": 54}),
        ("同意部分公开答复数", "件", {"2009年度": 30, "历年累计": 64}),
    ]


def test_a_row_of_its_own_after_a_label_it_may_continue_is_kept() -> None:
    """A label the template does not know, then words without a unit before the cells: the row's label
    may go on there, or a row of its own begin; the words are not dropped. A unit's row printed empty
    before a row the template knows stays a row."""
    text = "指标名称\n本年\n上年\n办理群众来信\n备案类\n3\n13\n"
    assert rows(text) == [("备案类", None, {"本年": 3, "上年": 13})]
    ruled = "指标名称\n计量单位\n本年\n上年\n当面申请数\n件\n传真申请数\n件\n4\n5\n"
    assert rows(ruled) == [
        ("当面申请数", "件", {"本年": None, "上年": None}),
        ("传真申请数", "件", {"本年": 4, "上年": 5}),
    ]


@pytest.mark.parametrize(
    ("words", "note"),
    [
        ("（注：含转办件）", True),
        ("其中：含转办件", True),
        ("备注已办结", True),
        ("已含转办件", True),
        ("说明：按件统计", True),
        ("其中", True),
        ("已办结", False),  # a word in a cell of its own
        ("条其中:主动公开规范性文件数", False),  # a label a unit runs into
        ("次二、回应解读情况———(一)回应公众关注热点或重大舆情数", False),
        ("(五)网上申请数", False),
    ],
)
def test_what_says_words_amid_cells_are_a_note(words: str, note: bool) -> None:
    assert (re.search(CELL_NOTE, words) is not None) == note


def test_a_note_amid_a_rows_cells_leaves_the_rows_numbering_as_it_was() -> None:
    """The table on one line, a note amid a row's cells: the next row's number (10、) is still looked for
    after it, not taken for a value and the first digit of a 其中 list's 0、."""
    text = "指标名称 计量单位 本年 上年 9、当面申请数 件 123 说明：按件统计 534 10、传真申请数 件 71 229"
    assert rows(text) == [
        ("当面申请数", "件", {"本年": 123, "上年": 534}),
        ("传真申请数", "件", {"本年": 71, "上年": 229}),
    ]


@pytest.mark.parametrize("sep", [" ", "", "\n"])
def test_a_word_that_gives_no_number_is_a_blank_cell(sep: str) -> None:
    """`空` after a row's first value, the next row's label run on after it or not: a blank, not a reason
    to split the value into the row's two cells."""
    text = sep.join(
        ["指标名称", "计量单位", "本年", "上年", "当面申请数", "件", "477", "空", "传真申请数", "件", "4", "5"]
    )
    assert rows(text) == [
        ("当面申请数", "件", {"本年": 477, "上年": None}),
        ("传真申请数", "件", {"本年": 4, "上年": 5}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("cut", ["1267 件7702件", "1267件7702 件", "1267 件7702 件"])
def test_a_value_a_space_before_its_unit_in_a_table_that_prints_each_with_its_unit(cut: str) -> None:
    """`3．同意部分公开答复数件1267 件7702件`: every value printed with its unit, the unit column before them, and
    a fold's space between one and its unit (seed 1900089): the unit is the value's, not the start of a label."""
    text = (
        "统计指标单位统计数上年2．同意公开答复数件1334件4782件3．同意部分公开答复数件"
        f"{cut}4．不同意公开答复数件2648件15303件"
    )
    assert rows(text) == [
        ("同意公开答复数", "件", {"统计数": 1334, "上年": 4782}),
        ("同意部分公开答复数", "件", {"统计数": 1267, "上年": 7702}),
        ("不同意公开答复数", "件", {"统计数": 2648, "上年": 15303}),
    ]


@pytest.mark.parametrize("cell", ["10.71万 元", "10.71 万元", "10.71万元 "])
def test_a_values_unit_broken_by_a_space_in_its_cell(cell: str) -> None:
    """`| 10.71万 元 |`: a `|` table printing each value with its unit, a fold's space inside the unit (seed
    1920197): the unit is the value's, not words added to the row's label."""
    text = (
        "| 统计指标 | 单位 | 统计数 | 历年累计 |\n| --- | --- | --- | --- |\n| 2．兼职人员数 | 人 | 1069人 | 4012人 |\n"
        "| （四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费） | 万元 | "
        f"{cell} | 10.71万元 |\n| （三）接受培训人员数 | 人次 | 1625人 次 | 3252人次 |\n"
    )
    assert rows(text) == [
        ("兼职人员数", "人", {"统计数": 1069, "历年累计": 4012}),
        (
            "政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）",
            "万元",
            {"统计数": 10.71, "历年累计": 10.71},
        ),
        ("接受培训人员数", "人次", {"统计数": 1625, "历年累计": 3252}),
    ]


@pytest.mark.parametrize("sep", ["\t", " ", "\n"])
@pytest.mark.parametrize("word", ["空", "不涉及"])
def test_a_word_that_gives_no_number_after_as_many_numbers_as_cells(sep: str, word: str) -> None:
    """`1   185	空`, a number whose groups a widened space parts, then a word in the last cell (seed 1870299): more
    cells than the row's, so not read (1 and 185 would be wrong), nor the word dropped as no cell's."""
    text = sep.join(["指标名称", "计量单位", "统计数", "上年", "微博微信回应事件数", "次", "1   185", word])
    text += sep + sep.join(["其他方式回应事件数", "次", "11", "142"])
    assert rows(text) == [
        ("微博微信回应事件数", "次", {"统计数": None, "上年": None}),
        ("其他方式回应事件数", "次", {"统计数": 11, "上年": 142}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("sep", ["\n", " | "])
@pytest.mark.parametrize("word", ["见附件", "空", "暂无"])
def test_a_word_in_the_last_cell_of_a_heading_marking_its_unit_column_too_is_a_blank(sep: str, word: str) -> None:
    """`二、回应解读情况 — — 见附件`: a heading prints a mark in the unit column as well as in each value
    column, so a word in its last cell (见附件, whose 附件 would end the table as prose) is a blank of its
    row, and the rows below it are read."""
    text = sep.join(
        ["统计指标", "单位", "统计数", "历年累计", "一、主动公开情况", "—", "—", "—", "（一）主动公开政府信息数", "条"]
        + ["3", "10", "二、回应解读情况", "—", "—", word, "（一）回应公众关注热点或重大舆情数", "次", "2", "5"]
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"统计数": 3, "历年累计": 10}),
        ("回应公众关注热点或重大舆情数", "次", {"统计数": 2, "历年累计": 5}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize(
    "marks",
    [
        "—见附件—",
        "———",
        "暂无——",
        "—空见附件",
        "— 见附件 见附件 ",
        "—空 见附件 ",
        "\t—\t见附件\t—",
        " — 见附件 —",
        "\t—\t暂无\t",
    ],
)
def test_marks_and_words_run_into_a_heading_are_its_blanks(marks: str) -> None:
    """`八、机构建设和保障经费情况—见附件—（一）…` run together, or the first mark run into it and the rest
    parted by spaces (`…情况— 见附件 见附件 （一）…`), or every cell parted by a tab and the last run into the
    next row (`…情况\t—\t见附件\t—（一）…`): the marks and words after a heading of the form are its blank cells,
    not label text (whose 附件 would end the table as prose)."""
    text = (
        "统计指标单位统计数历年累计七、依申请公开信息收取的费用万元00"
        f"八、机构建设和保障经费情况{marks}（一）政府信息公开工作专门机构数个12（二）设置政府信息公开查阅点数个35"
    )
    assert rows(text) == [
        ("依申请公开信息收取的费用", "万元", {"统计数": 0, "历年累计": 0}),
        ("政府信息公开工作专门机构数", "个", {"统计数": 1, "历年累计": 2}),
        ("设置政府信息公开查阅点数", "个", {"统计数": 3, "历年累计": 5}),
    ]


@pytest.mark.parametrize("word", ["空", "不涉及", "—"])
def test_a_word_in_the_last_rows_cell_before_the_tables_note(word: str) -> None:
    """`…（三）接受培训人员数人次空 注：本表数据统计期限为…`: a word that gives no number in the last row's cell,
    then the table's note — the row's blank, the row kept, not a label run on into the note and lost."""
    text = (
        "统计指标单位统计数九、政府信息公开会议和培训情况——（一）召开政府信息公开工作会议或专题会议数次52"
        f"（二）举办各类培训班数次195（三）接受培训人员数人次{word} 注：本表数据统计期限为2016年1月1日至12月31日。"
    )
    assert rows(text)[-1] == ("接受培训人员数", "人次", {"统计数": None})


def _printed(rows: list[list[str]], layout: str) -> str:
    """`rows` of cells printed as `layout` lays a table out: "one" runs them all together."""
    if layout == "one":
        return "".join("".join(r) for r in rows)
    if layout == "lines":
        return "\n".join(c for r in rows for c in r) + "\n"
    if layout == "pipes":
        return "".join(f"| {' | '.join(r)} |\n" for r in rows)
    return "".join(layout.join(r) + "\n" for r in rows)


@pytest.mark.parametrize("layout", [" ", "\t", "pipes", "lines", "one"])
@pytest.mark.parametrize("units_last", [False, True], ids=["units_first", "units_last"])
@pytest.mark.parametrize("cells", [("—", "空", "见附件"), ("空", "见附件", "暂无"), ("见附件", "—", "见附件")])
@pytest.mark.parametrize(
    ("heading", "first", "second", "unit"),
    [
        ("一、主动公开情况", "（一）主动公开政府信息数", "其中：主动公开规范性文件数", "条"),
        ("二、回应解读情况", "（一）回应公众关注热点或重大舆情数", "1．参加或举办新闻发布会总次数", "次"),
        ("三、依申请公开情况", "（一）收到申请数", "1．当面申请数", "件"),
        ("八、机构建设和保障经费情况", "（一）政府信息公开工作专门机构数", "（二）设置政府信息公开查阅点数", "个"),
    ],
)
def test_words_in_the_cells_of_a_heading_are_its_blanks(
    heading: str, first: str, second: str, unit: str, cells: tuple[str, ...], units_last: bool, layout: str
) -> None:
    """`三、依申请公开情况 — 空 见附件`: words that give no number in the cells of one of the form's headings,
    its unit column's too, parted by spaces, tabs, `|` or line breaks, or run together on one line, are its
    blanks — not label text whose 附件 would end the table as prose before the rows under the heading."""

    def row(label: str, unit: str, *values: str) -> list[str]:
        return [label, *values, unit] if units_last else [label, unit, *values]

    header = ["统计指标", "统计数", "上年", "单位"] if units_last else ["统计指标", "单位", "统计数", "上年"]
    text = _printed(
        [
            header,
            row("七、依申请公开信息收取的费用", "万元", "1", "2"),
            row(heading, *cells),
            row(first, unit, "3", "4"),
            row(second, unit, "5", "6"),
        ],
        layout,
    )
    assert [(label, list(values.values())) for label, _, values in rows(text)] == [
        ("依申请公开信息收取的费用", [1, 2]),
        (first.removeprefix("（一）"), [3, 4]),
        (re.sub(r"^(?:其中：|1．|（二）)", "", second), [5, 6]),
    ]
    assert rules(text) == []


@pytest.mark.parametrize("units_last", [False, True], ids=["units_first", "units_last"])
@pytest.mark.parametrize("cells", ["不涉及 见附件 —", "空 空 暂无", "— 不涉及 见附件", "见附件 — 空", "见附件 — —"])
def test_words_in_the_cells_of_a_heading_wrapped_round_them(cells: str, units_last: bool) -> None:
    """`（二）通过不同渠道和方式公开政府` / `不涉及 见附件 —` / `信息的情况`: the words in the cells of one of the
    form's headings wrapped round them are its blanks, the rows under it read — 见附件 too where the unit
    column is last (its 件 no unit)."""
    head, first, last = (
        ("统计指标 统计数 上年 单位", "3 4 条", "1 2 条")
        if units_last
        else ("统计指标 单位 统计数 上年", "条 3 4", "条 1 2")
    )
    text = (
        f"{head}\n（一）主动公开政府信息数 {first}\n"
        f"（二）通过不同渠道和方式公开政府\n{cells}\n信息的情况\n1．政府公报公开政府信息数 {last}\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"统计数": 3, "上年": 4}),
        ("政府公报公开政府信息数", "条", {"统计数": 1, "上年": 2}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize("sep", [" ", ""])
@pytest.mark.parametrize("cells", [["空", "待定"], ["—", "空", "待定"], ["见附件", "—"]])
def test_words_in_the_cells_of_a_heading_after_the_rest_of_a_label_wrapped_past_its_cells(
    sep: str, cells: list[str]
) -> None:
    """`（四）…专项经费（不包 括用于…网站 万元 5.2 建设维护等方面的经费） 九、…培训情况 空 待定 （一）…` on one
    line: the words after the heading, the rest of the row before's label printed before it, are the
    heading's blanks, not label text (附件 prose ending the table) that takes the rows under it."""
    text = sep.join(
        ["统计指标", "单位", "统计数", "（四）政府信息公开专项经费（不包", "括用于政府公报编辑管理及政府网站", "万元"]
        + [
            "5.2",
            "建设维护等方面的经费）",
            "九、政府信息公开会议和培训情况",
            *cells,
            "（一）召开政府信息公开工作会议或",
        ]
        + ["次", "338", "专题会议数", "（二）举办各类培训班数", "次", "484"]
    )
    assert rows(text) == [
        ("政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", {"统计数": 5.2}),
        ("召开政府信息公开工作会议或专题会议数", "次", {"统计数": 338}),
        ("举办各类培训班数", "次", {"统计数": 484}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize("units_last", [False, True], ids=["units_first", "units_last"])
@pytest.mark.parametrize("cells", ["见附件 — —", "空 见附件 —", "— 暂无 见附件"])
def test_words_in_the_cells_of_a_heading_wrapped_round_them_on_one_line(cells: str, units_last: bool) -> None:
    """`… 件 （二）通过不同渠道和方式公开政府 见附件 — — 信息的情况 1．…` on one line: the words after the first
    words of one of the form's headings, the rest of it printed after its cells, are its blanks."""

    def row(label: str, unit: str, values: str) -> str:
        return f"{label} {values} {unit}" if units_last else f"{label} {unit} {values}"

    head = "统计指标 本年 上年 单位" if units_last else "统计指标 单位 本年 上年"
    text = " ".join(
        [head, row("制发规范性文件总数", "件", "75 871"), f"（二）通过不同渠道和方式公开政府 {cells} 信息的情况"]
        + [row("1．政府公报公开政府信息数", "条", "74 229"), row("2．政府网站公开政府信息数", "条", "660 4311")]
    )
    assert rows(text) == [
        ("制发规范性文件总数", "件", {"本年": 75, "上年": 871}),
        ("政府公报公开政府信息数", "条", {"本年": 74, "上年": 229}),
        ("政府网站公开政府信息数", "条", {"本年": 660, "上年": 4311}),
    ]
    assert rules(text) == []


def test_a_running_total_below_the_years_as_printed_is_read_across_a_space_between_groups() -> None:
    """`按时办结数件2471 687` in a table whose digits run together and whose counts a space parts in groups of
    three (`2 765`): as printed, the running total is below the year's; read 247 and 1 687 (or 2 and
    471 687) it is not: never 2471 and 687, null with a finding where the readings differ. `24 716`, whose
    total as printed keeps the rule, is read as printed."""
    head = "指标名称计量单位2012年度历年累计"
    got, findings, _, _ = extract_indicators(head + "按时办结数件2471 687延期办结数件895件2 765", PRE2019)
    assert got[0].values in ({"2012年度": 247, "历年累计": 1687}, {"2012年度": None, "历年累计": None})
    assert got[0].values["2012年度"] is not None or [f.rule for f in findings] == ["value.ambiguous"]
    assert got[1].values == {"2012年度": 895, "历年累计": 2765}
    assert rows(head + "按时办结数件24 716") == [("按时办结数", "件", {"2012年度": 24, "历年累计": 716})]


@pytest.mark.parametrize("gap", ["  ", "\xa0 ", "\u3000", "\xa0"])
def test_a_running_total_below_the_years_across_a_widened_space_in_a_table_spacing_thousands(gap: str) -> None:
    """A table whose counts a space parts in groups of three, half its rows printing more numbers than cells
    (`1 3051 447`: 1 305 and 1 447) and the others two (`7773 329`), so that it may not look run together: a
    widened space (two, a no-break one) before a group of three in a row whose running total is below the
    year's as printed may part a number's groups — `392220  504` is never 392220 and 504, but 3922 and
    20 504 or null."""
    text = (
        "统计项目计量单位2008年度历年累计主动公开政府信息数条1 3051 447新公开规范性文件数条1 1893 928"
        f"收到申请数件392220{gap}504当面申请数件6722{gap}329传真申请数件1 3115 757申请办结数件7773 329"
        "按时办结数件9923 100延期办结数件2992 184同意部分公开答复数件1 3324 450申请行政复议数件2 4935 028"
    )
    got = {r.label: r.values for r in extract_indicators(text, PRE2019, 2008)[0]}
    assert got["收到申请数"] in ({"2008年度": 3922, "历年累计": 20504}, {"2008年度": None, "历年累计": None})
    assert got["当面申请数"] in ({"2008年度": 672, "历年累计": 2329}, {"2008年度": None, "历年累计": None})


@pytest.mark.parametrize("mark", ["（—）", "(-)", "（/）"])
def test_a_heading_whose_unit_in_brackets_is_a_blanks_mark_is_no_row(mark: str) -> None:
    """Units printed in brackets after the labels, no unit column: a heading's unit a blank's mark
    (`（二）通过不同渠道和方式公开政府信息的情况（—）`), its label wrapped round its cells or not, its marks
    spaced from it or not, is no row."""
    head = "统计指标 统计数 历年累计\n（一）主动公开政府信息数（条） 3 10\n"
    after = "1．政府公报公开政府信息数（条） 2 5\n"
    want = [
        ("主动公开政府信息数", "条", {"统计数": 3, "历年累计": 10}),
        ("政府公报公开政府信息数", "条", {"统计数": 2, "历年累计": 5}),
    ]
    assert rows(head + f"（二）通过不同渠道和方式公开政府信息的情况{mark} — —\n" + after) == want
    assert rows(head + f"（二）通过不同渠道和方式公开政府信息的情况{mark}— —\n" + after) == want
    assert rows(head + f"（二）通过不同渠道和方式公开政府信息的情况 {mark[:-1]} {mark[-1]}— — " + after) == want
    assert rows(head + f"（二）通过不同渠道和方式公开政府 — — 信息的情况{mark}\n" + after) == want


def test_a_continued_tables_mark_before_loose_numbers_is_no_row() -> None:
    """`续上表` after a page break, then a row's numbers pulled out of the table (`112`, `666`) before its
    header printed again: no row, nor are the numbers the mark's; the row they were pulled from, its cells
    empty, is null with a finding, and every row keeps its place."""
    text = (
        "| 指标名称 | 2008年度 | 历年累计 |\n| --- | ---: | ---: |\n| 延期办结数（件） | 1986 | 8035 |\n\n"
        "续上表\n\n112\n666\n\n| 指标名称 | 2008年度 | 历年累计 |\n| --- | ---: | ---: |\n"
        "| 申请行政复议数（件） |  |  |\n| 提起行政诉讼数（件） | 879 | 2362 |\n"
    )
    got = rows(text)
    assert [(label, values) for label, _, values in got] == [
        ("延期办结数", {"2008年度": 1986, "历年累计": 8035}),
        ("申请行政复议数", {"2008年度": None, "历年累计": None}),
        ("提起行政诉讼数", {"2008年度": 879, "历年累计": 2362}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_the_next_rows_number_glued_to_a_number_whose_thousands_a_space_parts() -> None:
    """Under a 序号 column, counts printed with their thousands spaced, the next row's number glued to the last
    (`2 收到申请数 件 1 637 8 3113 当面申请数`): 1 637 and 8 311, the 3 the next row's; never 83 113."""
    text = (
        "序号 指标名称 计量单位 2018年度 历年累计 1 主动公开政府信息数 条 252 1174 2 收到申请数 件 1 637 8 3113 "
        "当面申请数 件 1 120 5 6974 传真申请数 件 46 190"
    )
    assert [values for _, _, values in rows(text)[1:3]] == [
        {"2018年度": 1637, "历年累计": 8311},
        {"2018年度": 1120, "历年累计": 5697},
    ]
    assert rules(text) == []


def test_a_note_after_a_rows_cells_before_the_next_rows_number_is_no_row() -> None:
    """Under a 序号 column, one cell per line: a remark after a row's last cell, before the next row's number."""
    text = "序号\n指标名称\n计量单位\n本年\n上年\n1\n当面申请数\n件\n3\n13\n其中：含转办件\n2\n传真申请数\n件\n4\n5\n"
    assert rows(text) == [
        ("当面申请数", "件", {"本年": 3, "上年": 13}),
        ("传真申请数", "件", {"本年": 4, "上年": 5}),
    ]


def test_a_note_shaped_row_under_a_row_a_cell_short_is_a_row() -> None:
    """A remark's words on the next line, after a row's one cell on its label's line, begin a row of
    their own: the row above is left null, never given the next row's numbers."""
    text = "指标名称 本年 上年\n当面申请数 3\n（含网上申请） 4 5\n"
    assert rows(text) == [
        ("当面申请数", None, {"本年": None, "上年": None}),
        ("（含网上申请）", None, {"本年": 4, "上年": 5}),
    ]


@pytest.mark.parametrize("sep", [" ", ""])
def test_rows_numbered_with_a_closing_bracket(sep: str) -> None:
    """`1）当面申请数`: the number is the row's, not a value, also glued to the digits before it (…0162）)."""
    text = (
        "指标名称 计量单位 2012年度 历年累计 收到申请数 件 20 93 其中：1）当面申请数 件 20 65 2）传真申请数 件 0 28 "
        "同意公开答复数 件 1 3 其中：1、同意部分公开答复数 件 0 16 2)不同意公开答复数 件 0 5"
    ).replace(" ", sep)
    got = rows(text)
    assert [r[0] for r in got] == [
        "收到申请数",
        "当面申请数",
        "传真申请数",
        "同意公开答复数",
        "同意部分公开答复数",
        "不同意公开答复数",
    ]
    assert [r[2]["历年累计"] for r in got] == [93, 65, 28, 3, 16, 5]


def test_the_next_rows_number_set_off_from_glued_values_is_no_value() -> None:
    """A 序号 column in glued text: `100100 3` is a row's two values and the next row's number, as is the
    number run into a decimal (`0.04700816申请…`: 0.047008 and 16; `0.13.66`: 0.1, 3.6 and 6)."""
    text = (
        "序号指标名称计量单位2010年度历年累计1主动公开政府信息数条10 12 2全文电子化率%100100 3新公开规范性文件数"
        "条32 67 4实际收取的总金额万元0.011752 0.0470085减免费用总额万元0.13.66申请行政复议数件15 79"
    )
    assert [r[2] for r in rows(text)] == [
        {"2010年度": 10, "历年累计": 12},
        {"2010年度": 100, "历年累计": 100},
        {"2010年度": 32, "历年累计": 67},
        {"2010年度": 0.011752, "历年累计": 0.047008},
        {"2010年度": 0.1, "历年累计": 3.6},
        {"2010年度": 15, "历年累计": 79},
    ]


def test_a_row_one_cell_short_before_the_next_rows_number_is_not_read() -> None:
    """One cell per line, a row's second cell left out: the number under it is the next row's, not a value."""
    text = "序号\n指标名称\n计量单位\n本年\n上年\n1\n当面申请数\n件\n3\n2\n传真申请数\n件\n4\n5\n"
    assert rows(text) == [
        ("当面申请数", "件", {"本年": None, "上年": None}),
        ("传真申请数", "件", {"本年": 4, "上年": 5}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("footer", ["第 9 页", "第9页 共12页"])
def test_a_page_footer_amid_a_table_on_one_line(footer: str) -> None:
    """`… 申请办结数 件 656 765 第 9 页 按时办结数 …`: the footer is no row, no cell, no part of a label."""
    text = f"指标名称 计量单位 2016年度 历年累计 申请办结数 件 656 765 {footer} 按时办结数 件 {footer} 394 2364"
    assert rows(text) == [
        ("申请办结数", "件", {"2016年度": 656, "历年累计": 765}),
        ("按时办结数", "件", {"2016年度": 394, "历年累计": 2364}),
    ]


@pytest.mark.parametrize("footer", ["- 1 -", "— 1 —"])
def test_a_page_footer_after_a_rows_cells_and_after_the_prose_on_one_line(footer: str) -> None:
    """A page's lines joined by spaces: `… 申请办结数 件 656 765 - 1 - 按时办结数 …` (the footer after a row's
    cells, more than the row holds, is no cell of it) and the office's address with the last page's footer
    after the table (`联系地址：…大楼 89 室 - 2 -`: no row)."""
    last = footer.replace("1", "2")
    text = (
        f"指标名称 计量单位 2016年度 历年累计 申请办结数 件 656 765 {footer} 按时办结数 件 394 2364 "
        f"联系地址：湾塘市政府大楼 89 室 {last}"
    )
    assert rows(text) == [
        ("申请办结数", "件", {"2016年度": 656, "历年累计": 765}),
        ("按时办结数", "件", {"2016年度": 394, "历年累计": 2364}),
    ]
    # a row of three cells short of its cells before the footer: its dashes and 1 may be cells, unread
    assert rows(f"指标名称 2016年度 上年 历年累计 申请办结数 656 765 {footer}") == [
        ("申请办结数", None, {"2016年度": None, "上年": None, "历年累计": None}),
    ]


@pytest.mark.parametrize("cells", ["1.42246. 2672", "1.5 6. 25"])
def test_a_decimal_point_a_fold_cut_from_its_digits_is_no_row(cells: str) -> None:
    """A fold right after a decimal point, the lines then joined by spaces (`1.42246. 2672` for 1.4224 and
    6.2672): the point is no row's label, and the row it cuts has no cells read from its pieces (1.5 and 6
    were no reading of `1.5 6. 25`), but null with a finding."""
    text = f"指标名称 计量单位 2018年度 历年累计 实际收取的总金额 万元 {cells} 申请行政复议数 件 75 392"
    assert rows(text) == [
        ("实际收取的总金额", "万元", {"2018年度": None, "历年累计": None}),
        ("申请行政复议数", "件", {"2018年度": 75, "历年累计": 392}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("word", ["空", "暂无", "不适用"])
def test_a_word_cell_that_ends_the_table_before_the_prose_run_on_after_it(word: str) -> None:
    """The last row's cell printed as a word, the page's prose run on after it (`接受培训人员数人次空 联系地址：
    …大楼142室…`): the word is the row's blank cell, and no digit of the prose is its value."""
    text = (
        "指标名称计量单位统计数（二）举办各类培训班数次2041"
        f"（三）接受培训人员数人次{word} 联系地址：兰亭省政府大楼142室全年接待群众来访247人次。"
    )
    assert rows(text) == [
        ("举办各类培训班数", "次", {"统计数": 2041}),
        ("接受培训人员数", "人次", {"统计数": None}),
    ]


@pytest.mark.parametrize("footer", ["- 4 -", "— 4 —"])
@pytest.mark.parametrize("where", ["before", "among"])
def test_a_page_footer_before_or_among_a_rows_cells_on_one_line(footer: str, where: str) -> None:
    """A page's lines joined by spaces, a cell a line: the footer between the unit and the cells
    (`全文电子化率 %- 4 -100  100`) or between two cells is no cell; read, the row held 4 for 历年累计."""
    cells = f"{footer}100  100" if where == "before" else f"100 {footer} 100"
    head = "指标名称 计量单位 2009年度 历年累计 主动公开政府信息数 条 13 84"
    text = f"{head} 全文电子化率 %{cells} 新公开规范性文件数 条 0 2"
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2009年度": 13, "历年累计": 84}),
        ("全文电子化率", "%", {"2009年度": 100, "历年累计": 100}),
        ("新公开规范性文件数", "条", {"2009年度": 0, "历年累计": 2}),
    ]


@pytest.mark.parametrize("footer", ["— 6 —", "- 6 -", "6/12"])
@pytest.mark.parametrize(
    "before",
    ["（二）通过不同渠道和方式回应解读的情况———", "1．参加或举办新闻发布会总次数次16。48。"],
    ids=["after_a_heading", "after_a_row"],
)
def test_a_page_footer_run_on_before_the_header_printed_again(before: str, footer: str) -> None:
    """`…回应解读的情况———6/12统计指标单位统计数上年1．参加…` on one line: a page's footer (`— 6 —`, `6/12`) run on
    between a heading's marks or a row's cells and the 统计表's header printed again after the break, the
    text in its one form — no cell of that row, and the heading no row."""
    rows_ = [
        "（一）回应公众关注热点或重大舆情数次14。84。",
        "（二）通过不同渠道和方式回应解读的情况———",
        "1．参加或举办新闻发布会总次数次16。48。",
        "2．政府网站在线访谈次数次7。9。",
    ]
    text = "统计指标单位统计数上年" + "".join(rows_)
    broken = normalize(Document(text.replace(before, f"{before}{footer}统计指标单位统计数上年"))).text
    assert (
        rows(broken)
        == rows(text)
        == [
            ("回应公众关注热点或重大舆情数", "次", {"统计数": 14, "上年": 84}),
            ("参加或举办新闻发布会总次数", "次", {"统计数": 16, "上年": 48}),
            ("政府网站在线访谈次数", "次", {"统计数": 7, "上年": 9}),
        ]
    )


@pytest.mark.parametrize("footer", ["— 6 —", "6/12", "9/12续上表 "])
def test_a_page_footer_run_on_after_a_unit_printed_last(footer: str) -> None:
    """`…发布会总次数00次9/12续上表 统计指标本年上年单位其中：…`: the unit column last, a page's footer run on
    after it and the header printed again — the footer no value the unit was printed with (`154万元 万元`),
    the unit the row's own."""
    rows_ = [
        "1．参加或举办新闻发布会总次数00次",
        "其中：主要负责同志参加新闻发布会次数00次",
        "2．政府网站在线访谈次数73次",
    ]
    text = "统计指标本年上年单位" + "".join(rows_)
    broken = normalize(Document(text.replace(rows_[0], f"{rows_[0]}{footer}统计指标本年上年单位"))).text
    assert (
        rows(broken)
        == rows(text)
        == [
            ("参加或举办新闻发布会总次数", "次", {"本年": 0, "上年": 0}),
            ("主要负责同志参加新闻发布会次数", "次", {"本年": 0, "上年": 0}),
            ("政府网站在线访谈次数", "次", {"本年": 7, "上年": 3}),
        ]
    )


@pytest.mark.parametrize(
    ("header", "row", "note", "read"),
    [
        (
            "指标名称 | 2013年度 | 历年累计 | 说明 | |",
            "同意部分公开答复数 | 3 | 20 | | |",
            "（件）",
            ("同意部分公开答复数", "件", {"2013年度": 3, "历年累计": 20}),
        ),
        (
            "统计指标 | 单位 | 2013年度 | 历年累计 | |",
            "1．专职人员数 | 人 | 3 | 20 | |",
            "（不包括政府公报及政府网站工作人员数）— 3 —（续表）",
            ("专职人员数(不包括政府公报及政府网站工作人员数)", "人", {"2013年度": 3, "历年累计": 20}),
        ),
    ],
    ids=["unit", "note-and-footer"],
)
def test_the_header_again_after_the_row_befores_note_wrapped_under_it(
    header: str, row: str, note: str, read: tuple
) -> None:
    """A `|` table whose lines ran together, its header printed again right after the unit or note the row
    before wrapped under its cells (`…| 3 | 20 | | |（件）指标名称 | 2013年度 | 历年累计 | 说明 | |…`), a page's
    footer perhaps between: the note is the row's, the header no row (not one named `说明`, nor one of the
    note and the footer's page number)."""
    text = f"{header}{row}{note}{header}行政诉讼数（件） | 3 | 5 | | |"
    assert rows(normalize(Document(text)).text) == [
        read,
        ("行政诉讼数", "件", {"2013年度": 3, "历年累计": 5}),
    ]


@pytest.mark.parametrize("between", ["- 4 -续表## 表七：其他需要报告的事项", "4/9续表", "## 统计表（续）", "续表"])
def test_a_markdown_table_run_together_with_its_header_printed_again_after_a_footer_and_heading(between: str) -> None:
    """A Markdown 统计表 whose lines ran together, its header printed again after a page's footer, `续表` and a
    converter's heading (`| 256.1899 |- 4 -续表## 表七：其他需要报告的事项| 指标名称 |…`): no row — not one named
    `续表##表七：其他需要报告的事` with the unit 项."""
    header = "| 指标名称 | 计量单位 | 2010年度 | 历年累计 || --- | ---: | ---: | ---: |"
    text = (
        f"{header}| 主动公开政府信息数 | 条 | 526 | 1043 || 实际收取的总金额 | 万元 | 0.0633 | 256.1899 |"
        f"{between}{header}| 申请行政复议数 | 件 | 138 | 478 |"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2010年度": 526, "历年累计": 1043}),
        ("实际收取的总金额", "万元", {"2010年度": 0.0633, "历年累计": 256.1899}),
        ("申请行政复议数", "件", {"2010年度": 138, "历年累计": 478}),
    ]


@pytest.mark.parametrize(
    "between", ["- 4 -续表 ", "4/9 续表 ", "— 4 — 统计表（续）", "4/9", "6/12 政府信息公开情况统计表（续表）"]
)
def test_the_header_printed_again_on_one_line_after_a_footer_and_a_caption(between: str) -> None:
    """`…万元 0.0633 256.1899 - 4 -续表 指标名称 …`: a page's footer, `续表` or a caption continued (`统计表（续）`)
    before the header printed again on the rows' line — no cell of the row before, no words of the row after."""
    header = "指标名称 计量单位 2010年度 历年累计 "
    text = (
        f"{header}主动公开政府信息数 条 526 1043 实际收取的总金额 万元 0.0633 256.1899 {between}{header}"
        "申请行政复议数 件 138 478"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2010年度": 526, "历年累计": 1043}),
        ("实际收取的总金额", "万元", {"2010年度": 0.0633, "历年累计": 256.1899}),
        ("申请行政复议数", "件", {"2010年度": 138, "历年累计": 478}),
    ]


def test_a_label_wrapped_round_its_cells_before_the_header_printed_again_keeps_its_tail() -> None:
    """`（一）主动公开政府信息数（不同渠` / `条 0 0` / `道和方式公开相同信息计1条）` / `（续表）` / the header: the
    label's tail before `（续表）` is no caption continued (`统计表（续）`), but the rest of the row's label."""
    text = (
        "统计指标 单位 统计数 上年\n（一）主动公开政府信息数（不同渠\n条 4 9\n道和方式公开相同信息计1条）\n"
        "（续表）\n统计指标 单位 统计数 上年\n其中：主动公开规范性文件数 条 7 35\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": 4, "上年": 9}),
        ("主动公开规范性文件数", "条", {"统计数": 7, "上年": 35}),
    ]


def test_the_header_printed_again_after_a_count_in_its_unit_first_word() -> None:
    """`…数条00项目名称单位2017年度历年累计全文电子化率%…`: the header printed again after a page break, run on
    after a row's cells, begins with 项 — a count's unit, but not one printed after 00: the header, no row's."""
    text = "项目名称单位2017年度历年累计主动公开政府信息数条00{}全文电子化率%100100新公开规范性文件数条00"
    assert (
        rows(text.format("项目名称单位2017年度历年累计"))
        == rows(text.format(""))
        == [
            ("主动公开政府信息数", "条", {"2017年度": 0, "历年累计": 0}),
            ("全文电子化率", "%", {"2017年度": 100, "历年累计": 100}),
            ("新公开规范性文件数", "条", {"2017年度": 0, "历年累计": 0}),
        ]
    )


def test_the_prose_quantities_are_found_in_the_national_forms_rows() -> None:
    form = PRE2019.indicator_form
    assert form is not None
    held = {s.quantity for s in PRE2019.stated for r in form.indicators if s.holds_row(r.label)}
    assert {"proactive", "requests", "answers", "in_person", "online", "letter", "fax", "review", "litigation"} <= held


def test_a_row_printed_without_its_unit_is_rendered_with_its_own_values() -> None:
    """Only the national form's headings are printed —: a regional row whose unit was not read is a row."""
    rec = Record(meta=Meta(), cells={}, units={})
    rec.indicators = [IndicatorRow("主动公开信息数", None, {"本年": 5}), IndicatorRow("申请数", "件", {"本年": 7})]
    body = indicator_grid(PRE2019, rec).rows[1:]
    assert [[(c.text, c.cell_id) for c in row] for row in body] == [
        [("主动公开信息数", None), ("", None), ("5", "indicator.0.本年")],
        [("申请数", None), ("件", None), ("7", "indicator.1.本年")],
    ]


@pytest.mark.parametrize("sep", ["\n", "\n|\n"])
def test_a_labels_unit_in_brackets_on_a_line_of_its_own(sep: str) -> None:
    """No unit column, each row's unit in brackets after its label, wrapped onto a line of its own where
    a cell is a line (`主动公开政府信息数` `（条）` `3` …): the row's unit, no word between its label and
    its first cell — which may follow it (`(件)` `备案类` `4`)."""
    cells = ["指标名称", "本年", "上年", "主动公开政府信息数\n（条）", "3", "13", "全文电子化率\n(%)", "100", "100"]
    cells += ["当面申请数\n(件)", "备案类", "4", "5"]
    assert rows(sep.join(cells)) == [
        ("主动公开政府信息数", "条", {"本年": 3, "上年": 13}),
        ("全文电子化率", "%", {"本年": 100, "上年": 100}),
        ("当面申请数", "件", {"本年": 4, "上年": 5}),
    ]


@pytest.mark.parametrize("word", ["备案类", "（单位：件）", "单位：件", "办理情况"])
@pytest.mark.parametrize("unit", [" 件", "（件）"])
def test_a_word_between_a_rows_unit_and_its_first_cell_on_one_line(word: str, unit: str) -> None:
    """The table on one line, a word between a row the template knows with its unit (in the unit column or
    in brackets) and its first cell: no part of the label."""
    column = " 计量单位" if unit == " 件" else ""
    text = f"指标名称{column} 本年 上年 当面申请数{unit} {word} 3 13 传真申请数{unit} 4 5"
    assert rows(text) == [
        ("当面申请数", "件", {"本年": 3, "上年": 13}),
        ("传真申请数", "件", {"本年": 4, "上年": 5}),
    ]
    # … after a label the template prints with its note in brackets, the note printed too
    staff, people = "1．专职人员数（不包括政府公报及政府网站工作人员数）", unit.replace("件", "人")
    text = f"指标名称{column} 本年 上年 {staff}{people} {word} 0 2 2．兼职人员数{people} 4 5"
    assert rows(text) == [
        ("专职人员数（不包括政府公报及政府网站工作人员数）", "人", {"本年": 0, "上年": 2}),
        ("兼职人员数", "人", {"本年": 4, "上年": 5}),
    ]


def test_a_unit_in_brackets_after_a_rows_cells_before_the_next_rows_whereof() -> None:
    """The table on one line, each row's unit in brackets after its cells (its label's wrapped end, printed
    under the row), the next rows a 其中 list: the unit is the row's, 其中 the start of the next."""
    text = (
        "指标名称 本年 上年 全文电子化率 100 100 （%） 其中：1、新公开规范性文件数 5 9 （条） 2、收到申请数 3 4 （件）"
    )
    assert rows(text) == [
        ("全文电子化率", "%", {"本年": 100, "上年": 100}),
        ("新公开规范性文件数", "条", {"本年": 5, "上年": 9}),
        ("收到申请数", "件", {"本年": 3, "上年": 4}),
    ]


def test_a_word_in_a_cell_of_its_own_between_a_label_and_its_first_cell_on_one_line() -> None:
    """Cells parted by `|` on one line, a word in a cell of its own after a row's label and unit: no row."""
    text = "指标名称 | 本年 | 上年 | 当面申请数 (件) | 类别 | 3 | 13 | 传真申请数 (件) | 4 | 5 |"
    assert rows(text) == [
        ("当面申请数", "件", {"本年": 3, "上年": 13}),
        ("传真申请数", "件", {"本年": 4, "上年": 5}),
    ]


def test_a_row_printing_no_value_before_the_next_rows_number_is_not_read() -> None:
    """A row whose values a converter printed elsewhere (`11 同意公开答复数 件`, then `12 …`): 12 is the next
    row's number, never its values split (1 and 2)."""
    labels = ["收到申请数", "当面申请数", "传真申请数", "网络申请数", "信函申请数", "申请办结数", "按时办结数"]
    labels += ["延期办结数", "申请行政复议数", "提起行政诉讼数", "同意公开答复数", "同意部分公开答复数"]
    head = "序号\t指标名称\t计量单位\t本年\t历年累计\n"
    cells = {n: "" if n == 11 else f"{n}\t{n + 5}" for n in range(1, len(labels) + 1)}
    text = head + "".join(f"{n}\t{lb}\t件\t{cells[n]}\n" for n, lb in enumerate(labels, 1))
    got = rows(text)
    assert got[10] == ("同意公开答复数", "件", {"本年": None, "历年累计": None})
    assert [r[2]["历年累计"] for r in got[9:]] == [15, None, 17]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("word", ["待定", "空", "不涉及"])
def test_a_word_in_the_last_cell_before_the_next_rows_numbering_is_a_blank(word: str) -> None:
    """`当面申请数 件 55 待定 其中：1.传真申请数 …` on one line: the word is the row's blank last cell, the
    next row's 其中 after it no part of a label — never the row's one number split to fill both cells (5
    and 5), nor the next rows' spaces taken for groups of three."""
    text = (
        "指标名称 计量单位 2018年度 历年累计 收到申请数 件 519 2399 "
        f"当面申请数 件 55 {word} 其中：1.传真申请数 件 96 958 2.网络申请数 件 279 687"
    )
    assert rows(text) == [
        ("收到申请数", "件", {"2018年度": 519, "历年累计": 2399}),
        ("当面申请数", "件", {"2018年度": 55, "历年累计": None}),
        ("传真申请数", "件", {"2018年度": 96, "历年累计": 958}),
        ("网络申请数", "件", {"2018年度": 279, "历年累计": 687}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_words_of_two_rows_run_together_between_their_labels_are_each_rows_blanks() -> None:
    """`申请行政复议数件不涉及待定提起行政诉讼数件不适用 0`: the words after the first row's unit are its cells,
    the next row's label after them keeps its own word and number — no row lost, no number moved up."""
    text = (
        "指标名称 计量单位 2010年度 历年累计 申请行政复议数 件 不涉及 待定 提起行政诉讼数 件 不适用 0 行政复议数 件 0 0"
    )
    assert rows(text) == [
        ("申请行政复议数", "件", {"2010年度": None, "历年累计": None}),
        ("提起行政诉讼数", "件", {"2010年度": None, "历年累计": 0}),
        ("行政复议数", "件", {"2010年度": 0, "历年累计": 0}),
    ]
    assert rules(text) == ["table.incomplete", "table.incomplete"]


def test_a_unit_in_brackets_printed_after_its_rows_cells_on_one_line() -> None:
    """`主动公开政府信息 数 1 3 （条） 全文电子化率（ 100 100 %） …` on one line: a label wrapped round its cells,
    its unit in brackets (or the bracket's end) printed after them, between them, or after the next row's
    label begins — the row's unit, not the start of the next row's label."""
    text = (
        "指标名称 2016年度 历年累计 主动公开政府信息 数 1 3 （条） 全文电子化率（ 100 100 %） "
        "新公开规范性文件数 0 0 （条） 信函申请数 0 （件） 0 提起行政诉讼 0 0 数 （件） 其中：1.行政复议数 0 0 （件）"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2016年度": 1, "历年累计": 3}),
        ("全文电子化率", "%", {"2016年度": 100, "历年累计": 100}),
        ("新公开规范性文件数", "条", {"2016年度": 0, "历年累计": 0}),
        ("信函申请数", "件", {"2016年度": 0, "历年累计": 0}),
        ("提起行政诉讼数", "件", {"2016年度": 0, "历年累计": 0}),
        ("行政复议数", "件", {"2016年度": 0, "历年累计": 0}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize(("printed", "year"), [("1485", 1485), ("1 485", None)])
def test_a_word_in_an_indented_cell_of_its_own_is_the_rows_blank(printed: str, year: int | None) -> None:
    """`提起行政诉讼数 / 件 / 1 485 / ⇥　　见附件`, a cell a line, the word's indented: the word is the row's
    blank cell where it is printed, not the spaces before it (read as nothing, which left the row's one
    number to fill both cells: 1 and 485); the number the row's first cell, or null with a finding where
    its space may part two cells as well as its groups."""
    text = "\n".join(
        ["指标名称", "计量单位", "2011年度", "历年累计", "申请行政复议数", "件", "998", "4 257", ""]
        + ["提起行政诉讼数", "件", printed, "\t\u3000\u3000见附件", "", "行政复议数", "件", "1 496", "5 476"]
    )
    assert rows(text) == [
        ("申请行政复议数", "件", {"2011年度": 998, "历年累计": 4257}),
        ("提起行政诉讼数", "件", {"2011年度": year, "历年累计": None}),
        ("行政复议数", "件", {"2011年度": 1496, "历年累计": 5476}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize(("cell", "value"), [("待定", None), ("6", 6)])
def test_a_word_inside_a_units_brackets_wrapped_round_it(cell: str, value: int | None) -> None:
    """`…计1条）（条 待定` and `）` on the next line: a label wrapped round its one cell inside the brackets of
    its unit; the word is the row's blank cell, as a number there is its value — the row not lost."""
    text = (
        "统计指标 统计数\n一、主动公开情况\n（一）主动公开政府信息数（不同渠\n"
        f"道和方式公开相同信息计1条）（条 {cell}\n）\n"
        "其中：主动公开规范性文件数（条） 11\n制发规范性文件总数（件） 25\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": value}),
        ("主动公开规范性文件数", "条", {"统计数": 11}),
        ("制发规范性文件总数", "件", {"统计数": 25}),
    ]
    assert rules(text) == (["table.incomplete"] if value is None else [])


@pytest.mark.parametrize("sep", ["\n", " | "])
def test_a_word_in_a_headings_one_cell_is_its_blank(sep: str) -> None:
    """`| 三、依申请公开情况 | 见附件 |`, a cell a line or between `|`, no unit column: the word in the form's
    heading's cell is its blank, not prose (附件) that ends the table before the rows below it."""
    text = (
        "\n".join(
            sep.join(row)
            for row in [
                ("统计指标", "统计数"),
                ("二、回应解读情况", "空"),
                ("（一）回应公众关注热点或重大舆情数（次）", "3"),
                ("三、依申请公开情况", "见附件"),
                ("（一）收到申请数（件）", "0"),
                ("1．当面申请数（件）", "4"),
            ]
        )
        + "\n"
    )
    assert rows(text) == [
        ("回应公众关注热点或重大舆情数", "次", {"统计数": 3}),
        ("收到申请数", "件", {"统计数": 0}),
        ("当面申请数", "件", {"统计数": 4}),
    ]
    assert rules(text) == []


def test_a_word_after_a_heading_run_on_after_the_unit_printed_last() -> None:
    """`…回应事件数21次三、依申请公开情况——（一）收到申请数暂无件…` glued, the unit column last: the heading's
    marks are its blanks though the unit of the row before runs into it, and the word after the next
    row's label is that row's blank cell, not part of its label."""
    text = "统计指标统计数单位5．其他方式回应事件数21次三、依申请公开情况——（一）收到申请数暂无件1．当面申请数53件"
    assert rows(text) == [
        ("其他方式回应事件数", "次", {"统计数": 21}),
        ("收到申请数", "件", {"统计数": None}),
        ("当面申请数", "件", {"统计数": 53}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_a_word_after_a_label_run_on_after_the_rest_of_the_label_before() -> None:
    """`…驳回原 33 件 告诉讼请求数 （二）被依法纠错数 不适用 件 …` on one line, the unit column last: the rest of
    a label wrapped past its cells, the next row's label and its word run together — that row is read
    with its cell blank, not lost."""
    text = (
        "统计指标 统计数 单位 五、行政诉讼数量 87 件 （一）维持具体行政行为或者驳回原 33 件 告诉讼请求数 "
        "（二）被依法纠错数 不适用 件 （三）其他情形数 45 件"
    )
    assert rows(text) == [
        ("行政诉讼数量", "件", {"统计数": 87}),
        ("维持具体行政行为或者驳回原告诉讼请求数", "件", {"统计数": 33}),
        ("被依法纠错数", "件", {"统计数": None}),
        ("其他情形数", "件", {"统计数": 45}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_a_label_wrapped_round_its_word_and_the_unit_printed_last() -> None:
    """`（一）主动公开政府信息数（不同渠 暂无 条 道和方式公开相同信息计1条）` on one line after a heading, the unit
    column last: the label wrapped round its cell and unit; the word is the row's blank, the label whole."""
    text = (
        "统计指标 统计数 单位 一、主动公开情况 （一）主动公开政府信息数（不同渠 暂无 条 道和方式公开相同信息计1条） "
        "其中：主动公开规范性文件数 7 条 制发规范性文件总数 0 件"
    )
    assert rows(text) == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": None}),
        ("主动公开规范性文件数", "条", {"统计数": 7}),
        ("制发规范性文件总数", "件", {"统计数": 0}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_a_word_before_the_rest_of_its_labels_note_on_one_line() -> None:
    """`…舆情计 次 0 不适用 1次） （二）…` on one line: the label's note wrapped past the row's cells, a word in
    its last cell: the word is the row's blank, the note's end joined to its label."""
    text = (
        "统计指标 单位 统计数 历年累计 二、回应解读情况 — — — "
        "（一）回应公众关注热点或重大舆情 数（不同方式回应同一热点或舆情计 次 0 不适用 1次） "
        "（二）通过不同渠道和方式回应解读的情况 — — — 1．参加或举办新闻发布会总次数 次 0 0"
    )
    assert rows(text) == [
        ("回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", {"统计数": 0, "历年累计": None}),
        ("参加或举办新闻发布会总次数", "次", {"统计数": 0, "历年累计": 0}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("word", ["暂无", "不适用"])
def test_a_word_on_the_cells_line_of_a_label_wrapped_round_them(word: str) -> None:
    """`（一）维持具体行政行为或者驳回原` / `暂无 0` / `告诉讼请求数（件）`: a label wrapped round its cells' line,
    a word in its first cell — the word is a blank cell, not the row's label, and the label is whole."""
    text = "\n".join(
        [
            "统计指标 统计数 上年",
            "五、行政诉讼数量（件） 空 0",
            "（一）维持具体行政行为或者驳回原",
            f"{word} 0",
            "告诉讼请求数（件）",
            "（二）被依法纠错数（件） 0 0",
        ]
    )
    assert rows(text) == [
        ("行政诉讼数量", "件", {"统计数": None, "上年": 0}),
        ("维持具体行政行为或者驳回原告诉讼请求数", "件", {"统计数": None, "上年": 0}),
        ("被依法纠错数", "件", {"统计数": 0, "上年": 0}),
    ]
    assert rules(text) == ["table.incomplete", "table.incomplete"]


def test_a_word_in_a_rows_cell_its_unit_wrapped_below_the_row() -> None:
    """`| （二）申请办结数 | 待定 |` and `（件）` below it: the word is the row's blank cell, the unit its own, and
    the rows after it are read (not lost to a label 待定（件）)."""
    text = "\n".join(
        ["| 统计指标 | 统计数 |", "| --- | --- |", "| （一）收到申请数 | 5 |", "（件）", "| （二）申请办结数 | 待定 |"]
        + ["（件）", "| 1．按时办结数 | 397 |", "（件）", "| 2．延期办结数 | 13 |", "（件）"]
    )
    assert rows(text) == [
        ("收到申请数", "件", {"统计数": 5}),
        ("申请办结数", "件", {"统计数": None}),
        ("按时办结数", "件", {"统计数": 397}),
        ("延期办结数", "件", {"统计数": 13}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_a_word_before_the_rest_of_its_label_on_one_line() -> None:
    """`（一）维持具体行政行为或者驳回原 件 0 空 告诉讼请求数 （二）…` on one line: a label wrapped past its cells,
    a word in its last cell — the word is the row's blank, the label whole, no row lost."""
    text = (
        "指标名称 计量单位 2017年度 历年累计 五、行政诉讼数量 件 0 待定 （一）维持具体行政行为或者驳回原 件 0 空 "
        "告诉讼请求数 （二）被依法纠错数 件 0 0"
    )
    assert rows(text) == [
        ("行政诉讼数量", "件", {"2017年度": 0, "历年累计": None}),
        ("维持具体行政行为或者驳回原告诉讼请求数", "件", {"2017年度": 0, "历年累计": None}),
        ("被依法纠错数", "件", {"2017年度": 0, "历年累计": 0}),
    ]
    assert rules(text) == ["table.incomplete", "table.incomplete"]


@pytest.mark.parametrize("words", ["见附件 空", "空 空"])
@pytest.mark.parametrize(
    ("head", "row", "after"),
    [
        ("统计指标 单位 本年 上年 五、行政诉讼数量 件 27 166", "驳回原 件 {} 告诉讼请求数", "被依法纠错数 件 3 21"),
        ("统计指标 本年 上年 单位 五、行政诉讼数量 27 166 件", "驳回原 {} 件 告诉讼请求数", "被依法纠错数 3 21 件"),
        ("统计指标 本年 上年 五、行政诉讼数量（件） 27 166", "驳回原 {} 告诉讼请求数（件）", "被依法纠错数（件） 3 21"),
    ],
    ids=["units_first", "units_last", "units_in_labels"],
)
def test_words_in_all_the_cells_of_a_label_wrapped_round_them_on_one_line(
    head: str, row: str, after: str, words: str
) -> None:
    """`（一）维持具体行政行为或者驳回原 件 见附件 空 告诉讼请求数 （二）…` on one line, the unit column first or
    last or the unit in brackets: a word in each cell of a label wrapped past them — the words are the row's
    blanks, the label whole, not lost with the rows after it (见附件's 附件 no prose ending the table)."""
    text = f"{head} （一）维持具体行政行为或者{row.format(words)} （二）{after}"
    assert rows(text) == [
        ("行政诉讼数量", "件", {"本年": 27, "上年": 166}),
        ("维持具体行政行为或者驳回原告诉讼请求数", "件", {"本年": None, "上年": None}),
        ("被依法纠错数", "件", {"本年": 3, "上年": 21}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize(("cell", "want"), [("空", None), ("3", 3)])
def test_a_label_wrapped_round_its_unit_and_a_word_before_the_next_rows_label_and_words(
    cell: str, want: int | None
) -> None:
    """`…经济安全件 空和社会稳定不是《条例》所指政府信息 件 暂无…`, lines run together, the unit column first: the
    rest of a label wrapped round its unit and its cell, then the next row (a 其中 row, no number before it)
    with a word of its own. Each row whole, its cell a blank; never the two labels and the word one label."""
    text = (
        "统计指标 单位 统计数其中：涉及国家秘密 件 148涉及个人隐私 件 17危及国家安全、公共安全、经济安全件 "
        f"{cell}和社会稳定不是《条例》所指政府信息 件 暂无法律法规规定的其他情形 件 4"
    )
    assert rows(text)[2:] == [
        ("危及国家安全、公共安全、经济安全和社会稳定", "件", {"统计数": want}),
        ("不是《条例》所指政府信息", "件", {"统计数": None}),
        ("法律法规规定的其他情形", "件", {"统计数": 4}),
    ]
    assert rules(text) == ["table.incomplete"] * (1 + (want is None))


@pytest.mark.parametrize("prose", ["2011年，我们将进一步加大公开力度。", "特此报告。", "联系电话：0591-1234567"])
def test_the_last_rows_unit_wrapped_below_its_cells_before_the_prose_after_the_table(prose: str) -> None:
    """Each row's unit in brackets wrapped onto the next line, lines run together (`| |(件)行政诉讼数 |`): the
    last row's unit ends up glued to the prose after the table (`| |(件)2011年，我们…`). It is still that row's
    unit; the prose is no row."""
    text = (
        "指标名称 | 2010年度 | 历年累计 | |申请行政复议数(件) | 63 | 190 | |行政复议数 | 11 | 35 | "
        f"|(件)行政诉讼数 | 119 | 360 | |(件){prose}"
    )
    assert rows(text)[1:] == [
        ("行政复议数", "件", {"2010年度": 11, "历年累计": 35}),
        ("行政诉讼数", "件", {"2010年度": 119, "历年累计": 360}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize("unit", ["条", "（条）"])
def test_a_labels_note_printed_below_its_unit_pulled_out_of_the_table_with_it(unit: str) -> None:
    """A row's label and unit pulled out of a Markdown table onto lines of their own, its note below them
    (`（一）主动公开政府信息数` / `条` / `（不同渠道和方式公开相同信息计1条）`), its cell left in the table: the
    label whole with its note, as the form prints it, not the older form's 主动公开政府信息数."""
    text = (
        "| 统计指标 | 单位 | 统计数 |\n| --- | ---: | ---: |\n| 一、主动公开情况 | — | — |\n| 1250 |\n|---|\n\n"
        f"（一）主动公开政府信息数\n{unit}\n\n（不同渠道和方式公开相同信息计1条）\n"
        "| 其中：主动公开规范性文件数 | 条 | 12 |\n"
    )
    assert [(label, unit) for label, unit, _ in rows(text)] == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条"),
        ("主动公开规范性文件数", "条"),
    ]


def test_a_word_before_the_unit_printed_last_and_the_rest_of_its_label() -> None:
    """`（一）召开政府信息公开工作会议或 100 待定 次 专题会议数 （二）…`, the unit column last: the word is the
    row's blank, the unit and the rest of its label after it its own."""
    text = (
        "指标名称 2018年度 历年累计 计量单位 （一）召开政府信息公开工作会议或 100 待定 次 专题会议数 "
        "（二）举办各类培训班数 15 101 次"
    )
    assert rows(text) == [
        ("召开政府信息公开工作会议或专题会议数", "次", {"2018年度": 100, "历年累计": None}),
        ("举办各类培训班数", "次", {"2018年度": 15, "历年累计": 101}),
    ]
    assert rules(text) == ["table.incomplete"]


def test_words_after_a_known_label_its_unit_in_brackets_below() -> None:
    """`申请办结数 空 暂无` and `（件）` below it, no unit column: the words are the row's blank cells, the unit its
    own, and the rows after it are read."""
    text = "\n".join(
        ["指标名称 2013年度 历年累计", "信函申请数 312 1492", "（件）", "申请办结数 空 暂无", "（件）"]
        + ["按时办结数 空 1785", "（件）", "延期办结数 1256 1325", "（件）"]
    )
    assert rows(text) == [
        ("信函申请数", "件", {"2013年度": 312, "历年累计": 1492}),
        ("申请办结数", "件", {"2013年度": None, "历年累计": None}),
        ("按时办结数", "件", {"2013年度": None, "历年累计": 1785}),
        ("延期办结数", "件", {"2013年度": 1256, "历年累计": 1325}),
    ]
    assert rules(text) == ["table.incomplete", "table.incomplete"]


@pytest.mark.parametrize("word", ["不适用", "暂无"])
def test_a_word_and_the_unit_printed_last_on_the_cells_line_of_a_wrapped_label(word: str) -> None:
    """`（一）主动公开政府信息数（不同渠` / `不适用 条` / `道和方式公开相同信息计1条）`, the unit column last: the
    word is the row's blank, the unit its own and the label whole."""
    text = "\n".join(
        ["统计指标 统计数 单位", "一、主动公开情况 — —", "（一）主动公开政府信息数（不同渠", f"{word} 条"]
        + ["道和方式公开相同信息计1条）", "其中：主动公开规范性文件数 24 条", "制发规范性文件总数 41 件"]
    )
    assert rows(text) == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": None}),
        ("主动公开规范性文件数", "条", {"统计数": 24}),
        ("制发规范性文件总数", "件", {"统计数": 41}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("word", ["待定", "见附件", "—"])
@pytest.mark.parametrize(
    ("printed", "wanted"),
    [
        (
            "涉及个人隐私 件 3 4 危及国家安全、公共安全、经济安全 件 29 {} 和社会稳定 "
            "不是《条例》所指政府信息 件 63 142",
            [
                ("涉及个人隐私", "件", {"统计数": 3, "历年累计": 4}),
                ("危及国家安全、公共安全、经济安全和社会稳定", "件", {"统计数": 29, "历年累计": None}),
                ("不是《条例》所指政府信息", "件", {"统计数": 63, "历年累计": 142}),
            ],
        ),
        (
            "（一）主动公开政府信息数（不同渠 条 52 {} 道和方式公开相同信息计1条） "
            "其中：主动公开规范性文件数 条 45 215",
            [
                ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": 52, "历年累计": None}),
                ("主动公开规范性文件数", "条", {"统计数": 45, "历年累计": 215}),
            ],
        ),
    ],
    ids=["known_label_after", "whereof_after"],
)
def test_a_word_in_the_last_cell_of_a_label_wrapped_past_them_before_an_unnumbered_row(
    printed: str, wanted: list, word: str
) -> None:
    """A 统计表 on one line, a label wrapped past its cells, a word (or mark) in its last cell, the next row
    printing no number of its own (`…经济安全 件 29 待定 和社会稳定 不是《条例》所指政府信息 件 63 142`): the word
    is the row's blank, its label whole and its one number read as printed (not split 2 and 9), the next row
    read too — not a row `待定和社会稳定不是…`, nor the table ended at 见附件."""
    text = f"指标名称 计量单位 统计数 历年累计 {printed.format(word)} 制发规范性文件总数 件 415 2180"
    assert rows(text) == [*wanted, ("制发规范性文件总数", "件", {"统计数": 415, "历年累计": 2180})]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("words", ["暂无 不适用", "见附件 空"])
@pytest.mark.parametrize(
    ("lines", "label", "unit"),
    [
        (
            ["（四）政府信息公开专项经费（不包", "括用于政府公报编辑管理及政府网站 {}", "建设维护等方面的经费）(万元)"],
            "政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）",
            "万元",
        ),
        (
            ["（一）回应公众关注热点或重大舆情", "数（不同方式回应同一热点或舆情计 {}", "1次）(次)"],
            "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）",
            "次",
        ),
    ],
    ids=["funds", "responses"],
)
def test_words_ending_the_middle_line_of_a_label_wrapped_over_three_lines(
    lines: list[str], label: str, unit: str, words: str
) -> None:
    """A label wrapped over three lines, its cells on the middle one, each a word that gives no number
    (`括用于政府公报编辑管理及政府网站 暂无 不适用`): the words are the row's blanks and the label whole — not a
    row of the last line (`建设维护等方面的经费）`) with the label lost."""
    text = "\n".join(
        ["统计指标 统计数 历年累计", "兼职人员数(人) 3 4", lines[0], lines[1].format(words), lines[2]]
        + ["九、政府信息公开会议和培训情况 — —", "（二）举办各类培训班数(次) 2 5"]
    )
    assert rows(text) == [
        ("兼职人员数", "人", {"统计数": 3, "历年累计": 4}),
        (label, unit, {"统计数": None, "历年累计": None}),
        ("举办各类培训班数", "次", {"统计数": 2, "历年累计": 5}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize(
    ("lines", "label", "values"),
    [
        (
            [
                "统计指标 本年 上年",
                "其中：主要负责同志参加新闻发布会",
                "空 见附件",
                "次数(次)",
                "（二）被依法纠错数(件) 3 4",
            ],
            ("主要负责同志参加新闻发布会次数", "次"),
            {"本年": None, "上年": None},
        ),
        (
            ["统计指标 本年 上年 单位", "（一）维持具体行政行为或者驳回原", "见附件 待定 件", "告诉讼请求数"]
            + ["（二）被依法纠错数 3 4 件"],
            ("维持具体行政行为或者驳回原告诉讼请求数", "件"),
            {"本年": None, "上年": None},
        ),
        (
            ["统计指标 本年 上年 单位", "（一）维持具体行政行为或者驳回原", "见附件 5 件", "告诉讼请求数"]
            + ["（二）被依法纠错数 3 4 件"],
            ("维持具体行政行为或者驳回原告诉讼请求数", "件"),
            {"本年": None, "上年": 5},
        ),
        (
            [
                "统计指标 本年 单位",
                "（一）维持具体行政行为或者驳回原",
                "见附件",
                "告诉讼请求数 件",
                "（二）被依法纠错数 3 件",
            ],
            ("维持具体行政行为或者驳回原告诉讼请求数", "件"),
            {"本年": None},
        ),
    ],
    ids=["units_in_labels", "units_last", "word_and_number", "word_alone"],
)
def test_words_on_a_line_of_their_own_inside_a_wrapped_label(
    lines: list[str], label: tuple[str, str], values: dict
) -> None:
    """A label wrapped over two lines round a line of its cells, a word that gives no number in one or more
    (`其中：主要负责同志参加新闻发布会` / `空 见附件` / `次数(次)`, `见附件 待定 件` where the unit column is last):
    the words are the row's blanks and its label whole; the table goes on (见附件's 附件 ends no table)."""
    text = "\n".join(lines)
    assert rows(text) == [(*label, values), ("被依法纠错数", "件", dict(zip(values, (3, 4), strict=False)))]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [
        (
            "五、行政诉讼数量 47 252 件 （一）维持具体行政行为或者驳回原 324 待定 件 告诉讼请求数 "
            "（二）被依法纠错数 33 202 件",
            [
                ("行政诉讼数量", "件", {"本年": 47, "上年": 252}),
                ("维持具体行政行为或者驳回原告诉讼请求数", "件", {"本年": 324, "上年": None}),
                ("被依法纠错数", "件", {"本年": 33, "上年": 202}),
            ],
        ),
        (
            "2．政府网站在线访谈次数 0 6 次 其中：主要负责同志参加政府网站在 暂无 空 次 线访谈次数 "
            "3．政策解读稿件发布数 0 5 篇",
            [
                ("政府网站在线访谈次数", "次", {"本年": 0, "上年": 6}),
                ("主要负责同志参加政府网站在线访谈次数", "次", {"本年": None, "上年": None}),
                ("政策解读稿件发布数", "篇", {"本年": 0, "上年": 5}),
            ],
        ),
        (
            "危及国家安全、公共安全、经济安全 101 102 件 和社会稳定 不是《条例》所指政府信息 不涉及 空 件 "
            "法律法规规定的其他情形 81 82 件",
            [
                ("危及国家安全、公共安全、经济安全和社会稳定", "件", {"本年": 101, "上年": 102}),
                ("不是《条例》所指政府信息", "件", {"本年": None, "上年": None}),
                ("法律法规规定的其他情形", "件", {"本年": 81, "上年": 82}),
            ],
        ),
    ],
    ids=["rest_after_words", "words_in_every_cell", "words_after_the_rest_of_the_label_before"],
)
def test_words_in_a_row_on_one_line_its_unit_printed_last_after_the_unit_of_the_row_before(
    printed: str, wanted: list
) -> None:
    """A 统计表 on one line, the unit column last, a row's label after the unit of the row before (and the rest
    of that row's label wrapped past its cells), words that give no number in its cells, its own label wrapped
    past them perhaps (`… 件 （一）维持具体行政行为或者驳回原 324 待定 件 告诉讼请求数 （二）…`, `… 件 和社会稳定
    不是《条例》所指政府信息 不涉及 空 件 法律法规…`): the words are the row's blanks, each label whole."""
    text = f"指标名称 本年 上年 计量单位 {printed}"
    assert rows(text) == wanted
    assert rules(text) == ["table.incomplete"]


def test_words_in_a_line_of_a_headings_cells_it_wraps_round() -> None:
    """`（二）通过不同渠道和方式公开政府` / `— 见附件 空` / `信息的情况`: a heading wrapped round the line of its
    cells, the unit's mark and two words (one piece of text): its blanks, and the rows below it are read."""
    text = "\n".join(
        ["统计指标 单位 本年 上年", "制发规范性文件总数 件 0 1", "（二）通过不同渠道和方式公开政府", "— 见附件 空"]
        + ["信息的情况", "1．政府公报公开政府信息数 条 4 16"]
    )
    assert rows(text) == [
        ("制发规范性文件总数", "件", {"本年": 0, "上年": 1}),
        ("政府公报公开政府信息数", "条", {"本年": 4, "上年": 16}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "统计指标 | 单位 | 2011年度 | 历年累计 |\n传真申请数 | 件 | 1 | 单位：件 | 117 |\n网络申请数 | 件 | 3 | 4 |",
        "统计指标\n|\n单位\n|\n2011年度\n|\n历年累计\n|\n传真申请数\n|\n件\n|\n1\n|\n单位:件\n|\n117\n|\n网络申请数\n|\n件\n|\n3\n|\n4",
        "统计指标 单位 2011年度 历年累计 传真申请数 件 1 单位：件 117 网络申请数 件 3 4",
    ],
    ids=["pipes", "a_cell_a_line", "one_line"],
)
def test_a_units_caption_amid_a_rows_cells_is_no_row(text: str) -> None:
    """`传真申请数 | 件 | 1 | 单位：件 | 117`: the unit's caption printed in a cell amid a row's cells is a note,
    the row's cells read round it — not a row `单位：` taking the row's last number."""
    assert rows(text) == [
        ("传真申请数", "件", {"2011年度": 1, "历年累计": 117}),
        ("网络申请数", "件", {"2011年度": 3, "历年累计": 4}),
    ]
    assert rules(text) == []


def test_words_after_the_close_of_a_wrapped_labels_unit_on_a_line_of_its_own() -> None:
    """`8．告知通` / `过其他途径` / `办理数(件` / `) 暂无 空`: a label wrapped over lines, its unit's bracket closed
    on the line of its cells, each a word that gives no number — the words are the row's blanks, the label
    whole, not a row `)暂无空`."""
    text = "\n".join(
        ["统计指标 本年 上年", "7．告知作出更改补充数(件) 564 598", "8．告知通", "过其他途径", "办理数(件", ") 暂无 空"]
        + ["四、行政复议数量(件) 548 1397"]
    )
    assert rows(text) == [
        ("告知作出更改补充数", "件", {"本年": 564, "上年": 598}),
        ("告知通过其他途径办理数", "件", {"本年": None, "上年": None}),
        ("行政复议数量", "件", {"本年": 548, "上年": 1397}),
    ]
    assert rules(text) == ["table.incomplete"]


_PRIVACY = ("涉及个人隐私", "件", {"统计数": 362, "上年": 2413})
_BRIEFINGS = ("参加或举办新闻发布会总次数", "次", {"统计数": 106, "上年": 536})
_SECURITY = "危及国家安全、公共安全、经济安全和社会稳定"
_HEADS = "主要负责同志参加新闻发布会次数"


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [
        (
            "涉及个人隐私 362 2413 （件） 危及国家安全、公共安全、经济安全 380 {} 和社会稳定（件） ",
            [_PRIVACY, (_SECURITY, "件", {"统计数": 380, "上年": None})],
        ),
        (
            "涉及个人隐私 362 2413 （件） 危及国家安全、公共安全、经济安全 {} {} 和社会稳定（件） ",
            [_PRIVACY, (_SECURITY, "件", {"统计数": None, "上年": None})],
        ),
        (
            "1．参加或举办 106 536 新闻发布会总次 数（次） 其中：主要负责同志参加新闻发布会 11 {} 次数（次） ",
            [_BRIEFINGS, (_HEADS, "次", {"统计数": 11, "上年": None})],
        ),
        (
            "1．参加或举办 106 536 新闻发布会总次 数（次） 其中：主要负责同志参加新闻发布会 {} {} 次数（次） ",
            [_BRIEFINGS, (_HEADS, "次", {"统计数": None, "上年": None})],
        ),
    ],
    ids=["unit_before_number_word", "unit_before_words", "label_before_number_word", "label_before_words"],
)
@pytest.mark.parametrize("word", ["暂无", "见附件"])
def test_words_in_a_row_wrapped_past_its_cells_after_the_end_of_the_row_before(
    printed: str, wanted: list, word: str
) -> None:
    """A 统计表 on one line, units in brackets after the labels, a row's label after the end of the row before
    printed past that row's cells (`（件）`, `数（次）`), its own wrapped past its cells, a word in them: the word
    is the row's blank, its label whole, its one number as printed (380 not read 3 and 80, 11 not 1 and 1)."""
    text = f"统计指标 统计数 上年 {printed.format(word, word)}不是《条例》所指政府信息（件） 274 910"
    assert rows(text) == [*wanted, ("不是《条例》所指政府信息", "件", {"统计数": 274, "上年": 910})]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize("cell", ["183", "183条", "183 "])
def test_a_tab_row_printing_one_number_for_two_columns_is_not_split(cell: str) -> None:
    """A 统计表 as tab rows (a Word table as text) whose row prints one number where it has two columns
    (`新公开规范性文件数\t条\t183条`, the other cell lost): the number is one cell between tabs, not two
    columns' digits run together (1 and 83) — the row is null with `table.incomplete`."""
    text = (
        "指标名称\t计量单位\t2010年度\t历年累计\n主动公开政府信息数\t条\t76条\t196条\n"
        f"新公开规范性文件数\t条\t{cell}\n收到申请数\t件\t247件\t1423\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2010年度": 76, "历年累计": 196}),
        ("新公开规范性文件数", "条", {"2010年度": None, "历年累计": None}),
        ("收到申请数", "件", {"2010年度": 247, "历年累计": 1423}),
    ]
    assert rules(text) == ["table.incomplete"]


@pytest.mark.parametrize(
    "label",
    ["其中：1.网站公开", "（一）主动公开", "２．传真申请数", "12、信函", "：其中", "受理数", "其中", "一、情况", ""],
)
def test_a_label_loses_the_numbering_its_pattern_finds(label: str) -> None:
    """The numbering told by a label's first character is the one `_NUMBERING` matches (full-width digits too)."""
    assert _unnumbered(label) == _NUMBERING.sub("", label)


@pytest.mark.parametrize(
    ("stem", "end", "start"), [("(件)其中:", 6, 3), ("复数其中", 4, 2), ("复数其中", 3, 3), ("中", 1, 1)]
)
def test_where_a_whereof_ending_a_stem_begins(stem: str, end: int, start: int) -> None:
    assert _whereof_start(stem, end) == start


def test_the_known_labels_ending_a_stem_are_every_one_there_is() -> None:
    """`_label_ends` walks back from a stem's end only as far as the labels' ends reach: it finds where each
    known label ending the stem begins, as a look at every place would."""
    known = _known(PRE2019)
    labels = sorted(known.labels)
    stems = [a + b for a in labels[:12] for b in labels] + ["经济安全" + b[1:] for b in labels]
    for stem in stems:
        assert _label_ends(stem, known) == [j for j in range(1, len(stem)) if stem[j:] in known.labels]
    assert any(_label_ends(stem, known) for stem in stems)


def test_a_known_label_wrapped_over_lines_is_joined_and_two_known_labels_are_not() -> None:
    """`_joined` gives up early on a piece no known label holds (`_Known.infixes`), never on a label's own rest."""
    known = _known(PRE2019)
    units = tuple(sorted(PRE2019.indicator_units, key=len, reverse=True))
    labels = sorted(label for label in known.labels if len(label) > 8 and _unnumbered(label) == label)
    assert labels
    for label in labels:
        assert label[4:] in known.infixes
        assert _joined(label[:4], label[4:], known, units) == label
    assert all(_joined(a, b, known, units) is None for a, b in pairwise(labels))


def test_the_tail_of_a_label_cut_onto_a_line_of_its_own_is_part_of_the_label() -> None:
    """A label cut at a fixed width, its closing bracket (`…舆情计1次` / `）`) or its last characters
    (`…访谈次` / `数`) on a line of their own, cells one a line or `|` between them: the tail is part of the
    label, no row of its own, and the label's note's 次 is no unit that leaves the row printed empty; each
    row keeps its own value."""
    want = [
        ("回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", {"统计数": 151}),
        ("参加或举办新闻发布会总次数", "次", {"统计数": 132}),
        ("政府网站在线访谈次数", "次", {"统计数": 741}),
    ]
    cells = (
        "统计指标\n\n单位\n\n统计数\n\n（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次\n）\n\n次\n\n151\n\n"
        "1．参加或举办新闻发布会总次数\n\n次\n\n132\n\n2．政府网站在线访谈次\n数\n\n次\n\n741\n\n"
    )
    pipes = (
        "| 统计指标 | 单位 | 统计数 |\n| --- | --- | --- |\n"
        "| （一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次\n） | 次 | 151 |\n"
        "| 1．参加或举办新闻发布会总次数 | 次 | 132 |\n| 2．政府网站在线访谈次\n数 | 次 | 741 |\n"
    )
    for text in (cells, pipes):
        assert rows(text) == want
        assert rules(text) == []


def test_a_number_cut_by_a_line_break_inside_its_cell_is_one_number() -> None:
    """A `|` row cut at a fixed width inside a number, the line ending before its gridline and the next
    beginning with the rest of the number (`80` / `4 |`, `4` / `.56 |`, `2.` / `76 |`): one number in its
    cell, the row's other cells after it, never its first digits alone."""
    text = (
        "| 统计指标 | 单位 | 统计数 | 上年 |\n| --- | --- | --- | --- |\n"
        "| （一）召开政府信息公开工作会议或专题会议数 | 次 | 574 | 80\n4 |\n"
        "| （二）举办各类培训班数 | 次 | 1\n2 | 30 |\n"
        "| （四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费） | 万元 | 4.56"
        " | 4\n.56 |\n"
        "| 七、依申请公开信息收取的费用 | 万元 | 2.\n76 | 1 |\n"
    )
    assert [r[2] for r in rows(text)] == [
        {"统计数": 574, "上年": 804},
        {"统计数": 12, "上年": 30},
        {"统计数": 4.56, "上年": 4.56},
        {"统计数": 2.76, "上年": 1},
    ]
    assert rules(text) == []


def test_a_line_of_cells_cut_between_a_number_and_its_unit() -> None:
    """Rows of cells a space apart, each number printed with its unit, cut at a fixed width between a number
    and its unit (`…收到申请数 件 208件 768` / `件 当面申请数 件 55件 232件`): the unit is the number's, not the
    rest of the row's label (`收到申请数件`); with the unit column last, a unit there is the row's own."""
    text = "指标名称 计量单位 2008年度 历年累计 收到申请数 件 208件 768\n件 当面申请数 件 55件 232件\n"
    assert rows(text) == [
        ("收到申请数", "件", {"2008年度": 208, "历年累计": 768}),
        ("当面申请数", "件", {"2008年度": 55, "历年累计": 232}),
    ]
    last = "指标名称 2008年度 历年累计 计量单位 收到申请数 208 768\n件 当面申请数 55 232 件\n"
    assert [(r[0], r[1]) for r in rows(last)] == [("收到申请数", "件"), ("当面申请数", "件")]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (  # between the number and its unit
            "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）  | 次 | 20\n次 | 43次 | |\n"
            "1．参加或举办新闻发布会总次数 | 次 | 3次 | 12\n次 | |\n",
            [
                ("回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", {"统计数": 20, "上年": 43}),
                ("参加或举办新闻发布会总次数", "次", {"统计数": 3, "上年": 12}),
            ],
        ),
        (  # inside the unit
            "（四）政府信息公开专项经费 | 万元 | 1万\n元 | 1万元 | |\n"
            "（三）接受培训人员数 | 人次 | 5人\n次 | 9人次 | |\n",
            [
                ("政府信息公开专项经费", "万元", {"统计数": 1, "上年": 1}),
                ("接受培训人员数", "人次", {"统计数": 5, "上年": 9}),
            ],
        ),
    ],
)
def test_a_cell_cut_by_a_line_break_before_or_inside_its_unit(lines: str, want: list) -> None:
    """A `|` row cut at a fixed width inside a cell that prints its number with its unit, between the two
    (`| 20` / `次 | 43次 |`) or inside the unit (`| 1万` / `元 | 1万元 |`, `| 5人` / `次 | 9人次 |`): the unit is
    the number's, not the rest of the row's label (`…计1次）次`) nor a row of its own (`万`, its unit 元)."""
    assert rows(f"统计指标 | 单位 | 统计数 | 上年 | |\n{lines}") == want


def test_the_last_cell_run_on_to_a_date_beginning_the_prose_after_the_table() -> None:
    """The prose after the table run on to the last row's last cell (`65` + `2014 年，…`): the digits before
    the year's four are that cell, never the row's other cell split across both columns."""
    text = (
        "指标名称 2013年度 历年累计 提起行政诉讼数(件)  53     85行政复议数(件)   112  236"
        "行政诉讼数(件)  47   652014 年，我们将进一步加大公开力度。"
    )
    assert rows(text)[-1] == ("行政诉讼数", "件", {"2013年度": 47, "历年累计": 65})
    assert rules(text) == []


def test_a_row_number_a_fold_cut_is_the_next_rows_not_a_bracket_after_the_unit() -> None:
    """`（二）` cut by a fold after its `（` (`…数|件|0|0|（` / `二）被依法纠错数|件|…`): the `（` begins the next
    row's number, no bracket of the row before, whose unit is already printed."""
    text = (
        "| 统计指标 | 单位 | 统计数 | 上年 |\n| --- | --- | --- | --- |\n"
        "|四、行政复议数量|件|1|3|（一）维持具体行政行为数|件| 0|1|（\n"
        "二）被依法纠错数|件|1|2|（三）其他情形数|件|0|0|\n"
    )
    assert [(r[0], r[2]) for r in rows(text)] == [
        ("行政复议数量", {"统计数": 1, "上年": 3}),
        ("维持具体行政行为数", {"统计数": 0, "上年": 1}),
        ("被依法纠错数", {"统计数": 1, "上年": 2}),
        ("其他情形数", {"统计数": 0, "上年": 0}),
    ]


@pytest.mark.parametrize("glued", [False, True])
def test_a_row_number_a_fold_cut_from_its_point_is_the_next_rows(glued: bool) -> None:
    """A 统计表 on one line folded between a row's number and its point (`…按时办结数 件 783 3252 5` /
    `.延期办结数 件 73 471 6.同意…`): 5 is the next row's number, no cell of the row before, and the label
    after it is 延期办结数, numbered, so that the rows after it keep their numbers (6, not a cell)."""
    sep = "" if glued else " "
    text = (
        f"指标名称 计量单位 2012年度 历年累计 4.按时办结数 件 783{sep}3252{sep}5\n"
        f".延期办结数 件 73{sep}471{sep}6.同意公开答复数 件 9{sep}503\n"
    )
    got = rows(text)
    assert [r[0] for r in got] == ["按时办结数", "延期办结数", "同意公开答复数"]
    if not glued:
        assert [r[2] for r in got] == [
            {"2012年度": 783, "历年累计": 3252},
            {"2012年度": 73, "历年累计": 471},
            {"2012年度": 9, "历年累计": 503},
        ]


def test_labels_of_rows_printed_empty_run_together_before_the_next_label() -> None:
    """Rows printed empty whose labels, each with its unit, run together with no cell after them (their
    cells printed elsewhere): each a row of its own, printed empty, never one row of them all."""
    text = (
        "| 指标名称 | 计量单位 | 2012年度 | 历年累计 || --- | ---: | ---: | ---: || 同意部分公开答复数 | 件 | 4 | 618 "
        "||---|---|不同意公开答复数件实际收取的总金额万元申请行政复议数件| 提起行政诉讼数 | 件 | 1076 | 5528 |"
    )
    got = rows(text)
    assert [(r[0], r[1]) for r in got] == [
        ("同意部分公开答复数", "件"),
        ("不同意公开答复数", "件"),
        ("实际收取的总金额", "万元"),
        ("申请行政复议数", "件"),
        ("提起行政诉讼数", "件"),
    ]
    assert got[2][2] == {"2012年度": None, "历年累计": None}
    assert got[-1][2] == {"2012年度": 1076, "历年累计": 5528}


def test_a_numbered_row_printed_empty_run_into_the_next_rows_label_is_kept() -> None:
    """`（三）其他情形数件五、行政诉讼数量件548`: a row printing its label and unit but no number (a page's
    footer glued to its digits took them), run into the next row's numbered label — a row printed empty,
    not a heading over the next: kept, so that the sum over 行政复议's rows is never taken over 行政诉讼's
    其他情形数 (a false finding)."""
    text = (
        "统计指标单位统计数四、行政复议数量件553（一）维持具体行政行为数件362（二）被依法纠错数件77（三）其他情形数件"
        "五、行政诉讼数量件548（一）维持具体行政行为或者驳回原告诉讼请求数件244（二）被依法纠错数件264（三）其他情形数件40"
    )
    assert rows(text)[3:5] == [
        ("其他情形数", "件", {"统计数": None}),
        ("行政诉讼数量", "件", {"统计数": 548}),
    ]
    glued_footer = text.replace("其他情形数件五", "其他情形数件11411/12五")
    assert rows(normalize(Document(glued_footer)).text)[3] == ("其他情形数", "件", {"统计数": None})


def test_a_heading_run_into_a_row_on_one_line_is_no_row() -> None:
    """`一、主动公开情况（一）主动公开政府信息数条…`: the heading, printing no unit, is no row."""
    text = "指标名称计量单位2012年度历年累计一、主动公开情况（一）主动公开政府信息数条4520（二）新公开规范性文件数条37"
    assert [r[0] for r in rows(text)] == ["主动公开政府信息数", "新公开规范性文件数"]


def test_a_sentence_after_a_table_whose_unit_column_is_last_is_no_row() -> None:
    """Prose after a table printing its unit column last (`全年接待群众来访244人次。`): its number and unit
    are no row's, nor its number split into the row's two cells."""
    text = (
        "| 指标名称 | 2012年度 | 历年累计 | 计量单位 |\n| --- | ---: | ---: | ---: |\n"
        "| 行政复议数 | 75 | 167 | 件 |\n| 行政诉讼数 | 810 | 2509 | 件 |\n\n"
        "全年接待群众来访244人次。\n\n联系电话：0455-6163"
    )
    assert [r[0] for r in rows(text)] == ["行政复议数", "行政诉讼数"]


def test_prose_opening_on_a_year_after_a_last_unit_is_no_value_printed_with_it() -> None:
    """`…行政诉讼数24 187件 2018年，我们将…`: the unit column last, the prose after the table opening on a year —
    2018 is no value the unit was printed with (`154万元 万元`), so 件 is the row's unit."""
    text = "指标名称2017年度历年累计计量单位行政复议数33 73件行政诉讼数24 187件 2018年，我们将进一步加大公开力度。"
    assert rows(text) == [
        ("行政复议数", "件", {"2017年度": 33, "历年累计": 73}),
        ("行政诉讼数", "件", {"2017年度": 24, "历年累计": 187}),
    ]


@pytest.mark.parametrize("cells", ["193 1264", "193。 1264", "193。 1264。"])
def test_a_unit_bracket_closed_past_the_cells_run_on_to_the_next_label(cells: str) -> None:
    """A label's unit bracket left open before the cells, closed after them and run on to the next row's
    label (`（条 193 1264）其中：…`), each cell perhaps ending in a full stop (`（条 2。 20）`, seed 1800542): the
    digits are cells, neither a note's nor the next row's number."""
    text = (
        f"统计指标 统计数 上年（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）（条 {cells}）"
        "其中：主动公开规范性文件数（条） 1045 5300"
    )
    assert rows(text) == [
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"统计数": 193, "上年": 1264}),
        ("主动公开规范性文件数", "条", {"统计数": 1045, "上年": 5300}),
    ]


@pytest.mark.parametrize("unit_before", ["（次）", ""])
def test_the_rest_of_a_label_past_its_cells_a_units_character_first(unit_before: str) -> None:
    """A label whose rest wraps past its cells, a unit's character first (`…发布会1255 5413次数（次）`): that 次
    is the label's, no unit of the value before it; so too where the row before prints its unit in brackets
    after its cells (`…8490（次）其中：…`), the label piece then holding it."""
    text = (
        f"统计指标 统计数 上年 1．参加或举办新闻发布会总次数{'（次）' if not unit_before else ''} 1534 8490"
        f"{unit_before}其中：主要负责同志参加新闻发布会1255 5413次数（次）2．政府网站在线访谈次数（次） 253 1407"
    )
    assert rows(text) == [
        ("参加或举办新闻发布会总次数", "次", {"统计数": 1534, "上年": 8490}),
        ("主要负责同志参加新闻发布会次数", "次", {"统计数": 1255, "上年": 5413}),
        ("政府网站在线访谈次数", "次", {"统计数": 253, "上年": 1407}),
    ]


def test_a_headings_marks_with_the_rest_of_its_words_after_them() -> None:
    """A heading wrapped round its blank marks (`（二）通过不同渠道和方式公开政府— —信息的情况1．…`): both marks
    are its cells and the words after them the rest of it, no row of their own."""
    text = (
        "统计指标 统计数 上年 制发规范性文件总数（件） 107 934（二）通过不同渠道和方式公开政府— —信息的情况"
        "1．政府公报公开政府信息数（条） 597 3507"
    )
    assert [r[0] for r in rows(text)] == ["制发规范性文件总数", "政府公报公开政府信息数"]
    assert rules(text) == []


def test_a_cell_run_into_the_digits_of_a_note_wrapped_past_it() -> None:
    """The note's digits wrapped past the row's cells and run on to its last one (`…舆情计 次 01次）`, `…舆情计 次
    6 81次）`): the cell keeps its digits but the note's, after the label's unit cell too, after a
    heading run into the row on one line (二、回应解读情况（一）…), and after a full stop ending the cell
    before (`6。 81次）`)."""
    one = (
        "统计指标 单位 统计数 二、回应解读情况 — —（一）回应公众关注热点或重大舆情数"
        "（不同方式回应同一热点或舆情计 次 01次）1．参加或举办新闻发布会总次数 次 8"
    )
    two = (
        "统计指标 单位 本年 上年 二、回应解读情况（一）回应公众关注热点或重大舆情数"
        "（不同方式回应同一热点或舆情计 次 6 81次）1．参加或举办新闻发布会总次数 次 12 62"
    )
    label = "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）"
    assert rows(one)[0] == (label, "次", {"统计数": 0})
    assert rows(two)[0] == (label, "次", {"本年": 6, "上年": 8})
    stopped = two.replace("次 6 81次）", "次 6。 81次）")  # the full stop that ends a cell before it
    assert rows(stopped)[0] == (label, "次", {"本年": 6, "上年": 8})


def test_a_cell_run_into_a_notes_digits_its_unit_in_brackets_after_the_note() -> None:
    """No unit cell between the label and its cell, the unit in brackets after the note (`…舆情计 6741次）（次）`,
    a PDF's text with its lines run together): the cell is 674, the note's 1 its own, never one label
    `…计6741次）` and no value; a note's digit alone after a space (`…计 1次）`) stays the note's."""
    head = "统计指标 统计数 二、回应解读情况 —（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计 "
    after = "（次）（二）通过不同渠道和方式回应解读的情况 —1．参加或举办新闻发布会总次数（次） 25"
    label = "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）"
    assert rows(head + "6741次）" + after)[0] == (label, "次", {"统计数": 674})
    assert rows(head + "1次） 3" + after)[0] == (label, "次", {"统计数": 3})


def test_a_letter_read_for_a_digit_run_on_to_the_next_label_is_no_part_of_it() -> None:
    """A letter an OCR engine read for a cell's 0 run on to the next row's label (`0 O申请办结数`): the label
    is read without it, the cell it stood for left unread."""
    text = "指标名称计量单位2009年度历年累计网络申请数件 00 信函申请数件0  O申请办结数件 1 3按时办结数件 0 0"
    assert [r[0] for r in rows(text)] == ["网络申请数", "信函申请数", "申请办结数", "按时办结数"]
    assert rows(text)[2][2] == {"2009年度": 1, "历年累计": 3}


def test_a_letter_read_for_a_rows_one_cell_between_its_unit_and_the_next_label() -> None:
    """A row of one cell whose digit OCR read as a letter, run on to the next row's label after its unit
    (`涉及个人隐私件 I危及国家安全…件28`): the letter is the row's cell, unread, and the next row is its own —
    never one label of both taking the next row's 28."""
    text = (
        "统计指标单位统计数其中：涉及国家秘密件 18涉及商业秘密件62涉及个人隐私件 I危及国家安全、公共安全、经济安全"
        "和社会稳定件28 不是《条例》所指政府信息件 73"
    )
    got = rows(text)
    assert [r[0] for r in got][2:4] == ["涉及个人隐私", "危及国家安全、公共安全、经济安全和社会稳定"]
    assert got[2][2] == {"统计数": None} and got[3][2] == {"统计数": 28}


def test_a_letter_read_for_a_rows_one_cell_between_its_label_and_unit() -> None:
    """A row's one cell OCR read as a letter printed between its label and its unit, before the next row's
    label or the table's end (`…新闻发布会次数O次2．政府网站…`, `接受培训人员数 O人次`, seed 3223063): the
    letter is the row's cell, unread, and no part of the label."""
    text = (
        "统计指标统计数单位1．参加或举办新闻发布会总次数 3次其中：主要负责同志参加新闻发布会次数O次"
        "2．政府网站在线访谈次数37 次（二）举办各类培训班数 0次（三）接受培训人员数 O人次"
    )
    got = rows(text)
    assert [r[0] for r in got] == [
        "参加或举办新闻发布会总次数",
        "主要负责同志参加新闻发布会次数",
        "政府网站在线访谈次数",
        "举办各类培训班数",
        "接受培训人员数",
    ]
    assert [r[2]["统计数"] for r in got] == [3, None, 37, 0, None]
    assert "table.incomplete" in rules(text)


def test_a_letter_read_for_a_rows_one_cell_after_its_unit_in_brackets() -> None:
    """… its unit in brackets after its label, the next row's label wrapped round its own cell (`兼职人员数(人) I
    （四）政府信息公开专项经费（…政府网站 1建设维护等方面的经费）(万元)`, seed 1910585): each row its own, the
    letter unread, the next row's label whole and its cell read."""
    text = (
        "统计指标 统计数 1．专职人员数（不包括政府公报及政府网站工作人员数）(人) 14 2．兼职人员数(人) I"
        "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站 1建设维护等方面的经费）(万元)"
        "九、政府信息公开会议和培训情况 —"
    )
    assert rows(text)[1:] == [
        ("兼职人员数", "人", {"统计数": None}),
        ("政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", {"统计数": 1}),
    ]


def test_a_letter_read_for_a_cell_after_a_note_amid_the_rows_cells_before_the_next_label() -> None:
    """A row's last cell OCR read as a letter after a note amid its cells, the next row's label after it on a
    line of rows run together (`行政复议数 件 0 （含网上申请） O 行政诉讼数…`): the letter is the row's cell,
    unread, and the next row its own, not lost inside the note's piece."""
    text = (
        "指标名称\t计量单位\t2013年度\t历年累计\t申请行政复议数\t件\t1\t2\t"
        "行政复议数\t件\t0\t（含网上申请）\t\xa0O\t行政诉讼数\t件\t0\xa0 0"
    )
    got = rows(text)
    assert [r[0] for r in got] == ["申请行政复议数", "行政复议数", "行政诉讼数"]
    assert got[1][2]["历年累计"] is None and got[2][2] == {"2013年度": 0, "历年累计": 0}
    assert "table.incomplete" in rules(text)


def test_a_bracket_left_open_before_the_cells_its_unit_after_them() -> None:
    """A label's bracket opened before its cells, its unit and close printed after them, run on to the last
    cell (`…纠错数( 324 840件)（三）…`): the digits are the row's cells, no note's, and the unit the label's."""
    text = (
        "统计指标 本年 上年 五、行政诉讼数量(件) 1553 4079（一）维持具体行政行为或者驳回原告诉讼请求数(件) 312 456"
        "（二）被依法纠错数( 324 840件)（三）其他情形数(件) 917 2783"
    )
    assert rows(text)[2:] == [
        ("被依法纠错数", "件", {"本年": 324, "上年": 840}),
        ("其他情形数", "件", {"本年": 917, "上年": 2783}),
    ]


def test_a_page_footers_dashes_run_into_the_cells_under_a_sequence_column() -> None:
    """A page footer run into a row's cells under a 序号 column (`…19 90- 1 -15 实际收取…`): its dashes are no
    row, so each row after it still tells the next row's number glued to its last cell (46.5725594: 4)."""
    text = (
        "序号 指标名称 计量单位 2017年度 历年累计1 收到申请数 件 173 8002 不同意公开答复数 件 19 90- 1 -3 "
        "实际收取的总金额 万元 0.572559 46.5725594 申请行政复议数 件 5 295 提起行政诉讼数 件 26 77"
    )
    got = rows(text)
    assert [r[0] for r in got] == [
        "收到申请数",
        "不同意公开答复数",
        "实际收取的总金额",
        "申请行政复议数",
        "提起行政诉讼数",
    ]
    assert [r[2]["历年累计"] for r in got[2:]] == [46.572559, 29, 77]


def test_a_spaced_group_run_into_the_next_cell_is_settled_by_the_sums() -> None:
    """Digits whose groups of three a space parts, the last group run into the next cell (`4 10112313`: 4 101
    and 12313), read as printed keep the running total above the year's as well: the table's sums settle
    which reading it is, never the printed one taken unasked."""
    text = (
        "指标名称计量单位2010年度历年累计收到申请数件5543件19098件当面申请数件4 10112313件传真申请数件150件1250件"
        "网络申请数件620件3757件信函申请数件672件1778件"
    )
    assert rows(text)[1] == ("当面申请数", "件", {"2010年度": 4101, "历年累计": 12313})


@pytest.mark.parametrize(("gap", "read"), [("", None), (" ", 739)])
def test_a_cumulative_column_left_empty_is_no_digits_of_a_split(gap: str, read: int | None) -> None:
    """A 统计表 on one line whose 历年累计 is left empty in every row, its rows one number each, run together
    (`主动公开信息数条739其中：1、网站公开条739…`): a row printing one digit for two cells shows the table prints
    an empty cell as nothing, so `739` may be 739 and a blank as well as 7 and 39; the sums settle the rows
    they tie, the rest stay null — never 7 and 39 taken unasked. A space apart from its unit, as every row's
    (`主动公开信息数 条 739 其中：…`), each number is a cell of its own: the year's."""
    text = gap.join(
        (
            "指标名称",
            "计量单位",
            "2012年度",
            "历年累计",
            "主动公开信息数",
            "条",
            "739",
            "其中：1、网站公开",
            "条",
            "739",
            "2、政府公报公开",
            "条",
            "0",
            "受理依申请公开信息总数",
            "条",
            "12",
            "其中：1、当面申请数",
            "条",
            "4",
            "2、网上申请数",
            "条",
            "8",
        )
    )
    got = rows(text)
    assert [r[2]["2012年度"] for r in got] == [read, read, 0, 12, 4, 8]
    assert all(r[2]["历年累计"] is None for r in got)
    # 主动公开信息数 and 网站公开, run together: 739 = 739 + 0, 7 = 7 + 0 alike
    assert rules(text).count("value.ambiguous") == (2 if read is None else 0)


def test_a_cell_that_printed_nothing_where_two_spaces_leave_its_room() -> None:
    """Rows a cell a space apart, one line each, a row's first cell empty: `信函申请数 件  2284`, the two spaces
    after its unit the room of the empty cell (a blank, then 2284), not digits of two cells run together; the
    table's other rows, a number a cell, then read as printed."""
    text = (
        "指标名称 计量单位 2014年 历年累计\n主动公开政府信息数 条 127 884\n收到申请数 件 1903 6873\n"
        "当面申请数 件 8 308\n传真申请数 件 509 3566\n网络申请数 件 692 715\n信函申请数 件  2284\n"
        "申请办结数 件  1785\n按时办结数 件 405 519\n"
    )
    got = rows(text)
    assert got[0] == ("主动公开政府信息数", "条", {"2014年": 127, "历年累计": 884})
    assert got[4:] == [
        ("网络申请数", "件", {"2014年": 692, "历年累计": 715}),
        ("信函申请数", "件", {"2014年": None, "历年累计": 2284}),
        ("申请办结数", "件", {"2014年": None, "历年累计": 1785}),
        ("按时办结数", "件", {"2014年": 405, "历年累计": 519}),
    ]
    assert rules(text) == ["table.incomplete", "table.incomplete"]


def test_a_numbers_groups_in_a_cell_before_others_and_an_empty_last_one() -> None:
    """`| 收到申请数 | 件 | 1 387 | 0 |  |` under 本年, 上年 and 历年累计: the empty last cell is the row's, not one
    past its columns, and 1 387 is one number (1, 387 and 0 put the running total below the year's)."""
    text = (
        "| 指标名称 | 计量单位 | 本年 | 上年 | 历年累计 |\n| --- | ---: | ---: | ---: | ---: |\n"
        "| 主动公开政府信息数 | 条 | 220 | 0 |  |\n| 收到申请数 | 件 | 1 387 | 0 |  |\n"
        "| 当面申请数 | 件 | 121 | 0 | 507 |\n"
    )
    assert rows(text)[1] == ("收到申请数", "件", {"本年": 1387, "上年": 0, "历年累计": None})


def test_spaces_a_cell_kept_in_a_table_run_together_tell_no_empty_cell() -> None:
    """A table whose rows run their digits together, some cells keeping a trailing space (`件3 16`): two
    spaces after a row's digits (`信函申请数件316  `) are no room of an empty cell — never 316 and a blank."""
    text = (
        "指标名称计量单位2018年度历年累计收到申请数件3 16当面申请数件14传真申请数件1 2网络申请数件12"
        "信函申请数件316  申请办结数件25"
    )
    assert rows(text)[4] == ("信函申请数", "件", {"2018年度": 3, "历年累计": 16})


@pytest.mark.parametrize(
    "text",
    [
        "指标名称 | 计量单位 | 2016年度 | 历年累计 | |\n主动公开政府信息数 | 条 | 1 109 |  | |\n"
        "收到申请数 | 件 | 119 | 323 | |\n",
        "指标名称\n|\n计量单位\n|\n2016年度\n|\n历年累计\n|\n主动公开政府信息数\n|\n条\n|\n1 109\n|\n\n|\n"
        "收到申请数\n|\n件\n|\n119\n|\n323\n|\n",
    ],
)
def test_a_numbers_groups_spaced_in_a_cell_before_empty_ones_is_never_two_cells_unasked(text: str) -> None:
    """`| 1 109 |  | |` (more empty cells after it), or a cell a line, `1 109` then an empty line between two
    `|`: one number and an empty cell, or 1 and 109 — `null` unless the sums settle which, never 1 and 109."""
    assert rows(text)[0][2] == {"2016年度": None, "历年累计": None}
    assert "value.ambiguous" in rules(text)


@pytest.mark.parametrize(
    ("remarks", "mark"), [("备注", ""), ("说明", ""), ("备 注", ""), ("备注", " /"), ("备注", " 无")]
)
def test_a_remarks_column_after_the_values_is_no_part_of_the_first_label(remarks: str, mark: str) -> None:
    """`指标名称 计量单位 2012年度 历年累计 备注 主动公开信息数 条 739 4359 …`: the remarks' column, its cells empty
    or each a blank's mark (`739 4359 /`), is named in the header; its name is no part of the first row's
    label, nor are its marks any value's."""
    text = (
        f"指标名称 计量单位 2012年度 历年累计 {remarks} 主动公开信息数 条 739 4359{mark} "
        f"其中：1、网站公开 条 739 4359{mark} 2、政府公报公开 条 0 0{mark}"
    )
    assert rows(text) == [
        ("主动公开信息数", "条", {"2012年度": 739, "历年累计": 4359}),
        ("网站公开", "条", {"2012年度": 739, "历年累计": 4359}),
        ("政府公报公开", "条", {"2012年度": 0, "历年累计": 0}),
    ]


def test_a_remarks_column_of_marks_before_the_next_rows_number() -> None:
    """A 序号 column before the labels and a remarks' column of marks after the values, a cell a line (`…11` /
    `/` / `4` / `收到申请数…`): each mark is the remarks', the number after it the next row's, neither a value."""
    cells = ["序号", "指标名称", "计量单位", "2014年度", "历年累计", "说明"]
    cells += ["1", "主动公开政府信息数", "条", "120", "495", "/", "2", "全文电子化率", "%", "100", "100", "/"]
    cells += ["3", "新公开规范性文件数", "条", "0", "11", "/", "4", "收到申请数", "件", "232", "695", "/"]
    assert rows("\n".join(cells) + "\n") == [
        ("主动公开政府信息数", "条", {"2014年度": 120, "历年累计": 495}),
        ("全文电子化率", "%", {"2014年度": 100, "历年累计": 100}),
        ("新公开规范性文件数", "条", {"2014年度": 0, "历年累计": 11}),
        ("收到申请数", "件", {"2014年度": 232, "历年累计": 695}),
    ]


@pytest.mark.parametrize("again", ["续表 ", "— 7 —续表 ", ""])
def test_a_glued_remarks_column_of_marks_reads_as_the_table_without_it(again: str) -> None:
    """A 统计表 run together whose remarks' column prints 无 in every row (`条7394359无全文…`), its header
    printed again after a page break right after a row's mark (`…无续表 指标名称…`): the marks are the
    remarks', the one before the header no part of the next row's label, and the rows read as they do
    without the column — split by the table's sums, not taken for rows a number a cell."""
    printed = [("主动公开信息数条", "4373"), ("其中：1、网站公开条", "1827"), ("2、政府公报公开条", "2546")]
    printed += [("新公开规范性文件数条", "154"), ("收到申请数件", "58"), ("其中：1、当面申请数件", "58")]

    def table(remark: str, name: str) -> str:
        header = f"指标名称计量单位2012年度历年累计{name}"
        cells = [f"{label}{digits}{remark}" for label, digits in printed]
        return header + "".join(cells[:3]) + (again + header if again else "") + "".join(cells[3:])

    noted, plain = rows(table("无", "备注")), rows(table("", ""))
    assert [r[0] for r in noted] == [
        "主动公开信息数",
        "网站公开",
        "政府公报公开",
        "新公开规范性文件数",
        "收到申请数",
        "当面申请数",
    ]
    assert noted == plain
    assert plain[0][2] == {"2012年度": 43, "历年累计": 73}
    assert plain[3][2] == {"2012年度": 1, "历年累计": 54}  # no sum: 15 and 4 is a running total below the year's


def test_a_glued_remarks_mark_before_a_label_the_form_does_not_know_is_the_remarks() -> None:
    """`…政府公报公开条2546无受理依申请公开信息总数条58无…` under a header naming 备注: the 无 a row's last value
    runs on to is its remarks' cell, though the label after it is none the form knows — not the first
    character of that label, which left the column unseen and every row's digits read whole."""
    printed = [("主动公开信息数条", "4373"), ("其中：1、网站公开条", "1827"), ("2、政府公报公开条", "2546")]
    printed += [("受理依申请公开信息总数条", "58"), ("新公开规范性文件数条", "154")]

    def table(remark: str, name: str) -> str:
        return f"指标名称计量单位2012年度历年累计{name}" + "".join(f"{a}{b}{remark}" for a, b in printed)

    noted = rows(table("无", "备注"))
    assert [r[0] for r in noted][3] == "受理依申请公开信息总数"
    assert noted == rows(table("", ""))
    assert noted[0][2] == {"2012年度": 43, "历年累计": 73}


def test_a_remarks_mark_after_a_rows_unit_or_a_space_before_the_next_rows_number() -> None:
    """Under 序号 and a remarks' column (说明), a row's 无 a space after its last value or after the unit
    printed with it, run on to the next row's number (`条668条845 无2全文…`, `100 100%无3新公开…`): the
    remarks' cell, no row of its own, and every row read."""
    text = (
        "序号指标名称计量单位2009年度历年累计说明1主动公开政府信息数条668条845 无2全文电子化率%100 100%无"
        "3新公开规范性文件数条 365 2499无4收到申请数件3579 13125件无5当面申请数件19 70无"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2009年度": 668, "历年累计": 845}),
        ("全文电子化率", "%", {"2009年度": 100, "历年累计": 100}),
        ("新公开规范性文件数", "条", {"2009年度": 365, "历年累计": 2499}),
        ("收到申请数", "件", {"2009年度": 3579, "历年累计": 13125}),
        ("当面申请数", "件", {"2009年度": 19, "历年累计": 70}),
    ]


@pytest.mark.parametrize("mark", ["/", "", "—"])
def test_a_remarks_column_and_an_empty_last_column_after_it(mark: str) -> None:
    """`统计指标 | 本年 | 上年 | 说明 | |`: a `|` table with an empty column after its remarks', each row's
    remarks a blank's mark or empty (`| 3条 | 21条 | / | |`): the empty cells and the mark are no value's."""
    text = (
        "统计指标 | 本年 | 上年 | 说明 | |\n"
        f"（一）主动公开政府信息数（条） | 3条 | 21条 | {mark} | |\n"
        f"1．政府公报公开政府信息数（条） | 26条 | 5条 | {mark} | |\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"本年": 3, "上年": 21}),
        ("政府公报公开政府信息数", "条", {"本年": 26, "上年": 5}),
    ]


# a 统计表 with a remarks' column whose cells print notes in words, marks or nothing, row by row
_NOTED = [
    ("主动公开政府信息数", "条", "739", "4359", "含转办件"),
    ("其中：1、网站公开", "条", "739", "4359", ""),
    ("2、政府公报公开", "条", "0", "0", "/"),
    ("收到申请数", "件", "12", "64", "见附件"),
    ("其中：1、当面申请数", "件", "4", "20", "不含咨询"),
    ("2、网上申请数", "件", "8", "44", "按件统计"),
]
_NOTED_ROWS = [
    ("主动公开政府信息数", "条", {"2012年度": 739, "历年累计": 4359}),
    ("网站公开", "条", {"2012年度": 739, "历年累计": 4359}),
    ("政府公报公开", "条", {"2012年度": 0, "历年累计": 0}),
    ("收到申请数", "件", {"2012年度": 12, "历年累计": 64}),
    ("当面申请数", "件", {"2012年度": 4, "历年累计": 20}),
    ("网上申请数", "件", {"2012年度": 8, "历年累计": 44}),
]


@pytest.mark.parametrize("layout", ["pipes", "spaces", "lines", "units last", "units last, remarks after them"])
def test_a_remarks_column_of_words_row_by_row(layout: str) -> None:
    """A remarks' column whose cells print a note (`含转办件`, `见附件`, `按件统计`), a mark or nothing, row by
    row, in `|` rows, a space apart, a cell a line, and with the unit column last (before the remarks' or
    after them): each note is its row's remark — no row of its own (`含转办`), no part of the next row's
    label, no blank value of the row — and every row is read."""
    if layout == "pipes":
        text = "指标名称 | 计量单位 | 2012年度 | 历年累计 | 备注\n" + "".join(
            f"{a} | {u} | {x} | {y} | {r}\n" for a, u, x, y, r in _NOTED
        )
    elif layout == "spaces":
        text = "指标名称 计量单位 2012年度 历年累计 备注\n" + "".join(
            f"{a} {u} {x} {y} {r}\n" for a, u, x, y, r in _NOTED
        )
    elif layout == "lines":
        cells = ["指标名称", "计量单位", "2012年度", "历年累计", "备注"]
        for row in _NOTED:
            cells += [c for c in row if c]
        text = "\n".join(cells) + "\n"
    elif layout == "units last":
        text = "指标名称 2012年度 历年累计 备注 计量单位\n" + "".join(
            f"{a} {x} {y} {r} {u}\n" for a, u, x, y, r in _NOTED
        )
    else:
        text = "指标名称 2012年度 历年累计 计量单位 备注\n" + "".join(
            f"{a} {x} {y} {u} {r}\n" for a, u, x, y, r in _NOTED
        )
    assert rows(text) == _NOTED_ROWS


def test_a_remarks_column_of_words_run_together() -> None:
    """A 统计表 run together whose remarks print notes in some rows (`条7394359含转办件其中：…`), marks or nothing
    in others: each note and mark is its row's remark, the rows' digits split by the table's sums."""
    text = "指标名称计量单位2012年度历年累计备注" + "".join(f"{a}{u}{x}{y}{r}" for a, u, x, y, r in _NOTED)
    assert [r[0] for r in rows(text)] == [r[0] for r in _NOTED_ROWS]
    assert rows(text)[3:] == _NOTED_ROWS[3:]
    assert "含转办" not in "".join(r[0] for r in rows(text))


def test_a_remarks_words_before_a_two_digit_row_number() -> None:
    """A remarks' column of words on a table printed on one line, before a row numbered 10 or more
    (`9.按时办结数 件 0 10 按件统计 10.延期办结数 件 0 9 / 11.同意公开答复数 …`): the words are the remark, the
    numbering goes on past them, so 10 and 11 are the rows' numbers, not a cell's 1 and a row numbered 0."""
    text = (
        "指标名称 计量单位 2014年度 历年累计 说明 8.申请办结数 件 8 19 / 9.按时办结数 件 8 10 按件统计 "
        "10.延期办结数 件 0 9 不含咨询 11.同意公开答复数 件 23 41 / 12.同意部分公开答复数 件 72 360 无"
    )
    assert rows(text) == [
        ("申请办结数", "件", {"2014年度": 8, "历年累计": 19}),
        ("按时办结数", "件", {"2014年度": 8, "历年累计": 10}),
        ("延期办结数", "件", {"2014年度": 0, "历年累计": 9}),
        ("同意公开答复数", "件", {"2014年度": 23, "历年累计": 41}),
        ("同意部分公开答复数", "件", {"2014年度": 72, "历年累计": 360}),
    ]


def test_a_glued_row_of_word_cells_and_a_word_remark_before_the_unit_printed_last() -> None:
    """A 统计表 run together, its remarks' column then its unit column last, a row whose cells print words
    and whose remark is one too (`（二）被纠错数不涉及暂无空件（三）其他情形数00无件`): the three words are its
    cells and remark, the next row's label its own — no row lost under the label before it."""
    text = (
        "统计指标统计数历年累计备注单位六、举报投诉数量11无件（一）维持具体行政行为数11无件"
        "（二）被纠错数不涉及暂无空件（三）其他情形数00无件七、依申请公开信息收取的费用0.50.5无万元"
    )
    assert [(r[0], r[2]) for r in rows(text)] == [
        ("举报投诉数量", {"统计数": 1, "历年累计": 1}),
        ("维持具体行政行为数", {"统计数": 1, "历年累计": 1}),
        ("被纠错数", {"统计数": None, "历年累计": None}),
        ("其他情形数", {"统计数": 0, "历年累计": 0}),
        ("依申请公开信息收取的费用", {"统计数": 0.5, "历年累计": 0.5}),
    ]


def test_a_counts_unit_a_folds_space_after_it_before_the_next_rows_label() -> None:
    """A 统计表 run together that prints each count with its unit after the unit column (`…总次数次0次`), a
    fold's space between a count and its unit (`…总次数次0 次其中：…`): the unit is the count's, no part of a
    label — neither the row's (`…总次数次`) nor the next one's."""
    text = (
        "统计指标单位统计数1．参加或举办新闻发布会总次数次0 次其中：主要负责同志参加新闻发布会次数次0次"
        "（一）政府信息公开工作专门机构数个0个（二）设置政府信息公开查阅点数个0 个（三）从事政府信息公开工作人员数人3人"
    )
    assert [r[:2] for r in rows(text)] == [
        ("参加或举办新闻发布会总次数", "次"),
        ("主要负责同志参加新闻发布会次数", "次"),
        ("政府信息公开工作专门机构数", "个"),
        ("设置政府信息公开查阅点数", "个"),
        ("从事政府信息公开工作人员数", "人"),
    ]
    assert [r[2]["统计数"] for r in rows(text)] == [0, 0, 0, 0, 3]


def test_a_glued_row_of_word_cells_then_a_remark_in_words_before_the_next_label() -> None:
    """A 统计表 run together under a header naming a remarks' column, a row whose cells print words and
    whose remark follows them (`同意部分公开答复数件见附件待定不含咨询不同意公开答复数件…`): the remark is no
    part of the next row's label, and the row's cells are blanks."""
    text = (
        "指标名称计量单位2012年度历年累计说明按时办结数件35无同意部分公开答复数件见附件待定不含咨询"
        "不同意公开答复数件见附件7含转办件实际收取的总金额万元0.50.5/"
    )
    assert rows(text) == [
        ("按时办结数", "件", {"2012年度": 3, "历年累计": 5}),
        ("同意部分公开答复数", "件", {"2012年度": None, "历年累计": None}),
        ("不同意公开答复数", "件", {"2012年度": None, "历年累计": 7}),
        ("实际收取的总金额", "万元", {"2012年度": 0.5, "历年累计": 0.5}),
    ]


def test_a_glued_word_cell_then_a_remark_before_the_next_rows_number() -> None:
    """Run together under a header naming a remarks' column, one value column, a row whose cell prints a word
    and its remark right after it, the next row's number after them (`3．同意部分公开答复数件暂无含转办件4．…`):
    the word is the row's blank cell, the remark its own — no part of its label (…答复数件暂无含转办 before)."""
    text = (
        "统计指标单位统计数说明（三）申请答复数件7600件1．属于已主动公开范围数件51件按件统计2．同意公开答复数件1004件"
        "不含咨询3．同意部分公开答复数件暂无含转办件4．不同意公开答复数件2804件待定"
    )
    assert [(r[0], r[2]["统计数"]) for r in rows(text)] == [
        ("申请答复数", 7600),
        ("属于已主动公开范围数", 51),
        ("同意公开答复数", 1004),
        ("同意部分公开答复数", None),
        ("不同意公开答复数", 2804),
    ]


def test_a_remark_before_the_first_words_of_a_label_wrapped_round_its_cells() -> None:
    """Lines joined by spaces under a header naming a remarks' column: a row's remark, then the next row's label
    wrapped round its cells (`0 11 不含咨询 实际收取的总金 1 1 额（万元）`): the remark is the row before's, the
    label whole with its unit (`不含咨询实际收取的总金` with no unit before)."""
    text = (
        "统计指标 单位 2010年度 历年累计 说明 不同意公开答复数（件） 0 11 不含咨询 实际收取的总金 1 1 额（万元） "
        "申请行政复议数（件） 4 4 见附件"
    )
    assert rows(text) == [
        ("不同意公开答复数", "件", {"2010年度": 0, "历年累计": 11}),
        ("实际收取的总金额", "万元", {"2010年度": 1, "历年累计": 1}),
        ("申请行政复议数", "件", {"2010年度": 4, "历年累计": 4}),
    ]


@pytest.mark.parametrize("unit", ["（人）", " （人 ）"])
def test_a_labels_note_under_it_after_its_unit_in_brackets(unit: str) -> None:
    """A label printed with its unit in brackets, its note on the line under it (`1．专职人员数（人）` /
    `（不包括政府公报及政府网站工作人员数）`), a cell a line: the note is the label's, after the unit — not a word
    in a cell of its own, nor a row of its own."""
    text = (
        "指标名称\n2012年度\n历年累计\n（三）从事政府信息公开工作人员数（人）\n\n300\n\n3000\n\n"
        f"1．专职人员数{unit}\n（不包括政府公报及政府网站工作人员数）\n\n161\n\n2893\n\n2．兼职人员数（人）\n\n167\n\n200\n"
    )
    assert rows(normalize(Document(text)).text) == [
        ("从事政府信息公开工作人员数", "人", {"2012年度": 300, "历年累计": 3000}),
        ("专职人员数(不包括政府公报及政府网站工作人员数)", "人", {"2012年度": 161, "历年累计": 2893}),
        ("兼职人员数", "人", {"2012年度": 167, "历年累计": 200}),
    ]


def test_a_remark_before_a_label_its_unit_then_a_word_in_a_cell_of_its_own() -> None:
    """Tab rows run together under a header naming a remarks' column, a remark before the next row's label,
    its unit, then a word in a cell of its own (`608\t按件统计\t全文电子化率\t%\t类别\t100\t…`): the remark is the
    row before's, the word no part of the label."""
    text = (
        "指标名称\t计量单位\t2013年度\t历年累计\t说明\t主动公开政府信息数\t条\t229\t608\t按件统计\t全文电子化率\t%\t"
        "类别\t100\t100\t\t新公开规范性文件数\t条\t424\t1705\t无\t收到申请数\t件\t1436\t6938\t不含咨询\t"
        "当面申请数\t件\t办理情况\t141\t988\t/\t"
    )
    assert [r[:2] for r in rows(text)] == [
        ("主动公开政府信息数", "条"),
        ("全文电子化率", "%"),
        ("新公开规范性文件数", "条"),
        ("收到申请数", "件"),
        ("当面申请数", "件"),
    ]
    assert rows(text)[4][2] == {"2013年度": 141, "历年累计": 988}


def test_a_remark_in_words_after_a_word_cell_before_a_heading_run_on() -> None:
    """A 统计表 run together, each count printed with its unit, under a header naming a remarks' column: a row
    whose cell prints words, its remark, then a heading (`（三）其他情形数件见附件不含咨询五、行政诉讼数量件1460件空`):
    the words are the row's blank cell, the remark its own, the heading a row — the table goes on past them."""
    text = (
        "统计指标单位统计数说明四、行政复议数量件2667件含转办件（一）维持具体行政行为数件259件按件统计"
        "（二）被依法纠错数件2301件（三）其他情形数件见附件不含咨询五、行政诉讼数量件1460件空"
        "（一）维持具体行政行为或者驳回原告诉讼请求数件1250件含转办件"
    )
    assert [(r[0], r[2]["统计数"]) for r in rows(text)] == [
        ("行政复议数量", 2667),
        ("维持具体行政行为数", 259),
        ("被依法纠错数", 2301),
        ("其他情形数", None),
        ("行政诉讼数量", 1460),
        ("维持具体行政行为或者驳回原告诉讼请求数", 1250),
    ]


def test_a_remark_after_a_row_short_of_digits_may_be_a_blank_values() -> None:
    """Under a header naming a remarks' column, a row printing fewer numbers than its cells and a note after
    them (`1688 见附件`): the note may be the remark, the digits both cells' run together (16 and 88), as
    well as a blank value's — null with a finding unless the sums settle it, never 1688 and a blank."""
    text = (
        "指标名称 计量单位 2016年度 历年累计 备注\n主动公开政府信息数 条 1688 见附件\n"
        "全文电子化率 % 100 100 无\n收到申请数 件 33 47 不含咨询\n"
    )
    assert rows(text)[0][2] == {"2016年度": None, "历年累计": None}
    assert rows(text)[1:] == [
        ("全文电子化率", "%", {"2016年度": 100, "历年累计": 100}),
        ("收到申请数", "件", {"2016年度": 33, "历年累计": 47}),
    ]
    assert "value.ambiguous" in rules(text)


def test_a_remark_run_on_to_a_label_wrapped_past_its_cells() -> None:
    """`…涉及个人隐私（件） 0 0 按件统计危及国家安全、公共安全、经济安全 0 0 / 和社会稳定（件）…`: the remark run on to
    the first line of the next row's label, the rest of which is printed past its cells — the remark no part
    of it."""
    text = (
        "统计指标 统计数 历年累计 说明 涉及个人隐私（件） 0 0 按件统计危及国家安全、公共安全、经济安全 3 5 / "
        "和社会稳定（件）不是《条例》所指政府信息（件） 0 0 见附件"
    )
    assert [r[0] for r in rows(text)] == [
        "涉及个人隐私",
        "危及国家安全、公共安全、经济安全和社会稳定",
        "不是《条例》所指政府信息",
    ]
    assert rows(text)[1][2] == {"统计数": 3, "历年累计": 5}


def test_a_word_cell_and_a_remark_before_a_numbered_row_lose_no_row_its_value() -> None:
    """`（二）举办各类培训班数次不涉及不含咨询（三）接受培训人员数人次21…`: a word where the row's value stands, its
    remark, the next numbered row run on to them — no word cut off after the label that takes that row
    with it, leaving its 21 to the row before."""
    text = (
        "统计指标单位统计数说明（一）召开政府信息公开工作会议或专题会议数次33含转办件"
        "（二）举办各类培训班数次不涉及不含咨询（三）接受培训人员数人次21不含咨询"
    )
    got = {label: values["统计数"] for label, _, values in rows(text)}
    assert got["接受培训人员数"] == 21
    assert got.get("举办各类培训班数") is None


def test_a_remark_after_a_zero_led_run_of_digits() -> None:
    """`主动公开政府信息数条01无` under a remarks' column, some rows printing no remark: 01 is no cell's number,
    so the 无 is no blank value's beside a 1 — the row is 0 and 1, its remark 无."""
    text = (
        "统计指标单位本年上年备注一、主动公开情况———无（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）条01无"
        "其中：主动公开规范性文件数条128见附件制发规范性文件总数件946见附件（二）通过不同渠道和方式公开政府信息的情况——"
        "暂无暂无1．政府公报公开政府信息数条210无2．政府网站公开政府信息数条1356见附件3．政务微博公开政府信息数条82496"
    )
    assert rows(text)[0] == ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", {"本年": 0, "上年": 1})


def test_a_headings_remark_run_on_to_the_next_row() -> None:
    """One of the form's headings whose cells print nothing, its remark run on to it and the next row's label
    after (`一、主动公开情况含转办件（一）主动公开政府信息数…`), or on a line of its own after the heading's
    empty cells: the remark is no part of a row, and no row printed empty (`主动公开情况含转办` 件)."""
    glued = (
        "统计指标单位统计数历年累计说明一、主动公开情况含转办件（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）"
        "条15无其中：主动公开规范性文件数条00含转办件"
    )
    assert [r[0] for r in rows(glued)] == [
        "主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
        "主动公开规范性文件数",
    ]


def test_a_remarks_word_before_an_empty_last_column() -> None:
    """`| 件 | 见附件 | 666 | 见附件 | |`: a `|` table with an empty column after its remarks', a row whose value
    and remark both print 见附件 — the remark no prose that ends the table, every row read (the value null)."""
    text = (
        "指标名称 | 计量单位 | 2008年度 | 历年累计 | 说明 | |\n信函申请数 | 件 | 1883 | 6381 | 无 | |\n"
        "申请办结数 | 件 | 见附件 | 666 | 见附件 | |\n按时办结数 | 件 | 2496 | 2618 | 无 | |\n"
    )
    assert rows(text) == [
        ("信函申请数", "件", {"2008年度": 1883, "历年累计": 6381}),
        ("申请办结数", "件", {"2008年度": None, "历年累计": 666}),
        ("按时办结数", "件", {"2008年度": 2496, "历年累计": 2618}),
    ]


@pytest.mark.parametrize("remark", ["按件统计", "无"])
def test_a_remark_after_counts_printed_with_their_units(remark: str) -> None:
    """Counts printed with their units (`8条 80条`), then the remark and the unit column last: the units are
    no part of the label, nor of the remark, and the unit column's is the row's."""
    text = (
        "指标名称 2013年度 历年累计 备注 计量单位\n主动公开政府信息数 8条 80条 "
        f"{remark} 条\n新公开规范性文件数 19条 77条 {remark} 条\n"
    )
    assert rows(text) == [
        ("主动公开政府信息数", "条", {"2013年度": 8, "历年累计": 80}),
        ("新公开规范性文件数", "条", {"2013年度": 19, "历年累计": 77}),
    ]


def test_a_unit_printed_last_after_an_empty_remark_before_a_page_footer() -> None:
    """`实际收取的总金额 0.01 0.06  万元 - 1 - 申请行政复议数…` under `… 说明 单位`: the remark printed nothing, the
    unit a space after it is the unit column's, no unit printed with a cell's number, before the footer."""
    text = (
        "指标名称 2016年度 历年累计 说明 单位 不同意公开答复数 0 0  件 实际收取的总金额 0.01 0.06  万元 - 1 - "
        "申请行政复议数 0 3  件 提起行政诉讼数 0 0  件"
    )
    assert [(r[0], r[1]) for r in rows(text)] == [
        ("不同意公开答复数", "件"),
        ("实际收取的总金额", "万元"),
        ("申请行政复议数", "件"),
        ("提起行政诉讼数", "件"),
    ]


def test_a_remark_before_a_page_footer_and_after_a_full_stop() -> None:
    """A remark before a page's footer that a page's lines joined by spaces put after it (`含转办件 - 1 -
    申请行政复议数…`), and one a value's full stop before it (`0。见附件三、…`), before a heading whose remark
    runs on to the next row (`——含转办件（一）…`): remarks, no rows of their own."""
    spaced = (
        "指标名称 计量单位 2008年度 历年累计 说明 实际收取的总金额 万元 0.02 0.12 含转办件 - 1 - "
        "申请行政复议数 件 3 5 含转办件 提起行政诉讼数 件 0 0 见附件"
    )
    assert [r[0] for r in rows(spaced)] == ["实际收取的总金额", "申请行政复议数", "提起行政诉讼数"]
    glued = (
        "统计指标单位统计数说明一、主动公开情况——（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）条0。见附件"
        "三、依申请公开情况——含转办件（一）收到申请数件65含转办件1．当面申请数件49。不含咨询"
    )
    assert rows(glued)[1:] == [("收到申请数", "件", {"统计数": 65}), ("当面申请数", "件", {"统计数": 49})]


@pytest.mark.parametrize(
    ("columns", "row"),
    [("统计数 上年", "3221 771"), ("统计数 上年", "3 52813539"), ("统计数 历年累计", "2 6598038")],
)
def test_digits_past_a_group_in_a_table_that_spaces_thousands(columns: str, row: str) -> None:
    """A table that prints a number's thousands a space apart (`2 114`, `1 273 6 386`), a row whose digits run
    across a cell's end past a group of three (`3221 771`: 322 and 1 771 run together, which the table would
    print 3 221 and 771 otherwise; `3 52813539`; `2 6598038` amid rows a number a cell a space apart): the
    space may part a number's groups as well as two cells — `null` with `value.ambiguous` where nothing
    settles which, never the digits as printed unasked."""
    text = (
        f"统计指标 单位 {columns} 收到申请数 件 848 2 114 当面申请数 件 1 273 6 386 传真申请数 件 6 158 "
        f"网络申请数 件 17 66 信函申请数 件 {row} 申请办结数 件 60 310"
    )
    got = rows(text)
    assert got[1][2] == dict(zip(columns.split(), (1273, 6386), strict=True))
    assert got[4][2] == dict.fromkeys(columns.split())
    assert "value.ambiguous" in rules(text)


def test_last_years_column_each_row_a_number_a_cell_a_space_apart_is_read_as_printed() -> None:
    """A 统计表 printing last year's column between the year's and the cumulative, every row a number a cell
    one space apart: `739 736 4359` is three cells, not 739 736 as one number's groups with 435 and 9 (the
    reading of `4 10112313` in a table whose cells run together)."""
    text = (
        "指标名称 计量单位 2012年度 2011年度 历年累计 主动公开信息数 条 739 736 4359 "
        "其中：1、网站公开 条 739 736 4359 2、政府公报公开 条 0 0 0 受理依申请公开信息总数 条 12 10 64 "
        "其中：1、当面申请数 条 4 3 20 2、网上申请数 条 8 7 44"
    )
    assert rows(text)[:2] == [
        ("主动公开信息数", "条", {"2012年度": 739, "2011年度": 736, "历年累计": 4359}),
        ("网站公开", "条", {"2012年度": 739, "2011年度": 736, "历年累计": 4359}),
    ]


def test_last_years_column_a_row_short_of_a_number_a_wide_space_apart() -> None:
    """Three value columns, a row printing two numbers a wide space apart (`100100  100`): no running total
    as printed to judge the space by (the row is short of a cell), and the row read by its splits."""
    text = (
        "指标名称 计量单位 本年度 上年度 历年累计\n主动公开政府信息数 条 817 230 2865\n全文电子化率 % 100100  100\n"
        "新公开规范性文件数 条 282 12 496\n收到申请数 件 14 15 80\n当面申请数 件 2 1 23\n传真申请数 件 4 10 16\n"
        "网络申请数 件 8 4 41\n"
    )
    assert rows(text)[:3] == [
        ("主动公开政府信息数", "条", {"本年度": 817, "上年度": 230, "历年累计": 2865}),
        ("全文电子化率", "%", {"本年度": 100, "上年度": 100, "历年累计": 100}),
        ("新公开规范性文件数", "条", {"本年度": 282, "上年度": 12, "历年累计": 496}),
    ]


@pytest.mark.parametrize("gap", ["   ", "\u3000", " \u3000 "])
def test_a_wide_space_in_a_table_run_together_may_part_a_numbers_groups(gap: str) -> None:
    """A table whose digits run together, a number printed with its thousands spaced and the space widened
    (`当面申请数件1831   514`: 183 and 1 514): the wide space is as stray as one, and the running total
    settles the reading, never 1831 and 514 taken as printed."""
    text = (
        f"指标名称计量单位2017年度历年累计收到申请数件2832814当面申请数件1831{gap}514"
        "传真申请数件50600网络申请数件30400信函申请数件20300"
    )
    assert rows(text)[:2] == [
        ("收到申请数", "件", {"2017年度": 283, "历年累计": 2814}),
        ("当面申请数", "件", {"2017年度": 183, "历年累计": 1514}),
    ]


def test_a_wide_space_before_a_number_led_by_a_zero_parts_its_groups() -> None:
    """`信函申请数 件1  0994699`: no cell prints a number led by a zero, so the wide space is no cell's end but
    the space a number's thousands were printed with (1 099 and 4699), never 1 and 994699."""
    text = "指标名称 计量单位 2011年度 历年累计\n信函申请数 件1  0994699\n行政复议数 件691 1579\n"
    assert rows(text) == [
        ("信函申请数", "件", {"2011年度": 1099, "历年累计": 4699}),
        ("行政复议数", "件", {"2011年度": 691, "历年累计": 1579}),
    ]


def test_a_wide_space_in_a_table_run_together_before_digits_past_a_group_is_settled_by_the_sums() -> None:
    """A table whose digits run together, `当面申请数件1  3354321`: 1 and 3354321 as printed, or 1 335 and 4321,
    its thousands spaced and the space widened — the table's sums settle which, never the printed one unasked."""
    text = (
        "指标名称计量单位2017年度历年累计收到申请数件1435 5621当面申请数件1  3354321"
        "传真申请数件50600网络申请数件30400信函申请数件20300"
    )
    assert rows(text)[:2] == [
        ("收到申请数", "件", {"2017年度": 1435, "历年累计": 5621}),
        ("当面申请数", "件", {"2017年度": 1335, "历年累计": 4321}),
    ]


def test_a_row_folded_before_a_number_led_by_a_zero_runs_on_across_the_fold() -> None:
    """A text folded at a width the unfolding missed, a row's cells cut by the fold (`全文电子化率%1` then
    `00100`): a number led by a zero is no cell's, so the row's digits run on across the break and the
    table's shape splits them (100 and 100), never 1 and an unread cell."""
    text = "指标名称计量单位2013年度历年累计主动公开政府信息数条1520全文电子化率%1\n00100新公开规范性文件数条00"
    assert rows(text)[1] == ("全文电子化率", "%", {"2013年度": 100, "历年累计": 100})


@pytest.mark.parametrize(
    ("received", "want"),
    [
        # its kinds of application more than 2 and 569 allow: one number, 2 569, the next cell empty
        (2569, {"2011年度": 2569, "历年累计": None}),
        # … within both: two numbers a converter put in one cell as well, which the form's bounds leave open
        (2, {"2011年度": None, "历年累计": None}),
    ],
)
def test_two_numbers_in_one_markdown_cell_before_an_empty_one(received: int, want: dict) -> None:
    """`| 收到申请数 | 件 | 2 569 |  |`: a number whose thousands a space parts in its cell, the last cell empty,
    or two cells' numbers a converter put in one — the form's sums and bounds settle which, or neither is
    read; never the two taken as printed unasked."""
    parts = (
        ((345, 904, 1213, 107), (945, 1504, 1813, 707)) if received == 2569 else ((1, 0, 1, 0), (100, 200, 169, 100))
    )
    labels = ("当面申请数", "传真申请数", "网络申请数", "信函申请数")
    text = "| 指标名称 | 计量单位 | 2011年度 | 历年累计 |\n| --- | --- | ---: | ---: |\n"
    text += "| 收到申请数 | 件 | 2 569 |  |\n"
    text += "".join(f"| {lb} | 件 | {n} | {m} |\n" for lb, n, m in zip(labels, *parts, strict=True))
    assert rows(text)[0] == ("收到申请数", "件", want)
    assert rules(text) == ["table.incomplete" if received == 2569 else "value.ambiguous"]


@pytest.mark.parametrize(
    ("parts", "trained", "want"),
    [
        # the table's cells print their thousands spaced: the parts settle one number, the other cell blank
        (("1 103", "343", "63"), "1200", {"本年": 1509, "上年": None}),
        # … or two numbers, each the sum of its column's parts
        (("1", "0", "0"), "1 200", {"本年": 1, "上年": 509}),
        # no cell prints a number so: two cells, as printed
        (("1103", "343", "63"), "1200", {"本年": 1, "上年": 509}),
    ],
)
@pytest.mark.parametrize("run_on", [False, True])
def test_two_numbers_in_no_cell_in_a_table_whose_cells_space_thousands(
    parts: tuple, trained: str, want: dict, run_on: bool
) -> None:
    """A row's label, unit and numbers pulled out of a Markdown table each onto a line of its own
    (`四、行政复议数量` / `件` / `1 509`), or run together and on to the next row's line
    (`四、行政复议数量件1 509| 1.维持…`), where the table's cells print a number's thousands a space apart
    (`| 1 103 |`): one number and a blank cell, or two, as the form's sums settle; as printed where no cell
    prints a number so."""
    assert PRE2019.indicator_form is not None
    second = {"维持具体行政行为数": 509 if parts[0] == "1" else 4759, "接受培训人员数": trained}
    mine = dict(zip(("维持具体行政行为数", "被依法纠错数", "其他情形数"), parts, strict=True))
    lines = ["| 统计指标 | 单位 | 本年 | 上年 |", "| --- | --- | ---: | ---: |"]
    pulled = ""  # the row run on to the next one's line
    for row in PRE2019.indicator_form.rows:
        if row.label == "行政复议数量" and run_on:
            pulled = f"{row.number}{row.label}件1 509"
        elif row.label == "行政复议数量":
            lines += ["", f"{row.number}{row.label}", "件", "1 509", ""]
        elif row.unit is None:
            lines.append(f"{pulled}| {row.number}{row.label} | — | — | — |")
            pulled = ""
        else:
            cells = (mine.pop(row.label, "0"), second.pop(row.label, 0))
            lines.append(f"{pulled}| {row.number}{row.label} | {row.unit} | {cells[0]} | {cells[1]} |")
            pulled = ""
    got = extract_indicators("\n".join(lines) + "\n", PRE2019)
    row = next(r for r in got.rows if r.label == "行政复议数量")
    assert row.values == want
    assert [f.rule for f in got.findings] == (["table.incomplete"] if want["上年"] is None else [])


def test_a_page_footer_beginning_a_cell_before_its_number() -> None:
    """A page footer run into the first cell of a row, before its number (`|件|- 7 -0|22|`): no blank's mark,
    value or row of its own; the row keeps its cells."""
    text = "指标名称|计量单位|2008年度|历年累计|申请行政复议数|件| 0| 6|提起行政诉讼数|件|- 7 -0|22|行政复议数|件|1|11|"
    assert rows(text) == [
        ("申请行政复议数", "件", {"2008年度": 0, "历年累计": 6}),
        ("提起行政诉讼数", "件", {"2008年度": 0, "历年累计": 22}),
        ("行政复议数", "件", {"2008年度": 1, "历年累计": 11}),
    ]


def test_a_number_a_fold_cut_at_its_decimal_point_in_rows_run_on_over_lines() -> None:
    """Rows run on over lines folded at a fixed width, a fold where a number's decimal point meets it
    (`… 万元 0.1579 12` / `.7895 申请…`, or `12.` / `7895 …`): one number, never its digits before the
    point alone nor the rest a row."""
    head = "指标名称 计量单位 2011年度 历年累计 不同意公开答复数 件 22 104 实际收取的总金额 万元 0.1579 12"
    for fold in ("\n.7895 申请", ".\n7895 申请"):
        assert rows(head + fold + "行政复议数 件 76 305") == [
            ("不同意公开答复数", "件", {"2011年度": 22, "历年累计": 104}),
            ("实际收取的总金额", "万元", {"2011年度": 0.1579, "历年累计": 12.7895}),
            ("申请行政复议数", "件", {"2011年度": 76, "历年累计": 305}),
        ]


def test_the_header_printed_again_after_a_row_whose_unit_column_is_last() -> None:
    """`| 申请行政复议数 | 31 | 117 | 件 |`, a page's footer, then `| 项目名称 | 2010年度 | 历年累计 | 单位 |` again
    over the next rows: the unit column last, the header's words run between that unit and the next row's
    label — no part of either, and 项 no unit."""
    head = "| 项目名称 | 2010年度 | 历年累计 | 单位 |\n| --- | ---: | ---: | ---: |\n"
    first = "| 实际收取的总金额 | 1 | 3 | 万元 |\n| 申请行政复议数 | 31 | 117 | 件 |\n"
    rest = "| 提起行政诉讼数 | 89 | 537 | 件 |\n| 行政复议数 | 0 | 0 | 件 |\n"
    assert (
        rows(head + first + "\n第6页\n\n" + head + rest)
        == rows(head + first + rest)
        == [
            ("实际收取的总金额", "万元", {"2010年度": 1, "历年累计": 3}),
            ("申请行政复议数", "件", {"2010年度": 31, "历年累计": 117}),
            ("提起行政诉讼数", "件", {"2010年度": 89, "历年累计": 537}),
            ("行政复议数", "件", {"2010年度": 0, "历年累计": 0}),
        ]
    )


def test_empty_cells_past_the_last_column_leave_a_row_a_number_a_cell() -> None:
    """Rows of `|` cells ending in an empty one (`| 件 | 1 | 2 | |`): each prints a number a cell, so a row
    whose line breaks after its first number (`| 条 | 38` / `② | 200 | |`) does not make the table's digits
    run together, and its 38 is never split into 3 and 8."""
    rows = "\n".join(f"{k}.同意公开答复数 | 件 | {k} | {2 * k} | |" for k in range(1, 21))
    text = (
        "鹿安省人民政府2015年政府信息公开工作年度报告\n一、概述\n2015年，本机关认真贯彻落实条例。\n"
        "附件：政府信息公开情况统计表\n统计指标 | 单位 | 统计数 | 历年累计 | |\n一、主动公开情况 | — | — | — | |\n"
        f"（一）主动公开政府信息数 | 条 | 38\n② | 200 | |\n{rows}\n"
    )
    got = parse_text(text)
    first = got.indicators[0]
    assert first.label == "主动公开政府信息数" and first.values["统计数"] in (None, 38)
    assert [r.values for r in got.indicators if r.label == "同意公开答复数"][2] == {"统计数": 3, "历年累计": 6}


@pytest.mark.parametrize("point", ["2 ．政府", "2 .政府", "2 、政府", "2 . 政府", "2\t．政府"])
def test_a_rows_number_a_space_apart_from_its_point_is_no_value(point: str) -> None:
    """`…次数次81 173 2 ．政府网站…`: a fold between the next row's number and its point, its line break
    turned into a space, leaves the number after the row's cells; a label the form knows after the point
    makes it that row's number, not a third value (nor 81 173 one number spaced in groups, and 2)."""
    head = "统计指标单位统计数上年（二）通过不同渠道和方式回应解读的情况——1．参加或举办新闻发布会总次数次181 273"
    got = rows(head + f"其中：主要负责同志参加新闻发布会次数次81 173 {point}网站在线访谈次数次4 30")
    assert got[1:] == [
        ("主要负责同志参加新闻发布会次数", "次", {"统计数": 81, "上年": 173}),
        ("政府网站在线访谈次数", "次", {"统计数": 4, "上年": 30}),
    ]


@pytest.mark.parametrize(
    "row",
    [
        # the row's cells a space apart, the row number a token of its own
        "指标名称 计量单位 2012年度 历年累计 受理依申请公开信息总数 条 0 0 其中：1、当面申请数 条 0 0 "
        "2、传真申请数 条 0 0 {point}电子邮件申请数 条 0 0 4、网上申请数 条 0 0",
        # … or a table running its digits together, the row number glued to the cells before it
        "指标名称计量单位2012年度历年累计受理依申请公开信息总数条00其中：1、当面申请数条00"
        "2、传真申请数条00{point}电子邮件申请数条004、网上申请数条00",
    ],
)
@pytest.mark.parametrize("point", ["3 、", "3 .", "3\t．"])
def test_the_next_rows_number_a_space_apart_from_its_point_before_a_label_of_its_own(row: str, point: str) -> None:
    """`…2、传真申请数 条 0 0 3 、电子邮件申请数…`, `…传真申请数条003 .电子邮件申请数…`: the fold's space before the
    point, and after it a label the form does not list (a region's own row): the 3 the rows count to next is that
    row's number, no value, the digits before it the row's cells, and the label no point of its own."""
    text = row.format(point=point)
    assert rows(text)[2:4] == [
        ("传真申请数", "条", {"2012年度": 0, "历年累计": 0}),
        ("电子邮件申请数", "条", {"2012年度": 0, "历年累计": 0}),
    ]
    assert rules(text) == []


@pytest.mark.parametrize(
    ("received", "want"),
    [("155 343", (121, 162)), ("46 1343", (12, 1162)), ("100 100", (None, None))],
)
def test_a_fold_inside_a_number_the_unfolding_left(received: str, want: tuple) -> None:
    """`当面申请数 件 12` / `1 162`: a row one number over its cells, a line break alone between two of them, which a
    fold may have cut where the text's widths told no fold (121 and 162) as well as parted two cells (12 and
    1 162, its thousands spaced). The sums over the kinds of application settle which; where neither keeps
    them, neither is read."""
    text = (
        f"指标名称 计量单位 2016年度 历年累计 收到申请数 件 {received} 当面申请数 件 12\n1 162 传真申请数 件 7 21 "
        "网络申请数 件 27 147 信函申请数 件 0 13 申请办结数 件 0 21"
    )
    assert rows(text)[1] == ("当面申请数", "件", dict(zip(("2016年度", "历年累计"), want, strict=True)))
    assert rules(text) == ([] if want[0] else ["value.ambiguous"])


def test_a_row_one_space_apart_below_its_running_total_in_a_table_run_together() -> None:
    """`同意部分公开答复数件13842 7` in a table whose rows run their digits together: as printed, its running total
    (7) is below the year's (13 842), where a fold's space inside 427 gives 138 and 427; the other splits that keep
    the total are read, for the table's sums to settle, or none is. In a table that prints a number a cell, the
    report's own numbers stay as printed."""
    row = "同意部分公开答复数件13842 7"
    glued = f"指标名称计量单位2018年度历年累计全文电子化率%100100新公开规范性文件数条224670同意公开答复数件203491{row}"
    assert rows(glued)[-1] == ("同意部分公开答复数", "件", {"2018年度": None, "历年累计": None})
    assert "value.ambiguous" in rules(glued)
    spaced = f"指标名称 计量单位 2018年度 历年累计 全文电子化率 % 100 100 同意公开答复数 件 2 34 {row}"
    assert rows(spaced)[-1] == ("同意部分公开答复数", "件", {"2018年度": 13842, "历年累计": 7})


@pytest.mark.parametrize(("spaced", "want"), [("条2 5415 258", None), ("条25415258", 1761)])
def test_a_wide_space_before_a_group_of_three_where_a_glued_table_spaces_thousands(spaced: str, want: int) -> None:
    """`2．政府网站公开政府信息数条1761   819` in a table whose rows run their digits together, no running total to
    judge it: where another row prints more numbers than its cells, a space parting a number's groups (`2 5415
    258`: 2 541 and 5 258), the wide space may be a widened one of those (176 and 1 819) as well as a cell's end;
    neither is read unless the sums settle it. Where no row does, it parts cells, as printed."""
    text = (
        "统计指标单位本年上年（一）主动公开政府信息数条26334其中：主动公开规范性文件数条1931 097"
        f"1．政府公报公开政府信息数{spaced}2．政府网站公开政府信息数条1761   8193．政务微博公开政府信息数条67561"
    )
    assert rows(text)[3][2]["本年"] == want
    flagged = {c for f in extract_indicators(text, PRE2019)[1] for c in f.cells}
    assert ("indicator.政府网站公开政府信息数" in flagged) == (want is None)


@pytest.mark.parametrize(
    ("total", "want"), [("761 3093", {"统计数": 6, "上年": 1137}), ("816 2093", {"统计数": 61, "上年": 137})]
)
def test_a_cell_run_on_to_the_next_cells_spaced_thousands(total: str, want: dict[str, int]) -> None:
    """`1．按时办结数 件 61 137` in a table that spaces a number's thousands (`3 740`): 61 and 137 as printed, or 6
    and 1 137, its digits run on to the next cell's groups; as printed, unless that breaks a sum the other
    reading keeps (申请办结数 761 = 6 + 755: before, 61 stood and the sum's other rows were left open)."""
    text = (
        "统计指标 单位 统计数 上年 三、依申请公开情况 （一）收到申请数 件 768 3 740 "
        f"（二）申请办结数 件 {total} 1．按时办结数 件 61 137 2．延期办结数 件 755 1956 （三）申请答复数 件 17 91"
    )
    assert dict((label, values) for label, _, values in rows(text))["按时办结数"] == want
    assert not rules(text)


def test_more_numbers_than_cells_in_a_table_run_together_may_hold_a_stray_space() -> None:
    """`件8 7 443` in a table whose rows run their digits together: 87 and 443 (a stray space in 87) fit as
    well as 8 and 7 443 (a space parting groups of three); with no sum to settle it, neither is read."""
    text = (
        "统计指标单位统计数上年（三）申请答复数件5092302 6．申请信息不存在数件482437．"
        "告知作出更改补充数 件8 7 4438．告知通过其他途径办理数 件 35201"
    )
    got = {label: values for label, _, values in rows(text)}
    assert got["告知作出更改补充数"] == {"统计数": None, "上年": None}
    assert "value.ambiguous" in rules(text)


@pytest.mark.parametrize("label", ["行政复议数 量", "行政诉讼数 量"])
def test_a_folds_space_inside_a_label_after_a_shorter_label_it_begins(label: str) -> None:
    """`五、行政诉讼数 量件00`: a fold's space inside 行政诉讼数量 after 行政诉讼数, a label of other years' forms.
    What follows the space with its unit finishes the longer label: no word printed in a cell of its own."""
    text = f"统计指标单位本年上年（一）维持具体行政行为数件12五、{label}件00六、举报投诉数量件12"
    got = rows(text)[1]
    assert got == (label.replace(" ", ""), "件", {"本年": 0, "上年": 0})


@pytest.mark.parametrize(
    "empty",
    ["不是《条例》所指政府信息件", "不是《条例》所指政府信息（件）", "不是《条例》所指政府信息件涉及个人隐私件"],
)
def test_rows_printed_empty_before_a_row_whose_cells_follow_where_the_unit_column_is_last(empty: str) -> None:
    """The unit column last and the digits run together: a row printed empty is its label and unit alone, run
    into the next row's label (`…216件不是《条例》所指政府信息件法律法规规定的其他情形535件`). Each is a row of its
    own, the empty one null with a finding; not one label, the two run together, with the other's cells."""
    text = (
        "统计指标统计数单位其中：涉及国家秘密144件危及国家安全、公共安全、经济安全和社会稳定216件"
        f"{empty}法律法规规定的其他情形535件5．不属于本行政机关公开数49件"
    )
    got = {label: values["统计数"] for label, _, values in rows(text)}
    assert got["不是《条例》所指政府信息"] is None and got["法律法规规定的其他情形"] == 535
    assert rules(text).count("table.incomplete") == empty.count("件")


COUNTED_AND_GLUED = (
    "统计指标单位本年上年一、主动公开情况———（一）主动公开政府信息数条56条462条其中：主动公开规范性文件数条119772"
    "制发规范性文件总数件211件659件{}（四）行政复议数量件189件993件（五）行政诉讼数量件92件596件（六）举报投诉数量件32件240件"
)


@pytest.mark.parametrize(
    ("rows_printed", "label", "want"),
    [
        (
            "（二）申请办结数件4772 9691．按时办结数件91件636件2．延期办结数件386件2 333",
            "申请办结数",
            {"本年": 477, "上年": 2969},
        ),
        (
            "1．参加或举办新闻发布会总次数次157次912次其中：主要负责同志参加新闻发布会次数次4631 597"
            "2．政府网站在线访谈次数次153次383次",
            "主要负责同志参加新闻发布会次数",
            {"本年": None, "上年": None},
        ),
    ],
)
def test_rows_whose_units_part_their_cells_do_not_make_a_table_run_together_one_of_a_number_a_cell(
    rows_printed: str, label: str, want: dict
) -> None:
    """Most rows print a unit after each cell (`件91件636件`), the others run their digits together: the units
    say nothing of what a space between two numbers is, and `4772 969` may be 477 and 2 969 as well as 4772
    and 969. Its parts settle the first (91 + 386, 636 + 2 333); nothing settles `4631 597`, read neither way."""
    text = COUNTED_AND_GLUED.format(rows_printed)
    assert {got_label: values for got_label, _, values in rows(text)}[label] == want
    assert rules(text).count("value.ambiguous") == 1 + (want["本年"] is None)


def test_a_unit_between_two_numbers_parts_them_in_a_table_run_together() -> None:
    """`条394条1 325` where rows run their digits together: the space may be a stray one, but 条 parts 394
    from what follows, and the row is 394 and 1 325."""
    text = (
        "统计指标单位本年上年一、主动公开情况———（一）主动公开政府信息数条119772"
        "1．政府公报公开政府信息数条394条1 3252．政府网站公开政府信息数条6761422（四）其他情形数件4865"
    )
    assert {label: values for label, _, values in rows(text)}["政府公报公开政府信息数"] == {"本年": 394, "上年": 1325}


@pytest.mark.parametrize(
    ("head", "row"),
    [
        # the unit column last: the word on the label's line, a space apart, or on a line of its own
        ("统计指标 统计数 上年 单位\n（二）被依法纠错数 3 6 件 ", "（三）其他情形数 备案类 3 6 件 "),
        ("统计指标 统计数 上年 单位\n（二）被依法纠错数 3 6 件 ", "（三）其他情形数\n办理情况\n3\n6\n件\n"),
        # the unit column first
        ("统计指标 单位 统计数 上年\n（二）被依法纠错数 件 3 6 ", "（三）其他情形数 件 备案类 3 6 "),
    ],
)
def test_a_word_between_a_label_and_its_cells_where_the_unit_column_is_last(head: str, row: str) -> None:
    """A word printed between a row's label and its first cell (`（三）其他情形数 备案类 3 6 件`): no part of the
    label, where the label before it is one the template knows whole, the unit printed last after the row
    before's cells (`件`) no part of it either."""
    got = rows(head + row + "六、举报投诉数量 1 2 件" if "单位\n" in head else head + row + "六、举报投诉数量 件 1 2")
    assert got[1:] == [
        ("其他情形数", "件", {"统计数": 3, "上年": 6}),
        ("举报投诉数量", "件", {"统计数": 1, "上年": 2}),
    ]


def test_a_thousands_separator_a_folds_space_follows() -> None:
    """A row's two numbers glued, the comma of the second's thousands a fold's space follows (`5883, 557`): the
    comma is no row of its own, nor does it part 5883 from 557; the digits run together as if printed glued
    (588 and 3,557, or 5883 and 557, or …), which the table's sums settle, or the row is not read."""
    text = (
        "统计指标本年上年四、行政复议数量（件）2168 7158五、行政诉讼数量（件）5883, 557"
        "（一）维持具体行政行为或者驳回原告诉讼请求数（件）138 992（二）被依法纠错数（件）36 1661"
        "（三）其他情形数（件）414 904六、举报投诉数量（件）1 2"
    )
    got = rows(text)
    assert [r[0] for r in got] == [
        "行政复议数量",
        "行政诉讼数量",
        "维持具体行政行为或者驳回原告诉讼请求数",
        "被依法纠错数",
        "其他情形数",
        "举报投诉数量",
    ]
    assert got[1][2] in ({"本年": 588, "上年": 3557}, {"本年": None, "上年": None})
    assert got[0][2] == {"本年": 2168, "上年": 7158} and got[2][2] == {"本年": 138, "上年": 992}


def test_a_rows_digits_that_are_no_number_leave_none_of_its_cells_read() -> None:
    """Two numbers glued with their thousands separators, a fold's space inside the second (`2,1687,15 8`):
    the digits before the space are no number, and hold more than one cell, so the 8 after it is no cell of
    its own — no cell of the row is read, and it is said so."""
    text = (
        "统计指标本年上年四、行政复议数量（件）2,1687,15 8（一）维持具体行政行为数（件）1,1863,968"
        "五、行政诉讼数量（件）12 30"
    )
    got = rows(text)
    assert got[0] == ("行政复议数量", "件", {"本年": None, "上年": None})
    assert got[1][2] == {"本年": 1186, "上年": 3968} and got[2][2] == {"本年": 12, "上年": 30}
    assert "table.incomplete" in rules(text)


_UNFILLED = [("主动公开政府信息数", "条", "90", ""), ("全文电子化率", "%", "100", ""), ("收到申请数", "件", "2837", "")]
_UNFILLED += [("当面申请数", "件", "1148", ""), ("网络申请数", "件", "1689", ""), ("行政复议数", "件", "0", "")]


def _unfilled_text(form: str, rows: list[tuple[str, ...]]) -> str:
    """A 统计表 under 2017年度 and 历年累计 whose rows print `rows`' cells (`""` an empty one) in `form`: a cell
    a line between lines of `|`, a cell a line, a cell a tab-led line with an empty line after each row, a row
    a line a space between cells, or the whole table on one line."""
    head = ("指标名称", "计量单位", "2017年度", "历年累计")
    if form == "pipes_cells":
        return "\n|\n".join([*head, *(c for r in rows for c in r)]) + "\n|\n"
    if form == "cells":
        return "\n".join([*head, *(c for r in rows for c in r)]) + "\n"
    if form == "tabs":
        return "".join("\n".join(f"\t{c}" for c in r) + "\n\n" for r in [head, *rows])
    body = "".join(f"{' '.join(r)}\n" for r in [head, *rows])
    return body.replace("\n", " ") if form == "one_line" else body


@pytest.mark.parametrize("form", ["pipes_cells", "cells", "tabs", "spaces", "one_line"])
def test_a_cumulative_column_no_row_fills_leaves_each_rows_number_the_years(form: str) -> None:
    """历年累计 left empty in every row, its cells printing nothing (an empty `|` cell, an empty line, a tab
    alone, a space), and each row's number a cell of its own (alone on its line, or a space apart from the
    unit): the year's, not 9 and 0 nor null as though it might be the cumulative's."""
    got = rows(_unfilled_text(form, _UNFILLED))
    assert [(label, unit, values["2017年度"], values["历年累计"]) for label, unit, values in got] == [
        (label, unit, float(n) if unit == "%" else int(n), None) for label, unit, n, _ in _UNFILLED
    ]


def test_a_column_no_row_fills_in_text_that_runs_cells_together_is_no_sign() -> None:
    """Rows run together (`主动公开政府信息数条90`) print one digit run whether or not a column is empty: nothing
    tells 90 and an empty cell from 9 and 0, so no value is read."""
    text = "指标名称计量单位2017年度历年累计" + "".join("".join(r) for r in _UNFILLED)
    assert all(values == {"2017年度": None, "历年累计": None} for _, _, values in rows(text)[:2])


def test_rows_a_space_apart_whose_every_number_splits_into_two_cells_are_no_sign() -> None:
    """A space before each row's one number (`条 206912106`) and every number splittable into the year's and a
    cumulative at least as great: the two cells may run together in each row, so none is read."""
    printed = [("收到申请数", "件", "206912106"), ("当面申请数", "件", "1525"), ("网络申请数", "件", "1218")]
    assert all(
        values == {"2017年度": None, "历年累计": None} for _, _, values in rows(_unfilled_text("spaces", printed))
    )


def test_three_columns_the_cumulative_left_empty() -> None:
    """`本年 上年 历年累计`, every row printing two numbers a space apart and nothing for the cumulative."""
    printed = [(312, 936), (32, 96), (280, 840)]
    text = "指标名称 计量单位 本年 上年 历年累计\n" + "".join(
        f"{label} 件 {a} {b} \n"
        for label, (a, b) in zip(["收到申请数", "当面申请数", "网络申请数"], printed, strict=True)
    )
    assert [values for _, _, values in rows(text)] == [{"本年": a, "上年": b, "历年累计": None} for a, b in printed]


@pytest.mark.parametrize("form", ["pipes_cells", "cells", "tabs", "spaces"])
def test_rows_a_number_short_whose_last_cell_shows_its_room_beside_rows_that_fill_it(form: str) -> None:
    """Two rows fill 历年累计, the rest leave it empty, what follows their numbers showing room for its cell
    (a space, an empty line, `|` and an empty line and `|`, a tab alone): their number is the year's."""
    full = [("新公开规范性文件数", "条", "55", "4359"), ("申请办结数", "件", "327", "1250")]
    got = {label: values for label, _, values in rows(_unfilled_text(form, [*_UNFILLED[:3], *full, *_UNFILLED[3:]]))}
    assert got["新公开规范性文件数"] == {"2017年度": 55, "历年累计": 4359}
    assert got["收到申请数"] == {"2017年度": 2837, "历年累计": None}
    assert got["行政复议数"] == {"2017年度": 0, "历年累计": None}


@pytest.mark.parametrize("form", ["pipes_cells", "cells", "tabs", "spaces"])
@pytest.mark.parametrize("full", [False, True])
def test_a_row_whose_first_cell_is_the_empty_one_is_read_so(form: str, full: bool) -> None:
    """A row whose number an empty cell leads (`|` / an empty line / `|` / `28`, an empty line or a tab alone
    on its line before it, two spaces for one), amid rows that leave 历年累计 empty, or a few of them beside
    rows that fill it: its first cell is the empty one, the year's."""
    filled = [("新公开规范性文件数", "条", "55", "4359"), ("申请办结数", "件", "327", "1250")] if full else []
    got = rows(
        _unfilled_text(form, [*_UNFILLED, *filled, ("行政诉讼数", "件", "", "28"), ("行政复议数", "件", "7", "")])
    )
    assert got[0][2] == {"2017年度": 90, "历年累计": None}
    assert got[-2][2] == {"2017年度": None, "历年累计": 28}


def test_a_word_in_a_cell_of_its_own_after_a_cell_left_empty() -> None:
    """`不同意公开答复数` / `件` / `` / `类别` / `1969` between lines of `|`: the word is no row's label, its
    row's cells the empty one and 1969, and the rows after it keep their own numbers."""
    got = rows(
        _unfilled_text(
            "pipes_cells",
            [
                ("收到申请数", "件", "1885", "8944"),
                ("不同意公开答复数", "件", "", "类别", "1969"),
                ("行政复议数", "件", "485", "1464"),
            ],
        )
    )
    assert got == [
        ("收到申请数", "件", {"2017年度": 1885, "历年累计": 8944}),
        ("不同意公开答复数", "件", {"2017年度": None, "历年累计": 1969}),
        ("行政复议数", "件", {"2017年度": 485, "历年累计": 1464}),
    ]


def test_a_row_printing_nothing_in_a_table_of_one_column() -> None:
    """`统计数` alone, a row printing no number between two that do: no value for it, the others read."""
    text = "指标名称 计量单位 统计数\n主动公开政府信息数 条 5\n主动公开规范性文件数 条\n制发规范性文件总数 件 54\n"
    assert [values for _, _, values in rows(text)] == [{"统计数": 5}, {"统计数": None}, {"统计数": 54}]


def test_a_cumulative_holds_last_years_count_too() -> None:
    """Rows run together under 2017年度, 2016年度 and 历年累计, the cumulative left empty (`行政复议数件0` shows
    it): `传真申请数件6511 953` read as a blank, 6511 and 953 would put the running total below last year's
    count, which it counts too; so that reading is none, and the row, with several left, is not read."""
    text = (
        "指标名称计量单位2017年度2016年度历年累计收到申请数件1 3313 993当面申请数件104312传真申请数件6511 953"
        "网络申请数件294882信函申请数件282846行政复议数件0"
    )
    assert rows(text)[2][2] == {"2017年度": None, "2016年度": None, "历年累计": None}


def test_rows_a_number_short_in_a_table_printing_its_cells_apart_with_no_room_shown() -> None:
    """Rows a space apart, label, unit and numbers, some a number short with no room shown for the empty cell
    (a page's text that keeps one space between words: `网络申请数 件 101`): its number is a cell of its own
    whose column nothing tells, never 10 and 1; the rows that fill their cells are read as printed."""
    printed = [
        ("主动公开政府信息数", "条", "100 236"),
        ("全文电子化率", "%", "100 100"),
        ("新公开规范性文件数", "条", "92 460"),
    ]
    printed += [("收到申请数", "件", "114 261"), ("当面申请数", "件", "16 28"), ("传真申请数", "件", "78 100")]
    printed += [("网络申请数", "件", "101"), ("信函申请数", "件", "32"), ("申请办结数", "件", "65")]
    text = "指标名称 计量单位 本年 上年\n" + "".join(f"{' '.join(r)}\n" for r in printed)
    got = {label: values for label, _, values in rows(text)}
    assert got["新公开规范性文件数"] == {"本年": 92, "上年": 460}
    assert got["网络申请数"] == got["信函申请数"] == {"本年": None, "上年": None}


@pytest.mark.parametrize("form", ["tabs", "cells"])
def test_a_numbers_groups_a_space_apart_on_its_own_line_in_a_table_of_a_number_a_line(form: str) -> None:
    """A table printing its numbers a line each, one of them with its groups of three a space apart (`1 909`
    alone on its line): one number, 1909, not 1 and 909 in two cells."""
    got = rows(_unfilled_text(form, [*_UNFILLED[:2], ("收到申请数", "件", "1 909", ""), *_UNFILLED[3:]]))
    assert got[2][2] == {"2017年度": 1909, "历年累计": None}


def test_a_whereof_list_that_cannot_add_up_to_its_row_bounds_nothing() -> None:
    """`行政复议数件2679其中：1.行政诉讼数件36/`: no split of 2679 lets 36 add up to it in 本年, so the list is no
    list of its parts and 36 bounds nothing — not 267 and 9 read because 26 is below 36."""
    text = "指标名称计量单位本年上年收到申请数件215902当面申请数件74451行政复议数件2679其中：1.行政诉讼数件36/"
    assert rows(text)[2][2] == {"本年": None, "上年": None}
