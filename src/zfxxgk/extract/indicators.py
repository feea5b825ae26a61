"""A pre-2019 统计表 → indicator rows (label, unit, one value per printed column).

There was no national grid before 2019: each region printed its own 统计表, rows in its own order and
wording, with rows other years lack. So the table is read as printed, row by row — numbering, label,
unit, values — whatever separates its cells (spaces, `|`, line breaks, or nothing), header words broken
by spaces or not; the national form of 2014 too, its labels carrying notes in brackets (digits there
are no cells) and wrapped over lines where a PDF's column was narrow (joined where the template knows
the label). Labels keep the punctuation they are printed with. Digits glued across the value columns
are split with what the table itself settles: a running total is never below the year's value, and a
row is the sum of its 其中 rows where the table's numbers agree with that; what stays open is null with
`value.ambiguous`. A number alone on its line is one cell, never split."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Final, NamedTuple

from ..checks import finding
from ..checks.prose import Flat, statements
from ..normalize import COLUMN_WORD, CONVERTERS_COLUMN, PAGE_FOOTER, half_width
from ..patterns import YEAR, first_chars, gated, search_at_starts
from ..record import Finding, IndicatorRow
from ..segment import page_end
from ..templates import CELL_NOTE, NO_NUMBER, NOTE, Equation, Kind, Template
from ..templates.model import Stated, spaced
from .form_sums import sums_and_bounds
from .groups import SPACE_IN_WORDS, cut_number, words_after
from .spans import printed_lines
from .values import (
    EXACT,
    SPACED_GROUPS,
    Choice,
    Value,
    blank_splits,
    components,
    grouped_splits,
    holds,
    parse_number,
    parts_groups,
    settle,
    solve,
    spaces_only,
    split_group,
)

# a value (digits, glued decimals, thousands separators), a blank cell (/ anywhere, a dash or 无 alone),
# or a numbering such as （1）; digits before 年/月/日 are a date, before 页 a page's number, not a cell, but
# for those before a year's four digits, the cell a date run on to (…行政诉讼数(件) 47 652014 年，…: 65).
# Its first character is taken first and each way on told by it (looked behind at), so that a search skips
# to the characters a match begins with; an empty group ending the way names its kind (`lastgroup`).
_ITEM: Final = re.compile(
    r"[\d/／\-—–－无（(](?:(?<=\d)(?:\d*(?:[.,]\d+|,[ \t]\d+)*(?![\d年月日号页]|\s+[年月日页])"
    rf"|\d*?(?:\.\d+?)?(?={YEAR}\s*年))(?P<num>)"
    r"|(?:(?<=[/／])|(?<![^\s|].)(?:(?<=无)|(?<=[-—–－])[-—–－]?)(?![^\s|]))(?P<blank>)"
    r"|(?<=[（(])\d{1,2}[)）])"
)
_NUMBERING: Final = re.compile(
    r"^(?:其中)?[:：]?(?:[（(]?\d{1,2}[)）.、．]?|[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）])?"
)
_NUMBERING_FIRST: Final = frozenset("其:：（(一二三四五六七八九十")  # what a numbering begins with, digits aside


def _unnumbered(label: str) -> str:
    """`label` without the numbering it begins with (`_NUMBERING`)."""
    if label[:1] not in _NUMBERING_FIRST and not label[:1].isdecimal():
        return label  # the common case, told by its first character: no match tried
    return label[_NUMBERING.match(label).end() :]  # type: ignore[union-attr]  # always matches


# a row's own number where it may stand inside a run of label text: 1. （一） 一、 1）
_BARE_NUMBER_PATTERN: Final = (
    r"[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|(?<!\d)\d{1,2}[.、．](?!\d)"
    r"|(?<![\d（(])\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、"
)
# … perhaps after 其中：, its first character taken first and each way on told by it (looked behind at), so
# that a search through a label skips to the characters a match begins with, as it does not behind a look-ahead
_ROW_NUMBER_PATTERN: Final = (
    rf"[其（(\d一二三四五六七八九十](?:(?<=其)中[:：]?(?:{_BARE_NUMBER_PATTERN})"
    r"|(?<=[（(])(?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|(?<=\d)(?<!\d.)\d?[.、．](?!\d)"
    r"|(?<=\d)(?<![\d（(].)\d?[)）]|(?<=[一二三四五六七八九十])[一二三四五六七八九十]?、)"
)
_ROW_NUMBER: Final = re.compile(_ROW_NUMBER_PATTERN)
_GROUP: Final = re.compile(r"^[一二三四五六七八九十]{1,2}[、.．]")  # 一、主动公开情况: a heading over rows, not a row
_ROW_OR_GROUP: Final = gated(f"{_ROW_NUMBER_PATTERN}|{_GROUP.pattern}")  # either, told by one match
_WHEREOF: Final = re.compile(r"^其中|^[（(]?\d{1,2}[)）.、．]")
_WHEREOF_WORDS: Final = ("其中:", "其中：", "其中")  # a 其中 ending a label piece, the longest first
_WHEREOF_AT: Final = re.compile("其中")  # where a 其中 row begins
_PROSE: Final = re.compile(r"[。；;]|附件")  # a label piece with these ends the table
_MAX_LABEL: Final = 40  # characters of a label outside its notes
_NOTE: Final = re.compile(NOTE)
_PAGE_FOOTER: Final = re.compile(PAGE_FOOTER)
_CAPTION: Final = re.compile(r"(?<!其中)[:：]")


Printed = Callable[[int, int], str]  # the text of a span as printed
# a label piece (text, start) or a value token (text or None: blank, start, end)
_Piece = tuple[str, int] | tuple[str | None, int, int]


@dataclass
class _Row:
    label: str
    start: int  # where its label is printed
    child: bool  # printed under 其中 or with a number: a part of the row above
    whereof: bool = False  # printed under 其中
    tokens: list[tuple[str | None, int, int]] = field(default_factory=list)  # (text or None: blank, start, end)
    strays: int = 0  # label pieces printed before it that are no part of it (headings, or page text)


@lru_cache(maxsize=4)
def _columns_pattern(template: Template) -> re.Pattern[str]:
    return re.compile("|".join(spaced(k) for k in template.indicator_column_keys))


_GAP: Final = re.compile(r"[\s|]*")


@dataclass(frozen=True)
class _Header:
    columns: list[str]  # the value columns as printed, white space removed
    units: bool  # a unit column is printed
    units_last: bool  # … after the value columns (指标名称 2012年度 历年累计 计量单位)
    numbered: bool  # a 序号 column before the labels: each row's number is no value
    notes: bool  # a column of remarks after the values (备注) is named
    notes_last: bool  # … after a unit column printed last (2012年度 历年累计 计量单位 备注)
    start: int  # where the header row begins
    rows: int  # where the rows begin


_SEQUENCE: Final = re.compile(r"序\s*号[\s|]*$")


def _header(text: str, template: Template) -> _Header | None:
    """The first header row of the 统计表 in `text`, its columns in the order printed."""
    pat, gate = template.indicator_header_pattern, _header_gate(template)
    m = search_at_starts(pat, text) if pat and (gate is None or gate.search(text)) else None
    if m is None:
        return None
    columns: list[str] = []
    pos = m.end()
    col = _columns_pattern(template)
    while c := col.match(text, _GAP.match(text, pos).end()):  # type: ignore[union-attr]  # always matches
        columns.append("".join(c.group().split()))
        pos = c.end()
    values_end = pos
    pos = _past_note(text, pos, template)
    notes = pos > values_end
    gap = _GAP.match(text, pos).end()  # type: ignore[union-attr]  # always matches
    units_after = _units_pattern(template).match(text, gap) if m.group("units") is None else None
    if units_after:  # … the remarks' perhaps before it (2015年度 历年累计 备注 计量单位)
        values_end = units_after.end()
        pos = _past_note(text, values_end, template)
        notes_last = pos > values_end
    else:
        notes_last = False
    numbered = _SEQUENCE.search(text, max(0, m.start() - 12), m.start()) is not None
    return _Header(
        columns or ["本年"],
        m.group("units") is not None or bool(units_after),
        bool(units_after),
        numbered,
        notes or notes_last,
        notes_last,
        m.start(),
        pos,
    )


# extract_indicators, indicator_span and indicator_end each look for the header in the same report: it is
# found once
_report_header: Final = lru_cache(maxsize=4)(_header)


@lru_cache(maxsize=4)
def _header_gate(template: Template) -> re.Pattern[str] | None:
    """The characters the 统计表's header row can begin with: a text holding none (a row's label) is not
    looked through for the row. None where they cannot be told."""
    pat = template.indicator_header_pattern
    first = first_chars(pat.pattern, pat.flags) if pat else None
    return re.compile(f"[{first}]") if first else None


def _past_note(text: str, pos: int, template: Template) -> int:
    """Where the header goes on past the name of a column of remarks (备注) at `pos`, a header's word, no
    row's: after the values, or after the unit column printed last; `pos` where none stands there."""
    if not template.indicator_note_column:
        return pos
    note = _note_pattern(template).match(text, _GAP.match(text, pos).end())  # type: ignore[union-attr]
    return note.end() if note else pos


@lru_cache(maxsize=4)
def _note_pattern(template: Template) -> re.Pattern[str]:
    return re.compile(spaced(template.indicator_note_column))


@lru_cache(maxsize=4)
def _units_pattern(template: Template) -> re.Pattern[str]:
    return re.compile(spaced((template.indicator_header_keys or ("", r"计量单位"))[1]))


_RULE_CHARS: Final = frozenset("|-: \t")
_NO_CELL: Final = ("", "|")  # a line's text that holds no cell but blank ones, stripped
_NUMBER_ENDS: Final = frozenset(".、．)）")  # what closes a row's own number: 2.传真 2、传真 2）传真
_OWN_NUMBER: Final = re.compile(r"(?:其中[:：]?)?(\d{1,2})[.、．)）]")
# a label's start that is no label yet: 其中, a row's number, or both
_BARE_START: Final = re.compile(r"(?:其中[:：]?)?[\d.、．()（）]*")
# a row's number spaced from its point, then the first two characters of its label (… 2 .政府网站…)
_SPACED_POINT: Final = re.compile(r"[ \t]+([.、．])[ \t]*([^\d\s]{2})")


@dataclass(frozen=True, eq=False)  # one per template (`_known`): hashed by identity, a cheap cache key
class _Known:
    """The labels the template knows a 统计表 to print (its form's and its indicators'), half-width, and
    every start of one; those of its form's headings over the rows below them, which hold no value; and
    its units."""

    labels: frozenset[str]
    starts: frozenset[str]
    ends: frozenset[str]  # every end of one
    infixes: frozenset[str]  # every stretch of one
    headings: frozenset[str]
    units: tuple[str, ...]  # longest first
    unit_starts: frozenset[str]  # their first characters
    unit_ends: frozenset[str]  # their last characters, and a bracket's that closes one
    header: re.Pattern[str] | None  # the 统计表's header row (`Template.indicator_header_pattern`)


def _cumulative(values: tuple[Value | None, ...], first: int, cum: list[int], open_blanks: bool = False) -> bool:
    """Whether each cumulative column (历年累计) holds at least each year's value (the year's, and last year's
    where the table prints it); with `open_blanks`, a blank (a year's or a cumulative one) may hold anything."""
    if values[first] is None and not open_blanks:
        return False
    most = max((v for i, v in enumerate(values) if v is not None and i not in cum), default=None)
    if most is None:
        return open_blanks
    return all(((v := values[c]) is not None and v >= most) or (v is None and open_blanks) for c in cum)


@lru_cache(maxsize=4)
def _known(template: Template) -> _Known:
    form = template.indicator_form
    rows = [r.label for r in form.rows] if form else []
    labels = frozenset(half_width(label) for label in (*rows, *(r.label for r in template.indicators)))
    headings = frozenset(half_width(r.label) for r in form.rows if r.unit is None) if form else frozenset()
    starts = frozenset(k[:n] for k in labels for n in range(1, len(k) + 1))
    label_ends = frozenset(k[n:] for k in labels for n in range(len(k)))
    infixes = frozenset(k[a:b] for k in labels for a in range(len(k)) for b in range(a + 1, len(k) + 1))
    units = tuple(sorted(template.indicator_units, key=len, reverse=True))
    unit_ends = frozenset((*(u[-1] for u in units), ")", "）"))
    unit_starts = frozenset(u[0] for u in units)
    header = template.indicator_header_pattern
    return _Known(labels, starts, label_ends, infixes, headings, units, unit_starts, unit_ends, header)


def _pieces(text: str, start: int, printed: Printed, scan: _Scan) -> list[_Piece]:
    """The body as label pieces (text, start) and value tokens (text or None, start, end), in order.
    A line break or `|` ends a label piece; an empty cell between `|` after a row's label is a blank, and
    so is a mark or a word that gives no number run into the unit, digits or heading before it where a row,
    another mark or the cell's end follows (件无其中…, 情况—见附件—（一）…).
    Label pieces are taken from `printed`, the text of a span with its punctuation as printed. A `|` row cut
    inside a number at a fixed width (`cut_number`: `… | 4` / `.56 |`), or rows run on over lines folded at
    a decimal point (`_point_cut`), go on on the next line, the number one token."""
    out: list = []
    pos = start
    lines = text[start:].split("\n")
    rest = 0  # the characters the line begins with that end a number the line before was cut inside
    empty: int | None = None  # where white lines after a `|` line alone begin: an empty cell if one follows
    for k, line in enumerate(lines):
        if rest and "|" not in line:  # the row goes on after its number cut at a decimal point
            cells, at, labelled = [line[rest:]], pos + rest, True
        elif rest:  # the row goes on after the cell its number was cut in
            bar = line.index("|", rest) + 1
            cells, at, labelled = line[bar:].split("|"), pos + bar, True
        elif (bare := line.strip()) in _NO_CELL:
            # a line of no cell's text (the `|` between cells a line each): nothing to read, but for white lines
            # alone between two `|` lines after a row's label, an empty cell (`90` / `|` / `` / `|`)
            if bare and empty is not None and out:
                out.append((None, empty, empty))
            white = not bare and k > 0 and (empty is not None or lines[k - 1].strip() == "|")
            empty = (pos if empty is None else empty) if white else None
            pos += len(line) + 1
            continue
        elif line.lstrip().startswith("#") or ("---" in line and set(line) <= _RULE_CHARS):
            pos += len(line) + 1  # a Markdown heading a converter put inside the table, or a rule |---|
            continue
        else:
            cells, at, labelled = line.split("|") if "|" in line else [line], pos, False
        empty = None
        cut = (
            (cut_number(line, lines[k + 1]) if "|" in line else _point_cut(line, lines[k + 1]))
            if k + 1 < len(lines)
            else None
        )
        trim, unit = (0, 0) if cut or k + 1 == len(lines) else _unit_cut(line, lines[k + 1], scan)
        if cut or trim:
            cells[-1] = cells[-1][: len(cells[-1]) - (cut[0] if cut else trim)]
        for i, cell in enumerate(cells):
            if i and cell.rstrip()[-1:].isdigit() and CONVERTERS_COLUMN.match(text, at - 1):
                at += len(cell) + 1
                continue  # a converter's own header's cell (`| 数据1 |`), left amid rows run together: no row's
            footer = _CELL_FOOTER.match(cell) if cell[:2].lstrip()[:1] in _DASHES else None
            if not cell.strip():
                if labelled and i < len(cells) - 1:
                    out.append((None, at, at + len(cell)))
            else:
                _scan_cell(text, printed, at + (footer.end() if footer else 0), at + len(cell), out, scan)
                labelled = True
            at += len(cell) + 1
        rest = cut[1] if cut else unit  # … or a cell cut between its number and its unit: no label's words
        if cut:
            out.append((line[len(line) - cut[0] :] + lines[k + 1][:rest], at - 1, pos + len(line) + 1 + rest))
        pos += len(line) + 1
    return out


def _unit_cut(line: str, nxt: str, scan: _Scan) -> tuple[int, int]:
    """How many characters of a unit `line` ends with and the line `nxt` begins with, the rest of a cell that
    `line` was cut inside after its number, before or inside that unit: in a `|` row, the unit before the cell's
    `|` (`… | 20` / `次 | 43次 | |`, `… | 1万` / `元 | 1万元 |`); in a row of cells not between `|`, under a
    header whose unit column is first, the whole unit then white space (`…件 208件 768` / `件 当面申请数…`: with
    the unit column last, a unit there is the row's own). (0, 0) where the two lines are no such cut."""
    piped = "|" in line
    # a unit's first character after the number (no unit is longer than two), where the row prints `|`
    head = line[-1] if piped and line[-1:] in scan.known.unit_starts and line[-2:-1].isdigit() else ""
    if not (head or line[-1:].isdigit()) or (not head and nxt[:1] not in scan.known.unit_starts):
        return 0, 0
    unit = next((u for u in scan.known.units if u.startswith(head) and nxt.startswith(u[len(head) :])), "")
    if len(unit) <= len(head):
        return 0, 0
    after = nxt[len(unit) - len(head) :]
    if piped:
        return (len(head), len(unit) - len(head)) if after.lstrip(" \t").startswith("|") else (0, 0)
    # … not the unit in the bracket its label left open before its cells (…计1条）( 358 2531 / 条 / )), the label's
    if not scan.units_last and not scan.depth and after[:1] in ("", " ", "\t"):
        return 0, len(unit)
    return 0, 0


_POINT_REST: Final = re.compile(r"\.?\d+")  # what a line folded at a number's decimal point begins with: .7895, or 7895


def _point_cut(line: str, nxt: str) -> tuple[int, int] | None:
    """How many characters of a number cut by a fold where its decimal point meets it (`… 万元 0.1579 12` /
    `.7895 申请…`, or `12.` / `7895 …`) `line` ends in and the line `nxt` after it begins with; None where the
    two lines are no such cut (no point between them, or a space: two cells)."""
    if not line[-1:].isdigit() and not (line[-1:] == "." and line[-2:-1].isdigit()):
        return None  # the common case
    if (line[-1:] == ".") == (nxt[:1] == ".") or (m := _POINT_REST.match(nxt)) is None:
        return None
    body = line.rstrip("0123456789.")  # what the line prints before the number
    if body and not body[-1].isspace():
        return None  # digits run on to a label's or another cell's: no number of its own
    return len(line) - len(body), m.end()


# a page footer a cell begins with, run on to its number (|- 7 -0|22|): no mark nor value of the row
_CELL_FOOTER: Final = re.compile(r"[ \t]*[-—–][ \t]+\d{1,4}[ \t]+[-—–](?=[ \t]*\d)")


@dataclass
class _Scan:
    units: tuple[str, ...]  # what the unit column prints
    known: _Known
    number: int = 1  # the number the next 其中 row will print
    depth: int = 0  # brackets the label text so far leaves open: digits in them are a note's (…计1条）)
    units_last: bool = False  # the unit column after the values
    notes: bool = False  # a column of remarks after the values is named: a mark a row's last value runs on to its
    cut: str = ""  # the next row's number a fold cut from the point its label begins the next line with

    def row_starts(self, text: str, at: int) -> bool:
        """Whether a row begins at `at` of the normalised text: its number, 其中, or the first words of a
        known label."""
        return (
            bool(_ROW_NUMBER.match(text, at) or text.startswith("其中", at)) or text[at : at + 2] in self.known.starts
        )


# a blank cell's mark, or a word that gives no number (见附件), run into the text around it
_GLUED_MARK: Final = re.compile("|".join([*NO_NUMBER, "[-—–]{1,2}", "无"]))
_RULE_CELL: Final = re.compile(r"[:：]?-{3,}[:：]?")
# … their first characters: a quick test for none
_GLUED_FIRST: Final = re.compile(f"[{first_chars(_GLUED_MARK.pattern)}]")


# a heading's unit printed as a blank mark in brackets after it (…情况（—）, a unit column folded into the labels)
_DASH_UNIT: Final = re.compile(r"\([-—–/]{1,2}\)$")


def _heading(piece: str, known: _Known, wrapped: bool = False) -> bool:
    """Whether `piece` is one of the form's headings over the rows below it (八、机构建设和保障经费情况),
    whose cells print marks (—见附件—) or nothing, perhaps its unit too (…情况（—）); or, `wrapped`, its
    first words, the rest of it printed after its cells."""
    stem = _DASH_UNIT.sub("", _unnumbered(half_width("".join(piece.split()))))
    return stem in known.headings or (wrapped and len(stem) > 1 and any(h.startswith(stem) for h in known.headings))


def _depth(piece: str) -> int:
    """How many more brackets `piece` opens than it closes."""
    return piece.count("(") + piece.count("（") - piece.count(")") - piece.count("）")


_CELL_STOP: Final = re.compile(r"[ \t\n]?。")  # a full stop that ends a cell, a fold's line break or space before it


def _scan_cell(text: str, printed: Printed, a: int, b: int, out: list, scan: _Scan) -> None:
    """Append the label pieces and value tokens of text[a:b]; digits in a label's note are no value."""
    last = a

    def label(upto: int) -> None:
        at = last
        if text[at:upto].isspace():
            return  # nothing printed between two cells: no label, no mark
        if (
            (stop := _CELL_STOP.match(text, at, upto))
            and out
            and len(out[-1]) == 3
            and out[-1][0] is not None
            and (out[-1][2] == at or text[out[-1][2] : at].isspace())
        ):
            # a full stop after a value (67。, or a fold's line break or its space between: 0.95 / 。 |, 133 。294):
            # the end of the cell, not prose that ends the table
            at = stop.end()
        headed = False  # the marks read are a heading's, which white space may part (情况— 见附件 见附件 （一）…)
        marks = _GLUED_MARK.finditer(text, at, upto) if _GLUED_FIRST.search(text, at, upto) else ()
        for m in marks:  # 条无其中…, 件——2.传真…, 条5-其中…: blank cells
            before = text[at : m.start()]
            after = (
                out
                and len(out[-1]) == 3
                and out[-1][2] == at
                and (m.start() == at or ((headed or out[-1][0] is None) and not before.strip()))
            )
            # a heading, perhaps after the unit of the row before printed after its values (次三、依申请…——) or
            # the rest of its label wrapped past them (…经费）九、…培训情况—空), or its first words, the rest
            # wrapped past its cells (件 （二）通过不同渠道和方式公开政府 见附件 — 信息的情况)
            # … or, under a header naming a remarks' column, the first thing after a row's last value and its unit
            # (`845 无2全文…`, `100%无3新公开…`), a full stop perhaps between
            value_end = out[-1][2] if out and len(out[-1]) == 3 and out[-1][0] is not None else -1
            gap = text[value_end : m.start()].replace("。", "").strip() if value_end >= 0 else None  # (67。无)
            noted = scan.notes and gap is not None and (not gap or gap in scan.units)
            ruled = after or noted or before.endswith(scan.units)
            own = _own_label(before, scan.known, scan.units if scan.units_last else ())
            heading = not ruled and _heading(own, scan.known, wrapped=True)
            nxt = _CELL_GAP.match(text, m.end()).end() if headed or heading or after else m.end()  # type: ignore[union-attr]
            # … each mark of a heading's after the first too, the rest of the heading's words perhaps run on
            # after it (（二）通过不同渠道和方式公开政府— —信息的情况…)
            # (run into the value before it, white space after it: the cell's end, the prose after the table next)
            if (ruled or heading) and (
                (headed and after)
                or (after and nxt > m.end())
                or not text[nxt:upto].strip()
                or scan.row_starts(text, nxt)
                or noted  # … before a label the form does not know, or the next row's number
                or (heading and scan.notes)  # … or a heading's, its remark perhaps after (情况——含转办件（一）…)
                or _GLUED_MARK.match(text, nxt)
                or _NOTE_AFTER.match(text, nxt)
            ):
                piece(at, m.start())
                out.append((None, m.start(), m.end()))
                at = m.end()
                headed = headed or heading
        piece(at, upto)

    def piece(at: int, upto: int) -> None:
        words = printed(at, upto).split()
        if "---" in text[at:upto]:  # a Markdown rule's cells (--- ---: :---:) amid a row run on: no label
            words = [w for w in words if not _RULE_CELL.fullmatch(w)]
        joined = "".join(words)
        if "第" in joined:  # a footer the table runs over (第 its first character)
            joined = _PAGE_FOOTER.sub("", joined)
        if joined[:1] in _LOOK_ALIKE and _begins_row(joined[1:], scan.known):
            # a letter an OCR engine read for a cell's digit, run on to the next row's label (0 O申请办结数):
            # no part of the label, its cell left unread
            joined, at = joined[1:], text.find(joined[0], at) + 1
        elif _LOOK_ALIKE_ANY.search(text, at, upto) and (cut := _letter_cell(text, at, upto, scan.known)):
            # … or the one cell of a row printed after its unit (涉及个人隐私件 I危及国家安全…): the row's, unread
            piece(at, cut)
            piece(cut + 1, upto)
            return
        if scan.cut and joined[:1] in _NUMBER_ENDS:
            joined = scan.cut + joined  # its own number, cut from it by a fold (see `_scan_cell`)
        scan.cut = ""
        if joined:
            out.append((joined, at))
            own = _OWN_NUMBER.match(joined)
            if own:
                scan.number = int(own.group(1)) + 1
            elif len(joined) > 2 and not _is_note(joined, scan.known) and not _remark_words(joined, out, scan):
                scan.number = 1  # (a note amid cells or a remark after them: the numbering goes on)
            scan.depth = max(0, (0 if _ROW_NUMBER.match(joined) else scan.depth) + _depth(joined))

    for m in _ITEM.finditer(text, a, b):
        kind = m.lastgroup  # "num", "blank", or None: a numbering such as （1）
        if kind is None:
            continue  # a numbering such as （1）: part of the label
        raw = m.group()
        if kind == "num" and (" " in raw or "\t" in raw):
            # a thousands separator a fold's space follows (5883, 557): the digits run together as printed glued,
            # which the row's shape and sums split (588 and 3,557, or 5883 and 557)
            raw = "".join(raw.split())
        end = m.end()
        if _in_note(text, last, m, scan.depth) and not _unit_left_open(text, last, m.start(), out, scan.known):
            # digits in a note (…计1条）): part of the label, but for a cell's run into them, the label wrapped
            # round its cells (…舆情计 次 586 55651次）: 5565, the note's 1)
            keep = _cell_before_note(text, m, last, out, scan.known)
            if not keep:
                continue
            raw, end = raw[:keep], m.start() + keep
        num = kind == "num"
        if m.start() > last:  # a call saved where the value follows the last one's end or the cell's start
            label(m.start())
        last = m.start()
        folded = end == b and text[end : end + 1] == "\n"  # a fold between a row's number and its point (5 / .延期…)
        point = end + folded
        if (
            num
            and not folded
            and (gap := _SPACED_POINT.match(text, end, b))
            and (gap.group(2) in scan.known.starts or raw.endswith(str(scan.number)))
            and not _BARE_START.fullmatch(_last_label(out))
        ):
            # … or the space a fold's line break turned into, a label the form knows after the point (… 81173 2 .政府…)
            # or the number the rows count to next before it, glued to the row's digits or not (…传真申请数 条 0 0 3
            # 、电子邮件申请数…, …电子邮件申请数条004 .网上申请数…: a label of a region's own); not where the row's own
            # label is only its start so far (其中：1 7 35 .信函申请数: the point its own)
            folded, point = True, gap.start(1)
        if (
            num
            and text[point : point + 1] in _NUMBER_ENDS
            and not text[point + 1 : point + 2].isdigit()
            and not (scan.depth and text[point] in _CLOSING and _unit_left_open(text, last, last, out, scan.known))
            and words_after(text, point + 1, len(text))
        ):
            # the next row's own number, glued to this row's digits or not (…0 0 2.传真…, …002）传真…), its label
            # after it: a mark alone at the end of its line closes a bracket the label or unit left open before the
            # cells, the rest of it printed past them (…计1条）（条 141 757 / ）)
            own = str(scan.number)
            keep = len(raw) - (len(own) if raw.endswith(own) else 1)
            if folded:
                scan.cut = raw[max(keep, 0) :]  # the label's, whose point begins the next line
            if keep <= 0:
                continue
            raw, end = raw[:keep], m.start() + keep
        out.append((raw if num else None, m.start(), end))
        last = end
        if num and text[b : b + 1] == "|" and end < b and "".join(text[end:b].split()) in scan.known.units:
            last = b  # a value's unit, all the rest of its `|` cell, a fold's space inside it perhaps (| 10.71万 元 |)
        elif (
            num
            and text[end : end + 1] in scan.known.unit_starts
            and (unit := next((u for u in scan.known.units if text.startswith(u, end, b)), None))
        ):
            after = end + len(unit)
            if scan.units_last:  # the unit column last: one before another value or that column (154万元 万元)
                nxt = _CELL_GAP.match(text, after).end()  # type: ignore[union-attr]  # always matches
                value = _cell_at(text, nxt) and not scan.row_starts(text, nxt) and not _page_of(text, nxt)
                counted = value or text.startswith(unit, nxt)
            else:  # the unit column first: any but a label the template knows (个人… were 个 a unit), the rest
                # of the row's label wrapped past its cells (…参加新闻发布会 1255 5413次数（次）), the unit in
                # the bracket the label left open before its cells (…纠错数( 324 840件)）, or the header printed
                # again after a page break (…数条00项目名称单位2017年度…: no 项)
                counted = (
                    text[end : end + 2] not in scan.known.starts
                    and not (scan.known.header and scan.known.header.match(text, end))
                    and not _goes_on(out, text[end : end + 2], scan.known)
                    and not (text[after : after + 1] in _CLOSING and _last_label(out)[-1:] in "(（")
                )
            if counted:
                last = after  # a value printed with its unit (6万元, 12件): no label
        elif (
            num
            and not scan.units_last
            and text[end : end + 1] in (" ", "\t")
            and text[end + 1 : end + 2] in scan.known.unit_starts
            and (unit := next((u for u in scan.known.units if text.startswith(u, end + 1, b)), None))
            and (
                text[end + 1 + len(unit) : end + 2 + len(unit)].isdigit()
                or (
                    _last_label(out).endswith(unit)
                    and text[end + 1 : end + 3] not in scan.known.starts
                    and scan.row_starts(text, end + 1 + len(unit))
                )
            )
        ):
            # … a space apart where a fold's line break became one, the next value glued after it (1267 件7702件),
            # or the next row's label where the row's label ends in the same unit (…总次数次0 次其中：…): the value's
            # own, the unit column printed before the values; not the next row's, after its label
            last = end + 1 + len(unit)
    if b > last:
        label(b)


def _remark_words(joined: str, out: list, scan: _Scan) -> bool:
    """Whether the label piece `joined`, just appended to `out`, may be a remarks' column's words after a row's
    cells (`… 0 10 按件统计 10.延期办结数`): under a header naming the column, right after a cell, and beginning
    no label the form knows."""
    return scan.notes and len(out) > 1 and len(out[-2]) == 3 and joined[:2] not in scan.known.starts


def _page_of(text: str, at: int) -> bool:
    """Whether a page's footer `6/12` (page 6 of 12) is printed at `at`: a page break run on to the cells."""
    m = _FOOTER_AFTER.match(text, at)
    return m is not None and int(m[1]) <= int(m[2])


def _letter_cell(text: str, at: int, upto: int, known: _Known) -> int | None:
    """Where, in text[at:upto], a letter an OCR engine read for a digit stands as a row's one cell, after its
    label's unit, in brackets too (`涉及个人隐私件 I危及国家安全…`, `兼职人员数(人) I（四）…`), or a note amid its
    cells (`0 （含网上申请） O 行政诉讼数…`), and before the next row's label; or between its label's last
    character and its unit, before the next row's label or the end (`…发布会次数O次2．…`, `接受培训人员数 O人次`):
    no Chinese label ends in a letter. None where none does."""
    for m in _LOOK_ALIKE_ANY.finditer(text, at + 1, upto):
        before = "".join(text[at : m.start()].split())
        after = "".join(text[m.end() : upto].split())
        if (
            before.endswith(known.units)
            or (before[-1:] in _CLOSING and (_unit_bracketed(before, known) or _is_note(before, known)))
        ) and _begins_row(after, known):
            return m.start()
        if "\u4e00" <= before[-1:] <= "\u9fff" and any(
            after.startswith(u) and (after == u or _begins_row(after[len(u) :], known)) for u in known.units
        ):
            return m.start()
    return None


_CELL_GAP: Final = re.compile(r"[\s|]*")
_NOTE_AFTER: Final = re.compile(r"\s*(?:备?注|说明)[:：]")  # the table's note after its last row (注：本表数据…)
_LOOK_ALIKE: Final = frozenset("OolI")  # letters an OCR engine reads for digits: O o for 0, l I for 1
_LOOK_ALIKE_ANY: Final = re.compile(f"[{''.join(sorted(_LOOK_ALIKE))}]")


def _unit_left_open(text: str, label: int, at: int, out: list, known: _Known) -> bool:
    """Whether the label text before `at` (text[label:at], or else the last label piece of `out`) ends in a
    bracket opened round its unit, or before it, and left open, its close wrapped past the row's cells (`…计1条）
    （条 193 1264）其中：…`, `…纠错数( 324 840件)`): digits before that close are the row's cells, neither a
    note's nor the next row's number; a full stop ending a cell before them (`（条 2。 20）`) is no label's."""
    piece = "".join(text[label:at].split()).lstrip("。") or _last_label(out)
    if piece[-1:] in "(（":
        return text[at - 1 : at].isspace()  # not a mark inside the bracket: 情况（/）
    m = _UNIT_BRACKET.search(half_width(piece))
    return m is not None and m.group()[-1] not in _CLOSING and m.group(1) in known.units


def _goes_on(out: list, more: str, known: _Known) -> bool:
    """Whether the last label piece of `out` (its row's own part, `_own_label`, without its numbering) and `more`
    begin a label the template knows."""
    piece = _last_label(out)
    return bool(piece) and _unnumbered(half_width(_own_label(piece, known, ()))) + more in known.starts


def _cell_at(text: str, at: int) -> bool:
    """Whether a value's cell begins at `at`: digits (not a year's: `2018年，我们…`, the prose after the table),
    a blank's mark, or a word that gives no number (空)."""
    return (
        (text[at : at + 1].isdigit() and _YEAR_AT.match(text, at) is None)
        or text.startswith(NO_NUMBER, at)
        or bool((m := _ITEM.match(text, at)) and m.lastgroup == "blank")
    )


_YEAR_AT: Final = re.compile(rf"{YEAR}[ \t]*年")
_NOTE_END: Final = re.compile(r"[^\s|\d（()）]{0,6}[)）]")  # the rest of a note after its digits: 条）
# … or, the digits run on to the label's text, perhaps after a space or on the next line: 计1 / 条）
_NOTE_END_WRAPPED: Final = re.compile(r"[^\s|\d（()）]{0,6}(?:\s+[^\s|\d（()）]{0,6})?[)）]")


def _in_note(text: str, label: int, m: re.Match[str], depth: int) -> bool:
    """Whether the digits `m` are a note's: inside a bracket the label text before them leaves open
    (`depth` of them before text[label:]), closed a few characters after them — after a space or on the
    next line where the digits are run on to the label's text (`相同信息计1` / `条）`: a label wrapped over
    lines)."""
    before = text[label : m.start()]
    if not depth and "(" not in before and "（" not in before:
        return False  # the common case: no bracket open
    if depth + _depth(before) <= 0:
        return False
    glued = m.start() > label and not text[m.start() - 1].isspace()
    return (_NOTE_END_WRAPPED if glued else _NOTE_END).match(text, m.end()) is not None


_CELL_END: Final = re.compile(r"^\s*。?\s*")  # what may stand between a value and the next: white space, a full stop


def _cell_before_note(text: str, m: re.Match[str], label: int, out: list, known: _Known) -> int:
    """How many of the digits `m` are a cell's, run into the digits of its label's note wrapped past its
    cells: a space after a value of the row (`…舆情计 次 586 55651次）`: 4, the note's 1 making a label the
    template knows), or after the row's label (from `label` on), and its unit's cell (`…舆情计 次 01次）`: 0)
    or not (`…舆情计 6741次）（次）`, its unit in brackets after the note: 674); 0 where they are the note's
    alone."""
    words = text[label : m.start()].split()
    if words == ["。"]:
        words = []  # the full stop that ends the cell before (10。 411次）): no label
    while len(words) > 1 and _GLUED_MARK.fullmatch(words[-1]):
        words.pop()  # a cell printing a word or a mark for its number (…舆情计 次 待定 571次）): no label's
    if words:  # the row's label before the digits (a heading perhaps before it), its unit's cell or not, a space
        if not text[m.start() - 1].isspace():
            return 0
        piece = "".join(words)
    elif not out or len(out[-1]) != 3 or _CELL_END.sub("", text[out[-1][2] : m.start()]):
        # … only white space after the cell before (a value, or a blank's mark or word: 待定 571次）), or the full
        # stop that ends its cell (10。 411次）)
        return 0
    else:
        piece = _last_label(out)
    note = _NOTE_END.match(text, m.end())
    if not piece or note is None:
        return 0
    folded = half_width(piece).lstrip("-—–")  # a heading's blank mark run on before its numbering
    inner = [r.start() for r in _ROW_NUMBER.finditer(folded) if r.start() > 0]
    stem = _unnumbered(folded[inner[-1] :] if inner else folded)  # … or the heading itself (二、回应解读情况（一）…)
    stems = [stem, *(stem[: -len(u)] for u in known.units if stem.endswith(u) and len(stem) > len(u))]
    digits, rest = m.group(), half_width(note.group())
    for k in range(1, len(digits)):
        if digits[-k] != "0" and any(st + digits[-k:] + rest in known.labels for st in stems):
            return len(digits) - k
    return 0


_CELL_NOTE: Final = re.compile(CELL_NOTE)
_SENTENCE_ON: Final = re.compile(r"[。；;]\s*[^\s)）]")  # a sentence ended and another begun


_COLUMN_NAME: Final = 8  # the most characters a column's name prints (2012年度, 历年累计, 计量单位)
# what the header printed again follows: a page's footer (or its last dash, the rest of it read as cells), 续表 or
# a table's caption continued (统计表（续）: no bracket before it, which a label's note closes), a converter's heading
# (## 表七：…), 序号
_PAGE_OF: Final = r"([1-9]\d{0,2})/(\d{1,3})"  # page 6 of 12: 6/12
_CONTINUED: Final = re.compile(
    rf"(?:[-—–](?:\d{{1,4}}[-—–])?|{_PAGE_OF})?(?:[（(]?续上?表[)）]?|[^()（）]{{0,24}}?表[（(]续上?表?[)）])?(?:#+.*)?(?:序号)?$"
)


# a converter's column name alone, or after a cell's break (see `_without_converters_columns`)
_COLUMN_WORD_AFTER: Final = re.compile(rf"(?<=[ \t]){COLUMN_WORD.pattern}$")


def _without_converters_columns(pieces: list, text: str) -> list:
    """`pieces` without a converter's own column names left amid the rows (`数据1` `数据2` …, a tab or a
    space apart, the rows run together: not `|` cells, which `_pieces` passes over): a label piece of the word
    alone, or after a cell's break (the unit column last: `件\t数据1`), and the number of one or two digits
    right after it."""
    out: list = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if (
            len(p) == 2
            and nxt is not None
            and len(nxt) == 3
            and nxt[0] is not None
            and len(nxt[0]) <= 2
            and (word := COLUMN_WORD.fullmatch(text, p[1], nxt[1]) or _COLUMN_WORD_AFTER.search(text, p[1], nxt[1]))
        ):
            if word.start() > p[1]:
                out.append(("".join(text[p[1] : word.start()].split()), p[1]))  # the unit before it
            k += 2
            continue
        out.append(p)
        k += 1
    return out


def _without_header_again(pieces: list, template: Template, text: str) -> list:
    """`pieces` with the 统计表's header printed again after a page break (and its `续表`) taken out of the
    label text it runs into, or, printed a cell a line, the run of label pieces it is: no row's label; and
    with the page's footer run on before it (`_without_footer`).
    Under a 序号 column, the number right after it is the next row's own, as without the break: it ends
    the row before, which leaves it out (`_without_next_number`), and no value of that row's loses it."""
    out: list = []
    gate = _header_gate(template)
    i = 0
    while i < len(pieces):
        p = pieces[i]
        i += 1
        if len(p) != 2:
            out.append(p)
            continue
        if gate is not None and (i == 1 or len(pieces[i - 2]) != 2):  # a run of label pieces begins
            end = _run_end(pieces, i - 1)
            if not gate.search("\n".join(q[0] for q in pieces[i - 1 : end])):
                out += pieces[i - 1 : end]  # no header begins in the run nor in a piece of it: looked for once
                i = end
                continue
        if (run := _header_run(pieces, i - 1, template))[0]:
            if run[1]:
                out.append((run[1], p[1]))  # the row before's unit
            else:
                _without_footer(out, text, _footer_end(text, p))
            i += run[0] - 1
        elif (again := _header(p[0], template)) is None:
            out.append(p)
        else:
            before = _CONTINUED.sub("", p[0][: again.start])
            if _GLUED_MARK.fullmatch(before) and out and len(out[-1]) == 3 and not text[out[-1][2] : p[1]].strip():
                # a blank's mark the row's last value runs on to, before the header (…4.2258无续表): its cell's
                at = p[1]
                while at < len(text) and text[at].isspace():
                    at += 1
                out.append((None, at, at + len(before)))
                before = ""
            if not before:
                _without_footer(out, text, _footer_end(text, p))
            if label := before + p[0][again.rows :]:
                out.append((label, p[1]))
    return out


_DASHES: Final = ("-", "—", "–")
# a page footer right before where the header printed again begins: — 6 —, - 6 -, 6/12 (page 6 of 12)
_FOOTER_BEFORE: Final = re.compile(rf"(?:[-—–][ \t]+\d{{1,4}}[ \t]+[-—–]|(?<![\d.]){_PAGE_OF})\Z")
_FOOTER_AFTER: Final = re.compile(rf"{_PAGE_OF}(?![\d/])")  # … run on after a row's last cell


_SPACED_FOOTER: Final = re.compile(r"([-—–])[ \t]+\d{1,4}[ \t]+\1")


def _spaced_footer(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a page's footer, its number a space from its dashes (`- 1 -`, `— 1 —`)."""
    return _SPACED_FOOTER.fullmatch(text, start, end) is not None


def _without_spaced_footer(
    toks: list[tuple[str | None, int, int]], width: int, text: str
) -> list[tuple[str | None, int, int]]:
    """A row's tokens less a page's footer that a page's lines joined by spaces put among them, more than the
    row holds: after its whole cells (`1049 - 1 -`), or where three tokens print one only once, before or among
    cells it leaves just enough of (`100 - 4 - 100`). Where it is no footer, its dashes and number may be cells."""
    if len(toks) - 3 < width:
        return toks
    if _spaced_footer(text, toks[-3][1], toks[-1][2]):
        return toks[:-3]
    at = [i for i in range(len(toks) - 2) if _spaced_footer(text, toks[i][1], toks[i + 2][2])]
    return toks[: at[0]] + toks[at[0] + 3 :] if len(at) == 1 and len(toks) - 3 == width else toks


def _without_dash_rows(rows: list[_Row], width: int, text: str) -> list[_Row]:
    """The rows less those whose label is dashes alone: a page footer's run into the cells (…19 90- 1 -15
    实际收取…), left out, so that under a 序号 column each row after it is told its next row's number still.
    Where the footer's dash and number end the row before, short of its cells, and the numbers after it
    fill them (`全文电子化率 % - 4 -100 100`, a page's lines joined by spaces), those are that row's cells."""
    out: list[_Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if row.label.strip() == "." and prev is not None and prev.tokens and text[prev.tokens[-1][2]] == ".":
            # a decimal point a fold cut from its number, the lines then joined by spaces (`1.42246. 2672` for
            # 1.4224 and 6.2672): the row before holds it and the digits after it, read as no cells of their own
            dot = prev.tokens[-1][2]
            prev.tokens = [*prev.tokens, (None, dot, dot + 1), *row.tokens]
            continue
        if row.label.strip("-—–"):
            out.append(row)
            continue
        if prev is None or len(prev.tokens) < 2 or not row.tokens or len(prev.tokens) - 2 + len(row.tokens) != width:
            continue
        dash_end = row.tokens[0][1]  # the label's dash ends where the white space before its first number begins
        while text[dash_end - 1] in " \t":
            dash_end -= 1
        if _spaced_footer(text, prev.tokens[-2][1], dash_end):
            prev.tokens = prev.tokens[:-2] + row.tokens
    return out


def _without_footer(out: list, text: str, at: int) -> bool:
    """Take out of `out` the value tokens that are a page's footer run on to the cells before it, on one line
    with the 统计表's header printed again at `at` after the page break (情况———— 6 —统计指标…, 情况———6/12统计指标…):
    no cells of the row before, which a heading's marks may end; a blank's marks that the footer's first
    dash runs on to lose that dash. Whether there was one."""
    first = len(out)
    while first and len(out[first - 1]) == 3:
        first -= 1
    m = _FOOTER_BEFORE.search(text, out[first][1], at) if first < len(out) else None
    if m is None or (m[1] and int(m[1]) > int(m[2])):
        return False
    while len(out) > first and out[-1][1] >= m.start():
        out.pop()
    if len(out) > first and out[-1][2] > m.start():
        out[-1] = (None, out[-1][1], m.start())
    return True


def _footer_end(text: str, piece: tuple[str, int]) -> int:
    """Where a page's footer run on before the header printed again would end, the header's label piece
    beginning the text after it (`续表`, `指标名称…`) or the footer's last dash (`— 4 —`, its dashes marks and 4
    a value): the piece's start, or past that dash."""
    return _printed_span(text, piece[1], 1)[1] if piece[0][:1] in _DASHES else piece[1]


def _run_end(pieces: list, i: int) -> int:
    """Where the run of label pieces from `i` on ends: at the next value token, or the pieces' end."""
    end = i
    while end < len(pieces) and len(pieces[end]) == 2:
        end += 1
    return end


def _header_run(pieces: list, i: int, template: Template) -> tuple[int, str]:
    """How many label pieces from `i` on, before the next number, are the 统计表's header printed again a
    cell a line (`续表`, `序号`, `指标名称`, `计量单位`, `2012年度`, `历年累计`) and nothing else but, last, the
    next row's label (its cells after it), and the unit or note in brackets the row before wrapped onto the
    header's line before it (`（件）指标名称 | 2013年度 | …`, `（不包括…人员数）（续表）统计指标 | …`: the row's,
    kept); (0, "") if they are not, or are one piece."""
    end = _run_end(pieces, i)
    if end - i < 2:
        return 0, ""
    joined = "\n".join(q[0] for q in pieces[i:end])
    again = _header(joined, template)
    if again is None:
        return 0, ""
    before = _CONTINUED.sub("", "".join(joined[: again.start].split()))
    if before and _NOTE.fullmatch(before) is None:
        return 0, ""
    if not (rest := joined[again.rows :].strip()):
        return end - i, before
    return (end - 1 - i, before) if end - i > 2 and rest == pieces[end - 1][0].strip() else (0, "")


def _is_note(piece: str, known: _Known) -> bool:
    """Whether a label piece may be a note printed amid a row's cells: words that say they are one
    (`CELL_NOTE`), beginning no label the template knows, nor a row's numbering alone (`其中：`, the row's
    label after its cells), nor a unit in brackets (the row's own, its label wrapped round its cells:
    信函申请数 0 （件） 0), nor going on past a sentence's end (注：本表…。联系地址：…: the prose after the table)."""
    if _CELL_NOTE.search(piece) is None:
        return False  # the common case: no word saying so
    stem = _unnumbered(half_width(piece))
    return (
        _SENTENCE_ON.search(piece) is None
        and stem[:2] not in known.starts
        and stem != ""
        and not _unit_bracketed(piece, known)
    )


def _without_cell_notes(
    pieces: list,
    width: int,
    known: _Known,
    text: str,
    units: tuple[str, ...] = (),
    last_units: tuple[str, ...] = (),
    remarks: tuple[int, bool] | None = None,
) -> list:
    """`pieces` without the notes printed amid a row's cells (`（注：含转办件）` after a row's first cell):
    text inside the row, no row's label. A note (`_is_note`) stands between two cells on its line, or on
    lines of their own, fewer cells before it than `width`: the row's values and, under a 序号 column, the
    next row's number (`…157 其中：含转办件 2 全文电子化率…`). A word that gives no number (`空`, `待定`)
    where a cell of the row stands is a blank cell, a label the template knows perhaps run on after it; so
    is one right after a label that ends in one of `units` (the unit column before the values), or run on
    after it, or right after one of the form's headings (`三、依申请公开情况 | 见附件`); where the unit
    column is last (`last_units`), one right after a label the template knows, or before the unit that
    ends its row (`1079 暂无 件`); and words ending a line of a label wrapped over lines round its cells
    (`_words_wrapped_round`). A row whose label ends in no unit, the unit column
    before the values, may print a mark in that column too (a heading's `— — 见附件`): one cell more. Under a
    header naming a remarks' column (`remarks`: the cells after it the row may print, a 序号 column's next
    number; whether it follows the unit column printed last), a row's last cell of words is its remark
    (`含转办件`, `_remark`): a blank cell."""
    out: list = []
    cells = 0  # value tokens since the last label piece
    room = width  # the cells the row after the last label piece may print
    remarked = None if remarks is None else (last_units, remarks[1], False)
    for i, p in enumerate(pieces):
        if (
            len(p) == 2
            and remarks is not None
            # (a heading's cells perhaps printing nothing: 九、…培训情况 | | | 含转办件)
            and ((so_far := _row_so_far(out, known))[1] > 0 or _heading(so_far[0], known))
            # a word that gives no number in a cell of a row short of its values is that cell's (below)
            and (so_far[1] >= width - remarks[0] or not p[0].startswith(NO_NUMBER))
            and (
                said := _remark(
                    p[0], so_far[0], known, units, (last_units, remarks[1], _unit_apart(pieces, i, last_units))
                )
            )[1]
            # … the next row's label after it
            and (said[1] < len(p[0]) or _cells_end(pieces, i + 1, text, remarks[0], bool(last_units)))
        ):
            if not remarks[1] and _counted_unit(out, known, text):
                out.pop()  # a unit after a cell's number (`80条 含转办件 条`), the unit column after the remark
            at = p[1]
            if said[0]:  # the unit printed last, before the remark
                out.append((p[0][: said[0]], p[1]))
                at = _printed_span(text, at, said[0])[1]
            start, end = _printed_span(text, at, said[1] - said[0])
            out.append((None, start, end))
            cells += 1
            p = (p[0][said[1] :], _printed_span(text, end, 1)[0]) if len(p[0]) > said[1] else ()
        if len(p) == 2 and remarks is not None and (heard := _heading_remark(p[0], known, last_units))[1]:
            out.append((p[0][: heard[0]], p[1]))  # a heading, its remark, the next row's label after it
            start, end = _printed_span(text, _printed_span(text, p[1], heard[0])[1], heard[1] - heard[0])
            out.append((None, start, end))
            p = (p[0][heard[1] :], _printed_span(text, end, 1)[0]) if heard[1] < len(p[0]) else ()
        if (
            len(p) == 2
            and p[0].startswith(NO_NUMBER)  # what `_no_number` finds words in: tested first, as cheapest
            # in a cell of the row, or the first right after a label that ends a row's label (read only then)
            # or after one of the form's headings (三、依申请公开情况 | 见附件), or words alone (不涉及 见附件), perhaps
            # with the unit printed last: no label's piece (…驳回原 / 暂无 0 / 告诉讼请求数（件）, …（不同渠 / 不适用 条
            # / 道和方式…: a label wrapped round its cells)
            and (
                0 < cells < room
                or 0 < cells == room  # … or one more, where the row ends after it (see below)
                or (
                    cells == 0
                    and out
                    and len(out[-1]) == 2
                    and (
                        _labels_row(out[-1][0], units, known, last_units)
                        or _heading(out[-1][0], known)
                        or _all_words(p[0])
                        or _all_words(next((p[0][: -len(u)] for u in last_units if p[0].endswith(u)), ""))
                    )
                )
            )
            and (words := _no_number(p[0], known, last_units, _last_label(out), units, remarked))
            and (
                cells + len(words) <= room + (remarks is not None)  # (the last perhaps the row's remark)
                # a word after as many numbers as the row has cells, the next row's label or the table's end after
                # it (`1   185	空`, a number's groups a widened space apart): one cell too many, the row not read
                or (cells == room and len(words) == 1 and _row_ends(p[0][len(words[0]) :], pieces, i + 1, known, text))
            )
        ):
            end = p[1]
            for word in words:  # a word in a cell that gives no number (空): a blank, one a cell (空 见附件)
                start, end = _printed_span(text, end, len(word))
                out.append((None, start, end))
            cells += len(words)
            taken = sum(map(len, words))
            p = (p[0][taken:], _printed_span(text, end, 1)[0]) if len(p[0]) > taken else ()  # the next label run on
        if (
            len(p) == 2
            and _holds_words(p[0])  # the first test of `_words_wrapped_round`, before the pieces after are sliced
            and (wrapped := _words_wrapped_round(p[0], out, pieces[i + 1 : i + width + 3], known, units, last_units))
            and len(wrapped[1]) <= width
        ):
            label, words, unit = wrapped  # the row's cells, its label wrapped round them over lines
            at = p[1]
            if label:
                out.append((label, at))
                room = _room(label, width, units, known, last_units)
                at = _printed_span(text, at, len(label))[1]
            for word in words:
                at = text.find(word, at)
                out.append((None, at, at + len(word)))
                at += len(word)
            cells = len(words)
            p = (unit, text.find(unit, at)) if unit else ()
        # words run on after a label and its unit (数条暂无), or after a label whose unit is printed last,
        # perhaps the next row's label after them (暂无见附件信函…), which may run on into words of its own
        while len(p) == 2 and _holds_words(p[0]):
            valued = i + 1 < len(pieces) and len(pieces[i + 1]) == 3 and pieces[i + 1][0] is not None
            label, words, rest = _run_on_words(p[0], units, known, last_units, valued, remarked)
            limit = _room(label, width, units, known, last_units)
            if not words or len(words) > limit + (remarks is not None):  # (the last perhaps a remark: 不涉及暂无空件)
                break
            out.append((label, p[1]))
            room = limit
            at = p[1]
            for word in words:
                at = text.find(word, at)
                out.append((None, at, at + len(word)))
                at += len(word)
            cells = 0 if rest else len(words)
            p = (rest, text.find(rest[0], at)) if rest else ()
        if not p:
            continue
        if len(p) == 2:
            after = pieces[i + 1] if i + 1 < len(pieces) else None
            if (
                0 < cells < room
                and after is not None
                and len(after) == 3
                and _is_note(p[0], known)
                and _amid(text, out[-1], after)
            ):
                continue
            cells = 0
            room = _room(p[0], width, units, known, last_units)
        elif not (out and len(out[-1]) == 3 and _grouped(text, out[-1], p)):
            cells += 1  # a number whose groups of three a space parts (1 549) may be one cell
        if (
            remarks is not None
            and not remarks[1]
            and p[0] is None
            and not _empty_cell(p, text)
            and _counted_unit(out, known, text)
        ):
            out.pop()  # a unit after a cell's number before a remark's mark (`67条 无 条`), the unit column after it
        out.append(p)
    return out


def _counted_unit(out: list, known: _Known, text: str) -> bool:
    """Whether `out` ends in a unit printed right after a cell's number (`67条`, not `0.06  万元`)."""
    return (
        len(out) > 1
        and len(out[-1]) == 2
        and len(out[-2]) == 3
        and out[-2][0] is not None
        and out[-1][1] == out[-2][2]
        and text[out[-1][1] : out[-1][1] + 1].strip() != ""
        and half_width(out[-1][0]) in known.units
    )


def _cells_end(pieces: list, i: int, text: str, numbers: int, marks: bool) -> bool:
    """Whether a row's cells end before pieces[i] and the empty cells from there (with `marks`, the unit
    column last, its blanks' marks too: a heading's `— — 含转办件 —`), or a page's footer (`- 1 -`): the
    table's end, a label's piece, or `numbers` value tokens (the next row's 序号) before one."""
    while i < len(pieces):
        if _empty_cell(pieces[i], text) or (marks and len(pieces[i]) == 3 and pieces[i][0] is None):
            i += 1
        elif (
            i + 2 < len(pieces)
            and len(pieces[i]) == len(pieces[i + 2]) == 3
            and _spaced_footer(text, pieces[i][1], pieces[i + 2][2])
        ):
            i += 3
        else:
            break
    j = i + numbers
    return all(len(p) == 3 and p[0] is not None for p in pieces[i:j]) and (j >= len(pieces) or len(pieces[j]) == 2)


# the most characters a remarks' cell prints (含依申请公开转办件)
_MAX_REMARK: Final = 12


def _unit_apart(pieces: list, i: int, last_units: tuple[str, ...]) -> bool:
    """Whether the piece after pieces[i] is a unit of the unit column printed last, or a blank's mark: that
    column printed in a cell of its own (含转办件 | 件, a heading's 含转办件 | —)."""
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    return nxt is not None and (nxt[0] is None if len(nxt) == 3 else nxt[0].startswith(last_units))


def _remark(
    piece: str, label: str, known: _Known, units: tuple[str, ...], last: tuple[tuple[str, ...], bool, bool]
) -> tuple[int, int]:
    """Where in a label's `piece`, printed after a row's cells (`label`'s) under a header naming a remarks'
    column, that row's remark is (`含转办件`, the next row's label perhaps run on after it, or the rest of
    `label` wrapped past its cells: 不含咨询 道和方式…). `last`: the units of a unit column printed last, whether
    the remarks' column follows it (a unit before the remark: 条含转办件; else perhaps after it: 含转办件条), and
    whether the column prints in a piece of its own after this one (`_unit_apart`). (0, 0) where it begins
    a row or a heading, or is the rest of `label`, or reads as prose."""
    last_units, unit_first, apart = last
    before, after_units = (last_units, ()) if unit_first else ((), last_units)
    lead = next((len(u) for u in before if piece.startswith(u)), 0)
    rest = piece[lead:]
    if not rest or _begins_row(rest, known) or _heading(rest, known) or len(_unnumbered(rest)) < len(rest):
        return 0, 0  # (a row's label, one the template does not know perhaps: 2、网上申请数)
    if label:
        own = _own_label(label, known, last_units)
        for cut in range(min(len(rest), _MAX_REMARK + 1)):
            # (the row's unit perhaps between, printed last: 不含咨询 条 道和方式…); no unit alone, in brackets
            # perhaps: the next row's label after a remark ending in one (含转办件2．延期办结数), or its unit
            # after the next row's label (不含咨询（一）收到申请数（件）)
            after = rest[cut + next((len(u) for u in after_units if rest.startswith(u, cut)), 0) :] if cut else rest
            if (
                (wrapped := _wrapped_on(own, after, known, units))
                and len(wrapped[1]) < len(after)  # some of the label's rest, not the next row's start alone
                and (not cut or half_width(after[: len(after) - len(wrapped[1])]).strip("()") not in known.units)
            ):
                # (no unit, nor a part of one, before the rest: 条 道和…, 万元 建设维护…)
                return (lead, lead + cut) if cut and not any(u.startswith(rest[:cut]) for u in last_units) else (0, 0)
    ends = range(1, min(len(rest), _MAX_REMARK + 1))
    # (… or the first words of one wrapped round its cells, all the piece holds after the remark: 不含咨询实际收取的总金
    # then 1 1 额（万元）)
    cut = next((c for c in ends if _label_begins(rest[c:], known, units) or _wrapped_start(rest[c:], known)), len(rest))
    if cut > _MAX_REMARK or _PROSE_MARK.search(rest, 0, cut) or rest[:cut] in last_units:
        return 0, 0  # (the row's unit alone, printed last: 条全文电子化率)
    if cut < len(rest) or not apart:  # the row's unit after it, perhaps before the next row's label
        cut -= next((len(u) for u in after_units if rest.endswith(u, 0, cut) and len(u) < cut), 0)
    return lead, lead + cut


def _label_begins(piece: str, known: _Known, units: tuple[str, ...]) -> bool:
    """Whether `piece`, after a remark, is the next row's label: numbered, or its numbering alone, or one the
    template knows whole, its unit perhaps run on (a word in a cell of its own perhaps after it: 全文电子化率%类别),
    or the first eight characters of one at least, the rest wrapped past its cells (危及国家安全、公共安全、经济安全);
    not a note's words (包括网上申请), nor a label the template does not know, unnumbered, after a mark
    (无受理依申请公开信息总数: 依申请公开信息总 begins none)."""
    folded = half_width(piece)
    stem = _unnumbered(folded)
    if len(stem) < len(folded):
        return not stem or stem[:2] in known.starts
    return (
        _unnumbered(_without_unit(piece, known, units)) in known.labels
        or stem in known.headings
        or (len(stem) >= _LONG_START and stem[:_LONG_START] in known.starts)
        or any((at := stem.find(u)) > 0 and stem[:at] in known.labels for u in units)
    )


_LONG_START: Final = 8  # characters of a label's start no remark's words run on to by chance
_WRAPPED_START: Final = 4  # … where they end the piece: a label's first line, wrapped round its cells


def _wrapped_start(piece: str, known: _Known) -> bool:
    """Whether `piece`, all a label's piece holds after a remark, is the first words of a label the template
    knows, wrapped round its cells (实际收取的总金 then 1 1 额（万元））: four characters at least."""
    return len(piece) >= _WRAPPED_START and half_width(piece) in known.starts


def _heading_remark(piece: str, known: _Known, last_units: tuple[str, ...]) -> tuple[int, int]:
    """Where a remark printed after one of the form's headings, the next row's label perhaps run on after it,
    begins and ends in `piece` (一、主动公开情况含转办件（一）主动公开…, the heading's cells printing nothing);
    (0, 0) where none is. The row before's unit may come first, the unit column last (`last_units`)."""
    lead = next((len(u) for u in last_units if piece.startswith(u)), 0)
    inner = next((m.start() for m in _ROW_NUMBER.finditer(piece, lead + 1)), len(piece))
    for cut in range(inner - 1, max(lead, inner - _MAX_REMARK - 1), -1):
        if _heading(piece[lead:cut], known):
            words = piece[cut:inner]
            if words[0] in "（(—-" or _PROSE_MARK.search(words) or half_width(words) in known.units:
                break  # its unit or marks, or prose
            return cut, inner
    return 0, 0


def _row_ends(rest: str, pieces: list, i: int, known: _Known, text: str) -> bool:
    """Whether the row ends before `rest` of a label piece, or where that is empty before pieces[i] and the
    empty cells from there (`| 见附件 | |`, a table's last column empty): the table's end, or the next row's
    label."""
    if rest:
        return _begins_row(rest, known)
    while i < len(pieces) and _empty_cell(pieces[i], text):
        i += 1
    return i == len(pieces) or (len(pieces[i]) == 2 and _begins_row(pieces[i][0], known))


def _row_so_far(out: list, known: _Known) -> tuple[str, int]:
    """The label of the row whose cells `out` ends with (its label pieces before them, joined), and how many
    cells it has printed, a unit after a cell's number no label's piece (`8条 80条`)."""
    end, cells = len(out), 0
    while end:
        q = out[end - 1]
        if len(q) == 3:
            cells += 1
        elif end < 2 or len(out[end - 2]) != 3 or half_width(q[0]) not in known.units:
            break
        end -= 1
    return "".join(_label_run(out[:end])), cells


def _label_run(out: list) -> list[str]:
    """The label pieces `out` ends with, after its last value token."""
    first = len(out)
    while first and len(out[first - 1]) == 2:
        first -= 1
    return [q[0] for q in out[first:]]


def _words_wrapped_round(
    piece: str, out: list, after: list, known: _Known, units: tuple[str, ...], last_units: tuple[str, ...]
) -> tuple[str, list[str], str] | None:
    """`piece` as the label text it begins with, the words that give no number (空, 待定) that end it, and the
    unit printed last after them (`last_units`), where that text (perhaps none), after the fewest of the
    label pieces `out` ends with that it takes, and the first label piece of the pieces `after` it (past the
    row's other cells) begin a label the template knows: the row's cells on a line of a label wrapped over
    lines round them (`括用于政府公报编辑管理及政府网站 暂无` between `（四）政府信息公开专项经费（不包` and
    `建设维护等方面的经费）（万元）`, or `空 见附件` alone between `其中：主要负责同志参加新闻发布会` and `次数（次）`);
    or where that text after label pieces before it ends a row's label, its unit printed (`_holds_row`:
    `办理数(件` over `) 暂无 空`). None where it is not."""
    if not _holds_words(piece):
        return None
    unit = "" if piece.endswith(NO_NUMBER) else next((u for u in last_units if piece.endswith(u)), "")
    label = piece[: len(piece) - len(unit)]
    words: list[str] = []
    while word := next((w for w in NO_NUMBER if label.endswith(w)), ""):
        label = label[: -len(word)]
        words.insert(0, word)
    if not words:
        return None
    before = _label_run(out)
    more = next((q[0] for q in after if len(q) == 2), None)
    for n in range(0 if label else 1, len(before) + 1):
        head = "".join(before[len(before) - n :]) + label
        if (more is not None and _joined(head, more, known, units) is not None) or (
            n and _holds_row(head, units, known)
        ):
            return label, words, unit
    return None


def _room(label: str, width: int, units: tuple[str, ...], known: _Known, last_units: tuple[str, ...]) -> int:
    """The cells a row may print after the label piece `label`: `width`, and one more for a mark or word in
    the unit column where the label ends in no unit (the unit column before the values, `units`) or is one
    of the form's headings, wrapped or not, perhaps after the unit of the row before (the unit column last,
    `last_units`: `三、依申请公开情况 空 见附件 —`)."""
    return width + (
        (bool(units) and not _labels_row(label, units, known, last_units))
        or (bool(last_units) and _heading(_own_label(label, known, last_units), known, wrapped=True))
    )


def _printed_span(text: str, at: int, n: int) -> tuple[int, int]:
    """Where the first `n` characters other than white space printed from `at` on (a label piece's, whose
    white space is taken out) begin and end: a cell's text after the spaces that indent it."""
    start = at
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while n and end < len(text):
        n -= not text[end].isspace()
        end += 1
    return start, end


def _grouped(
    text: str, before: tuple[str | None, int, int], after: tuple[str | None, int, int], wide: bool = False
) -> bool:
    """Whether two value tokens may be one number whose groups of three the one space between them parts
    (with `wide`, spaces of any width)."""
    return (
        before[0] is not None
        and after[0] is not None
        and parts_groups(text, before[2], after[1], before[0], after[0], wide)
    )


def _run_on_words(
    piece: str,
    units: tuple[str, ...],
    known: _Known,
    last_units: tuple[str, ...] = (),
    valued: bool = False,
    remarked: tuple[tuple[str, ...], bool, bool] | None = None,
) -> tuple[str, list[str], str]:
    """`piece` split where words that give no number run on after a label and one of its `units`, after a
    label the template knows where the unit column is last (`last_units`), or after one of the form's
    headings, perhaps after the rest of the label before (…经费）九、…培训情况空待定): at its end (数条暂无, 数件空待定,
    不同意公开答复数暂无; where a value follows (`valued`), after any label's piece: its label wrapped round
    its cells), or before the next row's label, one the template knows (数件不涉及暂无同意公开答复数件),
    the unit printed last before it (按时办结数不适用空件延期办结数), or before the rest of the label wrapped
    past them (驳回原件见附件空告诉讼请求数（二）…; the next row's label and its own words perhaps after that
    rest: 经济安全件空和社会稳定不是《条例》所指政府信息件暂无), or inside a label wrapped round its cells, the
    next row's label perhaps after it (其中：主要负责同志参加新闻发布会不涉及次数(次),
    驳回原空空告诉讼请求数（件）（二）…), or before prose, the table's end (接受培训人员数人次空联系地址：…);
    the label, those words in order, and what runs on after them (or ""). The first row's words are cut
    first: a piece may hold the next row's label and its words too (申请行政复议数件不涉及待定提起行政诉讼数件
    不适用), which are no cells of the first row. Under a header naming a remarks' column (`remarked`: as
    `_remark` takes it), the row's remark may follow the words, the next row's label after it
    (其他情形数件见附件不含咨询五、行政诉讼数量件): one word more."""
    if not _holds_words(piece):  # the common case: a piece that ends in none holds none
        return piece, [], ""
    starts = [i for i in range(1, len(piece)) if piece.startswith(NO_NUMBER, i)]
    for i in starts:
        words = _words_at(piece, i)
        rest = piece[i + (taken := sum(map(len, words))) :]
        after = _past_unit(rest, last_units)
        own = _own_label(piece[:i], known, last_units)  # perhaps after the rest of the label before: …经费）九、…
        if (_labels_row(piece[:i], units, known, last_units) or _heading(own, known)) and (
            not after
            or _begins_row(after, known)
            or (
                (limited := _upto_words(piece, after, starts, i + taken))
                and _wrapped_on(piece[:i], limited, known, units)
            )
            or _PROSE_MARK.search(after)
        ):
            return piece[:i], words, rest  # perhaps the rest of its label wrapped past them: 驳回原件见附件空告诉讼…
        if (
            after == rest
            and _labels_row(piece[:i], units, known, last_units)
            and (cut := _remark_then_row(rest, piece[:i], known, units, remarked, True))
        ):
            return piece[:i], [*words, rest[:cut]], rest[cut:]  # its remark last
        if after != rest and after and half_width(_unnumbered(own) + after[0]) in known.starts:
            return piece[:i], words, rest  # a label wrapped round its cell and its unit: 信息数（不同渠暂无条道和…
    words = []
    end = piece
    while word := next((w for w in NO_NUMBER if end.endswith(w) and len(end) > len(w)), ""):
        end = end[: -len(word)]
        words.insert(0, word)
    if words:  # after a row's label: its unit printed, a label the template knows whole, or its cells next
        whole = _unnumbered(half_width(end)) in known.labels
        return (end, words, "") if valued or whole or _labels_row(end, units, known, last_units) else (piece, [], "")
    for i in starts:  # a label wrapped round its cells, perhaps the next row's label after it
        words = _words_at(piece, i)
        tail = piece[i + sum(map(len, words)) :]
        own = _own_label(piece[:i], known, last_units)  # after the unit of the row before perhaps: （件）危及…
        wrapped = _wrapped_on(own, tail, known, units) if tail else None
        if wrapped and (not wrapped[1] or _begins_row(wrapped[1], known)):
            return piece[: i - len(own)] + wrapped[0], words, wrapped[1]
    return piece, [], ""


def _upto_words(piece: str, after: str, starts: list[int], end: int) -> str:
    """`after`, the end of `piece` after words that give no number ending at `end`, up to where the next such
    words begin (`starts`): the rest of a label wrapped past its cells and the next row's label, before that
    row's own words (…经济安全件空 / 和社会稳定不是《条例》所指政府信息件 / 暂无…)."""
    upto = next((j for j in starts if j >= end), len(piece))
    return piece[len(piece) - len(after) : upto]


# what a word that gives no number begins with
_WORD_FIRST: Final = re.compile(f"[{''.join(sorted({w[0] for w in NO_NUMBER}))}]")


def _holds_words(piece: str) -> bool:
    """Whether a word that gives no number (空, 待定) is printed in `piece`."""
    return _WORD_FIRST.search(piece) is not None and any(w in piece for w in NO_NUMBER)  # most pieces: one search


def _bracketed(label: str) -> bool:
    """Whether `label` prints an opening bracket, the first character of a unit or a note in brackets."""
    return "(" in label or "（" in label


def _words_at(piece: str, at: int) -> list[str]:
    """The words that give no number (空, 待定) printed one after another in `piece` from `at` on."""
    words = []
    while piece.startswith(NO_NUMBER, at):  # one call tells whether any begins here
        word = next(w for w in NO_NUMBER if piece.startswith(w, at))
        words.append(word)
        at += len(word)
    return words


def _labels_row(label: str, units: tuple[str, ...], known: _Known, last_units: tuple[str, ...]) -> bool:
    """Whether `label` ends a row's label where its cells follow: in one of `units` (the unit column before
    the values) or in a unit in brackets, its `)` perhaps wrapped past the cells, or where the unit column is
    last (`last_units`), as a label the template knows, perhaps after the unit of the row before
    (件不同意公开答复数) and the rest of its label wrapped past its cells before where this row begins
    (`_row_starts_in`: 件告诉讼请求数（二）被依法纠错数, 件和社会稳定不是《条例》所指政府信息)."""
    if label.endswith(units) or (
        _bracketed(label) and (m := _UNIT_BRACKET.search(half_width(label))) and m.group(1) in known.units
    ):
        return True  # its unit printed before the values, or in brackets after its label: 行政复议数（件）, （件
    if not last_units:
        return False
    folded = half_width(_past_unit(label, last_units))
    return any(_unnumbered(folded[at:]) in known.labels for at in (0, *_row_starts_in(folded, known, ())))


def _past_unit(label: str, last_units: tuple[str, ...]) -> str:
    """`label` without the unit it begins with where the unit column is last (`last_units`): the row
    before's, printed after its cells (件（一）维持…), or its own after a word in its cell (暂无件…)."""
    return label[len(unit) :] if (unit := next((u for u in last_units if label.startswith(u)), "")) else label


def _own_label(label: str, known: _Known, last_units: tuple[str, ...]) -> str:
    """The row's own label in `label`, a label piece printed after the cells of the row before: from where the
    last row begins inside it on (its number or 其中), or after the row before's unit, printed last (件（一）维持…)
    or in brackets after its cells (（件）危及国家安全…, 数（次）其中：主要负责…), what runs on before it (a heading,
    the rest of the label before) left out (告诉讼请求数（二）被依法纠错数 → （二）被依法纠错数)."""
    label = _past_unit(label, last_units)
    cuts = [m.start() for m in _ROW_NUMBER.finditer(label, 1)]
    if "其中" in label:
        cuts += [m.start() for m in _WHEREOF_AT.finditer(label, 1)]
    if _bracketed(label):
        cuts += [m.end() for m in _UNIT_IN_LABEL.finditer(label) if m.group(1) in known.units and m.end() < len(label)]
    return label[max(cuts) :] if cuts else label


def _unit_bracketed(label: str, known: _Known) -> bool:
    """Whether `label` ends in a unit in brackets (行政复议数（件）, or `(件)` wrapped onto a line of its own)."""
    return label[-1:] in "）)" and (m := _BRACKETED.search(half_width(label))) is not None and m.group(1) in known.units


def _last_label(out: list[_Piece]) -> str:
    """The last label piece of `out` (a row's label, its cells after it)."""
    return next((p[0] for p in reversed(out) if len(p) == 2), "")


def _no_number(
    piece: str,
    known: _Known,
    last_units: tuple[str, ...] = (),
    label: str = "",
    units: tuple[str, ...] = (),
    remarked: tuple[tuple[str, ...], bool, bool] | None = None,
) -> list[str]:
    """The words cells print where they give no number (空, 待定), one a cell, that `piece` is (空见附件: cells
    run together), or begins where a label the template knows runs on after them (空网络申请数件), or one of
    `last_units` (the unit column last: 暂无件); the rest of the row's `label` (its own part, `_own_label`; its
    unit column first: `units`) wrapped past its cells may come before that label, after the unit
    printed last (空告诉讼请求数（二）…, 不适用1次）（二）…, 待定次专题会议数（二）…), or prose, the table's end
    (见附件 特此报告。…). Under a header naming a remarks' column (`remarked`: as `_remark` takes it), the
    row's remark may follow them, the next row's label after it (待定不含咨询不同意…): the last word. [] where
    `piece` is none."""
    words = _words_at(piece, 0)
    if not words:
        return []  # the common case: a label's piece
    rest = tail = piece[sum(map(len, words)) :]
    rest = _past_unit(rest, last_units)
    if label and rest and (wrapped := _wrapped_on(_own_label(label, known, last_units), rest, known, units)):
        rest = wrapped[1]
    if not rest or _begins_row(rest, known) or _PROSE_MARK.search(rest):
        return words
    if rest == tail and (cut := _remark_then_row(rest, label, known, units, remarked)):
        return [*words, rest[:cut]]
    return []


def _remark_then_row(
    rest: str,
    label: str,
    known: _Known,
    units: tuple[str, ...],
    remarked: tuple[tuple[str, ...], bool, bool] | None,
    alone: bool = False,
) -> int:
    """Where a remark `rest` begins with ends, after the words a row's cells print (`label`'s), the next row's
    label after it (不含咨询不同意…), under a header naming a remarks' column (`remarked`: as `_remark` takes
    it); 0 where it does not begin with one, or where one is all it holds, unless it may be (`alone`: the
    piece ends with it, the next row's label in the next: 暂无含转办件 / 4．不同意…)."""
    if remarked is None:
        return 0
    lead, end = _remark(rest, label, known, units, remarked)
    return end if end and not lead and (end < len(rest) or alone) else 0


def _all_words(piece: str) -> bool:
    """Whether `piece` is words that give no number and nothing else, one a cell (空, 不涉及见附件)."""
    return bool(piece) and sum(map(len, _words_at(piece, 0))) == len(piece)


def _wrapped_on(label: str, rest: str, known: _Known, units: tuple[str, ...] | None) -> tuple[str, str] | None:
    """`label` joined to the rest of it that `rest`, printed after the row's cells, begins with, wrapped past
    them up to where the next row begins (`_row_starts_in`), and what follows it (告诉讼请求数（二）… →
    …告诉讼请求数, （二）…); None where `rest` begins with none of it."""
    for cut in (*_row_starts_in(rest, known, units), len(rest)):
        if joined := _joined(label, rest[:cut], known, units):
            return joined, rest[cut:]
    return None


def _row_starts_in(label: str, known: _Known, units: tuple[str, ...] | None) -> list[int]:
    """Where the next row's label may begin in `label`, printed after a row's cells past which the rest of
    that row's label wrapped, in order: at a row number, at 其中, at a label the template knows that ends it
    (its unit perhaps after it; a 其中 perhaps before it: …经济安全 件 45 和社会稳定不是《条例》所指政府信息 件 48),
    or after a unit in brackets (复数(件)不同意公)."""
    return _row_starts(label, _without_unit(label, known, units), known)


def _row_starts(label: str, stem: str, known: _Known) -> list[int]:
    """`_row_starts_in`, `stem` being `label` as `_without_unit` gives it."""
    cuts = [m.start() for m in _ROW_NUMBER.finditer(label) if m.start() > 0]
    ends = _label_ends(stem, known)
    cuts += [_whereof_start(stem, cut) for cut in ends]  # with a 其中 before it
    if stem.endswith(_WHEREOF_WORDS) and 0 < (whereof := _whereof_start(stem, len(stem))) < len(stem):
        cuts.append(whereof)  # a 其中 whose list's first row is numbered: （件）其中： 1、按时办结数
    if "其中" in stem:
        cuts += [m.start() for m in _WHEREOF_AT.finditer(stem, 1)]  # …次数（次）其中：主要负责同志参加政府网站在
    if _bracketed(stem):
        cuts += [m.end() for m in _UNIT_IN_LABEL.finditer(stem) if m.group(1) in known.units]  # 复数(件)不同意公
    return sorted(cuts)


def _label_ends(stem: str, known: _Known) -> list[int]:
    """Where a label the template knows that ends `stem` begins, after its first character, in order."""
    out = []
    j = len(stem) - 1
    while j > 0 and stem[j:] in known.ends:  # a longer end of `stem` is no label's end either once one is not
        if stem[j:] in known.labels:
            out.append(j)
        j -= 1
    return out[::-1]


def _whereof_start(stem: str, end: int) -> int:
    """Where the 其中 (its colon perhaps after it) that stem[:end] ends in begins; `end` where it ends in none."""
    for word in _WHEREOF_WORDS:
        if stem.endswith(word, 0, end):
            return end - len(word)
    return end


def _without_unit(label: str, known: _Known, units: tuple[str, ...] | None) -> str:
    """`label` half-width without the unit run on to it or in brackets after it."""
    folded = half_width(label)
    stem = folded[: -len(unit)] if (unit := _ending(folded, units)) else folded
    if stem[-1:] in ")）" and (m := _BRACKETED.search(stem)) and m.group(1) in known.units:
        stem = stem[: m.start()]
    return stem


def _begins_row(piece: str, known: _Known) -> bool:
    """Whether `piece` begins a row's label: the first words of one the template knows, or its numbering
    alone (其中：, 2.), the label printed after it."""
    stem = _unnumbered(half_width(piece))
    return stem[:2] in known.starts or (not stem and bool(piece))


def _without_cell_words(pieces: list, units: tuple[str, ...] | None, known: _Known, text: str, last: bool) -> list:
    """`pieces` without a word printed in a cell of its own between a row's label and its first cell, the
    cells one per line or parted by `|` (`收到申请数` `件` `备案类` `0` …): no number, unit or start of a
    label the template knows, after a label that holds its row (its unit printed before the values, the
    unit column not `last`; or a label the template knows whole), or after the first words of a label
    wrapped round its cells, the rest of it printed after them (`其中：主要负责同志参加新闻发布会`
    `（单位：件）` `12` `次数（次）`). In the label's own cell, the word is cut off it where it follows a
    label the template knows and its unit (`_word_after_unit`)."""
    out: list = []
    first = () if last else units or ()
    for i, p in enumerate(pieces):
        if (
            len(p) == 2
            and i + 1 < len(pieces)
            and len(pieces[i + 1]) == 3
            and (
                cut := _word_after_unit(p[0], first, known)
                or _word_spaced(pieces, i, text, known, units, bool(first))
                or (0 if first else _word_glued_on(p[0], known, units or ()))
            )
        ):
            out.append((p[0][:cut], p[1]))
            # the word is no word but the labels of rows printed empty, the last one's cells after it
            # (实际收取的总金额万元申请行政复议数件提起行政诉讼数件 614 3077: the cells of the first two printed
            # elsewhere): each a row of its own
            out += [(p[0][a:b], p[1] + a) for a, b in _labelled_rows(p[0], cut, first, known)]
            continue
        if (
            last
            and len(p) == 2
            and i + 1 < len(pieces)
            and len(pieces[i + 1]) == 3
            and (spans := _empty_rows_before(p[0], units or (), known))
        ):
            # where the unit column is last, the labels of rows printed empty with their units before the label
            # of the row whose cells follow (件不是《条例》所指政府信息件法律法规规定的其他情形 535 件): each a row
            out += [(p[0][a:b], p[1] + a) for a, b in spans]
            continue
        if (
            len(p) == 2
            # (with cells after it, only a piece a unit may end inside holds two labels)
            and (i + 1 == len(pieces) or len(pieces[i + 1]) == 2 or not known.unit_ends.isdisjoint(p[0][:-1]))
            and len(spans := _labelled_rows(p[0], 0, first, known)) > 1
        ):
            # the labels of rows printed empty run together, no cell after them (不同意公开答复数件实际收取的总金额万元
            # 申请行政复议数件 | 提起行政诉讼数 | 件 | 1076), or the last one's (按时办结数（件）延期办结数（件）433,
            # a page's footer glued to the first one's digits taken out with them): each a row of its own
            out += [(p[0][a:b], p[1] + a) for a, b in spans]
            continue
        if (
            len(p) == 2
            and 0 < i < len(pieces) - 1
            and len(before := pieces[_past_empty_cells(pieces, i - 1, text)]) == 2
            and len(pieces[i + 1]) == 3
            and not _label_like(p[0], units, known)  # the cheaper tests first: a unit's cell mostly
            and not _label_note(p[0], before[0], known)  # (the label's note: 专职人员数（人） / （不包括…人员数）)
            and _own_cell(text, p[1], pieces[i + 1][1])
            and (
                _holds_row(_past_unit(before[0], units or () if last else ()), None if last else units, known)
                or _wrapped_round(pieces, i, units, known)
            )
        ):
            continue  # (after the row's cells left empty, if any: `收到申请数` `件` `` `备案类` `0`)
        out.append(p)
    return out


def _empty_cell(piece: tuple, text: str) -> bool:
    """Whether `piece` is a cell printing nothing (not a word printed in a cell: 不适用)."""
    return len(piece) == 3 and piece[0] is None and not text[piece[1] : piece[2]].strip()


def _past_empty_cells(pieces: list, i: int, text: str) -> int:
    """The place of the last piece at or before `i` that is no empty cell (a cell printing nothing)."""
    while i > 0 and _empty_cell(pieces[i], text):
        i -= 1
    return i


def _wrapped_round(pieces: list, i: int, units: tuple[str, ...] | None, known: _Known) -> bool:
    """Whether the label piece before `pieces[i]` and the first label piece after the values that follow
    it together begin a label the template knows, which `pieces[i]` does not go on: a label wrapped round
    its cells, a word between its first words and its cells."""
    before, word = pieces[i - 1][0], pieces[i][0]
    rest = next((pieces[k][0] for k in range(i + 1, len(pieces)) if len(pieces[k]) == 2), None)
    return (
        rest is not None
        and _joined(before, word, known, units) is None
        and _joined(before, rest, known, units) is not None
    )


def _own_cell(text: str, at: int, before: int) -> bool:
    """Whether the label piece at `at` begins a cell of its own (nothing but spaces after the `|` or line
    break before it) that ends, at a `|` or line break, before `before`, where the next cell begins."""
    bar = text.rfind("|", 0, at)
    start = max(bar, text.rfind("\n", max(bar, 0), at)) + 1
    return not text[start:at].strip() and ("|" in text[at:before] or "\n" in text[at:before])


def _word_spaced(
    pieces: list, i: int, text: str, known: _Known, units: tuple[str, ...] | None, units_first: bool
) -> int:
    """Where a word printed a space after a row's label, before its first cell on its line, begins in the label
    piece `pieces[i]` (a word's own line joined to the label's by a space): after a label the template knows
    whole (`（三）其他情形数 备案类 76 187 件`, the unit column last), or after the first words of a label wrapped
    round its cells, the first label piece after them going on from those words, its first two characters
    (`其中：主要负责同志参加政府网站在 备案类 145 线访谈次数(次)`). The word no unit, number or (start of) a label,
    nor the rest of the one before it (nor with its unit: `五、行政诉讼数 量件`, a fold's space inside 行政诉讼数量,
    which 行政诉讼数 begins), nor a bracket it leaves open (a unit's, closed after the cells). The piece is as
    printed, the text as read: `（单位：件）` in one is `(单位:件)` in the other. 0 if there is none."""
    label = pieces[i][0]
    parts = text[pieces[i][1] : pieces[i + 1][1]].split()
    if len(parts) < 2 or not half_width(label).endswith(word := half_width(parts[-1])):
        return 0
    cut = len(label) - len(word)
    stem = _unnumbered(half_width(_past_unit(label[:cut], () if units_first else units or ())))  # not the row before's
    if (
        not stem  # no words before it, but a row's number a fold's space cut from its point (4 .其他类型答复数)
        or _depth(word) > 0
        or _label_like(word, units, known)
        or stem + word in known.starts
        or _without_unit(stem + word, known, units) in known.labels  # a fold's space inside it: 信函 申请数件
    ):
        return 0  # (a bracket opened, a unit's closed after the cells: 计1条） （ 0 0 条）, is no word)
    if stem in known.labels:
        return 0 if _without_unit(stem + word, known, units) in known.labels else cut
    rest = next((p[0] for p in pieces[i + 2 :] if len(p) == 2), None)
    return cut if rest is not None and stem + half_width(rest[:2]) in known.starts else 0


def _word_glued_on(piece: str, known: _Known, units: tuple[str, ...]) -> int:
    """Where a word glued to a label the template knows whole, right before the row's first cell, begins in
    the label piece (`件延期办结数办理情况2933 件`, `行政诉讼数单位：件  1885 件`: a word's cell run in, the unit
    column last or none): after the longest such label, the word no unit, number, (start of) a label or note
    in brackets (the label's own: 收到申请数（含电子邮件）), nor the rest of a longer label, nor led by a unit (the
    label's, its row printed empty: …政府信息件法律法规…, see `_empty_rows_before`); a unit's caption in brackets
    is no note of the label's (`传真申请数（单位：件） 20109件`). 0 if there is none."""
    label = _past_unit(piece, units)
    folded = half_width(label)
    if (stem := _unnumbered(folded)) in known.starts or stem[:2] not in known.starts:
        return 0  # (the start of) a label whole, or no label the template knows: the common cases, told first
    lead = len(folded) - len(stem)
    for cut in range(len(stem) - 1, 1, -1):
        if stem[:cut] in known.labels:
            word = folded[lead + cut :]
            if (
                (word[0] == "(" and not word.startswith("(单位:"))
                or word.startswith(units)
                or _label_like(label[lead + cut :], units, known)
            ):
                return 0
            return len(piece) - len(label) + lead + cut
    return 0


def _word_after_unit(piece: str, units: tuple[str, ...], known: _Known) -> int:
    """Where a word printed between a row's label and its first cell on one line begins in `piece`
    (当面申请数件办理情况, 当面申请数（件）类别): after a label the template knows and its unit, in the unit
    column before the values (`units`) or in brackets; the word no unit, number or (start of) a label, nor
    the rest of the one before it, nor run on to a numbered label after it, the longest unit taken (人次, not
    人 and a word 次…). 0 if there is none."""
    for cut in range(len(piece) - 1, 1, -1):
        if not _unit_ends(piece, cut, units, known) or (label := _known_label(piece[:cut], units, known)) is None:
            continue
        word = piece[cut:]
        if (
            not _label_like(word, units, known)
            and half_width(label + word) not in known.starts
            and not _ROW_NUMBER.search(word, 1)  # no word that runs on to a numbered row's label (不涉及（三）…)
        ):
            return cut
    return 0


def _unit_ends(piece: str, cut: int, units: tuple[str, ...], known: _Known) -> bool:
    """Whether piece[:cut] may end in a unit: run on to it (one of `units`) or in brackets."""
    return piece[cut - 1] in known.unit_ends and (piece[cut - 1] in "）)" or piece.endswith(units, 0, cut))


def _known_label(piece: str, units: tuple[str, ...], known: _Known) -> str | None:
    """The label of `piece` where it is one the template knows with its unit run on to it or in brackets."""
    label, unit = _label_unit(piece, units, known.units)
    if unit is None:
        return None
    plain = half_width(label)  # with its note, as the template prints it (专职人员数（不包括…）), or without
    return label if plain in known.labels or _NOTE.sub("", plain) in known.labels else None


def _labelled_rows(piece: str, start: int, units: tuple[str, ...], known: _Known) -> list[tuple[int, int]]:
    """Where `piece` from `start` on is wholly labels the template knows, each with its unit run on to it
    (or in brackets), the spans of each; none where it is not."""
    spans: list[tuple[int, int]] = []
    a = start
    while a < len(piece):
        ends = range(a + 2, len(piece) + 1)
        b = next((b for b in ends if _unit_ends(piece, b, units, known) and _known_label(piece[a:b], units, known)), 0)
        if not b:
            return []
        spans.append((a, b))
        a = b
    return spans


def _empty_rows_before(piece: str, units: tuple[str, ...], known: _Known) -> list[tuple[int, int]]:
    """Where the unit column is last, the spans of `piece` that are rows printed empty, each a label the
    template knows and its unit, the first after the row before's unit, and then the label the template knows
    whole of the row whose cells follow; none where `piece` is not so."""
    lead = len(piece) - len(_past_unit(piece, units))
    for cut in range(len(piece) - 2, lead + 1, -1):
        if (
            _unit_ends(piece, cut, units, known)
            and _unnumbered(half_width(piece[cut:])) in known.labels
            and (spans := _labelled_rows(piece[:cut], lead, units, known))
        ):
            return [(0, spans[0][1]), *spans[1:], (cut, len(piece))]
    return []


def _holds_row(label: str, units: tuple[str, ...] | None, known: _Known) -> bool:
    """Whether a label piece ends a row's label: its unit printed (in brackets too), or a label the template
    knows whole."""
    folded = half_width(label)
    stem = _unnumbered(folded)
    return (
        folded.endswith(units or ())
        or _unit_bracketed(label, known)
        or stem in known.labels
        or _NOTE.sub("", stem) in known.labels
    )


def _label_like(word: str, units: tuple[str, ...] | None, known: _Known) -> bool:
    """Whether a label piece may be a unit (in brackets too), a number or (the start of) a row's label."""
    folded = half_width(word)
    return (
        any(c.isdigit() for c in folded)
        or folded in (units or ())
        or _unit_bracketed(word, known)
        or _ROW_NUMBER.match(folded) is not None
        or folded.startswith("其中")
        or _unnumbered(folded) in known.starts
    )


def _amid(text: str, before: tuple[str | None, int, int], after: tuple[str | None, int, int]) -> bool:
    """Whether what is printed between the cells `before` and `after` stands amid one row's cells: all on
    one line, or each cell alone on its line."""
    return "\n" not in text[before[2] : after[1]] or (_alone(text, *before[1:]) and _alone(text, *after[1:]))


@lru_cache(maxsize=4096)  # a 统计表's labels and pieces are printed alike in report after report: joined once
def _joined(label: str, more: str, known: _Known, units: tuple[str, ...] | None) -> str | None:
    """`label` with `more` printed after it run on, where the two begin a label the template knows: a
    label wrapped over lines, perhaps round its row's cells, or its note printed on a line of its own.
    A unit run on to `label`, or in brackets after it (its note printed under the row: `政府信息公开专项经费
    （万元） 2.5` over `（不包括…的经费）`), stays last; None where `more` is no part of it."""
    if _ROW_OR_GROUP.match(more):
        return None
    m = _BRACKETED.search(label) if label[-1:] in ")）" else None
    bracketed = (label[m.start() :],) if m and m.start() and half_width(m.group(1)) in known.units else ()
    folded = half_width(more)  # half_width keeps each character's place: a join's is its parts' joined
    cut = _head_cut(units)
    # a head ending in `folded` keeps all of it but its last `cut` characters, found in a label where it is a start
    apart = len(folded) > cut and folded[:-cut] not in known.infixes
    for u in ("", *_endings(label, units), *bracketed):
        stem = label[: len(label) - len(u)]
        bare = _unnumbered(stem)
        whole = _unnumbered(stem + more)
        if stem and (not bare or len(whole) < len(more)):
            head = half_width(
                whole
            )  # the numbering runs into `more`: 其中：1 / .信函…, or a fold cut it: （ / 二）纠错数
        else:
            if apart:
                continue
            head = half_width(bare) + folded
        if len(head) > cut and head[:-cut] not in known.starts:
            continue  # every head below begins so, and the starts hold every start of a label: none is one
        heads = [head, *(head[: -len(v)] for v in _endings(head, units) if len(head) > len(v))]
        if _bracketed(head) and (m := _UNIT_BRACKET.search(head)) and _unit_or_start(m, known):
            heads.append(head[: m.start()])  # its unit in brackets after it, wrapped before the ) perhaps
        elif head[-1:] in "(（" and not u:
            # … or its bracket opened before the row's cells, the unit after them; not after the unit printed
            heads.append(head[:-1])
        elif head[-1:] in ")）" and (m := _BLANK_UNIT.search(head)):
            heads.append(head[: m.start()])  # a heading's, its unit printed blank: （—）
        if not known.starts.isdisjoint(heads):
            return stem + more + u
    return None


@lru_cache(maxsize=4)
def _head_cut(units: tuple[str, ...] | None) -> int:
    """The most characters `_joined` cuts off the end of a head: one of `units`, a unit in brackets (`（人次）`,
    5) or a blank's (`（—）`)."""
    return max([5, *(len(u) for u in units or ())])


def _endings(label: str, units: tuple[str, ...] | None) -> list[str]:
    """The `units` that `label` ends in, in their order."""
    if not units or not label.endswith(units):
        return []  # the common case, told by one call: no unit looked at one by one
    return [u for u in units if label.endswith(u)]


def _ending(label: str, units: tuple[str, ...] | None) -> str:
    """The first of `units` that `label` ends in; "" if none."""
    if not units or not label.endswith(units):
        return ""  # the common case, told by one call
    return next(u for u in units if label.endswith(u))


_CLOSING: Final = frozenset(")）")


def _label_tail(label: str, more: str, known: _Known, units: tuple[str, ...]) -> str | None:
    """`label` with `more`, the label piece printed next, run on where `more` is only the rest of it, cut
    at a fixed width onto a line of its own: closing brackets `label` leaves open (`…舆情计1次` / `）`), or
    characters that with it begin a label the template knows (`…访谈次` / `数`), where `label` would
    otherwise read as a row printed empty, its note's 次 taken for its unit. None where it is not."""
    if not label.endswith(units) or label in units or more in units or _ROW_OR_GROUP.match(more):
        return None
    if set(more) <= _CLOSING and _depth(label) >= len(more):
        return label + more
    return _joined(label, more, known, units)


def _unit_or_start(m: re.Match[str], known: _Known) -> bool:
    """Whether `_UNIT_BRACKET`'s match `m` holds a unit, or, its bracket left open, the first characters of
    one, the rest wrapped past the row's cells (`总金额（万` `6 180` `元）`)."""
    unit = m.group(1)
    return unit in known.units or (m.group()[-1] not in ")）" and any(u.startswith(unit) for u in known.units))


def _wrapped(
    before: list[tuple[str, int]], label: str, known: _Known, units: tuple[str, ...] | None
) -> tuple[str, int, int] | None:
    """`label` joined to the pieces printed last `before` it that with it begin a known label, where it
    is wrapped over lines (the fewest pieces that do: `同意部分公`, `开答复数（`, `件）`, a piece alone no start
    of one): the label, where it begins, and how many pieces it takes; None where none do."""
    for n in range(1, len(before) + 1):
        if joined := _joined("".join(p for p, _ in before[-n:]), label, known, units):
            return joined, before[-n][1], n
    return None


def _label_note(piece: str, before: str, known: _Known) -> bool:
    """Whether a label piece is a note in brackets (`（不包括政府公报及政府网站工作人员数）`) of the label piece
    `before` it, its unit perhaps between (专职人员数（人）): no unit, nor a caption's (（单位：件）), after a
    label, not a unit alone."""
    return (
        _NOTE.fullmatch(piece) is not None
        and not _unit_bracketed(piece, known)
        and not piece[1:].startswith("单位")
        and half_width(before).strip("()") not in known.units
    )


def _rows(pieces: list, units: tuple[str, ...] | None, known: _Known, units_last: bool = False) -> list[_Row]:
    """Rows: the label pieces printed before each run of values (the last piece, with a unit printed
    in a cell of its own joined to it, or after the values where the unit column is last, and with the
    pieces before or after it that with it begin a `known` label). A label with its unit but no values
    is a row printed empty, unless it ends the table after more words than a heading (a page's menu); a
    piece of prose ends the table."""
    rows: list[_Row] = []
    labels: list[tuple[str, int]] = []
    current: _Row | None = None

    def open_row() -> _Row | None:
        if not labels:
            return None
        label, at = labels[-1]
        used = 1
        if len(labels) > 1 and (label in (units or ()) or _label_note(label, labels[-2][0], known)):
            # a unit in a cell of its own, or the label's note under it (专职人员数（人） / （不包括…人员数）)
            label, at, used = labels[-2][0] + label, labels[-2][1], 2
        while joined := _wrapped(labels[: len(labels) - used], label, known, units):
            label, at, used = joined[0], joined[1], used + joined[2]  # a label wrapped before its cells
        if 1 < used == len(labels) and rows and rows[-1].tokens and (cut := rest_of_last(rows[-1], label)):
            label, at = label[cut:], at + cut  # the rest of the last row's label run into this one's pieces
        inner = [m.start() for m in _ROW_NUMBER.finditer(label) if m.start() > 0]
        for a, b in pairwise([0, *inner]):
            # a heading run into the row on one line (一、主动公开情况（一）主动公开政府信息数), or a row printed
            # empty, its label and unit only (（三）其他情形数件五、行政诉讼数量件 548)
            if _printed_empty(label[a:b], units, known):
                rows.append(_Row(label[a:b], at + a, False))
        if inner:
            label, at = label[inner[-1] :], at + inner[-1]
        whereof = any(lab.startswith("其中") for lab, _ in labels)
        row = _Row(label, at, any(_WHEREOF.match(lab) for lab, _ in labels), whereof, strays=len(labels) - used)
        rows.append(row)
        labels.clear()
        return row

    def rest_of_last(last: _Row, label: str) -> int:
        """Where `label` begins after the rest of `last`'s label printed before it, joined to `last`'s:
        at a row number or a known label (…经济安全 件 45 234 和社会稳定不是《条例》所指政府信息 件 48 308)."""
        stem = _without_unit(label, known, units)
        if _unnumbered(stem) in known.labels:
            return 0  # a label the template knows, whole
        for cut in _row_starts(label, stem, known):
            if joined := _joined(last.label, label[:cut], known, units):
                last.label = joined
                return cut
            if joined := _label_digits(last, label[:cut], known, units):
                last.label, last.tokens = joined, last.tokens[1:]
                return cut
        return 0

    def printed_empty() -> bool:
        return _printed_empty(labels[-1][0] if labels else "", units, known)

    for p in pieces:
        if len(p) == 2:
            label, at = p
            unit = next((u for u in units or () if label.startswith(u)), None) if units_last else None
            if unit and rows and rows[-1].tokens and not labels:
                rows[-1].label += unit  # the unit column after the values, perhaps run into the next label
                current, label, at = None, label[len(unit) :], at + len(unit)
                if (
                    _PROSE_MARK.match(label)
                    and half_width(_unnumbered(rows[-1].label[: -len(unit)])) not in known.labels
                ):
                    rows.pop()  # a sentence after the table, its number and unit no row's (全年接待群众来访244人次。)
                    break
                if not label:
                    continue
            if rows and rows[-1].tokens and not labels and (cut := _unit_closed(rows[-1].label, label, known)):
                rows[-1].label += label[:cut]  # its unit in brackets printed after its cells: 数 1 3 （条）
                label, at = label[cut:], at + cut  # (the prose after the table perhaps run on: （件）2011年，…)
                if not label:
                    continue
            if (len(label) > _MAX_LABEL and len(_NOTE.sub("", label)) > _MAX_LABEL) or _PROSE.search(label):
                break
            if rows and rows[-1].tokens and not labels:
                if joined := _joined(rows[-1].label, label, known, units):
                    rows[-1].label = joined  # the rest of the label printed after its cells
                    continue
                if joined := _label_digits(rows[-1], label, known, units):
                    rows[-1].label, rows[-1].tokens = joined, rows[-1].tokens[1:]
                    continue
                if cut := rest_of_last(rows[-1], label):
                    label, at = label[cut:], at + cut  # … and the next row's start after it
            if current is None and labels and units and (tail := _label_tail(labels[-1][0], label, known, units)):
                labels[-1] = (tail, labels[-1][1])  # the rest of the label before, cut onto a line of its own
                continue
            if (
                current is None
                and len(labels) > 1
                and half_width(labels[-1][0]).strip("()") in known.units
                and (joined := _joined(labels[-2][0], label, known, units))
            ):
                # … or printed after its unit's own cell, the row's cells printed elsewhere (the label and unit
                # pulled out of a table: `（一）主动公开政府信息数` / `条` or `（条）` / `（不同渠道…计1条）`)
                labels[-2] = (joined, labels[-2][1])
                continue
            if (
                current is None
                and printed_empty()
                and label not in (units or ())
                and not _label_note(label, labels[-1][0], known)
            ):
                open_row()
            labels.append((label, at))
            current = None
            continue
        if current is None:
            current = open_row()
            if current is None:
                continue
        current.tokens.append(p)
    if current is None and printed_empty():
        open_row()
    while rows and not rows[-1].tokens and rows[-1].strays > 1:
        rows.pop()  # after the last row, words ending in a unit after other words (a menu: …规范性文件) are no row
    return rows


def _printed_empty(label: str, units: tuple[str, ...] | None, known: _Known) -> bool:
    """Whether a label printed with no values is a row printed empty: it ends in its unit (in brackets too);
    a caption (表七：…事项) is no row."""
    return (label.endswith(units or ()) or _unit_bracketed(label, known)) and not _CAPTION.search(label)


_PROSE_MARK: Final = re.compile(r"[，,；;。]|(?<!其中)[:：]")  # in prose, never in a label the template knows
# a contact's line after a table, its colon left out (联系电话 0591-8765432, 邮政编码 350100)
_CONTACT: Final = re.compile(r"电话|传真|邮编|邮政编码|地址|网址|邮箱|信箱")
_LINE_REST: Final = re.compile(r"[^\n]*")


def _without_prose_after(rows: list[_Row], text: str, units: tuple[str, ...], template: Template) -> list[_Row]:
    """The rows of a table that prints its units (in a column, or in brackets in its labels) without the
    prose printed after it read as rows: the last rows whose labels print no unit and are none the template
    knows, where one of them, or the rest of the line after them, reads as prose (全年共组织培训3次，培训人员
    150人次。 联系电话：…), or one of them names a contact (联系电话 0941-60421056)."""
    known = _known(template)
    if rows and _footer_only(rows[-1], text, known):
        rows = [*rows[:-1], replace(rows[-1], tokens=[])]  # the last page's footer after words that are no row's
    end = len(rows)
    while end and _unit_less(rows[end - 1], units, template, known):
        end -= 1
    if end == len(rows) or not any(_label_unit(r.label, units, template.indicator_units)[1] for r in rows[:end]):
        return rows
    tail = rows[end:]
    last = max((t[2] for r in tail for t in r.tokens), default=tail[-1].start + len(tail[-1].label))
    rest = _LINE_REST.match(text, last).group()  # type: ignore[union-attr]  # always matches
    if any(_PROSE_MARK.search(r.label) or _CONTACT.search(r.label) for r in tail) or _PROSE_MARK.search(rest):
        return rows[:end]
    return rows


def _footer_only(row: _Row, text: str, known: _Known) -> bool:
    """Whether all a row prints after its label is a page's footer (`室 - 2 -`), the label none the template knows."""
    toks = row.tokens
    return (
        len(toks) == 3
        and _spaced_footer(text, toks[0][1], toks[-1][2])
        and half_width("".join(row.label.split())) not in known.labels
    )


def _unit_less(row: _Row, units: tuple[str, ...], template: Template, known: _Known) -> bool:
    """Whether the row prints no unit, in its label or its cell, and its label is none the template knows."""
    label, unit = _label_unit(row.label, units, template.indicator_units)
    if unit is not None or (row.tokens and row.tokens[0][0] is None):
        return False  # its unit, or the unit's own cell left empty
    return half_width("".join(label.split())) not in known.labels


def _label_digits(row: _Row, more: str, known: _Known, units: tuple[str, ...] | None) -> str | None:
    """`row`'s label with its first token and `more`, printed after its cells, run on, where the three begin
    a label the template knows: digits of the label wrapped past its cells right after them, read as its
    first cell (`其中：1 7 35` / `.信函申请数`, `相同信息计1 0 0` / `条）`); None where they do not."""
    first = row.tokens[0][0]
    if first is None or len(first) > 2 or not first.isdigit():
        return None
    return _joined(row.label + first, more, known, units)


def _unit_closed(label: str, piece: str, known: _Known) -> int:
    """How many characters `piece`, printed after the cells of the row `label` holds, begins with that end
    the row's label in its unit in brackets (`（条）`, or `%）` or `）` where the label ends in its `（` or in
    `（件`): where the label has none yet; 0 if it does not begin so."""
    if _unit_bracketed(label, known):
        return 0
    longest = len(known.units[0]) + 2 if known.units else 0  # （人次）
    for n in range(1, min(len(piece), longest) + 1):
        if piece[n - 1] in "）)" and _unit_bracketed(label + piece[:n], known):  # only a bracket may end one
            return n
    return 0


_BRACKETED: Final = re.compile(r"[（(]([^（()）]{1,3})[)）]$")  # 主动公开政府信息数（条）: the unit in the label
_UNIT_IN_LABEL: Final = re.compile(r"[（(]([^（()）]{1,3})[)）]")  # … wherever it stands
# … or the start of it, the ) wrapped onto the next line
_UNIT_BRACKET: Final = re.compile(r"[（(]([^（()）]{1,3})[)）]?$")


_BLANK_UNIT: Final = re.compile(r"[（(][-—–－/]{1,2}[)）]$")  # 通过不同渠道…的情况（—）: no unit


_NOTE_LAST: Final = re.compile(r"\([^()]{4,}\)$")  # a label's note in brackets at its end, half-width


@lru_cache(maxsize=4096)  # a 统计表's labels are printed alike in report after report: each is read once
def _label_unit(text: str, units: tuple[str, ...] | None, known: tuple[str, ...]) -> tuple[str, str | None]:
    """A row's label as printed, without its numbering, and the unit printed in it or run on to it."""
    label = _unnumbered(text).strip(":：")
    closed = label[-1:] in ")）"  # what both bracketed forms end in
    if closed and (blank := _BLANK_UNIT.search(label)) and blank.start():
        return label[: blank.start()], None  # a heading's unit printed in brackets as a blank's mark
    folded = half_width(label)
    if closed and (m := _BRACKETED.search(folded)) and m.group(1) in known and m.start():
        return label[: m.start()], m.group(1)
    if (
        closed
        and (note := _NOTE_LAST.search(folded))
        and (m := _BRACKETED.search(folded, 0, note.start()))
        and m.group(1) in known
        and m.start()
    ):
        return label[: m.start()] + label[note.start() :], m.group(1)  # its unit before its note: …数（人）（不包括…）
    if units and folded.endswith(units):  # one call tells whether any unit ends it
        for u in units:
            if folded.endswith(u) and len(label) > len(u):
                return label[: -len(u)], u
    return label, None


class Indicators(NamedTuple):
    """A 统计表 read: its rows, findings for values that cannot be read, each value's source span
    (keyed `indicator.<row index>.<column>`), and where its last row's printed cells end, read or not."""

    rows: list[IndicatorRow]
    findings: list[Finding]
    spans: dict[str, tuple[int, int]]
    end: int


def extract_indicators(
    text: str, template: Template, year: int | None = None, printed: Printed | None = None
) -> Indicators:
    """The 统计表 (see `Indicators`). `year`, the report's, lets the prose's plain statements
    of the year's figures settle a glued pair the table alone leaves open; `printed`, the text of a span
    with its punctuation as printed (`normalize.printed_punctuation`), gives the labels their own."""
    head = _report_header(text, template)
    if head is None:
        return Indicators([], [], {}, 0)
    columns, has_unit, header = head.columns, head.units, head.start
    units = tuple(sorted(template.indicator_units, key=len, reverse=True)) if has_unit else None
    width = len(columns)
    cum = [i for i, c in enumerate(columns) if template.cumulative_key in c]
    first = next((i for i in range(width) if i not in cum), None)
    out: list[IndicatorRow] = []
    findings: list[Finding] = []
    spans: dict[str, tuple[int, int]] = {}
    choices: list[Choice] = []
    parents: list[int | None] = []  # for each row, the row it is a part of
    listed: list[tuple[int, int] | None] = []  # for each row a 其中 lists, the row above it and its number there
    end = 0  # where the last row's cells end
    known = _known(template)
    glued: bool | None = None  # whether some row's digits run together: found where a row needs it
    stray: bool | None = None  # whether most rows run their digits together, a space among them no cell's end
    cells_spaced: bool | None = None  # whether rows print a number a cell a space apart, none run together
    folds: bool | None = None  # whether its words show the spaces of a fold's line breaks: found where needed
    cell_groups: bool | None = None  # whether a `|` cell prints a number's groups a space apart: found where needed
    thousands: bool | None = None  # whether a row's numbers more than its cells part groups by a space: when needed
    # rows read across a space that may be a fold's: every split of their digits, and the row's span
    strays: list[tuple[Choice, tuple[int, int]]] = []
    doubted: list[tuple[tuple[str, ...], tuple[Value | None, ...]]] = []  # rows split, a table of a number a cell
    # rows short of numbers: their choice's place, tokens, kind, and the most a cell may hold (a share: 100)
    fewer: list[tuple[int, list, Kind, int | None]] = []
    roomy = False  # whether a row short of numbers leaves a gap wider than a space beside them
    scan = _Scan(units or (), known, units_last=head.units_last, notes=head.notes)
    pieces = _pieces(text, head.rows, printed or (lambda a, b: text[a:b]), scan)
    pieces = _without_converters_columns(_without_header_again(pieces, template, text), text)
    first_units, last_units = ((), units or ()) if head.units_last else (units or (), ())
    remarks = (int(head.numbered), head.notes_last) if head.notes else None
    pieces = _without_cell_notes(pieces, width + head.numbered, known, text, first_units, last_units, remarks)
    rows = _rows(_without_cell_words(pieces, units, known, text, head.units_last), units, known, head.units_last)
    rows = _without_prose_after(rows, text, units or (), template)
    rows = _without_dash_rows(rows, width, text)
    # a remarks' column: its cell where a row prints more than its values (`739 4359 含转办件`, the next row's
    # 序号 perhaps after it), or in every row where each ends in a blank's mark (`739 /`: a value left empty)
    if head.notes and any(r.tokens for r in rows):
        every = all(
            r.tokens[-1][0] is None or (head.numbered and len(r.tokens) > 1 and r.tokens[-2][0] is None)
            for r in rows
            if r.tokens
        )
        # (a space between two numbers parts a number's groups only in a table some row of which prints more
        # numbers than its cells so: `1 549 2 046`; else `91 184 无` is two cells and a remark)
        grouping = _spaces_thousands(
            [[t for t in r.tokens if t[0] is not None] for r in rows], width + head.numbered, text
        )
        rows = [_without_remark(r, text, (head.numbered, grouping), width, every) for r in rows]
    entries: list[tuple[_Row, str, str | None, list]] = []  # each row's label, unit, and its cells' tokens
    for pos, row in enumerate(rows):
        label, unit = _label_unit(row.label, units, template.indicator_units)
        if not label or _CONTINUED.fullmatch(label):
            continue  # 续上表 after a page break, before the header printed again: no row, nor its numbers' (loose)
        toks = _without_spaced_footer(row.tokens, width, text)
        if sum(t is not None for t, _, _ in toks) <= width:  # more numbers than cells: their groups are read below
            toks = _groups_joined(text, toks)
        if head.numbered and pos + 1 < len(rows):
            toks = _without_next_number(toks, width, str(pos + 2))
        while len(toks) > width and _empty_cell(toks[-1], text):
            toks = toks[:-1]  # empty cells past the last column
        if has_unit and unit is None and len(toks) == width + 1 and toks[0][0] is None:
            toks = toks[1:]  # the unit's own cell left empty
        if unit is None and (
            half_width(label) in known.headings
            or (toks and all(t is None for t, _, _ in toks) and (has_unit or _GROUP.match(row.label)))
        ):
            # a heading over the rows below it (一、主动公开情况, （二）通过不同渠道…), its row left empty; one the
            # form prints holds no value even where numbers pulled out of the rows below follow it
            continue
        entries.append((row, label, unit, toks))
    entries = _line_groups_joined(entries, text)
    # a 统计表 whose last columns no row fills, its rows' numbers cells of their own: each row that prints as
    # many numbers as the other columns has those columns' (`90` under 2017年度 and 历年累计: 90 and a blank)
    filled: set[int] = set()
    places: dict[int, int] | None = None
    if any(0 < len(toks) < width for *_, toks in entries):
        apart = [_printed_apart(text, row, unit, toks) for row, _, unit, toks in entries]
        filled = _last_columns_unfilled(entries, apart, width, cum)
        places = _empty_cell_places(entries, apart, width, text)  # … and where the room beside a row's numbers shows it
    # whether the table shows empty cells, a row short of numbers printing its cells apart as every row does
    # (or where its room tells): a row short of numbers may hold one
    hidden = bool(filled) or places is not None
    if places is not None:
        glued = False  # … and none runs its digits together, however many are short of numbers
    places = places or {}
    if filled or places:
        entries, rows = _with_empty_cells(entries, rows, width, {at: 1 for at in filled} | places)
    for row, label, unit, toks in entries:
        idx = len(out)
        end = max(end, toks[-1][2] if toks else row.start + len(row.label))
        parents.append(next((i for i in range(idx - 1, -1, -1) if parents[i] is None), None) if row.child else None)
        listed.append(_listed_under(row, idx, listed))
        kind = _kind(unit)
        keys = tuple(f"indicator.{idx}.{c}" for c in columns)
        values: dict[str, Value | None] = dict.fromkeys(columns)
        spaced = _group_spaces(text, toks)
        if spaced and len(toks) <= width and glued is None:
            glued = _runs_together(rows, width, text)
        if (
            not spaced
            and first is not None
            and 1 < len(toks) <= width
            and (cum or (glued if glued is not None else (glued := _runs_together(rows, width, text))))
            and (wide := _group_spaces(text, toks, wide=True))
        ):
            # a wider space between two numbers may part a number's groups too (its thousands spaced and the
            # space widened): where a number after it is led by a zero (`1  0994699`: 1 099 and 4699), no cell's
            # as printed; in a table whose digits run together, where the running total is below the year's as
            # printed (`1831   514`: 183 and 1 514), or where the digits after it run on past a group of three
            # (`1  3354321`: 1 and 3354321, or 1 335 and 4321, the table's sums to settle which); with no running
            # total, in such a table where a row prints more numbers than its cells, a space parting a number's
            # groups (`2 5415 258`; `1761   819`: 1761 and 819, or 176 and 1 819); else it parts cells (`45  154`)
            if glued is None:
                glued = _runs_together(rows, width, text)
            as_printed = tuple(parse_number(t or "", kind).value for t, _, _ in toks)
            run_on = any(w and (t or "")[3:4].isdigit() for w, (t, _, _) in zip(wide, toks[1:], strict=True))
            below = bool(cum) and len(toks) == width and not _cumulative(as_printed, first, cum)
            if thousands is None and ((glued and not cum) or below):
                thousands = _spaces_thousands([r.tokens for r in rows], width, text)
            # (a row printing fewer numbers than cells shows no running total as printed: any space may part groups)
            groups = (run_on or len(toks) < width or below) if cum else thousands
            # … as may one where the running total is below the year's as printed in a table that spaces thousands,
            # whichever way its other rows print their cells (`392220  504` among rows such as `1 3051 447`)
            if any(_zero_led(t) for t, _, _ in toks) or (glued and groups) or (below and thousands):
                spaced = wide
        if not spaced and len(toks) > width > 1 and all(t is not None for t, _, _ in toks):
            if folds is None:
                folds = _spaced_words(text, head.rows, _table_end(rows, head.rows), known)
            if folds:  # more numbers than cells where the words show a fold's spaces: any may be one (`84 9 0`)
                spaced = tuple(spaces_only(text, a[2], b[1]) for a, b in pairwise(toks))
        grouped = None  # the readings of a space that may part a number's groups of three as well as two cells
        stray_row = (
            False  # whether the row is read as printed unless a sum breaks that another reading keeps (`strays`)
        )
        if spaced and (len(toks) > width or glued):
            digits = [t for t, _, _ in toks if t is not None]  # all of them: a row with a blank has no `spaced`
            if len(toks) > width and glued is None:
                glued = _runs_together(rows, width, text)
            if folds is None and (len(toks) == width if glued else len(toks) > width):
                folds = _spaced_words(text, head.rows, _table_end(rows, head.rows), known)
            if (glued and len(toks) > width) or folds:
                # more numbers than cells in a table that runs its digits together, its spaces no rule of its own,
                # or where its words show a fold's spaces (`13 0665`: 130 and 665, as well as 13 066 and 5; in a
                # table of a number a cell, `13 3 340`: 133 and 340, as well as 13 and 3 340): any may be a stray
                # one (8 7 443: 87 and 443, as well as 8 and 7 443); a unit between two numbers parts them
                # (`条394条1 325`)
                splits = split_group(digits, [kind] * width, [spaces_only(text, a[2], b[1]) for a, b in pairwise(toks)])
            else:
                splits = grouped_splits(digits, [kind] * width, spaced)
                if (folded_at := _fold_inside(text, toks, width)) is not None:
                    # … or a fold's line break inside a number the unfolding did not take out (`12` / `1 162`: 121 and
                    # 162, as well as 12 and 1 162): that reading too, for the sums to settle
                    k = folded_at
                    splits = ([*splits[0], [*digits[:k], digits[k] + digits[k + 1], *digits[k + 2 :]]], splits[1])
            grouped = _readings(splits, kind, cum, first)
            if len(toks) == width and grouped[0] == [tuple(parse_number(t, kind).value for t in digits)]:
                grouped = None  # the row as printed, its only reading
        elif spaced and len(toks) == width and first is not None and cum:
            digits = [t for t, _, _ in toks if t is not None]
            readings = _readings(grouped_splits(digits, [kind] * width, spaced), kind, cum, first)
            if any(map(_zero_led, digits)) or not _cumulative(
                tuple(parse_number(t, kind).value for t in digits), first, cum
            ):
                # its running total below the year's as printed (2471 687), or a number led by a zero: the space
                # may part 1 687's groups; where no reading keeps it, the report's own numbers, as printed
                grouped = readings if readings[0] else None
            elif len(readings[0]) > 1 and any(s and t[3:4].isdigit() for s, t in zip(spaced, digits[1:], strict=True)):
                # … or another reading keeps it as well, where digits after the space run on past a group of three:
                # a number's groups parted, its last run into the next cell (4 10112313: 4 101 and 12313); the
                # table's sums settle which, or none is read. Not in a table whose other rows print a number a
                # cell a space apart and none run their digits together: there a space is where a cell ends
                # (`739 736 4359` under 2012年度, 2011年度 and 历年累计) — unless the table spaces a number's
                # thousands, where 6598038 would print 6 598 038 (`2 6598038`: 2 659 and 8038)
                if cells_spaced is None:
                    if glued is None:
                        glued = _runs_together(rows, width, text)
                    cells_spaced = not glued and _short_and_full(rows, width, text)[1] > 1
                if cells_spaced and thousands is None:
                    thousands = _spaces_thousands([r.tokens for r in rows], width, text)
                if not cells_spaced or thousands:
                    grouped = readings
        elif spaced and len(toks) == width and first is not None and (across := _across_groups(spaced, toks)):
            # no running total, four digits or more before a space that may part groups, or after it, in a table
            # that spaces a number's thousands (`3221 771`, `3 52813539` amid `2 114`, `3 027`): it would print
            # 3 221 or 52 813 539 so — the digits may run on across a cell's end (322 and 1 771; 3 528 and
            # 13539); the sums and the prose settle which. Fewer digits before it, a group of three after it
            # (`61 137`: 61 and 137, or 6 and 1 137) are read as printed, unless that breaks a sum the other
            # reading keeps (`_broken_as_printed`)
            if thousands is None:
                thousands = _spaces_thousands([r.tokens for r in rows], width, text)
            if thousands:
                digits = [t for t, _, _ in toks if t is not None]
                readings = _readings(grouped_splits(digits, [kind] * width, spaced), kind, cum, first)
                if len(readings[0]) > 1 and across > 1:
                    grouped = readings
                elif len(readings[0]) > 1:
                    stray_row = True
                    strays.append((Choice(keys, *readings), (toks[0][1], toks[-1][2])))
        if grouped is None and len(toks) == width > 1 and _one_space_apart(text, toks) and not stray_row:
            if stray is None:
                short, full = _short_and_full(rows, width, text)
                stray = short >= max(full, 1)
            # … or where the row as printed has its running total below the year's, in a table some of whose rows
            # run their digits together (`13842 7`, a fold's space inside 427: 138 and 427)
            below = (
                first is not None
                and bool(cum)
                and not _cumulative(tuple(parse_number(t or "", kind).value for t, _, _ in toks), first, cum)
                and (stray or (glued if glued is not None else (glued := _runs_together(rows, width, text))))
            )
            if stray and folds is None:
                folds = _spaced_words(text, head.rows, _table_end(rows, head.rows), known)
            if stray or below:
                # in a table most of whose rows run their digits together, a space amid a row's digits may be where
                # a fold broke its line rather than where a cell ends (26611 39: 266 and 1139): where the table's
                # words show such spaces (及 政府网站, 不适 用), any split of its digits, for the sums to settle, or
                # none is read; else as printed, unless that breaks a sum another split keeps (`_broken_as_printed`)
                digits = [t for t, _, _ in toks if t is not None]
                readings = _readings(split_group(digits, [kind] * width, [True] * (width - 1)), kind, cum, first)
                if (len(readings[0]) > 1 and (folds or below)) or (below and len(readings[0]) == 1):
                    grouped = readings  # … or the one split that keeps the running total (`11 3`: 1 and 13)
                elif len(readings[0]) > 1:
                    strays.append((Choice(keys, *readings), (toks[0][1], toks[-1][2])))
        pair = _pair_in_one_cell(text, toks) if grouped is None and len(toks) == width > 1 else None
        if (
            pair is None
            and grouped is None
            and len(toks) == width > 1
            and _last_outside_cells(text, toks)
            and (
                cell_groups
                if cell_groups is not None
                else (cell_groups := _groups_in_cells(text, head.rows, _table_end(rows, head.rows)))
            )
        ):
            pair = width - 2
        if pair is not None:
            # two numbers in one `|` cell, its space one that may part a number's groups, the row's last cell
            # empty (`| 2 569 |  |`, `| 1 387 | 0 |  |`), or the last two in no `|` cell in a table whose `|` cells
            # print numbers so (`四、行政复议数量` / `件` / `1 509`, the row's label and cells pulled out of the table;
            # `同意公开答复数件1 373|`, its label run on to them): one number and an empty cell, or two; the table's
            # sums settle which, or neither is read — the one that keeps the running total, where only one does
            values_printed = tuple(parse_number(t or "", kind).value for t, _, _ in toks)
            number = parse_number(f"{toks[pair][0]}{toks[pair + 1][0]}", kind).value
            joined = (*values_printed[:pair], number, *values_printed[pair + 2 :], None)
            vals = [v for v in (joined, values_printed) if first is None or _cumulative(v, first, cum, True)]
            grouped = (vals, True) if vals and vals != [values_printed] else None
        numbers = [t for t, _, _ in toks if t is not None]
        if (
            grouped is None
            and head.notes
            and len(numbers) == len(toks) - 1 == width - 1
            and toks[-1][0] is None
            and not _empty_cell(toks[-1], text)
        ):
            # under a header naming a remarks' column, a row's last mark or words may be its remark, its digits all
            # its values' run together (`%100100无`: 100 and 100; `1688 见附件`: 16 and 88), as well as a blank
            # value's; the table's sums and the prose settle which, or none is read
            split, complete = _readings(split_group(numbers, [kind] * width), kind, cum, first)
            as_printed = tuple(parse_number(t or "", kind).value for t, _, _ in toks)
            kept = (
                (first is None or _cumulative(as_printed, first, cum, True))
                and (unit != "%" or all(v is None or v <= 100 for v in as_printed))  # a share: at most 100
                and not any(map(_zero_led, numbers))  # no cell prints `01`
            )
            grouped = ([*split, as_printed] if kept else split, complete)
        if grouped is None and len(numbers) == len(toks) <= width and any(map(_zero_led, numbers)):
            # a number led by a zero is no cell's (`%1` then `00100`, a fold's break between them): the row's
            # digits run together across the breaks between its tokens, split by the table's shape
            grouped = _readings(split_group(["".join(numbers)], [kind] * width), kind, cum, first)
        if len(toks) == width and grouped is None:
            read = [parse_number(t, kind).value if t is not None and not _zero_led(t) else None for t, _, _ in toks]
            # digits that are no number (2,1687,15 8, 0994) may be cells run together: no cell of the row is in a
            # place it can be told from
            garbled = any(t is not None and v is None for (t, _, _), v in zip(toks, read, strict=True))
            for c, key, (_, a, b), v in zip(columns, keys, toks, read, strict=True):
                values[c] = None if garbled else v
                if values[c] is not None:
                    spans[key] = (a, b)
            if any(v is None for v in values.values()):  # a blank, or no number
                findings.append(_incomplete(label))
        elif not toks:
            findings.append(_incomplete(label))
            hidden = True  # a row whose cells print nothing: so may a cell of a row short of numbers
        elif grouped or (len(toks) < width and all(t is not None and not _alone(text, a, b) for t, a, b in toks)):
            vals, complete = grouped or _readings(
                split_group([t for t, _, _ in toks if t is not None], [kind] * width), kind, cum, first
            )
            if len(toks) < width:  # a row short of numbers: its digits may be fewer cells', one printing nothing
                fewer.append((len(choices), toks, kind, 100 if unit == "%" else None))
                # … as one surely does where no split fills its cells (`0` for two, `95` below its running total)
                hidden = hidden or not vals
                roomy = roomy or bool(_rooms(text, toks))
            choices.append(Choice(keys, vals, complete))
            spans.update({k: (toks[0][1], toks[-1][2]) for k in keys})
            if not grouped and (glued if glued is not None else (glued := _runs_together(rows, width, text))) is False:
                doubted.append((keys, tuple(parse_number(t or "", kind).value for t, _, _ in toks)))
        else:
            findings.append(_incomplete(label))
        out.append(IndicatorRow(label, unit, values))
    if not (choices or strays):
        return Indicators(out, findings, spans, end)
    # … as does a column where three rows or more print numbers short of their cells, as many each and at least
    # two apart (`70 210` under 2016年度, 2015年度 and 历年累计), not digits run together in each of them
    counts = {len(toks) for _, toks, _, _ in fewer}
    hidden = hidden or (len(fewer) > 2 and len(counts) == 1 and min(counts) > 1)
    # Such rows are read with cells printing nothing as well as split; so are they where one leaves a wider gap
    # beside its numbers than the one space between the cells of rows that print a number a cell, and there a
    # row that leaves room for one cell only (`信函申请数 件  2284`) has its empty cell there
    if fewer and (hidden or roomy):
        # (not in a table that runs its rows' digits together: the spaces a cell kept there tell no empty one)
        if glued is None:
            glued = _runs_together(rows, width, text)
        singly = not glued and _spaced_singly(rows, width, text)
        for at, toks, kind, most in fewer:
            rooms = _rooms(text, toks) if singly and len(toks) == width - 1 else []
            as_read = [parse_number(t or "", kind).value for t, _, _ in toks]
            if len(rooms) == 1 and None not in as_read:
                reading = (*as_read[: rooms[0]], None, *as_read[rooms[0] :])
                if (first is None or _cumulative(reading, first, cum, True)) and (
                    most is None or all(v is None or v <= most for v in reading)
                ):
                    choices[at] = Choice(choices[at].cells, [reading])
                    doubted = [d for d in doubted if d[0] != choices[at].cells]  # its blank's place is printed
                    continue
            if hidden or singly:
                digits = [t for t, _, _ in toks if t is not None]
                choices[at] = _with_blanks(choices[at], digits, (kind, most), width, cum, first)
    sums, bounds = sums_and_bounds(template, out)  # of the rows' labels: the same before and after settling
    equations = _sums(out, parents, columns) + sums
    parts = _parts(out, [whole[0] if whole else None for whole in listed], columns)
    for ch, whole in _broken_as_printed(out, columns, strays, choices, equations):
        choices.append(ch)
        spans.update(dict.fromkeys(ch.cells, whole))  # the whole row's, as a glued row's: kept if it is settled
    if choices:
        if first is not None:
            # only a row with several splits, all of them found, has splits for the prose to choose among
            specs = [_spec(ch, out, template) if ch.complete and len(ch.candidates) > 1 else None for ch in choices]
            wanted = {spec.quantity for spec in specs if spec}
            stated = _stated(text[:header], year, wanted) if wanted else {}
            choices = [_as_stated(ch, spec, out, first, stated) for ch, spec in zip(choices, specs, strict=True)]
        held = _settle(out, columns, choices, equations, (bounds, parts), findings, spans)
        if doubted:
            _unconfirmed(out, columns, doubted, (equations, held), findings, spans)
    return Indicators(out, findings, spans, end)


def _without_remark(row: _Row, text: str, table: tuple[bool, bool], width: int, every: bool) -> _Row:
    """`row` without its remarks' cell and the empty cells after it (`| 3 | 21 | / | |`, a table's last column
    empty), before the next row's number where the table is numbered (`_without_next_number`): the blanks
    it prints past its `width` values (where the table spaces a number's groups, `1 549` one cell); or,
    where it prints no more and `every` row of the table ends in a blank, the empty cells it ends in and the
    mark before them. `table`: whether it is numbered, and whether it spaces groups."""
    numbered, grouping = table
    toks = row.tokens
    nxt = int(numbered and bool(toks) and toks[-1][0] is not None)
    last = end = len(toks) - nxt
    cells = end - (sum(_grouped(text, toks[k - 1], toks[k]) for k in range(1, end)) if grouping else 0)
    while cells > width and toks[end - 1][0] is None:
        end -= 1
        cells -= 1
    if end == last and every:
        while end and _empty_cell(toks[end - 1], text):
            end -= 1  # empty cells: the remarks' own, or past it
        if end and toks[end - 1][0] is None:
            end -= 1  # the remarks' mark, where it prints one
    return row if end == last else replace(row, tokens=[*toks[:end], *toks[last:]])


def _line_groups_joined(
    entries: list[tuple[_Row, str, str | None, list]], text: str
) -> list[tuple[_Row, str, str | None, list]]:
    """The rows, where the table prints its numbers a line each (three rows in four print each alone on its
    line), with two or more numbers that share a line alone, a space apart as a number's groups of three
    (`1 909`), joined: one cell's number, not two cells'."""
    if not any(
        a[0] is not None and b[0] is not None and SPACED_GROUPS.fullmatch(text, a[1], b[2])
        for *_, toks in entries
        for a, b in pairwise(toks)
    ):
        return entries  # (no two numbers that may be one's groups: the lines need not be looked at)
    printing = [toks for *_, toks in entries if any(t is not None for t, _, _ in toks)]
    lined = sum(all(t is None or _alone(text, a, b) for t, a, b in toks) for toks in printing)
    if 4 * lined < 3 * len(printing) or lined == len(printing):
        return entries
    return [(row, label, unit, _joined_tokens(text, toks, _groups_alone)) for row, label, unit, toks in entries]


def _groups_alone(text: str, prev: tuple, tok: tuple) -> bool:
    """Whether two numbers are one's groups of three a space apart, all their line prints (`1 909`)."""
    return bool(SPACED_GROUPS.fullmatch(text, prev[1], tok[2])) and _alone(text, prev[1], tok[2])


def _with_empty_cells(
    entries: list[tuple[_Row, str, str | None, list]], rows: list[_Row], width: int, places: dict[int, int]
) -> tuple[list[tuple[_Row, str, str | None, list]], list[_Row]]:
    """The table's rows with the empty cells `places` tells of (0: before a row's numbers, 1: after them; -1:
    not told) as blanks among their tokens: rows a number a cell, no sign of digits run together."""
    changed: dict[int, _Row] = {}
    out = []
    for at, (row, label, unit, toks) in enumerate(entries):
        place = places.get(at, -1)
        if place == 0:
            toks = [(None, toks[0][1], toks[0][1]), *toks]
        elif place == 1:
            toks = [*toks, *[(None, toks[-1][2], toks[-1][2])] * (width - len(toks))]
        if place >= 0:
            changed[id(row)] = row = replace(row, tokens=toks)
        out.append((row, label, unit, toks))
    return out, [changed.get(id(r), r) for r in rows]


def _last_columns_unfilled(
    entries: list[tuple[_Row, str, str | None, list]], apart: list[bool | None], width: int, cum: list[int]
) -> set[int]:
    """The rows of a table that leaves its last columns (历年累计, 上年) empty in every row: those that print
    the most numbers any row prints, fewer than its columns, where three rows at least print that many, each as
    cells of their own — alone on their lines or in their `|` or tab cells, or parted by white space from
    each other and from its label and unit as every such row parts them, not digits run together
    (`主动公开政府信息数条90`: 9 and 0, or 90 and an empty cell). A number a row parted so is a cell's where
    rows print two (`条 312 936 `) or where one row at least cannot fill its cells whatever its split (`0`, or
    `90` for a running total below the year's): two cells run together in every row (`条 206912106`) would
    leave none so. `apart`: each row's `_printed_apart`."""
    most = max((k + 1 for *_, toks in entries for k, (t, _, _) in enumerate(toks) if t is not None), default=0)
    if not 0 < most < width:
        return set()
    full = 0
    parted = unsplit = False
    for (_, _, unit, toks), cells in zip(entries, apart, strict=True):
        if len(toks) != most:
            continue
        if cells is None:
            return set()
        parted = parted or not cells
        full += 1
        if most == 1 and not unsplit and None not in (digits := [t for t, _, _ in toks]):
            kind = _kind(unit)
            first = next((i for i in range(width) if i not in cum), 0)
            unsplit = not _readings(split_group(digits, [kind] * width), kind, cum, first)[0]
    if full > 2 and (unsplit or most > 1 or not parted):
        return {at for at, (*_, toks) in enumerate(entries) if len(toks) == most}
    return set()


def _empty_cell_places(
    entries: list[tuple[_Row, str, str | None, list]], apart: list[bool | None], width: int, text: str
) -> dict[int, int] | None:
    """Where the empty cell of each row a number short goes, as the white space and `|` around its numbers
    show (0: before them; 1: after them; -1: somewhere, not told): where most rows lead their numbers as one
    does (a space after the unit, a line break, a tab-led line, `|` on a line of its own), a row that leads
    them with that and more room before it (two spaces, an empty line, a tab alone on a line, `|` / an empty
    line / `|`) has its first cell empty; where most rows that print a number a cell end as one does, one
    that ends with more room before that (`90 ` then the line's end, an empty line, `|` / an empty line / `|`)
    has its last cell empty. Each row's numbers must be cells of their own, none of the rows running cells
    together: where they are alone in their cells, a line is the room a cell leaves and spaces are compared
    out (those left in cells tell nothing), and the table's last row, followed by the text's own white space,
    has its last cell empty where it ends with the room the others show; where a row prints its cells a space
    apart, spaces on its line are. None where some row runs its cells together, or none is a number short.
    `apart`: each row's `_printed_apart`."""
    leads: dict[int, str] = {}
    tails: dict[int, str | None] = {}  # None where no row's label follows it: a unit's or a footer's words
    alone = True  # whether every row's numbers are alone in their cells: compared without spaces
    for at, (*_, toks) in enumerate(entries):
        if not toks or None in (t for t, _, _ in toks) or len(toks) > width:
            continue
        cells = apart[at]
        if cells is None:
            return None
        alone = alone and cells
        leads[at] = _lead(text, toks[0][1])
        run = _trail(text, toks[-1][2])
        reaches = at + 1 == len(entries) or toks[-1][2] + len(run) >= entries[at + 1][0].start
        tails[at] = run if reaches else None
    # compared without spaces, or the room on the row's own line
    leads = {at: ws.replace(" ", "") if alone else ws[ws.rfind("\n") + 1 :] for at, ws in leads.items()}
    for at, gap in tails.items():
        if gap is not None:
            tails[at] = gap.replace(" ", "") if alone else gap[: gap.find("\n") + 1 or None]
    last = len(entries) - 1
    short = [at for at in leads if len(entries[at][3]) < width]
    if not short:
        return None
    lead = _usual(list(leads.values()))
    ending = _usual([g for at, g in tails.items() if g is not None and at not in short and at < last])
    places: dict[int, int] = {}
    for at in short:
        end = tails[at]
        first = lead is not None and _roomier(leads[at], lead)
        after = ending is not None and end is not None and (at < last or not alone) and _roomier(end, ending)
        if first != after and len(entries[at][3]) == width - 1:
            places[at] = 0 if first else 1
        elif first or after:
            places[at] = -1  # room on both sides, or for one cell where two are empty: not told where
    end = tails.get(last)
    if alone and ending is not None and end is not None and last in short and last not in places:
        # the last row: what follows it is the text's, but the room before that is the rows'
        rooms = {tails[at] or "" for at, place in places.items() if place == 1}
        if len(rooms) == 1 and end.startswith(rooms.pop()[: -len(ending) or None]):
            places[last] = 1
    return places


def _usual(printed: list[str]) -> str | None:
    """The white space most rows print, where more than half of them print the same."""
    if not printed:
        return None
    usual, times = Counter(printed).most_common(1)[0]
    return usual if 2 * times > len(printed) else None


def _roomier(printed: str, usual: str) -> bool:
    """Whether white space is the usual one with more room before it: an empty cell's."""
    return printed != usual and printed.endswith(usual)


def _lead(text: str, at: int) -> str:
    """The white space and `|` before text[at]: the room between a row's cells."""
    start = at
    while start > 0 and text[start - 1] in _ROOM:
        start -= 1
    return text[start:at]


def _trail(text: str, at: int) -> str:
    """The white space and `|` from text[at] on."""
    end = at
    while end < len(text) and text[end] in _ROOM:
        end += 1
    return text[at:end]


_ROOM: Final = frozenset(" \t\n|")


def _printed_apart(text: str, row: _Row, unit: str | None, toks: list) -> bool | None:
    """How a row prints its numbers as cells of their own: True where each is alone in its cell (`_alone`),
    False where they are `_parted`; None where neither, its cells perhaps run together."""
    if all(_alone(text, a, b) for _, a, b in toks):
        return True
    return False if _parted(text, row, unit, toks) else None


def _parted(text: str, row: _Row, unit: str | None, toks: list) -> bool:
    """Whether a row's tokens are each led by white space, and its unit, where it prints one, is a word of its
    own after the label (`主动公开政府信息数 条 90`)."""
    if any(text[a - 1 : a] not in _WHITE for _, a, _ in toks):
        return False
    words = text[row.start : toks[0][1]].split()
    return unit is None or (len(words) > 1 and words[-1] == unit)


_WHITE: Final = (" ", "\t", "\n")


def _kind(unit: str | None) -> Kind:
    """The kind of number a row's unit counts: an amount for money and shares, else a count."""
    return Kind.AMOUNT if unit in ("元", "万元", "%") else Kind.COUNT


def _across_groups(spaced: tuple[bool, ...], toks: list) -> int:
    """Whether a space between a row's numbers (`spaced`: each that may part a number's groups) may part the
    groups of one whose first digits run on from the cell before: 2 where four digits or more stand before it,
    or more than three after it (`3221 771`, `3 52813539`); 1 where two or three stand before it and a group of
    three after it (`61 137`); else 0."""
    out = 0
    for k in range(len(spaced)):
        a, b = toks[k][0] or "", toks[k + 1][0] or ""
        if spaced[k] and (len(a) > 3 or b[3:4].isdigit()):
            return 2
        if spaced[k] and len(a) > 1 and len(b) == 3:
            out = 1
    return out


def _broken_as_printed(
    rows: list[IndicatorRow],
    columns: list[str],
    strays: list[tuple[Choice, tuple[int, int]]],
    choices: list[Choice],
    equations: list[Equation],
) -> list[tuple[Choice, tuple[int, int]]]:
    """The rows read across a space that may be a fold's (`strays`, each with every split of its digits) whose
    printed reading breaks a sum of the table that another split of theirs lets hold: glued rows, for the
    table's sums to settle. A row whose printed reading keeps its sums, or that no sum judges, stays as printed."""
    if not strays:
        return []
    fixed = {f"indicator.{i}.{c}": r.values[c] for i, r in enumerate(rows) for c in columns}
    for ch in choices:
        for k in ch.cells:
            fixed.pop(k)
    out = []
    for ch, whole in strays:
        mine = set(ch.cells)
        touching = [eq for eq in equations if not mine.isdisjoint(eq.cells)]
        rest = {k: v for k, v in fixed.items() if k not in mine}
        printed = Choice(ch.cells, [tuple(fixed[k] for k in ch.cells)])
        kept = {id(eq) for eqs in _agreeing(rest, [*choices, printed], touching) for eq in eqs}
        if any(id(eq) not in kept for eqs in _agreeing(rest, [*choices, ch], touching) for eq in eqs):
            out.append((ch, whole))
    return out


def _unconfirmed(
    rows: list[IndicatorRow],
    columns: list[str],
    doubted: list[tuple[tuple[str, ...], tuple[Value | None, ...]]],
    sums: tuple[list[Equation], list[Equation]],
    findings: list[Finding],
    spans: dict[str, tuple[int, int]],
) -> None:
    """Leave null each row split from fewer numbers than its cells (its cells, and the numbers it printed) in a
    table whose rows print a number a cell, where its numbers as printed, a cell left empty that prints
    nothing, fit the table's sums and bounds as well (`收到申请数 件 12` among rows of two: 1 and 2, or 12 and
    an empty cell, its channels adding up to 12): `1265`, no cell of which its channels' 12 and 65 let be,
    is 12 and 65; `全文电子化率 % 100100`, no share of 100100%, is 100 and 100."""
    equations, bounds = sums
    values = {f"indicator.{i}.{c}": r.values[c] for i, r in enumerate(rows) for c in columns}
    for keys, printed in doubted:
        if all(values[k] is None for k in keys) or None in printed:
            continue  # left open by the sums, with its finding
        known = {k: v for k, v in values.items() if v is not None and k not in keys}
        # the sums and bounds the row as split keeps (a 其中 list may not be whole): those the readings must keep
        own = [eq for eq in equations if any(k in eq.lhs or k in eq.rhs for k in keys) and holds(eq, values)]
        held = bounds if _within_all(bounds, known | {k: v for k in keys if (v := values[k]) is not None}) else []
        row = rows[int(keys[0].split(".")[1])]
        most = 100 if row.unit == "%" else None  # a share of the whole (全文电子化率) is at most all of it
        readings = (
            dict(zip(keys, (printed[at.index(j)] if j in at else None for j in range(len(keys))), strict=True))
            for at in combinations(range(len(keys)), len(printed))
        )
        if not any(
            (most is None or all(v is None or v <= most for v in r.values()))
            and all(holds(eq, values | r) is not False for eq in own)
            and _within_all(held, known | {k: v for k, v in r.items() if v is not None})
            for r in readings
        ):
            continue
        for k, c in zip(keys, columns, strict=True):
            row.values[c] = None
            spans.pop(k, None)
        findings.append(
            finding(
                "value.ambiguous",
                f"统计表“{row.label}”印出的数少于栏数，而其余各行每栏一个数、以空格分隔：可能是一栏空着，也可能是数字连写，无法确定。",
                (f"indicator.{row.label}",),
            )
        )


def _rooms(text: str, toks: list) -> list[int]:
    """Where a row's numbers, on one line, leave two spaces or a tab: before the first (after its label or
    unit: 0), between the k-th and the next (k), or after the last (len(toks)) — room for a cell that
    printed nothing."""
    start, end = toks[0][1], toks[-1][2]
    if text.find("\n", start, end) >= 0:
        return []
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after = text[end : text.find("\n", end) % (len(text) + 1)]
    gaps = (
        before[len(before.rstrip(" \t")) :],
        *(text[a[2] : b[1]] for a, b in pairwise(toks)),
        after[: len(after) - len(after.lstrip(" \t"))],
    )
    return [k for k, g in enumerate(gaps) if not g.strip(" \t") and (len(g) > 1 or g == "\t")]


def _spaced_singly(rows: list[_Row], width: int, text: str) -> bool:
    """Whether the rows that print a number a cell part them by one space each, two such rows at least."""
    single = 0
    for r in rows:
        toks = r.tokens
        if len(toks) == width and all(t is not None for t, _, _ in toks):
            gaps = [text[a[2] : b[1]] for a, b in pairwise(toks)]
            if any(g != " " for g in gaps):
                return False
            single += 1
    return single > 1


def _with_blanks(
    ch: Choice, digits: list[str], cell: tuple[Kind, int | None], width: int, cum: list[int], first: int | None
) -> Choice:
    """A short row's choice with the readings of its digits as fewer cells than the row's, the rest printing
    nothing (`739` under 2012年度 and 历年累计: 739 and a blank, or a blank and 739, as well as 7 and 39),
    in a table that prints some cell so: its sums settle which, or none is read. `cell` is the cells' kind and
    the most one may hold (a share's 100), or None."""
    kind, most = cell
    joinable = [False] * (len(digits) - 1)
    more = [
        reading
        for blanks in range(1, width)
        for cells in blank_splits(digits, [kind] * width, joinable, blanks=blanks)
        if (reading := tuple(cells)) not in ch.candidates
        and (first is None or _cumulative(reading, first, cum, True))
        and (most is None or all(v is None or v <= most for v in reading))
    ]
    return Choice(ch.cells, [*ch.candidates, *more], ch.complete)


def _readings(
    splits: tuple[list[list[str]], bool], kind: Kind, cum: list[int], first: int | None
) -> tuple[list[tuple[Value | None, ...]], bool]:
    """The values of a row's splits (`split_group`), without those whose cumulative columns are less than the
    year's; and whether the list is complete."""
    vals = [tuple(parse_number(p, kind).value for p in parts) for parts in splits[0]]
    if first is not None:
        vals = [v for v in vals if _cumulative(v, first, cum)]
    return vals, splits[1]


def _zero_led(token: str | None) -> bool:
    """Whether a token is digits led by a zero (`0994699`): no number a cell prints, but cells or a number's
    groups run together."""
    return token is not None and token[:1] == "0" and token[1:2].isdigit()


_ZERO_LED_GROUP: Final = re.compile(r"0\d\d")  # three digits led by a zero: no cell's number, a group of one (1 003)


def _table_end(rows: list[_Row], start: int) -> int:
    """Where the last of the table's `rows` that prints a number ends (`start`, its rows', where none does)."""
    return max((r.tokens[-1][2] for r in rows if r.tokens), default=start)


def _spaced_words(text: str, start: int, end: int, known: _Known) -> bool:
    """Whether text[start:end], a table whose rows run their digits together, prints white space between two
    Chinese characters where no cell's edge is: not before a unit and its row's cells (…文件数 条 2069…), nor
    after a number's unit (…88人 其中…). Such a space (…及 政府网站…, 不适 用) is a fold's line break the
    lines were joined across, which may stand amid a row's digits too."""
    for m in SPACE_IN_WORDS.finditer(text, start, end):
        after = m.end()
        unit = next((u for u in known.units if text.startswith(u, after)), None)
        if unit is not None and not _CHINESE.match(text, after + len(unit)):
            continue  # a unit's own cell, the row's numbers after it
        if any(
            text.endswith(u, 0, m.start() + 1) and text[m.start() - len(u) : m.start() + 1 - len(u)].isdigit()
            for u in known.units
        ):
            continue  # a number printed with its unit, then the next label
        return True
    return False


_CHINESE: Final = re.compile(r"[\u4e00-\u9fff]")


def _one_space_apart(text: str, toks: list) -> bool:
    """Whether a row prints only numbers, each one space from the next on one line."""
    return all(t is not None for t, _, _ in toks) and all(text[a[2] : b[1]] == " " for a, b in pairwise(toks))


def _pair_in_one_cell(text: str, toks: list) -> int | None:
    """Where two of a row's numbers stand in one `|`-bordered cell, one space apart where it may part a
    number's groups of three, the row's last cell after its numbers empty (`| 2 569 |  |`, `| 1 387 | 0 |  |`,
    more empty cells after it or not, or a cell a line): the first of the two; None where no two do."""
    if _EMPTY_CELL_AFTER.match(text, toks[-1][2]) is None:
        return None
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if a[0] is None or b[0] is None or not _grouped(text, a, b):
            continue
        bar = text.rfind("|", 0, a[1])  # the cell's own `|`: on its line, or a cell a line, on the line before
        closed = k + 2 == len(toks) or text[b[2] : b[2] + 8].lstrip().startswith("|")
        if bar >= 0 and not text[bar + 1 : a[1]].strip() and closed:
            return k
    return None


def _last_outside_cells(text: str, toks: list) -> bool:
    """Whether a row's last two numbers stand in no `|` cell of their own, one space apart where it may part
    a number's groups of three: on a line of their own (`1 509`), or run on after the row's label and unit
    (`同意公开答复数件1 373|`), no `|` just before them."""
    a, b = toks[-2], toks[-1]
    if a[0] is None or b[0] is None or not _grouped(text, a, b):
        return False
    return not text[text.rfind("\n", 0, a[1]) + 1 : a[1]].rstrip(" \t").endswith("|")


def _groups_in_cells(text: str, start: int, end: int) -> bool:
    """Whether a `|` cell of text[start:end] prints a number whose groups of three a space parts (`| 1 740 |`)."""
    return _GROUPS_IN_CELL.search(text, start, end) is not None


_GROUPS_IN_CELL: Final = re.compile(r"\|[ \t]*\d{1,3}(?: \d{3})+[ \t]*\|")
# the cell's end, then empty cells: `| |` (or more) to its line's end, or a cell a line, an empty line between
# two `|` alone
_EMPTY_CELL_AFTER: Final = re.compile(
    r"[ \t]*\|(?:[ \t]*\|)+[ \t]*$|[ \t]*\n[ \t]*\|[ \t]*\n[ \t]*\n[ \t]*\|", re.MULTILINE
)


def _fold_inside(text: str, toks: list, width: int) -> int | None:
    """Where a row printing one number more than its cells, all numbers, has its one line break alone between
    two of them (the line before ending on a digit, the next beginning with one): the first of the two, which a
    fold may have cut; None where there is no such break, or more than one."""
    if len(toks) != width + 1 or any(t is None for t, _, _ in toks):
        return None
    breaks = [k for k in range(width) if text[toks[k][2] : toks[k + 1][1]] in ("\n", "\r\n")]
    return breaks[0] if len(breaks) == 1 else None


def _groups_joined(text: str, toks: list) -> list:
    """A row's tokens with a group of three digits led by a zero joined to the number it is printed after
    across the one space that parts them (`1 003`), in a row that prints no more numbers than cells: a
    cell whose neighbour is blank does not make it two."""
    return _joined_tokens(text, toks, _zero_led_group)


def _zero_led_group(text: str, prev: tuple, tok: tuple) -> bool:
    """Whether a number is a group of three led by a zero one space after the number before it (`1 003`)."""
    return (
        tok[0][:1] == "0"
        and bool(_ZERO_LED_GROUP.fullmatch(tok[0]))
        and parts_groups(text, prev[2], tok[1], prev[0], tok[0])
    )


def _joined_tokens(text: str, toks: list, joins: Callable[[str, tuple, tuple], bool]) -> list:
    """A row's tokens with each number joined to the number before it where `joins(text, before, it)`: one
    number's groups printed apart."""
    out: list = []
    for tok in toks:
        prev = out[-1] if out else None
        if prev is not None and prev[0] is not None and tok[0] is not None and joins(text, prev, tok):
            out[-1] = (prev[0] + tok[0], prev[1], tok[2])
        else:
            out.append(tok)
    return out


def _group_spaces(text: str, toks: list, wide: bool = False) -> tuple[bool, ...]:
    """For each two of a row's tokens, whether one space between them (with `wide`, spaces of any width) may
    part a number's groups of three (`1 234`: digits before it, three after); () where none may."""
    if len(toks) < 2 or any(t is None for t, _, _ in toks):
        return ()
    spaced = tuple(_grouped(text, a, b, wide) for a, b in pairwise(toks))
    return spaced if any(spaced) else ()


def _spaces_thousands(rows: list[list], width: int, text: str) -> bool:
    """Whether the table prints a number's thousands a space apart: some row prints more numbers than its
    cells (`width`), a group of three after a space (`1 3051 447`); `rows` are the rows' tokens."""
    return any(len(toks) > width and _group_spaces(text, toks) for toks in rows)


def _runs_together(rows: list[_Row], width: int, text: str) -> bool:
    """Whether rows of the table print fewer numbers than their cells, on one line: their digits run
    together, and a single space between two numbers may then part a number's groups as well as cells. One
    such row among many that print a number a cell (a label's tail run into its last cell: 586 55651次）) is
    no sign of it: a fifth of them at least."""
    short, full = _short_and_full(rows, width, text)
    return short > 0 and 4 * short >= full


def _short_and_full(rows: list[_Row], width: int, text: str) -> tuple[int, int]:
    """How many rows of the table print fewer numbers than their cells, on one line and each a piece of a
    line's digits (their digits run together), and how many print a number a cell, parted by white space or
    `|`. Empty cells past a row's last column (`| 38 | 200 | |`) are none of its numbers. A row whose numbers
    its units part (`件91件636件`) is neither: it says nothing of what a space between two numbers is."""
    short = full = 0
    for r in rows:
        toks = r.tokens
        n = len(toks)
        while n > width and _empty_cell(toks[n - 1], text):
            n -= 1
        if n == width and all(t is not None for t, _, _ in toks[:n]):
            full += all(not text[a[2] : b[1]].strip(" \t|") for a, b in pairwise(toks[:n]))
        elif 0 < n < width and all(t is not None and not _alone(text, a, b) for t, a, b in toks):
            short += not _rooms(text, toks)  # room for a cell that printed nothing: no digits run together
    return short, full


def _alone(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is all its line prints but spaces, `|` and a full stop, or all a cell between tabs
    prints but its unit (`新公开规范性文件数\t条\t183条`, a Word table as text): a cell of its own, no digits of
    several cells run together."""
    start, end = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    end = len(text) if end < 0 else end
    if text[a - 1 : a] == "\t" and _TAB_CELL_END.match(text, b, end):
        return True
    return not text[start:a].strip(" \t|") and not text[b:end].strip(" \t|。")


_TAB_CELL_END: Final = re.compile(r"[^\d\t]{0,2}[ ]*(?:\t|$)")  # the rest of a cell between tabs: its unit, no digit


def _without_next_number(toks: list, width: int, number: str) -> list:
    """A row's tokens without the next row's number in the 序号 column: a token of its own after the
    values, or glued to the last of them (…条10962全文电子化率: 10, 96 and the 2 of the next row; …万元0.0117
    0.04700816申请…: 0.047008 and 16; …万元0.13.616申请…: 0.13.6 and 16; more tokens than cells, a number's
    last group of three: …件1 6378 3115当面…, 8 311 and 5); the only token of a row that prints no value (…答复数
    件 13 同意部分…: its values printed elsewhere), since every row prints its number."""
    last = toks[-1][0] if toks else None
    if last is None:
        return toks
    if last == number:
        return toks[:-1]  # the number, apart from the values however few they read as (…100100 3新公开…)
    if len(toks) > width and len(last) != 3 + len(number):
        return toks  # (more tokens than cells where a space parts a number's groups: …件1 6378 3115当面…, 8 311 and 5)
    if last.endswith(number) and last[: -len(number)][-1:].isdigit():
        text, a, b = toks[-1]
        return [*toks[:-1], (text[: -len(number)], a, b - len(number))]
    return toks


def _stated(prose: str, year: int | None, quantities: set[str]) -> dict[str, int]:
    """The first figure the prose states plainly of each of the `quantities` (主动公开, 申请, …) for the year."""
    out: dict[str, int] = {}
    for st in statements(Flat.of(prose).text, year, quantities=quantities):
        out.setdefault(st.quantity, st.value)
    return out


def _spec(ch: Choice, rows: list[IndicatorRow], template: Template) -> Stated | None:
    """The quantity the prose may state (`template.stated`) that a glued row's label holds, if any."""
    label = rows[int(ch.cells[0].split(".")[1])].label
    labels = [r.label for r in rows]
    return next((s for s in template.stated if s.held_by(label, labels)), None)


def _as_stated(ch: Choice, spec: Stated | None, rows: list[IndicatorRow], first: int, stated: dict[str, int]) -> Choice:
    """A glued row's splits that give the year's column the figure the prose states for the row's
    quantity (`spec`, as `_spec` finds it) — all of them when none does (the prose may disagree with the
    table: the checks say so), or when another row holds the quantity too (申请行政复议数 and 行政复议数:
    which one the prose counts is unknown)."""
    if spec is None or spec.quantity not in stated or not ch.complete:
        return ch
    if sum(1 for r in rows if spec.holds_row(r.label)) > 1:
        return ch
    kept = [c for c in ch.candidates if c[first] == stated[spec.quantity]]
    return replace(ch, candidates=kept) if kept else ch


def _sums(rows: list[IndicatorRow], parents: list[int | None], columns: list[str]) -> list[Equation]:
    """Each row with 其中 rows of its unit under it is their sum, column by column (as far as the
    table agrees)."""
    return [
        Equation("indicator.sum", (f"indicator.{p}.{c}",), tuple(f"indicator.{k}.{c}" for k in ks), f"indicator.{p}")
        for p, ks in _kids(rows, parents).items()
        for c in columns
    ]


def _parts(rows: list[IndicatorRow], parents: list[int | None], columns: list[str]) -> list[Equation]:
    """Each 其中 row at most the row it is a part of (`parents`), column by column: bounds that hold whether
    or not the parts add up to it (channels that publish the same item each count it)."""
    return [
        Equation("indicator.part", (f"indicator.{p}.{c}",), (f"indicator.{k}.{c}",), f"indicator.{p}")
        for p, ks in _kids(rows, parents).items()
        for k in ks
        for c in columns
    ]


def _listed_under(row: _Row, idx: int, listed: list[tuple[int, int] | None]) -> tuple[int, int] | None:
    """The row a 其中 list puts row `idx` under, and its number in the list (0 where it has none): the row
    right above a row printed after 其中 (`其中：主要负责同志参加新闻发布会次数` under `1．参加或举办新闻发布会总次数`),
    and that row's for the next number of a numbered list (`其中：1、网站公开`, `2、政府公报公开`) — not rows
    a heading the text lost leaves below the row above it (`2．政府网站在线访谈次数`)."""
    number = _LIST_NUMBER.match(row.label)
    if row.whereof:
        return (idx - 1, int(number.group(1)) if number else 0) if idx else None
    before = listed[-1] if listed else None
    if before and before[1] and number and int(number.group(1)) == before[1] + 1:
        return before[0], before[1] + 1
    return None


_LIST_NUMBER: Final = re.compile(r"(?:其中[:：]?\s*)?[（(]?(\d{1,2})[)）.、．]")  # a row's number in its list


def _kids(rows: list[IndicatorRow], parents: list[int | None]) -> dict[int, list[int]]:
    """Each row → its 其中 rows of its unit."""
    kids: dict[int, list[int]] = {}
    for i, p in enumerate(parents):
        if p is not None and rows[i].unit == rows[p].unit:
            kids.setdefault(p, []).append(i)
    return kids


# the caption before the header: 附件1：…统计表, else the words printed right before 统计表
_STATS_CAPTION: Final = re.compile(r"附\s*件\s*\d*\s*[:：]?[^。\n]{0,60}?统\s*计\s*表\W*$|[^。\s]{0,30}统计表\W*$")


def indicator_end(text: str, template: Template, start: int) -> int:
    """Where the 统计表 after `start` (the last section's heading) stops: the page's own end — or, where
    the page prints the 统计表's header only after that end (appended after the site's footer or an
    附件/相关链接 list), the page's end after that header."""
    end = page_end(text, start)
    if end == len(text) or _report_header(text[:end], template) is not None:
        return end
    after = _header(text[end:], template)
    return page_end(text, end + after.rows) if after else end


def indicator_span(text: str, template: Template, read: Indicators) -> tuple[int, int] | None:
    """The text the 统计表 is printed in, with its 附件 caption: from its header to the line of the last
    row's cells (`read`, as `extract_indicators` gives it), read or not; None if no value was read."""
    head = _report_header(text, template)
    if head is None or not read.spans:
        return None
    header = head.start
    caption = _STATS_CAPTION.search(text[max(0, header - 80) : header])
    first = header - len(caption.group()) if caption else header
    last = max(read.end, *(b for _, b in read.spans.values()))
    return printed_lines(text, first, last, text.rfind("。", 0, first) + 1, len(text))


def _settle(
    rows: list[IndicatorRow],
    columns: list[str],
    choices: list[Choice],
    equations: list[Equation],
    limits: tuple[list[Equation], list[Equation]],
    findings: list[Finding],
    spans: dict[str, tuple[int, int]],
) -> list[Equation]:
    """Fill the glued rows with the splits the table settles (its sums, then its bounds: see `_bounded`); the
    rest stay null, with a finding, as does a row settled with a cell printed empty (`1 509` one number, the
    other cell blank). `limits` are the form's bounds and each 其中 row's (at most its whole: `_parts`), these
    kept only for a row whose 其中 rows some split lets add up to it, which shows the list is its parts. The
    bounds kept."""
    fixed = {f"indicator.{i}.{c}": r.values[c] for i, r in enumerate(rows) for c in columns}
    for ch in choices:
        for k in ch.cells:
            fixed.pop(k)
    options: dict[str, set[Value | None]] = {}
    agreeing = [eq for eqs in _agreeing(fixed, choices, equations) for eq in eqs]
    for part, linked in components(choices, fixed, agreeing):
        options.update(settle(fixed, part, linked).options)  # rows no sum links are settled apart, each search small
    wholes = {eq.about for eq in agreeing}
    bounds = [*limits[0], *(b for b in limits[1] if b.about in wholes)]
    if bounds:
        _bounded(options, fixed, choices, bounds)
    for ch in choices:
        row = rows[int(ch.cells[0].split(".")[1])]
        open_cells = [k for k in ch.cells if len(options[k]) != 1]
        for k, c in zip(ch.cells, columns, strict=True):
            row.values[c] = None if open_cells else next(iter(options[k]))
        if not open_cells and None in row.values.values():
            findings.append(_incomplete(row.label))
        if open_cells:
            for k in ch.cells:
                spans.pop(k, None)
            n = sum(None not in c for c in ch.candidates)  # the splits that fill every cell
            how = f"有{n}种拆分方式" if n else f"无法拆分成{len(columns)}个数"  # none: too few digits, or a letter
            if n < len(ch.candidates):  # … and readings with a cell printing nothing (`_with_blanks`)
                how += "，也可能其中有单元格空着、什么也没有印出"
            findings.append(
                finding(
                    "value.ambiguous",
                    f"统计表“{row.label}”的数字连在一起印刷，{how}，无法确定。",
                    (f"indicator.{row.label}",),
                )
            )
    return bounds


def _bounded(
    options: dict[str, set[Value | None]], fixed: dict[str, Value | None], choices: list[Choice], bounds: list[Equation]
) -> None:
    """Narrow the glued rows the sums leave open by the bounds of the form (the kinds of application a
    region's form lists add up to at most the applications received: `sums_and_bounds`), against the cells
    known — printed, or settled: a split whose part exceeds what its total leaves, or whose total falls short
    of its parts, is no reading of the row. Rows so settled tighten the bounds on the rest, until none
    changes. A row no split of which keeps its bounds (the report's own numbers break one) stays as it was."""
    settled = {k: next(iter(vs)) for k, vs in options.items() if len(vs) == 1}
    known = {k: v for k, v in (fixed | settled).items() if v is not None}
    open_rows = [ch for ch in choices if ch.complete and any(len(options[k]) != 1 for k in ch.cells)]
    changed = True
    while changed and open_rows:
        changed = False
        for ch in list(open_rows):
            kept = [
                cand
                for cand in ch.candidates
                if all(not options[k] or v in options[k] for k, v in zip(ch.cells, cand, strict=True))
                and _within_all(bounds, known | _read(ch.cells, cand))
            ]
            if len(kept) != 1:
                continue
            for k, v in zip(ch.cells, kept[0], strict=True):
                options[k] = {v}
                if v is not None:
                    known[k] = v
            open_rows.remove(ch)
            changed = True


def _read(cells: tuple[str, ...], values: tuple[Value | None, ...]) -> dict[str, Value]:
    """The cells a split reads a number in, with it."""
    return {k: v for k, v in zip(cells, values, strict=True) if v is not None}


def _within_all(bounds: list[Equation], known: dict[str, Value]) -> bool:
    """Whether every bound may still hold: the parts known add up to at most the total, where it is known."""
    for bound in bounds:
        total = known.get(bound.lhs[0])
        if total is not None and sum(known.get(c, 0) for c in bound.rhs) > total + EXACT:
            return False
    return True


_AGREEING_STEPS: Final = 20_000  # splits tried for one sum before it is taken to settle nothing


def _agreeing(fixed: dict[str, Value | None], choices: list[Choice], equations: list[Equation]) -> list[list[Equation]]:
    """The sums, row by row, that some split lets hold in every column at once, found within
    _AGREEING_STEPS splits. A 其中 list need not be complete: a row whose parts cannot add up to it in all
    its columns settles nothing, nor one whose splits are too many to tell. A column with a cell printed
    empty or as `/` (历年累计 not kept) judges nothing; the sum in the others still settles one glued row among
    two parts or more — not several, which the sum of one column alone fits by chance too often (a 其中 list
    misread as a row's), nor a row's one 其中 row, a part of it that all columns together show to be all."""
    by_row: dict[str, list[Equation]] = {}
    for eq in equations:
        by_row.setdefault(eq.about, []).append(eq)
    own = [frozenset(ch.cells) for ch in choices]  # each glued row's cells, gathered once, not per sum
    glued_cells = frozenset().union(*own)
    out = []
    for row_eqs in by_row.values():
        eqs = [eq for eq in row_eqs if all(fixed.get(c) is not None or c in glued_cells for c in eq.cells)]
        cells = {c for eq in eqs for c in eq.cells}
        hits = [k for k, mine in enumerate(own) if not mine.isdisjoint(cells)]
        involved = [choices[k] for k in hits]
        if len(eqs) < len(row_eqs) and (len(hits) > 1 or any(len(eq.rhs) < 2 for eq in eqs)):
            continue
        if hits and solve(fixed, involved, eqs, most=1, budget=_AGREEING_STEPS)[0]:
            out.append(eqs)
    return out


def _incomplete(label: str) -> Finding:
    return finding("table.incomplete", f"统计表“{label}”有未填写的数。", (f"indicator.{label}",))
