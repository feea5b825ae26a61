"""Numbers in the prose: parts that do not add up to their stated total, and figures that
contradict the tables."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Final

from ..patterns import YEAR, finds, search_at_starts
from ..record import Finding, Severity
from ..templates import Table, indicator_template, s3_outcome_kinds
from ..templates.common import APPLICANT_GROUP, S3_COLUMNS
from ..templates.model import Stated
from . import Context, Rule, finding
from .prose import (
    LAST_YEAR,
    ROUGH_AFTER,
    ROUGH_BEFORE,
    SPACES,
    Clauses,
    Flat,
    Statement,
    another_body,
    finditer,
    sentence_start,
    statements,
)

RULES: Final = (
    Rule("narrative.sum_mismatch", Severity.WARNING, "正文中列举的分项之和与其所说的总数不符。"),
    Rule("narrative.table_mismatch", Severity.WARNING, "正文中的数字与表格不符（如称未收到申请，表格却有申请）。"),
)

_UNITS: Final = "条|件|篇|个|次|人次|期|场次|场|项|份"  # 场次 before 场: the alternation takes the first that fits
# One pass over the text: counts, 其中 openers, brackets, sentence ends. Every match begins with one of
# a few characters, which the pattern consumes first, so that the engine skips to them at a glance; the
# rest of each kind of match then reads back that character, the kinds in groups that each read it back
# once, so that a character that opens no match (a digit inside a number, a line break) fails at a few
# look-behinds, not at every kind's. An empty group closes each kind.
# A lead that says the counts after it break a total down by what it names (按申请方式分，…; 从申请主体看，…), read
# after its 按 or 从; not a summary (从全年情况看) nor the outcomes of the applications received (从办理结果看)
_BY_WHAT: Final = (
    "类别|类型|分类|种类|渠道|方式|形式|载体|主体|申请人|来源|内容"
    "|领域|属性|部门|单位|地区|区域|季度|月份|层级|途径|平台|对象"
)
_BY: Final = rf"[^\d，,。；;：:！？!?\n]{{0,8}}?(?:{_BY_WHAT})\s*(?:分类统计|划分|分|统计|来看|看)\s*[,，:：]"
_TOKEN: Final = re.compile(
    r"[\d其在主包分按从共合总(（)）。！？!?\n.]"
    # a number: its first digit, not inside a longer one; a line break among its digits is a PDF's text
    # wrapping the line in the middle of it (机构职能类信息 1\n20 条)
    # or a space between its groups of three (3 219件)
    rf"(?:(?<=\d)(?:(?<![\d.]\d)(?P<digits>\d{{0,2}}(?:[{SPACES}]\d{{3}})+(?!\d)|\d*+(?:\n\d++)*+)"
    # white space read possessively: a digit before a long blank (a table blanked out) is no quadratic retry
    rf"(?:\s*+条\s*+(?:政府)?信息中\s*+[,，](?P<share>)|\s*+(?:[余多]\s*+)?(?P<unit>{_UNITS})(?!\d)(?P<n>))"
    # else the rest of the digits' run, none of which begins a token: passed over in one match, not each tried
    r"|\d*+(?P<skip>))"
    # a sentence's end; `.` typed as a full stop, not a decimal point
    r"|(?<=[\n。！？!?.])(?:(?<=\n)[ \t]*\n|(?<=[。！？!?])|(?<=\.)(?<!\d\.)(?!\d))(?P<end>)"
    r"|(?<=[(（)）])(?:(?<=[(（])(?P<open>)|(?P<close>))"  # one look-behind for every other character
    r"|(?<=[其在主包分共合总按从])(?:"
    # 其中, a line's wrap perhaps between its characters (其\n中), as between those of 包括, 分为, 共计 below
    r"(?<=其)\n?中(?:包括)?(?P<whereof>)"
    # 在主动公开的信息中，…: a 其中 in other words, after the total's sentence or clause
    r"|(?<=在)[^\d，,。；;：:！？!?]{0,15}?(?:信息|申请)中\s*[,，](?P<among>)"
    r"|(?<=主)要类别(?:有|包括|为)?\s*[:：](?P<categories>)"
    # words that say the parts that follow are the whole: 包括, 分为, 分别为
    # (a line's wrap may fall between their characters: 分\n为)
    r"|(?<=包)\n?(?:括|含)\s*[:：]?(?P<including>)|(?<=分)\n?(?:为|成)\s*[:：]?(?P<divided>)"
    r"|(?<=分)\n?别(?P<respectively>)"
    # a total after its parts, the only word that says they are a list (网上申请20件，信函申请5件，共计25件)
    r"|(?<=[共合总])\n?计(?P<closing>)"
    rf"|(?<=[按从]){_BY}(?P<by>)))"
)
_PERCENT: Final = re.compile(r"\s*+(?:[,，、]\s*+)?(?:占(?:比)?[^\d。；;，,]{0,8}?)?(\d+(?:\.(\d+))?)\s*+[%％]")
# A part named for what is left (其他形式申请, 通过其他渠道, 传真等其他方式, 以及其余信息): the list
# means to be whole. Not 其他 inside a name (法人或其他组织) nor after a preposition (与其他部门联合).
_REST: Final = re.compile(
    r"^(?:通过|以|经|采用|采取|为|是|属于|以及|及|和|还有|另有|[^，,；;]{1,8}?等)?(?:其他|其它|其余|剩余)(?!组织)"
)
_EXAMPLES: Final = re.compile(r"[,，:：\s]*(?:例如|比如|诸如|如)")
# Openers that say the parts are the whole (100条，包括…; 分为…; 其中A、B分别为…), read only as a sentence's
# first list: after another opener they are the words of its parts (其中政策文件30条，包括规范性文件10条)
_WHOLE_OPENERS: Final = ("including", "divided", "respectively")
_ENDS_NONE: Final = (*_WHOLE_OPENERS, "closing")  # openers that end no list before them
# a part said as a total (共收到申请25件): it is broken down
_TOTAL_SAID: Final = re.compile(r"(?<!公)共(?![享同建性])")
_SEPARATORS: Final = re.compile(r"[\s，,：:]*")  # between a total and the 包括 or 分为 right after it
_ETC: Final = re.compile(r"\s*(?:等|之类)")  # after a list's last part, or a name: the parts are examples
_NOT_PART: Final = re.compile(r"较|比上|比去|同比|环比|增加|增长|减少|下降|累计|截至|截止|历年")
_WITHIN: Final = re.compile(r"\s*(?:其中)?(?:含|包括|包含|内含)")  # a count that opens so is inside the part before it
_IN_RUN: Final = re.compile(r"[^，,；;。！？!?]*").fullmatch  # words that go on with a run of parts (、部门文件)
# the list's own total, printed after its parts in a clause of its own (，共计15件)
_CLOSING: Final = re.compile(r"^\s*(?:以上|上述)?(?:共计|合计|总计|总共|一共|共(?![享同建性]))[^\d]{0,6}$")
# Parts named by where they were published: one item is published on several, so such parts overlap
_CHANNEL: Final = re.compile(
    r"网站|微博|微信|公众号|新媒体|客户端|头条|抖音|公开栏|报刊|报纸|电视|广播|短信|APP|App|app"
)
_ACCOUNTS: Final = "个"  # the unit of what a channel is made of (微博29个、微信公众号41个): each part its own
# parts named by what they concern (涉及房屋征收的2000件，涉及规划的1500件): one may concern several
_CONCERNS: Final = "涉及"
# events counted by who took part (主要负责同志出席5场、分管负责同志出席8场): several may take part in one;
# not people counted so (县直部门参加200人次、乡镇参加150人次), each of whom is one part's
_TOOK_PART: Final = re.compile(r"出席|参加|参与|主持")
_PEOPLE: Final = ("人", "人次", "名", "位")
# Words that say the parts overlap (one request on several channels, one item in several categories, an
# event held online and offline at once, a part counted inside another), in a part's name or in the remark
# after the list; not 重复申请, an outcome of its own, nor 同时 opening a sentence (同时在公开栏公开各类告示:
# "meanwhile", of other work)
_OVERLAP_SAID: Final = re.compile(
    r"重复(?:统计|计算|计入|提交|发布)|有重复|交叉|多(?:个|种)(?:渠道|方式|途径|平台|类别|栏目|分类)"
    r"|(?<![。！？!?])(?<![。！？!?]\s)同时(?:通过|在|于|向)|分别(?:统计|计入|计算)|兼属|同属"
    r"|同步(?:开展|进行|举办|举行|发布|公开|推送)|[含计][在入][^，,。；;！？!?]{0,12}?[内中]"
)
# the rest of a list's sentence, and the next
_REMARK: Final = re.compile(r"[^。！？!?]{0,200}[。！？!?]?[^。！？!?]{0,200}")
_CLAUSE: Final = re.compile(r"[，,；;：:、]")
_SEMICOLONS: Final = re.compile(r"[；;]")
_APPLICANT_KINDS: Final = (S3_COLUMNS[0].label, APPLICANT_GROUP[:2])  # 自然人, 法人(或其他组织): every applicant is one
_CARRIED: Final = re.compile(r"结转")  # a part carried over from last year or to the next
# a count of the applications' year after a part, not a part of what was received: carried over, or answered
# (收到各类申请152件，其中政府信息公开申请142件，上年结转6件，办结133件，顺延至下年度15件), its words perhaps after
# it (1件结转至下年度)
_FLOW: Final = re.compile(r"结转|顺延|办结|答复|办理完")
_FLOW_AFTER: Final = re.compile(r"[^，,。；;]{0,6}?(?:结转|顺延)")
_YEAR: Final = re.compile(rf"({YEAR})\s*年")
_HEADLINE_WORD: Final = "主动公开"
_HEADLINE_GAP: Final = 12  # characters a headline may print between its word and its count
# the word, its characters perhaps parted by a fold's space where a text's lines were joined by spaces (主动 公开)
_HEADLINE_WORDS: Final = re.compile(" ?".join(_HEADLINE_WORD))
# (its number perhaps cut by spaces: 2 543条, thousands; 254 3条, a fold's)
_HEADLINE: Final = re.compile(rf"{_HEADLINE_WORDS.pattern}[^。,，；;]{{0,{_HEADLINE_GAP}}}?(\d+(?:[ \t]\d+)*)\s*条")
_HEADLINE_BACK: Final = 20  # characters before a headline's count its word is looked for from
_HEADLINE_REACH: Final = 1500  # characters before a 主要类别 list its 主动公开…条 headline may stand
# The list openers but 主要类别, each kind found by one scan for one of its characters: a first character and
# the second characters after it (a line's wrap may fall between 其 and 中, 包 and 括, 分 and 为), or the words
# whole that end in a character as common as 中
_OPENER_HEADS: Final = (("其", "中"), ("包", "括含"), ("分", "为成别"))
_BRACKETS: Final = "（("  # a bracket right after a count opens a list of its parts (收到申请30件（当面申请10件、…）)
_COUNT_BEFORE: Final = re.compile(rf"\d\s*(?:[余多]\s*)?(?:{_UNITS})\s*$")
_COUNT_REACH: Final = 8  # characters before a bracket its count's digit and unit are looked for in
_UNIT_ENDS: Final = frozenset(unit[-1] for unit in _UNITS.split("|"))  # what a count's unit ends with
_OPENER_TAILS: Final = ("信息中", "申请中")
_CLOSING_HEADS: Final = ("计", "共合总")  # 共计, 合计, 总计: by their last character and the first ones before it
_BY_HEADS: Final = "按从"
_BY_LEAD: Final = re.compile(_BY)
_CATEGORIES: Final = "主要类别"
_FOLLOWING: Final = 10  # sentences a list may run on into, when its parts carry shares that have not reached 100%
_CANDIDATES: Final = 8  # counts before a 其中 that may be its total
_LEAD: Final = "。，,：:；; \n\t\u3000"
_LEAD_RUN: Final = re.compile(f"[{re.escape(_LEAD)}]*")  # read to the first other character: no copy of a long sentence


# The classes made for every count, sentence and list write their own `__init__`: the compiled build compiles
# it, where the one `dataclass` generates stays interpreted.


@dataclass(slots=True, init=False)
class _Count:
    value: int
    unit: str
    start: int
    end: int
    depth: int
    share: tuple[float, int] | None  # the percentage printed after it, and its decimals
    rough: bool  # said to be about so many (约, 余, 多, 以上, a range's end)

    def __init__(
        self, value: int, unit: str, start: int, end: int, depth: int, share: tuple[float, int] | None, rough: bool
    ) -> None:
        self.value = value
        self.unit = unit
        self.start = start
        self.end = end
        self.depth = depth
        self.share = share
        self.rough = rough


@dataclass(slots=True, init=False)
class _Sentence:
    start: int
    counts: list[_Count]
    openers: list[tuple[str, int, int, int, int | None]]  # kind, start, end, bracket depth, value (share lists)
    starts: list[int]  # where each count starts

    def __init__(self, start: int) -> None:
        """A sentence from `start`, its counts and openers not yet read."""
        self.start = start
        self.counts = []
        self.openers = []
        self.starts = []


@dataclass(slots=True, init=False)
class _List:
    totals: list[_Count]  # the counts the parts may add up to, the stated one last
    unit: str
    parts: list[tuple[_Count, str]]  # each part with the words before it
    start: int  # where the stated total is
    said: str  # the opener that says the parts are the whole (包括, 分为, 分别), where they name no examples

    def __init__(self, totals: list[_Count], unit: str, parts: list[tuple[_Count, str]], start: int, said: str) -> None:
        self.totals = totals
        self.unit = unit
        self.parts = parts
        self.start = start
        self.said = said


def _cut_off(text: str, start: int) -> bool:
    """Whether the count at `start` follows a digit and one space: the end of a number a fold's space cut
    (重大建设项目1 29条, its lines joined by spaces), which it is as likely as a count of its own."""
    return start >= 2 and text[start - 1] in " \t" and text[start - 2].isdigit()


def _sentences(text: str, begin: int, until: int, more: int = 0) -> list[_Sentence]:
    """The counts and list openers of the sentences from `begin` (where one starts), with their bracket
    depth, up to `more` sentences past the one holding `until`; the last sentence, begun where reading
    stopped, holds only where it starts (unless the text ends first)."""
    cur = _Sentence(begin)
    out = [cur]
    depth = 0
    shares = max(text.rfind("%"), text.rfind("％"))  # a count past the last percent sign prints no share after it
    for m in _TOKEN.finditer(text, begin):
        kind = m.lastgroup or ""
        if kind == "skip":
            continue
        if kind == "end":
            cur = _Sentence(m.end())
            out.append(cur)
            depth = 0
            if m.start() >= until:
                if not more:
                    break
                more -= 1
        elif kind == "open":
            last = cur.counts[-1] if cur.counts else None
            if last and last.depth == depth and not text[last.end : m.start()].strip():
                cur.openers.append(("bracket", m.start(), m.end(), depth + 1, None))  # 收到申请30件（当面…）
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "n":
            end = m.end()
            pm = _PERCENT.match(text, end) if end < shares else None
            share = (float(pm.group(1)), len(pm.group(2) or "")) if pm else None
            value = int("".join(text[m.start() : m.end("digits")].split()))
            rough = (
                text[m.end("digits") : m.start("unit")].strip() != ""
                or ROUGH_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None
                or ROUGH_AFTER.match(text, end) is not None
                or _cut_off(text, m.start())
            )
            cur.counts.append(_Count(value, m.group("unit"), m.start(), end, depth, share, rough))
        elif kind == "share":
            digits = text[m.start() : m.end("digits")].replace("\n", "")
            cur.openers.append(("share", m.start(), m.end(), depth, int(digits)))
        else:
            cur.openers.append((kind, m.start(), m.end(), depth, None))
    return out


def _readings(text: str) -> list[tuple[int, int]]:
    """Where to read the text's sentences for its lists, as stretches from where a sentence begins to a
    place whose sentence reading runs on to the end of: from the sentence of each opener (see `reading`) to it,
    and for a 主要类别, around each 主动公开 in the 1,500 characters before (its headline); stretches that meet
    are read as one. Openers are printed with fixed words, which `str.find` finds fastest: each kind by one
    of its characters (`_openers`), a line's wrap between them or not; a headline's word, which a fold's
    space may part, by its pattern, looked for only before a 主要类别.

    A stretch begins after a 。！？!?: no other token of the scan can hold one of these marks, so each
    ends a sentence, and a scan from there reads on as one from the start would."""
    openers = _openers(text)
    categories = list(finds(text, _CATEGORIES, rare="别"))
    if not openers and not categories:
        return []  # the common case: no list opened
    marks = [c for c in "。！？!?" if c in text]

    def after_stop(i: int) -> int:
        """Where the sentence after the last mark before `i` begins, or 0. Each mark is looked for back only
        to the last one found (。 first, the most common), not back to the start of the text."""
        last = -1
        for c in marks:
            last = max(last, text.rfind(c, last + 1, max(0, i)))
        return last + 1

    def reading(i: int) -> int:
        """Where the sentences are read from for the opener at `i`: the sentence it is in; or the one before as
        well where it may open that sentence (…件。其中…, …件。在主动公开的信息中，…), whose counts its total is then
        read from (see `_totals`)."""
        start = after_stop(i)
        # it opens its sentence where only what may lead one stands before it; a 在…信息中 opener begins at its 在,
        # before the 信息中 it is found by
        lead = _LEAD_RUN.match(text, start, i).end()  # type: ignore[union-attr]
        return after_stop(start - 1) if lead == i or text.startswith("在", lead) else start

    spans = [(reading(i), i) for i in (*openers, *categories)]
    for i in categories:
        words = _HEADLINE_WORDS.finditer(text, max(0, i - _HEADLINE_REACH - _HEADLINE_BACK), i)
        spans += [(after_stop(m.start()), m.end() + _HEADLINE_GAP) for m in words]
    out: list[tuple[int, int]] = []
    for begin, until in sorted(spans):
        if out and begin <= out[-1][1]:  # else it begins after a mark at or past the last one's end
            out[-1] = (out[-1][0], max(out[-1][1], until))
        else:
            out.append((begin, until))
    return out


def _openers(text: str) -> list[int]:
    """Where the list openers but 主要类别 begin (其中, 信息中, 申请中, 包括, 包含, 分为, 分成, 分别, 共计, 合计, 总计,
    a line's wrap between the two characters of each or not; 按…分, 从…看), in no order: one `str.find` scan for
    each kind's character or word."""
    out: list[int] = []
    for first, seconds in _OPENER_HEADS:
        i = text.find(first)
        while i >= 0:
            after = text[i + 1 : i + 2]
            if after == "\n":
                after = text[i + 2 : i + 3]
            if after and after in seconds:
                out.append(i)
            i = text.find(first, i + 1)
    for first in _BY_HEADS:
        i = text.find(first)
        while i >= 0:
            if _BY_LEAD.match(text, i + 1):
                out.append(i)
            i = text.find(first, i + 1)
    for bracket in _BRACKETS:
        i = text.find(bracket)
        while i >= 0:
            before = text[i - 1 : i]  # a unit's end or white space: else no count before, and no search
            if (before in _UNIT_ENDS or before.isspace()) and _COUNT_BEFORE.search(text, max(0, i - _COUNT_REACH), i):
                out.append(i)
            i = text.find(bracket, i + 1)
    for word in _OPENER_TAILS:  # each found whole, far fewer than the text's every 中
        out += finds(text, word)
    last, firsts = _CLOSING_HEADS
    i = text.find(last, 1)
    while i >= 0:
        at = i - 2 if text[i - 1] == "\n" and i > 1 else i - 1  # a line's wrap between 共 and 计, or not
        if text[at] in firsts:
            out.append(at)
        i = text.find(last, i + 1)
    return out


def _is_part(words: str, year: int | None) -> bool:
    """Whether the count after `words` is a part, not a comparison, a running total or another year's."""
    clause = _CLAUSE.split(words)[-1]
    if _NOT_PART.search(clause):
        return False
    return year is None or all(int(y) == year for y in _YEAR.findall(clause))


def _collect(
    text: str, sen: _Sentence, begin: int, stop: int, depth: int, unit: str, year: int | None
) -> list[tuple[_Count, str]]:
    """The counts of `unit` at `depth` from `begin` to `stop`, with the words before each."""
    parts: list[tuple[_Count, str]] = []
    last = begin
    inside = False  # in a list of the part before's own parts (含规范性文件50条、部门文件30条)
    for c in sen.counts[bisect_left(sen.starts, begin) :]:
        if c.start >= stop or c.depth < depth:
            break  # the list, or the bracket holding it, has ended
        if c.depth > depth or c.unit != unit:
            continue
        if stop < len(text) and _LEAD_RUN.match(text, c.end, stop).end() == stop:  # type: ignore[union-attr]
            break  # the total of the next 其中 list
        words = "".join(text[last : c.start].split())  # as said: a line's wrap (其\n他类信息) taken out
        last = c.end
        inside = bool(parts) and (
            _WITHIN.match(_CLAUSE.split(words)[-1]) is not None or (inside and bool(_IN_RUN(words)))
        )
        if inside:
            continue  # 政策文件300条，含规范性文件50条、部门文件30条: parts of the part before
        if _is_part(words, year):
            parts.append((c, words))
    return parts


def _shares_reach_whole(parts: list[tuple[_Count, str]]) -> bool | None:
    """True when every part prints a share and the shares add up to 100% (within rounding), False
    when they all print one and do not, None when some part prints none."""
    shares = [c.share for c, _ in parts if c.share is not None]
    if not shares or len(shares) < len(parts):
        return None
    tolerance = len(shares) * 0.5 * 10 ** -max(d for _, d in shares)
    return abs(sum(v for v, _ in shares) - 100) <= tolerance + 1e-9


def _totals(text: str, sentences: list[_Sentence], k: int, o_start: int, depth: int) -> list[_Count]:
    """The counts a 其中 list may add up to: the last few of the unit of the nearest count before it
    in its sentence — or in the sentence before, when the 其中 opens its sentence."""
    sen = sentences[k]
    i = bisect_left(sen.starts, o_start)
    before = [c for c in sen.counts[max(0, i - _CANDIDATES) : i] if c.depth <= depth]
    if not before and k and _LEAD_RUN.match(text, sen.start, o_start).end() == o_start:  # type: ignore[union-attr]
        before = [c for c in sentences[k - 1].counts[-_CANDIDATES:] if c.depth == 0]
    if not before:
        return []
    return [c for c in before if c.unit == before[-1].unit]


def find_lists(text: str, year: int | None = None) -> Iterator[_List]:
    """Every list of parts with the totals it may be meant to add up to: 'total，其中 a、b…' (the 其中
    may open the next sentence, and parts that print shares may run on until those reach 100%),
    'N条政府信息中，a、b…', 'total。按类别分，a、b…' (the lead says the parts are the whole), 'a、b…，共计N'
    (its total after them), and '主要类别有：a、b…' under a 主动公开…条 headline before it."""
    # the headlines count only for a 主要类别 list: where none is printed, none is looked for
    headlines: list[_Count] | None = [] if _CATEGORIES in text else None
    for begin, until in _readings(text):
        yield from _lists(text, _sentences(text, begin, until), headlines, year)


def _lists(text: str, sentences: list[_Sentence], headlines: list[_Count] | None, year: int | None) -> Iterator[_List]:
    """The lists opened in `sentences`, read in a row; the headlines they hold are added to `headlines`, unless
    None (no 主要类别 is printed)."""
    for k, sen in enumerate(sentences):
        if sen.openers:  # most sentences open no list
            sen.starts = [c.start for c in sen.counts]
            stops = _stops(sen, len(text))
        for i, (kind, o_start, o_end, depth, value) in enumerate(sen.openers):
            if kind == "closing":
                yield from _closed(text, sen, i, year)
                continue
            if kind in _WHOLE_OPENERS:
                if not _opens_whole(text, sen, i):
                    continue
                totals = _totals(text, sentences, k, o_start, depth)
            elif kind in ("whereof", "among", "by", "bracket"):
                if _EXAMPLES.match(text, o_end) or (kind == "bracket" and _closes_itself(sen, i)):
                    continue
                totals = _totals(text, sentences, k, o_start, depth)
            elif kind == "share":
                totals = [_Count(value or 0, "条", o_start, o_start, depth, None, _cut_off(text, o_start))]
            else:
                assert headlines is not None  # a 主要类别 opener: the text prints the words
                reach = o_start - _HEADLINE_REACH
                totals = sorted((h for h in headlines if h.start >= reach), key=lambda c: c.value)
                if any(_cut_off(text, h.start) for h in totals):
                    continue  # a headline's count a space may have cut (主动公开政府信息254 3条): its total unknown
            if not totals:
                continue
            unit = totals[-1].unit
            parts = _collect(text, sen, o_end, stops[i], depth, unit, year)
            last = all(o[0] in _ENDS_NONE for o in sen.openers[i + 1 :])
            if last and parts and k + 1 < len(sentences):
                parts += _run_on(sentences[k + 1].start, parts, unit, text, year)
            closing = [c for c, w in parts if _closing(_CLAUSE.split(w)[-1])]
            if closing:
                totals = [*totals, *closing]
                parts = [(c, w) for c, w in parts if c not in closing]
            said = kind if kind == "by" or kind in _WHOLE_OPENERS else ""
            if kind in ("whereof", "by") and parts and "分别" in parts[0][1]:
                said = "respectively"  # 其中A、B分别为…
            if parts and _examples(text, parts):
                said = ""
            yield _List(totals, unit, parts, totals[-1].start, said)
        if headlines is not None:
            headlines += [c for c in sen.counts if c.unit == "条" and _is_headline(text, c)]


def _closing(clause: str) -> bool:
    """Whether the clause before a part says it is the list's total (，共计15件), not another count of the year
    (，共办理完成126件: the year's answers)."""
    return _CLOSING.match(clause) is not None and not _FLOW.search(clause)


def _closed(text: str, sen: _Sentence, i: int, year: int | None) -> Iterator[_List]:
    """The list the sentence's opener `i`, a closing total's word, ends, when it is its first opener and
    not in brackets (网上申请20件，信函申请5件，共计25件): the counts of the total's unit before it, said to
    make it up; none where a part is said as a total (共收到申请25件，网上申请20件…，共计25件: one broken down)."""
    _, o_start, _, depth, _ = sen.openers[i]
    k = bisect_left(sen.starts, o_start)
    if depth or i or k == len(sen.counts):
        return
    total = sen.counts[k]
    if total.depth or not _CLOSING.match(text[o_start : total.start]):
        return
    parts = _collect(text, sen, sen.start, total.start, 0, total.unit, year)
    if len(parts) >= 2 and not any(_TOTAL_SAID.search(_CLAUSE.split(w)[-1]) for _, w in parts):
        yield _List([total], total.unit, parts, total.start, "" if _examples(text, parts) else "closing")


def _closes_itself(sen: _Sentence, i: int) -> bool:
    """Whether the bracket the sentence's opener `i` opens prints its own closing total (（网上申请28件、…，共计31件）):
    its parts are said of that total, which a closing total in brackets is not judged by."""
    depth = sen.openers[i][3]
    return any(o[0] == "closing" and o[3] == depth for o in sen.openers[i + 1 :])


def _opens_whole(text: str, sen: _Sentence, i: int) -> bool:
    """Whether the sentence's opener `i`, a word that says the parts are the whole, opens a list: its first
    at its bracket depth or shallower, not followed by examples (包括如…); 包括 and 分为 right after the
    total they break down (收到申请30件，包括…), 分别 after the parts' names (当面、网络分别为…)."""
    kind, o_start, o_end, depth, _ = sen.openers[i]
    if any(o[3] <= depth and o[0] != "closing" for o in sen.openers[:i]) or _EXAMPLES.match(text, o_end):
        return False
    if kind == "respectively":
        return True
    k = bisect_left(sen.starts, o_start)
    return k > 0 and _SEPARATORS.fullmatch(text, sen.counts[k - 1].end, o_start) is not None


def _examples(text: str, parts: list[tuple[_Count, str]]) -> bool:
    """Whether the parts are said to be examples: 等 after the last, or in the words of one (A、B等分别为…)."""
    return _ETC.match(text, parts[-1][0].end) is not None or any("等" in w for _, w in parts)


def _stops(sen: _Sentence, end: int) -> list[int]:
    """Where each opener's list ends: at the next opener at its bracket depth or shallower, else `end`;
    a word that says the parts are the whole (包括, 分别) ends none. One pass with a stack of the openers
    still open, so a sentence of many 其中 costs linear time."""
    stops = [end] * len(sen.openers)
    waiting: list[int] = []
    for j, (kind, start, _, depth, _) in enumerate(sen.openers):
        while kind not in _ENDS_NONE and waiting and sen.openers[waiting[-1]][3] >= depth:
            stops[waiting.pop()] = start
        waiting.append(j)
    return stops


def _is_headline(text: str, c: _Count) -> bool:
    m = _HEADLINE.search(text, max(0, c.start - _HEADLINE_BACK), c.end)
    return m is not None and m.start(1) <= c.start < m.end(1)  # its number's, or the end a space cut off it


def _run_on(
    start: int, parts: list[tuple[_Count, str]], unit: str, text: str, year: int | None
) -> list[tuple[_Count, str]]:
    """The parts a list continues with in the sentences from `start`: while its parts print shares short
    of 100%, each next sentence without a list of its own whose counts of the unit all print one."""
    more: list[tuple[_Count, str]] = []
    if _shares_reach_whole(parts) is not False:
        return more  # the common case: nothing to read on
    for sen in _sentences(text, start, start, _FOLLOWING - 1)[:_FOLLOWING]:
        if _shares_reach_whole(parts + more) is not False or sen.openers:
            break
        mine = [c for c in sen.counts if c.unit == unit and c.depth == 0]
        if not mine or any(c.share is None for c in mine):
            break
        more += [(c, "") for c in mine if _is_part(text[sen.start : c.start], year)]
    return more


def check_sums(ctx: Context) -> Iterator[Finding]:
    seen: set[int] = set()
    prose = ctx.arabic
    for lst in find_lists(prose.text, ctx.record.meta.year):
        if len(lst.parts) < 2 or lst.start in seen:
            continue
        clauses = [_CLAUSE.split(w)[-1] for _, w in lst.parts]  # each part's own clause, read once for every test
        flow = [
            bool(_FLOW.search(clauses[i]) or _FLOW_AFTER.match(prose.text, c.end)) for i, (c, _) in enumerate(lst.parts)
        ]
        if lst.start < lst.parts[-1][0].start and not flow[0] and all(flow[1:]):
            continue  # total，其中 one part, then the year's other counts (not a total after them): nothing broken down
        total = sum(c.value for c, _ in lst.parts)
        runs = _sums_of_runs([t.value for t in lst.totals])
        carried = sum(c.value for i, (c, _) in enumerate(lst.parts) if _CARRIED.search(clauses[i]))
        if total in runs or total - carried in runs or any(c.rough for c, _ in lst.parts):
            continue  # 收到申请4件，其中当面1件、网上3件，上年结转1件: the carried count may be a part or not
        if _made_before_semicolon(lst.parts, runs):
            continue  # 复议3件，其中维持2件，纠错1件；诉讼2件: the list ended where its parts made the total
        named = clauses if lst.said != "respectively" else []  # 其中A、其他分别为…: the names all come first
        rest = [i for i, clause in enumerate(named) if _REST.match(clause)]
        if rest and rest[0] < len(lst.parts) - 1:
            continue  # counts after what is left are a remark or another breakdown: no plain partition
        stated = lst.totals[-1].value
        whole = _shares_reach_whole(lst.parts) is True
        over = total > max(t.value for t in lst.totals)
        partition = whole or lst.said == "divided"  # 分为: the parts do not overlap
        if lst.totals[-1].rough and (not whole or _cut_off(prose.text, lst.totals[-1].start)):
            continue  # about so many, unless the parts' shares make the whole; a total a space may have cut, never
        if over and not partition and _overlap(lst, prose.text):
            continue
        # the two kinds of applicant, of a total that counts no applications carried over in it (含上年结转1件)
        by_applicant = _by_applicant(clauses) and not _CARRIED.search(prose.text, lst.start, lst.parts[0][0].start)
        exhaustive = bool(rest) or whole or bool(lst.said) or by_applicant
        if not (exhaustive or over):
            continue
        seen.add(lst.start)
        listed = "+".join(str(c.value) for c, _ in lst.parts)
        yield finding(
            "narrative.sum_mismatch",
            f"正文称共 {stated}{lst.unit}，所列各项 {listed} = {total}{lst.unit}，两者不符。",
            location=ctx.locate(prose.offset(lst.start)),
        )


def _made_before_semicolon(parts: list[tuple[_Count, str]], runs: set[int]) -> bool:
    """Whether two parts or more, parted by commas, add up to a total before the first semicolon between
    parts: what follows it is another statement (其中维持2件，纠错1件；行政诉讼2件，均维持), not more parts."""
    made = 0
    for i, (c, words) in enumerate(parts):
        if _SEMICOLONS.search(words):
            return i >= 2 and made in runs
        made += c.value
    return False


def _by_applicant(clauses: list[str]) -> bool:
    """Whether the parts, by their own `clauses`, are those of the two kinds of applicant there are, 自然人 and
    法人或其他组织 (法人和其他组织, 法人): a list that means to be whole (其中自然人申请17件，法人或其他组织申请2件)."""
    if len(clauses) != len(_APPLICANT_KINDS):
        return False
    named = [next((k for k in _APPLICANT_KINDS if k in clause), None) for clause in clauses]
    return sorted(map(str, named)) == sorted(_APPLICANT_KINDS)


def _sums_of_runs(values: list[int]) -> set[int]:
    """The sums of every run of consecutive `values`: the parts of '新收申请20件，上年结转2件，其中…'
    add up to both counts."""
    return {sum(values[i:j]) for i in range(len(values)) for j in range(i + 1, len(values) + 1)}


def _overlap(lst: _List, text: str) -> bool:
    """Whether the parts may overlap, not split their total: they are named by where they were
    published (门户网站、政务微博…; not accounts, 微博29个、微信公众号41个), by what they concern
    (涉及房屋征收…、涉及规划…) or by who took part (主要负责同志出席…、分管负责同志出席…), the text says they overlap
    (涉及多个渠道, 重复统计), one of several is as large as a total (the rest then overlap it), or they
    break the total down twice over or break one of themselves down (自然人100件、法人20件；当面30件、
    网络90件; 办结115件，予以公开80件…).
    Parts that overlap add up to more than their total, never to less when they are all listed."""
    if sum(1 for c, _ in lst.parts if c.value) < 2:
        return False
    totals = {t.value for t in lst.totals}
    values = [c.value for c, _ in lst.parts]
    words = [w for _, w in lst.parts]
    remark = _REMARK.match(text, lst.parts[-1][0].end).group()  # type: ignore[union-attr]
    return (
        any(v in totals for v in values)
        or (lst.unit != _ACCOUNTS and any(_CHANNEL.search(w) for w in words))
        or all(_CONCERNS in w for w in words)
        or (lst.unit not in _PEOPLE and all(_TOOK_PART.search(w) for w in words))
        or any(_OVERLAP_SAID.search(w) for w in [*words, remark])
        or _breaks_down(values, totals)
    )


def _breaks_down(values: list[int], totals: set[int]) -> bool:
    """Whether the first parts already add up to a total with two or more (not 0) after them (a second
    breakdown), or a part is the sum of two or more right after it (its own breakdown). Linear time:
    runs[j] - runs[i] is the sum of values[i:j], counted[j] - counted[i] how many of them are not 0."""
    runs, counted = [0], [0]
    for v in values:
        runs.append(runs[-1] + v)
        counted.append(counted[-1] + bool(v))
    n = len(values)
    if any(runs[k] in totals and counted[n] - counted[k] >= 2 for k in range(1, n)):
        return True
    last = {r: j for j, r in enumerate(runs)}  # the runs never fall: the last place gives the most parts
    return any(counted[last.get(runs[i + 1] + v, 0)] - counted[i + 1] >= 2 for i, v in enumerate(values))


_OWN_WORDS: Final = ("whole", "named")  # statements that name what they count, not an item of a list or a topic's count


def _table_value(ctx: Context, spec: Stated) -> tuple[str, int, tuple[str, ...]] | None:
    """Where the tables hold the quantity, as a message names it, its value and its cells; None where they
    do not say (a cell not read, no such 统计表 row)."""
    if spec.cells:
        values = [ctx.record.cells.get(c) for c in spec.cells]
        if any(not isinstance(v, int) for v in values):
            return None
        number = {"2": "二", "3": "三", "4": "四"}[spec.cells[0][1]]
        return f"表格{number}的{spec.name}", sum(values), spec.cells  # type: ignore[arg-type]
    found = _indicator(ctx, spec)
    if found is None:
        return None
    label, col, value = found
    return f"统计表“{label}”{col}", value, ()


def _agreed(ctx: Context, spec: Stated) -> tuple[float, ...]:
    """The counts a statement of the quantity agrees with the tables by: what they hold, or that with what they
    hold `also` (新收 with 上年结转); none where they do not say."""
    found = _table_value(ctx, spec)
    if found is None:
        return ()
    also = [ctx.record.cells.get(c) for c in spec.also]
    return (found[1], found[1] + sum(v or 0 for v in also)) if also else (found[1],)


def _differ(ctx: Context, spec: Stated, a: int, b: int) -> bool:
    """Whether two plain statements of the quantity differ: not where the larger may count in what the
    tables hold as well (新收 with 上年结转), or where that is not read."""
    also = [ctx.record.cells.get(c) for c in spec.also]
    if any(not isinstance(v, int) for v in also):
        return False
    return a != b and abs(a - b) != sum(also)  # type: ignore[arg-type]


def _said(ctx: Context, flat: Flat, st: Statement) -> str:
    """The statement's words as printed."""
    prose = ctx.arabic
    start = prose.offset(flat.offset(st.start))  # offsets are mapped back only for a finding
    return Flat.of(ctx.prose[start : prose.offset(flat.offset(st.end - 1)) + 1]).text


def _indicator(ctx: Context, spec: Stated) -> tuple[str, str, int] | None:
    """The first 统计表 row that holds the quantity: its label, the year's column and its value."""
    year = ctx.record.meta.year
    if year is None:
        return None
    stats = indicator_template(ctx.template)
    labels = [row.label for row in ctx.record.indicators]
    for row in ctx.record.indicators:
        if not spec.held_by(row.label, labels):
            continue
        for col, v in row.values.items():  # the year's by its year or its word (统计数); a running total never
            if (str(year) in col or col in stats.year_columns) and stats.cumulative_key not in col:
                return (row.label, col, v) if isinstance(v, int) else None
        return None
    return None


def check_against_tables(ctx: Context) -> Iterator[Finding]:
    """Counts the prose states plainly for the whole report (申请, 办结, 结转, 复议, 诉讼, 主动公开 in a
    统计表) that differ from the tables; one finding per quantity."""
    if ctx.template is None or not ctx.template.stated:
        return
    prose = ctx.arabic
    text = prose.text
    header = ctx.template.indicator_header_pattern  # the prose ends where the 统计表 begins
    m = search_at_starts(header, text) if header else None
    text = text[: m.start()] if m else text
    by_quantity = {s.quantity: s for s in ctx.template.stated}
    done: set[str] = set()
    first: dict[str, Statement] = {}  # the first statement of each quantity that speaks for it by its own words
    agreed: dict[str, tuple[float, ...]] = {}

    def agrees(quantity: str) -> tuple[float, ...]:
        """`_agreed` for the quantity, judged once."""
        if quantity not in agreed:
            spec = by_quantity.get(quantity)
            agreed[quantity] = _agreed(ctx, spec) if spec else ()
        return agreed[quantity]

    said = ctx.stated
    clauses: Clauses | None = None
    if said is not None and said.flat.source == text:  # the table reader's, of the same quantities: not read again
        read = iter(said.found)  # those `agrees` leaves out are passed over below as well
    else:
        clauses = Clauses.of(text, printed=True)  # the prose is flattened whole only where a statement is judged
        read = statements(clauses, ctx.record.meta.year, ctx.record.meta.agency, by_quantity, agrees)
    for st in read:
        spec = by_quantity.get(st.quantity)
        if spec is None or st.quantity in done:
            continue
        flat = clauses.flat() if clauses is not None else said.flat  # type: ignore[union-attr]
        if st.scope in _OWN_WORDS:
            first.setdefault(st.quantity, st)
        found = _table_value(ctx, spec)
        if found is None:  # the tables do not say: two statements of the year's count that differ contradict each other
            other = first.get(st.quantity)
            if (
                other is None
                or other is st
                or st.scope not in _OWN_WORDS
                or not _differ(ctx, spec, other.value, st.value)
            ):
                continue
            a, b = sorted((other, st), key=lambda s: s.start)
            message = f"正文称“{_said(ctx, flat, a)}”，又称“{_said(ctx, flat, b)}”，两者不符。"
            cells = spec.cells
        else:
            where, table, cells = found
            if st.value in agrees(st.quantity):
                continue
            message = f"正文称“{_said(ctx, flat, st)}”，{where}为 {table}。"
        done.add(st.quantity)
        yield finding("narrative.table_mismatch", message, cells, ctx.locate(prose.offset(flat.offset(st.start))))
    if ctx.template.tables:
        yield from _outcome_mismatches(ctx)


_AND: Final = r"(?:及|和|与|、)"
_OUTCOME_BACK: Final = 40  # characters before an outcome count (in its sentence) read for what its clause says
_ATTRIBUTES: Final = re.compile(r"公开属性|主动公开\d+件")  # a sentence sorting documents, not applications, by outcome


@cache
def _outcome_patterns(table: Table) -> tuple[tuple[re.Pattern[str], ...], dict[str, tuple[str, ...]]]:
    """`予以公开及部分公开258件`: one outcome kind or two joined, then its count, from the template's rows.
    One pattern for the kinds of each first character, each then led by a literal, which the engine
    finds far faster than any of several first characters; together they find what their alternation would."""
    kinds = dict(s3_outcome_kinds(table))
    ordered = sorted(kinds, key=len, reverse=True)
    names = "|".join(map(re.escape, ordered))
    patterns = tuple(
        re.compile(
            rf"({'|'.join(re.escape(k) for k in ordered if k[0] == first)})"
            rf"(?:{_AND}({names}))?[^。；;，,\d%]{{0,6}}?(\d+)\s*件"
        )
        for first in dict.fromkeys(k[0] for k in ordered)
    )
    return patterns, kinds


def _rough(text: str, m: re.Match[str]) -> bool:
    """Whether the count in group 3 of `m`, its 件 last, is said to be about so many (约20件, 20件以上)."""
    return bool(ROUGH_BEFORE.search(text, m.start(), m.start(3)) or ROUGH_AFTER.match(text, m.end()))


def _row_count(cells: dict, table: Table, row: str) -> int | None:
    """The row's total, or the sum of its applicant cells where the total is blank."""
    total = cells.get(table.cell_id(row, "total"))
    if total is not None:
        return total
    parts = [cells.get(table.cell_id(row, c.id)) for c in table.columns if c.id != "total"]
    known = [v for v in parts if v is not None]
    return sum(known) if known else None


def _outcome_mismatches(ctx: Context) -> Iterator[Finding]:
    """Outcome counts stated in the prose (予以公开…件, 无法提供…件) that differ from table 三."""
    assert ctx.template is not None
    tables = ctx.template.section_tables(3)
    if not tables:
        return
    table = tables[0]
    patterns, kinds = _outcome_patterns(table)
    said: list[str] = []
    rows: list[str] = []
    text = ctx.arabic.text
    for m in finditer(patterns, text):
        named = [k for k in (m.group(1), m.group(2)) if k]
        counts = [c for k in named for r in kinds[k] if (c := _row_count(ctx.record.cells, table, r)) is not None]
        n = int(m.group(3))
        if len(counts) < sum(len(kinds[k]) for k in named) or n == sum(counts):
            continue  # a row not read, or the count the table holds: what it says, read first, is not judged
        sentence = sentence_start(text, m.start())  # the sentence before's 较上年, 2019年 are not this count's
        # the words as said, a line's wrap (上\n年度, 区教\n育局) taken out
        words = "".join(text[max(sentence, m.start() - _OUTCOME_BACK) : m.start(3)].split())
        if not _is_part(words, ctx.record.meta.year) or _rough(text, m) or LAST_YEAR.search(_CLAUSE.split(words)[-1]):
            continue  # 予以公开较上年增加5件, 2019年予以公开…, 约20件, 上年度…: no count of the year's outcome
        if another_body("".join(text[sentence : m.start()].split()), ctx.record.meta.agency):
            continue  # 区教育局予以公开5件，部分公开2件: another body's
        stop = text.find("。", m.end())
        if _ATTRIBUTES.search(text, sentence, stop if stop >= 0 else len(text)):
            continue  # 审核公文912件，其中主动公开312件、不予公开585件: documents by how they are published
        said.append(f"{'及'.join(named)}{n}件，表格为{sum(counts)}件")
        rows.extend(table.row_prefix(r) for k in named for r in kinds[k] if table.row_prefix(r) not in rows)
    if said:
        yield finding(
            "narrative.table_mismatch",
            f"正文所述办理结果与表格三不符：{'；'.join(said)}。",
            tuple(rows),
        )


CHECKS: Final = (check_sums, check_against_tables)
