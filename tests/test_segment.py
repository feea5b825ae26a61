"""Section headings wherever they are printed: glued to a table row, numbered （四）, or unnumbered."""

from __future__ import annotations

import random
import re

import pytest

from zfxxgk import parse, parse_bytes, parse_text
from zfxxgk.render.layouts import write_layout
from zfxxgk.render.noise import write_noisy
from zfxxgk.segment import (
    _classify,
    _scanners,
    _title_numbering,
    choose_headings,
    find_headings,
    implied_headings,
)
from zfxxgk.synth import synth_record
from zfxxgk.templates import TEMPLATES

SECTIONS = TEMPLATES["2021"].sections


def sections_of(text: str) -> dict[int, str]:
    return {n: h.title for n, h in choose_headings(find_headings(text, SECTIONS), SECTIONS).items()}


def test_a_heading_glued_to_the_last_digits_of_a_table_row() -> None:
    text = "四、结转下年度继续办理4200006四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持"
    assert sections_of(text)[4].startswith("四、政府信息公开行政复议、行政诉讼情况")


def test_a_table_row_numbered_like_a_section_is_not_its_heading() -> None:
    text = "0000000三、本年度办理结果（四）无法提供1.本机关不掌握相关政府信息4000004四、结转下年度继续办理0000000"
    assert sections_of(text) == {}


def test_a_glued_heading_under_another_number_needs_its_words_at_once() -> None:
    assert 4 not in sections_of("共计4200006二、根据工作安排，我们对政府信息公开行政复议、行政诉讼情况作了统计")


@pytest.mark.parametrize(
    "heading",
    [
        "（四）政府信息公开行政复议、行政诉讼情况",
        "政府信息公开行政复议、行政诉讼情况",
        "## 政府信息公开行政复议、行政诉讼情况",
    ],
)
def test_headings_numbered_otherwise_or_not_at_all(heading: str) -> None:
    text = f"三、收到和处理政府信息公开申请情况\n表格\n{heading}\n行政复议\n行政诉讼\n五、存在的主要问题及改进情况\n无"
    assert sections_of(text)[4] == heading.lstrip("# ")


@pytest.mark.parametrize(
    ("number", "heading"),
    [
        (3, "三、依申请公开情况"),
        (3, "三、依申请公开政府信息情况"),
        (5, "五、存在问题及改进措施"),
    ],
)
def test_sections_under_the_older_words_reports_still_print(number: int, heading: str) -> None:
    """三 as 依申请公开情况 (a 2019 or 2021 report worded as the old format's), 五 without 主要; not a
    subsection of 一 worded so."""
    headings = {s.number: s.title for s in SECTIONS} | {number: heading}
    body = {1: "（二）依申请公开情况\n全年收到申请5件。", 3: "全年收到申请5件。"}
    text = "".join(f"{headings[n]}\n{body.get(n, '无')}\n" for n in sorted(headings))
    assert sections_of(text) == headings


@pytest.mark.parametrize("layout", ["spaces", "cells", "glued", "pipes_rows", "html"])
@pytest.mark.parametrize("words", ["工作综述", "年度工作回顾", "政务公开工作概要"])
def test_a_section_heading_worded_as_no_key_knows_is_there_by_its_numeral(layout: str, words: str) -> None:
    """一、工作综述 numbered as the statute numbers 一 where 一 stands: the section is there, with that title."""
    rec = synth_record(random.Random(5), "2021", 2021, "区县")
    out = str(write_layout(rec, layout, 5)).replace("一、总体情况", f"一、{words}")
    got = parse_bytes(out.encode(), "r.html") if layout == "html" else parse_text(out)
    assert got.sections["1"].title == f"一、{words}"
    assert got.sections["1"].text.startswith("2021")
    assert not [f for f in got.findings if f.rule.startswith("section.")]


@pytest.mark.parametrize("sep", ["", " ", "：", "\u3000"])
@pytest.mark.parametrize("words", ["工作综述", "年度工作回顾", "政务公开工作概要"])
def test_a_section_heading_worded_as_no_key_knows_run_into_its_prose_on_its_line(words: str, sep: str) -> None:
    """一、工作综述2021年，… at a line's start, the heading run into the prose its section opens with: the
    section is there, with that title; a numbered sentence at a line's start (一、坚持…，) is still none."""
    rec = synth_record(random.Random(5), "2021", 2021, "区县")
    out = str(write_layout(rec, "spaces", 5))
    assert "一、总体情况\n2021" in out
    got = parse_text(out.replace("一、总体情况\n", f"一、{words}{sep}"))
    assert got.sections["1"].title == f"一、{words}"
    assert got.sections["1"].text.lstrip(":：\u3000 ").startswith("2021")
    assert not [f for f in got.findings if f.rule.startswith("section.")]


@pytest.mark.parametrize(
    "dated", ["", "发布日期：2022 年 3 月 1 日\n", "发布日期：2022-03-01\n", "发布时间：2022/3/1 09:30\n"]
)
@pytest.mark.parametrize("words", ["工作综述", "年度工作回顾", "政务公开工作概要"])
def test_a_section_heading_worded_as_no_key_knows_after_the_title_on_lines_joined_by_spaces(
    words: str, dated: str
) -> None:
    """A page whose lines were joined by spaces: `…年度报告 一、工作综述 2021 年，…`, or the page's date between
    (`…年度报告 发布日期：2022 年 3 月 1 日 一、工作综述 …`, `…2022-03-01 一、…`, seed 1891409; its time of day
    too), Markdown's heading marks between too (`## 一、`). The
    numbering after the report's title or the date opens the section, its title the words before the prose's
    number."""
    rec = synth_record(random.Random(5), "2021", 2021, "区县")
    # Markdown's heading marks between too: `…年度报告 ## 一、工作综述 2021 年，…`
    for printed in (write_layout(rec, "spaces", 5), write_noisy(rec, "md", [], 5)):
        out = str(printed).replace("一、总体情况", f"{dated}一、{words}")
        got = parse_text(" ".join(out.split("\n")))
        assert got.sections["1"].title == f"一、{words}"
        assert got.sections["1"].text.startswith("2021")
        assert not [f for f in got.findings if f.rule.startswith("section.")]


def test_a_list_item_or_a_row_numbered_as_a_missing_section_is_not_its_heading() -> None:
    """Without a heading for 一, neither a numbered sentence nor a line of digits opened by 一、 is taken."""
    text = "XX县2021年政府信息公开工作年度报告\n一、坚持公开为常态，完善机制。\n二、主动公开政府信息情况\n无\n"
    assert implied_headings(text, choose_headings(find_headings(text, SECTIONS), SECTIONS), SECTIONS, []) == {}


def test_a_line_that_only_begins_with_a_sections_words_is_not_its_heading() -> None:
    text = "一、总体情况\n行政复议\n0\n政府信息公开行政复议、行政诉讼情况较上年有所增加，主要原因是申请量上升。\n"
    assert 4 not in sections_of(text)


def test_the_statutory_numbering_wins_over_a_subsection_with_the_same_words() -> None:
    text = "一、总体情况\n（二）主动公开政府信息情况\n概述\n二、主动公开政府信息情况\n表格"
    assert sections_of(text)[2] == "二、主动公开政府信息情况"


def test_a_table_rows_label_and_value_before_a_title_are_not_its_heading() -> None:
    """`行政事业性收费 3收到和处理…`: an unnumbered title glued to a row's value starts no heading there."""
    text = "二、主动公开政府信息情况\n行政事业性收费 3收到和处理政府信息公开申请情况\n表格"
    assert 3 not in sections_of(text)


def test_a_section_whose_heading_a_converter_dropped_is_known_by_its_words(shared) -> None:
    """r024.md lost 五、存在的主要问题及改进情况 at a page break; its （一）主要问题 … （二）改进情况 stands after
    table 四. The section's text is its own, not the end of section 四's."""
    rec = parse(shared / "corpus" / "r024.md")
    assert rec.sections["5"].text.startswith("(一)主要问题")
    assert "改进情况" in rec.sections["5"].text
    assert "主要问题" not in rec.sections["4"].text
    assert not [f for f in rec.findings if f.rule == "section.missing"]


def test_no_section_is_implied_without_all_its_words() -> None:
    text = (
        "一、总体情况\n本年度工作平稳。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
        "（一）主要问题\n人手不足。\n六、其他需要报告的事项\n无。\n"
    )
    sections = TEMPLATES["2021"].sections
    chosen = choose_headings(find_headings(text, sections), sections)
    assert implied_headings(text, chosen, sections, []) == {}  # 问题, but no 改进 or 措施: not section 五
    fuller = text.replace("人手不足。", "人手不足。\n（二）改进措施\n加强培训。")
    chosen = choose_headings(find_headings(fuller, sections), sections)
    (five,) = implied_headings(fuller, chosen, sections, []).values()
    assert five.section == 5 and fuller[five.start :].startswith("（一）主要问题")


@pytest.mark.parametrize(
    ("number", "heading"),
    [
        (1, "基本情况"),
        (1, "工作概况"),
        (1, "总体工作情况"),
        (2, "主动公开工作情况"),
        (2, "主动公开政府信息工作情况"),
        (3, "政府信息公开申请的受理和处理情况"),
        (3, "受理和处理政府信息公开申请情况"),
        (5, "存在的不足及改进措施"),
        (5, "存在的困难和问题"),
        (5, "问题与改进措施"),
        (5, "工作中存在的问题及下一步工作打算"),
    ],
)
@pytest.mark.parametrize("glued", [False, True])
def test_a_section_heading_in_another_wording(number: int, heading: str, glued: bool) -> None:
    """The wordings reports give a section's heading besides the format's: each is its section's, on a line of
    its own or run together with the text before and after it."""
    titles = [s.title for s in SECTIONS]
    titles[number - 1] = f"{'一二三四五六'[number - 1]}、{heading}"
    text = ("。" if glued else "\n").join(f"{t}{'' if glued else chr(10)}本年度工作平稳" for t in titles)
    got = sections_of(text)
    assert list(got) == [1, 2, 3, 4, 5, 6]
    assert got[number].startswith(titles[number - 1][:4])


@pytest.mark.parametrize("words", ["总体情况", "基本情况", "工作概况", "总体工作情况"])
def test_the_first_heading_glued_to_the_pages_source_line(words: str) -> None:
    """A page run together, its 来源 line glued to the first heading, in any wording the reports give it
    (`来源：XX办公室一、基本情况2021年，…`): the section is there by its words, though its numeral follows a
    name, not the end of a sentence."""
    rec = synth_record(random.Random(5), "2021", 2021, "区县")
    out = str(write_layout(rec, "glued", 5))
    assert out.count(" 一、总体情况2021") == 1
    got = parse_text(out.replace(" 一、总体情况", f" 来源：{rec.meta.agency}办公室一、{words}"))
    assert got.sections["1"].title == f"一、{words}"
    assert got.sections["1"].text.startswith("2021")
    assert not [f for f in got.findings if f.rule.startswith("section.")]


def test_a_sub_item_worded_as_a_section_loses_to_the_sections_own_title_numbered_alike() -> None:
    """总体情况's own items numbered 二、 三、, the statute's sections after them numbered again from 一、: of two
    headings of section 二 both numbered as another's, the one printing its title is its heading."""
    text = (
        "一、总体情况\n本年度工作平稳。\n二、工作机制保障\n设立政务公开工作协调小组，统筹协调信息公开工作部门、法制部门共同推进。\n"
        "三、主动公开工作情况\n通过部门网站当年发布政府信息393件，其中行政规范性文件13件。\n"
        "一、主动公开政府信息情况\n表格\n二、收到和处理政府信息公开申请情况\n表格\n"
        "三、政府信息公开行政复议、行政诉讼情况\n表格\n四、存在的主要问题及改进情况\n人手不足。\n"
        "五、其他需要报告的事项\n无。\n"
    )
    got = sections_of(text)
    assert got[2] == "一、主动公开政府信息情况" and got[1] == "一、总体情况"


@pytest.mark.parametrize("style", ["{n}、", "{n}.", "{n}. ", "{n}．", "第{c}部分 ", "第{c}部分：", "{c}．"])
@pytest.mark.parametrize("glued", [False, True])
def test_sections_numbered_in_another_style(style: str, glued: bool) -> None:
    """1、 1. 1． 第一部分 一．: all six sections, on lines of their own or run together in a page's text."""
    titles = [s.title.split("、", 1)[-1] for s in SECTIONS]
    heads = [style.format(n=i + 1, c="一二三四五六"[i]) + t for i, t in enumerate(titles)]
    text = ("。 " if glued else "\n").join(f"{h}{'' if glued else chr(10)}正文" for h in heads)
    got = sections_of(text)
    assert list(got) == [1, 2, 3, 4, 5, 6]
    for n, head in enumerate(heads, 1):  # run together with its text, a title may end at its key's end
        printed = "".join(head.split())
        assert got[n] == printed if not glued else got[n][: len(printed) - 4] == printed[:-4]


def test_rows_and_sub_items_numbered_1_2_are_no_sections() -> None:
    """A report with 一、 headings never has 1. lines taken for sections; fewer than three 1. headings in
    order are no numbering of sections; nor a table row's cell before its next cell (`5 | 8`)."""
    text = "一、总体情况\n1.主动公开政府信息情况\n正文\n二、主动公开政府信息情况\n正文"
    assert sections_of(text) == {1: "一、总体情况", 2: "二、主动公开政府信息情况"}
    two = "1.总体情况\n正文\n2.主动公开政府信息情况\n正文\n其他\n"
    assert sections_of(two) == {}
    cells = "1.总体情况\n2.主动公开\n3.收到和处理\n| 5 | 8 | 5.存在的主要问题及改进情况 |\n"
    assert 5 not in sections_of(cells)


@pytest.mark.parametrize("numbered", ["4.", "4、", "4．", "## 4. "])
def test_a_section_numbered_4_amid_sections_numbered_as_the_statute_does(numbered: str) -> None:
    """A clerk's slip: one section numbered 4. on a line of its own amid 一、 二、 三、 五、 — that section's
    heading; not a sub-item so numbered that is a sentence, nor one whose section has its own heading."""
    text = (
        "一、总体情况\n正文\n二、主动公开政府信息情况\n正文\n三、收到和处理政府信息公开申请情况\n正文\n"
        f"{numbered}政府信息公开行政复议、行政诉讼情况\n正文\n五、存在的主要问题及改进情况\n正文\n六、其他需要报告的事项\n无\n"
    )
    assert sections_of(text)[4] == f"{numbered}政府信息公开行政复议、行政诉讼情况".replace(" ", "").lstrip("#")
    sentence = text.replace("行政诉讼情况\n正文\n五", "行政诉讼情况良好，未发生纠错。\n五")
    assert 4 not in sections_of(sentence)
    own = text.replace("\n五、", "\n四、政府信息公开行政复议、行政诉讼情况\n正文\n五、")
    assert sections_of(own)[4] == "四、政府信息公开行政复议、行政诉讼情况"


def test_sub_items_numbered_as_other_sections_are_not_taken() -> None:
    """In a report numbering its sections 1. 2. 3., a 1. under another section (its own list) names no
    section whose number is not 1."""
    text = (
        "1.总体情况\n正文\n2.主动公开政府信息情况\n1.主动公开政府信息情况的说明\n"
        "3.收到和处理政府信息公开申请情况\n正文\n4.政府信息公开行政复议、行政诉讼情况\n正文"
    )
    assert sections_of(text) == {
        1: "1.总体情况",
        2: "2.主动公开政府信息情况",
        3: "3.收到和处理政府信息公开申请情况",
        4: "4.政府信息公开行政复议、行政诉讼情况",
    }


def test_the_last_section_and_the_statistics_end_where_the_page_does(shared) -> None:
    """A page's links and footer after the report are neither the last section's prose nor 统计表 rows
    (网站标识码：3509000001 is no indicator); r006's page ends in 附件下载."""
    rec = synth_record(random.Random(5), "pre2019", 2012, "区县")
    text = str(write_layout(rec, "pipes_rows", 0))
    footer = "上一篇：水杉县人民政府2011年政府信息公开工作年度报告\n网站标识码：3509000001 闽ICP备05003304号-1\n"
    got, bare = parse_text(text + footer), parse_text(text)
    assert (got.sections, got.indicators) == (bare.sections, bare.indicators)
    assert not parse(shared / "corpus" / "r006.txt").sections["5"].text.endswith("附件下载")


def test_a_statistics_table_under_no_heading_is_read_whatever_the_page_prints_above_it() -> None:
    """With no section heading to start from, where the page's end begins is unknown: a 相关文章 above the
    统计表 does not end it."""
    rec = synth_record(random.Random(5), "pre2019", 2012, "区县")
    text = str(write_layout(rec, "pipes_rows", 0))
    table = text[text.index("附件：") :]
    assert parse_text("相关文章\n" + table).indicators == parse_text(table).indicators == rec.indicators


@pytest.mark.parametrize("prose", ["在门户网站设置相关链接,方便公众查询。", "群众可扫一扫二维码查阅。"])
def test_the_prose_may_name_what_a_page_prints_after_it(prose: str) -> None:
    """Words a page's end is printed with, used in a sentence, do not end the last section."""
    title = "测试局2021年政府信息公开工作年度报告"
    text = f"{title}\n一、总体情况\n无。\n六、其他需要报告的事项\n{prose}\n测试局\n2022年1月20日\n"
    assert prose in parse_text(text).sections["6"].text


def test_a_section_number_printed_twice_is_the_next_sections_misprint() -> None:
    """1. 2. 2. 4.: the second 2. whose words are section 三's is its heading; but where a 3. with those words
    follows, that is the heading, and the 2. an item of section 二's own list."""
    titles = [s.title.split("、", 1)[-1] for s in SECTIONS[:4]]
    twice = "\n".join(f"{n}.{t}\n正文" for n, t in zip((1, 2, 2, 4), titles, strict=True))
    assert sections_of(twice)[3] == "2.收到和处理政府信息公开申请情况"
    three = "3.收到和处理政府信息公开申请情况\n"
    listed = twice.replace(three.replace("3", "2"), three.replace("3", "2") + three)
    assert sections_of(listed)[3] == "3.收到和处理政府信息公开申请情况"
    assert sections_of(twice.replace("\n4.", "\n2.")).get(4) is None


def test_sections_one_and_two_unnumbered_in_a_run_of_text_are_there() -> None:
    """一 and 二 both printed without a number, run into a page's text: 一's words stand before 二's table,
    not after it — 一 is there all the same, and no section is missing."""
    text = (
        "测试乡2020年政府信息公开工作年度报告 总体情况2020年，测试乡认真贯彻落实条例。主动公开政府信息情况2020年，"
        "主动公开政府信息。 第二十条第（一）项信息内容本年新制作数量规章000 三、收到和处理政府信息公开申请情况正文"
        " 四、政府信息公开行政复议、行政诉讼情况正文 五、存在的主要问题及改进情况存在的主要问题是不全面，下一步改进。"
        " 六、其他需要报告的事项无。"
    )
    sections = TEMPLATES["2019"].sections
    chosen = choose_headings(find_headings(text, sections), sections)
    assert 1 not in chosen
    table = (text.index("第二十条"), text.index(" 三、"))
    one = implied_headings(text, chosen, sections, [table])[1]
    assert text[one.start :].startswith("总体情况2020年")
    got = parse_text(text)
    assert not [f for f in got.findings if f.rule == "section.missing"]


def test_the_last_digit_of_a_decimal_before_a_heading_is_no_section_number() -> None:
    """`…收费28.03 （三）收到和处理…` in a report numbering its sections 1. and this one （三）: the 3 ends the
    cell's 28.03 and numbers nothing; the heading is （三）."""
    titles = [s.title.split("、", 1)[-1] for s in SECTIONS]
    heads = [f"（三）{t}" if i == 2 else f"{i + 1}.{t}" for i, t in enumerate(titles)]
    text = "。".join(f"{h}正文" for h in heads).replace("。（三）", "行政事业性收费28.03 （三）", 1)
    three = choose_headings(find_headings(text, SECTIONS), SECTIONS)[3]
    assert text[three.start :].startswith("（三）收到和处理")


PRE2019 = TEMPLATES["pre2019"].sections
# a 统计表 printed a cell a line between two unnumbered headings, its rows named as sections' keys are
_CELL_A_LINE = (
    "依申请公开政府信息情况\n本年度收到政府信息公开申请3件。\n"
    "指标名称\n|\n计量单位\n|\n2012年度\n|\n历年累计\n"
    "主动公开情况\n—\n—\n"
    "收到申请数\n|\n件\n|\n3\n|\n10\n"
    "申请行政复议数\n件\n0\n1\n"
    "五、行政诉讼数量\n件\n 0 \n0\n"
    "因政府信息公开申请行政复议、提起行政诉讼情况\n本年度未发生行政复议。\n"
    "存在的主要问题及改进情况\n公开形式较为单一。\n"
)


def test_a_statistics_row_with_its_cells_on_the_lines_after_it_is_no_heading() -> None:
    """A 统计表 row printed a cell a line (申请行政复议数, 五、行政诉讼数量, 主动公开情况), its unit and values on the
    lines after it, is a row: the section's own heading after the table is its heading."""
    chosen = choose_headings(find_headings(_CELL_A_LINE, PRE2019), PRE2019)
    assert {n: h.title for n, h in chosen.items()} == {
        3: "依申请公开政府信息情况",
        5: "因政府信息公开申请行政复议、提起行政诉讼情况",
        6: "存在的主要问题及改进情况",
    }


@pytest.mark.parametrize(
    "after",
    [
        "本年度未发生行政复议。",  # prose
        "3\n本年度未发生行政复议。",  # a page's number alone, then prose
        "附件\n指标名称\n计量单位",  # a table's header
    ],
)
def test_a_heading_with_no_cells_after_it_stays_a_heading(after: str) -> None:
    text = f"概述\n本年度工作有序开展。\n行政复议情况\n{after}\n"
    chosen = choose_headings(find_headings(text, PRE2019), PRE2019)
    assert chosen[5].title == "行政复议情况"


@pytest.mark.parametrize("form", [False, True])
def test_a_statistics_table_a_cell_a_line_leaves_the_sections_whole(form: bool) -> None:
    """A report with no section on 行政复议, its 统计表 printed a cell a line after 七: no row of the table is that
    section's heading, and the table is read whole."""
    rec = synth_record(random.Random(3), "pre2019", 2015, "区县", form=form)
    text = str(write_layout(rec, "cells", 3))
    heading = "五、因政府信息公开申请行政复议、提起行政诉讼情况\n"
    at = text.index(heading)
    text = text[:at] + text[text.index("六、", at) :]  # the section left out
    got = parse_text(text)
    assert "5" not in got.sections
    assert got.indicators == rec.indicators


def test_a_formats_scanners_are_made_once_and_hold_each_sections_own_title_bare() -> None:
    scan = _scanners(SECTIONS)
    assert _scanners(SECTIONS) is scan
    assert scan.titles[4] == "政府信息公开行政复议、行政诉讼情况"
    assert scan.keys.named.search("三、收到和处理政府信息公开申请情况").lastgroup == "s3"
    assert re.search(scan.line_heads, "依 申请公开") and not re.search(scan.line_heads, "依\n申请公开")
    assert _scanners(tuple(SECTIONS)) is scan  # the same tuple
    assert _scanners(SECTIONS[:5]) is not scan and len(_scanners(SECTIONS[:5]).titles) == 5


def test_a_headings_numbering_is_read_off_its_title() -> None:
    assert _title_numbering("（2）主动公开", "2") == "（2）"
    assert _title_numbering("第二部分 主动公开", "二") == "第二部分"
    assert _title_numbering("2.主动公开", "2") == "2."
    assert _title_numbering("20.主动公开", "2") == ""
    assert _title_numbering("主动公开", "2") == ""


@pytest.mark.parametrize(
    "words", ["三、收到和处理政府信息公开申请情况", "主动公开政府信息情况", "其中行政复议情况", "基本情况", "无关的话"]
)
def test_a_headings_key_is_the_earliest_and_there_the_first_sections(words: str) -> None:
    """Where the plain alternation finds the earliest key, the named one reads the same match as its own search."""
    keys = _scanners(SECTIONS).keys
    m = keys.named.search(words)
    assert _classify(words, keys) == ((int(m.lastgroup[1:]), m.start(), m.end()) if m and m.lastgroup else None)


@pytest.mark.parametrize(
    ("printed", "title", "body"),
    [
        ("六、其他需要报告的事项：无。", "六、其他需要报告的事项", "无。"),
        ("六、其他需要报告的事项 无", "六、其他需要报告的事项", "无"),
        ("六、其他需要报告的事项无", "六、其他需要报告的事项", "无"),
        ("六、其他需要报告的事项。无", "六、其他需要报告的事项", "无"),
        ("六、其他需要报告的事项：本机关无其他事项。", "六、其他需要报告的事项", "本机关无其他事项。"),
        ("六、其他需要报告事项说明：暂无。", "六、其他需要报告事项说明", "暂无。"),
    ],
)
def test_a_heading_line_running_on_into_its_text(printed: str, title: str, body: str) -> None:
    """`六、其他需要报告的事项：无。` on one line (or its lines run together): the heading's title ends at its
    words, and what the line says after a colon or full stop, or a 无 right after them, is the section's text —
    not a section printed with no text."""
    rec = synth_record(random.Random(5), "2021", 2022, "区县")
    text = str(write_layout(rec, "cells", 0))
    six = re.search(r"六、其他需要报告的事项\n+([^\n]*)", text)
    assert six is not None
    got = parse_text(text[: six.start()] + printed + "\n")
    assert (got.sections["6"].title, got.sections["6"].text) == (title, body)
    assert not [f for f in got.findings if f.rule.startswith("section.")]
