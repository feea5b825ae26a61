"""Document text + template → the cells of the statutory tables, with where each was printed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from itertools import accumulate, combinations, pairwise, product
from math import prod
from operator import attrgetter
from typing import Final, cast

from ..checks import finding, prose_of
from ..checks.identities import unsplit_finding
from ..checks.prose import Statements, arabic
from ..normalize import IDEOGRAPH, display_width
from ..numbering import LABEL_NUMBERING, numbering_before
from ..patterns import DIGIT, digits_before, finds
from ..record import Finding
from ..templates import NO_NUMBER, Equation, Kind, Table, Template
from ..templates.model import Stated, spaced
from .align import Alignment, Slot, align, join_rows, named_rows, printed_as, slots_of
from .blanks import (
    Bounds,
    GluedRow,
    broken_whatever_the_split,
    contested,
    may_be_short,
    possible,
    short_readings,
)
from .columns import (
    Continued,
    adds_up,
    cell_bounds,
    converters_header,
    doubted_by_order,
    doubted_total_first,
    named_otherwise,
    names_no_column,
    printed_by_columns,
    put_back_by_names,
    reorder,
    spanned_rows,
    total_named_first,
    total_printed_elsewhere,
    unordered_rows,
    value_places,
)
from .groups import COUNT_UNITS, Group, Token, folded_words, scan_groups
from .regular import Reading as Regular
from .regular import regular_rows
from .spans import printed_lines
from .transposed import equations_of, flat_by_columns, printed_transposed
from .values import (
    EXACT,
    MAX_DIGITS,
    MAX_SPLITS,
    Choice,
    RowSplits,
    Value,
    blank_splits,
    candidate_values,
    components,
    equation_terms,
    grouped_splits,
    holds,
    narrow,
    not_broken,
    parse_number,
    part_value,
    parts_groups,
    row_splits,
    settle,
    solve,
    spaces_only,
    split_group,
)


@dataclass
class Extraction:
    cells: dict[str, Value | None] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)  # what was matched, for `parse --explain`
    explaining: bool = False  # whether to note each row read in `explain` (only `--explain` reads them)
    tables: list[tuple[int, int]] = field(default_factory=list)  # the text each printed table takes up
    glued: list[GluedRow] = field(default_factory=list)  # the rows split from digits run together
    # those among rows of a number a cell (`_Reading.spaced_rows`) that may as well have dropped empty cells,
    # each with its numbers as printed
    dropping: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    # the rows of digits run together that no split adds up: each with its splits, its label and as printed
    unsplit: list[tuple[GluedRow, list[tuple[Value | None, ...]], str, str]] = field(default_factory=list)
    bounds: Bounds = field(default_factory=dict)  # the cells of glued rows left open: the least and most each may be
    printed_nothing: bool = False  # whether a row prints too few digits for its cells: an empty one printed nothing
    short_tables: set[str] = field(default_factory=set)  # the tables (ids) a row of which prints too few numbers
    # rows run together around blank marks or words, read one way before any row showed empty cells print nothing
    around: list[tuple[_Reading, Slot, list[Token]]] = field(default_factory=list)
    blanks: list[tuple[Finding, str]] = field(default_factory=list)  # each finding of cells printed empty, its label
    stated: Statements | None = None  # the prose's plain statements, where glued rows' splits were chosen by them

    def add(self, rule: str, message: str, cells: list[str]) -> None:
        self.findings.append(finding(rule, message, tuple(cells)))

    def blank(self, label: str, cells: list[str], at: int | None = None) -> None:
        """The finding for a row's cells printed empty, if any (in place of the finding at `at`)."""
        if cells:
            f = finding("table.incomplete", f"“{label}”有{len(cells)}个单元格未填写。", tuple(cells))
            self.findings.insert(len(self.findings) if at is None else at, f)
            self.blanks.append((f, label))

    def forget(self, cells: list[str]) -> None:
        """Leave cells once read unread: no value, and no unit or place in the text. A cell read as printed
        empty is no longer known to be: the finding naming it so names it no more."""
        for c in cells:
            self.cells[c] = None
            self.units.pop(c, None)
            self.spans.pop(c, None)
        gone = set(cells)
        named = [(f, label) for f, label in self.blanks if not gone.isdisjoint(f.cells)]
        self.blanks = [(f, label) for f, label in self.blanks if gone.isdisjoint(f.cells)]
        for f, label in named:
            at = next((i for i, g in enumerate(self.findings) if g is f), None)
            if at is not None:
                del self.findings[at]
                self.blank(label, [c for c in f.cells if c not in gone], at)


@dataclass(frozen=True)
class Region:
    tables: tuple[Table, ...]
    start: int
    end: int


@dataclass(frozen=True)
class _Split:
    """A run of tokens whose digits split into cells in several ways, each split as its parts and their
    values: where a cell is printed depends on the split the identities settle."""

    toks: list[Token]
    candidates: list[list[str]]
    values: list[tuple[Value | None, ...]]  # each split's, in the same order

    def spans(self, cells: tuple[str, ...], options: dict[str, set[Value | None]]) -> dict[str, tuple[int, int]]:
        """Each cell settled to one value → where it is printed, if every split still open (each of its
        cells taking a value left to it) prints it in the same place."""
        if len(self.candidates) == 1:  # one split: each cell settled as it reads it
            return {c: sp for c, sp in zip(cells, _positions(self.toks, self.candidates[0]), strict=True) if options[c]}
        settled = [len(options[c]) == 1 for c in cells]
        if all(settled):  # the one split whose values they are
            try:
                one = self.values.index(tuple(next(iter(options[c])) for c in cells))
            except ValueError:
                return {}
            return dict(zip(cells, _positions(self.toks, self.candidates[one]), strict=True))
        if not any(settled):
            return {}
        at = [
            i
            for i, values in enumerate(self.values)
            if all(not options[c] or v in options[c] for c, v in zip(cells, values, strict=True))
        ]
        found: dict[str, set[tuple[int, int]]] = {}
        for i in at:
            for c, sp in zip(cells, _positions(self.toks, self.candidates[i]), strict=True):
                found.setdefault(c, set()).add(sp)
        return {c: where.pop() for c, where in found.items() if len(where) == 1 and len(options[c]) == 1}


@dataclass
class _Cuts:
    """A run of digits cut several ways into the cells it prints: each cut's values and where each is."""

    values: list[tuple[Value, ...]]
    where: list[list[tuple[int, int]]]

    def spans(self, cells: tuple[str, ...], options: dict[str, set[Value | None]]) -> dict[str, tuple[int, int]]:
        """Each cell settled to one value → where it is printed, if every cut still open prints it there."""
        at = [i for i, v in enumerate(self.values) if all(x in options[c] for c, x in zip(cells, v, strict=True))]
        out = {}
        for k, c in enumerate(cells):
            if len(options[c]) == 1 and len(where := {self.where[i][k] for i in at}) == 1:
                out[c] = where.pop()
        return out


_Splits = dict[tuple[str, ...], _Split | _Cuts]  # each choice's cells → its splits, to place them once settled
_S2_START: Final = re.compile(r"第二十条\s*第")  # the article of the 条例 that every table of 二 cites


@lru_cache(maxsize=16)
def _header_run(tables: tuple[Table, ...]) -> re.Pattern[str]:
    """Three or more of the tables' header words in a row, white space removed: a header printed again
    over the rows a page break carried onto the next page."""
    words = {w for t in tables for c in t.columns for w in (c.label, c.group, t.span_header, t.stub_header) if w}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # the first word spelt out, not inside the repeat: the engine skips to the characters a word begins with,
    # twice as fast as behind a look-ahead for them (a repeat first gives it none to skip to)
    return re.compile(f"(?:{alternation})(?:{alternation}){{2,}}")


def _after_headers(run: re.Pattern[str], text: str) -> str:
    """`text` from the end of the last run of header words in it."""
    *_, last = (None, *run.finditer(text))
    return text[last.end() :] if last is not None else text


def _without_repeated_headers(groups: list[Group], tables: tuple[Table, ...]) -> None:
    """Each group's label text from the end of the last header printed before it: the header words a
    table printed again after a page break are no row's label. The groups' texts are searched as one, a
    line break between each two (no header word holds one, so no run reaches from one into the next):
    one search, not one a group."""
    run = _header_run(tables)
    starts = list(accumulate((len(g.before) + 1 for g in groups), initial=0))
    last: dict[int, int] = {}  # each group whose text prints a run → where the last one ends in it
    for m in run.finditer("\n".join(g.before for g in groups)):
        k = bisect_right(starts, m.start()) - 1
        last[k] = m.end() - starts[k]
    for k, end in last.items():
        if not end:  # an empty run (no table left to name a header word) at a text's start: nothing cut
            continue
        g = groups[k]
        before = g.before[end:]
        if k and groups[k - 1].after == g.before:
            groups[k - 1].after = before
        g.before, g.same_line = before, _after_headers(run, g.same_line)


@lru_cache(maxsize=8)
def _header_pattern(tables: tuple[Table, ...]) -> re.Pattern[str]:
    """The header words that announce any of `tables` in text, from the template."""
    return re.compile("|".join(k for t in tables for k in t.header_keys) or "(?!)")


@lru_cache(maxsize=8)
def _title_pattern(template: Template, number: int) -> re.Pattern[str]:
    """A section's title words, as its heading prints them."""
    return re.compile("|".join(k for s in template.sections if s.number == number for k in s.keys) or "(?!)")


@lru_cache(maxsize=8)
def _s2_head(tables: tuple[Table, ...]) -> re.Pattern[str]:
    """What prints before the first row of 二's tables: the article they cite (group `first` where it is the
    first table's) or their label column's header."""
    stubs = dict.fromkeys(spaced(re.escape(t.stub_header)) for t in tables if t.stub_header)
    first = "|".join(tables[0].caption_keys) or "(?!)"
    return re.compile("|".join([rf"第二十条\s*(?:(?P<first>{first})|第)", *stubs]))


_S4_SPAN: Final = 4000  # a section 四 table never needs more text than this after its start


def find_regions(text: str, template: Template, headings: dict[int, int]) -> list[Region]:
    """Where the tables of sections 二, 三 and 四 are printed (start/end offsets in `text`)."""
    s2_tables, s3_tables, s4_tables = (template.section_tables(n) for n in (2, 3, 4))
    h2, h3, h4 = headings.get(2), headings.get(3), headings.get(4)
    m = _S2_START.search(text, h2 or 0)
    s2 = h2 if h2 is not None else (m.start() if m else None)
    m = _header_pattern(s3_tables).search(text, s2 or 0)
    s3 = m.start() if m else h3
    if h3 is not None and s3 is not None and h3 < s3 and (s2 is None or h3 > s2):
        s3 = h3
    s4 = h4 if h4 is not None and (s3 is None or h4 > s3) else None
    if s4 is None:
        m = _header_pattern(s4_tables).search(text, s3 or 0)
        s4 = m.start() if m else None
    if h2 is not None and s2_tables:  # the prose under the heading, before the first table's head, is no row
        head = _s2_head(s2_tables).search(text, h2, s3 if s3 is not None else len(text))
        # not a later table's article: the first table's rows, printed without theirs, may come before it
        s2 = head.start() if head and (head["first"] or not head[0].startswith("第")) else h2
    after4 = [p for n, p in headings.items() if n >= 5 and s4 is not None and p > s4]
    s4_end = min(after4) if after4 else (s4 + _S4_SPAN if s4 is not None else None)
    regions = []
    if s2 is not None and s2_tables:
        s2_end = s3 if s3 is not None else (s4 if s4 is not None else len(text))
        if h3 is None:  # section 三's title may still be printed, unnumbered or glued to a row: 二 ends there
            m = _title_pattern(template, 3).search(text, s2, s2_end)
            s2_end = numbering_before(text, m.start()) if m else s2_end  # with a number before it: 2、收到…
        regions.append(Region(s2_tables, s2, s2_end))
    if s3 is not None and s3_tables:
        regions.append(Region(s3_tables, s3, s4 if s4 is not None else len(text)))
    if s4 is not None and s4_tables:
        regions.append(Region(s4_tables, s4, min(s4_end or len(text), len(text))))
    return regions


def _printed_cells(group: Group) -> int:
    """The cells a group prints: its numbers and the marks of its blank cells (`—`, `/`, 无), not the
    blanks read from empty lines."""
    return sum(1 for t in group.tokens if t.text or not t.soft)


def _positions(tokens: list[Token], parts: list[str]) -> list[tuple[int, int]]:
    """Source spans of the parts a run of tokens was split into."""
    spans = []
    sizes = [len(t.text or "") for t in tokens]  # a blank's 0: passed over as one whose text is used up
    last = len(tokens) - 1
    ti, off = 0, 0
    for p in parts:
        while ti <= last and off >= sizes[ti]:
            ti, off = ti + 1, 0
        start = tokens[min(ti, last)].start + off
        spans.append((start, start + len(p)))
        off += len(p)
    return spans


def extract_tables(
    text: str,
    template: Template,
    headings: dict[int, int],
    explain: bool = False,
    regular: bool = True,
    year: int | None = None,
    agency: str | None = None,
) -> Extraction:
    """Read every statutory table of `template` from `text`, noting each row read if `explain`. Never
    guesses: what is not printed readably is None, with a finding that says why. A region whose tables
    are printed in a regular layout is read at a glance (see `regular`), as the general reader would read
    it; `regular=False` reads every region with the general reader. The report's `year` and `agency` let
    the prose's plain statements of its counts choose among the splits of glued digits the identities
    leave open."""
    regions = find_regions(text, template, headings)
    regular = regular and not explain  # `explain` notes what the general reader matched
    ex = Extraction(explaining=explain)
    found = {t.id for r in regions for t in r.tables}
    missing: list[Table] = [t for t in template.tables if t.id not in found]
    choices: list[Choice] = []
    spans: _Splits = {}
    by_columns: list[tuple[tuple[Table, ...], str]] = []  # tables printed column by column, and a column label
    placed_groups: list[Group] = []  # the groups read as rows
    unordered: list[tuple[Table, bool]] = []  # tables whose header names another order not read, glued or not
    put_back: list[Table] = []  # tables whose numbers a header printing their columns in another order put back
    headed: list[tuple[Table, int, int]] = []  # those of them that are flat (四), and where their region is
    transposed: list[Table] = []  # tables printed transposed, read column by column: the identities confirm them
    spanned: list[Table] = []  # tables whose header prints the columns under its spanning header as one
    unsettled: list[Table] = []  # those of them whose header's lines do not say the order of their columns
    headless: list[Table] = []  # tables printed with no header naming their columns
    total_heads: list[Table] = []  # tables whose header, its order unread, names 总计 before its other columns
    continued: list[Continued] = []  # rows continued after a header in another order, in an order not settled
    told: list[bool] = []  # whether each region whose rows tell it prints them a number a cell, spaced apart
    untold: list[_Placing] = []  # the regions whose rows do not tell it, left to the others
    for region in regions:
        if regular and (read := regular_rows(text, region.start, region.end, region.tables)) is not None:
            _read_regular(ex, text, region, read)
            if names_no_column(text, region.start, read.first, region.tables[0]):
                headless.append(region.tables[0])
            continue
        scanned = scan_groups(text, region.start, region.end)
        groups, moved, unsettled_rows = reorder(text, region.start, region.end, region.tables, scanned)
        continued += unsettled_rows
        turned, taken = printed_transposed(text, region.start, template, region.tables, groups)
        tables = region.tables
        if turned:
            transposed += dict.fromkeys(s.table for s, _ in turned)
            tables = tuple(t for t in tables if t not in transposed)
            groups = [g for g in groups if all(g is not b for b in taken)]
        slots = slots_of(tables)
        # a flat table's numbers each after a column's label, told before `join_rows` takes them for one row's pieces
        flat = [((t,), label) for t in tables if t.flat and (label := flat_by_columns(groups, t)) is not None]
        groups = join_rows(text, slots, groups)
        if not moved and (back := put_back_by_names(text, region.start, tables, groups)) is not None:
            groups, moved = back, list(tables)
        elif not moved and (spread := spanned_rows(text, region.start, tables, groups)) is not None:
            groups = spread[0]
            (spanned if spread[1] else unsettled).append(tables[0])
        put_back += moved
        headed += [(t, region.start, region.end) for t in moved if t.flat]
        if (label := printed_by_columns(groups, tables)) is not None:
            by_columns.append((tables, label))
        by_columns += flat
        _without_repeated_headers(groups, tables)
        _without_spacing(text, groups)
        joined = _into_word_rows(text, region.end, slots, tables, groups)
        pulled = _pulled_out(text, groups)
        unpulled = [g for g in groups if id(g) not in pulled]
        al = align(slots, unpulled, _spaced_widths(text, slots, unpulled)) if slots else Alignment()
        unsure = [id(al.placed.pop(si)) for si in sorted(al.unsure | al.loose)]  # rows of the table all the same
        for si in al.unsure:
            _unknown(ex, slots[si], "的数字没有印在其名称旁，表中又少印了一行，无法确定这些数字属于哪一行")
        for si in al.loose:
            _unknown(ex, slots[si], "的数字没有印在其名称旁，附近又有一组逐行散印的数字，无法确定各组数字属于哪一行")
        for si in [si for si, g in al.placed.items() if id(g) in joined]:
            if not _put_back_adds_up(ex, template, slots[si], al.placed[si].tokens):
                del al.placed[si]
        _put_back_loose_rows(ex, text, template, region.end, slots, groups, al, moved)
        _put_under_headers(text, slots, groups, al)
        placed = {slots[i].table.id for i in al.placed} | {slots[i].table.id for i in al.aggregated_slots}
        placed |= {s.table.id for s, _ in turned}
        used = {id(g) for g in al.placed.values()} | {id(g) for g in al.aggregated.values()} | set(unsure)
        leftovers = [g for g in groups if id(g) not in used]
        region_text = text[region.start : region.end]
        for t in region.tables:
            if t.id in placed:
                continue
            if t in moved:  # its header names another order, and no row under it could be put back in it
                unordered.append((t, False))
            elif leftovers and (
                any(re.search(k, region_text) for k in t.header_keys + t.caption_keys)
                or _row_opens_a_line(t, region_text)
            ):
                # the table is there, but prints too few numbers to place any of them
                n = max(sum(1 for tok in g.tokens if tok.text) for g in leftovers)
                _unread(
                    ex, [t], _unplaced(t.caption, len(t.cell_ids), n), "table printed, but its numbers cannot be placed"
                )
            elif _printed_empty(t, region.tables, region_text):
                _unread(
                    ex,
                    [t],
                    f"“{t.caption}”印出了表格，但没有填写数字。",
                    "table printed with its cells left empty",
                )
                ex.printed_nothing = True  # it prints an empty cell as nothing: digits run together may hide one
            elif not leftovers and _header_alone(t, region_text):
                _unread(
                    ex,
                    [t],
                    f"“{t.caption}”印出了表头，但表中没有一个数字（可能在转换时丢失），{len(t.cell_ids)}个单元格都无法得知。",
                    "table's header printed, but no number",
                )
            else:
                missing.append(t)
        # digits run together somewhere in the region: its spaces are likely boundaries, not certain ones
        glued = any(_printed_cells(g) < slots[si].width for si, g in al.placed.items()) or any(
            _printed_cells(g) < s.width for s, g in turned
        )
        first: dict[str, int] = {}  # each table → where its first row read begins
        for si, g in sorted(al.placed.items()):
            first.setdefault(slots[si].table.id, g.start)
        unordered += [  # rows put back by the header are in the template's order
            (t, glued)
            for t in tables
            if t.id in first and t not in moved and named_otherwise(text, region.start, first[t.id], t)
        ]
        headless += [
            t
            for t in tables
            if t.id in first and t not in moved and names_no_column(text, region.start, first[t.id], t)
        ]
        total_heads += [
            t
            for t in tables
            if t.id in first
            and t not in moved
            and t not in headless
            and total_named_first(text, region.start, first[t.id], t)
        ]
        placed_groups.extend(al.placed.values())
        placed_groups.extend(g for _, g in turned)
        rows = (*((slots[si], g) for si, g in al.placed.items()), *turned)
        reading = _Reading(text, template, glued, rows, groups, region.start)
        placing = _Placing(region, reading, slots, al, placed, turned, [g for g in groups if id(g) in used])
        if reading.spacing_untold:
            untold.append(placing)  # placed once the other regions tell how the report prints its rows
            continue
        if reading.spacing[0] > 1:
            told.append(reading.spaced_rows)
        _place_region(ex, placing, choices, spans)
    for placing in untold:
        placing.reading.spaced_elsewhere = bool(told) and all(told)
        _place_region(ex, placing, choices, spans)
    ex.tables.sort()  # in the text's order, those placed last too
    _report_missing(ex, template, missing)
    if choices:
        stated = cache(partial(_stated_figures, ex, text, tuple(ex.tables), template, year, agency))
        _resolve(ex, template, choices, spans, stated)
        _unread_dropping(ex, template)
        _unread_hidden_blanks(ex, text, template, placed_groups)
        if gone := _unread_against_prose(ex, text, template, stated):
            _unread_resting_on(ex, template, choices, gone, stated)
    for t in transposed:
        _unread_short_columns(ex, template, t)
        if any(holds(eq, ex.cells) is False for eq in equations_of(template, t)):
            _unread_instead(
                ex,
                (t,),
                f"“{t.caption}”按列印出（各行是表格的列），这样读出的数不符合表格的勾稽关系，无法确定各数所属的单元格。",
                "printed transposed, and read so it breaks an identity: left unread",
            )
        else:
            ex.explain.append(f"{t.prefix}: printed transposed, each column as a row; its identities hold")
    for tables, label in by_columns:
        _unread_instead(
            ex,
            tables,
            f"第{tables[0].section}部分的表格按列印出（“{label}”之下是一列的数），不是逐行印出，无法确定各数所属的行。",
            f"a run of numbers follows the column label {label}: printed column by column, left unread",
        )
    for t, run_together in unordered:
        _unread(
            ex,
            [t],
            f"“{t.caption}”的表头所列各列的顺序与格式不同，{'各行数字连在一起印出，' if run_together else ''}"
            "无法确定各数所属的列。",
            "the header names the columns in another order, not read whole: left unread",
        )
    _settle_continued(ex, template, continued)
    for t in template.tables:
        if all(t is not u for u, _ in unordered) and (p := total_printed_elsewhere(ex.cells, t)) is not None:
            _unread(
                ex,
                [t],
                f"“{t.caption}”{'各组' if t.flat else '各行'}的总计印在第{p + 1}列，列的顺序与格式不同，"
                "无法确定各数所属的列。",
                f"the rows add up to column {p + 1}, not the total: left unread",
            )
        elif t in put_back and not adds_up(ex.cells, t):
            _unread(
                ex,
                [t],
                f"“{t.caption}”的表头所列各列的顺序与格式不同，按表头读出的{'各组' if t.flat else '各行'}"
                "不等于其总计，无法确定各数所属的列。",
                "read in the order its header names the columns, a row does not add up to its total: left unread",
            )
    # tables whose header does not tell that 总计 comes last: no header, or one naming 总计 before the rest
    doubts = [(t, "没有印出表头", "no header") for t in headless]
    named_first = ("的表头读不出各列的顺序，却把总计印在其他各列之前", "the header names 总计 first")
    doubts += [(t, *named_first) for t in total_heads]
    for t, said, why in doubts:
        if doubted := doubted_total_first(ex.cells, t):
            ex.forget(doubted)
            ex.add(
                "value.ambiguous",
                f"“{t.caption}”{said}，{'各组' if t.flat else '各行'}的数字读作总计在前同样与总计相符，"
                "无法确定各数所属的列。",
                doubted,
            )
            ex.explain.append(f"{', '.join(doubted)}: {why}, and read with the total first it adds up as well")
    _unread_under_converters_headers(ex, text, template, {t.id: r.start for r in regions for t in r.tables})
    for t, start, end in headed:
        if doubted := doubted_by_order(text, start, end, t, ex.cells):
            ex.forget(doubted)
            ex.add(
                "value.ambiguous",
                f"“{t.caption}”的表头所列各组的列序不一，按另一组的列序读，这些数同样与总计相符，无法确定各数所属的列。",
                doubted,
            )
            ex.explain.append(f"{', '.join(doubted)}: another group's order of the header adds up as well: left unread")
    for t in spanned:
        _spanned_blanks(ex, t)
    for t in unsettled:
        group = next(c.group for c in t.columns if c.group)
        _unread_instead(
            ex,
            (t,),
            f"“{t.caption}”的表头把“{group}”印作一列，其各列名分几行印出，无法确定各数所属的列。",
            f"the header prints {group} as one column, its names over lines that do not say their order: left unread",
        )
    for row, splits, label, printed in ex.unsplit:
        if template.cell_place[row.cells[0]][0].id in ex.short_tables:
            continue  # the table leaves cells out (another row prints too few numbers): so may this row
        broken, short_by = broken_whatever_the_split(template, ex.cells, row, splits, ex.bounds)
        ex.findings += [unsplit_finding(template, eq, label, printed, short_by) for eq in broken]
    return ex


def _settle_continued(ex: Extraction, template: Template, continued: list[Continued]) -> None:
    """The rows continued under a converter's own header after a header naming the columns in another
    order (see `Continued`) — of its table, or of the next with the same columns (行政强制 after 行政处罚's
    header) — read in the order the template's identities alone hold in: the header's, or the template's
    where the rows print a number in every cell (none read as printed empty). Where they hold in neither
    or both, the cells the two orders read otherwise are left unread."""
    for t, order, start, end in continued:
        width = len(t.columns)
        rows: list[tuple[tuple[str, ...], list[Value | None]]] = []  # each row, as the header's order reads it
        for u in (u for u in template.tables if u.columns == t.columns):
            for row in (u.cell_ids[k : k + width] for k in range(0, len(u.cell_ids), width)):
                if any(start <= ex.spans[c][0] < end for c in row if c in ex.spans):
                    rows.append((row, [ex.cells.get(c) for c in row]))
        doubted = [c for row, read in rows for c, v, at in zip(row, read, order, strict=True) if v != read[at]]
        if not doubted:
            continue
        kept = dict(ex.cells)  # the template's order
        kept.update((c, read[at]) for row, read in rows for c, at in zip(row, order, strict=True))
        gone = set(doubted)
        equations = [eq for eq in template.equations if not gone.isdisjoint(eq.cells)]
        named, printed = (_identities_hold(equations, cells) for cells in (ex.cells, kept))
        if named and not printed:
            ex.explain.append(f"{t.prefix}: continued under a converter's header, in the header's order")
        elif printed and not named and all(v is not None for _, read in rows for v in read):
            spans, units = dict(ex.spans), dict(ex.units)
            for row, _ in rows:
                for c, at in zip(row, order, strict=True):
                    ex.cells[c] = kept[c]
                    ex.spans.pop(c, None)
                    ex.units.pop(c, None)
                    if (span := spans.get(row[at])) is not None:
                        ex.spans[c] = span
                    if (unit := units.get(row[at])) is not None:
                        ex.units[c] = unit
            ex.explain.append(f"{t.prefix}: continued under a converter's header, in the template's order")
        else:
            for u in (u for u in template.tables if u.columns == t.columns):
                if cells := [c for c in u.cell_ids if c in gone]:
                    ex.forget(cells)
                    ex.add(
                        "value.ambiguous",
                        f"“{u.caption}”分页续印的行换了转换工具自拟的表头，而前面的表头所列各列的顺序与格式不同，"
                        "这些行按哪种顺序印出无从得知，两种读法不同，这些单元格无法确定。",
                        cells,
                    )
            ex.explain.append(f"{', '.join(doubted)}: continued under a converter's header, in either order")


def _identities_hold(equations: list[Equation], cells: dict[str, Value | None]) -> bool:
    """Whether no equation of `equations` is broken by `cells`, and one at least is judged and holds."""
    judged = [holds(eq, cells) for eq in equations]
    return False not in judged and True in judged


def _unread_under_converters_headers(ex: Extraction, text: str, template: Template, starts: dict[str, int]) -> None:
    """Leave unread the rows of each table of two columns or more printed under a converter's own header
    (`| 数据1 | 数据2 | …`, see `converters_header`) that another order of its columns reads otherwise: the
    header the report printed, and the order it named the columns in, are lost."""
    if "---" not in text:
        return  # no Markdown rule: the common case, told at a glance
    ends = _span_ends(ex)
    for t in template.tables:
        if len(t.columns) < 2 or t.id not in starts:
            continue
        firsts = [ex.spans[c][0] for c in t.cell_ids if c in ex.spans]
        if not firsts:
            continue
        first = min(firsts)
        k = bisect_right(ends, first)  # the last cell's end before the table's first: no pass over every cell's
        start = ends[k - 1] if k else starts[t.id]
        if converters_header(text, max(start, starts[t.id]), first, t) and (doubted := unordered_rows(ex.cells, t)):
            ex.forget(doubted)
            ends = _span_ends(ex)
            ex.add(
                "value.ambiguous",
                f"“{t.caption}”的表头没有印出（表格线上方的表头行空缺，可能被转换工具换掉），无法确定各数所属的列。",
                doubted,
            )
            ex.explain.append(f"{t.prefix}: under a converter's own header, the columns' order is not printed")


def _span_ends(ex: Extraction) -> list[int]:
    """Where each cell read is printed to, in order."""
    return sorted(end for _, end in ex.spans.values())


def _read_regular(ex: Extraction, text: str, region: Region, read: Regular) -> None:
    """The cells of a region's tables printed in a regular layout, and where they are printed."""
    ex.cells.update(read.cells)
    ex.spans.update(read.spans)
    ex.tables.append(_table_span(text, region, read.first, read.last))
    for label, blanks in read.blanks:
        ex.blank(label, blanks)


def _unread_short_columns(ex: Extraction, template: Template, table: Table) -> None:
    """Leave unread the cells of a transposed table read from digits run together, where a column's
    digits read one cell short, the other empty, would also keep the identities: a column's many cells
    have two identities of their own, which more than one reading may keep, and the columns are settled
    together. A column whose digits split one way only (a column of zeros) and not also one cell short
    does not hang on the others, and stays read."""
    rows = [r for r in ex.glued if r.cells[0].startswith(f"{table.prefix}.")]
    short = [may_be_short(template, ex.cells, r) for r in rows]
    if not any(short):
        return
    doubted = [
        c
        for r, s in zip(rows, short, strict=True)
        if s or len(split_group(r.texts, r.kinds, r.joinable)[0]) > 1
        for c in r.cells
        if ex.cells[c] is not None
    ]
    ex.forget(doubted)
    if doubted:
        ex.add(
            "value.ambiguous",
            "数字连在一起印刷，读作某列有一个单元格未填写、什么也没有印出同样符合表格的勾稽关系，这些单元格无法确定。",
            doubted,
        )
        ex.explain.append(f"{', '.join(doubted)}: a column's digits may be a cell short, an empty one printing nothing")


def _spanned_blanks(ex: Extraction, table: Table) -> None:
    """One finding, instead of one a row, for the cells under a table's spanning header that its header
    prints as one column, their sum (see `spanned_rows`)."""
    under = tuple(f".{c.id}" for c in table.columns if c.group)
    blank = [c for c in table.cell_ids if c.endswith(under) and c in ex.cells and ex.cells[c] is None]
    ex.findings = [
        f for f in ex.findings if not (f.rule == "table.incomplete" and f.cells and all(c in blank for c in f.cells))
    ]
    if blank:
        group = next(c.group for c in table.columns if c.group)
        names = "、".join(c.label for c in table.columns if c.group)
        ex.add(
            "table.incomplete",
            f"“{table.caption}”的表头把“{group}”印作一列（{names}之和），未按格式分列，这些单元格无法填写。",
            blank,
        )
        ex.explain.append(f"{table.prefix}: the header prints {group} as one column: its columns left blank")


def _unread_instead(ex: Extraction, tables: tuple[Table, ...], message: str, why: str) -> None:
    """Leave tables read in a way found wrong unread, the findings of their rows replaced by the one
    that says why."""
    gone = tuple(t.prefix for t in tables)
    ex.findings = [f for f in ex.findings if not (f.cells and all(c.startswith(gone) for c in f.cells))]
    _unread(ex, list(tables), message, why)


def _printed_empty(table: Table, tables: tuple[Table, ...], text: str) -> bool:
    """Whether `table` is printed in `text` with its cells left empty and nothing in their place (a layout
    that prints no empty cell): its caption, then every row's label before the next table's caption."""
    caption = table.caption_pattern
    if caption is None or (m := caption.search(text)) is None:
        return False
    others = [p.search(text, m.end()) for t in tables if t is not table and (p := t.caption_pattern) is not None]
    end = min((o.start() for o in others if o is not None), default=len(text))
    return all(any(re.search(k, text[m.end() : end]) for k in row.keys) for row in table.rows)


_CLAUSE_END: Final = re.compile(r"[，。；,;]")  # what ends a clause of prose; a table's header prints none


def _row_opens_a_line(table: Table, text: str) -> bool:
    """Whether a row of `table` opens a line of `text`, its numbering aside, with a number after its label on
    that line (`行政复议 0 0`): the table is printed there, whatever its header (cut over lines: `结果` / `维持`)
    no longer shows; not prose that names a row (`2023 年，因…被申请行政复议 0 件。`)."""
    return _row_lines(table).search(text) is not None


@lru_cache(maxsize=64)  # every table of every format
def _row_lines(table: Table) -> re.Pattern[str]:
    """A line opened by a row's label of `table` (after up to six characters of its numbering), a number after
    it on the line."""
    keys = "|".join(k for r in table.rows for k in r.keys)
    return re.compile(rf"^[^\n\d]{{0,6}}?(?:{keys})[^\n\d]{{0,16}}\d", re.MULTILINE)


def _header_alone(table: Table, text: str) -> bool:
    """Whether the header of `table`, a table with no caption (三, 四), stands in `text` though no number of
    it does: two of its header words or more in one stretch of text no clause ends in (a section's prose
    may name one, `被申请行政复议`, its title another)."""
    if table.caption_keys:
        return False
    words = _header_words(table)
    return any(sum(w.search(piece) is not None for w in words) >= 2 for piece in _CLAUSE_END.split(text))


@lru_cache(maxsize=16)
def _header_words(table: Table) -> tuple[re.Pattern[str], ...]:
    """Each of a table's header words, compiled."""
    return tuple(re.compile(k) for k in table.header_keys)


def _loose(g: Group) -> bool:
    """Whether a group is numbers on lines of their own, each a number (no label, no empty cell)."""
    return g.multiline and not g.same_line and all(t.text is not None or t.soft for t in g.tokens)


def _table_after(text: str, g: Group) -> int | None:
    """Where a Markdown table starts, on the next line printed after a group (None where none does): a row
    of cells between `|`, not a `|` alone (the border between a page's cells printed a line each)."""
    at = _next_printed(text, g.tokens[-1].end)
    end = text.find("\n", at)
    return at if text.startswith("|", at) and text.find("|", at + 1, end if end >= 0 else len(text)) > 0 else None


def _next_printed(text: str, at: int) -> int:
    """Where the next character printed from `at` on is (past white space and line breaks)."""
    while text[at : at + 1].isspace():
        at += 1
    return at


def _tab_row_after(text: str, g: Group) -> bool:
    """Whether the next line printed after a group is a row of cells with a tab between two of them (a
    Markdown table printed with tabs between its cells)."""
    at = _next_printed(text, g.tokens[-1].end)
    end = text.find("\n", at)
    return "\t" in text[at : end if end >= 0 else len(text)].rstrip()


def _cells_a_line_after_label(g: Group) -> bool:
    """Whether a group is a row printed a cell a line after its label: numbers, words before them."""
    return g.multiline and bool(g.before) and any(t.text is not None for t in g.tokens)


def _without_spacing(text: str, groups: list[Group]) -> None:
    """Drop the blanks read from the empty lines at either end of each loose group (see `_loose`) printed just
    before a Markdown table, its cells between `|` or tabs: the spacing that sets a Markdown table apart from
    the lines before it, not cells — a row's numbers a converter pulled out before its table, one of its cells
    a blank, are as many as it printed, never padded to the row's width by an empty line whose place is not
    the blank's. A group followed by a row of cells one per line, its label between them, is a row of a table
    printed so (the label over cells of its own, `5.` `属于…`, perhaps a tab apart), not loose."""
    for i, g in enumerate(groups):
        toks = g.tokens
        if (
            (toks[0].soft or toks[-1].soft)
            and _loose(g)
            and not (i + 1 < len(groups) and _cells_a_line_after_label(groups[i + 1]))
            and (_table_after(text, g) is not None or _tab_row_after(text, g))
        ):
            numbers = [k for k, t in enumerate(toks) if t.text is not None]
            if numbers:
                g.tokens = toks[numbers[0] : numbers[-1] + 1]


def _into_word_rows(
    text: str, end: int, slots: tuple[Slot, ...], tables: tuple[Table, ...], groups: list[Group]
) -> set[int]:
    """A row's numbers a converter pulled out of its table and printed as loose lines just before its
    header (see `_loose`; a note amid them naming no row), the row still printing a word or mark in some
    cells (`| 规章 |  | 见附件 |  |`, or between tabs `规章\t\t见附件`, whose empty cells at its end print
    nothing): where it is the one row of the table, up to `end`, that leaves as many cells empty as they
    are numbers or more, each cell found by its place under the header's name of its column, the loose
    groups are taken into that row — their numbers in the cells it leaves empty, in turn, where it leaves
    as many; else it is read as not matching its cells (`broken`): which of them the numbers are in, nothing
    tells. The rows given numbers so (by id), whose own sums are still to be checked (see `_put_back_adds_up`)."""
    joined: set[int] = set()
    k = 0
    while k < len(groups):
        first = k
        while k < len(groups) and _loose(groups[k]) and (k == first or not named_rows(slots, groups[k].before)):
            k += 1
        run, k = groups[first:k], max(k, first + 1)
        tokens = [t for g in run for t in g.tokens]
        numbers = [t for t in tokens if not t.soft]
        if not numbers or any(t.soft for t in tokens[tokens.index(numbers[0]) : tokens.index(numbers[-1])]):
            continue  # no loose run, or two of them an empty line apart
        row = _word_row(text, _next_printed(text, numbers[-1].end), end, tables, len(numbers))
        if row is None:
            continue
        places, printed, (start, stop) = row
        owners = {id(g): g for g in groups for t in g.tokens if not t.soft and start <= t.start < stop}
        if len(owners) != 1:
            continue
        (owner,) = owners.values()
        own = [t for t in owner.tokens if _printed(text, t) or t.text is not None]  # not its empty cells
        cells = {p: inside[0] for p, (a, b) in printed if len(inside := [t for t in own if a <= t.start < b]) == 1}
        if len(cells) != len(printed) or len(own) != len(printed):
            continue  # a cell printing more than one token or none, or a token outside the row's cells
        if len(places) - len(printed) == len(numbers):
            put = iter(numbers)
            owner.tokens = [cells[p] if p in cells else next(put) for p in places]
            joined.add(id(owner))
        else:
            owner.tokens = sorted(numbers + own, key=lambda t: t.start)
            owner.broken = True
        groups[first:k] = []
        k = first
    return joined


_RULE: Final = re.compile(r"[\s|:-]*-{3,}[\s|:-]*")  # a Markdown table's rule under its header


def _word_row(
    text: str, at: int, end: int, tables: tuple[Table, ...], numbers: int
) -> tuple[list[int], list[tuple[int, tuple[int, int]]], tuple[int, int]] | None:
    """The one row of the table whose header is the line at `at`, up to an empty line or `end`, that leaves
    `numbers` cells empty or more, where it prints a word or mark in some other cell: the places of the
    header's value columns (see `value_places`), each cell the row prints (its place, where it is), and
    where its line is. None where no such row is, or more, or a row's cells stand elsewhere than the
    header's (a cell's break beginning one line and not the other, or words under no column's name)."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at, end)
    stop = end if stop < 0 else stop
    line = text[start:stop]
    places = value_places(line, tables) if "|" in line or "\t" in line else None
    if places is None:
        return None
    lead = text[start] in "|\t"  # a header's line and its rows' begin alike, with a cell's break or not
    found = []
    while stop < end:
        start = stop + 1
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        if not text[start:stop].strip():
            break  # the table's end
        bounds = cell_bounds(text, start, stop)
        cells = [(p, bounds[p]) for p in places if p < len(bounds) and text[slice(*bounds[p])].strip()]
        if len(places) - len(cells) < numbers or _RULE.fullmatch(text, start, stop):
            continue
        if (text[start] in "|\t") != lead or any(
            text[a:b].strip() for p, (a, b) in enumerate(bounds) if p > places[0] and p not in places
        ):
            return None
        found.append((places, cells, (start, stop)))
    return found[0] if len(found) == 1 and found[0][1] else None


def _pulled_out(text: str, groups: list[Group]) -> set[int]:
    """The loose groups (see `_loose`) of each run of them printed just before a Markdown table with a row
    that prints no number, as many of its cells empty as the run or one of its groups prints numbers, and
    that prints its label or comes after a row printing numbers: a row's numbers a converter pulled out of
    it, not to be aligned with the rows as one of their own — the row's place is not where they stand.
    (Where the empty row is the table's first row printing numbers and no label, the run stands where
    that row would: aligned in its place.)"""
    pulled: set[int] = set()
    run: list[Group] = []
    widths: list[int] = []  # how many numbers each group of the run prints
    for g in groups:
        if not _loose(g) or g.before:
            run, widths = [], []
        if not _loose(g):
            continue
        run.append(g)
        widths.append(sum(1 for t in g.tokens if not t.soft))
        at = _table_after(text, g)
        if at is not None and {*widths, sum(widths)} & set(_empty_markdown_rows(text, at)):
            pulled.update(map(id, run))
    return pulled


def _empty_markdown_rows(text: str, at: int) -> list[int]:
    """How many empty cells each row of the Markdown table starting at `at` prints that prints no number,
    only perhaps its label first, and that prints its label or comes after a row printing a number (none
    where no table starts there)."""
    out = []
    numbers = False  # whether a row above printed a number
    while text.startswith("|", at):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        cells = [c.strip() for c in text[at:end].strip().strip("|").split("|")]
        if len(cells) > 1 and not any(cells[1:]) and (cells[0] or numbers):
            out.append(len(cells) - (1 if cells[0] else 0))
        numbers = numbers or any(c.isdigit() for c in cells)
        at = end + 1
    return out


def _put_back_loose_rows(
    ex: Extraction,
    text: str,
    template: Template,
    stop: int,
    slots: tuple[Slot, ...],
    groups: list[Group],
    al: Alignment,
    moved: list[Table],
) -> None:
    """A row's numbers a converter pulled out of its table and printed as loose lines before it, the row
    left with its label and empty cells (`2` `7` `19` then `| 规章 |  |  |  |`): where no label stands on
    their lines, nothing but numbers (perhaps in runs a note parts), and exactly one row of the table after
    them prints only empty cells, as many as they are, they are that row's. A word or mark the row still
    prints (`|  | 暂无 |  |`) keeps its cell, the numbers filling the empty ones in the order the row prints
    them; a row after the table's first that prints its label alone (a tab row's empty cells at its end
    print nothing) between the rows around it (the last before the region's end at `stop`) is as empty,
    unless a header names the table's columns in another order (`moved`) and the numbers differ: which cell
    each number is in, nothing then tells (numbers all the same, `0` `0` `0`, are the same in any)."""
    if len(al.placed) + len(al.aggregated_slots) == len(slots) and not any(p.blank for p in al.placed.values()):
        return
    alone: dict[int, bool] = {}  # each unread row: whether its label is printed alone

    def label_alone(si: int) -> bool:
        if si not in alone:
            ends = [p.tokens[-1].end for sj, p in al.placed.items() if sj < si and slots[sj].table is slots[si].table]
            after = min((p.start for sj, p in al.placed.items() if sj > si), default=stop)
            alone[si] = bool(ends) and si in named_rows(slots, "".join(text[max(ends) : after].split()))
        return alone[si]

    used = {id(g) for g in al.placed.values()}
    runs: list[list[Group]] = []  # the loose groups, consecutive ones together
    for g, prev in zip(groups, [None, *groups], strict=False):
        if g.same_line or id(g) in used or any(t.text is None and not t.soft for t in g.tokens):
            continue
        if runs and runs[-1][-1] is prev:
            runs[-1].append(g)
        else:
            runs.append([g])
    for run in runs:
        for loose in (run, *([g] for g in run if len(run) > 1)):
            rows = _loose_rows(text, slots, al, loose, label_alone)
            if len(rows) > 1 and any(si in al.placed for si in rows):
                # a row read from the unlabelled line under its label's, that label's line printing as many
                # empty cells as the loose numbers: they may be its own, the line under it another row's
                under = next(si for si in rows if si in al.placed)
                for si in rows:
                    whose = "其" if si == under else f"“{slots[under].label}”"
                    _unknown(ex, slots[si], f"的数字可能是表格之前散印的一行，也可能是{whose}下一行未标名称的数字")
                for si in rows:
                    al.placed.pop(si, None)
                break
            if len(rows) != 1:
                continue
            slot = rows[0]
            tokens = [t for g in loose for t in g.tokens]
            if slot not in al.placed and slots[slot].table in moved and len({t.text for t in tokens}) > 1:
                _unknown(ex, slots[slot], "的数字似印在表格之前，但表头所列各列的顺序与格式不同")
                break
            cells = al.placed[slot].trimmed(slots[slot].width) if slot in al.placed else []
            if any(_printed(text, t) for t in cells) or any(a.col > b.col for a, b in pairwise(cells)):
                # the row's own marks keep their cells; the numbers fill the others in the order the row
                # prints them, which a header naming the columns in another order put back in the template's
                numbers = iter(t for t in tokens if not t.soft)
                put = list(cells)
                for j in sorted(range(len(cells)), key=lambda j: cells[j].col):
                    if not _printed(text, cells[j]):
                        put[j] = next(numbers)
                tokens = put
            if not _put_back_adds_up(ex, template, slots[slot], tokens):
                continue
            row = loose[0]
            if len(loose) > 1:  # one group in place of the run's
                row = Group(tokens, row.line, "", row.before, loose[-1].after, row.multiline)
                at_group = next(i for i, g in enumerate(groups) if g is loose[0])
                groups[at_group : at_group + len(loose)] = [row]
            row.tokens = tokens
            al.placed[slot] = row
            ex.explain.append(f"{slots[slot].prefix}: its numbers printed as loose lines before its table")
            break


def _put_under_headers(text: str, slots: tuple[Slot, ...], groups: list[Group], al: Alignment) -> None:
    """Place a flat table's row (四) printing fewer numbers than its cells (those a stray space splits
    joined, see `_joined`), where no label beside it says whose they are, by its header: a row of numbers
    laid out in columns (see `_laid_out`) on the line just under a header naming each of the table's
    columns (see `_named_places`), its empty cells printing spaces only."""
    used = {id(g) for g in al.placed.values()} | {id(g) for g in al.aggregated.values()}
    for si, slot in enumerate(slots):
        if not slot.table.flat or si in al.placed:
            continue
        for g in groups:
            if (
                id(g) not in used
                and all(t.text is not None for t in g.tokens)
                and 0 < len(joined := _joined(text, g.tokens)) < slot.width
                and _places(text, g.tokens, False) is not None
                and _laid_out(text, joined)
                and _named_places(text, g.start, slot.table, slot.width, (False,))[False] is not None
            ):
                al.placed[si] = g
                used.add(id(g))
                break


def _loose_rows(
    text: str, slots: tuple[Slot, ...], al: Alignment, loose: list[Group], label_alone: Callable[[int], bool]
) -> list[int]:
    """The rows of the table after the `loose` groups that they may be: those that print no number, as
    many of their cells empty as they print numbers (the rest a word or mark), or, as many cells, their
    label alone (see `label_alone`); and those read from an unlabelled line under a line of their label
    and as many empty cells (see `_emptied_above`). None where the groups stand amid the table's rows."""
    start = loose[0].start
    after = [si for si, placed in al.placed.items() if placed.start > start]
    if not after:
        return []
    table = slots[min(after)].table
    if any(slots[si].table is table and placed.start < start for si, placed in al.placed.items()):
        return []  # amid the table's rows, not before it
    width = sum(1 for g in loose for t in g.tokens if not t.soft)  # less the empty lines around them
    if not width:
        return []
    rows = [
        si
        for si, p in al.placed.items()
        if slots[si].table is table
        and (_unprinted(text, p, slots[si].width) == width if p.blank else _emptied_above(text, p, width))
    ]
    rows += [
        si
        for si, s in enumerate(slots)
        if s.table is table
        and s.width == width
        and si not in al.placed
        and si not in al.aggregated_slots
        and label_alone(si)
    ]
    return rows


def _emptied_above(text: str, row: Group, width: int) -> bool:
    """Whether a row printed with no label on its line (`| 0 | 0 |`) is under a line of label cells and
    `width` empty ones (`| 三、 | （一）予以公开 |  |  |`): its label's line, from which a converter may have
    pulled its numbers out, this line then another row's whose label it printed elsewhere."""
    if row.same_line or (line := text.rfind("\n", 0, row.start)) < 1:
        return False
    above = text[text.rfind("\n", 0, line) + 1 : line].strip()
    if not above.startswith("|"):
        return False
    cells = above.strip("|").split("|")
    empty = sum(1 for c in cells if not c.strip())
    return empty == width and len(cells) > empty and not any(c.strip().isdigit() for c in cells)


def _unprinted(text: str, row: Group, width: int) -> int:
    """How many of the `width` cells of a row of blanks print nothing: all of them where it prints no word
    or mark, else those of its cells that print nothing (-1 where it prints other than `width` cells)."""
    cells = row.trimmed(width)
    if not (marks := sum(_printed(text, t) for t in cells)):
        return width
    return width - marks if len(cells) == width else -1


def _printed(text: str, tok: Token) -> bool:
    """Whether a blank cell prints a word or mark (暂无, —), not nothing."""
    return not text[tok.start : tok.end].isspace() and tok.end > tok.start


@dataclass
class _Placing:
    """A region's rows aligned, to be read into cells (see `_place_region`)."""

    region: Region
    reading: _Reading
    slots: tuple[Slot, ...]
    al: Alignment
    placed: set[str]  # the tables some of whose rows were placed
    turned: list[tuple[Slot, Group]]  # rows of a table printed transposed
    used: list[Group]  # the groups read as rows


def _place_region(ex: Extraction, read: _Placing, choices: list[Choice], spans: _Splits) -> None:
    """Read a region's placed rows into cells, and note the lines its tables are printed on."""
    reading, text = read.reading, read.reading.text
    if reading.glued and reading.spaced_rows:  # rows short of cells among rows of a number a cell: cells left empty
        reading.glued = False
    _place(ex, reading, read.slots, read.al, read.placed, choices, spans)
    ex.printed_nothing = ex.printed_nothing or (reading.glued and reading.empties)
    for slot, g in read.turned:
        _read_group(ex, reading, slot, g, choices, spans)
    used_groups = read.used
    if read.turned:
        used_groups = sorted(used_groups + [g for _, g in read.turned], key=lambda g: g.start)
    while len(used_groups) > 1 and _ends_sentence(text, used_groups[0]):
        used_groups.pop(0)  # a count the prose before the table states, not where the table begins
    if used_groups:  # printed from the first token to the last: a row put back in order holds them otherwise
        toks = [t for g in used_groups for t in g.tokens]
        ex.tables.append(_table_span(text, read.region, min(t.start for t in toks), max(t.end for t in toks)))


def _unread(ex: Extraction, tables: list[Table], message: str, why: str) -> None:
    """Leave tables whose numbers the text does not tell the cells of unread, with a finding naming their
    cells."""
    gone = [c for t in tables for c in t.cell_ids]
    ex.forget(gone)
    ex.unsplit = [u for u in ex.unsplit if u[0].cells[0] not in gone]
    ex.add("table.incomplete", message, gone)
    ex.explain.append(f"{', '.join(t.prefix for t in tables)}: {why}")


def _place(
    ex: Extraction,
    reading: _Reading,
    slots: tuple[Slot, ...],
    al: Alignment,
    placed: set[str],
    choices: list[Choice],
    spans: _Splits,
) -> None:
    """Read the placed groups into cells; rows of a placed table that print nothing stay empty."""
    for label, g in al.aggregated.items():
        kids = [slots[i] for i in sorted(al.aggregated_slots) if (r := slots[i].row) and r.parent == label]
        for s in kids:
            for c in s.cell_ids:
                ex.cells[c] = None
        ex.add(
            "table.incomplete",
            f"“{label}”只印了一行合计（{len(g.tokens)}个数），没有按格式分列其下的{len(kids)}行，这些单元格无法得知。",
            [c for s in kids for c in s.cell_ids],
        )
        ex.explain.append(f"{label}: printed as one row at offset {g.start}; its sub-rows stay empty")
    surplus = False  # the row before printed its own numbers and about another row's
    for si, slot in enumerate(slots):
        if slot.table.id not in placed or si in al.aggregated_slots:
            continue
        group = al.placed.get(si)
        if group is None:
            for c in slot.cell_ids:
                ex.cells[c] = None
            ex.add("table.incomplete", f"表格缺少“{slot.label}”一行的数字。", list(slot.cell_ids))
            if reading.glued and _label_printed_empty(reading.text, slots, si, al):
                ex.printed_nothing = True  # its label printed, nothing after it: digits run together may hide one
            ex.explain.append(f"{slot.prefix}: no numbers found")
            surplus = False
            continue
        if surplus and reading.one_line:
            # a table run on in one line whose rows print their numbers before their labels (a PDF's text, its
            # line breaks lost): the numbers after this row's label may be the next row's
            _unknown(ex, slot, "的数字可能印在其名称之前（上一行多印出了约一行的数字），名称后的数字也可能属于下一行")
        else:
            _read_group(ex, reading, slot, group, choices, spans)
        surplus = _fewest_cells(reading.text, group.tokens) >= 2 * slot.width - 1 > slot.width


@lru_cache(maxsize=8)
def _announce_pattern(tables: tuple[Table, ...]) -> re.Pattern[str]:
    """The words a table's printing begins with: its caption, its header words, its note, or (四) the
    labels of its side-by-side row groups in one line."""
    keys = [k for t in tables for k in t.caption_keys + t.header_keys]
    if any(t.section == 2 for t in tables):
        keys.append(_S2_START.pattern)
    for t in tables:
        if t.note:  # the note heading the label columns, as its first words: （本列数据…
            keys.append(r"[（(]?" + spaced(re.escape(t.note.lstrip("（(")[:4])))
        if t.flat:
            tops = dict.fromkeys(r.parent or r.label for r in t.rows)
            keys.append(r"[\s|]*".join(re.escape(label) for label in tops))
    return re.compile("|".join(keys) or "(?!)")


def _table_span(text: str, region: Region, first: int, last: int) -> tuple[int, int]:
    """The lines a region's table is printed on: from its first caption or header words (or where its
    first row read begins, `first`, if earlier) to the line of the last row read, which ends at `last`."""
    prose = text.rfind("。", 0, first) + 1  # header words in a sentence announce nothing
    m = _announce_pattern(region.tables).search(text, max(prose, region.start), first)
    return printed_lines(text, m.start() if m else first, last, prose, region.end)


# after a count of the prose: its digits' rest where the line wrapped them, a unit, and a mark that ends a
# clause or parts a list
_SENTENCE_END: Final = re.compile(r"(?:\s*\d)*[ \t]*[条件项个次][ \t]*[。；;、，,]")
_PROSE_MARK: Final = re.compile(r"[，,、]")


def _ends_sentence(text: str, g: Group) -> bool:
    """Whether a group is a count of a sentence of prose (`…，规划计划类信息453条。`, `分别为339条、349条、…`, a
    number the line wrapped, `1` / `49 条。`): one number, a comma or list mark in its sentence before it,
    and after it a unit and a mark that ends a clause or parts a list."""
    if len(g.tokens) != 1 or _SENTENCE_END.match(text, g.tokens[0].end) is None:
        return False
    start = g.tokens[0].start
    return _PROSE_MARK.search(text, text.rfind("。", 0, start) + 1, start) is not None


def _report_missing(ex: Extraction, template: Template, missing: list[Table]) -> None:
    """One `table.missing` per section whose tables are all absent, else one per absent table."""
    gone = {t.id for t in missing}
    done: set[int] = set()
    for t in missing:
        if all(p.id in gone for p in template.section_tables(t.section)):
            if t.section not in done:
                done.add(t.section)
                ex.add("table.missing", f"报告第{t.section}部分缺少全部法定表格。", [t.prefix])
            continue
        ex.add("table.missing", f"报告缺少法定表格“{t.caption}”。", [t.row_prefix(r.id) for r in t.rows])


_NOT_WORDS: Final = re.compile(r"[\s|]+")  # what a header prints between its names: white space and `|`
_NAME_REACH: Final = 48  # characters around a header's empty cells its names are looked for in


@dataclass(eq=False)
class _Reading:
    """What reading a region's rows needs besides the rows: the text, the template, whether the region
    runs digits together (so that its single spaces may be stray ones), its rows, and all its groups.

    What only some rows ask of the region is worked out where a row first asks, and kept (the fields after
    `groups`; plain fields and properties, not `cached_property`, so that the compiled build keeps them)."""

    text: str
    template: Template
    glued: bool
    rows: tuple[tuple[Slot, Group], ...]  # the region's rows read, each with its group
    groups: list[Group]  # every group of the region, in reading order: rows, and header cells printed empty
    start: int  # where the region begins, its header's words with it
    _short: bool | None = None
    _empties: bool | None = None
    _marked: bool | None = None
    _spread: set[str] | None = None
    _extra_end: int | None = None
    _laid_out: dict[tuple[str, int], list[list[Token]]] | None = None
    _spaced: set[tuple[str, int]] | None = None
    _first: dict[str, int] | None = None
    _misaligned: dict[tuple[str, int], bool] = field(default_factory=dict, init=False)
    _headers: dict[tuple[int, str, int], dict[bool, tuple[Laid, int] | None]] = field(default_factory=dict, init=False)
    _one_line: bool | None = None
    spaced_elsewhere: bool = False  # the report's other tables print a number a cell, spaced apart
    _spacing: tuple[int, int, int, int] | None = None
    _spaced_rows: bool | None = None
    _drops_empties: bool | None = None
    _folded: bool | None = None
    _uneven: bool | None = None

    @property
    def folded(self) -> bool:
        """Whether the region's words, its header's and its rows' to its last row's numbers, print a fold's
        spaces (`folded_words`): a single space amid a row's digits may then be one too."""
        if self._folded is None:
            last = max((g.tokens[-1].end for _, g in self.rows), default=0)
            self._folded = folded_words(self.text, self.start, last)
        return self._folded

    @property
    def one_line(self) -> bool:
        """Whether the region's rows are all printed on one line that runs on into the words after them (a page's
        text saved with its line breaks lost, `…174  3行政规范性文件…`): the spaces its cells held, however
        wide, may be no cells left empty."""
        if self._one_line is None:
            first = min((g.tokens[0].start for _, g in self.rows), default=0)
            last = max((g.tokens[-1].end for _, g in self.rows), default=0)
            after = _next_printed(self.text, last)
            if numbered := LABEL_NUMBERING.match(self.text[after : after + 6]):  # a heading's number (3.收到…)
                after += numbered.end()
            words = IDEOGRAPH.match(self.text, after) is not None
            self._one_line = bool(self.rows) and self.text.find("\n", first, after) < 0 and words  # no copy of the rows
        return self._one_line

    def apart(self, toks: list[Token]) -> bool:
        """`_apart` of a row's tokens here: spaces however wide part no cells for certain in a table `one_line`."""
        return _apart(self.text, toks) and (not self.one_line or _apart(self.text, toks, True))

    @property
    def short(self) -> bool:
        """Whether a row prints fewer tokens than its cells, its blank marks counted, and no wider gap or
        wrapped line where the rest may be, among rows that do not print a number a cell (`spaced_rows`) or
        on a line of rows run together: digits run together, not cells left empty (see `_grouped`)."""
        if self._short is None:
            self._short = (self.one_line or not self.spaced_rows) and any(
                len(g.tokens) < s.width and not self.apart(g.tokens) for s, g in self.rows
            )
        return self._short

    @property
    def empties(self) -> bool:
        """Whether a row prints its digits in one run (or parted only by full stops ending cells, `10。0。001`,
        or by spaces, `70 1109`), no mark or word among them, fewer than its cells, with no wider gap or wrapped
        line where the rest may be: a cell left empty printing nothing, as others may be."""
        if self._empties is None:
            self._empties = any(
                sum(len(t.text or "") for t in g.tokens) < s.width
                and all(t.text is not None and t.text.isdecimal() for t in g.tokens)
                and all(self.text[a.end : b.start].strip(" ") in ("", "。") for a, b in pairwise(g.tokens))
                and not self.apart(g.tokens)
                for s, g in self.rows
            )
        return self._empties

    @property
    def spacing(self) -> tuple[int, int, int, int]:
        """Of the region's rows of more than one cell: how many there are, how many print a number or mark a
        cell a space apart (none run into another), and the numbers or marks they print and their cells."""
        if self._spacing is None:
            rows = whole = printed = cells = 0
            for s, g in self.rows:
                toks = g.tokens
                if s.width < 2:
                    continue
                rows += 1
                cells += s.width
                printed += min(len(toks), s.width)
                if len(toks) == s.width and not any(t.glue for t in toks):
                    whole += all(self.text[toks[k - 1].end : toks[k].start].isspace() for k in range(1, len(toks)))
            self._spacing = rows, whole, printed, cells
        return self._spacing

    @property
    def spacing_untold(self) -> bool:
        """Whether the region's rows cannot tell whether it prints a number a cell (`spaced_rows`): of two rows
        of more than one cell (2021's 第二十条第（一）项), one prints so, the other fewer numbers than cells."""
        rows, whole, printed, cells = self.spacing
        return rows == 2 and whole == 1 and printed < cells

    @property
    def spaced_rows(self) -> bool:
        """Whether the region's rows print their cells a space apart, one number or mark a cell: two rows at
        least print as many as their cells so, none run into another, and the rows of more than one cell
        print four numbers or marks at least for every five cells. A row printing fewer numbers than its
        cells there left a cell empty, printing nothing (a page's text that drops an empty cell and its
        spaces: `行政许可 0 107`), not digits run together, which print a few runs for many cells. Where the
        region's rows cannot tell (`spacing_untold`), its one row so printed does where the report's other
        tables print their rows so (`spaced_elsewhere`)."""
        if self._spaced_rows is None:
            _, whole, printed, cells = self.spacing
            enough = whole >= 2 or (self.spacing_untold and self.spaced_elsewhere)
            self._spaced_rows = enough and 5 * printed >= 4 * cells
        return self._spaced_rows

    @property
    def uneven(self) -> bool:
        """Whether two rows of the region printing a number a cell on its line, none run into another, part two
        of them by two spaces or more: its spacing is uneven, and a wider gap between the numbers of a row that
        prints fewer than its cells tells no empty cell (`0 0 0  0 0 0`, where full rows print `0  0 0 0 0  0 0`).
        One such row may owe its gap to a footnote mark made spaces (`0。0②  1`)."""
        if self._uneven is None:
            text = self.text
            self._uneven = (
                sum(
                    len(toks := g.tokens) == s.width > 1
                    and not any(t.glue or t.text is None for t in toks)
                    and any(
                        text.startswith("  ", toks[k - 1].end) and not text[toks[k - 1].end : toks[k].start].strip(" ")
                        for k in range(1, len(toks))
                    )
                    for s, g in self.rows
                )
                > 1
            )
        return self._uneven

    @property
    def drops_empties(self) -> bool:
        """Whether, among rows of a number a cell (`spaced_rows`), a row prints fewer numbers than its cells
        with nothing to show its cells left empty — one space after its label and between its numbers, none
        after the last (`行政许可 0 107`): the report prints an empty cell as nothing, so the white space a
        line of numbers alone begins with is no empty cell (the indent of a row whose label wraps around
        its numbers, made one space)."""
        if self._drops_empties is None:
            text = self.text
            self._drops_empties = self.spaced_rows and any(
                0 < len(toks := g.tokens) < s.width
                and all(t.text is not None for t in toks)
                and all(text[toks[k - 1].end : toks[k].start] == " " for k in range(1, len(toks)))
                and text[toks[0].start - 1 : toks[0].start] == " "
                and text[toks[0].start - 2 : toks[0].start - 1] not in ("", " ", "\n", "\t")
                and text[toks[-1].end : toks[-1].end + 1] in ("", "\n")
                for s, g in self.rows
            )
        return self._drops_empties

    @property
    def marked(self) -> bool:
        """Whether a row of the region prints a blank cell's mark (see `_marks_empty`): the report marks its
        empty cells, and prints none as nothing."""
        if self._marked is None:
            self._marked = _marks_empty(self.text, (g for _, g in self.rows))
        return self._marked

    @property
    def spread(self) -> set[str]:
        """The tables (ids) a row of which prints more numbers than its cells on one line, no mark among them,
        each two spaces or more from the next: a number a stray space parted as widely as the cells are (a
        PDF's text laid out in columns), where any gap between two numbers may be inside one."""
        if self._spread is None:
            self._spread = {
                s.table.id
                for s, g in self.rows
                if len(g.tokens) > s.width
                and all(t.text is not None and t.col < 0 for t in g.tokens)
                and all(len(gap) > 1 and not gap.strip(" ") for gap in _between(self.text, g.tokens))
            }
        return self._spread

    @property
    def _extra_at(self) -> int:
        """Where the region's rows that print blank cells beyond their own at one end print them: 1 after
        their numbers, -1 before them, 0 where none does, or some do each (see `Group.extra_end`)."""
        if self._extra_end is None:
            ends = {g.extra_end(s.width) for s, g in self.rows} - {0}
            self._extra_end = ends.pop() if len(ends) == 1 else 0
        return self._extra_end

    def _header_end(self, slot: Slot, group: Group) -> int:
        """Where the header just above a row prints the empty cells of the grid's column the row has not, the
        group of them printed right before the row says: 1 right after the last column's name, -1 between the
        stub header and the first column's name; else 0."""
        k = bisect_left(self.groups, group.start, key=attrgetter("start"))
        if not k or not (cells := self.groups[k - 1]).blank:
            return 0
        text, columns = self.text, slot.table.columns
        before = _NOT_WORDS.sub("", text[max(0, cells.start - _NAME_REACH) : cells.start])
        if before.endswith(columns[-1].labels):
            return 1
        after = _NOT_WORDS.sub("", text[cells.tokens[-1].end : cells.tokens[-1].end + _NAME_REACH])
        stub = slot.table.stub_header
        return -1 if stub and before.endswith(stub) and after.startswith(columns[0].labels) else 0

    def extra_at(self, slot: Slot, group: Group) -> int:
        """The end of a row at which the grid prints the column it has not (`extra_at` of `Group.trimmed`), as
        the header just above it and the other rows that print one tell: 0 where they do not, or disagree."""
        ends = {self._header_end(slot, group), self._extra_at} - {0}
        return ends.pop() if len(ends) == 1 else 0

    @property
    def laid_out(self) -> dict[tuple[str, int], list[list[Token]]]:
        """Each table's rows (by table id and width) printing a number a cell, none blank, laid out (see
        `_laid_out`): the columns a row short of cells is placed under (`_aligned_blanks`)."""
        if self._laid_out is None:
            out: dict[tuple[str, int], list[list[Token]]] = {}
            for s, g in self.rows:
                if (
                    len(g.tokens) == s.width
                    and all(t.text is not None for t in g.tokens)
                    and _laid_out(self.text, g.tokens)
                ):
                    out.setdefault((s.table.id, s.width), []).append(g.tokens)
            self._laid_out = out
        return self._laid_out

    def around(self, table: Table, width: int) -> list[list[Token]]:
        """The rows laid out (see `laid_out`) that place a row of `table` short of `width` cells: the table's
        own, and where they are fewer than two, those of as many cells of the other tables of its section,
        printed in one grid with it (二's items, each under the columns of the others)."""
        own = self.laid_out.get((table.id, width), [])
        if len(own) > 1:
            return own
        kin = (t.id for t in self.template.tables if t.prefix == table.prefix and t.id != table.id)
        return own + [r for tid in kin for r in self.laid_out.get((tid, width), [])]

    @property
    def spaced(self) -> set[tuple[str, int]]:
        """Each table's rows (by table id and width) of which one prints a number a cell on one line, each
        one space from the next (a full stop ending a cell aside): a text not laid out in columns, where a
        header's names stand over no cells."""
        if self._spaced is None:
            self._spaced = {
                (s.table.id, s.width)
                for s, g in self.rows
                if len(g.tokens) == s.width > 1
                and all(t.text is not None and t.col < 0 for t in g.tokens)
                and all(gap == " " for gap in _between(self.text, g.tokens))
            }
        return self._spaced

    def misaligned(self, slot: Slot, named: dict[bool, tuple[Laid, int] | None]) -> bool:
        """Whether a row of the slot's table printing fewer numbers than cells, laid out, prints a number under
        no column of the rows around (a table whose rows print their labels in more cells or fewer, each
        row's columns shifted by as much: 三 with the applicants down the side, 法人或其他组织 printed on one
        row only): its columns then place no row. Found once a table, where a row first asks."""
        key = (slot.table.id, slot.width)
        if key not in self._misaligned:
            rows = self.around(slot.table, slot.width)
            self._misaligned[key] = any(
                _placed(self.text, s.width, toks, rows, named, 0) is None
                and _placed(self.text, s.width, toks, rows, named, _MARK_WIDTH) is None
                for s, g in self.rows
                if s.table is slot.table
                and s.width == slot.width
                and all(t.text is not None for t in g.tokens)
                and 0 < len(toks := _joined(self.text, g.tokens)) < s.width
                and _laid_out(self.text, toks)
            )
        return self._misaligned[key]

    @property
    def first(self) -> dict[str, int]:
        """Where each table's first row read begins (its header is just above)."""
        if self._first is None:
            self._first = {}
            for s, g in self.rows:
                self._first[s.table.id] = min(self._first.get(s.table.id, g.start), g.start)
        return self._first

    def header(self, before: int, table: Table, width: int) -> dict[bool, tuple[Laid, int] | None]:
        """The header of `table` above `before` in both counts (see `_named_places`), read once for all its rows."""
        key = (before, table.id, width)
        if key not in self._headers:
            self._headers[key] = _named_places(self.text, before, table, width, (False, True))
        return self._headers[key]


@lru_cache(maxsize=256)
def _own_equations(template: Template, slot: Slot) -> tuple[Equation, ...]:
    """The equations among a printed row's own cells (its total; section 四's group totals)."""
    cells = set(slot.cell_ids)
    return tuple(eq for eq in template.equations if cells.issuperset(eq.cells))


def _read_a_line_each(ex: Extraction, reading: _Reading, slot: Slot, toks: list[Token]) -> None:
    """Read a row printed a number a line, fewer numbers than its cells (a converter's cells pulled out of
    their table as loose lines, an empty one printing no line): each line one cell's whole number, never
    two cells run together (14 is no 1 and 4), the others empty, wherever the row's own sums may hold (an
    empty cell counting for any number its kind allows). A cell that every such reading gives alike is read
    (an empty one as printed empty); the others are null, and the row `table.incomplete`."""
    cells, equations = slot.cell_ids, _own_equations(reading.template, slot)
    texts = tuple(t.text or "" for t in toks)
    fits = [
        tuple(r)
        for r in blank_splits(texts, slot.kinds, (False,) * len(texts), whole=True, blanks=slot.width - len(toks))
        if all(possible(reading.template, eq, dict(zip(cells, r, strict=True))) for eq in equations)
    ]
    short = f"“{slot.label}”应有{slot.width}个数，报告一数一行只印出{len(toks)}个数，"
    if not fits:
        ex.forget(list(cells))
        ex.add("table.incomplete", f"{short}无论哪几格空着都不符合本行的合计，无法对应到单元格。", list(cells))
        return
    unsure = [c for k, c in enumerate(cells) if len({r[k] for r in fits}) > 1]
    blanks = [c for k, c in enumerate(cells) if c not in unsure and fits[0][k] is None]
    at = 0  # the token of each cell of the first reading
    for k, c in enumerate(cells):
        value = fits[0][k]
        if c not in unsure:
            ex.cells[c] = value
            if value is not None:
                ex.spans[c] = (toks[at].start, toks[at].end)
        at += value is not None
    ex.blank(slot.label, blanks)
    if unsure:
        ex.forget(unsure)
        ex.add("table.incomplete", f"{short}空着的单元格可以落在不同的列，这些单元格无法确定。", unsure)


@lru_cache(maxsize=256)
def _own_terms(template: Template, slot: Slot) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The row's own equations (see `_own_equations`) as the places of their cells among the row's, each
    with its weight: judged on each of thousands of readings of a row without a dict of each."""
    return tuple(equation_terms(eq, slot.cell_ids) for eq in _own_equations(template, slot))


def _fitting_splits(reading: _Reading, slot: Slot, toks: list[Token]) -> tuple[list[list[str]], bool] | None:
    """The splits of a glued row that keep the row's own sums, in the order all its splits are listed, each
    sum tried as soon as its last cell is cut, and a sum whose cells are partly cut as soon as what is cut
    leaves the rest too few digits to make it up (`numbers_left`): none of the splits of a row with no such
    sum is listed first and then turned down. None where the row has no sum of its own, or no split keeps
    them (a report's own error, or a cell left out: read as before), or these too are more than are listed."""
    terms = _own_terms(reading.template, slot)
    if not terms:
        return None
    closed: dict[int, list[tuple[tuple[int, int], ...]]] = {}  # each equation by the last of its cells
    open_: dict[int, list[tuple[tuple[int, int], ...]]] = {}  # … and by each cell before its last from its first
    for eq_terms in terms:
        first, last = min(i for i, _ in eq_terms), max(i for i, _ in eq_terms)
        closed.setdefault(last, []).append(eq_terms)
        for j in range(first, last):
            open_.setdefault(j, []).append(eq_terms)
    kinds = slot.kinds
    bounded = Kind.SIGNED not in kinds  # a change may be below 0: the digits left bound nothing
    read: dict[tuple[str, int], Value | None] = {}  # each part's value, read once

    def value(parts: list[str], i: int) -> Value | None:
        if (key := (parts[i], i)) not in read:
            read[key] = part_value(parts[i], kinds[i])
        return read[key]

    def fits(j: int, parts: list[str], most: int | None) -> bool:
        """Whether the parts so far keep each equation their last cut closes (only its own cells read: a
        cell that reads as no number leaves it unjudged), and may keep each they leave open, the cells still
        to cut adding up to `most` at most."""
        for eq_terms in closed.get(j, ()):
            total: Value = 0
            for i, weight in eq_terms:
                if (v := value(parts, i)) is None:
                    break
                total += weight * v
            else:
                if not abs(total) < EXACT:
                    return False
        if most is None or not bounded:
            return True
        for eq_terms in open_.get(j, ()):
            total, up, down = 0, 0, 0  # what is cut adds; the most each side's cells still to cut weigh
            for i, weight in eq_terms:
                if i > j:
                    up, down = max(up, weight), max(down, -weight)
                elif (v := value(parts, i)) is None:
                    break
                else:
                    total += weight * v
            else:
                if total > down * most + EXACT or total < -up * most - EXACT:
                    return False
        return True

    joinable = _joinable(reading.text, toks, reading.one_line)
    splits, complete = split_group([t.text or "" for t in toks], slot.kinds, joinable, fits)
    return (splits, True) if complete and splits else None


def _read_group(
    ex: Extraction, reading: _Reading, slot: Slot, group: Group, choices: list[Choice], spans: _Splits
) -> None:
    if group.order:  # digits run together under a header naming the columns in another order: cut in its order
        slot = printed_as(slot, group.order)
    cells = slot.cell_ids
    kinds = slot.kinds
    toks = group.trimmed(slot.width)
    if group.unsure_ends(slot.width):  # which end its blanks beyond its cells go at, the header or rows may tell
        if not (at := reading.extra_at(slot, group)):
            _unsure_ends(ex, slot, group.trimmed(slot.width, 1), group.trimmed(slot.width, -1))
            return
        toks = group.trimmed(slot.width, at)
    if ex.explaining:
        line = reading.text.count("\n", 0, group.start) + 1  # the text's, not the region's
        ex.explain.append(f"{slot.prefix}: {' '.join(t.text or '·' for t in toks)} (line {line})")
    if group.cuts:
        _read_cuts(ex, slot, group.cuts, choices, spans)
        return
    if group.short:  # the columns under the spanning header blank, only their sum printed
        ex.forget(list(cells))
        named = [c for c, t in zip(cells, group.tokens, strict=True) if t is not None and t.text is not None]
        ex.add("value.ambiguous", f"“{slot.label}”{_ONE_MORE_EMPTY}，这些单元格无法确定。", named)
        return
    if group.broken:
        for c in cells:
            ex.cells[c] = None
        printed = sum(1 for t in group.tokens if not t.soft)
        if "\n" in reading.text[group.tokens[0].start : group.tokens[-1].end]:  # a row printed in two pieces
            said = f"分两处印出，合起来有{printed}个数，与本行的{slot.width}个单元格对不上"
        else:  # numbers a space may have split, nothing to check them by
            said = f"印出的{printed}个数无法据本行合计确定各属哪一列（可能有数被空格断开）"
        ex.add("table.incomplete", f"“{slot.label}”{said}，无法对应到单元格。", list(cells))
        return
    if len(toks) < len(group.tokens) and _footer_trimmed(reading.text, group.tokens, toks):
        for c in cells:
            ex.cells[c] = None
        ex.add(
            "table.incomplete",
            f"“{slot.label}”印出的数比单元格多，末尾的“{reading.text[group.tokens[-3].start : group.tokens[-1].end]}”"
            "可能是页码，也可能是单元格，无法对应到单元格。",
            list(cells),
        )
        return
    if _ends_in_a_footer(reading, slot, toks):
        footer = reading.text[toks[-3].start : toks[-1].end]
        _unknown(ex, slot, f"末尾的“{footer}”可能是页码，也可能是单元格（一格空着、一个数、合计空着）")
        return
    if len(toks) < len(group.tokens) and _mark_trimmed(reading, slot, group, toks):
        if _read_around_blanks(ex, reading, slot, [t for t in group.tokens if not t.soft], choices, spans):
            return
        if any(t.text is None for t in toks):
            _unknown(ex, slot, "印出的数与文字比单元格多，可能有文字不是本行的单元格，也可能有数被空格断开")
            return
    if (
        group.multiline
        and 1 < len(toks) < slot.width
        and all(t.text is not None for t in toks)
        and all("\n" in gap for gap in _between(reading.text, toks))
    ):
        _read_a_line_each(ex, reading, slot, toks)
        return
    toks = _zeros_apart(reading.text, toks, slot.width)
    odd = len(toks) != slot.width or any(t.glue for t in toks)  # not plainly a token a cell
    tabbed = _tab_cells(reading.text, slot, toks) if odd else None
    spaced = tabbed or _spaced_blanks(reading.text, toks, slot.kinds)
    if tabbed is None and spaced is not toks and reading.uneven and _blank_between(spaced):
        spaced = toks  # a wider gap, as full rows print too: no empty cell for certain
    if tabbed is None and spaced is not toks and spaced[len(spaced) - len(toks) :] == toks and reading.drops_empties:
        spaced = toks  # white space before a line's first number, where an empty cell prints nothing: no cell
    if tabbed is None and spaced is not toks and reading.short and _split_adds_up(reading, slot, toks):
        _unknown(ex, slot, "的数字之间较宽的空格可能是空着的单元格，数字也可能连在一起印出，两种读法都说得通")
        return
    if (
        tabbed is None
        and spaced is not toks
        and _empty_breaks(reading.template, slot, spaced)
        and _split_adds_up(reading, slot, toks)
    ):
        spaced = toks  # the gaps are no empty cells: its digits run together, cut into every cell, add up
    if (
        tabbed is None
        and reading.one_line
        and len(toks) < slot.width
        and (spaced is not toks or (_spaced_apart(reading.text, toks) and not _own_equations(reading.template, slot)))
    ):  # its spaces may be its cells' own, and no sum of its own tells a cell left empty from digits run together
        _unknown(ex, slot, "印在连成一行的表格里，少印了数字，空格说明不了哪一格空着、哪些数字连在一起")
        return
    if tabbed is None and spaced is not toks and not _may_keep(reading.template, slot, [t.text for t in spaced]):
        # the gaps' blanks are too many: a token holds several cells (`2 10。 00   3`, its known cells 12 of a
        # total of 3, is 2, 1, 0, 0, 0, one empty cell, 3), or the row reads no way
        if not _read_around_blanks(ex, reading, slot, spaced, choices, spans, fewer=True):
            _unknown(ex, slot, "的数字之间较宽的空格读作空着的单元格不符合本行的合计，数字可能连在一起印出")
        return
    toks = spaced
    # a line of rows run together has no columns to place a cell by
    placed = not reading.one_line and (len(toks) < slot.width or _stray_spaced(reading.text, toks))
    laid = _aligned_blanks(reading, slot, toks) if placed else toks
    aligned, toks = tabbed is not None or laid is not toks, laid  # placed by its cells: no token holds several
    # the other rows print a number a cell a space apart: a cell left empty printed nothing, no digits run together
    # (but on a line of rows run together, where a row wrapped over lost line breaks runs digits together, a row
    # with sums of its own is left to them)
    may_drop = (
        not aligned
        and len(toks) < slot.width
        and all(t.text is not None for t in toks)
        and reading.spaced_rows
        and all(reading.text[toks[k - 1].end : toks[k].start].isspace() for k in range(1, len(toks)))
        and _empty_fits(reading.template, slot, [t.text for t in toks])
    )
    dropped = may_drop and not (reading.one_line and _own_equations(reading.template, slot))
    marks = [t for t in toks if t.text is None]  # the blank cells printed (or spaced) among the numbers
    blanks_among = any(_glued_blank(reading.text, t) for t in marks) or (not aligned and _padded(reading, slot, toks))
    as_printed = len(toks) == slot.width and not blanks_among and (marks or not _misread(reading, slot, toks))
    grouped = _grouped(reading, slot, toks) if as_printed and not marks else None
    if grouped is not None and not grouped[0]:
        _unknown(ex, slot, "的数字之间的空格可能分隔单元格，也可能分隔一个数的千位，两种读法都读不出本行各格")
        return
    if as_printed and (
        # a blank's mark where the row breaks its sums whatever it holds; or two numbers alone on a line where
        # each cell has its own (`5 1`), as likely one number with a stray space, another cell then empty
        (marks and not _may_keep(reading.template, slot, [t.text for t in toks]) and _joined_keeps(reading, slot, toks))
        or (group.multiline and any(t.glue for t in toks) and _joined_keeps(reading, slot, toks, alone=True))
    ):
        _unknown(
            ex,
            slot,
            "印出的数字不符合本行的合计，其中两个数之间的空格可能是误加的、另有一个单元格空着，两种读法无法分辨",
        )
        return
    if as_printed and marks and _total_moved_up(reading.template, slot, toks):
        _unknown(ex, slot, "的合计一格空着，而其前一格恰为其余各数之和：可能少印了一格、其后各数前移了一列")
        return
    if as_printed and grouped is None and not any(_zero_led(t) for t in toks):
        blanks = []
        for j, t in enumerate(toks):  # indexed, not zipped: see `_between`
            c = cells[j]
            if t.text is None:
                ex.cells[c] = None
                blanks.append(c)
                continue
            if t.text.isdecimal() and len(t.text) <= MAX_DIGITS:  # plain digits, the common case
                ex.cells[c] = int(t.text)
                ex.spans[c] = (t.start, t.end)
                continue
            p = parse_number(t.text, kinds[j])
            ex.cells[c] = p.value
            ex.spans[c] = (t.start, t.end)
            if p.unit:
                ex.units[c] = p.unit
            if p.value is None:
                shown = t.text if len(t.text) <= 20 else f"{t.text[:20]}…（共{len(t.text)}个字符）"
                ex.add("value.invalid", f"“{slot.label}”一格印作“{shown}”，不是可读的数。", [c])
        ex.blank(slot.label, blanks)
        return
    if not marks and not dropped and not reading.apart(toks):
        if len(toks) > slot.width + max(2, slot.width // 2):  # more than stray spaces make: another row's run on
            _unknown(ex, slot, "印出的数远多于单元格，可能混入了别的行的数")
            return
        wide = reading.one_line  # spaces however wide may be stray ones
        split = None  # the row's splits as listed once for it, their values with them
        if grouped is not None:
            candidates, complete = grouped
        elif (fitting := _fitting_splits(reading, slot, toks)) is not None:
            candidates, complete = fitting
        else:
            split = _splits(reading.text, toks, kinds, wide)
            candidates, complete = split.listed()
        if candidates:
            for c, part in zip(cells, candidates[0], strict=True):
                if part.endswith("元") and (unit := parse_number(part, Kind.AMOUNT).unit):
                    ex.units[c] = unit
            each = split.values() if split else candidate_values(candidates, kinds)
            values = list(dict.fromkeys(each))
            if complete and not _adds_up(reading.template, slot, values):
                _unknown(ex, slot, "印出的数字少于单元格，任何拆分都不符合本行的合计，可能有单元格未印出")
                row = GluedRow(cells, kinds, tuple(t.text or "" for t in toks), _joinable(reading.text, toks, wide))
                digits = reading.text[toks[0].start : toks[-1].end]
                ex.unsplit.append((row, values, slot.label, digits))
                if _mostly_apart(reading.text, slot, toks):  # not digits run together: the row prints too few
                    ex.short_tables.add(slot.table.id)
                return
            choices.append(Choice(cells, values, complete))
            spans[cells] = _Split(toks, candidates, each)
            ex.glued.append(
                GluedRow(cells, kinds, tuple(t.text or "" for t in toks), _joinable(reading.text, toks, wide))
            )
            if may_drop:
                ex.dropping.append((cells, tuple(t.text or "" for t in toks)))
            return
    elif blanks_among and _read_around_blanks(ex, reading, slot, toks, choices, spans):
        return
    for c in cells:
        ex.cells[c] = None
    printed = sum(1 for t in toks if t.text)
    if printed < slot.width:
        ex.short_tables.add(slot.table.id)
        # fewer digits than cells, parted by units or marks, not a space a cell (`2件0件0件0件0件5件`): an empty
        # cell printed nothing, as one may where digits run together
        figures = sum(map(str.isdigit, reading.text[toks[0].start : toks[-1].end])) if toks else 0
        ex.printed_nothing = ex.printed_nothing or (figures < slot.width and not reading.spaced_rows)
    ex.add("table.incomplete", _unplaced(slot.label, slot.width, printed), list(cells))


def _mostly_apart(text: str, slot: Slot, toks: list[Token]) -> bool:
    """Whether a row printing two numbers fewer than its cells or more prints more than half of them, each
    white space apart from the next and none led by a 0 (`83 18 8 21 36 25 1 8 14 2 27` for fifteen): numbers
    printed whole, the rest printed elsewhere (a wrapped row's last cells beside the next heading), not
    digits run together (`7 00 22 37`): no split of them adding up says nothing of the report's sums. (One
    number fewer is as likely an empty cell printing nothing, which the report is to be told of.)"""
    if not slot.width // 2 < len(toks) < slot.width - 1 or any(_zero_led(t) for t in toks):
        return False
    return all(text[a.end : b.start].isspace() for a, b in pairwise(toks))


def _total_moved_up(template: Template, slot: Slot, toks: list[Token]) -> bool:
    """Whether a row prints every cell but its last, its total, and the number before the total is the sum of
    the others, two of them not naught (`| 51 | 7 | 0 | 5 | 0 | 63 |  |`): a cell lost, the numbers after it
    moved up a column onto the total's, reads as well as a total left empty."""
    if toks[-1].text is not None or not all(t.text is not None and t.text.isdecimal() for t in toks[:-1]):
        return False
    *parts, total = slot.cell_ids
    if not any(eq.lhs == (total,) and set(eq.rhs) == set(parts) for eq in _own_equations(template, slot)):
        return False
    *others, last = (int(cast(str, t.text)) for t in toks[:-1])
    return last == sum(others) and sum(1 for n in others if n) >= 2  # `0 5 0 0 0 5 ·`: too likely by chance


def _spaced_apart(text: str, toks: list[Token]) -> bool:
    """Whether white space alone parts two of a row's numbers."""
    return any(b.start > a.end and text[a.end : b.start].isspace() for a, b in pairwise(toks))


_ZERO_LED: Final = re.compile(r"0\d+")  # digits led by a zero (00, 012): no count is printed so


def _zeros_apart(text: str, toks: list[Token], width: int) -> list[Token]:
    """A row printing fewer numbers than cells, some of them digits led by a zero (`00 0 0  0 00`: cells printed
    a line each, the lines run together, the spaces some cells held kept): no count is printed so, so each
    leading zero is a cell of its own, and what follows it one more — but where a single space parts them from a
    number they may be the end of (`20 14` printed `2 014`, a stray space in it). Where that makes more numbers
    than cells, the row as it was."""
    if len(toks) >= width or not any(_zero_led(t) for t in toks):
        return toks
    out: list[Token] = []
    for i, t in enumerate(toks):
        if not (zeros := _leading_zeros(text, toks, i)):
            out.append(t)
            continue
        digits = t.text or ""
        rest = Token(digits[zeros:], t.start + zeros, t.end, col=t.col)
        if (
            zeros < len(digits)
            and i + 1 < len(toks)
            and parts_groups(text, rest.end, toks[i + 1].start, digits[zeros:], toks[i + 1].text or "")
        ):
            return toks  # its rest may begin a number its thousands spaced (`02 275`: 0 and 2 275)
        out += [Token("0", t.start + k, t.start + k + 1, col=t.col) for k in range(zeros)]
        if zeros < len(digits):
            out.append(rest)
    return out if len(out) <= width else toks


def _zero_led(t: Token) -> bool:
    """Whether a token is digits led by a zero (`02`): no count printed as it is, but cells run together (`1 02 6`:
    1, 0 and 26, a stray space inside 26)."""
    # (its first character looked at before the pattern: most cells are no zero-led digits)
    return t.text is not None and t.text[:1] == "0" and _ZERO_LED.fullmatch(t.text) is not None


def _leading_zeros(text: str, toks: list[Token], i: int) -> int:
    """How many zeros lead the digits of toks[i], each a cell of its own (see `_zeros_apart`): 0 where they
    are no digits led by a zero, or may end the number before them (a stray space between)."""
    digits = toks[i].text or ""
    if not _zero_led(toks[i]):
        return 0
    return 0 if i and _may_end(text, toks, i) else len(digits) - len(digits.lstrip("0"))


def _fewest_cells(text: str, toks: list[Token]) -> int:
    """How many cells the printed numbers of `toks` fill at least: a number each, each zero leading digits a
    cell of its own too (`00`, `010`: two cells; see `_leading_zeros`)."""
    n = 0
    for i, t in enumerate(toks):
        if t.text is not None:
            zeros = _leading_zeros(text, toks, i)
            n += zeros + (zeros < len(t.text)) if zeros else 1
    return n


def _may_end(text: str, toks: list[Token], i: int) -> bool:
    """Whether toks[i] may be the end of the number the token before it begins, a stray space between them
    (`_may_run_on`), the token before being digits not led by a zero, perhaps with a thousands separator
    (`6,28601 064`: 6,286, 0 and 1 064), or led by zeros that may themselves end such digits before them
    (`1 03254017151 073`: 1 032, 5, 4, 0, 17, 15 and 1 073; one such step back, not a chain of them)."""
    prev, t = toks[i - 1], toks[i]
    if not _may_run_on(text, prev, t):
        return False
    if _PLAIN_NUMBER.fullmatch(prev.text or "") is not None:
        return True
    if i < 2 or not _zero_led(prev) or not (prev.text or "").strip("0"):
        return False
    before = toks[i - 2]
    return _PLAIN_NUMBER.fullmatch(before.text or "") is not None and _may_run_on(text, before, prev)


def _may_run_on(text: str, prev: Token, t: Token) -> bool:
    """Whether a number may run on from `prev` into `t` across the white space between: a single space, or
    spaces however wide where `t` opens on a group of three (`5701  048`: 57, 0 and 1 048, the thousands'
    space widened; see `_joinable`)."""
    return (t.start - prev.end == 1 and text[prev.end] == " ") or _group_after_gap(text, prev, t)


def _group_after_gap(text: str, prev: Token, t: Token) -> bool:
    """Whether `t`, digits led by a zero, opens on a group of three after spaces only, however wide, from the
    digits of `prev`: a thousands' space widened may part them (`1  048`, 1 048), as well as two cells."""
    digits = t.text or ""
    return (
        digits[:1] == "0"
        and digits[:3].isdecimal()
        and len(digits) >= 3
        and text[prev.end - 1].isdigit()
        and spaces_only(text, prev.end, t.start)
    )


_PLAIN_NUMBER: Final = re.compile(r"[1-9](?:[\d,]*\d)?")


def _unsure_ends(ex: Extraction, slot: Slot, after: list[Token], before: list[Token]) -> None:
    """A row printing blank cells beyond its own at both ends, where nothing tells at which the grid prints
    the column it has not (`Group.unsure_ends`): its cells read with that column `after` them and `before`
    them, each the same printed number in both (not another one that happens to print the same digits, which
    the other reading shifted there) or blank in both; the others null and `value.ambiguous`."""
    if len(after) != slot.width or len(before) != slot.width:
        _unknown(ex, slot, _UNSURE_ENDS)
        return
    blanks, unsure = [], []
    for c, k, a, b in zip(slot.cell_ids, slot.kinds, after, before, strict=True):
        if a.text is None and b.text is None:
            blanks.append(c)
            ex.cells[c] = None
        elif a is not b or a.text is None:
            unsure.append(c)
            ex.cells[c] = None
        else:
            p = parse_number(a.text, k)
            ex.cells[c] = p.value
            if p.unit:
                ex.units[c] = p.unit
    ex.blank(slot.label, blanks)
    if unsure:
        ex.add("value.ambiguous", f"“{slot.label}”{_UNSURE_ENDS}，这些单元格无法确定。", unsure)


_UNSURE_ENDS: Final = "两端都印有多出的空白单元格，无从得知表格多出的一列在哪一端"


def _read_cuts(
    ex: Extraction, slot: Slot, cuts: tuple[tuple[Token | None, ...], ...], choices: list[Choice], spans: _Splits
) -> None:
    """A row of digits run together that adds up cut more than one way (see `columns.spanned_rows`): the
    cells its cuts print a choice between them, which the identities may settle; the others blank."""
    read = [k for k, t in enumerate(cuts[0]) if t is not None and t.text is not None]
    cells = tuple(slot.cell_ids[k] for k in read)
    for c in slot.cell_ids:
        ex.cells[c] = None
    numbers = [[cast("Token", cut[k]) for k in read] for cut in cuts]
    values: list[tuple[Value, ...]] = [tuple(int(cast("str", t.text)) for t in cut) for cut in numbers]
    choices.append(Choice(cells, list(values)))
    spans[cells] = _Cuts(values, [[(t.start, t.end) for t in cut] for cut in numbers])


def _label_printed_empty(text: str, slots: tuple[Slot, ...], si: int, al: Alignment) -> bool:
    """Whether the row `si`, which no group of numbers was placed in, prints its label with nothing after it
    (`行政处罚3611行政强制第二十条第（八）项…`): named in the text between the row placed before it and the next."""
    before = max((g.tokens[-1].end for k, g in al.placed.items() if k < si and g.tokens), default=None)
    after = min((g.tokens[0].start for k, g in al.placed.items() if k > si and g.tokens), default=None)
    if before is None or after is None or after <= before:
        return False
    return si in named_rows(slots, "".join(text[before:after].split()))


def _unplaced(label: str, width: int, printed: int) -> str:
    """Why the `width` cells of a row or table `label` were left unread, where `printed` numbers stand."""
    if printed < width:
        return f"“{label}”应有{width}个数，报告只印出{printed}个可读的数，无法对应到单元格。"
    return f"“{label}”应有{width}个数，报告印出的{printed}个数无法逐一对应到单元格（数字连写、夹有文字或位置不明）。"


def _spaced_blanks(text: str, toks: list[Token], kinds: tuple[Kind, ...]) -> list[Token]:
    """A row printed with one space between its cells, a PDF's text of a table, leaves an empty cell out
    but keeps its space (`7.属于行政执法案卷  0 0 0 1 0 12`, `34 7 1  14 5 61`, a last one `… 0 5 `), and
    one with a tab between its cells (a Word table converted to text) keeps its tab: where the row prints
    fewer numbers than cells, single separators between them (a tab between two numbers or none, as in
    `行政规范性文件\t\t\t115`: a tab is no alignment's), and wider gaps and the separators that end the line
    make up the difference exactly, each extra one is a blank cell. Where the gaps alone make it
    up and the line still ends in spaces (a cell's own stray space, `0 ` then ` `, may be what widened a
    gap), or nothing does, or a number would not be one of its cell (`80 0    000 8`, where a footnote mark
    made the wide gap in digits run together: 000 is three cells), the tokens as they are. Between tabs,
    numbers one space apart are one cell's (`行政强制\t3 401\t\t4617`: a count's groups of three). A tab a row
    of numbers alone begins with is an empty first cell only where the line above begins otherwise (a
    Markdown table printed with tabs begins every line with one)."""
    width = len(kinds)
    if not toks or any(t.text is None or t.col >= 0 for t in toks):
        return toks
    line = text.rfind("\n", 0, toks[0].start) + 1
    sep = "\t" if text.find("\t", line, toks[-1].end) >= 0 else " "
    printed, toks = toks, _joined(text, toks) if sep == "\t" else toks
    if len(toks) >= width:
        return printed
    lead = _space_before(text, line, toks[0].start)
    labelled = lead > line  # words before the white space: the label
    space = text[lead : toks[0].start]  # the label's gap, or the whole line before the first number
    leading = 0 if labelled or space.strip(sep) else len(space)  # a line's first cells left blank: ` 0 0 1`
    if leading and line > 1 and text.startswith(space, text.rfind("\n", 0, line - 1) + 1):
        leading = 0  # … but for the indent the line above prints too (a header's, made one space): no cell
    if leading and sep == "\t" and line and text.startswith("\t", text.rfind("\n", 0, line - 1) + 1):
        return printed  # the line above begins with a tab too: every line's, or its own empty first cell
    gaps = [len(space) - len(space.rstrip(sep)) if labelled else 0]
    gaps += [len(g) if not g.strip(sep) else -1 for g in _between(text, toks)]
    trailing = _run_to_end(text, _tail_start(text, toks[-1].end), sep) or 0
    if trailing and sep == " " and _words_end_in_a_space(text, line):
        trailing = 0  # every line ends in a space, a page's own: no empty cell
    extra = sum(g - 1 for g in gaps if g > 1)
    if -1 in gaps or (1 not in gaps and sep == " ") or leading + extra + trailing != width - len(toks):
        return printed
    out = [Token(None, line, line)] * leading
    for g, t in zip(gaps, toks, strict=True):
        out += [Token(None, t.start - 1, t.start - 1)] * max(g - 1, 0)
        out.append(t)
    out += [Token(None, toks[-1].end, toks[-1].end)] * trailing
    return out if all(t.text is None or _one_number(t.text, k) for t, k in zip(out, kinds, strict=True)) else printed


def _blank_between(toks: list[Token]) -> bool:
    """Whether a blank stands between two numbers of a row's tokens."""
    first = next((k for k, t in enumerate(toks) if t.text is not None), len(toks))
    last = max((k for k, t in enumerate(toks) if t.text is not None), default=-1)
    return any(t.text is None for t in toks[first:last])


def _words_end_in_a_space(text: str, line: int) -> bool:
    """Whether the lines above the one beginning at `line` end in a space: the nearest that ends in words,
    not a number (lines of white space passed over), or, where only rows of numbers stand in the few lines
    looked through, every one of them: a text whose lines all end in a space (a web page's, every line,
    header and prose alike), where the space a row of numbers ends in is no empty last cell."""
    rows = 0  # rows of numbers above, each ending in a space
    for _ in range(_LINES_UP):
        if line < 2:
            return False
        start = text.rfind("\n", 0, line - 1) + 1
        above = text[start : line - 1]
        words = above.rstrip(" ")
        if words.strip():
            if not words[-1].isdigit():
                return len(words) < len(above)
            if len(words) == len(above):
                return False  # a row of numbers that ends in its last number
            rows += 1
        line = start
    return rows >= _LINES_UP // 2


_LINES_UP: Final = 8  # lines looked up through for one that ends in words


def _spaced_widths(text: str, slots: tuple[Slot, ...], groups: list[Group]) -> dict[int, int]:
    """The cells each group no label on its line names prints where it is short of a row, its empty cells
    counted by the separators they keep (see `_spaced_blanks`: `0 0 0  0 0`, the last a cell of its own) or
    by a header naming its columns between tabs (see `_tab_cells`), as many as a row of `slots` has (by the
    group's id): so a flat table's one line of numbers (四) fits it."""
    rows = {s.width: s for s in slots}  # a row of each width
    out: dict[int, int] = {}
    for g in groups:
        if g.same_line or g.multiline:
            continue
        n = len(g.tokens)
        for width, slot in rows.items():
            if (
                n < width
                and len(_tab_cells(text, slot, g.tokens) or _spaced_blanks(text, g.tokens, slot.kinds)) == width
            ):
                out[id(g)] = width
                break
    return out


_TAB_ROWS: Final = 40  # lines above a row with a tab between its cells its header may be on (三: 26 rows, some wrapped)


def _tab_cells(text: str, slot: Slot, toks: list[Token]) -> list[Token] | None:
    """A row printing fewer or more tokens than cells, or numbers one space apart, on one line with a tab
    between its cells (a Word table converted to text), read cell by cell: numbers one space apart in a cell
    are one number, a cell empty between two tabs is blank. Under a header line of its table whose cells
    between tabs name its value columns (see `value_places`), the two lines beginning alike with a cell's
    break or not, each cell in the column the header names at its place, one past the row's last (a row's
    empty cells at its end print nothing, not even their tab) blank; with no such header, the cells after
    its label's, where they are as many as its cells, or fewer and the line ends with a number (so too its
    empty cells at its end, `（二）部分公开\t0\t3\t0` of seven cells: the last four blank). None where neither
    tells its cells, or a value cell prints two tokens or words that are none, or a token stands in no value
    cell, or a number follows words in its cell (a page's lines run on, a tab of its catalog on the row's line)."""
    line = text.rfind("\n", 0, toks[0].start) + 1
    stop = text.find("\n", line)
    stop = len(text) if stop < 0 else stop
    if toks[-1].end > stop or text.find("\t", line, stop) < 0 or any(t.col >= 0 for t in toks):
        return None  # not on one line, no tab, or read between `|` already
    if any(b.start < a.start for a, b in pairwise(toks)):
        return None  # put in the template's order by a header naming the columns in another: no cell's place
    bounds = cell_bounds(text, line, stop)
    starts = [a for a, _ in bounds]
    joined = _joined(text, toks)  # numbers one space apart between tabs: one cell's
    cells = [bisect_right(starts, t.start) - 1 for t in joined]
    if any(text[bounds[k][0] : t.start].strip() for t, k in zip(joined, cells, strict=True)):
        return None  # words before a number in its cell: a label's, the tabs some other table's (a page's lines run on)
    places = _tab_header(text, line, slot.table)
    if places is None:  # the cells after the last that prints its label's words
        label = [k for k in range(cells[0]) if text[slice(*bounds[k])].strip()]
        after = len(bounds) - label[-1] - 1 if label else 0
        if (
            not label
            or after > slot.width
            or (after < slot.width and not _ends_tab_row(text, toks, joined, after, stop))
        ):
            return None
        places = list(range(label[-1] + 1, label[-1] + 1 + slot.width))
    if len(places) != slot.width:
        return None
    column = {p: j for j, p in enumerate(places)}
    put: list[Token | None] = [None] * slot.width
    for tok, k in zip(joined, cells, strict=True):
        j = column.get(k)
        if j is None or put[j] is not None:
            return None
        put[j] = tok
    out = []
    for p, t, kind in zip(places, put, slot.kinds, strict=True):
        if t is None and p < len(bounds) and text[slice(*bounds[p])].strip():
            return None  # words in a value's cell that no token reads
        if t is not None and t.text is not None and not _one_number(t.text, kind):
            return None
        out.append(t or Token(None, *(bounds[p] if p < len(bounds) else (stop, stop))))
    return out


def _ends_tab_row(text: str, toks: list[Token], joined: list[Token], after: int, stop: int) -> bool:
    """Whether a row with a tab between its cells, `after` cells after its label's, fewer than it has, ends
    where its line does, its empty cells at its end printing nothing: two cells at least, a tab between
    them, each number a cell of its own (none one space from another, which may be two cells or a number's
    groups of three), and nothing after the last but white space up to the line's end at `stop`."""
    return after > 1 and len(joined) == len(toks) and not text[toks[-1].end : stop].strip()


def _tab_header(text: str, line: int, table: Table) -> list[int] | None:
    """The places of the value columns (see `value_places`) of the header line of `table` above the row with
    a tab between its cells at text[line:], up to the empty line that begins the table, where it begins alike
    with a cell's break or not; else None."""
    lead = text[line] in "|\t"
    end = line - 1
    for _ in range(_TAB_ROWS):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end]
        if not row.strip():
            return None  # the table's start
        if "\t" in row and not DIGIT.search(row) and (places := value_places(row, (table,))) is not None:
            return places if (text[start] in "|\t") == lead else None
        end = start - 1
    return None


Places = list[tuple[int, int]]  # where each number of a line is, counted from the line's start
Laid = tuple[int, Places]  # where a line's label ends, and where its numbers are


def _laid(line: str, spans: Places, wide: bool) -> Laid:
    """Where the label of a line whose numbers (or names) are at `spans` ends, and where they are, counted
    in characters or, if `wide`, in the columns a wide (CJK) character takes two of: the line measured
    once, from each place to the next."""
    label = len(line[: spans[0][0]].rstrip())
    if not wide:
        return label, list(spans)
    counted: dict[int, int] = {}
    width = last = 0
    for at in sorted({label, *(x for span in spans for x in span)}):
        width += display_width(line[last:at])
        counted[at], last = width, at
    return counted[label], [(counted[a], counted[b]) for a, b in spans]


def _places(text: str, toks: list[Token], wide: bool, reach: int = 0) -> Laid | None:
    """Where the label of the line of `toks` ends, and where each of them is on it (see `_laid`), each
    stretched right over up to `reach` of the spaces (or a full stop) after it, at most half way to the
    next one: where a mark glued to a cell was, which `signs_and_marks` made spaces. None unless they are all
    on one line."""
    line = text.rfind("\n", 0, toks[0].start) + 1
    end = text.find("\n", toks[-1].end)
    if text.find("\n", toks[0].start, toks[-1].end) >= 0:
        return None
    row = text[line : end if end >= 0 else len(text)]
    spans = []
    for i, t in enumerate(toks):
        a = b = t.end - line
        stop = min(a + reach, (t.end + toks[i + 1].start) // 2 - line if i + 1 < len(toks) else len(row))
        while b < stop and row[b] in " 。":
            b += 1
        spans.append((t.start - line, b))
    return _laid(row, spans, wide)


def _named_places(
    text: str, before: int, table: Table, width: int, counts: tuple[bool, ...]
) -> dict[bool, tuple[Laid, int] | None]:
    """Where the header of `table` on the few lines just above `before` names each of its `width` value
    columns: each column's name once, in turn — a flat table's once for each of its rows — read from the
    nearest line up over as many lines as it takes, a line naming none (its groups' names) passed over,
    up to a line printing a digit (a row, or prose). A name wrapped in a narrow column (`结果` over `维持`)
    is read from its pieces stacked on consecutive lines, each sharing a place with the next, where they
    are. In each of `counts` (see `_laid`): where the words before its names end, where each name is, and
    over how many lines; else None. Each line is read once for all the counts."""
    out: dict[bool, tuple[Laid, int] | None] = dict.fromkeys(counts)
    if width % len(table.columns):
        return out
    order = list(range(len(table.columns))) * (width // len(table.columns))
    names: dict[bool, list[tuple[tuple[int, int], int]]] = {c: [] for c in counts}  # each name's place and column
    # the ends of names wrapped onto the line below, read so far
    ends: dict[bool, list[tuple[tuple[int, int], str]]] = {c: [] for c in counts}
    label = dict.fromkeys(counts, 0)
    reading = list(counts)  # the counts not yet read whole
    stop = text.rfind("\n", 0, before)
    for lines in range(1, _HEADER_LINES + 1):
        if stop < 0:
            return out
        start = text.rfind("\n", 0, stop) + 1
        line = text[start:stop]
        if DIGIT.search(line):
            return out
        found = {(k, k + len(lb), j) for lb, j in _column_names(table) for k in finds(line, lb)}
        own = [
            n for n in found if n[2] >= 0 and not any(m[:2] != n[:2] and m[0] <= n[0] and n[1] <= m[1] for m in found)
        ]
        pieces = _pieces(table)
        own += [
            (m.start(), m.end(), -1)
            for m in _HEADER_WORD.finditer(line)
            if m[0] in pieces and not any(a < m.end() and m.start() < b for a, b, _ in found)
        ]
        own.sort()
        for wide in list(reading):
            if not own:
                ends[wide] = []
                continue
            end, places = _laid(line, [(a, b) for a, b, _ in own], wide)
            label[wide] = max(label[wide], end)
            read = [(p, j) for p, (*_, j) in zip(places, own, strict=True) if j >= 0]
            ends[wide], joined = _stacked_names(
                table, ends[wide], [(p, line[a:b]) for p, (a, b, j) in zip(places, own, strict=True) if j < 0]
            )
            names[wide] = sorted([*names[wide], *read, *joined])
            if [j for _, j in names[wide]] == order:
                out[wide] = (label[wide], [p for p, _ in names[wide]]), lines
                reading.remove(wide)
        if not reading:
            return out
        stop = start - 1
    return out


def _stacked_names(
    table: Table, ends: list[tuple[tuple[int, int], str]], words: list[tuple[tuple[int, int], str]]
) -> tuple[list[tuple[tuple[int, int], str]], list[tuple[tuple[int, int], int]]]:
    """The pieces of names a header line prints (`words`, each where it is), each joined to the piece
    below it (`ends`, the ends of names read on the lines below) that it shares a place with: where the
    two make a column's name, its place (both pieces') and column; where they make the end of one, what
    the line above may complete; and a piece that ends a name, on its own."""
    whole, tails = _whole_names(table), _name_ends(table)
    joined: list[tuple[tuple[int, int], int]] = []
    left: list[tuple[tuple[int, int], str]] = []
    for (a, b), word in words:
        for (x, y), end in ends:
            if a < y and x < b and (word + end in whole or word + end in tails):
                place = (min(a, x), max(b, y))
                if word + end in whole:
                    joined.append((place, whole[word + end]))
                else:
                    left.append((place, word + end))
                break
        else:
            if word in tails:
                left.append(((a, b), word))
    return left, joined


@cache
def _whole_names(table: Table) -> dict[str, int]:
    """Each name of a column of `table` its header prints, and the column's place."""
    return {lb: j for lb, j in _column_names(table) if j >= 0}


@cache
def _name_ends(table: Table) -> frozenset[str]:
    """Every end of a name of a column of `table` but the whole name: what a line of a header prints of a
    name wrapped from the line above."""
    return frozenset(lb[k:] for lb in _whole_names(table) for k in range(1, len(lb)))


@cache
def _pieces(table: Table) -> frozenset[str]:
    """Every piece of a name of a column of `table` but the whole name: what a line of a header prints of
    a name wrapped over several."""
    return frozenset(
        lb[i:k] for lb in _whole_names(table) for i in range(len(lb)) for k in range(i + 1, len(lb) + 1)
    ) - {*_whole_names(table)}


@cache
def _column_names(table: Table) -> tuple[tuple[str, int], ...]:
    """The names a header of `table` prints, each with its column's place (-1 for a name spanning several,
    法人或其他组织, which a column's name inside it, 其他, is not)."""
    groups = dict.fromkeys(c.group for c in table.columns if c.group)
    return (*((lb, j) for j, c in enumerate(table.columns) for lb in c.labels), *((g, -1) for g in groups))


_HEADER_WORD: Final = re.compile(r"[^\s|]+")  # a word of a header line, perhaps a piece of a name wrapped over lines


# lines above a table's first row its header may be on (四: groups, then columns: over 3, wrapped 4)
_HEADER_LINES: Final = 4


def _laid_out(text: str, toks: list[Token]) -> bool:
    """Whether a row's numbers are two spaces or more apart on their line, as a text laid out in columns
    prints them, none run into another, nor the first into the label before it (行政许可3040535: digits run
    together, whatever column the header prints above them)."""
    at = toks[0].start
    return text[at - 1 : at].isspace() and all(len(g) > 1 and not g.strip(" ") for g in _between(text, toks))


def _under(place: tuple[int, int], columns: list[Places]) -> int | None:
    """The one column whose every number (`columns`: each column's places on the rows around) a number at
    `place` shares a character's place with, where it shares none with another column's; else None."""
    a, b = place
    under = [j for j, col in enumerate(columns) if any(x < b and a < y for x, y in col)]
    if len(under) != 1 or not all(x < b and a < y for x, y in columns[under[0]]):
        return None
    return under[0]


def _stray_spaced(text: str, toks: list[Token]) -> bool:
    """Whether a row's numbers, on one line, stand two spaces or more apart somewhere, as a text laid out in
    columns prints them, and one space apart elsewhere, digit to digit: a stray space in a number, or
    columns too close to part widely."""
    gaps = _between(text, toks)
    return any(g == " " for g in gaps) and any(len(g) > 1 and not g.strip(" ") for g in gaps)


def _joined(text: str, toks: list[Token]) -> list[Token]:
    """A row's numbers with those one space apart, digit to digit, joined into one (`2 52` is 252 where
    the layout puts both parts under one column, see `_aligned_blanks`)."""
    out: list[Token] = []
    for t in toks:
        prev = out[-1] if out else None
        if prev and prev.text and t.text and (prev.text + t.text).isdecimal() and text[prev.end : t.start] == " ":
            out[-1] = Token(prev.text + t.text, prev.start, t.end)
        else:
            out.append(t)
    return out


def _aligned_blanks(reading: _Reading, slot: Slot, toks: list[Token]) -> list[Token]:
    """A row printing fewer numbers than cells, or some of them one space apart, on one line, in a PDF's
    text laid out in columns, its empty cells printing spaces only (`规章          5`), a stray space
    splitting a number (`2 52`): each number, the parts of one a space apart joined, put in the column it
    is printed under — that of the numbers of the other rows of its table (those printing a number a
    cell, each on one line), and of the column's name on the header line above them if one names each
    column (or, over several lines, all of them) — the other cells blank. Counted in characters or in
    display columns (a CJK character is one or two wide, as the text was laid out), whichever lays out
    the rows and header around — two of them at least — in columns: every column's numbers sharing a
    place and no two columns' doing so, and no label reaching into the first column's; where both do,
    both counts alike. Only rows whose numbers are laid out (see `_laid_out`); where no two rows print a
    number a cell (四's one row, a column empty in every row), by the header alone, if the row's own
    identities may then hold and no row of its table prints a number a cell one space apart (see
    `_Reading.spaced`). A number with a footnote mark after it (`19※`, the mark made spaces) may
    stand off its column by the mark's width: where the numbers as they are place no row, each is read
    as reaching over the spaces after it that a mark may have taken (see `_places`). Where a number is
    under no column, or more than one, or the counts disagree, or neither two rows nor the header show
    the columns (a header whose names run together shows none), or a number joined is not one of its
    cell, or another row of its table is under no column (see `_Reading.misaligned`), the tokens as they
    are."""
    width, text = slot.width, reading.text
    if not toks or any(t.text is None for t in toks):
        return toks
    printed, toks = toks, _joined(text, toks)
    if len(toks) > width or not _laid_out(text, toks):
        return printed
    rows = reading.around(slot.table, width)
    first = min(toks[0].start, reading.first[slot.table.id])
    named = reading.header(first, slot.table, width)
    if len(rows) < 2 and named[False] is None and named[True] is None:
        return printed  # neither two rows nor a header show the columns (see `_placed`): nothing to place by
    if len(rows) < 2 and any(h is not None and _touching(h[0][1]) for h in named.values()):
        return printed  # a header whose names run together (`本年新制作数量本年新公开数量`) lays out no columns
    placed = _placed(text, width, toks, rows, named, 0)
    if placed is None:
        placed = _placed(text, width, toks, rows, named, _MARK_WIDTH)
    if (
        placed is None
        or not all(
            _one_number(t.text or "", slot.kinds[j]) for j, t in zip(placed, toks, strict=True) if t not in printed
        )
        or reading.misaligned(slot, named)
    ):
        return printed
    at = dict(zip(placed, toks, strict=True))
    if not rows and (
        not _may_add_up(reading.template, slot, at)
        or (toks != printed and not _own_equations(reading.template, slot))
        or (slot.table.id, width) in reading.spaced
    ):
        return printed  # by the header alone: the row's identities or the table's spacing speak against it
    out: list[Token] = []
    for j in range(width):
        nxt = next((at[k] for k in range(j, width) if k in at), None)
        out.append(at.get(j) or Token(None, nxt.start if nxt else toks[-1].end, nxt.start if nxt else toks[-1].end))
    return out


def _touching(places: Places) -> bool:
    """Whether two of a header's column names follow one another with nothing between them."""
    return any(a[1] == b[0] for a, b in pairwise(places))


def _put_back_adds_up(ex: Extraction, template: Template, slot: Slot, tokens: list[Token]) -> bool:
    """Whether a row's numbers put back from loose lines before its table (`tokens`, its cells in turn, the
    empty lines around them left out) may keep the row's own sums; where not, it is not surely the row's
    (a stray number among them): null, and said."""
    at = {j: t for j, t in enumerate(t for t in tokens if not t.soft) if t.text is not None}
    if _may_add_up(template, slot, at):
        return True
    _unknown(ex, slot, "的数字似印在表格之前，但与该行合计不符")
    return False


def _may_add_up(template: Template, slot: Slot, at: dict[int, Token]) -> bool:
    """Whether the row's own identities may hold with its numbers in the columns `at` says, its other
    cells open."""
    values = {slot.cell_ids[j]: part_value(t.text or "", slot.kinds[j]) for j, t in at.items()}
    return all(possible(template, eq, values) for eq in _own_equations(template, slot))


_MARK_WIDTH: Final = 6  # the widest footnote mark `signs_and_marks` makes spaces, `[注12]`, in display columns


def _placed(
    text: str,
    width: int,
    toks: list[Token],
    rows: list[list[Token]],
    named: dict[bool, tuple[Laid, int] | None],
    reach: int,
) -> tuple[int, ...] | None:
    """The column of each of `toks` by the laid-out `rows` of its table around it and its header as `named`
    in each count (see `_named_places`), each number's place stretched by `reach` (see `_places`), in
    whichever counts show the columns and all alike (see `_aligned_blanks`); else None. A header over
    several lines is read only where fewer than two rows show the columns; alone, it shows them (四's one
    row, a column no row prints a number under) in each count it is read in, the counts agreeing."""
    read: set[tuple[int, ...]] = set()
    for wide in (False, True):
        around = [p for r in rows if (p := _places(text, r, wide, reach)) is not None]
        header = named[wide]
        if header is not None and (header[1] == 1 or len(around) < 2):
            around.append(header[0])
        if len(around) < (1 if header is not None else 2):
            continue  # too little to show the columns in this count
        laid = _places(text, toks, wide, reach)
        if laid is None:
            return None
        columns = _in_columns(around, width)
        if columns is None or laid[0] > min(a for a, _ in columns[0]):
            continue  # the rows around are not laid out in this count, or the row's label reaches a column
        placed = [j for p in laid[1] if (j := _under(p, columns)) is not None]
        if len(placed) != len(laid[1]) or placed != sorted(set(placed)):
            return None
        read.add(tuple(placed))
    return read.pop() if len(read) == 1 else None


def _in_columns(around: list[Laid], width: int) -> list[Places] | None:
    """The places of each of `width` columns on the lines `around` (rows, a header), where they lay them
    out in columns: every column's places sharing a place and no two columns' doing so, and no line's
    label reaching into the first column's; else None."""
    columns = [[p[j] for _, p in around] for j in range(width)]
    if max(e for e, _ in around) > min(a for a, _ in columns[0]) or any(
        _under(p, columns) != j for _, r in around for j, p in enumerate(r)
    ):
        return None
    return columns


def _space_before(text: str, line: int, at: int) -> int:
    """Where the white space just before text[at] on its line (which begins at `line`) begins (`at` where
    there is none): looked for in the few characters before it, the whole line only where they are all
    white space (a text printed on one line would otherwise be copied once a row)."""
    low = max(line, at - _NEAR)
    start = low + len(text[low:at].rstrip())
    return line + len(text[line:at].rstrip()) if start == low > line else start


_NEAR: Final = 64  # characters before a number its label's gap is looked for in first
_RUNS: Final = {chars: re.compile(f"[{chars}]*") for chars in (" ", "\t", " \t")}  # a run of these characters


def _run_to_end(text: str, at: int, chars: str) -> int | None:
    """How many of `chars` (a key of `_RUNS`) run from text[at] to the end of its line; None where anything
    else comes first. Read without copying the rest of the line."""
    end = _RUNS[chars].match(text, at).end()  # type: ignore[union-attr]  # a run, empty or not, always matches
    return end - at if end == len(text) or text[end] == "\n" else None


def _tail_start(text: str, at: int) -> int:
    """Where the text after a number ending at `at` begins, past the full stop that may end its cell where
    white space follows it (`809。 4。 `); a full stop run into the next number (`1。00`) is text between them."""
    return at + 1 if text[at : at + 1] == "。" and text[at + 1 : at + 2] in (" ", "\t") else at


def _between(text: str, toks: list[Token]) -> list[str]:
    """The text between each two tokens of a row, less the full stop that may end the first one's cell."""
    # a row's tokens are read by index, here and in the helpers each row passes through, not by `pairwise` or
    # `zip(..., strict=True)`: the compiled build runs an indexed loop in C, and steps those as objects
    return [text[_tail_start(text, toks[k - 1].end) : toks[k].start] for k in range(1, len(toks))]


# where a token may run on into the next (`_joinable`): a space between two digits, found by the space (the
# search skips to it, not to every digit), the digit before it looked behind at
_DIGIT_SPACE_DIGIT: Final = re.compile(r" (?<=\d )\d")
_NUMBERS_LINE: Final = re.compile(r"[ \t]*[-+]?\d[\d.,]*(?:[ \t]+[-+]?\d[\d.,]*)*[ \t]*(?:\n|$)")


_BORDER: Final = re.compile(r"\s*\|\s*")  # a cell's border alone between two numbers: each is a cell of its own


def _apart(text: str, toks: list[Token], one_line: bool = False) -> bool:
    """Whether a row's numbers, on one line, stand apart where a cell may be missing: two spaces or more
    (or a tab) between two of them, two spaces or more after the label (spaces however wide no sign of
    that in a table `one_line` with the words after it, see `_Reading.one_line`), or spaces ending the line (a
    PDF's text, where an empty cell leaves its space), the line of its label above it too, or a tab before
    the first or after the last (a number alone between tabs is one cell); or whether the next line prints
    only numbers (the rest of the row, wrapped); a full stop ending a cell (`82。    0`) is none of the
    words between them; or whether a cell's border `|` parts each two (a page's cells a line
    each, or a row of `|`-parted cells, each number a cell of its own), or each number ends in its unit
    (`3件0件14件`). A row with fewer of them than cells may then have left some empty or out: not split."""
    if any(t.col >= 0 for t in toks):
        return len(toks) > 1 and len({t.col for t in toks}) == len(toks)
    if len(toks) > 1 and all(t.text is not None and text[t.end - 1] in COUNT_UNITS for t in toks):
        return True
    gaps = _between(text, toks)
    if any(g.strip(" \t") for g in gaps):
        return bool(gaps) and all(_BORDER.fullmatch(g) for g in gaps)
    first = toks[0].start
    line = text.rfind("\n", 0, first) + 1
    lead = _space_before(text, line, first)
    labelled = lead > line  # words before the white space: the label
    space = text[lead:first]  # the label's gap, or the whole line before the first number
    tail = _tail_start(text, toks[-1].end)
    end = text.find("\n", tail)
    return (
        any((len(g) >= 2 and not one_line) or "\t" in g for g in gaps)
        or (not one_line and len(space) - len(space.rstrip(" ")) >= (2 if labelled else 1))
        or (not (space or labelled) and first > 0 and _ends_in_space(text, first - 1))
        or bool(_run_to_end(text, tail, " "))
        or "\t" in space[len(space.rstrip(" \t")) :]  # a number alone between tabs: one cell's
        or text.find("\t", tail, end if end >= 0 else len(text)) >= 0
        or (end >= 0 and _NUMBERS_LINE.match(text, end + 1) is not None)
    )


def _ends_in_space(text: str, end: int) -> bool:
    """Whether the line ending at text[end] (its line break) prints something and ends in a space or tab."""
    start = text.rfind("\n", 0, end) + 1
    return text[end - 1 : end] in (" ", "\t") and end > start and not text[start:end].isspace()


def _split_adds_up(reading: _Reading, slot: Slot, toks: list[Token]) -> bool:
    """Whether a row with a sum of its own, in a region where a row prints its digits run together (see
    `_Reading.short`), and no tab between its numbers (a cell's border, never inside one), keeps it read
    with some of its numbers split into cells run together, every cell filled (`1918 1  1  6 3883`: 19 18 1
    1 6 38 83, where footnote marks made the wide gaps that read as two empty cells too, and its empty
    cells may hold what makes up the total): which of the two it prints, nothing tells. So does a row with no
    sum of its own split into every cell some way (`行政规范性文件 28  4`: 2, 8, 4, or 28, nothing, 4)."""
    if "\t" in reading.text[toks[0].start : toks[-1].end]:
        return False
    split = _splits(reading.text, toks, slot.kinds, reading.one_line)
    return bool(split.splits) and _adds_up(reading.template, slot, split.values())


def _empty_breaks(template: Template, slot: Slot, toks: list[Token]) -> bool:
    """Whether a row read one token a cell breaks its own total, its blank cells empty (`19  0 0 00120`, its
    wide gap a blank: 19, nothing, 0, 0, 0, 0 and 120), not holding whatever they were."""
    if len(toks) != slot.width:
        return False
    values = tuple(0 if t.text is None else parse_number(t.text, slot.kinds[k]).value for k, t in enumerate(toks))
    return not all(not_broken(values, t) for t in _own_terms(template, slot))


def _adds_up(template: Template, slot: Slot, values: list[tuple[Value | None, ...]]) -> bool:
    """Whether some reading of a row whose numbers run together keeps the row's own total (or it has
    none). Where none does, the row is not its cells run together: a cell the text left out (an empty
    one a PDF's text drops) is as likely."""
    terms = _own_terms(template, slot)
    return not terms or any(all(not_broken(v, t) for t in terms) for v in values)


def _unknown(ex: Extraction, slot: Slot, why: str) -> None:
    """A row whose printed numbers cannot be told apart into its cells: null, and `why`."""
    ex.forget(list(slot.cell_ids))
    ex.add("value.ambiguous", f"“{slot.label}”{why}，这些单元格无法确定。", list(slot.cell_ids))


_APART: Final = re.compile(r"[\s|]*")


def _glued_blank(text: str, tok: Token) -> bool:
    """Whether a token is a blank cell's mark printed glued to the digits before or after it (`0000无00`,
    `行政强制无0117`, `1601110—`), where a blank standing apart has white space or `|` on both sides."""
    if tok.text is not None or tok.end == tok.start or text[tok.start].isspace():
        return False
    return _APART.fullmatch(text[tok.start - 1 : tok.start] + text[tok.end : tok.end + 1]) is None


def _padded(reading: _Reading, slot: Slot, toks: list[Token]) -> bool:
    """A row printed on one line without `|`, as many tokens as cells, that ends in a blank mark while
    another token may hold several cells (in a region that runs digits together, or as no number of its
    cell's kind: `01207.08元 无`): the blank may be a column the row does not have."""
    return (
        len(toks) == slot.width
        and toks[-1].text is None
        and all(t.col < 0 for t in toks)
        and "\n" not in reading.text[toks[0].start : toks[-1].end]
        and any(
            t.text is not None
            and ((reading.glued and sum(ch.isdigit() for ch in t.text) > 1) or not split_group([t.text], [k])[0])
            for t, k in zip(toks, slot.kinds, strict=True)
        )
    )


# a page footer's shape: a number of a few digits between two of the same dash, a space or tab apart
_FOOTER_SHAPE: Final = re.compile(r"([-—–])[ \t]+\d{1,4}[ \t]+\1")


def _footer_trimmed(text: str, printed: list[Token], toks: list[Token]) -> bool:
    """Whether trimming a row too wide for its cells left out the last of the three it ends in, printed as
    a page footer is (`… 0 0 - 6 -`, a page's lines joined by spaces): a blank, a number and a blank, or
    the footer, the row then short of cells; nothing tells which."""
    if len(printed) < 3 or toks[-1] is printed[-1] or printed[-1].text is not None:
        return False
    mark, number = printed[-3], printed[-2]
    return (
        mark.text is None
        and number.text is not None
        and _FOOTER_SHAPE.fullmatch(text, mark.start, printed[-1].end) is not None
    )


def _ends_in_a_footer(reading: _Reading, slot: Slot, toks: list[Token]) -> bool:
    """Whether a row printing as many tokens as cells ends in three printed as a page's footer is (`… 0 0 — 10 —`,
    a page's lines joined by spaces): a blank, a number and a blank, its total (the last cell, a sum of its own)
    left blank by that reading — or the footer, the row then three cells short; nothing tells which."""
    if len(toks) != slot.width or len(toks) < 4:
        return False
    mark, number, last = toks[-3:]
    return (
        mark.text is None
        and number.text is not None
        and last.text is None
        and _FOOTER_SHAPE.fullmatch(reading.text, mark.start, last.end) is not None
        and any(eq.lhs == (slot.cell_ids[-1],) for eq in _own_equations(reading.template, slot))
    )


def _mark_trimmed(reading: _Reading, slot: Slot, group: Group, toks: list[Token]) -> bool:
    """Whether trimming a row's tokens to its cells left out a mark or word printed at its start or end
    (`不适用 0 0 0 2 1 1 0`) as a merged cell's placeholder, and the numbers left, one a cell, break the
    row's own total: the mark may be a cell of the row, and a stray space (`1 0`) what made up for it. So
    too where a blank is among the cells left (`1434 5 6 6 2 8 不适用 暂无`, its total one of them) on a line
    without `|` and two numbers a space apart: no total checks the numbers, and the space may be inside one."""
    if len(toks) != slot.width:
        return False
    kept = {id(t) for t in toks}
    if not any(t.text is None and _printed(reading.text, t) for t in group.tokens if id(t) not in kept):
        return False
    if any(t.text is None for t in toks):
        return all(t.col < 0 for t in toks) and any(
            a.text is not None and b.text is not None and reading.text[a.end : b.start] == " "
            for a, b in pairwise(toks)
        )
    printed = [tuple(parse_number(t.text or "", k).value for t, k in zip(toks, slot.kinds, strict=True))]
    return not _adds_up(reading.template, slot, printed)


def _read_around_blanks(
    ex: Extraction,
    reading: _Reading,
    slot: Slot,
    toks: list[Token],
    choices: list[Choice],
    spans: _Splits,
    fewer: bool = False,
) -> bool:
    """Read a row whose digits run together around blank cells printed among them (`0000无00`,
    `1601110无`): each blank is one cell, each run of digits the cells between; blanks after the last
    digits may also be no cell of the row (a column the table leaves empty). Where the runs can fill
    the row in more than one way that keeps its own total, or, in a region where a row prints too few
    digits to fill its cells (an empty cell printing nothing), also with one more of its cells empty, no
    cell is known: null and `value.ambiguous`. So too in a region that marks no empty cell (its rows print
    words for numbers, not —), where a run of digits holds several cells: where the one way keeps the total
    only if a word stands for a number (`251不涉及4032`: 2, 5, 1, then 4, 0, 32, the word 20) and one more
    cell empty, the total still read from the digits, fits as well (25, an empty cell, 1, the word 2, 4, 0,
    32). With `fewer`, a gap's blanks (see `_spaced_blanks`) may be fewer (see `_variants`). False if no way
    fills the row."""
    last = max((i for i, t in enumerate(toks) if t.text is not None), default=-1)
    if last < 0 or last - sum(_joinable(reading.text, toks[: last + 1], reading.one_line)) >= slot.width:
        return False  # every mark and run up to the last digits takes a cell at least: too many to fit
    readings = _around_blanks(reading, slot, slot.cell_ids, slot.kinds, toks, fewer)
    if not readings:
        return False
    if len(readings) > 1:
        _unknown(ex, slot, "的数字连在一起印刷，其间的空白单元格可以落在不同的列")
        return True
    if reading.empties and _one_more_empty(reading, slot, toks, fewer=fewer):
        _unknown(ex, slot, _ONE_MORE_EMPTY)
        return True
    starts, runs, splits = readings[0]
    if (
        not (reading.empties or reading.marked)
        and any(len(parts[0]) > len(run) for run, (parts, _) in zip(runs, splits, strict=True))
        and not _keeps_total(reading.template, slot, slot.cell_ids, slot.kinds, starts, splits, empty=True)
        and _one_more_empty(reading, slot, toks, _own_totals(reading.template, slot.cell_ids), fewer)
    ):
        _unknown(ex, slot, _UNCONFIRMED)
        return True
    if not reading.empties:
        ex.around.append((reading, slot, toks))
    filled = _filled(slot.cell_ids, readings[0])
    blanks = [c for c in slot.cell_ids if c not in filled]
    for c in blanks:
        ex.cells[c] = None
    ex.blank(slot.label, blanks)
    for run, a, (candidates, complete) in zip(runs, starts, splits, strict=True):
        if run:
            n = len(candidates[0])
            cells, kinds = slot.cell_ids[a : a + n], slot.kinds[a : a + n]
            each = candidate_values(candidates, kinds)
            choices.append(Choice(cells, list(dict.fromkeys(each)), complete))
            spans[cells] = _Split(run, candidates, each)
    return True


_ONE_MORE_EMPTY: Final = "的数字连在一起印刷，读作另有一个单元格未填写、什么也没有印出同样相符"
_UNCONFIRMED: Final = (
    "的数字与其间的文字连在一起印刷，文字所在的单元格不计数时任何拆分都不符合本行的合计，"
    "读作另有一个单元格未填写、什么也没有印出同样说得通"
)


def _one_more_empty(
    reading: _Reading, slot: Slot, toks: list[Token], totals: tuple[str, ...] = (), fewer: bool = False
) -> bool:
    """Whether a row run together around blank marks or words also fills its cells with one more of them
    empty, printing nothing (see `_around_blanks`), each of `totals` read from its digits (not left empty:
    a reading without its total checks nothing)."""
    for i, c in enumerate(slot.cell_ids):
        if c in totals:
            continue
        cells = slot.cell_ids[:i] + slot.cell_ids[i + 1 :]
        readings = _around_blanks(reading, slot, cells, slot.kinds[:i] + slot.kinds[i + 1 :], toks, fewer)
        if any(_filled(cells, r).issuperset(totals) for r in readings):
            return True
    return False


_Around = tuple[list[int], list[list[Token]], list[tuple[list[list[str]], bool]]]


def _filled(cells: tuple[str, ...], around: _Around) -> set[str]:
    """The `cells` a reading of a row run together around blank marks (see `_around_blanks`) fills with digits."""
    starts, _, splits = around
    return {cells[i] for a, (parts, _) in zip(starts, splits, strict=True) for i in range(a, a + len(parts[0]))}


def _around_blanks(
    reading: _Reading,
    slot: Slot,
    cells: tuple[str, ...],
    kinds: tuple[Kind, ...],
    toks: list[Token],
    fewer: bool = False,
) -> list[_Around]:
    """The ways the runs of digits between a row's blank marks fill `cells` (the row's, or all but one
    left empty and printing nothing) keeping the row's own equations: where each run's cells start among
    them, the runs, and every split of each run."""
    readings = []
    for row, drop in _variants(reading.text, toks, fewer):
        runs: list[list[Token]] = [[]]
        for t in row[: len(row) - drop]:
            if t.text is None:
                runs.append([])
            else:
                runs[-1].append(t)
        free = len(cells) - (len(runs) - 1)
        for sizes in _sizes(free, [sum(ch.isdigit() for t in run for ch in t.text or "") for run in runs]):
            starts = [sum(sizes[:k]) + k for k in range(len(runs))]
            splits: list[tuple[list[list[str]], bool]] = [
                _splits(reading.text, run, kinds[a : a + n], reading.one_line).listed() if n else ([[]], True)
                for run, a, n in zip(runs, starts, sizes, strict=True)
            ]
            if all(parts for parts, _ in splits) and _keeps_total(reading.template, slot, cells, kinds, starts, splits):
                readings.append((starts, runs, splits))
    return readings


def _variants(text: str, toks: list[Token], fewer: bool = False) -> list[tuple[list[Token], int]]:
    """The ways a row's blank marks may stand for its cells: a double dash run into digits (`——000015`)
    is the mark of one blank or of two; with `fewer`, each blank a gap's width made (see `_spaced_blanks`)
    after the first in its gap may be a stray space instead (`00   3`: one blank or two); the blanks after
    its last digits may be no cells of the row (how many of them to leave out)."""
    rows: list[list[Token]] = [[]]
    for k, t in enumerate(toks):
        twice = t.end - t.start == 2 and text[t.start] in "—–" and _glued_blank(text, t)
        stray = fewer and t.end == t.start and k > 0 and toks[k - 1] is t  # a gap's second blank, or later
        rows = [r + [t] for r in rows] + ([r + [t, t] for r in rows] if twice else []) + (rows if stray else [])
    out = []
    for row in rows:
        last = max(i for i, t in enumerate(row) if t.text is not None)
        out += [(row, drop) for drop in range(len(row) - last)]
    return out


def _keeps_total(
    template: Template,
    slot: Slot,
    cells: tuple[str, ...],
    kinds: tuple[Kind, ...],
    starts: list[int],
    splits: list[tuple[list[list[str]], bool]],
    empty: bool = False,
) -> bool:
    """Whether some split of the runs, filling `cells` of `kinds` from `starts`, keeps each of the row's own
    equations, its blank cells (and a cell of it not among `cells`) taking any value their kind allows
    (`0 4 — 2 9` with a total of 9 keeps none), or with `empty` counting nothing (`25 1 不涉及 4 0 32`
    keeps none); True also where there are too many splits to try."""
    equations = _own_equations(template, slot)
    if not equations or prod(len(parts) for parts, _ in splits) > MAX_SPLITS:
        return True
    for combo in product(*(parts for parts, _ in splits)):
        row: dict[str, Value | None] = dict.fromkeys(slot.cell_ids)
        for a, parts in zip(starts, combo, strict=True):
            for i, part in enumerate(parts, a):
                row[cells[i]] = part_value(part, kinds[i])
        if empty:
            row = {c: v or 0 for c, v in row.items()}
        if all(possible(template, eq, row) for eq in equations):
            return True
    return False


def _sizes(total: int, digits: list[int]) -> list[list[int]]:
    """Every way to give `total` cells to runs of digits, at least one to each run that prints digits,
    none to an empty one, and never more than a run has digits."""
    if not digits:
        return [[]] if total == 0 else []
    low = 1 if digits[0] else 0
    return [[n, *rest] for n in range(low, min(total, digits[0]) + 1) for rest in _sizes(total - n, digits[1:])]


def _misread(reading: _Reading, slot: Slot, toks: list[Token]) -> bool:
    """Whether a row that prints one number per cell, and no blank, must be read otherwise: in a region
    whose digits run together, a reading that breaks the row's own total while another reading of its
    spaces keeps it (`1 23 0 0 0 0 15` is 12, 3, 0, 0, 0, 0, 15). In a row whose cells run together but
    for a space (`3 55件0件0件3件4件47件`), the space is no cell's boundary of its own: another reading that
    keeps the total is as good (there 35, 5, …; `1 10件0件…12件` is 1, 10 or 11, 0), for the table to settle;
    so too in a region whose digits run together, where a space may be a stray one inside a number and the
    cell after it run into the next, among three numbers (`1 2 10 0 0 2 15` keeps its total of 15 as printed,
    and as 12, 1, 0, 0, 0, 2, 15); a stray space and digits run together far apart that keep the total only
    together (`16 3 … 1 3` as 1, 63, …, 13) make no printed reading that keeps it a misreading.
    A row that breaks its total as printed with a wider gap between two numbers or after its label, or white
    space before its first number or after its last on their line, where a reading one cell short, the
    other empty, keeps it (`906 364 6  86 43 1 406`: an empty cell in the gap, 1406 a number whose groups a
    space parts; ` 0 0 0 13 1 5 9`: an empty first cell, then 59), or whose cells run together (their units
    parting them: `390件32件6件8件30件4 66`, an empty cell and 466 split), is not its printed numbers one a cell
    either: in a row of numbers a space apart, each cell whole numbers, joined where one space parts them.
    Nor is a row laid out in columns that breaks its total as printed with one space between two of its
    numbers (see `_stray_spaced`): as many stray spaces as empty cells make up its count. In a table a row of
    which prints a number parted as widely as its cells (see `_Reading.spread`), any gap between two numbers
    may be such a space: a row of as many numbers as cells that breaks its total as printed, where one
    number joined and one cell empty keep it (`16   3     0   0    0   1   1` is 163, 0, 0, 0, 1, 1 and an
    empty total), is no reading of its cells either. A reading that keeps the total only by moving more than
    one of the row's cuts does not make the row's printed one a misreading (see `_cuts`). In a region whose
    digits run together, a sign on a number whose column prints none, with a space that may be stray, makes
    the row's printed reading none of its cells, sums of its own or not (`264 8-18538`: 2648, -18 and 538);
    and where its words show a fold's spaces (`_Reading.folded`), a row with no sum of its own is no reading
    of its cells as printed either (`政府集中采购2561 52758.1764元`: its splits, for the table to settle).
    A line of rows run together (`_Reading.one_line`) is judged as a region whose digits run together, though
    its rows print a number a cell: a line break lost with no space runs two cells' digits together
    (`31 0 0 0 1 13 3`: 1, 1 and 33, a stray space inside 33)."""
    spread = slot.table.id in reading.spread
    # from the row's second character: the digit before the space is the row's own
    if not spread and not _DIGIT_SPACE_DIGIT.search(reading.text, toks[0].start + 1, toks[-1].end):
        return False  # no space that may be stray (`_joinable`): one number a cell is the only reading
    if reading.glued and any(
        (t.text or "")[:1] in "+-" and k is not Kind.SIGNED for t, k in zip(toks, slot.kinds, strict=True)
    ):
        return True  # a sign no cell of its column may print: a space inside a number (264 8-18538: 2648, -18, 538)
    equations = _own_equations(reading.template, slot)
    if not equations:  # nothing to judge a reading by: the row as printed, but where the words show a fold's spaces
        return reading.glued and reading.folded
    # a lone 0 ends its cell
    run_together = any(toks[k - 1].end == toks[k].start and toks[k - 1].text != "0" for k in range(1, len(toks)))
    text = reading.text
    line = text.rfind("\n", 0, toks[0].start) + 1
    lead = _space_before(text, line, toks[0].start)
    space = text[lead : toks[0].start]  # the gap after the label, or the whole line before the first number
    gaps = [space[len(space.rstrip(" \t")) :], *(text[toks[k - 1].end : toks[k].start] for k in range(1, len(toks)))]
    # a line's ` 0 0 1`, `0 5 `: white space alone before its first number or after its last
    alone = lead == line and space and not space.strip(" \t")
    wide = (
        any((len(g) > 1 or g == "\t") and not g.strip(" \t") for g in gaps)
        or bool(alone)
        or bool(_run_to_end(text, _tail_start(text, toks[-1].end), " \t"))
    )
    # rows run on in one line may run digits together where its line breaks were lost, spaced rows or not
    run_on = reading.glued or reading.one_line
    if not (run_on or run_together or wide):
        return False
    ids, kinds = slot.cell_ids, slot.kinds
    printed = {ids[j]: parse_number(t.text or "", kinds[j]).value for j, t in enumerate(toks)}
    kept = not run_together and all(holds(eq, printed) is not False for eq in equations)
    if kept and not reading.glued:
        return False
    if (
        not kept
        and (wide or run_together)
        and any(
            all(possible(reading.template, eq, dict(zip(slot.cell_ids, r, strict=True))) for eq in equations)
            for r in blank_splits(
                [t.text or "" for t in toks],
                slot.kinds,
                _joinable(reading.text, toks, spread),
                not (reading.glued or run_together),
            )
        )
    ):
        return True
    if not (run_on or run_together):
        return _stray_spaced(text, toks)
    candidates = _splits(reading.text, toks, slot.kinds, reading.one_line).splits
    printed_parts = [t.text or "" for t in toks]
    printed_cuts = _cuts(printed_parts)
    return any(
        parts != printed_parts
        and len(moved := _cuts(parts) ^ printed_cuts) <= 2
        and (not kept or (bool(moved) and sum(min(moved) < c < max(moved) for c in printed_cuts) <= 1))
        and all(holds(eq, _values_of(slot, parts)) for eq in equations)
        for parts in candidates
    )


def _cuts(parts: list[str]) -> set[int]:
    """Where a reading of a row's digits cuts them into cells, counted in characters of its cells run together:
    a reading that keeps the row's total by moving one cut (`1 23` read 12, 3) may be what a space put in the
    wrong place printed; one that moves more is the report's own total broken, not a misreading of it."""
    cuts, at = set(), 0
    for part in parts[:-1]:
        at += len(part)
        cuts.add(at)
    return cuts


def _grouped(reading: _Reading, slot: Slot, toks: list[Token]) -> tuple[list[list[str]], bool] | None:
    """The readings of a row that prints a number a cell where a space between two of them may also part a
    number's groups of three (`1 234`, as `grouped_splits` reads it), in text that runs digits together (a
    row of the region a cell short, though its blank marks count; the row's label run into its digits, or
    its own tokens; a token no number of its cell's kind: `058`): the row as printed, where it is a number
    a cell, and each such reading, for the table's sums to settle; None where the row as printed is the
    only reading."""
    text = reading.text
    if not any(
        parts_groups(
            text,
            toks[k - 1].end,
            toks[k].start,
            text[toks[k - 1].end - 1 : toks[k - 1].end],
            toks[k].text or "",
            wide=True,
        )
        for k in range(1, len(toks))
    ):
        return None  # as printed: a word read as a number (持平: 0) ends in no digit
    if not (
        reading.short
        or (toks[0].start > 0 and text[toks[0].start - 1].isalpha())  # the label run into the digits
        or any(toks[k - 1].end == toks[k].start for k in range(1, len(toks)))
        or not all(_one_number(t.text or "", slot.kinds[j]) for j, t in enumerate(toks))
    ):
        return None
    printed = [t.text or "" for t in toks]
    readings, complete = grouped_splits(printed, slot.kinds, _joinable(text, toks, wide=True))
    if readings == [printed]:
        return None
    return sorted(readings, key=lambda r: r != printed), complete  # as printed first: its cells' spans are kept


def _may_keep(template: Template, slot: Slot, texts: list[str | None]) -> bool:
    """Whether a row read one printed text a cell (None: a blank) may keep its own equations, its blank
    cells taking any value."""
    row = {
        c: None if t is None else parse_number(t, k).value
        for c, t, k in zip(slot.cell_ids, texts, slot.kinds, strict=True)
    }
    return all(possible(template, eq, row) for eq in _own_equations(template, slot))


def _empty_fits(template: Template, slot: Slot, texts: list[str | None]) -> bool:
    """Whether a row's printed numbers, each a cell of its own in turn and the cells they leave empty taking any
    value, may keep its own equations: the row may have dropped an empty cell. Where no such reading keeps
    them (四's row, each group's total printed, whose groups no cell left empty lets add up), its digits run
    together."""
    return any(
        _may_keep(template, slot, [texts[at.index(j)] if j in at else None for j in range(slot.width)])
        for at in combinations(range(slot.width), len(texts))
    )


def _joined_keeps(reading: _Reading, slot: Slot, toks: list[Token], alone: bool = False) -> bool:
    """Whether a row of a number a cell may keep its equations with two of its numbers one space apart read
    as one (a stray space) and one more cell empty, printing nothing: where blank marks among them break its
    equations whatever they hold (`132 1 8 9 空 38 18 `: 132, 18, 9, the mark, 38, 18 and an empty total); or,
    `alone`, where each cell has a line of its own and the two stand alone on one (`5 1`: 51, the empty cell's
    line dropped)."""
    text, texts = reading.text, [t.text for t in toks]
    for k in range(1, len(toks)):
        a, b = texts[k - 1], texts[k]
        if a is None or b is None or text[toks[k - 1].end : toks[k].start] != " ":
            continue
        if alone and not _alone_on_line(text, toks[k - 1].start, toks[k].end):
            continue
        joined = [*texts[: k - 1], a + b, *texts[k + 1 :]]
        if any(_may_keep(reading.template, slot, [*joined[:i], None, *joined[i:]]) for i in range(len(toks))):
            return True
    return False


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line prints but white space."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return not text[line:start].strip() and not text[end : stop if stop >= 0 else len(text)].strip()


def _one_number(text: str, kind: Kind) -> bool:
    """Whether a token is one well-formed number of `kind`, without a leading zero (`058`: digits of two cells)."""
    if text.isdecimal() and len(text) <= MAX_DIGITS:  # plain digits, the common case
        return text[0] != "0" or len(text) == 1
    body = text.lstrip("+-")
    return parse_number(text, kind).valid and not (body[:1] == "0" and body[1:2].isdigit())


def _values_of(slot: Slot, parts: list[str]) -> dict[str, Value | None]:
    """A row's cells read from one split of its printed digits."""
    return dict(zip(slot.cell_ids, map(part_value, parts, slot.kinds), strict=True))


def _splits(text: str, toks: list[Token], kinds: tuple[Kind, ...], wide: bool = False) -> RowSplits:
    """Every way to read a row's printed tokens as its cells. Digits run together hold several cells
    each; a single space between two digits (with `wide`, spaces however many: a row run on into its words,
    see `_Reading.one_line`) is likely a boundary but may be a stray one inside a number (`20 0 00 0 121`,
    `1 21`), so a cell may also run across it — the identities then rule out what does not fit. Listed once
    for each distinct row (see `row_splits`)."""
    return row_splits([t.text or "" for t in toks], kinds, _joinable(text, toks, wide))


def _joinable(text: str, toks: list[Token], wide: bool = False) -> tuple[bool, ...]:
    """Whether each token may run on into the next: one space between two digits (not after a cell's
    unit: `1件 5件` is two cells), or, if `wide`, where the scan read them in one cell (`Token.glue`) or where
    the next opens on a zero-led group of three (`_group_after_gap`), spaces only, as many as there are."""
    out = []
    for k in range(1, len(toks)):  # indexed: see `_between`
        a, b = toks[k - 1], toks[k]
        out.append(
            (
                (b.start - a.end == 1 and text[a.end] == " ")
                or ((wide or b.glue) and spaces_only(text, a.end, b.start))
                or _group_after_gap(text, a, b)
            )
            and text[a.end - 1].isdigit()
            and (b.text or "")[:1].isdigit()
        )
    return tuple(out)


def _short_doubts(
    template: Template, values: dict[str, Value | None], row: GluedRow, bounds: Bounds
) -> list[dict[str, Value | None]]:
    """The readings of a glued row one cell short, the other empty, that let every identity counting it
    hold, in a report that prints empty cells as nothing (see `short_readings`). A row whose splits settle
    every cell (`1000225`: 1, 0, 0, 0, 2, 2 and a total of 5 — or an empty cell, then 1, 0, 0, 0, 2 and 25)
    is doubted only by those that keep its own total as printed: a reading that leaves the total empty
    checks nothing, and almost every row has one."""
    readings = short_readings(template, values, row, bounds=bounds)
    if any(values[c] is None for c in row.cells):
        return list(readings)
    totals = _own_totals(template, row.cells)
    return [r for r in readings if all(r[c] is not None for c in totals)]


def _leaning(
    template: Template, ex: Extraction, doubted: dict[tuple[str, ...], list[str]], opened: list[str]
) -> dict[tuple[str, ...], list[str]]:
    """The cells of each glued row whose split rested on a doubted row's reading: with the doubted rows'
    cells (and the `opened` ones) left open, another split of it lets every identity hold (see
    `_full_doubts`). Each such row is opened in turn, and a doubted row's cells that its readings agreed on
    with it as split are doubted too where another reading now holds (`doubted` grows in place), until no
    more change: a row 8, 11 doubted against a total row split 11, 8 that may as well be 1, 18."""
    rows = {row.cells: row for row in ex.glued}
    row_cells = {cells: set(cells) for cells in rows}
    unsure = set(opened).union(*doubted)
    leaning: dict[tuple[str, ...], list[str]] = {}
    while unsure:
        values = ex.cells | dict.fromkeys(unsure)
        found = False
        for cells, row in rows.items():
            if cells in doubted or cells in leaning or not any(ex.cells[c] is not None for c in cells):
                continue
            own = row_cells[cells]
            if all(unsure.isdisjoint(eq.cells) for eq in template.equations if not own.isdisjoint(eq.cells)):
                continue  # no identity links it to a cell left open: split as before
            readings = _full_doubts(template, values, row, ex.bounds)
            if moved := [c for c in cells if ex.cells[c] is not None and any(r[c] != ex.cells[c] for r in readings)]:
                leaning[cells] = moved
                unsure.update(cells)
                found = True
        if not found:
            break
        values = ex.cells | dict.fromkeys(unsure)
        for cells, kept in doubted.items():
            if (short := rows.get(cells)) is not None:
                readings = list(short_readings(template, values, short))
                kept.extend(c for c in cells if c not in kept and any(r[c] != ex.cells[c] for r in readings))
    return leaning


def _full_doubts(
    template: Template, values: dict[str, Value | None], row: GluedRow, bounds: Bounds
) -> list[dict[str, Value | None]]:
    """The readings of a glued row into all its cells that let every identity counting it hold, the cells of
    the rows doubted (see `contested`) left open in `values`: a row whose split the identities settled with a
    doubted row's reading (its 1, 18 and the other's 8, 11) may keep them as well split otherwise."""
    return list(short_readings(template, values, row, bounds=bounds, blanks=0))


@lru_cache(maxsize=256)
def _own_totals(template: Template, cells: tuple[str, ...]) -> tuple[str, ...]:
    """The cells among `cells` that an equation among them alone sums the others to (a row's total)."""
    own = set(cells)
    return tuple(dict.fromkeys(c for eq in template.equations if own.issuperset(eq.cells) for c in eq.lhs))


def _unread_dropping(ex: Extraction, template: Template) -> None:
    """Leave unread each row split from its numbers, on a line of rows run together among rows of a number
    a cell, whose split breaks an identity: its own sums kept it split (`191 0 0 2 195` as 1, 91, 0, 0, 2, 1,
    95), but it may as well have dropped cells left empty, whose numbers nothing shows; or that its numbers as
    printed, a cell each and one left empty, read otherwise with every identity held (`45 15 0 15 1 76` split
    4, 51, 5, 0, 15, 1, 76 as 45, 15, 0, 15, 1, an empty cell and 76 adds up too)."""
    for cells, printed in ex.dropping:
        own = set(cells)
        if not any(ex.cells[c] is not None for c in cells):
            continue
        touching = [eq for eq in template.equations if not own.isdisjoint(eq.cells)]
        if any(not possible(template, eq, ex.cells) for eq in touching):
            said = "数字连在一起印刷，这样拆分不符合表格的勾稽关系，也可能有单元格未填写、什么也没有印出"
        elif _read_apart(ex, template, cells, printed, touching):
            said = "数字可能连在一起印刷，也可能一数一格、有单元格未填写而什么也没有印出，两种读法都符合表格的勾稽关系"
        else:
            continue
        ex.forget(list(cells))
        ex.add("value.ambiguous", f"{said}，这些单元格无法确定。", list(cells))
        ex.explain.append(f"{', '.join(cells)}: split, the row may as well have dropped empty cells")


def _read_apart(
    ex: Extraction, template: Template, cells: tuple[str, ...], printed: tuple[str, ...], touching: list[Equation]
) -> bool:
    """Whether the row's numbers as printed, each a cell of its own in turn and the cells they leave empty, hold
    every equation that counts the row with its other cells as read, and give a cell another value than read."""
    kinds = [template.cell_kind[c] for c in cells]
    for at in combinations(range(len(cells)), len(printed)):
        values = dict(ex.cells)
        for j, c in enumerate(cells):
            values[c] = parse_number(printed[at.index(j)], kinds[j]).value if j in at else None
        if any(values[c] is not None and values[c] != ex.cells[c] for c in cells) and all(
            possible(template, eq, values) for eq in touching
        ):
            return True
    return False


def _unread_hidden_blanks(ex: Extraction, text: str, template: Template, groups: list[Group]) -> None:
    """Leave unread the cells of each row split from digits run together that breaks an identity, where
    a reading one cell short, the other empty and printing nothing, lets them all hold: the cells such
    a reading gives otherwise. The row is then a cell short or the report's own numbers break the
    identity; nothing tells which. A report that marks an empty cell (—, 无) in the `groups` read as rows
    prints none as nothing, unless a row prints too few digits for its cells, or adds up only so read; a word
    that stands for a cell's number (见附件, 待定: `NO_NUMBER`) marks no empty cell, and tells nothing of that.
    Where a row is so doubted, prints too few digits or adds up only a cell short, the report prints
    empty cells as nothing: a row that such a reading lets every identity hold for (see `_short_doubts`)
    keeps none of the cells its splits agree on that it gives otherwise, and a row run together around
    blank marks or words read one way before that showed (`Extraction.around`) none, where it may as well
    be a cell short. A doubted row's cells, read one way, rule out no other row's reading a cell short."""
    doubted_rows = list(contested(template, ex.cells, ex.glued))
    nothing = ex.printed_nothing or any(may_be_short(template, ex.cells, row) for row, *_ in ex.unsplit)
    if not (doubted_rows or nothing) or (not nothing and _marks_empty(text, groups)):
        return
    for reading, slot, toks in ex.around if nothing else ():
        if any(ex.cells[c] is not None for c in slot.cell_ids) and _one_more_empty(reading, slot, toks):
            _unknown(ex, slot, _ONE_MORE_EMPTY)
    doubted = {
        row.cells: [c for c in row.cells if any(r[c] != ex.cells[c] for r in readings)]
        for row, readings in doubted_rows
    }
    unsure = ex.cells | dict.fromkeys(c for cells in doubted.values() for c in cells)
    too = {
        row.cells: [c for c in row.cells if ex.cells[c] is not None and any(r[c] != ex.cells[c] for r in readings)]
        for row in ex.glued
        if row.cells not in doubted and (readings := _short_doubts(template, unsure, row, ex.bounds))
    }
    leaning = _leaning(template, ex, doubted, [c for cells in too.values() for c in cells])
    for cells in doubted.values():
        ex.forget(cells)
        ex.add(
            "value.ambiguous",
            "数字连在一起印刷，这样拆分不符合表格的勾稽关系，读作其中有一个单元格未填写、什么也没有印出则相符，"
            "这些单元格无法确定。",
            cells,
        )
        ex.explain.append(f"{', '.join(cells)}: the digits may be a cell short, an empty one printing nothing")
    for cells in filter(None, too.values()):
        ex.forget(cells)
        ex.add(
            "value.ambiguous",
            "数字连在一起印刷，读作其中有一个单元格未填写、什么也没有印出同样符合表格的勾稽关系，这些单元格无法确定。",
            cells,
        )
        ex.explain.append(f"{', '.join(cells)}: the digits may as well be a cell short, an empty one printing nothing")
    for cells in filter(None, leaning.values()):
        _unread_leaning(ex, cells, "split as a doubted row's reading had it, which another split fits too")


def _unread_leaning(ex: Extraction, cells: list[str], why: str) -> None:
    """Leave unread the cells of a glued row whose split rested on another row's, itself left unread."""
    ex.forget(cells)
    ex.add(
        "value.ambiguous",
        "数字连在一起印刷，其拆分有赖于另一行的读法，而那一行无法确定，另一种拆分同样符合表格的勾稽关系，"
        "这些单元格无法确定。",
        cells,
    )
    ex.explain.append(f"{', '.join(cells)}: {why}")


def _unread_against_prose(ex: Extraction, text: str, template: Template, stated: Callable[[], _Figures]) -> set[str]:
    """Leave unread the cells of each row split from digits run together whose total is a quantity the prose
    states plainly (`template.stated`, one cell each) and is split into another figure, where a reading one
    cell short, the other empty and printing nothing, gives the total the figure stated:
    `四、结转下年度继续办理1500118` split 1, 5, 0, 0, 1, 1, 8 (its own sum holds), the prose's 结转下年度继续办理18件,
    and 1, 5, 0, 0, an empty cell, 1, 18. The row is a cell short or the prose is wrong; nothing tells which,
    unless the identities that count other rows too (the 勾稽关系's columns) hold for the split and for no
    such reading: then the prose is wrong, and the narrative checks say so. Only a figure the row's digits
    end in, longer than the total split, is such a total, and the prose is read for it only where the text
    prints one so (`18件`). A figure the prose may state with another cell counted in (新收 with 上年结转) is
    compared both ways. The cells left unread."""
    single = {spec.cells[0]: spec for spec in template.stated if len(spec.cells) == 1}
    counts: set[int] | None = None  # the numbers the text prints before 件, once a row asks
    gone: set[str] = set()
    for row in ex.glued:
        total = row.cells[-1]
        spec = single.get(total)
        read = ex.cells[total]
        digits = "".join(row.texts)
        if spec is None or read is None or not digits.isdecimal():
            continue
        counted = [ex.cells.get(c) for c in spec.also]
        if None in counted:
            continue
        extra = sum(cast("list[Value]", counted))
        # a cell short, the cells before the total may leave it more of the digits: the longer totals they end in
        ends = {int(digits[i:]) for i in range(len(digits) - len(str(read))) if digits[i] != "0"}
        counts = _counts_before(text, "件") if counts is None else counts
        if not any(n in counts or n + extra in counts for n in ends):
            continue
        given = stated().get(spec.quantity)
        if not given or read in given or read + extra in given:
            continue
        targets = ends & ({f - extra for f in given} | set(given))
        if not targets:
            continue
        own = set(row.cells)
        across = [eq for eq in template.equations if not own.isdisjoint(eq.cells) and not own.issuperset(eq.cells)]
        fitting = [  # the readings a cell short that give the total the figure stated
            ex.cells | dict(zip(row.cells, r, strict=True))
            for r in blank_splits(row.texts, row.kinds, row.joinable)
            if r[-1] in targets
        ]
        if not fitting or (
            all(possible(template, eq, ex.cells, ex.bounds) for eq in across)
            and not any(all(possible(template, eq, values, ex.bounds) for eq in across) for values in fitting)
        ):
            continue  # the identities across rows keep the split and rule out each such reading: the prose errs
        cells = list(row.cells)
        ex.forget(cells)
        ex.add(
            "value.ambiguous",
            f"数字连在一起印刷，这样拆分与正文所说的{spec.name}不符，读作其中有一个单元格未填写、什么也没有印出"
            "则与正文相符，这些单元格无法确定。",
            cells,
        )
        ex.explain.append(f"{', '.join(cells)}: split against the prose's {spec.name}, which a cell short gives")
        gone.update(cells)
    return gone


def _unread_resting_on(
    ex: Extraction, template: Template, choices: list[Choice], gone: set[str], stated: Callable[[], _Figures]
) -> None:
    """Leave unread the cells of glued rows that the identities settled with the splits of rows since left
    unread (`gone`): settled again as `_resolve` settles them, those rows' cells unknown (the identities
    counting them then judging nothing), a cell that several splits now leave open, or that another gives,
    is null (a column settled by a split of a 结转 row printed a cell short, `0402039`)."""
    kept = [ch for ch in choices if gone.isdisjoint(ch.cells)]
    split = {c for ch in kept for c in ch.cells}
    fixed = {c: v for c, v in ex.cells.items() if c not in split and c not in gone}
    touched = {c for eq in template.equations if not gone.isdisjoint(eq.cells) for c in eq.cells}
    for comp, equations in components(kept, fixed, template.equations):
        if all(touched.isdisjoint(ch.cells) for ch in comp):
            continue  # no identity linked it to the rows left unread: settled as before
        options = settle(fixed, comp, equations).options
        unsettled = [c for ch in comp for c in ch.cells if len(options[c]) != 1]
        fits = (_by_prose(template, fixed, comp, equations, stated) or ("", []))[1] if unsettled else []
        for c in unsettled:
            if fits and len({sol[c] for sol in fits}) == 1:
                options[c] = {fits[0][c]}
        cells = [c for ch in comp for c in ch.cells if ex.cells[c] is not None and options[c] != {ex.cells[c]}]
        if cells:
            _unread_leaning(ex, cells, "settled by the split of a row since left unread")


def _counts_before(text: str, unit: str) -> set[int]:
    """The numbers printed before each `unit` in the text, a space or tab perhaps between (`18件`, `34 件`), of
    MAX_DIGITS digits at most."""
    out = set()
    for at in finds(text, unit):
        end = at
        while end and text[end - 1] in " \t":
            end -= 1
        if (start := digits_before(text, end, MAX_DIGITS)) < end:
            out.add(int(text[start:end]))
    return out


def _marks_empty(text: str, groups: Iterable[Group]) -> bool:
    """Whether the `groups` print a blank cell's mark (—, 无, an empty line), which a report that marks its
    empty cells prints for each: a word that stands for a cell's number (`NO_NUMBER`) marks no empty cell."""
    return any(t.text is None and text[t.start : t.end] not in NO_NUMBER for g in groups for t in g.tokens)


def _resolve(
    ex: Extraction, template: Template, choices: list[Choice], spans: _Splits, stated: Callable[[], _Figures]
) -> None:
    """Settle glued digits with the identities, each cell settled placed where its split prints it; where
    several splits keep them, the cells that every split the prose's `stated` figures fit (see `_by_prose`)
    gives alike are read, and a note says so; what stays open is null and `value.ambiguous`. An equation
    with a cell neither read nor split is never judged: it links no rows, whose solutions are then counted
    apart."""
    fixed = dict(ex.cells)
    for comp, equations in components(choices, fixed, template.equations):
        options, stopped, unkept = settle(fixed, comp, equations)
        unsettled = [c for ch in comp for c in ch.cells if len(options[c]) != 1]
        decided = _by_prose(template, fixed, comp, equations, stated) if unsettled else None
        said, fits = decided or ("", [])
        settled = [c for c in unsettled if fits and len({sol[c] for sol in fits}) == 1]
        if settled:
            options.update({c: {sol[c] for sol in fits} for c in fits[0]})
            # the identities alone were not searched through where `stopped`: whether they leave one split is unknown
            lead = (
                f"各行拆分方式的组合太多，只核对与正文所说的{said}相符的拆分，其中"
                if stopped
                else "不止一种拆分方式符合表格的勾稽关系，"
            )
            how = lead + (
                ("只有一种符合表格的勾稽关系" if stopped else f"只有一种与正文所说的{said}相符")
                if len(fits) == 1
                else ("符合勾稽关系的" if stopped else f"与正文所说的{said}相符的") + "几种都给出这些单元格的同一数值"
            )
            ex.add("value.from_prose", f"数字连在一起印刷，{how}，这些单元格按它读出。", settled)
        for ch in comp:
            open_cells = []
            ex.spans.update(spans[ch.cells].spans(ch.cells, options))
            for c in ch.cells:
                vals = options[c]
                if len(vals) == 1:
                    ex.cells[c] = vals.pop()
                else:
                    ex.cells[c] = None
                    ex.units.pop(c, None)
                    open_cells.append(c)
                    known = [v for v in vals if v is not None]
                    if ch.complete and known and len(known) == len(vals):  # each a number: it lies between them
                        ex.bounds[c] = (min(known), max(known))
            if open_cells:
                if not ch.complete:  # more splits than could be listed (四 on one line, a column as a row)
                    how = "拆分方式太多，无法逐一以表格的勾稽关系核对"
                elif stopped:  # the search gave up: it proves neither that no split fits nor that several do
                    how = "各行拆分方式的组合太多，核对到上限便停止了，未能查明哪种拆分符合表格的勾稽关系"
                elif unkept:  # a row's digits printed otherwise than any split listed, or the report's sums break
                    how = (
                        "没有一种拆分方式能让表格的勾稽关系全部成立（可能有单元格空着、什么也没有印出，"
                        "或报告本身的数字不平）"
                    )
                else:
                    how = "不止一种拆分方式符合表格的勾稽关系"
                ex.add("value.ambiguous", f"数字连在一起印刷，{how}，这些单元格无法确定。", open_cells)


_Figures = dict[str, list[int]]  # each quantity the prose states → the figures it states for it


def _stated_figures(
    ex: Extraction,
    text: str,
    tables: tuple[tuple[int, int], ...],
    template: Template,
    year: int | None,
    agency: str | None,
) -> _Figures:
    """Every figure the prose (`text` outside the `tables`) states plainly of each quantity of
    `template.stated`, as the narrative checks read them; the statements kept in `ex.stated` for them."""
    ex.stated = Statements.of(arabic(prose_of(text, tables)).text, year, agency, {s.quantity for s in template.stated})
    out: _Figures = {}
    for st in ex.stated.found:
        out.setdefault(st.quantity, []).append(st.value)
    return out


def _by_prose(
    template: Template,
    fixed: dict[str, Value | None],
    comp: list[Choice],
    equations: list,
    stated: Callable[[], _Figures],
) -> tuple[str, list[dict[str, Value | None]]] | None:
    """The splits of the glued rows `comp` keeping the identities that give every quantity the prose
    states (`stated`) and their cells hold the figure stated, as the narrative checks compare them (新收
    counted with 上年结转 or without), and those figures as said; None where no stated cell is split, the
    splits could not all be listed, or none fit (现行有效546件 for `5845546`: 5, 845, 546; 58, 45, 546; 584, 5, 546).
    Each row's splits that give a quantity its cells alone hold another figure are dropped first, so that
    rows too many to solve together may settle."""
    cells = {c for ch in comp for c in ch.cells}
    specs = [spec for spec in template.stated if not cells.isdisjoint(spec.cells)]
    if not specs or not all(ch.complete for ch in comp):
        return None
    figures = stated()
    specs = [spec for spec in specs if spec.quantity in figures]
    if not specs:
        return None
    kept = [_fitting(ch, fixed, specs, figures) for ch in comp]
    solutions, complete = solve(fixed, narrow(fixed, kept, equations), equations)
    fit = [
        sol
        for sol in solutions
        if all(_fits(_read(sol, fixed, s.cells), _read(sol, fixed, s.also), figures[s.quantity]) for s in specs)
    ]
    if not complete or not fit:
        return None
    said = "、".join(f"“{spec.name}为{'、'.join(map(str, figures[spec.quantity]))}”" for spec in specs)
    return said, fit


def _fitting(ch: Choice, fixed: dict[str, Value | None], specs: list[Stated], figures: _Figures) -> Choice:
    """The row's splits that give each quantity whose cells (and those it may count in as well) it holds
    or are read the figures stated (see `_fits`)."""
    own = [
        s
        for s in specs
        if all(c in ch.cells or fixed.get(c) is not None for c in (*s.cells, *s.also))
        and not set(ch.cells).isdisjoint(s.cells)
    ]
    if not own:
        return ch
    # where each quantity's cells are found, once for all the row's splits (thousands of them)
    picks = [(_picks(ch.cells, fixed, s.cells), _picks(ch.cells, fixed, s.also), figures[s.quantity]) for s in own]
    keep = [
        cand
        for cand in ch.candidates
        if all(_fits(_picked(cand, cells), _picked(cand, also), said) for cells, also, said in picks)
    ]
    return Choice(ch.cells, keep, ch.complete)


_Picks = list[tuple[int, Value | None]]  # each cell's place among a row's cells (-1: none of them), and its value read


def _picks(row: tuple[str, ...], fixed: dict[str, Value | None], cells: tuple[str, ...]) -> _Picks:
    """Where each of `cells` is among the `row`'s cells, and its value as read (`fixed`) where it is none of them."""
    at = {c: k for k, c in enumerate(row)}
    return [(at.get(c, -1), fixed.get(c)) for c in cells]


def _picked(split: tuple[Value | None, ...], picks: _Picks) -> list[Value | None]:
    """The values of the cells `picks` places: the row's `split`'s, or those read."""
    return [split[k] if k >= 0 else v for k, v in picks]


def _read(split: dict[str, Value | None], fixed: dict[str, Value | None], cells: tuple[str, ...]) -> list[Value | None]:
    """The values of `cells`: a `split`'s where it gives one, else those read (`fixed`)."""
    return [split[c] if c in split else fixed.get(c) for c in cells]


def _fits(counts: list[Value | None], also: list[Value | None], said: list[int]) -> bool:
    """Whether the values of a stated quantity's cells (`counts`) hold each figure `said` of it (or, with
    those of the cells it may count in as well, `also`, their sum); True where a cell is not a count."""
    if not all(isinstance(v, int) for v in counts):
        return True
    total = sum(cast("list[int]", counts))
    more = sum(cast("list[int]", also)) if all(isinstance(v, int) for v in also) else None
    return all(n == total or (more is not None and n == total + more) for n in said)
