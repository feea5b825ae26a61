"""Metadata on reports never seen: dates in every printed form, the signature's date, the page's
published date, the agency cleaned of page chrome, its level and region; and every real report's meta."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import zfxxgk
from zfxxgk import meta, parse_text
from zfxxgk.dates import (
    find_dates,
    find_digit_dates,
    find_written_dates,
    first_date,
    is_written_out,
    parts_rejoined,
    read_date,
    years_rejoined,
)
from zfxxgk.load.html import load_html
from zfxxgk.meta import clean_agency, find_meta, level_of, region_of
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import random_report

BODY = "一、总体情况\n2021年，本机关坚持以公开为常态。\n六、其他需要报告的事项\n无。\n"
TITLED = "测试局2021年政府信息公开工作年度报告\n" + BODY


# --- reading a date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2021年1月5日", date(2021, 1, 5)),
        ("2013 年 2 月 5 日", date(2013, 2, 5)),
        ("2021年01月05日", date(2021, 1, 5)),
        ("二〇一九年一月二十五日", date(2019, 1, 25)),
        ("二○一三年一月二十日", date(2013, 1, 20)),
        ("二零二一年十二月三十一日", date(2021, 12, 31)),
        ("二О二О年三月十日", date(2020, 3, 10)),  # Cyrillic О
        ("二0二一年二月一日", date(2021, 2, 1)),
        ("二〇二二年十月十二日", date(2022, 10, 12)),
        ("2022年元月20日", date(2022, 1, 20)),  # January as 元月
        ("2020年1月15号", date(2020, 1, 15)),  # the day's 号 for 日
        ("二〇二〇年一月十五号", date(2020, 1, 15)),
        ("二〇二二年元月二十日", date(2022, 1, 20)),
        ("2020-1-5", date(2020, 1, 5)),
        ("2020.01.05", date(2020, 1, 5)),
        ("2020/1/5", date(2020, 1, 5)),
        ("2012 /3/18", date(2012, 3, 18)),  # a space after the year, as a PDF's text prints it
        ("2015 -01\n-27", date(2015, 1, 27)),  # a fold beside a separator
        ("2015-\n01-27", date(2015, 1, 27)),
        ("2009\n\n-02-17", date(2009, 2, 17)),  # an empty line after the fold, as a PDF's catalog prints it
        ("2015-01-2\n7", None),  # …never inside a number: day 2 or 27
        ("2021-01-05 09:30:00", date(2021, 1, 5)),
        ("2021-01-05T09:30", date(2021, 1, 5)),
        ("20210304", date(2021, 3, 4)),
        ("2020年2月4", date(2020, 2, 4)),  # the 日 cut off at the end
        ("2021年2月30日", None),
        ("2021年13月1日", None),
        ("二〇一三年一月", None),  # a month is not a date
        ("2013年元月", None),
        ("2020-1/5", None),
        ("2021年度", None),
        ("2021-01-05 来源", None),
    ],
)
def test_read_date(text: str, want: date | None) -> None:
    assert read_date(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("落款\n2020年2月4\n", [date(2020, 2, 4)]),  # 日 cut off at a line end
        ("2020年2月4项工作", []),  # …but not inside a line
        ("落款 2020年2月4 上一篇：某县2019年报告 【打印本页】", [date(2020, 2, 4)]),  # …unless a page's footer follows
        ("二〇二〇年二月四 【关闭窗口】", [date(2020, 2, 4)]),
        ("2020年2月4 项工作", []),
        ("截至2020年12月31日，共公开", [date(2020, 12, 31)]),
        ("自2021年1月1日至2021年12月31日", [date(2021, 1, 1), date(2021, 12, 31)]),
        ("编号12021年1月1日", []),
        ("截至2020年12\n月31日，共公开", [date(2020, 12, 31)]),  # a PDF's text wrapped between its parts
        ("截至2020\n年 12 月\n31日", [date(2020, 12, 31)]),
        ("二〇二〇年二\n月四日", [date(2020, 2, 4)]),
        ("2020年2月\n\n4日", []),  # an empty line parts a paragraph, not a date
        ("2020年\n\n2月4日", []),
        ("版本1.2020.01.05", []),
    ],
)
def test_find_dates(text: str, want: list[date]) -> None:
    assert [d for _, d in find_dates(text)] == want


DATE_PIECES = (
    *("2020年1月1日", "二○一三年一月二十日", "2012年7月", "〇一一年一月一日", "2020-1-10", "2020.1.1", "2019/12/3"),
    *("年", "月", "日", "度", ".", "-", "/", "1.", "0", "1", "12", "2020", "二〇二", "〇", "十", "O", " ", "\t", "\n"),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=14).map("".join))
@example("2020-1-10〇一一年一月一日")  # a 2020-1-10 date holds the first character of the year after it
@example("2020年1月1日2020年1月2日")
def test_written_dates_are_find_dates_written_out(text: str) -> None:
    """Looked for only before each 年, the 年月日 dates are those every date is found among."""
    want = [(m.span(), d) for m, d in find_dates(text) if is_written_out(m)]
    assert [(m.span(), d) for m, d in find_written_dates(text)] == want


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=14).map("".join))
@example("2020-1-10〇一一年一月一日")
def test_digit_dates_are_find_dates_in_digits(text: str) -> None:
    """Found by their own pattern, the 2020-1-10 dates are those every date is found among."""
    want = [(m.span(), d) for m, d in find_dates(text) if not is_written_out(m)]
    assert [(m.span(), d) for m, d in find_digit_dates(text)] == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=14).map("".join), st.integers(0, 60))
def test_digit_dates_from_a_place_are_those_found_there(text: str, start: int) -> None:
    """Read from a place, the 2020-1-10 dates are those a reading from the start finds beginning there."""
    want = [(m.span(), d) for m, d in find_digit_dates(text) if m.start() >= start]
    assert [(m.span(), d) for m, d in find_digit_dates(text, start)] == want


TITLE_PIECES = (
    *("政府信息公开工作年度报告", "信息公开年度报告", "公开工作年报", "报告", "政务", "某县人民政府", "2021", "1920"),
    *("19", "年", "度"),
    *("，", "。", ":", "\n", " ", "\u3000", "\t", "一、", "相关文章", "x" * 20),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=16).map("".join))
@example("报告2021年政府信息公开工作年度报告")
def test_titles_are_found_where_the_title_pattern_finds_them(text: str) -> None:
    """Looked for only where a year before a report name leads, the titles are those the title pattern
    finds searching from every place before that name, less those with a report name before their year,
    anywhere before it or just before it on its line (报告2021年…报告: the year is the name's)."""
    want: list[re.Match[str]] = []
    for name in sorted((m for p in meta._TITLE_ENDS for m in p.finditer(text)), key=lambda m: m.start()):
        lo = max(want[-1].end() if want else 0, name.start() - meta._TITLE_REACH)
        if not (m := meta._TITLE.search(text, lo, name.end())) or meta._OTHER_NAME.search(pre := m.group("pre")):
            continue
        if not (
            re.search(r"(?:信息公开工作|报告)[ \t]*[（(]?[ \t]*\Z", pre)
            and "\n" not in text[m.end("pre") : m.start("year")]
        ):
            want.append(m)
    assert [m.span() for m in meta._titles(text, len(text))] == [m.span() for m in want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("事项。某镇人民政府 2\n025 年 2 月 3 日", "事项。某镇人民政府 2025\n 年 2 月 3 日"),
        ("签发 20 \n 21年3月5日", "签发 2021\n  年3月5日"),
        ("事项。某镇人民政府 2\n024 .1.26", "事项。某镇人民政府  2024 .1.26"),  # in digits: on one line
        ("某镇人民政府 20 \n 24-01-26", "某镇人民政府    2024-01-26"),
        ("共 20\n24.5", "共 20\n24.5"),  # no date
        ("- 2 -\n021 年", "- 2 -\n021 年"),  # a page's number, no year's first digit
        ("共 12\n3年", "共 12\n3年"),  # no year
        ("第1.2\n020年", "第1.2\n020年"),
        # a month's or day's leading 0 left alone at the line's end: no number of its own
        ("2024 年 0\n3 月 01 日", "2024 年 03\n 月 01 日"),
        ("2024 年 3 月 0\n1 日", "2024 年 3 月 01\n 日"),
        ("2024-0\n3-01", "2024-03\n-01"),
        ("共 0\n3 月", "共 0\n3 月"),  # no date's 年 before it
        ("2024 年 3 月 1\n0 日", "2024 年 3 月 10\n 日"),  # its 日 after the 0: 10, not the 1st
        ("2024 年 3 月 4\n0 日", "2024 年 3 月 4\n0 日"),  # no 40th
        ("2024-02-2\n0", "2024-02-2\n0"),  # in digits: the 2nd, or the 20th
    ],
)
def test_years_wrapped_inside_their_digits_rejoined(text: str, want: str) -> None:
    """A year a PDF's text wrapped inside its digits, or a month's or day's leading 0 it left alone, put back
    whole before the line break, as many characters; nothing else moved."""
    assert parts_rejoined(years_rejoined(text)) == want and len(want) == len(text)


def test_first_date_in_a_meta_tag() -> None:
    assert first_date("2021-01-20-10:30:00") == date(2021, 1, 20)
    assert first_date("页面生成时间") is None


# --- the signature's date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "signed", "agency"),
    [
        (BODY + "\n测试县人民政府\n2022年1月20日\n", "2022-01-20", "测试县人民政府"),
        (BODY + "  测试县人民政府   \n\n2022年1月20日", "2022-01-20", "测试县人民政府"),
        (BODY + "测试局\n2013 年 2 月 5 日\n", "2013-02-05", "测试局"),
        (BODY + "测试局\n二〇一九年一月二十五日\n", "2019-01-25", "测试局"),
        (BODY + "测试局\n二〇一九年一月二\n十五日\n", "2019-01-25", "测试局"),  # its day wrapped inside it
        (BODY + "测试局\n二〇一九年十\n二月五日\n", "2019-12-05", "测试局"),  # … or its month
        (BODY + "测试局\n二〇一九年一月五\n一、附件\n", "2019-01-05", "测试局"),  # its 日 cut off
        (BODY + "测试乡人民政府\n2020年2月4\n", "2020-02-04", "测试乡人民政府"),
        (
            BODY + "测试乡人民政府\n2020年2月4 上一篇：某县2019年报告 主办单位：某县办公室\n",
            "2020-02-04",
            "测试乡人民政府",
        ),
        (BODY + "测试局 2022年1月20日\n", "2022-01-20", "测试局"),
        (BODY + "测试局\n2022年1\n月20日\n", "2022-01-20", "测试局"),  # a PDF's text wrapped the date
        # … or the agency's name before it, run onto the last sentence or on a line of its own
        (
            "一、总体情况 略。六、其他需要报告的事项 无。测试区岚江街道办\n事处 2022 年 1 月 20 日\n- 2 -\n",
            "2022-01-20",
            "测试区岚江街道办事处",
        ),
        (BODY + "测试市卫生健康委\n员会 2022年1月20日\n", "2022-01-20", "测试市卫生健康委员会"),
        # … or the date inside its year (2 / 022 年), the agency before it run onto the last sentence or not
        (
            "一、总体情况 略。六、其他需要报告的事项 无。测试镇人民政府 2\n022 年 1 月 20 日\n- 2 -\n",
            "2022-01-20",
            "测试镇人民政府",
        ),
        (BODY + "测试镇人民政府 20\n22年1月20日\n", "2022-01-20", "测试镇人民政府"),
        (BODY + "测试镇人民政府\n202\n2年1月20日\n", "2022-01-20", "测试镇人民政府"),
        ("一、总体情况 略。六、其他需要报告的事项 无。2022年1月20日", "2022-01-20", None),
        ("一、总体情况 略。六、其他需要报告的事项 无。测试区人民政府2022年1月20日", "2022-01-20", "测试区人民政府"),
        (
            "…将信息公开评议和考核工作常规化、日常化。 二○一二年二月二十日 附件1：测试县人民政府2011年政府信息公开"
            "情况统计表 指标名称计量单位",
            "2012-02-20",
            None,
        ),
        (
            "…为公众提供便捷服务。 二○一三年一月二十日 测试区政府信息公开情况统计表 指标名称 计量单位 2012年度",
            "2013-01-20",
            None,
        ),
        (BODY + "测试局\n2022年1月20日\n附件：2021年度统计表\n", "2022-01-20", "测试局"),
        (BODY + "附件：统计表\n| 指标 | 2021年度 |\n| 主动公开 | 3 |\n测试局\n2022年1月20日\n", "2022-01-20", "测试局"),
        (BODY + "测试局\n2022年1月20日 附件下载\n", "2022-01-20", "测试局"),
        (BODY + "测试局\n2022年1月20日 扫一扫在手机打开当前页\n", "2022-01-20", "测试局"),
        (BODY + "测试局2022年1月20日联系我们\t网站地图\t技术支持：某公司\n", "2022-01-20", "测试局"),
        (BODY + "测试局\n2022年1月20日\n（此件公开发布）\n", "2022-01-20", "测试局"),
        # the attachment numbered as the section after the last, the page's lines run together
        (BODY + "附：统计表 测试局 2022年1月20日 七、附件 指标名称\n", "2022-01-20", "测试局"),
        (BODY + "附:统计表测试局2022年1月20日七、附件指标名称\n", "2022-01-20", "测试局"),
        (BODY + "附：政府信息公开情况统计表测试镇人民政府2022年1月20日六、附件\n", "2022-01-20", "测试镇人民政府"),
        (BODY + "测试局\n2022年1月20日\n六．附表\n", "2022-01-20", "测试局"),
        (BODY + "测试局\n2021年1月5日\n测试局\n2022年1月20日\n", "2022-01-20", "测试局"),  # the last one
        # in digits, under or after the agency's name, no sentence after it
        (TITLED + "测试局\n2022-01-20\n", "2022-01-20", "测试局"),
        (TITLED + "测试局\n\n2022.1.20\n附件：2021年度统计表\n", "2022-01-20", "测试局"),
        (TITLED + "测试局 2022/01/20 【打印本页】 【关闭窗口】\n", "2022-01-20", "测试局"),
        (TITLED + "测试局 2\n022 .1.20\n往年年报\n", "2022-01-20", "测试局"),  # its year wrapped inside its digits
        (TITLED + "测试局\n2022-01-20\n发布时间：2022-01-25 10:00\n", "2022-01-20", "测试局"),
        # … before the attachments, a sentence printed under the 统计表 after them
        (TITLED + "测试局 2022/1/20\n\n附件：统计表\n主动公开 | 3\n全年接待来访334人次。\n", "2022-01-20", "测试局"),
        (TITLED + "2022-01-20\n## 附件：统计表\n| 主动公开 | 3 |\n我们将加大公开力度。\n", "2022-01-20", "测试局"),
        # … the attachments glued to it, the page's lines run together
        (
            TITLED + "无。测试局2022-01-20附件：统计表 指标名称 主动公开 3 2022年，我们将加大公开力度。",
            "2022-01-20",
            "测试局",
        ),
        # in digits with no agency (the page names it elsewhere): right after the last sentence, closing the report
        (TITLED + "2022-01-20\n", "2022-01-20", "测试局"),
        (TITLED + "\n2022 .1.20\n\n## 附件：政府信息公开情况统计表\n| 指标名称 | 计量单位 |\n", "2022-01-20", "测试局"),
        (TITLED + "2022/01/20\n发布时间：2022-01-25 10:00\n", "2022-01-20", "测试局"),
        ("一、总体情况 略。六、其他需要报告的事项 无。2022 .1.20 【打印本页】 【关闭窗口】\n", "2022-01-20", None),
        (BODY + "测试局\n2022-01-20\n测试局\n2022年1月18日\n", "2022-01-18", "测试局"),  # 年月日 first
        # a catalog's date under its label is no signature, though written out: the signature in digits is
        ("生成日期\n\n2022年01月25日\n\n" + TITLED + "测试局\n2022/1/20\n", "2022-01-20", "测试局"),
        # a page's own date label run onto the signature's line
        (BODY + "测试局2022年1月20日发布时间：2022-01-25 10:00\n", "2022-01-20", "测试局"),
        (TITLED + "测试局 2022.1.20发布日期：2022-01-25\n", "2022-01-20", "测试局"),
        # the agency after the date, its line run onto the date's by a page's text
        ("一、总体情况 略。六、其他需要报告的事项 无。2022年1月20日测试局\n", "2022-01-20", "测试局"),
        ("一、总体情况 略。六、其他需要报告的事项 无。2022年1月20日测试局附件：统计表\n", "2022-01-20", "测试局"),
        (BODY + "2022年1月20日\n测试局\n", "2022-01-20", None),
        # a Markdown report's lines run together: the attachment's heading or bold marks glued after the date
        (
            "一、总体情况 略。七、其他需要报告的事项 无。测试局2022年1月20日## 附件：统计表| 指标名称 |",
            "2022-01-20",
            "测试局",
        ),
        ("一、总体情况 略。七、其他需要报告的事项 无。2022年1月20日**附件**：统计表", "2022-01-20", None),
        # the pages' dash footers run on after it, to the line's end
        ("一、总体情况 略。六、其他需要报告的事项 无。测试局2022 年 1 月 20 日- 2 -- 3 -", "2022-01-20", "测试局"),
        ("一、总体情况 略。六、其他需要报告的事项 无。2022年1月20日测试局— 4 —\n", "2022-01-20", "测试局"),
    ],
)
def test_signed(text: str, signed: str, agency: str | None) -> None:
    meta = find_meta(text)
    assert meta.signed == signed
    if agency:
        assert meta.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "测试区2012年政府信息公开工作年度报告 测试区管委会办公室 二〇一三年一月 本报告根据《条例》编制。",
        BODY + "截至2020年12月31日，共主动公开政府信息35条。\n",
        BODY + "截至2020年12月31日\n",
        BODY + "我局于2020年3月5日印发《测试办法》。\n",
        BODY + "2020年3月5日，召开政务公开工作会议。\n",
        BODY + "2020年3月5日召开政务公开工作会议。\n",
        "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n" + BODY,
        "报告中所列数据统计期限自\n2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止。\n" + BODY,
        "来源：测试区管委会办公室 时间：2012-04-11 00:00 微信 微博\n" + BODY,
        "发布时间：2021年2月4日\n" + BODY,
        # a date in digits with no agency above it but words after it or between it and the last sentence, a
        # time after it, a label before it, or text after it
        TITLED + "2022-01-20\n市政府召开常务会\n",
        TITLED + "关于做好政务公开工作的通知\n2022-01-20\n",
        TITLED + "测试局\n2022-01-20 10:00\n",
        TITLED + "发布机构：测试局\n2022-01-20\n",
        BODY + "成文日期\n2022年1月20日\n",
        BODY + "生成时间 |\n2022年1月20日\n",
        "测试局\n2022-01-20\n" + TITLED,
        TITLED + "测试局\n2022-01-20\n相关文章\n关于做好政务公开工作的通知。\n",
        TITLED + "相关文章\n市政府召开常务会\n2022-01-20\n",  # a link's title, not named before
        TITLED + "测试局\n上一篇：测试局2020年政府信息公开工作年度报告\n2021年1月17日\n",  # under a link
        TITLED + "测试局于\n2022-01-20\n印发《测试办法》。\n",
        BODY + "该办法将于\n2021年3月1日\n起施行。\n",
        BODY + "该办法将于2\n021年3月1日起施行。\n",  # a year wrapped inside its digits, in a sentence
        BODY + "该办法由测试局\n印发 2022年1月20日\n",  # a line's words after a name: no name wrapped
    ],
)
def test_not_a_signature(text: str) -> None:
    assert find_meta(text).signed is None


# --- the published date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hints", "want"),
    [
        ("标题: 测试局2021年政府信息公开工作年度报告\n发布时间: 2022-01-18 00:00\n" + BODY, {}, "2022-01-18"),
        ("来源：测试区管委会办公室 时间：2012-04-11 00:00 微信 微博\n" + BODY, {}, "2012-04-11"),
        ("发布日期：2022年01月25日\n" + BODY, {}, "2022-01-25"),
        ("| 发布日期 | 2022-01-25 |\n" + BODY, {}, "2022-01-25"),
        ("发布日期\n\n2022-01-25\n" + BODY, {}, "2022-01-25"),
        ("发布日期:2022/1/25\n" + BODY, {}, "2022-01-25"),
        ("成文日期：2022-01-20 发布日期：2022-01-25\n" + BODY, {}, "2022-01-25"),
        ("成文日期：2022-01-20\n" + BODY, {}, "2022-01-20"),
        ("发文日期：2022-01-20  发布日期：2022-01-25\n" + BODY, {}, "2022-01-25"),  # the document's, the page's
        ("发布日期：2022-01-25  发文日期：2022-01-20\n" + BODY, {}, "2022-01-25"),
        ("发文日期：2022-01-20\n" + BODY, {}, "2022-01-20"),
        (BODY, {"published": "2022-01-26"}, "2022-01-26"),
        ("时间：2022-01-20\n" + BODY, {"published": "2022-01-26"}, "2022-01-26"),
        ("发布时间：2022-01-25\n" + BODY, {"published": "2022-01-26"}, "2022-01-25"),
        (BODY + "测试局\n2022年1月20日\n发布时间：2022-01-25 10:00\n", {}, "2022-01-25"),  # a footer
        (BODY + "测试局2022-01-20发布时间：2022-01-25 10:00\n", {}, "2022-01-25"),
        (BODY + "本报告于2022年1月25日发布。\n", {}, None),
        ("统计时间：2021年1月1日至2021年12月31日\n" + BODY, {}, None),
        ("填报日期：2022-01-20\n" + BODY, {}, None),
        ("更新时间：2022-03-01\n" + BODY, {}, None),
        ("来源：测试县人民政府时间：2022-02-08 16:34\n" + BODY, {}, "2022-02-08"),  # glued by textContent
        # a 信息公开目录 before the article, and the bylines CMSs print under a title
        (
            "索引号：xxx 主题分类：政务公开 发布机构：测试县人民政府办公室 生成日期：2021-01-20 发布日期：2021-01-25"
            " 文号：无 名称：测试局2020年政府信息公开工作年度报告\n" + BODY,
            {},
            "2021-01-25",
        ),
        ("成文日期：2021-01-18\n生成日期：2021-01-20\n" + BODY, {}, "2021-01-20"),
        ("标题\n日期：2021年03月05日\n" + BODY, {}, "2021-03-05"),  # the line above ends in a word
        ("标题\n[ 2021-03-05 ]\n" + BODY, {}, "2021-03-05"),
        ("标题\n2021-03-05 10:23:41 来源：测试局\n" + BODY, {}, "2021-03-05"),
        # … the title run straight into it, the page's lines run together
        ("测试局2021年政府信息公开工作年度报告2022年03月02日 来源：测试局办公室" + BODY, {}, "2022-03-02"),
        ("测试局2021年工作总结2022年03月02日 来源：测试局办公室" + BODY, {}, None),  # no report's title before it
        ("标题\n[ 2021-01-01 至 2021-12-31 ]\n" + BODY, {}, None),  # a date range is no page's date
        ("发布日期：2\n\n021-01-25 生成日期：2021-01-20\n" + BODY, {}, None),  # a wrapped date is not read
        # … but one a fold cut beside its separator is: the label's, before a lesser one
        ("生成日期:2015-01-26\n发布日期： 2015 -01\n-27 【字体：大 中 小】\n" + BODY, {}, "2015-01-27"),
        # a catalog's labels wrapped by a PDF's text, inside the label or before it: still the labels they are
        ("公开日\n\n期 2024年03月12日\n组配分类 生成\n\n日期 2024-03-11\n" + BODY, {}, "2024-03-12"),
        ("时间：2021-01-20\n发布\n日期 2021-01-25\n" + BODY, {}, "2021-01-25"),
        ("时间：2021-01-20\n报告\n日期 2021-01-25\n" + BODY, {}, "2021-01-20"),
        # … but the day's 10 wrapped before its 日, a year wrapped inside its digits, or a month's leading 0 left
        # alone, is put back
        ("公开日期: 2024 年 03 月 1\n0 日  成文日期: 2024 年 3 月 6 日\n" + BODY, {}, "2024-03-10"),
        ("| 发布日期 |  2014 年 2 月 1\n3 日 |\n| 成文日期 | 2014-02-04\n|\n" + BODY, {}, "2014-02-13"),
        ("| 印发日期 | 2016 年 2 月 25 日 | 发布日期 | 20\n16-02-26 |\n" + BODY, {}, "2016-02-26"),
        ("发布时间： 2024 年 0\n3 月 01 日 10:23:41 来源：测试局\n" + BODY, {}, "2024-03-01"),
        ("发布时间： 2024-0\n3-01 10:23:41\n" + BODY, {}, "2024-03-01"),
        ("有效性 有效 发布日期 2009\n\n-02-17\n印发日期 2009/2/9 公开\n" + BODY, {}, "2009-02-17"),
        # … a 生成日期 wrapped between its two first characters, an empty line between: a 生成日期 all the same
        ("印发日期 2020/1/19 生\n\n成日期 2020年01月26日\n文号 无\n" + BODY, {}, "2020-01-26"),
        # a catalog printed column by column: its field names, then their values in the same order
        (
            "\t主题分类\n\t发文机关\n\n\t政务公开\n\t测试局\n\n\t成文日期\n\t公开范围\n\t生成日期\n\t发布日期\n\n"
            "\t2009/2/12\n\t面向社会\n\t2009-02-15\n\t2009年2月22日\n\n" + BODY,
            {},
            "2009-02-22",
        ),
        ("\t成文日期\n\t发布日期\n\t2009/2/12\n\t2009/2/22\n" + BODY, {}, "2009-02-22"),
        ("成文日期\n2009/2/12\n发布日期\n2009/2/22\n" + BODY, {}, "2009-02-22"),  # a name and its value a line each
        # … or a row of names over a row of their values, as one cell each or cells of their own
        (
            "| 印发日期 有效性 发布机构 发布日期 |\n \n| 2023年1月9日 有效 测试局 2023年01月13日 |\n"
            "发布时间：2023-01-13\n" + BODY,
            {},
            "2023-01-13",
        ),
        ("| 成文日期 | 发布日期 |\n| --- | --- |\n| 2022-01-20 | 2022-01-25 |\n" + BODY, {}, "2022-01-25"),
        # … a row naming 公开方式 or 关键词 too, under a row whose 生成日期 is earlier
        (
            "体裁分类 | 生成日期 | 名称 | 公开范围 | |\n报告 | 2015-01-16 | 年度报告 | 面向社会 | |\n"
            "公开方式 | 发布日期 | 关键词 | 所属机构 | |\n主动公开 | 2015-01-19 | 年报 | 测试局 | |\n" + BODY,
            {},
            "2015-01-19",
        ),
        # a published date with its time, with slashes, in Chinese numerals (〇, ○ or 零 for zero), spaced
        ("发布时间：2022年01月20日 10:32\n" + BODY, {}, "2022-01-20"),
        ("发布时间：2022/1/20\n" + BODY, {}, "2022-01-20"),
        ("发布日期：二〇二二年一月二十日\n" + BODY, {}, "2022-01-20"),
        ("发布日期：二○二二年一月二十日\n" + BODY, {}, "2022-01-20"),
        ("发布日期：二零二二年一月二十日\n" + BODY, {}, "2022-01-20"),
        ("发布日期：2022 年 1 月 20 日\n" + BODY, {}, "2022-01-20"),
        ("| 发布机构 | 测试局 | 发布日期 | 2022/1/20 |\n| --- | --- | --- | --- |\n" + BODY, {}, "2022-01-20"),
        # a bare label glued after the title (a page's lines run together)
        ("测试局2021年政府信息公开工作年度报告日期：2022年1月20日" + BODY, {}, "2022-01-20"),
        ("测试局2021年政府信息公开年报时间：2022-01-20 10:32" + BODY, {}, "2022-01-20"),
    ],
)
def test_published(text: str, hints: dict[str, str], want: str | None) -> None:
    assert find_meta(text, hints).published == want


@pytest.mark.parametrize(
    ("tag", "want"),
    [
        ('<meta name="PubDate" content="2022-01-25 10:30">', "2022-01-25"),
        ('<meta name="firstpublishedtime" content="2022-01-25-10:30:00">', "2022-01-25"),
        ('<meta name="publishdate" content="2022年01月25日">', "2022-01-25"),
        ('<meta property="article:published_time" content="2022-01-25T10:30:00+08:00">', "2022-01-25"),
        ('<meta name="others" content="页面生成时间 2022-03-01 10:30:35">', None),
    ],
)
def test_published_from_a_meta_tag(tag: str, want: str | None) -> None:
    page = f"<html><head>{tag}<title>测试</title></head><body><p>一、总体情况</p></body></html>"
    doc = load_html(page.encode())
    assert doc.meta_hints.get("published") == want
    assert find_meta(doc.text, doc.meta_hints).published == want


# --- the agency ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hints", "want"),
    [
        ("测试县人民政府2021年政府信息公开工作年度报告\n" + BODY, {}, "测试县人民政府"),
        ("标题: 测试局2021年政府信息公开工作年度报告\n" + BODY, {}, "测试局"),
        ("首页 > 政务公开 > 年报 > 测试县人民政府2021年政府信息公开工作年度报告\n" + BODY, {}, "测试县人民政府"),
        ("首页政务公开政府信息公开年报测试县2021年政府信息公开工作年度报告\n" + BODY, {}, "测试县"),
        ("当前位置：首页 > 年报 测试区2012年政府信息公开工作年度报告 来源：测试区管委会办公室\n" + BODY, {}, "测试区"),
        ("测试市人民政府门户网站-测试局2021年政府信息公开工作年度报告\n" + BODY, {}, "测试局"),
        ("测试市人民政府\n2024 年政府信息公开工作年度报告\n" + BODY, {}, "测试市人民政府"),
        ("2024 年测试市科委政府信息公开工作\n年度报告\n" + BODY, {}, "测试市科委"),
        ("2021年度测试县人民政府政府信息公开工作年度报告\n" + BODY, {}, "测试县人民政府"),
        ("测试局关于2021年政府信息公开工作年度报告\n" + BODY, {}, "测试局"),
        ("| 测试镇人民政府2021年政府信息公开工作年度报告 |\n" + BODY, {}, "测试镇人民政府"),
        ("洪 泽 区 人 民 政 府 2023 年政府信息公开工作年度报告\n" + BODY, {}, "洪泽区人民政府"),
        ("根据《条例》要求,现向社会公布测试局2020年政府信息公开工作年度报告。\n" + BODY, {}, "测试局"),
        (
            "2021年政府信息公开工作年度报告\n" + BODY,
            {"title": "测试局2021年政府信息公开工作年度报告_测试市人民政府"},
            "测试局",
        ),
        (
            "2021年政府信息公开工作年度报告\n来源：测试县人民政府办公室\n" + BODY + "测试县人民政府\n2022年1月20日\n",
            {},
            "测试县人民政府",
        ),
        ("一、总体情况\n测试街道2020年未收到政府信息公开申请。\n", {}, "测试街道"),
        ("本报告根据《中华人民共和国政府信息公开条例》编制。\n" + BODY, {}, None),
        ("发布机构：测试区管委会办公室 2021年1月5日\n" + BODY, {}, None),
        # a page's catalog: its publisher settles an agency the title leaves out, and never stands for one it names
        (
            "发布机构：测试县财政局 发布日期：2021-01-05\n标题：2020年政府信息公开工作年度报告\n" + BODY,
            {},
            "测试县财政局",
        ),
        (
            "| 发布机构 | 测试县财政局 | 生成日期 | 2021-01-05 |\n2020年政府信息公开工作年度报告\n" + BODY,
            {},
            "测试县财政局",
        ),
        ("发布机构：测试县人民政府办公室\n测试县财政局2020年政府信息公开工作年度报告\n" + BODY, {}, "测试县财政局"),
        # its own title, with no agency, printed twice beside links to other bodies' reports: the publisher's
        (
            "标题: 2021年政府信息公开工作年度报告\n发文机关：测试县人民政府\n2021年政府信息公开工作年度报告\n"
            "相关文章\n· 莆田市城厢区人民政府2020年政府信息公开工作年度报告\n"
            "· 宁德市交通运输局2021年政府信息公开工作年度报告\n" + BODY,
            {},
            "测试县人民政府",
        ),
        ("所属机构\n\n测试县财政局\n\n有效性\n\n有效\n\n# 2020年政府信息公开工作年度报告\n" + BODY, {}, "测试县财政局"),
        ("信息来源：测试市数据局测试镇人民政府2020年政府信息公开工作年度报告\n" + BODY, {}, None),
        # a catalog a crawler glued: the publisher's name ends where the next label or the title begins
        (
            "索引号：123/2021-00012发布日期：2021/1/5所属机构：测试区人民政府2020年政府信息公开工作年度报告\n" + BODY,
            {},
            "测试区人民政府",
        ),
        (
            "索引号：123发布机构：测试县财政局发布日期：2021-01-05\n2020年政府信息公开工作年度报告\n" + BODY,
            {},
            "测试县财政局",
        ),
        ("发布机构：测试区人民政府办公室2020年政府信息公开工作年度报告\n" + BODY, {}, "测试区人民政府办公室"),
        ("发布机构：测试市数据局测试镇人民政府2020年政府信息公开工作年度报告\n" + BODY, {}, None),  # two names
        # a catalog as a Markdown table
        (
            "| 索引号 | 123 | 发布机构 | 测试县财政局 |\n| --- | --- | --- | --- |\n| 发布日期 | 2021/1/5 | 名称 |"
            " 2020年政府信息公开工作年度报告 |\n2020年政府信息公开工作年度报告\n" + BODY,
            {},
            "测试县财政局",
        ),
        # a saved page's meta tag ContentSource, where neither the title nor the page names the agency
        ("2020年政府信息公开工作年度报告\n" + BODY, {"source": "测试县财政局"}, "测试县财政局"),
        ("测试局2020年政府信息公开工作年度报告\n" + BODY, {"source": "测试县财政局"}, "测试局"),
        ("本报告根据《条例》编制。\n" + BODY, {"source": "测试县财政局"}, None),  # no title: no report's page
        ("信息来源测试市数据局测试镇人民政府2020年政府信息公开工作年度报告\n" + BODY, {}, None),
        ("发布机构：测试区岚鹿街道办\n事处\n标题：2020年政府信息公开工作年度报告\n" + BODY, {}, None),  # wrapped
        ("有效性：有效\n2020年政府信息公开工作年度报告\n" + BODY, {}, None),  # a field's value on the line above
        ("体裁分类\n报告\n名称\n2020年政府信息公开工作年度报告\n" + BODY, {}, None),
        ("公开范围\n面向社会\n\n2020年政府信息公开工作年度报告\n" + BODY, {}, None),  # 会 ends no name here
        ("公开范围\n\t面向社会\n2020年政府信息公开工作年度报告\n" + BODY, {}, None),
        ("公开范围\n|\n面向社会\n|\n2020年政府信息公开工作年度报告\n" + BODY, {}, None),  # a cell per line, `|` between
        # a byline's source wrapped onto the line above the title: the page's source, no title's agency
        ("来源：测试市大数\n据局\n2020年政府信息公开工作年度报告\n" + BODY + "测试市大数据局\n", {}, None),
        # a byline's source that names no body, whole on the line above the title: the title's agency stands
        ("来源：本网\n测试县人民政府2020年政府信息公开工作年度报告\n" + BODY, {}, "测试县人民政府"),
        ("发布日期：2021-01-05 来源：本站\n测试县财政局2020年政府信息公开工作年度报告\n" + BODY, {}, "测试县财政局"),
        ("信息来源：测试日报\n测试县财政局2020年政府信息公开工作年度报告\n" + BODY, {}, "测试县财政局"),
        # … or a catalog's, a space after its label, wrapped over a blank line
        ("信息来源 测\n\n试市大数据局\n2020年政府信息公开工作年度报告\n" + BODY + "来源：测试市\n大数据局\n", {}, None),
        # a catalog's fields run together: a title's words hold no label's colon, its 名称 with the year after its name
        (
            "名称：测试省人民政府政府信息公开工作2023年度报告关键词：政府信息公开 年度报告\n" + BODY,
            {},
            "测试省人民政府",
        ),
        ("所属机构\n测试县财政局\n公开范围\n面向社会\n\n2020年政府信息公开工作年度报告\n" + BODY, {}, "测试县财政局"),
        # a catalog's row runs on from a title whose year is in brackets after its name: the cells between that year
        # and the next title-like words (| 关键词 | 政府信息公开 年度报告) name no agency; the catalog's 发文机关 does
        (
            "政府信息公开年报(2020年度)\n| 名称 | 政府信息公开年报(2020年度) | 关键词 | 政府信息公开 年度报告 |\n"
            "| 发文机关 | 测试县财政局 |\n" + BODY,
            {},
            "测试县财政局",
        ),
        ("一、总体情况\n我局2021年未收到政府信息公开申请。\n", {}, None),
        ("测试县人民政府二〇二一年度政府信息公开工作年度报告\n" + BODY, {}, "测试县人民政府"),
        ("测试市人民政府\n二零二四年政府信息公开工作年度报告\n" + BODY, {}, "测试市人民政府"),
        ("测试局 2 0 2 1 年政府信息公开工作年度报告\n" + BODY, {}, "测试局"),
        ("一、总体情况\n合格率均为100%，在省办2024年四个季度检查中均合格。\n", {}, None),
        ("全年2021年政府信息公开工作年度报告\n" + BODY, {}, None),
        # a title whose year follows its name, a catalog's fields and the title again run on after it: the name
        # before the year is no agency's
        (
            "政府信息公开工作年度报告（2020年） 体裁分类：报告 发文机关：测试市人民政府"
            "政府信息公开工作年度报告（2020年）作者：张明\n" + BODY,
            {},
            None,
        ),
        # a catalog's value a PDF's text wrapped over a line, printed whole in the body: no title's agency,
        # the opening sentence's
        (
            "发文机关 平\n\n清市财政局\n2023年政府信息公开工作年度报告\n2023年，平清市财政局认真贯彻。\n",
            {},
            "平清市财政局",
        ),
        ("发文机关 平\n清市财政局2023年政府信息公开工作年度报告\n2023年，平清市财政局认真贯彻。\n", {}, "平清市财政局"),
        # the publisher a catalog names may be another body (the site's): with no sentence naming it, unknown
        ("发文机关 平\n清市财政局2023年政府信息公开工作年度报告\n本机关认真贯彻。平清市财政局\n", {}, None),
        # a title's name a PDF's text wrapped, under no label, printed whole in the body: the whole name
        ("首页 平\n清市财政局2023年政府信息公开工作年度报告\n本机关认真贯彻。平清市财政局\n", {}, "平清市财政局"),
        ("名称 测\n试局\n2023年政府信息公开工作年度报告\n2023年，测试局认真贯彻。\n", {}, "测试局"),
        # a name printed whole on its line, and alone elsewhere too: that name, not a longer one
        (
            "测试市\n丰台区人民政府\n2023年政府信息公开工作年度报告\n测试市丰台区人民政府。丰台区人民政府\n",
            {},
            "丰台区人民政府",
        ),
    ],
)
def test_agency(text: str, hints: dict[str, str], want: str | None) -> None:
    assert find_meta(text, hints).agency == want


def test_a_saved_pages_meta_tags() -> None:
    """PubDate, ContentSource and ArticleTitle in a saved CMS page's head: the page's published date, the
    agency where the page's title leaves it out."""
    head = '<meta name="PubDate" content="2022-01-20"><meta name="ContentSource" content="测试县财政局">'
    page = f"<html><head>{head}<title>2021年政府信息公开工作年度报告</title></head><body><p>{BODY}</p></body></html>"
    doc = load_html(page.encode())
    assert doc.meta_hints == {
        "title": "2021年政府信息公开工作年度报告",
        "published": "2022-01-20",
        "source": "测试县财政局",
    }
    got = find_meta(doc.text, doc.meta_hints)
    assert (got.agency, got.year, got.published) == ("测试县财政局", 2021, "2022-01-20")
    titled = page.replace("<title>", '<meta name="ArticleTitle" content="测试局2021年政府信息公开工作年度报告"><title>')
    doc = load_html(titled.encode())
    assert find_meta(doc.text, doc.meta_hints).agency == "测试局"


def test_no_deadline_from_another_bodys_name() -> None:
    """A catalog naming two bodies gives no agency, so no level: a department's deadline (1月31日) is not
    applied to a report whose agency is unknown; the agency the page does name alone sets it."""
    lines = "所属机构：测试县财政局\n发布日期：2022-03-01\n2021年政府信息公开工作年度报告\n" + BODY
    two = zfxxgk.parse_text("发布机构：宁德市大数据管理局\n" + lines)
    assert (two.meta.agency, two.meta.level, two.meta.published) == (None, None, "2022-03-01")
    assert not [f for f in two.findings if f.rule.startswith("date.")]
    one = zfxxgk.parse_text(lines)
    assert (one.meta.agency, one.meta.level) == ("测试县财政局", "部门")
    assert [f.rule for f in one.findings if f.rule.startswith("date.")] == ["date.late"]


_MERGED = ("测试区社会事业局（卫生健康局）", "测试区社会事业局(卫生健康局)", "测试区党群工作部（人力资源和社会保障局）")


@pytest.mark.parametrize(
    ("agency", "title"),
    [
        *((agency, "{}2021年度政府信息公开工作年度报告") for agency in _MERGED),
        (_MERGED[2], "{}政府信息公开工作年度报告（2021年度）"),
        ("测试区社会事业局（卫生健康局、文体旅游局）", "{}2021年政府信息公开工作年度报告"),
    ],
)
def test_a_merged_bodys_title_keeps_its_other_names_as_printed(agency: str, title: str) -> None:
    """A merged body's name (社会事业局（卫生健康局）) is read whole, its other names in brackets after its own,
    and comes back with its brackets as the report prints them, full-width or not (the text is read with
    full-width marks made half-width); its level is a department's."""
    got = zfxxgk.parse_text(title.format(agency) + "\n" + BODY).meta
    assert (got.agency, got.year, got.level) == (agency, 2021, "部门")


@pytest.mark.parametrize(
    ("signature", "want"),
    [
        ("测试区社会事业局（卫生健康局）\n2022年1月20日", "测试区社会事业局（卫生健康局）"),
        ("测试区社会事业局（卫生健康局、文体旅游局）\n2022年1月20日", "测试区社会事业局（卫生健康局、文体旅游局）"),
        ("测试区社会事业局（卫生健康局） 2022年1月20日", "测试区社会事业局（卫生健康局）"),
        ("测试区财政局（以下简称区局）\n2022年1月20日", None),  # a note, not another name
        ("测试区财政局、测试区税务局\n2022年1月20日", None),  # two bodies: whose report is unknown
    ],
)
def test_a_merged_body_signs_with_its_other_names(signature: str, want: str | None) -> None:
    """A report whose title names no body is signed by a merged one, its other names in brackets: the
    agency is the whole name as printed; a bracketed note or a list of bodies names none."""
    got = zfxxgk.parse_text("2021年政府信息公开工作年度报告\n" + BODY + "\n" + signature + "\n").meta
    assert (got.agency, got.signed) == (want, "2022-01-20")


# departments whose names end in a word no office's kind ends in
_UNITS = (
    "测试市公证处",
    "测试市园林管理处",
    "测试市机关事务处",
    "测试县国有林场",
    "测试农场",
    "中共测试市委党校",
    "测试市职业技术学校",
    "测试市广播电视台",
    "测试市人民广播电台",
    "测试市气象台",
    "测试海关",
)
_UNTITLED = "2021年政府信息公开工作年度报告\n" + BODY


@pytest.mark.parametrize("agency", _UNITS)
def test_a_department_not_named_as_an_office_is_read_from_its_title(agency: str) -> None:
    for title in (f"{agency}2021年政府信息公开工作年度报告\n", f"{agency}\n2021年政府信息公开工作年度报告\n"):
        got = find_meta(title + BODY)
        assert (got.agency, got.year, got.level) == (agency, 2021, "部门"), title


@pytest.mark.parametrize("agency", _UNITS)
@pytest.mark.parametrize(
    "signature",
    [
        "\n{}\n2022年1月20日\n",  # on its line, the date under it
        "\n{}  \n\n二〇二二年一月二十日\n",
        "{} 2022年1月20日\n",  # glued to the last sentence, the date after it on its line
        "{}2022年1月20日\n",
        "2022年1月20日{}\n",  # after the date, the line's run together
        "\n{}\n2022-01-20\n",  # in digits: the name ends the text
    ],
)
def test_a_department_not_named_as_an_office_is_read_from_its_signature(agency: str, signature: str) -> None:
    """A report whose title names no body, signed by a 公证处, a 林场, a 党校, a 电视台, a 海关 …: the agency is
    the signature's, a department."""
    got = find_meta(_UNTITLED.rstrip("\n") + signature.format(agency))
    assert (got.agency, got.signed, got.level) == (agency, "2022-01-20", "部门")


# common words that end as such a department's name does, and a body speaking of itself
_NOT_UNITS = ("本机关", "政务公开平台", "市场", "有关", "相关", "现场", "不足之处", "中小学校", "家庭农场", "国有林场")


@pytest.mark.parametrize("words", _NOT_UNITS)
@pytest.mark.parametrize(
    "signature",
    ["\n{}\n2022年1月20日\n", "{}\n2022年1月20日\n", "{} 2022年1月20日\n", "{}2022年1月20日\n", "2022年1月20日{}\n"],
)
def test_a_last_sentence_ending_in_a_common_word_names_no_agency(words: str, signature: str) -> None:
    """The last sentence's words before the date (…的不足之处, 请登录政务公开平台): no body's name."""
    assert find_meta(_UNTITLED.rstrip("\n") + signature.format(words)).agency is None


@pytest.mark.parametrize(
    "text",
    [
        _UNTITLED + "测试市公证处 测试海关\n",  # names with no date: two bodies a page lists
        _UNTITLED + "2022年1月20日\n主办单位：测试市广播电视台 技术支持：测试市大数据管理处\n",  # a page's footer
        _UNTITLED + "2022年1月20日\n版权所有 测试市广播电视台\n",
        _UNTITLED + "上一篇：测试市公证处2020年政府信息公开工作年度报告\n下一篇：测试海关关于公开的通知\n",
        _UNTITLED + "相关链接\n测试海关\n测试市公证处\n2022-01-20\n",  # a link's date
        "政府信息公开工作年度报告\n一、总体情况\n本年度，国有林场2021年共主动公开10条。\n",  # a kind, before a year
        "政府信息公开工作年度报告\n一、总体情况\n本年度，家庭农场2021年共主动公开10条。\n",
        "政府信息公开工作年度报告\n一、总体情况\n本年度，中小学校2021年共主动公开10条。\n",
        "本校2021年政府信息公开工作年度报告\n" + BODY,  # a body speaking of itself
        "我处2021年政府信息公开工作年度报告\n" + BODY,
    ],
)
def test_no_department_from_common_words_or_a_pages_chrome(text: str) -> None:
    assert find_meta(text).agency is None


def test_a_page_in_traditional_characters_that_prints_zixun_for_xinxi() -> None:
    """政府資訊公開工作年度報告 and 發佈日期: the title, the year and the page's date as in simplified characters."""
    text = (
        "發佈日期：2022年1月20日\n測試縣財政局2021年政府資訊公開工作年度報告\n一、總體情況\n2021年，本機關堅持公開。\n"
    )
    got = zfxxgk.parse_text(text).meta
    assert (got.agency, got.year, got.published) == ("测试县财政局", 2021, "2022-01-20")


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("测试县人民政府", "测试县人民政府"),
        ("标题测试局", "测试局"),
        ("特向社会公布测试镇", "测试镇"),
        ("要求编制本报告", None),
        ("中共福州市委机构编制委员会办公室", "中共福州市委机构编制委员会办公室"),  # 编制 in a name, no verb
        ("我区", None),
        ("本溪市人民政府", "本溪市人民政府"),  # a place whose name starts like a clause
        ("全椒县人民政府", "全椒县人民政府"),
        ("政务公开办公室", None),  # what is left, 办公室, a body's kind and no name
        ("人民政府", None),
        ("公证处", None),  # a body's kind alone
        ("国有林场", None),
        ("我处", None),  # a body speaking of itself
        ("本校", None),
        ("", None),
        # a page's date the name was run onto, spaced or not, with its time
        (" 2026 年 2 月 17 日岚沙县人民政府 ", "岚沙县人民政府"),
        ("2026年2月17日岚沙县人民政府", "岚沙县人民政府"),
        ("2026-02-17 10:30 岚沙县人民政府", "岚沙县人民政府"),
        ("2026年2月17日", None),
        # a heading the lines run together left before the name
        ("（二）依申请公开情况站南街道", "站南街道"),
        ("一、总体情况上海市科委", "上海市科委"),
        ("一、概述岚沙县人民政府", "岚沙县人民政府"),
        ("一、总体情况", None),
    ],
)
def test_clean_agency(raw: str, want: str | None) -> None:
    assert clean_agency(raw) == want


@pytest.mark.parametrize(
    ("agency", "level", "region"),
    [
        ("测试县测试乡人民政府", "乡镇", None),
        ("测试镇政府", "乡镇", None),
        ("测试苏木", "乡镇", None),
        ("测试街道办", "街道", None),
        ("测试街道办事处", "街道", None),
        ("测试县政府", "区县", None),
        ("金昌市金川区人民政府", "区县", "金昌市金川区"),
        ("平潭综合实验区管委会", "区县", None),
        ("测试市经济开发区管理委员会", "区县", "测试市经济开发区"),
        ("测试市发展和改革委员会", "部门", "测试市"),
        ("南京市城市管理局", "部门", "南京市"),
        ("测试市社区矫正管理局", "部门", "测试市"),
        ("上海市科委", "部门", "上海市"),
        ("教育部", "部门", None),
        ("淮安市人民政府", "市", "淮安市"),
        ("测试自治州人民政府", "市", "测试自治州"),
        ("测试省人民政府", "省", "测试省"),
        ("内蒙古自治区人民政府", "省", "内蒙古自治区"),
        ("上海市人民政府办公厅", "省", "上海市"),
        ("上海市", "省", "上海市"),
        ("福州市人力资源和社会保障局（福州市公务员局）", "部门", "福州市"),  # a second name in brackets
        ("中共福州市委机构编制委员会办公室", "部门", "福州市"),
        ("国家税务总局福州市税务局", "部门", "福州市"),
        ("测试市公证处", "部门", "测试市"),
        ("测试县国有林场", "部门", None),  # a county, under no city named
        ("中共测试市委党校", "部门", "测试市"),
        ("测试市广播电视台", "部门", "测试市"),
        ("测试海关", "部门", None),
        (None, None, None),
    ],
)
def test_level_and_region(agency: str | None, level: str | None, region: str | None) -> None:
    assert (level_of(agency), region_of(agency)) == (level, region)


# --- the statistical period ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。", ("2021-01-01", "2021-12-31")),
        ("统计期限自2021年1月1日之日起,至2021年12月31日止。", ("2021-01-01", "2021-12-31")),
        ("统计周期\n为 2024 年 1 月 1 日至 12 月 31 日。", ("2024-01-01", "2024-12-31")),
        ("统计时间为2020年1月1日—2020年11月30日。", ("2020-01-01", "2020-11-30")),
        ("统计期限为2021年。", (None, None)),
        ("统计期限自2021年1\n月1日起至2021\n年12月31日止。", ("2021-01-01", "2021-12-31")),  # wrapped as in a PDF
    ],
)
def test_period(text: str, want: tuple[str | None, str | None]) -> None:
    meta = find_meta(text + "\n" + BODY)
    assert (meta.period_start, meta.period_end) == want


# --- the real reports ---------------------------------------------------------------------------

_SETS = ("seeds", "corpus", "corpus-new")
_KEYS = ("agency", "year", "published", "signed")  # the template is the detector's


def _reports(shared: Path) -> list[tuple[Path, dict]]:
    out = []
    for name in _SETS:
        for gold in sorted((shared / "gold" / name).glob("*.json")):
            for path in sorted((shared / name).glob(f"{gold.stem}.*")):
                out.append((path, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def test_real_reports_meta_and_date_findings(shared: Path) -> None:
    wrong = []
    for path, gold in _reports(shared):
        rec = zfxxgk.parse(path)
        for key in _KEYS:
            if key in gold["meta"]:
                want = gold["meta"][key]
                got = getattr(rec.meta, key)
                if got not in (want if isinstance(want, list) else [want]):
                    wrong.append(f"{path.name} meta.{key}: want {want}, got {got}")
        rules = {f.rule for f in rec.findings}
        for must in gold.get("must_find", []):
            if must["rule"].startswith("date.") and must["rule"] not in rules:
                wrong.append(f"{path.name}: {must['rule']} missing")
        for banned in gold.get("must_not_find", []):
            rule = banned if isinstance(banned, str) else banned["rule"]
            if rule.startswith("date."):
                fired = [r for r in rules if r == rule or (rule.endswith("*") and r.startswith(rule[:-1]))]
                wrong += [f"{path.name}: {r} fired" for r in fired]
    assert not wrong, "\n".join(wrong)


# --- the real reports inside a saved CMS page ------------------------------------------------------


def _in_a_page(text: str, year: int, how: str) -> str:
    """A report's text as a saved page shows it: a sidebar listing other years' and agencies' reports
    before it (bulleted or not), 上一篇/下一篇 and a site footer after; on lines of their own, or run into
    one (textContent)."""
    links = [
        f"福州市鼓楼区人民政府{year - 2}年政府信息公开工作年度报告",
        f"宁德市交通运输局{year}年度政府信息公开工作年度报告",
    ]
    head = ["首页 | 政务公开 | 互动交流", "当前位置：首页 > 政务公开 > 年报 > 正文", "【字号：大 中 小】", "相关文章"]
    head += [f"{'' if how == 'unbulleted' else '· '}{t} {year - 1}-03-28" for t in links]
    foot = [f"上一篇：{links[0]}", f"下一篇：{links[1]}", "主办单位：某某县人民政府办公室 网站标识码：3501280001"]
    join = " " if how == "inline" else "\n"
    return join.join(head) + join + text.rstrip("\n") + join + join.join(foot) + "\n"


@pytest.mark.parametrize("how", ["lines", "inline", "unbulleted"])
def test_real_reports_in_a_page_keep_their_own_title(shared: Path, how: str) -> None:
    """The agency and year come from the report, never from the titles a page links to."""
    wrong = []
    for path, gold in _reports(shared):
        if path.suffix not in (".txt", ".md") or "正文 ====" in (text := path.read_text(encoding="utf-8")):
            continue  # a crawler's header first: the page is around the body below it
        got = zfxxgk.parse_text(_in_a_page(text, gold["meta"]["year"], how)).meta
        for key in ("agency", "year"):
            want = gold["meta"][key]
            if getattr(got, key) not in (want if isinstance(want, list) else [want]):
                wrong.append(f"{path.name} meta.{key}: want {want}, got {getattr(got, key)}")
    assert not wrong, "\n".join(wrong)


_CN_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


@pytest.mark.parametrize("spelt", ["chinese", "spaced"])
def test_real_reports_whose_title_spells_its_year_keep_their_meta(shared: Path, spelt: str) -> None:
    """A title's year printed in Chinese numerals (二〇二四年) or letter-spaced (2 0 2 4 年) is its year."""
    checked = 0
    for path, _ in _reports(shared):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        want = zfxxgk.parse_text(text).meta
        title = meta._TITLE.search(text, 0, 3000)
        if title is None or want.agency is None:
            continue
        year = title.group("year")
        printed = year.translate(_CN_DIGITS) if spelt == "chinese" else " ".join(year)
        got = zfxxgk.parse_text(text[: title.start("year")] + printed + text[title.end("year") :]).meta
        assert (got.agency, got.year) == (want.agency, want.year), path.name
        checked += 1
    assert checked >= 15


def test_the_one_title_left_is_the_reports_whatever_year_its_prose_names_most() -> None:
    """A page's only title besides its links stands, even where last year's figures fill the prose."""
    text = (
        "相关文章\n· 宁德市交通运输局2022年政府信息公开工作年度报告\n某某县人民政府2021年政府信息公开工作年度报告\n"
        "一、总体情况\n2020年主动公开信息10条。2020年受理申请3件。2020年办结3件。2021年工作平稳。\n"
    )
    assert (zfxxgk.parse_text(text).meta.agency, zfxxgk.parse_text(text).meta.year) == ("某某县人民政府", 2021)


def test_real_reports_typed_with_ascii_punctuation_keep_their_meta(shared: Path) -> None:
    """The signature glued to a last sentence ended by `.` instead of `。` is still the signature."""
    ascii_punctuation = str.maketrans("。，：（）；", ".,:();")
    for path, _ in _reports(shared):
        if path.suffix in (".txt", ".md"):
            text = path.read_text(encoding="utf-8")
            want = zfxxgk.parse_text(text).meta
            got = zfxxgk.parse_text(text.translate(ascii_punctuation)).meta
            assert (got.agency, got.year, got.signed, got.published) == (
                want.agency,
                want.year,
                want.signed,
                want.published,
            ), path.name


@pytest.mark.parametrize(
    ("signature", "want"),
    [
        ("测试县财政局\n2022-01-20\n", ("测试县财政局", "2022-01-20")),
        ("测试县财政局\n2022.1.20", ("测试县财政局", "2022-01-20")),
        ("测试县财政局 2022/01/20\n", ("测试县财政局", "2022-01-20")),
        ("\n2022-01-20\n", (None, "2022-01-20")),  # no agency printed with it: the signature's date, no agency
        ("测试县财政局\n2022-01-20\n相关文章\n", (None, None)),  # a link list's, not the text's end
        ("上一篇：测试县财政局\n2022-01-20\n", (None, None)),
    ],
)
def test_a_signature_in_digits_that_ends_a_text_whose_title_names_no_agency(signature: str, want: tuple) -> None:
    """A title that names no agency (2021年政府信息公开工作年度报告): a 2022-01-20 date under or after an agency's
    name is the signature where nothing but white space follows it."""
    body = "2021年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。\n六、其他需要报告的事项\n无。\n"
    got = zfxxgk.parse_text(body + signature)
    assert (got.meta.agency, got.meta.signed) == want


@pytest.mark.parametrize("after", ["", "发布时间：2022-01-25 10:00\n", "附件：政府信息公开情况统计表\n| 条 | 5 |\n"])
@pytest.mark.parametrize("date", ["2022-01-20", "2022/01/20", "2022.1.20"])
@pytest.mark.parametrize("seal", ["", "（公章）"])
def test_a_signature_in_digits_over_the_agencys_name_its_title_prints(date: str, after: str, seal: str) -> None:
    """A 2022-01-20 date right after the last sentence, the agency's name its title prints on the line under
    it, where its seal goes after it or not, then the text's end, the page's footer or attachments: the
    signature's date."""
    assert find_meta(TITLED + f"{date}\n测试局{seal}\n{after}").signed == "2022-01-20"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_signature_in_digits_over_the_agencys_name_lines_apart(gap: str) -> None:
    """Each line a paragraph, empty lines between (a page saved as Markdown): the 2024-2-21 date, then the
    agency's name its title prints, then the page's 发布时间 and its links to other years' reports."""
    after = "发布时间：2024-02-29 10:00\n相关文章\n• 测试局2021年政府信息公开工作年度报告\n"
    assert find_meta(TITLED.replace("\n", gap) + gap.join(("2024-2-21", "测试局", after))).signed == "2024-02-21"


@pytest.mark.parametrize("after", ["发布时间： 2009 -02-02 10:00\n", "附件：政府信息公开情况统计表\n"])
@pytest.mark.parametrize("seal", ["", "（公章）"])
def test_a_signature_in_digits_under_an_agency_the_report_names_nowhere_else(after: str, seal: str) -> None:
    """A title that leaves the agency out, and prose that wraps its name across lines: the agency's name and
    its seal's place right after the last sentence, a 2009-01-27 date under it, then the page's 发布时间 or the
    attachments and a 统计表: the signature, and its agency the report's."""
    text = (
        "2008年政府信息公开工作年度报告\n一、概述\n2008年，测试县卫生\n健康委员会认真贯彻落实条例。\n"
        f"七、其他需要报告的事项\n无。\n测试县卫生健康委员会{seal}\n2009-01-27\n{after}"
        "指标名称 计量单位 2008年度 历年累计\n主动公开政府信息数 条 0 0\n"
    )
    got = find_meta(text)
    assert (got.signed, got.agency) == ("2009-01-27", "测试县卫生健康委员会")


@pytest.mark.parametrize("cells", ["| 条 | 5 | 33。 |", "条\n5\n33。\n", "| 条 | 5。 | 33 |"])
def test_a_signature_in_digits_before_a_statistics_table_whose_cells_end_in_a_full_stop(cells: str) -> None:
    """A 统计表 appended after a 2013-02-05 signature, some of its numbers filled like sentences (`33。`): a
    full stop after a number ends a cell, no sentence after the signature."""
    text = (
        "测试县财政局2012年政府信息公开工作年度报告\n一、概述\n本年度工作平稳。\n七、其他需要报告的事项\n无。\n"
        f"测试县财政局  2013-02-05\n附件：政府信息公开情况统计表\n指标名称 | 计量单位 | 2012年度 | 历年累计 |\n"
        f"主动公开政府信息数 {cells}\n"
    )
    assert find_meta(text).signed == "2013-02-05"


@pytest.mark.parametrize(
    "title",
    [
        "测试县财政局关于2021年政府信息公开工作情况的报告",
        "测试县财政局关于2021年度政府信息公开工作的报告",
        "测试县财政局2021年政府信息公开工作情况报告",
        "关于测试县财政局2021年政府信息公开工作年度报告的公告",
        "【2021年】测试县财政局政府信息公开工作年度报告",
        "测试县财政局2021年政府信息公开年报",
        "测试县财政局关于2021年度政府信息公开工作的年度报告",
        "测试县财政局2021年政府信息公开工作年报",
        "测试县财政局2021年度政务公开工作年度报告",
        "测试县财政局2021年政务公开年报",
        "测试县财政局关于测试县2021年政府信息公开工作年度报告",
    ],
)
def test_a_title_worded_as_a_letters(title: str) -> None:
    """关于…情况的报告: the agency before 关于 and the year, as from …工作年度报告, a place named after 关于 too
    (XX局关于XX县2021年…); so a notice's (关于XX局…的公告), a title with its year bracketed before it, a 年报."""
    got = meta.find_title(title + "\n一、总体情况\n本年度工作平稳。\n")
    assert got == ("测试县财政局", 2021)


TITLES_OF_A_PLACE = ["关于测试县2021年", "测试县人民政\n府关于测试县2021年", "测试县2021年"]  # then 政府信息公开…
SIGNED_FOR_A_PLACE = [("测试县人民政府", "测试县人民政府"), ("", "测试县"), ("测试市人民政府", "测试县")]


@pytest.mark.parametrize("title", TITLES_OF_A_PLACE)
@pytest.mark.parametrize(("signer", "agency"), SIGNED_FOR_A_PLACE)
def test_a_title_naming_a_place_alone(title: str, signer: str, agency: str) -> None:
    """A title that names a place and no body (关于XX县2021年…, the issuer before 关于 left out or wrapped on
    the line above): the body of that place the signature names, else the place."""
    assert find_meta(f"{title}政府信息公开工作年度报告\n{BODY}{signer}\n2022年1月20日\n").agency == agency


def test_a_title_naming_a_place_alone_and_an_opening_sentence_its_body() -> None:
    """… or the body of it the opening sentence speaks for, where the signature names none."""
    body = BODY.replace("本机关", "测试县人民政府")
    assert find_meta(f"关于测试县2021年政府信息公开工作年度报告\n{body}2022年1月20日\n").agency == "测试县人民政府"


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("测试县财政局政府信息公开工作年度报告（2021年）", "测试县财政局"),
        ("测试县财政局政府信息公开工作2021年度报告", "测试县财政局"),
        ("测试县财政局政府信息公开年报（2021年度）", "测试县财政局"),
        ("测试县财政局政务公开工作年度报告（2021年度）", "测试县财政局"),
        ("政府信息公开工作2021年度报告", None),
    ],
)
def test_a_title_whose_year_follows_the_reports_name(title: str, agency: str | None) -> None:
    assert meta.find_title(title + "\n一、总体情况\n本年度工作平稳。\n") == (agency, 2021)
    assert meta.find_title("2021年，本局工作平稳。测试县财政局政府信息公开工作2021年度报告已印发。\n") == (None, None)


@pytest.mark.parametrize(
    "title",
    [
        "测试县财政局关于2021年度政府信息公开工作的年度报告",
        "测试县财政局政府信息公开工作年度报告（2021年度）",
        "测试县财政局2021年度政务公开工作年度报告",
        "测试县财政局信息公开工作总结",
    ],
)
def test_a_document_the_opening_sentence_cites_by_name_is_not_the_title(title: str) -> None:
    """《…关于做好2021年政府信息公开工作年度报告编制发布有关事项的通知》 holds a report's name and year, but it
    names the notice the report was written under: the title is the report's own, or none is found."""
    opening = (
        "根据《中华人民共和国政府信息公开条例》和《测试省人民政府办公厅关于认真总结2021年政务公开工作要点落实情况"
        "及做好政府信息公开工作年度报告编制发布有关事项的通知》要求，编制本报告。"
    )
    got = meta.find_title(f"{title} {opening}\n一、总体情况\n本年度工作平稳。\n")
    assert got in (("测试县财政局", 2021), (None, None))
    assert meta.find_meta(f"{title} {opening}\n一、总体情况\n2021年工作平稳。\n").agency in ("测试县财政局", None)


def test_a_cited_document_above_the_title_is_not_the_title() -> None:
    """The notice cited a line above the page's title (its own title first, with its year after the name, then
    the page's chrome): the title is the page's, not the notice's words that lead to the same year."""
    text = (
        "测试区人民政府政府信息公开工作年度报告（2023年）\n"
        "根据《测试省人民政府办公厅关于做好2023年政府信息公开工作年度报告编制发布有关事项的通知》要求，编制本报告。"
        "测试区人民政府门户网站\n首页 | 政务公开 | 政务服务 | 互动交流 | 走进测试区\n"
        "首页 > 信息公开 > 年度报告\n测试区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。\n"
    )
    assert meta.find_title(text) == ("测试区人民政府", 2023)


def test_of_two_titles_whose_agencies_the_body_names_alike_the_one_named_in_full_is_the_reports() -> None:
    """A sidebar's unmarked link to another body's report of the same year (宁德市交通运输局) whose name the
    body seems to name in part (…市交通运输局): the title whose agency the body names in full is its own."""
    text = (
        "相关文章\n宁德市交通运输局2020年政府信息公开工作年度报告\n平林市交通运输局\n2020年政府信息公开工作年度报告\n"
        "一、总体情况\n2020年，平林市交通运输局认真贯彻落实《条例》。\n"
    )
    assert meta.find_title(text) == ("平林市交通运输局", 2020)


SIGNED_BODY = "一、总体情况\n2022年，湾亭区人民政府认真贯彻落实《条例》。\n六、其他需要报告的事项\n无。\n"


@pytest.mark.parametrize(
    "head",
    [
        "相关链接\n· 湾亭区人民政府办公室2022年政府信息公开工作年度报告\n2022年政府信息公开工作年度报告\n",
        "相关链接\n湾亭区人民政府办公室2022年政府信息公开工作年度报告\n城厢区人民政府2022年政府信息公开工作年度报告\n"
        "2022年政府信息公开工作年度报告\n",
    ],
)
def test_a_link_to_a_report_of_a_body_named_nearly_as_its_own_names_no_agency(head: str) -> None:
    """A related-links list naming the body's own office, or a body of its kind in another place, before a
    title that leaves its agency out: the agency is the signature's, else the opening sentence's, never a
    link's."""
    got = find_meta(head + SIGNED_BODY + "湾亭区人民政府\n2023年1月17日\n")
    assert (got.agency, got.year) == ("湾亭区人民政府", 2022)
    assert find_meta(head + SIGNED_BODY).agency == "湾亭区人民政府"
    assert find_meta(head + SIGNED_BODY.replace("湾亭区人民政府", "本机关")).agency is None


def test_of_two_bodies_titles_the_one_the_body_names_whole_not_inside_the_other_is_its_own() -> None:
    """湾亭区人民政府 printed only inside 湾亭区人民政府办公室: the link's agency is not named in full."""
    body = SIGNED_BODY.replace("湾亭区人民政府", "湾亭区人民政府办公室")
    text = (
        "相关链接\n湾亭区人民政府2022年政府信息公开工作年度报告\n湾亭区人民政府办公室\n2022年政府信息公开工作年度报告\n"
    )
    assert find_meta(text + body).agency == "湾亭区人民政府办公室"


@pytest.mark.parametrize("cut", range(1, 7))
@pytest.mark.parametrize("publisher", ["政务公开办公室", "莆田市人民政府", "湾亭区政务公开办"])
@pytest.mark.parametrize(
    "title",
    ["{}2022年政府信息公开工作年度报告", "# {}政府信息公开工作2022年度报告", "{}关于2022年政府信息公开工作的报告"],
)
def test_a_title_wrapped_inside_its_agencys_name(cut: int, publisher: str, title: str) -> None:
    """A PDF's text wrapping the title inside the agency's name (湾亭区人民 / 政府2022年…) under a catalog
    naming another body its publisher: the name put together again where the text prints it whole, else
    the signature's or nothing — never the publisher's, nor the name's end (政府)."""
    agency = "湾亭区人民政府"
    lines = title.format(agency).split(agency)
    wrapped = (
        f"发布机构：{publisher}  发布日期：2023-01-18\n{lines[0]}{agency[:cut]}\n{lines[0]}{agency[cut:]}{lines[1]}\n"
    )
    assert find_meta(wrapped + SIGNED_BODY).agency == agency
    assert find_meta(wrapped + BODY).agency in (agency, None)


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("2022年，湾亭区人民政府认真贯彻落实《条例》", "湾亭区人民政府"),
        ("2022 年，湾亭区人民政府办公室坚持以公开为常态", "湾亭区人民政府办公室"),
        ("2022年度，湾亭区岚鹿街道办事处深入推进政务公开", "湾亭区岚鹿街道办事处"),
        ("概述2022年，湾亭区人民政府认真贯彻落实《条例》", "湾亭区人民政府"),  # run on after a heading's words
        ("2022年，县政府办公室认真贯彻落实《条例》", None),  # no place's body: a short form
        ("2022年，湾亭区人民政府印发《工作要点》", None),  # no report's subject: a body it tells of
        ("2022年，我局认真贯彻落实《条例》", None),
        ("2022 年，林鹿省\n人民政府认真贯彻落实《条例》", "林鹿省人民政府"),  # a PDF's line wrapped in the name
        ("2022 年，湾亭\n区人民政府认真贯彻落实《条例》", "湾亭区人民政府"),
    ],
)
def test_an_agency_only_the_opening_sentence_names(opening: str, agency: str | None) -> None:
    """A title and signature without the agency (a page whose catalog named it, lost): the body the
    opening sentence after the year has as its subject."""
    text = f"2022年政府信息公开工作年度报告\n一、总体情况\n{opening}。\n六、其他需要报告的事项\n无。\n2023年1月17日\n"
    got = find_meta(text)
    assert (got.agency, got.year) == (agency, 2022)


@pytest.mark.parametrize("cut", range(2, 6))
def test_an_agency_wrapped_over_headings_above_its_titles_year(cut: int) -> None:
    """A converter's Markdown of a PDF's title wrapped inside the agency's name, each line a heading of its
    own (# 湾亭 / # 区人民政府 / # 2022年…): the name put together again, not the publisher's."""
    agency = "湾亭区人民政府"
    head = f"发布机构：莆田市人民政府  发布日期：2023-01-18\n\n# {agency[:cut]}\n\n# {agency[cut:]}\n\n"
    assert find_meta(head + "# 2022年政府信息公开工作年度报告\n\n" + SIGNED_BODY).agency == agency


@pytest.mark.parametrize(
    "catalog",
    [
        "名称：湾亭区人民政府政府信息公开工作2022年度报告发布机构：政务公开办公室发布日期：2023-01-18",
        "索引号：11350100MB0123456X/2023-00012发布日期：2023-01-18所属机构：湾亭区人民政府政府信息公开工作2022年度报告",
        "标题：湾亭区人民政府政府信息公开工作2022年度报告 发布日期：2023-01-18",
    ],
)
def test_a_glued_catalog_whose_title_prints_its_year_after_the_reports_name(catalog: str) -> None:
    """The title only in a catalog run together, its year after the report's name: its agency and year."""
    got = find_meta(catalog + "\n" + SIGNED_BODY)
    assert (got.agency, got.year) == ("湾亭区人民政府", 2022)
    got = find_meta(catalog + "\n2022年政府信息公开工作年度报告\n" + SIGNED_BODY)  # the page's title without it
    assert (got.agency, got.year) == ("湾亭区人民政府", 2022)


def test_other_years_reports_listed_before_a_title_whose_year_follows_the_reports_name() -> None:
    """往年年报 listing the body's reports of other years, then its own title with the year after the report's
    name: the year is the report's, not a link's."""
    text = (
        "往年年报\n古峰县人民政府2008年政府信息公开工作年度报告\n古峰县人民政府2006年政府信息公开工作年度报告\n"
        "古峰县人民政府政府信息公开工作2009年度报告\n一、概述\n2009年，古峰县人民政府认真贯彻落实《条例》。"
        "本报告所列数据的统计期限自2009年1月1日起至2009年12月31日止。\n"
    )
    assert meta.find_title(text) == ("古峰县人民政府", 2009)


@pytest.mark.parametrize(
    "title",
    [
        "政府信息公开工作年度报告（2010年）\n| 索引号 | 11350100MB0123456X/2011-00012 |\n政府信息公开工作年度报告\n",
        "| 标题 城亭区政府信息公开工作2010年度报告 关键词 政府信息公开 年度报告 |\n",
    ],
)
def test_a_year_after_the_reports_name_is_no_year_before_anothers(title: str) -> None:
    """A title whose year follows the report's name, and a report's name after it (the next line's title, a
    catalog's 关键词): no title whose agency is the first's words (公开工作年度报告（)."""
    got = find_meta(title + SIGNED_BODY.replace("2022", "2010"))
    assert got.agency in ("城亭区", "湾亭区人民政府", None) and got.year == 2010  # the title's, the opening's


def test_a_link_to_the_bodys_office_a_sites_footer_names_in_full() -> None:
    """A link to the report of the body's own office before its title, the site's footer naming that office
    (主办单位): the title printed twice is the report's; printed without its agency, no title's agency."""
    links = "相关链接\n松兰市人民政府办公室2021年政府信息公开工作年度报告\n城厢市人民政府2021年政府信息公开工作年度报告"
    links += "\n"
    body = SIGNED_BODY.replace("2022", "2021").replace("湾亭区", "松兰市") + "主办单位：松兰市人民政府办公室\n"
    titled = "松兰市人民政府2021年政府信息公开工作年度报告\n"
    assert meta.find_title(titled + links + "首页 > 信息公开 > 年度报告\n" + titled + body) == ("松兰市人民政府", 2021)
    untitled = "2021年政府信息公开工作年度报告\n"
    assert not meta.find_title(untitled + links + "首页 > 信息公开 > 年度报告\n" + untitled + body)[0]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        ("# 临柳\n# 市交通运输局\n# 2022年政府信息公开工作年度报告\n", "临柳市交通运输局"),  # the agency above, wrapped
        ("和丰市\n卫生健康委员会政府信息公开工作年度报告（2022年）\n", "和丰市卫生健康委员会"),  # a place above a body
        ("和丰市 卫生健康委员会2022年政府信息公开工作年度报告\n", "和丰市卫生健康委员会"),  # … or a space before it
        ("首页 > 年度报告 和丰市 人民政府2022年政府信息公开工作年度报告\n", "和丰市人民政府"),
        ("政府信息公开专区 和丰市财政局2022年政府信息公开工作年度报告\n", "和丰市财政局"),  # a page's 专区, no place
    ],
)
def test_an_agency_wrapped_above_or_before_the_title_under_another_publisher(lines: str, want: str) -> None:
    """The agency a PDF's text wrapped over the lines above its title's year (as Markdown headings too), or a
    body's name whose place is on the line above or a space before it (lines joined by a space): the name
    whole, not the catalog's publisher."""
    body = SIGNED_BODY.replace("湾亭区人民政府", want)
    assert find_meta("发布机构：莆田市人民政府  发布日期：2023-01-26\n" + lines + body).agency == want


def test_links_run_together_before_a_title_whose_year_follows_the_reports_name() -> None:
    """A page's text running a links list into the report's own title, its year after the report's name:
    the run-on link of another district's 古丰街道 is not the report's."""
    text = (
        "相关链接 长龙区古丰街道办事处办公室2022年政府信息公开工作年度报告城厢区古丰街道办事处2022年政府信息公开工作"
        "年度报告政府信息公开工作年度报告（2022年）一、总体情况2022年，长龙区古丰街道办事处认真贯彻落实《条例》。\n"
    )
    assert find_meta(text).agency in ("长龙区古丰街道办事处", None)


@pytest.mark.parametrize(
    ("publisher", "agency"),
    [
        ("湾亭区岚鹿街道办事处办公室", "湾亭区岚鹿街道办事处"),  # the body's own office
        ("宁德市大数据管理局", "湾亭区岚鹿街道办事处"),  # the site's
        ("湾亭区岚鹿街道办事处", "湾亭区岚鹿街道办事处"),
    ],
)
def test_a_catalogs_publisher_another_than_the_body_the_opening_sentence_speaks_for(
    publisher: str, agency: str
) -> None:
    """A title and signature without the agency, a catalog naming the page's publisher, an opening sentence
    whose subject is the body that reports (2022年，XX街道办事处认真贯彻…): that body, where the publisher is
    another (its office, the site's)."""
    catalog = f"所属机构：{publisher}  发布日期：2023-01-18\n2022年政府信息公开工作年度报告\n"
    body = (
        "一、总体情况\n2022年，湾亭区岚鹿街道办事处认真贯彻落实《条例》。\n六、其他需要报告的事项\n无。\n2023-01-17\n"
    )
    assert find_meta(catalog + body).agency == agency
    assert find_meta(catalog + BODY).agency == publisher  # no opening sentence names one: the publisher


@pytest.mark.parametrize("publisher", ["霞新政务公开办", "湾亭区政务公开办公室", "湾亭区信息公开办"])
def test_the_office_that_puts_up_disclosures_publishes_no_report_of_its_own(publisher: str) -> None:
    """A catalog's publisher that is a government's 政务公开办 (who puts the page up), under a title that leaves
    the agency out: no agency, not the office's."""
    catalog = f"发布机构：{publisher}  发布日期：2023-01-18\n"
    assert find_meta(catalog + "2022年政府信息公开工作年度报告\n" + BODY).agency is None


@pytest.mark.parametrize("apart", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["发布机构", "发文机关", "所属机构"])
def test_a_catalogs_publisher_a_narrow_pipe_column_wraps_over_rows(label: str, apart: str) -> None:
    """A catalog printed as `|` rows whose narrow column wraps its publisher's name onto rows of their own,
    their other cells empty (Markdown a blank line apart), under a title that leaves the agency out: the
    name put back whole, not its first line's part (木湾市市, a city's name)."""
    rows = [
        f"| {label} | 木湾市市 | 生成日期 | 2024年03月22日 |",
        "|  | 场监督管 |  |  |",
        "|  | 理局 |  |  |",
        "| 体裁分类 | 报告 | 公开方式 | 主动公开 |",
    ]
    title = "2023年政府信息公开工作年度报告"
    text = f"{title}{apart}" + apart.join(rows) + f"{apart}{title}\n" + BODY.replace("2021", "2023")
    assert find_meta(text).agency == "木湾市市场监督管理局"


@pytest.mark.parametrize("last", ["| 体裁分类 | 报告 | 有效性 | 有效 |", "有效性：有效"])
def test_a_catalogs_wrapped_value_two_lines_above_a_title_that_leaves_the_agency_out(last: str) -> None:
    """A catalog's `|` row whose value a narrow column wrapped (`| 公开范围 | 面` / `向社会 |`), its last row
    on the line above a title without the agency: no name from the catalog's lines, but its publisher's."""
    rows = ["| 发布机构 | 沙长市财政局 | 文号 | 无 |", "| 生成日期 | 2020年03月14日 | 公开范围 | 面", "向社会 |", last]
    text = "\n".join(rows) + "\n2019年政府信息公开工作年度报告\n" + BODY.replace("2021", "2019")
    assert meta.find_title(text) == (None, 2019)
    assert find_meta(text).agency == "沙长市财政局"


CATALOG = "| 公开方式 | 主动公开 | 所属机构 | 宁德市大数据管理局 |\n| 有效性 | 有效 | 体裁分类 | 报告 |\n"


@pytest.mark.parametrize("cut", [1, 2, 3, 5])
@pytest.mark.parametrize("between", [CATALOG, "日期：2023-01-18\n分享到：微信　微博　QQ空间\n"])
def test_a_title_wrapped_inside_its_agencys_name_with_lines_between(cut: int, between: str) -> None:
    """A PDF's text wrapping the title inside the agency's name with a catalog or a page's lines between
    (林 / … / 松区泉湾街道办事处2022年…): the name the opening sentence or signature prints whole, never its end."""
    agency = "林松区泉湾街道办事处"
    head = f"发布机构：莆田市人民政府  发布日期：2023-01-18\n{agency[:cut]}\n{between}{agency[cut:]}"
    body = SIGNED_BODY.replace("湾亭区人民政府", agency)
    assert find_meta(head + "2022年政府信息公开工作年度报告\n" + body).agency == agency
    signed = BODY.replace("2021", "2022") + f"{agency}\n2023年1月17日\n"
    assert find_meta(head + "2022年政府信息公开工作年度报告\n" + signed).agency == agency


def test_a_title_wrapped_inside_its_agencys_name_the_pages_title_prints_whole() -> None:
    """An HTML page whose title a PDF's text wrapped inside the agency's name, a catalog between: the name
    its <title> prints whole."""
    page = (
        "<html><head><title>丹东省人民政府2023年政府信息公开工作年度报告</title></head><body><h1>丹</h1>"
        "<table><tr><td>有效性</td><td>有效</td><td>标题</td><td>丹</td></tr></table>"
        "<h1>东省人民政府2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2023年，本机关坚持以公开为常态。</p>"
        "</body></html>"
    )
    assert zfxxgk.parse_bytes(page.encode(), "report.html").meta.agency == "丹东省人民政府"


@pytest.mark.parametrize(
    ("title", "signer", "want"),
    [
        ("洪泽区人民政府", "淮安市洪泽区人民政府", "洪泽区人民政府"),  # a short form leaves its city out
        ("区财政局", "洪泽区财政局", "洪泽区财政局"),  # a kind of place alone: the name whole
    ],
)
def test_a_titles_short_form_of_the_name_its_signature_prints(title: str, signer: str, want: str) -> None:
    """A title naming the agency shorter than its signature: the title's where only a place before it is
    left out, not cut off inside a place's name."""
    text = f"{title}2022年政府信息公开工作年度报告\n" + BODY.replace("2021", "2022") + f"{signer}\n2023年1月17日\n"
    assert find_meta(text).agency == want


@pytest.mark.parametrize("seal", ["（盖章）", "（印章）", " (公章)"])
@pytest.mark.parametrize(
    ("between", "signed"),
    [
        ("\n", "测试县财政局{seal}\n2022年1月20日"),
        ("", "测试县财政局{seal}2022年1月20日"),
        ("", "2022 年 元 月 20 日测试县财政局{seal}"),
    ],
)
def test_a_signatures_agency_with_where_its_seal_goes(seal: str, between: str, signed: str) -> None:
    """Under the agency, or run on after it and the last sentence as a page's text glues them, the date
    before the agency or after it."""
    signature = signed.format(seal=seal)
    text = f"2021年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。{between}{signature}\n"
    got = find_meta(text)
    assert (got.agency, got.signed) == ("测试县财政局", "2022-01-20")


@pytest.mark.parametrize(
    ("seed", "printed"),
    [
        (4100028, "【字体：大 中 小】【字体：大 中 小】2008年政府信息公开工作年度报告一、概述"),
        (4100122, "发布日期：2018年03月13日 【字体：大 中 小】2017年政府信息公开工作年度报告一、概述"),
        (4100149, "亭杉市人民政府政府信息公开年报（2014年度）时间：2015/2/11一、概述"),
        (
            4100274,
            "龙平区安白街道办事处政府信息公开年报（2017年度）龙平区安白街道办事处政府信息公开年报（2017年度）一、概述",
        ),
    ],
)
def test_the_agency_of_a_page_run_together_around_its_title(seed: int, printed: str) -> None:
    """A page's text run together around its title: a font-size bar (`【字体：大 中 小】`) before a title that
    names no agency is chrome, not the agency; a title whose year is in brackets after its name
    (`…政府信息公开年报（2017年度）`) does not take the words after that bracket, another copy of the title's
    name, for its own. The agency is the report's, or none."""
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "glued", ["title_forms", "page_metadata"], seed))
    assert printed in text
    assert parse_text(text).meta.agency in (rec.meta.agency, None)


def test_an_agency_printed_twice_run_together_is_read_once() -> None:
    """A catalog's 名称： field holding the agency that a title's form prints on a line of its own, the page run
    together: `名称： 白柳省人民政府白柳省人民政府2021年…` names the agency once."""
    assert clean_agency("白柳省人民政府白柳省人民政府") == "白柳省人民政府"
    rec = random_report(random.Random(5000322))
    text = str(write_noisy(rec, "glued", ["title_forms", "page_metadata"], 5000322))
    assert "白柳省人民政府白柳省人民政府2021年" in text
    assert parse_text(text).meta.agency == rec.meta.agency == "白柳省人民政府"
