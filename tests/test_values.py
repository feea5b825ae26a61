"""Printed numbers → values, glued digits → splits, and the identities on them, at their limits."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zfxxgk import parse_text
from zfxxgk.extract.align import slots_of
from zfxxgk.extract.groups import Token
from zfxxgk.extract.tables import (
    Extraction,
    _fits,
    _fitting_splits,
    _joinable,
    _own_terms,
    _read,
    _Reading,
    _resolve,
    _Split,
)
from zfxxgk.extract.values import (
    MAX_CELL,
    MAX_DIGITS,
    MAX_SPLITS,
    Choice,
    Value,
    _digit_runs,
    _ends,
    _supported_combinations,
    _supported_counts,
    blank_splits,
    equation_terms,
    grouped_splits,
    holds,
    not_broken,
    parse_number,
    part_value,
    parts_groups,
    row_splits,
    settle,
    solve,
    split_group,
)
from zfxxgk.synth import synth_record, write_layout
from zfxxgk.templates import TEMPLATES, Equation, Kind
from zfxxgk.templates.common import s3_outcomes

APPLICANT_COLUMNS = (
    "natural_person",
    "commercial",
    "research",
    "social_welfare",
    "legal_service",
    "other_org",
    "total",
)


def test_numbers_a_cell_prints() -> None:
    assert parse_number("801", Kind.COUNT) == (801, None, True)
    assert parse_number("1,234.5万元", Kind.AMOUNT) == (1234.5, "万元", True)
    assert parse_number("-3", Kind.SIGNED) == (-3, None, True)
    assert parse_number("3.5", Kind.COUNT).valid is False
    assert parse_number("13.754836000000001", Kind.AMOUNT) == (13.754836000000001, None, True)  # decimals: any


def test_text_no_cell_prints_has_no_value() -> None:
    assert parse_number("0.0.4", Kind.AMOUNT) == (None, None, False)
    assert parse_number("12,3", Kind.COUNT) == (None, None, False)  # two cells run together round a comma
    assert parse_number("0565,367", Kind.COUNT) == (None, None, False)
    assert parse_number("+1,63", Kind.SIGNED) == (None, None, False)
    assert parse_number("+1,639", Kind.SIGNED) == (1639, None, True)
    assert parse_number("9" * (MAX_DIGITS + 1), Kind.COUNT) == (None, None, False)
    assert parse_number("1" * 5000, Kind.COUNT).value is None  # beyond int()'s digit limit too
    assert parse_number("1" * 400 + ".5元", Kind.AMOUNT) == (None, "元", False)


def test_readings_a_cell_short() -> None:
    """`310` in three cells with one empty: wherever the empty one stands, as split_group splits the rest."""
    count = [Kind.COUNT] * 3
    readings = list(blank_splits(["310"], count, ()))
    assert sorted(readings, key=str) == sorted(
        [[None, 3, 10], [None, 31, 0], [3, None, 10], [31, None, 0], [3, 10, None], [31, 0, None]], key=str
    )
    assert list(blank_splits(["000"], count, ())) == []  # three zeros are three cells
    assert list(blank_splits(["3", "10"], count, (False,))) == [[None, 3, 10], [3, None, 10], [3, 10, None]]


def test_readings_a_cell_short_turned_down_early() -> None:
    """Readings whose first cells `viable` turns down are not yielded, and their first cells count as one
    towards MAX_SPLITS: the readings it accepts come in the same order, and the walk goes on past the
    first MAX_SPLITS readings."""
    count, digits = [Kind.COUNT] * 9, ["11223344556677889911"]
    every = list(blank_splits(digits, count, ()))
    assert len(every) == MAX_SPLITS
    kept = list(blank_splits(digits, count, (), viable=lambda first, _: first[2:3] != [1]))
    accepted = [r for r in every if r[2] != 1]
    assert kept[: len(accepted)] == accepted
    assert len(kept) > len(accepted)


def test_readings_a_cell_short_past_many_turned_down() -> None:
    """A column of 25 cells run together, one empty: the readings with an earlier cell empty, far more than
    MAX_SPLITS, are turned down at their first cells, and the walk reaches the one `viable` accepts."""
    digits = ["5101280000300161030113100492"]
    reading = [51, 0, 12, 8, 0, 0, 0, 0, None, 3, 0, 0, 16, 1, 0, 3, 0, 1, 1, 3, 1, 0, 0, 49, 2]
    kept = list(blank_splits(digits, [Kind.COUNT] * 25, (), viable=lambda first, _: first == reading[: len(first)]))
    assert kept == [reading]


def test_the_walk_tells_each_step_the_most_the_cells_left_can_add_up_to() -> None:
    """`viable` is given, with the first cells read, the number the digits left make: their pieces add up
    to no more than it (`3105`: after 3, the cells left read 105 at most; after 3 and 10, 5). None where an
    empty cell is still to come, which may stand for any number, or what is left is no plain digits or more
    than a cell's characters (no bound on a count then)."""
    asked: list[tuple[list[Value | None], int | None]] = []

    def viable(first: list[Value | None], most: int | None) -> bool:
        asked.append((list(first), most))
        return True

    count = [Kind.COUNT] * 3
    assert list(blank_splits(["3105"], count, (), blanks=0, viable=viable)) == [[3, 10, 5], [31, 0, 5]]
    assert asked == [([], 3105), ([3], 105), ([3, 10], 5), ([3, 10, 5], 0), ([31], 5), ([31, 0], 5), ([31, 0, 5], 0)]
    asked.clear()
    list(blank_splits(["310"], count, (), viable=viable))
    assert ([], None) in asked and ([None], 310) in asked and ([3, None], 10) in asked and ([3], None) in asked
    asked.clear()
    assert list(blank_splits(["13.5"], [Kind.AMOUNT] * 2, (), blanks=0, viable=viable)) == [[1, 3.5]]
    assert asked == [([], None), ([1], None), ([1, 3.5], 0)]  # 3.5 and 13.5 are no plain digits
    told: list[tuple[int, list[str], int | None]] = []  # split_group tells its `fits` so as each cell is cut
    split_group(["3105"], count, fits=lambda j, parts, most: told.append((j, parts, most)) is None)
    assert told[:4] == [(0, ["3"], 105), (0, ["31"], 5), (1, ["3", "10"], 5), (1, ["31", "0"], 5)]
    asked.clear()
    list(blank_splits(["1" * 35], count, (), blanks=0, viable=viable))  # more digits left than a cell holds
    assert asked[:2] == [([], None), ([11111], int("1" * 30))]


def test_glued_row_still_splits() -> None:
    splits, complete = split_group(["801000081"], [Kind.COUNT] * 7)
    assert complete
    assert ["8", "0", "10", "0", "0", "0", "81"] in splits
    assert all(len(s) == 7 for s in splits)
    splits, _ = split_group(["0.68870913.754836000000001"], [Kind.AMOUNT] * 2)
    assert ["0.688709", "13.754836000000001"] in splits


def test_a_row_is_split_once_and_its_values_read_once() -> None:
    """The same row printed again (in another list of its tokens) gets the splits listed the first time, and
    each split's values with them, as `split_group` lists them."""
    kinds = [Kind.COUNT] * 4
    first = row_splits(["12", "3", "45"], kinds, [False, True])
    assert row_splits(("12", "3", "45"), tuple(kinds), (False, True)) is first
    assert first.listed() == split_group(["12", "3", "45"], kinds, [False, True])
    assert first.splits == [["1", "2", "3", "45"], ["1", "2", "34", "5"], ["12", "3", "4", "5"]]
    assert first.values() == [(1, 2, 3, 45), (1, 2, 34, 5), (12, 3, 4, 5)]
    assert first.values() is first.values()
    other = row_splits(["12", "3", "45"], kinds, [False, False])  # 3 and 45 apart: another row
    assert other is not first
    assert other.splits == [["1", "2", "3", "45"], ["12", "3", "4", "5"]]


def test_a_row_too_long_to_list_is_split_by_its_own_sums_as_they_close() -> None:
    """四 on one line: fifteen cells in three groups of five, each group's last the sum of the four before.
    Its splits are too many to list; cut with each group's sum tried as its last cell is cut, one is left."""
    cells = ["0", "607", "8", "129", "744", "0", "8", "0", "0", "8", "321", "327", "80", "324", "1052"]
    printed = "".join(cells)
    kinds = [Kind.COUNT] * 15
    assert split_group([printed], kinds) == (split_group([printed], kinds)[0], False)

    def fits(j: int, parts: list[str], _: int | None) -> bool:
        return j % 5 != 4 or sum(map(int, parts[j - 4 : j])) == int(parts[j])

    splits, complete = split_group([printed], kinds, fits=fits)
    assert complete
    assert splits == [cells]
    twice = "".join(["175", "21", "56", "0", "252"] * 3)  # 175+2+15+60 = 252 too: both kept
    assert len(split_group([twice], kinds, fits=fits)[0]) == 8
    assert split_group(["1234"], [Kind.COUNT] * 3, fits=lambda j, parts, _: j < 2 or parts[2] == "9") == ([], True)


def test_section_four_on_one_line_with_large_counts_is_read_by_its_group_sums() -> None:
    """A report whose 四 prints its fifteen counts run together, too many digits to list every split:
    each group's total settles it."""
    rec = synth_record(random.Random(5), "2021", 2022, "市")
    printed = {
        "review": (0, 607, 8, 129),
        "litigation_direct": (0, 8, 0, 0),
        "litigation_after_review": (321, 327, 80, 324),
    }
    for group, counts in printed.items():
        for col, n in zip(("upheld", "corrected", "other", "pending"), counts, strict=True):
            rec.cells[f"s4.{group}.{col}"] = n
        rec.cells[f"s4.{group}.total"] = sum(counts)
    got = parse_text(str(write_layout(rec, "glued", 5)))
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s4.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s4.")
    }


def test_a_row_with_more_splits_than_are_listed_lists_the_first_in_order() -> None:
    """Thirty 1s in fifteen cells split C(29, 14) ways less those with a cell over MAX_DIGITS digits: the
    first MAX_SPLITS of them are listed, shortest first cells first, and the list says it is not complete."""

    def every(n: int, k: int) -> Iterator[list[str]]:  # each split of n 1s into k cells, in order
        if k == 1:
            if n <= MAX_DIGITS:
                yield ["1" * n]
            return
        for first in range(1, min(n - k + 1, MAX_DIGITS) + 1):
            for rest in every(n - first, k - 1):
                yield ["1" * first, *rest]

    splits, complete = split_group(["1" * 30], [Kind.COUNT] * 15)
    assert not complete and splits == list(islice(every(30, 15), MAX_SPLITS))


def test_digits_longer_than_the_row_can_hold_have_no_split() -> None:
    assert split_group(["1" * (7 * MAX_CELL + 1)], [Kind.COUNT] * 7) == ([], True)
    assert split_group(["1" * (7 * MAX_DIGITS + 1)], [Kind.COUNT] * 7) == ([], True)
    assert split_group(["1", "2", "3"], [Kind.COUNT] * 2) == ([], True)


def test_no_split_part_is_longer_than_a_cell() -> None:
    splits, complete = split_group(["1" * 20], [Kind.COUNT] * 2)
    assert complete
    assert sorted(len(a) for a, _ in splits) == list(range(20 - MAX_DIGITS, MAX_DIGITS + 1))


def test_identity_on_huge_integers_is_exact() -> None:
    eq = Equation("identity.row_total", ("a", "b"), ("c",), "")
    big = 10**300
    assert holds(eq, {"a": big, "b": 1, "c": big + 1}) is True
    assert holds(eq, {"a": big, "b": 1, "c": big}) is False
    assert holds(eq, {"a": 0.1, "b": 0.2, "c": 0.3}) is True
    assert holds(eq, {"a": 1, "b": None, "c": 1}) is None


# What a well-formed cell of each kind is, as a pattern: the cut finder must agree with it exactly.
_WHOLE = rf"(?:0|[1-9]\d{{0,{MAX_DIGITS - 1}}})"
_FORMS = {
    Kind.COUNT: re.compile(_WHOLE),
    Kind.SIGNED: re.compile(rf"[+-]?{_WHOLE}"),
    Kind.AMOUNT: re.compile(rf"{_WHOLE}(?:\.\d+)?"),
}


@given(st.text(st.sampled_from("0123456789.+-元"), max_size=40), st.sampled_from(list(Kind)), st.data())
def test_cuts_are_exactly_the_well_formed_numbers(s: str, kind: Kind, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(s)))
    limit = data.draw(st.integers(i, len(s)))
    expected = [e for e in range(i + 1, limit + 1) if _FORMS[kind].fullmatch(s, i, e)]
    assert _ends(s, i, limit, kind, _digit_runs(s)) == expected


def test_a_search_stops_at_the_solutions_or_the_candidates_asked_for() -> None:
    """Three glued parts of a total of 10 (each 0–9): `most=1` says whether there is a split, and a
    budget too small to reach one says the search is incomplete, never that there is none."""
    parts = [Choice((f"p{i}",), [(v,) for v in range(10)]) for i in range(3)]
    eq = Equation("sum", ("t",), ("p0", "p1", "p2"), "t")
    every, complete = solve({"t": 10}, parts, [eq])
    assert len(every) == 63 and complete  # (a, b, 10 - a - b) for a + b in 1..10
    one, complete = solve({"t": 10}, parts, [eq], most=1)
    assert len(one) == 1 and not complete
    none, complete = solve({"t": 10}, parts, [eq], budget=5)
    assert none == [] and not complete


def test_a_glued_row_with_one_split_left_is_settled_however_many_the_others_have() -> None:
    """Twelve rows with two splits each and no equation give 4,096 combinations, more than are listed: the
    search stops short, says so, and those rows stay open; the row with one split left takes it all the same."""
    one = Choice(("a.x", "a.y"), [(6, 23)])
    many = [Choice((f"r{i}.x", f"r{i}.y"), [(3, 444), (34, 44)]) for i in range(12)]
    got, stopped, _ = settle({}, [one, *many], [])
    assert got["a.x"] == {6} and got["a.y"] == {23} and stopped
    assert all(got[c] == set() for ch in many for c in ch.cells)
    partial = Choice(("b.x", "b.y"), [(6, 23)], complete=False)  # more splits than were listed
    assert settle({}, [partial, *many], []).options["b.x"] == set()
    few, stopped, _ = settle({}, [one, *many[:2]], [])  # four combinations, every one found: the search is complete
    assert few["r0.x"] == {3, 34} and few["r1.y"] == {444, 44} and not stopped


def test_a_sum_over_more_rows_than_combinations_tried_narrows_each_by_the_sums_reached() -> None:
    """Eighteen glued rows of a column, each read as 1 or 10, under a total of 27: 2^18 combinations, more than
    the search tries, yet the sums reachable row by row leave one reading — each 1 but the one row whose 10
    the total needs — so each row is settled and the search is not stopped."""
    rows = [Choice((f"r{i}",), [(1,), (10,)] if i != 5 else [(10,), (19,)]) for i in range(18)]
    eq = Equation("sum", ("t",), tuple(f"r{i}" for i in range(18)), "t")
    got, stopped, _ = settle({"t": 27}, rows, [eq])
    assert not stopped and got == {f"r{i}": {10 if i == 5 else 1} for i in range(18)}
    more = settle({"t": 36}, rows, [eq]).options  # 10 once more: any row could hold it, or r5 19
    assert all(len(v) != 1 for v in more.values())


def test_a_row_split_thousands_of_ways_under_a_sum_is_narrowed_by_the_sums_reached_before_it() -> None:
    """A column total of 20,397 over two rows read 0 to 199 each and a row split 20,000 ways (0 to 19,999): the
    sums reached before the long row are a few hundred, and only 19,999 with 199 and 199 makes the total. Each
    row is settled, the search not stopped: the sums after the long row, tens of thousands, are never needed."""
    rows = [Choice(("a",), [(v,) for v in range(200)]), Choice(("b",), [(v,) for v in range(200)])]
    rows.append(Choice(("c",), [(v,) for v in range(20_000)]))
    eq = Equation("sum", ("t",), ("a", "b", "c"), "t")
    got, stopped, unkept = settle({"t": 20_397}, rows, [eq])
    assert got == {"a": {199}, "b": {199}, "c": {19_999}} and not stopped and not unkept


@given(
    st.integers(-40, 40),
    st.lists(st.lists(st.none() | st.integers(-12, 12), min_size=1, max_size=6), min_size=1, max_size=4),
)
def test_the_sums_reached_row_by_row_support_what_every_combination_tried_does(
    known: int, adds: list[list[int | None]]
) -> None:
    """Narrowing a sum by the sums each row's terms reach keeps, for each row, exactly the candidates some
    combination of the others' makes the sum hold with (a candidate leaving a cell unreadable none)."""
    assert _supported_counts(known, adds) == _supported_combinations(known, adds)


@settings(deadline=None)  # listing every split to compare with takes a few hundred ms on a busy machine
@given(st.lists(st.integers(0, 400), min_size=6, max_size=6), st.integers(-1, 1), st.data())
def test_a_glued_rows_splits_keeping_its_total_are_those_of_all_its_splits_that_do(
    cells: list[int], off: int, data: st.DataObject
) -> None:
    """The splits of a glued row of 三 (six kinds of applicant, then their total, perhaps a stray space amid the
    digits) found keeping its total as each cell is cut, first cells that leave too few digits for the total
    turned down at once, are the splits of all it lists that keep it, in the same order; None where none does."""
    template = TEMPLATES["2021"]
    slot = next(s for s in slots_of(template.tables) if s.prefix == "s3.received")
    digits = "".join(map(str, [*cells, max(0, sum(cells) + off)]))
    at = data.draw(st.integers(1, len(digits) - 1))
    text = f"{digits[:at]} {digits[at:]}"
    toks = [Token(digits[:at], 0, at), Token(digits[at:], at + 1, len(text))]
    every, complete = split_group([digits[:at], digits[at:]], slot.kinds, _joinable(text, toks))
    terms = _own_terms(template, slot)
    keeping = [s for s in every if all(not_broken(tuple(map(part_value, s, slot.kinds)), t) for t in terms)]
    got = _fitting_splits(_Reading(text, template, True, (), [], 0), slot, toks)
    if complete:
        assert got == ((keeping, True) if keeping else None)


def test_what_one_equation_settles_through_a_row_whose_split_is_not_listed_is_left_open() -> None:
    """Row `a` prints 2226 and 170 (listed, with 22 and 26170); row `b` printed its digits so that no split
    listed is its own (an empty cell printed as nothing): only (22, 5) is. Each equation alone is kept by
    some reading, both together by none, and the first alone settles `a` as 22 and 26170 through `b`'s wrong
    split. The second, broken by that reading though a split of its rows keeps it, opens them: `a` to both
    its splits; `b`'s one split is all its digits allow, and stays. Where no split of its rows keeps an
    equation (the report's own sum is broken), what the others settle stands."""
    a = Choice(("a1", "a2"), [(2226, 170), (22, 26170)])
    b = Choice(("b1", "b2"), [(22, 5)])
    equations = [Equation("e1", ("a1",), ("b1",), "a1"), Equation("e2", ("t",), ("a2", "b2"), "t")]
    options, stopped, unkept = settle({"t": 175}, [a, b], equations)
    assert unkept and not stopped
    assert options == {"a1": {2226, 22}, "a2": {170, 26170}, "b1": {22}, "b2": {5}}
    listed = settle({"t": 175}, [a, Choice(("b1", "b2"), [(2226, 5), (22, 5)])], equations)  # b's split listed
    assert listed.options["a1"] == {2226} and not listed.unkept
    broken = settle({"t": 176}, [a, b], equations)  # no reading of a and b makes 176: the report's sum breaks
    assert broken.unkept and broken.options["a1"] == {22}


def test_a_row_printing_an_empty_cell_as_nothing_beside_a_row_no_split_fits_unsettles_its_column_sums() -> None:
    """Table 三 run together, with 结转下年度 printing its empty 社会公益组织 as nothing (`29423073327`) and
    row 7 printing numbers that break its own total (28, 0, empty, 0, 1, 0 and 30): no split keeps the column
    balances, and the balances taken one by one read 新收, 总计 and 结转 wrong (22, 26, 170, 2212, … for
    2226, 170, 22, 12, …). What no reading with a row left out confirms is null with value.ambiguous."""
    rec = synth_record(random.Random(1), "2019", 2019, "省")
    printed = {
        "received": [2226, 170, 22, 12, 146, 4, 2580],
        "carried_in": [64, 4, 0, 0, 2, 3, 73],
        "total": [1996, 151, 22, 12, 141, 4, 2326],
        "carried_forward": [294, 23, 0, None, 7, 3, 327],
        "withheld.enforcement_file": [28, 0, None, 0, 1, 0, 30],
    }
    for row, values in printed.items():
        for col, v in zip(APPLICANT_COLUMNS, values, strict=True):
            rec.cells[f"s3.{row}.{col}"] = v
    got = parse_text(str(write_layout(rec, "glued", 5)))
    wrong = {c: got.cells[c] for c, v in rec.cells.items() if c.startswith("s3.") and got.cells[c] not in (None, v)}
    assert wrong == {}
    unread = {c for f in got.findings if f.rule == "value.ambiguous" for c in f.cells}
    assert {c for c in rec.cells if c.startswith("s3.") and got.cells[c] is None and rec.cells[c] is not None} <= unread
    assert got.cells["s3.received.natural_person"] is None
    assert any("没有一种拆分方式" in f.message for f in got.findings if "s3.received.natural_person" in f.cells)


def test_a_search_stopped_short_says_so_and_never_that_no_split_fits() -> None:
    """Twenty-one outcome rows of 三, each `1` run into a 0 or the 0 into it (自然人 1 and 商业企业 0, or 0
    and 1), under a 总计 row of 10 and 11: C(21, 10) readings keep every identity, more than the search
    lists. The cells stay open with a finding that says the search stopped, not that no split fits."""
    template = TEMPLATES["2021"]
    table = template.section_tables(3)[0]
    rows = s3_outcomes(table)
    cells: dict[str, Value | None] = {c: 0 for c in table.cell_ids}
    for r in rows:
        cells[f"s3.{r}.total"] = 1
    cells |= {"s3.total.natural_person": 10, "s3.total.commercial": 11, "s3.total.total": 21}
    choices = [Choice((f"s3.{r}.natural_person", f"s3.{r}.commercial"), [(1, 0), (0, 1)]) for r in rows]
    for ch in choices:
        for c in ch.cells:
            del cells[c]
    ex = Extraction(cells=cells)
    _resolve(ex, template, choices, {ch.cells: _Split([], [], []) for ch in choices}, dict)
    found = [f for f in ex.findings if f.rule == "value.ambiguous"]
    assert len(found) == len(rows) and all("停止" in f.message and "没有一种" not in f.message for f in found)
    assert all(ex.cells[c] is None for ch in choices for c in ch.cells)


def test_a_stated_count_of_new_requests_may_take_in_those_carried_over() -> None:
    """新收 said as 21 fits a split reading 本年新收 21, or 17 with 4 carried in (the prose counting both);
    with 上年结转 not read, only 21."""
    requests = next(s for s in TEMPLATES["2021"].stated if s.quantity == "requests")

    def fits(values: dict[str, Value | None], said: list[int]) -> bool:
        return _fits(_read(values, {}, requests.cells), _read(values, {}, requests.also), said)

    values: dict[str, Value | None] = {"s3.received.total": 17, "s3.carried_in.total": 4}
    assert fits(values, [21]) and fits(values, [17])
    assert not fits(values, [20]) and not fits(values, [17, 20])
    assert not fits({"s3.received.total": 17, "s3.carried_in.total": None}, [21])
    assert fits({"s3.received.total": None}, [21])  # no count to hold it: nothing said against


@pytest.mark.parametrize(("text", "parts"), [("1 234", True), ("12 3456", True), ("5 30", False), ("0 0", False)])
def test_a_space_parts_groups_of_three_digits_only(text: str, parts: bool) -> None:
    """One space parts a number's groups where three digits at least follow it (`1 234`): not two cells of
    fewer (`5 30`, `0 0`), which are no number's groups."""
    before, after = text.split(" ")
    assert parts_groups(text, len(before), len(before) + 1, before, after) is parts


def test_a_row_s_equation_is_judged_by_its_cells_places_as_holds_judges_it() -> None:
    """`not_broken` on the places `equation_terms` gives says what `holds` says of the row's cells, an
    unreadable cell leaving the equation unbroken."""
    eq = Equation("identity.row_total", ("t",), ("a", "b"), "t")
    cells = ("a", "x", "b", "t")
    terms = equation_terms(eq, cells)
    assert sorted(terms) == [(0, -1), (2, -1), (3, 1)]
    for values in [(1, 9, 2, 3), (1, 9, 2, 4), (1.5, 0, 2.25, 3.75), (None, 0, 2, 3), (1, None, 2, 3)]:
        assert not_broken(values, terms) is (holds(eq, dict(zip(cells, values, strict=True))) is not False)


def test_a_long_row_of_spaced_numbers_keeps_its_reading_as_printed() -> None:
    """A row of table 四 printed a number a cell, fifteen of them, every space one a cell might run on
    across (its label's last word run into its first digits: `结72 64 178 …`): only a space before three
    digits may part a number's groups (64 178, 37 351), so the readings are few and listed whole, the row
    as printed among them."""
    printed = ["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"]
    readings, complete = grouped_splits(printed, [Kind.COUNT] * 15, [True] * 14)
    assert complete and printed in readings
    assert all(len(r) == 15 for r in readings)
