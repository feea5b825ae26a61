"""Template detection reads the tables' own headers and rows, not the words of the prose."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from zfxxgk import parse_text
from zfxxgk.detect import _distinctive, _items_named, _names, _stack_tops, _unspaced, detect_template
from zfxxgk.patterns import search_at_starts
from zfxxgk.synth import synth_record, write_layout
from zfxxgk.templates import TEMPLATES, template_for_year

STATISTICS = (
    "六、政府信息公开情况统计表 指标名称 计量单位 2018年度 历年累计 主动公开文件数 条 20 120 "
    "受理依申请公开信息总数 条 0 0 行政复议数 件 0 0"
)
PROSE = "2018年，我区推进重大建设项目、政府集中采购、规范性文件和行政许可信息公开，主动公开政府信息20条。"


@pytest.mark.parametrize("header", ["指标名称 计量单位 2018年度 历年累计", "指标名称 计量 单位 2018 年度 历年累计"])
def test_a_statistics_table_is_pre2019_whatever_the_prose_mentions(header: str) -> None:
    text = PROSE + "其他对外管理服务事项有所增加。" + STATISTICS.replace("指标名称 计量单位 2018年度 历年累计", header)
    assert detect_template(text, 2018).id == "pre2019"


def test_one_column_header_of_a_later_format_in_the_prose_does_not_outweigh_a_statistics_table() -> None:
    text = PROSE + "本年新制作数量较上年有所增加。" + STATISTICS
    assert detect_template(text, 2018).id == "pre2019"


@pytest.mark.parametrize(("template", "year"), [("2019", 2022), ("2021", 2020), ("2019", 2019), ("2021", 2023)])
def test_the_tables_decide_the_format_and_a_wrong_one_for_the_year_is_flagged(template: str, year: int) -> None:
    rec = synth_record(random.Random(year), template, year, "区县")
    got = parse_text(str(write_layout(rec, "spaces", year)))
    assert got.meta.template == template
    mismatch = any(f.rule == "template.mismatch" for f in got.findings)
    assert mismatch == (template != template_for_year(year).id)


@pytest.mark.parametrize(("year", "template"), [(2012, "pre2019"), (2020, "2019"), (2024, "2021")])
def test_without_tables_the_year_decides(year: int, template: str) -> None:
    assert detect_template(f"{year}年，我局主动公开政府信息35条，未收到政府信息公开申请。", year).id == template


def test_a_header_pattern_is_found_where_a_search_finds_it() -> None:
    """Trying the 统计表 header only where its first characters are finds what a search finds, in the real
    reports as printed and with white space removed (as detection reads them), from every tenth on."""
    shared = Path(__file__).resolve().parents[2] / "shared"
    texts = [
        p.read_text(errors="replace") for d in ("seeds", "corpus", "corpus-new") for p in (shared / d).glob("*.txt")
    ]
    texts += [STATISTICS, "".join(STATISTICS.split()), "项目指标", "事项目 2018年"]
    cases = [(t, "".join(t.split()))[k % 2][k * len(t) // 10 :] for t in texts for k in range(10)]
    for t in TEMPLATES.values():
        if (pattern := t.indicator_header_pattern) is not None:
            found = [search_at_starts(pattern, f) for f in cases]
            assert [m and m.span() for m in found] == [m and m.span() for m in map(pattern.search, cases)]
            assert any(found)


# 2019's 二 in narrow columns, each name wrapped in its column: the ends of the header's lines run into
# the starts of the next (本年 处理决定 / 数量) spell 2021's 本年处理决定数量, which no cell prints
WRAPPED_2019 = """第二十条第（一）项
信息内容          本年新制      本年新公      对外公开
              作数量       开数量       总数量
规范性文件          24            0             7
第二十条第（六）项
信息内容               上一年项目          本年            处理决定
                     数量           增/减            数量
行政处罚                 26            0             56
"""
# 2021's 二 so, and its 五 with a name broken in its cell by a converter, one cell a line
WRAPPED_2021 = """第二十条第（一）项
信息内容        本年制      本年废      现行有
             发件数      止件数      效件数
规章             0          0          3
第二十条第（五）项
信息内容
本年处理
决定数量
行政许可
187
"""


@pytest.mark.parametrize("year", [2020, 2022])
@pytest.mark.parametrize("text", [WRAPPED_2019, WRAPPED_2019[WRAPPED_2019.index("第二十条第（六）项") :]])
def test_names_wrapped_in_narrow_columns_are_read_down_their_columns_not_across_lines(text: str, year: int) -> None:
    assert detect_template(text, year).id == "2019"


@pytest.mark.parametrize("year", [2020, 2022])
@pytest.mark.parametrize("text", [WRAPPED_2021, *WRAPPED_2021.split("第二十条第（五）项")])
def test_a_name_broken_in_its_cell_or_wrapped_in_its_column_is_read_whole(text: str, year: int) -> None:
    assert detect_template(text, year).id == "2021"


def test_each_distinctive_header_leads_to_every_item_it_is_a_variant_of() -> None:
    named = _items_named()
    expected = {(tid, i, k) for tid, items in _distinctive().items() for i, alts in enumerate(items) for k in alts}
    assert {(tid, i, k) for k, items in named.items() for tid, i in items} == expected
    assert all(alts for items in _distinctive().values() for alts in items)  # an item no header names scores nothing


@pytest.mark.parametrize(
    ("line", "piece"),
    [
        ("本年新制  作数量", "本年新制"),
        ("本 年 新\t", "本 年 新"),
        ("本年新制作x", None),
        ("x 本年|", "本年"),
        ("本年新制作数量\n", None),
    ],
)
def test_a_stacked_header_top_is_the_longest_start_of_a_name_that_ends_its_cell(line: str, piece: str | None) -> None:
    top, begun = _stack_tops()
    m = top.search(line)
    assert (m and m.group()) == piece
    if m:
        assert "本年新制作数量" in begun["".join(m.group().split())]
    assert all(k.startswith(h) for h, ks in begun.items() for k in ks)
    assert set(_names()) == {k for ks in begun.values() for k in ks}


def test_the_headers_a_text_prints_without_its_white_space_are_found_in_one_pass() -> None:
    names = list(_names())
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(
            rng.choice([*names, " ", "\n", "\t", "本 ", " 不", "逾期", "作数量", "x"]) for _ in range(rng.randint(1, 9))
        )
        flat = "".join(text.split())
        found = _unspaced(text)
        assert set(found) == {k for k in names if k in flat}
        assert all(k in text for k, whole in found.items() if whole)
    assert _unspaced("逾期不\n补正，本年收费金额（单位：万元）") == {
        "逾期不补正": False,
        "不补正": False,
        "本年收费金额（单位：万元）": True,
        "本年收费金额": True,
    }
