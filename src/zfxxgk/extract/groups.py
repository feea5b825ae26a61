"""A table region of text → value groups: the runs of numbers that each print one table row.

Whatever the layout — one cell per line, `|` between cells, tabs, spaces, or digits glued with no
separator — a row's numbers come out as one `Group` of tokens, with the label text printed on the
same line before it and the text between it and its neighbours, for the aligner to read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final, cast

from ..normalize import IDEOGRAPH, half_width
from ..numbering import NUMERALS, strip_numbering
from ..patterns import RUN_ON_RULE, YEAR
from ..templates import CELL_NOTE, NO_NUMBER, TEMPLATES
from .values import spaces_only

# A number token: digits with optional sign, thousands separators, decimals and a printed unit.
# Digits followed by 年/月/日/%/号/页 or preceded by 第 are dates, shares or references, not cells — but
# a 年 with white space, `|` or the next row's number after it, or a space before it, only makes a year of
# four digits (2020 年): `31 年`, `31年 3.危及…` and `31年3.危及…` are a cell and the 年 of a label printed
# one character per line (三、本年度办理结果) after it, its line run into the cell's or not; and three digits or
# five and more, no year's, are a cell before any 年 (`103年度继续办理`, a label's rest wrapped past its cells).
# A sign right after a digit starts a new number, a signed change printed glued to its neighbour.
# A count may carry its unit when the cell ends there (`0件`, `12条`, `202件11件` run together): the unit
# is no label text.
# what may not follow a cell's number
_END: Final = (
    r"(?!\d|(?<!(?<!\d)\d{3})(?<!\d{5})年(?![\s|]|$|\d{1,2}[.、．](?!\d))|[ \t]*[月日%号页])"
    rf"(?!(?<={YEAR})[ \t]*年)"
)


_SAID_ZERO: Final = ("持平", "无变化", "不变")  # words a cell says it did not change in (read as 0)
# the words a cell may be printed in (`_CELL_WORD`), as patterns: a change with its number (增加2, not 无增加。)
_CELL_WORDS: Final = (*_SAID_ZERO, *NO_NUMBER, r"(?:增加|减少)\d")


def _row_starts() -> str:
    """What may follow a blank cell's `无` printed glued to the digits before it (`1601110无四、结转…`,
    `0000无00`, `5无不涉及`): a number, another blank, the end of the cell, a cell printed in words, a row's
    numbering, or the first words of a row label, table caption or section title of a template — never the
    rest of a word that begins with 无 (无正当理由, 无法提供, 无效)."""
    words = {
        strip_numbering(w)[:2]
        for t in TEMPLATES.values()
        for w in (
            *(x for tb in t.tables for r in tb.rows for x in (r.label, r.parent or "")),
            *(x for tb in t.tables for x in (tb.caption, tb.stub_header)),
            *(i.label for i in t.indicators),
            *(sec.title for sec in t.sections),
        )
    }
    starts = rf"[\d无\s|（(]|$|[{NUMERALS}]+、"
    return "|".join([starts, *_CELL_WORDS, *sorted(re.escape(w) for w in words if len(w) == 2)])


# What may follow a count's unit where its cell ends: white space, `|`, digits, a line's end, or the first
# character of a cell printed in words run on after it (`0件不涉及0件`, `0件暂无3.危及…`, `0件增加2`) — but 无, which
# begins labels' words too (无法提供).
_WORD_FIRSTS: Final = "".join(sorted({w[0] for w in (*_SAID_ZERO, *NO_NUMBER, "增", "减")} - {"无"}))
_UNIT_END: Final = rf"[\s|\d{_WORD_FIRSTS}]|$"

# a consumed 无 right after digits, or after one more 无, each perhaps a space apart: 12无, 12 无, 12无 无
_AFTER_DIGITS: Final = (
    "(?:" + "|".join(f"(?<=\\d{a}无{b})" for a in ("", "[ \\t]") for b in ("", "无", "[ \\t]无")) + ")"
)
_TOKEN: Final = re.compile(
    r"[\d+\-—–/无]"  # every token begins with one of these: consumed first, so the engine skips to them
    # a number, unsigned: its first digit (not after a digit, a point or 第), then the rest of its form
    rf"(?:(?:(?<=\d)(?<![\d.第].)(?:\d*(?:\.\d+){{2,}}(?:万元|元)?{_END}"  # glued decimals: 0.010.02
    rf"|\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?(?:万元|元)?{_END}"
    # digits with commas that are no number's thousands separators (12,3), or cells run together that
    # print them (4,0171, 5,999195383.97元): one token, its decimals and unit too, for the split to read
    r"|\d*(?:,\d+)+(?:\.\d+)?(?:万元|元)?"
    rf"|\d*(?:\.\d+)?(?:[ \t]?(?P<count>件|条|个|项|次)(?={_UNIT_END})|(?:万元|元)?{_END}))"
    # signed, and a signed change glued to the number before it: 919-3
    rf"|(?<=[+-])(?:(?<![\d.第].)(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?:万元|元)?{_END}|\d+(?:,\d+)+(?:\.\d+)?(?:万元|元)?"
    rf"|\d+(?:\.\d+)?(?:[ \t]?(?P<signed_count>件|条|个|项|次)(?={_UNIT_END})|(?:万元|元)?{_END}))"
    rf"|(?<=\d.)\d+(?:,\d+)*{_END}))(?P<num>)"
    r"|(?:(?<![^\s|].)(?:(?<=[-—–/])[-—–/]{0,2}|(?<=无))(?![^\s|])"  # a blank cell: -, —, ——, /, 无
    # a mark run on from the digits before it (a space apart at most): 12无, 12 无, 0000/00, 1601110—四、 — a
    # dash not before a digit, where it may be a sign, but for the next row's own number (1000001—2.其他…) or an
    # em dash, which no sign is printed as, glued between digits (12—244)
    rf"|(?:{_AFTER_DIGITS}|(?<=\d/)|(?<=\d[ \t]/)|(?:(?<=\d[-—–])|(?<=\d[ \t][-—–]))"
    r"(?:[—–]?(?![\d+-])|(?=\d[.、][^\d\s])|(?:(?<=\d—)|(?<=\d[ \t]—))(?=\d)))"
    rf"(?={_row_starts()})"
    # or into the number or the cell printed in words after it: 行政强制无0117, 总计188 无3 4…, 行政许可无不涉及
    rf"|(?<=无)(?=(?:[ \t]*无)*[ \t]*(?:\d|{'|'.join(_CELL_WORDS)}))"
    r"|(?:(?<=[^\W\d_][—–/])|(?<=[）)”][—–/]))[—–]?(?=\d))(?P<blank>))"  # a label's first cell: 事项—0690
)


COUNT_UNITS: Final = frozenset("件条个项次")  # a number token ends in one of these only where it is a count's unit


# What `_TOKEN` must read on a line: a sign or a blank mark; a decimal point, a thousands separator or 第
# before a digit; a unit right after one, or a date's or a share's character after one or a space.
# A line without any of these (most lines of a table: labels, `|`, spaces and plain counts, and labels
# that say 年 or 件 away from any digit) holds its digit runs as its tokens, each one whole: none of the
# look-arounds, which never reach past the line, can then refuse or extend one. One character class leads
# the pattern, so the engine skips to its characters (an alternation would be tried at every one).
_NEEDS_TOKEN: Final = re.compile(
    r"[+\-—–/无.,第年月日%号页件条个项次元万]"
    r"(?:(?<=[+\-—–/无])|(?<=[.,第])(?=\d)|(?<=[\d \t][年月日%号页])|(?<=\d[件条个项次元万])|(?<=\d[ \t][件条个项次]))"
)
_HAS_WORD: Final = re.compile("[增减零持变涉适暂待见空]")  # where `_CELL_WORD` may match: each word's telling character
# a line of `|` and empty cells or a Markdown table's rule's (three dashes or more, colons, no space inside)
_RULE_CELL: Final = r"[ \t]*+(?:(?=:*-:*-:*-)[-:]++)?[ \t]*+"
_RULE_ROW: Final = re.compile(rf"{_RULE_CELL}(?:\|{_RULE_CELL})+\n?")
_DIGITS: Final = re.compile(r"\d\d*")  # not `\d+`: a repeat first gives the engine no character to skip to


# every row's label as a table prints it whole, its numbering and white space left out
ROW_LABELS: Final = frozenset(
    strip_numbering("".join(half_width(x).split()))
    for t in TEMPLATES.values()
    for tb in t.tables
    for r in tb.rows
    for x in (r.label, *r.variants)
)
# every column's name and spanning header as a table prints it whole, white space left out: what a cell runs
# into where a table prints each cell after its column's name, or column by column, each column after its name
_COLUMN_NAMES: Final = frozenset(
    "".join(half_width(x).split())
    for t in TEMPLATES.values()
    for tb in t.tables
    for c in tb.columns
    for x in (*c.labels, *filter(None, (c.group,)))
)
# two characters a row's label or a column's name prints side by side (项目数量: 项目, 目数, 数量)
_WORD_PAIRS: Final = frozenset(w[i : i + 2] for w in ROW_LABELS | _COLUMN_NAMES for i in range(len(w) - 1))
SPACE_IN_WORDS: Final = re.compile(r"[\u4e00-\u9fff][ \t]+(?=[\u4e00-\u9fff])")  # white space between two ideographs


def folded_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] prints white space inside a row's label or a column's name as the template words
    it (`项目数 量`, `上一年 项目数量`): a fold's line break the lines were joined across, which may stand amid a
    row's digits too."""
    return any(text[m.start()] + text[m.end()] in _WORD_PAIRS for m in SPACE_IN_WORDS.finditer(text, start, end))


# A cell printed in words: a change (本年增/减: 增加2, 减少1, 减1, 减少1,234) read as the signed number it says, with a
# cell's edge before it (white space, `|`, a line's start, or the digits of the cell before it run
# together), so that no sentence's 同比增加12件 is read so; a word that says it did not change (持平, 不变) read
# as 0, or one that says the cell has no number (不涉及, 不适用, 暂无, 待定, 见附件, 空) read as a blank — after a
# label too (行政强制待定持平227), with a cell's edge after it: white space, `|`, digits, a line's end,
# another such word (a change too: 不涉及增加1), or what begins the next row, column, table or section where a row
# runs into it (…105不涉及行政强制…, …持平第二十条…, …113见附件科研机构…), not a sentence's words (与上年持平。,
# 暂无政府信息公开…).


def _cell_edge() -> str:
    """What may follow a word that is a cell: white space, `|`, digits, a line's end, another such word,
    or a row label or column name of four or more characters, or the start of a table or a section."""
    words = sorted((re.escape(w) for w in ROW_LABELS | _COLUMN_NAMES if len(w) >= 4), key=len, reverse=True)
    starts = rf"[\s|\d]|$|第二十条|[{NUMERALS}]+、|[（(][{NUMERALS}]+[)）]|\d+[.、]"
    return "|".join([starts, *_CELL_WORDS, *words])


# A word that may be a cell, matched from its telling character (`_HAS_WORD`, rare in a report's prose) —
# the one before it looked behind at where it is the word's second (新增, 不变, 无变化, 不涉及, 不适用).
_CELL_WORD: Final = re.compile(
    r"(?:(?<=新)(?P<new>增)|(?P<up>增加|增)|(?P<down>减少|减))(?P<n>\d++(?:,\d{3})*+)(?![.%])|(?P<nought>零)"
    r"|(?P<zero>持平|(?<=无)变化|(?<=不)变)|(?P<blank>(?<=不)涉及|(?<=不)适用|暂无|待定|见附件|空)"
)
_EDGE_AFTER: Final = re.compile(_cell_edge(), re.MULTILINE)
# a blank cell's mark run on from a cell printed in words (`持平——第二十条…`, `暂无/0`, `见附件无0`): a dash not
# before a digit, where it may be a sign, ending where a cell's may (`_row_starts`: never 无法…)
_MARK_AFTER_WORD: Final = re.compile(rf"(?:[-—–]{{1,2}}(?![\d+-])|/|无)(?={_row_starts()})")
_EDGE_BEFORE: Final = frozenset(" \t\n|0123456789")


def _word(text: str, m: re.Match[str], last: int) -> tuple[int, str | None] | None:
    """Where the words matched (`_CELL_WORD`) begin and the number they say (None for a blank), where they
    are a cell, not a sentence's words (`last`: where the cell printed in words before them ends); else None."""
    start = m.start() - (m["new"] is not None or text[m.start()] in "变涉适")
    before = text[start - 1] if start else "\n"
    # 不涉及增加1: a cell's edge too; so is a full stop that ends the number before it (`828。增加2`)
    edge = start == last or before in _EDGE_BEFORE or (before == "。" and text[start - 2 : start - 1].isdigit())
    if m["n"]:
        return (start, f"{'-' if m['down'] else '+'}{m['n']}") if edge else None
    if m["nought"]:
        return (start, "0") if edge and not text[m.end() : m.end() + 1].isdigit() else None
    ends = _EDGE_AFTER.match(text, m.end()) or _MARK_AFTER_WORD.match(text, m.end())
    return (start, "+0" if m["zero"] else None) if ends else None


def _cell_words(text: str) -> list[tuple[int, int, str | None]]:
    """Each cell printed in words in `text` (`_CELL_WORD`) as a token: looked for only where a word's
    telling character is (`_HAS_WORD`), which the engine finds far quicker than the words; a blank
    mark run on from one (`_MARK_AFTER_WORD`) as a blank token too."""
    out: list[tuple[int, int, str | None]] = []
    for w in _HAS_WORD.finditer(text):
        last = out[-1][1] if out else -1
        if w.start() >= last and (m := _CELL_WORD.match(text, w.start())) and (c := _word(text, m, last)):
            out.append((c[0], m.end(), c[1]))
            if mark := _MARK_AFTER_WORD.match(text, m.end()):
                out.append((*mark.span(), None))
    return out


def _matches(text: str) -> list[tuple[int, int, str | None]]:
    """Each token of `text` as (start, end, text): a count's printed unit left out, None for a blank mark,
    a cell printed in words as the number it says (`_cell_words`). Only the lines that need it are read
    with the whole `_TOKEN`; the rest with a plain digit run; a Markdown table's rule (`_RULE_ROW`), whose
    marks no cell reads, not at all."""
    out: list[tuple[int, int, str | None]] = []
    pos, size = 0, len(text)
    while m := _NEEDS_TOKEN.search(text, pos):
        line = text.rfind("\n", pos, m.start()) + 1 or pos
        _digit_runs(text, pos, line, out)
        end = text.find("\n", m.end())
        pos = size if end < 0 else end + 1  # the line break is read too: a look-ahead may see it
        if _RULE_ROW.fullmatch(text, line, pos):
            continue  # a Markdown table's rule: `_Region.scan_cells` reads none of its dashes, so none is matched
        for t in _TOKEN.finditer(text, line, pos):
            if t.lastgroup == "num":
                raw = t.group()
                out.append((*t.span(), raw[:-1].rstrip(" \t") if raw[-1] in COUNT_UNITS else raw))
            else:
                out.append((*t.span(), None))
    _digit_runs(text, pos, size, out)
    if words := _cell_words(text):
        out = sorted([t for t in out if not any(a <= t[0] < b for a, b, _ in words)] + words, key=lambda t: t[0])
    if stub := _stub_digits(text):
        out = [t for t in out if t[0] not in stub]
    return out


def _digit_runs(text: str, start: int, end: int, out: list[tuple[int, int, str | None]]) -> None:
    """Append each run of digits in text[start:end] as a token (see `_matches`): the runs found in one call
    that makes no match object, each then found where it stands from the end of the one before (no digit
    stands between them, so the first place it is printed is its own)."""
    runs: list[str] = _DIGITS.findall(text, start, end)  # typed: each `find` below is the compiled one
    at = start
    for digits in runs:
        at = text.find(digits, at)
        out.append((at, at + len(digits), digits))
        at += len(digits)


# A row of `|`-parted cells cut at a fixed width inside a number (a text folded by a tool, a PDF's cell too
# narrow for it): the line ends in the number's first digits, not on its gridline, and the next, which does
# end on one, begins with the rest of them before its first `|` (`… | 1 | 28` / `5 | |||`, `… | 2.` / `76 |`) —
# or, rows run on over lines folded anywhere, a decimal point stands where the two meet (`… | 0` / `.3055 | 16.…`).
_CUT_HEAD: Final = re.compile(r"(?<![^\s|])\d[\d.,]*\Z")
_CUT_REST: Final = re.compile(r"[\d.,]*\d(?=[ \t]*\|)")
_CUT_NUMBER: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")  # what the two make: one number


_DIGIT_OR_POINT: Final = tuple("0123456789.,")


def cut_number(line: str, nxt: str) -> tuple[int, int] | None:
    """How many characters of the number a row of `|`-parted cells was cut inside (see above) `line` ends
    in and the line `nxt` after it begins with; None where the two lines are no such cut."""
    if not line.endswith(_DIGIT_OR_POINT) or "|" not in line:
        return None  # the common case: a row that ends on its gridline, or prints no `|`
    head, rest = _CUT_HEAD.search(line), _CUT_REST.match(nxt)
    if head is None or rest is None:
        return None
    # the rest of the row to its gridline (… | 4 / .56 |), or, the rows run on over lines cut anywhere, a
    # decimal point between the two, which no line ends or begins with but a cut one (| 0 / .3055 | 16.…)
    if not nxt.rstrip().endswith("|") and not (head.group().endswith(".") or rest.group().startswith(".")):
        return None
    return (len(head.group()), rest.end()) if _CUT_NUMBER.fullmatch(head.group() + rest.group()) else None


_REST_OF_ROW: Final = re.compile(r"[ \t]*[\d|]")  # what the rest of a row cut at a cell's edge begins with
_CELL_FIRST: Final = re.compile(r"[ \t]*\d")  # … where the row stops on a `|`: its next cell, no `|` before it


def _cut_at_edge(line: str, nxt: str, row: _Line, rest: _Line) -> bool:
    """Whether a labelled row of `|`-parted cells, `line`, was cut at a fixed width at a cell's edge, the
    rest of its cells on the line `nxt`: `line` stops short of its gridline (after a space, or a cell's
    text), or on a cell's `|` where `nxt` begins with a number, no `|` before it (the rows, which print no
    gridline first, a label first); and `nxt` prints numbers and no label, begins with a cell or a `|` and
    ends on its gridline (`… | 0 | 0 ` / `| 2 | 1 | 28 | ||`, `… | 1 | ` / `0 | 29 | |||`, `… | 1 | 0 |` /
    ` 0 | 0 | 1 | ||`)."""
    return (
        (not line.endswith("|") or (nxt[:1] not in ("|", "") and _CELL_FIRST.match(nxt) is not None))
        and row.has_text
        and not rest.has_text
        and nxt.rstrip().endswith("|")
        and _REST_OF_ROW.match(nxt) is not None
        and any(isinstance(t, Token) and t.text is not None for t in row.items)
        and any(isinstance(t, Token) and t.text is not None for t in rest.items)
    )


def _uncut(raw_lines: list[str], lines: list[tuple[int, int, _Line]]) -> list[tuple[int, int, _Line]]:
    """`lines` (see `_Region.scan_lines`) with each row of `|`-parted cells cut at a fixed width one line
    again, the next line's cells after its own: cut inside a number (`cut_number`), the number one token
    where its first digits were; or at a cell's edge (`_cut_at_edge`)."""
    out: list[tuple[int, int, _Line]] = []
    last, bars = "", 0  # the raw text the last line kept ends with, and the `|` it prints in all
    for n, offset, line in lines:
        raw = raw_lines[n]
        if out and line.piped and out[-1][2].piped and out[-1][0] + 1 == n:
            n0, offset0, row = out[-1]
            merged = None
            if cut := cut_number(last, raw):
                number = Token(
                    last[len(last) - cut[0] :] + raw[: cut[1]], offset - 1 - cut[0], offset + cut[1], col=bars
                )
                merged = _merged(row, line, offset, bars, number)
            elif _cut_at_edge(last, raw, row, line):
                merged = _merged(row, line, offset, bars)
            if merged is not None:
                out[-1] = (n0, offset0, merged)
                last, bars = raw, bars + raw.count("|")
                continue
        out.append((n, offset, line))
        last, bars = raw, raw.count("|")
    return out


def _merged(row: _Line, rest: _Line, start: int, bars: int, number: Token | None = None) -> _Line | None:
    """The row `row` and the line `rest` after it, from `start` on, that prints the rest of its cells as one,
    `rest`'s cells after the `bars` its first one follows; with the `number` cut between them (its span
    holding the line break) one token in its cell, in place of the digits of it each prints. None where
    either prints none of it."""
    items, more = row.items, rest.items
    if number is not None:
        j = next((k for k, t in enumerate(items) if isinstance(t, Token) and t.end > number.start), None)
        k = next((k for k in range(len(more) - 1, -1, -1) if _before(more[k], number.end)), None)
        if j is None or k is None:
            return None
        items, more = [*items[:j], number], more[k + 1 :]
    elif not (items and _at(items[-1], bars)):  # the row cut inside or after an empty cell: one blank in all
        more = more if more and _at(more[0], 0) else [Token(None, start, start, col=0), *more]
    elif more and _at(more[0], 0) and cast(Token, more[0]).text is None:
        more = more[1:]  # the cell the row was cut after (`… | 0` / ` | 0 |`): the rest of it is no blank of its own
    for t in more:
        if isinstance(t, Token):
            t.col += bars
    out = [*items, *more]
    return _Line(out, sum(isinstance(t, Token) for t in out), any(isinstance(t, str) for t in out), piped=True)


def _at(item: str | Token, col: int) -> bool:
    """Whether `item` is a token of the cell `col`."""
    return isinstance(item, Token) and item.col == col


def _before(item: str | Token, end: int) -> bool:
    """Whether `item` is a token that begins before `end`."""
    return isinstance(item, Token) and item.start < end


# a lone digit opening a line, then label text: a candidate character of a label printed down the page
_LINE_DIGIT: Final = re.compile(r"\n\d[ \t]+(?=[^\s\d|—–/无-])")
# a line that opens with one character of such a label, then the row's own label text
_STUB_CHARACTER: Final = re.compile(r"[^\s\d|—–/无+-][ \t]+[^\s|]")


def _stub_digits(text: str) -> set[int]:
    """Where a lone digit opens a line between two lines that each open with one other character, all
    three then going on with label text: a character of a tall stub label printed one a line down the
    table's left side (三、本年度办理结果[注1] as `注 …`, `1 （五）不予处理 …`, `] …`), the digit label
    text, no cell."""
    out = set()
    for m in _LINE_DIGIT.finditer(text):
        before = text.rfind("\n", 0, m.start()) + 1
        after = text.find("\n", m.end())
        if after >= 0 and _STUB_CHARACTER.match(text, before) and _STUB_CHARACTER.match(text, after + 1):
            out.add(m.start() + 1)
    return out


# The classes made for every token, group and line write their own `__init__`: the compiled build compiles
# it, where the one `dataclass` generates stays interpreted.


@dataclass(slots=True, init=False)
class Token:
    text: str | None  # None: a blank cell
    start: int
    end: int
    soft: bool = False  # a blank read from an empty line, not printed as a mark: droppable if a row is too wide
    col: int = -1  # the cell's position on a line with | between cells
    glue: bool = False  # spaces (one, or wider) from the number before it in the same cell: may be stray ones

    def __init__(
        self, text: str | None, start: int, end: int, soft: bool = False, col: int = -1, glue: bool = False
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.soft = soft
        self.col = col
        self.glue = glue


@dataclass(slots=True, init=False)
class Group:
    tokens: list[Token]
    line: int  # index of the line the group starts on
    same_line: str = ""  # label text on the group's line before it (white space removed)
    before: str = ""  # text since the previous group (white space removed)
    after: str = ""  # text up to the next group (white space removed)
    multiline: bool = False  # one value per line (a web page's cells)
    broken: bool = False  # a row printed in two pieces whose numbers are not its cells: not to be read
    # a run of digits that adds up cut more than one way: each cut's numbers in the template's columns
    cuts: tuple[tuple[Token | None, ...], ...] = ()
    short: bool = False  # digits run together cut one way that may as well be a cell short: not to be read
    # digits run together under a header that names the columns in another order: the template's column of
    # each number as printed, for the run to be cut in the header's order (see `align.printed_as`)
    order: tuple[int, ...] = ()

    def __init__(
        self,
        tokens: list[Token],
        line: int,
        same_line: str = "",
        before: str = "",
        after: str = "",
        multiline: bool = False,
        broken: bool = False,
        cuts: tuple[tuple[Token | None, ...], ...] = (),
        short: bool = False,
        order: tuple[int, ...] = (),
    ) -> None:
        self.tokens = tokens
        self.line = line
        self.same_line = same_line
        self.before = before
        self.after = after
        self.multiline = multiline
        self.broken = broken
        self.cuts = cuts
        self.short = short
        self.order = order

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def width(self) -> int:
        return len(self.tokens)

    @property
    def blank(self) -> bool:
        """A row that prints no number at all, only blank cells: read each time, a loop that a row's first
        number mostly ends (cheaper than a cached answer or a generator)."""
        for t in self.tokens:  # noqa: SIM110 — `all()` over a generator costs more, read for every group
            if t.text is not None:
                return False
        return True

    def trimmed(self, width: int, extra_at: int = 0) -> list[Token]:
        """The tokens without blank cells beyond `width` (counting the numbers a stray space split in two
        as one): first at either end (placeholders of merged cells, or the cells of a grid's column the
        row has not), then empty lines that were only spacing, unless more of them than that stand apart,
        which leaves them all (which ones are cells, nothing tells: the row is then too wide to read); and
        if exactly that many numbers remain, every blank but the marks and words printed on a line without
        `|` (positions that uneven merged cells leave empty between a row's numbers). At the ends, where
        the grid prints its cells beyond the row's (`extra_at`: 1 after them, -1 before them) goes first;
        where that is not known (0), empty lines, then the end (see `unsure_ends`)."""
        toks = self.tokens
        if len(toks) <= width:  # the common case: nothing to trim
            return toks[:]
        width += sum(1 for t in toks if t.glue)  # numbers a stray space apart may be one cell
        start, end = 0, len(toks)  # indices, not slices: a row of 100,000 blanks is cut in linear time
        if not extra_at:  # empty lines at either end first: spacing, where a printed mark (——) is a cell
            while end - start > width and toks[end - 1].text is None and toks[end - 1].soft:
                end -= 1
            while end - start > width and toks[start].text is None and toks[start].soft:
                start += 1
        if extra_at >= 0:
            while end - start > width and toks[end - 1].text is None:
                end -= 1
        while end - start > width and toks[start].text is None:
            start += 1
        while end - start > width and toks[end - 1].text is None:
            end -= 1
        toks = toks[start:end]
        extra = len(toks) - width
        soft = [k for k, t in enumerate(toks) if t.soft]
        if extra > 0 and len(soft) > extra and soft[-1] - soft[0] >= len(soft):
            return toks  # empty lines apart, more than are spacing: which are cells, nothing tells
        if extra > 0 and soft:
            kept = []
            for t in toks:
                if extra and t.soft:
                    extra -= 1
                    continue
                kept.append(t)
            toks = kept
        if len(toks) > width and sum(1 for t in toks if t.text is not None) == width:
            # a mark or word printed on a row's line without `|` (`1 8 4 0 空 4 1 27`) is a cell all the same
            toks = [t for t in toks if t.text is not None or (t.col < 0 and not t.soft and t.end > t.start)]
        return toks

    def unsure_ends(self, width: int) -> bool:
        """Whether the row prints blank cells beyond `width` at both ends, and they leave other cells dropped at
        one end than at the other: which end is the grid's column the row has not, they do not tell — an empty
        line between two of `|`, or between cells printed one a line, is a cell as surely as a mark is, and
        the first position as likely as the last (see `extra_at` of `trimmed`)."""
        toks = self.tokens
        if len(toks) <= width or toks[0].text is not None or toks[-1].text is not None:
            return False
        first, last = self.trimmed(width, -1), self.trimmed(width, 1)
        return len(first) != len(last) or any(a is not b for a, b in zip(first, last, strict=True))

    def extra_end(self, width: int) -> int:
        """Where the row prints its blank cells beyond `width`: 1 all after its numbers, -1 all before them;
        0 at both ends, or none, or a row of blanks alone."""
        toks = self.tokens
        extra = len(toks) - width - sum(1 for t in toks if t.glue)
        if extra <= 0 or self.blank:
            return 0
        lead = next(k for k, t in enumerate(toks) if t.text is not None)
        tail = next(k for k, t in enumerate(reversed(toks)) if t.text is not None)
        return 1 if not lead and tail >= extra else -1 if not tail and lead >= extra else 0


def _row_boundary(cells: list[str], i: int) -> bool:
    """Whether the empty cell cells[i] (a `|` line's, split at each `|`) is where one row ends and the next
    begins on a line of `|` rows run together with white space between them (`| 0 | | 行政规范性文件 |`, a
    page's text that lost its line breaks): before a cell that prints a row's label whole, or a table's
    caption or the header over its labels, after the cells of a row or a header — the nearest cell before it
    that prints anything prints a value (a number, a mark, a blank's word) or a column's name. A row's own
    last cells left empty are those before it (`| 0 |  | | 行政规范性文件 |`). Only white space stands for such
    an end: a cell with nothing between its `|` (`|0||行政规范性文件`, cells a line run together) is one left
    empty."""
    nxt = cells[i + 1]
    if not nxt.strip():
        return False
    words = "".join(half_width(nxt).split())
    if strip_numbering(words) not in ROW_LABELS and words not in _TABLE_STARTS:
        return False
    k = i - 1
    while k > 0 and not cells[k].strip():
        k -= 1
    before = cells[k].strip()
    return bool(before) and (
        not IDEOGRAPH.search(before) or before in _BLANK_WORDS or "".join(half_width(before).split()) in _COLUMN_NAMES
    )


_BLANK_WORDS: Final = frozenset((*NO_NUMBER, "无"))
# what a `|` row begins with but a row's label: a table's caption (第二十条第（五）项), the header over its labels
_TABLE_STARTS: Final = frozenset(
    "".join(half_width(x).split())
    for t in TEMPLATES.values()
    for tb in t.tables
    for x in (tb.caption, tb.stub_header)
    if x
)


@dataclass(slots=True, init=False)
class _Line:
    """A scanned line: its label text (only text with more than white space is kept) and its tokens."""

    items: list[str | Token]
    values: int = 0  # how many tokens, blank or not
    has_text: bool = False
    stray: bool = False  # numbers only, a space apart, where cells are printed one per line: one cell
    piped: bool = False  # read cell by cell between `|`: its tokens know their cell's position

    def __init__(
        self,
        items: list[str | Token],
        values: int = 0,
        has_text: bool = False,
        stray: bool = False,
        piped: bool = False,
    ) -> None:
        self.items = items
        self.values = values
        self.has_text = has_text
        self.stray = stray
        self.piped = piped

    def add_text(self, text: str) -> None:
        self.items.append(text)
        self.has_text = True

    def add_token(self, token: Token) -> None:
        self.items.append(token)
        self.values += 1

    @property
    def single(self) -> bool:
        """The line prints one cell and nothing else (cells printed one per line)."""
        return (self.values == 1 and not self.has_text) or self.stray

    @property
    def lone(self) -> bool:
        """The line prints one cell alone, or label text alone: empty lines beside it may be blank cells."""
        return self.single or (self.values == 0 and self.has_text)

    def spaced_cell(self) -> bool:
        """The line prints only numbers, each spaces from the one before: one cell, with the stray spaces
        text from a PDF or a web page may put inside a number (`1 84`, `1  2` where a page widened them)."""
        return not self.has_text and self.values > 1 and all(isinstance(t, Token) and t.glue for t in self.items[1:])


class _Region:
    """A region's text, its number tokens matched once over all of it: a token never spans a line or
    a cell, and its look-arounds read the `|` or line break around a cell as they read its edge. Lines
    and cells are scanned in order, so one cursor walks the matches."""

    def __init__(self, text: str, offset: int) -> None:
        self.text = text
        self.offset = offset  # where the region starts in the document
        self.matches = _matches(text)  # read once, not per access
        self.next = 0  # the first match not yet scanned

    def scan_lines(self, raw_lines: list[str]) -> list[tuple[int, int, _Line]]:
        """The lines that print anything, as (line index, offset in the document, scanned line), `raw_lines`
        being the text's lines. A line of label text alone, or of one cell alone, is read at a glance."""
        offset, matches = self.offset, self.matches
        count = len(matches)
        out = []
        pos = 0
        for n, raw in enumerate(raw_lines):
            end = pos + len(raw)
            if raw and not raw.isspace():
                if "|" in raw:
                    if "---" in raw and _RULE_ROW.fullmatch(raw):
                        pass  # a Markdown table's rule, or its rest a fold cut off (` | ---: |`): no empty cell
                    elif (line := self.scan_cells(raw, pos)).items:
                        out.append((n, offset + pos, line))
                    pos = end + 1
                    continue
                k = self.next
                a, b, value = matches[k] if k < count else (end, end, None)
                if a >= end:
                    line = _Line([raw], 0, True)
                elif a >= pos and (k + 1 == count or matches[k + 1][0] >= end) and len(raw.strip()) == b - a:
                    line = _Line([Token(value, offset + a, offset + b)], 1)
                    self.next = k + 1
                else:
                    self._scan_segment(pos, end, line := _Line([]))
                out.append((n, offset + pos, line))
            pos = end + 1
        return out

    def scan_cells(self, raw: str, pos: int) -> _Line:
        """The label text and tokens of a line `raw` with `|` between its cells, starting at text[pos]. On a
        line of rows run together (see `RUN_ON_RULE`) each `||` ends a row and begins the next: no cell
        between them, and the cells counted again from the next row's first."""
        line = _Line([], piped=True)
        cells = raw.split("|")
        text, offset, matches = self.text, self.offset, self.matches
        count = len(matches)
        k = self.next
        last = len(cells) - 1
        run_on = "||" in raw and RUN_ON_RULE.search(raw) is not None
        row = 0  # where the row's cells begin among `cells`: its first `|`'s
        for i, cell in enumerate(cells):
            end = pos + len(cell)
            if run_on and not cell and 0 < i < last:
                row = i
                pos = end + 1
                continue
            col = i - row
            stripped = cell.strip()
            if stripped or cell.startswith("-"):
                if stripped[0] in "-:" and cell.count("-") >= 3 and set(stripped) <= {"-", ":"}:
                    pos = end + 1  # a Markdown rule |---| (a lone - is a blank cell); its first character read first
                    continue
                while k < count and matches[k][0] < pos:
                    k += 1
                start, stop, value = matches[k] if k < count else (end, end, None)
                if start >= end:  # label text alone
                    if not _full_stop(text, pos, end, line.items):
                        line.add_text(cell)
                elif (k + 1 == count or matches[k + 1][0] >= end) and len(stripped) == stop - start:  # one cell alone
                    k += 1
                    line.add_token(Token(value, offset + start, offset + stop, False, col))
                else:
                    self.next = k
                    self._scan_segment(pos, end, line, col)
                    k = self.next
            elif cell and 0 < i < last and _row_boundary(cells, i):
                row = i  # one row's end and the next's start, their line breaks lost (`| 0 | | 行政规范性文件 |`)
            elif 0 < i < last or (i == 0 and cell and last > 1):  # ` | 5 |`: the first cell is left empty
                line.add_token(Token(None, offset + pos, offset + end, col=col))
            pos = end + 1
        self.next = k
        return line

    def _scan_segment(self, start: int, end: int, line: _Line, col: int = -1) -> None:
        """Split text[start:end] into label text and number tokens, appending to `line`."""
        text, offset, matches = self.text, self.offset, self.matches
        k, n = self.next, len(matches)
        while k < n and matches[k][0] < start:
            k += 1
        items = line.items
        last = start
        values, has_text = line.values, line.has_text
        while k < n:
            a, b, raw = matches[k]
            if a >= end:
                break
            k += 1
            if a > last and not text[last:a].isspace() and not _full_stop(text, last, a, items):
                items.append(text[last:a])
                has_text = True
            if raw is None:
                items.append(Token(None, offset + a, offset + b, False, col))
                values += 1
                last = b
                continue
            # glued digits that run into the next row's own number: 00000002.其他… → 0000000 + "2.", also with
            # spaces after its point as a list is typed (1. 属于国家秘密), or numbered 1) (not the (1) of a note);
            # or a space before its point, where a fold cut the number from it and its lines were joined by spaces
            if (
                b + 1 < end
                and text[b] in _AFTER_NUMBER  # most numbers end otherwise: no call
                and (point := _row_number_point(text, a, b, raw))
                and words_after(text, point + 1, end)
            ):
                if len(raw) > 1 and raw[-2].isdigit():
                    items.append(Token(raw[:-1], offset + a, offset + b - 1, False, col))
                    values += 1
                elif len(raw) == 2 and raw[0] in "-—–":  # no sign, a blank cell's mark before it: 1000001-2.其他…
                    items.append(Token(None, offset + a, offset + a + 1, False, col))
                    values += 1
                    raw = raw[1:]
                items.append(raw[-1] if len(raw) > 1 and raw[-2].isdigit() else raw)
                has_text = True
                last = b
                continue
            glue = False
            if spaces_only(text, last, a) and text[a].isdigit() and items:
                prev = items[-1]
                glue = isinstance(prev, Token) and prev.end == offset + last and (prev.text or "")[-1:].isdigit()
            items.append(Token(raw, offset + a, offset + b, False, col, glue))
            values += 1
            last = b
        self.next = k
        if end > last and not text[last:end].isspace() and not _full_stop(text, last, end, items):
            items.append(text[last:end])
            has_text = True
        line.values, line.has_text = values, has_text


_AFTER_NUMBER: Final = frozenset(".、)） ")  # what may follow the next row's number: its point, or a space before it


def _row_number_point(text: str, a: int, b: int, raw: str) -> int | None:
    """Where the point is that makes the last digit of the number text[a:b] the next row's own number: right
    after it (1. 1、 1) — not the ) of (1)), or a space after glued digits (80000082 .申请人…, a fold's)."""
    if text[b] in ".、" or (text[b] in ")）" and not (a and text[a - 1] in "(（")):
        return b
    if text[b] == " " and b + 2 < len(text) and text[b + 1] in ".、" and len(raw) > 1 and raw[-2].isdigit():
        return b + 1
    return None


def words_after(text: str, at: int, end: int) -> bool:
    """Whether text[at:end] begins with words, perhaps after spaces: what follows a row's number and its
    point, not a number (a decimal's digits) or nothing (a cell's full stop at its line's end)."""
    while at < end and text[at] in " \t":
        at += 1
    return at < end and not text[at].isdigit() and not text[at].isspace()


def _full_stop(text: str, a: int, b: int, items: list[str | Token]) -> bool:
    """Whether text[a:b] is only a full stop right after a number (`34。`, a row ending `… 0 5。`): the
    end of the cell's sentence, no label text."""
    if text[a] != "。" or text[a + 1 : b].strip() or not items:
        return False
    last = items[-1]
    return isinstance(last, Token) and last.text is not None


def _squash(parts: list[str]) -> str:
    return "".join("".join(parts).split())  # white space removed


class _LineText:
    """A line's label text so far, in the parts it was printed in (each squashed once, however many
    groups follow it), with where each part ends in the text as printed."""

    __slots__ = ("ends", "squashed")

    def __init__(self) -> None:
        self.squashed: list[str] = []
        self.ends: list[int] = []  # the length of the parts up to each one, that one included

    def __bool__(self) -> bool:
        return bool(self.ends)

    def add(self, part: str) -> None:
        self.squashed.append("".join(part.split()))
        self.ends.append((self.ends[-1] if self.ends else 0) + len(part))

    def tail(self) -> str:
        """The squashed text of the line's last parts, from the last one that brings them to
        LINE_CONTEXT characters, at most that many: a row's label is at its end, and a line of thousands
        of numbers would otherwise hand each of them the whole line so far (found by bisection, so
        that each costs no more than the parts it keeps)."""
        if not self.ends:
            return ""
        first = bisect_right(self.ends, self.ends[-1] - LINE_CONTEXT)
        return "".join(self.squashed[first:])[-LINE_CONTEXT:]


def _cell_gap(lines: list[tuple[int, int, _Line]]) -> int | None:
    """How many empty lines separate two cells printed one per line (the commonest gap before a
    lone number); None when no number stands alone on its line, or when rows printed with their label
    and numbers on one line are more: a number alone there is a row's last cell wrapped onto the next
    line, and the empty lines between rows (a PDF printed double-spaced) are no blank cells."""
    counts: dict[int, int] = {}
    rows = 0  # lines printing a label and numbers
    for k in range(1, len(lines)):  # indexed, not `pairwise`: the compiled build runs it in C, no pair made a line
        n0, (n1, _, line) = lines[k - 1][0], lines[k]
        if (line.values == 1 and not line.has_text) or line.stray:  # `single`, inlined: read for every line
            counts[n1 - n0 - 1] = counts.get(n1 - n0 - 1, 0) + 1
        elif line.values > 1 and line.has_text:
            rows += 1
    return min(counts, key=lambda k: (-counts[k], k)) if sum(counts.values()) > rows else None


LINE_CONTEXT: Final = 4096  # a line's characters before a group its label is looked for in (a one-line table: ~2,000)

_TEXT_LINE: Final = _Line(["…"], 0, True)  # what follows a region: the next section's heading


def _spacing_blanks(
    prev: _Line, line: _Line, gap: list[str], lo: int, hi: int, cell_gap: int | None, pos: int, apart: int = 0
) -> list[Token]:
    """The blank cells that a longer run of empty lines (`gap[lo:hi]`, or only its indented ones: see
    `_indented_blanks`) stands for, between cells printed one per line; where rows stand apart by `apart`
    empty lines (see `_rows_apart`), as many of those before a label are that spacing, no cell, as are those
    after words where they are as many or more (a header's, spaced as the rows are: fewer, after a row's label,
    are its first cells left blank), and those after the region's last row are all spacing."""
    if cell_gap is None or hi - lo <= cell_gap:
        return []
    if not (prev.lone and line.lone):
        return []
    if cell_gap < 0:
        cells = sum(1 for raw in gap[lo:hi] if raw)
    elif apart and line is _TEXT_LINE:
        return []  # after the region's last row: a table's end, spaced as widely as it likes
    else:
        cells = (hi - lo - cell_gap) // (cell_gap + 1)
        if apart and not (line.values and prev.values) and (not line.values or hi - lo >= apart):
            cells -= apart
    return [Token(None, pos, pos, soft=True)] * max(cells, 0)


def _indented_blanks(raw_lines: list[str], cell_gap: int | None) -> bool:
    """Cells on consecutive lines, each indented, rows apart by an empty line (a table copied out of
    Word: `\t0`): an indented empty line is a blank cell, a truly empty one the end of a row. The region's
    first and last lines are pieces of lines cut at its ends (the spaces that indent the next heading), never
    an indented empty line."""
    return cell_gap == 0 and any(raw.isspace() for raw in raw_lines[1:-1]) and "" in raw_lines


_NOTE: Final = re.compile(CELL_NOTE)


def _rows_apart(lines: list[tuple[int, int, _Line]], count: int) -> int:
    """How many empty lines part rows of cells on consecutive lines, each row's last one followed by empty
    lines before the next label or the region's end, the next heading (a table copied out of Word, its empty
    cells' lines dropped): the commonest run before a label, or 1; 0 where a row's last cell runs straight on
    to the next label (not the next heading: a table's end is spaced as it likes; nor a note amid a row's cells,
    `单位：件` on its own line), where empty lines may be
    cells (prose around the table, its numbers amid words, tells nothing). The empty lines after a row are
    spacing, not a blank last cell (`行政规范性文件 / 27 / 411 / (empty) / 行政许可`: 27, 411 and a cell left
    out, which one nothing tells), as are as many after a header (四's cells after `总计 / (empty)`). `count`:
    the region's lines, its last a piece of a line."""
    runs: dict[int, int] = {}  # the empty lines before each label after a row's last cell: how often
    apart = False
    for k in range(1, len(lines) + 1):  # indexed, as in `_cell_gap`; the region's end after the last
        n0, a = lines[k - 1][0], lines[k - 1][2]
        n1, b = (lines[k][0], lines[k][2]) if k < len(lines) else (count - 1, _TEXT_LINE)
        if a.single and not b.values and n1 > n0:
            if n1 - n0 == 1 and b is _TEXT_LINE:
                continue  # the next heading right under the last row: the table's end, spaced as it likes
            if b is not _TEXT_LINE and _NOTE.match("".join(cast("list[str]", b.items)).strip()):
                continue  # a note amid a row's cells (单位：件, 含转办件), no label
            if n1 - n0 == 1:
                return 0
            apart = True
            if b is not _TEXT_LINE:
                runs[n1 - n0 - 1] = runs.get(n1 - n0 - 1, 0) + 1
    if not apart:
        return 0
    return min(runs, key=lambda n: (-runs[n], n)) if runs else 1


def scan_groups(text: str, start: int, end: int) -> list[Group]:
    """The value groups of text[start:end], in reading order.

    A blank cell is a printed mark (— / 无), an empty cell between pipes, or, where cells are printed
    one per line, an empty line more than the usual spacing. Blanks after a label belong to the row
    that follows; a row of blanks alone is kept, so that the rows after it do not move up."""
    region = _Region(text[start:end], start)
    raw_lines = region.text.split("\n")
    lines = _uncut(raw_lines, region.scan_lines(raw_lines))
    cell_gap = _cell_gap(lines)
    apart = 0  # the empty lines rows stand apart by, where they do (see `_rows_apart`)
    if _indented_blanks(raw_lines, cell_gap):
        cell_gap = -1  # every gap counts its indented lines
    elif cell_gap == 0:
        apart = _rows_apart(lines, len(raw_lines))
    for _, _, line in lines:
        if line.values < 2:
            continue
        if cell_gap is not None and line.spaced_cell():
            line.stray = True
        elif not line.piped:
            toks = [t for t in line.items if isinstance(t, Token)]
            if text.find("\t", toks[0].start, toks[-1].end) < 0:  # tabs between cells: a lone space is a stray
                for t in toks:  # a row of numbers with spaces between: the spaces are its boundaries
                    t.glue = False
    groups: list[Group] = []
    pending: list[str] = []  # text since the last group
    lead: list[Token] = []  # blank cells after a label, before the row's first number
    current: Group | None = None

    def open_group(n: int, line_text: _LineText, multiline: bool) -> Group:
        before = _squash(pending)
        if groups:
            groups[-1].after = before
        pending.clear()
        g = Group([], n, same_line=line_text.tail(), before=before, multiline=multiline)
        groups.append(g)
        return g

    prev_n, prev_line = -1, _TEXT_LINE
    for n, offset, line in lines:
        single = (line.values == 1 and not line.has_text) or line.stray
        # more empty lines than the cells' spacing (counting indented ones only: at least one line)
        if cell_gap is not None and prev_n >= 0 and n - prev_n - 1 > max(cell_gap, 0):
            spacing = _spacing_blanks(prev_line, line, raw_lines, prev_n + 1, n, cell_gap, offset - 1, apart)
            (current.tokens if current is not None and current.multiline else lead).extend(spacing)
        if not line.values:  # label text alone: it ends the row before, and opens one for the blanks before it
            if lead:  # empty lines alone are the spacing of cells one per line: a row of them is read as one
                open_group(n, _LineText(), all(t.soft for t in lead)).tokens.extend(lead)
                lead = []
            pending += cast("list[str]", line.items)  # no token on the line
            current = None
            prev_n, prev_line = n, line
            continue
        if line.values == 1 and not line.has_text:  # one cell alone: it goes on a run of cells one per line
            cell = cast(Token, line.items[0])  # the line prints no text
            if current is not None and not current.multiline:
                current = None
            if current is None and cell.text is None:
                lead.append(cell)  # a blank: the next row's
            else:
                if current is None:
                    current = open_group(n, _LineText(), True)
                    current.tokens.extend(lead)
                    lead = []
                current.tokens.append(cell)
            prev_n, prev_line = n, line
            continue
        if current is not None and not (single and current.multiline):
            # one cell per line, the last run into the next heading (`39三、…`): that cell still ends the run
            first = line.items[0]
            if not (current.multiline and line.values == 1 and isinstance(first, Token) and first.text is not None):
                current = None
        line_text = _LineText()
        bare: bool | None = None  # numbers and no label on the line (section 四's row): found once, if asked
        for tok in line.items:
            if isinstance(tok, str):
                if lead:
                    open_group(n, line_text, single).tokens.extend(lead)
                    lead = []
                pending.append(tok)
                line_text.add(tok)
                current = None
                continue
            if current is None and tok.text is None:
                if bare is None and tok.col >= 0:
                    bare = _unlabelled(line)
                if line_text or single or text[tok.start : tok.end].strip() or (tok.col >= 0 and bare):
                    lead.append(tok)  # after a label, alone on its line, or a printed mark (— 无) opening a row
                continue  # an empty cell before any label: a placeholder in the label columns
            if current is None:
                current = open_group(n, line_text, single)
                current.tokens.extend(lead)
                lead = []
            current.tokens.append(tok)
        if not single:
            current = None
            if lead and line_text and not _continues_label(text, lead, prev_line if prev_n >= 0 else None, line_text):
                open_group(n, line_text, False).tokens.extend(lead)  # a row of blank cells after its label
            lead = [] if line_text else lead
        prev_n, prev_line = n, line
    if current is not None and current.multiline:  # the region ends as a label would: after its spacing
        n = lines[-1][0]
        current.tokens.extend(
            _spacing_blanks(lines[-1][2], _TEXT_LINE, raw_lines, n + 1, len(raw_lines) - 1, cell_gap, end, apart)
        )
    elif lines and pending and not lead:  # a last row left blank: its label, then the empty lines of its cells
        n = lines[-1][0]
        if blanks := _spacing_blanks(
            lines[-1][2], _TEXT_LINE, raw_lines, n + 1, len(raw_lines) - 1, cell_gap, end, apart
        ):
            open_group(n, _LineText(), True).tokens.extend(blanks)
    if lead:
        open_group(len(lines), _LineText(), False).tokens.extend(lead)
    if groups:
        groups[-1].after = _squash(pending)
    _drop_label_placeholders(groups, text)
    return groups


def _unlabelled(line: _Line) -> bool:
    """A line of numbers without a label (section 四's one row): its empty cells between pipes are blank
    values, where the rows of a table with labels print their label first."""
    return not line.has_text and any(isinstance(t, Token) and t.text is not None for t in line.items)


def _continues_label(text: str, blanks: list[Token], prev: _Line | None, words: _LineText) -> bool:
    """Empty cells after some `words`, under a row of numbers between pipes: the rest of that row's label,
    wrapped onto a row of its own by a converter (`| 3.补正后 | 0 | 0 |` then `| 申请内容仍不明确 | | |`) —
    unless the words are a row's whole label (`| 规范性文件 | | | |`: a row left empty)."""
    return (
        prev is not None
        and all(t.col >= 0 and not text[t.start : t.end].strip() for t in blanks)
        and any(isinstance(t, Token) and t.text is not None and t.col >= 0 for t in prev.items)
        and strip_numbering("".join(words.squashed)) not in ROW_LABELS
    )


def _drop_label_placeholders(groups: list[Group], text: str) -> None:
    """Empty cells in the label columns of a | table are the placeholders of a merged label, not
    blank values: the label columns are those before the first position where two rows or more print
    their first number (a column a merged label's placeholder stands in holds no number; one row's may be
    misplaced), else before the commonest. A printed mark (— or 无) there is a blank value of a row without
    a label, and so is every empty cell of a row printed without one (see `_unlabelled`): the row's width
    says which are placeholders."""
    firsts: dict[int, int] = {}
    right_after: set[int] = set()  # where a row prints its first number in the cell right after its label
    for g in groups:
        first = next((t.col for t in g.tokens if t.text is not None), -1)
        if first >= 0:
            firsts[first] = firsts.get(first, 0) + 1
            if g.same_line and g.tokens[0].col == first:
                right_after.add(first)
    if not firsts:
        return
    value_col = min((c for c, n in firsts.items() if n >= 2), default=max(firsts, key=lambda c: (firsts[c], -c)))
    for g in groups:
        if not g.same_line or g.tokens[0].col in right_after:
            continue  # a row whose label ends where another's that prints a number right after it: a blank value
        toks = g.tokens
        k = 0
        while k < len(toks) - 1 and toks[k].text is None and 0 <= toks[k].col < value_col:
            if text[toks[k].start : toks[k].end].strip():
                break
            k += 1
        if k:
            g.tokens = toks[k:]
