"""Section headings → the report's sections, with their titles and text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache, partial
from typing import Final, NamedTuple

from .dates import PAGE_ENDS, SEPARATED, TIME_OF_DAY
from .numbering import NUMERALS, strip_numbering
from .patterns import DIGIT, first_chars, literal_prefix
from .templates import Section

# a section's numbering: 四、 (the statutory form), 四． or 第四部分 (a clerk's), or （四） (a converter's or a
# clerk's) … Its first character is consumed first, so that the engine skips to where one is; 四、's numeral
# runs from the match's start to the end of `num` (a second numeral, or empty).
_NUMBERED: Final = re.compile(
    rf"[{NUMERALS}（(第](?:(?<=[{NUMERALS}])(?P<num>[{NUMERALS}]?)\s*[、.．]\s*"
    rf"|(?<=[（(])(?P<sub>[{NUMERALS}]{{1,2}})[)）]\s*"
    rf"|(?<=第)(?P<part>[{NUMERALS}]{{1,2}})部分[:：、]?\s*)"
)
# … or none at all, at the start of a short line of its own (after any spaces, tabs and Markdown #)
_LEADING: Final = " \t#"
_BOUNDARY: Final = frozenset("。；;:：!！?？ \t\n")
_WINDOW: Final = 40
_WHITE: Final = re.compile(r"\s")
# a line with more than _WINDOW characters besides white space: read no further than that, not split whole
_OVER_WINDOW: Final = re.compile(rf"(?:\s*+\S){{{_WINDOW + 1}}}")
_PROSE_MARKS: Final = re.compile(r"[。；;，,！？!?]")  # what a heading's words never hold
_REPORT_END: Final = "报告"  # a report's title's last words, a section's numeral glued to it
# what a glued heading's numeral may follow, a space or # between or not
_AFTER_WHICH: Final = (*"。！？!?：:", _REPORT_END)
# … or a date's end: a page's 发布日期 before the body (…1 日 一、, …2020-03-11 一、, its time of day too); Markdown's
# marks of a heading between too (…报告 ## 一、, the page's lines joined by spaces)
_DATE_BEFORE: Final = re.compile(rf"(?:\d[ \t]*日|{SEPARATED}{TIME_OF_DAY})[ \t#*]*$")
_DATE_REACH: Final = 24  # how far before a numeral such a date may begin
# a glued heading's words: a few, before the prose's first digit or mark (基本情况 of 一、基本情况2021年，…, or of
# 一、基本情况 2021年 where a page's lines were joined by spaces)
_GLUED_TITLE: Final = re.compile(r"[ \t]*[:：]?[ \t]*[^\d\s。，,；;：:！？!?、]{2,10}(?=[ \t]*\d|[。，,；;：:！？!?])")
# so at a line's start, the prose after it opening on a number (一、基本情况 2021年，…; not 一、坚持公开为常态，…)
_TITLE_BEFORE_YEAR: Final = re.compile(r"[ \t]*[:：]?[ \t]*[^\d\s。，,；;：:！？!?、]{2,10}(?=[ \t]*[:：]?[ \t]*\d)")
_NEAR, _FAR = 4, 16  # how far into a heading's words its key may begin: glued to text before it, or not
_SHORT: Final = _WINDOW + _NEAR  # the most words a line with no number may hold
# A line that may be a heading with no number: after any spaces, tabs and Markdown #, words that begin
# with no digit (a line led by one is a table row's cells) and hold at most _SHORT characters besides
# white space (a key ends within the window, and may leave at most _NEAR characters after it). A line no longer
# than that in all is taken whole at once: its characters are not counted one group at a time.
_SHORT_LINE: Final = (
    rf"\n[{_LEADING}]*+(?P<words>[^\s\d](?:(?=[^\n]{{0,{_SHORT - 1}}}+$)[^\n]*+"
    rf"|(?:[^\S\n]*+\S){{0,{_SHORT - 1}}}+[^\S\n]*+))$"
)
# What follows a 统计表 row's label printed a cell a line, from its line's end: its unit, then a value (a number, or a
# dash where none is due), or two values; lines of a table's bars or spaces between. A heading has prose after it.
_GAP: Final = r"(?:\n(?:[^\S\n]|[|｜])*+)++"
_VALUE: Final = r"(?:\d[\d,.]*%?|[-—–]{1,2})"
_ROW_CELLS: Final = re.compile(
    rf"{_GAP}(?:[^\s\d|｜]{{1,2}}{_GAP}{_VALUE}|{_VALUE}{_GAP}{_VALUE})(?:[^\S\n]|[|｜])*(?:\n|$)"
)


# A heading's line that runs on into its section's text after its key: the title's last words (说明 of …事项说明),
# then a colon or a full stop; or, right after the key, a statement that there is nothing to report (…事项无).
_SAID_AFTER: Final = re.compile(r"[\u4e00-\u9fff]{0,4}?(?P<mark>[ \t]*[：:。])[ \t]*(?=\S)")
_NONE_AFTER: Final = re.compile(r"(?P<mark>)[ \t]*(?=无|暂无|没有)")


class Heading(NamedTuple):
    section: int
    start: int  # where the heading's numeral is
    body: int  # where the section's text begins
    title: str
    rank: int = 0  # 0: numbered 四、 (四．, 第四部分) as its section; 1: so numbered under another number, or 4.
    # as its section among headings so numbered; 2: （四）; 3: no number; 4: none printed, known by its words


class _Keys(NamedTuple):
    """Every section's keys in one alternation, looked for in two steps: where the earliest begins, by their
    plain alternation, which the engine skips through to the characters a key begins with (a group around
    each section's keys keeps it from that, and a look-ahead for them is tried at every place); then whose it
    is, by the alternation with each section's keys in a group named after its number, matched there: of keys
    at the same place the first section's."""

    starts: re.Pattern[str]
    named: re.Pattern[str]


def _keys(sections: tuple[Section, ...]) -> _Keys:
    """The sections' keys (_Keys)."""
    plain = "|".join(k for s in sections for k in s.keys)
    named = "|".join(f"(?P<s{s.number}>{'|'.join(s.keys)})" for s in sections)
    return _Keys(re.compile(plain), re.compile(named))


_HEAD: Final = 3  # how many of a key's first characters stand for it where a heading is looked for


def _key_heads(sections: tuple[Section, ...], space: str) -> str:
    """The first characters of every section's key (its first _HEAD plain characters, else the class of its
    first), `space` between them, in one alternation: a heading's words that hold none of these hold no key."""
    heads = []
    for key in (k for s in sections for k in s.keys):
        if prefix := literal_prefix(key)[:_HEAD]:
            heads.append(space.join(map(re.escape, prefix)))
        else:
            first = first_chars(key)
            heads.append(f"[{first}]" if first else r"[\s\S]")
    return "|".join(dict.fromkeys(heads))


class _Scanners(NamedTuple):
    """What a report's headings are looked for with, made once per format's sections."""

    keys: _Keys  # the sections' keys
    heads: re.Pattern[str]  # where the first characters of a key stand, white space between them
    line_heads: str  # the same within a line
    titles: dict[int, str]  # each section's own title without its numbering or white space


_SCANNERS: Final[dict[int, tuple[tuple[Section, ...], _Scanners]]] = {}  # by the sections' identity: see `_scanners`


def _scanners(sections: tuple[Section, ...]) -> _Scanners:
    """The scanners for `sections`, looked up once a report by the tuple's identity (a format's sections are
    one tuple), as hashing its sections at each look-up costs more than the rest of a heading's test.
    Each section's own title serves as a line of its own that is a heading with no number, or as words
    glued to a table's end after their own numeral that are a heading, though its key may fill less of
    them (因政府信息公开申请行政复议、提起行政诉讼情况)."""
    known = _SCANNERS.get(id(sections))
    if known is not None and known[0] is sections:
        return known[1]
    titles = {s.number: "".join(strip_numbering(s.title).split()) for s in sections}
    made = _Scanners(
        _keys(sections), re.compile(_key_heads(sections, r"\s*")), _key_heads(sections, r"[^\S\n]*"), titles
    )
    if len(_SCANNERS) >= 8:
        _SCANNERS.clear()  # a few formats' sections are all a process sees: the tuples held stay few
    _SCANNERS[id(sections)] = (sections, made)
    return made


@lru_cache(maxsize=8)
def _short_lines(heads: str = r"[\s\S]") -> re.Pattern[str]:
    """The short lines (_SHORT_LINE) that hold a match of `heads`: the engine skips those that hold none,
    which cannot be a heading with no number. A line led by a digit (a table's cells, most lines of a table
    printed a cell a line) is passed over at its first character; another is read on to the first character
    a match of `heads` can begin with that one does begin at, skipping the others by runs. A line with
    none of those characters (most of a table printed a cell a line) is given up after one run over it."""
    first = first_chars(heads)
    has = (
        rf"(?=[^\n{first}]*+[{first}])(?:[^\n{first}]++|(?!{heads})[{first}])*+(?:{heads})"
        if first
        else rf"[^\n]*?(?:{heads})"
    )
    return re.compile(_SHORT_LINE.replace("(?P<words>", rf"(?=[^\s\d])(?={has})(?P<words>", 1), re.MULTILINE)


def _classify(window: str, keys: _Keys) -> tuple[int, int, int] | None:
    """The section whose key appears earliest in a heading's first words: where its key begins and ends."""
    start = keys.starts.search(window)
    m = keys.named.match(window, start.start()) if start else None
    return (int(m.lastgroup[1:]), m.start(), m.end()) if m and m.lastgroup else None


def _numeral(text: str) -> int:
    return NUMERALS.index(text) + 1 if len(text) == 1 else 0


def _candidates(text: str, heads: str = r"[\s\S]") -> Iterator[tuple[int, int, re.Match[str] | None]]:
    """Where a heading may begin and its words begin, with its numbering if any, in document order. A
    line with no number is a candidate only if it is short enough for a key to fill it, holds a match of
    `heads` (the first characters of a key), and is not where a numbering's match (and the white space
    after it) already is."""
    numbered = list(_NUMBERED.finditer(text))
    k, taken = 0, 0
    for line in _short_lines(heads).finditer("\n" + text):  # a line break before the first line too: offsets + 1
        a, body = line.start(), line.start("words") - 1
        while k < len(numbered) and numbered[k].start() <= a:
            m = numbered[k]
            yield m.start(), m.end(), m
            taken = m.end()
            k += 1
        if a >= taken:
            yield a, body, None
    for m in numbered[k:]:
        yield m.start(), m.end(), m


def find_headings(text: str, sections: tuple[Section, ...]) -> list[Heading]:
    """Every plausible section heading, in document order. A heading glued to the text before it
    (a table row's last digits) counts only when its numeral is its own section's. Where no section, or at
    least _ARABIC_RUN of those the format requires, have a heading numbered 四、 (四．, 第四部分), those numbered
    1、 1. in order are read too (`_arabic_headings`): a report numbered so may still print a 四、 or two,
    glued to a table's end; before 2019, when at least _ARABIC_RUN sections have none (a 统计表's rows
    numbered 一、 may stand for the others)."""
    keys, heads, line_heads, titles = _scanners(sections)
    out: list[Heading] = []
    for a, words, m in _candidates(text, line_heads):
        if m is not None and not heads.search(text, words, words + _WINDOW * 2):
            continue  # no key can begin in its window (a line with none is not a candidate)
        line_end = text.find("\n", words)
        line_end = line_end if line_end >= 0 else len(text)
        numeral = None if m is None else m.group("sub") or m.group("part") or text[m.start() : m.end("num")]
        at_boundary = a == 0 or text[a - 1] in _BOUNDARY
        line = text[words:line_end]
        # white space removed; with no number, the heading is a line of its own and only that line
        window = "".join((text[words : words + _WINDOW * 2] if numeral else line).split())[:_WINDOW]
        hit = _classify(window, keys)
        if hit is None or hit[1] > _FAR:
            continue
        number, key_start, key_end = hit
        if _ROW_CELLS.match(text, line_end) and titles[number] not in "".join(line.split()):
            continue  # a 统计表 row (行政复议数, 五、行政诉讼数量) with its cells on the lines after it, not a title
        if numeral is None and (
            (len(own_line := "".join(line.split())) > key_end + _NEAR and own_line != titles[number])
            or DIGIT.search(window, 0, key_start)
        ):
            continue  # no number: only a line that the key (or the section's title) fills, not a table row's
        own = _numeral(numeral or "") == number
        glued = m is not None and not at_boundary and not (own and m.group("sub") is None)
        if glued and key_start > _NEAR and not (own and window.startswith(titles[number])):
            continue  # unless its words are its own section's title: …0（四）政府信息公开行政复议、行政诉讼情况
        rank = 3 if m is None else 2 if m.group("sub") else 0 if own else 1
        out.append(_heading(text, number, a, words, line, key_end, at_boundary, rank))
    numbered = {h.section for h in out if h.rank <= 1}
    required = [s for s in sections if s.required] or sections  # before 2019 the format requires none
    missing = {s.number for s in required if s.number not in numbered}
    if not numbered or len(missing) >= _ARABIC_RUN:
        out = sorted(out + _arabic_headings(text, keys, line_heads), key=lambda h: h.start)
    elif missing and any(s.required for s in sections):
        # looked for only between the numbered headings around the sections missing
        lo = min(max((h.start for h in out if h.rank <= 1 and h.section < n), default=0) for n in missing)
        hi = max(min((h.start for h in out if h.rank <= 1 and h.section > n), default=len(text)) for n in missing)
        out = sorted(out + _lone_arabic_headings(text, keys, line_heads, missing, lo, hi), key=lambda h: h.start)
    return out


def _heading(
    text: str, number: int, a: int, words: int, line: str, key_end: int, whole_line: bool, rank: int
) -> Heading:
    """The heading of section `number` numbered at text[a], its words from `words`: the title runs to the end
    of its line when the line is short and the heading begins it, else to the end of its key; but where the
    line goes on after the key with a colon or a full stop, or a 无, the section's text begins there."""
    # the key's end in the raw text: counted through it, skipping white space, where the key holds any
    i = words + key_end
    if _WHITE.search(text, words, i):
        seen, i = 0, words
        while i < len(text) and seen < key_end:
            if not text[i].isspace():
                seen += 1
            i += 1
    line_end = words + len(line)
    if not whole_line or (len(line) > _WINDOW and _OVER_WINDOW.match(line)):
        title, body = text[a:i], i
    elif said := _SAID_AFTER.match(text, i, line_end) or _NONE_AFTER.match(text, i, line_end):
        title, body = text[a : said.start("mark")], said.end()  # 六、其他需要报告的事项：无。
    else:
        title, body = text[a:words] + line.strip(), line_end
    return Heading(number, a, body, "".join(title.split()).lstrip("#*"), rank)


# A section numbered 1、 1. 1． wherever it stands: at the start of its line (after spaces, Markdown # or **),
# after a sentence, or glued to a table's last cell (`| 03、收到和处理…`, `…4815.27元3.收到…`; with only a space
# after it, not after a digit: `28.03 （三）收到…` ends a cell's number): how a report
# that never prints 一、 may number its sections. Its table rows and sub-items are numbered so too, so one
# counts only where its number is its own section's, and only in a report where such headings number at
# least _ARABIC_RUN sections in order.
_ARABIC: Final = r"(?P<arabic>[1-9])(?:[ \t]*[、.．][ \t]*|(?<![\d.][1-9])[ \t]+)(?=[^\s\d|])"  # 3 收到, not 28.03 收到
_ARABIC_RUN: Final = 3


@lru_cache(maxsize=8)
def _arabic(heads: str) -> re.Pattern[str]:
    """_ARABIC where the first characters of a key (`heads`) follow with no digit between, within twice
    the reach a key may begin at: the engine passes over the numbers of table rows and counts."""
    return re.compile(rf"{_ARABIC}(?=[^\d]{{0,{_FAR * 2}}}?(?:{heads}))")


def _arabic_hits(
    text: str, keys: _Keys, heads: str, lo: int = 0, hi: int | None = None
) -> Iterator[tuple[re.Match[str], int, tuple[int, int, int], str]]:
    """Each heading numbered 1、 1. 1． in text[lo:hi] whose words hold a section's key near their start: the
    match, its number, the section's (number, key start, key end) in its words and the rest of its line."""
    for m in _arabic(heads).finditer(text, lo, len(text) if hi is None else hi):
        words = m.end()
        line_end = text.find("\n", words)
        line = text[words : line_end if line_end >= 0 else len(text)]
        window = "".join(text[words : words + _WINDOW * 2].split())[:_WINDOW]
        hit = _classify(window, keys)
        if hit is not None and hit[1] <= _FAR and not DIGIT.search(window, 0, hit[1]):
            yield m, int(m.group("arabic")), hit, line


def _lone_arabic_headings(text: str, keys: _Keys, heads: str, missing: set[int], lo: int, hi: int) -> list[Heading]:
    """The sections `missing` among those numbered 四、 that a short line of its own in text[lo:hi], no
    sentence, numbers 4. as its own (`4.政府信息公开行政复议、行政诉讼情况` amid 一、 二、 三、 五、): a clerk's
    slip (rank 1)."""
    out = []
    for m, number, hit, line in _arabic_hits(text, keys, heads, lo, hi):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = "".join(line.split())
        if (
            hit[0] == number in missing
            and len(words) <= _SHORT
            and not _PROSE_MARKS.search(words)
            and not text[line_start : m.start()].strip(" \t#*")
        ):
            out.append(_heading(text, number, m.start("arabic"), m.end(), line, hit[2], True, 1))
    return out


def _arabic_headings(text: str, keys: _Keys, heads: str) -> list[Heading]:
    """The sections numbered 1、 1. 1． (rank 1: numbered, if not as the statute numbers them), where they
    number at least _ARABIC_RUN sections in order; else none. A number printed twice (2、 2、) is the second
    heading's misprint where its words are the next section's."""
    out: list[Heading] = []
    tentative = False  # the last one found is a misprint, until its section's own number is found
    for m, number, hit, line in _arabic_hits(text, keys, heads):
        words = m.end()
        # its own number, or the number of the one before printed again (two 2、) where it follows that one:
        # the second is taken until the section's own number is found after it
        misprinted = hit[0] != number
        if misprinted and not (out and number == out[-1].section == hit[0] - 1):
            continue
        if out and hit[0] <= out[-1].section:
            if hit[0] < out[-1].section or misprinted or not tentative:
                continue
            out.pop()  # the misprint's section, numbered as its own after it
        line_start = text.rfind("\n", 0, m.start()) + 1
        whole_line = not text[line_start : m.start()].strip(" \t#*")
        out.append(_heading(text, hit[0], m.start("arabic"), words, line, hit[2], whole_line, 1))
        tentative = misprinted
    return out if len(out) >= _ARABIC_RUN else []


def _preferred(title: str, h: Heading) -> tuple[int, bool, int]:
    """Best numbered first; of those alike, one that prints its section's own `title` (not a wording only
    a key knows, a sub-item's 三、主动公开工作情况 under 总体情况), then the first."""
    return h.rank, not strip_numbering(h.title).startswith(title), h.start


_Kept = tuple[tuple[int, int], tuple[Heading, ...]]  # (sections kept, least rank), their headings


def _kept_in_order(options: list[list[Heading]], i: int, last: int, memo: dict[tuple[int, int], _Kept]) -> _Kept:
    """The most sections from the i-th on kept in order after `last`, least rank: (score, headings)."""
    if (i, last) in memo:
        return memo[i, last]
    if i == len(options):
        return (0, 0), ()
    score, kept = _kept_in_order(options, i + 1, last, memo)
    for h in options[i]:
        if h.start > last:
            (n, rank), rest = _kept_in_order(options, i + 1, h.start, memo)
            if (n + 1, rank - h.rank) > score:
                score, kept = (n + 1, rank - h.rank), (h, *rest)
    memo[i, last] = score, kept
    return score, kept


def choose_headings(candidates: list[Heading], sections: tuple[Section, ...]) -> dict[int, Heading]:
    """One heading per section: the best numbered, then the first, of those that keep the sections in
    order. Where that leaves some out of order, of the ways to keep the most in order the one whose
    headings are best numbered (then the earliest), a section left out of it getting its best numbered,
    then first: a table's row numbered as a section (三、依申请公开情况 in a 统计表) so loses to its section's
    own heading numbered otherwise (3. 依申请公开政府信息情况) before the sections after it."""
    mine_of: dict[int, list[Heading]] = {s.number: [] for s in sections}
    for h in candidates:  # one pass over the candidates, not one per section
        if h.section in mine_of:
            mine_of[h.section].append(h)
    titles = _scanners(sections).titles
    options = [sorted(mine_of[s.number], key=partial(_preferred, titles[s.number])) for s in sections]
    chosen: dict[int, Heading] = {}
    last = -1
    for i, s in enumerate(sections):  # by index: each section's options are at its place
        mine = options[i]
        if mine:
            h = next((h for h in mine if h.start > last), mine[0])
            chosen[s.number] = h
            last = max(last, h.start)
    starts = [h.start for h in chosen.values()]
    if all(starts[k] < starts[k + 1] for k in range(len(starts) - 1)):
        return chosen
    in_order = {h.section: h for h in _kept_in_order(options, 0, -1, {})[1]}
    return {s.number: in_order.get(s.number) or options[i][0] for i, s in enumerate(sections) if options[i]}


def implied_headings(
    text: str, chosen: dict[int, Heading], sections: tuple[Section, ...], tables: list[tuple[int, int]]
) -> dict[int, Heading]:
    """Sections whose heading a converter dropped but whose words stand where the section would: each
    begins at the line where the first of its `content` words is, after any table printed between the
    sections before and after it (or, where they are not all there, before it), when all its words are
    there. The heading has no title. Before that, a section's heading numbered as the statute numbers it but
    worded as no key knows (一、基本情况, 一、工作概况): the one line there, outside the tables, so numbered."""
    out: dict[int, Heading] = {}
    for s in sections:
        if s.number in chosen:
            continue
        start = max((h.body for n, h in chosen.items() if n < s.number), default=0)
        end = min((h.start for n, h in chosen.items() if n > s.number), default=len(text))
        if s.number <= len(NUMERALS) and (own := _numbered_in_place(text, s.number, start, end, tables, chosen)):
            out[s.number] = own
            continue
        if not s.content:
            continue
        # after the last table printed there; else anywhere there but in a table (sections 一 and 二 both
        # unnumbered, run into the text: 一's words stand before 二's table)
        after = max([start, *(b for a, b in tables if start <= a < end)])
        for pieces in ([(after, end)], _between(start, end, tables)):
            squashed = "".join("".join(text[a:b].split()) for a, b in pieces)
            first = next((m for a, b in pieces if (m := re.compile(s.content[0]).search(text, a, b))), None)
            if first is not None and all(re.search(k, squashed) for k in s.content):
                break
        else:
            continue
        at = first.start()
        line = text.rfind("\n", start, at) + 1 or start
        at = line if at - line <= _NEAR + 2 else at  # the line's start, unless more than a numbering is before
        out[s.number] = Heading(s.number, at, at, "", rank=4)
    return out


def _numbered_in_place(
    text: str, number: int, start: int, end: int, tables: list[tuple[int, int]], chosen: dict[int, Heading]
) -> Heading | None:
    """The heading of section `number` between `start` and `end`: the one place there outside `tables` that
    its numbering opens (四、, or as the other headings number theirs: 4、, （四）, 第四部分) with words of a
    heading, not a list's item or a table's row — a short line with no digit or sentence's end in it and
    prose after it, not its cells; or, where a page's text runs the heading into its prose, a numbering
    after a sentence's end, the report's title or a date (a page's 发布日期), its title the few words before the
    prose's first digit or mark (一、基本情况2021年，…), or opening a line, its title the few words before a
    number that opens the prose (一、基本情况 2021年，…, not 一、坚持公开为常态，…). None where there is none, or
    more than one."""
    found: list[Heading] = []
    for m in re.compile(_numberings(number, chosen)).finditer(text, start, end):
        at = m.start()
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", m.end(), end)
        line_end = line_end if line_end >= 0 else end
        if any(a <= at < b for a, b in tables):
            continue
        line_opened = not text[line_start:at].strip(_LEADING + "*")
        words = "".join(text[m.end() : line_end].split()) if line_opened else ""
        if line_opened and not (
            not text[line_end:end].strip()
            or not 2 <= len(words) <= _WINDOW // 2
            or DIGIT.search(words)
            or _PROSE_MARKS.search(words)
            or _ROW_CELLS.match(text, line_end)
        ):
            body = line_end  # a line of its own
        elif (
            line_opened
            or text[max(0, at - len(_REPORT_END) - 8) : at].rstrip(_LEADING + "*").endswith(_AFTER_WHICH)
            or _DATE_BEFORE.search(text, max(0, at - _DATE_REACH), at)
        ):
            glued = (_TITLE_BEFORE_YEAR if line_opened else _GLUED_TITLE).match(text, m.end(), line_end)
            if glued is None:
                continue
            body = glued.end()
        else:
            continue
        found.append(Heading(number, at, body, "".join(text[at:body].split()), rank=4))
    return found[0] if len(found) == 1 else None


def _numberings(number: int, chosen: dict[int, Heading]) -> str:
    """How section `number`'s heading may be numbered: as the statute numbers it (四、), and as each heading found
    numbers its own (2、主动公开… → 4、, （二） → （四）, 第二部分 → 第四部分), in one alternation."""
    forms = {f"{NUMERALS[number - 1]}、"}
    for h in chosen.values():
        for own, mine in ((str(h.section), str(number)), (NUMERALS[h.section - 1], NUMERALS[number - 1])):
            if numbering := _title_numbering(h.title, own):
                forms.add(numbering.replace(own, mine, 1))
    return "|".join("[ \t]*".join(map(re.escape, f)) for f in sorted(forms, key=len, reverse=True))  # 1 、 too


_OPENS: Final = "（(第"  # what may come before a heading's number: （四） (四) 第四部分
_CLOSES: Final = ")）、.．"  # … and a character that may close it; or 部分


def _title_numbering(title: str, own: str) -> str:
    """The numbering `title` begins with, its number `own`: （4） 4、 第四部分 …; "" where it begins with none.
    Told by comparing its first characters, as a pattern made for each title would be compiled, or looked up,
    each time."""
    at = 1 if title[:1] and title[0] in _OPENS else 0
    if not title.startswith(own, at):
        return ""
    end = at + len(own)
    if title.startswith("部分", end):
        return title[: end + 2]
    return title[: end + 1] if title[end : end + 1] and title[end] in _CLOSES else ""


def _between(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) that no span of `spans` covers, in order."""
    pieces, at = [], start
    for a, b in sorted(spans):
        if b <= at or a >= end:
            continue
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
    if at < end:
        pieces.append((at, end))
    return pieces


def page_end(text: str, start: int) -> int:
    """Where, after `start` (the last section's heading), the page's own end begins: the text's end if it
    prints none."""
    page = PAGE_ENDS.search(text, start)
    return page.start() if page else len(text)


def section_texts(
    text: str, chosen: dict[int, Heading], end: int | None = None, tables: list[tuple[int, int]] | None = None
) -> dict[int, tuple[str, str]]:
    """Section number → (title, text), each section running to the next heading in the document, the last
    to `end` or where the page's own end begins; the spans in `tables` (the statutory tables as printed)
    are left out, so a section's text is its prose."""
    ordered = sorted(chosen.values(), key=lambda h: h.start)
    if end is None and ordered:
        end = page_end(text, ordered[-1].body)
    out: dict[int, tuple[str, str]] = {}
    for i, h in enumerate(ordered):
        stop = ordered[i + 1].start if i + 1 < len(ordered) else (end if end is not None else len(text))
        out[h.section] = (h.title, _without(text, h.body, max(stop, h.body), tables or []))
    return out


def _without(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> str:
    """text[start:stop] less the parts of `spans` inside it, the pieces left one paragraph each."""
    return "\n".join(p for a, b in _between(start, stop, spans) if (p := text[a:b].strip()))
