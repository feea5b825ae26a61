"""Which value group prints which table row.

Rows are known from the template, in their printed order; groups come in reading order. A group
whose own line names a row is anchored to it. The rest are aligned in order, by dynamic
programming, preferring groups of the right size and groups near their row's label — because real
layouts put labels before, after, around or far from their numbers.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parser
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from ..normalize import half_width
from ..numbering import strip_numbering
from ..patterns import DIGIT, reach
from ..templates import CELL_NOTE, Kind, Row, Table
from .groups import Group, Token

_NUMBERING_MAX: Final = 5  # a row label's own numbering, e.g. （七） or 四、, is at most this long


@dataclass(eq=False)  # made once per tables by `slots_of`: compared and hashed by identity
class Slot:
    """One printed row: a template row of a table, or a whole flat table (section 四)."""

    table: Table
    row: Row | None  # None for a flat table
    width: int
    prefix: str = field(init=False)
    label: str = field(init=False)  # what the row is printed as: its label, or a flat table's caption
    cell_ids: tuple[str, ...] = field(init=False)
    kinds: tuple[Kind, ...] = field(init=False)  # the kind of each cell, in the order of `cell_ids`
    # What may stand before a row's label that is not its table's first (white space removed): nothing, or
    # its parent's label (（三）不予公开) printed in the cell beside it, perhaps after another of the table's
    # parents (三、本年度办理结果, where a converter repeats merged cells' labels on every row).
    heads: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        table, row = self.table, self.row
        self.prefix = table.row_prefix(row.id) if row else table.prefix
        self.label = row.label if row else table.caption
        self.cell_ids = tuple(table.cell_id(row.id, c.id) for c in table.columns) if row else table.cell_ids
        self.kinds = tuple(c.kind for c in table.columns) * (1 if row else len(table.rows))
        forms = {f for r in table.rows if r.parent for f in label_forms(r.parent)}
        own = label_forms(row.parent) if row and row.parent else ()
        self.heads = frozenset(("", *own, *(p + o for p in forms for o in own)))


@lru_cache(maxsize=1024)  # every row's label of every format, read for each group beside it
def label_forms(label: str) -> tuple[str, str]:
    """A template's label as printed, white space removed (half-width), and without its numbering."""
    plain = half_width("".join(label.split()))
    return plain, strip_numbering(plain)


@lru_cache(maxsize=64)  # a few orders a report's headers print
def printed_as(slot: Slot, order: tuple[int, ...]) -> Slot:
    """`slot` with its cells listed in the order a header prints them: `order` the template's column of each."""
    printed = Slot(slot.table, slot.row, slot.width)
    printed.cell_ids = tuple(slot.cell_ids[k] for k in order)
    printed.kinds = tuple(slot.kinds[k] for k in order)
    return printed


@lru_cache(maxsize=16)
def slots_of(tables: tuple[Table, ...]) -> tuple[Slot, ...]:
    out: list[Slot] = []
    for t in tables:
        if t.flat:
            out.append(Slot(t, None, len(t.rows) * len(t.columns)))
        else:
            out.extend(Slot(t, r, len(t.columns)) for r in t.rows)
    return tuple(out)


@dataclass
class Alignment:
    placed: dict[int, Group] = field(default_factory=dict)  # slot index → group
    aggregated: dict[str, Group] = field(default_factory=dict)  # parent label → group printing it
    aggregated_slots: set[int] = field(default_factory=set)  # slots a parent row stood in for
    unsure: set[int] = field(default_factory=set)  # slots given a row by order alone, a row short (see `align`)
    loose: set[int] = field(default_factory=set)  # … some a number a line beside others not (see `align`)


@dataclass(frozen=True)
class _Labels:
    # one alternative per label, each `(?:label)()`: the empty group after it tells which matched,
    # and the alternative starts with the label itself, which lets the engine skip it at a glance
    pattern: re.Pattern[str]
    owner: tuple[int, ...]  # group index in the pattern → slot index (or -1 - parent index)
    parents: tuple[tuple[str, tuple[int, ...]], ...]  # (parent label, its child slots)
    parent_names: tuple[str, ...]  # each parent's label as the text around groups prints it, unnumbered
    # each row label's last characters → (the label's first two or more characters before them, its slot)
    ends: dict[str, tuple[tuple[str, int], ...]] = field(compare=False, hash=False)
    longest_end: int = 0
    bare: tuple[str, ...] = ()  # each slot's label as `label_forms` prints it unnumbered (a flat table's: none)
    reach: int | None = None  # how far past where it is tried the pattern reads (see `_line_hits`)
    behind: int | None = None  # how far before where it is tried the pattern reads (see `_go_on`)
    # a short text's hits, kept from report to report: the text around a row's numbers is mostly its
    # label, printed alike in every report of the template
    known: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, hash=False)
    # where a table begins, the last place in a text: after its caption (第二十条第(五)项) or its header's words
    # (勾稽关系); None for none
    last_start: re.Pattern[str] | None = None


_KNOWN_TEXT: Final = 200  # the longest text whose hits are kept
_KNOWN_TEXTS: Final = 4096  # how many are kept (all forgotten at once when full)


@lru_cache(maxsize=16)
def _labels(slots: tuple[Slot, ...]) -> _Labels:
    parts: list[str] = []
    owner: list[int] = []
    for i, s in enumerate(slots):
        if s.row is None:
            continue
        for k in s.row.keys:
            parts.append(f"(?:{_literal_first(k)})()")
            owner.append(i)
    parents: dict[str, list[int]] = {}
    for i, s in enumerate(slots):
        if s.row is not None and s.row.parent:
            parents.setdefault(s.row.parent, []).append(i)
    parent_list = tuple((p, tuple(ch)) for p, ch in parents.items() if len(ch) > 1)
    for j, (p, _) in enumerate(parent_list):
        parts.append(f"(?:{re.escape(strip_numbering(p))})()")
        owner.append(-1 - j)
    ends: dict[str, list[tuple[str, int]]] = {}
    for i, s in enumerate(slots):
        label = half_width("".join(s.row.label.split())) if s.row else ""
        for cut in range(2, len(label)):
            ends.setdefault(label[cut:], []).append((label[:cut], i))
    # every alternative begins with a plain character: the engine skips to those at a glance, no look-ahead
    pattern = re.compile("|".join(parts) or "(?!)")
    starts = dict.fromkeys(k for s in slots for k in (*s.table.caption_keys, *s.table.header_keys))
    return _Labels(
        pattern,
        tuple(owner),
        parent_list,
        tuple(half_width(strip_numbering(p)) for p, _ in parent_list),
        {y: tuple(xs) for y, xs in ends.items()},
        max(map(len, ends), default=0),
        tuple(label_forms(s.row.label)[1] if s.row else "\0" for s in slots),
        reach(pattern),
        _behind(sre_parser.parse(pattern.pattern, pattern.flags)),
        last_start=re.compile(f"(?s:.*)({'|'.join(starts)})") if starts else None,
    )


# a key's look-behind (no group, no alternative in it) or `^` before its first character, a plain one
_BEHIND_FIRST: Final = re.compile(
    r"(\^|\(\?<[=!](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()|\\\[])*\))([^\\.\[\](){}*+?|^$])(?![?*+{])"
)


def _literal_first(key: str) -> str:
    """`key` with a look-behind (or `^`) before its first character moved after it, that character read in
    it (`(?<![结计])总计` → `总(?<![结计]总)计`): the same matches, and the key begins with a plain character."""
    m = _BEHIND_FIRST.match(key)
    if m is None:
        return key
    first = m[2]
    behind = f"(?<=^{first})" if m[1] == "^" else f"{m[1][:-1]}{first})"
    return f"{first}{behind}{key[m.end() :]}"


def _wrapped_parent(labels: _Labels, group: Group) -> list[int]:
    """The parent (-1 - its index) whose label a line's end breaks around the group's numbers: begun on the
    line before theirs (`（六）其他处` then `理 0 0 0 …`), or ended on a line after them (`（六）其他 0 0 0`
    … `处理`) — where a row's label is that label's beginning (`3.其他`), the label's rest says whose they are."""
    if group.multiline or not group.same_line:
        return []
    found = []
    for j, name in enumerate(labels.parent_names):
        if group.before[-1:] not in name:  # at a glance: the text before ends with none of it
            continue
        for k in range(1, len(name) + 1):
            if (
                (k < len(name) or len(group.same_line) < k)
                and group.before.endswith(name[:k])
                and group.after.startswith(name[k:])
            ):
                found.append(-1 - j)
                break
    return found


def _tail(labels: _Labels, group: Group) -> tuple[int, int] | None:
    """(length, slot) of the end of a row's label printed after the group's numbers, where the label's
    beginning ends the text before them (a PDF's text of a narrow label column: `6.属于四 1 0 0 0 0 1 2`
    then `类过程性信息`): together they are the row's whole label."""
    return None if group.multiline or not group.before else _label_end(labels, group.before, group.after)


def _table_begun(labels: _Labels, before: str) -> bool:
    """Whether the text since the group before names where a table begins (its caption, its header's
    words) and no row from there on: the rows its line names before are another table's, or prose's
    (`| 行政强制 |  | 第二十条第(八)项 667 |`, a converter's number pulled out of the next table, the page's
    lines joined by spaces). A header's word that begins a row's label (本年新收 of 一、本年新收…) names that row."""
    last = labels.last_start.match(before) if labels.last_start is not None else None
    return last is not None and not _hits(labels, before[last.start(1) :])


def _ends_named(labels: _Labels, hits: tuple[int, ...], text: str) -> bool:
    """Whether `text` (white space removed), whose `hits` these are, ends with the label of the last row it names."""
    rows = _rows(hits)
    return bool(rows) and text.endswith(labels.bare[rows[-1]])


def _label_end(labels: _Labels, before: str, after: str) -> tuple[int, int] | None:
    """(length, slot) of the longest end of a row's label that `after` begins with, where `before` ends
    with that label's beginning (two characters or more)."""
    found = None
    for n in range(1, min(len(after), labels.longest_end) + 1):
        for head, si in labels.ends.get(after[:n], ()):
            if before.endswith(head):
                found = (n, si)
    return found


def _hits(labels: _Labels, text: str) -> tuple[int, ...]:
    """Slot indices (or -1-parent) named in `text`, in order of appearance."""
    hits = labels.known.get(text)
    if hits is None:
        hits = tuple(labels.owner[m.lastindex - 1] for m in labels.pattern.finditer(text) if m.lastindex)
        if len(text) <= _KNOWN_TEXT:
            if len(labels.known) >= _KNOWN_TEXTS:
                labels.known.clear()
            labels.known[text] = hits
    return hits


@dataclass
class _Matches:
    """A text's matches of the labels, counted from `origin` (where the text begins in its line): where
    each begins and ends, and the slot (or -1 - parent) it names."""

    origin: int = 0
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)

    def add(self, labels: _Labels, m: re.Match[str]) -> None:
        a, b = m.span()  # one call for both ends
        self.starts.append(self.origin + a)
        self.ends.append(self.origin + b)
        self.owners.append(labels.owner[(m.lastindex or 1) - 1])

    def take(self, found: _Matches, at: int, stop: int, cut: int) -> int | None:
        """Take the matches `found` from the first place from `at` to `stop` where their scan was not
        inside a match, to `cut`; then where to go on reading (None, taking none, if no such place is
        before `cut`)."""
        i = bisect_right(found.starts, at) - 1
        if i >= 0 and found.starts[i] < at < found.ends[i]:
            at = found.ends[i]  # where that scan tried next
        if at > stop or at >= cut:
            return None
        first = bisect_left(found.starts, at)
        last = bisect_left(found.starts, cut, first)
        self.starts += found.starts[first:last]
        self.ends += found.ends[first:last]
        self.owners += found.owners[first:last]
        return max(self.ends[-1] if self.ends else 0, cut)


def _line_hits(labels: _Labels, texts: list[str]) -> list[tuple[int, ...]]:
    """The hits of each text (see `_hits`). A long text that goes on from the one before it — the label
    text of a line up to each of its groups, in a report printed on one line: the whole line so far, or
    its last LINE_CONTEXT characters — takes that text's matches where they read the same characters
    (see `_go_on`): a line of many rows is not read again for each of them."""
    out: list[tuple[int, ...]] = []
    prev = ""  # the text before
    found: _Matches | None = None  # and its matches
    for text in texts:
        if len(text) <= _KNOWN_TEXT or labels.reach is None:
            out.append(_hits(labels, text))
            prev, found = text, None
            continue
        d: int | None = _goes_on(prev, text) if found is not None and labels.behind is not None else None
        if found is None or d is None:
            found = _Matches()
            for m in labels.pattern.finditer(text):
                found.add(labels, m)
        else:
            found = _go_on(labels, found, found.origin + len(prev) - labels.reach, d, text)
        out.append(tuple(found.owners))
        prev = text
    return out


def _go_on(labels: _Labels, found: _Matches, cut: int, d: int, text: str) -> _Matches:
    """The matches of `text`, which begins with the text before it less that text's first `d`
    characters, whose matches are `found`. An attempt before `cut` (that text's end less the pattern's
    reach) and past what the pattern looks behind reads the same characters in both texts: `text` is
    read from its start (not at all where `d` is 0) until its scan tries a place where that text's scan
    tried too; from there to `cut` the matches are that text's, and from `cut` on `text` is read again."""
    out = _Matches(found.origin + d)
    at = out.origin + ((labels.behind or 0) if d else 0)  # where the scan of `text` tries first, past its look-behind
    for m in labels.pattern.finditer(text):
        if (go_on := out.take(found, at, out.origin + m.start(), cut)) is not None:
            break
        out.add(labels, m)
        at = max(at, out.ends[-1])
    else:
        go_on = out.take(found, at, out.origin + len(text), cut)
        if go_on is None:
            return out
    for m in labels.pattern.finditer(text, go_on - out.origin):
        out.add(labels, m)
    return out


def _goes_on(prev: str, text: str) -> int | None:
    """How many of the first characters of `prev` `text` goes on without: the least `d` such that `text`
    begins with `prev[d:]`, where that is half of `prev` or more; else None."""
    if text.startswith(prev):
        return 0
    probe = text[:64]
    d = prev.find(probe, 1)
    while 0 < d <= len(prev) // 2:
        if text.startswith(prev[d:]):
            return d
        d = prev.find(probe, d + 1)
    return None


def _behind(items: Iterable[tuple[Any, Any]]) -> int | None:
    """The most characters a parsed pattern reads before where it is tried: its widest look-behind, and
    at least one (`^` and `\\b` read the character before); None when that is not told."""
    most = 1
    for op, arg in items:
        width = 0
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            width, inner = (arg[1].getwidth()[1] if arg[0] < 0 else 0), [arg[1]]
        elif op is sre.SUBPATTERN:
            inner = [arg[3]]
        elif op is sre.BRANCH:
            inner = arg[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = [arg[2]]
        elif op in (sre.GROUPREF_EXISTS, sre.ATOMIC_GROUP):
            return None
        else:
            continue
        for sub in inner:
            if (w := _behind(sub)) is None:
                return None
            most = max(most, w)
        most = max(most, width)
    return most


def named_rows(slots: tuple[Slot, ...], text: str) -> tuple[int, ...]:
    """The slots whose rows `text` (white space removed) names, in order (a parent label, -1 - its index)."""
    return _hits(_labels(slots), text)


def _rows(hits: tuple[int, ...]) -> list[int]:
    """The rows among a text's hits, the parents they name left out (at a glance where they name none)."""
    return list(hits) if not hits or min(hits) >= 0 else list(filter((-1).__lt__, hits))  # h > -1, h by h in C


def _blank_row(labels: _Labels, slots: tuple[Slot, ...], group: Group) -> int | None:
    """The row a row of blanks belongs to: its label must be all its line says (after a number
    like （七）, perhaps after its parents' labels: `三、本年度办理结果 （四）无法提供 1.本机关不掌握…`; or after
    where its table begins, no row named since: `…第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费
    不涉及`, its rows run together on one line), or, with cells one per line, the text just before it must
    end with the label, printed whole or to its key's end. On a line of rows run together, its line is the
    text since the group before (`before`)."""
    line = group.same_line
    text = (
        group.before if line and len(group.before) < len(line) and line.endswith(group.before) else line or group.before
    )
    last = None
    for last in labels.pattern.finditer(text):  # noqa: B007 — the last match is the one that counts
        pass
    if last is None:
        return None
    owner = labels.owner[(last.lastindex or 1) - 1]
    if group.same_line and last.start() > _NUMBERING_MAX:
        head = text[: last.start()]
        if owner < 0 or not (
            any(head.startswith(h) and len(head) - len(h) <= _NUMBERING_MAX for h in slots[owner].heads if h)
            or (not _hits(labels, head) and _table_begun(labels, head))
        ):
            return None
    # the label's words the match left out after it, as in 其他对外管理服务事项 (matched by 对外管理服务)
    if (rest := text[last.end() :]) and all(i != owner for _, i in labels.ends.get(rest, ())):
        return None
    return owner if owner >= 0 else None


def _label_alone(slot: Slot, line: str) -> bool:
    """Whether the text a line prints before a group's numbers (white space removed) is the row's label
    and nothing else: perhaps numbered, perhaps after its parent's label."""
    if slot.row is None:
        return False
    plain, bare = label_forms(slot.row.label)
    return any(
        line.startswith(h) and ((rest := line[len(h) :]) == plain or strip_numbering(rest) == bare) for h in slot.heads
    )


def _base(width: int, group: Group, spaced: int = 0) -> int:
    """How well a group's size fits a row of `width` cells; `spaced`: the cells its spacing says a short
    group prints, its empty ones keeping their separators (`0 0  0 0`), where no label on its line says
    whose it is."""
    if group.blank:
        return 8 if len(group.trimmed(width)) == width else 0
    toks = group.trimmed(width)
    n = len(toks)
    if n == width:  # a number a cell, unless one leads with a 0 (`05`): the digits of more cells than tokens
        return 2 if any(t.text and t.text[0] == "0" and t.text[1:2].isdigit() for t in toks) else 10
    if n > width and n - sum(1 for t in toks if t.glue) <= width:
        return 8  # numbers a stray space apart inside a cell: joined, they fill the row
    if n < width and spaced == width:
        return 8
    if n < width:  # digits run together, each perhaps a cell, and the blank cells marked among them
        digits = sum(_digits(t.text) if t.text is not None else 1 for t in group.tokens)
        if digits >= width and any(t.text and _digits(t.text) > 1 for t in group.tokens):
            return 8
    return 2


def _digits(number: str) -> int:
    """How many digits a token's text prints: its length where it is digits alone, told without a search."""
    return len(number) if number.isdecimal() else len(DIGIT.findall(number))


def align(slots: tuple[Slot, ...], groups: list[Group], spaced: dict[int, int] | None = None) -> Alignment:
    """Place groups on slots: anchors first, then the rest in order. `spaced`: the cells a short group with
    no label on its line prints, its empty cells counted by their separators (by the group's id)."""
    spaced = spaced or {}
    labels = _labels(slots)
    result = Alignment()
    same = _line_hits(labels, [g.same_line for g in groups])
    # (indexed, not zipped: the compiled build would call `zip` with its keyword and step it as an object)
    # (on a line of many rows, run together, where the text since the group before ends with no row's label)
    said = [_hits(labels, g.before) for g in groups]
    tails = [
        None if same[gi] and _ends_named(labels, said[gi], g.before) else _tail(labels, g)
        for gi, g in enumerate(groups)
    ]
    # the text before a group, less the end of the label of the row above (see `_tail`)
    lead = [
        g.before[tail[0] :] if gi and (tail := tails[gi - 1]) and groups[gi - 1].after == g.before else g.before
        for gi, g in enumerate(groups)
    ]
    before = [said[gi] if lead[gi] is groups[gi].before else _hits(labels, lead[gi]) for gi in range(len(groups))]
    # a group's `after` is the next one's `before`: match each text once
    after = [
        before[gi + 1] if gi + 1 < len(groups) and g.after == lead[gi + 1] else _hits(labels, g.after)
        for gi, g in enumerate(groups)
    ]
    # the rows each group's own line names, or its label wrapped around it does, unless a table begins after them
    own = [
        [] if hs and _table_begun(labels, groups[gi].before) else _rows(hs) + ([tail[1]] if (tail := tails[gi]) else [])
        for gi, hs in enumerate(same)
    ]
    taken_groups: set[int] = set()

    fits: dict[tuple[int, int], int] = {}
    blank_rows: dict[int, int | None] = {}

    def base(width: int, gi: int) -> int:
        if (width, gi) not in fits:
            fits[width, gi] = _base(width, groups[gi], spaced.get(id(groups[gi]), 0))
        return fits[width, gi]

    def blank_row(gi: int) -> int | None:
        if gi not in blank_rows:
            blank_rows[gi] = _blank_row(labels, slots, groups[gi])
        return blank_rows[gi]

    # A parent row printed in place of its children (2021 三（六） printed as one 2019-style row).
    for gi, g in enumerate(groups):
        if par := ([h for h in same[gi] if h < 0] if not own[gi] else []) or _wrapped_parent(labels, g):
            label, children = labels.parents[-1 - par[-1]]
            if base(slots[children[0]].width, gi) == 10 and not any(
                h in children for hits in (*before, *after, *same) for h in hits
            ):
                result.aggregated[label] = g
                result.aggregated_slots.update(children)
                taken_groups.add(gi)

    # Anchors: a group whose own line ends with a row's label.
    anchors: dict[int, int] = {}
    anchored: set[int] = set()
    for gi, g in enumerate(groups):
        if gi in taken_groups or not own[gi]:
            continue
        si = own[gi][-1]
        if g.blank and blank_row(gi) != si:
            continue
        if si not in anchored and si not in result.aggregated_slots and base(slots[si].width, gi) >= 8:
            anchors[gi] = si
            anchored.add(si)
    # … but where that row is out of order among the rows anchored before and after it and the line names
    # one other that is not (labels a converter pulled out of their rows, the lines run together:
    # …4.保护第三方合法权益 | 0 |…| 0 |（三）不予公开5.属于三类内部事务信息1.本机关不掌握相关政府信息| 1 |…),
    # that one
    order = sorted(anchors)
    for k, gi in enumerate(order):
        low = anchors[order[k - 1]] if k else -1
        high = anchors[order[k + 1]] if k + 1 < len(order) else len(slots)
        if low < anchors[gi] < high or len(set(own[gi])) < 2:
            continue
        in_order = {row for row in own[gi] if low < row < high and row not in anchored}
        if (
            len(in_order) == 1
            and not groups[gi].blank
            and base(slots[si := in_order.pop()].width, gi) >= 8
            and si not in result.aggregated_slots
        ):
            anchored.discard(anchors[gi])
            anchors[gi] = si
            anchored.add(si)
    _shift_to_labels_after(
        anchors, after, groups, taken_groups, len(slots), lambda gi, si: base(slots[si].width, gi), result
    )
    for gi, si in anchors.items():
        result.placed[si] = groups[gi]
    taken_groups.update(anchors)

    free_slots = [i for i in range(len(slots)) if i not in result.placed and i not in result.aggregated_slots]
    free_groups = [i for i in range(len(groups)) if i not in taken_groups]

    # for each slot, the last group anchored above it and the first anchored below it
    above, below = [-1] * (len(slots) + 1), [len(groups)] * (len(slots) + 1)
    for agi, asi in anchors.items():
        above[asi + 1] = max(above[asi + 1], agi)
        below[asi] = min(below[asi], agi)
    for si in range(len(slots)):
        above[si + 1] = max(above[si + 1], above[si])
    for si in range(len(slots) - 1, -1, -1):
        below[si] = min(below[si], below[si + 1])
    sizes: dict[int, list[int]] = {}  # slot width → how well each free group's size fits it
    for si in free_slots:
        if slots[si].width not in sizes:
            sizes[slots[si].width] = [base(slots[si].width, gi) for gi in free_groups]
    # what `_scores` reads of each free group, gathered once for every slot
    free = [
        (
            gi,
            groups[gi].blank,
            before[gi][-1:],
            after[gi][:1],
            before[gi],
            frozenset(own[gi]),
        )
        for gi in free_groups
    ]
    # the rows whose label is all a free group's line prints before its numbers
    beside = {
        si
        for gi in free_groups
        if own[gi] and not groups[gi].blank and _label_alone(slots[si := own[gi][-1]], groups[gi].same_line)
    }
    scores = [
        _scores(si, (above[si], below[si + 1]), free, sizes[slots[si].width], blank_row, si in beside, len(groups) + 1)
        for si in free_slots
    ]
    n, m = len(free_slots), len(free_groups)
    dp = [[0] * (m + 1)]
    for row in scores:
        prev = dp[-1]
        cur = [0]
        left = 0  # cur[j - 1]
        for up, diag, s in zip(prev[1:], prev, row, strict=False):  # prev[j], prev[j - 1], row[j - 1]
            best = up if up > left else left
            if s > 0 and diag + s > best:
                best = diag + s
            cur.append(best)
            left = best
        dp.append(cur)
    i, j = n, m
    taken: dict[int, int] = {}  # free slot → the free group placed on it
    while i > 0 and j > 0:
        s = scores[i - 1][j - 1]
        if s > 0 and dp[i][j] == dp[i - 1][j - 1] + s:
            result.placed[free_slots[i - 1]] = groups[free_groups[j - 1]]
            taken[free_slots[i - 1]] = free_groups[j - 1]
            i, j = i - 1, j - 1
        elif dp[i][j] == dp[i - 1][j]:
            i -= 1
        else:
            j -= 1
    # the free slots between the same two anchors, fewer of them given a row as wide than they are: a row
    # printed with no label beside it, and not the one row named between it and the rows around it, is
    # there by its order alone, and which of the slots around it is the one not printed, nothing tells
    # Where every slot of such a run is given a row, but the rows that fit them there are printed some a
    # number a line and some not, and print different numbers, the numbers a line may be a row a converter
    # pulled out of its place and printed as loose lines (before the rows it printed in order, their labels
    # elsewhere): which rows those there by their order alone are, nothing tells either.
    runs: dict[tuple[int, int], list[int]] = {}
    for si in free_slots:
        runs.setdefault((above[si], below[si + 1]), []).append(si)
    mixed = len({groups[gi].multiline for gi in free_groups}) > 1  # (most texts print every row alike)
    for (low, high), run in runs.items():
        by_order = [
            si
            for si in run
            if si in taken and si not in own[gi := taken[si]] and _rows(before[gi]) != [si] and _rows(after[gi]) != [si]
        ]
        if sum(1 for si in run if si in taken and base(slots[si].width, taken[si]) >= 8) < len(run):
            result.unsure.update(by_order)
            continue
        if not mixed or not by_order:
            continue
        between = free_groups[bisect_right(free_groups, low) : bisect_left(free_groups, high)]
        fitting = [gi for gi in between if any(base(slots[si].width, gi) >= 8 for si in run)]
        if len({groups[gi].multiline for gi in fitting}) > 1 and (
            len({tuple(t.text for t in groups[gi].tokens) for gi in fitting}) > 1
        ):
            result.loose.update(by_order)
    return result


def _shift_to_labels_after(
    anchors: dict[int, int],
    after: list[tuple[int, ...]],
    groups: list[Group],
    taken: set[int],
    rows: int,
    fit: Callable[[int, int], int],
    result: Alignment,
) -> None:
    """Anchor to the label after them the rows a text prints numbers first, where it tells so: a group of a
    row's numbers left with no row between the rows anchored around it, whose next label is the row the
    next group is anchored to (a PDF's text whose label cells wrap around their numbers, its lines run
    together: `8.属于行政查询 0 0 0 0 0 0 0 事项 10 … 10 1.本机关不掌握… （四）无法提供 3 … 3 2.没有现成…`).
    Each group from it on takes the row named first after it (or, where a label printed otherwise names
    none, the next row), until one lands on a row no group is anchored to before the next anchored row;
    else nothing moves. A row of `|` cells prints its label in the row, with its numbers: it never moves."""
    aggregated = result.aggregated_slots
    anchored, k = sorted(anchors), 0
    while k + 1 < len(anchored):
        gi, nxt = anchored[k], anchored[k + 1]
        low, high = anchors[gi], anchors[nxt]
        k += 1
        orphan = gi + 1
        if (
            nxt - gi != 2
            or not low < high
            or orphan in taken
            or groups[orphan].blank
            or _rows(after[orphan])[:1] != [high]
        ):
            continue
        owners = {si: g for g, si in anchors.items()}
        if any(s not in owners and s not in aggregated for s in range(low + 1, high)) or fit(orphan, high) < 8:
            continue
        moves, cur = {orphan: high}, nxt
        while moves:
            si = (_rows(after[cur])[:1] or [anchors[cur] + 1])[0]
            if not anchors[cur] < si < rows or si in aggregated or _gridded(groups[cur]) or fit(cur, si) < 8:
                moves = {}
            elif (owner := owners.get(si)) is None:
                moves[cur] = si
                later = [anchors[g] for g in anchored if g > cur]
                moves = moves if not later or si < later[0] else {}
                break
            elif owner == cur + 1:
                moves[cur], cur = si, owner
            else:
                moves = {}
        if moves:
            anchors.update(moves)
            anchored = sorted(anchors)


def _gridded(group: Group) -> bool:
    """Whether a group's numbers are cells between `|`, its row's label in the row's first."""
    return any(t.col >= 0 for t in group.tokens)


def _scores(
    si: int,
    bounds: tuple[int, int],
    free: list[tuple[int, bool, tuple[int, ...], tuple[int, ...], tuple[int, ...], frozenset[int]]],
    sizes: list[int],
    blank_row: Callable[[int], int | None],
    printed_beside: bool = False,
    scale: int = 1,
) -> list[int]:
    """How well slot `si` takes each free group (-1: not at all). `free`: each free group's index, whether
    it is blank, the rows named last before it, first after it, before it, and on its line;
    `sizes`: how well each one's size fits the slot; `bounds`: the last group anchored above the slot
    and the first anchored below it. Where a line prints the row's label with numbers after it
    (`printed_beside`), too few to anchor it (`规章   5`, its empty cells printing nothing), no group on
    another line is the row's (a count in the prose before the table, `其他类信息 478 条`, that the
    label follows). Each score is counted `scale` times (more than the groups), plus one where the label is
    just before the numbers: between placings that fit alike — a row's label alone at the table's end, its
    empty cell printing nothing, leaves every number between the label before it and the next row's —
    the one reading each label before its numbers, as a row is printed, not after."""
    lo, hi = bounds
    named = (si,)
    row = []
    for (gi, blank, last_before, first_after, named_before, own), b in zip(free, sizes, strict=True):
        if blank:
            row.append(b * scale if b and blank_row(gi) == si else -1)
            continue
        if printed_beside and si not in own:
            row.append(-1)  # the row's label is printed with other numbers after it: those are its own
            continue
        # a label just before or just after the numbers: layouts put it on either side
        if last_before == named or first_after == named:
            bonus = 3
        elif b < 8:
            row.append(-1)  # too few numbers, and no label beside them to say whose they are
            continue
        else:
            bonus = 1 if si in named_before else 0
        if own and si not in own:
            bonus -= 4
        if gi < lo or gi > hi:  # placed across an anchored row: only where a label beside it names the row
            if bonus < 3:
                row.append(-1)
                continue
            bonus -= 5
        row.append(-1 if b < 8 and bonus < 3 else (b + bonus) * scale + (last_before == named))
    return row


def join_rows(text: str, slots: tuple[Slot, ...], groups: list[Group]) -> list[Group]:
    """The groups with each row printed as two of them joined back into one: a row whose numbers wrap,
    its last cells at the start of the next line (a PDF's text of a narrow table, `（七）总计 104 11 0 0 16`
    then `2 133`), or whose cells, one per line, have a note amid them that names no row (`（注：含转办件）`).
    The row is the one whose label was begun last before the first piece (or, where every row has as
    many cells, any row). Where each piece is too short for it, or one as long and the row is named, they
    are joined: read as one where they print exactly its cells (on a line, each number one cell, all as
    far apart), else `broken` — never read in pieces, each taken for a row it is not. A word between the
    pieces that makes up the one cell they lack (`6 空 639`, `待定` on its own line) is a blank cell of it.
    Pieces with the end of the label begun before the first between them (`（二）部分公开（…只计`, its numbers,
    `这一情形，不计其他情形）`, more numbers) are not joined: that label wrapped round its row's numbers, and those
    after its end are the next row's, printed above its label."""
    labels = _labels(slots)
    widths = {s.width for s in slots}
    out: list[Group] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev is not None and (row := _word_between(text, labels, slots, widths, prev, g)) is not None:
            out[-1] = row
            continue
        if (
            prev is not None
            and _continues(text, prev, g)
            and not _hits(labels, g.before)
            and not _label_end(labels, prev.before, g.before)
        ):
            width, named = _row_width(labels, slots, widths, prev, g.after)
            fewer, more = sorted((_cells(prev), _cells(g)))
            # a line of as many numbers as the row has cells next to a piece that prints fewer, the row
            # named before them: still one row (a stray space split a number), never read in part; so too a
            # line of more, the line before wrapped at the space of a number in groups of three (`行政许可 2`
            # then `483 0 3 311`); the empty lines of a row's first cells before a word only where the row
            # is named before them
            if (
                width is not None
                and fewer < width
                and (more < width or (named and (more == width or not prev.multiline)))
                and (named or not _spacing(prev))
            ):
                # a word alone on its line amid cells one per line: a cell of the row where the pieces fall
                # short of it by one (待定, 空), else a note (含转办件 and any that say it is one)
                word = _word_token(text, prev, g) if prev.multiline and _cells(prev) + _cells(g) + 1 == width else None
                tokens = [*prev.tokens, *([word] if word else []), *g.tokens]
                row = Group(tokens, prev.line, prev.same_line, prev.before, g.after, prev.multiline)
                if prev.multiline:  # read as any row of cells one per line is, its spacing left out
                    toks = row.trimmed(width)
                    row.broken = not len(toks) - sum(1 for t in toks if t.glue) <= width <= len(toks)
                else:
                    row.broken = row.width != width or not (_even_runs(text, prev.tokens) and _even(g.tokens))
                out[-1] = row
                continue
            if named and _cells(prev) == width and not prev.multiline and _rest_of_groups(text, prev, g):
                out[-1] = Group([*prev.tokens, *g.tokens], prev.line, prev.same_line, prev.before, g.after, broken=True)
                continue
        out.append(g)
    return out


_LINE_END: Final = re.compile(r"[ \t]*(?:\n|$)")


def _rest_of_groups(text: str, first: Group, then: Group) -> bool:
    """Whether `then` is one number alone on its line, after a row's last number that ends its line: the rest
    of that number, its line wrapped inside it (`行政许可 10` then `470`, 10 470 printed in groups of three and
    wrapped at its space; `行政许可 948` then `7`, a line folded at a fixed width), or a number of no row;
    nothing tells which."""
    last, rest = first.tokens[-1].text, then.tokens[0].text
    return (
        len(then.tokens) == 1
        and rest is not None
        and rest.isdecimal()
        and last is not None
        and last.isdecimal()
        and _LINE_END.match(text, first.tokens[-1].end) is not None
        and _LINE_END.match(text, then.tokens[0].end) is not None
    )


_WORD_CELL: Final = re.compile(r"[^\W\d_]{1,4}")  # a word in a cell of its own (空, 待定): no digits, no marks
_NOTE: Final = re.compile(CELL_NOTE)


def _word_token(text: str, first: Group, then: Group, col: int = -1) -> Token | None:
    """The word printed between two pieces of a row as a blank cell, where it is a word and no note."""
    if not _WORD_CELL.fullmatch(then.before) or _NOTE.search(then.before):
        return None
    a = text.find(then.before, first.tokens[-1].end, then.start)
    return Token(None, a, a + len(then.before), col=col) if a >= 0 else None


def _word_between(
    text: str, labels: _Labels, slots: tuple[Slot, ...], widths: set[int], first: Group, then: Group
) -> Group | None:
    """One row printed on one line with a word in a cell between its numbers (`行政许可 6 空 639`, no word
    of a row's label): the row with the word a blank cell, where the row named before `first` has as
    many cells as the two pieces and the word make; else None. Never read as two rows, the second's
    numbers split into the row's cells (6, 3, 9)."""
    if then.line != first.line or then.multiline or first.multiline or _hits(labels, then.before):
        return None
    col = first.tokens[-1].col + 1  # between pipes, the one cell between the pieces'
    if col > 0 and then.tokens[0].col != col + 1:
        return None
    width, named = _row_width(labels, slots, widths, first, then.after)
    printed = len(then.tokens)
    while printed and then.tokens[printed - 1].text is None:  # empty cells after the row's last (`| 5 | ||`)
        printed -= 1
    if not named or width != len(first.tokens) + 1 + printed:
        return None
    if (word := _word_token(text, first, then, col if col > 0 else -1)) is None:
        return None
    return Group([*first.tokens, word, *then.tokens], first.line, first.same_line, first.before, then.after)


def _cells(group: Group) -> int:
    """How many cells a group prints at least: its tokens, less the empty lines that may be spacing and
    the numbers that a stray space may have split off the one before."""
    return sum(1 for t in group.tokens if not (t.soft or t.glue))


def _continues(text: str, first: Group, then: Group) -> bool:
    """Whether `then` may print the rest of `first`'s row: opening the very next line, numbers both; or
    after a note on the same line (`623（注：含转办件） 37 0 9`, a page's cells one per line run together);
    or, both printed one cell per line, after a note of its own — `first` perhaps only the empty lines of
    its row's first cells (`行政规范性文件`, an empty cell, `单位：件`, `1`, `0`)."""
    if first.multiline:
        if not then.multiline or not then.before or then.same_line:
            return False
    elif then.before:
        if text.find("\n", first.tokens[-1].end, then.start) >= 0 or not _NOTE.search(then.before):
            return False
    elif text.count("\n", first.tokens[-1].end, then.start) != 1:
        return False
    toks = (*first.tokens, *then.tokens)
    return not (
        then.blank
        or (first.blank and not _spacing(first))
        or any(t.col >= 0 or (t.soft and not first.multiline) for t in toks)
    )


def _spacing(group: Group) -> bool:
    """Whether a group is only empty lines amid cells printed one per line: no cell printed."""
    return group.multiline and all(t.soft for t in group.tokens)


def _even_runs(text: str, toks: list[Token]) -> bool:
    """`_even` for each run of `toks` with only white space between: a note amid a row's cells on its line
    parts them (`0 其中：含转办件 0 0 0 0 0 已含转办件 0`)."""
    run: list[Token] = []
    for t in toks:
        if run and not text[run[-1].end : t.start].isspace():
            if not _even(run):
                return False
            run = []
        run.append(t)
    return _even(run)


def _even(toks: list[Token]) -> bool:
    """Whether a line's numbers stand apart alike: one space each, or each wider (a wider gap among
    single spaces is an empty cell left out)."""
    return len({min(toks[k + 1].start - toks[k].end, 2) for k in range(len(toks) - 1)}) < 2


def _row_width(
    labels: _Labels, slots: tuple[Slot, ...], widths: set[int], group: Group, tail: str
) -> tuple[int | None, bool]:
    """How many cells the row has whose label is the last one begun before `group` (on its line or the
    lines above), its end perhaps wrapped into `tail`, and True; where no row is named, the one width of
    every row, and False."""
    head = group.before
    owner = None
    for m in labels.pattern.finditer(head + tail):
        if m.start() >= len(head):
            break
        if m.lastindex and labels.owner[m.lastindex - 1] >= 0:
            owner = labels.owner[m.lastindex - 1]
    if owner is not None:
        return slots[owner].width, True
    return (next(iter(widths)) if len(widths) == 1 else None), False
