"""One clean text form: half-width ASCII, plain spaces, simplified characters, no pinyin glosses,
no page chrome or editor artifacts. Every rewrite keeps a map back to the source offsets."""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate, pairwise
from operator import add
from typing import Final

from .document import Document, OffsetMap, splice
from .patterns import AS_DIGITS, FOOTER_LINE_KINDS, NTH_PAGE, PAGE_NUMBER, SPACE_REFERENCE, finds, first_chars
from .templates import TEMPLATES

# Full-width ASCII (！..～) → ASCII; every kind of space → " ". Both keep the text's length.
_WIDTH: Final = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({cp: 0x20 for cp in (0x00A0, 0x3000, 0x2002, 0x2003, 0x2009, 0x202F, 0x205F, 0x1680)})
_WIDTH_TABLE: Final = str.maketrans(_WIDTH)
_WIDE_CHAR: Final = f"[{''.join(re.escape(chr(cp)) for cp in sorted(_WIDTH))}]"
# runs of what the table maps, their first character apart so that the engine skips to one
_WIDE: Final = re.compile(f"{_WIDE_CHAR}{_WIDE_CHAR}*")

_TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_COLUMN_WORDS: Final = ("数据", "列", "Column", "column", "Col", "col")  # a converter's name for an unnamed column
_COLUMN_WORD: Final = f"(?:{'|'.join(_COLUMN_WORDS)})"
_COLUMN_CELL: Final = rf"[ \t]*+{_COLUMN_WORD}[ \t]*\d{{1,2}}[ \t]*\|"
# one cell of such a header, where it is left in the text (amid lines run together: its row not a line of its own)
CONVERTERS_COLUMN: Final = re.compile(rf"\|{_COLUMN_CELL}")
COLUMN_WORD: Final = re.compile(rf"[ \t]*{_COLUMN_WORD}[ \t]*")  # … the word before its number, alone
# a converter's own header row (`| 数据1 | 数据2 | …`, see `_LINE_KINDS`) amid a Markdown table whose rows ran
# together, the next row run on after it: … | 67 || 数据1 | 数据2 | 数据3 | 数据4 || --- | …, or a space
# between the rows: … | 67 | | 数据1 | … | 数据4 | | --- | …
_RUN_ON_CELLS: Final = rf"(?:(?<=\|\|)|(?<=\n\|)|(?<=\|[ \t]\|)){_COLUMN_CELL}(?:{_COLUMN_CELL})+(?=[ \t]?\|)"
_HEADER_RUN_ON: Final = rf"\|{_RUN_ON_CELLS}"
# … or run on after the prose before the table, a sentence's end, its rule after it (…的情况。| 数据1 | … | 数据15 ||
# ---: | …): all but its last `|`, which with the rule's first still tells the rows ran together (see
# `RUN_ON_RULE`). After a table's caption it stays: it tells that a header was printed (`columns.converters_header`)
_CELLS_AFTER_TEXT: Final = (
    r"(?:(?<=[。！？!?;:]\|)|(?<=[。！？!?;:][ \t]\|))"
    rf"(?:{_COLUMN_CELL})+[ \t]*+{_COLUMN_WORD}[ \t]*\d{{1,2}}[ \t]*(?=\|[ \t]?\|[ \t]*:?-{{3}})"
)
_HEADER_AFTER_TEXT: Final = rf"\|{_CELLS_AFTER_TEXT}"
# … or its cells a tab or a space apart (a converter's `|` made tabs, its lines run together), amid a line:
# `规范性文件\t数据1\t数据2\t数据3\t---\t…`; numbered from 1, two cells at least, the white space after it
# taken with it (at a line's end, that before it: see `_chrome_start`); at a line's start, where more follows
# on the line (a line of it alone is a chrome line, `_LINE_KINDS`)
_SPACED_COLUMNS: Final = rf"[ \t]*1(?:[ \t]+{_COLUMN_WORD}[ \t]*\d{{1,2}})+"
_SPACED_HEADER_ENDS: Final = (r"(?:[ \t]+(?=\S)|[ \t]*(?=\n|\Z))", r"[ \t]+(?=\S)")
_SPACED_HEADERS: Final = tuple(
    rf"{word}{before.format(word)}{_SPACED_COLUMNS}{end}"
    for word in _COLUMN_WORDS
    for before, end in zip((r"(?<=[ \t]{})", r"(?<![^\n]{})"), _SPACED_HEADER_ENDS, strict=True)
)
# a page's footer 第 8 页 共 13 页 inside a line, a fold's line break perhaps amid it (… 共 13 / 页)
_PAGE_GAP: Final = r"[ \t]*(?:\n[ \t]*)?"
_NTH_OF_PAGES: Final = (
    rf"第{_PAGE_GAP}\d{{1,4}}{_PAGE_GAP}页[ \t]*[,，/]?{_PAGE_GAP}共{_PAGE_GAP}\d{{1,4}}{_PAGE_GAP}页"
)
# Chrome inside a line: invisible characters, bookmarks, pinyin glosses, share bars, a converter's header.
_INLINE_CHROME: Final = (
    r"[\u200b-\u200d\u2060\ufeff\u00ad]",
    r"\[bookmark:[^\]\n]*\]",
    # a pinyin gloss after a character: 公開(kāi); real parentheses hold more than one syllable. A line folded
    # inside it or before it (數(sh / ù), 熱點 / (diǎn)) is taken out with it, the word whole again; so is one
    # folded inside it whose lines were then joined by a space (數(s hù))
    rf"(?<=[\u4e00-\u9fff])\n?\((?=[a-z{_TONED}\n ]*[{_TONED}])"
    rf"(?:[a-z{_TONED}]{{1,6}}|[a-z{_TONED}]{{0,6}}[\n ][a-z{_TONED}]{{0,6}})\)",
    r"(?<=[\u4e00-\u9fff])\((?:le|de|me|ne|men|zi|ma|ba)\)",
    # … a space before it, where a fold's lines were joined by one (報 (bào)告): the gloss alone, the space with it
    rf"(?<=[\u4e00-\u9fff] )\((?=[a-z{_TONED} ]*[{_TONED}])"
    rf"(?:[a-z{_TONED}]{{1,6}}|[a-z{_TONED}]{{0,6}} [a-z{_TONED}]{{0,6}})\)",
    r"打印此页|关闭窗口|【\s*(?:打印|关闭|大|中|小|字[号体][:：][\s大中小]*)\s*】|分享到[:：]?",
    r"扫一扫在手机(?:上)?(?:打开|查看)当前页面?",
    r"微信\s+微博\s+QQ空间(?:\s+全真版)?(?:\s+文字版)?(?:\s+文件下载)?(?:\s+相关链接[:：]?\s*-*>?)?",
    r"当前位置[:：]\s*首页\S*",
    r"字[号体][:：]\s*(?:[\[［]\s*)?(?:[大中小]\s*)*[\]］]?",  # 字号：大 中 小, 字体：[大 中 小]
    r"浏览次数[:：]\s*\d*",
    # a page footer a PDF's text runs into a line of glued cells: 1200— 5 —行政处罚, 34第 5 页 共 9 页续表
    # (before the next row's own number too: …0 0 5- 1 -3.危及…, no sign of a -3; after a sentence's end,
    # before anything: …事项。- 1 -2014 年 1 月 21 日; run on to a label, before its row's cells or marks:
    # …只计- 1 -0 0 0…, …公开政府- 1 -— — —信息的情况, no blank's mark a label's last character touches)
    rf"(?<![—–-])[—–][ \t]+{PAGE_NUMBER}[ \t]+[—–](?![—–-])"
    rf"|(?<![—–-])-[ \t]+{PAGE_NUMBER}[ \t]+-(?:(?![-—–\d])|(?=\d{{1,2}}[.、](?![\d.])))"
    rf"|(?<=[。！？])-[ \t]+{PAGE_NUMBER}[ \t]+-"
    rf"|(?<=[\u4e00-\u9fff])-[ \t]+{PAGE_NUMBER}[ \t]+-(?=[\d—–-])"
    # … after a blank's marks of another dash, before the rest of a label wrapped past them
    # (公开政府— — —- 1 -信息的情况)
    rf"|(?<=[—–])-[ \t]+{PAGE_NUMBER}[ \t]+-(?=[\u4e00-\u9fff])"
    rf"|(?<=-)[—–][ \t]+{PAGE_NUMBER}[ \t]+[—–](?=[\u4e00-\u9fff])",
    # … after a blank's marks too where 续表 follows it (情况———- 6 -续上表); its digits perhaps OCR's letters (- l -)
    rf"[-—–][ \t]+{PAGE_NUMBER}[ \t]+[-—–](?=[ \t]*[（(]?续上?表)",
    _HEADER_RUN_ON,
    _HEADER_AFTER_TEXT,
    *_SPACED_HEADERS,
    rf"{_NTH_OF_PAGES}|(?<=\d)第[ \t]*\d{{1,4}}[ \t]*页",
)
# A page's own controls a crawler's text keeps inline (【字体：大 中 小】, 打印此页, 当前位置：首页…): a block of the
# page, which parts the text before it from the text after (来源：XX办公室【字体：大 中 小】一、基本情况…)
_PAGE_UI = _INLINE_CHROME[5:11]
_PAGE_UI_CHROME: Final = re.compile("|".join(_PAGE_UI))
_PAGE_UI_STARTS: Final = frozenset(first_chars("|".join(_PAGE_UI)) or "")  # looked at first: most chrome is a gloss
PAGE_FOOTER: Final = "第" + NTH_PAGE  # the page footer that is no cell wherever it stands, inside a line too
# Chrome that is a whole line, each kind as the first character after any spaces and tabs and what follows
# it (no ^ here: each use anchors it). A page footer goes with its line break: the empty line it would
# leave could read as a blank cell where cells are printed one per line.
_LINE_KINDS: Final = (
    *FOOTER_LINE_KINDS,  # a page footer (3/12: page 3 of 12, unless a blank's / between two cells: `_is_chrome`)
    # a converter's own header row for a table it could not read one for: | 数据1 | 数据2 | …, or | 数据1 | over a
    # table of one column (numbers it pulled out of the rows), or with a tab between its cells where the
    # table's | became tabs
    (r"\|", rf"{_COLUMN_CELL}(?:{_COLUMN_CELL})*[ \t]*$"),
    (_COLUMN_WORD, rf"[ \t]*\d{{1,2}}(?:\t[ \t]*{_COLUMN_WORD}[ \t]*\d{{1,2}})+[ \t]*$"),
)
_LINE_CHROME: Final = "|".join(rf"[ \t]*{first}{rest}" for first, rest in _LINE_KINDS)
_CHROME_LINE: Final = re.compile(_LINE_CHROME, re.MULTILINE)  # matched where a line starts
# What every chrome line holds on its line: a footer's dash, a page's /, a column word (`ol` of Col or col); and
# `页`, whose line is that of the `第` before it (a page footer may wrap between them: nothing but digits and
# white space stands there).
_LINE_KEYS: Final = ("-", "—", "–", "/", "数据", "列", "ol")
# The inline chrome (the same matches as the plain alternation of `_INLINE_CHROME`) as alternatives that each
# begin with one character, what stands before it read behind it: the engine skips to those characters, and
# at each passes over at once the alternatives that begin with another (a look-behind first is tried in full).
_DASH_FOOTERS: Final = tuple(rf"{d}(?<![—–-]{d})[ \t]+{PAGE_NUMBER}[ \t]+[—–](?![—–-])" for d in "—–") + (
    rf"-(?<![—–-]-)[ \t]+{PAGE_NUMBER}[ \t]+-(?:(?![-—–\d])|(?=\d{{1,2}}[.、](?![\d.])))",
    rf"-(?<=[。！？]-)[ \t]+{PAGE_NUMBER}[ \t]+-",
    rf"-(?<=[\u4e00-\u9fff]-)[ \t]+{PAGE_NUMBER}[ \t]+-(?=[\d—–-])",
    rf"-(?<=[—–]-)[ \t]+{PAGE_NUMBER}[ \t]+-(?=[\u4e00-\u9fff])",
    *(rf"{d}(?<=-{d})[ \t]+{PAGE_NUMBER}[ \t]+[—–](?=[\u4e00-\u9fff])" for d in "—–"),
)
_INLINE_ONLY: Final = re.compile(
    "|".join(
        (
            *"\u200b\u200c\u200d\u2060\ufeff\u00ad",
            r"\[bookmark:[^\]\n]*\]",
            rf"\((?<=[\u4e00-\u9fff]\()(?:(?=[a-z{_TONED}\n ]*[{_TONED}])(?:[a-z{_TONED}]{{1,6}}|"
            rf"[a-z{_TONED}]{{0,6}}[\n ][a-z{_TONED}]{{0,6}})\)|(?:le|de|me|ne|men|zi|ma|ba)\))",
            # … a fold's line break before it, or the space its lines were joined by (報 (bào)告: matched from
            # its bracket, which the engine skips to, not from every space; the space is taken out with it)
            rf"\n(?<=[\u4e00-\u9fff]\n)\((?=[a-z{_TONED}\n]*[{_TONED}])(?:[a-z{_TONED}]{{1,6}}|"
            rf"[a-z{_TONED}]{{0,6}}\n[a-z{_TONED}]{{0,6}})\)",
            rf"\((?<=[\u4e00-\u9fff] \()(?P<spaced>)(?=[a-z{_TONED} ]*[{_TONED}])(?:[a-z{_TONED}]{{1,6}}|"
            rf"[a-z{_TONED}]{{0,6}} [a-z{_TONED}]{{0,6}})\)",
            *_PAGE_UI,
            # (the two forms of a converter's header behind one look at the `|`'s next word)
            rf"\|(?=[ \t]*+{_COLUMN_WORD})(?:{_RUN_ON_CELLS}|{_CELLS_AFTER_TEXT})",
            *_DASH_FOOTERS,
            *(rf"{d}[ \t]+{PAGE_NUMBER}[ \t]+[-—–](?=[ \t]*[（(]?续上?表)" for d in "-—–"),
            rf"{_NTH_OF_PAGES}|第(?<=\d第)[ \t]*\d{{1,4}}[ \t]*页",
            *_SPACED_HEADERS,  # (last: the engine passes over each alternative before the one a character opens)
        )
    )
)


def _chrome_lines(text: str) -> list[re.Match[str]]:
    """The chrome line at each line start where one is, in order (a footer wrapped over lines may hold
    another's start): tried only at the lines that hold one of `_LINE_KEYS`, not at every line."""
    starts = {start for key in _LINE_KEYS for start in _lines_holding(text, key)}
    starts.update(text.rfind("\n", 0, nth) + 1 for at in finds(text, "页") if (nth := text.rfind("第", 0, at)) >= 0)
    return [m for start in sorted(starts) if (m := _CHROME_LINE.match(text, start))]


def _lines_holding(text: str, key: str) -> Iterator[int]:
    """The start of each line that holds `key`, once (a table's rule |---|---| holds many dashes)."""
    at = text.find(key)
    while at >= 0:
        yield text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        at = text.find(key, end) if end >= 0 else -1


_PAGE_OF: Final = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


def _is_chrome(m: re.Match[str]) -> bool:
    """False for two numbers on a line of their own with a blank cell's / between them: no page number."""
    return not ((page := _PAGE_OF.fullmatch(m.group())) and int(page[1]) > int(page[2]))


def _chrome(text: str) -> Iterator[re.Match[str]]:
    """The text's page chrome, left to right and not overlapping, as the alternation of the inline chrome and
    the chrome lines would find it: the inline chrome by its own pattern, which the engine skips to far faster
    than to the first characters of both (they differ, so that no two begin at one place), the lines from the
    few that can be one. A chrome line that is two numbers but no page number is passed over."""
    lines = _chrome_lines(text)
    inline, k = _INLINE_ONLY.search(text), 0
    while k < len(lines):
        line = lines[k]
        if inline is not None and inline.start() < line.start():
            yield inline
            at = inline.end()
        else:
            if _is_chrome(line):
                yield line
            at = line.end()
        if inline is not None and inline.start() < at:
            inline = _INLINE_ONLY.search(text, at)
        while k < len(lines) and lines[k].start() < at:  # the next line that starts after what was taken
            k += 1
    if inline is not None:
        yield from _INLINE_ONLY.finditer(text, inline.start())


# A page footer `8/15` run onto the cell before it and the text after it (full-width brackets already half): 1208/15续表
# (looked for from its /, the digits before it read back by hand: a pattern opening on them is tried at every digit)
_GLUED_PAGE_OF: Final = re.compile(
    r"/(\d{1,3})(?=[\u4e00-\u9fff(]|(?P<cells>(?:[ \t]+\d+){2})|(?P<cell>[ \t]*\|)"
    r"|(?P<words>[ \t]+[\u4e00-\u9fff])|(?P<more>[ \t]+[^\s|]))"
)
# a row's number glued to its label (11延期办结数): the last before a `/N` glued to a label tells whether N is
# the next row's, the / a blank's mark between them
# a row's number glued to its label, its mark perhaps between (11延期办结数, 3、当面…, 序号 5 and 3、: 53、当面…)
_ROW_NUMBER_GLUED: Final = re.compile(r"(?<![\d.])(\d{1,3})([、.．]?)(?=[\u4e00-\u9fff])")
_LABEL_CLOSES: Final = frozenset("）)”’」』》")  # what a row's label may end in but a character: 3.危及“三安全一稳定”
_CONTINUED_TABLE: Final = re.compile(r"[ \t]*[（(]?续上?表")  # 续表 after a page break


def _numbered_before(text: str, at: int, number: int) -> bool:
    """Whether the row whose cells end at `at` is numbered one less than `number`: the last number glued to a
    label before it (`_ROW_NUMBER_GLUED`: 11延期办结数), or one of a 序号's and the label's own numbers, no digit
    between (8其中：1、信函…), or, with its mark, the two run together (序号 5 and 3、: 53、当面申请数)."""
    rows = list(_ROW_NUMBER_GLUED.finditer(text, max(0, at - 60), at))
    if not rows:
        return False
    last = rows[-1]
    digits = last[1]
    if int(digits) + 1 == number or (last[2] and any(int(digits[:k]) + 1 == number for k in range(1, len(digits)))):
        return True
    if len(rows) < 2:
        return False
    before = rows[-2]
    return int(before[1]) + 1 == number and not any(c.isdigit() for c in text[before.end() : last.start()])


def _glued_pages_of(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the `8/15` footers run onto a cell where only one ending of the digits before the / can
    be a page of that many (no leading 0, not past the count, a digit left for the cell): 1208/15 is 120 and
    page 8. Where two endings can (1218/25), the digits glued to the label before them go with the footer:
    whichever page it is, the row's cells are not known (left, they read 1218 and 25). After a blank's marks, where
    续表 follows, all the digits may be the page (情况——5/7续上表), as with `— 5 —`; so may they after a space
    that follows a number, the footer between a row of numbers one space apart and the text the page's lines
    ran on to (…0 0 00 10/11五、存在的主要问题…: cells one space apart print no blank glued between two; a
    footnote's mark before it made spaces too: …21111[注2]8/14第二十条…); so
    may they between a label and its row's numbers (two at least) one space apart (规章7/10 0 0 0: no row
    glues its first cells and spaces the rest). Before a 年, the page is what follows a year (201111/12年度).
    A page's lines joined by spaces put spaces round it too: between a label and its numbers (`规章 7/10 0 0
    0`, `（不计其他情形） 11/13 3 2`), between a row's numbers and the words after (`0 0 4/5 五、…`) or
    after a `|` before more (`| 0 | 11/12 4.保护第三方…`), it goes with the space before it.
    All a `|` cell prints, where a page's lines ran together (`|8/90|`: page 8 of 90, or page 8 of 9 and a
    cell's 0 after it, which nothing tells), is the footer. Not where the count glued to a label is the next
    row's number, the row before numbered one less (`11延期办结数件49296/12同意…`: a blank's / between a row's
    digits and 12, the next row's; `53、当面申请数件66 206/6传真…`: 序号 5 before the label's own 3、)."""
    for m in _GLUED_PAGE_OF.finditer(text):
        start = m.start()
        while start > 0 and "0" <= text[start - 1] <= "9":
            start -= 1
        if start > 0 and text[start - 1] in "/.:":
            continue
        if not any(m.group("cells", "cell", "words", "more")) and _numbered_before(text, start, int(m[1])):
            continue
        gap = start  # where the white space before the digits begins
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        before = text[gap - 1] if gap else ""  # what the digits or the spaces before them follow
        if m["cells"] and not ("\u4e00" <= before <= "\u9fff" or before in _LABEL_CLOSES):
            continue
        if (m["words"] or m["more"]) and (gap == start or not (before == "|" or (m["words"] and "0" <= before <= "9"))):
            continue
        digits, pages = text[start : m.start()], int(m[1])
        if gap < start and (m["cells"] or m["words"] or m["more"]):
            if digits[:1] not in ("", "0") and int(digits) <= pages:
                yield gap, m.end()  # a line of its own, the lines joined by spaces: its digits all the page's
            continue
        if m["cell"] is not None:  # at the end of a `|` cell, its rows run together
            if not start or text[:start].rstrip(" \t")[-1:] != "|":
                continue
            if digits[:1] != "0" and 0 < int(digits or 0) <= pages:
                yield start, m.end()  # all the cell prints: the footer, a cell's digits perhaps glued after it
                continue
        whole = (
            (start > 0 and text[start - 1] in "-—–" and _CONTINUED_TABLE.match(text, m.end()) is not None)
            or (0 < gap < start and "0" <= text[gap - 1] <= "9")
            or m["cells"] is not None
        )
        ends = [
            k
            for k in range(1, min(len(digits) + whole, len(m[1]) + 1))
            if digits[-k] != "0" and int(digits[-k:]) <= pages
        ]
        if len(digits) - 4 in ends and digits.startswith(("19", "20")) and text.startswith("年", m.end()):
            yield start + 4, m.end()  # a header's year before its 年 (201111/12年度: 2011年度, page 11)
        elif len(ends) == 1:
            yield m.start() - ends[0], m.end()
        elif ends and not whole and start > 0 and not text[start - 1].isspace():
            yield start, m.end()


# the line break a fold put where it cut a number at its decimal point, or the space it became where the lines
# were then joined by spaces (1121 .5821, 1121. 5821): a point begins no number, nor ends one before another;
# but a list's number may open a line or a sentence, a year's after it (1. 2022年，…) or not (1. 30件)
_SPACED_DECIMALS: Final = re.compile(
    r"\.(?:(?<=\d(?P<before>[ \t\n])\.)(?=\d)|(?<=\d\.)(?=(?P<after>[ \t\n])\d)(?![ \t\n](?:19|20)\d\d[ \t]*年))"
)
# … what such a number follows: a line's or a sentence's start
_LIST_NUMBER_AFTER: Final = frozenset("\n。；;：:！？!?")
_CELL_REST: Final = re.compile(r"[^\n|]*")


def _spaced_decimals(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the white space `_SPACED_DECIMALS` finds; not after a list's number (one or two digits)
    that a line or a sentence begins with, words after the digits that follow (a cell alone on its line, or in
    its `|` cell, prints none)."""
    for m in _SPACED_DECIMALS.finditer(text):
        if m["after"] is not None:
            digits = m.start()
            while digits and "0" <= text[digits - 1] <= "9":
                digits -= 1
            if m.start() - digits <= 2 and (not digits or text[digits - 1] in _LIST_NUMBER_AFTER):
                rest = _CELL_REST.match(text, m.end("after"))
                if rest is not None and rest.group().strip(" \t0123456789"):
                    continue
        yield m.span("before" if m["before"] is not None else "after")


# the white space after a `|` row's last bar at its line's end (a converter's, or Markdown's hard break `|  `)
_AFTER_LAST_BAR: Final = re.compile(r"\|([ \t]+)(?=\n|\Z)")


def _without_chrome(text: str, marks: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """The text less its page chrome, the spaces a fold left inside numbers, those after a row's last `|`
    and those of `marks`, the footnote marks that ended their lines, and the map back."""
    edits: list[tuple[int, int, str]] = []
    chrome = [
        (_chrome_start(text, m), m.end(), _parting(text, m))
        for m in _chrome(text)
        if m.re is not _INLINE_ONLY or _taken_out(text, m)
    ]
    chrome += [(*span, "") for span in _glued_pages_of(text)]
    chrome += [(*span, "") for span in _spaced_decimals(text)]  # (one search for `.`: quicker than testing first)
    chrome += [(*m.span(1), "") for m in _AFTER_LAST_BAR.finditer(text)]
    chrome += [(*span, "") for span in marks]
    for start, end, new in sorted(chrome):
        if not edits or start >= edits[-1][1]:
            edits.append((start, end, new))
    return splice(text, edits)


def _chrome_start(text: str, m: re.Match[str]) -> int:
    """Where chrome's span to take out begins: with the space before a gloss after one (報 (bào)告), or the
    white space before a converter's header at a line's end (`规范性文件\t数据1\t数据2`)."""
    if m.re is not _INLINE_ONLY:
        return m.start()
    if m["spaced"] is not None:
        return m.start() - 1
    start = m.start()
    if text[m.end() : m.end() + 1] in ("", "\n") and COLUMN_WORD.match(m.group()):
        while start and text[start - 1] in " \t":
            start -= 1
    return start


def _parting(text: str, m: re.Match[str]) -> str:
    """What takes the place of chrome: a line break for a page's controls printed between two words (来源：XX办公室
    【字体：大 中 小】一、基本情况…), which a crawler's text ran together; else nothing."""
    start, end = m.span()
    if text[start] not in _PAGE_UI_STARTS or start == 0 or end == len(text):
        return ""
    if text[start - 1].isspace() or text[end].isspace():
        return ""
    return "\n" if m.group() != "分享到" and _PAGE_UI_CHROME.fullmatch(m.group()) else ""


def _taken_out(text: str, m: re.Match[str]) -> bool:
    """Whether chrome found inside a line is taken out: all but a footer `— 5 —` with white space on both
    sides, which may be a row's cells (`行政处罚 - 5 -`: a blank, 5, a blank), unless 续表 follows it or it
    opens a `|` cell on a line that goes on; a page's text that runs its rows together runs the footer into
    them (`1200— 5 —行政处罚`)."""
    start, end = m.span()
    if m.group()[0] not in "—–-":
        return True
    if (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()):
        return True
    if _CONTINUED_TABLE.match(text, end):
        return True  # `— 4 — （续表）`: a page's footer before the table it goes on with
    # in a `|` cell, with more after it (`| 29 | — 4 — 2.重复申请 |`, a page's lines joined by spaces) or
    # alone (`|  | - 3 - | 其他…`), it is no row's cells, which the `|` would part
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return start > 0 and text[start - 1] == "|" and end < len(text) and text[end] != "\n"


# An HTML character reference a crawler left in a page it saved as text (`0&nbsp;0&nbsp;5`, `&#160;`, `&ldquo;`),
# a number's or `&nbsp`'s perhaps without its `;`, as browsers read them; a number's with a digit an OCR
# engine read as a letter too (`&#l60;`, `&#16O;`), which names nothing else
_CHAR_REFERENCE: Final = re.compile(r"&(?:#[\dOolI]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};|nbsp)")
# … one a tool folding the text cut with a line break (`239  &` then `#160; 1718`), or with the space the lines
# were then joined by (`&mdas h;`)
_CUT_REFERENCE: Final = re.compile(r"&[#0-9A-Za-z]{0,31}(?:\r?\n|[ \t])[#0-9A-Za-z]{0,31};?")


def _named(reference: str) -> str:
    """What a character reference names, a decimal one's letters read as the digits they stand for."""
    if reference[1:2] == "#" and reference[2:3] not in "xX":
        reference = reference.translate(AS_DIGITS)
    return html.unescape(reference)


def unescaped(doc: Document) -> Document:
    """The document with each HTML character reference in its text put as the character it names, offsets
    mapped back: a page saved with `&nbsp;` between its cells reads as the page saved with the spaces, one a
    fold cut too. A `&` in any other use (a link's query, 研究&发展) stays as it is."""
    text = doc.text
    if "&" not in text:
        return doc
    # the line break goes with a reference a fold cut (`&#16` then `0;`: 160, not 16 and a 0)
    cut: list[tuple[int, int, str]] = []
    for m in _CUT_REFERENCE.finditer(text):
        whole = "".join(m.group().split())
        if (
            _CHAR_REFERENCE.fullmatch(whole)
            and (named := _named(whole)) != whole
            and ("\n" in m.group() or whole[1:2] == "#" or whole[1:] in html.entities.html5)
        ):
            # cut by a space only where the whole is a reference, not the start of one and words (&amp y;)
            cut.append((m.start(), m.end(), named))
    edits = sorted(
        cut
        + [
            (m.start(), m.end(), named)
            for m in _CHAR_REFERENCE.finditer(text)
            if (named := _named(m.group())) != m.group() and not any(a < m.end() and m.start() < b for a, b, _ in cut)
        ]
    )
    if not edits:
        return doc
    return doc.derive(*splice(text, edits))


# Markdown's marks a converter or a language model writes round what it read, none of them the report's: bold
# (`| **12** |`, `**（七）总计**`, its closing mark after a space too: `**五、行政诉讼数量 **`; a `**` glued after
# a word that opens no bold), a backslash escaping a punctuation mark (`1\.`, `\(一\)`: not `\|`, a cell's own
# bar), a quote's `>` opening a line, a heading's `#` amid a line where the lines ran together (`…发布日期：
# 2026/3/27  # 清石市  # 教育局2025年…`: a title wrapped over two headings). Each alternative begins with its
# mark, which the engine skips to.
_MARKDOWN_MARKS: Final = re.compile(
    r"\*\*(?P<bold>[^*\n]*?[^*\s][^*\n]*?)\*\*|\*\*(?<=[^*\s]\*\*)|\\(?=[!-/:-@\[\]^_`{}~])"
    r"|>(?<![^\n]>)(?:[ \t]?>)*[ \t]?|#(?<=[ \t]#)#{0,5}[ \t]+(?=[^\s#])"
)


def without_markdown_marks(doc: Document) -> Document:
    """The document less `_MARKDOWN_MARKS`, once a fold's line breaks are taken out (one may cut a bold's
    marks: `**7` / `1**`), before the chrome and the headings are looked for: a page footer or a heading in a
    quote or in bold is found as it is elsewhere."""
    text = doc.text
    if "**" not in text and "\\" not in text and ">" not in text and "#" not in text:
        return doc  # the common case: none of the marks
    edits: list[tuple[int, int, str]] = []
    for m in _MARKDOWN_MARKS.finditer(text):
        if m["bold"] is None:
            edits.append((*m.span(), ""))
        else:  # the marks on either side of what is bold
            edits += [(m.start(), m.start() + 2, ""), (m.end() - 2, m.end(), "")]
    return doc.derive(*splice(text, edits)) if edits else doc


def unix_breaks(doc: Document) -> Document:
    """The document with each Windows (CR LF) or old Mac (CR) line break made a plain line feed, before
    anything else reads it: a text saved on Windows reads as the same text saved elsewhere."""
    text = doc.text
    if "\r" not in text:
        return doc
    lines = text.split("\r\n")
    outs = accumulate((len(line) + 1 for line in lines[:-1]), initial=0)
    srcs = accumulate((len(line) + 2 for line in lines[:-1]), initial=0)
    return doc.derive("\n".join(lines).replace("\r", "\n"), OffsetMap(tuple(outs), tuple(srcs)))


# A run of two line breaks or more, the lines between them empty or only spaces (not tabs: a tab alone may be a
# table's cell), or a reference to one (`<p>&nbsp;</p>` saved as text): from its first break to its last, as one
# block of breaks and such spaces holds them. Captured, so that splitting the text keeps the runs between the
# lines. And a line of such a reference alone.
_BREAK_RUNS: Final = re.compile(f"(\n(?:[\n \u3000\u00a0]|{SPACE_REFERENCE})*\n)")
_REFERENCE_LINE: Final = re.compile(f"\n{SPACE_REFERENCE}(?=\n)")
_DOUBLED_MIN: Final = 24  # line breaks a text needs before its spacing says anything
_DOUBLED_SINGLES: Final = 0.05  # the share of single line breaks a double-spaced text may have (a stray <br>)


def single_spaced(doc: Document) -> Document:
    """The document with its line breaks halved where every line is followed by an empty one (a web
    page's paragraphs each saved with a blank line after, a PDF's lines printed double-spaced): there a
    blank line ends no paragraph, and a sentence wrapped over two lines reads as one. A run of n breaks
    becomes n / 2, so that two blank lines (a paragraph's end, an empty cell on its own line) stay one; an odd
    run one more, where a line of white space alone between two blank lines was dropped (an empty cell's
    indent, `\t`): the empty line it leaves still shows its cell."""
    text = doc.text
    n = text.count("\n")
    blank = text.count("\n\n") + text.count("\n \n") + text.count("\n\u3000\n")
    if n >= _DOUBLED_MIN and 3 * blank < n and "\n&" in text:
        blank += len(_REFERENCE_LINE.findall(text))
    if n < _DOUBLED_MIN or 3 * blank < n:
        return doc
    # one split, then whole-list operations: a double-spaced text has a run on every line, each of which a
    # loop in Python would cost more than the rest of the work
    parts = _BREAK_RUNS.split(text)
    runs = parts[1::2]
    singles = n - "".join(runs).count("\n")  # the line breaks in no run of two or more
    if singles > _DOUBLED_SINGLES * (singles + len(runs)):
        return doc
    halved = {run: "\n" * ((run.count("\n") + 1) // 2) for run in set(runs)}  # few runs differ
    news = list(map(halved.__getitem__, runs))
    kept = list(map(len, parts[0::2]))
    parts[1::2] = news
    src = accumulate(map(add, kept, map(len, runs)), initial=0)
    out = accumulate(map(add, kept, map(len, news)), initial=0)
    return doc.derive("".join(parts), OffsetMap(tuple(out), tuple(src)))


# A text folded at a fixed width, wherever the width ran out, inside a word or a number too (a page saved by
# `fold` or a terminal browser's dump): the width counted in characters, or in display columns with a CJK
# character two and the punctuation both East Asian and Western fonts print (“”…—) two or one. Such a text
# has most of its long lines stop at one width, which its widest line shows; a line of that width did not
# end there but was cut, and is joined to the next. A line that holds two spaces in a row, or ends on a
# `|`, is a table's whole row, aligned or gridded: not counted in telling whether the text is folded, and a
# gridded row never joined to the next. A tab aligns nothing to a width, so a line holding one counts: a
# table's tab-separated rows run together and folded may be most of a text's lines (`…行政事业性收费\t35.7`
# / `11859三、…`).
_NARROW_3: Final = re.compile("[\u0800-\u2e7f\uff61-\uffdc\uffe8-\uffee]")  # three UTF-8 bytes, one column narrow
_TWO_BYTES: Final = re.compile("[\u0080-\u07ff]")  # two UTF-8 bytes: one column (中国·平潭, 3×4, 25°, pinyin's é)
_FOLD_SAMPLES: Final = 16  # lines looked at first: those holding as many points spread evenly through the text
_SAMPLED_FULL: Final = 4  # of which as many at the widest width say the text may be folded
_FOLD_WIDEST: Final = 160  # characters no folded line holds (a fold at 120 columns holds 120 ASCII characters)
_FOLD_SHORT: Final = 15  # characters a line holds that is too short to tell anything of a fold
_FOLDED_MIN: Final = 6  # lines a text needs at its widest width before it reads as folded there


def _wide_columns(line: str) -> int:
    """Display columns, a character of three or four UTF-8 bytes (CJK, and “”…—) two, one of two (· × ° é) one."""
    return (len(line.encode()) + len(line) - len(_TWO_BYTES.findall(line))) // 2


def _narrow_columns(line: str) -> int:
    """Display columns, East Asian wide characters two and the punctuation Western fonts print too one."""
    return _wide_columns(line) - len(_NARROW_3.findall(line))


# (measure, how far short of the widest a cut line may stop, the narrowest width a text is folded at)
_FOLD_MEASURES: Final[tuple[tuple[Callable[[str], int], int, int], ...]] = (
    (len, 0, 40),
    (_wide_columns, 1, 60),  # a character of two columns that would not fit leaves one empty
    (_narrow_columns, 1, 60),
)


def _foldable(line: str) -> bool:
    return "  " not in line and not line.endswith("|")


def _folded_width(widths: list[int], foldable: list[bool], short: int, least: int, full: int) -> int | None:
    """The width lines of these `widths` were folded at, if at least `full` of them, and two thirds of the
    lines at least three quarters as wide, stop within `short` of the widest (of the lines `foldable`: rows
    of tables are not counted, and none is wider); or half of those lines, three times as many as stop at any
    other one width (a fold narrow enough that many of the text's own lines, of every width, come near it)."""
    widest = max((w for w, f in zip(widths, foldable, strict=True) if f), default=0)
    if widest < least or max(widths) > widest:
        return None
    at_width = wide = 0
    others: dict[int, int] = {}  # how many stop at each other width
    for w, f in zip(widths, foldable, strict=True):
        if f and 4 * w >= 3 * widest:
            wide += 1
            if w >= widest - short:
                at_width += 1
            else:
                others[w] = others.get(w, 0) + 1
    if at_width < full:
        return None
    if 3 * at_width >= 2 * wide:
        return widest
    return widest if 2 * at_width >= wide and at_width >= 3 * max(others.values(), default=0) else None


def _sampled_lines(text: str) -> list[str] | None:
    """The distinct lines but short ones holding _FOLD_SAMPLES points spread evenly through `text` (long
    lines most), or where one is a table's row (which tells nothing of a fold: see `_foldable`), the first
    line after it that is none; None at the first line too wide for a fold, or when too few are left."""
    out: list[str] = []
    n, last = len(text), -1
    for k in range(1, _FOLD_SAMPLES + 1):
        at = n * k // (_FOLD_SAMPLES + 1)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = end if end >= 0 else n
        while end < n and not _foldable(text[start:end]):
            start, end = end + 1, text.find("\n", end + 1)
            end = end if end >= 0 else n
        if start != last:
            if end - start > _FOLD_WIDEST:
                return None
            if end - start >= _FOLD_SHORT:
                out.append(text[start:end])
            last = start
    return out if len(out) >= _SAMPLED_FULL else None


def _row_ends(line: str, after: str) -> bool:
    """Whether a `|` row ends `line`: a cell's closing `|` ends it and the line after opens a row of its own,
    its first cell perhaps empty (` | 0 | 1 |`), or has none; not the rest of the row's cells a fold cut off
    (`| 0 | 1 |` then ` 0 | 0 | 2 |`, or ` |||23.…`, rows run together)."""
    return line.endswith("|") and (after.startswith("|") or "|" not in after or _EMPTY_FIRST.match(after) is not None)


_EMPTY_FIRST: Final = re.compile(r"[ \t]+\|(?!\|)")  # a row's first cell left empty, its `|` after it


# a run of spaces, one of them ASCII, two or more wide; what a space widened may print
_SPACE_RUN: Final = re.compile("(?=[ \u00a0\u3000]{2})[\u00a0\u3000]* [ \u00a0\u3000]*")
_WIDENED: Final = ("\u00a0 ", " \u00a0", " \u3000", "\u3000 ")  # … but two spaces


def _widened(text: str) -> bool:
    """Whether `text` prints a run of spaces `_SPACE_RUN` finds: two spaces, or a space beside a no-break or an
    ideographic one (those pairs looked for only where one of those is: a search for two characters is a pass
    over the text, one for a character far quicker)."""
    return "  " in text or (("\u00a0" in text or "\u3000" in text) and any(m in text for m in _WIDENED))


def _references(text: str) -> bool:
    return "&" in text


def _spaces_as_one(text: str) -> str:
    return _SPACE_RUN.sub(" ", text)


def _references_named(text: str) -> str:
    """`text` with each character reference as the character it names, a space of any width as a space."""
    return _CHAR_REFERENCE.sub(_named_narrow, text)


def _named_narrow(m: re.Match[str]) -> str:
    named = _named(m.group())
    return " " if named.isspace() else named


def _fold_cuts(text: str, lines: list[str], sampled: list[str]) -> tuple[list[int], bool]:
    """The lines of `text` a fold cut (each by its place in `lines`, which it fills with them if empty): of
    the measures that tell a fold, the one that cuts most lines (a fold in display columns tells one in
    characters too where the lines of ASCII, a converter's HTML tags, reach it, but cuts only those); none
    where no measure tells one. And whether the sample told a fold at all."""
    foldable = list(map(_foldable, sampled))
    cut: list[int] = []
    told = False
    for measure, short, least in _FOLD_MEASURES:
        if _folded_width(list(map(measure, sampled)), foldable, short, least, _SAMPLED_FULL) is None:
            continue
        told = True
        if not lines:
            lines.extend(text.split("\n"))
        widths = list(map(measure, lines))
        width = _folded_width(widths, list(map(_foldable, lines)), short, least, _FOLDED_MIN)
        if width is None:
            continue
        at_width = [
            i
            for i in range(len(lines) - 1)
            if widths[i] >= width - short and lines[i + 1].strip() and not _row_ends(lines[i], lines[i + 1])
        ]
        cut = at_width if len(at_width) > len(cut) else cut
    return cut, told


def unfolded(doc: Document) -> Document:
    """The document with each line break a fixed-width fold put inside a line taken out (see above), its
    offsets mapped back: `主动公开文件数条20` folded before `6912106其中：…` reads `…条206912106其中：…` again.
    A line followed by an empty one, or by none, stays as it is."""
    text = doc.text
    if text.count("\n") < _FOLDED_MIN:
        return doc
    sampled = _sampled_lines(text)
    if sampled is None and "&" not in text:
        return doc
    lines: list[str] = []  # split once a sample tells a fold
    cut, told = _fold_cuts(text, lines, sampled) if sampled is not None else ([], False)
    # spaces widened after the fold, or character references written in after it: the text measured with each
    # run of spaces as one, each reference as the character it names, line for line (where the sample reads
    # alike so, and told no fold as printed, it tells none so either). References six characters long for a
    # space each may widen a folded line past any fold's width: there the sample is drawn from the text read so.
    for seen, holds in ((_spaces_as_one, _widened), (_references_named, _references)):
        if not holds(text):
            continue
        if sampled is not None and (told or list(map(seen, sampled)) != sampled):
            other = _fold_cuts(seen(text), [], list(map(seen, sampled)))[0]
        elif sampled is None and seen is _references_named and (named := _sampled_lines(read := seen(text))):
            other = _fold_cuts(read, [], named)[0]
        else:
            continue
        cut = other if len(other) > len(cut) else cut
    if not cut:
        return doc
    if not lines:
        lines = text.split("\n")
    parts, outs, srcs = [], [0], [0]
    first = 0
    for i in cut:
        parts.append("\n".join(lines[first : i + 1]))
        outs.append(outs[-1] + len(parts[-1]))
        srcs.append(srcs[-1] + len(parts[-1]) + 1)
        first = i + 1
    parts.append("\n".join(lines[first:]))
    return doc.derive("".join(parts), OffsetMap(tuple(outs), tuple(srcs)))


# Characters that only traditional text uses; their presence is what makes conversion worth it.
_TRADITIONAL: Final = re.compile("[開請資關處與會機來為報調務國結總數統計辦項義規權複議訴訟當經歷應對舉錯]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters (a few of the telltale ones suffice)."""
    return len(_TRADITIONAL.findall(text, 0, 6000)) >= 5


def to_simplified(text: str) -> str:
    """Traditional → simplified with OpenCC, keeping the text's length so offsets stay valid; 資訊, as
    some pages in traditional characters print 信息 (政府資訊公開), read 信息. The text is converted with its
    line breaks taken out and then put back, so that a phrase a line break cuts (答 / 覆數: 答复, where 覆
    alone stays 覆) is converted whole."""
    conv = _t2s()
    lines = text.split("\n")
    joined = conv.convert("".join(lines))
    if len(joined) == len(text) - len(lines) + 1:
        at = list(accumulate(map(len, lines), initial=0))
        out = "\n".join(joined[a:b] for a, b in pairwise(at))
    else:
        # A phrase conversion changed the length: convert line by line, keeping lines that would move.
        out = "\n".join(c if len(c := conv.convert(line)) == len(line) else line for line in lines)
    return out.replace("资讯", "信息")


# The commonest of them (and a web page's no-break space), replaced one by one before the rest are looked
# for: far quicker than a substitution per run of full-width punctuation.
_COMMON_WIDE: Final = tuple((a, _WIDTH_TABLE[ord(a)]) for a in "，：（）；、？！％　\u00a0" if ord(a) in _WIDTH_TABLE)


def half_width(text: str) -> str:
    """Full-width ASCII made half-width and every kind of space a plain one; the length is kept."""
    if not _WIDE.search(text):
        return text  # most labels and cells print none: not each common mark looked for in turn
    text = _common_wide(text)
    return _rare_wide(text) if _WIDE.search(text) else text


def _common_wide(text: str) -> str:
    """`text` with the common full-width marks (，：（） …) made half-width, each by one replace."""
    for wide, narrow in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, chr(narrow))
    return text


def _rare_wide(text: str) -> str:
    """`text` with the rest of what `half_width` rewrites rewritten."""
    return _WIDE.sub(lambda m: m.group().translate(_WIDTH_TABLE), text)


_FOLDED_MARK: Final = re.compile(r"[!-/:-@\[-`{-~]")  # the punctuation half_width may have made of a full-width mark


def printed_punctuation(doc: Document, start: int, end: int) -> str:
    """doc.text[start:end] (`doc` as `normalize` gives it) with each punctuation mark printed full-width in
    the source put back as printed (（） not ()): for words kept as printed."""
    text = doc.text[start:end]
    source, offsets = doc.parent, doc.offsets
    if source is None or offsets is None or not _FOLDED_MARK.search(text):
        return text
    chars = list(text)
    for m in _FOLDED_MARK.finditer(text):
        printed = source.text[offsets(start + m.start())]
        if printed != m.group() and ord(printed) in _WIDTH:
            chars[m.start()] = printed
    return "".join(chars)


def printed_name(doc: Document, name: str | None) -> str | None:
    """`name` (words read from `doc`'s text, `doc` as `normalize` gives it) with its punctuation as printed
    where the text holds it: 社会事业局（卫生健康局） stays so, not made 社会事业局(卫生健康局)."""
    if name is None or not _FOLDED_MARK.search(name) or (at := doc.text.find(name)) < 0:
        return name
    return printed_punctuation(doc, at, at + len(name))


# Letters an OCR engine reads for digits (O o for 0, l I for 1): in a run of digits with nothing but digits
# and them (4O, 1l0, 2O21年); or one standing alone (not o, a list's bullet), perhaps signed, where a cell
# does, or where a date's month or day does (3月I日); or a run of them as cells run on to the next row's
# label (件 lI不同意…): see `_look_alike`. Found from the letters, which a
# report's text holds few of.
_RUN: Final = frozenset("0123456789OolI")
_CELL_EDGE: Final = frozenset("|\n")
_BLANK_MARKS: Final = frozenset("-—–/")  # a blank cell's marks, a page footer's dashes
_APART: Final = frozenset(" \t\n|")
IDEOGRAPH: Final = re.compile(r"[\u4e00-\u9fff]")  # a CJK ideograph: a word's character
# the last character of each unit a 统计表's unit column prints (条, 件, 万元's 元, 人次's 次)
_UNIT_ENDS: Final = frozenset(u[-1] for t in TEMPLATES.values() for u in t.indicator_units)


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _look_alike(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], a run of digits and look-alike letters with one letter at least, is a number: a
    run with a digit in it and no other letter or digit beside it; a letter alone (not o) as a date's month
    or day (see `_in_a_date`), with no other letter or digit beside it; a run of them (an l in it, or O's
    alone: no roman numeral or word, 附件 II, IO接口) as a row's cells run on to the next row's label (see
    `_run_on_cell`), or a space apart between its unit and that label (件 OO 行政…); or between white space
    or pipes, perhaps signed, with the end of its line, a pipe or a digit on one side (the nearest character
    past spaces and tabs, a run of digits and letters with a digit in it: `I o76`) and no other letter on
    the other, beside another such letter, or (not I, a roman
    numeral: 第 I 部分) between two ideographs (a unit's and a word's: 件 O 不适用), or an
    ideograph and the bracket of the next row's number (件 O （三）…); or glued to an ideograph before it (a
    label's first line or a unit its cell ran into: 政府公报及O 0, 件I 12) with a number's digit a space or
    more after it. A full stop after it or after the digits of the cell before it ends that cell (0。 I。 次)."""
    if (a and _latin(text[a - 1])) or (b < len(text) and _latin(text[b])):
        return False
    if any(c.isdigit() for c in text[a:b]):
        return True
    if b - a == 1 and text[a] != "o" and _in_a_date(text, a, b):
        return True
    s = a - 1 if a and text[a - 1] in "+-" else a  # its sign
    if (
        ("l" in (letters := text[a:b]) or not letters.strip("O"))
        and "o" not in letters
        and (_run_on_cell(text, s, b) or (b - a > 1 and _after_unit(text, s, b)))
    ):
        return True
    if b - a == 1 and text[a] in "Ol" and s == a and b < len(text) and IDEOGRAPH.match(text[b]):
        i = a
        while i and text[i - 1] in " \t":
            i -= 1
        if 0 < i < a and text[i - 1] in _UNIT_ENDS:
            return True  # a unit and white space before it, words glued after it (件  O含转办件: its remark run on)
    j = b + (text[b : b + 1] == "。")  # a cell ending in a full stop, as a table filled like sentences prints it
    # glued to a word before it, a label's first line or a unit its cell ran into (政府公报及O 0, 件I 12)
    glued = s == a > 0 and IDEOGRAPH.match(text[a - 1]) is not None
    if (
        b - a != 1
        or text[a] == "o"
        or (s and text[s - 1] not in _APART and not glued)
        or (j < len(text) and text[j] not in _APART)
    ):
        return False
    i = s
    while i and text[i - 1] in " \t":
        i -= 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if i > 1 and text[i - 1] == "。" and text[i - 2].isdigit():
        i -= 1  # … the cell before too (0。 I 次)
    before = "0" if i and _read_as_digits(text, i - 1) else text[i - 1] if i else "\n"
    after = "0" if _read_as_digits(text, j) else text[j] if j < len(text) else "\n"
    if glued:  # … a space apart from the next cell's digits, or its letter run on to the next label (件O  O延期…),
        # or, glued to a unit, before words a space apart (件O  按件统计: a remark, or the next label)
        return j > b and (
            after.isdigit()
            or (after in "Ol" and _run_on_cell(text, j, j + 1))
            or (text[a - 1] in _UNIT_ENDS and IDEOGRAPH.match(after) is not None)
        )
    cellish = (before in _CELL_EDGE or before.isdigit(), after in _CELL_EDGE or after.isdigit())
    latin = (before.isascii() and before.isalpha(), after.isascii() and after.isalpha())
    if any(latin) and all(c in "OlI" or not c.isascii() or not c.isalpha() for c in (before, after)):
        return True  # cells of letters side by side (件 O O)
    if text[a] != "I" and IDEOGRAPH.match(before) and (IDEOGRAPH.match(after) or after in "（("):
        return True  # a cell between a unit's and a word's (件 O 不适用) or the next label's (次 O 其中：, 件 O （三）)
    if before in _BLANK_MARKS and after in _BLANK_MARKS:
        return True  # between two blanks' marks, or a page footer's dashes (- l -): as `- 1 -`, which may be either
    return any(cellish) and not any(latin)


def _after_unit(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stands white space apart from a unit before it and an ideograph or a bracket after it:
    a row's cells, run together, between its unit and the next row's label (件 OO 行政诉讼数…)."""
    i, j = a, b
    while i and text[i - 1] in " \t":
        i -= 1
    while j < len(text) and text[j] in " \t":
        j += 1
    return (
        0 < i < a
        and b < j < len(text)
        and text[i - 1] in _UNIT_ENDS
        and (IDEOGRAPH.match(text[j]) is not None or text[j] in "（(")
    )


def _run_on_cell(text: str, a: int, b: int) -> bool:
    """Whether the letters text[a:b] are a row's last cells run on to the next row's label (…0 0 O本年度…,
    …件 0 O（二）…, lines run together): the next row's ideograph or bracket right after them, white space
    before them and a number's digit before that, or such letters a cell each between (…0 0 O O已获取信息…),
    the first perhaps glued to the row's unit (…办结数件O  O延期…), or, two letters or more, an ideograph (the
    row's unit: …答复数件 lI不同意…, its cells 1 and 1)."""
    if b >= len(text) or not (IDEOGRAPH.match(text[b]) or text[b] in "（("):
        return False
    while True:
        i = a
        while i and text[i - 1] in " \t":
            i -= 1
        if not a > i > 0:
            return False
        if text[i - 1].isdigit() or _read_as_digits(text, i - 1) or (b - a > 1 and IDEOGRAPH.match(text[i - 1])):
            return True
        if text[i - 1] not in "OlI" or i < 2:
            return False
        if IDEOGRAPH.match(text[i - 2]):
            return True  # … the first of them glued to the row's unit (件O  O延期…)
        if text[i - 2] not in " \t":
            return False
        a = i - 1  # a letter alone before it, a cell of its own: what stands before that tells


def _read_as_digits(text: str, at: int) -> bool:
    """Whether text[at] is a look-alike letter in a run of digits and such letters with a digit in it (the
    `o` of `o76`, a number's next group after a space: `I o76`)."""
    if at >= len(text) or text[at] not in "OolI":
        return False
    a, b = at, at + 1
    while a and text[a - 1] in _RUN:
        a -= 1
    while b < len(text) and text[b] in _RUN:
        b += 1
    return any(c.isdigit() for c in text[a:b])


def _in_a_date(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stands where a date prints its month or day: after 年 or 月, before 月 or 日, spaces
    or tabs between perhaps (3月I日, 3 月 I 日)."""
    while a and text[a - 1] in " \t":
        a -= 1
    while b < len(text) and text[b] in " \t":
        b += 1
    return a > 0 and text[a - 1] in "年月" and b < len(text) and text[b] in "月日"


def digits_read_as_letters(text: str) -> str:
    """`text` with the letters an OCR engine read for digits made digits again (see `_look_alike`); the
    length is kept."""
    out: list[str] | None = None
    done = 0
    for at in sorted(i for letter in "OolI" for i in finds(text, letter)):  # str.find: far quicker than re here
        a, b = at, at + 1
        if a < done:
            continue
        while a and text[a - 1] in _RUN:
            a -= 1
        while b < len(text) and text[b] in _RUN:
            b += 1
        done = b
        if _look_alike(text, a, b):
            out = out or list(text)
            out[a:b] = text[a:b].translate(AS_DIGITS)
    return text if out is None else "".join(out)


# A change's sign printed as an arrow or a minus sign (↑2, ↓1, −1), and a footnote's mark glued to a cell
# or a label, its note in brackets too (12①, 行政许可*, 12[注1], …数(条)※). The pattern starts with the
# mark, so that the engine skips to one; what it is glued to is read behind it (`_sign_or_mark`). A line
# break a fold put inside a note's mark (`15［注2` / `］`) goes with it: the cell's line runs on. Each
# alternative begins with a plain character, which the engine can skip to (not where one begins with a class).
_CIRCLED: Final = "\u2460-\u2473"  # ①..⑳
_SIGN_OR_MARK: Final = re.compile(
    "|".join(
        (*(rf"{s}(?=\d)" for s in "↑↓−"), *map(chr, range(0x2460, 0x2474)), "※", r"\*", r"\[\n?注(?:\n?\d){0,2}\n?\]")
    )
)
_MARKS: Final = "↑↓−※*["  # the marks but the circled numbers, each looked for in a text with `in`
_LINE_END: Final = re.compile(r"[ \t]*(?:\n|\Z)")  # white space to a line's end
_MARKED: Final = re.compile(r"[\d\u4e00-\u9fff)]")  # what a footnote mark is glued to
_AS_SIGNS: Final = str.maketrans("↑↓−", "+--")
# what `half_width` rewrites past the common marks, and the circled numbers: one search for both
_RARE: Final = re.compile(f"[{_WIDE_CHAR[1:-1]}{_CIRCLED}]")
# … and the telltale traditional characters: one search passes a text that prints none of them (most texts),
# without the count of traditional characters, which a rewrite before it neither adds to nor takes from
_RARE_OR_TRADITIONAL: Final = re.compile(f"[{_RARE.pattern[1:-1]}{_TRADITIONAL.pattern[1:-1]}]")


def signs_and_marks(text: str) -> str:
    """`text` (half-width) with each sign printed as an arrow or a minus sign made `+` or `-`, and each
    footnote mark glued to a cell or a label, or opening a line before a bracket (the rest of a label
    wrapped round its cell, its unit in brackets: `[注1](个)`), made spaces, which end the cell or label as the
    mark did; the length is kept."""
    return _signs_and_marks(text)[0]


def _signs_and_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`signs_and_marks(text)`, and where the marks it made spaces end a line of numbers a space apart
    (`…申 0 0。 0 0。 0。 0*`): their spaces would read as those an empty last cell leaves in a PDF's text (in a
    table laid out in columns, where wide gaps part the numbers, they centre the cell, and stay)."""
    ends: list[tuple[int, int]] = []

    def put(m: re.Match[str]) -> str:
        new = _sign_or_mark(m)
        if new[0] == " " and _LINE_END.match(text, m.end()) and _single_spaced(text, m.start()):
            ends.append(m.span())
        return new

    return (_SIGN_OR_MARK.sub(put, text) if _SIGN_OR_MARK.search(text) else text), ends


def _single_spaced(text: str, at: int) -> bool:
    """Whether the number that ends at text[at] stands one space after what the line prints before it."""
    start = at
    while start and text[start - 1] in "0123456789.,":
        start -= 1
    return start < at and text[start - 1 : start] == " " and start > 1 and text[start - 2] not in " \t\n"


def _sign_or_mark(m: re.Match[str]) -> str:
    """What `signs_and_marks` puts for one match: a sign, spaces for a mark, or the match as it is."""
    mark, text, at = m.group(), m.string, m.start()
    if mark in "↑↓−" and len(mark) == 1:
        return mark.translate(_AS_SIGNS)
    if not (_MARKED.match(text, at - 1, at) if at else False) and not (
        (not at or text[at - 1] == "\n") and text.startswith("(", m.end())
    ):
        return mark  # glued to nothing a cell or a label ends with, nor opening a line before a bracket
    if mark == "*" and text.startswith("*", m.end()):
        return mark  # Markdown's ** is no footnote
    return " " * len(mark)


def normalize(doc: Document) -> Document:
    """The document's text in the one form every later stage reads."""
    # a fold counted the references and Markdown's marks as printed
    doc = unescaped(without_markdown_marks(unfolded(single_spaced(unix_breaks(doc)))))
    text = _common_wide(doc.text)
    either = _RARE_OR_TRADITIONAL.search(text)  # most texts print none of these
    rare = either is not None and _RARE.search(text, either.start()) is not None
    text = digits_read_as_letters(_rare_wide(text) if rare else text)
    ends: list[tuple[int, int]] = []
    if rare or any(mark in text for mark in _MARKS):
        text, ends = _signs_and_marks(text)
    if either is not None and is_traditional(
        text
    ):  # first, so that chrome printed in traditional characters (掃一掃) is found too
        text = to_simplified(text)
    text, offsets = _without_chrome(text, ends)
    return doc.derive(text, offsets)


def display_width(text: str) -> int:
    """Display width: East Asian wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
