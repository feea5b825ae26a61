"""Reading dates as reports, pages and registers print them — the one place that does.

Forms read: 2021年1月5日 and 2021 年 1 月 5 日; 二〇二一年一月五日 with 〇/○/零/О/O/0 for zero and
十/二十/三十一 for tens; 2021-1-5, 2021.01.05, 2021/1/5 (2021 /1/5, a space after the year); a day whose 日
was cut off at a line end (2020年2月4); one line break between its parts, where a PDF's text wrapped it
(2020年2\n月4日, 2015-01\n-27), or inside its year once `years_rejoined` puts it back (2\n025年2月3日,
2\n024.1.26), or inside a month's or day's number (一月二\n十日; in digits once `parts_rejoined` puts it back:
年 0\n3 月, 月 1\n0 日); January as 元月 (2022年元月20日); the day's 号 for 日 (2020年1月15号). A month
without a day (二〇一三年一月) is not a date."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Final

from .numbering import ZERO as _ZERO
from .numbering import cn_number
from .patterns import gated

_CN_YEAR: Final = f"[{_ZERO}一二三四五六七八九]{{4}}"
_CN_DIGIT: Final = f"[{_ZERO}一二三四五六七八九十]"
# a month's or day's number in Chinese numerals, a line break where a PDF's text wrapped it (一月二 / 十日)
_CN_MD: Final = rf"(?:{_CN_DIGIT}\n?){{0,2}}{_CN_DIGIT}"
_FIRST_MONTH: Final = "元"  # 元月: January
_SP: Final = r"[ \t]*(?:\n[ \t]*)?"  # between a date's parts: spaces, and one line break where a PDF's text wrapped it
# Where a web page's own end begins after the report: its attachments to download, links to the reports
# before and after it or to related ones, a share bar, the site's footer.
# 相关链接 a heading (not 设置相关链接，…): before a line's end, a list's mark, or a report's title run on to it;
# 扫一扫 a page's (not 扫一扫二维码 in the prose); 联系我们 a footer's link, the next after a bar or a tab (a
# page's links copied from its table; not 请联系我们 in the prose); ICP备
# with its province's abbreviation (闽ICP备), each an alternative of its own: every alternative then begins with
# one character, which the engine skips to at once (a look-ahead for them first is tried at every place).
PAGE_END: Final = (
    r"附件下载|上一篇|下一篇|相关(?:文章|链接|阅读|新闻)(?=[ \t]*(?:[:：·•\n]|\Z|[^。，,；;\n]{0,40}?年度报告))"
    r"|扫一扫在手机|往年年报|历年年报"
    r"|主办单位[:：]|网站标识码|版权所有|"
    + "|".join(f"{p}ICP备" for p in ("", *"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"))
    + r"|技术支持[:：]|联系我们(?:[ \t]*[|｜丨]|\t)"
)
PAGE_ENDS: Final = re.compile(PAGE_END)
# What a web page prints after its text, on the line of its last words (上一篇, 【打印本页】, 主办单位,
# the page's own 发布时间：).
PAGE_FOOTER: Final = (
    rf"相关附件|扫一扫|【|打印|关闭|返回|责任编辑|分享|主办单位|{PAGE_END}|发布(?:时间|日期)[ \t]*[:：]"
)
# no 日 only where the line ends — not where the next line goes on with the day's last digits and its 日
# (2024年03月1 / 0日, 一月二 / 十日: a PDF's text wrapped the number) — or where the page's footer follows on
# its line
_CUT_DAY: Final = rf"(?=[ \t]*(?:\n(?![ \t]*(?:\d+|{_CN_DIGIT}+)[ \t]*日)|$)|[ \t]+(?:{PAGE_FOOTER}))"
# Groups: y/m/d for Arabic 年月日, cy/cm/cd for Chinese numerals, sy/sm/sd for separated digits. The
# look-behinds that keep a year from starting inside a longer number come after its first two digits:
# an alternative that starts with a look-behind is tried at every position of the text, far slower.
# 2012 /3/18: a space a PDF's text put between the year and its separator; a line break beside a separator
# (an empty line after it too, as a PDF's text of a catalog prints its wrapped cells), where a fold cut the date
# (2015 -01 / -27, 2009 / / -02-17), never inside a number's digits (2020-02-2 / 0: day 2 or 20)
SEPARATED: Final = (
    r"(?P<sy>(?:19|20)(?<![\d.]\d\d)\d{2})[ \t]?\n{0,2}(?P<sep>[-/.])\n{0,2}(?P<sm>\d{1,2})\n{0,2}(?P=sep)\n{0,2}"
    r"(?P<sd>\d{1,2})"
    r"(?!\d|\.\d)"
)
DATE: Final = gated(
    rf"(?P<y>(?:19|20)(?<!\d\d\d)\d{{2}}){_SP}年{_SP}(?P<m>\d{{1,2}}|{_FIRST_MONTH}){_SP}月{_SP}(?P<d>\d{{1,2}})(?!\d)"
    rf"(?:{_SP}[日号]|{_CUT_DAY})"
    rf"|(?P<cy>{_CN_YEAR}){_SP}年{_SP}(?P<cm>{_CN_MD}|{_FIRST_MONTH}){_SP}月{_SP}(?P<cd>{_CN_MD})(?:{_SP}[日号]|{_CUT_DAY})"
    rf"|{SEPARATED}"
)
_SEPARATED_DATE: Final = re.compile(SEPARATED)  # at most nineteen characters, and never inside another date
# What a 年月日 date holds from its 年 to its 月 (the engine skips straight to each 年): where a date can be.
_YEAR_MONTH: Final = re.compile(rf"年{_SP}(?:\d{{1,2}}|{_CN_MD}|{_FIRST_MONTH}){_SP}月")
TIME_OF_DAY: Final = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?"  # what may follow a date: 09:30, 09:30:00, if anything
_TIME: Final = re.compile(TIME_OF_DAY)
_COMPACT: Final = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")


def date_of(m: re.Match[str]) -> date | None:
    """The calendar date a `DATE` match names, or None when there is no such day (2021年2月30日)."""
    try:
        if m["y"]:
            return date(int(m["y"]), _month(m["m"], int), int(m["d"]))
        if m["cy"]:
            return date(cn_number(m["cy"]), _month(_unwrapped(m["cm"]), cn_number), cn_number(_unwrapped(m["cd"])))
        return date(int(m["sy"]), int(m["sm"]), int(m["sd"]))
    except (ValueError, KeyError):
        return None


def _unwrapped(printed: str) -> str:
    """A number in Chinese numerals without the line break a PDF's text wrapped it at."""
    return printed.replace("\n", "")


def _month(printed: str, number: Callable[[str], int]) -> int:
    """The month a date prints: 1 for 元 (元月), else its `number`."""
    return 1 if printed == _FIRST_MONTH else number(printed)


def is_written_out(m: re.Match[str]) -> bool:
    """True for 年月日 dates (as a signature is written), False for 2021-01-05 and the like."""
    return m["sy"] is None


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], date]]:
    """Every real date in text[start:end], in order, with its match."""
    for m in DATE.finditer(text, start, len(text) if end is None else end):
        if (d := date_of(m)) is not None:
            yield m, d


def find_written_dates(text: str) -> Iterator[tuple[re.Match[str], date]]:
    """The 年月日 dates among `find_dates(text)` (those `is_written_out`), each looked for only at the
    year before a 年 that a month and 月 follow, unless a 2021-01-10 date holds that year's first
    characters (2021-01-10〇一年…, where a digit or a separator stands before it)."""
    end = 0  # where the last date found ends: none starts inside another
    for ym in _YEAR_MONTH.finditer(text):
        at = ym.start()
        while at and text[at - 1] in " \t\n":
            at -= 1
        at -= 4
        if at < end:
            continue
        if at and (text[at - 1].isdecimal() or text[at - 1] in "-/."):
            near = _SEPARATED_DATE.finditer(text, max(end, at - 19), at + 20)  # room for its (?!\d|\.\d)
            if any(s.start() < at < s.end() for s in near):
                continue
        if m := DATE.match(text, at):
            end = m.end()
            if (d := date_of(m)) is not None:
                yield m, d


# A date's year that a PDF's text wrapped inside its digits (2 / 025 年 2 月 3 日, 2 / 024.1.26): the rest of its
# digits begin a line before its 年 or its month's separator, its first end the line above.
# (its runs taken whole, `*+`: a line that begins with a longer number, one of a table's cells, is given up at once)
_YEAR_REST: Final = re.compile(r"\n[ \t]*+(\d{1,3}+)(?=(?P<written>[ \t]*年)|[ \t]?[-/.]\d{1,2}[-/.]\d)")
_YEAR_FIRST: Final = re.compile(r"(?<![\d.])\d{1,3}[ \t]*\Z")


# A month's or a day's number a PDF's text cut at a line's end, its rest and its 月 or 日 on the next line
# (2024 年 0 / 3 月, 2024 年 3 月 1 / 0 日): the 月 or 日 after the digit says the digits before the break are
# not the whole number; in a date in digits only a leading 0 says so (2024-0 / 3-01; 2024-02-2 / 0 may be the
# 2nd). (Looked for from the line break, which the engine skips to; the digit before it is read by hand.)
_PART_CUT: Final = re.compile(r"\n[ \t]*(\d)(?=[ \t]*(?P<unit>[月日])|[-/.]\d)")


def years_rejoined(text: str) -> str:
    """`text` with each year a PDF's text wrapped inside its digits put back whole, as many characters, so
    that offsets hold: before the line break where 年 follows (2 / 025 年 → 2025 / 年); where its separator
    does, the line break a space before it (2 / 024.1.26 → 2024.1.26: a date in digits prints none inside
    it); `text` itself where none is."""
    out: list[str] = []
    at = 0
    for m in _YEAR_REST.finditer(text):
        first = _YEAR_FIRST.search(text, max(at, m.start() - 6), m.start())
        year = first.group().rstrip() + m[1] if first else ""
        if first and len(year) == 4 and year.startswith(("19", "20")):
            pad = " " * (m.end() - first.start() - 5)
            out += (text[at : first.start()], *((year, "\n", pad) if m["written"] else (pad, " ", year)))
            at = m.end()
    return "".join(out) + text[at:] if out else text


def parts_rejoined(text: str) -> str:
    """`text` with each month's or day's number a PDF's text cut at a line break joined before it, as many
    characters (年 0 / 3 月 → 年 03 / 月, 月 1 / 0 日 → 月 10 / 日; see `_PART_CUT`); `text` itself where none is."""
    out: list[str] = []
    at = 0
    for m in _PART_CUT.finditer(text):
        cut = m.start()  # the digit the break cut off is the last before it
        while cut > at and text[cut - 1] in " \t":
            cut -= 1
        cut -= 1
        if cut < at or not "0" <= text[cut] <= "9" or (cut and "0" <= text[cut - 1] <= "9"):
            continue
        lead = cut
        while lead and text[lead - 1] in " \t":
            lead -= 1
        before, number = text[lead - 1 : lead], int(text[cut] + m[1])
        written = m["unit"] is not None and before == ("年" if m["unit"] == "月" else "月")
        if (written and 0 < number <= (12 if m["unit"] == "月" else 31)) or (
            m["unit"] is None and text[cut] == "0" and before in ("-", "/", ".") and lead == cut
        ):
            out += (text[at:cut], text[cut], m[1], text[cut + 1 : m.start(1)])
            at = m.end()
    return "".join(out) + text[at:] if out else text


def find_digit_dates(text: str, start: int = 0) -> Iterator[tuple[re.Match[str], date]]:
    """The 2021-01-05, 2021.1.5 and 2021/01/05 dates among `find_dates(text)` that begin at `start` or
    after, found by their own pattern, then read there as `find_dates` reads them. No such date begins
    inside another, so those found from `start` are those a search from the text's start finds there."""
    for s in _SEPARATED_DATE.finditer(text, start):
        if found := date_at(text, s.start()):
            yield found


def first_date(text: str) -> date | None:
    """The first real date anywhere in the text (a page's meta tag: 2021-01-05 09:30:00)."""
    return next((d for _, d in find_dates(text)), None)


def date_at(text: str, pos: int = 0) -> tuple[re.Match[str], date] | None:
    """The date that starts exactly at `pos`, with its match."""
    m = DATE.match(text, pos)
    d = date_of(m) if m else None
    return (m, d) if m and d else None


def read_date(text: str) -> date | None:
    """The date the whole string is (a time of day may follow; 20210304 reads too), else None."""
    text = text.strip()
    if m := _COMPACT.fullmatch(text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    found = date_at(text)
    if found is None or not _TIME.fullmatch(text, found[0].end()):
        return None
    return found[1]
