"""The order a table's header prints its columns in, where it is not the template's: a header row whose
cells (between `|` or tabs) name every column once (`| | 总计 | 自然人 | 商业企业 | … |`) sets the order
of the rows below it; the column names of a flat table's header (四), read in turn, each group's
columns once each, set the order of its numbers. Their numbers are put back in the template's order
before they are read; a row that prints fewer numbers than columns cannot be put back, and is left
unread. A table printed alone in its section with a total column (三) is read so too where its header
names the columns over two lines, read in turn (`总计 自然人 法人或其他组织` over `商业企业 科研机构 …`):
the spanning header's columns take its place. Where the text does not tell the order, a total that the
numbers add up to in another column leaves the table unread."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, combinations, pairwise, permutations
from typing import Final, NamedTuple, TypeVar, cast

from ..normalize import CONVERTERS_COLUMN, half_width
from ..numbering import strip_numbering
from ..patterns import DIGIT, RUN_ON_RULE
from ..templates import Table
from ..templates.model import spaced
from .groups import ROW_LABELS, Group, Token
from .values import MAX_DIGITS

_CELL_BREAK: Final = re.compile(r"[|\t]")
_SPACE: Final = re.compile(r"\s+")
_SPACES: Final = re.compile("[ \u3000]+")  # what joins a page's lines (no tab: a tab parts a row's cells)
_NUMBER: Final = re.compile(r"0|[1-9]\d*")  # a count, with no leading 0


def _cell_column(cell: str, table: Table) -> int | None:
    """The one column a header cell names (its spanning header, 法人或其他组织, taken off), else None."""
    return _short_cell_column(cell, table) if len(cell) <= _SHORT else _read_cell_column(cell, table)


_SHORT: Final = 64  # a header cell's words are short and the same in report after report: read each once


def _read_cell_column(cell: str, table: Table) -> int | None:
    words = _SPACE.sub("", cell)
    for c in table.columns:
        if c.group:
            words = words.replace(c.group, "")
    named = [i for i, c in enumerate(table.columns) if any(label in words for label in c.labels)]
    if len(named) > 1:  # 其他 inside 其他结果: the longest label named is the cell's
        longest = max(len(label) for i in named for label in table.columns[i].labels if label in words)
        named = [i for i in named if any(len(lb) == longest and lb in words for lb in table.columns[i].labels)]
    return named[0] if len(named) == 1 else None


_short_cell_column: Final = lru_cache(maxsize=4096)(_read_cell_column)


def _printed_columns(line: str, table: Table) -> dict[int, int] | None:
    """The template's column of each cell (by its place between `|` or tabs) of a header line that
    names each column in one cell of its own, else None (shared by the lines alike: read only)."""
    return _short_printed_columns(line, table) if len(line) <= _SHORT_LINE else _read_printed_columns(line, table)


_SHORT_LINE: Final = 160  # a header line is short and the same in report after report: read each once


def _read_printed_columns(line: str, table: Table) -> dict[int, int] | None:
    cells = _CELL_BREAK.split(line)
    if len(cells) < len(table.columns):
        return None  # too few cells to name every column
    at = {k: _cell_column(c, table) for k, c in enumerate(cells) if c.strip()}
    named = {k: i for k, i in at.items() if i is not None}
    return named if sorted(named.values()) == list(range(len(table.columns))) else None


_short_printed_columns: Final = lru_cache(maxsize=4096)(_read_printed_columns)


def cell_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each cell of the line text[start:end] is, between `|` or tabs (the first before the first of
    them, empty where the line begins with one)."""
    breaks = [m.start() for m in _CELL_BREAK.finditer(text, start, end)]
    return list(zip([start, *(b + 1 for b in breaks)], [*breaks, end], strict=True))


def value_places(line: str, tables: Sequence[Table]) -> list[int] | None:
    """The places (between `|` or tabs) of the cells of a header line that name the value columns of one of
    `tables` in the template's order (a flat table's once for each of its rows), any other words it prints
    before them (信息内容); None where it names no table's so."""
    cells = _CELL_BREAK.split(line)
    for t in tables:
        order = list(range(len(t.columns))) * (len(t.rows) if t.flat else 1)
        named = [(k, _cell_column(c, t)) for k, c in enumerate(cells) if c.strip()]
        places = [k for k, column in named if column is not None]
        if [column for _, column in named if column is not None] == order and all(
            k < places[0] for k, column in named if column is None
        ):
            return places
    return None


def _put_back(text: str, g: Group, cells: dict[int, int]) -> Group | None:
    """The group's numbers in the template's order: by the cell each is printed in, when the row is
    printed on one line (a cell left empty a blank), else by their order when it prints one per column."""
    width = len(cells)
    line, stop = _row_line(text, g.start)
    put: list[list[Token]] = [[] for _ in range(width)]
    if g.tokens[-1].end <= stop:
        bounds = [line - 1, *(m.start() for m in _CELL_BREAK.finditer(text, line, stop)), stop]
        for t in g.tokens:  # a number printed in pieces (1 234) keeps its pieces in its cell
            column = cells.get(bisect_right(bounds, t.start) - 1)
            if column is None and t.text is None:
                continue  # a blank under no column's name: the layout's padding
            if column is None:
                return None
            put[column].append(t)
        for k, column in cells.items():
            if not put[column]:
                if k + 1 >= len(bounds):
                    return None  # the row prints fewer cells than its header
                a, b = bounds[k] + 1, bounds[k + 1]
                if text[a:b].strip():
                    return None  # words in a value's cell, not a number: the row cannot be put back
                put[column].append(Token(None, a, b, col=k))
    elif g.width == width:
        return _in_order(g, [[t] for t in g.tokens], [cells[k] for k in sorted(cells)])
    else:
        return None
    return replace(g, tokens=[t for pieces in put for t in pieces])


def _row_line(text: str, at: int) -> tuple[int, int]:
    """Where the line of the row printed at text[at] begins and ends: on a line of Markdown rows run
    together (see `RUN_ON_RULE`), from the second `|` of the `||` before it to the first of the one after,
    or to the `|` after its last digit where a caption and the next table's header ran on to it (see
    `_run_on_rows`)."""
    line = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    if text.find("||", line, stop) >= 0 and RUN_ON_RULE.search(text, line, stop):
        line = text.rfind("||", line, at) + 1 or line
        after = text.find("||", at, stop)
        stop = stop if after < 0 else after + 1
        cut = stop - len(_after_digits(text[line:stop]))
        stop = cut if text[cut - 1] == "|" else stop
    elif _SPACED_RULE.search(text, line, stop):
        line = _labelled_row_start(text, line, at)
    elif _TAB_RULE.search(text, line, stop):
        line = _labelled_row_start(text, line, at, "\t")
    return line, stop


# a Markdown table's rule after its header on a line of rows joined by spaces, the line breaks lost
# (`| 现行有效件数 | | --- | ---: | | 规章 | 0 |`): the `|` that ends the header, the white space, the rule
_SPACED_RULE: Final = re.compile(r"\|[ \t]+(?=\|[ \t]*:?-{3})")
# … or on a line of rows whose cells a tab parts, run together (`信息内容\t现行有效件数\t---\t---:\t规章\t0`):
# the tab that ends the header before the rule
_TAB_RULE: Final = re.compile(r"\t(?= *:?-{3,}:? *\t)")


def _labelled_row_start(text: str, line: int, at: int, bar: str = "|") -> int:
    """Where the `|` row (or, `bar` a tab, the row of cells a tab apart) that prints text[at] begins on a
    line of rows joined: at the `bar` before the nearest cell before it that prints a row's label; the
    line's start where none does."""
    end = at
    while (bar_at := text.rfind(bar, line, end)) > line:
        opens = text.rfind(bar, line, bar_at)
        if opens < 0:
            break
        words = "".join(half_width(text[opens + 1 : bar_at]).split())
        if words and (strip_numbering(words) in ROW_LABELS or _ends_in_row_label(words)):
            return opens
        end = bar_at
    return line


def _spaced_headers(
    text: str, start: int, end: int, tables: tuple[Table, ...], rule: re.Pattern[str] = _SPACED_RULE, bar: str = "|"
) -> list[tuple[int, str]]:
    """Each header before a rule on a line of `|` rows joined by spaces (see `_SPACED_RULE`; or, `bar` a tab,
    of rows of cells a tab apart run together: `_TAB_RULE`) in text[start:end]: where it ends, and its cells
    back from the rule for as long as each is empty or names a column or the labels' column (信息内容) — not
    the caption, prose or last row before it."""
    names = {"".join(half_width(t.stub_header).split()) for t in tables} | {""}
    out = []
    for m in rule.finditer(text, start, end):
        line = text.rfind("\n", start, m.start()) + 1
        head = m.start()
        while (opens := text.rfind(bar, line, head)) >= 0:
            words = "".join(half_width(text[opens + 1 : head]).split())
            if words not in names and all(_cell_column(words, t) is None for t in tables):
                break
            head = opens
        if head < m.start():
            out.append((m.start() + 1, text[head : m.start() + 1]))
    return out


def _run_on_rows(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Each row of the lines of Markdown rows run together in text[start:end] (see `RUN_ON_RULE`), where it
    ends and its text, from the second `|` of a `||` to the first of the next; of one holding digits, its
    text after the cell of the last (a row of numbers the line break lost after ran on to a caption and
    the next table's header: `| 规范性文件 | 15 | 7 | 9 |**第二十条第（五）项**| 信息内容 | 上一年项目数量 |…`),
    or from the first `|` (prose before a table, run on to its header)."""
    rows: list[tuple[int, str]] = []
    line_end = start
    for m in RUN_ON_RULE.finditer(text, start, end):
        if m.start() < line_end:
            continue  # a line already parted
        line = max(start, text.rfind("\n", start, m.start()) + 1)
        line_end = text.find("\n", m.start(), end)
        line_end = end if line_end < 0 else line_end
        at = line
        while (cut := text.find("||", at, line_end)) >= 0:
            rows.append((cut + 1, text[at : cut + 1]))
            at = cut + 1
        rows.append((line_end, text[at:line_end]))
    return [(stop, _after_digits(row)) for stop, row in rows]


def _after_digits(row: str) -> str:
    """`row` from the `|` that ends the cell of its last digit, or from its first `|` where that digit is
    in the text before it (a table's line run on after prose); all of it when it holds none."""
    last = len(row)
    while last and not row[last - 1].isdecimal():
        last -= 1
    if not last:
        return row
    after = row.find("|", last) if row.rfind("|", 0, last) >= 0 else row.find("|") - 1
    return row[after + 1 :] if after >= 0 else ""


def _in_order(g: Group, cells: list[list[Token]], order: list[int]) -> Group:
    """The group with the cell (its number, or the pieces a stray space split it in) printed in each
    position moved to the template's column `order` gives it."""
    return replace(g, tokens=[t for cell in _placed(cells, order) for t in cell])


def _placed(cells: list[list[Token]], order: list[int]) -> list[list[Token]]:
    """The cells printed in each position, each moved to the template's column `order` gives it."""
    put = list(cells)
    for position, column in enumerate(order):
        put[column] = cells[position]
    return put


@lru_cache(maxsize=64)  # every table of every format
def _names(table: Table) -> tuple[tuple[str, int], ...]:
    """Each name a header of `table` prints, and what it names: a column's label its column; a spanning
    header (法人或其他组织) the number of columns, standing for the columns under it."""
    spans = {c.group: len(table.columns) for c in table.columns if c.group}
    return (*((lb, i) for i, c in enumerate(table.columns) for lb in c.labels), *spans.items())


@lru_cache(maxsize=64)  # every table of every format
def _labels(table: Table) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """A pattern for any name a header of `table` prints (white space allowed inside it, the longest first,
    法人或其他组织 before 其他), and what each of its alternatives names (see `_names`): the empty group after
    each tells which matched."""
    labels = sorted(_names(table), key=lambda x: -len(x[0]))
    # each alternative begins with its name's first character, no group before it: the engine skips through
    # whole regions to those characters, several times faster than behind a look-ahead
    pattern = re.compile("|".join(f"(?:{spaced(re.escape(lb))})()" for lb, _ in labels))
    return pattern, tuple(i for _, i in labels)


def _flat_order(text: str, start: int, end: int, table: Table) -> tuple[int, list[int]] | None:
    """Where the header of a flat table (四) ends and, for each number it prints in turn, its place in
    the template's order: when a header names every group's columns once each, in turn, and not in the
    template's order. Else None."""
    found = _header_columns(text, start, end, table, _in_turn(len(table.columns), len(table.rows)))
    if found is None:
        return None
    stop, named = found
    width = len(table.columns)
    order = [p - p % width + column for p, column in enumerate(named)]
    return None if order == sorted(order) else (stop, order)


Named = list[tuple[int, int]]  # the names a header prints, in turn: what each names (see `_names`), and its line
Reader = Callable[[Named], list[int] | None]  # the column at each place of a header's names, if they tell it
_Read = TypeVar("_Read")  # what a reader makes of a header's names


def _header_columns(
    text: str, start: int, end: int, table: Table, read: Callable[[Named], _Read | None]
) -> tuple[int, _Read] | None:
    """Where a header ends, and what `read` makes of the first run of the table's column names (whole,
    with no digit between them, or cut in two over two lines) it reads (the column at each place, or the
    orders they may be in). Else None."""
    find, columns = _labels(table)
    named: Named = []
    stop, line, at = start, 0, start  # `line`: the line of the name found at `at`
    digit = -1  # the first digit at or after `stop` (`end`: none), looked for again only once a name passes it
    for m in find.finditer(text, start, end):
        a, b = m.span()  # one call for both ends
        if digit < stop:
            found = DIGIT.search(text, stop, end)
            digit = found.start() if found else end
        if digit < a:
            if (got := read(named)) is not None:
                return stop, got
            named = []
        line += text.count("\n", at, a)  # from one name's start to the next: one count a name
        at = a
        named.append((columns[(m.lastindex or 1) - 1], line))
        stop = b
    if (got := read(named)) is not None:
        return stop, got
    return _halved_header(text, start, end, table, read)


@lru_cache(maxsize=64)  # every table of every format
def _whole(table: Table) -> dict[str, int]:
    """Each name a header of `table` prints, and what it names (see `_names`)."""
    return dict(_names(table))


@lru_cache(maxsize=64)  # every table of every format
def _begins(table: Table) -> frozenset[str]:
    """Every beginning of a name a header of `table` prints (see `_names`), the name itself included."""
    return frozenset(name[:k] for name in _whole(table) for k in range(1, len(name) + 1))


def _halves(line: str, below: str, table: Table) -> list[int] | None:
    """The columns a header line names, in turn, when the line below ends its names cut in two (a PDF's
    text of cells too narrow for them: `总计 结果 结果 其他 尚未` over `维持 纠正 结果 审结`): each word
    of the line that is no label is completed by the next word below. None unless every word below
    completes one (shared by the lines alike: read only)."""
    if len(line) + len(below) <= _SHORT_LINE:
        return _short_halves(line, below, table)
    return _read_halves(line, below, table)


def _read_halves(line: str, below: str, table: Table) -> list[int] | None:
    whole = _whole(table)
    words, rest = _CELL_BREAK.sub(" ", line).split(), _CELL_BREAK.sub(" ", below).split()
    begins = _begins(table)
    cut = [w for w in words if w not in whole and w in begins]
    if not cut or len(cut) != len(rest) or any(w + r not in whole for w, r in zip(cut, rest, strict=True)):
        return None
    ends = iter(rest)
    return [whole[w if w in whole else w + next(ends)] for w in words if w in whole or w in cut]


_short_halves: Final = lru_cache(maxsize=4096)(_read_halves)  # a header's lines are the same in report after report


def _names_in(line: str, table: Table) -> tuple[int, ...]:
    """What each name of `table`'s header that a line prints whole names, in turn (see `_names`)."""
    if len(line) <= _SHORT_LINE:
        return _short_names_in(line, table)
    return _read_names_in(line, table)


def _read_names_in(line: str, table: Table) -> tuple[int, ...]:
    find, columns = _labels(table)
    return tuple(columns[(m.lastindex or 1) - 1] for m in find.finditer(line))


_short_names_in: Final = lru_cache(maxsize=4096)(_read_names_in)  # a header's lines are the same in report after report


def _halved_header(
    text: str, start: int, end: int, table: Table, read: Callable[[Named], _Read | None]
) -> tuple[int, _Read] | None:
    """Where a header whose lines each name columns whole or cut in two (see `_halves`) ends, and what
    `read` makes of the columns it names in turn, when it reads them; else None."""
    lines = text[start:end].split("\n")
    named: Named = []
    pos, k = start, 0
    while k < len(lines):
        line = lines[k]
        if DIGIT.search(line):
            if (got := read(named)) is not None:
                return pos - 1, got
            named = []
        elif k + 1 < len(lines) and (both := _halves(line, lines[k + 1], table)) is not None:
            named += [(c, k) for c in both]
            pos += len(line) + 1
            k += 1
            line = lines[k]
        else:  # names whole, perhaps broken by a space where a cell wrapped: 法人或 其他组织
            named += [(c, k) for c in _names_in(line, table)]
        pos += len(line) + 1
        k += 1
    got = read(named)
    return None if got is None else (min(pos, end), got)


def _in_turn(width: int, groups: int) -> Reader:
    """A reader of the names of a header that names each of `groups` groups' `width` columns once, one
    group after another: the columns in turn."""

    def read(named: Named) -> list[int] | None:
        columns = [c for c, _ in named]
        whole = len(columns) == width * groups and all(
            sorted(columns[k : k + width]) == list(range(width)) for k in range(0, len(columns), width)
        )
        return columns if whole else None

    return read


def _over_two_rows(table: Table) -> Reader:
    """A reader of the names of a header printed in two rows: above, each column not under the spanning
    header and the spanning header (法人或其他组织); below, the columns under it, in turn. Each is named
    once, the columns under the spanning header last; they take its place. Names between the spanning
    header and them are of the row above, so they are printed before the line the row below begins on
    (on the spanning header's line, or on lines of their own), and the row below after its line; or all on
    one line, the header's lines run together, the row above first (`总计法人或其他组织自然人科研机构…`)."""
    width = len(table.columns)
    under = [i for i, c in enumerate(table.columns) if c.group]

    def read(named: Named) -> list[int] | None:
        columns = [c for c, _ in named]
        if sorted(columns) != [*range(width), *([width] if under else [])]:
            return None  # a column, or the spanning header, named twice or not at all
        if not under:
            return columns
        at, below = columns.index(width), len(columns) - len(under)
        between, span_line, below_line = named[at + 1 : below], named[at][1], named[below][1]
        if sorted(columns[below:]) != under:
            return None
        one_line = named[0][1] == named[-1][1]  # names are found in turn: the first's line and the last's
        if between and not one_line and (below_line <= span_line or any(line >= below_line for _, line in between)):
            return None  # names of the row above after the spanning header, on the line of the row below
        return [*columns[:at], *columns[below:], *(c for c, _ in between)]

    return read


def _cells_of(g: Group, width: int) -> list[list[Token]] | None:
    """The group's `width` cells, when it prints one number (or blank) a column: each a number, or, where
    it prints more, the pieces of one a stray space split (`1 21`). Else None."""
    toks = g.trimmed(width)
    if len(toks) == width:
        return [[t] for t in toks]
    cells: list[list[Token]] = []
    for t in toks:
        if t.glue and cells:
            cells[-1].append(t)
        else:
            cells.append([t])
    return cells if len(cells) == width else None


def _flat_put_back(text: str, start: int, end: int, table: Table, groups: list[Group]) -> list[Group]:
    """`groups` with a flat table's numbers put back in the template's order where its header prints the
    columns in another; digits run together to be cut in the header's order (see `_glued`); any other group
    after the header that does not print one number a cell is dropped."""
    found = _flat_order(text, start, end, table)
    if found is None:
        return groups
    stop, order = found
    out = []
    for g in groups:
        if (toks := _cells_of(g, len(order))) is not None:
            out.append(_in_order(g, toks, order))
        elif _glued(g, len(order)):
            out.append(replace(g, order=tuple(order)))
        elif g.start < stop:
            out.append(g)
    return out


def _glued(g: Group, width: int) -> bool:
    """Whether a group prints digits alone, fewer numbers than `width` cells but digits enough for them all:
    digits run together, which a header naming the columns in another order has them cut in (see
    `Group.order`)."""
    if len(g.tokens) >= width:
        return False
    digits = 0
    for t in g.tokens:
        if not (t.text and t.text.isdecimal()):
            return False
        digits += len(t.text)
    return digits >= width


_ROW_NAME_END: Final = re.compile(r"\W*")  # what may follow a row's name before its numbers: ）: |
_TAIL: Final = 24  # how much of the text before a group may name its row


@lru_cache(maxsize=64)  # every table of every format
def row_names(table: Table) -> re.Pattern[str]:
    """Any row's name (its keys), each alternative in a group named after the row's index."""
    return re.compile("|".join(f"(?P<r{i}>{'|'.join(r.keys)})" for i, r in enumerate(table.rows)))


def _named_row(before: str, table: Table) -> int | None:
    """The row of a flat table that the text before a group of numbers names at its end, if any."""
    tail = before[-_TAIL:]
    found = None
    for m in row_names(table).finditer(tail):
        found = m
    if found is None or not _ROW_NAME_END.fullmatch(tail, found.end()):
        return None
    return int(found.lastgroup[1:]) if found.lastgroup else None


def _stacked(text: str, start: int, end: int, table: Table, groups: list[Group]) -> tuple[list[Group], list[Continued]]:
    """A flat table (四) printed as one row per group — 行政复议, 未经复议直接起诉, 复议后起诉, each its columns
    under one header — with its rows' numbers put together as the one row the template prints, in the
    template's order of groups and of the columns the header names in turn. Only where each group is named
    at its row's start and prints one number a column (or digits run together that one cut only adds up to
    its 总计, see `_cut_by_total`), the header names every column once, and nothing prints the whole table
    on one row. Rows continued under a converter's own header after it are in the
    header's order or the template's (see `_which_order`); and the rows so continued whose order is not
    settled."""
    width, rows = len(table.columns), len(table.rows)
    if any(g.width >= width * rows for g in groups):
        return groups, []
    at: dict[int, tuple[int, list[list[Token]]]] = {}  # row → (group index, its cells)
    glued: dict[int, int] = {}  # row → the group printing its digits run together, to be cut once the header tells
    for k, g in enumerate(groups):
        if (row := _named_row(g.before, table)) is None or row in at:
            continue
        if g.width >= width and (toks := _cells_of(g, width)) is not None:
            at[row] = (k, toks)
            glued.pop(row, None)
        elif _glued(g, width):
            glued.setdefault(row, k)
    if len(at) + len(glued) != rows:
        return groups, []
    first = min(k for k in (*(k for k, _ in at.values()), *glued.values()))
    line_end = text.find("\n", groups[first].start)
    header = _header_columns(text, start, line_end if line_end >= 0 else len(text), table, _in_turn(width, 1))
    if header is None:
        return groups, []  # no header tells which column each number is in
    stop, order = header
    total = order.index(cast("int", _total_column(table)))  # where the header prints 总计
    for row, k in glued.items():
        if (toks := _cut_by_total(groups[k], width, total)) is None:
            return groups, []  # no one cut adds up: which number is in which cell, nothing tells
        at[row] = (k, toks)
    cells = {row: _placed(toks, order) for row, (_, toks) in at.items()}
    rule = next((m.end() for m in _RULE_ALONE.finditer(text, stop, max(groups[k].start for k, _ in at.values()))), None)
    after = [row for row, (k, _) in at.items() if rule is not None and groups[k].start > rule]
    continued = []
    if rule is not None and after:
        named, kept = (
            [_texts(cells[row] if by_header else at[row][1]) for row in after] for by_header in (True, False)
        )
        printed, settled = _which_order(named, kept, table)
        cells.update((row, at[row][1]) for row in after if printed)
        if not settled:
            continued.append(Continued(table, tuple(order), rule, end))
    merged = replace(groups[first], tokens=[t for row in range(rows) for cell in cells[row] for t in cell])
    taken = {k for k, _ in at.values()}
    return [merged if k == first else g for k, g in enumerate(groups) if k == first or k not in taken], continued


def _cut_by_total(g: Group, width: int, total: int) -> list[list[Token]] | None:
    """The `width` cells of a row of digits run together (see `_glued`), each space a cut, cut the one way
    under which the number at `total` is the sum of the others, none led by a 0 (`522817` under `结果维持
    结果纠正 其他结果 尚未审结 总计`: 5, 2, 2, 8, 17; see `_summed_cuts`); None where no cut or more than one does."""
    texts = [cast("str", t.text) for t in g.tokens]
    digits = "".join(texts)
    if len(digits) > width * MAX_DIGITS or any(len(x) != t.end - t.start for x, t in zip(texts, g.tokens, strict=True)):
        return None
    run = (digits, [i for t in g.tokens for i in range(t.start, t.end)])
    return _summed_split(run, _summed_cuts(run, total, width, list(accumulate(map(len, texts)))[:-1]))


def _moved(cells: dict[int, int] | None) -> bool:
    """Whether a header's cells name the columns in another order than the template's."""
    return cells is not None and [cells[k] for k in sorted(cells)] != sorted(cells.values())


# a line with cells and no digit, after the line break before it (which the search skips to, not trying
# every position for a line's start; each run taken whole, none given back, where none would match)
_HEADER_LINE: Final = re.compile(r"\n([^\n\d|\t]*+[|\t][^\n\d]*+)$", re.MULTILINE)


def _header_lines(
    text: str, start: int, end: int, tables: tuple[Table, ...], wide: bool = False
) -> list[tuple[int, str, Table | None, dict[int, int] | None]]:
    """Each line of text[start:end] with cells (between `|` or tabs) and no digit — only those with cells
    enough to name every column of one of `tables`, where `wide` —: where it ends, the line, and the table
    among `tables` whose every column its cells name, with the column each cell names."""
    spread = [t for t in tables if not t.flat and len(t.columns) > 1]
    if not spread or not _CELL_BREAK.search(text, start, end):
        return []
    fewest = min(len(t.columns) for t in spread) - 1  # the breaks of a line that names every column of one
    stop = text.find("\n", start, end)
    stop = end if stop < 0 else stop
    lines = [(stop, text[start:stop])]  # the first line from `start`, then each whole line with cells
    found = _wide_lines(fewest) if wide else _HEADER_LINE  # the lines of too few cells left out at a glance
    lines += ((m.end(), m[1]) for m in found.finditer(text, stop, end))
    run_on = text.find("||", start, end) >= 0
    if run_on:
        lines = sorted(lines + _run_on_rows(text, start, end))
    elif spaced := _SPACED_RULE.search(text, start, end) is not None:
        lines = sorted(lines + _spaced_headers(text, start, end, tables))
    elif spaced := _TAB_RULE.search(text, start, end) is not None:
        lines = sorted(lines + _spaced_headers(text, start, end, tables, _TAB_RULE, "\t"))
    named = _named_lines(lines, spread, fewest)
    if not (run_on or spaced) and not {t for *_, t, _ in named}.issuperset(spread):
        # a table with no header line of its own: its header may have run on after a row (`_headers_after_rows`)
        more = _named_lines(_headers_after_rows(text, start, end, fewest), spread, fewest)
        named = sorted(named + more, key=lambda n: n[0])
    return named


def _named_lines(
    lines: list[tuple[int, str]], spread: list[Table], fewest: int
) -> list[tuple[int, str, Table | None, dict[int, int] | None]]:
    """Of `lines` (where each ends, and its text), those with cells (between `|` or tabs) and no digit: where
    each ends, the line, and the table among `spread` whose every column its cells name (`fewest` breaks
    between them at least), with the column each cell names."""
    named: list[tuple[int, str, Table | None, dict[int, int] | None]] = []
    for stop, line in lines:
        if not ("|" in line or "\t" in line) or DIGIT.search(line):
            continue  # the first line only: the others have cells and no digit
        read: tuple[Table | None, dict[int, int] | None] = (None, None)
        if line.count("|") + line.count("\t") >= fewest:
            read = next(((t, c) for t in spread if (c := _printed_columns(line, t)) is not None), read)
        named.append((stop, line, *read))
    return named


def _headers_after_rows(text: str, start: int, end: int, fewest: int) -> list[tuple[int, str]]:
    """Each line of text[start:end] whose `|` row of numbers runs on, after the cell of its last digit, to
    `fewest` cell breaks or more: a row the line break after which was lost, with a caption and the next
    table's header, its line parted from the rows around it since (`| 其他对外管理服务事项 | 0 | 0 | 0 |**第二十
    条第（六）项**| 信息内容 | 上一年项目数量 | 处理决定数量 | 本年增/减 |`): where it ends, and the text after
    that cell (see `_after_digits`)."""
    out = []
    for m in _AFTER_LAST_DIGIT.finditer(text, start, end):
        if m[1].count("|") >= fewest + 2:  # (the `|` that closes the digit's cell, the one a header opens with)
            line = text[text.rfind("\n", start, m.start()) + 1 : m.end()]
            out.append((m.end(), _after_digits(line)))
    return out


# what a line prints after its last digit: each search skips to a digit, its run past the others taken whole
_AFTER_LAST_DIGIT: Final = re.compile(r"\d([^\n\d]*+)$", re.MULTILINE)


@lru_cache(maxsize=16)
def _wide_lines(breaks: int) -> re.Pattern[str]:
    """A line with cells and no digit (see `_HEADER_LINE`), `breaks` breaks between them at least."""
    return re.compile(rf"\n([^\n\d|\t]*+(?:[|\t][^\n\d|\t]*+){{{breaks},}}+)$", re.MULTILINE)


class Continued(NamedTuple):
    """Rows of a table under a converter's own header (see `_RULE_ALONE`) after a header that names its
    columns in another order than the template's, in text[start:end]: the table continued on a page of its
    own, in the header's order or in the template's, which neither the text nor the rows' sums settle. Read
    in the header's `order` (the column it names at each place); the cells the other reads otherwise are
    not known."""

    table: Table
    order: tuple[int, ...]
    start: int
    end: int


# a header line: where it ends, its cells' columns, its table, and whether it is a converter's own continuing it
_Header = tuple[int, dict[int, int] | None, Table | None, bool]


def _put_back_by_cells(
    text: str, start: int, end: int, tables: tuple[Table, ...], groups: list[Group]
) -> tuple[list[Group], list[Table], list[Continued]] | None:
    """`groups` with the numbers of each row under a header line whose cells (between `|` or tabs) name
    the columns of one of `tables` in another order put back by the cell each is printed in, a row that
    cannot be put back dropped; the tables so put back; and the rows continued under a converter's own
    header after such a header whose order their sums do not settle (see `_continued_rows`). Numbers
    before the first header line are under none (another table's, whose header is not printed or names no
    column). None where no header line names them in another order. A table's caption (第二十条第（五）项)
    ends the header before it: numbers after it, before its own header, are that table's (a row a
    converter pulled out before its header)."""
    named = _header_lines(text, start, end, tables)
    reordered = [_moved(cells) for *_, cells in named]
    if not any(reordered):
        return None
    headers: list[_Header] = []
    for (stop, line, table, cells), moved in zip(named, reordered, strict=True):
        if moved:
            headers.append((stop, cells, table, False))
        elif cells is not None or (
            any(lb in line for t in tables for c in t.columns for lb in c.labels) and not _row_printed_empty(line)
        ):
            headers.append((stop, None, None, False))  # another table's header, or one in the template's order
    captions = [m.end() for t in tables if (p := t.caption_pattern) for m in p.finditer(text, start, end)]
    headers = sorted(headers + [(at, None, None, False) for at in captions], key=lambda h: h[0])
    for at in (m.end() for m in _RULE_ALONE.finditer(text, start, end)):  # the rows after: either order
        k = bisect_right([h[0] for h in headers], at)
        if k and (cells := headers[k - 1][1]) is not None:
            headers.insert(k, (at, cells, headers[k - 1][2], True))
    ends = [h[0] for h in headers]
    out: list[Group | None] = []
    continued: dict[int, list[int]] = {}  # each continued header → where its rows are in `out`
    for g in groups:
        k = bisect_right(ends, g.start)
        cells, after_rule = (headers[k - 1][1], headers[k - 1][3]) if k else (None, False)
        if after_rule:
            continued.setdefault(k - 1, []).append(len(out))
            out.append(g)
        elif cells is None:
            out.append(g)
        elif (back := _put_back(text, g, cells)) is not None:
            out.append(back)
    unsettled = []
    for k, places in continued.items():
        _, cells, table, _ = headers[k]
        if cells is None or table is None:
            continue  # never: a converter's own header continues one that names the columns
        rows, settled = _continued_rows(text, [cast("Group", out[i]) for i in places], cells, table)
        for i, row in zip(places, rows, strict=True):
            out[i] = row
        if not settled:
            stop = ends[k + 1] if k + 1 < len(ends) else end
            unsettled.append(Continued(table, tuple(cells[p] for p in sorted(cells)), ends[k], stop))
    moved_tables = [t for (*_, t, _), moved in zip(named, reordered, strict=True) if moved and t]
    return [g for g in out if g is not None], list(dict.fromkeys(moved_tables)), unsettled


def _row_printed_empty(line: str) -> bool:
    """Whether a line of cells and no digit is a row printed empty, not a header: its first cell is a row's
    label after its number (`（七）总计`, perhaps after its group's, `三、本年度办理结果 （七）总计`), or ends in one
    (`三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  |  |`), whose words may name a
    column (总计, 其他)."""
    pieces = half_width(next((c for c in _CELL_BREAK.split(line) if c.strip()), "")).split()
    first = "".join(pieces)
    words = strip_numbering(first)
    last = strip_numbering(pieces[-1]) if pieces else ""
    return (
        (words != first and words in ROW_LABELS)
        or (last != pieces[-1] and last in ROW_LABELS)
        or _ends_in_row_label(words)
    )


def _ends_in_row_label(words: str) -> bool:
    """Whether `words` (white space taken out) end in a row's label long enough to name no column too."""
    return any(words.endswith(label) for label in ROW_LABELS if len(label) >= _ROW_LABEL_MIN)


_ROW_LABEL_MIN: Final = 4  # characters of a row's label that name no column too (其他, 总计)


def _continued_rows(
    text: str, rows: list[Group], cells: dict[int, int], table: Table
) -> tuple[list[Group | None], bool]:
    """`rows`, printed under a converter's own header after a header whose `cells` name `table`'s columns in
    another order, put back in the template's order (see `_put_back`), and whether their sums settle the
    order they are printed in: the template's where it alone makes every row read whole add up to its 总计,
    else the header's — settled where it alone does, or where the two orders read the rows alike."""
    printed = {k: i for i, k in enumerate(sorted(cells))}
    named, kept = ([_put_back(text, g, order) for g in rows] for order in (cells, printed))
    texts = [
        [[t.text or "" for t in g.tokens] if g is not None else None for g in reading] for reading in (named, kept)
    ]
    as_printed, settled = _which_order(texts[0], texts[1], table)
    return kept if as_printed else named, settled


def _texts(cells: list[list[Token]]) -> list[str]:
    """What each cell prints: its number, or nothing (a blank, or a number in pieces)."""
    return [(cell[0].text or "") if len(cell) == 1 else "" for cell in cells]


def _which_order(
    named: Sequence[list[str] | None], printed: Sequence[list[str] | None], table: Table
) -> tuple[bool, bool]:
    """Whether rows continued under a converter's own header after a header naming `table`'s columns in
    another order, each row's cells as that header puts them (`named`) and as printed (the template's
    order), are read as printed, and whether their sums settle it: as printed where that alone makes every
    row read whole add up to its 总计, else as the header puts them — settled where that alone does, or
    where the two read the rows alike."""
    if named == printed:
        return False, True
    fits = (_rows_add_up(named, table), _rows_add_up(printed, table))
    return fits == (False, True), fits in ((False, True), (True, False))


def _rows_add_up(rows: Sequence[list[str] | None], table: Table) -> bool:
    """Whether every row of `rows` (each cell's text) that prints a whole number in each of `table`'s
    columns adds up to its 总计, and one at least does so (a table without a 总计: False)."""
    at, width = _total_column(table), len(table.columns)
    whole = [[int(x) for x in row] for row in rows if row and len(row) == width and all(map(str.isdecimal, row))]
    return at is not None and bool(whole) and all(2 * row[at] == sum(row) for row in whole)


def put_back_by_names(text: str, start: int, tables: tuple[Table, ...], groups: list[Group]) -> list[Group] | None:
    """`groups` (rows printed in two pieces joined, see `join_rows`) with each row printed one number a
    column after a header that names the columns of a table printed alone in its section with a 总计
    column (三) over two rows in another order (see `_over_two_rows`) put back in the template's order;
    the numbers before the header kept; a row after it printing a stray space inside a number rejoined
    where its sum settles it (see `_rejoined`), digits run together to be cut in the header's order (see
    `_glued`), any other that does not print one number a column not to be read (`broken`). None where no
    such header is printed before the first such row. Its rows are to add up (see `adds_up`)."""
    if len(tables) != 1 or tables[0].flat or (at := _total_column(table := tables[0])) is None:
        return None
    width = len(table.columns)
    first = next((g for g in groups if not g.blank and (_cells_of(g, width) is not None or _glued(g, width))), None)
    if first is None:
        return None
    found = _two_row_order(text, start, first.start, table) or _run_together_order(text, start, first.start, table)
    if found is None:
        return None
    stop, order = found
    total = order.index(at)
    out = []
    for g in groups:
        if g.start > stop and (cells := _cells_of(g, width) or _rejoined(text, g, width, total)) is not None:
            g = _in_order(g, cells, order)
        elif g.start > stop and _glued(g, width):
            g = replace(g, order=tuple(order))
        elif g.start > stop and not g.blank:
            g = replace(g, broken=True)  # kept, so that the rows around it keep their places, but not read
        out.append(g)
    return out


def _spanning_alone(table: Table, lines: list[str]) -> Callable[[Named], list[list[int]] | None]:
    """A reader of the names of a header that names each column not under the spanning header (法人或其他
    组织) and the spanning header once each, and no column under it: a table printing the columns under
    it as one, their sum (`自然人 法人或其他组织 总计`). It makes the orders they may be printed in. Their
    order is the columns' only where the text shows it: each on a line of its own (a web page's cells), or
    all on one line, but for 法人或其他组织 run into 自然人, nothing but white space between them, which may be
    the row above a header's run on before the row below (or joined to it by a space, a page's lines joined
    so). Names on lines shared otherwise may be two rows of a header,
    read top to bottom, not left to right (a PDF's text of a merged header cell printed above or below the
    others): each order that keeps every line's names in turn. `lines`: the text the header's lines are counted in."""
    width = len(table.columns)
    above = sorted([i for i, c in enumerate(table.columns) if not c.group] + [width])
    names = {i: table.columns[i].labels for i in above[:-1]}
    names[width] = tuple(c.group for c in table.columns if c.group)[:1]

    def alone(column: int, line: int) -> bool:
        return _SPACE.sub("", _CELL_BREAK.sub("", lines[line])) in names[column]

    def read(named: Named) -> list[list[int]] | None:
        columns = [c for c, _ in named]
        if sorted(columns) != above:
            return None
        if all(alone(c, line) for c, line in named):
            return [columns]
        if len({line for _, line in named}) == 1:
            words = _SPACES.sub("", lines[named[0][1]])
            if not any(g + n in words for g in names[width] for n in names[0]):
                return [columns]
            # 法人或其他组织 run into 自然人 (`法人或其他组织自然人 总计`, or a space between): an order of its own,
            # or a header over two rows whose lines ran together, the spanning header's above — over the column
            # after 自然人
            stacked = [c for c in columns if c != width]
            stacked.insert(stacked.index(0) + 1, width)
            return [columns, stacked]
        turns = [[c for c, line in named if line == k] for k in dict.fromkeys(line for _, line in named)]
        return [list(p) for p in permutations(columns) if all([c for c in p if c in t] == t for t in turns)]

    return read


def _numbers(cells: list[list[Token]] | None) -> list[int] | None:
    """The number of each cell, where each prints one whole number, else None."""
    texts = [c[0].text if len(c) == 1 else None for c in cells or ()]
    return [int(cast("str", x)) for x in texts] if cells and all(x and x.isdecimal() for x in texts) else None


def spanned_rows(
    text: str, start: int, tables: tuple[Table, ...], groups: list[Group]
) -> tuple[list[Group], bool] | None:
    """`groups` with each row printed under a header that names the columns under a table's spanning
    header as one (see `_spanning_alone`) — one number a column (a number a stray space split in its cell
    joined), or their digits run together and cut one way only (see `_summed_split`), adding up to its
    总计; or a cell left blank and one number in each other — put in the template's columns: each of its
    numbers in the column its header names, the columns under the spanning header blank, since only their
    sum is printed. A row that does not add up, one printing too few numbers, or one whose number printed
    in pieces nothing checks, is kept as printed but not read (`broken`): never the full table's. Where
    the header's lines leave more than one order, the one order under which every row printing three
    numbers adds up (its 总计 in a place no other order puts it); with none or more than one, the groups
    as they are and False: the text does not say which number is whose.
    A header printed again (a page's, see `_printed_again`) puts the rows after it in its own order.
    None where no such header is printed before the first row under it that prints a number a column at
    least, or one run of digits (a table printed alone in its section, with a 总计 column and a spanning
    header), or no row under it is so read."""
    if len(tables) != 1 or tables[0].flat or (at := _total_column(table := tables[0])) is None:
        return None
    width = len(table.columns)
    under = [i for i, c in enumerate(table.columns) if c.group]
    named = [lb for i, c in enumerate(table.columns) if i != at and not c.group for lb in c.labels]  # 自然人
    if not under:
        return None
    narrow = width - len(under) + 1
    first, seen = None, False  # the first row under its header printing a number a column at least, or one run
    for g in groups:
        seen = seen or any(lb in g.before for lb in named)
        if seen and not g.blank and not 1 < len(g.tokens) < narrow:  # fewer: a cell left empty, too few to tell
            first = g
            break
    printed = len(first.tokens) if first else 0
    if first is None or (
        printed > 1
        and _cells_of(first, narrow) is None
        and not 0 < printed - narrow <= _STRAY
        and _run(text, first, True) is None
    ):
        return None  # it prints neither three numbers (a stray space or two in them) nor one run of digits
    found = _header_columns(
        text, start, first.start, table, _spanning_alone(table, text[start : first.start].split("\n"))
    )
    if found is None:
        return None
    headers = _printed_again(text, found, max(g.tokens[-1].end for g in groups), table)
    stops = [stop for stop, _ in headers]
    under_header = [bisect_right(stops, g.start) - 1 for g in groups]  # the header each group is under, -1 none
    settled = []
    for k, (_, orders) in enumerate(headers):
        if len(orders) > 1:
            rows = [
                v
                for g, h in zip(groups, under_header, strict=True)
                if h == k and (v := _numbers(_cells_of(g, len(orders[0])))) is not None
            ]
            orders = [o for o in orders if all(2 * v[o.index(at)] == sum(v) for v in rows)]
            if len(orders) != 1:
                return groups, False
        settled.append(orders[0])
    totals = [o.index(at) for o in settled]
    out, spread = [], False
    # digits run together: a row under the header printed as one run that a cut adds up in
    joined = any(
        h >= 0 and _summed_cuts(_run(text, g, False), totals[h]) for g, h in zip(groups, under_header, strict=True)
    )
    # … and one that no cut adds up, that reads as a cell short: the table prints an empty cell as nothing
    nothing = joined and any(
        h >= 0
        and (run := _run(text, g, True)) is not None
        and not _summed_cuts(run, totals[h])
        and _short(run, totals[h])
        for g, h in zip(groups, under_header, strict=True)
    )
    for g, h in zip(groups, under_header, strict=True):
        cells, run, cuts = None, None, []
        order, total = settled[h], totals[h]
        if h >= 0:
            cells = _cells_of(g, len(order))
            if (values := _numbers(cells)) is None or 2 * values[total] != sum(values):  # not three that add up
                cuts = _summed_cuts(run := _run(text, g, joined), total)
                cells = _summed_split(run, cuts) or cells
            cells = cells or _rejoined(text, g, len(order), total)
        toks = [_one_number(c) for c in cells or ()]
        texts = [t.text if t else "" for t in toks]  # None: a blank cell; "": pieces that make no number
        if cells and all(x and x.isdecimal() for x in texts):
            values = [int(cast("str", x)) for x in texts]
            read = 2 * values[total] == sum(values)
        else:  # a blank cell: nothing to check the others by, so a number printed in pieces is not read
            alone = [x for c, x in zip(cells or (), texts, strict=True) if len(c) == 1]
            numbers = len(alone) == len(texts) and all(x is None or x.isdecimal() for x in alone)
            read = None in texts and any(alone) and numbers
        if read:
            short = nothing and len(cuts) == 1 and _short(cast("tuple[str, list[int]]", run), total)
            g = replace(g, tokens=cast("list[Token]", _spread(toks, order, width, under)), short=short)
            spread = True
        elif len(cuts) > 1:  # digits run together that add up cut more than one way: the identities may tell
            g = replace(
                g,
                cuts=tuple(
                    tuple(_spread(_cut(cast("tuple[str, list[int]]", run), cut), order, width, under)) for cut in cuts
                ),
            )
            spread = True
        elif (h >= 0 and not g.blank) or sum(1 for t in g.tokens if t.text) > len(order):
            g = replace(g, broken=True)  # its numbers unchecked, or more than cells: not to be read as the full table's
        out.append(g)
    return (out, True) if spread else None


def _printed_again(
    text: str, found: tuple[int, list[list[int]]], end: int, table: Table
) -> list[tuple[int, list[list[int]]]]:
    """The header `found` (where it ends, and the orders its names may be in: see `_spanning_alone`), then
    each header printed again before `end`, over the rows after it (a page's), in its own order."""
    headers = [found]
    while (
        again := _header_columns(
            text, headers[-1][0], end, table, _spanning_alone(table, text[headers[-1][0] : end].split("\n"))
        )
    ) is not None and again[0] > headers[-1][0]:
        headers.append(again)
    return headers


def _one_number(cell: list[Token]) -> Token | None:
    """A cell's one token: its number or blank, or the number that the pieces a stray space split it in
    (`1 3`) make; None where its pieces are not all digits."""
    if len(cell) == 1:
        return cell[0]
    joined = "".join(t.text or "-" for t in cell)
    return Token(joined, cell[0].start, cell[-1].end, col=cell[0].col) if _NUMBER.fullmatch(joined) else None


def _run(text: str, g: Group, joined: bool) -> tuple[str, list[int]] | None:
    """A row of three cells printed as one run of digits (`16173131930`), or, where the text runs digits
    together (`joined`), as runs a single space apart, each space a stray one or a boundary (`264483 12`,
    `4663 249 8`): the digits, and where each is printed. None for any other row, or a run longer than three
    cells' numbers can be (its cuts grow with the square of its length)."""
    toks = g.tokens
    if not toks or (len(toks) > 1 and not joined) or any(not (t.text or "").isdecimal() for t in toks):
        return None
    if any(text[a.end : b.start] != " " for a, b in pairwise(toks)):
        return None
    digits = "".join(t.text or "" for t in toks)
    return (
        (digits, [t.start + k for t in toks for k in range(t.end - t.start)]) if len(digits) <= 3 * MAX_DIGITS else None
    )


def _summed_cuts(
    run: tuple[str, list[int]] | None, total: int, width: int = 3, kept: Sequence[int] = ()
) -> list[tuple[int, ...]]:
    """The cuts of a row's `run` of digits (see `_run`) into `width` numbers (none with a leading 0), at each
    of `kept` (where a run's spaces are all cells' ends) and elsewhere, that make the cell at `total` the sum
    of the others: each cut as where its numbers end but the last."""
    if run is None:
        return []
    digits, found = run[0], []
    free = [i for i in range(1, len(digits)) if i not in kept]
    for more in combinations(free, width - 1 - len(kept)):
        cut = tuple(sorted((*kept, *more)))
        parts = [digits[a:b] for a, b in pairwise((0, *cut, len(digits)))]
        if all(len(p) == 1 or p[0] != "0" for p in parts) and 2 * int(parts[total]) == sum(map(int, parts)):
            found.append(cut)
    return found


def _short(run: tuple[str, list[int]], total: int) -> bool:
    """Whether a row's `run` of digits also reads as two numbers, a cell beside the 总计 empty and printing
    nothing, the 总计 no less than the other (a reading that leaves the 总计 empty checks nothing)."""
    digits = run[0]
    return any(
        all(len(p) == 1 or p[0] != "0" for p in (a, b))
        and ((total < 2 and int(a) >= int(b)) or (total > 0 and int(b) >= int(a)))
        for a, b in ((digits[:i], digits[i:]) for i in range(1, len(digits)))
    )


def _summed_split(run: tuple[str, list[int]] | None, cuts: list[tuple[int, ...]]) -> list[list[Token]] | None:
    """A run of digits cut into its numbers where one cut only adds up (see `_summed_cuts`)."""
    return [[t] for t in _cut(run, cuts[0])] if run is not None and len(cuts) == 1 else None


def _cut(run: tuple[str, list[int]], cut: tuple[int, ...]) -> list[Token]:
    """The numbers a cut of a row's run of digits makes, each where it is printed."""
    digits, at = run
    return [Token(digits[a:b], at[a], at[b - 1] + 1) for a, b in pairwise((0, *cut, len(digits)))]


def _spread(toks: Sequence[Token | None], order: list[int], width: int, under: list[int]) -> list[Token | None]:
    """A row's numbers printed under a header naming the columns under its spanning header as one, each put
    in the column `order` says, the columns under the spanning header blank (only their sum is printed)."""
    put: list[Token | None] = [None] * width
    for t, column in zip(toks, order, strict=True):
        if t is not None and column < width:
            put[column] = t
        elif t is not None:  # their sum: each column under the spanning header left blank
            for k in under:
                put[k] = Token(None, t.start, t.start)
    return put


def _two_row_order(text: str, start: int, first: int, table: Table) -> tuple[int, list[int]] | None:
    """Where a header over two rows that names `table`'s columns in another order than the template's
    ends before the line of the row at `first` (before its numbers, where the header and the row share a
    line: a page's text run together), and the column at each place (see `_over_two_rows`)."""
    line = text.rfind("\n", start, first) + 1
    found = _header_columns(text, start, line if line > start else first, table, _over_two_rows(table))
    return None if found is None or found[1] == sorted(found[1]) else found


def printed_in_order(text: str, start: int, end: int, tables: tuple[Table, ...], first: dict[Table, int]) -> bool:
    """Whether no header in text[start:end] prints the columns of `tables` in another order than the
    template's — what `reorder`, `put_back_by_names` and `named_otherwise` act on — where every run of
    numbers there is a row printing one number a cell, each table's first beginning at `first`."""
    if any(t.flat and _flat_order(text, start, end, t) is not None for t in tables):
        return False
    if any(_moved(cells) for *_, cells in _header_lines(text, start, end, tables, wide=True)):
        return False
    alone = tables[0] if len(tables) == 1 and not tables[0].flat and _total_column(tables[0]) is not None else None
    if alone is not None and _two_row_order(text, start, first[alone], alone) is not None:
        return False
    return not any(named_otherwise(text, start, first[t], t) for t in tables)


_STRAY: Final = 2  # stray spaces inside a row's numbers tried at most


def _rejoined(text: str, g: Group, width: int, total: int) -> list[list[Token]] | None:
    """The `width` cells of a row of digits printing a number or two more, each a space from the next: a
    stray space inside a number where spaces part the cells (`586 47 1 38 …`, a PDF's text). The one way
    of joining neighbours (into no number with a leading 0) under which the row adds up to its 总计 — the
    cell printed at `total` — each joined number one token; else None."""
    toks, extra = g.tokens, len(g.tokens) - width
    if not 0 < extra <= _STRAY or not all(t.text and t.text.isdecimal() for t in toks):
        return None
    found = []
    for joins in combinations(range(1, len(toks)), extra):  # the tokens joined onto the one before each
        if any(text[toks[k - 1].end : toks[k].start] != " " for k in joins):
            continue  # more than one space apart, or on two lines: two cells
        pieces: list[list[Token]] = []
        for k, t in enumerate(toks):
            if k in joins:
                pieces[-1].append(t)
            else:
                pieces.append([t])
        texts = ["".join(t.text or "" for t in p) for p in pieces]
        values = [int(x) for x in texts]
        if all(len(x) == 1 or x[0] != "0" for x in texts) and 2 * values[total] == sum(values):
            found.append([[Token(x, p[0].start, p[-1].end)] for x, p in zip(texts, pieces, strict=True)])
    return found[0] if len(found) == 1 else None


def reorder(
    text: str, start: int, end: int, tables: tuple[Table, ...], groups: list[Group]
) -> tuple[list[Group], list[Table], list[Continued]]:
    """`groups` with the numbers of each row under a header that prints the columns of one of `tables` in
    another order than the template's put back in its order (see `_put_back_by_cells`, `_flat_put_back`,
    `_stacked`; a header over two rows, `put_back_by_names`, once a row's pieces are joined); a row under
    it that cannot be put back is dropped. Groups under a header in the template's order are kept as they
    are. And the tables whose numbers a header put back: their rows are to add up (see `adds_up`); and
    the rows continued after such a header whose order is not settled (see `Continued`)."""
    moved, continued = [], []
    for t in tables:
        if not t.flat:
            continue
        stacked, unsettled = _stacked(text, start, end, t, groups)
        if (back := _flat_put_back(text, start, end, t, stacked)) is not groups:
            groups = back
            moved.append(t)
            continued += unsettled
    if (by_cells := _put_back_by_cells(text, start, end, tables, groups)) is not None:
        return by_cells[0], [*moved, *by_cells[1]], [*continued, *by_cells[2]]
    return groups, moved, continued


_WORD: Final = re.compile(r"[^\s|]{2,}")  # a word of a header line, two characters at least


def _names_printed(line: str, table: Table) -> list[tuple[int, int]]:
    """Where each name of `table`'s header a line prints is, and what it names (see `_names`): whole,
    perhaps broken by a space (法人或 其他组织), or the first part of one name cut in two over two lines
    (社会公 of 社会公益组织) — not where the rest of a name so cut follows further on the line (`社会 法律
    总计商业 科研公益 服务…`): a PDF's header lines run together, whose pieces are in the order of its lines,
    not its columns; then the names printed whole, and those cut in two in another order than the
    template's where their lines tell it (see `_stacked_otherwise`)."""
    found, words = _whole_names(line, table)
    pieces = [(k, begun) for k, w in enumerate(words) if (begun := _begun(w[0], table)) is not None]
    if _run_together(words, pieces, table):
        return sorted(found + _stacked_otherwise(words, found, table))
    return sorted(found + [(words[k].start(), begun) for k, begun in pieces])


def _whole_names(line: str, table: Table) -> tuple[list[tuple[int, int]], list[re.Match[str]]]:
    """Where each name of `table`'s header a line prints whole is and what it names; and the line's other
    words, with those names taken out."""
    find, columns = _labels(table)
    found: list[tuple[int, int]] = []
    rest: list[str] = []  # the line with each whole name blanked out, for the words left
    last = 0
    for m in find.finditer(line):
        found.append((m.start(), columns[(m.lastindex or 1) - 1]))
        rest += (line[last : m.start()], " " * (m.end() - m.start()))
        last = m.end()
    return found, list(_WORD.finditer("".join(rest) + line[last:]))


def _run_together(words: list[re.Match[str]], pieces: list[tuple[int, int]], table: Table) -> bool:
    """Whether the rest of a name cut in two (`pieces`: the words that are a first part, and what each
    names) follows further on the line (not the next word: a name broken by a space, 法律 服): the
    header's lines ran together."""
    names = _names(table)
    for k, begun in pieces:
        tails = {name[len(words[k][0]) :] for name, i in names if i == begun and name.startswith(words[k][0])}
        if any(t and t.startswith(other[0]) for t in tails for other in words[k + 2 :]):
            return True
    return False


def _stacked_otherwise(words: list[re.Match[str]], found: list[tuple[int, int]], table: Table) -> list[tuple[int, int]]:
    """Where the header's names cut in two over two lines ran together with their lines (`words`, those of
    the names printed whole, `found`, taken out) tell another order of the columns under the spanning
    header than the template's, the names so ordered (where each first part or name is, what it names);
    else none. Each line prints its pieces in the order of its columns: two names whose first parts and
    rests come in the same order tell it (`总计商业 科研 法律服 社会公 其他企业 机构 务机构 益组织`: 法律服务机构
    before 社会公益组织), as does a name printed whole between the first parts, before any rest (`…社会公 其他
    法律服企业…`: 其他 on the line of first parts, before 法律服务机构). Names whose first parts are on one
    line and rests on another disagree (`社会 法律 总计商业 科研公益 服务…`, 商业 on the line under 社会): no
    order is read from them."""
    cut = _cut_names(words, table)
    for a, b in combinations(cut, 2):
        if a[1] < b[1] and a[2] > b[2]:
            return [(a[0], a[2]), (b[0], b[2])]
    if (lines := _two_lines(cut, found, table)) is None:
        return []
    upper = lines[0]
    return upper if [c for _, c in upper] != sorted(c for _, c in upper) else []


def _cut_names(words: list[re.Match[str]], table: Table) -> list[tuple[int, int, int]]:
    """The names under the spanning header cut in two over lines that ran together (see
    `_stacked_otherwise`) whose rest follows, as (where the first part is, where the rest is, the column)."""
    under, names = _under(table), _names(table)
    pieces = [piece for w in words for piece in _unglued(w.start(), w[0], table)]
    cut: list[tuple[int, int, int]] = []
    for k, (at, word) in enumerate(pieces):
        if (begun := _begun(word, table)) not in under or any(c[2] == begun for c in cut):
            continue  # (each column's first part the first that begins it)
        rests = [name[len(word) :] for name, i in names if i == begun and name.startswith(word) and name != word]
        # the rest a word, or the start of one: the row's label may follow on
        rest = next((a for a, w in pieces[k + 1 :] if any(w.startswith(r) for r in rests)), None)
        if rest is not None:
            cut.append((at, rest, begun))
    return cut


def _two_lines(
    cut: list[tuple[int, int, int]], found: list[tuple[int, int]], table: Table
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The two lines of a header's names cut in two (`cut`, see `_cut_names`) that ran together, each as
    where its names under the spanning header are (the first parts or rests, and those of `found` printed
    whole on it) and what they name, in the order printed: where every first part comes before every rest.
    Else None."""
    if not cut or max(c[0] for c in cut) > (second := min(c[1] for c in cut)):
        return None
    under = _under(table)
    upper = sorted([(c[0], c[2]) for c in cut] + [(at, c) for at, c in found if c in under and at < second])
    lower = sorted([(c[1], c[2]) for c in cut] + [(at, c) for at, c in found if c in under and at > second])
    return upper, lower


def _run_together_order(text: str, start: int, first: int, table: Table) -> tuple[int, list[int]] | None:
    """Where the header of a table with a spanning header (三) printed before the row at `first` begins,
    and the column at each place, where it is stacked over two lines that ran together (see
    `_stacked_otherwise`), the line of first parts naming every column under the spanning header in an
    order the line of rests keeps, and the header's row above naming its columns and the spanning header
    once each: where the order they tell is another than the template's (总计 first, or the columns under
    the spanning header moved). Else None."""
    digit = _LAST_DIGIT.match(text, start, first)
    head = start if digit is None else digit.end()
    found, words = _whole_names(text[head:first], table)
    pieces = [(k, begun) for k, w in enumerate(words) if (begun := _begun(w[0], table)) is not None]
    if not _run_together(words, pieces, table) or (lines := _two_lines(_cut_names(words, table), found, table)) is None:
        return None
    upper, lower = lines
    placed, under, width = [c for _, c in upper], _under(table), len(table.columns)
    rank = {c: k for k, c in enumerate(placed)}
    if sorted(placed) != list(under) or any(rank[c] > rank[d] for (_, c), (_, d) in pairwise(lower)):
        return None
    top = [c for at, c in found if at < upper[0][0] and c not in under]
    if sorted(top) != sorted(c for c in range(width + 1) if c not in under):
        return None
    order = [k for c in top for k in (placed if c == width else (c,))]
    return None if order == sorted(order) else (head, order)


def _unglued(at: int, word: str, table: Table) -> list[tuple[int, str]]:
    """A word of a header whose lines ran together (see `_stacked_otherwise`), as (start, text): split in two
    where it is the first part of one name glued to the rest of another (商业务机构: 商业 of 商业企业, the line
    after beginning with 务机构 of 法律服务机构); else whole, and any word longer than two names."""
    names = _names(table)
    if len(word) < 2 * max(len(name) for name, _ in names) and _begun(word, table) is None:
        for i in range(1, len(word)):
            if _begun(word[:i], table) is not None and any(
                name.endswith(word[i:]) and name != word[i:] for name, _ in names
            ):
                return [(at, word[:i]), (at + i, word[i:])]
    return [(at, word)]


@lru_cache(maxsize=1024)  # a header's words are the same in report after report
def _begun(word: str, table: Table) -> int | None:
    """What the one name of `table`'s header that `word` begins names (see `_names`), else None."""
    begun = {i for name, i in _names(table) if name.startswith(word)}
    return begun.pop() if len(begun) == 1 else None


def named_otherwise(text: str, start: int, end: int, table: Table) -> bool:
    """Whether the header of a table with a spanning header (三) printed before `end` — the lines after
    the last digit before it — names some of its columns in another order than the template's, whether
    or not it names them all: a line that names a column or 法人或其他组织 before 自然人 (总计 first), those
    under 法人或其他组织 out of their order (科研机构 before 商业企业), or 法人或其他组织 after 总计. Only within a
    line: a PDF's text of header cells wrapped over lines of their own prints their words on lines in no
    order of theirs; and 总计 may be printed before the columns under 法人或其他组织, on the row above, and
    法人或其他组织 before 自然人 where a PDF's text ran its lines together (…之和） 法人或其他组织等于…之和）自然人
    总计商业企 科研机…): it spans the columns named under it, before which no other column's name is. Not so
    in a header with cells (`|`), a converter's: its rows, run together, are no sure guide to their labels;
    nor where 法人或其他组织 stands right before 自然人, nothing printed between them
    (…法人或其他组织自然人总计商业企业…): the names of the header's row above in the order of its columns."""
    if not _under(table) or _total_column(table) is None:
        return False
    digit = _LAST_DIGIT.match(text, start, end)
    header = text[start if digit is None else digit.end() : end]
    gridded = "|" in header
    for line in header.split("\n"):
        if (_short_line_otherwise if len(line) <= _SHORT_LINE else _line_otherwise)(line, table, gridded):
            return True
    return False


_LAST_DIGIT: Final = re.compile(r"(?s:.*)\d")  # all up to the last digit: found from the end, not digit by digit


def _line_otherwise(line: str, table: Table, gridded: bool) -> bool:
    """Whether a line of the header of a table with a spanning header names its columns in another order
    than the template's (see `named_otherwise`), in a header with cells or not."""
    width, under, total = len(table.columns), _under(table), _total_column(table)
    places = _names_printed(line, table)
    named = [c for _, c in places]
    below = [c for c in named if c in under]
    first = named.index(0) if 0 in named else 0  # where 自然人 is named: what is before it
    span = named.index(width) if width in named else -1  # where 法人或其他组织 is
    if below != sorted(below) or any(gridded or c != width for c in named[:first]):
        return True  # those under 法人或其他组织 out of their order, or a column's name before 自然人
    if 0 <= span < first and _spanning_name(line[places[span][0] : places[first][0]], table):
        return True  # 法人或其他组织 right before 自然人, nothing between them: the row above names them so
    return span >= 0 and total in named[:span]  # 法人或其他组织 after 总计


def _spanning_name(printed: str, table: Table) -> bool:
    """Whether `printed` is the name of the spanning header (法人或其他组织) and nothing else but white space."""
    words = "".join(printed.split())
    return any(name == words for name, i in _names(table) if i == len(table.columns))


# a header's lines are short and the same in report after report: each is read once
_short_line_otherwise: Final = lru_cache(maxsize=4096)(_line_otherwise)


@lru_cache(maxsize=64)  # every table of every format
def _under(table: Table) -> tuple[int, ...]:
    """Where the columns under the table's spanning header (法人或其他组织) are among its columns."""
    return tuple(i for i, c in enumerate(table.columns) if c.group)


@lru_cache(maxsize=64)  # every table of every format
def _total_column(table: Table) -> int | None:
    """Where the table's 总计 column is among its columns, if it has one."""
    return next((i for i, c in enumerate(table.columns) if c.id == "total"), None)


def _read_rows(cells: dict[str, int | float | None], table: Table) -> list[list[int]]:
    """The rows of a table (a flat table's groups) whose every cell is read as a whole number."""
    width, ids = len(table.columns), table.cell_ids
    rows: list[list[int]] = []
    for k in range(0, len(ids), width):  # plain loops, which compile to C loops: no `map` over the cells
        row = [cells.get(ids[j]) for j in range(k, k + width)]
        if all(isinstance(v, int) for v in row):
            rows.append(cast("list[int]", row))
    return rows


def adds_up(cells: dict[str, int | float | None], table: Table) -> bool:
    """Whether every row of `table` read whole adds up to its 总计 column (a table without one: True)."""
    at = _total_column(table)
    return at is None or all(2 * row[at] == sum(row) for row in _read_rows(cells, table))


def total_printed_elsewhere(cells: dict[str, int | float | None], table: Table) -> int | None:
    """The column a table's rows (a flat table's groups) print their 总计 in, when it is not the
    template's: where the rows do not add up to the template's total column, but every row adds up to
    another column (not zero in all of them) — the columns were printed in an order the text does not
    tell. The first such column, or None. A row of a correct table that is not all zeros adds up to its
    total column only."""
    if (at := _total_column(table)) is None or len(table.columns) < 3:
        return None
    rows = _read_rows(cells, table)
    if all(2 * row[at] == sum(row) for row in rows):
        return None
    held = [p for p in range(len(table.columns)) if p != at and all(2 * row[p] == sum(row) for row in rows)]
    return next((p for p in held if any(row[p] for row in rows)), None)


def names_no_column(text: str, start: int, end: int, table: Table) -> bool:
    """Whether text[start:end], all that is printed of a table before its first row, names none of its
    columns: no header (or only a converter's own, `| 数据1 | 数据2 | …`) tells their order."""
    return _labels(table)[0].search(text, start, end) is None


# a Markdown table's rule with no header row above it: a converter's own header row (`| 数据1 | 数据2 | …`), which
# the text's normalizing takes out as a page's chrome, stood there
_RULE_ALONE: Final = re.compile(r"^[^|\n]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.MULTILINE)


def converters_header(text: str, start: int, end: int, table: Table) -> bool:
    """Whether text[start:end], all that is printed of a table before its first row, prints a Markdown rule
    with a converter's own header row above it, taken out (see `_RULE_ALONE`) or left where the lines ran
    together (`…项** | 数据1 | 数据2 | 数据3 | 数据4 | | --- | …`), and names none of the table's columns: a
    header was printed, and the order it named the columns in is lost with it."""
    if _RULE_ALONE.search(text, start, end) is None:
        cell = CONVERTERS_COLUMN.search(text, start, end)
        if cell is None or text.find("---", cell.end(), end) < 0:
            return False
    return names_no_column(text, start, end, table)


def unordered_rows(cells: dict[str, int | float | None], table: Table) -> list[str]:
    """The cells of the rows of a table (a flat table's groups) that read otherwise in another order of its
    columns: every row but those that print one value (or none) in every cell."""
    width, ids = len(table.columns), table.cell_ids
    rows = (ids[k : k + width] for k in range(0, len(ids), width))
    return [c for row in rows if len({cells.get(c) for c in row}) > 1 for c in row]


def total_named_first(text: str, start: int, end: int, table: Table) -> bool:
    """Whether the header of a flat table (四) printed before `end` — the text after the last digit before it —
    does not tell its columns' order (see `_flat_order`) but prints a 总计 before any other column's first word
    (`行政复议 行政诉讼总计 结果 结果 其他 尚未…`: a header stacked over lines that ran together, its groups
    printing 总计 first): its rows may be read either way (see `doubted_total_first`)."""
    at = _total_column(table)
    if not table.flat or at != len(table.columns) - 1:
        return False
    digit = _LAST_DIGIT.match(text, start, end)
    head = start if digit is None else digit.end()
    find, columns = _labels(table)
    total = next((m for m in find.finditer(text, head, end) if columns[(m.lastindex or 1) - 1] == at), None)
    if total is None:
        return False
    words = {lb[:2] for k, c in enumerate(table.columns) if k != at for lb in c.labels}
    return all(text.find(w, head, total.start()) < 0 for w in words) and _flat_order(text, head, end, table) is None


def doubted_total_first(cells: dict[str, int | float | None], table: Table) -> list[str]:
    """The cells of a table with its 总计 last, printed with no header to tell the order of its columns, that
    a reading with each row's 总计 first (a flat table's each group's, as some reports print them) gives
    otherwise, where no row read whole adds up only as the template orders it: the text does not say which
    number is which. None where a row so settles the order."""
    width, at = len(table.columns), _total_column(table)
    if at != width - 1 or width < 3:
        return []
    doubted: list[str] = []
    for k in range(0, len(table.cell_ids), width):
        ids = table.cell_ids[k : k + width]
        row = [cells.get(c) for c in ids]
        other = [*row[1:], row[0]]  # the first number the total, the rest each the column before
        if all(isinstance(v, int) for v in row):
            whole = cast("list[int]", row)
            if 2 * whole[at] == sum(whole) != 2 * whole[0]:
                return []  # adds up as the template orders it only
        doubted += [c for c, a, b in zip(ids, row, other, strict=True) if a != b]
    return doubted


def doubted_by_order(text: str, start: int, end: int, table: Table, cells: dict[str, int | float | None]) -> list[str]:
    """The cells of a flat table (四) read by a header that names its groups' columns in orders that differ
    from group to group (a header damaged: `… 尚未审结 总计 | 总计 结果维持 …`), where a group read in another of
    those orders adds up to its 总计 as well as in its own: the header does not settle which number is which."""
    found = _flat_order(text, start, end, table)
    if found is None or (total := _total_column(table)) is None:
        return []
    width = len(table.columns)
    orders = [tuple(c - g * width for c in found[1][g * width : (g + 1) * width]) for g in range(len(table.rows))]
    doubted: list[str] = []
    for g, own in enumerate(orders):
        ids = table.cell_ids[g * width : (g + 1) * width]
        if not all(isinstance(cells.get(c), int) for c in ids):
            continue
        values = cast("list[int]", [cells[c] for c in ids])
        if 2 * values[total] != sum(values):
            continue
        printed = [values[c] for c in own]
        for other in set(orders) - {own}:
            read = [printed[other.index(c)] for c in range(width)]
            if 2 * read[total] == sum(read):
                doubted += [i for i, a, v in zip(ids, read, values, strict=True) if a != v]
    return list(dict.fromkeys(doubted))


def printed_by_columns(groups: list[Group], tables: tuple[Table, ...]) -> str | None:
    """The column label that a run of numbers follows, where tables printed together are printed column
    by column (a converter reading them down their columns: each column's header, then its cells from
    the top row down), else None. Printed row by row, every run of numbers follows a row's label (and a
    header's empty cells its last column's). A column label of two characters, a word as common as 总计
    or 其他, or that of a table's only column, tells nothing."""
    heads = _column_heads(tables)
    for g in groups:
        if g.before.endswith(heads) and not g.blank:  # one test of every label, then which one
            return next(lb for lb in heads if g.before.endswith(lb))
    return None


@lru_cache(maxsize=16)
def _column_heads(tables: tuple[Table, ...]) -> tuple[str, ...]:
    """The column labels of `tables` that tell a table printed column by column (see `printed_by_columns`)."""
    heads: list[str] = []
    for t in tables:
        if not t.flat and len(t.columns) > 1:
            rows = {strip_numbering(r.label) for r in t.rows}
            heads += [lb for c in t.columns for lb in c.labels if len(lb) > 2 and strip_numbering(lb) not in rows]
    return tuple(heads)
