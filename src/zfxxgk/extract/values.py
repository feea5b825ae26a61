"""Printed number text → typed values, and glued digits → every valid way to split them.

`一、本年新收政府信息公开申请数量801000081` prints seven cells with no separator. A split is valid
when no number has a leading zero (other than 0 itself), only a `change` carries a sign and only an
amount carries decimals or a unit; the table's identities then rule out the rest (see `solve`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, pairwise, product
from math import prod
from typing import Final, NamedTuple

from ..templates import Equation, Kind

Value = int | float

MAX_DIGITS: Final = 15  # no real cell prints more whole digits (counts run to millions, amounts in 元 to 10^12)
MAX_CELL: Final = 2 * MAX_DIGITS  # characters of a split cell: a sign, its digits, a point and decimals
_UNIT: Final = re.compile(r"(万元|元)$")
MAX_CANDIDATES: Final = 2000  # solutions of a table's glued rows
MAX_SPLITS: Final = 20_000  # ways to split one glued row
MAX_SUPPORT: Final = 10_000  # candidate combinations tried for one equation when narrowing
MAX_STEPS: Final = 200_000  # candidates tried in one search for the solutions of a table's glued rows
EXACT: Final = 1e-6  # an equation's sides nearer than this are equal: amounts carry two decimals at most
# whether the first j + 1 parts of a split keep the sums they close, the rest adding up to `most` at most
Fits = Callable[[int, list[str], int | None], bool]


class Parsed(NamedTuple):  # a tuple: made for every printed cell
    value: Value | None  # None: no number a cell prints (0.0.4, or more than MAX_DIGITS whole digits)
    unit: str | None
    valid: bool  # False: the text is a number, but not of the column's kind (e.g. 3.5 件), or none


_GROUPED: Final = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")  # thousands separated: 1,234 or 12,345.6


def parse_number(text: str, kind: Kind) -> Parsed:
    """A cell's printed text as a number of the column's kind; keeps what is printed if it is not."""
    if text.isdecimal():  # plain digits, the common case: valid for every kind
        return Parsed(int(text), None, True) if len(text) <= MAX_DIGITS else Parsed(None, None, False)
    unit = None
    m = _UNIT.search(text)
    if m:
        unit = m.group(1)
        text = text[: m.start()]
    if "," in text:
        if not _GROUPED.fullmatch(text):  # 12,3 or 0565,367: cells run together, no thousands separator
            return Parsed(None, unit, False)
        text = text.replace(",", "")
    if sum(ch.isdigit() for ch in text.partition(".")[0]) > MAX_DIGITS:
        return Parsed(None, unit, False)
    try:
        value: Value = float(text) if "." in text else int(text)
    except ValueError:  # glued decimals printed as one cell: 0.0.4
        return Parsed(None, unit, False)
    if isinstance(value, float):
        valid = kind is Kind.AMOUNT
    else:
        valid = kind is not Kind.COUNT or value >= 0
        if kind is Kind.COUNT and text[0] in "+-":
            valid = False
    if kind is Kind.AMOUNT and value < 0:
        valid = False
    return Parsed(value, unit, valid)


class RowSplits:
    """A row's splits as `split_group` lists them (without `fits`), whether the list is complete, and each
    split's values (see `candidate_values`) once asked for: kept for the next time the same row is split."""

    def __init__(self, splits: list[list[str]], complete: bool, kinds: tuple[Kind, ...]) -> None:
        self.splits = splits
        self.complete = complete
        self.kinds = kinds
        self._values: list[tuple[Value | None, ...]] | None = None

    def listed(self) -> tuple[list[list[str]], bool]:
        """The splits and whether the list is complete, as `split_group` gives them."""
        return self.splits, self.complete

    def values(self) -> list[tuple[Value | None, ...]]:
        """Each split's values, in order, read once."""
        if self._values is None:
            self._values = candidate_values(self.splits, self.kinds)
        return self._values


# each row's splits by its printed tokens, kinds and joins: the same row is split by several judges of it, and
# rows repeat across reports. Shared lists, never changed by those they are given to.
_KEPT: Final[dict[tuple[tuple[str, ...], str, tuple[bool, ...]], RowSplits]] = {}
_KEEP_AT_MOST: Final = 64  # splits of a row kept: a row split more ways is a damaged one, split once, and costs to keep
_MAX_KEPT: Final = 20_000  # splits kept in all, the store emptied beyond
_kept_splits: Final = [0]


def row_splits(texts: Sequence[str], kinds: Sequence[Kind], joinable: Sequence[bool] = ()) -> RowSplits:
    """The splits of a row without `fits` (see `split_group`), listed once for each distinct row."""
    # a kind is a str: the kinds joined hash as one string, not once a kind through Enum.__hash__
    key = (tuple(texts), "".join(kinds), tuple(joinable))
    if (kept := _KEPT.get(key)) is None:
        splits, complete = _split_group(texts, kinds, joinable, None)
        kept = RowSplits(splits, complete, tuple(kinds))
        if len(splits) <= _KEEP_AT_MOST:
            _kept_splits[0] += len(splits) + 1
            if _kept_splits[0] > _MAX_KEPT:
                _KEPT.clear()
                _kept_splits[0] = len(splits) + 1
            _KEPT[key] = kept
    return kept


def split_group(
    texts: Sequence[str],
    kinds: Sequence[Kind],
    joinable: Sequence[bool] = (),
    fits: Fits | None = None,
) -> tuple[list[list[str]], bool]:
    """Every assignment of the printed tokens' digits to len(kinds) cells — each token one or more
    whole cells, each cell a well-formed number of its kind — and whether the list is complete
    (False when there are more than MAX_SPLITS). `joinable[i]` lets a cell run on from token i into
    token i + 1 (a space that may be a stray one inside a number). Tokens that are more than the
    cells, or longer than the cells can hold at MAX_CELL characters each, are no row of cells: they
    have no split. With `fits`, only the splits each of whose first j + 1 parts `fits(j, parts, most)` keeps
    (a sum closed by cell j; `most`, the most the cells still to cut can add up to, as `blank_splits` gives
    it), tried as each cell is cut: complete where no step had more than MAX_SPLITS.
    Without `fits` the lists are shared (see `row_splits`): never to be changed."""
    if fits is None:
        return row_splits(texts, kinds, joinable).listed()
    return _split_group(texts, kinds, joinable, fits)


def candidate_values(candidates: list[list[str]], kinds: Sequence[Kind]) -> list[tuple[Value | None, ...]]:
    """The values of each split of a row's digits into the cells `kinds`, in order: the splits share most
    of their parts, each part parsed once."""
    if len(candidates) == 1:  # one split, the commonest: each part parsed once as it is
        return [tuple(map(part_value, candidates[0], kinds))]
    # a table of the parts read for each kind, keyed by the part alone: a (part, kind) key hashes its kind each time
    by_kind: dict[Kind, dict[str, Value | None]] = {k: {} for k in set(kinds)}
    tables = [by_kind[k] for k in kinds]
    out = []
    for parts in candidates:
        values: list[Value | None] = []
        for j, part in enumerate(parts):  # indexed, not zipped: see `narrow`
            read = tables[j]
            if part in read:
                values.append(read[part])
            else:
                values.append(v := part_value(part, kinds[j]))
                read[part] = v
        out.append(tuple(values))
    return out


def _split_group(
    texts: Sequence[str],
    kinds: Sequence[Kind],
    joinable: Sequence[bool],
    fits: Fits | None,
) -> tuple[list[list[str]], bool]:
    """`split_group`, worked out."""
    k = len(kinds)
    if len(texts) - sum(1 for j in joinable[: len(texts) - 1] if j) > k:
        return [], True
    if len(s := "".join(texts)) == k and s.isascii() and s.isdigit():
        return [list(s)], True  # one digit a cell: the only split, whatever the kinds and the spaces
    s, unit_at, limit = _printed(texts, joinable)
    n = len(s)
    if n > k * MAX_CELL:
        return [], True
    cell_cuts = _cell_cuts(s, limit, kinds)
    # ways[j][i]: the number of ways to cut s[i:] into the cells kinds[j:] (cell j starts at j or later,
    # and leaves at least a character for each cell after it)
    ways = [[0] * (n + 1) for _ in range(k + 1)]
    ways[k][n] = 1
    for j in range(k - 1, -1, -1):
        after, row, ends = ways[j + 1], ways[j], cell_cuts[j]
        for i in range(j, n - (k - j) + 1):
            row[i] = sum([after[e] for e in ends[i]])
    if fits is None:  # every cut entered leads to a whole split: complete if those are no more than listed
        out: list[list[str]] = [[]] if k == 0 else []
        if k and ways[0][0]:
            _first_splits(s, cell_cuts, ways, unit_at, 0, 0, [], out)
        return out, ways[0][0] <= MAX_SPLITS
    # the splits of the first j cells that lead to a whole split and that `fits` keeps, in order, as (where
    # they end, their parts): the first MAX_SPLITS of them each step
    level: list[tuple[int, list[str]]] = [(0, [])]
    cut_short = False
    most = numbers_left(s)
    for j in range(k):
        after, cuts = ways[j + 1], cell_cuts[j]
        level = _grown(level, s, cuts, after, unit_at, j, fits, most)
        if len(level) > MAX_SPLITS:
            cut_short, level = True, level[:MAX_SPLITS]
    return [acc for _, acc in level], not cut_short


def _first_splits(
    s: str,
    cell_cuts: list[list[list[int]]],
    ways: list[list[int]],
    unit_at: dict[int, str],
    j: int,
    i: int,
    parts: list[str],
    out: list[list[str]],
) -> None:
    """Adds to `out` the first splits of s[i:] (which some split reaches) into the cells j… (after `parts`, the
    first j), in order, until it holds MAX_SPLITS: depth first, entering only cuts that lead to a whole split
    (`ways`), so that no prefix is made that none of those splits begins with."""
    if j == len(cell_cuts) - 1:  # the last cell takes the rest, the one cut of it that ends a split
        out.append([*parts, s[i:] + unit_at.get(len(s), "")])
        return
    after = ways[j + 1]
    if j == len(cell_cuts) - 2:  # each cut of the last cell but one ends a split: made here, not a call a split
        rest = unit_at.get(len(s), "")
        for e in cell_cuts[j][i]:
            if after[e]:
                out.append([*parts, s[i:e] + unit_at.get(e, ""), s[e:] + rest])
                if len(out) >= MAX_SPLITS:
                    return
        return
    for e in cell_cuts[j][i]:
        if after[e]:
            parts.append(s[i:e] + unit_at.get(e, ""))
            _first_splits(s, cell_cuts, ways, unit_at, j + 1, e, parts, out)
            parts.pop()
            if len(out) >= MAX_SPLITS:
                return


def _grown(
    level: list[tuple[int, list[str]]],
    s: str,
    cuts: list[list[int]],
    after: list[int],
    unit_at: dict[int, str],
    j: int,
    fits: Fits,
    most: list[int | None],
) -> list[tuple[int, list[str]]]:
    """The first MAX_SPLITS + 1 splits of `level` one cell (j) longer that lead to a whole split (`after`) and
    that `fits` keeps, in order. Loops, not a generator cut short: the compiled build would make the whole
    list of a generator expression first."""
    out: list[tuple[int, list[str]]] = []
    for i, acc in level:
        for e in cuts[i]:
            if after[e]:
                parts = [*acc, s[i:e] + unit_at.get(e, "")]
                if fits(j, parts, most[e]):
                    out.append((e, parts))
                    if len(out) > MAX_SPLITS:
                        return out
    return out


def spaces_only(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is one space or more, of any width, and nothing else."""
    return b > a and not text[a:b].strip(" \u3000\u00a0")


def parts_groups(text: str, end: int, start: int, before: str, after: str, wide: bool = False) -> bool:
    """Whether the one space between a token `before` (ending at `end`) and the next, `after` (beginning at
    `start`), may part a number's groups of three (`1 234`): digits before it, three at least after (not
    `5 30`: two cells). With `wide`, spaces of any width (`1   234`, as a page widens them) may too."""
    spaced = (start - end == 1 and text[end] == " ") or (wide and spaces_only(text, end, start))
    return spaced and before[-1:].isdigit() and len(after) > 2 and after[:3].isdigit()


# a number whose groups of three digits a space parts (1 234, 12 345 678), as split from tokens run together
SPACED_GROUPS: Final = re.compile(r"[+-]?[1-9]\d{0,2}(?: \d{3})+(?:\.\d+)?(?:万元|元)?")


def grouped_splits(
    texts: Sequence[str], kinds: Sequence[Kind], joinable: Sequence[bool]
) -> tuple[list[list[str]], bool]:
    """The splits of `split_group` in which a cell runs on from a token into the next only across a space
    that parts its groups of three digits (`1 234`, as some tables print a count): each token whole cells,
    or the groups of a number; no other stray space. Whether the list is complete, as `split_group` says.
    Only a space before three digits at least may part groups: the others are no joins to try (a row of
    fifteen tokens, each space one a cell may run on across, has more splits than are listed)."""
    joinable = [
        j and k + 1 < len(texts) and texts[k + 1][:3].isdecimal() and len(texts[k + 1]) >= 3
        for k, j in enumerate(joinable)
    ]
    splits, complete = split_group(texts, kinds, joinable)
    s, units, _ = _printed(texts, joinable)
    ends = sorted(units)
    spaces = [e for e, j in zip(ends, joinable, strict=False) if j]
    out = []
    for parts in splits:
        at = 0
        for part in parts:
            body = m.start() if (m := _UNIT.search(part)) else len(part)
            inside = [e for e in spaces if at < e < at + body]
            if inside:
                cuts = [at, *inside, at + body]
                if not SPACED_GROUPS.fullmatch(" ".join(s[a:b] for a, b in pairwise(cuts)) + part[body:]):
                    break
            at += body
        else:
            out.append(parts)
    return out, complete


def _printed(texts: Sequence[str], joinable: Sequence[bool]) -> tuple[str, dict[int, str], list[int]]:
    """The tokens' characters run together without their units, the unit that ends at each token's end,
    and for each character how far a cell starting there may reach: its token's end (or past it, where
    the token may run on into the next), and MAX_CELL characters at most."""
    bodies, units = [], []
    for tok in texts:
        m = _UNIT.search(tok)
        bodies.append(tok[: m.start()] if m else tok)
        units.append(m.group(1) if m else "")
    ends = list(accumulate(len(b) for b in bodies))
    reach = list(ends)
    for t in range(len(ends) - 2, -1, -1):
        if t < len(joinable) and joinable[t]:
            reach[t] = reach[t + 1]
    limit = [min(r, i + MAX_CELL) for b, e, r in zip(bodies, ends, reach, strict=True) for i in range(e - len(b), e)]
    return "".join(bodies), dict(zip(ends, units, strict=True)), limit


def blank_splits(
    texts: Sequence[str],
    kinds: Sequence[Kind],
    joinable: Sequence[bool],
    whole: bool = False,
    blanks: int = 1,
    viable: Callable[[list[Value | None], int | None], bool] | None = None,
) -> Iterator[list[Value | None]]:
    """Every reading of the printed tokens as the cells `kinds` (as `split_group` reads them) with
    `blanks` cells left empty, printing nothing (None); with `whole`, each cell whole tokens, never a piece
    of one (tokens a space parts, not digits run together). At most MAX_SPLITS readings, of which only
    those each of whose first cells `viable` (if given) accepts are yielded: a first few cells it turns
    down are not read on, and count as one reading, not as all they begin (a row of 25 cells run together,
    `5101280000300161030113100492`, begins hundreds of thousands with a first cell empty, which would
    stop the walk before the readings that keep its identities). `viable` is also given the most the cells
    still to read can add up to: the number the digits left make, since the pieces of a number add up to
    no more than it (None where what is left is not plain digits, is longer than a cell, or an empty cell is
    still to come)."""
    k = len(kinds)
    s, units, limit = _printed(texts, joinable)
    n = len(s)
    if n > k * MAX_CELL:
        return

    cuts = [[*ends, []] for ends in _cell_cuts(s, limit, kinds)]
    if whole:  # a cell ends where a token does
        cuts = [[[e for e in at if e in units] for at in ends] for ends in cuts]
    # can[b][j][i]: in how many ways (MAX_SPLITS at most) cells j… can read s[i:] with b of them empty
    can = [[[0] * (n + 1) for _ in range(k + 1)] for _ in range(blanks + 1)]
    can[0][k][n] = 1
    for b in range(blanks + 1):
        for j in range(k - 1, -1, -1):
            for i in range(n + 1):
                ways = can[b - 1][j + 1][i] if b > 0 else 0
                can[b][j][i] = min(MAX_SPLITS, ways + sum(can[b][j + 1][e] for e in cuts[j][i]))
    if not can[blanks][0][0]:
        return
    most = numbers_left(s) if viable else []
    # depth first, in order, with a stack rather than nested generators: a reading is not passed up through
    # one generator a cell
    count = 0
    stack: list[tuple[int, int, int, list[Value | None]]] = [(0, 0, blanks, [])]
    read: dict[int, list[tuple[int, Value | None]]] = {}  # cell j's ends from i with their values, at j * (n + 1) + i
    while stack:
        i, j, b, acc = stack.pop()
        # an empty cell still to read may stand for any number: the digits left bound the rest only without one
        if viable is not None and not viable(acc, None if b else most[i]):  # its readings are skipped, not read
            count += 1
            if count >= MAX_SPLITS:
                return
            continue
        if j == k:
            yield acc
            count += 1
            if count >= MAX_SPLITS:
                return
            continue
        if (parts := read.get(key := j * (n + 1) + i)) is None:  # each part read once, not once a reading
            parts = read[key] = [(e, part_value(s[i:e], kinds[j])) for e in cuts[j][i]]
        after = can[b][j + 1]
        grown = [(e, j + 1, b, [*acc, v]) for e, v in parts if after[e]]
        if b > 0 and can[b - 1][j + 1][i]:
            grown.insert(0, (i, j + 1, b - 1, [*acc, None]))
        stack += reversed(grown)


def numbers_left(s: str) -> list[int | None]:
    """For each place of a row's digits run together (and its end), the number the digits from there on make:
    the most the cells cut from them can add up to, since the pieces of a number add up to no more than it.
    None where they are not plain digits, or more than a cell's characters (a longer rest bounds no count a
    row prints, and `int` refuses thousands of digits)."""
    n = len(s)
    return [int(s[i:]) if n - i <= MAX_CELL and s[i:].isdecimal() else None for i in range(n)] + [0]


def part_value(part: str, kind: Kind) -> Value | None:
    """A split part's value: plain digits directly, the rest (signs, decimals, units) parsed, without the
    comma that parts it from the next cell."""
    return int(part) if part.isdigit() else parse_number(part.removesuffix(","), kind).value


def _cell_cuts(s: str, limit: list[int], kinds: Sequence[Kind]) -> list[list[list[int]]]:
    """For each cell, for each position of `s`, where a well-formed number of the cell's kind starting
    there may end (see `_ends`, `limit` as `_printed` gives it): found once for each kind."""
    runs = _digit_runs(s)
    by_kind = {kind: [_ends(s, i, limit[i], kind, runs) for i in range(len(s))] for kind in set(kinds)}
    return [by_kind[kind] for kind in kinds]


def _digit_runs(s: str) -> list[int]:
    """For each position of `s` (and its end), where the run of digits from there on ends."""
    runs = [len(s)] * (len(s) + 1)
    for i in range(len(s) - 1, -1, -1):
        runs[i] = runs[i + 1] if s[i].isdecimal() else i
    return runs


def _ends(s: str, i: int, limit: int, kind: Kind, runs: list[int]) -> list[int]:
    """Every e ≤ limit such that s[i:e] is a well-formed number of `kind`, in order: a sign only for a
    change, no leading zero (other than 0 itself), 1 to MAX_DIGITS whole digits, perhaps in groups of three
    a thousands separator parts (`4,017`: past its first digits only over all its groups), decimals only
    for an amount. A comma after its digits may as well part it from the next cell (`12,3639`: 12 then
    3639): it then ends after the comma. `runs`: where the run of digits from each position ends."""
    j = i + 1 if kind is Kind.SIGNED and i < limit and s[i] in "+-" else i
    if j >= limit:
        return []
    if s[j] == "0":
        wholes = [j + 1]
    elif "1" <= s[j] <= "9":
        k = max(j + 1, min(limit, j + MAX_DIGITS, runs[j + 1]))
        wholes = list(range(j + 1, k + 1))
        if k + 1 < limit and s[k] == ",":  # a boundary, or a thousands separator if its groups follow
            wholes.append(k + 1)
            if k - j <= 3 and (grouped := _groups_end(s, k, limit, k - j)):
                wholes.append(grouped)
    else:
        return []
    if kind is not Kind.AMOUNT:
        return wholes
    ends = list(wholes)
    for w in wholes:
        if w + 1 < limit and s[w] == "." and s[w + 1].isdecimal():
            ends += range(w + 2, min(limit, runs[w + 1]) + 1)
    return sorted(ends)


def _groups_end(s: str, k: int, limit: int, digits: int) -> int | None:
    """Where a number's groups of three end that thousands separators part from `k` (a comma) on, its
    first `digits` before it: each comma followed by three digits, none after the last group; None where
    a comma is not (`4,01`), or the number has more than MAX_DIGITS digits."""
    while k < limit and s[k] == ",":
        if k + 4 > limit or not s[k + 1 : k + 4].isdecimal() or (digits := digits + 3) > MAX_DIGITS:
            return None
        k += 4
    return k


def holds(eq: Equation, values: dict[str, Value | None]) -> bool | None:
    """Whether the equation holds; None when a cell it needs is blank or unknown."""
    total: Value = 0  # exact while every value is an int
    for c in eq.lhs:
        v = values.get(c)
        if v is None:
            return None
        total += v
    for c in eq.rhs:
        v = values.get(c)
        if v is None:
            return None
        total -= v
    return abs(total) < EXACT


@dataclass
class Choice:
    """A group of cells whose printed digits allow several splits."""

    cells: tuple[str, ...]
    candidates: list[tuple[Value | None, ...]]  # None: a part that reads as no number
    complete: bool = True  # False: there were more splits than were listed


def solve(
    fixed: dict[str, Value | None],
    choices: list[Choice],
    equations: Sequence[Equation],
    most: int = MAX_CANDIDATES,
    budget: int = MAX_STEPS,
) -> tuple[list[dict], bool]:
    """Every combination of the choices' candidates under which no equation is broken, up to `most` of
    them (1: whether there is one) and `budget` candidates tried.

    An equation is judged once all its cells are known; one whose cells are blank is not judged.
    Returns the solutions (each a dict cell → value for the choices' cells) and whether the search
    was complete (False when it stopped at `most` solutions or its budget)."""
    owner: dict[str, int] = {c: i for i, ch in enumerate(choices) for c in ch.cells}
    judged: list[list[_Judged]] = [[] for _ in choices]
    for eq in equations:
        if involved := _judging(eq, owner, fixed):
            weight = _weights(eq)
            known = sum(w * (fixed[c] or 0) for c, w in weight.items() if c not in owner)
            terms = [_terms(choices[m].cells, weight) for m in involved]
            adds = [_added(cand, terms[-1]) for cand in choices[involved[-1]].candidates]
            judged[involved[-1]].append(_Judged(known, involved[:-1], terms[:-1], adds))
    solutions: list[dict] = []
    picked = [0] * len(choices)  # the candidate taken of each choice the search is in
    steps = [0]

    def rec(i: int) -> None:
        if len(solutions) >= most or steps[0] > budget:
            return
        if i == len(choices):
            solution: dict[str, Value | None] = {}
            for n, ch in enumerate(choices):  # indexed, not zipped: see `narrow`
                values = ch.candidates[picked[n]]
                for j, c in enumerate(ch.cells):
                    solution[c] = values[j]
            solutions.append(solution)
            return
        # what the choices taken add to each equation judged here: found once for all this choice's candidates
        open_eqs = []
        for jd in judged[i]:
            base = jd.known
            for n, m in enumerate(jd.before):  # indexed, not zipped: see `narrow`
                if (add := _added(choices[m].candidates[picked[m]], jd.terms[n])) is None:
                    break  # a cell it needs is unreadable: not judged
                base += add
            else:
                open_eqs.append((base, jd.adds))
        for k in range(len(choices[i].candidates)):
            steps[0] += 1
            for base, adds in open_eqs:
                if (add := adds[k]) is not None and not abs(base + add) < EXACT:
                    break
            else:
                picked[i] = k
                rec(i + 1)

    rec(0)
    complete = all(ch.complete for ch in choices)
    return solutions, complete and len(solutions) < most and steps[0] <= budget


def _judging(eq: Equation, owner: dict[str, int], fixed: dict[str, Value | None]) -> list[int]:
    """The choices (by their place, `owner` giving each choice cell's) whose cells `eq` counts, in order; none
    where it counts no choice's cell, or a cell neither split nor read (blank or unknown: it is not judged).
    One pass over its cells, each looked up once."""
    involved: set[int] = set()
    for c in eq.cells:
        if (i := owner.get(c)) is not None:
            involved.add(i)
        elif fixed.get(c) is None:
            return []
    return sorted(involved)


class _Judged(NamedTuple):
    """An equation `solve` judges once its last choice's candidate is taken: what its fixed cells add to
    lhs − rhs, the earlier choices it involves with their terms (see `_terms`), and what each candidate of
    its last choice adds (None: a cell it needs unreadable)."""

    known: Value
    before: list[int]
    terms: list[tuple[tuple[int, int], ...]]
    adds: list[Value | None]


def narrow(fixed: dict[str, Value | None], choices: list[Choice], equations: Sequence[Equation]) -> list[Choice]:
    """The choices with every candidate dropped that no combination of the other choices' candidates
    lets satisfy some equation, repeated until nothing changes (arc consistency).

    An equation that no combination satisfies is left out rather than applied: the report's own
    numbers break it, which is for the checks to say, and it must not empty the rows it touches.
    A choice whose candidate list is incomplete neither narrows nor is narrowed."""
    cands = [ch.candidates for ch in choices]  # each replaced, never changed in place: no copy
    owner = {c: i for i, ch in enumerate(choices) for c in ch.cells}
    incomplete = {i for i, ch in enumerate(choices) if not ch.complete}
    usable = []
    for eq in equations:
        involved = _judging(eq, owner, fixed)
        if not involved or not incomplete.isdisjoint(involved):
            continue
        if all(len(cands[i]) == 1 for i in involved):
            continue  # one candidate each, and never fewer: the equation can drop none (see below)
        usable.append((eq, involved))
    version = [0] * len(choices)  # bumped when a choice loses candidates
    seen: list[tuple[int, ...] | None] = [None] * len(usable)  # the versions each equation last judged
    prepared: dict[int, tuple[Value, list[tuple[tuple[int, int], ...]]]] = {}
    changed = True
    while changed:
        changed = False
        for e, (eq, involved) in enumerate(usable):
            now = tuple([version[i] for i in involved])  # a list first: no generator to resume
            if seen[e] == now:
                continue  # judged on these very candidates already: it would drop nothing
            seen[e] = now
            combos = prod([len(cands[i]) for i in involved])
            if combos == 1:
                continue  # one candidate each: they satisfy the equation or it is left out, and nothing drops
            if e not in prepared:  # the sum of its fixed cells, and its terms in each choice
                weight = _weights(eq)
                known = sum(w * (fixed[c] or 0) for c, w in weight.items() if c not in owner)  # none is blank
                prepared[e] = known, [_terms(choices[i].cells, weight) for i in involved]
            known, terms = prepared[e]
            # what each candidate of each choice adds to lhs − rhs; None: it leaves a cell unreadable
            adds = [[_added(cand, t) for cand in cands[i]] for i, t in zip(involved, terms, strict=True)]
            if combos > MAX_SUPPORT:  # too many to try one by one: counts are summed choice by choice
                if (by_sums := _supported_counts(known, adds)) is None:
                    continue
                supported = by_sums
            else:
                supported = _supported_combinations(known, adds)
            if not supported[0]:
                continue
            for i, sup in zip(involved, supported, strict=True):
                if len(sup) < len(cands[i]):
                    cands[i] = [cands[i][k] for k in sorted(sup)]
                    version[i] += 1
                    changed = True
    return [Choice(ch.cells, c, ch.complete) for ch, c in zip(choices, cands, strict=True)]


def _supported_combinations(known: Value, adds: list[list[Value | None]]) -> list[set[int]]:
    """For each choice, the candidates (by place) of some combination under which `known` plus what each
    candidate `adds` to an equation's lhs − rhs is 0 (None: a candidate that leaves it unjudged), every
    combination tried."""
    supported: list[set[int]] = [set() for _ in adds]
    for combo in product(*(range(len(a)) for a in adds)):
        total = known
        # indexed, not zipped: the compiled build would call `zip` with its keyword, and make and step
        # one more object, for each combination
        for j, k in enumerate(combo):
            if (add := adds[j][k]) is None:
                break
            total += add
        else:
            if abs(total) < EXACT:
                for j, k in enumerate(combo):
                    supported[j].add(k)
    return supported


def _supported_counts(known: Value, adds: list[list[Value | None]]) -> list[set[int]] | None:
    """What `_supported_combinations` finds, where every term is a whole number, by the sums reachable
    choice by choice (forward: the sums the choices before reach; backward: the sums the choices after
    must bring to 0), not each combination; None where amounts are summed, or the sums reachable before
    one choice grow past MAX_SUPPORT. Each choice's distinct terms are summed, not each candidate's (a row
    split thousands of ways adds a few dozen), and the choice with the most is summed last: the sums after
    it are never needed."""
    if not isinstance(known, int) or any(not isinstance(a, int) for row in adds for a in row if a is not None):
        return None
    terms = [{a for a in row if a is not None} for row in adds]
    last = max(range(len(adds)), key=lambda j: len(terms[j]))
    order = [j for j in range(len(adds)) if j != last] + [last]
    forward: list[set[Value]] = [{known}]
    for j in order[:-1]:
        reached: set[Value] = set()
        for s in forward[-1]:  # sum by sum: given up as soon as they are too many, not once all are made
            reached.update([s + a for a in terms[j]])
            if len(reached) > MAX_SUPPORT:
                return None
        forward.append(reached)
    needed: set[Value] = {0}  # the sums before the choices still to come that they can bring to 0
    supported: list[set[int]] = [set() for _ in adds]
    for at in range(len(order) - 1, -1, -1):
        before, j = forward[at], order[at]
        kept = {a for a in terms[j] if _reaches(before, a, needed)}
        supported[j] = {k for k, a in enumerate(adds[j]) if a in kept}
        if at:
            needed = {n - a for n in needed for a in kept} & before
            if not needed:  # no sum reached completes: no combination at all
                return [set() for _ in adds]
    return supported


def _reaches(before: set[Value], add: Value, needed: set[Value]) -> bool:
    """Whether some sum of `before` plus `add` is among `needed`: looked for through the smaller set."""
    if len(needed) <= len(before):
        return any(n - add in before for n in needed)
    return any(b + add in needed for b in before)


@cache
def _weights(eq: Equation) -> dict[str, int]:
    """Each cell of the equation → how many times it counts in lhs − rhs."""
    weight: dict[str, int] = {}
    for c in eq.lhs:
        weight[c] = weight.get(c, 0) + 1
    for c in eq.rhs:
        weight[c] = weight.get(c, 0) - 1
    return weight


def _terms(cells: tuple[str, ...], weight: dict[str, int]) -> tuple[tuple[int, int], ...]:
    """The positions among `cells` that an equation counts, with their `weight` in its lhs − rhs."""
    return tuple((k, w) for k, c in enumerate(cells) if (w := weight.get(c)))


def equation_terms(eq: Equation, cells: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The places among `cells` (a row's, holding every cell of `eq`) that `eq` counts, with their weight in
    its lhs − rhs (see `_terms`): the equation judged on each of a row's readings without a dict of each."""
    return _terms(cells, _weights(eq))


def not_broken(values: tuple[Value | None, ...], terms: tuple[tuple[int, int], ...]) -> bool:
    """Whether the equation `terms` gives (see `equation_terms`) holds on a row's `values`, or a cell it needs
    is unreadable: `holds` not False."""
    return (total := _added(values, terms)) is None or abs(total) < EXACT


def _added(values: tuple[Value | None, ...], terms: tuple[tuple[int, int], ...]) -> Value | None:
    """What a choice's values add to an equation's lhs − rhs (`terms`: see `_terms`); None when a cell
    it needs is unreadable."""
    total: Value = 0
    for k, w in terms:
        v = values[k]
        if v is None:
            return None
        total += w * v
    return total


def components(
    choices: list[Choice], fixed: dict[str, Value | None], equations: Iterable[Equation]
) -> list[tuple[list[Choice], list[Equation]]]:
    """Split the choices into groups linked by the equations that judge them (each of whose cells is split
    or read as a value, `fixed`), so each can be solved on its own: the equations that judge no choice are
    passed over as they are found, not first picked out from the rest."""
    parent = list(range(len(choices)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner = {c: i for i, ch in enumerate(choices) for c in ch.cells}
    judged: list[tuple[Equation, int]] = []  # each equation judging choices, with the first of them
    for eq in equations:
        involved = _judging(eq, owner, fixed)
        if not involved:
            continue
        for a in involved[1:]:
            parent[find(a)] = find(involved[0])
        judged.append((eq, involved[0]))
    comps: dict[int, tuple[list[Choice], list[Equation]]] = {}
    for i, ch in enumerate(choices):
        comps.setdefault(find(i), ([], []))[0].append(ch)
    for eq, o in judged:
        comps[find(o)][1].append(eq)
    return list(comps.values())


class Settled(NamedTuple):
    """What `settle` leaves each choice cell, and how its search ended."""

    options: dict[str, set[Value | None]]  # the values each cell may still take (one: settled)
    stopped: bool  # the search stopped short: a cell left open is one it did not finish with
    unkept: bool  # the search was complete and no combination keeps every equation


def settle(fixed: dict[str, Value | None], choices: list[Choice], equations: Sequence[Equation]) -> Settled:
    """Each choice cell → the values it may still take, whether the search for the combinations that keep
    every equation stopped short (at its budget, at MAX_CANDIDATES of them, or on a choice whose candidates
    could not all be listed), and whether it found that none does. The candidates are narrowed equation by
    equation, then solved together; when no combination satisfies every equation (the report's own
    numbers break one, or a row prints a split not listed), what the equations settle one by one is kept,
    but for the rows of a sum it breaks that some split of theirs would keep (see
    `_open_rows_a_kept_sum_breaks`).
    Cells of a choice whose candidates could not all be listed are never settled. Choices each with one
    candidate, all listed, are settled as they are: no equation can narrow them, and whether or not they
    keep every equation, each cell keeps its one value."""
    if _one_each(choices):
        only = {c: {v} for ch in choices for c, v in zip(ch.cells, ch.candidates[0], strict=True)}
        return Settled(only, False, False)
    narrowed = narrow(fixed, choices, equations)
    if _one_each(narrowed):  # each down to one split: settled, unless they break an equation that judges them
        only = {c: {v} for ch in narrowed for c, v in zip(ch.cells, ch.candidates[0], strict=True)}
        values = {**fixed, **{c: next(iter(v)) for c, v in only.items()}}
        if all(holds(eq, values) is not False for eq in equations):
            return Settled(only, False, False)
    solutions, complete = solve(fixed, narrowed, equations)
    out = _options(narrowed, solutions, complete)
    unkept = complete and not solutions
    if unkept:
        _open_rows_a_kept_sum_breaks(out, fixed, choices, equations)
    return Settled(out, not complete, unkept)


def _options(
    narrowed: list[Choice], solutions: list[dict[str, Value | None]], complete: bool
) -> dict[str, set[Value | None]]:
    """Each cell of the narrowed choices → the values `settle` leaves it (see there)."""
    out: dict[str, set[Value | None]] = {}
    for ch in narrowed:
        for k, c in enumerate(ch.cells):
            if not ch.complete:
                out[c] = set()
            elif len(ch.candidates) == 1:  # every solution there is takes it, found or not
                out[c] = {ch.candidates[0][k]}
            elif not complete and solutions:
                out[c] = set()
            elif solutions:
                out[c] = {s[c] for s in solutions}
            else:
                out[c] = {cand[k] for cand in ch.candidates}
    return out


def _open_rows_a_kept_sum_breaks(
    out: dict[str, set[Value | None]],
    fixed: dict[str, Value | None],
    choices: list[Choice],
    equations: Sequence[Equation],
) -> None:
    """Where no combination keeps every equation, what the equations settle one by one may be wrong: a row
    whose printed split is not listed (an empty cell printed as nothing) lends its wrong splits to the sums
    it shares, and they settle the other rows by them. An equation that the settled cells break, though some
    split of its own rows keeps it, says so: each row it judges is opened to all its splits. One that no
    split of its rows keeps is the report's own broken sum, and says nothing of how they were split."""
    values = {**fixed, **{c: next(iter(v)) for c, v in out.items() if len(v) == 1}}
    owner = {c: i for i, ch in enumerate(choices) for c in ch.cells}
    doubted: set[int] = set()
    for eq in equations:
        if holds(eq, values) is False and not _kept_by_none(eq, fixed, choices, owner):
            doubted.update(owner[c] for c in eq.cells if c in owner)
    for i in doubted:
        ch = choices[i]
        for k, c in enumerate(ch.cells):
            out[c] = {cand[k] for cand in ch.candidates} if ch.complete else set()


def _kept_by_none(eq: Equation, fixed: dict[str, Value | None], choices: list[Choice], owner: dict[str, int]) -> bool:
    """Whether no split of the rows `eq` judges (`owner`: each choice cell's row) keeps it, on its own."""
    involved = _judging(eq, owner, fixed)
    if not involved:
        return True  # its cells all read as printed
    weight = _weights(eq)
    known = sum(w * (fixed[c] or 0) for c, w in weight.items() if c not in owner)
    adds = [[_added(cand, _terms(choices[i].cells, weight)) for cand in choices[i].candidates] for i in involved]
    if any(not choices[i].complete for i in involved) or any(a is None for row in adds for a in row):
        return False  # not every split listed, or one that leaves it unjudged
    supported = _supported_counts(known, adds)  # the sums reached row by row: no combination tried one by one
    if supported is None and prod([len(a) for a in adds]) <= MAX_SUPPORT:
        supported = _supported_combinations(known, adds)  # amounts, summed exactly only so
    return supported is not None and not supported[0]


def _one_each(choices: list[Choice]) -> bool:
    """Whether every choice has one candidate left, and its list was complete."""
    return all(ch.complete and len(ch.candidates) == 1 for ch in choices)
