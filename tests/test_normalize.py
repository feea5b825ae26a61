"""The one clean text form: widths and spaces made plain, the length kept."""

import random
import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reread import assert_read_alike
from zfxxgk import parse_text
from zfxxgk.document import Document
from zfxxgk.normalize import (
    _WIDTH_TABLE,
    digits_read_as_letters,
    normalize,
    signs_and_marks,
    single_spaced,
    to_simplified,
    unescaped,
    unfolded,
    without_markdown_marks,
)
from zfxxgk.render.noise import char_references, char_width, fold, folded_lines, write_noisy
from zfxxgk.synth import random_report
from zfxxgk.templates import TEMPLATES

# full-width ASCII, the spaces the table maps, and ordinary text around them; not the full-width - and /,
# which make lines of page footers (－1－, 1／2) that normalising takes out
_OTHERS = ["\u3000", "\u00a0", "\u2009", "、", "。", "公", "1", " ", "\n"]
_CHARS = st.sampled_from([*(chr(c) for c in range(0xFF01, 0xFF5F) if chr(c) not in "－／"), *_OTHERS])


_AFTER_BAR = re.compile(r"\|[ \t]+(?=\n|\Z)")  # the white space after a line's last `|`: a row's, taken out


@given(st.text(_CHARS, max_size=60))
@example("｜\xa0")
def test_widths_and_spaces_are_made_plain_character_by_character(text: str) -> None:
    out = normalize(Document(text)).text
    # ｌ alone is 1, as l is; ＊ after a digit a footnote's mark
    plain = signs_and_marks(digits_read_as_letters(text.translate(_WIDTH_TABLE)))
    assert out == _AFTER_BAR.sub("|", plain)
    assert len(out) == len(text) - sum(len(m[0]) - 1 for m in _AFTER_BAR.finditer(plain))


def test_a_report_line_is_read_half_width() -> None:
    out = normalize(Document("（一）收到申请数：１２件，　办结１０件。")).text
    assert out == "(一)收到申请数:12件, 办结10件。"


def test_a_page_footer_goes_with_its_line_break() -> None:
    """`- 5 -`, `第 3 页`, `3/12` on a line of their own leave no empty line (which could read as a blank
    cell); `12/3` is no page of a document and stays."""
    text = "规章\n- 5 -\n0\n\n第 3 页\n1\n3/12\n2\n12/3\n— 6 —"
    assert normalize(Document(text)).text == "规章\n0\n\n1\n2\n12/3\n"


def test_a_page_footer_before_the_continued_table_on_its_line() -> None:
    """`— 4 — （续表）` after a table's last row on a page: the footer is taken out, not read as a row's cells
    (a blank, 4, a blank), as it is on a line of its own."""
    text = "| 申请行政复议数 | 件 | 698 | 715 |\n— 4 — （续表）\n| 指标名称 | 计量单位 |"
    assert normalize(Document(text)).text == "| 申请行政复议数 | 件 | 698 | 715 |\n (续表)\n| 指标名称 | 计量单位 |"
    assert normalize(Document("行政处罚 — 4 — 0")).text == "行政处罚 — 4 — 0"  # a blank, 4, a blank: a row's cells


def test_a_page_footer_whose_number_an_ocr_engine_read_as_a_letter() -> None:
    """`- I -` and `— lO —` on a line of their own are page footers as `- 1 -` is, never a row's label."""
    text = "信函申请数(件) 0 0\n- I -\n申请办结数(件) 0 0\n— lO —\n按时办结数(件) 0 0"
    assert normalize(Document(text)).text == "信函申请数(件) 0 0\n申请办结数(件) 0 0\n按时办结数(件) 0 0"


_LINES = st.lists(
    st.sampled_from(["规章", "- 5 -", "第 3 页", "3/12", "12/3", "0", "", " ", "公開(kāi)", "\u200b"]), max_size=12
)


@given(_LINES, st.lists(st.sampled_from(["\r\n", "\r"]), min_size=12, max_size=12))
def test_windows_line_breaks_read_as_plain_ones(lines: list[str], breaks: list[str]) -> None:
    """A text saved with CR LF or CR line breaks normalises to the text saved with LF ones, each of its
    characters mapped back to the same character in its own source."""
    plain = "\n".join(lines)
    windows = "".join(line if i == 0 else breaks[i] + line for i, line in enumerate(lines))
    a, b = normalize(Document(plain)), normalize(Document(windows))
    assert b.text == a.text
    for i in range(len(a.text)):
        (_, s, e), (_, s2, e2) = a.root_span(i, i + 1), b.root_span(i, i + 1)
        assert windows[s2:e2].replace("\r\n", "\n").replace("\r", "\n") == plain[s:e]


@pytest.mark.parametrize("header", ["| 数据1 |", "| 数据1 | 数据2 |", "|列1|列2|列3|", "| Column1 |"])
def test_a_converters_own_header_row_is_taken_off_over_one_column_or_more(header: str) -> None:
    """A converter names the columns of a table it could not read a header for (`数据1`, `列1`, `Column1`);
    a table of one column, the numbers it pulled out of the rows, gets one such name: no row's label."""
    text = f"| 92 |\n{header}\n|---|\n| 100 |\n"
    assert header not in normalize(Document(text)).text
    assert "| 100 |" in normalize(Document(text)).text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("规范性文件\t数据1\t数据2\t数据3\t---\t---:\t行政许可\t5\t0\t5", "规范性文件\t---\t---:\t行政许可\t5\t0\t5"),
        ("规范性文件 数据1 数据2 数据3 --- ---: 行政许可 5 0 5", "规范性文件 --- ---: 行政许可 5 0 5"),
        ("数据1\t数据2\t---\t---:\t规章\t1\t0\t1", "---\t---:\t规章\t1\t0\t1"),
        ("规章\t1\t0\t1\t列1\t列2\t列3", "规章\t1\t0\t1"),
        ("共有数据 1 项，数据 2 项待核", "共有数据 1 项,数据 2 项待核"),  # prose: not a run of column names
        ("规章\t1\t数据2\t数据3", "规章\t1\t数据2\t数据3"),  # not numbered from 1
    ],
)
def test_a_converters_header_row_amid_a_line_of_cells_a_tab_or_space_apart(line: str, want: str) -> None:
    """A converter's own header (`数据1\t数据2\t…`) whose `|` became tabs or spaces, left amid a line where the
    rows ran together, is taken out with the white space after it (before it at the line's end): its numbers
    are no row's cells (规范性文件 printed empty read 1 and 2 from it)."""
    assert normalize(Document(line + "\n")).text == want + "\n"


def test_chrome_printed_in_traditional_characters_is_taken_off() -> None:
    """A page in traditional characters prints its share bar so too: it is found once the text is simplified."""
    text = "政府信息公開工作年度報告\n掃一掃在手機打開當前頁\n本機關政務公開數據統計\n"
    assert normalize(Document(text)).text == "政府信息公开工作年度报告\n\n本机关政务公开数据统计\n"


@pytest.mark.parametrize("ui", ["【字体：大 中 小】", "【打印】", "打印此页", "浏览次数：1024", "分享到："])
def test_a_pages_controls_between_two_words_part_them(ui: str) -> None:
    """A crawler's text runs a page's controls into the words around them: taken out, they leave a line break,
    so that a renamed first heading after the page's source is a heading at its line's start again and no
    section is missing. Inside a sentence, a bare 分享到 is taken out and leaves nothing."""
    head = "湾亭区人民政府2019年政府信息公开工作年度报告\n来源：湾亭区人民政府办公室"
    text = f"{head}{ui}一、基本情况2019年，湾亭区认真贯彻落实条例。\n"
    want = f"{head.replace('：', ':')}\n一、基本情况2019年,湾亭区认真贯彻落实条例。\n"
    assert normalize(Document(text)).text == want
    report = text + "".join(f"{s.title}\n正文。\n" for s in TEMPLATES["2019"].sections[1:])
    assert not [f for f in parse_text(report).findings if f.rule == "section.missing"]
    assert normalize(Document("把经验分享到各乡镇。")).text == "把经验各乡镇。"


@pytest.mark.parametrize(
    "fold", ["數(sh\nù)", "數\n(shù)", "數(\nshù)", "數(shù\n)", "數(sh ù)", "數( shù)", "數(shù )", "數 (shù)"]
)
def test_a_pinyin_gloss_folded_over_two_lines_is_taken_off_whole(fold: str) -> None:
    """A fold inside a gloss or before it leaves none of it in the label, whose word is whole again; so does
    one inside it or before it whose lines were then joined by a space (數(s hù), 數 (shù))."""
    text = f"(一)召開(kāi)政府信息公開(kāi)工作會(huì)議{fold} | 個 | 0\n(二)兼職人員數(shù)(不含臨時人員) | 人 | 3\n"
    want = "(一)召开政府信息公开工作会议数 | 个 | 0\n(二)兼职人员数(不含临时人员) | 人 | 3\n"
    assert normalize(Document(text)).text == want


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("行政许可 | 4O | 1l0 | 2 |", "行政许可 | 40 | 110 | 2 |"),
        ("2O2l年度", "2021年度"),
        ("| O |  -l |", "| 0 |  -1 |"),
        ("\tO\n", "\t0\n"),
        ("行政强制 386 O 63", "行政强制 386 0 63"),
        ("提起行政诉讼数 件 O O", "提起行政诉讼数 件 0 0"),
        ("按时办结数 件 O 不适用", "按时办结数 件 0 不适用"),
        ("政府网站在线访谈次数 次 l 其中：", "政府网站在线访谈次数 次 1 其中："),
        ("2．延期办结数 件 O （三）申请答复数 件 2", "2．延期办结数 件 0 （三）申请答复数 件 2"),
        # a row's last cell run on to the next row's label, lines run together
        ("禁止公开 0 0 0 0 0 0 O本1 0 0", "禁止公开 0 0 0 0 0 0 0本1 0 0"),
        ("制发规范性文件总数 件 0 O（二）通过不同渠道", "制发规范性文件总数 件 0 0（二）通过不同渠道"),
        ("驳回原件 0 l告诉讼请求数", "驳回原件 0 1告诉讼请求数"),
        # … the cells before it letters too, each a cell of its own
        ("新出具0 0 0 0 0 O O已获取信息", "新出具0 0 0 0 0 0 0已获取信息"),
        ("继续办理 0 0 0 0 I O l四、政府信息公开", "继续办理 0 0 0 0 1 0 1四、政府信息公开"),
        # … after the row's unit, two letters or more
        ("同意部分公开答复数件 lI不同意公开答复数件", "同意部分公开答复数件 11不同意公开答复数件"),
        ("按时办结数 件 O O已获取信息", "按时办结数 件 0 0已获取信息"),
        ("延期办结数件 OO同意公开", "延期办结数件 00同意公开"),
        # … each a cell, the first glued to the row's unit, the last to the next label
        ("按时办结数件O   O延期办结数件", "按时办结数件0   0延期办结数件"),
        ("附件 II说明", "附件 II说明"),  # a roman numeral
        ("通过 IO接口", "通过 IO接口"),  # a word
        ("血型 O型", "血型 O型"),  # no number's digit before it: a word
        ("共有 2 I类项目", "共有 2 I类项目"),  # a roman numeral
        # a count's groups of three parted by a space, each led by a letter
        ("\t I o76\n", "\t 1 076\n"),
        ("| l o26 |", "| 1 026 |"),
        # cells ending in a full stop, the unit column last
        ("参加或举办新闻发布会总次数 0。 I 次", "参加或举办新闻发布会总次数 0。 1 次"),
        ("政府网站在线访谈次数 5 O。 次", "政府网站在线访谈次数 5 0。 次"),
        # glued to a label's first line or a unit before it, the next cell's digits a space after it
        ("专职人员数（不包括政府公报及O 0政府网站", "专职人员数（不包括政府公报及0 0政府网站"),
        ("申请行政复议数件I 12", "申请行政复议数件1 12"),
        # a row's cells run together a space after its unit, the next row's label a space after them
        ("行政复议数件 OO 行政诉讼数件49", "行政复议数件 00 行政诉讼数件49"),
        ("答复数件 lI 不同意", "答复数件 11 不同意"),
        ("采用 OO 模式", "采用 OO 模式"),  # after no unit: a word
        ("附件 II 说明", "附件 II 说明"),
        ("附件I", "附件I"),
        ("第I部分 2", "第I部分 2"),
        # glued to a row's unit, a remark or the next label a space after it; or a space after its unit, its
        # remark glued after it
        ("网络申请数件O   按件统计4．信函申请数", "网络申请数件0   按件统计4．信函申请数"),
        ("不同意公开答复数件  O含转办件 其中", "不同意公开答复数件  0含转办件 其中"),
        ("血型O 型 血型 O型", "血型O 型 血型 O型"),  # after no unit: words
        # between two blanks' marks or a page footer's dashes: as a digit would (blank, 1, blank, or a footer)
        ("只计 - l - 142件 1件", "只计 - 1 - 142件 1件"),
        ("89 285 / - I - 同意部分", "89 285 / - 1 - 同意部分"),
        ("— O —", "— 0 —"),
        # a date's month or day
        ("2021年3月I日", "2021年3月1日"),
        ("2021 年 3 月 I 日", "2021 年 3 月 1 日"),
        ("2021年l月5日", "2021年1月5日"),
        # words, codes and a list's bullet are left as they are
        ("ISO9001 11350100MB0123456X Office 2010", "ISO9001 11350100MB0123456X Office 2010"),
        ("o 加强培训", "o 加强培训"),
        ("x O", "x O"),
        ("第 I 部分", "第 I 部分"),
    ],
)
def test_digits_read_as_letters(printed: str, read: str) -> None:
    """Letters an OCR engine read for digits are digits again where they stand for a number; the length
    is kept."""
    assert digits_read_as_letters(printed) == read


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("行政许可 506 ↓3 947", "行政许可 506 -3 947"),
        ("| 6 | ↑12 | −1 |", "| 6 | +12 | -1 |"),
        ("主动公开政府信息数 条 16① 69", "主动公开政府信息数 条 16  69"),
        ("行政许可* 12[注1] 3※", "行政许可  12     3 "),
        # … a fold's line break inside a note's mark goes with it: the cell's line runs on
        ("| 15[注2\n] | 565。 |", "| 15      | 565。 |"),
        ("行政许可[注\n1] 3", "行政许可      3"),
        # … a label's rest after its cell, where the label wrapped round it: the mark, then its unit
        ("政府信息公开工作专门机构数\n437。\n[注1](个)\n", "政府信息公开工作专门机构数\n437。\n    (个)\n"),
        ("[注1]本表数据截至年底", "[注1]本表数据截至年底"),  # the note itself
        # no sign before digits, no mark glued to a cell or a label: left as printed
        ("| **总计** | 3 |", "| **总计** | 3 |"),
        ("主要措施：①加强培训 ↑ 上升", "主要措施：①加强培训 ↑ 上升"),
    ],
)
def test_signs_and_footnote_marks(printed: str, read: str) -> None:
    """A change's sign printed as an arrow or a minus sign is `+` or `-`; a footnote's mark glued to a cell
    or a label ends it as a space would; the length is kept."""
    assert signs_and_marks(printed) == read


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("行政许可1200— 5 —行政处罚34", "行政许可1200行政处罚34"),
        ("规章000- 12 -续表", "规章000续表"),
        ("培训情况———- 6 -续上表 统计指标", "培训情况———续上表 统计指标"),  # after a blank's marks: 续表 says so
        ("保障经费情况—— 7 —（续表）", "保障经费情况—(续表)"),
        ("总计15第 5 页 共 9 页(续表)", "总计15(续表)"),
        ("次 0 第 8 页 共 13 \n页 续上表", "次 0  续上表"),  # a fold's line break amid it
        ("总计15第5页续表", "总计15续表"),
        ("查询事项50000058/17(续表)", "查询事项5000005(续表)"),  # 58 is past 17: page 8
        ("行政处罚1208/15行政许可", "行政处罚120行政许可"),  # 08 is no page: page 8
        # the count the next row's number, the row before numbered one less: a blank's / before it, no footer
        (
            "11延期办结数件49296/12同意公开答复数件15125/13同意部分",
            "11延期办结数件49296/12同意公开答复数件15125/13同意部分",
        ),
        ("10延期办结数件49296/12同意公开答复数", "10延期办结数件4929同意公开答复数"),  # 10 then 12: page 6
        # … its mark after it (3、), a 序号 column's number perhaps before it (序号 5, the label's own 3、)
        ("8、当面申请数件66 206/9传真申请数", "8、当面申请数件66 206/9传真申请数"),
        ("53、当面申请数件66 206/6传真申请数", "53、当面申请数件66 206/6传真申请数"),
        ("53、当面申请数件66 206/9传真申请数", "53、当面申请数件66 20传真申请数"),  # 53 or 5, then 9: page 6
        # … or the 序号 glued to 其中 before the label's own number (序号 8, then 1、)
        (
            "7网络申请数件5124/8其中:1、信函申请数件144653/9申请办结数",
            "7网络申请数件5124/8其中:1、信函申请数件144653/9申请办结数",
        ),
        (
            "7网络申请数件5124/8其中:1、信函申请数件144653/7申请办结数",
            "7网络申请数件5124/8其中:1、信函申请数件14465申请办结数",
        ),
        # page 8 or 18: the row's digits go with it, its cells unknown
        ("行政处罚1218/25行政许可", "行政处罚行政许可"),
        ("行政处罚 1218/25行政许可", "行政处罚 1218/25行政许可"),  # after a label and a space: as printed
        # after a number and a space: all the digits may be the page (cells one space apart glue no blank)
        ("结果 0 0 00 10/11五、存在的主要问题", "结果 0 0 00 五、存在的主要问题"),
        ("结果 0 0 0 15/17五、存在的主要问题", "结果 0 0 0 15/17五、存在的主要问题"),  # page 5 or 15: as printed
        # … or after spaces a footnote's mark made (规章21111[注2]8/14…, the repeated header after it)
        ("规章21111    8/14第二十条第(一)项", "规章21111    第二十条第(一)项"),
        ("规章21111[注2]8/14第二十条第(一)项", "规章21111    第二十条第(一)项"),
        ("详见附件 10/11页", "详见附件 10/11页"),  # after words: no row of numbers
        # between a label and its row's numbers one space apart: all the digits may be the page
        ("规章7/10 0 0 0规范性文件", "规章 0 0 0规范性文件"),
        ("规章37/10 5 0 0", "规章3 5 0 0"),  # 37 is past 10: page 7
        ("约占1/3 2个百分点", "约占1/3 2个百分点"),  # one number after it: no row
        # a line of its own, the page's lines joined by spaces: between a label and its numbers, between a
        # row's numbers and the words after, after a `|` before more; the space before it goes with it
        ("规章 7/10 0 0 0", "规章 0 0 0"),
        ("3.危及“三安全一稳定” 8/10 0 4 0", "3.危及“三安全一稳定” 0 4 0"),
        ("结果 0 0 0 15/17 五、存在的主要问题", "结果 0 0 0 五、存在的主要问题"),
        ("| 0 | 11/12 4.保护第三方合法权益 | 0 |", "| 0 | 4.保护第三方合法权益 | 0 |"),
        ("| 3 | 7 | 4/5 五、存在的主要问题", "| 3 | 7 | 五、存在的主要问题"),
        ("约占 1/3 以上", "约占 1/3 以上"),  # after words, before words: no row's numbers
        # before a 年: the page follows a header's year
        ("计量单位201111/12年度历年累计", "计量单位2011年度历年累计"),
        ("计量单位20111/12年度历年累计", "计量单位2011年度历年累计"),
        # all a `|` cell prints, a page's lines run together: the footer, a cell's digits perhaps glued after it
        ("|3.其他|8/90| 0||0|0|", "|3.其他|| 0||0|0|"),
        ("| 3.其他 | 8/90 | 0 |", "| 3.其他 |  | 0 |"),
        ("|行政处罚|1208/15|", "|行政处罚|120|"),  # 1208 is past 15: page 8
        ("|2021/3/5|", "|2021/3/5|"),
        ("| 0/1 |", "| 0/1 |"),
        (
            "回应解读的情况——5/7续上表 统计指标",
            "回应解读的情况——续上表 统计指标",
        ),  # after a blank's marks: 续表 says so
        ("回应解读的情况——15/17续上表", "回应解读的情况——15/17续上表"),  # page 5 or 15: left as printed
        ("回应解读的情况——5/7行政许可", "回应解读的情况——5/7行政许可"),  # no 续表: a blank, 5, a blank, 7
        ("详见第5页约占1/3的比例", "详见第5页约占1/3的比例"),
        ("2021/12/9发布", "2021/12/9发布"),
        ("空白——5——", "空白——5——"),
        ("行政处罚 - 5 -\n行政强制 0 - 1", "行政处罚 - 5 -\n行政强制 0 - 1"),  # a blank, 5, a blank
        # before the next row's own number: a footer, no blank, 1 and a sign of 3
        ("禁止公开 4 1 0 0 0 0 5- 1 -3.\t危及“三安全一稳定”", "禁止公开 4 1 0 0 0 0 53.\t危及“三安全一稳定”"),
        ("行政许可 10 0 5- 1 -3", "行政许可 10 0 5- 1 -3"),  # a signed 3 after it: as printed
        # after a sentence's end, before the signature's date or the next heading: a footer
        ("无其他需要报告的事项。- 1 -2014 年 1 月 21 日附件", "无其他需要报告的事项。2014 年 1 月 21 日附件"),
        ("提升公开质量。- 3 -七、其他需要报告的事项", "提升公开质量。七、其他需要报告的事项"),
        # run on to a label, before its row's cells or its blank marks: a footer (no mark touches a label)
        ("部分公开(区分处理的,只计- 1 -0 0 0 0 0 0 0", "部分公开(区分处理的,只计0 0 0 0 0 0 0"),
        ("通过不同渠道和方式公开政府- 1 -— — —信息的情况", "通过不同渠道和方式公开政府— — —信息的情况"),
        ("行政处罚 - 1 -3", "行政处罚 - 1 -3"),  # a label's space before: a blank, 1 and a signed 3
        # after a row's marks of another dash, before the rest of the label wrapped past them: a footer
        ("通过不同渠道和方式公开政府— — —- 1 -信息的情况", "通过不同渠道和方式公开政府— — —信息的情况"),
        ("通过不同渠道和方式公开政府- - -— 2 —信息的情况", "通过不同渠道和方式公开政府- - -信息的情况"),
        ("行政处罚 — —— 1 —行政强制", "行政处罚 — —— 1 —行政强制"),  # one dash: ——, 1 and — perhaps cells
        ("行政处罚 — —- 1 -5", "行政处罚 — —- 1 -5"),  # before a digit: as printed
        # its number read as a letter by OCR, between a row's last cell and the next row's label
        ("实际收取的总金额 万元 0 0- l -申请行政复议数 件 0 0", "实际收取的总金额 万元 0 0申请行政复议数 件 0 0"),
        ("行政处罚 - l -", "行政处罚 - 1 -"),  # white space on both sides: kept, its letter as a cell's digit
        ("行政处罚 - 5 - 行政强制 3", "行政处罚 - 5 - 行政强制 3"),
        # in a `|` cell that goes on, a page's lines joined by spaces: no row's cells, which the `|` would part
        ("| 29 | — 4 — 2.重复申请 | 2 |", "| 29 |  2.重复申请 | 2 |"),
        ("| 1 |  | - 3 - | 其他对外管理服务事项 |", "| 1 |  |  | 其他对外管理服务事项 |"),
        ("| 1 | - 3 -\n| 2 |", "| 1 | - 3 -\n| 2 |"),  # at the line's end: as printed
    ],
)
def test_a_page_footer_run_into_a_line_of_glued_cells(printed: str, read: str) -> None:
    assert normalize(Document(printed)).text == read


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("| 万元 | 17 .26 | 170.26 |", "| 万元 | 17.26 | 170.26 |"),
        ("行政事业性收费 1121\t.5821\n", "行政事业性收费 1121.5821\n"),
        ("增长了3 .5%", "增长了3.5%"),
        ("| 行政事业性收费 | 1121. 5821 |", "| 行政事业性收费 | 1121.5821 |"),
        ("收费1121. 5821\n", "收费1121.5821\n"),
        # … or the line break of a fold left in (a line of one cell, a number a list might open a line with)
        ("行政事业性收费\n1121\n.5821\n", "行政事业性收费\n1121.5821\n"),
        ("行政事业性收费\n1121.\n5821\n", "行政事业性收费\n1121.5821\n"),
        ("行政事业性收费\n1121. 5821\n", "行政事业性收费\n1121.5821\n"),
        # a point before words, after no digit, or a list's number before a year's: as printed
        ("传真申请数 条 0 0 3 .电子邮件", "传真申请数 条 0 0 3 .电子邮件"),
        ("约 .5 万元", "约 .5 万元"),
        ("情况\n1. 2022年起", "情况\n1. 2022年起"),
        ("2. 30件", "2. 30件"),
        ("。12. 5件", "。12. 5件"),
    ],
)
def test_the_space_a_fold_left_before_a_numbers_decimal_point_is_taken_out(printed: str, read: str) -> None:
    """A page's lines folded at a number's decimal point, then joined by spaces: the space is taken out,
    offsets mapped back; a point before words or after no digit, and a list's number that opens a line or a
    sentence, stay as printed."""
    doc = normalize(Document(printed))
    assert doc.text == read
    if "26" in read:
        at = doc.text.index("170")
        assert doc.root_span(at, at + 6)[1:] == (printed.index("170"), printed.index("170") + 6)


def test_a_double_spaced_text_has_its_line_breaks_halved() -> None:
    """Every line followed by an empty one: each run of n breaks made n // 2, offsets mapped back; two
    empty lines (a paragraph's end, an empty cell) stay one."""
    lines = [f"第{i}行，共收到申请1" if i == 5 else f"第{i}行" for i in range(30)]
    text = "\n\n".join(lines).replace("申请1\n\n第6行", "申请1\n\n\n\n0件\n\n第6行")
    doc = single_spaced(Document(text))
    assert doc.text == "\n".join(lines).replace("申请1\n第6行", "申请1\n\n0件\n第6行")
    at = doc.text.index("0件")
    assert doc.root_span(at, at + 2)[1:] == (text.index("0件"), text.index("0件") + 2)


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "&nbsp;", "&ensp;", "&#160;"])
def test_a_text_with_its_own_single_breaks_is_left_as_it_is(blank: str) -> None:
    """Single line breaks among the double ones (a table's rows, one line each) say the empty lines are
    the text's own; a short text says nothing. A line of a page's `&nbsp;` alone (`<p>&nbsp;</p>` saved as
    text) is an empty one."""
    lines = [f"第{i}行" for i in range(40)]
    mixed = f"\n{blank}\n".join(lines[:20]) + "\n" + "\n".join(lines[20:])
    assert single_spaced(Document(mixed)).text == mixed
    short = f"\n{blank}\n".join(lines[:10])
    assert single_spaced(Document(short)).text == short
    assert single_spaced(Document(f"\n{blank}\n".join(lines))).text == "\n".join(lines)


def test_real_reports_double_spaced_read_as_printed(shared: Path) -> None:
    """Each real text report with every line followed by an empty one: the same cells, 统计表 values,
    metadata and findings (a sentence wrapped over two lines is one sentence, not a paragraph's end)."""
    assert_read_alike(shared, lambda text: text.replace("\n", "\n\n"))


_PAGE = (
    "一、总体情况。2018年全区主动公开政府信息2069条，其中区直部门1592条、各乡镇477条。“中国·平潭”门户网站访问量108932人次……"
    "六、政府信息公开情况统计表指标名称计量单位2018年度历年累计主动公开文件数条206912106其中：1.政府网站公开数条206912106"
    "2.政府公报公开数条00受理依申请公开信息总数条00其中：1.当面申请数条002.网上申请数条003.信函、传真申请数条00"
) * 3


@given(seed=st.integers(0, 10_000))
def test_a_folded_text_has_its_folds_taken_out(seed: int) -> None:
    """A page folded at a fixed width, in characters or in display columns (a CJK character two, “”…— two
    or one), wherever the width ran out, inside a number too: read as it was before, offsets mapped back."""
    text = f"{_PAGE}\n\n{_PAGE[:500]}\n\n短的一行\n\n{_PAGE[500:]}"  # a line that ends a paragraph stays
    folded = folded_lines(text, random.Random(seed))
    assert folded != text
    doc = unfolded(Document(folded))
    assert doc.text == text
    at = text.index("206912106", 1000)
    _, start, end = doc.root_span(at, at + 9)
    assert folded[start:end].replace("\n", "") == "206912106"


@pytest.mark.parametrize("widened", ["  ", "\u00a0 ", " \u3000", "   "])
@given(seed=st.integers(0, 10_000))
def test_a_folded_text_whose_spaces_were_widened_after_has_its_folds_taken_out(widened: str, seed: int) -> None:
    """A page folded at a fixed width, then the spaces between its numbers widened (a page's markup, a PDF's
    columns): each run of spaces counts as the one it was when the fold was made, and the fold is told."""
    text = _PAGE.replace("文件数条206912106", "文件数条2069 12106")
    folded = folded_lines(f"{text}\n\n短的一行\n\n{text}", random.Random(seed))
    doc = unfolded(Document(folded.replace(" ", widened)))
    assert doc.text == f"{text}\n\n短的一行\n\n{text}".replace(" ", widened)


@given(seed=st.integers(0, 10_000))
def test_a_folded_text_with_character_references_written_in_after_has_its_folds_taken_out(seed: int) -> None:
    """A page folded at a fixed width, then saved with its spaces and quotes as character references
    (`&nbsp;`, `&ldquo;`): each reference counts as the character it names, and the fold is told."""
    text = _PAGE.replace("文件数条206912106", "文件数条2069 12106")
    full = f"{text}\n\n短的一行\n\n{text}"
    referenced = char_references(folded_lines(full, random.Random(seed)), random.Random(seed))
    assert unfolded(Document(referenced)).text == char_references(full, random.Random(seed))


@pytest.mark.parametrize("reference", ["&#160;", "&nbsp;"])
@given(seed=st.integers(0, 10_000))
def test_a_folded_text_whose_references_widen_its_lines_past_any_fold_has_its_folds_taken_out(
    reference: str, seed: int
) -> None:
    """A 统计表 run on one line with a space between its cells, folded, then saved with each space as a
    reference six characters long: its lines are wider than any fold's, but read with each reference as a
    space they show the fold, and `6.其它` / `形式申请数` is one label again."""
    rows = "".join(f" {n}.其它形式申请数 条 {n} {n * 7}" for n in range(1, 40))
    full = f"{_PAGE}\n\n指标名称 计量单位 2011年度 历年累计{rows}\n\n{_PAGE}"
    folded = folded_lines(full, random.Random(seed))
    assert unfolded(Document(folded.replace(" ", reference))).text == full.replace(" ", reference)


@pytest.mark.parametrize(("wide", "width"), [(True, 80), (False, 80), (True, 100), (False, 100)])
def test_a_text_folded_in_columns_with_narrow_marks_has_its_folds_taken_out(wide: bool, width: int) -> None:
    """Characters of two UTF-8 bytes (中国·平潭, 3×4, 25°, a gloss's é) are one column each however the tool
    counts the rest: lines that print them are no wider than the others, and the fold is still told."""
    text = _PAGE.replace("，", "·").replace("条", "×").replace("其中", "°é")
    folded = fold(text, width, char_width(wide))
    assert folded.count("\n") >= 8
    assert unfolded(Document(folded)).text == text


@pytest.mark.parametrize("width", [60, 80])
def test_a_text_whose_tab_separated_rows_ran_together_has_its_folds_taken_out(width: int) -> None:
    """A page whose table rows, tab-separated, ran into one another before it was folded: its lines hold
    tabs, and most are the table's, yet the fold is told and a cell it cut (`35.7` / `11859`) is whole."""
    row = "\t".join(["行政事业性收费", "35.711859", "行政许可", "1944", "其他对外管理服务事项", "5667"])
    text = "一、总体情况。本年主动公开政府信息2069条。" + "\t".join([row] * 12) + "三、收到和处理政府信息公开申请情况"
    folded = fold(text, width, char_width(True))
    assert folded.count("\n") >= 8 and "\t" in folded.split("\n")[3]
    assert unfolded(Document(folded)).text == text


@pytest.mark.parametrize("width", [60, 75, 97])
def test_a_text_whose_pipe_rows_ran_together_has_its_folds_taken_out(width: int) -> None:
    """A Markdown table whose rows ran into one another (`…| 2 | |||4.保护…`) and was then folded: a line the
    fold ended on a cell's `|` (`| 0 | 1 |` / ` 0 | 0 | 2 |`) is joined to the rest of its row; one ending
    on a `|` before a line that opens with `|` stays apart, a row's end as a table's lines print it."""
    rows = "".join(f"||{n}.属于第{n}类信息 | 0 | {n} | 0 | 0 | {n} | 0 | {2 * n} | |" for n in range(1, 30))
    text = (
        "一、总体情况。本年主动公开政府信息2069条。\n| 项目 | 自然人 |" + rows + "\n三、收到和处理政府信息公开申请情况"
    )
    folded = fold(text, width, char_width(True))
    lines = folded.split("\n")
    assert any(a.endswith("|") and "|" in b and not b.startswith("|") for a, b in pairwise(lines[1:-1]))
    assert unfolded(Document(folded)).text.replace("|\n|", "||") == text


def test_a_text_with_character_references_is_unfolded_at_the_width_it_was_folded_at() -> None:
    """A page printing `&nbsp;` for its spaces and then folded: the fold is told by the lines as folded,
    references and all, so each line it cut is joined whole before the references are read."""
    text = _PAGE.replace("条", "条&nbsp;")
    folded = fold(text, 80, char_width(True))
    assert normalize(Document(folded)).text == normalize(Document(text)).text


def test_a_text_folded_narrowly_among_its_own_lines_of_every_width_has_its_folds_taken_out() -> None:
    """A fold at 42 characters, narrow enough that many of the text's own lines come near it (31 to 39
    characters, each width once or twice): the ten lines it cut, all at its width, tell it, though they are
    fewer than two thirds of the lines that wide; a number it cut (`2` / `1 107`) is whole again."""
    words = "本机关认真贯彻落实条例规定的各项要求并及时公开政府信息加强政策解读回应社会关切"
    own = [f"{k}、{words[: 27 + k]}。" for k in range(1, 10)]  # 31 to 39 characters
    table = "统计指标 单位 统计数 上年 " + " ".join(f"{k}.同意部分公开答复数 件 21 107" for k in range(1, 17))
    text = "\n".join([*own, table, "六、其他需要报告的事项", "无。"])
    folded = fold(text, 42, char_width(None))
    assert sum(len(line) == 42 for line in folded.split("\n")) >= 8
    assert unfolded(Document(folded)).text == text


def test_a_folded_text_most_of_whose_lines_are_table_rows_has_its_folds_taken_out() -> None:
    """A page whose 统计表 of `|` rows makes up most of its lines, folded at 40 characters: the rows, which
    tell nothing of a fold, are stepped past to sample the lines that do, so the fold is told and the row it
    cut in its unit (`万` / `元 |`) is whole again."""
    prose = "本机关认真贯彻落实条例规定的各项要求并及时公开政府信息加强政策解读回应社会关切。" * 8 + "本年。"
    rows = [f"| {k}.同意公开答复数 | {k} | {2 * k} | 件 |" for k in range(1, 40)]
    rows.insert(20, "| 七、依申请公开信息收取的费用（不同渠道） | 1.86 | 3.5 | 万元 |")
    text = "\n".join([prose, *rows, "六、其他需要报告的事项"])
    folded = fold(text, 40, char_width(None))
    assert "| 万元\n |" in folded
    assert unfolded(Document(folded)).text == text


def test_a_traditional_phrase_a_line_break_cuts_is_converted_whole() -> None:
    """答覆 is 答复 as a phrase, while 覆 alone stays 覆: a fold between them (`答` / `覆數`) keeps its line break
    and the phrase is converted as one, so the 统计表 row's label is its own (同意公开答复数)."""
    assert to_simplified("同意公開答\n覆數 | 0 | 30 | 件 |") == "同意公开答\n复数 | 0 | 30 | 件 |"
    assert to_simplified("答\n覆\n\n資訊") == "答\n复\n\n信息"


def test_a_short_text_run_together_and_folded_has_its_folds_taken_out() -> None:
    """A report whose lines ran together (a 统计表 a cell a line: `传真申请数件 9045443`, a space or two between
    some cells) and was then folded into ten lines: the six that hold no two spaces are enough to tell the
    fold, and a number it cut (`90454` / `43`) is whole again, read as its table's two cells, not cut there."""
    rec = random_report(random.Random(1065340))
    text = str(write_noisy(rec, "cells", ["lines_run_together", "folded_lines"], 1065340))
    assert text.count("\n") == 10 and "传真申请数件 90454\n43" in text
    got = {i.label: i.values for i in parse_text(text).indicators}
    assert got["传真申请数"] == {"2012年度": 904, "历年累计": 5443}
    assert got["申请行政复议数"]["2012年度"] in (None, 227)


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(
            f"{i}、第{i}段，共收到申请{i}件，办结{i}件。" * (i % 4 + 1) for i in range(40)
        ),  # paragraphs a line each
        "\n".join(f"{'（一）予以公开':<20}  {i:>4}  {2 * i:>6}" for i in range(40)),  # a table aligned in columns
        "\n".join(f"| 第{i}行 | {i:>4} | {2 * i:>6} |" for i in range(40)),  # a gridded table, its rows padded
        "\n".join([_PAGE[i : i + 60] for i in range(0, 300, 60)] + ["附件"]),  # five full lines are too few
    ],
)
def test_a_text_that_is_not_folded_is_left_as_it_is(text: str) -> None:
    """Lines of every width, or all of one width because a table's columns are aligned or gridded, or too few
    at the widest: no fold is taken out."""
    assert unfolded(Document(text)).text == text


_FOLDS = [(None, w) for w in (50, 60, 80)] + [(wide, w) for wide in (True, False) for w in (80, 100, 120)]


@pytest.mark.parametrize(("wide", "width"), _FOLDS)
def test_real_reports_folded_read_as_printed(shared: Path, wide: bool | None, width: int) -> None:
    """Each real text report folded at a fixed width: the same cells, 统计表 values, metadata and findings.
    (Markdown is a converter's output, not a page saved as text; one whose prose lines are all short, its
    table rows alone folded, shows no width it was folded at.)"""
    assert_read_alike(shared, lambda text: fold(text, width, char_width(wide)), (".txt",))


def test_character_references_read_as_the_characters_they_name() -> None:
    """`&nbsp;`, `&#160;`, `&#xA0;`, `&ldquo;` (and `&nbsp` with no `;`) read as the characters, offsets mapped
    back; a `&` in any other use stays."""
    text = "申请数量2&nbsp;0&#160;0&#xA0;5&nbsp0，&ldquo;三安全一稳定&rdquo;，见index.php?a=1&b=2与研究&发展"
    doc = unescaped(Document(text))
    assert doc.text == "申请数量2\xa00\xa00\xa05\xa00，“三安全一稳定”，见index.php?a=1&b=2与研究&发展"
    at = doc.text.index("5")
    assert doc.root_span(at, at + 1)[1:] == (text.index("5"), text.index("5") + 1)
    assert unescaped(Document("研究&发展")).text == "研究&发展"


def test_a_character_reference_with_a_digit_read_as_a_letter_names_its_character() -> None:
    """A page with `&#160;` between its cells put through OCR: `&#l60;`, `&#16O;` and `&#16o;` are the
    no-break space still, so no digit of the reference runs into a cell (`40&#l60;|` is 40, not 0)."""
    text = "一、本年新收政府信息公开申请数量&#160;|&#160;40&#l60;|&#16O;7&#16o;|"
    assert unescaped(Document(text)).text == "一、本年新收政府信息公开申请数量\xa0|\xa040\xa0|\xa07\xa0|"
    assert unescaped(Document("研究&Ol发展")).text == "研究&Ol发展"


@pytest.mark.parametrize("cut", ["&\n#160;", "&#16\n0;", "&#160\n;", "&nb\nsp;", "&#1\r\n60;"])
def test_a_character_reference_a_fold_cut_is_read_with_its_line_break_taken_out(cut: str) -> None:
    """A text with references folded at a fixed width: the reference cut over two lines is the character
    it names, the line break gone with it; a `&` ending a line before other words stays."""
    text = f"其中:主要负责同志参加新闻发布会次数 次  239  {cut} 1718\n2.政府网站在线访谈次数 次 17 76\n"
    assert (
        unescaped(Document(text)).text
        == "其中:主要负责同志参加新闻发布会次数 次  239  \xa0 1718\n2.政府网站在线访谈次数 次 17 76\n"
    )
    assert unescaped(Document("研究&\n发展")).text == "研究&\n发展"


@pytest.mark.parametrize("cut", ["&mdas h;", "&md ash;", "&#16 0;", "&nb sp;"])
def test_a_character_reference_a_fold_cut_then_joined_by_a_space_is_read_whole(cut: str) -> None:
    """The fold's line break made a space when the lines were joined (`&mdas h;`): the whole reference is the
    character it names; a reference's start and words after it (`&amp y;`, `R&D team;`) stay as printed."""
    named = "—" if "m" in cut else "\xa0"
    assert unescaped(Document(f"情况{cut}1．参加")).text == f"情况{named}1．参加"
    for kept in ("A&amp y; b", "R&D team; x"):
        assert unescaped(Document(kept)).text == kept


def test_real_reports_with_character_references_read_as_printed(shared: Path) -> None:
    """Each real text report with `&nbsp;` for every space: the same cells, 统计表 values, metadata and findings."""
    assert_read_alike(shared, lambda text: text.replace(" ", "&nbsp;"))


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("| 规章 | **12** | 0 | **3** |", "| 规章 | 12 | 0 | 3 |"),
        ("**一、总体情况**\n**（七）总计** 5\n**五、行政诉讼数量 **", "一、总体情况\n（七）总计 5\n五、行政诉讼数量 "),
        ("1\\.属于国家秘密\n| 2\\.其他 | \\- | 3\\|4 |", "1.属于国家秘密\n| 2.其他 | - | 3\\|4 |"),
        ("> 一、总体情况\n> > 规章 1\n>\n正文", "一、总体情况\n规章 1\n\n正文"),
        ("** 注：未含转办件\n共计** 12 a>b", "** 注：未含转办件\n共计 12 a>b"),
        ("日期：3/27  # 清石市  # 教育局2025年报告  ## 一、总体", "日期：3/27  清石市  教育局2025年报告  一、总体"),
        ("第#3号 C# 1 #2 ## \n## 二、", "第#3号 C# 1 #2 ## \n## 二、"),  # no heading's mark amid a line
    ],
)
def test_markdown_marks_round_what_was_read_are_taken_out(marked: str, plain: str) -> None:
    """Bold, a backslash escaping a punctuation mark (not a cell's `\\|`), a quote's `>` opening a line and a
    heading's `#` amid a line where the lines ran together are a converter's or a language model's, not the
    report's: taken out, what they marked kept where it was read. A `**` that closes nothing and stands after a
    space stays."""
    doc = without_markdown_marks(Document(marked))
    assert doc.text == plain
    if "12" in plain:
        at = plain.index("12")
        _, start, end = doc.root_span(at, at + 2)
        assert marked[start:end] == "12"
