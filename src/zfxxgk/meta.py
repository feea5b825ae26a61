"""Metadata: agency as printed, administrative level, report year, dates and statistical period."""

from __future__ import annotations

import re
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass
from datetime import date

_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "О": 0,
    "0": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN = "〇○零О一二三四五六七八九十"
_DATE = re.compile(
    r"(?P<y>\d{4})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    rf"|(?P<cy>[{_CN}]{{4}})\s*年\s*(?P<cm>[{_CN}]{{1,2}})\s*月\s*(?P<cd>[{_CN}]{{1,3}})\s*日"
)
_PUBLISHED = re.compile(r"(?:发布|公开|成文|印发)(?:时间|日期)\s*[:：]?\s*")
_PERIOD = re.compile(
    r"(?:统计期限|统计周期|统计时间|数据统计期限|统计区间)[^。\n]{0,12}?"
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。\n\d]{0,8}?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
_AGENCY_SUFFIX = (
    r"(?:人民政府办公厅|人民政府办公室|人民政府|街道办事处|办事处|街道|管理委员会|管委会|委员会|"
    r"办公厅|办公室|[局厅委办署院馆会所站队]|乡|镇|县|区|市|省|中心)"
)
_SIGNED_DATE = re.compile(
    r"^[ \t]*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[〇○零О一二三四五六七八九]{4}\s*年[^\n]{1,8}?日)[ \t]*$"
    # a signature glued after the last sentence; the look-ahead (the date's 日 before the clause ends)
    # spares trying an agency's name after every sentence and space
    r"|(?:^|[。\s])(?=[^。\s，,；;]*?日)"
    rf"(?:[^。\s\d，,；;]{{2,30}}?{_AGENCY_SUFFIX})?(?P<flat>[〇○零О一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日"
    r"|\d{4}年\d{1,2}月\d{1,2}日)(?=\s*(?:附件|附:|$))",
    re.MULTILINE,
)
_REPORT_NAME = r"信\s*息\s*公\s*开\s*(?:工\s*作\s*)?(?:年\s*度\s*)?(?:工\s*作\s*)?报\s*告"
_TITLE = re.compile(
    r"(?P<pre>[^\n。:：]{0,40}?)\s*(?P<year>(?:19|20)\d{2})\s*年\s*度?\s*(?P<post>[^\n。\d]{0,30}?)\s*"
    rf"(?:政府|政务)?\s*{_REPORT_NAME}"
)
_TITLE_END = re.compile(_REPORT_NAME)  # every title ends so: a quick test spares a text without one the slow search
_AGENCY_BEFORE_YEAR = re.compile(rf"([\u4e00-\u9fff()]{{2,24}}?{_AGENCY_SUFFIX})(?=\s*(?:19|20)\d{{2}}\s*年)")
_AGENCY_LINE = re.compile(rf"^\s*([\u4e00-\u9fff()]{{2,30}}{_AGENCY_SUFFIX})\s*$")
_YEAR_WORD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_PERIOD_END_YEAR = re.compile(r"(?:截止|截至|截止到)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")
_PREFIX_NOISE = re.compile(r"^(?:标题|题目|正文)\s*[:：]?\s*")


def _cn_number(s: str) -> int:
    """二〇一二 → 2012 (digit by digit); 二十 → 20, 十二 → 12, 三十一 → 31."""
    if "十" not in s:
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def parse_date(m: re.Match[str]) -> str | None:
    """An ISO date from a `_DATE` match, or None when it is not a real calendar date."""
    try:
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            y, mo, d = _cn_number(m.group("cy")), _cn_number(m.group("cm")), _cn_number(m.group("cd"))
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


def _first_date(text: str) -> str | None:
    m = _DATE.match(text)
    return parse_date(m) if m else None


@dataclass
class FoundMeta:
    agency: str | None = None
    year: int | None = None
    published: str | None = None
    signed: str | None = None
    level: str | None = None
    region: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    title: str | None = None


def find_title(text: str) -> tuple[str | None, int | None, str | None]:
    """(agency, year, title) from the report's title near the top."""
    head = text[:1500]
    if not _TITLE_END.search(head):
        return None, None, None
    for m in _TITLE.finditer(head):
        year = int(m.group("year"))
        pre = _PREFIX_NOISE.sub("", m.group("pre").strip(" \t|"))  # a title printed as a table row: | … |
        post = m.group("post").strip()
        agency = pre or None
        if agency is None and post and re.fullmatch(rf"[\u4e00-\u9fff()]{{2,30}}?{_AGENCY_SUFFIX}?", post):
            agency = post
        if agency is None:
            line_start = head.rfind("\n", 0, m.start())
            prev = head[: max(line_start, 0)].rstrip("\n").rsplit("\n", 1)[-1]
            am = _AGENCY_LINE.match(prev)
            agency = am.group(1) if am else None
        if agency and not re.search(r"[\u4e00-\u9fff]", agency):
            agency = None
        return agency, year, re.sub(r"[\s|]+", "", m.group(0))
    return None, None, None


def find_year(text: str, title_year: int | None, period_start: str | None) -> int | None:
    if title_year:
        return title_year
    if period_start:
        return int(period_start[:4])
    m = _PERIOD_END_YEAR.search(text)
    if m:
        return int(m.group(1))
    counts = Counter(int(y) for y in _YEAR_WORD.findall(text[:20000]) if 2007 <= int(y) <= 2100)
    return counts.most_common(1)[0][0] if counts else None


def find_published(text: str, hints: dict[str, str]) -> str | None:
    for m in _PUBLISHED.finditer(text[:3000]):
        d = _first_date(text[m.end() : m.end() + 30])
        if d:
            return d
    return hints.get("published")


def find_signed(text: str) -> str | None:
    """The date under the signature: a date alone on its line (or alone between sentences), last one."""
    found = None
    for m in _SIGNED_DATE.finditer(text):
        raw = m.group("date") or m.group("flat")
        dm = _DATE.search(raw)
        if dm:
            found = parse_date(dm) or found
        elif m.group("date"):  # 2020年2月4 — a day with its 日 cut off
            parts = re.findall(r"\d+", raw)
            if len(parts) == 3:
                with suppress(ValueError):
                    found = date(*map(int, parts)).isoformat()
    return found


def find_period(text: str) -> tuple[str | None, str | None]:
    m = _PERIOD.search(text[:6000])
    if not m:
        return None, None
    y1, m1, d1, y2, m2, d2 = m.groups()
    try:
        start = date(int(y1), int(m1), int(d1)).isoformat()
        end = date(int(y2 or y1), int(m2), int(d2)).isoformat()
    except ValueError:
        return None, None
    return start, end


def find_agency(text: str, title_agency: str | None) -> str | None:
    if title_agency:
        return title_agency
    m = _AGENCY_BEFORE_YEAR.search(text[:20000])
    return m.group(1) if m else None


_LEVELS = (
    (re.compile(r"(?:省|自治区)人民政府(?:办公厅)?$|^(?:北京|上海|天津|重庆)市人民政府(?:办公厅)?$"), "省"),
    (re.compile(r"(?:局|厅|委员会|委|办公室|办|署|中心|院|馆)$"), "部门"),
    (re.compile(r"(?:街道办事处|街道|办事处)$"), "街道"),
    (re.compile(r"(?:乡|镇)(?:人民政府)?$"), "乡镇"),
    (re.compile(r"(?:县|区|旗)(?:人民政府)?$|管委会$|管理委员会$|实验区$|新区$"), "区县"),
    (re.compile(r"市(?:人民政府)?$"), "市"),
)
_REGION = re.compile(r"^(.{2,}?(?:省|自治区|自治州|市|盟|地区)(?:.{1,8}?(?:市|县|区|旗))?)")


def level_of(agency: str | None) -> str | None:
    """乡镇 / 街道 / 区县 / 市 / 省 / 部门, judged from how the agency's name ends."""
    if not agency:
        return None
    for pat, level in _LEVELS:
        if pat.search(agency):
            return level
    return None


def region_of(agency: str | None) -> str | None:
    if not agency:
        return None
    m = _REGION.match(agency)
    return m.group(1) if m else None


def find_meta(text: str, hints: dict[str, str] | None = None) -> FoundMeta:
    """Everything the text says about who reports, on which year, and when."""
    hints = hints or {}
    agency, title_year, title = find_title(text)
    if not title and hints.get("title"):
        agency, title_year, title = find_title(hints["title"])
    period_start, period_end = find_period(text)
    year = find_year(text, title_year, period_start)
    agency = find_agency(text, agency)
    return FoundMeta(
        agency=agency,
        year=year,
        published=find_published(text, hints),
        signed=find_signed(text),
        level=level_of(agency),
        region=region_of(agency),
        period_start=period_start,
        period_end=period_end,
        title=title,
    )
