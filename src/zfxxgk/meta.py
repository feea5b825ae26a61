"""Metadata: agency as printed, administrative level, report year, dates and statistical period."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Final

from .dates import (
    PAGE_END,
    PAGE_ENDS,
    PAGE_FOOTER,
    TIME_OF_DAY,
    date_at,
    find_dates,
    find_digit_dates,
    find_written_dates,
    is_written_out,
    parts_rejoined,
    years_rejoined,
)
from .numbering import NUMERALS, ZERO, cn_number
from .patterns import finds

# How the name of a department that is no office of a kind ends (公证处, 国有林场, 市委党校, 电视台, 海关): each a
# whole word, as 处, 场, 校, 台 and 关 alone end common words too (出处, 市场, 学校, 平台, 有关, 本机关); a 学校
# after the kind of school it is (中小学校, 各类学校: schools, none named), no 家庭农场 (a farm, no body), and
# 国有 taken with its 林场 (国有林场 alone is a kind, as a bare suffix is).
_UNIT_SUFFIX: Final = (
    r"(?:公证处|管理处|事务处|档案处|(?:国有)?林场|(?<!家庭)[农牧]场|[渔茶]场|良种场|党校|"
    r"(?:职业|技术|技工|专业|卫生|师范|教育|体育|艺术|警察|实验|外国语)学校|电视台|电台|气象台|地震台|海关)"
)
# how a body's name ends (局, 人民政府, 办事处 …), and how a place's does, which names its government too
_BODY_SUFFIX: Final = (
    r"(?:人民政府办公厅|人民政府办公室|人民政府|街道办事处|办事处|管理委员会|管委会|委员会|"
    rf"办公厅|办公室|[局厅委办署院馆会所站队部]|中心|{_UNIT_SUFFIX})"
)
_AGENCY_SUFFIX: Final = rf"(?:{_BODY_SUFFIX}|街道|乡|镇|苏木|县|区|市|省)"
# a merged body's other names in brackets after its own (社会事业局（卫生健康局、文体旅游局）), not a note
# (（以下简称…）)
_OTHER_NAMES: Final = rf"(?:[（(](?!以下|简称)[\u4e00-\u9fff、]{{1,30}}?{_AGENCY_SUFFIX}[)）])?"
_AGENCY_NAME: Final = rf"[\u4e00-\u9fff（）()]{{2,30}}?{_AGENCY_SUFFIX}{_OTHER_NAMES}"
_ENDS_AS_AGENCY: Final = re.compile(rf"{_AGENCY_SUFFIX}{_OTHER_NAMES}\Z")
# 信息公开工作年度报告, …工作情况的报告 (关于2012年政府信息公开工作情况的报告). Each run of white space and each
# word that may be left out is taken whole (`*+`, `?+`: what follows each begins with another character): at
# each 信息公开 of the prose, which goes on to no report's name, the match fails once, not again for each
# shorter reading.
# A 政务公开 report (…2018年度政务公开工作年度报告) is the same report by the older name of the work.
_OPENINGS: Final = (r"信\s*+息", r"政\s*+务")


def _report_name(opening: str) -> str:
    return (
        rf"{opening}\s*+公\s*+开\s*+(?:工\s*+作\s*+)?+(?:年\s*+度\s*+)?+(?:工\s*+作\s*+)?+(?:情\s*+况\s*+)?+"
        r"(?:的\s*+)?+(?:年\s*+度\s*+)?+报\s*+告"
    )


def _title_name(opening: str) -> str:
    """The report's name after `opening`, or a 年报 after its year (XX县2021年政府信息公开年报, XX局政府信息公开
    年报（2021年度）); without one, a site's column (首页 > 政府信息公开年报), which no title's words before its
    year hold as another report's name."""
    return rf"(?:{_report_name(opening)}|{opening}\s*+公\s*+开\s*+(?:工\s*+作\s*+)?+年\s*+报)"


_REPORT_NAME: Final = "|".join(_report_name(o) for o in _OPENINGS)
_TITLE_NAME: Final = rf"(?:{'|'.join(_title_name(o) for o in _OPENINGS)})"
# A title: at most 40 characters of a clause and any white space, then from its year to its report name,
# no label's colon between (…2023年度报告关键词：政府信息公开 年度报告: a catalog's fields run together).
_CLAUSE_MARKS: Final = "\n。:：，,；;"  # what ends a clause
_CLAUSE: Final = f"[^{_CLAUSE_MARKS}]"
# (not a year in brackets after a name, 政府信息公开年报（2017年度）: what follows its close is no part of its title)
_FROM_YEAR: Final = (
    r"(?P<year>(?:19|20)\d{2})\s*年\s*+度?+\s*+(?![)）])"
    rf"(?P<post>[^\n。\d:：]{{0,30}}?)\s*(?:政府|政务)?\s*{_TITLE_NAME}"
)
_TITLE: Final = re.compile(rf"(?P<pre>{_CLAUSE}{{0,40}}?)\s*{_FROM_YEAR}")
_TITLE_FROM_YEAR: Final = re.compile(_FROM_YEAR)
_YEAR_START: Final = re.compile(r"(?:19|20)(?=\d\d)")  # no year begins at the 9 or 0 of another's 19 or 20: each found
# Every title ends so: a quick search spares a text without one the slow search. One pattern for each opening,
# which the engine skips to at once (to an alternation of the two, it tests every character).
_TITLE_ENDS: Final = tuple(re.compile(_title_name(o)) for o in _OPENINGS)
_OTHER_NAME: Final = re.compile(_REPORT_NAME)
# where a signature's seal goes, after its name: XX局（盖章）
_SEAL: Final = r"(?:[ \t]*[（(](?:印章|盖章|公章|签章)[)）])?"
_AGENCY_LINE: Final = re.compile(
    rf"^[ \t#*]*({_AGENCY_NAME})[ \t*]*{_SEAL}[ \t]*$"
)  # as a Markdown heading too: # 淮安市人民政府
# An agency named in the prose just before a year (站南街道2020年未收到…), starting where a clause starts.
_AGENCY_BEFORE_YEAR: Final = re.compile(
    rf"(?:^|(?<=[\s，,。；;、（(]))({_AGENCY_NAME})(?=[ \t]*(?:19|20)\d{{2}}[ \t]*年(?![ \t]*\d{{1,2}}[ \t]*月))",
    re.MULTILINE,
)
# A year not inside a longer number, the look-behind after its first two digits: a pattern that starts with
# one is tried at every position of the text
_YEAR_WORD: Final = re.compile(r"((?:19|20)(?<!\d..)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_PERIOD_END_YEAR: Final = re.compile(r"(?:截止|截至|截止到)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")

# Page chrome before a title (breadcrumbs, the crawler's labels) and the words a clause, not a name, starts with.
_SEPARATORS: Final = re.compile(r"[>»›/|\\\s_—–【】-]+")
_CHROME_WORDS: Final = re.compile(
    r"^(?:首页|主页|网站首页|当前位置|您的位置|您现在的位置|位置|正文|标题|题目|名称|政务公开|政府信息公开|信息公开|"
    r"公开年报|政府信息公开年报|信息公开年报|年度报告|年报|工作年报|专题专栏|专栏|栏目)+"
)
# (编制 a verb, not the 机构编制 of a 机构编制委员会办公室's name; a heading's 情况 or 概述 that the lines run
# together left before the name: 一、总体情况上海市科委…, （二）依申请公开情况站南街道2020年…)
_CLAUSE_HEAD: Final = re.compile(
    r"^.*(?:公布|发布|印发|(?<!机构)编制|报送|提交|编写|撰写|如下|现将|特将|根据|按照|依据|情况|概述)"
)
_NOT_A_NAME: Final = re.compile(
    r"^(?:我(?:们|区|县|市|省|镇|乡|局|委|办|厅|单位|机关|街道|[处场校台关])"
    r"|本(?:机关|单位|部门|报告|年|局|委|办|厅|区|县|市|省|镇|乡|街道|[处场校台关])"
    r"|全(?:区|县|市|省|镇|乡|年|体)|各(?:级|单位|部门|乡镇|区|县|市)|该(?:局|委|办|单位|机关|[处场校台关])|今年|现将|特此|截至|截止"
    r"|以下|关于|其中|通过|进一步|为了|对照|经过)"
)
_NAME: Final = re.compile(rf"[\u4e00-\u9fff（）()]{{2,40}}?{_OTHER_NAMES}")
_BARE_SUFFIX: Final = re.compile(rf"{_AGENCY_SUFFIX}|政府")
_PLACE_ALONE: Final = re.compile(r"[\u4e00-\u9fff]{1,10}(?<!专)(?:[省市县区旗乡镇]|街道)")  # not a page's 专区


def clean_agency(raw: str | None) -> str | None:
    """An agency's name from the text printed before a title's year or before a signature's date:
    breadcrumbs, crawler labels and a sentence's opening clause taken off; None when no name is left."""
    if not raw:
        return None
    if ends := [m.end() for m, _ in find_dates(raw)]:  # a page's date run onto the name: what follows it
        raw = raw[ends[-1] :]  # (发布日期： 2026 年 2 月 17 日XX县人民政府 2025 年…)
    tokens = [t for t in _SEPARATORS.split(raw.strip()) if t]
    if not tokens:
        return None
    name = "".join(tokens) if all(len(t) == 1 for t in tokens) else tokens[-1]  # 洪 泽 区: letter-spaced
    if len(tokens) > 1 and name == tokens[-1] and _PLACE_ALONE.fullmatch(tokens[-2]) and not _PLACES.match(name):
        name = tokens[-2] + name  # a place a space before a body's name without one: 石月市 卫生健康委员会
    name = _CHROME_WORDS.sub("", name)
    name, clauses = _CLAUSE_HEAD.subn("", name)
    if clauses and not _ENDS_AS_AGENCY.search(name):  # what a clause leaves must be a name
        return None
    name = name.removesuffix("关于").removeprefix("关于")  # XX局关于… ; 关于XX局2021年…的公告
    # XX区人民政府办公室关于XX区2021年…: the body the title names first; what follows 关于 where the words before
    # it are no name (the end of one wrapped before: XX区人民政 / 府关于XX区2021年…)
    issuer, about, subject = name.partition("关于")
    if about:
        name = issuer if _ENDS_AS_AGENCY.search(issuer) else subject
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        name = name[:half]  # printed twice run together (名称： XX局 over the title's XX局…): once
    if not _NAME.fullmatch(name) or _NOT_A_NAME.match(name) or _BARE_SUFFIX.fullmatch(name):
        return None  # 办公室 of 政务公开办公室, 人民政府: a body's kind, no name
    return name


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


_FIRST_SECTION: Final = re.compile(r"一[、.．]")
_TITLE_WORDS: Final = 60  # how far before 报告 a report's title begins, at most (its agency and year)
_TITLE_REACH: Final = 120  # … as _TITLE allows: its words before the year, the year, its words after
_GENERIC_PAIRS: Final = {"人民", "民政", "政府", "办公", "公室", "委员", "员会", "管委", "委会", "办事", "事处"}
# A place's body, each last character of a place an alternative of its own: the engine skips to those.
_PLACES_BODY: Final = re.compile(rf"(?:{'|'.join('省市县区旗乡镇')}|街道)[\u4e00-\u9fff]{{0,8}}?{_BODY_SUFFIX}")
_PLACES: Final = re.compile(r".+(?:[省市县区旗乡镇]|街道)")  # the places a body's name starts with (尉氏县大马乡)
# What a page prints before the titles of other reports it links to: 上一篇：…, 相关文章 …, a bullet (each
# mark an alternative of its own, as above).
_LINK_MARK: Final = re.compile(
    "|".join(("上一篇", "下一篇", "上一条", "下一条", "相关", "推荐", "热点", "热门", *"·•●▪■◆"))
)


# The labels of a page's 信息公开目录 other than its title's: the body that put the page up (信息来源：XX局,
# 发布机构 XX局), its own or another, and the fields whose values are no agency (有效性：有效).
_FIELD_LABEL: Final = (
    r"(?:发布机构|所属机构|发文机关|信息来源|来源|有效性|公开方式|公开范围|主题分类|组配分类|体裁分类|关键词|文号)"
)
_AFTER_FIELD: Final = re.compile(rf"{_FIELD_LABEL}[ \t|]*[:：]?[ \t|]*\Z")
_HOLDS_FIELD: Final = re.compile(_FIELD_LABEL)


def _title_agency(head: str, m: re.Match[str]) -> str | None:
    pre = m.group("pre")
    own_line = "\n" in head[m.end("pre") : m.start("year")]  # `pre` is the line above the title's year
    if _HOLDS_FIELD.search(pre) or _AFTER_FIELD.search(head, max(0, m.start() - 10), m.start()):
        pre = ""  # a catalog's field run onto the title (信息来源：XX局YY镇2020年…): which name is whose is unknown
    elif own_line and (not _ENDS_AS_AGENCY.search(pre.rstrip()) or _under_label(head[: m.start("pre")])):
        pre = ""  # the line above a title's year names an agency or nothing (有效性：有效, a catalog's last value)
    agency = clean_agency(pre.strip(" \t|"))  # a title printed as a table row: | … |
    if (tail := _name_end_at(head, m.start("pre"), pre)) is not None:
        return _rejoined(head, head[: m.start("pre")], tail)
    if agency is not None and head[m.start("pre") - 1 : m.start("pre")] == "\n":
        return _wrapped_before(head, head[: m.start("pre")], agency)
    post = m.group("post")
    if agency is None and post.strip() and "|" not in post and not _HOLDS_FIELD.search(post):
        agency = clean_agency(post)  # not a catalog's cells between year and name (2017年度) | 关键词 | 政府信息…
    if agency is None and not own_line:  # 淮安市人民政府 on the line above # 2024年政府信息公开工作年度报告
        # (where `pre` is that line, it names an agency or nothing: the lines above it are not the title's)
        line_start = head.rfind("\n", 0, m.start())
        above = head[: max(line_start, 0)].rstrip("\n|").rsplit("\n", 1)  # lines of a lone `|`: a cell per line
        # # 湾亭 / # 区人民政府 / # 2022年…: headings a converter wrote (a `|` row's wrapped cell is a catalog's)
        if len(above) > 1 and "|" not in above[-1] and _FRAGMENT.fullmatch(end := above[-1].strip(" \t#*")):
            return _rejoined(head, above[0], end)
        am = _AGENCY_LINE.match(above[-1])
        agency = clean_agency(am.group(1)) if am else None
        if agency is not None and len(above) > 1 and _under_label(above[0]):
            return None
        if agency is not None and len(above) > 1:
            agency = _wrapped_before(head, above[0], agency)
    return agency


def _under_label(before: str) -> bool:
    """Whether the line after `before` is a catalog field's value under its label (公开范围 / 面向社会: no
    agency's name, though 会 ends it as one's)."""
    before = before.rstrip(" \t\n|")
    return _AFTER_FIELD.search(before, max(0, len(before) - 16)) is not None


_LAST_WORD: Final = re.compile(r"[\u4e00-\u9fff]{1,10}[ \t\n]*\Z")


def _wrapped_before(head: str, before: str, agency: str) -> str | None:
    """`agency` with the end of the lines `before` it, where a PDF's text wrapped the name there
    (测试 / 市财政局): the text prints it whole elsewhere (测试市财政局), and the line's name nowhere but
    there; None where the name is a label's value wrapped (来源：宁德市大数据 / 管理局, 发文机关 平 / 清市财政局,
    a catalog's label and value a space apart); `CUT` where the line before is a name's first characters
    alone (湾 / 亭区人民政府) and the text prints it whole nowhere; else `agency`."""
    before = before.rstrip(" \t#*|")  # a Markdown heading's line: # 湾
    if (tail := _LAST_WORD.search(before[-24:])) is None:  # its last ten characters and the breaks after
        return agency
    word, printed = tail.group().rstrip(), head.count(agency)
    if _WHOLE_SOURCE.fullmatch(word):
        return agency  # a page's source printed whole (来源：本网): no name's start, wrapped
    whole = (word[k:] + agency for k in range(len(word)))
    name = next((name for name in whole if 0 < head.count(name) == printed - 1), agency)
    if (name != agency or not _ENDS_AS_AGENCY.search(word)) and _VALUE_WRAPPED.search(before[-40:]):
        return None  # a label's value wrapped (来源：宁德市大数据 / 管理局, 发文机关 平 / 清市财政局)
    line = before.rstrip().rsplit("\n", 1)[-1].strip(" \t#*|")
    if name == agency and line == word and _ENDS_AS_AGENCY.search(word) and not _PLACES.match(agency):
        return word + agency  # a place alone on the line above a body's name without one: 和丰市 / 卫生健康委员会
    if name == agency and line == word and len(word) <= 3 and not _ENDS_AS_AGENCY.search(word):
        return CUT
    return name


# What a line starts with where a PDF's text wrapped a title inside its agency's name: at most a character
# of it, then how the name ends (人民政府, 府, 政府 of 湾亭区人民 / 政府2022年…).
_FRAGMENT: Final = re.compile(rf"[\u4e00-\u9fff]?(?:{_AGENCY_SUFFIX}|政府)")
_CJK_WORD: Final = re.compile(r"[\u4e00-\u9fff]+")
CUT: Final = ""  # the agency of a title whose name a PDF's text wrapped where it cannot be put together again


def _name_end_at(head: str, start: int, pre: str) -> str | None:
    """The end of a name `pre` (printed at `start`) begins its line with, where a PDF's text wrapped the
    title inside its agency's name: two characters at most, or one and how a name ends (处, 公室, 民政府,
    区人民政府); else None."""
    lead = len(pre) - len(pre.lstrip(" \t#*|"))  # a Markdown heading's #, a cell's |
    line = head.rfind("\n", 0, start) + 1
    tail = pre[lead:].strip().removesuffix("关于")  # a letter's title: 湾亭区人 / 民政府关于2021年…
    if head[line:start].strip(" \t#*|") or not _CJK_WORD.fullmatch(tail) or _NOT_A_NAME.match(tail):
        return None
    return tail if len(tail) <= 2 or _FRAGMENT.fullmatch(tail) else None


def _rejoined(head: str, before: str, tail: str) -> str | None:
    """The agency a PDF's text wrapped before `tail` (湾亭区人民 / 政府2022年…): the longest end of the line
    `before` it that, with `tail`, makes a name the text prints whole elsewhere; `CUT` where none does; None
    where the line before ends in a label's value (来源：…), no title's agency."""
    if _VALUE_WRAPPED.search(before[-40:]):
        return None  # a label's value wrapped (来源：测试市大数 / 据局): the page's source, no title's agency
    if (last := _LAST_WORD.search(before.rstrip(" \t#*|")[-24:])) is None:
        return CUT
    word = last.group().rstrip()
    whole = (word[k:] + tail for k in range(len(word)))
    return next((n for n in whole if _ENDS_AS_AGENCY.search(n) and not _FRAGMENT.fullmatch(n) and n in head), CUT)


# A page's 来源 that names no body, whole as printed: the site itself, the press, a reprint
_WHOLE_SOURCE: Final = re.compile(
    r"(?:本|我)(?:网|站|网站)|原创|转载|综合|[\u4e00-\u9fff]{0,8}(?:日报|晚报|新闻网|电视台)"
)
# a label's value wrapped at a line's end: after its colon, or after a space (a catalog's cells: 信息来源 宁)
_VALUE_WRAPPED: Final = re.compile(rf"{_FIELD_LABEL}(?:[ \t]*[:：]|[ \t])[ \t]*[\u4e00-\u9fff]+[ \t\n]*\Z")


def _own_title(text: str, matches: list[re.Match[str]]) -> re.Match[str] | None:
    """The report's own title among several a page prints (its own, and in a sidebar, a related-links
    list or 上一篇/下一篇 those of other years' and agencies' reports): not one printed after a link's
    mark, and of those the one whose year the report's period (or its commonest year) is and whose
    agency the text names again outside any title; the first of equals. Where several are left, or
    the one left runs on after the links on their line (a page's textContent), the body must bear
    it out."""
    agencies = {m.start(): _title_agency(text, m) for m in matches}
    if len({(agencies[m.start()], m.group("year")) for m in matches}) == 1:
        return matches[0]  # one title printed more than once (a crawler's header, the page, the body)
    spans = [m.span() for m in matches]
    outside = _pieces(text, [0, *(i for span in spans for i in span), len(text)])
    own, linked = [], False  # linked: the titles so far on this line are links
    for i, m in enumerate(matches):
        line = text.rfind("\n", 0, m.start()) + 1
        after_link = linked and i > 0 and spans[i - 1][1] >= line and not text[spans[i - 1][1] : m.start()].strip()
        marked = _LINK_MARK.search(text, max(line, spans[i - 1][1] if i else 0), m.start("year")) is not None
        linked = marked or after_link
        if not marked:
            own.append((m, after_link))

    # the text without any report's title (上一篇：… too): the words before each report name cut out
    cuts = [0] + [i for m in _title_ends(outside, 0, len(outside)) for i in (max(0, m.start() - _TITLE_WORDS), m.end())]
    plain = _pieces(outside, [*cuts, len(outside)])

    foreign = {a: _foreign(a, plain) for a in {agencies[m.start()] for m, _ in own}}  # titles print few agencies
    if any(foreign[agencies[m.start()]] for m, _ in own) and _PLACES_BODY.search(plain):
        own = [(m, a) for m, a in own if not foreign[agencies[m.start()]]]  # the text names bodies, not theirs
    if own and not any(a for _, a in own) and len({(agencies[m.start()], m.group("year")) for m, _ in own}) == 1:
        return own[0][0]  # its own title, printed more than once, beside links to other reports
    if not own:
        return None  # only links
    year = find_year(outside, None, find_period(outside)[0])  # read only where titles are weighed

    printed = Counter(agencies[m.start()] for m, _ in own)  # how many titles name each
    named = {a: _named(a, plain) for a in printed}
    in_full = {a: _in_full(a, plain, agencies.values()) for a in printed}

    def score(m: re.Match[str]) -> tuple[int, bool, int]:  # of agencies named alike, one named in full wins,
        agency = agencies[m.start()]  # then the one more titles name
        return 2 * (int(m.group("year")) == year) + named[agency], in_full[agency], printed[agency]

    if year is not None and all(int(m.group("year")) != year for m, _ in own):
        return None  # other years' reports a page lists, its own title in a form none of them is (…2021年度报告)
    best = max(own, key=lambda o: score(o[0]), default=None)
    if best is None or (not named[agencies[best[0].start()]] and (best[1] or len(own) > 1)):
        return None  # only links, or titles none of whose agencies the body names
    top, agency = score(best[0]), agencies[best[0].start()]

    def rival(m: re.Match[str]) -> bool:  # as likely its own, or its own printed without an agency (as often)
        other = agencies[m.start()]
        if other is None:  # not a catalog field's title (发文机关：…2008年…), whose agency is unknown, not none
            labelled = _HOLDS_FIELD.search(m["pre"]) or _AFTER_FIELD.search(text, max(0, m.start() - 10), m.start())
            listed = _listed(text, best[0].start()) and printed[None] >= top[2]  # the best a list's item
            return not labelled and m["year"] == best[0]["year"] and (not top[1] or listed)
        return other != agency and score(m) == top

    if any(rival(m) for m, _ in own):
        return None  # which title is its own is unknown
    return best[0]


def _foreign(agency: str | None, plain: str) -> bool:
    """Whether `plain` (a text outside any title) names none of the places the agency's name starts with: its
    kind of body maybe (交通运输局), another place's (宁德市交通运输局, a link's)."""
    place = found.group() if agency and (found := _PLACES.match(agency)) else ""
    return bool(place) and not any(place[i : i + 2] in plain for i in range(len(place) - 1))


def _named(agency: str | None, plain: str) -> bool:
    """Whether `plain` names the agency, in full or in a short form (金川区 for 金昌市金川区人民政府): a third of
    its character pairs, generic ones (人民政府, 办公室) aside."""
    pairs = {agency[i : i + 2] for i in range(len(agency) - 1)} - _GENERIC_PAIRS if agency else set()
    return bool(pairs) and 3 * sum(p in plain for p in pairs) >= len(pairs)


def _in_full(agency: str | None, plain: str, agencies: Iterable[str | None]) -> bool:
    """Whether `plain` names the agency in full, not only inside a longer one of `agencies` (湾亭区人民政府 in
    湾亭区人民政府办公室)."""
    if not agency:
        return False
    longer = {a for a in agencies if a and a != agency and agency in a}
    return plain.count(agency) > sum(plain.count(a) for a in longer)


def _pieces(text: str, bounds: list[int]) -> str:
    """text[bounds[0]:bounds[1]], text[bounds[2]:bounds[3]], … one line apart."""
    return "\n".join([text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)])


_LIST_HEAD: Final = re.compile(r"相关链接|相关文章|相关阅读|往年年报|历年年报")


def _listed(text: str, start: int) -> bool:
    """Whether the title at `start` is an item of a list a page prints: the line above it its heading
    (相关链接) or another item (a link's mark, a report's title)."""
    above = text[: max(text.rfind("\n", 0, start), 0)].rstrip().rsplit("\n", 1)[-1].strip(" \t#*|")
    return bool(_LIST_HEAD.fullmatch(above) or _LINK_MARK.match(above) or above.endswith("报告"))


def _title_ends(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Each report name in text[start:end] a title ends with, in order."""
    first, other = ([*p.finditer(text, start, end)] for p in _TITLE_ENDS)
    return sorted(first + other, key=_start) if other else first


def _start(m: re.Match[str]) -> int:
    return m.start()


def _titles(head: str, end: int) -> list[re.Match[str]]:
    """The report titles in head[:end], each looked for only just before a report name (报告), and there
    matched from the first place a title can begin, told by each year that leads on to the name: where
    `_TITLE.search` finds it, without trying every place before."""
    out: list[re.Match[str]] = []
    for name in _title_ends(head, 0, end):
        lo = max(out[-1].end() if out else 0, name.start() - _TITLE_REACH)
        years = (y.start() for y in _YEAR_START.finditer(head, lo, name.end()))
        starts = [_title_start(head, lo, y) for y in years if _leads_to(head, y, name.end())]
        # no title prints the report's name before its year too: that is a title whose year follows the name
        # (…政府信息公开工作2021年度报告, …年度报告（2021年）), the report's name after it another's or a field's
        if (
            starts
            and (m := _TITLE.match(head, min(starts), name.end()))
            and m.end() == name.end()
            and not _OTHER_NAME.search(m.group("pre"))
            and not _CITED_ON.match(head, name.end())
            and not (_NAME_BEFORE_YEAR.search(m.group("pre")) and "\n" not in head[m.end("pre") : m.start("year")])
        ):
            out.append(m)
    return out


def _leads_to(head: str, year: int, end: int) -> bool:
    """Whether the year at `year` leads on to the report's name that ends at `end`, not to one before it
    (the name of a document the prose cites, a line above the title)."""
    m = _TITLE_FROM_YEAR.match(head, year, end)
    return m is not None and m.end() == end


# a document the report cites (《…关于做好2018年政府信息公开工作年度报告编制发布有关事项的通知》): its name runs
# on from the report name to the closing mark
_CITED_ON: Final = re.compile(r"[^《》\n。；;]{1,60}》")
_NAME_BEFORE_YEAR: Final = re.compile(r"(?:信息公开工作|报告)[ \t]*[（(]?[ \t]*\Z")


# up to the last mark that ends a clause, read back from the end of the greedy run
_TO_LAST_CLAUSE_MARK: Final = re.compile(rf"[\s\S]*[{_CLAUSE_MARKS}]")


def _title_start(head: str, lo: int, year: int) -> int:
    """The first place from `lo` that a title whose year begins at `year` can begin: at most 40 characters
    of a clause, then the white space before the year."""
    space = lo + len(head[lo:year].rstrip())
    first = max(lo, space - 40)
    last = _TO_LAST_CLAUSE_MARK.match(head, first, space)  # after the last mark, one match for all of them
    return last.end() if last else first


_NUMERAL_DIGIT: Final = rf"[{ZERO}一二三四五六七八九]"  # a year's digit in Chinese numerals
# A year spelt in Chinese numerals (二〇二四年) or letter-spaced (2 0 2 4 年), as a title may print it
_SPELT_YEAR: Final = re.compile(  # its first character consumed, so the engine skips to where one stands
    rf"[一二12](?:(?<=[一二]){_NUMERAL_DIGIT}{{3}}|(?<=[12])(?<!\d.)(?:[ \t]+\d){{3}})(?=\s*年)"
)


# What stands before the 年 of every spelt year: the year in numerals or a digit after a space, then at most one
# white space — or two white spaces. A text with none (2024年, 2024 年) is left as it is, without the slower
# search for the years themselves.
_NUMERAL_YEAR: Final = rf"[一二]{_NUMERAL_DIGIT}{{3}}"
_SPELT_YEAR_END: Final = re.compile(
    rf"年(?:(?<={_NUMERAL_YEAR}年)|(?<={_NUMERAL_YEAR}\s年)|(?<=[ \t]\d年)|(?<=[ \t]\d\s年)|(?<=\s\s年))"
)


def _year_in_digits(m: re.Match[str]) -> str:
    """The spelt year in digits, as long as it was printed (white space after them), so offsets hold."""
    spelt = m.group()
    year = "".join(spelt.split()) if spelt[0].isdigit() else str(cn_number(spelt))
    return year.ljust(len(spelt)) if re.fullmatch(r"(?:19|20)\d\d", year) else spelt


def find_title(text: str) -> tuple[str | None, int | None]:
    """(agency, year) from the report's title near the top; its year may be spelt (二〇二四年), or follow
    the report's name (…政府信息公开工作年度报告（2021年）, …政府信息公开工作2021年度报告)."""
    head = text[:3000]
    if _SPELT_YEAR_END.search(head):
        head = _SPELT_YEAR.sub(_year_in_digits, head)
    first = _FIRST_SECTION.search(head)  # a title-like phrase after it (an attachment's name) is not the title
    end = first.start() if first else len(head)
    matches = _titles(head, end)
    m = matches[0] if len(matches) == 1 else _own_title(text, matches) if matches else None
    if m is None:
        return _title_year_after(head, end)
    agency: str | None = _title_agency(head, m)
    year = int(m.group("year"))
    if len(matches) > 1 or agency is None:  # read once for both tests below
        after, after_year = _title_year_after(head, end)
        if len(matches) > 1 and after_year == year and after != agency:
            # titles a page links to, and its own perhaps with its year after the report's name: two titles of
            # its year naming different agencies, or one none: which is unknown
            return CUT, year
        if agency is None and after_year == year and after:
            agency = after  # a title without its agency: a catalog's 名称 may name it (名称：XX局…2021年度报告)
    return agency, year


# A title whose year follows the report's name, on a line of its own or after another's (links a page's text
# runs together), or as a catalog's 名称 run together with its other fields (名称：…工作2021年度报告发布日期：…),
# or run into another field's value (所属机构：XX局政府信息…): …政府信息公开工作年度报告（2021年）,
# …政府信息公开工作2021年度报告.
_YEAR_AFTER: Final = re.compile(
    rf"(?:^[ \t|#*]*|(?<=报告)[ \t]*|(?:名称|标题|题目|(?P<field>{_FIELD_LABEL}))[ \t]*[:：][ \t]*)"
    rf"(?P<pre>[^\n。:：，,；;（(]{{0,40}}?{_OTHER_NAMES})(?:政府|政务)?\s*"
    rf"(?:{_TITLE_NAME}\s*[（(]\s*(?P<y1>(?:19|20)\d{{2}})\s*年\s*度?\s*[)）]"
    r"|信\s*息\s*公\s*开\s*工\s*作\s*(?P<y2>(?:19|20)\d{2})\s*年\s*度\s*报\s*告)"
    rf"(?:[ \t|*]*$|[ \t]*(?={_FIELD_LABEL}|[\u4e00-\u9fff]{{2}}日期|索引号))",
    re.MULTILINE,
)


# (each form its own pattern, which begins with a plain character that the engine skips to at once: an
# alternation of them is skipped to by a class, a test at every character)
_BRACKETED_YEAR: Final = r"\s*(?:19|20)\d{2}\s*年\s*度?\s*[)）]"  # after its opening bracket
_YEAR_AFTER_GATES: Final = tuple(
    re.compile(p) for p in (*(re.escape(b) + _BRACKETED_YEAR for b in "（("), r"作\s*(?:19|20)\d{2}\s*年\s*度\s*报")
)


def _title_year_after(head: str, end: int) -> tuple[str | None, int | None]:
    """(agency, year) of a title whose year follows the report's name (`_YEAR_AFTER`), or (None, None)."""
    # its year as such a title prints it, the first of any form: the slow search only then
    gate = min((g.start() for p in _YEAR_AFTER_GATES if (g := p.search(head, 0, end))), default=-1)
    m = _YEAR_AFTER.search(head, max(0, gate - 120), end) if gate >= 0 else None
    if m is None:
        return None, None
    year = int(m.group("y1") or m.group("y2"))
    if m.group("field"):
        return None, year  # a field's value run into the title: whose name is unknown
    if (tail := _name_end_at(head, m.start("pre"), m.group("pre"))) is not None:
        return _rejoined(head, head[: m.start("pre")], tail), year
    agency = clean_agency(m.group("pre").strip())
    line = head.rfind("\n", 0, m.start("pre")) + 1
    if agency is not None and line and not head[line : m.start("pre")].strip(" \t#*|"):
        return _wrapped_before(head, head[:line], agency), year  # 兰 / 乐区人民政府政府信息公开工作2010年度报告
    return agency, year


def find_year(text: str, title_year: int | None, period_start: str | None) -> int | None:
    if title_year:
        return title_year
    if period_start:
        return int(period_start[:4])
    m = _PERIOD_END_YEAR.search(text)
    if m:
        return int(m.group(1))
    counts = Counter(int(y) for y in _YEAR_WORD.findall(text, 0, 20000) if 2007 <= int(y) <= 2100)
    return counts.most_common(1)[0][0] if counts else None


# --- published: the page's own date, from its labels or its meta tags -----------------------------

# A label (the two characters before 时间/日期 say which one), its colon and whatever separates it from its
# value in a header line, a table row or a cell per line.
# Its two characters may be a line apart where a PDF's text wrapped a catalog (公开日 / 期 2024年3月12日), and
# so may it and its colon (发布日期 / ：2024年3月12日).
_PUB_LABEL: Final = re.compile(
    r"(?:时(?:[ \t]*\n\s*)?间|日(?:[ \t]*\n\s*)?期)(?P<colon>[ \t|]*(?:\n[ \t]*)?[:：])?[ \t|]*(?:\n[ \t|]*){0,2}"
)
_CJK_TAIL: Final = re.compile(r"[\u4e00-\u9fff]{0,2}\Z")  # \Z: a line break before the label is no word
_PUB_WORDS: Final = ("发布", "公开", "公布", "上网")
_MADE_WORDS: Final = ("成文", "印发", "发文")  # the document's date, not the page's
_NAME_ENDS: Final = "府局室会区县市镇乡委办厅心处道站所院"  # 来源：某某人民政府时间：… glued by a page's textContent
_TITLE_TAILS: Final = ("报告", "年报")  # …年度报告日期：2020年2月28日 — the title glued before a bare label
_RANGE: Final = re.compile(r"\s*(?:起|开始)?\s*(?:至|到|—|~|～)")
# the next line goes on with the day's digits (not a heading's number, 1．, nor a year, 2021年)
_WRAPPED_DIGITS: Final = re.compile(r"[ \t]*\n[ \t]*\d{1,2}(?![\d.．、,，)）:：年月日-])")
_PAGE_HEAD, _PAGE_FOOT = 3000, 2000


def _pub_labels(text: str, lo: int, hi: int) -> Iterator[tuple[re.Match[str], str]]:
    """Each label in text[lo:hi] and the words before it: the two characters before its 时间/日期 on its
    line, or where it or its second character begins a line, those that end the line above if they make
    a label of it (公开 / 日期, 公 / 开日期: the label wrapped). Found from each 间 and 期 (str.find, far
    quicker than re in Chinese text), in order."""
    starts = []
    for head, tail in (("时", "间"), ("日", "期")):
        for i in finds(text, tail, lo + 1, hi):
            j = i
            while j > lo and text[j - 1].isspace():  # the label's two characters a line apart
                j -= 1
            if text[j - 1] == head and (j == i or "\n" in text[j:i]):
                starts.append(j - 1)
    for at in sorted(starts):
        if m := _PUB_LABEL.match(text, at, hi):
            pre = _CJK_TAIL.search(text, max(0, m.start() - 2), m.start())
            words = pre.group() if pre else ""
            if not words and (above := _WORDS_ABOVE.search(text, max(0, m.start() - 8), m.start())):
                words = above.group(1) if _label_rank(above.group(1), False) is not None else ""
            elif len(words) == 1 and (above := _WORD_ABOVE.search(text, max(0, m.start() - 9), m.start() - 1)):
                words = above.group(1) + words if _label_rank(above.group(1) + words, False) is not None else words
            yield m, words


_WORDS_ABOVE: Final = re.compile(r"([\u4e00-\u9fff]{2})[ \t]*\n\s*\Z")  # a line's last words, empty lines after it
# … its last word, of a label wrapped in it (公 / 开日期)
_WORD_ABOVE: Final = re.compile(r"([\u4e00-\u9fff])[ \t]*\n\s*\Z")


def _label_rank(pre: str, colon: bool) -> int | None:
    """0 for 发布时间 and its kin, 2 for a bare 时间/日期 or a catalog's 生成日期 (the page's own date where it
    prints no 发布日期; a bare one with a colon glued after a name or a title too), 3 for 成文日期 and its kin;
    None for 统计时间, 填报日期 …"""
    if pre.endswith(_PUB_WORDS):
        return 0
    if pre in _MADE_WORDS:
        return 3
    if not pre or pre == "生成" or (colon and (pre[-1] in _NAME_ENDS or pre.endswith(_TITLE_TAILS))):
        return 2
    return None


# What may follow a byline's date up to its source label or its closing bracket: a time of day, spaces.
_BYLINE_TAIL: Final = re.compile(rf"{TIME_OF_DAY}[ \t]*")


def _byline_dates(text: str, hi: int) -> Iterator[tuple[int, str]]:
    """Dates a page's byline prints without a label in text[:hi]: first on the line of a 来源 label
    (2021-03-05 来源：…), or straight after the report's title where the page's lines ran together
    (…年度报告2022年03月02日 来源：…), or alone in brackets ([ 2021-03-05 ]); each with where it starts."""
    for word, close in (("来源", ""), ("[", "]")):
        at = text.find(word, 0, hi)
        while at >= 0:
            line = text.rfind("\n", 0, at) + 1
            start = line if close == "" else at + 1
            while text.startswith((" ", "\t"), start):
                start += 1
            found = date_at(text, start) if start < at or close else None
            if found is None and close == "":
                found = _after_title(text, line, at)
                start = found[0].start() if found else start
            tail = _BYLINE_TAIL.match(text, found[0].end()) if found else None
            stop = tail.end() if tail else -1
            if found and (stop == at if close == "" else text.startswith(close, stop)):
                yield start, found[1].isoformat()
            at = text.find(word, at + 1, hi)


def _after_title(text: str, line: int, at: int) -> tuple[re.Match[str], date] | None:
    """The last date before a 来源 label at `at` on its line that the report's title runs straight into
    (…工作年度报告2022年03月02日 来源：), else None."""
    last = None
    for m, d in find_dates(text, max(line, at - 60), at):
        last = (m, d)
    if last is None or not text[max(line, last[0].start() - 4) : last[0].start()].endswith(_TITLE_TAILS):
        return None
    return last


# A catalog's field name (the words its names end with), alone on its line (a table's cell), and the cells
# of a line of a table, `|` or white space between them
_FIELD_NAME: Final = (
    r"[\u4e00-\u9fff]{0,6}(?:分类|机关|机构|部门|标题|名称|文号|字号|日期|时间|范围|方式|形式|时限|来源|索引号|有效性"
    r"|主题词|关键[词字])"
)
_FIELD_LINE: Final = re.compile(rf"[ \t|]*{_FIELD_NAME}[ \t]*[:：]?[ \t|]*")
_FIELD: Final = re.compile(rf"{_FIELD_NAME}[:：]?")
_CELL: Final = re.compile(r"[^\s|]+")
_RULE_CELL: Final = re.compile(r":?-+:?")


def _column_value(text: str, start: int, end: int) -> int:
    """Where the value of the label matched at text[start:end] starts: straight after it, unless a catalog
    printed column by column puts it alone on its line among other field names (成文日期 / 公开范围 / 生成日期
    / 发布日期, then 2009/2/12 / 面向社会 / 2009-02-15 / 2009年2月22日): then the line that is as far into
    the values after them as it is into the names; or in a row of names over a row of values (`_row_value`)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start)
    if last < 0:
        return end
    if not _FIELD_LINE.fullmatch(text, first, last):
        return _row_value(text, first, last, start, end)
    lines = text[:first].rsplit("\n", 12)[-12:-1], text[last + 1 :].split("\n", 24)[:24]
    above = 0
    for line in reversed(lines[0]):
        if not line.strip() or not _FIELD_LINE.fullmatch(line):
            break
        above += 1
    below = 0
    while below < len(lines[1]) and lines[1][below].strip() and _FIELD_LINE.fullmatch(lines[1][below]):
        below += 1
    if above + below == 0:
        return end
    at = last + 1 + sum(len(line) + 1 for line in lines[1][:below])
    values = lines[1][below:]
    while values and not values[0].strip():
        at += len(values.pop(0)) + 1
    if len(values) <= above or not all(v.strip() for v in values[: above + below + 1]):
        return end
    at += sum(len(line) + 1 for line in values[:above])
    return at + len(values[above]) - len(values[above].lstrip(" \t|"))


def _row_value(text: str, first: int, last: int, start: int, end: int) -> int:
    """Where the value of the label at `start` on the line text[first:last] starts where the line is a row of
    field names alone and the next line that holds any text a row of as many values (`| 印发日期 有效性 发布机构
    发布日期 |` over `| 2023年1月9日 有效 清阳县人民政府 2023年01月13日 |`): the one under it; else `end`."""
    names = list(_CELL.finditer(text, first, last))
    if len(names) < 2 or not all(_FIELD.fullmatch(m.group()) for m in names):
        return end
    at = last + 1  # the next line that holds a cell but a Markdown table's rule's (`| --- |`)
    while (stop := text.find("\n", at)) >= 0 and all(_RULE_CELL.fullmatch(c) for c in _CELL.findall(text, at, stop)):
        at = stop + 1
    values = list(_CELL.finditer(text, at, stop if stop >= 0 else len(text)))
    if len(values) != len(names):
        return end
    return next((v.start() for m, v in zip(names, values, strict=True) if m.start() <= start < m.end()), end)


def find_published(text: str, hints: dict[str, str]) -> str | None:
    """The page's published date: a 发布日期/发布时间 label, else the page's meta tag, else a bare
    时间/日期 label, a 生成日期 or a byline's date, else 成文日期. Dates in the prose are never taken for
    it, nor a lesser label's where a better one prints a date that cannot be read (2 024年: a wrapped line)."""
    ranked: list[tuple[int, int, str]] = []
    unread = 3  # the best rank of a label whose date cannot be read
    foot = max(_PAGE_HEAD, len(text) - _PAGE_FOOT)
    for lo, hi in ((0, min(len(text), _PAGE_HEAD)), (foot, len(text))):
        for m, pre in _pub_labels(text, lo, hi):
            rank = _label_rank(pre, bool(m.group("colon")))
            found = date_at(text, _column_value(text, m.start(), m.end())) if rank is not None else None
            if found is None and rank is not None and text[m.end() : m.end() + 1].isdigit():
                # a PDF's text wrapped inside its year, or after a month's leading 0 (20 / 16-02-26, 年 0 / 3 月)
                window = parts_rejoined(years_rejoined(text[: m.end() + 40]))
                found = date_at(window, len(window) - len(window[m.end() :].lstrip(" ")))
            if found and not is_written_out(found[0]) and _WRAPPED_DIGITS.match(text, found[0].end()):
                found = None  # 2020-02-2 / 0: a PDF's text wrapped the day, which cannot be read
            if rank is not None and found is None and text[m.end() : m.end() + 1].isdigit():
                unread = min(unread, rank)
            if rank is None or found is None or _RANGE.match(text, found[0].end()):  # 时间：1月1日至12月31日
                continue
            ranked.append((rank, m.start(), found[1].isoformat()))
    ranked += ((2, at, iso) for at, iso in _byline_dates(text, min(len(text), _PAGE_HEAD)))
    if hints.get("published"):
        ranked.append((1, 0, hints["published"]))
    best = min(ranked, default=None)
    return best[2] if best and (best[0] <= unread or best[0] == 1) else None


# --- signed: the date under the signature ----------------------------------------------------------

_ENDS: Final = "。！？!?；;"
# What may precede a signature's date on its line: nothing, a sentence's end (the signature glued to the
# last sentence; a full stop typed as `.`), or the agency's name after either, after a space, or after the
# note of an attachment that ends in its table (附：统计表XX镇人民政府2017年12月31日, the lines run together).
_SIGN_BEFORE: Final = re.compile(
    rf"(?:(?:^|[{_ENDS}]|(?<!\d)\.)[ \t]*(?:(?P<a>{_AGENCY_NAME}){_SEAL})?|[ \t](?P<b>{_AGENCY_NAME}){_SEAL}"
    rf"|附[:：][^\n。]{{0,30}}?表(?P<c>{_AGENCY_NAME}){_SEAL})[ \t]*$",
    re.MULTILINE,
)
# What may follow it: the line's end, an attachment (numbered as the section after the last: 六、附件; a
# Markdown heading's or bold marks before it, the lines run together: …2014年1月6日## 附件), a 统计表's title,
# a page's footer; or the agency's name before the line's end, an attachment or a footer (2023年1月7日XX局:
# a page's text glued the lines of a signature that prints it after the date).
_ANNEX: Final = rf"[#*]*[ \t]*(?:[{NUMERALS}]{{1,2}}[、.．][ \t]*)?(?:附件|附表|附录|附[:：])"
_ANNEX_LINE: Final = re.compile(rf"^{_ANNEX}", re.MULTILINE)  # a line the attachments begin with
# the pages' - 2 -- 3 - to the line's end
_FOOTERS_TO_LINE_END: Final = r"(?:[-—–]{1,2}[ \t]*\d{1,4}[ \t]*[-—–]{1,2}[ \t]*)+$"
_SIGN_AFTER: Final = re.compile(
    rf"[ \t]*(?:(?P<after>{_AGENCY_NAME}){_SEAL}[ \t]*(?=$|{_ANNEX}|{PAGE_FOOTER}|{_FOOTERS_TO_LINE_END})"
    rf"|$|{_ANNEX}|[（(]此件|指标名称|{_FOOTERS_TO_LINE_END}"
    r"|[^。，,；;:：\n]{0,40}?公开[^。，,；;:：\n]{0,20}?(?:统计表|情况表|一览表)"
    rf"|{PAGE_FOOTER})",
    re.MULTILINE,
)
_CONTINUES: Final = re.compile(r"\s*(?:[。，,；;、：:）)]|[至起到止前后以])")  # the sentence goes on after the date
_BREAKS_OFF: Final = re.compile(r"(?:[，,、：:（(]|[自从于在至到截为])[ \t]*$")  # the line above stops mid-sentence
_SIGN_LOOKBACK: Final = 60
_WORD_START: Final = re.compile(r"[\u4e00-\u9fff]{1,10}[ \t]*\Z")  # the end of a name wrapped onto a date's line


def _signature_at(text: str, m: re.Match[str]) -> tuple[bool, str | None]:
    """Whether the date matched at `m` is a signature's, and the agency printed with it if any."""
    # what follows the date is read first: it rules out most dates (those in the prose) without the slower
    # search for what precedes it
    if _CONTINUES.match(text, m.end()) or (after := _SIGN_AFTER.match(text, m.end())) is None:
        return False, None
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = _SIGN_BEFORE.search(text, max(line_start, m.start() - _SIGN_LOOKBACK), m.start()) or _wrapped_name(
        text, line_start, m.start()
    )
    if before is None:
        return False, None
    if after.group("after"):
        return True, clean_agency(after.group("after"))
    if not text[line_start : m.start()].strip():  # alone on its line: the line above must not break off
        prev = line_start  # where the text before ends, less a line of a `|` alone (a table's cell per line)
        while prev and text[prev - 1] in " \t\n|":  # (not sliced off the text: its end is all that is read)
            prev -= 1
        above = text[text.rfind("\n", 0, prev) + 1 : prev]
        if _BREAKS_OFF.search(text[max(0, prev - 20) : prev]) or _LINK_MARK.match(above.lstrip()):  # nor a link
            return False, None
        if above.rstrip(" \t|:：").endswith(("日期", "时间")):  # nor a label's (a catalog's 生成日期): its value
            return False, None
        am = _AGENCY_LINE.match(above)
        return True, clean_agency(am.group(1)) if am else None
    return True, clean_agency(before.group("a") or before.group("b") or before.group("c"))


def _wrapped_name(text: str, line_start: int, at: int) -> re.Match[str] | None:
    """What precedes a signature's date at `at` where a PDF's text wrapped the agency's name before it onto
    the date's line (…事项。XX街道办 / 事处 2024年3月11日): the line above and the date's, joined, as
    `_SIGN_BEFORE` reads them; None where the date's line holds no word of a name before it."""
    if not line_start or not _WORD_START.match(text, line_start, at):
        return None
    joined = text[max(0, line_start - _SIGN_LOOKBACK) : line_start - 1].rsplit("\n", 1)[-1] + text[line_start:at]
    return _SIGN_BEFORE.search(joined)


def find_signed(text: str) -> tuple[str | None, str | None]:
    """(date, agency) of the signature: the last 年月日 date printed as a signature prints it — alone on
    its line or after the last sentence, under or after the agency's name, before the attachments. A
    report signed with none, not even once a year wrapped inside its digits is put back (…事项。XX镇人民政府 2
    / 025 年 2 月 3 日), is read for a 2021-03-21 signature (see `_signed_in_digits`), its year put back too
    (XX镇人民政府 2 / 024.1.26); in the text before its attachments where none closes the whole text (the
    prose a page prints under its 统计表: 全年接待群众来访334人次。)."""
    found = _signed_written(text)
    rejoined = text if found else years_rejoined(text)
    if found is None and rejoined is not text:
        found = _signed_written(rejoined)
    if found:
        return found
    signed = _signed_in_digits(rejoined)
    if signed[0] is None and (annex := _annex_start(rejoined)) >= 0:
        signed = _signed_in_digits(rejoined[:annex])
    return signed


def _annex_start(text: str) -> int:
    """Where the first line the attachments begin with starts, or where they begin glued to the date before
    them (…岚河县人民政府2009-01-27附件：…, the lines run together), or -1: found from each 附, the character
    every such line holds, not tried at every line's start."""
    at = text.find("附")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if (m := _ANNEX_LINE.match(text, line)) is not None and m.end() > at:
            return line
        if at and "0" <= text[at - 1] <= "9" and _ANNEX_AT.match(text, at):
            return at
        at = text.find("附", at + 1)
    return -1


_ANNEX_AT: Final = re.compile(_ANNEX)  # attachments' first words, wherever they begin


def _signed_written(text: str) -> tuple[str, str | None] | None:
    """(date, agency) of the last 年月日 date printed as a signature prints it, or None."""
    for m, d in reversed(list(find_written_dates(text))):  # the last that is one: the earlier left unread
        ok, agency = _signature_at(text, m)
        if ok:
            return d.isoformat(), agency
    return None


_SENTENCE_MARKS: Final = "。！？!?"


def _signed_in_digits(text: str) -> tuple[str | None, str | None]:
    """(date, agency) of the last 2021-03-21, 2021.3.21 or 2021/03/21 date printed as a signature, that no
    sentence follows: under or after the name of an agency the text names before (in its title) or that
    ends the text; or with no agency, straight after the last sentence and ending the report (see
    `_closes_the_report`). A page prints its date so in a byline above the text, where the text follows,
    or beside each link it lists, under the link's title."""
    last_sentence = _last_sentence_end(text)
    # a date that a sentence follows is none: only those that end after the last are read (at most nineteen
    # characters), the last first
    for m, d in reversed(list(find_digit_dates(text, max(0, last_sentence - 18)))):
        if m.end() <= last_sentence:
            continue
        ok, agency = _signature_at(text, m)
        if not ok:
            continue
        if agency and (
            text.count(agency, 0, m.start()) > 1
            or _ends_the_text(text, last_sentence, m)
            or _closes_the_report(text, last_sentence, m, agency)
        ):
            return d.isoformat(), agency
        if not agency and _closes_the_report(text, last_sentence, m):
            return d.isoformat(), None
    return None, None


def _last_sentence_end(text: str) -> int:
    """Where the text's last sentence ends (its mark), or -1: a full stop after a number is a table cell's
    (a 统计表 after the signature filled `34。`), no sentence's."""
    # each mark's last place is found once, and again before it only where it was a cell's: not every mark's
    # again from each cell's (a mark the text never prints is otherwise looked for through all of it each time)
    lasts = [text.rfind(mark) for mark in _SENTENCE_MARKS]
    while (at := max(lasts)) > 0 and text[at - 1].isdigit():
        lasts[lasts.index(at)] = text.rfind(text[at], 0, at)
    return at


# What may follow a signature's date that closes the report: the text's end, or (on its line or a line below)
# the report's attachments or the page's footer (【打印本页】, 发布时间：…), a Markdown heading's marks before them.
_REPORT_CLOSED: Final = re.compile(rf"\s*(?:\Z|[#* \t]*(?:附件|附表|附录|附[:：]|{PAGE_FOOTER}))")
_PAGE_END_NEXT: Final = re.compile(rf"\s*[#* \t]*(?:{PAGE_END})")
# 2023-02-23 / 杉临市水利局, its seal's place after it or not (empty lines between where each line is a paragraph)
_NAME_UNDER: Final = re.compile(rf"[ \t]*\n(?:[ \t]*\n)*[ \t#*]*({_AGENCY_NAME})[ \t*]*{_SEAL}[ \t]*$", re.MULTILINE)


def _closes_the_report(text: str, last_sentence: int, m: re.Match[str], agency: str | None = None) -> bool:
    """Whether the date `m` closes the report as a signature that leaves out the agency's name, or prints on
    the line under the date a name the text printed before (its title's), or that `agency` (its name on the
    line above) signs, does: right after the last sentence (nothing but white space between, or that name's
    line), the text's end, attachments or the page's footer after it or after the name. Not a byline's, which
    the text follows, nor a link's, under or over the link's title."""
    under = _NAME_UNDER.match(text, m.end()) if agency is None else None
    end = under.end() if under and text.find(under[1], 0, m.start()) >= 0 else m.end()
    between = text[last_sentence + 1 : m.start()].strip()
    if between and agency is not None:  # the name's line above the date, its seal's place after it or not,
        above = _AGENCY_LINE.match(between)  # and no page's end after it (a link's name and date, 相关文章 under)
        if above is not None and clean_agency(above.group(1)) == agency and not _PAGE_END_NEXT.match(text, end):
            between = ""
    return last_sentence >= 0 and not between and _REPORT_CLOSED.match(text, end) is not None


def _ends_the_text(text: str, last_sentence: int, m: re.Match[str]) -> bool:
    """Whether the date `m` is the text's last words, with no page's end (相关文章, 上一篇) printed since the
    last sentence: not a date beside a link the page lists."""
    return not text[m.end() :].strip() and not PAGE_ENDS.search(text, max(last_sentence, 0), m.start())


# --- the statistical period -----------------------------------------------------------------------

_PERIOD_LABEL: Final = re.compile(r"统计(?:期限|周期|时间|区间|时限|范围)[^。\d]{0,16}?(?=\d|[〇○零一二])")
_TO: Final = re.compile(r"[^。\d]{0,8}?(?:至|到|—{1,2}|-|~|～)[ \t\n]*")  # 之日起,至
_MONTH_DAY: Final = re.compile(r"(\d{1,2})[ \t\n]*月[ \t\n]*(\d{1,2})[ \t\n]*日")


def find_period(text: str) -> tuple[str | None, str | None]:
    """The statistical period the report states (统计期限自2021年1月1日至2021年12月31日), or (None, None)."""
    for label in _PERIOD_LABEL.finditer(text, 0, 6000):
        first = date_at(text, label.end())
        to = _TO.match(text, first[0].end()) if first else None
        if first is None or to is None:
            continue
        start = first[1]
        if last := date_at(text, to.end()):
            return start.isoformat(), last[1].isoformat()
        if md := _MONTH_DAY.match(text, to.end()):  # 2024年1月1日至12月31日
            try:
                return start.isoformat(), date(start.year, int(md[1]), int(md[2])).isoformat()
            except ValueError:
                continue
    return None, None


# --- agency, level, region ------------------------------------------------------------------------


_PREPOSITIONS: Final = "在对由被把与及是给为按据"  # no place's name begins with one (从化区, 于都县, 向阳区 do)


# A body's name as the subject of a report's opening sentence after its year (2022年，湾亭区人民政府认真贯彻…,
# perhaps run on after a heading: 一、概述2022年，…): a place's body, up to the words such a sentence goes on with
# (a PDF's text wrapping the line inside the name: 2017 年，林鹿省 / 人民政府认真…).
_OPENING_VERBS: Final = (
    "认真|坚持|深入|全面|严格|紧紧|紧扣|始终|持续|不断|切实|扎实|积极|高度|进一步|按照|依照|围绕|聚焦|以习近平"
)
# (no digit before the year, read behind its first: a pattern that starts with a look-behind is tried at every place)
_AGENCY_AFTER_YEAR: Final = re.compile(
    rf"(?:1(?<!\d1)9|2(?<!\d2)0)\d{{2}}[ \t]*年度?[ \t]*[，,][ \t]*"
    rf"([\u4e00-\u9fff（）()][\u4e00-\u9fff（）()\n]{{1,30}}?{_BODY_SUFFIX})"
    rf"(?={_OPENING_VERBS})"
)
_OPENS_WITH: Final = re.compile(_OPENING_VERBS)  # what such a sentence goes on with after the body's name


def find_agency(text: str) -> str | None:
    """An agency named in the prose just before a year, else one a sentence after the report's year opens
    with (2022年，湾亭区人民政府认真贯彻落实…), when neither title nor signature names one."""
    for m in _AGENCY_BEFORE_YEAR.finditer(text, 0, 20000):
        if _TITLE.match(text, m.start(1)):
            continue  # a report's title that find_title did not take: another report's, a page links to
        if m.group(1)[0] in _PREPOSITIONS:
            continue  # a clause led by a preposition (在省办2024年…检查中), not a name
        if agency := clean_agency(m.group(1)):
            return agency
    return _opening_agency(text)


def _opening_agency(text: str) -> str | None:
    """The place's body a sentence after the report's year opens with as its subject (2022年，湾亭区人民政府
    认真贯彻落实…): the body that reports, speaking of itself (县政府办公室 names no place: none)."""
    for m in _AGENCY_AFTER_YEAR.finditer(text, 0, 20000):
        name = m.group(1).replace("\n", "")
        if _PLACES.match(name) and (agency := clean_agency(name)):
            return agency
    return None


_LEVELS: Final = (
    (re.compile(r"(?:省|自治区|^(?:北京|上海|天津|重庆)市)(?:(?:人民)?政府(?:办公厅)?)?$"), "省"),
    (re.compile(r"(?:街道办事处|街道办|街道|办事处)$"), "街道"),
    (re.compile(r"(?:区|园)(?:管理委员会|管委会)$"), "区县"),
    (re.compile(rf"(?:局|厅|委员会|委|办公室|办|署|中心|院|馆|部|{_UNIT_SUFFIX})$"), "部门"),
    (re.compile(r"(?:乡|镇|苏木)(?:人民)?(?:政府)?$"), "乡镇"),
    (re.compile(r"(?:县|区|旗)(?:人民)?(?:政府)?$|管委会$|管理委员会$|实验区$|新区$"), "区县"),
    (re.compile(r"(?:市|州|盟)(?:人民)?(?:政府)?$|地区行政公署$"), "市"),
)
_ALIAS: Final = re.compile(r"[（(][^（()）]+[)）]$")  # the second name a body prints after its first, in brackets
# A province or city, then at most one county-level place inside it (not 城市, 社区, 园区 …).
# (after the 中共 of a party body's name, 中共XX市委机构编制委员会办公室, or the national body a bureau is of,
# 国家税务总局XX市税务局)
_REGION: Final = re.compile(
    r"^(?:中共|国家[\u4e00-\u9fff]{2,8}?总局)?(.{2,}?(?:省|自治区|自治州|市|盟|地区)(?:(?!城市|社区|园区|市区|景区|辖区)[^省市县区旗]{1,8}?(?:市|县|区|旗))?)"
)


def level_of(agency: str | None) -> str | None:
    """乡镇 / 街道 / 区县 / 市 / 省 / 部门, judged from how the agency's name ends."""
    if not agency:
        return None
    name = _ALIAS.sub("", agency)  # XX市人力资源和社会保障局（XX市公务员局）: judged by its first name
    for pat, level in _LEVELS:
        if pat.search(name):
            return level
    return None


def region_of(agency: str | None) -> str | None:
    if not agency:
        return None
    m = _REGION.match(agency)
    return m.group(1) if m else None


# Where the text names a government: the words just before 人民政府/政府, from where a clause, a breadcrumb or
# a source label starts (本报告由淮安市洪泽区人民政府办公室…, 来源：XX县人民政府); the place is what follows
# the last such start among them (淮安市洪泽区).
_STARTS: Final = "\n\r\t 　，,。；;、：:（(>»›|由与向对为及和经是"
_WORDS_BEFORE: Final = re.compile(r"[\u4e00-\u9fff]{2,24}$")
# The place an agency's name starts with (洪泽区 in 洪泽区人民政府), or a kind of place alone (区 in 区财政局) —
# not the first character of a word (市场监督管理局, 县直单位).
_NAME_PLACE: Final = re.compile(
    r"^(?:[^省市县区旗局厅委办会院部府处所站室心]{1,8}?(?:市|县|区|旗)|(?:市|县|区|旗)(?![场政容民域级属直辖区县]))"
)
# 我区, 全县: the kind of place the report speaks for; a pattern for each first word, which the engine skips
# to many times faster than to any of several characters
_SPEAKS_AS: Final = tuple(re.compile(rf"{word}([市县区旗])") for word in "我本全")
_HEAD, _FOOT = 2000, 400


def name_place(agency: str | None) -> str | None:
    """The place `agency` starts with, or the kind of place alone it starts with (区财政局: 区)."""
    m = _NAME_PLACE.match(agency or "")
    return m.group() if m else None


def text_region(text: str, agency: str | None) -> str | None:
    """The region the report's text settles for an agency whose name prints none: the places its title,
    page, first lines and signature name a government of (淮安市洪泽区人民政府办公室) that end as the
    agency's name starts (洪泽区人民政府, 区财政局), or in the one kind of place the text speaks for (我区)
    when the name prints neither — when they name one place only. None otherwise."""
    end = name_place(agency)
    if end is None:
        kinds = {kind for speaks in _SPEAKS_AS for kind in speaks.findall(text, 0, 3 * _HEAD)}
        end = kinds.pop() if len(kinds) == 1 else None
    if end is None:
        return None
    found: set[str] = set()
    for area in (text[:_HEAD], text[-_FOOT:]):
        for at in _government_after(area, end):
            m = _WORDS_BEFORE.search(area, max(0, at - 25), at)
            if m is None or (m.start() and area[m.start() - 1] not in _STARTS) or not m.group().endswith(end):
                continue
            words = m.group()
            cuts = [i + 1 for i in range(len(words) - 1, 0, -1) if words[i] in _STARTS] + [0]  # the shortest first
            named = next((words[c:] for c in cuts if region_of(words[c:]) == words[c:]), None)
            if named and named.endswith(end):
                found.add(named)
    return found.pop() if len(found) == 1 else None


def _government_after(text: str, place: str) -> Iterator[int]:
    """Where each 人民政府 or 政府 right after `place` in `text` starts, but the 政府 of 政府信息 (what every
    report is about); `place` ends in 市, 县, 区 or 旗, never in 人民."""
    for name in ("人民政府", "政府"):
        at = text.find(place + name)
        while at >= 0:
            if not text.startswith("信息", at + len(place) + len(name)):
                yield at + len(place)
            at = text.find(place + name, at + 1)


# A page's 发布机构 and its kin, in a catalog before the report: the label, then its value up to white space
# or the next field's label (run together by a page's textContent).
# where a title a crawler ran a catalog's value into begins: its year, or its report's name before the year
_TITLE_HEAD: Final = r"(?:19|20)\d{2}[ \t]*年|政府信息公开工作(?:19|20)\d{2}[ \t]*年度报告"
_NEXT_FIELD: Final = rf"[\s|]|\Z|{_FIELD_LABEL}|[\u4e00-\u9fff]{{2}}日期|名称|标题|索引号|{_TITLE_HEAD}"
_PUBLISHER: Final = re.compile(rf"[ \t|]*[:：]?[ \t|]*(?:\n[ \t|]*){{0,2}}({_AGENCY_NAME})(?={_NEXT_FIELD})")


_NEXT_LINE_WORDS: Final = re.compile(r"\n[ \t]*([\u4e00-\u9fff]+)")
_RUN_INTO_TITLE: Final = re.compile(_TITLE_HEAD)
# A body's name that ends as a body's does (局, 人民政府, 办事处 …), not as a place's (福建省, 平潭县)
_ENDS_AS_BODY: Final = re.compile(rf"(?:{_BODY_SUFFIX}|政府)\Z")
_STARTS_AS_PLACE: Final = re.compile(r"[^局厅委办会院部府处所站室心]{1,8}?(?:省|自治区|市|县|区|旗|镇|乡|街道)")


def _two_names(name: str) -> bool:
    """Whether `name` may be two bodies' run together (宁德市大数据管理局湾亭区人民政府): a body's name, then
    one that starts with a place."""
    return any(_ENDS_AS_BODY.search(name, 0, k) and _STARTS_AS_PLACE.match(name, k) for k in range(3, len(name) - 1))


def find_publisher(text: str) -> str | None:
    """The body a page's catalog names as its publisher (发布机构：XX县财政局), in its first lines, its name
    ending where the next field's label or the page's title (2022年…, a crawler's glued text) begins; None
    where the name may run on over a line break (街道办 / 事处, wrapped) or be two run together before a
    title (the publisher's, then the title's agency), or where its labels name more than one body."""
    text = _rows_rejoined(text[:_PAGE_HEAD])
    head = len(text)
    named: set[str | None] = set()
    for word in ("发布机构", "发文机关", "所属机构"):
        at = text.find(word, 0, head)
        while at >= 0:
            named.add(_publisher_at(text, at + len(word), head))
            at = text.find(word, at + len(word), head)
    named.discard(None)
    return named.pop() if len(named) == 1 else None  # two bodies named: which is the report's is unknown


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a `|` row, white space stripped; None for a line that is none."""
    line = line.strip()
    return [c.strip() for c in line[1:-1].split("|")] if len(line) > 1 and line[0] == line[-1] == "|" else None


def _rows_rejoined(head: str) -> str:
    """`head` with each `|` row that a narrow column wrapped onto the lines after it put back on one line:
    a row of as many cells after it (a blank line apart perhaps, as Markdown parts paragraphs), its first
    (a label's) and some others empty, carries on the values of the cells it fills (`| 发布机构 | 枫岚区人 |
    公开方式 | 主动公开 |`, then `|  | 民政府 |  |  |`)."""
    if "|" not in head:
        return head
    out: list[str] = []
    above: list[str] | None = None  # the last row's cells, a blank line or more after it perhaps
    at = 0  # its line in `out`
    for line in head.split("\n"):
        cells = _pipe_cells(line)
        if above and cells and len(cells) == len(above) and not cells[0] and any(cells) and not all(cells[1:]):
            above = [a + b for a, b in zip(above, cells, strict=True)]
            out[at] = "| " + " | ".join(above) + " |"
            continue
        out.append(line)
        if line.strip() or cells:
            above, at = cells, len(out) - 1
    return "\n".join(out)


def _publisher_at(text: str, at: int, head: int) -> str | None:
    """The body a publisher's label names from `at`, or None (see `find_publisher`)."""
    m = _PUBLISHER.match(text, at, head)
    if m is None:
        return None
    more = _NEXT_LINE_WORDS.match(text, m.end())
    if (more and _ENDS_AS_AGENCY.search(m.group(1) + more.group(1))) or (
        _RUN_INTO_TITLE.match(text, m.end()) and _two_names(m.group(1))
    ):
        return None
    if _PUBLISHING_OFFICE.search(m.group(1)):
        return None  # the office that puts up a government's disclosures (XX政务公开办), not the body reporting
    return clean_agency(m.group(1))


_PUBLISHING_OFFICE: Final = re.compile(r"(?:政务|信息)公开")


def _whole_name(text: str, name: str, signer: str | None, hints: dict[str, str]) -> str | None:
    """The name a title's agency `name` is the end of, where a PDF's text wrapped the title inside it and
    printed other lines between (丹 / a catalog / 东省人民政府2023年…): the one name the page's title, the
    signature or the opening sentence gives in full that ends as `name` with words before it, those words
    no place's name (淮安市 of 淮安市洪泽区人民政府: a title's short form leaves it out) unless they are a
    line of their own (the title's first); `CUT` where two such names differ; else `name`."""
    # the opening sentence's subject can be a longer name only where the prose prints more before `name`
    # and goes on as such a sentence does after it
    after = len(name)
    ahead = (i for i in finds(text, name, 1, 20000) if "\u4e00" <= text[i - 1] <= "\u9fff")
    opening = _opening_agency(text) if any(_OPENS_WITH.match(text, i + after) for i in ahead) else None
    named = [find_title(hints[key])[0] for key in ("title", "article_title") if hints.get(key)]
    whole = {n for n in (*named, signer, opening) if n and n != name and n.endswith(name)}
    whole = {n for n in whole if not _PLACES.fullmatch(start := n[: -len(name)]) or _line_of(text, start)}
    return name if not whole else whole.pop() if len(whole) == 1 else CUT


def _line_of(text: str, words: str) -> bool:
    """Whether the page's head prints `words` as a line of their own (a heading's marks, a cell's bars aside)."""
    return any(line.strip(" \t#*|") == words for line in text[:_PAGE_HEAD].split("\n"))


def find_meta(text: str, hints: dict[str, str] | None = None) -> FoundMeta:
    """Everything the text says about who reports, on which year, and when. The agency is the title's,
    else the page title's (its <title>, then its ArticleTitle), else the signature's, else the page's
    publisher (its 发布机构, else its meta tag ContentSource) where a title leaves the agency out — unless the
    report's opening sentence names another as its subject (see `_opening_agency`) —, else one the prose
    names before a year. A title's agency that is the end of a name the report prints whole is that name
    (see `_whole_name`); one that is a place alone, the name the signature or the opening sentence gives
    that begins with it."""
    hints = hints or {}
    agency, title_year = find_title(text)
    for key in ("title", "article_title"):  # a page's <title>, then its ArticleTitle meta tag
        if not agency and hints.get(key):  # nor one whose name is cut off
            hint_agency, hint_year = find_title(hints[key])
            agency = hint_agency or agency
            title_year = title_year or hint_year
    signed, signer = find_signed(text)
    if agency:  # a title's agency that is the end of a name the report prints whole
        agency = _whole_name(text, agency, signer, hints)
    if agency and _PLACES.fullmatch(agency):  # a title naming a place alone (关于XX县2021年…): the body of it
        agency = next((n for n in (signer, _opening_agency(text)) if n and n.startswith(agency)), agency)
    period_start, period_end = find_period(text)
    year = find_year(text, title_year, period_start)
    # a page's publisher stands for a title that leaves its agency out, not for one whose name is cut off
    publisher = (find_publisher(text) or clean_agency(hints.get("source"))) if title_year and agency is None else None
    # the body the opening sentence speaks for is the report's where a page's publisher is another (its office)
    agency = agency or signer or (publisher and _opening_agency(text)) or publisher or find_agency(text)
    return FoundMeta(
        agency=agency,
        year=year,
        published=find_published(text, hints),
        signed=signed,
        level=level_of(agency),
        region=region_of(agency) or text_region(text, agency),
        period_start=period_start,
        period_end=period_end,
    )
