"""Tables printed in a regular layout, read at a glance: each row's label (as the template prints it),
then exactly its cells' plain numbers, each standing apart — one cell a line, `|` rows, tab rows, the
grids an HTML or Word table loads as — or, in a `|` row, a blank cell's mark (— / - 无) alone between its
`|`, read as the general reader reads it: None, with its row's finding. Whatever else a region prints (a
word, a mark elsewhere, a unit or sign in a cell, an empty cell, digits run together, a number too few or
too many, digits in its prose or header, a header that names the columns in another order, a stray space
inside a number that may make up for an empty cell) leaves it to the general reader
(`tables.extract_tables`), whose reading of a regular table this one equals.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from ..patterns import DIGIT
from ..templates import NO_NUMBER, Kind, Table
from .align import Slot, label_forms, slots_of
from .columns import printed_in_order
from .values import MAX_DIGITS, parse_number

# numbers each standing apart (white space or `|` on either side), one after another: a row's cells (a digit
# first, so that the search skips to the next digit; each number and space taken whole, none given back)
_RUN: Final = re.compile(r"\d(?<![^ \t\n|]\d)\d*+(?:\.\d++)?+(?:[ \t\n|]++\d++(?:\.\d++)?+)*(?![^ \t\n|])")
_BLANK_MARK: Final = r"(?:[—–/][-—–/]{0,2}|-|无)"  # a blank cell's mark: -, —, ——, /, 无 (not a Markdown rule's ---)
_HAS_BLANK: Final = re.compile(rf"\|[ \t]{{0,2}}{_BLANK_MARK}[ \t]*\|")  # a blank's mark alone between a line's `|`
# such a mark, where a region prints one (two spaces or a tab apart from the `|` before it at most)
_BLANK: Final = rf"(?=[-—–/无])(?:(?<=\|)|(?<=\|[ \t])|(?<=\|  )){_BLANK_MARK}(?=[ \t]*\|)"
_BLANK_RUN: Final = re.compile(
    rf"(?<![^ \t\n|])(?:\d\d*(?:\.\d+)?|{_BLANK})(?:[ \t\n|]+(?:\d+(?:\.\d+)?|{_BLANK}))*(?![^ \t\n|])"
)
# nothing between a line's `|`, or an empty line between two lines of a `|` alone (a cell a line): an empty cell
_EMPTY_CELL: Final = re.compile(r"\|[ \t]*+\||\|[ \t]*\n[ \t]*\n[ \t]*\|")
_SPACED: Final = re.compile(r"[^ \t\n|][ \t]++[^ \t\n|]")  # two cells' pieces a space apart, no `|` between
# room for an empty cell that prints nothing: a gap wider than a space or a tab, or white space before a
# line's first number or after its last
_ROOM: Final = re.compile(r"\S(?:\t|[ \t]{2,})\d|^[ \t]+\d|\d[ \t]+$", re.MULTILINE)
_LABEL_SPACE: Final = re.compile(r"[\s|]+")
# a word or mark ending the text before a flat table's numbers (its header's, no row label's): its first cell
_CELL_LAST: Final = re.compile(rf"(?:{'|'.join(NO_NUMBER)}|[-—–/无])$")


class Reading(NamedTuple):
    """A region's tables read at a glance: each cell's value (None where blank) and where it is printed (in
    the template's order of cells), where the first row's numbers begin, where the general reader's last row
    ends, and each row's label with its blank cells, for a row that prints any."""

    cells: dict[str, int | float | None]
    spans: dict[str, tuple[int, int]]
    first: int
    last: int
    blanks: list[tuple[str, list[str]]]


def _plain(text: str) -> str:
    """Label text as the forms below are spelt: no white space or `|` (the text is made half-width before
    tables are read)."""
    return _LABEL_SPACE.sub("", text)


@lru_cache(maxsize=256)
def _forms(slot: Slot) -> tuple[str, ...]:
    """The ways a row's label is printed, from the template: each label and variant with its numbering and
    without, the longest first."""
    assert slot.row is not None
    forms = {f for x in (slot.row.label, *slot.row.variants) for f in label_forms(x)}
    return tuple(sorted(forms - {""}, key=len, reverse=True))


def _head(label: str, slot: Slot) -> str | None:
    """What the text before a row's numbers prints before the row's label (see `_forms`), white space
    and `|` removed: its parents' labels, or its table's header; a flat table's text before its numbers
    whole. None where it does not end with the row's label, or a flat table's ends with a word or mark of
    its header's (see `_CELL_LAST`)."""
    plain = _plain(label)
    if slot.row is None:
        return None if _CELL_LAST.search(plain) else plain
    for form in _forms(slot):
        if plain.endswith(form):
            return plain[: len(plain) - len(form)]
    return None


_SHORT_LABEL: Final = 400  # a row's label, or a table's header before its first row
# the text before a row's numbers is printed alike in report after report: each is read once
_short_head: Final = lru_cache(maxsize=4096)(_head)


def _value(text: str, kind: Kind) -> int | float | None:
    """A cell's plain number as the general reader reads it; None where it would weigh another reading
    (a leading zero, too many digits, a decimal in a count)."""
    if text.isdecimal():
        return int(text) if len(text) <= MAX_DIGITS and (text[0] != "0" or len(text) == 1) else None
    if kind is not Kind.AMOUNT or (text[0] == "0" and text[1] != "."):
        return None
    parsed = parse_number(text, kind)
    return parsed.value if parsed.unit is None else None


Runs = list[tuple[int, list[tuple[int, int]]]]  # each run's cells, after the text since the run before


def _runs(text: str, start: int, end: int, most: int) -> list[tuple[int, int, int]] | None:
    """Where each run of numbers standing apart in text[start:end] is, with where the text before it
    begins (the end of the run before); None where digits stand elsewhere than in a run or a row's
    numbering, or the runs are more than `most`."""
    runs: list[tuple[int, int, int]] = []
    last = start  # where the last run ends
    marks = text.find("|", start, end) >= 0 and _HAS_BLANK.search(text, start, end) is not None  # no `|`: no mark
    for run in (_BLANK_RUN if marks else _RUN).finditer(text, start, end):
        a, b = run.span()  # one call for both ends
        if a <= start or b >= end or len(runs) == most:
            return None  # a number at the region's edge (whether it stands apart is not told here), or a run too many
        runs.append((last, a, b))
        last = b
    if DIGIT.search(text, last, end):
        return None  # digits after the last row
    return runs


def _cells(text: str, a: int, b: int) -> list[str] | None:
    """What each cell of a run of numbers (or blank marks) printed at text[a:b] prints: its pieces between
    white space and `|`. None where a line of the run with `|` between its cells prints an empty cell or
    two numbers in one (a stray space: `| 2 8 |`), which would shift the row's other cells."""
    run = text[a:b]
    if "|" not in run:
        # a run holds digits, points, marks, spaces, tabs and line breaks only: one split in C cuts its cells,
        # no match object made for each
        return run.split()
    if _EMPTY_CELL.search(text, a, b) or _two_in_a_cell(text, a, b):
        return None
    return run.replace("|", " ").split()


def _spans(text: str, a: int, cells: list[str]) -> list[tuple[int, int]]:
    """Where each of a run's `cells` (see `_cells`), the first at or after text[a], is printed: only white
    space and `|` stand between them, so each is found right where the search starts from."""
    spans = []
    for cell in cells:
        a = text.find(cell, a)
        spans.append((a, a + len(cell)))
        a += len(cell)
    return spans


def _two_in_a_cell(text: str, a: int, b: int) -> bool:
    """Whether a line of the run of numbers at text[a:b] with `|` on it, or between lines of a `|` alone (a
    cell a line), prints two numbers a space apart, which are in one cell there (the run's lines are searched
    where they stand, not split into cells)."""
    for m in _SPACED.finditer(text, a, b):
        line = text.rfind("\n", a, m.start()) + 1 or a
        stop = text.find("\n", m.end(), b)
        if text.find("|", line, b if stop < 0 else stop) >= 0 or _BORDER_LINE.search(text, max(a, line - 3), line):
            return True
    return False


_BORDER_LINE: Final = re.compile(r"(?:^|\n)[ \t]*\|[ \t]*\n\Z")  # the line before is a `|` alone


def regular_rows(text: str, start: int, end: int, tables: tuple[Table, ...]) -> Reading | None:
    """The cells of `tables` printed in text[start:end] in a regular layout; None where the region prints
    anything else."""
    slots = slots_of(tables)
    found = _runs(text, start, end, len(slots))
    if found is None or len(found) != len(slots):
        return None  # told before any run's cells are found
    runs: Runs = []
    cells: dict[str, int | float | None] = {}
    spans: dict[str, tuple[int, int]] = {}
    blanks: list[tuple[str, list[str]]] = []
    first: dict[Table, int] = {}
    roomy: bool | None = None  # room for an empty cell somewhere (see `_blank_hidden`): looked for once needed
    # indexed loops, not `zip(..., strict=True)`: the compiled build runs them in C, where it calls `zip` with its
    # keyword and steps it as an object (the lengths are equal, told above)
    for n, slot in enumerate(slots):
        since, a, b = found[n]
        printed = _cells(text, a, b)
        if printed is None or len(printed) != slot.width:
            return None
        where = _spans(text, a, printed)
        if _stray(text, where):
            if roomy is None:
                roomy = _ROOM.search(text, start, end) is not None
            if roomy and _blank_hidden(text, where):
                return None
        runs.append((since, where))
        label = text[since : where[0][0]]
        head = _short_head(label, slot) if len(label) <= _SHORT_LABEL else _head(label, slot)
        if head is None:
            return None
        if slot.table in first:
            if slot.row is None or head not in slot.heads:
                return None
        elif DIGIT.search(head, head.rfind("。") + 1):
            return None  # digits in the header before the table's rows, not in a sentence before it
        else:
            first[slot.table] = where[0][0]
        empty = []
        ids, kinds = slot.cell_ids, slot.kinds
        for k, number in enumerate(printed):
            c, span = ids[k], where[k]
            size = len(number)
            if number.isdecimal() and (size == 1 or number[0] != "0") and size <= MAX_DIGITS:
                cells[c] = int(number)  # plain digits, the common case
            elif not number[0].isdecimal():
                cells[c] = None  # a blank cell's mark
                empty.append(c)
                continue
            elif (value := _value(number, kinds[k])) is not None:
                cells[c] = value
            else:
                return None
            spans[c] = span
        if empty:
            blanks.append((slot.label, empty))
    if not printed_in_order(text, start, end, tables, first):
        return None
    last = _last_end(text, start, end, runs)
    return None if last is None else Reading(cells, spans, runs[0][1][0][0], last, blanks)


def _stray(text: str, where: list[tuple[int, int]]) -> bool:
    """Whether two of a run's cells, printed at `where`, stand a single space apart, a digit on either side
    of it: a space that may be a stray one inside a number (told from the cells found, not by a search
    that would try every digit of the run)."""
    for k in range(1, len(where)):
        end, start = where[k - 1][1], where[k][0]
        if start - end == 1 and text[end] == " " and text[end - 1].isdecimal() and text[start].isdecimal():
            return True
    return False


def _blank_hidden(text: str, where: list[tuple[int, int]]) -> bool:
    """Whether a row printing a number a cell, with a space that may be stray inside a number (`_stray`),
    may be read otherwise (see `tables._misread`): room on its line for an empty cell printing nothing that
    the space would make up for (`0 0 0 13 1 5 9` after a space at the line's start: empty, 0, 0, 0, 13, 1,
    59)."""
    a, b = where[0][0], where[-1][1]
    end = text.find("\n", b)
    return _ROOM.search(text, text.rfind("\n", 0, a) + 1, end if end >= 0 else len(text)) is not None


_BARE: Final = re.compile(r"[ \t]*\|?[ \t]*")  # a line that prints nothing of a table, or only its border
_MARK: Final = re.compile(r"[-+—–/]|(?<!\S)无(?!\S)")  # what may print a blank cell on a line of label text
_ALONE: Final = re.compile(r"[ \t]*\|?[ \t]*\d+(?:\.\d+)?[ \t]*\|?[ \t]*")  # a line of one cell
# a line of a blank cell's mark or of empty cells, alone, or a Markdown table's rule (|---|)
_UNSURE: Final = re.compile(r"\n[ \t|]*(?:[+—–/无]|-(?!-)|\|[ \t]*\|)[-+—–/无 \t|]*(?=\n|$)|\n[ \t]*\|[ \t]*:?---")
_SPACES: Final = re.compile(r"^[^\S\n]+$", re.MULTILINE)  # a line of white space
_EMPTY: Final = re.compile(r"^$", re.MULTILINE)
# a line printing text and two numbers or more (a row on its line, or prose): where such lines are as many
# as the cells alone on theirs, the general reader takes no empty line for a blank cell (see `groups._cell_gap`)
# (each line found by the break before it, which the search skips to, not by a try at every position)
_MIXED: Final = re.compile(r"\n(?=[^\n]*[^\d\s|.,])(?:[^\d\n]*+\d++(?:\.\d++)?+){2}")
_RULE: Final = re.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")  # a Markdown table's rule, |---|---|


def _last_end(text: str, start: int, end: int, runs: Runs) -> int | None:
    """Where the general reader's last row of a region ends: with its last number, text[a:b], or, where
    its cells stand one a line, at the blank cells that the empty lines after it make up where they are
    more than the spacing of the region's cells and what follows is label text alone or the region's
    end (see `groups.scan_groups`); None where that is not told here."""
    a, b = runs[-1][1][-1]
    stop = text.find("\n", b, end)
    if stop < 0 or not _ALONE.fullmatch(text, text.rfind("\n", 0, a) + 1, stop):
        return b  # the region ends on its line, or it prints more than the number
    after = text[stop + 1 : end].split("\n")
    k = next((i for i, line in enumerate(after) if not (_BARE.fullmatch(line) or _RULE.fullmatch(line))), None)
    if k is None:  # the region ends: blanks stand at its end
        spacing, at = after[:-1], end
    elif "|" in after[k] or _MARK.search(after[k]):
        return None  # a line that may print blank cells
    else:  # a line of label text: blanks stand before it
        spacing, at = after[:k], stop + sum(len(line) + 1 for line in after[:k])
    if not spacing:
        return b
    if _UNSURE.search(text, start, end):
        return None  # a blank cell's mark, or empty cells, alone on a line (blanks of their own), or a rule
    gaps = _gaps(text, runs)
    if not gaps:
        return b
    if len(gaps) <= _mixed_lines(text, start, end):
        return None  # lines of text and numbers (rows on their lines) as many: the general reader tells
    gap = min(set(gaps), key=lambda n: (-gaps.count(n), n))  # the commonest, the fewest of those
    if gap == 0 and _SPACES.search(text, start, end) and _EMPTY.search(text, start, end):
        blank = any(spacing)  # indented empty lines are the blank cells
    elif gap == 0 and text.find("|", start, end) < 0 and (apart := _apart(text, end, runs)) is not False:
        if apart is None:
            return None
        blank = k is not None and len(spacing) >= 2  # one empty line before a label is the rows' spacing
    else:
        blank = len(spacing) >= 2 * gap + 1
    return at if blank else b


def _apart(text: str, end: int, runs: Runs) -> bool | None:
    """Whether rows of cells on consecutive lines stand apart by an empty line, as the general reader tells
    it (see `groups._rows_apart`): an empty line after each row's last cell alone on its line, before the
    label text that follows it or the region's end. None where a line with digits follows such a cell (a
    label's numbering, or prose): not told here."""
    apart = False
    for _, where in runs:
        a, b = where[-1]
        stop = text.find("\n", b, end)
        if stop < 0 or not _ALONE.fullmatch(text, text.rfind("\n", 0, a) + 1, stop):
            continue  # the region ends on its line, or the cell shares its line
        at = stop + 1
        while (nl := text.find("\n", at, end)) >= 0 and not text[at:nl].strip():
            at = nl + 1  # an empty line
        line = text[at : nl if nl >= 0 else end]
        if not line.strip():  # the region ends after the row: on the next line, or after empty lines
            if text.count("\n", stop + 1, end) == 0:
                return False
            apart = True
            continue
        if DIGIT.search(line):
            return None
        if at == stop + 1:
            return False  # label text right after the row's last cell
        apart = True
    return apart


def _mixed_lines(text: str, start: int, end: int) -> int:
    """How many lines beginning in text[start:end] print text and two numbers or more (see `_MIXED`)."""
    if start:
        return len(_MIXED.findall(text, start - 1, end))
    return len(_MIXED.findall("\n" + text[:end]))


def _gaps(text: str, runs: Runs) -> list[int]:
    """How many empty lines (or lines of a table's border) stand before each cell alone on its line, since
    the line before that prints anything: what the general reader takes the spacing of cells one a line
    from (see `groups._cell_gap`), where no other line prints a cell alone."""
    gaps = []
    for since, where in runs:
        a, b = where[0][0], where[-1][1]
        edge = a  # where the white space and borders before the run's first cell begin
        while edge > since and text[edge - 1] in " \t\n|":
            edge -= 1
        stop = text.find("\n", b) + 1 or b  # the line's end after the run's last cell (b: no line after it)
        # the white space and borders before each cell, and after the last to its line's end, where they stand:
        # each cell's lines are counted in the short text around it, no text copied
        # (indexed, not `pairwise`: the compiled build runs these loops in C, with no pair made for each step)
        seps = [(edge, a), *[(where[k - 1][1], where[k][0]) for k in range(1, len(where))], (b, stop)]
        lines = [text.count("\n", x, y) for x, y in seps]
        if text.find("|", edge, stop) >= 0:  # a cell's own text prints no `|`
            gaps += [
                lines[k - 1] - 1
                for k in range(1, len(lines))
                if lines[k - 1] and lines[k] and _alone(text, seps[k - 1], seps[k])
            ]
        else:  # no border: a cell is alone on its line where line breaks stand on both sides of it
            gaps += [lines[k - 1] - 1 for k in range(1, len(lines)) if lines[k - 1] and lines[k]]
    return gaps


def _alone(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether a cell between the white space and borders at `before` and `after` (each with a line break)
    is alone on its line: a `|` at most on either side of it."""
    return (
        text.count("|", text.rfind("\n", *before), before[1]) < 2
        and text.count("|", after[0], text.find("\n", *after)) < 2
    )
