"""How report prose states the quantities the tables hold: `2012年主动公开政府信息1913条`,
`全区共收到政府信息公开申请154件`, `未收到有关政府信息公开的申请`, `1件结转下年度继续办理`.

A statement counts only when it speaks plainly for the whole report: nothing but the year and words
such as 全区, 我局, 共 may precede it in its clause, so that one office's count (`区管委会、县政府公开办
主动公开信息数为62条`), a part (`其中…`), a comparison (`较上年增加…`), a running total (`截至…累计`)
or another year's figure is never taken for the table's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from heapq import merge
from itertools import pairwise
from typing import Final

from ..meta import level_of
from ..normalize import IDEOGRAPH
from ..numbering import CN_NUMBER_CHARS, FINANCIAL, NUMERALS, cn_number
from ..patterns import digits_before

# A digit as `str.isdigit` has it: `\d` (decimal digits) and the other digits (², ①, ⑴, ❶ …).
_DIGIT: Final = (
    r"\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    r"\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43"
    r"\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a"
)
# Every run of white space the flat text drops, whole: all but those between two digits — one after a
# character that is not a digit, or one not followed by a digit. The run's first space is consumed
# first, so that the engine skips to white space.
_DROPPED: Final = re.compile(rf"\s(?:(?<![{_DIGIT}\s]\s)\s*|(?<!\s\s)\s*+(?![{_DIGIT}]))")


@dataclass(init=False)
class Flat:
    """The text with white space removed (except between two digits, but for those inside a year or a count
    a line's wrap broke in running prose), and the way back to offsets in the original."""

    source: str
    text: str
    joined: tuple[tuple[int, int], ...]  # the runs between two digits removed as well, inside a year or count
    _removed: tuple[list[int], list[int]] | None  # see `removed`, kept once asked for

    def __init__(self, source: str, text: str, joined: tuple[tuple[int, int], ...] = ()) -> None:
        """Its own `__init__`, which the compiled build compiles (a `dataclass`'s stays interpreted)."""
        self.source = source
        self.text = text
        self.joined = joined
        self._removed = None

    @classmethod
    def of(cls, text: str) -> Flat:
        flat, joined = _flattened(text, 0, len(text))
        return cls(text, flat, tuple(joined))

    @property
    def removed(self) -> tuple[list[int], list[int]]:
        """The positions in `text` after which characters were removed, and how many in all up to there."""
        if self._removed is None:
            at: list[int] = []
            gone: list[int] = []
            removed = 0
            for start, end in merge(((m.start(), m.end()) for m in _DROPPED.finditer(self.source)), self.joined):
                at.append(start - removed)
                removed += end - start
                gone.append(removed)
            self._removed = at, gone
        return self._removed

    def offset(self, i: int) -> int:
        """The offset in the original text of the flat text's character `i`."""
        at, gone = self.removed
        k = bisect_right(at, i)
        return i + (gone[k - 1] if k else 0)


def _flattened(text: str, lo: int, hi: int) -> tuple[str, list[tuple[int, int]]]:
    """text[lo:hi] as the flat text holds it (see `Flat`), what stands around it read in the whole `text`; and its runs
    between two digits removed as well. No run of white space spans a place right after a mark (a mark is no digit),
    so the flat text of a text cut at such places is their flat texts in a row."""
    words = text[lo:hi].split()  # at white space as `\s` has it, far faster than the engine drops it
    kept = {j for j, (a, b) in enumerate(pairwise(words), 1) if a[-1].isdigit() and b[0].isdigit()}
    if not kept:
        return "".join(words), []
    parts, joined, end = [], [], lo
    for j, word in enumerate(words):  # find each word after the last: the runs between two digits stay
        start = text.find(word, end)
        if j in kept and (_in_broken_year(text, start) or _wrapped(text, end, start)):
            joined.append((end, start))  # inside a year or a wrapped count: dropped as well
            parts.append(word)
        else:
            parts += [text[end:start], word] if j in kept else [word]
        end = start + len(word)
    return "".join(parts), joined


# A year a wrap or spaces broke (截至 20\n23 年底, 2 023年): its digits, white space between, then 年 at the end
_YEAR_BROKEN: Final = re.compile(r"(?:1\s*9|2\s*0)\s*[0-9]\s*[0-9]\s*年\Z", re.ASCII)
_YEAR_REACH: Final = 16  # characters before its 年 a broken year is looked for in
_YEAR_BACK: Final = 8  # characters looked back at for a digit the year's would run on from
_SPACES: Final = re.compile(r"\s+")


def _in_broken_year(text: str, start: int) -> bool:
    """Whether the word of `text` at `start` goes on with a year's digits a wrap or spaces broke: the white space
    before it is no space between two numbers. Only the 年 shortly after it are read, not every 年 of the text: a
    broken year's white space ends at most `_YEAR_REACH` characters before its 年."""
    at = text.find("年", start + 1, start + _YEAR_REACH + 1)
    while at >= 0:
        if start in _broken_year_spaces(text, at):
            return True
        at = text.find("年", at + 1, start + _YEAR_REACH + 1)
    return False


def _broken_year_spaces(text: str, at: int) -> list[int]:
    """Where the words begin that go on with the digits of the year whose 年 is at `at`, where a wrap or spaces
    broke it (截至 20 23 年底, 2 023年); not in a longer run of digits (3 20 23年)."""
    last = text[max(0, at - 4) : at]  # a year whole (2023年), or no digit or space before: none broken
    if not last or not (last[-1].isdigit() or last[-1].isspace()) or last.isdecimal():
        return []
    m = _YEAR_BROKEN.search(text, max(0, at - _YEAR_REACH), at + 1)
    if not m or text[max(0, m.start() - _YEAR_BACK) : m.start()].rstrip()[-1:].isdigit():
        return []
    return [space.end() for space in _SPACES.finditer(text, m.start(), at)]


# A count a line's wrap broke inside running prose (共收到申请12\n0件，其中…): the line before long prose with no two
# numbers apart (a table row's cells), the line after going on with the count's unit and more words
_WRAP_LINE: Final = 15  # the fewest characters besides white space the line before holds
_CELLS_APART: Final = re.compile(r"\d\s+\d")
# not a bracket closing after the unit: a 统计表 label's note wrapped (…舆情计 次 0\n1次）)
_COUNT_GOES_ON: Final = re.compile(r"\d+[^\S\n]?[件条个份宗篇项次起人][^\s）)]")


def _wrapped(text: str, end: int, start: int) -> bool:
    """Whether the white space text[end:start], between two digits, is a line's wrap inside a count in running
    prose: one line break, the line before long words of prose ending in the count's first digits, the line after
    beginning with its last digits, its unit and more words (not a table's cells, a page's number, a numbered
    item)."""
    if text.count("\n", end, start) != 1 or not _COUNT_GOES_ON.match(text, start):
        return False
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return (
        len(line) - sum(c.isspace() for c in line) >= _WRAP_LINE
        and IDEOGRAPH.search(line) is not None
        and not _CELLS_APART.search(line)
    )


# A count written in Chinese numerals (收到申请二十三件): its numeral starts with a digit or 十 and is not
# inside a longer number, an ordinal (第一次), a word (统一, 之一) or a rough figure (几十件, 数十条, 上百件);
# its unit is not the start of a word (一次性, 一件事, 一条龙, 一起研究).
# Its digits and powers may be written as amounts are (叁仟贰佰壹拾玖件).
_CN_NUMERAL: Final = CN_NUMBER_CHARS  # what a count's numeral is made of
# The first numeral is consumed before the look-behind, so that the engine skips to numerals.
_CN_COUNT: Final = re.compile(
    rf"[{NUMERALS}两{FINANCIAL}拾](?<![{_DIGIT}{_CN_NUMERAL}第之统唯几数上成逾近约每单同].)"
    rf"[{_CN_NUMERAL}]*"
    r"(?=(?:余|多)?(?:件(?!事)|条(?!龙)|个|份|宗|篇|项|次(?!性)|起(?=[，。；,;、）)\s]|案)))"
)
_CN_NUMERALS: Final = frozenset(_CN_NUMERAL)
_CN_UNITS: Final = "件条个份宗篇项次起"  # a count's unit, after its numeral and a 余 or 多
_COLLOQUIAL: Final = re.compile(rf"[百千万佰仟][一二三四五六七八九两{FINANCIAL}]$")  # 一百二: 120 or 102? never read
_ORDINAL_BROKEN: Final = re.compile(r"第\s+$")  # 第 and its numeral a line break apart (…第\n二项之和)


@dataclass(frozen=True)
class Arabic:
    """The text with counts written in Chinese numerals in digits (二十三件 → 23件), and the way back to
    offsets in the original."""

    text: str
    shifts: tuple[tuple[int, int], ...]  # where each rewritten count ends in `text`, and the offset change so far

    def offset(self, i: int) -> int:
        """The offset in the original text of the rewritten text's character `i`."""
        k = bisect_right(self.shifts, (i, 1 << 62))
        return i - (self.shifts[k - 1][1] if k else 0)


@lru_cache(maxsize=4)
def arabic(text: str) -> Arabic:
    """`text` with every count in Chinese numerals read as digits; a numeral that reads two ways stays."""
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = change = 0
    for m in _cn_counts(text):
        if _COLLOQUIAL.search(m.group()) or _ORDINAL_BROKEN.search(text, max(0, m.start() - 8), m.start()):
            continue
        digits = str(cn_number(m.group()))
        parts += [text[last : m.start()], digits]
        last = m.end()
        change += len(digits) - len(m.group())
        shifts.append((m.end() + change, change))
    return Arabic("".join([*parts, text[last:]]), tuple(shifts))


def _cn_counts(text: str) -> Iterator[re.Match[str]]:
    """`_CN_COUNT.finditer(text)`, tried only at the start of each run of numerals that a unit follows: the
    units found with `str.find`, many times faster than the engine skips to any of the numerals."""
    ends = set()
    for unit in _CN_UNITS:
        at = text.find(unit)
        while at >= 0:
            end = at - 1 if at and text[at - 1] in "余多" else at
            if end and text[end - 1] in _CN_NUMERALS:
                ends.add(end)
            at = text.find(unit, at + 1)
    starts = []
    for end in ends:
        start = end - 1
        while start and text[start - 1] in _CN_NUMERALS:  # a match starts where its run of numerals does
            start -= 1
        starts.append(start)
    for start in sorted(starts):
        if m := _CN_COUNT.match(text, start):
            yield m


_COUNT_UNIT: Final = r"(?:件|条|个|份|起|宗|次)"
# A rough count (约500条, 2000余条, 30至40条, 30条以上): what is said just before its digits, and after it
ROUGH_BEFORE: Final = re.compile(r"(?:约|近|逾|超过|将近|达到?|\d\s*(?:至|到|[-~～—]))\s*$")
ROUGH_AFTER: Final = re.compile(r"\s*(?:余|多|左右|以上|以内|以下|上下)")
# The run of characters back from a place to the clause's start, or to a sentence break's mark, read in
# the text reversed: the engine reads on from a place far faster than it searches back for the last mark.
_CLAUSE_TAIL: Final = re.compile(r"[^。；;，,：:！？!?（(）)]*")
_SENTENCE_TAIL: Final = re.compile(r"[^。；;！？!?.]*")
_PART_TAIL: Final = re.compile(r"[^。；;，,：:！？!?（(）)、]*")  # to a part's clause or list item's start
# A sentence's end; `.` a full stop, not a decimal point. The mark is consumed first, so that the engine
# skips to marks; a `.` is then read back.
_SENTENCE_BREAK: Final = re.compile(r"[。；;！？!?.](?:(?<!\.)|(?<!\d\.)(?!\d))")
_YEAR: Final = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_OF: Final = re.compile(r"年度?")  # a year's word after its number

# What may stand before a statement in its clause and still speak for the whole report.
# a section's heading run into the sentence after it (三、…情况全年…), after a Markdown heading's marks. Its first
# mark or numeral is consumed first, then read back, so that the engine skips to those characters (as in those below)
_NUMERAL: Final = "[一二三四五六七八九十]"
_HEADING: Final = re.compile(
    rf"[#{_NUMERAL[1:-1]}](?:(?<=#)#*{_NUMERAL}+|(?<={_NUMERAL}){_NUMERAL}*)、[^，,。；;]{{0,30}}?(?:情况|概述|方面|工作)"
)
_WHOLE: Final = re.compile(
    # a section's heading, and a sub-heading under it, run into the sentence (三、…情况4.认真办理依申请公开2020年…),
    # the heading perhaps in a table's last cell (…情况|4.认真办理…)
    rf"(?:{_HEADING.pattern}\|?"
    # or before the words that open a sentence (（二）依申请公开情况\n全年共收到…)
    r"|(?:\d{1,2}[.．、])?[^，,。；;\d]{0,20}?(?:数量|情况|概述|方面|工作|内容|依申请公开|主动公开)"
    r"(?=(?:19|20)\d{2}年|全|本|今年|我|各级)){0,2}"
    r"(?:(?:19|20)\d{2}年度?内?|本年度?内?|今年(?:以来)?|全年度?内?|年度?内|上年度?|含"
    r"|全(?:区|县|市|镇|乡|省|州|盟|旗|街道|系统)|我(?:区|县|市|镇|乡|省|州|街道|局|委|办|厅|单位|机关|部门|中心|院)"
    r"|本(?:区|县|市|镇|乡|街道|级|机关|单位|部门|局|委|中心|院)|各级(?:各类)?(?:行政机关|人民政府|政府|部门|单位)?"
    r"|共|总共|共计|合计|总计|依法|依规|及时|按时|按期|如期|已|均|全部|新|新增|另有|有|从|了|的|有关|各类|通过多种渠道"
    r"|多种渠道)*"
)
_LAST_YEAR: Final = r"(?:上一?年度?|去年|前一年)(?!度?结转)"  # 上年度…行政复议4件; 上年度结转 is this year's
LAST_YEAR: Final = re.compile(_LAST_YEAR)
# last year named in the sentence, not in a comparison (较上年); a clause naming this year speaks for it again
_LAST_YEAR_SAID: Final = re.compile(r"[上去前](?<![较比与同于].)(?:(?<=上)一?年度?|(?<=去)年|(?<=前)一年)(?!度?结转)")
_THIS_YEAR: Final = re.compile(r"19\d{2}年|20\d{2}年|本年|今年|全(?<!年全)年")  # not 去年全年; each led by a literal
# a part, a comparison, another party's count (以各街道为被申请人, 作为复议机关), last year's; not the report's
# own body as the party the cases are against (本机关作为被申请人, 作为被告)
_NOT_WHOLE: Final = re.compile(rf"其中|较|比上|比去|同比|环比|(?<!作为)被申请人|作为(?!被申请人|被告)|{_LAST_YEAR}")
# A body named by its kind: 区教育局, 区政府办, 市政府办公厅, 县政府公开办, 管委会, and the units under one
# (所属单位) (not 我局, 本分局; 办理, 委托, 大厅)
_BODY: Final = re.compile(
    r"[局委办厅中街管所下直法](?<![我本].)(?:(?<=局)(?<![我本]分局)(?!面|势|限)|(?<=委)(?![托屈])"
    r"|(?<=办)(?<![举承主协督交代开包创兴申查合筹]办)(?![理结件事法好])|(?<=厅)(?<!大厅)|(?<=中)心|(?<=街)道|(?<=管)委会"
    r"|(?<=[所下直])属(?:单位|部门|机构)"
    # a court deciding cases, not the one they are brought to
    r"|(?<=法)(?<![向至到被经由]法)(?<![向至到被经由]人民法)院)"
)
_PLACE: Final = re.compile(r"在|通过|依托")  # 在政务服务中心…: where the report's body did it, not who did
# a running total; not 截至 the end of the year reported, its year said or not (截至12月31日，已办结12件;
# 截至2022年底，现行有效规范性文件120件: the stock at the year's end): another year's end is read as another year's
_RUNNING: Final = re.compile(r"累计|历年|截[至止]到?(?!(?:(?:19|20)\d{2}年)?(?:12月(?:31日|底|末)|年?底|年?末))")
# after the report's own body named in full or short (市政府办公厅 in 上海市人民政府办公厅's report): it acting
# for the government it serves (代表市政府)
_ON_BEHALF: Final = re.compile(r"代表[^，,。；;\d]{0,8}?政府")
_OWN_NAME_MIN: Final = 3  # characters a short name keeps (市教委): no bare 厅 or 局
_LEVELS: Final = "省市区县州盟旗镇乡"  # where a short name begins: 市教育局, not 教育局 (全区教育局 are others)
_STREET: Final = "街道"  # what a street office's report calls itself by
# a whole place (全市, 全区): a government's report speaks for it; a department's does not (全市教育系统)
_AREA: Final = re.compile(r"全(?:省|市|区|县|州|盟|旗)")
_GOVERNMENT_OFFICE: Final = "政府办"  # 区人民政府办公室, 县政府办: a government's own office, reporting for it


@dataclass(frozen=True)
class Statement:
    quantity: str
    value: int
    start: int  # in the flat text
    end: int
    scope: str = "whole"  # "whole": nothing may precede it in its clause but the year and 全区 …; "named": so,
    # or right after a 其中 (a count named by its own words is the report's); "part": so, an item of a list
    # (、网上申请39件) after no other body's name; "topic": the sentence must be about 政府信息公开 and the
    # clause free of 其中, comparisons and running totals


# a space, no-break or thin space: one may part a count's groups of three (3 219件)
SPACES: Final = " \u00a0\u2009\u202f"
# whole numbers only, not retried from inside a run of digits; perhaps in groups a space parts
_N: Final = rf"(?<!\d)(?P<n>\d{{1,3}}(?:[{SPACES}]\d{{3}})+(?!\d)|\d+)"
_CHANNEL_WORDS: Final = ("当面", "网上", "网络", "信函", "传真", "电子邮件")
_CHANNEL: Final = rf"(?P<channel>{'|'.join(_CHANNEL_WORDS)})?"
# the verbs a count of applications received follows (新收: the table's word)
_RECEIVED: Final = "收到|受理|新收|接收|接到"
_ABOUT: Final = r"(?:有关|任何|各类)?(?:的)?(?:政府信息公开|信息公开|政务公开|依申请公开(?:政府信息)?)?(?:的)?"
# between what is counted and its count: 数为, 件数为, 合计, 共有, 有, 达
_TOTAL: Final = r"(?:总?(?:件数|数量?)|总量)?(?:共有|共|共计|合计|总计|有|达)?为?"


# The patterns of one wording of a quantity, each with the words all its matches begin with ("" where none are)
_Headed = tuple[tuple[str, re.Pattern[str]], ...]


def _heads(heads: str, rest: str) -> _Headed:
    """`(?:heads)rest` as one pattern per head, with its head: each then begins with a literal, which the regex
    engine finds far faster than any of several first characters."""
    return tuple((head, re.compile(head + rest)) for head in heads.split("|"))


# A count carried to next year: not retried from inside its digits' run; its 件 at most `_CARRIED_REACH`
# characters before the 结转, 顺延 or 转入 every match holds
_CARRIED_WORDS: Final = ("结转", "顺延", "转入")
_CARRIED_GAP: Final = 12  # characters between its 件 (or 件申请) and the word
_NEXT_YEAR: Final = r"(?:下一?年度?|(?P<next>\d{4})年度?)"  # 下年度, or next year by its number (2026年, 2026年度)
_CARRIED: Final = re.compile(
    rf"(?P<n>\d(?<!\d\d)\d*)件(?:申请)?[^。；;，,\d]{{0,{_CARRIED_GAP}}}?(?:{'|'.join(_CARRIED_WORDS)})(?:至|到)?{_NEXT_YEAR}"
)
_CARRIED_REACH: Final = len("件申请") + _CARRIED_GAP

# A year by its number, not retried from inside a run of digits; then what was left unfinished in it, perhaps said
# to be carried to the year after it (2022年度未办结、结转到下一年度的…)
_BY_YEAR: Final = r"(?:19|20)(?<!\d\d\d)\d\d"
_UNFINISHED_IN: Final = r"年度?未办结(?:、?(?:结转|顺延)(?:至|到)下一?年度?)?"
_BY_YEAR_BACK: Final = (len("2021年"), len("2021年度"))  # where its year begins, back from its words
# Last year's carried in by its number (`prev`): 2021年结转的申请5件, 2021年未办结的5件, or 2021年度结转至下一年度的5件
# (the year it is carried to, named by the one it is carried from)
_CARRIED_IN_WORDS: Final = ("结转", "未办结")
_CARRIED_IN: Final = re.compile(
    rf"(?P<prev>{_BY_YEAR})(?:年度?结转(?:(?:至|到)(?:本|下一?)年度?)?|{_UNFINISHED_IN})(?:{_ABOUT}申请)?的?{_N}件"
)
# The year's own carried forward by its number (`own`): 2022年未办结的3件, 2022年度未办结、结转到下一年度的3件 (a
# bare 2022年结转的 may be what was carried into it)
_UNFINISHED_WORDS: Final = ("未办结",)
_UNFINISHED: Final = re.compile(rf"(?P<own>{_BY_YEAR}){_UNFINISHED_IN}(?:{_ABOUT}申请)?的?{_N}件")
_CARRIED_FROM: Final = re.compile(r"度?(?:结转|未办结)")  # after a year's 年: what was carried in from it

# "No applications" ends there, not the words of something else they led to (未发生政府信息公开申请引发的行政复议,
# 未收到依申请公开事件的行政复议申请)
_NONE_ENDS: Final = r"(?!(?:所|而)?(?:引发|引起|导致|产生|涉及)|的(?!情况))"
# 无…申请 with nothing after it (无…申请被驳回的情况: of those made)
_CLAUSE_ENDS: Final = r"(?=(?:的?情况)?(?:[，,。；;！？!?]|$))"
# None lost or corrected is no "none": the words after the kind (未发生因政府信息公开被行政复议纠错或行政诉讼败诉的
# 情况), the other kind between (未发生…行政复议和行政诉讼案件纠错情况), or among what the cases are about,
# between 未发生 and the kind (未发生…被纠错的行政复议案件)
_LOST: Final = r"(?:纠错|纠正|撤销|败诉|确认违法|变更)"
_CASES: Final = rf"(?:(?!{_LOST})[^。；;，,\d]){{0,30}}?"
_NOT_LOST: Final = rf"(?!(?:[和及与、或](?:被?提起|被?申请)?行政(?:复议|诉讼))?[^。；;，,]{{0,6}}?{_LOST})"
# nor a count of cases said right after to be of those decided one way or not yet (…行政复议案件尚未审结)
_DECISIONS: Final = rf"(?:{_LOST}|维持|驳回|胜诉|审结|审理)"
_NOT_DECIDED: Final = rf"(?![^。；;，,]{{0,6}}?{_DECISIONS})"
_NONE_VERB: Final = r"(?:收到|接到|受理|发生)"
# 未收到公民、法人或其他组织提出的…申请
_FROM: Final = r"(?:(?:公民、)?法人(?:或|和|及)其他组织|申请人)?(?:提出|提交)?的?"

# the documents in force of each kind table 二 counts: 规范性文件, or 规章 (`rules`); not of both (规章和规范性文件)
_IN_FORCE: Final = rf"(?:的)?(?:(?:行政)?规范性文件|(?P<rules>(?:政府)?规章)){_TOTAL}{_N}件"
# the other kind next in a list after one, the item ending there (not one with its own 现行有效, nor 规章5件已废止)
_IN_FORCE_LISTED: Final = re.compile(rf"{_IN_FORCE}(?=[、，,。；;和及）)]|$)")
_LIST_MARKS: Final = "、，,和及"

_PATTERNS: Final[tuple[tuple[str, _Headed, str], ...]] = (
    ("proactive", _heads("主动公开", rf"(?:了)?(?:各类)?(?:政府)?(?:信息|文件){_TOTAL}{_N}条"), "named"),
    # 收到政府信息公开申请…件, or 受理依申请公开…件 (the kind named for the applications)
    (
        "requests",
        _heads(
            _RECEIVED,
            rf"(?:并(?:办理|答复))?(?:了)?(?:{_FROM}{_ABOUT}{_CHANNEL}申请|依申请公开(?:政府信息)?){_TOTAL}{_N}{_COUNT_UNIT}",
        ),
        "named",
    ),
    ("requests", _heads("收到|受理", rf"(?:了)?{_N}{_COUNT_UNIT}{_ABOUT}{_CHANNEL}申请"), "named"),
    # named with no verb: nothing but the year and 全区, 共 … before it (全年政府信息公开申请总数为22件), or 其中
    ("requests", _heads("政府信息公开申请", rf"{_TOTAL}{_N}{_COUNT_UNIT}"), "named"),
    # a channel's count in a list of them (其中当面申请18件、网上申请39件)
    (
        "requests",
        tuple((c, re.compile(rf"(?P<channel>{c})申请(?:数)?(?:共|为)?{_N}件")) for c in _CHANNEL_WORDS),
        "part",
    ),
    ("requests", _heads("未|没有", rf"{_NONE_VERB}{_FROM}{_ABOUT}{_CHANNEL}申请(?![人书表]){_NONE_ENDS}"), "whole"),
    ("requests", _heads("未|没有", rf"{_NONE_VERB}(?:有关|任何)?的?依申请公开的?事件{_NONE_ENDS}"), "whole"),
    ("requests", _heads("无", rf"(?:有关|任何)?的?(?:政府信息公开|依申请公开)的?申请{_CLAUSE_ENDS}"), "whole"),
    ("answers", _heads("办结|答复|办理完", rf"(?:毕|成)?(?:了)?(?:{_ABOUT}申请)?的?{_TOTAL}{_N}件"), "whole"),
    # 上年结转5件, 上年度结转至本年度的申请5件
    ("carried_in", _heads("上", rf"一?年度?结转(?:(?:至|到)本年度?)?(?:{_ABOUT}申请)?的?{_N}件"), "whole"),
    ("carried_in", (("", _CARRIED_IN),), "whole"),  # read from its words (see `_by_year`)
    ("carried_forward", (("", _CARRIED),), "whole"),  # read before its words (see `_carried`)
    ("carried_forward", (("", _UNFINISHED),), "whole"),  # read from its words (see `_by_year`)
    # 结转至下年度2件, 结转下年度继续办理2件 (the table's own words), 结转2026年办理的申请2件, 顺延至下年度答复的2件,
    # 转下一年度办理答复的有1件
    (
        "carried_forward",
        _heads(
            "结转|顺延|转",
            rf"(?:至|到)?{_NEXT_YEAR}(?:继续)?(?:办理|答复|处理){{0,2}}(?:{_ABOUT}申请)?的?{_TOTAL}{_N}件",
        ),
        "whole",
    ),
    ("in_force", _heads("现行有效", _IN_FORCE), "whole"),
    ("review", _heads("行政复议", rf"的?(?:案件|申请)?{_TOTAL}{_N}(?:件|起|宗|个)"), "topic"),
    # 行政诉讼案件…件, or the body 被起诉…件
    ("litigation", _heads("行政诉讼|诉讼|被起诉", rf"的?(?:应诉)?(?:案件)?{_TOTAL}{_N}(?:件|起|宗|个)"), "topic"),
    # the count before the kind (有3件涉及政府信息公开的行政复议, 发生1起…行政诉讼; `suit`), not both kinds' count
    (
        "review",
        _heads(
            "有|发生|收到|受理|接到|出现",
            rf"{_N}(?:件|起|宗|个){_CASES}行政(?:复议|(?P<suit>诉讼)){_NOT_DECIDED}(?![和及与、或](?:被?提起|被?申请)?行政)",
        ),
        "topic",
    ),
    ("review", _heads("未|没有", rf"(?:发生|收到|接到|出现|(?=因)){_CASES}行政复议{_NOT_LOST}"), "topic"),
    ("litigation", _heads("未|没有", rf"(?:发生|收到|接到|出现|(?=因)){_CASES}行政诉讼{_NOT_LOST}"), "topic"),
    ("review", _heads("无", rf"因{_CASES}行政复议{_NOT_LOST}"), "topic"),
    ("litigation", _heads("无", rf"因{_CASES}行政诉讼{_NOT_LOST}"), "topic"),
)
_TOPIC: Final = re.compile(r"信息公开|依申请")
_ELLIPTICAL: Final = ("涉及", "其中")  # a sentence's opening that goes on with what the one before is about
# a section's heading, and how far back one is looked for from a sentence in it
_SECTION: Final = re.compile(
    rf"[（({_NUMERAL[1:-1]}](?:(?<={_NUMERAL}){_NUMERAL}*、|(?<=[（(]){_NUMERAL}+[）)])[^，,。；;]{{0,40}}?情况"
)
_SECTION_BACK: Final = 300
_CASE_KINDS: Final = re.compile(r"复议|诉讼")
_BOTH_KINDS: Final = re.compile(r"(?:复议|诉讼)[和及与、或](?:被?提起|被?申请)?行政")  # 行政复议和行政诉讼…
_DECIDED: Final = re.compile(_DECISIONS)  # 其中被纠错的行政复议1件: a count of those decided so
_ABOUT_APPLICATIONS: Final = re.compile(rf"{_TOPIC.pattern}|政务公开")  # what applications are of (政务公开申请)
_REVIEWER: Final = "复议机关"  # 作为行政复议机关，受理…行政复议案件80件: the cases it decides, not those against it
# this report's kind, named after a count of applications not so named: that count is more
_OURS: Final = "信息公开申请"
_OTHER_APPLICATIONS: Final = re.compile(r"其他(?:类|类型|种类)?的?申请|非政府信息公开")
_OTHER_MATTERS: Final = re.compile(r"咨询|投诉|留言|信访|诉求|热线|审批|事项|建议|提案|来信|举报")
# the other kind, joined to this one's name, its verb perhaps between (行政复议、提起行政诉讼共9件)
_JOINT: Final = re.compile(r"(?:复议|诉讼)[和及与、或](?:被?提起|被?申请)?$")
_JOINT_BACK: Final = len("复议、被提起")  # characters before a kind's name `_JOINT` reads
# After a count of cases, its sentence saying that some or none of them concern 政府信息公开 (其中无涉及政府信息公开的
# 案件, 其中涉及政府信息公开的3件, 均不涉及政府信息公开, 与政府信息公开无关): all of a body's cases, not the table's
_SOME_ABOUT: Final = re.compile(
    r"[^。；;！？!?]*?(?:其中[^。；;！？!?，,\d]{0,8}?信息公开|(?:均|都|皆)(?:不|未|无|没有)[^。；;！？!?，,\d]{0,4}?信息公开"
    r"|与(?:政府)?信息公开[^。；;！？!?，,\d]{0,4}?无关)"
)
# what else a count carried over may be of, said before it in its sentence (行政复议案件…结转下年度2件)
_OTHER_CASES: Final = re.compile(rf"行政复议|行政诉讼|{_OTHER_MATTERS.pattern}")


_IN_SENTENCE: Final = frozenset("，,、：:（(")  # after one of these, a heading's look-alike is an item of the sentence


def sentence_start(flat: str, start: int) -> int:
    """Where the sentence holding `start` begins (looking back at most 200 characters): after a sentence's
    end, or at a section's heading run on, with no mark between, from what is printed before it (a table's
    words or digits that were not read as its cells: …行政处罚行政三、收到和处理政府信息公开申请情况2020年共…)."""
    window = max(0, start - 200)
    back = flat[window:start][::-1]
    i = _SENTENCE_TAIL.match(back).end()  # type: ignore[union-attr]
    while i < len(back) and not _SENTENCE_BREAK.match(flat, start - 1 - i, start):  # a decimal point
        i = _SENTENCE_TAIL.match(back, i + 1).end()  # type: ignore[union-attr]
    sentence = start - i
    for heading in _HEADING.finditer(flat, sentence + 1, start):
        if flat[heading.start() - 1] not in _IN_SENTENCE:
            sentence = heading.start()
    return sentence


def another_body(words: str, agency: str | None) -> bool:
    """Whether `words` name a body other than the report's `agency` (区教育局 in a 区人民政府 report):
    the counts said after them in their sentence are that body's (区教育局…予以公开5件，部分公开2件),
    not the report's. A place named after 在 (在政务服务中心) or a verb (举办, 承办) names no body."""
    for m in _BODY.finditer(words):
        name = _name(words, m.end())
        if not _PLACE.search(name) and (not agency or (name not in agency and not _shortened(name, agency))):
            return True
    return False


def _shortened(name: str, agency: str) -> bool:
    """Whether `name` is the `agency`'s name shortened as reports shorten it (市科委 for 北京市科学技术委员会,
    区发改委, 市人社局): from its level, the character after the level, then others of the name in order, to
    the same kind of body."""
    if (
        len(name) < _OWN_NAME_MIN
        or name[0] not in _LEVELS
        or not (name[-1] == agency[-1] or (name[-1] == "委" and agency.endswith("委员会")))
    ):
        return False
    at = agency.rfind(name[:2])  # the level with the character after it: 市科 in 北京市科学技术委员会
    rest = iter(agency[at + 2 :] if at >= 0 else "")
    return at >= 0 and all(c in rest for c in name[2:])


def _name(words: str, end: int) -> str:
    """The name ending at `end`: the run of Chinese characters back to a mark, a digit or a space, after
    the year before it (2024年市科委: 市科委)."""
    start = end
    while start and "\u4e00" <= words[start - 1] <= "\u9fff":
        start -= 1
    if start and words[start - 1].isdigit() and (year := _YEAR_OF.match(words, start)):
        start = year.end()
    return words[start:end]


def _department(agency: str | None) -> bool:
    """Whether the report's `agency` is a department of a government, not a government or its own office."""
    return level_of(agency) == "部门" and _GOVERNMENT_OFFICE not in (agency or "")


def _plain(flat: str, sentence: int, start: int, end: int, year: int | None, scope: str, agency: str | None) -> bool:
    """Whether the statement at flat[start:end], in the sentence from `sentence`, speaks plainly for the whole
    report's year."""
    clause = _clause_start(flat, sentence, start, _PART_TAIL if scope == "part" else _CLAUSE_TAIL)
    before = flat[clause:start]
    if scope == "topic":
        linked = _topic_said(flat, sentence, end)
        if linked is None:
            return False
        if before.startswith("其中") and _BOTH_KINDS.search(flat, linked, clause) and not _DECIDED.search(before):
            before = before[len("其中") :]  # 复议和诉讼共3件，其中行政复议2件: one kind's count of both kinds'
        sentence = linked
    elif scope != "whole" and before.startswith("其中") and (scope == "part" or not _of_ours(flat, sentence, clause)):
        # 获取政府信息总数1873条，其中主动公开政府信息425条; 收到各类申请120件，其中政府信息公开申请100件: the report's
        # own count (a part of a count of its own kind, 收到政府信息公开申请120件，其中…, may be one of that count's)
        before = before[len("其中") :]
    if _NOT_WHOLE.search(before) or ROUGH_BEFORE.search(before) or ROUGH_AFTER.match(flat, end):
        return False
    if _AREA.search(before) and _department(agency):
        return False  # 全市共收到申请1200件 in a 市教育局's report: the whole city's, not the bureau's
    if scope != "topic":
        before = _without_own_name(before, agency)
    if _RUNNING.search(flat, sentence, end):
        return False
    if year is not None and any(_another_year(flat, m, year, start) for m in _YEAR.finditer(flat, sentence, start)):
        return False
    since = sentence  # the clauses before, from where this year is last named, go on with what they say
    for m in _THIS_YEAR.finditer(flat, sentence, start):
        since = m.end()
    if _LAST_YEAR_SAID.search(flat, since, clause):
        return False  # 上年度收到申请20件，办结18件: last year's
    if scope == "topic":
        return not another_body(flat[sentence:start], agency) and _REVIEWER not in flat[sentence:start]
    if scope == "part" and another_body(flat[sentence:start], agency):
        return False  # 区教育局收到申请10件，其中网上申请8件: that body's
    if another_body(flat[since:clause], agency):
        return False  # 区教育局收到申请10件，办结8件: that body's too
    return _WHOLE.fullmatch(before) is not None


def _of_ours(flat: str, sentence: int, clause: int) -> bool:
    """Whether the sentence from `sentence` up to `clause` names this report's kind of applications, after the
    section's heading run into it (三、收到和处理政府信息公开申请情况…)."""
    heading = _HEADING.match(flat, sentence)
    return _OURS in flat[heading.end() if heading else sentence : clause]


def _another_year(flat: str, m: re.Match[str], year: int, start: int) -> bool:
    """Whether the year `m` names (in `_YEAR`) before a statement at `start` is not the report's `year`, nor the
    year before's in a statement of the carried in from it before (2021年结转的申请5件，办结118件: the year's 办结)."""
    said = int(m.group(1))
    if said == year:
        return False
    carried = _CARRIED_FROM.match(flat, m.end()) if said == year - 1 else None
    return carried is None or carried.end() > start  # not 2021年度|结转至下一年度…: its words are the statement's


def _topic_said(flat: str, sentence: int, end: int) -> int | None:
    """Where the words begin that say a topic's count (行政复议…件, up to `end`) is about 政府信息公开: its sentence
    from `sentence` where it says so; the sentence before, where it does and this one opens elliptically (…涉及政府
    信息公开工作的行政复议。涉及的行政诉讼数为0件); or the section's heading about it (五、因政府信息公开…行政复议、
    行政诉讼情况). None where nothing plainly does."""
    if _TOPIC.search(flat, sentence, end):
        return sentence
    if sentence and flat.startswith(_ELLIPTICAL, sentence):
        last = sentence_start(flat, sentence - 1)
        if _TOPIC.search(flat, last, sentence):
            return last
    headings = list(_SECTION.finditer(flat, max(0, sentence - _SECTION_BACK), end))
    heading = headings[-1] if headings else None  # the last: the section's own
    if heading and _TOPIC.search(heading.group()) and _CASE_KINDS.search(heading.group()):
        return heading.start()
    return None


def _clause_start(flat: str, sentence: int, start: int, tail: re.Pattern[str] = _CLAUSE_TAIL) -> int:
    """Where the clause (or, by `tail`, the list item) holding `start` begins, in its sentence from `sentence`."""
    return start - tail.match(flat[sentence:start][::-1]).end()  # type: ignore[union-attr]


def _without_own_name(before: str, agency: str | None) -> str:
    """`before` without the name of the report's own `agency` in it where words that speak for the whole
    report may stand (2020年市政府办公厅代表市政府共…): in full, or the end of its name from its level on
    (市政府办公厅 for 上海市人民政府办公厅; 人民 said or not), with the government it acts for after it. Not a
    government's name: its report speaks for 全区, the 区政府 perhaps for its own offices only."""
    if not agency or agency.endswith("政府"):
        return before
    bare = before.find(_STREET)
    if _STREET in agency and bare >= 0 and _WHOLE.fullmatch(before, 0, bare):
        return before[:bare] + before[bare + len(_STREET) :]  # a street office by its kind alone (街道共收到…)
    own = agency.replace("人民", "")
    for i in range(len(before) - _OWN_NAME_MIN + 1):
        if (before[i] not in _LEVELS and before[i] != own[0]) or not _WHOLE.fullmatch(before, 0, i):
            continue  # a name begins with its level or the agency's first character
        for j in range(len(before), i + _OWN_NAME_MIN - 1, -1):
            name = before[i:j].replace("人民", "")
            if (own.endswith(name) and (name == own or name[0] in _LEVELS)) or _shortened(name, own):
                behalf = _ON_BEHALF.match(before, j)
                return before[:i] + before[behalf.end() if behalf else j :]
    return before


# Every statement holds a count's digit right before its unit, or begins with a "none"'s word; and none reads
# past a clause's mark (the patterns' every class leaves the marks out), so that each lies in a clause that
# holds one of these
_CLAUSE_BODY: Final = re.compile(r"[^。；;，,]*+")
_LAST_MARK: Final = re.compile(r"(?s:.*)[。；;，,]")  # the text up to its last clause's mark
_STATED_UNITS: Final = "件条个份起宗次"  # the units a statement's count is printed with
_NONE_WORDS: Final = ("未", "没有", "无")


class Clauses:
    """The clauses of a text that may hold a statement, each with its closing mark, flat (see `Flat`) and run
    together; where each run of them begins in `text` and in the text read; and, for a text read as printed, its
    flat text, built once asked for (`flat`): the rest of the text is flattened only where a statement is judged."""

    text: str
    starts: tuple[int, ...]  # in `text`
    origins: tuple[int, ...]  # in the text read
    source: str  # the text read: flat, or as `printed`
    printed: bool
    _spans: list[tuple[int, int]]  # where each run begins and ends in the text read
    _read: list[tuple[str, list[tuple[int, int]]]]  # each run flat, and its runs between two digits removed as well
    _flat: Flat | None  # see `flat`, kept once asked for
    _at: tuple[int, ...]  # where each run begins in the flat text

    def __init__(
        self, source: str, printed: bool, spans: list[tuple[int, int]], read: list[tuple[str, list[tuple[int, int]]]]
    ) -> None:
        """The runs of clauses at `spans` of `source`, each `read` flat."""
        starts, total = [], 0
        for piece, _ in read:
            starts.append(total)
            total += len(piece)
        self.text = "".join([piece for piece, _ in read])
        self.starts = tuple(starts)
        self.origins = tuple(start for start, _ in spans)
        self.source = source
        self.printed = printed
        self._spans = spans
        self._read = read
        self._flat = None
        self._at = () if printed else self.origins

    @classmethod
    def of(cls, text: str, printed: bool = False) -> Clauses:
        """The clauses of `text`, flat or as `printed`, that hold a count's unit right after a digit or a "none"'s
        word; of a text as printed, each then flattened by itself."""
        spans: list[tuple[int, int]] = []
        for at in sorted(_stated_at(text, printed)):
            lo = spans[-1][1] if spans else 0
            if at < lo:
                continue  # in the clause before
            mark = _LAST_MARK.match(text, lo, at)  # one call, not one `str.rfind` a mark
            start = mark.end() if mark else lo
            end = min(len(text), _CLAUSE_BODY.match(text, at).end() + 1)  # type: ignore[union-attr]
            if spans and start == lo:
                spans[-1] = (spans[-1][0], end)  # right after the one before: one run
            else:
                spans.append((start, end))
        read = [_flattened(text, start, end) if printed else (text[start:end], []) for start, end in spans]
        return cls(text, printed, spans, read)

    def flat(self) -> Flat:
        """The flat text of the text read as printed: its runs of clauses, flat already, with the text between them
        flattened now. Each piece begins and ends right after a mark (or at an end): their flat texts in a row are
        the whole text's (see `_flattened`)."""
        if self._flat is None:
            parts: list[str] = []
            joined: list[tuple[int, int]] = []
            at: list[int] = []
            last = total = 0
            for (start, end), (piece, runs) in zip(self._spans, self._read, strict=True):
                gap, gap_runs = _flattened(self.source, last, start)
                at.append(total + len(gap))
                total += len(gap) + len(piece)
                parts += [gap, piece]
                joined += [*gap_runs, *runs]
                last = end
            tail, tail_runs = _flattened(self.source, last, len(self.source))
            self._flat = Flat(self.source, "".join([*parts, tail]), tuple([*joined, *tail_runs]))
            self._at = tuple(at)
        return self._flat

    def offset(self, i: int) -> int:
        """The offset in the flat text of the character `i` of `text`."""
        k = bisect_right(self.starts, i) - 1
        if self.printed:
            self.flat()
        return i - self.starts[k] + self._at[k]


def _stated_at(text: str, printed: bool) -> list[int]:
    """Where a statement's count has its unit right after a digit, or a "none"'s word stands, in the flat `text` or,
    `printed`, where white space may stand between them too (as the flat text has them): each found with `str.find`
    in a plain loop, far faster than the engine skips to any of them (or a generator yields them)."""
    out = []
    for unit in _STATED_UNITS:
        at = text.find(unit, 1)
        while at >= 0:
            before = at - 1
            while printed and before and text[before].isspace():
                before -= 1
            if text[before].isdecimal():
                out.append(at)
            at = text.find(unit, at + 1)
    for word in _NONE_WORDS:
        first, rest = word[0], word[1:]
        at = text.find(first)
        while at >= 0:
            after = at + 1
            while printed and rest and after < len(text) and text[after].isspace():
                after += 1
            if text.startswith(rest, after):
                out.append(at)
            at = text.find(first, at + 1)
    return out


def statements(
    flat: str | Clauses,
    year: int | None,
    agency: str | None = None,
    quantities: Collection[str] | None = None,
    agreed: Callable[[str], Collection[float]] | None = None,
) -> Iterator[Statement]:
    """Every plain statement of a quantity in the flat text, in order of kind then position; one about
    a topic (行政复议) not after the name of a body other than `agency`. Given `quantities`, only those of
    them: the patterns of the others are not searched for. Given `agreed`, none whose count is one of
    those it gives for the statement's kind: what the caller holds already is not judged. Given the `Clauses` of
    a text as printed, not its flat text, that is built only where a statement is judged."""
    clauses = flat if isinstance(flat, Clauses) else Clauses.of(flat)
    text = clauses.text  # searched instead of the whole flat text
    whole = ""  # the flat text, once a statement is judged
    for (quantity, headed, scope), kinds in zip(_PATTERNS, _KINDS, strict=True):
        if quantities is not None and kinds.isdisjoint(quantities):
            continue
        # a pattern whose head the text lacks is not searched for: `in` tells far faster than a search fails
        patterns = tuple([pattern for head, pattern in headed if head in text])
        if not patterns:
            continue
        found = (
            _carried(text)
            if patterns[0] is _CARRIED
            else _by_year(text, _CARRIED_IN, _CARRIED_IN_WORDS)
            if patterns[0] is _CARRIED_IN
            else _by_year(text, _UNFINISHED, _UNFINISHED_WORDS)
            if patterns[0] is _UNFINISHED
            else finditer(patterns, text)
        )
        for found_m in found:
            if agreed is not None and quantity != "in_force" and _value(found_m) in agreed(_kind(found_m, quantity)):
                continue  # what the caller holds, told by the clause's own match: the flat text is not asked for
            if not whole:
                whole = clauses.flat().text if clauses.printed else clauses.source
            m = found_m.re.match(whole, clauses.offset(found_m.start()))  # its offsets in the flat text
            assert m is not None  # the same clause, read the same way
            groups = m.groupdict()
            if groups.get("next") and (year is None or int(groups["next"]) != year + 1):
                continue
            if groups.get("prev") and (year is None or int(groups["prev"]) != year - 1):
                continue
            if groups.get("own") and (year is None or int(groups["own"]) != year):
                continue
            said = [m, *_listed(whole, m)] if quantity == "in_force" else [m]
            if agreed is not None and all(_value(one) in agreed(_kind(one, quantity)) for one in said):
                continue  # what the caller holds: whether it is plain, the costliest to judge, does not matter
            sentence = sentence_start(whole, m.start())  # read once for every test of the statement
            if not _plain(whole, sentence, m.start(), m.end(), year, scope, agency):
                continue
            counted = groups.get("n") is not None
            if quantity in ("requests", "answers") and not _about_applications(
                whole, sentence, m.start(), m.end(), counted
            ):
                continue
            if quantity in ("review", "litigation") and _JOINT.search(
                whole, max(0, m.start() - _JOINT_BACK), m.start()
            ):
                continue  # 行政复议和行政诉讼案件9件: both kinds' count
            if quantity in ("review", "litigation") and counted and _SOME_ABOUT.match(whole, m.end()):
                clause = _clause_start(whole, sentence, m.start())
                heading = _HEADING.match(whole, clause)  # names the section's topic, not the count's
                if not _TOPIC.search(whole, heading.end() if heading else clause, m.end()):
                    continue  # 共受理行政复议案件12件，其中无涉及政府信息公开的案件: all the body's cases
            if quantity in ("carried_in", "carried_forward") and _OTHER_CASES.search(whole, sentence, m.start()):
                continue  # 办理行政复议案件12件，结转下年度2件: another matter's
            for one in said:
                kind = _kind(one, quantity)
                if quantities is None or kind in quantities:
                    yield Statement(kind, _value(one), one.start(), one.end(), scope)


@dataclass(frozen=True)
class Statements:
    """Every plain statement of some quantities in a prose text (see `statements`), and its flat text they are
    in, read once for whoever asks for them again."""

    flat: Flat  # `flat.source` is the prose read
    found: tuple[Statement, ...]

    @classmethod
    def of(cls, prose: str, year: int | None, agency: str | None, quantities: Collection[str]) -> Statements:
        """The statements of `quantities` in `prose` (in digits)."""
        clauses = Clauses.of(prose, printed=True)
        found = tuple(statements(clauses, year, agency, quantities))
        return cls(clauses.flat(), found)


def _kind(m: re.Match[str], quantity: str) -> str:
    """The quantity a statement matched for `quantity`'s entry is of: a channel's or a named group's where it
    names one."""
    groups = m.groupdict()
    if channel := groups.get("channel"):
        return _CHANNELS[channel]
    return next((_NAMED[g] for g in _NAMED if groups.get(g)), quantity)


def _value(m: re.Match[str]) -> int:
    """The count a statement says, 0 for a "none"; 3 219 is 3219."""
    n = m.groupdict().get("n")
    return int("".join(n.split())) if n else 0


def _listed(flat: str, m: re.Match[str]) -> Iterator[re.Match[str]]:
    """The count in force of the other kind listed right after a plain one (现行有效规章5件、行政规范性文件120件)."""
    more = _IN_FORCE_LISTED.match(flat, m.end() + 1) if flat[m.end() : m.end() + 1] in _LIST_MARKS else None
    if more and (more.group("rules") is None) != (m.group("rules") is None):
        yield more


def finditer(patterns: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    """The matches the alternation of `patterns` would find, left to right and not overlapping, when
    they begin with different characters (so that no two match at one place) and never match empty."""
    if len(patterns) == 1:  # the engine's own iteration
        yield from patterns[0].finditer(text)
        return
    found = [p.search(text) for p in patterns]
    while live := [m for m in found if m]:
        m = min(live, key=lambda m: m.start())
        yield m
        found = [
            f if f is None or f.start() >= m.end() else p.search(text, m.end())
            for p, f in zip(patterns, found, strict=True)
        ]


def _carried(text: str) -> Iterator[re.Match[str]]:
    """`_CARRIED.finditer(text)`, tried only at the counts whose 件 stands shortly before a 结转, 顺延 or 转入,
    which `str.find` finds far faster than the engine skips to each digit."""
    units: set[int] = set()
    for word in _CARRIED_WORDS:
        at = text.find(word)
        while at >= 0:
            unit = text.find("件", max(0, at - _CARRIED_REACH), at)
            while unit >= 0:
                units.add(unit)
                unit = text.find("件", unit + 1, at)
            at = text.find(word, at + 1)
    starts = set()
    for unit in units:
        if (start := digits_before(text, unit)) < unit:  # `\d`: the digits' run before the 件
            starts.add(start)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := _CARRIED.match(text, start)):
            end = m.end()
            yield m


def _by_year(text: str, pattern: re.Pattern[str], words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a count named by its year, tried only where a year may stand right before one
    of its `words`, which `str.find` finds far faster than the engine skips to each digit."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.update(at - back for back in _BY_YEAR_BACK if at >= back)
            at = text.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m


_CHANNELS: Final = {
    "当面": "in_person",
    "网上": "online",
    "网络": "online",
    "信函": "letter",
    "传真": "fax",
    "电子邮件": "email",
}


# the quantity a pattern's statement is of where its group of this name holds words, not the entry's
_NAMED: Final = {"rules": "regulations_in_force", "suit": "litigation"}

# the kinds of statement each entry of _PATTERNS gives, in its order (a pattern is hashed by its whole
# compiled code, each time): its quantity, or a channel's where it names one, or a named group's
_KINDS: Final = tuple(
    frozenset(
        {
            quantity,
            *(_CHANNELS.values() if "channel" in headed[0][1].groupindex else ()),
            *(kind for group, kind in _NAMED.items() if group in headed[0][1].groupindex),
        }
    )
    for quantity, headed, _ in _PATTERNS
)


def _about_applications(flat: str, sentence: int, start: int, end: int, counted: bool) -> bool:
    """A count of 申请 or 办结 is one of 政府信息公开 applications only in a sentence about 申请 (or right
    after one: 收到申请6件。已办结7件。) and no other matters, under words about 信息公开 (in the sentence, from
    `sentence`, or the paragraph or heading before it). A count (`counted`, not a "none") not named 信息公开 is of
    more kinds when its sentence then names 信息公开申请 (收到各类申请15件，其中政府信息公开申请10件)."""
    end_m = _SENTENCE_BREAK.search(flat, end)
    stop = end_m.end() if end_m else len(flat)
    if sentence and "申请" not in flat[sentence:stop]:
        sentence = sentence_start(flat, sentence - 1)
    words = flat[sentence:stop]
    if "申请" not in words or _OTHER_MATTERS.search(words):
        return False
    if "信息公开" not in flat[start:end] and (
        _OTHER_APPLICATIONS.search(words) or (counted and _OURS in flat[end:stop])
    ):
        return False  # 收到各类申请12件（政府信息公开申请10件、其他申请2件）: more than this report's kind
    return _ABOUT_APPLICATIONS.search(flat, max(0, start - 400), end) is not None
