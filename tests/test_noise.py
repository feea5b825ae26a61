"""Round trips through the damage real reports reach us with (render/noise.py): each cell and 统计表
value comes back as printed, or null with a finding naming it; never a different number, never a
section reported missing that is there."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from test_roundtrip import covered, record_with, reports
from zfxxgk import parse_bytes, parse_text, pipeline
from zfxxgk.extract.blanks import possible
from zfxxgk.extract.indicators import extract_indicators
from zfxxgk.extract.tables import extract_tables
from zfxxgk.numbering import cn_numeral, strip_numbering
from zfxxgk.record import Record
from zfxxgk.render.document import build_blocks
from zfxxgk.render.layouts import LAYOUTS, TEXT_LAYOUTS
from zfxxgk.render.noise import (
    ANSWERS_SAID,
    CARRIED_FORWARD_SAID,
    CARRIED_IN_SAID,
    CELL_WORDS,
    LITIGATION_SAID,
    NOISE,
    NOISY_LAYOUTS,
    NONE_SAID,
    NOTHING_SAID,
    NUMBER,
    PAGE_FORMS,
    PDF_PAGE_FORMS,
    REVIEW_SAID,
    SAVED_MARKUP,
    VARIANT_TITLES,
    last_year_statistics,
    reprinted_statistics,
    unfilled_cumulative,
    write_noisy,
)
from zfxxgk.render.traditional import HALF_WIDTH_PARENS
from zfxxgk.synth import LEVELS, random_report, synth_record, write_layout
from zfxxgk.templates import get_template, template_for_year
from zfxxgk.templates.model import spaced

NOISE_SETTINGS = settings(
    max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], database=None
)
TABLE_YEARS = st.sampled_from((2019, 2020, 2021, 2023))
OLD_YEARS = st.integers(2008, 2018)
UNREAD = ("value.ambiguous", "table.incomplete")
MARKDOWN = (
    "loose_cells",
    "dispersed_labels",
    "lost_rows",
    "cell_breaks",
    "table_headings",
    "page_footers",
    "placeholder_headers",
    "html_tables",
    "reordered_columns",
)


def parse_noisy(rec: Record, layout: str, noise: Sequence[str], seed: int) -> Record:
    out = write_noisy(rec, layout, noise, seed)
    if isinstance(out, bytes):
        return parse_bytes(out, "report.docx")
    return parse_bytes(out.encode(), "report.html") if layout == "html" else parse_text(out)


def example(layout: str, noise: list[str], seed: int, template: str = "2021", year: int = 2022) -> tuple[Record, str]:
    """A county's report of `template` and `year` (the same one each time), and its text in `layout` with
    `noise`."""
    rec = synth_record(random.Random(3), template, year, "区县")
    return rec, str(write_noisy(rec, layout, noise, seed))


def assert_damaged(rec: Record, got: Record, meta: Sequence[str] = ("agency", "year", "template")) -> None:
    """The `meta` fields as printed; each cell and 统计表 value as printed or null with a finding naming
    it; every 统计表 row and column there; no section.missing."""
    assert got.error is None
    assert [getattr(got.meta, k) for k in meta] == [getattr(rec.meta, k) for k in meta]
    for cid, value in rec.cells.items():
        back = got.cells.get(cid)
        assert back == value or (back is None and covered(cid, got, UNREAD)), (cid, value, back)
    shape = [(i.label, i.unit, list(i.values)) for i in rec.indicators]
    assert [(i.label, i.unit, list(i.values)) for i in got.indicators] == shape
    for want, have in zip(rec.indicators, got.indicators, strict=True):
        for col, value in want.values.items():
            back = have.values[col]
            assert back == value or (back is None and covered(f"indicator.{want.label}", got, UNREAD)), (
                want.label,
                col,
                value,
                back,
            )
    assert not [f for f in got.findings if f.rule == "section.missing"]


def test_every_noise_is_deterministic_and_unknown_names_are_refused() -> None:
    rec = synth_record(random.Random(2), "2021", 2022, "市")
    for name in NOISE:
        for layout in ("glued", "spaces", "md"):
            assert write_noisy(rec, layout, [name], 7) == write_noisy(rec, layout, [name], 7)
    assert write_noisy(rec, "md", []) != write_noisy(rec, "glued", [])
    with pytest.raises(ValueError):
        write_noisy(rec, "glued", ["smudge"])
    with pytest.raises(ValueError):
        write_noisy(rec, "pdf", [])


# pairs of noises of the text alone at different stages: the table as printed, a converter's, the page as saved
STAGED = [
    (a, b)
    for a, x in NOISE.items()
    for b, y in NOISE.items()
    if x.stage < y.stage and not (x.blocks or x.page or y.blocks or y.page)
]


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), pair=st.sampled_from(STAGED))
def test_text_noises_damage_the_text_in_the_order_it_was_made(report: tuple[Record, int], pair: tuple) -> None:
    """The tables as printed (their columns in another order), then a converter's damage (cells pulled out of
    them, `<br>` in them), then the page as a tool saved it (its lines folded or joined): whichever is named
    first, so a converter never works on a line a fold made (`…计1 |` / `次） | 次 | 0 |`)."""
    rec, seed = report
    first, then = pair
    assert write_noisy(rec, "md", [first, then], seed) == write_noisy(rec, "md", [then, first], seed)


def test_a_converters_break_in_a_cell_under_a_fold() -> None:
    """A `<br>` in a row's label and the row folded inside its label's bracket, the unit after the fold (seed
    1602882): the 统计表 read as printed."""
    rec = random_report(random.Random(1602882))
    assert_damaged(rec, parse_noisy(rec, "md", ["folded_lines", "cell_breaks", "aligned_columns"], 1602882))


def test_a_row_whose_first_cell_is_empty_after_a_line_a_fold_filled() -> None:
    """A folded text whose header line ends on its `|` at the fold's width, the row under it opening with an
    empty cell (` | 0 | 1 |…`, seed 1880354): a row of its own, not the header's rest, its cells in place."""
    rec = random_report(random.Random(1880354))
    noise = ["empty_cells", "folded_lines", "collapsed_spaces", "windows_breaks"]
    text = str(write_noisy(rec, "traditional", noise, 1880354))
    assert "||||||\r\n | 0 | 1 |" in text
    assert_damaged(rec, parse_noisy(rec, "traditional", noise, 1880354))


def test_a_glued_row_on_a_line_whose_page_catalog_prints_tabs_is_no_tab_row() -> None:
    """A page's lines run together, its catalog's tabs on the same line as a glued table (`…组配分类\t…` then
    `…规范性文件200第二十条…`, seed 1990421): the row's number stands after its label's words, in no cell of
    its own between tabs, so its cells are not placed by them (two blanks and 200 for 2, 0, 0)."""
    rec = random_report(random.Random(1990421))
    noise = ["page_metadata", "statistics_columns", "broken_headers", "cell_breaks", "spaced_thousands", "tab_rows"]
    assert_damaged(rec, parse_noisy(rec, "glued", noise, 1990421))


def test_a_zero_led_run_after_a_spaced_group_may_end_in_a_number_whose_thousands_are_spaced() -> None:
    """A glued row whose thousands are spaced at both ends (`1 03254017151 073`: 1 032, 5, 4, 0, 17, 15 and
    1 073, seed 3238291): the zero after the last space may end the number the run before it ends in, as the
    run's own zero ends the 1 before it. Split off as a cell of its own, no split added up: three false
    identity findings on a report whose sums hold."""
    rec = random_report(random.Random(3238291))
    text = str(write_noisy(rec, "glued", ["spaced_thousands"], 3238291))
    assert "不掌握相关政府信息1 03254017151 073" in text
    got = parse_text(text)
    assert_damaged(rec, got)
    assert not [f.rule for f in got.findings if f.rule.startswith("identity.")]


def test_a_zero_led_token_in_a_row_of_as_many_tokens_as_cells_is_no_count_as_printed() -> None:
    """`8.属于行政查询事项22 3 0 0 1 02 6` (22, 3, 0, 0, 1, 0 and 26: a stray space inside 26, and the 0 before it
    run onto it where the lines ran together; seed 3241044): seven tokens for seven cells, but no count is
    printed `02`. Read one a cell it gave 2 and 6; the row's spaces are weighed as a glued row's are."""
    rec = random_report(random.Random(3241044))
    noise = ["lines_run_together", "repeated_headers", "split_numbers", "broken_headers"]
    text = str(write_noisy(rec, "cells", noise, 3241044))
    assert "8.属于行政查询事项22 3 0 0\xa01 02 6" in text
    assert_damaged(rec, parse_text(text))


def test_a_spaced_row_on_a_line_of_rows_run_together_that_breaks_its_total_as_printed() -> None:
    """`二、上年结转政府信息公开申请数量31 0 0 0 1 13 3` (31, 0, 0, 0, 1, 1 and 33: a cell a line, the lines run
    together, the last break lost with no space, and a stray space inside 33; seed 63): among rows printed a
    number a cell, a row that breaks its own total as printed, where one stray space and one lost break keep
    it, is split by its sums as a glued row is. Read as printed it gave 13 and 3."""
    rec = random_report(random.Random(63))
    text = str(write_noisy(rec, "cells", ["lines_run_together", "split_numbers"], 63))
    assert "二、上年结转政府信息公开申请数量31 0 0 0\xa01\xa013 3三" in text
    assert_damaged(rec, parse_text(text))


def test_a_seal_goes_with_the_agency_where_the_date_signs_first() -> None:
    """A page that prints the signature's date above the agency's name: where the seal goes, it goes after the
    name (XX人民政府（印章）), not after the date, and the name is read without it."""
    rec = random_report(random.Random(380277))
    text = str(write_noisy(rec, "glued", ["page_forms", "signature_forms"], 380277))
    assert f"{rec.meta.agency}（印章）" in text
    assert parse_text(text).meta.agency == rec.meta.agency


def test_a_heading_is_glued_to_no_empty_row() -> None:
    """A table printed by its columns after its header was repeated ends in rows with no cell: the heading
    after it is glued to the last row that has one, or to none."""
    rec = random_report(random.Random(501532))
    noise = ["repeated_headers", "row_numbers", "by_columns", "glued_headings"]
    got = parse_noisy(rec, "pipes_cells", noise, 501532)
    assert_damaged(rec, got)


@pytest.mark.parametrize("after", ["spaced_thousands", "counted_cells"])
def test_a_footnotes_mark_glued_to_a_number_before_it_is_reprinted(after: str) -> None:
    """A cell `119②` (② is a digit to str.isdigit) is no count the noises after full_stops reprint."""
    rec = synth_record(random.Random(2), "2021", 2022, "市")
    for seed in (11, 12, 30):
        got = parse_text(str(write_noisy(rec, "pipes_rows", ["full_stops", after], seed)))
        assert got.error is None and got.cells


# --- 1. a stray space inside a glued run of digits ------------------------------------------------

RECEIVED = tuple(
    f"s3.received.{c}"
    for c in ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_glued_rows_with_stray_spaces(report: tuple[Record, int]) -> None:
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "glued", ["spaced_cells"], seed))


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_glued_rows_with_a_stray_space_inside_a_number(report: tuple[Record, int]) -> None:
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "glued", ["spaced_cells", "split_numbers"], seed))


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_counted_cells_run_together_with_a_stray_space(report: tuple[Record, int]) -> None:
    """`3 55件0件…47件`: cells that end in their unit run together, one number split by a space — read as
    the row's and the table's sums settle it, else null, never the space taken for a boundary unasked."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "glued", ["counted_cells", "split_numbers"], seed))


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("3 55件0件0件3件4件47件", [35, 5, 0, 0, 3, 4, 47]),  # only 35, 5 keeps the row's total
        ("1件 5件0件0件3件4件13件", [1, 5, 0, 0, 3, 4, 13]),  # a unit ends its cell: 1件 5件 is never 15
    ],
)
def test_a_stray_space_among_counted_cells(printed: str, want: list[int]) -> None:
    rec, text = example("glued", ["counted_cells"], 1)
    row = "1.本机关不掌握相关政府信息"
    cells = [c for c in rec.cells if c.startswith("s3.unavailable.not_held.")]
    at = text.index(row) + len(row)
    got = parse_text(text[:at] + printed + text[text.index("2.没有现成信息", at) :])
    assert [got.cells[c] for c in cells] == want


@pytest.mark.parametrize("layout", ("cells", "tabs", "pipes_cells", "md"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_a_stray_space_inside_a_cell_of_its_own(layout: str, report: tuple[Record, int]) -> None:
    """`1 84` where cells are one per line or between pipes: one cell, read through where the table's
    sums settle it."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["split_numbers"], seed))


@pytest.mark.parametrize("layout", ["tabs", "cells", "spaces", "pipes_cells", "md"])
@pytest.mark.parametrize("more", [[], ["split_numbers"], ["trailing_spaces"], ["double_spaced"], ["windows_breaks"]])
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_empty_cells_whose_lines_of_white_space_were_dropped(
    layout: str, more: list[str], report: tuple[Record, int]
) -> None:
    """Empty cells printed as white space alone on their lines (a Word table's `\t`), those lines then dropped
    by the tool that saved the page: a row a number short where cells stand a line each, with nothing to show
    which cell is empty — as printed, or null with a finding, never a number in another's cell."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["empty_cells", "white_lines_dropped", *more], seed))


@pytest.mark.parametrize("seed", [0, 4, 7])
def test_an_empty_cells_dropped_line_in_a_double_spaced_text_still_shows_the_cell(seed: int) -> None:
    """A double-spaced text of cells a line (each followed by an empty line), an empty cell's line of white
    space dropped: three line breaks stand where two part other cells. Halved down to one, nothing showed
    which cell was empty and the row was left unread; halved up, the empty line left shows it: every cell
    as printed, the empty ones empty."""
    rec = synth_record(random.Random(seed), "2021", 2023, "区县", blanks=2)
    assert parse_noisy(rec, "cells", ["double_spaced", "white_lines_dropped"], seed).cells == rec.cells


@pytest.mark.parametrize(("seed", "template", "year"), [(0, "2021", 2023), (6, "2019", 2020), (28, "2021", 2023)])
def test_a_rows_first_cell_empty_where_rows_stand_apart_by_two_empty_lines(seed: int, template: str, year: int) -> None:
    """Cells a tab and a line each, rows apart by two empty lines (a double-spaced page), a row's first cell
    empty, its line of white space dropped: one empty line after the row's label, fewer than part the rows,
    is that cell, not the spacing a header is followed by. Taken for spacing, the row's numbers moved up a
    cell each (0 0 0 0 0 2 and an empty total for an empty 自然人 and 0 0 0 0 0 2)."""
    rec = synth_record(random.Random(seed), template, year, "区县", blanks=2)
    got = parse_noisy(rec, "tabs", ["double_spaced", "white_lines_dropped"], seed)
    assert_damaged(rec, got)
    first = next(c for c, v in rec.cells.items() if v is None and c.endswith(".natural_person"))
    row = first.removesuffix(".natural_person")
    assert {c: got.cells[c] for c in rec.cells if c.startswith(row)} == {
        c: v for c, v in rec.cells.items() if c.startswith(row)
    }


@pytest.mark.parametrize(("layout", "more"), [("spaces", []), ("tabs", []), ("spaces", ["columns_apart"])])
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_a_stray_space_making_up_for_an_empty_cell(layout: str, more: list[str], report: tuple[Record, int]) -> None:
    """A cell printing nothing and a stray space inside another number of its row (`20 2 11 0 0 0 0 `), the
    numbers perhaps two to five spaces apart, the stray space too (`20   2   11 …`): the row prints a number a
    cell, yet its total says otherwise — as printed, or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["empty_cells", "split_numbers", *more], seed))


@pytest.mark.parametrize("more", ([], ["empty_cells"], ["empty_cells", "split_numbers"], ["empty_cells", "full_stops"]))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_tables_laid_out_in_columns(more: list[str], report: tuple[Record, int]) -> None:
    """A PDF's text laid out in columns, an empty cell printing spaces only: a row printing fewer numbers
    than cells is read by the columns its numbers stand under, or null with a finding; the tables whole
    where no cell is empty. In table 三, whose many rows show its columns, 四, whose header over several
    lines does, and 二, every row is read so — a number split by a stray space joined where both parts
    stand under one column — each cell exact or null with a finding naming it."""
    rec, seed = report
    got = parse_noisy(rec, "spaces", [*more, "aligned_columns"], seed)
    assert_damaged(rec, got)
    if not more:
        assert {c: got.cells[c] for c in rec.cells if c.startswith(("s2.", "s3.", "s4."))} == {
            c: v for c, v in rec.cells.items() if c.startswith(("s2.", "s3.", "s4."))
        }
    if "full_stops" not in more:
        named = {c for f in got.findings if f.rule in ("table.incomplete", "value.ambiguous") for c in f.cells}
        unread = [c for c, v in rec.cells.items() if c.startswith(("s2.", "s3.", "s4.")) and got.cells[c] != v]
        assert all(got.cells[c] is None and c in named for c in unread), unread


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_footnote_marks_laid_out_in_columns_leave_no_row_unread(report: tuple[Record, int]) -> None:
    """Footnote marks and full stops after cells (`19※`, `0。`) in a PDF's text laid out in columns, some
    cells empty: a mark moves its number off its column by its width, yet every cell read with the empty
    cells alone is read the same with the marks."""
    rec, seed = report
    plain = parse_noisy(rec, "spaces", ["empty_cells", "aligned_columns"], seed)
    marked = parse_noisy(rec, "spaces", ["empty_cells", "full_stops", "aligned_columns"], seed)
    assert_damaged(rec, marked)
    read = {c: v for c, v in plain.cells.items() if c.startswith(("s2.", "s3.", "s4.")) and v is not None}
    assert {c: marked.cells[c] for c in read} == read


@pytest.mark.parametrize("more", ([], ["empty_cells"], ["empty_cells", "split_numbers"]))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_names_wrapped_in_narrow_columns(more: list[str], report: tuple[Record, int]) -> None:
    """A PDF's text laid out in columns as narrow as their numbers, each name of four characters or more
    wrapped over two lines in its column (`结果` over `维持`, `社会公` over `益组织`): each cell exact or null
    with a finding naming it, the tables whole where no cell is empty; and in 三 and 四 every cell read
    with the names whole (`aligned_columns`) read the same — the header wrapped shows the columns as well."""
    rec, seed = report
    got = parse_noisy(rec, "spaces", [*more, "wrapped_names"], seed)
    assert_damaged(rec, got)
    tables = {c: v for c, v in rec.cells.items() if c.startswith(("s2.", "s3.", "s4."))}
    if not more:
        assert {c: got.cells[c] for c in tables} == tables
    named = {c for f in got.findings if f.rule in UNREAD for c in f.cells}
    assert all(got.cells[c] is None and c in named for c, v in tables.items() if got.cells[c] != v)
    whole = parse_noisy(rec, "spaces", [*more, "aligned_columns"], seed)
    read = {c: v for c, v in whole.cells.items() if c.startswith(("s3.", "s4.")) and v is not None}
    assert {c: got.cells[c] for c in read} == read


@NOISE_SETTINGS
@given(
    form=st.sampled_from(("2019", "2021")),
    year=TABLE_YEARS,
    layout=st.sampled_from(("spaces", "tabs", "md", "cells")),
    seed=st.integers(0, 2**32 - 1),
)
def test_names_wrapped_and_broken_in_their_cells_tell_the_format(form: str, year: int, layout: str, seed: int) -> None:
    """Names wrapped over two lines in narrow columns, some broken by a space as well: the format is the
    one the tables print, whatever the year (a wrong one for the year flagged) — the end of one line's
    last name and the start of the next line's first never spell another format's header
    (`本年  处理决定` over `增/减  数量` is no 本年处理决定数量) — and each cell exact or null with a finding
    naming it."""
    rec = synth_record(random.Random(seed), form, year, "区县")
    got = parse_noisy(rec, layout, ["wrapped_names", "broken_headers"], seed)
    assert_damaged(rec, got)
    assert any(f.rule == "template.mismatch" for f in got.findings) == (form != template_for_year(year).id)


def test_a_stray_space_in_a_cell_per_line_is_one_cell() -> None:
    row = dict(zip(RECEIVED, (1811, 98, 0, 4, 92, 184, 2189), strict=True))
    rec = record_with("2021", 2022, **{c.replace(".", "__"): v for c, v in row.items()})
    text = str(write_layout(rec, "cells", 0))
    head, tail = text.split("一、本年新收政府信息公开申请数量", 1)
    tail = tail.replace("184", "1 84", 1).replace("2189", "218 9", 1)
    got = parse_text(head + "一、本年新收政府信息公开申请数量" + tail)
    assert [got.cells[c] for c in RECEIVED] == [1811, 98, 0, 4, 92, 184, 2189]


def test_a_stray_space_inside_a_number_is_read_through() -> None:
    """`1 21` is 121 where only that reading lets the row add up."""
    row = dict(zip(RECEIVED, (120, 0, 0, 0, 0, 1, 121), strict=True))
    rec = record_with("2019", 2020, **{c.replace(".", "__"): v for c, v in row.items()})
    text = str(write_layout(rec, "glued", 2)).replace("申请数量12000001121", "申请数量12 0000011 21")
    assert "申请数量12 0000011 21" in text
    got = parse_text(text)
    assert [got.cells[c] for c in RECEIVED] == [120, 0, 0, 0, 0, 1, 121]


@pytest.mark.parametrize("cut", ["17 .26", "17. 26", "17\n.26", "17.\n26"])
@pytest.mark.parametrize("layout", ["cells", "pipes_rows", "pipes_cells", "tabs", "spaces", "glued", "md"])
@pytest.mark.parametrize(("template", "year"), [("pre2019", 2013), ("2021", 2022)])
def test_a_number_folded_at_its_decimal_point(template: str, year: int, layout: str, cut: str) -> None:
    """A page's lines folded at a number's decimal point, the lines then joined by spaces or not (`17 .26`,
    seed 1850180): the number is read whole, not as `17`, its decimals lost, nor with `.` a row of its own."""
    rec = synth_record(random.Random(3), template, year, "区县")
    if rec.indicators:
        fees = next(i for i in rec.indicators if i.label == "实际收取的总金额")
        fees.values = dict(zip(fees.values, (17.26, 170.26), strict=True))
    else:
        rec.cells["s2.fees.amount"] = 17.26
    text = str(write_noisy(rec, layout, [], 0))
    assert text.count("17.26") == 1
    got, clean = parse_text(text.replace("17.26", cut)), parse_text(text)  # (glued rows may read no way)
    assert got.cells == clean.cells
    assert [(i.label, i.values) for i in got.indicators] == [(i.label, i.values) for i in clean.indicators]
    if layout != "glued":  # (where digits run on, 17.26170.26 splits more ways than one)
        assert 17.26 in [got.cells.get("s2.fees.amount"), *(i.values.get(f"{year}年度") for i in got.indicators)]


def test_stray_spaces_at_some_cell_boundaries() -> None:
    """r002: 20 0 0 0 0 1 21 printed `20 0 00 0 121`."""
    row = dict(zip(RECEIVED, (20, 0, 0, 0, 0, 1, 21), strict=True))
    rec = record_with("2019", 2020, **{c.replace(".", "__"): v for c, v in row.items()})
    text = str(write_noisy(rec, "glued", ["spaced_cells"], 2))
    assert "一、本年新收政府信息公开申请数量20 0 0 00 121" in text
    got = parse_text(text)
    assert [got.cells[c] for c in RECEIVED] == [20, 0, 0, 0, 0, 1, 21]
    assert_damaged(rec, got)


def test_a_word_beyond_a_rows_cells_where_a_stray_space_may_have_split_a_number() -> None:
    """`1434 5 6 6 2 8 不适用 暂无`: eight tokens for seven cells, the total a word. Either the last word is no
    cell of the row, or a stray space split 56 and both words are cells; with the total unprinted nothing
    tells, so the row is unread (not 1434, 5, 6, 6, 2, 8)."""
    row = dict(zip(RECEIVED, (1434, 56, 6, 2, 8, 84, 1590), strict=True))
    rec = record_with("2021", 2022, **{c.replace(".", "__"): v for c, v in row.items()})
    text = str(write_layout(rec, "spaces", 0))
    printed = "一、本年新收政府信息公开申请数量 1434 56 6 2 8 84 1590"
    assert printed in text
    got = parse_text(text.replace(printed, "一、本年新收政府信息公开申请数量 1434 5 6 6 2 8 不适用 暂无"))
    assert [got.cells[c] for c in RECEIVED] == [None] * 7
    assert all(covered(c, got, ("value.ambiguous",)) for c in RECEIVED)


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_counts_printed_with_their_unit(layout: str, report: tuple[Record, int]) -> None:
    """`0件 12件` in the cells of 三 and 四: the unit is no label text, and the rows are no prose; `1,234`,
    `1，234` and `１２３` are the numbers they print, never two cells."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["counted_cells"], seed)
    assert_damaged(rec, got)
    assert not [f for f in got.findings if f.rule.startswith("narrative.")]


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS))
def test_statistics_counts_with_thousands_separators(layout: str, report: tuple[Record, int]) -> None:
    """`1,234`, `1，234` and `１２３` in a 统计表: the number printed, or null with a finding where the digits
    are run together (glued); never another number."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["counted_cells"], seed)
    assert_damaged(rec, got)
    if layout != "glued":
        assert [i.values for i in got.indicators] == [i.values for i in rec.indicators]


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports())
def test_counts_with_a_space_between_groups_of_three(layout: str, report: tuple[Record, int]) -> None:
    """`1 234`, a space between a count's groups of three, in every table: the number printed, or null with a
    finding where the space may as well part two cells (glued: `1 12402 124` is 1124, 0 and 2124 or 1,
    12402 and 124) and the table's sums do not settle it — never the space taken for a boundary unasked."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["spaced_thousands"], seed))


@pytest.mark.parametrize("noise", [["spaced_thousands", "counted_cells"], ["counted_cells", "spaced_thousands"]])
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_glued_counts_with_their_unit_or_a_space_between_groups(noise: list[str], report: tuple[Record, int]) -> None:
    """Counts with their unit, a space or a thousands separator between their groups of three (`4,017`,
    `14 058`, the one beside the other where the separators come after the spaces), run together: each as
    printed, or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "glued", noise, seed))


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("1 12402 124", [None, None, None]),  # 1, 12402, 124 or 1124, 0, 2124: no sum to tell
        ("4017+14 058", [4017, 1, 4058]),  # 058 is no cell: +14 058 is +1 and 4 058
        ("1 9982 000", [1, None, None]),  # 998 and 2 000, 9 and 982 000…: the first cell 1 each time
        # a page's widened spaces between groups too: 1751, 0, 1386 as well as 1, 75101, 386
        ("1 75101   386", [None, None, None]),
        ("1   75101 386", [None, None, None]),
    ],
)
def test_a_space_between_groups_of_three_in_a_glued_row(printed: str, want: list[int | None]) -> None:
    _, text = example("glued", [], 0, "2019", 2020)
    got = parse_text(text.replace("行政许可190107", f"行政许可{printed}", 1))
    cells = [f"s2.licensing.{c}" for c in ("previous", "change", "decisions")]
    assert [got.cells[c] for c in cells] == want
    assert all(covered(c, got, ("value.ambiguous",)) for c, v in zip(cells, want, strict=True) if v is None)


def test_a_zero_after_a_space_ends_a_number_with_a_thousands_separator() -> None:
    """`行政许可6,28601 064` (6,286, 0 and 1 064 run together): the zero after the space may end the number
    before it, as after a number without a separator (`2 014`), so it is no cell of its own and 64 none
    either: each cell as printed, or null with value.ambiguous."""
    _, text = example("glued", [], 0, "2019", 2020)
    got = parse_text(text.replace("行政许可190107", "行政许可6,28601 064", 1))
    cells = [f"s2.licensing.{c}" for c in ("previous", "change", "decisions")]
    for c, want in zip(cells, (6286, 0, 1064), strict=True):
        assert got.cells[c] == want or (got.cells[c] is None and covered(c, got, ("value.ambiguous",)))


def test_a_zero_led_number_whose_rest_may_begin_a_number_with_its_thousands_spaced() -> None:
    """`行政许可02 275` (a cell left empty, printing nothing, then 0 and 2 275 run together): the 2 after the zero
    may begin 2 275 as well as be a cell of its own. Read as 0, 2 and 275 it gave a number to the empty cell:
    now each cell is as printed or null with a finding naming it."""
    _, text = example("glued", [], 0, "2019", 2020)
    got = parse_text(text.replace("行政许可190107", "行政许可02 275", 1))
    cells = [f"s2.licensing.{c}" for c in ("previous", "change", "decisions")]
    for c, want in zip(cells, (None, 0, 2275), strict=True):
        assert got.cells[c] == want or (got.cells[c] is None and covered(c, got, ("value.ambiguous",)))
    assert got.cells[cells[0]] is None


@pytest.mark.parametrize("gap", ["  ", "   "])
def test_a_zero_led_group_after_a_widened_space_may_end_the_number_before(gap: str) -> None:
    """`行政许可5701  048` (57, 0 and 1 048 run together, the thousands' space widened): the zero-led 048 may be
    the end of 1 048 as well as two cells, 0 and 48. Read as those, it gave 5701, 0 and 48: now each cell is
    as printed or null with a finding naming it."""
    _, text = example("glued", [], 0, "2019", 2020)
    got = parse_text(text.replace("行政许可190107", f"行政许可5701{gap}048", 1))
    cells = [f"s2.licensing.{c}" for c in ("previous", "change", "decisions")]
    for c, want in zip(cells, (57, 0, 1048), strict=True):
        assert got.cells[c] == want or (got.cells[c] is None and covered(c, got, ("value.ambiguous",)))
    assert got.cells[cells[0]] is None


def test_a_sign_a_column_never_prints_tells_a_stray_space_in_a_glued_row() -> None:
    """`行政许可264 8-18538` (2648, -18 and 538, a folded line's break inside 2648 made a space): read as printed
    it was 264, 8 and -18538, a count below zero. The space is a stray one: 2648 is certain, and the two cells
    run together after it are as printed or null with value.ambiguous."""
    _, text = example("glued", [], 0, "2019", 2020)
    got = parse_text(text.replace("行政许可190107", "行政许可264 8-18538", 1))
    cells = [f"s2.licensing.{c}" for c in ("previous", "change", "decisions")]
    assert got.cells[cells[0]] == 2648
    for c, want in zip(cells[1:], (-18, 538), strict=True):
        assert got.cells[c] == want or (got.cells[c] is None and covered(c, got, ("value.ambiguous",)))


LICENSING = ("行政许可190107", tuple(f"s2.licensing.{c}" for c in ("previous", "change", "decisions")))
PROCUREMENT = ("政府集中采购256152758.1764元", ("s2.procurement.projects", "s2.procurement.amount"))


@pytest.mark.parametrize(
    ("row", "printed", "want"),
    [
        (LICENSING, "行政许可4,017+14,058", [4017, 1, 4058]),  # the comma's groups end 4,017: +1, then 4,058
        (LICENSING, "行政许可4,01714,058", [4017, 1, 4058]),  # 14,058 would leave a cell short
        (LICENSING, "行政许可4,017+14 058", [4017, 1, 4058]),  # a spaced-thousands cell beside it
        (LICENSING, "行政许可4,017+14058", [4017, None, None]),  # +1 and 4058, or +14… : nothing to tell
        (PROCUREMENT, "政府集中采购2,06152758.1764元", [2061, 52758.1764]),  # its decimals and unit with it
        (PROCUREMENT, "政府集中采购2,56152758.1764元", [None, None]),  # or 2, the comma between two cells
        (LICENSING, "行政许可12,3639", [None, None, None]),  # 12 then 3639 split, or 1, 2,363 and 9
        (PROCUREMENT, "政府集中采购1  710541520.455735元", [None, None]),  # 1 710 and 541520.455735 too
    ],
)
def test_a_thousands_separator_in_a_glued_row(
    row: tuple[str, tuple[str, ...]], printed: str, want: list[float | None]
) -> None:
    """A count printed with a thousands separator run together with the cells beside it: its groups of
    three end where the comma says, unless the comma parts two cells, and the rest split as any digits run
    together; where more than one split is left, null with `value.ambiguous`."""
    _, text = example("glued", [], 0, "2019", 2020)
    (old, cells) = row
    got = parse_text(text.replace(old, printed, 1))
    assert [got.cells[c] for c in cells] == want
    assert all(covered(c, got, ("value.ambiguous",)) for c, v in zip(cells, want, strict=True) if v is None)


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        # 1 500 and 9 031, its spaces parting groups of three, or 1 and 5009031, a stray space in it: in a table
        # that runs its digits together, any space may be a stray one, and no sum settles which
        ("1 5009 031", [None, None]),
        ("1 8729 521", [None, None]),
        ("3521 872", [None, None]),  # 352 and 1 872, 35 and 21 872, 3 and 521 872 (3521 and 872: less than the year)
    ],
)
def test_a_space_between_groups_of_three_in_a_glued_statistics_row(printed: str, want: list[int | None]) -> None:
    rec = synth_record(random.Random(1903895779), "pre2019", 2009, "区县")
    text = str(write_noisy(rec, "glued", [], 1))
    got = parse_text(text.replace("网络申请数件462信函申请数件", f"网络申请数件{printed}信函申请数件", 1))
    row = next(i for i in got.indicators if i.label == "网络申请数")
    assert list(row.values.values()) == want
    assert None not in want or covered("indicator.网络申请数", got, ("value.ambiguous",))


@pytest.mark.parametrize("layout", [lay for lay in NOISY_LAYOUTS if lay != "glued"])
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_blank_cells_printed_as_a_mark(layout: str, report: tuple[Record, int]) -> None:
    """`—`, `——`, `/`, `无` in a cell: null with a finding naming it, its neighbours in their columns."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["blank_marks"], seed)
    assert got.cells == rec.cells
    assert all(covered(c, got, ("table.incomplete",)) for c, v in rec.cells.items() if v is None)


def test_a_row_ending_in_a_blank_mark_is_no_digits_run_together() -> None:
    """`规范性文件 11 30 －` in a table printed a space between cells: three cells, the last blank. The mark
    is a printed cell, so the row is no sign that the table runs digits together (where `11` might be two
    cells and the mark a column the row does not have)."""
    rec = synth_record(random.Random(443519845), "2019", 2019, "市", blanks=1)
    text = str(write_noisy(rec, "spaces", ["blank_marks"], 443519845))
    assert "规范性文件 11 30 －\n" in text
    got = parse_text(text)
    assert got.cells == rec.cells
    assert covered("s2.normative_documents.total_published", got, ("table.incomplete",))


@pytest.mark.parametrize("marks", ("blank_words", "blank_marks"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3), spaced=st.booleans())
def test_blank_marks_glued_to_the_digits(marks: str, report: tuple[Record, int], spaced: bool) -> None:
    """`0000无00`, `1601110无四、…`, `行政强制无0117`, `1601110—四、`, `事项/0690`: each mark one blank cell
    (a double dash perhaps two), the digits around it read as the other cells of the row, or null with a
    finding where they allow more than one reading."""
    rec, seed = report
    got = parse_noisy(rec, "glued", [marks, *(["spaced_cells"] if spaced else [])], seed)
    assert_damaged(rec, got)
    assert all(covered(c, got, UNREAD) for c, v in rec.cells.items() if v is None)


def test_a_fold_space_amid_a_glued_row_with_no_sum_where_the_words_show_fold_spaces() -> None:
    """A page whose lines a fold cut were joined by spaces, its table's digits run together: its words show
    the fold's spaces (`上一年 项目数量`), so a space amid a row's digits may be one too. A row with no sum of
    its own to judge it (`政府集中采购2561 52758.1764元`, 256 and 152758.1764) is no longer read as printed,
    but null with value.ambiguous; where the words show no such space, the space is its cells' edge."""
    rec, text = example("glued", [], 0, "2019", 2020)
    cells = ["s2.procurement.projects", "s2.procurement.amount"]
    assert [rec.cells[c] for c in cells] == [256, 152758.1764]
    spaced = text.replace("政府集中采购256152758.1764元", "政府集中采购2561 52758.1764元", 1)
    got = parse_text(spaced.replace("上一年项目数量", "上一年 项目数量"))
    assert [got.cells[c] for c in cells] == [None, None]
    assert all(covered(c, got, ("value.ambiguous",)) for c in cells)
    assert [parse_text(spaced).cells[c] for c in cells] == [2561, 52758.1764]


@pytest.mark.parametrize("gap", ["", " "])
def test_an_em_dash_glued_between_digits_is_a_blank_cell(gap: str) -> None:
    """`规范性文件12—244` (12, a blank printed as a dash, 244): the dash is the blank cell, the digits around it
    the others. It parted the row in two, its first number lost and 244 split into 2, 4 and 4."""
    _, text = example("glued", [], 0, "2019", 2020)
    got = parse_text(text.replace("规范性文件11610", f"规范性文件12{gap}—244", 1))
    cells = [f"s2.normative_documents.{c}" for c in ("made", "published", "total_published")]
    assert [got.cells[c] for c in cells] == [12, None, 244]


def test_a_blank_total_glued_between_a_row_and_the_next_label() -> None:
    """`（七）总计1601110无四、结转下年度继续办理…` is 16 0 1 1 1 0 and a blank total, not seven digits that
    break the row's sum; `0000无00` is four zeros, a blank and two."""
    rng = random.Random(20)
    rec = synth_record(random.Random(20), "2021", 2024, rng.choice(("乡镇", "部门", "区县", "市")), blanks=2)
    text = str(write_noisy(rec, "glued", ["blank_words"], 20))
    assert "（七）总计1601110无四、结转下年度继续办理" in text and "1.信访举报投诉类申请0000无00" in text
    got = parse_text(text)
    assert got.cells == rec.cells
    assert not [f for f in got.findings if f.rule.startswith("identity.")]
    assert all(covered(c, got, ("table.incomplete",)) for c, v in rec.cells.items() if v is None)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), spaced=st.booleans())
def test_glued_rows_with_a_cell_that_prints_nothing(report: tuple[Record, int], spaced: bool) -> None:
    """A cell of 二, 三 or 四 left empty with nothing printed for it, in a row whose digits run together:
    each cell as printed, or null with a finding, or — the digits a cell short yet split into every cell —
    read otherwise only where every identity that counts it may hold as read, so that nothing tells
    (table 二 has no sums: `规章310` for 31, 0 and an empty cell is 3, 1, 0)."""
    rec, seed = report
    got = parse_noisy(rec, "glued", ["empty_cells", *(["spaced_cells"] if spaced else [])], seed)
    wrong = {c for c, v in rec.cells.items() if got.cells.get(c) not in (v, None)}
    template = get_template(rec.meta.template or "")
    assert all(possible(template, eq, got.cells) for eq in template.equations if wrong.intersection(eq.cells))
    assert_damaged(replace(rec, cells=rec.cells | {c: got.cells[c] for c in wrong}), got)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_a_cell_said_to_be_printed_empty_is_not_also_unknown(report: tuple[Record, int]) -> None:
    """Words among digits run together, and cells printed as nothing: a cell a finding says is printed
    empty is known to be, and no finding also says it cannot be read (a row read around a word, left
    unread once every row is read); each finding counts the cells it names."""
    rec, seed = report
    got = parse_noisy(rec, "glued", ["word_cells", "empty_cells"], seed)
    blank = {c for f in got.findings if f.rule == "table.incomplete" and "个单元格未填写" in f.message for c in f.cells}
    assert not blank & {c for f in got.findings if f.rule == "value.ambiguous" for c in f.cells}
    for f in got.findings:
        if m := re.search(r"有(\d+)个单元格未填写", f.message):
            assert int(m[1]) == len(f.cells)


def test_a_wide_gap_is_no_empty_cell_where_that_breaks_the_rows_total() -> None:
    """`4.无正当理由大量反复申请19  0 0 00120` (19, 0, 0, 0, 0, 1, 20, some spaces lost, the lines run together):
    the wide gap read as an empty cell leaves 0, 0 and 120 for the last three, 19 ≠ 120 with the empty cell
    empty; cut into every cell the digits add up. The row is not read with 120 for its total."""
    rec = random_report(random.Random(486197))
    noise = ["lines_run_together", "spaced_thousands", "heading_numbers", "broken_headers"]
    text = str(write_noisy(rec, "cells", noise, 486197))
    assert "4.无正当理由大量反复申请19\xa0 0 0 00120" in text
    got = parse_text(text)
    row = [f"s3.not_processed.excessive.{c}" for c in ("natural_person", "other_org", "total")]
    assert [rec.cells[c] for c in row] == [19, 1, 20]
    assert all(got.cells[c] in (None, rec.cells[c]) for c in row)


def test_a_row_a_cell_short_that_breaks_the_balance_is_not_read() -> None:
    """`20211000213` is 202, 11, 0, 0, 0, 0 and 213 with one 0 left empty; split into all seven cells as
    2, 0, 211, 0, 0, 0, 213 it adds up, but breaks the balance of the first column (2 + 6 ≠ 202 + 0), which
    the reading 202, 11 … with an empty cell keeps: the row is null with `value.ambiguous`."""
    rec, text = example("glued", ["empty_cells"], 4)
    assert "一、本年新收政府信息公开申请数量20211000213二、上年结转政府信息公开申请数量6000006" in text
    assert [rec.cells[c] for c in RECEIVED] == [202, 11, 0, 0, 0, 0, 213]
    got = parse_text(text)
    assert [got.cells[c] for c in RECEIVED] == [None] * 7
    assert all(covered(c, got, ("value.ambiguous",)) for c in RECEIVED)
    assert_damaged(rec, got)


def test_a_row_a_cell_short_between_full_stops_tells_that_empty_cells_print_nothing() -> None:
    """`2.重复申请1。0。0001`: six digits for seven cells, parted only by full stops ending cells, show that
    the report prints an empty cell as nothing. So `（七）总计暂无00023190` (a word for 172, then 13 printing
    nothing) is not read as 0, 0, 0, 2, 3, 190, the one split its column's total keeps, which breaks the
    balance of 商业企业 (13 + 0 ≠ 0 + 0): it may be a cell short, and is null with `value.ambiguous`."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    text = str(write_layout(rec, "glued", 0))
    for printed, damaged in (
        ("（七）总计172130023190", "（七）总计暂无00023190"),
        ("2.重复申请1000001", "2.重复申请1。0。0001"),
    ):
        assert printed in text
        text = text.replace(printed, damaged)
    got = parse_text(text)
    total = [c for c in rec.cells if c.startswith("s3.total.")]
    assert [got.cells[c] for c in total] == [None] * 7
    assert all(covered(c, got, ("value.ambiguous",)) for c in total[1:])
    assert not [f for f in got.findings if f.rule.startswith("identity.")]
    assert_damaged(rec, got)


def test_digits_too_few_for_their_row_are_not_a_number_led_by_0_for_the_next() -> None:
    """`行政规范性文件05第二十条第（五）项…行政许可第二十条…`: 0, 5 and an empty cell printing nothing, then
    行政许可's one cell empty too. The digits are the row before them, a cell short, not 行政许可's 5 printed
    `05`: that row is left empty, this one unread, never 5."""
    rec, text = example("glued", [], 0)
    printed = "行政规范性文件11610第二十条第（五）项信息内容本年处理决定数量行政许可19第二十条"
    assert printed in text
    text = text.replace(printed, printed.replace("11610", "05").replace("19", ""))
    got = parse_text(text)
    normative = [c for c in rec.cells if c.startswith("s2.normative_documents.")]
    assert got.cells["s2.licensing.decisions"] is None and covered("s2.licensing.decisions", got, UNREAD)
    assert all(got.cells[c] is None and covered(c, got, UNREAD) for c in normative)
    blanked = dict.fromkeys(["s2.licensing.decisions", *normative])
    assert_damaged(replace(rec, cells=rec.cells | blanked), got)


def test_rows_whose_identities_hold_are_read_as_printed() -> None:
    """`上年结转…6000006` and every other row of 三 and 四 whose identities hold are read as printed."""
    rec, text = example("glued", [], 0)
    assert "二、上年结转政府信息公开申请数量6000006三、" in text
    got = parse_text(text)
    assert {c: got.cells[c] for c in rec.cells if c.startswith(("s3.", "s4."))} == {
        c: v for c, v in rec.cells.items() if c.startswith(("s3.", "s4."))
    }


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3), spaced=st.booleans())
def test_empty_cells_left_out_of_a_pdf_text(report: tuple[Record, int], spaced: bool) -> None:
    """A PDF's text prints an empty cell as nothing between the spaces around it (`案卷  0 0 0 1 0 12`,
    `… 0 0 ` at a line's end): the extra space is the blank cell; where cells keep stray spaces of their
    own too, a row too short to read otherwise is null with a finding, never its numbers split to fill it."""
    rec, seed = report
    got = parse_noisy(rec, "spaces", ["spaced_cells"] if spaced else [], seed)
    assert_damaged(rec, got)
    assert all(covered(c, got, UNREAD) for c, v in rec.cells.items() if v is None)


@settings(NOISE_SETTINGS, max_examples=60)  # one report in twenty leaves such a row
@given(report=reports(years=st.sampled_from((2021, 2023))), aligned=st.booleans())
def test_empty_cells_printing_nothing_in_a_text_whose_spaces_were_collapsed(
    report: tuple[Record, int], aligned: bool
) -> None:
    """A 2021 report's text whose empty cells print nothing and whose runs of spaces were made one (`行政规范性文件
    1 10`): 第二十条第（一）项's two rows cannot tell an empty cell from digits run together, 三 and 四 tell
    it. Every cell as printed, or null with a finding."""
    rec, seed = report
    noise = ["empty_cells", *(["aligned_columns"] if aligned else []), "collapsed_spaces"]
    assert_damaged(rec, parse_noisy(rec, "spaces", noise, seed))


def test_a_flat_table_on_one_line_its_empty_cells_keeping_their_spaces() -> None:
    """四 printed as one line of numbers under its header, no label beside them, an empty cell printing
    nothing between the spaces around it (`0 1  0 …`, a last one `… 0 `): the spaces make up the row's
    cells, so the line is the table's, read with its empty cells null and a finding naming them."""
    rec = synth_record(random.Random(54), "2021", 2022, "区县")
    cells = [c for c in rec.cells if c.startswith("s4.")]
    for values in ((0,) * 14 + (None,), (1, 0, 0, 0, 1, None, 0, 2, 0, 2, *(0,) * 5)):
        rec.cells.update(zip(cells, values, strict=True))
        text = str(write_noisy(rec, "spaces", [], 54))
        assert "\n" + " ".join("" if v is None else str(v) for v in values) + "\n" in text
        got = parse_text(text)
        assert [got.cells[c] for c in cells] == list(values)
        assert all(covered(c, got, ("table.incomplete",)) for c, v in zip(cells, values, strict=True) if v is None)


def test_a_flat_table_printed_by_groups_whose_numbers_cannot_be_placed_is_no_missing_table() -> None:
    """四 printed a group a row, its header's words cut over two lines (`结果` over `维持`) and its rows' labels
    wrapped round their numbers, too few of them left on the rows' lines to place any (`行政复议 0 0` / `0 0 0`):
    the table is there, its rows opening their lines with numbers after them, so its cells are null with a
    finding that says so, never `table.missing`."""
    rec = synth_record(random.Random(7), "2021", 2023, "乡镇")
    text = str(write_layout(rec, "spaces", 7))
    printed = (
        "项目 结果 结果 其他 尚未 总计\n维持 纠正 结果 审结\n行政复议 0 0\n0 0 0\n"
        "行政诉讼（未 0 0 0 0 0\n经复议直接起\n诉）\n行政诉讼（复 0 0 0 0 0\n议后起诉）\n"
    )
    start = text.index("行政复议 行政诉讼\n")
    got = parse_text(text[:start] + printed + text[text.index("五、存在") :])
    assert not [f for f in got.findings if f.rule == "table.missing"]
    s4 = [c for c in rec.cells if c.startswith("s4.")]
    assert all(got.cells[c] in (None, rec.cells[c]) for c in s4)
    assert all(covered(c, got, UNREAD) for c in s4 if got.cells[c] is None)


def test_a_flat_tables_line_ending_in_a_space_as_every_line_does_has_no_empty_last_cell() -> None:
    """四's line of numbers a cell short (an empty cell printing nothing, its spaces lost), on a page whose every
    line ends in a space (probe 3,226,571): the space after its last number is the page's, no empty last cell
    that would put each number in its place. Its cells are null with a finding, or read right: never the
    numbers read as the first fourteen cells, nor split otherwise."""
    rec = synth_record(random.Random(54), "2021", 2022, "区县")
    cells = [c for c in rec.cells if c.startswith("s4.")]
    values = (22, 6, None, 0, 29, 9, 3, 3, 2, 17, 1, 3, 2, 4, 10)
    rec.cells.update(zip(cells, values, strict=True))
    printed = " ".join(str(v) for v in values if v is not None)
    text = str(write_noisy(rec, "spaces", [], 54)).replace("22 6  0 29", "22 6 0 29")
    assert f"\n{printed}\n" in text
    got = parse_text("\n".join(f"{line} " for line in text.split("\n")))
    assert {c: got.cells[c] for c, v in zip(cells, values, strict=True) if got.cells[c] not in (None, v)} == {}
    assert all(covered(c, got, UNREAD) for c in cells if got.cells[c] is None)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_numbers_laid_out_in_columns(report: tuple[Record, int]) -> None:
    """A row's numbers two to five spaces apart, an empty cell's gap no wider than the rest: each number
    one cell, so a row that prints fewer than it has cells is null with a finding, never split."""
    rec, seed = report
    got = parse_noisy(rec, "spaces", ["columns_apart"], seed)
    assert_damaged(rec, got)
    assert all(covered(c, got, UNREAD) for c, v in rec.cells.items() if v is None)


@pytest.mark.parametrize("layout", ("pipes_rows", "md"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_rows_with_a_tab_between_cells(layout: str, report: tuple[Record, int]) -> None:
    """`规章\t12\t\t0`: an empty cell keeps its tab and is a blank; a row whose last cells are empty and
    left out is read with them blank, or null with a finding, never split."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["tab_rows"], seed)
    assert_damaged(rec, got)
    assert all(covered(c, got, UNREAD) for c, v in rec.cells.items() if v is None)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_row_numbers_in_cells_of_their_own_over_cells_a_line_each(report: tuple[Record, int]) -> None:
    """`\t4.\t保护第三方合法权益` over its cells a line each, a blank cell an indented empty line: the next
    row's label, a tab after its number, is no Markdown table after loose cells, so a row keeps the blank
    that ends it — every cell as printed."""
    rec, seed = report
    got = parse_noisy(rec, "tabs", ["row_numbers"], seed)
    assert got.cells == rec.cells


def test_a_stray_space_inside_a_cell_between_tabs() -> None:
    """`7.属于行政执法案卷\t0\t0\t0\t1\t见附件\t0\t1 2`: tabs part the cells, so the lone space is a stray one
    inside a cell, never a boundary that makes the row's numbers as many as its cells with the word dropped."""
    rec = synth_record(random.Random(54), "2019", 2020, "区县")
    cells = [c for c in rec.cells if c.startswith("s3.withheld.enforcement_file.")]
    rec.cells.update(zip(cells, (0, 0, 0, 1, None, 0, 12), strict=True))
    text = str(write_noisy(rec, "pipes_rows", ["tab_rows"], 54))
    row = "7.属于行政执法案卷\t0\t0\t0\t1\t\t0\t12\n"
    assert row in text
    got = parse_text(text.replace(row, "7.属于行政执法案卷\t0\t0\t0\t1\t见附件\t0\t1 2\n"))
    assert_damaged(rec, got)
    assert all(covered(c, got, UNREAD) for c in cells if got.cells[c] != rec.cells[c])


@pytest.mark.parametrize(("layout", "more"), [("pipes_rows", []), ("traditional", ["word_cells"])])
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_rows_with_a_tab_between_cells_and_stray_spaces(
    layout: str, more: list[str], report: tuple[Record, int]
) -> None:
    """Tab rows whose numbers a stray space splits (`366\t3 0\t0`), among words in cells: as printed, or null
    with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["tab_rows", "split_numbers", *more], seed))


def test_an_empty_cell_keeps_its_tab() -> None:
    rec = synth_record(random.Random(54), "2019", 2020, "区县")
    rows = {"s3.withheld.enforcement_file": (None, 0, 0, 0, 1, 0, 12), "s2.punishment": (71, None, 0)}
    for row, values in rows.items():
        cells = [c for c in rec.cells if c.startswith(row + ".")]
        rec.cells.update(zip(cells, values, strict=True))
    text = str(write_noisy(rec, "pipes_rows", ["tab_rows"], 54))
    assert "7.属于行政执法案卷\t\t0\t0\t0\t1\t0\t12\n" in text and "行政处罚\t71\t\t0\n" in text
    assert parse_text(text).cells == rec.cells


def test_a_row_of_one_number_after_the_tabs_of_its_empty_cells() -> None:
    """`行政规范性文件\t\t\t115`: the row's first two cells empty, each keeping its tab, and no tab between two
    numbers: the tabs are cells, 115 the last one, never split into 1, 1 and 5."""
    rec = synth_record(random.Random(54), "2021", 2022, "区县")
    row = [f"s2.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]
    rec.cells.update(zip(row, (None, None, 115), strict=True))
    text = str(write_noisy(rec, "pipes_rows", ["tab_rows"], 54))
    assert "行政规范性文件\t\t\t115\n" in text
    assert parse_text(text).cells == rec.cells


TAB_ROWS = {  # a row of each table, some of its cells empty: first, in the middle, last
    "s2.normative_documents": ((None, 187, None), (38, None, None), (None, 5, 7)),
    "s3.received": ((None, 1, 3, 9, 17, 0, 30), (31, None, 1, 3, 9, 17, None), (31, 5, 1, 3, 9, None, None)),
    "s4": (
        (7, 2, 14, 46, 69, 20, 12, 5, None, 52, 5, 12, 2, 11, None),
        (None, 2, 14, 46, 62, 20, 12, 5, 15, 52, 5, 12, 2, 11, 30),
        (0, 1, 0, 0, 1, None, 0, 0, 0, 0, 0, 0, 0, 0, 0),  # a digit a cell: too few digits to fill the row
    ),
}


def _tab_row(row: str, values: tuple[int | None, ...], layout: str = "md") -> tuple[Record, str, list[str]]:
    """A report whose row `row` (a table's id for 四) holds `values`, printed with a tab between its cells (as
    Markdown, a header's line and its rows' each beginning with a tab), and the row's cells."""
    rec = synth_record(random.Random(54), "2021", 2022, "区县")
    cells = [c for c in rec.cells if c.startswith(row + ".")]
    rec.cells.update(zip(cells, values, strict=True))
    text = str(write_noisy(rec, layout, ["tab_rows"], 54))
    printed = list(map(str, values))
    while printed[-1] == "None":
        printed.pop()  # a row's empty cells at its end print nothing
    assert "\t" + "\t".join(x.replace("None", "") for x in printed) + "\n" in text
    return rec, text, cells


@pytest.mark.parametrize(
    ("layout", "row", "values"),
    [("md", row, v) for row, rows in TAB_ROWS.items() for v in rows]
    + [("pipes_rows", "s2.normative_documents", v) for v in TAB_ROWS["s2.normative_documents"]],
)
def test_a_row_between_tabs_is_read_by_its_headers_cells(layout: str, row: str, values: tuple[int | None, ...]) -> None:
    """`\t行政规范性文件\t\t187` under `\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数`: each cell the row
    prints between its tabs is in the column its header names at the same place, an empty cell between two
    tabs or past the row's last blank — never a number's digits split to make up the row's cells, nor the
    tab a line begins with an empty first cell; so too where neither line begins with a tab."""
    _, text, cells = _tab_row(row, values, layout)
    got = parse_text(text)
    assert [got.cells[c] for c in cells] == list(values)
    assert all(covered(c, got, UNREAD) for c, v in zip(cells, values, strict=True) if v is None)


@pytest.mark.parametrize(("row", "values"), [(row, v) for row, rows in TAB_ROWS.items() for v in rows])
def test_a_row_between_tabs_without_a_header_between_tabs(row: str, values: tuple[int | None, ...]) -> None:
    """The same rows under a header printed with spaces between its names: a row's label in the cells before
    its numbers, two cells at least after it, an empty cell keeping its tab and those at the row's end
    printing nothing, the cells after the label are the row's first, the rest blank. One number after the
    label (`行政规范性文件\t38`) may be digits run together; 四's one line of numbers, no label, begins with a
    tab as every line does: nothing tells which of their cells are left out, so they are null with a
    finding — but a number between tabs is still one cell, never digits of two cells run together."""
    rec, text, cells = _tab_row(row, values)
    lines = text.split("\n")
    for k in range(1, len(lines)):
        if lines[k].startswith("\t---"):
            lines[k - 1] = lines[k - 1].replace("\t", " ")
    got = parse_text("\n".join(lines))
    assert_damaged(rec, got)
    printed = {str(v) for v in values if v is not None}
    assert all(got.cells[c] is None or str(got.cells[c]) in printed for c in cells)
    if row != "s4" and len(values) - next(k for k, v in enumerate(reversed(values)) if v is not None) > 1:
        assert [got.cells[c] for c in cells] == list(values)


@pytest.mark.parametrize("layout", ("md", "pipes_rows"))
def test_a_stray_space_making_up_for_an_empty_cell_between_tabs(layout: str) -> None:
    """`（七）总计\t6 7\t0\t空\t0\t12\t\t80`: the stray space inside 67 makes the row's tokens as many as its
    cells with the empty cell between two tabs left out; read cell by cell between the tabs (by the header's
    cells, or those after the label where no header prints tabs), 67 is one cell and the empty one blank."""
    values = (67, 0, None, 0, 12, None, 80)
    _, text, cells = _tab_row("s3.total", values, layout)
    got = parse_text(text.replace("\t67\t0\t\t0\t12\t\t80\n", "\t6 7\t0\t空\t0\t12\t\t80\n"))
    assert [got.cells[c] for c in cells] == list(values)
    assert all(covered(c, got, UNREAD) for c, v in zip(cells, values, strict=True) if v is None)


def test_a_row_wrapped_onto_the_next_line() -> None:
    """`（七）总计 104 11 0 0 16` then `2 133`: a next line of numbers alone that with the five before them
    print the row's seven cells is the rest of the row; `133` alone, six numbers for seven cells, leaves
    the row null with a finding, never its numbers split to fill it."""
    rec = synth_record(random.Random(8), "2019", 2020, "区县")
    total = [c for c in rec.cells if c.startswith("s3.total.")]
    rec.cells.update(zip(total, (104, 11, 0, 0, 16, 2, 133), strict=True))
    row = "（七）总计 104 11 0 0 16"
    text = str(write_layout(rec, "spaces", 8)).replace(f"{row} 2 133", f"{row}\n2 133")
    assert "（七）总计 104 11 0 0 16\n2 133\n" in text
    assert parse_text(text).cells == rec.cells
    got = parse_text(text.replace(f"{row}\n2 133", f"{row}\n133"))
    assert_damaged(rec, got)
    assert [got.cells[c] for c in total] == [None] * 7


def test_a_row_below_its_label_whose_first_cell_is_left_out() -> None:
    """`行政处罚 ` then `0 2027`: the space after the label is the empty first cell, so the two numbers
    are not split to fill three."""
    rec = synth_record(random.Random(54), "2019", 2020, "区县")
    row = [c for c in rec.cells if c.startswith("s2.punishment.")]
    rec.cells.update(zip(row, (None, 0, 2027), strict=True))
    text = str(write_layout(rec, "spaces", 54))
    assert "行政处罚  0 2027\n" in text
    got = parse_text(text.replace("行政处罚  0 2027\n", "行政处罚 \n0 2027\n"))
    assert_damaged(rec, got)
    assert [got.cells[c] for c in row] == [None] * 3


@pytest.mark.parametrize("more", ([], ["columns_apart"], ["counted_cells"]))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_rows_wrapped_in_a_narrow_table(more: list[str], report: tuple[Record, int]) -> None:
    """A PDF's text of a table with a narrow label column: labels wrapped onto the lines around their
    numbers, a row's last cells on the next line: every row read."""
    rec, seed = report
    got = parse_noisy(rec, "spaces", ["wrapped_rows", *more], seed)
    assert_damaged(rec, got)
    assert got.cells == rec.cells


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_wrapped_rows_with_numbers_in_groups_of_three(report: tuple[Record, int]) -> None:
    """Rows wrapped in a narrow table whose numbers print a space between their groups of three, a line
    perhaps wrapped at that space (`行政许可 10` then `470`): each cell as printed, or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "spaces", ["wrapped_rows", "spaced_thousands"], seed))


def test_a_row_wrapped_at_the_space_of_a_number_in_groups_of_three() -> None:
    """`行政许可 2` then `483 0 3 311`: the row's line wrapped at the space inside 2 483, its next line printing
    more numbers than the row has cells (as the next row does, `1 497 -2 4 031`): one row printed in two
    pieces — null with a finding, never 2 read for its first cell under its column and the rest left empty."""
    rec = synth_record(random.Random(54), "2019", 2020, "区县")
    cells = ["s2.licensing.previous", "s2.licensing.change", "s2.licensing.decisions"]
    rec.cells.update(zip(cells, (2483, 0, 3311), strict=True))
    rec.cells.update({"s2.other_services.previous": 1497, "s2.other_services.change": -2})
    rec.cells["s2.other_services.decisions"] = 4031
    text = str(write_noisy(rec, "spaces", ["spaced_thousands"], 54))
    row = "行政许可 2 483 0 3 311\n"
    assert row in text
    got = parse_text(text.replace(row, "行政许可 2\n483 0 3 311\n"))
    assert_damaged(rec, got)
    assert all(got.cells[c] is None for c in cells)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_wrapped_rows_with_a_number_split_by_a_space(report: tuple[Record, int]) -> None:
    """A wrapped row whose second line prints as many numbers as the row has cells, one of its numbers
    split in two by a stray space (`（七）总计 39` then `8 1 0 1 0 4 9`): the rest of the row, too many
    numbers to place — null with a finding, never that line taken for the whole row."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "spaces", ["wrapped_rows", "split_numbers"], seed))


def test_a_row_wrapped_around_a_number_split_by_a_space() -> None:
    """The row's whole numbers on one line, before or after a line that prints one more piece of them: a
    number split by a stray space, not a row of its own and not the row's own line."""
    rec, text = example("spaces", ["wrapped_rows"], 1)
    row = "（七）总计 " + " ".join(str(rec.cells[c]) for c in rec.cells if c.startswith("s3.total."))
    assert row in text, row
    label, first, *rest = row.rsplit(" ", 7)
    last = rest[-1]
    assert len(first) > 1 and len(last) > 1
    for printed in (
        f"{label} {first[0]}\n{first[1:]} {' '.join(rest)}",  # the first number's head on the label's line
        f"{label} {first} {' '.join(rest[:-1])} {last[0]}\n{last[1:]}",  # the last number's tail below
    ):
        got = parse_text(text.replace(row, printed))
        assert_damaged(rec, got)
        assert [got.cells[c] for c in rec.cells if c.startswith("s3.total.")] == [None] * 7, printed


def test_a_glued_row_whose_blank_mark_is_one_of_its_cells() -> None:
    """`…申请1000。0无1` then `3)其他0000000`: digits run together, a full stop, and a blank's mark make up
    the row's seven cells, the mark one of them; the row is read, not the next row's numbers taken for it."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    row, other = ([c for c in rec.cells if c.startswith(f"s3.other.{r}.")] for r in ("unpaid_fee", "other"))
    rec.cells.update({**dict(zip(row, (1, 0, 0, 0, 0, None, 1), strict=True)), **dict.fromkeys(other, 0)})
    label = "行政机关不再处理其政府信息公开申请"
    text = str(write_noisy(rec, "glued", [], 1))
    assert f"{label}1000013.其他0000000" in text
    got = parse_text(text.replace(f"{label}1000013.其他", f"{label}1000。0无13)其他"))
    assert_damaged(rec, got)
    assert [got.cells[c] for c in row + other] == [rec.cells[c] for c in row + other]


def test_a_word_in_a_row_of_numbers_a_stray_space_splits() -> None:
    """`四、结转下年度继续办理 1 8 4 0 空 4 1 27`: as many numbers as cells once a word is left out, but the word
    is a cell, printed, and a stray space splits one of the numbers: null with a finding, never the word
    dropped and each number read a cell."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    cells = [c for c in rec.cells if c.startswith("s3.carried_forward.")]
    rec.cells.update(zip(cells, (18, 4, 0, None, 4, 1, 27), strict=True))
    text = str(write_layout(rec, "spaces", 1))
    row = "四、结转下年度继续办理 18 4 0  4 1 27\n"
    assert row in text
    got = parse_text(text.replace(row, "四、结转下年度继续办理 1 8 4 0 空 4 1 27\n"))
    assert_damaged(rec, got)
    assert all(covered(c, got, UNREAD) for c in cells if got.cells[c] != rec.cells[c])


def test_a_rows_last_number_in_groups_of_three_wrapped_at_its_space() -> None:
    """`行政许可 10` then `470` alone on the next line: 10 470 wrapped at the space between its groups of
    three, or a number of no row after the row's whole numbers; nothing tells which: null with a finding."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    rec.cells["s2.licensing.decisions"] = 10470
    text = str(write_layout(rec, "spaces", 1))
    assert "行政许可 10470\n" in text
    got = parse_text(text.replace("行政许可 10470\n", "行政许可 10\n470\n"))
    assert_damaged(rec, got)
    assert got.cells["s2.licensing.decisions"] is None


@pytest.mark.parametrize(
    ("cell", "label", "value", "cut"),
    [
        ("s2.licensing.decisions", "行政许可", 9487, 3),
        ("s2.punishment.decisions", "行政处罚", 2776, 2),
        ("s2.coercion.decisions", "行政强制", 84, 1),
    ],
)
def test_a_one_cell_rows_number_folded_at_a_fixed_width(cell: str, label: str, value: int, cut: int) -> None:
    """A line folded at a fixed width inside a one-cell row's number (`行政许可 948` then `7` alone on the next
    line): the rest of its number, or a number of no row after the row's whole number; nothing tells which:
    null with a finding, never the number's first digits."""
    rec = synth_record(random.Random(5), "2021", 2022, "区县")
    rec.cells[cell] = value
    text = str(write_layout(rec, "spaces", 1))
    row = f"{label} {value}\n"
    assert row in text
    digits = str(value)
    got = parse_text(text.replace(row, f"{label} {digits[:cut]}\n{digits[cut:]}\n"))
    assert_damaged(rec, got)
    assert got.cells[cell] is None


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_wrapped_rows_with_empty_cells_left_out(report: tuple[Record, int]) -> None:
    """A wrapped row whose empty cell the text left out prints fewer numbers than cells over its two
    lines: null with a finding, never split, nor its second line taken for the next row."""
    rec, seed = report
    got = parse_noisy(rec, "spaces", ["wrapped_rows"], seed)
    assert_damaged(rec, got)
    # a table whose one row is left blank prints no number at all: reported missing
    assert all(covered(c, got, (*UNREAD, "table.missing")) for c, v in rec.cells.items() if v is None)


def test_rows_wrapped_as_printed() -> None:
    rec, text = example("spaces", ["wrapped_rows"], 1)
    assert "4.保护第三方 0 0 0 0 0 0 0\n合法权益\n" in text and "6.属于四类\n过程性信息 2 0 0 0 0 0 2\n" in text
    assert "5.属于三类内部事务信息 5\n0 0 0 0 0 5\n" in text
    assert parse_text(text).cells == rec.cells


def test_the_end_of_a_label_wrapped_below_its_numbers() -> None:
    """`6.属于四 2 0 0 0 0 0 2` then `类过程性信息`: the label's end belongs to the row above it, not to the
    numbers below, even where the row before prints too few numbers to be read."""
    rec, text = example("spaces", [], 1)
    rows = {
        "予公开 5.属于三类内部事务信息 5 0 0 0 0 0 5": "予公开 5.属于三类内部 5 0 0\n0 0 5\n事务信息",
        "三、 6.属于四类过程性信息 2 0 0 0 0 0 2": "三、 6.属于四 2 0 0 0 0 0 2\n类过程性信\n息",
        "本 7.属于行政执法案卷 1 0 0 0 0 0 1": "本 7.属于行政执 1 0 0 0 0 0 1\n法案卷",
    }
    for row, wrapped in rows.items():
        assert row in text
        text = text.replace(row, wrapped)
    got = parse_text(text)
    assert_damaged(rec, got)
    unread = {c for c in rec.cells if got.cells[c] != rec.cells[c]}
    assert unread == {c for c in rec.cells if c.startswith("s3.withheld.internal_affairs.")}


def test_a_short_row_laid_out_in_columns_is_not_split() -> None:
    """`7.属于行政执法案卷    0  0   0  1    0  12`: six numbers for seven cells, and 0 0 0 1 0 1 2 would add
    up — but numbers that far apart are not run together."""
    rec = synth_record(random.Random(54), "2019", 2020, "区县")
    row = [c for c in rec.cells if c.startswith("s3.withheld.enforcement_file.")]
    rec.cells.update(zip(row, (None, 0, 0, 0, 1, 0, 12), strict=True))
    text = str(write_noisy(rec, "spaces", ["columns_apart"], 54))
    assert re.search(r"7\.属于行政执法案卷 {2,}0 {2,}0 {2,}0 {2,}1 {2,}0 {2,}12\n", text)
    got = parse_text(text)
    assert [got.cells[c] for c in row] == [None] * 7
    assert all(covered(c, got, UNREAD) for c in row)


def test_an_empty_cell_is_the_extra_space_where_it_was() -> None:
    """Blanks after the label, between two numbers, at the line's end, and in a row printed apart from its
    wrapped label."""
    rec = synth_record(random.Random(54), "2019", 2020, "区县")
    rows = {
        "s3.withheld.enforcement_file": (None, 0, 0, 0, 1, 0, 1),
        "s3.withheld.process_info": (1, 0, 0, 0, 0, 0, None),
        "s3.partly_granted": (34, 7, 1, None, 14, 5, 61),
        "s2.punishment": (71, None, 0),
    }
    for row, values in rows.items():
        cells = [c for c in rec.cells if c.startswith(row + ".")]
        rec.cells.update(zip(cells, values, strict=True))
    text = str(write_noisy(rec, "spaces", [], 54))
    assert "7.属于行政执法案卷  0 0 0 1 0 1\n" in text and "6.属于四类过程性信息 1 0 0 0 0 0 \n" in text
    assert "34 7 1  14 5 61" in text and "行政处罚 71  0\n" in text
    got = parse_text(text)
    assert got.cells == rec.cells


@pytest.mark.parametrize("layout", [lay for lay in NOISY_LAYOUTS if lay not in ("glued", "spaces")])
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), blank=st.integers(1, 13))
def test_review_row_with_its_first_cells_blank(layout: str, report: tuple[Record, int], blank: int) -> None:
    """Section 四's row, which prints no label, with its first cells left empty (`|  |  | 0 | 3 |…`,
    ` |  | 0 | 3 |…`): blank cells, not the placeholders of a label column; its numbers in their columns."""
    rec, seed = report
    for c in [c for c in rec.cells if c.startswith("s4.")][:blank]:
        rec.cells[c] = None
    got = parse_noisy(rec, layout, [], seed)
    assert got.cells == rec.cells
    assert all(covered(c, got, ("table.incomplete",)) for c, v in rec.cells.items() if v is None)


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=st.sampled_from((2012, 2016, 2019, 2021, 2023))))
def test_cells_ending_in_a_full_stop(layout: str, report: tuple[Record, int]) -> None:
    """`34。`, `… 0 5。`: the full stop ends the cell, it is no label text between two rows (nor the end
    of a 统计表); so does a footnote's mark (`12①`, `12[注1]`), and one glued to a label is no part of it."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["full_stops"], seed)
    assert_damaged(rec, got, ("year", "template"))
    if layout != "glued":
        assert got.cells == rec.cells
        assert [dict(i.values) for i in got.indicators] == [dict(i.values) for i in rec.indicators]


def test_a_footnote_mark_in_a_stub_label_printed_down_the_page() -> None:
    """A PDF's text prints 三、本年度办理结果 one character a line beside the rows, and the footnote mark
    the full stops put in it (`[注1]`) the same way: its `1` opens a row's line, label text, no cell."""
    rec = synth_record(random.Random(8194), "2021", 2021, "乡镇")
    text = str(write_noisy(rec, "spaces", ["full_stops"], 8194))
    assert "\n1 予处理 " in text
    assert parse_text(text).cells == rec.cells


@pytest.mark.parametrize("mark", ["—", "——", "-", "/", "无"])
def test_real_reports_with_their_zeros_printed_as_blank_marks(shared: Path, mark: str) -> None:
    """Every 0 of a real table printed as a blank mark instead: those cells null, no other value moved."""
    zero = {  # a zero cell as each report prints it: between pipes, alone on its line, between spaces
        "seeds/003_4d1df608bebf6125.txt": r"(?<=\| )0(?= \|)",
        "seeds/002_704ecc0a55f17776.txt": r"(?m)^(?=\s*0\s*$)(\s*)0",
        "corpus/r013.txt": r"(?<= )0(?=[ \n])",
        "corpus/r023.txt": r"(?<= )0(?=[ \n])",
    }
    for name, pattern in zero.items():
        text = (shared / name).read_text(encoding="utf-8")
        want = parse_text(text).cells
        got = parse_text(re.sub(pattern, lambda m: m.group().replace("0", mark), text)).cells
        moved = {c: (v, got.get(c)) for c, v in want.items() if got.get(c) not in (v, None)}
        assert not moved, (name, moved)
        assert sum(got.get(c) is None for c, v in want.items() if v == 0) > 100, name


def test_real_labels_wrapped_onto_a_row_of_empty_cells(shared: Path) -> None:
    """A converter's `| 3.补正后 | 0 | 0 |…` then `| 申请内容仍不明确 | | |…`: the rest of the label, not a
    row left blank."""
    text = (shared / "seeds" / "003_4d1df608bebf6125.txt").read_text(encoding="utf-8")
    lines = []
    for line in text.split("\n"):
        label, bar, rest = line.partition(" | ")
        if bar and len(label) > 12 and rest[:1].isdigit():
            lines += [f"{label[:6]} | {rest}", label[6:] + " |" * (rest.count("|") + 1)]
        else:
            lines.append(line)
    wrapped = "\n".join(lines)
    assert wrapped.count("\n") > text.count("\n") + 10
    got = parse_text(wrapped)
    assert got.cells == parse_text(text).cells
    assert not [f for f in got.findings if f.rule == "table.incomplete"]


def test_counts_with_their_unit_as_printed() -> None:
    rec, text = example("spaces", ["counted_cells"], 1)
    assert "一、本年新收政府信息公开申请数量 202件 11件 0件 0件 0件 0件 213件" in text
    assert_damaged(rec, parse_text(text))


def test_counts_with_their_unit_run_together() -> None:
    """A web page's text: `202件11件0件0件0件0件213件`, each unit the end of a cell."""
    rec, text = example("glued", ["counted_cells"], 3)
    assert "一、本年新收政府信息公开申请数量202件11件0件0件0件0件213件二、" in text
    got = parse_text(text)
    assert {c: v for c, v in got.cells.items() if c[:2] in ("s3", "s4")} == {
        c: v for c, v in rec.cells.items() if c[:2] in ("s3", "s4")
    }
    assert_damaged(rec, got)


# --- 2. a section heading glued to the end of the table before it ---------------------------------


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), layout=st.sampled_from(("glued", "spaces", "cells")))
def test_headings_glued_to_the_table_before(report: tuple[Record, int], layout: str) -> None:
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["glued_headings"], seed))


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), layout=st.sampled_from(("cells", "pipes_cells", "tabs")))
def test_a_heading_glued_to_an_empty_last_cell(report: tuple[Record, int], layout: str) -> None:
    """A heading run onto the table's last cell, which is left empty: the heading is printed still, in
    the empty cell's place (`行政事业性收费` then `三、收到和处理…`), and no number before it moves a row."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["glued_headings", "empty_cells"], seed))


def test_an_empty_cell_keeps_the_heading_run_onto_it() -> None:
    """`行政事业性收费` then `三、收到和处理…` where the heading run onto the fee's cell and the cell left
    empty: the heading is printed, no number of the prose after it taken for the fee."""
    rec, text = example("cells", ["glued_headings", "empty_cells"], 58)
    assert re.search(r"行政事业性收费\s*三、收到和处理", text)
    assert_damaged(rec, parse_text(text))


def test_a_row_whose_label_ends_its_table_takes_no_number_of_the_rows_above() -> None:
    """A text printing a cell a line, the last row's cell empty and the next heading in its place
    (`行政强制` `130` `第二十条第（八）项` … `行政事业性收费` `三、收到和处理…`): each number between
    two labels, read after the label before it, not before the one after it — no number moves a row."""
    rec = synth_record(random.Random(0), "2021", 2022, "区县")
    rec = replace(rec, cells={**rec.cells, "s2.fees.amount": None})
    for layout in ("cells", "pipes_cells", "tabs"):
        text = str(write_noisy(rec, layout, ["glued_headings"], 0))
        assert re.search(r"行政事业性收费\W*三、收到和处理", text), layout
        got = parse_text(text)
        assert {c: got.cells[c] for c in rec.cells if c.startswith("s2.")} == {
            c: v for c, v in rec.cells.items() if c.startswith("s2.")
        }, layout


def test_heading_glued_to_the_carried_forward_row() -> None:
    """r012: `…结转下年度继续办理4200006四、政府信息公开行政复议、行政诉讼情况…`."""
    rec, text = example("glued", ["glued_headings"], 0)
    assert "四、结转下年度继续办理6000006四、政府信息公开行政复议、行政诉讼情况" in text
    assert_damaged(rec, parse_text(text))


# --- 2b. counts in force stated in the prose right before table 二 -----------------------------------


@NOISE_SETTINGS
@given(
    report=reports(years=st.sampled_from((2021, 2022, 2024))),
    layout=st.sampled_from(("glued", "spaces", "cells")),
    more=st.sampled_from(([], ["spaced_cells"])),
)
def test_counts_in_force_stated_before_table_two(report: tuple[Record, int], layout: str, more: list[str]) -> None:
    """`现行有效行政规范性文件27件。` right before 二's first table is no row of it; where that row's digits
    run together, a split it settles is read as printed, the note naming its cells."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["stated_counts", *more], seed)
    assert_damaged(rec, got)
    assert all(got.cells[c] == rec.cells[c] for f in got.findings if f.rule == "value.from_prose" for c in f.cells)


def test_counts_in_force_stated_from_cells_with_a_footnote_mark() -> None:
    """A count in force whose cell carries a footnote's mark (`0①`, `full_stops`) is stated without it, or
    not at all: the damage never fails on a mark that `str.isdigit` takes for a digit."""
    rec = record_with("2021", 2022, s2__normative_documents__in_force=0, s2__regulations__in_force=0)
    for seed in range(60):
        text = str(write_noisy(rec, "spaces", ["full_stops", "stated_counts"], seed))
        assert "①件" not in text and "②件" not in text


def test_counts_in_force_stated_before_a_table_two_a_page_break_parts() -> None:
    """Table 二 parted by a page break between its two rows (`repeated_headers`): a count of both rows together
    names both (现行有效规章和行政规范性文件共…件), never one of them alone with their sum, which its row
    contradicts."""
    rec = record_with("2021", 2022, s2__regulations__in_force=17, s2__normative_documents__in_force=46)
    together = 0
    for seed in range(80):
        text = "".join(str(write_noisy(rec, "spaces", ["repeated_headers", "stated_counts"], seed)).split())
        for kinds, n in re.findall(r"现行有效的?(\w+?)共(\d+)件", text):
            if int(n) not in (17, 46):  # no row's count
                assert kinds == "规章和行政规范性文件"
                together += 1
    assert together


@pytest.mark.parametrize(("layout", "want"), [("spaces", [50, 70, 147]), ("glued", [None, None, 147])])
def test_a_count_in_force_stated_before_table_two_is_no_row(layout: str, want: list[int | None]) -> None:
    """`…现行有效行政规范性文件147件。` then the table: its row is 50, 70, 147, never 1, 4, 7 from the
    sentence; glued (`5070147`), 507, 0, 147 gives the figure too: 147 is read, the rest stays open."""
    cells = [f"s2.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]
    rec = record_with("2021", 2022, **{c.replace(".", "__"): v for c, v in zip(cells, (50, 70, 147), strict=True)})
    text = str(write_noisy(rec, layout, ["stated_counts"], 0))
    assert re.search(r"现行有效的?行政规范性文件\w*147件。第二十条", "".join(text.split()))
    got = parse_text(text)
    assert [got.cells[c] for c in cells] == want
    assert_damaged(rec, got)


def test_a_count_of_rules_in_force_settles_their_glued_row() -> None:
    """`规章5012` glued reads 5, 0, 12 or 50, 1, 2; the prose's `现行有效规章12件`, as of the year's end,
    settles it, the note naming the row; a count of 规章 and 规范性文件 together settles nothing."""
    cells = [f"s2.regulations.{c}" for c in ("issued", "repealed", "in_force")]
    rec = record_with("2021", 2022, **{c.replace(".", "__"): v for c, v in zip(cells, (5, 0, 12), strict=True)})
    text = str(write_noisy(rec, "glued", [], 0))
    at = text.index("第二十条")
    sentences = (("截至2022年底，现行有效规章12件。", [5, 0, 12]), ("现行有效规章和规范性文件共12件。", [None] * 3))
    for said, want in sentences:
        got = parse_text(text[:at] + said + text[at:])
        assert [got.cells[c] for c in cells] == want
        assert any(f.rule == ("value.from_prose" if want[0] else "value.ambiguous") for f in got.findings)


# --- 3. header words broken by spaces --------------------------------------------------------------


@NOISE_SETTINGS
@given(report=reports(), layout=st.sampled_from(("glued", "spaces", "pipes_rows")))
def test_broken_header_words(report: tuple[Record, int], layout: str) -> None:
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["broken_headers"], seed))


def test_broken_applicant_headers() -> None:
    """r012: `社会公益 组织 法律服务 机构`, `本年度办 理结果`."""
    rec, text = example("glued", ["broken_headers"], 0)
    assert "法人或 其他组织 总计商业企业科研 机构社会公 益组织 法律服务 机构 其他" in text
    assert_damaged(rec, parse_text(text))


def test_broken_statistics_headers() -> None:
    """r004: `指标名称 计量 单位 2011 年度 历年累计`."""
    rec, text = example("spaces", ["broken_headers"], 1, "pre2019", 2011)
    assert "指标名称 计量 单位 2011 年度 历年累计" in text
    assert_damaged(rec, parse_text(text))


# --- 4. the pre-2019 统计表 on one line ----------------------------------------------------------


@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), layout=st.sampled_from(("glued", "spaces")))
def test_statistics_on_one_line(report: tuple[Record, int], layout: str) -> None:
    rec, seed = report
    rec = reprinted_statistics(rec, random.Random(seed))
    assert_damaged(rec, parse_noisy(rec, layout, ["statistics_on_one_line"], seed))


def _unfilled(rec: Record, rng: random.Random) -> Record:
    return unfilled_cumulative(reprinted_statistics(rec, rng), rng)


@pytest.mark.parametrize("reprint", [last_year_statistics, _unfilled], ids=["last_years_column", "cumulative_empty"])
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), layout=st.sampled_from(NOISY_LAYOUTS), one_line=st.booleans())
def test_statistics_reprinted(
    reprint: Callable[[Record, random.Random], Record], report: tuple[Record, int], layout: str, one_line: bool
) -> None:
    """The 统计表 printing last year's column between the year's and the cumulative (`2012年度 2011年度
    历年累计`, `本年 上年 历年累计`), or its last column (历年累计, 上年) left empty in every row, or all but a few,
    printing nothing — in every layout, and on one line: in text that runs a row's cells together, its
    numbers are never split as though they filled every cell."""
    rec, seed = report
    rec = reprint(rec, random.Random(seed))
    assert_damaged(rec, parse_noisy(rec, layout, ["statistics_on_one_line"] if one_line else [], seed))


@NOISE_SETTINGS
@given(
    report=reports(years=OLD_YEARS),
    layout=st.sampled_from([layout for layout in NOISY_LAYOUTS if layout != "glued"]),
    one_line=st.booleans(),
)
def test_a_last_column_no_row_fills_leaves_the_others_read(
    report: tuple[Record, int], layout: str, one_line: bool
) -> None:
    """A 统计表 whose last column (历年累计) no row fills, printed in any layout that parts its cells (one a
    line, between `|` or tabs, a space apart), on one line too: each row's numbers are the other columns',
    read, none left null as though it might be the empty one's or two cells run together."""
    rec, seed = report
    rec = unfilled_cumulative(rec, random.Random(seed), kept=0)
    got = parse_noisy(rec, layout, ["statistics_on_one_line"] if one_line else [], seed)
    assert [dict(r.values) for r in got.indicators] == [dict(r.values) for r in rec.indicators]


@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), layout=st.sampled_from(NOISY_LAYOUTS), one_line=st.booleans())
def test_statistics_with_a_remarks_column(report: tuple[Record, int], layout: str, one_line: bool) -> None:
    """A column of remarks after the 统计表's values (`备注`, `说明`), its cells empty or marks: no value, and
    its name no part of the first row's label."""
    rec, seed = report
    noise = ["remarks_column", "statistics_on_one_line"] if one_line else ["remarks_column"]
    assert_damaged(rec, parse_noisy(rec, layout, noise, seed))


def test_statistics_space_separated_on_one_line() -> None:
    """r004: `主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509`."""
    rec = reprinted_statistics(synth_record(random.Random(3), "pre2019", 2011, "区县"), random.Random(0))
    text = str(write_noisy(rec, "spaces", ["statistics_on_one_line"], 0))
    line = text.splitlines()[-1]
    assert line.startswith("附件：政府信息公开情况统计表 指标名称 计量单位 本年 上年 主动公开政府信息数 条 10 96 ")
    assert "收到申请数 件 136 662 其中：1.当面申请数 件 35 139" in line and "行政复议数 件 / 74" in line
    assert_damaged(rec, parse_text(text))


def test_statistics_glued_on_one_line() -> None:
    """r008: `主动公开文件数条206912106其中：1.政府网站公开数条2069121062.政府公报公开数条00`."""
    rec = reprinted_statistics(synth_record(random.Random(3), "pre2019", 2017, "区县"), random.Random(0))
    text = str(write_noisy(rec, "glued", ["statistics_on_one_line"], 0))
    assert "其中：1." in text
    assert_damaged(rec, parse_text(text))


@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), layout=st.sampled_from(NOISY_LAYOUTS))
def test_statistics_with_a_number_column_or_the_units_last(report: tuple[Record, int], layout: str) -> None:
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["statistics_columns"], seed))


@pytest.mark.parametrize("layout", [lay for lay in NOISY_LAYOUTS if lay != "traditional"])  # its labels print ( )
@pytest.mark.parametrize(
    "more",
    [[], ["statistics_columns"], ["bare_headings"], ["statistics_on_one_line"], ["repeated_headers"], ["word_cells"]],
)
@pytest.mark.parametrize("year", [2012, 2016])
def test_statistics_with_the_units_in_the_labels(year: int, more: list[str], layout: str) -> None:
    """A 统计表 without its unit column, each unit in brackets after its label (主动公开政府信息数（条）), on
    the national form too, whose headings over the rows below them then print only their value cells (—),
    and whose long labels a PDF's text wraps round their cells, perhaps inside the unit's brackets, its
    header printed again after a page break a name to a cell, a cell printed as a word (暂无): each row's
    label and unit read as printed, and no heading, nor the header again, nor the word, read as a row."""
    rec = synth_record(random.Random(6), "pre2019", year, "区县", form=year >= 2014)
    assert_damaged(rec, parse_noisy(rec, layout, ["units_in_labels", *more], 6))


def test_units_in_the_labels_go_after_no_sequence_number_spaced_about() -> None:
    """A 统计表 with a 序号 column whose cells are spaced about (`1 `, seed 1911652): each unit goes after its
    row's label, never after its number too (`1 （条）`), and every row is read as printed."""
    rec = random_report(random.Random(1911652))
    noise = ["statistics_columns", "spaced_cells", "placeholder_headers", "signature_dates", "saved_markup"]
    text = str(write_noisy(rec, "tabs", [*noise, "units_in_labels"], 1911652))
    assert "序号" in text and not re.search(r"\t\d+[ \u3000\xa0]*[（(]", text)
    assert_damaged(rec, parse_noisy(rec, "tabs", [*noise, "units_in_labels"], 1911652))


@pytest.mark.parametrize(
    "more", [[], ["statistics_on_one_line"], ["cell_words"], ["cell_words", "statistics_on_one_line"]]
)
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), layout=st.sampled_from([lay for lay in NOISY_LAYOUTS if lay != "traditional"]))
def test_statistics_units_in_brackets_wrapped_below(more: list[str], report: tuple[Record, int], layout: str) -> None:
    """Each 统计表 unit in brackets after its label, wrapped onto a line of its own under its label or its
    row (`主动公开政府信息数` `（条）` …, `… 599 1247` `（条）`), a word between it and the row's first cell,
    or the table then on one line (`… 100 100 （%） 其中：1、…`): each row's label and unit as printed."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["units_in_labels", "notes_below", *more], seed))


@pytest.mark.parametrize("layout", [lay for lay in NOISY_LAYOUTS if lay != "traditional"])
@pytest.mark.parametrize(
    "more", [[], ["statistics_columns"], ["units_in_labels"], ["repeated_headers"], ["statistics_on_one_line"]]
)
@pytest.mark.parametrize("year", [2008, 2014])
def test_statistics_values_printed_with_their_unit(year: int, more: list[str], layout: str) -> None:
    """统计表 values printed with their row's unit (6万元, 12件, 100%), the unit column first or last, or
    none, a page break inside the table, or the table on one line: each value read, the unit no label's."""
    seed = 0 if year < 2014 else 6
    rec = synth_record(random.Random(seed), "pre2019", year, "区县", form=year >= 2014)
    assert_damaged(rec, parse_noisy(rec, layout, ["counted_statistics", *more], seed))


def test_statistics_with_a_number_column_in_markdown() -> None:
    """Markdown joins the 序号 and label columns into one, and their headers with them (`| 序号 指标名称 |`):
    the header still names the 统计表."""
    rec = synth_record(random.Random(3), "pre2019", 2012, "市")
    text = str(write_noisy(rec, "md", ["statistics_columns"], 0))
    assert "| 序号 指标名称 | 计量单位 |" in text and "| 1 主动公开政府信息数 |" in text
    assert_damaged(rec, parse_text(text))


@pytest.mark.parametrize("more", (["spaced_cells"], ["full_stops"]))
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS))
def test_statistics_with_a_number_column_glued_to_the_values(more: list[str], report: tuple[Record, int]) -> None:
    """A 序号 column in glued text, the next row's number set off from the values by a space or a full stop
    (`全文电子化率%100100 3新公开…`, `网络申请数件21138。8信函…`): a number, never a value."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "glued", ["statistics_columns", *more], seed))


@pytest.mark.parametrize(
    "noise", (["statistics_on_one_line", "row_numbers"], ["statistics_columns", "statistics_on_one_line"])
)
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), layout=st.sampled_from(NOISY_LAYOUTS))
def test_statistics_rows_numbered_as_a_list_is_typed(noise: list[str], report: tuple[Record, int], layout: str) -> None:
    """Sub-rows numbered `其中：1）当面申请数`, `2）传真申请数`, `2. 传真申请数`, under a 序号 column too
    (`9 其中：1、申请办结数`): the number is the row's, in glued text too (`…件0162）不同意…`), no value and no
    part of a label."""
    rec, seed = report
    rec = reprinted_statistics(rec, random.Random(seed))
    assert_damaged(rec, parse_noisy(rec, layout, noise, seed))


@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS))
def test_page_footers_run_into_statistics_on_one_line(report: tuple[Record, int]) -> None:
    """A 统计表 printed one cell per line, its page footers (`第 9 页`, `11/12`) then run into one line with
    it: no row, no label's part."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "cells", ["page_footers", "statistics_on_one_line"], seed))


def test_statistics_columns_as_printed() -> None:
    rec = synth_record(random.Random(3), "pre2019", 2012, "区县")
    numbered, units_last = (str(write_noisy(rec, "spaces", ["statistics_columns"], s)) for s in (0, 4))
    assert "序号 指标名称 计量单位 2012年度 历年累计\n1 主动公开政府信息数 条 10 96\n" in numbered
    assert "指标名称 2012年度 历年累计 计量单位\n主动公开政府信息数 10 96 条\n" in units_last
    assert_damaged(rec, parse_text(numbered))
    assert_damaged(rec, parse_text(units_last))


# --- 4b. the national form of 2014 -------------------------------------------------------------

STATISTICS_NOISE = (
    "statistics_columns",
    "notes_below",
    "bare_headings",
    "blank_marks",
    "full_stops",
    "spaced_cells",
    "broken_headers",
)


@st.composite
def national_reports(draw) -> tuple[Record, int]:
    """A report of 2014–2018 whose 统计表 is printed on the national form, and a layout seed."""
    seed = draw(st.integers(0, 2**32 - 1))
    rec = synth_record(
        random.Random(seed), "pre2019", draw(st.integers(2014, 2018)), draw(st.sampled_from(LEVELS)), form=True
    )
    return rec, seed


def as_printed(rec: Record, layout: str) -> Record:
    """The record with its 统计表 labels as `layout` prints them (half-width brackets in the glossed text)."""
    if layout != "traditional":
        return rec
    rows = [replace(i, label=i.label.translate(HALF_WIDTH_PARENS)) for i in rec.indicators]
    return replace(rec, indicators=rows)


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=national_reports())
def test_the_national_form_in_every_layout(layout: str, report: tuple[Record, int]) -> None:
    """Every row of the form back, its label as printed; every value exact where the cells are apart."""
    rec, seed = report
    got = parse_noisy(rec, layout, [], seed)
    assert_damaged(as_printed(rec, layout), got)
    if layout != "glued" or all(len(i.values) == 1 for i in rec.indicators):
        assert [i.values for i in got.indicators] == [i.values for i in rec.indicators]


@pytest.mark.parametrize("noise", STATISTICS_NOISE)
@NOISE_SETTINGS
@given(report=national_reports(), layout=st.sampled_from((*TEXT_LAYOUTS, "html", "docx")))
def test_the_national_form_damaged(noise: str, layout: str, report: tuple[Record, int]) -> None:
    rec, seed = report
    assert_damaged(as_printed(rec, layout), parse_noisy(rec, layout, [noise], seed))


@NOISE_SETTINGS
@given(report=national_reports(), layout=st.sampled_from(("glued", "spaces")))
def test_the_national_form_on_one_line(report: tuple[Record, int], layout: str) -> None:
    """Wrapped labels and notes holding digits, the whole form on one line, some cells printed `/`."""
    rec, seed = report
    rec = reprinted_statistics(rec, random.Random(seed))
    assert_damaged(rec, parse_noisy(rec, layout, ["statistics_on_one_line"], seed))


@NOISE_SETTINGS
@given(report=st.one_of(national_reports(), reports(years=OLD_YEARS)), layout=st.sampled_from(LAYOUTS))
def test_statistics_with_blank_cells_marked(report: tuple[Record, int], layout: str) -> None:
    """A 统计表's blank cells printed `—`, `——`, `－`, `/`, `无` or `-`, in glued text run into the unit
    before them, the digits before them or the next row's label (`条无其中：…`, `件——2．传真…`, `件13-`)."""
    rec, seed = report
    rec = reprinted_statistics(rec, random.Random(seed))
    assert_damaged(as_printed(rec, layout), parse_noisy(rec, layout, ["blank_marks"], seed))


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=st.one_of(national_reports(), reports(years=OLD_YEARS)))
def test_prose_after_the_statistics_is_no_row(layout: str, report: tuple[Record, int]) -> None:
    """A closing, a note or the office's address printed after the 统计表: every row back, none more, no
    value taken from the prose (联系地址：…大楼270室 after a glued `00`), no finding the clean report lacks."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["prose_after_statistics"], seed)
    assert_damaged(as_printed(rec, layout), got)
    clean = {(f.rule, f.cells) for f in parse_noisy(rec, layout, [], seed).findings}
    assert [f.rule for f in got.findings if (f.rule, f.cells) not in clean and f.severity.value != "info"] == []


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), more=st.sampled_from(([], ["statistics_on_one_line"], ["broken_headers"])))
def test_statistics_under_other_header_words(layout: str, report: tuple[Record, int], more: list[str]) -> None:
    """The 统计表's label column headed 统计项目, 项目名称 or 指标项目, its unit column 单位: every row back."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["statistics_headers", *more], seed)
    assert_damaged(as_printed(rec, layout), got)


def test_blank_marks_run_into_the_statistics_rows() -> None:
    text = "统计指标单位本年上年收到申请数件无无其中：1.当面申请数件——2.传真申请数件3-3.网络申请数件5/"
    got = extract_indicators(text, get_template("pre2019"))[0]
    assert [(r.label, list(r.values.values())) for r in got] == [
        ("收到申请数", [None, None]),
        ("当面申请数", [None, None]),
        ("传真申请数", [3, None]),
        ("网络申请数", [5, None]),
    ]


def test_notes_below_as_printed() -> None:
    rec = synth_record(random.Random(2), "pre2019", 2016, "区县", form=True)
    text = str(write_noisy(rec, "pipes_rows", ["notes_below"], 0))
    assert "（一）主动公开政府信息数 | 条 | 6 | |\n（不同渠道和方式公开相同信息计1条）\n其中：" in text
    assert_damaged(rec, parse_text(text))


# --- 5. Markdown from a PDF converter ------------------------------------------------------------


@pytest.mark.parametrize("noise", MARKDOWN)
@NOISE_SETTINGS
@given(report=reports(years=st.sampled_from((2012, 2016, 2019, 2021, 2023))))
def test_markdown_converter_damage(noise: str, report: tuple[Record, int]) -> None:
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", [noise], seed), ("year", "template"))


@NOISE_SETTINGS
@given(
    report=reports(years=TABLE_YEARS),
    more=st.sampled_from(([], ["html_tables"], ["dispersed_labels"], ["trailing_spaces"])),
)
def test_rows_stacked_in_a_cell_are_read_as_rows(report: tuple[Record, int], more: list[str]) -> None:
    """A converter's Markdown that stacks two or three rows in one, each cell's lines apart by `<br>`, or
    wraps a long cell: every cell as printed — in a Markdown table, an HTML one, beside rows whose labels
    are printed apart, with white space after the rows' last `|`."""
    rec, seed = report
    assert parse_noisy(rec, "md", ["cell_breaks", *more], seed).cells == rec.cells


@NOISE_SETTINGS
@given(report=reports(years=st.sampled_from((2010, 2016, 2021))))
def test_rows_stacked_in_a_cell_then_a_units_note_under_the_row(report: tuple[Record, int]) -> None:
    """A row stacking rows (`| 主动公开政府信息数<br/>全文电子化率 | 0<br/>100 | 0<br/>100 |`), its last label's unit
    on the line under it (`（条）`), then the next row: the row is whole, as many cells as its table's rule,
    so the note and the next row are no rest of it a fold cut off. Joined to it, every row after was read a
    row late, under the label before."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", ["units_in_labels", "cell_breaks", "notes_below"], seed))


@NOISE_SETTINGS
@given(report=reports(years=st.sampled_from((2010, 2016, 2021))))
def test_rows_stacked_in_a_cell_amid_rows_a_tab_apart_run_together(report: tuple[Record, int]) -> None:
    """Rows stacked in one by `<br>` in a table whose cells are a tab apart, the page's lines run together
    (`…\t352\t4．信函申请数<br>（二）申请办结数\t件<br>件\t79<br>223\t486<br>745\t2．延期办结数\t…`): the stacked rows
    are read as rows amid the others. Read as one row of the whole line, their numbers were joined by spaces
    (`79 223 126`) and read as one number whose thousands are spaced."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", ["cell_breaks", "tab_rows", "lines_run_together"], seed))


@pytest.mark.parametrize(("template", "year", "seed"), [("pre2019", 2016, 3), ("2021", 2022, 2)])
def test_rows_stacked_in_a_cell_then_two_spaces_are_no_row_a_fold_cut(template: str, year: int, seed: int) -> None:
    """`| 传真申请数<br/>网络申请数 | … | 0<br/>0 |  ` then `| 申请办结数 | …`: a row that stacks rows, its line
    ending in two spaces after its last `|` (a Markdown hard break), is whole; the next row is no rest of it
    a fold cut off. Joined to it, the stacked rows were read as one, labelled by their units (`件件`)."""
    rec = synth_record(random.Random(seed), template, year, "区县")
    text = str(write_noisy(rec, "md", ["cell_breaks", "trailing_spaces"], seed))
    assert re.search(r"<br/?>[^\n]*\|  \n\|", text)
    assert_damaged(rec, parse_text(text))


@NOISE_SETTINGS
@given(report=reports(years=st.sampled_from((2010, 2016, 2019, 2021, 2023))))
def test_rows_stacked_in_a_cell_with_their_numbers_in_bold(report: tuple[Record, int]) -> None:
    """Rows stacked in one by `<br>`, their numbers in a converter's bold (`**207**<br/>**10**<br/>**51**`): each
    line of a cell of numbers is a number, so the rows it holds are read as rows — every value as printed, or
    null with a finding. Read as words, the 统计表's stacked rows made one row labelled by their units."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", ["markdown_marks", "cell_breaks"], seed), ("year", "template"))


def test_a_converters_header_row_with_tabs_between_its_cells() -> None:
    """`\t数据1\t数据2\t数据3\t数据4` amid a 统计表's rows, the converter's own header row whose | became tabs:
    no row of the 统计表, as it is none between pipes."""
    rec = synth_record(random.Random(3), "pre2019", 2011, "乡镇")
    text = str(write_noisy(rec, "md", ["placeholder_headers", "tab_rows"], 0))
    assert "\t数据1\t数据2\t数据3\t数据4\n" in text
    got = parse_text(text)
    assert [(i.label, i.unit, i.values) for i in got.indicators] == [
        (i.label, i.unit, i.values) for i in rec.indicators
    ]


def test_a_converters_header_row_with_tabs_after_a_row_printed_empty() -> None:
    """Tab rows run together, 规范性文件 printed empty (its numbers pulled out before the table) right before the
    next group's caption and a converter's header, `\t数据1\t数据2\t数据3\t数据4\t---\t…`: the header's numbers
    are none of its cells, which stay null with a finding (read 1 and 2 before)."""
    seed = 3295471
    rec = random_report(random.Random(seed))
    noise = ["lines_run_together", "loose_cells", "placeholder_headers", "tab_rows"]
    text = str(write_noisy(rec, "md", noise, seed))
    assert "规范性文件**第二十条第（五）项**\t数据1\t数据2\t数据3\t数据4\t---" in text
    got = parse_text(text)
    assert_damaged(rec, got, ("year", "template"))
    assert got.cells["s2.normative_documents.made"] is None


def test_a_wider_gap_in_a_row_a_number_short_where_full_rows_print_such_gaps_too() -> None:
    """Cells a space apart, some two (`一、本年新收… 0  0 0 0 0  0 0`), lines ending in spaces: a row printing six
    numbers for seven cells (`1.信访举报投诉类申请 0 0 0  0 0 0`, its total left empty) has its wider gap where
    full rows have theirs, no sign of the empty cell — which cell is, nothing tells (the gap's read 0 as the
    total before)."""
    seed = 3298037
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "spaces", ["spaced_cells", "tab_rows", "table_headings", "trailing_spaces"], seed))
    assert "1.信访举报投诉类申请 0 0 0  0 0 0 " in text
    got = parse_text(text)
    assert_damaged(rec, got)
    assert got.cells["s3.not_processed.complaint.total"] is None


def test_a_title_wrapped_over_two_markdown_headings_in_lines_run_together() -> None:
    """A converter's Markdown with its title wrapped over two headings, saved with its lines run together two
    spaces apart (`发布日期：2026/3/27  # 清石市  # 教育局2025年政府信息公开工作年度报告  ## 一、总体情况`): the
    agency is the title's whole name (教育局 before), and no section's text ends in a heading's `##`."""
    seed = 3400040
    rec = random_report(random.Random(seed))
    noise = ["double_spaced", "lines_run_together", "pdf_page_forms", "placeholder_headers", "tab_rows"]
    text = str(write_noisy(rec, "md", noise, seed))
    assert "  # 清石市  # 教育局2025年" in text
    got = parse_text(text)
    assert got.meta.agency == rec.meta.agency == "清石市教育局"
    assert not any("#" in s.text for s in got.sections.values())


@pytest.mark.parametrize(("joined", "between"), [("lines_run_together", "||"), ("lines_spaced_together", "| |")])
def test_a_converters_header_row_amid_rows_run_together(joined: str, between: str) -> None:
    """`… | 67 || 数据1 | 数据2 | 数据3 | 数据4 || --- | …` (or `| |` where the lines were joined by spaces): the
    converter's own header row amid a 统计表 whose rows ran together, the rows after it run on to it — no row
    of the 统计表 (数据 with 4 in its first column)."""
    rec = random_report(random.Random(363526))
    text = str(write_noisy(rec, "md", ["total_first", "placeholder_headers", joined], 363526))
    assert f"{between} 数据1 | 数据2 | 数据3 | 数据4 {between}" in text
    got = parse_text(text)
    assert [(i.label, i.unit, i.values) for i in got.indicators] == [
        (i.label, i.unit, i.values) for i in rec.indicators
    ]


def test_a_converters_header_run_on_after_the_prose_before_its_table() -> None:
    """`…被申请行政复议的情况。| 数据1 | … | 数据15 || ---: | … || 0 | … |`: 四's table under a converter's own header,
    the lines run together, the header run on after the prose before it. The header's numbered names are no row
    of numbers: 四's one row is read, every cell."""
    seed = 1781262
    rec = random_report(random.Random(seed))
    noise = ["placeholder_headers", "lines_run_together"]
    text = str(write_noisy(rec, "md", noise, seed))
    assert re.search(r"。\| 数据1 \| 数据2 \|[^\n]*\| 数据15 \|\| ---: \|", text)
    got = parse_text(text)
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s4.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s4.")
    }


@pytest.mark.parametrize("more", [[], ["placeholder_headers"], ["placeholder_headers", "broken_headers"]])
@NOISE_SETTINGS
@given(report=reports())
def test_markdown_tables_whose_lines_were_joined_by_spaces(more: list[str], report: tuple[Record, int]) -> None:
    """A converter's Markdown saved with its line breaks lost, the lines a space apart (`| 数据15 | | ---: |
    … | | 0 | … |`), its header a converter's placeholders or broken across lines too: each table read a row a
    line by its rule's width, as the Markdown with its lines is read (every value back as written, where the
    header is the table's own)."""
    rec, seed = report
    got = parse_noisy(rec, "md", [*more, "lines_spaced_together"], seed)
    lined = parse_noisy(rec, "md", more, seed) if more else rec
    assert got.cells == lined.cells
    assert [(i.label, i.unit, i.values) for i in got.indicators] == [
        (i.label, i.unit, i.values) for i in lined.indicators
    ]


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_loose_cells_are_put_back_in_their_row(report: tuple[Record, int]) -> None:
    """A row's numbers pulled out before its table, its cells left empty: the one empty row as wide as the
    loose run gets them, in any table — 二 too, which has no sum to place them by."""
    rec, seed = report
    got = parse_noisy(rec, "md", ["loose_cells"], seed)
    assert got.cells == rec.cells


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), pick=st.integers(0, 2**32 - 1))
def test_loose_cells_of_a_row_printing_a_blank(report: tuple[Record, int], pick: int) -> None:
    """A row printing a blank among its numbers, pulled out before its table: fewer numbers than the row's
    empty cells, the blank's place lost — each cell as printed or null with a finding naming it, never the
    empty lines around the numbers read as the blank's cell."""
    rec, seed = report
    rng = random.Random(pick)
    for table in get_template(rec.meta.template).tables:
        rows = [rng.choice(table.rows)] if table.flat else table.rows  # a flat table (四) prints one row
        for row in rows:
            rec.cells[table.cell_id(row.id, rng.choice(table.columns).id)] = None
    assert_damaged(rec, parse_noisy(rec, "md", ["loose_cells"], seed))


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_loose_cells_of_a_table_printed_with_its_columns_reordered(report: tuple[Record, int]) -> None:
    """A table printed with its columns in another order, a row's numbers then pulled out before it: in the
    order the table prints them, whichever noise is named first; each read as printed, or null with a
    finding naming it."""
    rec, seed = report
    text = write_noisy(rec, "md", ["loose_cells", "reordered_columns"], seed)
    assert text == write_noisy(rec, "md", ["reordered_columns", "loose_cells"], seed)
    assert_damaged(rec, parse_text(str(text)))


def test_loose_zeros_of_a_table_printed_with_its_columns_reordered() -> None:
    """… numbers all the same (a row of zeros): the same in any order, put back into the one empty row."""
    rec = synth_record(random.Random(11), "2021", 2021, "乡镇")
    text = str(write_noisy(rec, "md", ["reordered_columns", "loose_cells"], 11))
    assert "\n0\n0\n0\n0\n0\n0\n0\n" in text  # 3.要求提供公开出版物's seven zeros, before table 三
    got = parse_text(text)
    assert got.cells == rec.cells
    assert not got.findings


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_loose_cells_with_a_note_amid_them(report: tuple[Record, int]) -> None:
    """Loose numbers before a table with a note on a line of their own amid them (`124` `37` `（备注：已办结）`
    `29`): one run, put back whole into the one empty row as wide — never the first piece alone into it,
    and never into a row across the table's rows before it."""
    rec, seed = report
    got = parse_noisy(rec, "md", ["loose_cells", "cell_notes"], seed)
    assert_damaged(rec, got)
    assert got.cells == rec.cells


def test_a_row_left_empty_under_a_row_of_numbers_is_a_row() -> None:
    """`| 行政规范性文件 |  |  |  |` under `| 规章 | 0 | 0 | 0 |`: words that are a row's whole label are that row,
    left empty — not the rest of the label above wrapped onto a line of its own — so the loose numbers
    before the table, a note amid them, are put back into it whole."""
    rec, text = example("md", [], 0)
    row = "| 行政规范性文件 | 1 | 16 | 10 |"
    assert row in text
    loose = text.replace(row, "| 行政规范性文件 |  |  |  |", 1).replace(
        "**第二十条第（一）项**\n\n", "**第二十条第（一）项**\n\n1\n16\n（备注：已办结）\n10\n\n", 1
    )
    assert parse_text(loose).cells == rec.cells
    alone = text.replace(row, "| 行政规范性文件 |  |  |  |", 1)
    got = parse_text(alone)
    assert [got.cells[f"s2.normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [None] * 3
    assert got.cells["s2.regulations.issued"] == 0


def test_a_table_printed_with_its_cells_left_empty_is_not_missing() -> None:
    """(五) printed with its caption and its row's label but no number (a text that prints no empty cell):
    its cell is null with `table.incomplete`, not reported missing; a table whose rows are not printed is."""
    rec, text = example("spaces", [], 0)
    empty = text.replace("行政许可 19\n", "行政许可\n", 1)
    got = parse_text(empty)
    assert got.cells["s2.licensing.decisions"] is None
    assert {k: v for k, v in got.cells.items() if v is not None} == {
        k: v for k, v in rec.cells.items() if k != "s2.licensing.decisions"
    }
    rules = {f.rule for f in got.findings if set(f.cells) & {"s2.licensing", "s2.licensing.decisions"}}
    assert rules == {"table.incomplete"}
    gone = parse_text(text.replace("行政许可 19\n", "", 1))
    assert {f.rule for f in gone.findings if set(f.cells) & {"s2.licensing", "s2.licensing.decisions"}} == {
        "table.missing"
    }


@pytest.mark.parametrize("layout", ("spaces", "glued", "cells", "tabs"))
def test_a_table_whose_header_is_printed_without_its_numbers_is_not_missing(layout: str) -> None:
    """四's header printed, every number of its section dropped (a converter that lost them): each of its
    cells null with `table.incomplete` naming its rows, not reported missing, the other tables read as
    before; the section's prose naming 行政复议 is no header, and a 四 printing no header is missing."""
    rec, text = example(layout, [], 0)
    start, end = text.index("四、政府信息公开行政复议"), text.index("五、存在的主要问题")
    got = parse_text(text[:start] + re.sub(r"\d", "", text[start:end]) + text[end:])
    s4 = [c for c in rec.cells if c.startswith("s4.")]
    assert all(got.cells[c] is None and covered(c, got, ("table.incomplete",)) for c in s4)
    assert not [f for f in got.findings if f.rule == "table.missing"]
    whole = parse_text(text)
    assert {k: v for k, v in got.cells.items() if k not in s4} == {k: v for k, v in whole.cells.items() if k not in s4}
    prose = "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。\n"
    gone = parse_text(text[:start] + "四、政府信息公开行政复议、行政诉讼情况\n" + prose + text[end:])
    assert {f.rule for f in gone.findings if set(f.cells) & {"s4", *s4}} == {"table.missing"}


@pytest.mark.parametrize("seed", range(8))
def test_words_in_cells_after_another_damage_printed_them(seed: int) -> None:
    """`word_cells` after `counted_cells` (a change already printed `－２` or `2件`): the earlier damage's
    form is kept, and the report reads as printed, or null with a finding."""
    rec, _ = example("spaces", [], 0, template="2019", year=2020)
    for layout in ("spaces", "cells", "glued"):
        assert_damaged(rec, parse_noisy(rec, layout, ["counted_cells", "word_cells"], seed))


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("3件0件0件不涉及0件0件暂无", [3, 0, 0, None, 0, 0, None]),  # the last cell a word, the next row's 3. after it
        ("3件0件0件0件0件0件见附件", [3, 0, 0, 0, 0, 0, None]),
        ("待定0件0件0件0件0件3件", [None, 0, 0, 0, 0, 0, 3]),
        ("3件0件0件空0件0件3件", [3, 0, 0, None, 0, 0, 3]),
    ],
)
def test_counted_cells_run_into_a_word_cell(printed: str, want: list[int | None]) -> None:
    """`0件不涉及0件`, `0件暂无3.危及…`: a count's unit ends its cell before a word that is a cell too, so the
    word stays in its place — never the blank moved a cell early and the row's total read from another cell."""
    rec, text = example("glued", ["counted_cells"], 4, template="2019", year=2020)
    row = "2.其他法律行政法规禁止公开"
    cells = [c for c in rec.cells if c.startswith("s3.withheld.prohibited_by_law.")]
    at = text.index(row) + len(row)
    got = parse_text(text[:at] + printed + text[text.index("3.危及", at) :])
    assert [got.cells[c] for c in cells] == want


def test_a_row_left_empty_is_known_by_its_whole_label() -> None:
    """`| 其他对外管理服务事项 |  |  |  |`, whose row the template knows by 对外管理服务: the label printed whole
    is that row, left empty, so the loose numbers before its table (a note amid them) are put back into it —
    not read into it by their order across 行政许可's row."""
    rec, text = example("md", [], 0, template="2019", year=2020)
    row = "| 其他对外管理服务事项 | 601 | 0 | 633 |"
    assert row in text
    loose = text.replace(row, "| 其他对外管理服务事项 |  |  |  |", 1).replace(
        "**第二十条第（五）项**\n\n", "**第二十条第（五）项**\n\n601\n0\n（备注：已办结）\n633\n\n", 1
    )
    assert parse_text(loose).cells == rec.cells


@pytest.mark.parametrize("layout", [lay for lay in NOISY_LAYOUTS if lay != "docx"])
@NOISE_SETTINGS
@given(report=reports())
def test_digits_an_ocr_engine_read_as_letters(layout: str, report: tuple[Record, int]) -> None:
    """`4O`, `1l0`, `2O21年`, a cell printed `O` or `-l`, a date's `I 月`: read as the digits they stand for,
    in cells, counts, years and dates alike."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["ocr_letters"], seed)
    assert_damaged(rec, got)
    assert got.meta.signed == rec.meta.signed
    assert not [(c, v, got.cells.get(c)) for c, v in rec.cells.items() if got.cells.get(c) not in (v, None)]


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_cells_printed_in_words(layout: str, report: tuple[Record, int]) -> None:
    """A change printed 增加2, 减少1 or 持平, or signed `＋2`, `－1`, `−1`, `↑2`, `↓1`, and words where a cell
    gives no number (不涉及, 暂无, 空, 待定, 见附件): the change read as the number it says, a word as a blank
    cell in its place — never the row's other numbers moved or split to fill it."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["word_cells"], seed))


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS), columns=st.booleans())
def test_statistics_cells_printed_in_words(layout: str, report: tuple[Record, int], columns: bool) -> None:
    """A word that gives no number (不涉及, 空, 待定) in a 统计表 cell, the next row's label perhaps run on
    after it (`477空网络申请数件`), under a 序号 column or before the unit column printed last perhaps: a
    blank cell with a finding, never the row's other number split to fill it (4 and 77)."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, [*(["statistics_columns"] if columns else []), "word_cells"], seed))


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS))
def test_statistics_on_one_line_with_cells_printed_in_words(layout: str, report: tuple[Record, int]) -> None:
    """A 统计表 printed on one line with words that give no number in its cells (`当面申请数 件 55 待定
    其中：1.传真申请数 …`, `申请行政复议数 件 不涉及 待定 提起行政诉讼数 件 不适用 0 …`): each word a blank cell
    of its own row, with a finding — never a row lost, a number moved to the row above or split in two."""
    rec, seed = report
    rec = reprinted_statistics(rec, random.Random(seed))
    assert_damaged(rec, parse_noisy(rec, layout, ["word_cells", "statistics_on_one_line"], seed))


@pytest.mark.parametrize("layout", ["cells", "pipes_cells"])
def test_cell_words_stand_before_a_cell_whose_digits_read_as_letters(layout: str) -> None:
    """`cell_words` after `ocr_letters`: a word goes between a row's label and its first cell, a cell printed
    `I` or `O` a cell too — never amid a row's cells (`1` `单位：件` `117`), which it does not claim to print."""
    rec = random_report(random.Random(0))
    text = str(write_noisy(rec, layout, ["ocr_letters", "cell_words"], 0))
    lines = [line.strip(" |\t") for line in text.split("\n") if line.strip(" |\t")]
    words = [i for i, line in enumerate(lines) if line in CELL_WORDS]
    assert words and all(not re.fullmatch(r"[\d.,OolI]+", lines[i - 1]) for i in words)


@pytest.mark.parametrize(
    ("noise", "seed"),
    [
        (["units_in_labels", "word_cells"], 2),
        (["statistics_columns", "word_cells"], 1),
        (["word_cells", "statistics_on_one_line"], 21),
        (["statistics_columns", "word_cells", "statistics_on_one_line"], 10),
    ],
    ids=["units_in_labels", "units_last", "one_line", "one_line_units_last"],
)
def test_statistics_words_in_the_cells_of_labels_wrapped_round_them(noise: list[str], seed: int) -> None:
    """The national 统计表 as a PDF's text prints it, its long labels wrapped over two or three lines round the
    line of their cells (or, on one line, their ends printed after the cells), words that give no number in
    some of those cells (`括用于政府公报编辑管理及政府网站 暂无`, `…（不同渠 条 不涉及 道和方式…`): each word a blank
    with a finding and each label whole — no row read from a piece of a label, none lost."""
    rec = synth_record(random.Random(seed), "pre2019", 2012, "市", form=True)
    assert_damaged(rec, parse_noisy(rec, "spaces", noise, seed))


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("按时办结数 244 暂无 件", [244, None]),
        ("按时办结数 暂无 1351 件", [None, 1351]),
        ("按时办结数 不适用 空 件", [None, None]),
    ],
)
def test_statistics_cells_in_words_before_the_unit_column_printed_last(row: str, cells: list[int | None]) -> None:
    """`按时办结数 244 暂无 件`: the word is a blank cell, the unit after it the row's, not the next row's label."""
    rec = synth_record(random.Random(3), "pre2019", 2012, "市")
    text = str(write_noisy(rec, "spaces", ["statistics_columns"], 4))
    assert "\n按时办结数 244 1351 件\n" in text and "历年累计 计量单位" in text
    got = parse_text(text.replace("按时办结数 244 1351 件", row))
    assert [(i.label, i.unit) for i in got.indicators] == [(i.label, i.unit) for i in rec.indicators]
    assert list(next(i for i in got.indicators if i.label == "按时办结数").values.values()) == cells
    assert covered("indicator.按时办结数", got, ("table.incomplete",))


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("网络申请数件暂无见附件信函申请数件", [None, None]),  # both words, the next row's label run on after them
        ("网络申请数件见附件空信函申请数件", [None, None]),
        ("网络申请数件空4信函申请数件", [None, 4]),
        ("网络申请数件4见附件信函申请数件", [4, None]),
    ],
)
def test_glued_statistics_words_run_together(printed: str, want: list[int | None]) -> None:
    """`网络申请数件暂无见附件信函申请数件…`: words that give no number run together after a row's unit, in a
    glued 统计表, are its blank cells — 附件 among them no end of the table, no row after them lost and none
    read otherwise (a glued pair the sums leave open is null)."""
    rec = synth_record(random.Random(1903895779), "pre2019", 2009, "区县")
    text = str(write_noisy(rec, "glued", [], 1))
    got = parse_text(text.replace("网络申请数件462信函申请数件", printed, 1))
    assert [(i.label, i.unit) for i in got.indicators] == [(i.label, i.unit) for i in rec.indicators]
    row = next(i for i in got.indicators if i.label == "网络申请数")
    assert list(row.values.values()) == want
    assert covered("indicator.网络申请数", got, ("table.incomplete",))
    assert not [
        (a.label, col, v)
        for a, b in zip(rec.indicators, got.indicators, strict=True)
        for col, v in a.values.items()
        if a.label != "网络申请数" and b.values[col] not in (v, None)
    ]


def test_a_statistics_row_printed_in_words_alone() -> None:
    """A 统计表 row whose every cell is a word that gives no number, on one line with its label and unit
    (`行政诉讼数 件 待定 不涉及`): the row with its cells blank, not left out."""
    rec = synth_record(random.Random(1903895779), "pre2019", 2009, "区县")
    text = str(write_noisy(rec, "spaces", ["word_cells"], 1903895779))
    assert "\n行政诉讼数 件 待定 不涉及\n" in text
    _assert_blank_statistics_row(text, rec, "行政诉讼数")


def test_a_statistics_row_in_words_run_into_the_next_label() -> None:
    """`延期办结数件不涉及暂无同意公开答复数件5472398` glued: a row whose cells are words that give no number, the
    next row's label run on after them — two rows, the first with its cells blank, not one label."""
    rec = synth_record(random.Random(3), "pre2019", 2010, "市")
    text = str(write_noisy(rec, "glued", ["word_cells"], 0))
    text = re.sub(r"延期办结数件[\d.]+", "延期办结数件不涉及暂无", text)
    assert "延期办结数件不涉及暂无同意公开答复数件" in text
    _assert_blank_statistics_row(text, rec, "延期办结数")


@pytest.mark.parametrize("more", [[], ["units_in_labels"], ["statistics_columns"]])
@pytest.mark.parametrize("words", ["见附件 空", "暂无 不适用"])
def test_a_statistics_row_in_words_its_label_wrapped_round_them_on_one_line(words: str, more: list[str]) -> None:
    """`（一）维持具体行政行为或者驳回原 件 见附件 空 告诉讼请求数 （二）…`: the national 统计表 on one line, a label
    a narrow column wrapped round its row's cells, every cell of that row a word that gives no number (the
    unit column first or last, or the unit in brackets after the label) — the row with its cells blank, said
    so, its label whole, and the rows after it read (见附件's 附件 no prose ending the table)."""
    label = "维持具体行政行为或者驳回原告诉讼请求数"
    rec = synth_record(random.Random(3), "pre2019", 2016, "区县", form=True)
    assert list(next(i for i in rec.indicators if i.label == label).values.values()) == [37, 182]
    text = str(write_noisy(rec, "spaces", ["statistics_on_one_line", *more], 0))
    assert re.search("驳回原 (?:件 )?37 182 (?:件 )?告诉讼请求数", text) and text.count("37 182") == 1
    _assert_blank_statistics_row(text.replace("37 182", words), rec, label)
    assert_damaged(rec, parse_text(text.replace("37 182", words)))


@pytest.mark.parametrize("layout", ["spaces", "tabs", "cells", "pipes_rows", "pipes_cells", "md", "glued"])
@pytest.mark.parametrize("words", [("—", "空", "见附件"), ("见附件", "暂无", "—"), ("空", "见附件", "不涉及")])
def test_statistics_headings_with_words_in_their_cells(layout: str, words: tuple[str, str, str]) -> None:
    """The national 统计表, its headings over groups of rows printing words that give no number in their
    cells for the blanks' marks (`三、依申请公开情况 — 空 见附件`), in each layout of text: every row under them
    read, none lost where 附件 was taken for prose that ends the table."""
    rec = synth_record(random.Random(0), "pre2019", 2014, "市", form=True)
    form = get_template("pre2019").indicator_form
    assert form is not None
    text = str(write_noisy(rec, layout, [], 0))
    for row in form.rows:
        if row.unit is None:
            at = re.escape(row.number + row.label)
            text = re.sub(
                f"({at})([\\s|]*)—([\\s|]*)—([\\s|]*)—", "\\g<1>\\g<2>{}\\g<3>{}\\g<4>{}".format(*words), text
            )
    assert words[1] in text
    got = parse_text(text)
    assert_damaged(rec, got)
    if layout != "glued":  # … where the digits run together, a row's values perhaps null with a finding
        assert [i.values for i in got.indicators] == [i.values for i in rec.indicators]


def _assert_blank_statistics_row(text: str, rec: Record, label: str) -> None:
    """Every 统计表 row of `rec` read back from `text` by its label and unit, the row `label` with its cells
    blank and said so."""
    got = parse_text(text)
    assert [(i.label, i.unit) for i in got.indicators] == [(i.label, i.unit) for i in rec.indicators]
    row = next(i for i in got.indicators if i.label == label)
    assert list(row.values.values()) == [None, None]
    assert covered(f"indicator.{label}", got, ("table.incomplete",))


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("行政许可 6 持平 639", [6, 0, 639]),
        ("行政许可 6 减少1 639", [6, -1, 639]),
        ("行政许可 6 增加12 639", [6, 12, 639]),
        ("行政许可 6 空 639", [6, None, 639]),
        ("| 行政许可 | 6 | 不涉及 | 639 |", [6, None, 639]),
        ("| 行政许可 | 6 | 未定 | 639 |", [6, None, 639]),  # any short word where a cell stands
        ("行政许可6持平639", [6, 0, 639]),
        ("行政许可184减少166", [184, None, None]),  # -1 and 66, or -16 and 6: unknown
        ("行政许可不涉及增加161", [None, None, None]),  # a word, then +1 and 61, or +16 and 1: unknown
        ("行政许可1780减少34,351", [1780, None, None]),  # -3 and 4,351, or -34 and 351, a comma between them
        ("行政许可 6 ↓1 639", [6, -1, 639]),
        ("行政许可 6 −1 639", [6, -1, 639]),
        ("行政许可 6 ＋12 639", [6, 12, 639]),
        ("| 行政许可 | 1,206 | ↑2 | 1，639 |", [1206, 2, 1639]),
        ("行政许可* 6① －1 639[注1]", [6, -1, 639]),
        ("行政许可 １２ ０ ６３９", [12, 0, 639]),
        ("行政许可12，3639", [None, None, None]),  # a comma between two cells, or in one: unknown
        ("行政许可1,2063639", [None, None, None]),
    ],
)
def test_a_row_with_a_cell_in_words(row: str, cells: list[int | None]) -> None:
    _, text = example("spaces", [], 0, "2019", 2020)
    printed = re.search(r"行政许可 [^\n]*", text)
    assert printed
    got = parse_text(text.replace(printed.group(), row, 1))
    assert [got.cells[f"s2.licensing.{c}"] for c in ("previous", "change", "decisions")] == cells


def test_ocr_letters_as_printed() -> None:
    rec, text = example("pipes_rows", ["ocr_letters"], 1)
    assert re.search(r"\d[OolI]|[OolI]\d|\| [OlI] \|", text)
    assert parse_text(text).cells == rec.cells


def test_a_signatures_month_an_ocr_engine_read_as_a_letter() -> None:
    """`2023 年 I 月 18 日`: the month the letter stands for, the date signed."""
    rec = synth_record(random.Random(326), "2021", 2022, "市")
    text = str(write_noisy(rec, "spaces", ["ocr_letters"], 326))
    assert text.endswith("枫永市人民政府\n2023 年 I 月 18 日\n- 2 -\n")
    assert parse_text(text).meta.signed == "2023-01-18"


def test_loose_cells_put_back_only_into_the_one_empty_row_as_wide() -> None:
    rec, text = example("md", ["loose_cells"], 0)
    assert "**第二十条第（一）项**\n\n0\n0\n0\n\n| 信息内容 | 本年制发件数 |" in text
    assert parse_text(text).cells == rec.cells
    two_empty = text.replace("| 行政规范性文件 |", "| 行政规范性文件 |  |  |  |\n| 其他 |", 1)
    got = parse_text(two_empty)
    assert [got.cells[f"s2.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [None] * 3


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), again=st.integers(0, 2**32 - 1))
def test_loose_cells_twice(report: tuple[Record, int], again: int) -> None:
    """Two rows' numbers pulled out before their tables — perhaps the same table, the second run printed
    just before the first: each cell as printed or null with a finding naming it, never a loose run read
    as a row of its own in the place of another."""
    rec, seed = report
    once = str(write_noisy(rec, "md", ["loose_cells"], seed))
    text = NOISE["loose_cells"].text(once, random.Random(again))  # type: ignore[misc]
    assert_damaged(rec, parse_text(text))


def test_loose_numbers_that_do_not_keep_the_row_total_are_not_put_back() -> None:
    """A row that prints its total loose before its table (a converter's) and then has its other numbers
    pulled out after it (`6` `6` `0` … `0`): seven numbers for its seven empty cells, but in an order that
    breaks the row's own total — not surely its, so null and said; in their order they are read."""
    rec, text = example("md", [], 0)
    row = "| 四、结转下年度继续办理 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |"
    assert row in text
    empty = text.replace(row, "| 四、结转下年度继续办理 |" + "  |" * 7, 1)
    head = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n"
    assert head in text
    forward = [c for c in rec.cells if c.startswith("s3.carried_forward.")]
    got = parse_text(empty.replace(head, head + "6\n6\n0\n0\n0\n0\n0\n\n", 1))
    assert [got.cells[c] for c in forward] == [None] * 7
    assert covered(forward[0], got, ("value.ambiguous",))
    assert all(got.cells[c] == v for c, v in rec.cells.items() if c not in forward)
    assert parse_text(empty.replace(head, head + "6\n0\n0\n0\n0\n0\n6\n\n", 1)).cells == rec.cells


def _pulled_out_around_words(text: str, row: str, words: dict[int, str], tabs: bool) -> str:
    """`text` (Markdown) with the row whose line begins with `row` printing `words` in its cells at those
    places (its label's cell, if any, the first) and its other numbers pulled out, each on a line of its
    own just before its table's header — a cell printed empty in `words` pulled out with nothing; its
    tables' rows with a tab between cells if `tabs` (a row's empty cells at its end print nothing)."""
    lines = text.split("\n")
    r = next(k for k, line in enumerate(lines) if line.startswith(row))
    head = next(k for k in range(r, 0, -1) if lines[k].startswith("| ---")) - 1
    cells = [c.strip() for c in lines[r].strip("|").split("|")]
    loose = [c for k, c in enumerate(cells) if k not in words and NUMBER.fullmatch(c)]
    lines[r] = "| " + " | ".join(words.get(k, "" if NUMBER.fullmatch(c) else c) for k, c in enumerate(cells)) + " |"
    out = "\n".join([*lines[:head], *loose, "", *lines[head:]])
    return NOISE["tab_rows"].text(out, random.Random(0)) if tabs else out  # type: ignore[misc]


@pytest.mark.parametrize("tabs", [False, True])
@pytest.mark.parametrize(
    ("cells", "row", "words"),
    [
        ("s4.", "| 0 | 0 | 1 | 0 | 1 |", {6: "见附件"}),  # no label: 结果纠正 of 未经复议直接起诉
        ("s4.", "| 0 | 0 | 1 | 0 | 1 |", {0: "不涉及", 14: "待定"}),  # at either end
        ("s2.normative_documents.", "| 行政规范性文件 |", {1: "无"}),  # the row's first cell
        ("s3.unavailable.not_held.", "| 三、本年度办理结果 （四）无法提供 1.本机关", {2: "不涉及", 7: "见附件"}),
    ],
)
def test_loose_numbers_fill_the_cells_a_row_printing_words_leaves_empty(
    cells: str, row: str, words: dict[int, str], tabs: bool
) -> None:
    """A converter's Markdown that pulls a row's numbers out of its table, printing them as loose lines
    before its header, the row keeping a word in a cell or two (见附件, 不涉及, 无), perhaps with a tab between
    its cells and nothing for those empty at its end: the numbers fill the cells the row leaves empty, in
    turn, by the place of each under the header; the words' cells blank — never the numbers from the
    first cell on, every one after a word read a cell off."""
    rec, text = example("md", [], 0)
    got = parse_text(_pulled_out_around_words(text, row, words, tabs))
    labelled = cells != "s4."
    worded = [[c for c in rec.cells if c.startswith(cells)][k - labelled] for k in words]
    assert all(got.cells[c] is None and covered(c, got, ("table.incomplete",)) for c in worded)
    assert {c: v for c, v in got.cells.items() if c not in worded} == {
        c: v for c, v in rec.cells.items() if c not in worded
    }
    assert not [f for f in got.findings if f.rule.startswith("identity.")]


@pytest.mark.parametrize("tabs", [False, True])
def test_loose_numbers_fewer_than_the_cells_a_row_printing_a_word_leaves_empty_are_unread(tabs: bool) -> None:
    """四's numbers pulled out before its header but for a blank cell, the row keeping a word in another
    (`|  |  |  |  |  |  | 见附件 |  | …`): fourteen cells left empty and thirteen numbers — which cell the
    blank was, nothing tells, so 四 is null with `table.incomplete`, never read a cell off."""
    rec, text = example("md", [], 0)
    got = parse_text(_pulled_out_around_words(text, "| 0 | 0 | 1 | 0 | 1 |", {2: "", 6: "见附件"}, tabs))
    s4 = get_template("2021").table_by_id["s4"].cell_ids
    assert all(got.cells[c] is None and covered(c, got, ("table.incomplete",)) for c in s4)
    assert all(got.cells[c] == v for c, v in rec.cells.items() if c not in s4)


@pytest.mark.parametrize("blank", [0, 2, 14])
def test_loose_numbers_one_short_of_a_row_printing_nothing_between_tabs_are_unread(blank: int) -> None:
    """四's numbers but a blank's pulled out before its header, its cells with a tab between them: the row,
    all its cells empty, prints nothing at all, and the fourteen numbers are one short of its cells — which
    was the blank, nothing tells (the empty line before the header is no cell), so 四 is null with
    `table.incomplete`."""
    rec, text = example("md", [], 0)
    got = parse_text(_pulled_out_around_words(text, "| 0 | 0 | 1 | 0 | 1 |", {blank: ""}, True))
    s4 = get_template("2021").table_by_id["s4"].cell_ids
    assert all(got.cells[c] is None and covered(c, got, ("table.incomplete",)) for c in s4)
    assert all(got.cells[c] == v for c, v in rec.cells.items() if c not in s4)


def test_loose_numbers_fill_the_cells_around_a_change_printed_in_words() -> None:
    """二（五）'s row keeping its change printed as a word (`| 行政许可 |  | 持平 |  |`, then with tabs), its
    other numbers loose before the header: 持平 is the change, 0, and the numbers the cells around it."""
    rec, text = example("md", [], 0, template="2019", year=2020)
    for tabs in (False, True):
        got = parse_text(_pulled_out_around_words(text, "| 行政许可 | 19 | 0 | 107 |", {2: "持平"}, tabs))
        assert [got.cells[f"s2.licensing.{c}"] for c in ("previous", "change", "decisions")] == [19, 0, 107]
        assert got.cells == rec.cells


@pytest.mark.parametrize(
    "row", ["（六）其他处理 9 0 0 0 0 0 9\n", "（六）其他处\n理 9 0 0 0 0 0 9\n", "（六）其他 9 0 0 0 0 0 9\n处理\n"]
)
def test_a_parent_row_in_place_of_its_children_its_label_wrapped(row: str) -> None:
    """三（六） printed as one 2019-style row in a 2021 report, its label broken by a line's end before its
    numbers or around them: the parent's row still (its children null, said so) — never `3.其他`'s, whose
    label is the parent's beginning."""
    rec, text = example("spaces", [], 0)
    start, end = text.index("（六）其 1.申请人"), text.index("（七）总计")
    got = parse_text(text[:start] + row + text[end:])
    other = [c for c in rec.cells if c.startswith("s3.other.")]
    assert all(got.cells[c] is None and covered(c, got, ("table.incomplete",)) for c in other)
    assert all(got.cells[c] == v for c, v in rec.cells.items() if c not in other)


def test_real_loose_numbers_before_a_table_piece_are_never_another_row(shared: Path) -> None:
    """r024 prints table 三 in pieces, some rows with no label (theirs printed above the piece), and one
    number loose before a piece: a row's numbers pulled out before a piece too are put back or left null
    with a finding — never read as the unlabelled row whose label is printed above them."""
    text = (shared / "corpus" / "r024.md").read_text(encoding="utf-8")
    want = parse_text(text).cells
    for seed in (0, 3, 4, 5):
        got = parse_text(NOISE["loose_cells"].text(text, random.Random(seed)))  # type: ignore[misc]
        moved = {c: (v, got.cells.get(c)) for c, v in want.items() if got.cells.get(c) != v}
        assert moved, seed
        assert all(back is None and covered(c, got, UNREAD) for c, (_, back) in moved.items()), (seed, moved)


def test_real_placeholder_headers_keep_every_row(shared: Path) -> None:
    """r024 prints table 三 in pieces, some starting with a row of numbers (`| 0 | 0 | … |` over `|---|`): the
    converter's placeholder header goes over such a piece, never in place of the row, and each cell reads
    as it did or null with a finding."""
    text = (shared / "corpus" / "r024.md").read_text(encoding="utf-8")
    want = parse_text(text).cells

    def printed(text: str) -> list[str]:  # the rows that print a number
        return [line for line in text.split("\n") if re.search(r"\|\s*\d", line)]

    for seed in range(12):
        noisy = NOISE["placeholder_headers"].text(text, random.Random(seed))  # type: ignore[misc]
        assert "| 数据1 |" in noisy
        assert printed(noisy) == printed(text)
        got = parse_text(noisy)
        assert all(got.cells[c] == v or (got.cells[c] is None and covered(c, got, UNREAD)) for c, v in want.items())


def test_real_rows_lost_where_labels_are_printed_apart(shared: Path) -> None:
    """r024 prints some rows of 三 as numbers alone, their labels in a list before them
    (`（五）不予处理4.无正当理由… 5.要求行政机关确认… 1.申请人无正当理由逾期不补正…` then three rows of numbers):
    with any one row of 三 lost, which row the numbers printed alone are, nothing tells where the rows
    between the same labelled ones are then more than they — each null with a finding, never another
    row's numbers."""
    text = (shared / "corpus" / "r024.md").read_text(encoding="utf-8")
    want = parse_text(text).cells
    lines = text.split("\n")
    start, end = (next(k for k, line in enumerate(lines) if word in line) for word in ("一、本年新收", "（七）总计"))
    rows = [k for k in range(start, end) if re.match(r"\| \S*\d", lines[k])]  # a number or a numbered label first
    assert len(rows) == 20
    for k in rows:
        got = parse_text("\n".join(lines[:k] + lines[k + 1 :]))
        wrong = {c: (v, got.cells[c]) for c, v in want.items() if got.cells[c] not in (v, None)}
        assert not wrong, lines[k]
        assert all(covered(c, got, UNREAD) for c, v in want.items() if got.cells[c] is None and v is not None)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), runs=st.integers(1, 4), pick=st.integers(0, 2**32 - 1))
def test_a_row_lost_where_labels_are_printed_apart(report: tuple[Record, int], runs: int, pick: int) -> None:
    """Rows printed as numbers alone, their labels apart in a list before them or after them, and a row of
    the table lost near them: each cell as printed or null with a finding — never a row read by its order
    where a row short, which row is missing nothing tells."""
    rec, seed = report
    text = str(write_noisy(rec, "md", [], seed))
    for k in range(runs):
        text = NOISE["dispersed_labels"].text(text, random.Random(seed + k))  # type: ignore[misc]
    lines = text.split("\n")
    alone = [k for k, line in enumerate(lines) if re.fullmatch(r"(\| [\d.]+ )+\|", line)]  # numbers alone
    near = {k for a in alone for k in range(max(0, a - 4), min(len(lines), a + 5))}
    rows = sorted(k for k in near - {*alone} if re.match(r"\| [^-\s]", lines[k]))
    assume(alone and rows)
    lost = [*alone, *rows][pick % (len(alone) + len(rows))]
    assert_damaged(rec, parse_text("\n".join(lines[:lost] + lines[lost + 1 :])))


def test_real_loose_numbers_over_an_unlabelled_row_leave_both_rows_null(shared: Path) -> None:
    """r024 prints 予以公开's numbers on its label's line and 部分公开's on a line of their own under it, that
    label after the piece (`| 0 | … |` then `（二）部分公开（区分处理的，只`): with 予以公开's numbers pulled out
    before the table, its line printing its label and empty cells, the numbers under it may as well be its
    own — both rows null with a finding, never the loose numbers read as 部分公开's."""
    text = (shared / "corpus" / "r024.md").read_text(encoding="utf-8")
    want = parse_text(text).cells
    row, header = "| 三、 | （一）予以公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |", "\n| 业 | 构 | 益组织 | 务机构 |"
    assert row in text and header in text
    text = text.replace(row, "| 三、 | （一）予以公开 |" + "  |" * 7)
    text = text.replace(header, "\n9\n0\n0\n0\n0\n0\n9\n" + header)
    got = parse_text(text)
    rows = [c for c in want if c.startswith(("s3.granted.", "s3.partly_granted."))]
    assert all(got.cells[c] is None and covered(c, got, ("value.ambiguous",)) for c in rows)
    assert all(got.cells[c] == v for c, v in want.items() if c not in rows)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), pick=st.integers(0, 2**32 - 1), after=st.booleans())
def test_loose_numbers_over_a_row_whose_label_is_printed_apart(
    report: tuple[Record, int], pick: int, after: bool
) -> None:
    """A converter's Markdown that pulls a row's numbers out before its table (the row left with its label
    and empty cells) and prints the next row's label apart from its numbers, after them or before them:
    each cell as printed or null with a finding — never the loose numbers read as the later row's, its
    numbers as the emptied row's."""
    rec, seed = report
    lines = str(write_noisy(rec, "md", [], seed)).split("\n")
    first = {}  # each table row but the first → the line its table begins on
    for k in (k for k in range(len(lines) - 1) if lines[k].startswith("|") and "---" in lines[k + 1]):
        end = next((e for e in range(k + 2, len(lines)) if not lines[e].startswith("|")), len(lines))
        first.update(dict.fromkeys(range(k + 3, end), k))

    def cut(line: str) -> tuple[list[str], list[str]] | None:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        at = next((i for i, c in enumerate(cells) if NUMBER.fullmatch(c)), len(cells))
        return (cells[:at], cells[at:]) if at < len(cells) and all(NUMBER.fullmatch(c) for c in cells[at:]) else None

    pairs = [(k, x, y) for k in first if (x := cut(lines[k - 1])) and (y := cut(lines[k]))]
    assume(pairs)
    k, (x_label, x_numbers), (y_label, y_numbers) = pairs[pick % len(pairs)]
    row = lambda cells: "| " + " | ".join(cells) + " |"  # noqa: E731
    words = [w for w in y_label if w]
    apart = ["", *words, "", row(y_numbers)]
    if after:
        apart = [row(y_numbers), "|---" * len(y_numbers) + "|", "", *words, ""]
    lines[k - 1 : k + 1] = [row([*x_label, *[""] * len(x_numbers)]), *apart]
    lines[first[k] : first[k]] = [*x_numbers, ""]
    assert_damaged(rec, parse_text("\n".join(lines)))


@NOISE_SETTINGS
@given(
    report=st.one_of(reports(years=TABLE_YEARS), reports(years=OLD_YEARS)), more=st.sampled_from(([], ["spaced_cells"]))
)
def test_page_footers_run_into_glued_rows(report: tuple[Record, int], more: list[str]) -> None:
    """A page's text with its rows run together, its footers (`— 4 —`, `第 4 页 共 9 页`, `4/12`) run in
    between a row's cells and the next label: each cell as printed, or null where a page count glued to it
    could end in two pages — said so."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "glued", ["page_footers", *more], seed))


@pytest.mark.parametrize("layout", ("cells", "tabs", "pipes_cells"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_page_footers_where_cells_are_printed_one_per_line(layout: str, report: tuple[Record, int]) -> None:
    """`- 4 -`, `— 4 —`, `第 4 页`, `4/12` between a row's label and its cells, or before the next label."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["page_footers"], seed))


@pytest.mark.parametrize("layout", ("cells", "tabs", "pipes_cells"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_a_note_amid_a_rows_cells(layout: str, report: tuple[Record, int]) -> None:
    """`（注：含转办件）` on a line of its own between two cells of a row printed one per line: text inside
    the row, no row's label; the row read, the rows after it in place."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["cell_notes"], seed)
    assert_damaged(rec, got)
    assert got.cells == rec.cells


@pytest.mark.parametrize("joined", ["lines_spaced_together", "lines_run_together"])
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_a_note_amid_a_rows_cells_on_its_line(joined: str, report: tuple[Record, int]) -> None:
    """A row's cells printed one per line with a note amid them, the page's lines then joined
    (`1.本机关不掌握相关政府信息 623 （注：含转办件） 37 0 9 16 7 692`): the note is text inside the row, the
    numbers after it the row's other cells, never another row's; joined by spaces, every cell as printed."""
    rec, seed = report
    got = parse_noisy(rec, "cells", ["cell_notes", joined], seed)
    assert_damaged(rec, got)
    assert not [f for f in got.findings if f.rule.startswith("identity.")]
    if joined == "lines_spaced_together":
        assert got.cells == rec.cells


@pytest.mark.parametrize(
    ("layout", "noise"),
    (
        ("cells", ["cell_notes"]),
        ("tabs", ["cell_notes"]),
        ("cells", ["cell_notes", "statistics_on_one_line"]),
        ("cells", ["statistics_columns", "cell_notes"]),
    ),
)
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS))
def test_a_note_amid_a_statistics_rows_cells(layout: str, noise: list[str], report: tuple[Record, int]) -> None:
    """`（注：含转办件）`, `其中：含转办件` between two cells of a 统计表 row, or after its last and before the
    next row's 序号, printed one per line or the table on one line: text inside the row, no row; every value
    as printed."""
    rec, seed = report
    got = parse_noisy(rec, layout, noise, seed)
    assert_damaged(rec, got)
    assert [i.values for i in got.indicators] == [i.values for i in rec.indicators]


@pytest.mark.parametrize("layout", ("cells", "tabs", "pipes_cells"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_a_word_between_a_label_and_its_cells(layout: str, report: tuple[Record, int]) -> None:
    """`备案类`, `（单位：件）` on a line of its own between a row's label and its first cell printed one per
    line: no cell and no row; every cell as printed."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["cell_words"], seed)
    assert_damaged(rec, got)
    assert got.cells == rec.cells


def test_a_word_after_a_rows_empty_first_cell() -> None:
    """A row's first cell left empty (a line of a no-break space), then a word alone on its line, then the
    row's other cells (`行政规范性文件` ` ` `单位：件` `1` `0`): the empty line is the row's first cell, not
    a row of its own that leaves the numbers after the word without a row."""
    rec = synth_record(random.Random(719616), "2021", 2021, "部门", blanks=1)
    text = str(write_noisy(rec, "cells", ["cell_words"], 719616))
    assert "行政规范性文件\n\n\xa0\n\n单位：件\n\n\xa01\n\n\xa00\n" in text
    assert rec.cells["s2.normative_documents.issued"] is None
    assert parse_text(text).cells == rec.cells


def test_empty_lines_under_a_header_are_no_rows_first_cells() -> None:
    """The indented empty lines of a header's empty cells (section 四 printed one cell per line, tabbed),
    then column headings and the numbers: no row named before them, so no cells of the numbers' row —
    its last cell, left empty, stays empty, none of the numbers moved."""
    rec = synth_record(random.Random(2428087244), "2021", 2021, "省", blanks=2)
    text = str(write_noisy(rec, "tabs", ["cell_words"], 2428087244))
    assert "\t复议后起诉\n\n\t\n\t\n\t\n\t\n\t\n\t结果维持" in text
    assert rec.cells["s4.litigation_after_review.total"] is None
    assert parse_text(text).cells == rec.cells


@pytest.mark.parametrize(
    "noise",
    (
        ["cell_words"],
        ["statistics_columns", "cell_words"],
        ["cell_words", "cell_notes"],
        ["cell_words", "statistics_on_one_line"],
        ["units_in_labels", "cell_words", "statistics_on_one_line"],
        ["windows_breaks", "cell_words"],
    ),
)
@pytest.mark.parametrize("layout", ("cells", "tabs"))
@NOISE_SETTINGS
@given(report=reports(years=OLD_YEARS))
def test_a_word_between_a_statistics_label_and_its_cells(
    layout: str, noise: list[str], report: tuple[Record, int]
) -> None:
    """A word alone on its line after a 统计表 row's label and unit (or before its values, the unit column
    last), before its first value, in text saved with CR LF too, or the table then on one line
    (`当面申请数 件 办理情况 32 500`): no row of its own that leaves the real row's values null, no part of
    the row's label."""
    rec, seed = report
    got = parse_noisy(rec, layout, noise, seed)
    assert_damaged(rec, got)
    assert [i.values for i in got.indicators] == [i.values for i in rec.indicators]


def test_a_word_goes_after_a_label_not_after_a_note_amid_cells_in_text_saved_with_cr_lf() -> None:
    """`cell_words` puts its word between a row's label and its first cell: a note amid the row's cells
    (`150` `注：含依申请公开转办件` `915`) is no label, its line's CR as much as without one."""
    lines = ["同意公开答复数", "件", "150", "注：含依申请公开转办件", "915", "不同意公开答复数", "件", "2", "3"]
    text = "".join(f"\t{line}\r\n" for line in lines)
    op = NOISE["cell_words"].text
    assert op is not None
    for seed in range(20):
        lines = op(text, random.Random(seed)).split("\n")
        at = lines.index("\t注：含依申请公开转办件\r")
        assert lines[at + 1] == "\t915\r"


@pytest.mark.parametrize("note", ["含转办", "（含网上申请）", "备注已办结", "已含转办件", "说明：按件统计"])
def test_one_note_for_both_tables(note: str) -> None:
    """Words that say they are a note (`CELL_NOTE`), on a line of their own amid a row's cells: text inside
    the row for the statutory tables and the 统计表 alike, a short one too (含转办 is no blank cell)."""
    rec, text = example("cells", [], 0)
    row = "一、本年新收政府信息公开申请数量\n\n\xa0202\n\n11\n\n"
    assert row in text
    assert parse_text(text.replace(row, f"{row}{note}\n\n", 1)).cells == rec.cells
    old = synth_record(random.Random(3), "pre2019", 2015, "区县")
    printed = str(write_noisy(old, "cells", [], 0))
    first = old.indicators[0]
    cells = "\n\n".join(str(v) for v in first.values.values())
    at = printed.index(f"{first.label}\n")
    at = printed.index(cells.split("\n")[0], at)
    noted = printed[:at] + printed[at:].replace("\n\n", f"\n\n{note}\n\n", 1)
    assert [i.values for i in parse_text(noted).indicators] == [i.values for i in old.indicators]


def test_a_note_amid_a_row_that_leaves_a_cell_out() -> None:
    """A note amid a row's cells, one of them left out: six numbers for seven cells in two pieces, null
    with a finding; neither piece read as a row, the next row in place."""
    rec, text = example("cells", [], 0)
    row = "一、本年新收政府信息公开申请数量\n\n\xa0202\n\n11\n\n\xa00\n\n0\xa0\n\n"
    assert row in text
    got = parse_text(
        text.replace(row, "一、本年新收政府信息公开申请数量\n\n\xa0202\n\n11\n\n（注：含转办件）\n\n0\xa0\n\n")
    )
    assert_damaged(rec, got)
    assert {c for c in rec.cells if got.cells[c] != rec.cells[c]} == set(RECEIVED)
    assert any("分两处印出" in f.message for f in got.findings)


def test_a_note_amid_a_stacked_table_four_with_an_empty_cell() -> None:
    """四 printed a group a row, its cells one per line, 行政复议's 其他结果 left empty (an indented empty
    line), and the indented empty line of 复议后起诉's spanned label before it, then a note amid its cells:
    the pieces joined are a cell too many, and which empty line is no cell nothing tells — null with a
    finding, never the empty cell read as 0 and a 0 moved into 未经复议直接起诉's 总计."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    rec.cells["s4.review.other"] = None
    text = str(write_noisy(rec, "tabs", ["stacked_groups"], 0))
    head, rest = text.split("\t\n\t复议后起诉\n")
    lines = rest.split("\n")
    got = parse_text(f"{head}\t\n\t复议后起诉\n" + "\n".join([*lines[:3], "\t（注：含转办件）", *lines[3:]]))
    s4 = [c for c in rec.cells if c.startswith("s4.")]
    assert [got.cells[c] for c in s4] == [None] * 15
    assert all(covered(c, got, ("table.incomplete",)) for c in s4)
    assert_damaged(rec, got)


@pytest.mark.parametrize("footer", ("- 5 -\n\n", "— 5 —\n\n", "第 5 页\n\n", "5/12\n\n", "- 5 -\n"))
def test_a_page_footer_between_a_label_and_its_cells(footer: str) -> None:
    """A footer printed after `规章` (its last cell blank) does not shift the row by a cell, nor are the
    numbers of `5/12` its cells."""
    rec = record_with("2021", 2022, s2__regulations__in_force=None)
    text = str(write_layout(rec, "cells", 0)).replace("规章\n\n", "规章\n\n" + footer, 1)
    got = parse_text(text)
    row = [f"s2.regulations.{c}" for c in ("issued", "repealed", "in_force")]
    assert [got.cells[c] for c in row] == [1, 16, None]
    assert_damaged(rec, got)


@pytest.mark.parametrize(
    "more",
    ([], ["tab_rows"], ["tab_rows", "lines_run_together"], ["blank_marks", "split_numbers"], ["full_stops"]),
)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_columns_printed_in_another_order(more: list[str], report: tuple[Record, int]) -> None:
    """A header that prints the columns in another order (总计 first) says which column each number is, its
    rows' cells a tab apart on a line run together too (`信息内容\t现行有效件数\t…\t---\t---:\t…\t规章\t0\t…`)."""
    rec, seed = report
    got = parse_noisy(rec, "md", ["reordered_columns", *more], seed)
    assert_damaged(rec, got)
    if not more:
        assert got.cells == rec.cells


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_columns_printed_in_another_order_over_a_page_break(report: tuple[Record, int]) -> None:
    """A page footer amid a table whose header prints the columns in another order: the rows after it in
    that order too, each cell as printed or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", ["page_footers", "reordered_columns"], seed))


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_columns_printed_in_another_order_where_labels_are_printed_apart(report: tuple[Record, int]) -> None:
    """Rows printed as numbers alone, their labels' words apart, amid a table whose header prints the
    columns in another order: every part of the table in that order, each cell as printed or null with a
    finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", ["dispersed_labels", "reordered_columns"], seed))


def test_a_header_printed_again_keeps_the_order_it_was_printed_in() -> None:
    """A table whose header names its columns in another order, continued under that header printed again
    after a page break (`续表`): the same order, as a report prints it (no test material that would need a
    reader to follow two orders in one table)."""
    again = 0
    for seed in range(40):
        rec = random_report(random.Random(seed))
        lines = str(write_noisy(rec, "md", ["stacked_groups", "repeated_headers", "reordered_columns"], seed)).split(
            "\n"
        )
        heads = [k for k in range(len(lines) - 1) if lines[k].startswith("|") and "---" in lines[k + 1]]
        for a, b in pairwise(heads):
            if any("续" in lines[k] for k in range(a, b)) and len(lines[a].split("|")) == len(lines[b].split("|")):
                again += 1
                assert lines[b] == lines[a], seed
    assert again  # the test material holds such tables


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_columns_printed_in_another_order_under_a_header_printed_again(report: tuple[Record, int]) -> None:
    """A table continued after a page break under its header printed again (`续表`; 四 a row a kind of case),
    both in another order than the template's: each cell as printed or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", ["stacked_groups", "repeated_headers", "reordered_columns"], seed))


CONTINUED_UNDER_A_CONVERTERS_HEADER = ["placeholder_headers", "reordered_columns"]  # rows after it as the template


@pytest.mark.parametrize(
    ("template", "year", "seed", "unread"),
    (
        ("2021", 2022, 18, ""),  # 三, 总计 last in both orders: the column sums tell
        ("2019", 2020, 7, ""),  # 三, 总计 moved by the header: each row's sum tells
        ("2021", 2022, 3, "s2.normative_documents."),  # 二: no identity among its cells
        ("2019", 2020, 32, "s2.coercion."),  # 行政强制 continued after the header of 行政处罚's table
    ),
)
def test_rows_continued_under_a_converters_header_after_a_header_in_another_order(
    template: str, year: int, seed: int, unread: str
) -> None:
    """A table continued after a page break under a converter's own header (`| 数据1 | 数据2 | …`) in the
    template's order, after a header printing its columns in another order: the continued rows read in
    the order in which alone the identities hold; where none speaks to them, the cells the two orders
    read otherwise null with a finding, never read in the header's order."""
    rec = synth_record(random.Random(3), template, year, "区县")
    got = parse_noisy(rec, "md", CONTINUED_UNDER_A_CONVERTERS_HEADER, seed)
    assert_damaged(rec, got)
    ambiguous = [c for f in got.findings if f.rule == "value.ambiguous" for c in f.cells]
    assert all(c.startswith(unread) for c in ambiguous) and bool(ambiguous) == bool(unread), ambiguous
    if not unread:
        assert {c: v for c, v in got.cells.items() if c.startswith("s3.")} == {
            c: v for c, v in rec.cells.items() if c.startswith("s3.")
        }


@pytest.mark.parametrize("seed", (1335, 3746))
def test_groups_of_four_continued_under_a_converters_header_after_a_header_in_another_order(seed: int) -> None:
    """Table 四 printed a row per group, its 行政诉讼 rows continued under a converter's own header in the
    template's order after a header naming the columns in another order with 总计 last: each group adds up
    in either order, so the cells the two orders read otherwise are null with a finding, never read in the
    header's order; 行政复议, under the header, is read."""
    rec = random_report(random.Random(seed))
    got = parse_noisy(rec, "md", ["stacked_groups", *CONTINUED_UNDER_A_CONVERTERS_HEADER], seed)
    assert_damaged(rec, got)
    s4 = [c for c in rec.cells if c.startswith("s4.")]
    assert any(got.cells[c] is None for c in s4)
    assert all(got.cells[c] == rec.cells[c] for c in s4 if c.startswith("s4.review."))


APART = [lay for lay in NOISY_LAYOUTS if lay != "glued"]  # layouts that print a row's cells apart
# damage with 总计 printed first, and the layouts where it may leave a cell of 三 null (with a finding):
# a PDF's text with a header word both broken by a space and cut over two lines (`社会 公` over `益组织`),
# or a stray space inside a number, there no other than the space between two cells; an empty cell
# printing nothing
WITH_TOTAL_FIRST = (
    ([], ()),
    (["broken_headers"], ("spaces",)),
    (["tab_rows", "blank_marks"], ()),
    (["spaced_cells"], ()),
    (["split_numbers"], ("spaces",)),
    (["wrapped_rows"], ()),
    (["empty_cells"], tuple(APART)),
)


@pytest.mark.parametrize("layout", APART)
@pytest.mark.parametrize(("more", "unread"), WITH_TOTAL_FIRST)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_total_column_first(layout: str, more: list[str], unread: tuple[str, ...], report: tuple[Record, int]) -> None:
    """总计 printed first, in 三 and in each group of 四: the header's column names, read in turn, say which
    column each number is in — 三's over two rows (`总计 自然人 法人或其他组织` over `商业企业 科研机构 …`), a
    cell or a line each, or broken by a space, or cut in two over two lines in a PDF's text, 四's one
    group after another — and both tables are read as printed, in every layout that prints cells apart."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["total_first", *more], seed)
    assert_damaged(rec, got)
    if layout not in unread:
        assert {c: got.cells[c] for c in rec.cells if c.startswith(("s3.", "s4."))} == {
            c: v for c, v in rec.cells.items() if c.startswith(("s3.", "s4."))
        }


def test_a_header_whose_order_a_row_does_not_add_up_in_is_not_read() -> None:
    """三 under a header naming 总计 first, a row's total not the sum of its row (the numbers do not bear the
    header's order out): the table is null with a finding, not read in an order nothing confirms."""
    rec, text = example("pipes_rows", ["total_first"], 0)
    row = f"一、本年新收政府信息公开申请数量 | {rec.cells['s3.received.total']} |"
    assert "总计 | 自然人 | 法人或其他组织" in text and row in text
    got = parse_text(text.replace(row, f"一、本年新收政府信息公开申请数量 | {rec.cells['s3.received.total'] + 1} |"))
    assert all(got.cells[c] is None for c in rec.cells if c.startswith("s3."))
    assert any(f.rule == "table.incomplete" and "按表头读出的各行不等于其总计" in f.message for f in got.findings)
    assert all(got.cells[c] == v for c, v in rec.cells.items() if not c.startswith("s3."))


@pytest.mark.parametrize("layout", ["tabs", "pipes_cells", "pipes_rows"])
def test_a_table_whose_header_prints_total_first_is_spanned_to_its_last_printed_number(layout: str) -> None:
    """四 under a header naming each group's 总计 first: its numbers are put back in the template's order, the
    last printed (尚未审结 of 复议后起诉) no longer the last read; the table's span (what the prose checks leave
    out) still reaches it, so that a header's words and the numbers after it (`行政诉讼 总计 … 4件`) are never
    read as a sentence of the prose."""
    _, text = example(layout, ["total_first"], 0)
    with patch.object(pipeline, "extract_tables", wraps=extract_tables) as read:
        parse_text(text)
    args = read.call_args.args
    spans = extract_tables(*args).tables
    four = args[0][args[0].index("被申请行政复议") : args[0].index("五、存在")]
    last = args[0].index(four) + max(m.end() for m in re.finditer(r"\d", four))
    assert any(a < last <= b for a, b in spans)


@pytest.mark.parametrize("layout", APART)
@pytest.mark.parametrize(("more", "unread"), (([], ()), (["broken_headers"], ("spaces",)), (["wrapped_rows"], ())))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_applicant_columns_in_any_order(
    layout: str, more: list[str], unread: tuple[str, ...], report: tuple[Record, int]
) -> None:
    """三's columns in any order — 自然人, 法人或其他组织 and 总计 above, the five under 法人或其他组织 below it,
    each in any order — read as printed by the names of its two-row header, in every layout that prints
    cells apart."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["reordered_applicants", *more], seed)
    assert_damaged(rec, got)
    if layout not in unread:
        assert {c: got.cells[c] for c in rec.cells if c.startswith("s3.")} == {
            c: v for c, v in rec.cells.items() if c.startswith("s3.")
        }


@pytest.mark.parametrize(
    ("seed", "moved", "header"),
    [
        (38, "reordered_applicants", "总计其他 商业 法律服 科研 社会公企业 务机构 机构 益组织一、"),
        (93, "reordered_applicants", "总计法律服 科研 社会公 其他 商业务机构 机构 益组织 企业一、"),
        (105, "reordered_applicants", "总计商业 科研 社会公 其他 法律服企业 机构 益组织 务机构一、"),
        (170, "reordered_applicants", "总计法律服 其他 科研 商业 社会公务机构 机构 企业 益组织一、"),
        (38, "total_first", "总计 自然人 法人或其他组织商业 科研 社会公 法律服 其他企业 机构 益组织 务机构一、"),
    ],
)
def test_applicant_columns_in_another_order_under_a_stacked_header_run_together(
    seed: int, moved: str, header: str
) -> None:
    """三's columns in another order (those under 法人或其他组织 moved, or 总计 first), the names under 法人或其他组织
    stacked over two lines (商业 / 企业), on a page whose lines ran together, a line's last word glued to the
    next's first (商业务机构, 社会公企业): each line of names prints them in the order of the columns, and both
    lines agreeing tell it; every row is read in it."""
    rec = random_report(random.Random(seed))
    noise = [moved, "lines_run_together"]
    assert header in str(write_noisy(rec, "spaces", noise, seed))
    got = parse_noisy(rec, "spaces", noise, seed)
    assert_damaged(rec, got)
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s3.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s3.")
    }


@pytest.mark.parametrize("layout", ("pipes_rows", "spaces", "tabs"))
@pytest.mark.parametrize(
    "noise",
    (
        ["total_first", "reordered_applicants"],
        ["reordered_applicants", "total_first"],
        ["broken_headers", "total_first"],
        ["broken_headers", "total_first", "reordered_applicants"],
    ),
)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_columns_moved_twice(layout: str, noise: list[str], report: tuple[Record, int]) -> None:
    """Columns moved by one damage and then another (总计 first, then the applicants in any order; or a
    header broken by spaces first): each number moves with its header's name, and every cell, a blank one
    too, is read as printed."""
    rec, seed = report
    got = parse_noisy(rec, layout, noise, seed)
    assert_damaged(rec, got)
    if layout != "spaces":
        assert {c: got.cells[c] for c in rec.cells if c.startswith(("s3.", "s4."))} == {
            c: v for c, v in rec.cells.items() if c.startswith(("s3.", "s4."))
        }


S3_UNDER = tuple(
    f".{c.id}" for c in next(t for t in get_template("2021").tables if t.id == "s3").columns if c.group
)  # the columns under 法人或其他组织
S3_GROUP = next(c.group for c in next(t for t in get_template("2021").tables if t.id == "s3").columns if c.group)


@pytest.mark.parametrize(
    ("layout", "more"),
    [
        (lay, more)
        for lay in NOISY_LAYOUTS
        for more in (
            [],
            ["broken_headers"],
            ["empty_cells"],
            ["split_numbers"],
            ["spaced_cells", "split_numbers"],
            ["lines_spaced_together"],
        )
        if lay in APART
        or not more
        or more == ["split_numbers"]
        or (lay, more) in (("glued", ["empty_cells"]), ("spaces", ["lines_spaced_together"]))
    ],
)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_applicant_columns_printed_as_their_sum(layout: str, more: list[str], report: tuple[Record, int]) -> None:
    """三 printed with one column under 法人或其他组织, their sum (`自然人 | 法人或其他组织 | 总计`): as printed or
    null with a finding; the five columns under it null, with one finding that says why, and where the
    cells are printed apart and whole, 自然人 and 总计 read and no row said not to add up — unless a PDF's
    text prints 法人或其他组织 on a line of its own, over or under `自然人 总计`, which does not say which of
    the first two numbers is whose (nor does it once the page's lines are joined by spaces: `法人或其他组织
    自然人 总计`): then the whole table null, with one finding."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["spanned_applicants", *more], seed)
    assert_damaged(rec, got)
    s3 = [c for c in rec.cells if c.startswith("s3.")]
    assert all(got.cells[c] is None for c in s3 if c.endswith(S3_UNDER))
    if more in ([], ["split_numbers"]):  # a row read is the three numbers printed: none is said not to add up
        assert not [f for f in got.findings if f.rule.startswith("identity.")]
    if layout != "glued" and not more:
        two_lines = layout == "spaces" and f"\n{S3_GROUP}\n" in str(
            write_noisy(rec, layout, ["spanned_applicants"], seed)
        )
        want = {c: None if two_lines or c.endswith(S3_UNDER) else rec.cells[c] for c in s3}
        assert {c: got.cells[c] for c in s3} == want
        assert [f.rule for f in got.findings if any(c.startswith("s3") for c in f.cells)] == ["table.incomplete"]


@pytest.mark.parametrize("layout", ["docx", "html", "md", "cells"])
def test_a_table_printed_by_columns_keeps_its_applicant_columns(layout: str) -> None:
    """Table 三 printed column by column is no table whose header spans its applicant columns: it is kept
    as it is, not cut down to three columns it does not print, and read as printed or null with a finding."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    assert_damaged(rec, parse_noisy(rec, layout, ["by_columns", "spanned_applicants"], 0))


@pytest.mark.parametrize("layout", APART)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_applicant_columns_in_any_order_under_a_broken_header(layout: str, report: tuple[Record, int]) -> None:
    """The header's names broken by spaces first (`科研 机构`), then the columns reordered: the header moves
    with its columns, and the table is read as printed or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["broken_headers", "reordered_applicants"], seed))


@pytest.mark.parametrize("more", ([], ["broken_headers"], ["spaced_cells"]))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_applicant_columns_in_any_order_glued(more: list[str], report: tuple[Record, int]) -> None:
    """三's columns in another order where a page runs each row's digits together: each row cut in the
    order its header names, each cell as printed or null with a finding — never read in the template's
    order."""
    rec, seed = report
    got = parse_noisy(rec, "glued", ["reordered_applicants", *more], seed)
    assert_damaged(rec, got)


def test_applicant_columns_glued_under_the_spanning_header_named_first() -> None:
    """三's header row above in the order 法人或其他组织, 自然人, 总计, the five under 法人或其他组织 in theirs,
    run together where a page runs each row's digits together (`…法人或其他组织自然人总计商业企业…`): another
    order than the template's, not a PDF's stacked header (which prints other words between the two), so
    each row is cut in that order, each cell as printed or null with a finding — never read in the
    template's order."""
    rec = random_report(random.Random(381291))
    text = str(write_noisy(rec, "glued", ["reordered_applicants"], 381291))
    assert "申请人情况法人或其他组织自然人总计商业企业" in text
    assert_damaged(rec, parse_text(text))


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_tables_glued_with_their_total_column_first(report: tuple[Record, int]) -> None:
    """A web page's text runs the numbers of 三 and 四 together under a header naming the 总计 column first:
    each row's digits are cut in the header's order, each cell as printed or null with a finding — never
    read as if printed in the template's order."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "glued", ["total_first"], seed))


@pytest.mark.parametrize("noise", ("total_first", "reordered_applicants"))
@pytest.mark.parametrize("seed", (0, 12))
def test_rows_glued_under_a_header_in_another_order_are_cut_in_its_order(noise: str, seed: int) -> None:
    """三 and 四 on a page that runs each row's digits together, under a header naming the columns in
    another order (总计 first; the columns under 法人或其他组织 moved, the header's two rows run together
    into one line): each row is cut in the order the header names, its sums settling the cut, and every
    cell is read as printed."""
    rec = random_report(random.Random(seed))
    got = parse_noisy(rec, "glued", [noise], seed)
    tables = [c for c in rec.cells if c.startswith(("s3.", "s4."))]
    assert {c: got.cells[c] for c in tables} == {c: rec.cells[c] for c in tables}
    assert_damaged(rec, got)


@pytest.mark.parametrize("more", ([], ["total_first"]))
@pytest.mark.parametrize("seed", (0, 12))
def test_table_four_a_row_per_group_glued_is_cut_by_each_groups_total(more: list[str], seed: int) -> None:
    """四 printed a row per group under one header of five columns (a page too narrow for fifteen), each
    row's digits run together (`行政诉讼未经复议直接起诉522817`): each row is cut the one way its 总计 is the
    sum of the others, wherever the header prints 总计, and read in the header's order."""
    rec = random_report(random.Random(seed))
    got = parse_noisy(rec, "glued", ["stacked_groups", *more], seed)
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s4.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s4.")
    }
    assert_damaged(rec, got)


def test_numbers_pulled_out_before_a_table_whose_header_orders_its_columns_otherwise() -> None:
    """四's numbers pulled out of its Markdown table as one glued run before it (`6 0 22 25140036042111`),
    its header naming each group's 总计 first: cut in the header's order, they add up and are read as
    printed — no split in the template's order does, and the report is not told its groups do not
    balance."""
    noise = ["counted_statistics", "loose_cells", "page_footers", "reordered_columns", "lines_run_together"]
    rec = random_report(random.Random(3245227))
    text = str(write_noisy(rec, "md", noise, 3245227))
    assert "6 0 22 25140036042111| 行政复议 总计 |" in text
    got = parse_text(text)
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s4.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s4.")
    }
    assert not [f for f in got.findings if f.rule.startswith("identity.")]


@pytest.mark.parametrize("noise", ([], ["total_first"]))
def test_a_row_wrapped_beside_the_next_heading_prints_too_few_numbers_but_breaks_no_sum(noise: list[str]) -> None:
    """四's fifteen numbers a space apart, its last four wrapped onto the next heading's line as a PDF's text
    prints a narrow table (`… 25 6五、存在的主要问题及改进情况 4 15 2 27`), its header's order the template's
    or 总计 first: eleven whole numbers are no digits run together, and that no split of them adds up says
    nothing of the report's sums — the table is null with a finding, and no identity is said to break."""
    rec = random_report(random.Random(3248207))
    text = str(write_noisy(rec, "spaces", noise, 3248207))
    row = next(line for line in text.split("\n") if re.fullmatch(r"(?:\d+ ){14}\d+", line))
    *first, a, b, c, d = row.split()
    text = text.replace(
        f"{row}\n五、存在的主要问题及改进情况", f"{' '.join(first)}五、存在的主要问题及改进情况 {a} {b} {c} {d}"
    )
    got = parse_text(text)
    for cid in (c for c in rec.cells if c.startswith("s4.")):
        assert got.cells[cid] is None and covered(cid, got, UNREAD), cid
    assert not [f for f in got.findings if f.rule.startswith("identity.")]


def test_table_four_glued_under_a_header_naming_total_first_and_nothing_else() -> None:
    """四's digits run together under a header naming each group's 总计 first, no other number in the
    section (its sentence says none in words): the table is there, its digits cut in the header's order
    (here one a cell) and read as printed — not reported missing; the prose that says none is told it
    contradicts the table."""
    rec, text = example("glued", ["total_first"], 0)
    said = "2022年，因政府信息公开工作被申请行政复议1件。"
    assert said in text
    got = parse_text(text.replace(said, "本年度未发生政府信息公开行政复议、行政诉讼。"))
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s4.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s4.")
    }
    assert not [f for f in got.findings if f.rule == "table.missing"]
    assert [f.rule for f in got.findings if f.rule.startswith("narrative.")] == ["narrative.table_mismatch"] * 2


def test_table_four_with_its_columns_in_another_order_as_printed() -> None:
    """四 between pipes with each group's 总计 first, and in a PDF's text with its column names cut in two
    (`总计 结果 结果 其他 尚未` over `维持 纠正 结果 审结`): read as printed."""
    for layout, header in (("pipes_rows", "总计 | 结果维持 | 结果纠正"), ("spaces", "总计 结果 结果 其他 尚未")):
        rec, text = example(layout, ["total_first"], 0)
        assert header in text
        got = parse_text(text)
        assert {c: got.cells[c] for c in rec.cells if c.startswith("s4.")} == {
            c: v for c, v in rec.cells.items() if c.startswith("s4.")
        }
        assert_damaged(rec, got)


MIXED = """行政复议 | 行政诉讼 |
总计 | 结果维持 | 结果 纠正 | 其他结果 | 尚未 审结 | 未经复议直接 起诉 | 复议后 起诉 |
结果 维持 | 结果纠正 | 其他 结果 | 尚未审结 | 总计 | 总计 | 结果维持 | 结果 纠正 | 其他 结果 | 尚未 审结 |
11 | 1 | 2 | 8 | 0 | 15 | 0 | 0 | 0 | 15 | 43 | 0 | 6 | 8 | 29 |
"""


def test_table_four_under_a_header_naming_its_groups_columns_in_different_orders() -> None:
    """A damaged header naming the first and last groups' 总计 first, the middle one's last (both totals
    side by side): each group read in the order named over it; where another group's order adds up as
    well (`15 0 0 0 15`: 维持 15 and 尚未审结 0, or the reverse), those cells are null with value.ambiguous."""
    _, text = example("pipes_rows", ["total_first"], 0)
    start = text.index("\n", text.index("被申请行政复议")) + 1
    got = parse_text(text[:start] + MIXED + text[text.index("五、", start) :])
    s4 = {c: v for c, v in got.cells.items() if c.startswith("s4.")}
    assert list(s4.values()) == [1, 2, 8, 0, 11, None, 0, 0, None, 15, 0, 6, 8, 29, 43]
    (said,) = [f for f in got.findings if f.rule == "value.ambiguous"]
    assert said.cells == ("s4.litigation_direct.upheld", "s4.litigation_direct.pending")


def test_table_four_with_its_total_first_under_no_column_names() -> None:
    """四's numbers with each group's 总计 first and no column names to say so: the groups add up to their
    first column, and the table is null with a finding."""
    rec, text = example("spaces", ["total_first"], 0)
    header = text[text.index("行政复议 行政诉讼\n") : text.index("1 0 0 1 0 1 0 1 0 0")]
    got = parse_text(text.replace(header, "行政复议 行政诉讼\n"))
    assert all(got.cells[c] is None for c in rec.cells if c.startswith("s4."))
    assert any(f.rule == "table.incomplete" and "各组的总计印在第1列" in f.message for f in got.findings)
    assert_damaged(rec, got)


def test_table_four_under_no_column_names_adding_up_with_its_total_first_as_well() -> None:
    """四's numbers under no column names, a group adding up read with its 总计 last as the template has it
    and read with it first (`1 0 0 0 1`): the cells the two readings give otherwise are null with a finding,
    the rest read. A group that adds up only with its 总计 last settles the order for every group."""
    _, text = example("spaces", [], 0)
    start = text.index("行政复议 行政诉讼\n")
    table = text[start : text.index("五、", start)]
    got = parse_text(text.replace(table, "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n"))
    s4 = {c: v for c, v in got.cells.items() if c.startswith("s4.")}
    assert list(s4.values()) == [None, 0, 0, None, 1, *[0] * 10]
    (said,) = [f for f in got.findings if f.rule == "value.ambiguous"]
    assert said.cells == ("s4.review.upheld", "s4.review.pending") and "没有印出表头" in said.message
    got = parse_text(text.replace(table, "1 0 0 0 1 0 0 1 0 1 0 0 0 0 0\n"))
    assert [got.cells[c] for c in s4] == [1, 0, 0, 0, 1, 0, 0, 1, 0, 1, *[0] * 5]
    assert not [f for f in got.findings if f.rule == "value.ambiguous"]


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), columns=st.booleans())
def test_table_four_printed_one_row_per_group(layout: str, report: tuple[Record, int], columns: bool) -> None:
    """四 as three rows (行政复议, 未经复议直接起诉, 复议后起诉) under one header of five columns, perhaps in
    another order (总计 first): read as printed wherever a row prints one number a column; where a page runs
    its digits together, each row cut the one way its 总计 adds up, else null with a finding."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["stacked_groups", *(["total_first"] if columns else [])], seed)
    s4 = [c for c in rec.cells if c.startswith("s4.")]
    if layout == "glued":
        assert all(got.cells[c] == rec.cells[c] or (got.cells[c] is None and covered(c, got, UNREAD)) for c in s4)
    else:
        assert [got.cells[c] for c in s4] == [rec.cells[c] for c in s4]
    if not columns:
        assert_damaged(rec, got)


@pytest.mark.parametrize("layout", ["html", "docx", "spaces"])
def test_table_three_printed_column_by_column_is_not_spanned_after(layout: str) -> None:
    """三 printed column by column, then one column under 法人或其他组织 asked for: its header rows no longer
    name the five, so it is left as printed; every layout renders it, and it reads as printed."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    assert_damaged(rec, parse_noisy(rec, layout, ["by_columns", "spanned_applicants"], 0))


@pytest.mark.parametrize("before", [["by_columns"], ["total_first"], ["by_columns", "total_first"]])
def test_table_four_one_row_per_group_after_another_damage_to_its_order(before: list[str]) -> None:
    """四 printed one row per group after an earlier damage printed it column by column or its 总计 first:
    each cell still under its own column, every number printed and read."""
    rec, text = example("spaces", [*before, "stacked_groups"], 0)
    assert "行政诉讼（复议后起诉） 0 0 0 0 0\n" in text or "复议后起诉 0 0 0 0 0\n" in text
    got = parse_text(text)
    s4 = [c for c in rec.cells if c.startswith("s4.")]
    assert [got.cells[c] for c in s4] == [rec.cells[c] for c in s4]
    assert_damaged(rec, got)


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_tables_printed_column_by_column(layout: str, report: tuple[Record, int]) -> None:
    """Tables 二, 三 and 四 printed column by column (each column's header, then its cells down): 三 and 四,
    whose identities confirm the reading, are read transposed, exactly wherever the numbers stand apart
    (where a page runs them together, 三 as far as the identities settle its digits); 二, which no identity
    confirms, is null with one finding that says why."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["by_columns"], seed)
    assert_damaged(rec, got)
    assert all(got.cells[c] is None for c in rec.cells if c.startswith("s2."))
    assert sum(f.rule == "table.incomplete" and "表格按列印出" in f.message for f in got.findings) == 1
    read = [c for c in rec.cells if c.startswith("s4." if layout == "glued" else ("s3.", "s4."))]
    assert [got.cells[c] for c in read] == [rec.cells[c] for c in read]


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@pytest.mark.parametrize(
    "noise",
    (
        ["total_first", "by_columns"],
        ["stacked_groups", "by_columns"],
        ["stacked_groups", "total_first", "by_columns"],
        ["by_columns", "cell_words"],
    ),
)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_table_four_printed_column_by_column_otherwise(
    layout: str, noise: list[str], report: tuple[Record, int]
) -> None:
    """四 printed column by column with each group's 总计 first, or one row a group first (its columns'
    labels then each name a row of one number a group, in the order its header names the groups), or a
    word between a label and its number: read as printed wherever the numbers stand apart, but for a
    PDF's text wrapping a group's name around another header word (`未经复议直接` `项目` `起诉）`)."""
    rec, seed = report
    got = parse_noisy(rec, layout, noise, seed)
    assert_damaged(rec, got)
    if layout != "glued" and not (layout == "spaces" and "stacked_groups" in noise):
        s4 = [c for c in rec.cells if c.startswith("s4.")]
        assert [got.cells[c] for c in s4] == [rec.cells[c] for c in s4]


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_tables_printed_column_by_column_with_cells_left_empty(layout: str, report: tuple[Record, int]) -> None:
    """Tables printed column by column with now and then a cell that prints nothing: each cell as printed,
    or null with a finding, never another cell's number."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["by_columns", "empty_cells"], seed))


def test_table_two_printed_column_by_column_as_printed() -> None:
    """`本年制发件数 | 0 | 1 | 本年处理决定数量 | 19 | …`: the numbers of two rows under a column's label, not
    a row's; table 二 is null with one finding naming the label, not the rows' numbers read across."""
    rec, text = example("pipes_rows", ["by_columns"], 0)
    assert "本年制发件数 | 0 | 1 | 本年处理决定数量 | 19 |" in text
    got = parse_text(text)
    assert all(got.cells[c] is None for c in rec.cells if c.startswith("s2."))
    (said,) = [f for f in got.findings if "s2.regulations.issued" in f.cells]
    assert said.rule == "table.incomplete" and "第2部分的表格按列印出（“本年制发件数”之下是一列的数）" in said.message
    assert_damaged(rec, got)


@pytest.mark.parametrize("noise", (["by_columns", "reordered_columns"], ["reordered_columns", "by_columns"]))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_columns_printed_in_another_order_and_column_by_column(noise: list[str], report: tuple[Record, int]) -> None:
    """A converter's Markdown of tables printed column by column, their header cells empty, where the
    columns its header names are printed in another order: each cell as printed or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, "md", noise, seed))


def test_a_row_under_a_reordered_header_that_cannot_be_put_back_is_not_read() -> None:
    """Numbers of a row printed over two lines under a header in another order are null, with a finding."""
    rec, text = example("md", ["reordered_columns"], 3)
    assert "|  | " in text and text.index("总计 |") < text.index("一、本年新收")
    row = next(line for line in text.split("\n") if line.startswith("| 二、上年结转"))
    cells = row.split("|")
    broken = "|".join(cells[:4]) + "\n" + " ".join(cells[4:-1])
    got = parse_text(text.replace(row, broken))
    assert_damaged(rec, got)
    assert all(got.cells[c] == v for c, v in rec.cells.items() if not c.startswith("s3.carried_in."))


def test_markdown_title() -> None:
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    assert_damaged(rec, parse_noisy(rec, "md", [], 0))


def test_markdown_damage_as_printed() -> None:
    """r024: loose numbers before a table, `## 表三：…` headings, footers and 数据1 headers."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    noisy = {n: str(write_noisy(rec, "md", [n], 0)) for n in MARKDOWN}
    assert "**第二十条第（一）项**\n\n0\n0\n0\n\n| 信息内容 | 本年制发件数 |" in noisy["loose_cells"]
    assert "| 规章 |  |  |  |" in noisy["loose_cells"]
    assert "## 表三：收到和处理政府信息公开申请情况" in noisy["table_headings"]
    assert "| 规章 | 0 | 0 | 0 |\n- 2 -\n| 行政规范性文件 |" in noisy["page_footers"]
    assert "| 数据1 | 数据2 |" in noisy["placeholder_headers"]


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(
    report=st.one_of(reports(years=TABLE_YEARS), reports(years=OLD_YEARS)),
    more=st.sampled_from(([], ["page_footers"], ["statistics_columns", "row_numbers"])),
)
def test_tables_continued_on_the_next_page(layout: str, report: tuple[Record, int], more: list[str]) -> None:
    """A page break inside a table (inside a group of 三 too, or inside the 统计表): the page's footer,
    perhaps `续表` or the caption marked `（续）`, and the table's header rows printed again in the layout's
    own form over the rows after it — no row, and the rows after it in place: every cell as without it."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["repeated_headers", *more], seed)
    assert_damaged(rec, got)
    bare = parse_noisy(rec, layout, more, seed)
    assert got.cells == bare.cells
    assert [i.values for i in got.indicators] == [i.values for i in bare.indicators]


def test_tables_continued_on_the_next_page_as_printed() -> None:
    """The header rows printed again in each layout's form, after the page's footer and a 续表 line; a
    label spanning the break printed on both pages; the footer run into the rows where a page's text runs
    together; no page footer where a web page prints no pages."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    md = str(write_noisy(rec, "md", ["repeated_headers"], 0))
    again = "\n\n— 5 —\n\n续表\n\n**第二十条第（一）项**\n\n| 信息内容 | 本年制发件数 |"
    assert "| 规章 | 0 | 0 | 0 |" + again in md
    assert md.count("|  | 自然人 | 法人或其他组织 商业企业 |") == 2
    spaces = str(write_noisy(rec, "spaces", ["repeated_headers"], 0))
    assert "规章 0 0 0\n— 5 —\n续表\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n" in spaces
    html = str(write_noisy(rec, "html", ["repeated_headers"], 0))
    spans = re.findall(r'<td class="label group" rowspan="(\d+)">三、本年度办理结果</td>', html)
    assert [int(n) for n in spans] == [14, 8]  # the group's 22 rows, on two pages
    glued = str(write_noisy(rec, "glued", ["repeated_headers"], 0))
    assert "规章000— 5 —续表 第二十条第（一）项信息内容" in glued
    assert "\n— 5 —\n续表\n" in str(write_noisy(rec, "tabs", ["repeated_headers"], 0))
    assert "— 5 —" not in html and html.count("申请人情况") == 2


@pytest.mark.parametrize("footer", ["— 5 —", "- 5 -", "第 5 页 共 9 页", "第5页", "5/9", "1/12"])
def test_a_page_footer_run_into_glued_rows_is_no_cell(footer: str) -> None:
    """A page's text run together with its footer between two rows: the footer is no cell, every cell
    as without it; a page count glued to a cell (`0011/12`: page 1 or 11) leaves that row null, said so."""
    rec, text = example("glued", ["repeated_headers"], 0)
    bare = parse_text(text.replace("— 5 —", ""))
    got = parse_text(text.replace("规章000— 5 —", "规章00" + ("1" if footer == "1/12" else "0") + footer))
    row = [c for c in rec.cells if c.startswith("s2.regulations.")]
    if footer == "1/12":
        assert all(got.cells[c] is None and covered(c, got, UNREAD) for c in row)
        assert {c: got.cells[c] for c in bare.cells if c not in row} == {
            c: bare.cells[c] for c in bare.cells if c not in row
        }
    else:
        assert got.cells == bare.cells


@pytest.mark.parametrize("footer", ["— 5 —", "- 5 -", "5/9"])
@pytest.mark.parametrize("heading", ["（二）通过不同渠道和方式回应解读的情况———", "三、依申请公开情况———"])
def test_a_page_footer_run_on_after_a_statistics_headings_marks(heading: str, footer: str) -> None:
    """The national 统计表 continued on the next page right after a heading over rows, a page's text run
    together: its footer run on to the heading's marks (`情况———5/9统计指标…`, `情况———— 5 —统计指标…`), the
    header printed again after it, no `续表` — the footer no cell, the heading no row, every row as without
    the break."""
    rec = synth_record(random.Random(3), "pre2019", 2016, "区县", form=True)
    text = str(write_noisy(rec, "glued", [], 0))
    header = "统计指标单位统计数上年"
    assert text.count(heading) == 1 and header in text
    got = parse_text(text.replace(heading, f"{heading}{footer}{header}"))
    assert_damaged(rec, got)
    assert [(i.label, i.values) for i in got.indicators] == [(i.label, i.values) for i in parse_text(text).indicators]


def test_a_header_printed_again_before_a_row_whose_label_it_names() -> None:
    """Table 三's header printed again on one line with the rows (a page's text run together), before
    `3)其他` whose label the header's last column shares and before the 总计 row it names: the header
    words are no label, and the rows after it in place."""
    _, text = example("glued", [], 0)
    header = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    at = text.index("3.其他", text.index("（六）其他处理"))
    got = parse_text(f"{text[:at]} 表三（续）{header}三、本年度办理结果（六）其他处理3)其他{text[at + 4 :]}")
    assert got.cells == parse_text(text).cells


@pytest.mark.parametrize(
    "again", ("续表 指标名称 计量单位 2011年度 历年累计", "（续表）指标名称计量单位2011年度历年累计\n")
)
def test_a_statistics_header_printed_again_amid_its_rows(again: str) -> None:
    """The 统计表's header printed again after a page break, with its 续表, on the line of a row's label or a
    line of its own: no part of the label after it."""
    rec = synth_record(random.Random(3), "pre2019", 2011, "区县")
    text = str(write_noisy(rec, "spaces", [], 0)).replace("\n收到申请数 件", f"\n{again}收到申请数 件")
    got = parse_text(text)
    assert [(i.label, i.values) for i in got.indicators] == [(i.label, i.values) for i in rec.indicators]


@pytest.mark.parametrize("layout", ("spaces", "glued"))
def test_a_statistics_header_printed_again_before_a_rows_number(layout: str) -> None:
    """Under a 序号 column: the header printed again before the next row's number (`续表`, the header,
    then `3 新公开规范性文件数 条 40 83`) — the number is that row's own, no cell; every row read as without
    the break."""
    rec = synth_record(random.Random(3), "pre2019", 2011, "区县")
    text = str(write_noisy(rec, layout, ["statistics_columns"], 0))
    sep = "\n" if layout == "spaces" else ""
    row = f"{sep}3{' ' if sep else ''}新公开规范性文件数"
    assert "序号" in text and row in text
    got = parse_text(text.replace(row, f"{sep}续表{sep}序号 指标名称 计量单位 2011年度 历年累计{row}"))
    assert [(i.label, i.values) for i in got.indicators] == [(i.label, i.values) for i in parse_text(text).indicators]
    assert [i.label for i in got.indicators] == [i.label for i in rec.indicators]


@pytest.mark.parametrize("layout", ("cells", "pipes_cells", "spaces", "html", "docx"))
@pytest.mark.parametrize(("seed", "year"), [(0, 2010), (7, 2017)])
def test_a_statistics_header_printed_again_a_cell_a_line_under_a_sequence_column(
    layout: str, seed: int, year: int
) -> None:
    """The 统计表 under a 序号 column continued on the next page: `续表`, then its header printed again a
    cell a line (序号, 指标名称, 计量单位, the year, 历年累计) — no row, and the row before it keeps the value the
    next row's number follows (`3 新公开规范性文件数 条 32 34`, then `续表` …, then `4`: 34, not 3)."""
    rec = synth_record(random.Random(seed), "pre2019", year, "区县")
    got = parse_noisy(rec, layout, ["repeated_headers", "statistics_columns", "row_numbers"], seed)
    assert [(i.label, i.values) for i in got.indicators] == [(i.label, i.values) for i in rec.indicators]


# --- 6. a renamed or misnumbered section heading ---------------------------------------------------


@NOISE_SETTINGS
@given(report=reports(), layout=st.sampled_from(("glued", "spaces", "cells", "pipes_rows")))
def test_renamed_headings(report: tuple[Record, int], layout: str) -> None:
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["renamed_headings"], seed))


@NOISE_SETTINGS
@given(report=reports(), layout=st.sampled_from(("glued", "spaces", "cells", "pipes_rows", "md", "html", "docx")))
def test_headings_run_on_into_their_text(report: tuple[Record, int], layout: str) -> None:
    """Headings printed with their text on their line (`六、其他需要报告的事项：无。`, `…事项无`): every section is
    there and none is said to hold no text; each heading's title is its words, not the text after them."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["run_on_headings"], seed)
    assert_damaged(rec, got)
    assert not [f for f in got.findings if f.rule == "section.empty"]
    assert not [s.title for s in got.sections.values() if s.title.endswith(NOTHING_SAID)]


@NOISE_SETTINGS
@given(report=reports(), layout=st.sampled_from(("glued", "spaces", "cells", "pipes_rows", "tabs", "md")))
def test_markdown_marks_round_what_was_read(report: tuple[Record, int], layout: str) -> None:
    """Numbers and headings in bold, or a list's number escaped (`1\\.`), as a converter or a language model
    writes Markdown: the report reads as printed, its sections all there."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["markdown_marks"], seed))


def test_markdown_bold_a_fold_cut_is_read_once_the_fold_is_taken_out() -> None:
    """Numbers in bold, the text then folded at a fixed width, which may cut a bold's marks (`**7` / `1**`): the
    fold is taken out first, then the marks, and every cell read as printed (seed 3190680, 44 read as 0 when the
    marks went first)."""
    rec = random_report(random.Random(3190680))
    noise = ["counted_statistics", "folded_lines", "markdown_marks"]
    assert "**" in str(write_noisy(rec, "traditional", noise, 3190680))
    assert_damaged(rec, parse_noisy(rec, "traditional", noise, 3190680))


@NOISE_SETTINGS
@given(report=reports(), layout=st.sampled_from(("glued", "spaces", "cells", "pipes_rows", "md", "html")))
def test_sections_and_rows_numbered_otherwise(report: tuple[Record, int], layout: str) -> None:
    """Every section numbered 1、 1. 1． 第一部分 一． or （一）, and row labels numbered `1. 属于…` or `1）属于…`: each
    section is found under its printed heading, and every cell read as printed or null with a finding."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["heading_numbers", "row_numbers"], seed)
    assert_damaged(rec, got)
    assert not [f for f in got.findings if f.rule == "section.disordered"]
    assert len(got.sections) == len(get_template(rec.meta.template or "").sections)


@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), layout=st.sampled_from(("glued", "spaces", "cells", "pipes_rows", "md")))
def test_sections_misprinted_and_numbered_otherwise(report: tuple[Record, int], layout: str) -> None:
    """Headings misprinted (two 二、, one unnumbered) and then numbered 1、 2、: a number printed before a
    title found by its words (`…22602元 2、收到和处理…`) ends the table before it, and is no cell of it."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["renamed_headings", "heading_numbers"], seed))


@NOISE_SETTINGS
@given(
    seed=st.integers(0, 2**32 - 1),
    layout=st.sampled_from(("cells", "pipes_rows", "spaces", "md", "docx")),
    noise=st.sampled_from((["heading_numbers"], ["renamed_headings"])),
)
def test_pre2019_sections_numbered_otherwise_than_the_statistics_rows(seed: int, layout: str, noise: list[str]) -> None:
    """A report before 2019 whose sections are numbered 1. or （三）, or one printed without its number,
    and whose 统计表 on the national form numbers its rows 一、 三、依申请公开情况 五、行政诉讼数量: each
    section is found under its own heading, not a row of the table, and in order."""
    rec = synth_record(random.Random(seed), "pre2019", 2016, "区县", form=True)
    got = parse_noisy(rec, layout, noise, seed)
    assert_damaged(rec, got)
    assert not [f for f in got.findings if f.rule == "section.disordered"]
    for s in get_template("pre2019").sections:  # under its title, or the other wording renamed_headings gave it
        printed = (s.title, *VARIANT_TITLES.get(s.title, ()))
        assert got.sections[str(s.number)].title.endswith(printed), (s.title, got.sections[str(s.number)].title)


def test_a_misnumbered_heading_after_a_glued_row_is_no_cell() -> None:
    """`…政府集中采购4422602元 2、收到和处理…`: section 三 misnumbered 2、, found by its words; its number ends
    section 二's table and is never read as the row's last cell (4422602, 2)."""
    _, text = example("glued", ["heading_numbers"], 5, "2019", 2020)
    row = re.search(r"政府集中采购[\d.]+元 3\.收到和处理", text)
    assert row
    got = parse_text(text.replace(row.group(), "政府集中采购4422602元 2、收到和处理", 1))
    assert [got.cells["s2.procurement.projects"], got.cells["s2.procurement.amount"]] == [None, None]
    assert covered("s2.procurement.projects", got, UNREAD)
    assert "收到和处理" in got.sections["3"].title


@pytest.mark.parametrize("noise", (["glued_headings", "heading_numbers"], ["heading_numbers", "glued_headings"]))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS), layout=st.sampled_from(("glued", "spaces", "cells", "tabs", "pipes_rows")))
def test_sections_numbered_1_and_one_glued_as_4(noise: list[str], report: tuple[Record, int], layout: str) -> None:
    """Sections numbered 1、 2、 3、 and headings glued to the end of a table's last row, as 四、 or as 4、:
    the numbers still mark every section, and the 3 of 3、 after a table is never read as a cell."""
    rec, seed = report
    got = parse_noisy(rec, layout, noise, seed)
    assert_damaged(rec, got)
    assert len(got.sections) == len(get_template(rec.meta.template or "").sections)


def test_a_heading_numbered_in_brackets_glued_to_a_tables_last_cell() -> None:
    """`…0（四）政府信息公开行政复议、行政诉讼情况`: （四） numbers rows of table 三 too, but the words after it
    are section 四's whole title: its heading, though its key begins further in than a row's would."""
    rec = synth_record(random.Random(39156790), "2019", 2019, "乡镇")
    text = str(write_noisy(rec, "glued", ["heading_numbers", "glued_headings"], 39156790))
    assert "0（四）政府信息公开行政复议、行政诉讼情况" in text
    got = parse_text(text)
    assert sorted(got.sections) == [str(n) for n in range(1, 7)]
    assert got.sections["4"].title == "(四)政府信息公开行政复议、行政诉讼情况"
    assert_damaged(rec, got)


@pytest.mark.parametrize("layout", ("cells", "glued", "pipes_rows"))
def test_sections_numbered_1_and_one_glued_as_4_as_printed(layout: str) -> None:
    rec, text = example(layout, ["glued_headings", "heading_numbers"], 1)
    assert re.search(r"(?:^|\s|。)1[、.．]? ?总体情况", text)
    assert "四、政府信息公开行政复议" in text and "\n四、政府信息公开行政复议" not in text
    got = parse_text(text)
    assert_damaged(rec, got)
    assert got.cells["s2.fees.amount"] == rec.cells["s2.fees.amount"]


@pytest.mark.parametrize("mark", ["、", ".", "．"])
def test_a_heading_numbered_3_glued_to_a_tables_last_cell(mark: str) -> None:
    """`行政事业性收费 | 100.31973、收到和处理…`: the 3 is the heading's, not the cell's."""
    rec, text = example("pipes_rows", ["heading_numbers"], 5)
    fee = "100.3197"
    assert rec.cells["s2.fees.amount"] == float(fee)
    printed = f"行政事业性收费 | {fee} | |||\n3.收到和处理"
    assert printed in text
    got = parse_text(text.replace(printed, f"行政事业性收费 | {fee}3{mark}收到和处理"))
    assert_damaged(rec, got)
    assert got.cells["s2.fees.amount"] == rec.cells["s2.fees.amount"]
    assert got.sections["3"].title in ("3、收到和处理政府信息公开申请情况", "3.收到和处理政府信息公开申请情况")


def test_two_headings_numbered_alike() -> None:
    rec, text = example("cells", ["renamed_headings"], 3)
    assert "\n一、总体情况\n" in text and "\n一、主动公开政府信息情况\n" in text
    assert_damaged(rec, parse_text(text))


def test_variant_heading() -> None:
    rec, text = example("cells", ["renamed_headings"], 58)
    assert "\n二、行政机关主动公开政府信息情况\n" in text
    assert_damaged(rec, parse_text(text))


def test_headings_without_their_numbers() -> None:
    rec, text = example("cells", ["renamed_headings"], 9)
    assert "\n总体情况\n" in text and "\n政府信息公开行政复议、行政诉讼情况\n" in text
    assert_damaged(rec, parse_text(text))


def test_statistics_era_headings_without_their_numbers() -> None:
    """A report before 2019 with its headings printed without numbers (依申请公开政府信息情况, 因政府信息公开申请行政
    复议、提起行政诉讼情况): each a line its section's title fills, though its key fills less of it; no 统计表
    row (申请行政复议数) is taken for a heading, and the sections are in order."""
    rec = synth_record(random.Random(3), "pre2019", 2017, "部门")
    text = re.sub(r"(?m)^[一二三四五六七]、", "", str(write_noisy(rec, "cells", [], 3)))
    got = parse_text(text)
    titles = [strip_numbering(s.title) for s in get_template("pre2019").sections]
    assert [got.sections[str(n)].title for n in range(1, 8)] == titles
    assert not [f for f in got.findings if f.rule == "section.disordered"]


def test_an_unnumbered_heading_glued_to_the_last_row_of_table_two() -> None:
    """`行政事业性收费 3收到和处理政府信息公开申请情况`: the 3 is the fee, the rest section 三's title."""
    rec = record_with("2021", 2025, s2__fees__amount=3.0)
    text = str(write_layout(rec, "spaces", 1))
    fee = next(line for line in text.splitlines() if line.startswith("行政事业性收费"))
    glued = text.replace(fee + "\n", fee.rstrip() + "收到和处理政府信息公开申请情况\n").replace(
        "三、收到和处理政府信息公开申请情况\n", ""
    )
    assert "行政事业性收费 3收到和处理政府信息公开申请情况" in glued
    assert_damaged(rec, parse_text(glued))


def test_the_last_cell_of_a_cell_per_line_table_glued_to_a_misnumbered_heading() -> None:
    """`39三、政府信息公开行政复议…`: 39 is still the table's last cell."""
    rec = synth_record(random.Random(865), "2019", 2020, "省")
    text = str(write_layout(rec, "cells", 1))
    head = "四、政府信息公开行政复议、行政诉讼情况"
    at = text.index(head)
    before = text[:at].rstrip()
    glued = before + "三、政府信息公开行政复议、行政诉讼情况" + text[at + len(head) :]
    total = str(rec.cells["s3.carried_forward.total"])
    assert f"{total}三、政府信息公开行政复议" in glued
    assert_damaged(rec, parse_text(glued))


# --- 7. the signature in the forms it is printed in ------------------------------------------------


@pytest.mark.parametrize("noise", ["signature_forms", "signature_dates"])
@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports())
def test_signature_in_every_form(layout: str, noise: str, report: tuple[Record, int]) -> None:
    """The agency and the signature date, however the signature is printed (`signature_dates`: 2023-01-07,
    2023.1.7, 2023/01/07, 2023年01月07日, 2023　年　1　月　7　日, under the agency, after it or alone, a page's
    发布时间 perhaps after). Only where the text wraps a paragraph at a fixed width (a PDF's text) may the
    date's digits be cut by a line break: then it is unknown, never another date."""
    rec, seed = report
    got = parse_noisy(rec, layout, [noise], seed)
    assert got.meta.agency == rec.meta.agency
    assert got.meta.signed == rec.meta.signed or (layout == "spaces" and got.meta.signed is None)
    assert got.meta.published in (rec.meta.published, None)


def test_signature_date_in_chinese_numerals_run_onto_the_last_sentence() -> None:
    rec = synth_record(random.Random(4), "2021", 2022, "区县")
    text = str(write_noisy(rec, "cells", []))
    agency, signed = rec.meta.agency or "", rec.meta.signed or ""
    y, m, d = (int(x) for x in signed.split("-"))
    cn = f"{_cn_number_year(y)}年{cn_numeral(m)}月{cn_numeral(d)}日"
    body = text[: text.rindex(agency)].rstrip()
    got = parse_text(f"{body}{agency}{cn}\n【打印本页】 【关闭窗口】\n主办：{agency}办公室\n")
    assert (got.meta.agency, got.meta.signed) == (agency, signed)


def test_a_signature_run_onto_the_last_sentence_its_agencys_name_wrapped_by_a_pdfs_text() -> None:
    """A PDF's text wraps the last sentence with the signature run onto it inside the agency's name: the
    date on the next line, after the name's end, is still the signature's, with the name whole."""
    rec = synth_record(random.Random(35), "2021", 2022, "部门")
    text = str(write_noisy(rec, "spaces", ["signature_forms"], 7))
    assert text.endswith("事项。阳桂市卫生健康委\n员会 2023 年 3 月 2 日\n- 2 -\n")
    got = parse_text(text)
    assert (got.meta.agency, got.meta.signed) == ("阳桂市卫生健康委员会", "2023-03-02")


def _cn_number_year(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(year))


def test_signature_dates_as_printed() -> None:
    """Under the agency, after it, alone, before a page's 发布时间 (the published date, a day later) on its own
    line or run onto the date's; its January perhaps 元月, its day's 日 perhaps 号."""
    rec = synth_record(random.Random(4), "2021", 2022, "区县")
    printed = {
        ("cells", 0): "\n湾亭区人民政府\n\n2023.01.17\n",
        ("cells", 900): "\n湾亭区人民政府 2023\u3000年\u30001\u3000月\u300017\u3000日\n",
        ("cells", 20): "\n湾亭区人民政府\n\n2023年元月17日\n",  # January as 元月
        ("cells", 30): "\n湾亭区人民政府\n\n2023\u3000年\u3000元\u3000月\u300017\u3000号\n",  # the day's 号
        ("cells", 40): "\n湾亭区人民政府  2023年01月17号\n\n发布时间：2023-01-18 10:00\n",
        ("cells", 6): "\n湾亭区人民政府  2023.1.17\n\n发布时间：2023-01-18 10:00\n",
        ("glued", 6): "。湾亭区人民政府  2023.1.17发布时间：2023-01-18 10:00\n",
        ("glued", 5): "。湾亭区人民政府 2023/1/17\n",
        ("cells", 37): "事项。\n\n2023.1.17\n",  # alone: the title names the agency
        ("glued", 41): "事项。2023/1/17发布时间：2023-01-18 10:00\n",
    }
    for (layout, seed), tail in printed.items():
        text = str(write_noisy(rec, layout, ["signature_dates"], seed))
        assert text.endswith(tail), (layout, seed)
        got = parse_text(text)
        assert (got.meta.agency, got.meta.signed) == ("湾亭区人民政府", "2023-01-17")
        assert got.meta.published == "2023-01-18"


# --- 8. the title in the forms it is printed in ----------------------------------------------------


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports())
def test_title_in_every_form(layout: str, report: tuple[Record, int]) -> None:
    """The agency and year, whether the title prints the agency above it, not at all, letter-spaced,
    after a breadcrumb, or an opening sentence names the report again."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["title_forms"], seed)
    assert (got.meta.agency, got.meta.year) == (rec.meta.agency, rec.meta.year)


# --- 9. the page around the report -----------------------------------------------------------------


def _prose(got: Record, agency: str | None = None) -> dict[str, str]:
    """Each section's text with its white space made single, and without `agency` (a signature the page
    leaves out)."""
    return {n: " ".join(s.text.replace(agency or "\0", "").split()) for n, s in got.sections.items()}


def _title_names_agency(rec: Record, seed: int) -> bool:
    """Whether the page `write_noisy` wraps the report in with `page_metadata` prints the agency in the title."""
    page = NOISE["page_metadata"].page
    assert page is not None
    blocks = page(build_blocks(rec), rec.meta, random.Random(f"page_metadata:{seed}"))
    return any(b.kind == "title" and b.text.startswith(rec.meta.agency or "\0") for b in blocks)


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports())
def test_page_metadata_in_every_form(layout: str, report: tuple[Record, int]) -> None:
    """A site's 信息公开目录 (one field a line, label and value a line each, `|` rows — a narrow column's
    publisher wrapped onto rows of its own perhaps —, two fields a line,
    glued, a table), a byline under the title, and after the report its attachments, 上一篇/下一篇 and
    related links with their dates and the site's footer: the year, signature and published date as the
    page prints them (only a PDF's text, wrapping at a fixed width, may cut a date: then it is unknown),
    the agency too — where only the catalog names it as the page's publisher, it or nothing (run
    together with the next field, or wrapped) — every cell and every section's prose as without the page."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["page_metadata"], seed)
    bare = parse_noisy(rec, layout, [], seed)
    assert_damaged(rec, got, ("year", "template"))
    assert got.meta.agency == rec.meta.agency or (got.meta.agency is None and not _title_names_agency(rec, seed))
    for key in ("signed", "published"):
        want, have = getattr(rec.meta, key), getattr(got.meta, key)
        assert have == want or (layout == "spaces" and have is None), key
    assert got.cells == bare.cells
    assert _prose(got, rec.meta.agency) == _prose(bare, rec.meta.agency)


def test_page_metadata_as_printed() -> None:
    """A catalog as `|` rows, another body its 信息来源, its 印发日期 the signature's and its 生成日期 earlier
    than its 发布日期; a byline; 上一篇 with its date. And a page whose catalog alone names the agency, as
    its 发文机关: the title and the signature leave it out."""
    rec = synth_record(random.Random(4), "2021", 2022, "区县")
    text = str(write_noisy(rec, "pipes_rows", ["page_metadata"], 34))
    assert "| 发布日期 | 2023年1月18日 | 公开范围 | 面向社会 |\n" in text
    assert "| 信息来源 | 宁德市大数据管理局 | 印发日期 | 2023年1月17日 |" in text
    assert "| 生成日期 | 2023/1/9 |\n" in text
    assert "信息来源：宁德市大数据管理局 发布日期：2023-01-18 【字体：大 中 小】" in text
    assert "上一篇：莆田市城厢区人民政府2021年政府信息公开工作年度报告 2022年12月16日" in text
    got = parse_text(text)
    assert (got.meta.agency, got.meta.published, got.meta.signed) == ("湾亭区人民政府", "2023-01-18", "2023-01-17")
    assert _prose(got) == _prose(parse_text(str(write_noisy(rec, "pipes_rows", [], 34))))
    own = str(write_noisy(rec, "pipes_rows", ["page_metadata"], 41))
    assert own.startswith("2022年政府信息公开工作年度报告\n名称：2022年政府信息公开工作年度报告  公开方式：主动公开\n")
    assert "发文机关：湾亭区人民政府\n" in own and "事项。\n2023年1月17日\n" in own
    got = parse_text(own)
    assert (got.meta.agency, got.meta.published, got.meta.signed) == ("湾亭区人民政府", "2023-01-18", "2023-01-17")


_ATTACHMENT_LINE = re.compile(r"\s*附件[:：][^\n]*$")  # an 附件： list's line before what it appends


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=st.one_of(reports(), reports(years=OLD_YEARS)))
def test_crawler_page_around_the_report(layout: str, report: tuple[Record, int]) -> None:
    """A crawled site's page: its header and breadcrumb before the report, its footer after (主办单位,
    闽ICP备, 版权所有, 联系我们 | 网站地图), perhaps the body's reports of other years listed beside it, and
    the 统计表 the report appends printed after the footer or after an 附件：/相关链接 list: the meta,
    every cell, the 统计表 and each section's prose as without the page (the last section's perhaps with
    the 附件： line of its list)."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["crawler_page"], seed)
    bare = parse_noisy(rec, layout, [], seed)
    assert_damaged(rec, got)
    assert (got.meta.agency, got.meta.year, got.meta.signed) == (bare.meta.agency, bare.meta.year, bare.meta.signed)
    assert got.cells == bare.cells
    assert [i.values for i in got.indicators] == [i.values for i in bare.indicators]
    if layout == "glued" and rec.indicators:
        return  # a page on one line runs the 统计表 onto the signature: without the page, the prose stops before it
    prose, want = _prose(got), _prose(bare)
    last = max(want, key=int)
    prose[last] = _ATTACHMENT_LINE.sub("", prose[last])
    assert prose == want


def test_crawler_page_as_printed() -> None:
    """A pre-2019 page with the site's footer (its ICP line first) before the 统计表 it appends, and the
    body's reports of other years listed after the report: the 统计表 read, the footer and the list no
    part of the last section; the year and agency the report's."""
    rec = synth_record(random.Random(3), "pre2019", 2011, "区县")
    text = str(write_noisy(rec, "pipes_rows", ["crawler_page"], 8))
    assert "2012年1月7日\n相关文章\n• 湾沙区人民政府2009年政府信息公开工作年度报告\n" in text
    assert "2007年政府信息公开工作年度报告\n闽ICP备05003304号-1  版权所有：湾沙区人民政府办公室\n" in text
    assert "技术支持：福建某某信息技术有限公司\n附件：政府信息公开情况统计表\n指标名称 | 计量单位 |" in text
    got = parse_text(text)
    assert [(i.label, i.values) for i in got.indicators] == [(i.label, i.values) for i in rec.indicators]
    assert (got.meta.agency, got.meta.year) == ("湾沙区人民政府", 2011)
    assert got.sections["7"].text.endswith("2012年1月7日")


@pytest.mark.parametrize(
    "footer",
    (
        "联系我们 | 网站地图 | 隐私声明",
        "联系我们\t网站地图\t隐私声明",
        "闽ICP备05003304号-1",
        "往年年报\n湾沙区人民政府2010年政府信息公开工作年度报告",
    ),
)
def test_a_sites_footer_ends_the_last_section(footer: str) -> None:
    """A footer's first line `联系我们 |` (or its links a tab apart), an ICP number after its province's
    abbreviation, or a list of the body's reports of other years: where the page's own end begins, after
    the signature."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_layout(rec, "pipes_rows", 0))
    got = parse_text(f"{text}{footer}\n版权所有：湾沙区人民政府\n")
    assert _prose(got) == _prose(parse_text(text))
    assert got.meta.signed == rec.meta.signed


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(), forms=st.sampled_from(((), ("title_forms",), ("signature_forms",), ("signature_dates",))))
def test_page_forms(layout: str, report: tuple[Record, int], forms: tuple[str, ...]) -> None:
    """A catalog glued by a crawler (its agency run into the title or the next label), as a Markdown table, a
    发布时间 in digits with its time, in Chinese numerals or spaced, the agency after the signature's date, a
    saved page's meta tags, 資訊 for 信息 in traditional characters; with the title or the signature in
    their own forms too. Every field of the meta read as the record's, or unknown — never another value;
    the year and template always, the agency wherever the page prints it (not in meta tags outside HTML)."""
    rec, seed = report
    got = parse_noisy(rec, layout, [*forms, "page_forms"], seed)
    for key in ("agency", "published", "signed", "level"):
        assert getattr(got.meta, key) in (getattr(rec.meta, key), None), key
    assert (got.meta.year, got.meta.template) == (rec.meta.year, rec.meta.template)
    how = random.Random(f"page_forms:{seed}").choice(PAGE_FORMS)
    if not forms and (layout == "html" or how != "meta_tags"):
        assert got.meta.agency == rec.meta.agency


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports())
def test_page_forms_under_another_publishers_page(layout: str, report: tuple[Record, int]) -> None:
    """A page whose title and signature leave the agency out (`page_forms`) put up under another body's
    catalog or byline (`page_metadata`: the body's office, the site's): the agency the record's or unknown,
    never the publisher's name — the opening sentence speaks for the body that reports."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["page_forms", "page_metadata"], seed)
    assert got.meta.agency in (rec.meta.agency, None)
    assert (got.meta.year, got.meta.template) == (rec.meta.year, rec.meta.template)


@NOISE_SETTINGS
@given(
    report=st.one_of(reports(), reports(years=OLD_YEARS)),
    forms=st.sampled_from(((), ("page_forms",), ("page_metadata",), ("crawler_page",))),
)
def test_a_page_as_its_sites_cms_serves_it(report: tuple[Record, int], forms: tuple[str, ...]) -> None:
    """The page's body inside an ASP.NET `<form>` with its hidden state and a search box, or the report in
    `<main><article>` with its title and published line in the article's own `<header>` between the site's
    header, menu and footer, or both: the meta, every cell, the 统计表 and each section's prose as in the
    plain page."""
    rec, seed = report
    got = parse_noisy(rec, "html", [*forms, "saved_markup"], seed)
    bare = parse_noisy(rec, "html", list(forms), seed)
    assert_damaged(rec, got)
    assert got.meta == bare.meta
    assert got.cells == bare.cells
    assert [i.values for i in got.indicators] == [i.values for i in bare.indicators]
    assert _prose(got) == _prose(bare)


def test_a_page_as_its_sites_cms_serves_it_as_printed() -> None:
    """A published date in Chinese numerals in the article's header, the whole page in a form: each field
    of the meta read back."""
    rec = synth_record(random.Random(4), "2021", 2022, "区县")
    text = str(write_noisy(rec, "html", ["page_forms", "saved_markup"], 7))
    assert random.Random("saved_markup:text:7").choice(SAVED_MARKUP) == "both"
    assert '<body>\n<form name="form1"' in text and "</form>\n</body>" in text
    title = "<h1>湾亭区人民政府2022年政府信息公开工作年度报告</h1>"
    assert f"<header>\n{title}\n<p>发布时间：二○二三年一月十八日</p>\n</header>" in text
    got = parse_bytes(text.encode(), "report.html")
    assert (got.meta.agency, got.meta.published, got.meta.signed) == ("湾亭区人民政府", "2023-01-18", "2023-01-17")
    assert got.cells == rec.cells


@pytest.mark.parametrize(
    ("seed", "level", "publisher", "agency"),
    [
        (91, "乡镇", "| 所属机构 | 宁德市大数据管理局 |", "柏沙镇人民政府"),
        (112, "市", "永霞市人民政府办公室", "永霞市人民政府"),
    ],
)
def test_page_forms_under_another_publishers_page_as_printed(
    seed: int, level: str, publisher: str, agency: str
) -> None:
    """The catalog names another body (the site's, the body's own office), the title and signature none:
    the body the opening sentence speaks for."""
    rec = synth_record(random.Random(seed), "2021", 2022, level)
    text = str(write_noisy(rec, "md", ["page_forms", "page_metadata"], seed))
    assert publisher in text and f"2022年，{agency}认真贯彻落实" in text
    assert parse_text(text).meta.agency == agency


def test_a_linked_report_of_a_body_of_the_same_kind_elsewhere_is_not_the_pages() -> None:
    """A sidebar links 宁德市交通运输局2008年… while the page's own title leaves its agency out and its catalog
    runs it into the title (发文机关：河桐市交通运输局2008年…): the prose naming 河桐市交通运输局 shares only
    交通运输局 with the link's, no sign that the link is the page's own report."""
    rec = synth_record(random.Random(9040), "pre2019", 2008, "部门")
    text = str(write_noisy(rec, "md", ["title_forms", "page_forms"], 9040))
    assert "\n宁德市交通运输局2008年政府信息公开工作年度报告\n" in text and rec.meta.agency == "河桐市交通运输局"
    assert parse_text(text).meta.agency in (rec.meta.agency, None)


def test_page_forms_as_printed() -> None:
    """A page whose catalog alone names the agency — glued into the title or the next label, or a Markdown
    table — or whose meta tags do; a 发布时间 in Chinese numerals; the agency after the signature's date;
    each read back whole."""
    rec = synth_record(random.Random(4), "2021", 2022, "区县")
    printed = {
        ("md", 0): "2023-01-18发文机关：湾亭区人民政府2022年政府信息公开工作年度报告\n",
        ("md", 8): "| 发布机构 | 湾亭区人民政府 |\n| --- | --- | --- | --- |\n| 发布日期 | 2023年1月18日 |",
        ("md", 10): "所属机构：湾亭区人民政府发布日期：2023年01月18日\n",
        ("md", 7): "发布时间：二○二三年一月十八日\n",
        ("html", 29): '<meta name="ContentSource" content="湾亭区人民政府">',
    }
    for (layout, seed), line in printed.items():
        text = str(write_noisy(rec, layout, ["page_forms"], seed))
        assert line in text, (layout, seed)
        got = parse_bytes(text.encode(), "report.html") if layout == "html" else parse_text(text)
        assert (got.meta.agency, got.meta.published, got.meta.signed) == ("湾亭区人民政府", "2023-01-18", "2023-01-17")
    after = str(write_noisy(rec, "glued", ["page_forms"], 2))
    assert "事项。2023年1月17日湾亭区人民政府" in after
    assert parse_text(after).meta.signed == "2023-01-17"


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(
    report=st.one_of(reports(), reports(years=OLD_YEARS)),
    forms=st.sampled_from(((), ("title_forms",), ("signature_forms",), ("crawler_page",))),
)
def test_pdf_page_forms(layout: str, report: tuple[Record, int], forms: tuple[str, ...]) -> None:
    """A page as a PDF's text prints its metadata: links to reports of bodies named nearly as the agency,
    the title wrapped inside the agency's name under a catalog naming another body, the title only in a
    glued catalog with its year after the report's name, the signature's date with a space after its year;
    with the title, the signature or a crawled page in their own forms too. Every field of the meta the
    record's or unknown — never another value; the year and template always; the agency wherever the title
    or the signature names it whole (the prose names it too); a date so spaced, the signature's."""
    rec, seed = report
    got = parse_noisy(rec, layout, [*forms, "pdf_page_forms"], seed)
    for key in ("agency", "published", "signed", "level"):
        assert getattr(got.meta, key) in (getattr(rec.meta, key), None), key
    assert (got.meta.year, got.meta.template) == (rec.meta.year, rec.meta.template)
    how = random.Random(f"pdf_page_forms:{seed}").choice(PDF_PAGE_FORMS)
    if not forms and how != "spaced_date":
        assert got.meta.agency == rec.meta.agency
    if not forms and how == "spaced_date" and layout != "glued":
        assert got.meta.signed == rec.meta.signed


def test_pdf_page_forms_as_printed() -> None:
    """Each form as the generator prints it, read back: the agency, year and signature's date."""
    rec = synth_record(random.Random(4), "2021", 2022, "区县")
    printed = {
        0: "湾亭区人民政府\n2023 -1-17\n",
        3: "相关链接\n· 湾亭区人民政府办公室 2022 年政府信息公开工作年度报告\n· 城厢区人民政府 2022 年",
        6: "发布机构：莆田市人民政府  发布日期： 2023 /1/18\n湾亭\n区人民政府 2022 年政府信息公开工作年度报告\n",
        7: "名称：湾亭区人民政府政府信息公开工作 2022 年度报告发布机构：\n政务公开办公室发布日期：",
    }
    for seed, line in printed.items():
        text = str(write_noisy(rec, "spaces", ["pdf_page_forms"], seed))
        assert line in text, seed
        got = parse_text(text).meta
        assert (got.agency, got.year, got.signed) == ("湾亭区人民政府", 2022, "2023-01-17"), seed


def _as_read(got: Record) -> dict:
    """The record less where in the file each thing was read, but the line."""
    out = got.to_json()
    del out["source"], out["provenance"]
    for f in out["findings"]:
        f["location"] = f["location"] and f["location"].get("line")
    return out


@pytest.mark.parametrize("layout", ("cells", "tabs", "pipes_cells", "md"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_windows_line_breaks(layout: str, report: tuple[Record, int]) -> None:
    """A text saved on Windows, page footers and all, reads as the same text saved with plain line breaks:
    the same record, each value found on the same line of the file."""
    rec, seed = report
    plain = parse_noisy(rec, layout, ["page_footers"], seed)
    windows = parse_noisy(rec, layout, ["page_footers", "windows_breaks"], seed)
    assert _as_read(windows) == _as_read(plain)
    assert {k: v["line"] for k, v in windows.provenance.items()} == {k: v["line"] for k, v in plain.provenance.items()}
    assert_damaged(rec, windows)


def _spacing_aside(got: Record, halve: bool = False) -> dict:
    """`_as_read` with each section's text less its empty lines, and with `halve`, each finding's line as
    it would be in the text before every line was followed by an empty one."""
    out = _as_read(got)
    for section in out["sections"].values():
        section["text"] = "\n".join(line for line in section["text"].split("\n") if line.strip())
    for f in out["findings"] if halve else ():
        f["location"] = f["location"] and (f["location"] + 1) // 2
    return out


@pytest.mark.parametrize("layout", ("cells", "tabs", "spaces", "pipes_cells"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_a_page_saved_with_its_line_breaks_lost(layout: str, report: tuple[Record, int]) -> None:
    """Every line run on into the next, cells a line each with the spaces some held (`00 0 00 0 0`, `规章 174
    3行政规范性文件…`): as printed, or null with a finding — a space however wide no empty cell for sure."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["lines_run_together"], seed))


@pytest.mark.parametrize("layout", ("md", "pipes_rows", "spaces", "cells"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_a_page_saved_with_its_lines_joined_by_spaces(layout: str, report: tuple[Record, int]) -> None:
    """Every line run on into the next a space apart, `|` rows too (`| 0 | | 行政规范性文件 |`): the space
    between two rows is no cell; each cell as printed, or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["lines_spaced_together"], seed))


@pytest.mark.parametrize("more", ([], ["empty_cells"], ["aligned_columns", "empty_cells"]))
@pytest.mark.parametrize("layout", ("spaces", "cells", "pipes_rows"))
@NOISE_SETTINGS
@given(report=reports(years=st.integers(2008, 2025), blanks=3))
def test_a_page_that_keeps_one_space_between_words(more: list[str], layout: str, report: tuple[Record, int]) -> None:
    """Each run of spaces one space, no line ending in one: a cell left empty that a row printed as spaces
    prints nothing (`行政许可 0 107`), in 二, 三, 四 and the 统计表 alike, among rows that print a number a
    cell: no number is split to fill the row, nor is the indent of a table laid out in columns, made one
    space, an empty cell; each cell as printed or null with a finding."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, [*more, "collapsed_spaces"], seed))


@pytest.mark.parametrize(
    ("row", "want"),
    [("00 0 0  0 00", [0] * 7), ("0  0 00 0 3 3", [0, 0, 0, 0, 0, 3, 3]), ("0 012 0 0 0 12", [0, 0, 12, 0, 0, 0, 12])],
)
def test_digits_led_by_a_zero_run_cells_together_whatever_the_spaces(row: str, want: list[int]) -> None:
    """A row fewer numbers than cells, one of them led by a zero (no count is printed so), its rows on lines of
    their own: its digits run together, and a wider gap is no empty cell for that."""
    rec, text = example("spaces", [], 0)
    cells = [c for c in rec.cells if c.startswith("s3.received.")]
    rec.cells.update(zip(cells, want, strict=True))
    line = next(ln for ln in text.split("\n") if ln.startswith("一、本年新收"))
    got = parse_text(text.replace(line, f"一、本年新收政府信息公开申请数量 {row}"))
    assert [got.cells[c] for c in cells] == want


@pytest.mark.parametrize("layout", ("glued", "spaces", "cells", "pipes_rows", "md"))
@NOISE_SETTINGS
@given(report=reports(years=st.one_of(TABLE_YEARS, OLD_YEARS), blanks=3))
def test_character_references_left_in_a_page(layout: str, report: tuple[Record, int]) -> None:
    """A page saved with `&nbsp;` (`&#160;`, `&ensp;`) for each space and `&ldquo;` for its quotes: the same
    record as the page saved with the characters."""
    rec, seed = report
    noise = ["stated_counts", "spaced_cells"]
    plain = parse_noisy(rec, layout, noise, seed)
    referenced = parse_noisy(rec, layout, [*noise, "char_references"], seed)
    assert referenced.cells == plain.cells
    assert referenced.indicators == plain.indicators
    assert referenced.meta == plain.meta
    assert [(f.rule, f.cells) for f in referenced.findings] == [(f.rule, f.cells) for f in plain.findings]


@NOISE_SETTINGS
@given(report=reports(years=st.one_of(TABLE_YEARS, OLD_YEARS), blanks=3))
def test_folded_page(report: tuple[Record, int]) -> None:
    """A page saved with its text on one line, folded at a fixed width wherever the width ran out, inside words
    and numbers (`条20` / `6912106`), the prose's counts too: the same record as before it was folded."""
    rec, seed = report
    noise = ["stated_counts", "narrative_phrasings"]
    plain = parse_noisy(rec, "glued", noise, seed)
    folded = parse_noisy(rec, "glued", [*noise, "folded_lines"], seed)
    assert folded.cells == plain.cells
    assert folded.indicators == plain.indicators
    assert folded.meta == plain.meta
    assert [(f.rule, f.cells) for f in folded.findings] == [(f.rule, f.cells) for f in plain.findings]


@pytest.mark.parametrize("layout", ("spaces", "tabs", "traditional"))
@NOISE_SETTINGS
@given(report=reports(years=st.one_of(TABLE_YEARS, OLD_YEARS), blanks=3))
def test_folded_text(layout: str, report: tuple[Record, int]) -> None:
    """A text a line a paragraph or a row, folded at a fixed width: each value as printed, or null with a
    finding where too few lines reached the width to tell that it was folded."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["stated_counts", "folded_lines"], seed))


@pytest.mark.parametrize("layout", ("spaces", "cells", "tabs", "pipes_rows", "pipes_cells", "md"))
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS, blanks=3))
def test_double_spaced_text(layout: str, report: tuple[Record, int]) -> None:
    """A text with every line followed by an empty one reads as the text without them, the prose's
    counts in sentences wrapped over lines too: the same record, each value found on its own line (a
    text printed one cell per line, already double-spaced, has its empty lines halved once more)."""
    rec, seed = report
    noise = ["stated_counts", "narrative_phrasings"]
    plain = parse_noisy(rec, layout, noise, seed)
    doubled = parse_noisy(rec, layout, [*noise, "double_spaced"], seed)
    assert _spacing_aside(doubled, halve=True) == _spacing_aside(plain)
    lines = {k: (v["line"] + 1) // 2 for k, v in doubled.provenance.items()}
    assert lines == {k: v["line"] for k, v in plain.provenance.items()}
    assert_damaged(rec, doubled)


# --- 9. the prose as real reports word it ------------------------------------------------------------


_STATED = re.compile(spaced("共受理政府信息公开申请") + r"\s*\d+\s*件")
_NONE_SAID = re.compile("|".join(spaced(words) for words in NONE_SAID))
_PART_STATED = re.compile(spaced("其中政府信息公开申请") + r"\s*\d+\s*件")
_LIST_PART = re.compile(r"(?:类信息|分别为)\s*(\d+)\s*条")  # the list's first part


_YEAR_SLOT = re.compile(r"\\\{(?:next|last|year)\\\}")  # a year's place in a wording, escaped


def _said(forms: Sequence[str]) -> re.Pattern[str]:
    """Any of the wordings of a count, as printed (a line's wrap or a space between its words), its count a group."""
    return re.compile(
        "|".join(
            _YEAR_SLOT.sub(r"\\s*\\d{4}\\s*", spaced(re.escape(f)).replace(r"\{n\}", r"\s*(\d+)\s*")) for f in forms
        )
    )


# each count of the applications' sentence and of 行政复议, 行政诉讼, in the words the prose may print it in; the
# cells it is the sum of
_COUNTS_SAID = {
    ("s3.carried_in.total",): _said(CARRIED_IN_SAID),
    ("s3.total.total",): _said(ANSWERS_SAID),
    ("s3.carried_forward.total",): _said(CARRIED_FORWARD_SAID),
    ("s4.review.total",): _said(REVIEW_SAID),
    ("s4.litigation_direct.total", "s4.litigation_after_review.total"): _said(LITIGATION_SAID),
}


@pytest.mark.parametrize("layout", NOISY_LAYOUTS)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_prose_worded_as_real_reports_word_it(layout: str, report: tuple[Record, int]) -> None:
    """A count after a numbered sub-heading run into its sentence (or after the name of a body not a
    government, in full or short), or 未收到依申请公开事件 and the like where there were none; counts of
    last year, another year or another body (the units under the report's, its office, applications
    referred from above); no 行政复议 said in words; a list opened by 在主动公开的信息中 or said to be the
    whole (包括, 分为, 分别) that adds up: the cells as printed and no narrative finding; the count of
    applications then changed (or said where there were none), a `narrative.table_mismatch` about its
    cell; a part of the list one less, a `narrative.sum_mismatch`: the list is whole, for its 其他 or as
    the words before it say."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["narrative_phrasings"], seed)
    assert_damaged(rec, got)
    assert not [f for f in got.findings if f.rule.startswith("narrative.")]
    if layout in ("html", "docx", "glued", "traditional"):
        return  # the count is changed in plain text (the glued layout runs the prose into table two's line)
    text = str(write_noisy(rec, layout, ["narrative_phrasings"], seed))
    received, carried_in = rec.cells["s3.received.total"], rec.cells["s3.carried_in.total"]
    if not isinstance(received, int):
        return
    wrong = next(n for n in range(received + 1, received + 4) if n != received + (carried_in or 0))
    changed = _STATED.sub(f"共受理政府信息公开申请{wrong}件", text, count=1)
    changed = _NONE_SAID.sub(f"共受理政府信息公开申请{wrong}件", changed, count=1)  # none, said so
    changed = _PART_STATED.sub(f"其中政府信息公开申请{wrong}件", changed, count=1)  # a part of every kind's count
    assert changed != text
    found = [f for f in parse_text(changed).findings if f.rule == "narrative.table_mismatch"]
    assert [f.cells for f in found] == [("s3.received.total",)]
    for cells, said in _COUNTS_SAID.items():  # each other count as worded, changed: a mismatch about its cells
        value = sum(rec.cells[c] or 0 for c in cells)
        m = next((m for m in said.finditer(text) if [int(n) for n in m.groups() if n] == [value]), None)
        if m is None:
            continue  # not printed, or its words wrapped inside its number
        at = next(i for i in range(1, len(m.groups()) + 1) if m.group(i))
        changed = text[: m.start(at)] + str(value + 1) + text[m.end(at) :]
        found = [f for f in parse_text(changed).findings if f.rule == "narrative.table_mismatch"]
        assert [f.cells for f in found] == [cells], m.group()
    part = _LIST_PART.search(text)
    if part is None or not int(part.group(1)):
        return
    short = text[: part.start(1)] + str(int(part.group(1)) - 1) + text[part.end(1) :]
    assert [f.rule for f in parse_text(short).findings if f.rule.startswith("narrative.")] == ["narrative.sum_mismatch"]


@pytest.mark.parametrize(
    ("layout", "more"),
    [(lay, more) for lay in NOISY_LAYOUTS for more in (["by_columns"], ["total_first"], ["stacked_groups"])],
)
@NOISE_SETTINGS
@given(report=reports(years=TABLE_YEARS))
def test_prose_before_a_table_printed_otherwise_stays_prose(
    layout: str, more: list[str], report: tuple[Record, int]
) -> None:
    """The prose's list ending right before table 二 (`…规划计划类信息453条。`) stays the prose's whatever form
    the table takes (column by column, 总计 first, 四's groups stacked): no count of it is taken for where
    the table begins, and no narrative finding says its parts fall short of the total."""
    rec, seed = report
    got = parse_noisy(rec, layout, ["narrative_phrasings", *more], seed)
    assert_damaged(rec, got)
    assert not [f for f in got.findings if f.rule.startswith("narrative.")]


@pytest.mark.parametrize(
    ("seed", "year", "layout", "noise"),
    [
        (3041, 2021, "pipes_rows", ["by_columns", "columns_apart", "split_numbers", "word_cells", "heading_numbers"]),
        (4443, 2023, "traditional", ["total_first", "split_numbers", "renamed_headings", "by_columns", "spaced_cells"]),
    ],
)
def test_table_four_column_by_column_with_groups_left_unread(seed: int, year: int, layout: str, noise: list) -> None:
    """四 column by column, a group's 总计 split by a stray space or a word: the groups that do read, each
    number with a row's empty cells after it, are no table printed one row a group under a header — the
    numbers before them are no header's. Each cell as printed or null with a finding, never another group's."""
    rec = synth_record(random.Random(seed * 7 + 1), "2021", year, "省")
    assert_damaged(rec, parse_noisy(rec, layout, noise, seed))


@pytest.mark.parametrize(
    ("seed", "layout", "noise"),
    [
        (40073, "glued", ["empty_cells"]),
        (
            30981,
            "glued",
            ["statistics_on_one_line", "word_cells", "crawler_page", "blank_marks", "signature_dates", "counted_cells"],
        ),
        (41037, "cells", ["word_cells", "signature_dates"]),
        (30423, "glued", ["cell_notes", "word_cells", "blank_words"]),
        (60122, "glued", ["spaced_thousands", "counted_statistics", "signature_forms", "columns_apart"]),
        (60120, "spaces", ["glued_headings", "spanned_applicants", "full_stops", "broken_headers", "renamed_headings"]),
        (90299, "html", ["reordered_applicants", "spaced_cells", "units_in_labels", "cell_notes"]),
        (
            90444,
            "md",
            [
                "page_metadata",
                "title_forms",
                "repeated_headers",
                "units_in_labels",
                "wrapped_rows",
                "blank_marks",
                "loose_cells",
            ],
        ),
        (91297, "glued", ["total_first", "repeated_headers", "tab_rows", "renamed_headings", "title_forms"]),
        (
            99011,
            "spaces",
            [
                "wrapped_names",
                "stated_counts",
                "narrative_phrasings",
                "columns_apart",
                "double_spaced",
                "signature_forms",
                "word_cells",
                "ocr_letters",
            ],
        ),
        (99456, "spaces", ["cell_words", "notes_below", "statistics_on_one_line", "total_first", "ocr_letters"]),
        (
            100036,
            "spaces",
            [
                "word_cells",
                "narrative_phrasings",
                "total_first",
                "units_in_labels",
                "statistics_on_one_line",
                "crawler_page",
                "reordered_applicants",
            ],
        ),
        (1128080, "glued", ["notes_below"]),
        (1123168, "glued", ["spaced_cells", "loose_cells", "html_tables", "units_in_labels"]),
    ],
)
def test_random_reports_with_damages_combined(seed: int, layout: str, noise: list[str]) -> None:
    """Random reports under combined damages: a row two cells short beside a doubted one, a blank mark after
    持平, a heading's 见附件, a running total below the year's, a spanning header not read, a heading's unit
    （—）, 续上表 before loose numbers, a footer after a heading's marks, a 统计表 cell's 0 read as O between its
    unit and 不适用 or the next label, a 统计表 label wrapped round its one cell printing 不涉及, a total row
    split as a row doubted later had it (1128080), a heading's unit （— ） glued on one line. Each value as
    printed or null with a finding naming it, every 统计表 row in its place; no identity error the report does
    not earn."""
    rec = random_report(random.Random(seed))
    got = parse_noisy(rec, layout, noise, seed)
    assert_damaged(rec, got, meta=())
    if not any(v is None for v in rec.cells.values()) and "empty_cells" not in noise:
        assert not [f for f in got.findings if f.rule.startswith("identity.")]


def test_a_piped_table_whose_first_value_column_is_mostly_empty() -> None:
    """`规章 |  | 3 | 17 | |`: where most rows of a | table leave their first value cell empty, that cell
    is still a blank value, not the placeholder of a label merged over two columns (no row prints a
    number there then): the rows that print a number in it say where the values begin."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    tables = [t for t in get_template("2019").tables if t.id.startswith("s2.")]
    firsts = [t.cell_id(r.id, t.columns[0].id) for t in tables for r in t.rows]
    for cid in firsts[:2] + firsts[3:4] + firsts[5:]:  # all but 其他对外管理服务事项 and 行政处罚
        rec.cells[cid] = None
    got = parse_text(str(write_noisy(rec, "pipes_rows", [], 0)))
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s2.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s2.")
    }


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_a_piped_transposed_table_whose_rows_start_right_after_their_labels(template: str) -> None:
    """三 printed with the applicants down the side, each row's cells right after its label and padded at
    the end (`| 自然人 | 0 | … | 0 |  |`, `| 法人或其他组织 | 商业企业 | 0 | … | 0 |`): the empty cell after
    总计 is its first value left blank, as 自然人's label ending in that column says, not the placeholder
    of a label merged over two columns (every value of the row had moved a column left)."""
    rec = synth_record(random.Random(3), template, 2022, "区县")
    table = next(t for t in get_template(template).tables if t.id == "s3")
    rec.cells[table.cell_id(table.rows[0].id, table.columns[-1].id)] = None
    got = parse_noisy(rec, "md", ["by_columns"], 0)
    assert {c: got.cells[c] for c in table.cell_ids} == {c: rec.cells[c] for c in table.cell_ids}


def test_a_table_whose_header_a_converter_replaced_by_its_own() -> None:
    """`| 数据1 | 数据2 | 数据3 | 数据4 |` in place of 二's header that named its columns in another order: the
    order is lost, so each row that another order reads otherwise is unread (value.ambiguous), not read in
    the template's order; a row of one value throughout reads the same in any order."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "md", [], 0))
    header = "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"
    assert header in text and "| 规章 | 0 | 0 | 0 |" in text and "| 行政规范性文件 | 1 | 16 | 10 |" in text
    text = text.replace(header, "| 数据1 | 数据2 | 数据3 | 数据4 |").replace(
        "| 行政规范性文件 | 1 | 16 | 10 |", "| 行政规范性文件 | 10 | 1 | 16 |"
    )
    got = parse_text(text)
    assert [got.cells[f"s2.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
    rest = [f"s2.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]
    assert [got.cells[c] for c in rest] == [None] * 3
    assert all(covered(c, got, ("value.ambiguous",)) for c in rest)
    assert got.cells["s2.licensing.decisions"] == rec.cells["s2.licensing.decisions"]


def test_loose_numbers_of_a_row_under_a_header_naming_the_columns_in_another_order() -> None:
    """A row's numbers printed as loose lines before its table (`10` `1` `16`, the row `| 行政规范性文件 |  |  |  |`)
    under a header naming the columns in another order (现行有效件数 first): they fill the row's cells in the
    order the row prints them, which the header names, not in the template's."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "md", [], 0))
    header = "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"
    assert f"**第二十条第（一）项**\n\n{header}" in text and "| 行政规范性文件 | 1 | 16 | 10 |" in text
    text = text.replace(
        f"**第二十条第（一）项**\n\n{header}",
        "**第二十条第（一）项**\n\n10\n1\n16\n\n| 信息内容 | 现行有效件数 | 本年制发件数 | 本年废止件数 |",
    ).replace("| 行政规范性文件 | 1 | 16 | 10 |", "| 行政规范性文件 |  |  |  |")
    got = parse_text(text)
    assert {c: got.cells[c] for c in rec.cells if c.startswith("s2.")} == {
        c: v for c, v in rec.cells.items() if c.startswith("s2.")
    }


def test_loose_numbers_of_a_row_printing_its_label_alone_under_a_header_in_another_order() -> None:
    """三's row printed with its label and empty cells only, its numbers as loose lines before the table,
    under a header naming the applicants in another order (总计 first, 社会公益组织 last): which cell each
    number is in is not told — `4 0 0 0 0 0 4` adds up read in the template's order too, 4 for 自然人 — so the
    row is unread (value.ambiguous), not filled in the template's order."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    for row in ("received", "unavailable.needs_creation", "total"):  # 社会公益组织's 4 in place of 3 and 1
        rec.cells[f"s3.{row}.natural_person"] -= 3
        rec.cells[f"s3.{row}.commercial"] -= 1
        rec.cells[f"s3.{row}.social_welfare"] += 4
    text = str(write_noisy(rec, "md", ["reordered_applicants"], 1))
    row = "| 三、本年度办理结果 （四）无法提供 2.没有现成信息需要另行制作 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |"
    header = "\n\n|  | 总计 | 自然人 | 法人或其他组织 科研机构 | 法人或其他组织 商业企业 | 法人或其他组织 其他 |"
    assert row in text and header in text
    text = text.replace(row, row.split(" | 4 ")[0] + " |" + "  |" * 7).replace(
        header, "\n\n4\n0\n0\n0\n0\n0\n4" + header
    )
    got = parse_text(text)
    cells = [f"s3.unavailable.needs_creation.{c}" for c in ("natural_person", "social_welfare", "total")]
    assert [got.cells[c] for c in cells] == [None] * 3
    assert all(covered(c, got, ("value.ambiguous",)) for c in cells)
    assert not [f for f in got.findings if f.rule.startswith("identity.")]


def test_a_total_row_printed_empty_under_its_group_ends_no_reordered_header() -> None:
    """`| 三、本年度办理结果 （七）总计 |  |  |…` under a header naming the applicants in another order (总计
    first, 自然人 last), its numbers printed elsewhere: a row printed empty, not a header in the template's
    order (its words name the column 总计), so the row after it (结转下年度继续办理) is still put back by the
    header's order, never read in the template's."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    for row, change in (("carried_forward", -1), ("total", 1), ("granted", 1)):  # every sum kept
        rec.cells[f"s3.{row}.natural_person"] += change
        rec.cells[f"s3.{row}.commercial"] -= change
    text = str(write_noisy(rec, "md", ["reordered_applicants"], 0))
    total = "| 三、本年度办理结果 （七）总计 |"
    line = next(x for x in text.splitlines() if x.startswith(total))
    assert "|  | 总计 |" in text and line in text
    got = parse_text(text.replace(line, total + "  |" * 7))
    cells = [c for c in rec.cells if c.startswith("s3.carried_forward.")]
    assert [got.cells[c] for c in cells] == [rec.cells[c] for c in cells] == [5, 1, 0, 0, 0, 0, 6]
    assert not [f for f in got.findings if f.rule.startswith("identity.")]


def test_footnote_marks_widening_gaps_in_a_row_run_together() -> None:
    """`（一）予以公开1918 1* 1* 6。 3883。` in a report whose digits run together: the gaps the marks widened read
    as two empty cells (1918, 1, —, 1, —, 6, 3883, the empty ones holding the rest of the total), but split,
    the row keeps its total with every cell filled (19 18 1 1 6 38 83): which it prints is not told, so the
    row is unread (value.ambiguous), never read with 1918 and 3883."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    columns = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
    for column, value in zip(columns, (19, 18, 1, 1, 6, 38, 83), strict=True):
        more = value - rec.cells[f"s3.granted.{column}"]
        for row in ("granted", "received", "total"):
            rec.cells[f"s3.{row}.{column}"] += more
    text = str(write_noisy(rec, "glued", [], 0))
    assert "（一）予以公开19181163883（二）" in text
    got = parse_text(text.replace("（一）予以公开19181163883（二）", "（一）予以公开1918 1* 1* 6。 3883。（二）"))
    granted = [f"s3.granted.{column}" for column in columns]
    assert [got.cells[c] for c in granted] == [None] * len(granted)
    assert all(covered(c, got, ("value.ambiguous",)) for c in granted)
    for c, value in rec.cells.items():
        assert got.cells[c] in (value, None) or not c.startswith("s3."), c


def test_a_table_laid_out_in_columns_whose_rows_print_their_labels_in_more_cells_or_fewer() -> None:
    """三 with the applicants down the side laid out in columns, each row's numbers shifted by the cells its
    label takes (法人或其他组织 printed on one row only): 其他's first cell left empty puts its numbers where
    商业企业's and 总计's stand a column on, while 科研机构's, a cell short too, stand under none. No row is
    placed by such columns: 其他 is unread, not read with its empty cell moved to its end."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    lines = str(write_noisy(rec, "spaces", ["by_columns", "aligned_columns"], 0)).split("\n")

    def leave_empty(label: str, nth: int) -> None:
        k = next(i for i, line in enumerate(lines) if re.search(label + r"\s+\d", line))
        m = list(re.finditer(r"\d+", lines[k]))[nth]
        lines[k] = lines[k][: m.start()] + " " * len(m[0]) + lines[k][m.end() :]

    for label in ("自然人", "科研机构", "社会公益组织", "法律服务机构"):
        leave_empty(label, 1)
    leave_empty("其他", 0)
    got = parse_text("\n".join(lines))
    other = [c for c in rec.cells if c.startswith("s3.") and c.endswith(".other_org")]
    assert [got.cells[c] for c in other] == [None] * len(other)
    assert covered("s3.received.other_org", got, UNREAD)


@pytest.mark.parametrize(("template", "year", "seed"), [("2019", 2020, 3), ("2021", 2022, 6), ("2021", 2022, 7)])
def test_a_header_printing_the_applicants_as_one_column_printed_again_in_another_order(
    template: str, year: int, seed: int
) -> None:
    """三's header printing 法人或其他组织 as one column, printed again over the rows after a page break with its
    columns in another order (`| 法人或其他组织 | 总计 | 自然人 |`, then `| 总计 | 自然人 | 法人或其他组织 |`): the
    rows after it are read in its order, not the first header's (a row `5 5 0` adds up in both: 自然人 read 0)."""
    rec = synth_record(random.Random(3), template, year, "区县")
    text = str(write_noisy(rec, "md", ["spanned_applicants", "repeated_headers", "reordered_columns"], seed))
    assert_damaged(rec, parse_text(text), meta=())


def test_a_wrapped_label_round_its_numbers_before_a_row_printed_above_its_label() -> None:
    """`（二）部分公开（区分处理的，只计` / its numbers / `这一情形，不计其他情形）` / the next row's numbers / `1.属于
    国家秘密`, in a table where a row's last cell wraps onto a line alone: the two lines of numbers are two
    rows, each its own, not one row printed over two lines with the end of a label between them."""
    rec, text = example("spaces", [], 1)
    part, secret = (
        [rec.cells[c] for c in rec.cells if c.startswith(f"s3.{r}.")]
        for r in ("partly_granted", "withheld.state_secret")
    )
    numbers = [" ".join(map(str, cells)) for cells in (part, secret)]
    wrapped = f"（二）部分公开（区分处理的，只计\n{numbers[0]}\n这一情形，不计其他情形）\n"
    assert f"{wrapped}1.属于国家秘密 {numbers[1]}\n" in text
    last = "四、结转下年度继续办理 " + " ".join(
        str(rec.cells[c]) for c in rec.cells if c.startswith("s3.carried_forward.")
    )
    assert f"\n{last}\n" in text
    head, _, tail = last.rpartition(" ")
    text = text.replace(f"{wrapped}1.属于国家秘密 {numbers[1]}\n", f"{wrapped}{numbers[1]}\n1.属于国家秘密\n")
    got = parse_text(text.replace(f"\n{last}\n", f"\n{head}\n{tail}\n"))
    assert_damaged(rec, got)
    assert got.cells == rec.cells
    assert not [f.rule for f in got.findings if f.rule.startswith("identity.")]


def test_rows_wrapped_in_a_double_spaced_table() -> None:
    """A table printed double-spaced whose rows wrap in a narrow label column (`6.属于四类过程性信息 2 0` then
    `0 0 0 0 2`, `7.属于行政执法` then `案卷 1` then `0 0 0 0 0 1`, a last cell alone on its line): rows printed on
    their lines, not cells one per line, so the empty lines between them are no blank cells and a line of
    numbers no one cell split by stray spaces — every row read, none shifted a cell (0 for the first, 1
    for the total)."""
    rec, text = example("spaces", ["double_spaced"], 0)
    process, file, last = (
        [str(rec.cells[c]) for c in rec.cells if c.startswith(f"s3.{r}.")]
        for r in ("withheld.process_info", "withheld.enforcement_file", "carried_forward")
    )
    for old, new in (
        (
            f"6.属于四类过程性信息 {' '.join(process)}\n",
            f"6.属于四类过程性信息 {' '.join(process[:2])}\n{' '.join(process[2:])}\n",
        ),
        (
            f"7.属于行政执法案卷 {' '.join(file)}\n\n年 8.属于行政查询事项 ",
            f"7.属于行政执法\n案卷 {file[0]}\n{' '.join(file[1:])}\n\n年 8.属于\n行政查询事项 ",
        ),
        (f"四、结转下年度继续办理 {' '.join(last)}\n", f"四、结转下年度继续办理 {' '.join(last[:-1])}\n{last[-1]}\n"),
    ):
        assert old in text, old
        text = text.replace(old, new)
    got = parse_text(text)
    assert_damaged(rec, got)
    assert got.cells == rec.cells


@pytest.mark.parametrize("layout", ("cells", "pipes_rows", "pipes_cells", "md"))
@settings(NOISE_SETTINGS, max_examples=60)
@given(report=reports(years=st.one_of(TABLE_YEARS, OLD_YEARS), blanks=3))
def test_folded_tables_with_too_few_long_lines_to_tell(layout: str, report: tuple[Record, int]) -> None:
    """A text folded at a fixed width whose few long lines do not tell that it was: the table reader meets
    the cut lines itself — a label's tail on a line of its own (`…舆情计1次` / `）`), a `|` row cut inside a
    number (`… | 28` / `5 | |||`). Each value as printed, or null with a finding naming it; no row made of
    a label's tail, none taking another's value."""
    rec, seed = report
    assert_damaged(rec, parse_noisy(rec, layout, ["folded_lines"], seed))


@pytest.mark.parametrize(("seed", "layout"), [(8, "cells"), (3, "md"), (9, "pipes_rows"), (109, "md")])
def test_folded_reports_whose_cut_lines_shifted_rows_or_cut_numbers(seed: int, layout: str) -> None:
    """Reports folded so that a 统计表 label's closing bracket stands on a line of its own (cells a line each,
    and a Markdown table), a 2019 table's `|` row is cut inside its total (`… | 28` / `5 | |||`) and a
    统计表's amount inside its decimals (`… | 4` / `.56 |`): every value as printed."""
    rec = random_report(random.Random(seed))
    got = parse_noisy(rec, layout, ["folded_lines"], seed)
    assert_damaged(rec, got)
    assert got.cells == rec.cells and got.indicators == rec.indicators


@pytest.mark.parametrize("seed", [1100652, 1104718])
def test_lost_rows_takes_no_row_of_a_statistics_piece_under_a_placeholder_header(seed: int) -> None:
    """A 统计表's rows after a page break under the converter's own header (`| 数据1 | 数据2 | … |`) may be any
    table's: `lost_rows` takes no row from them, the text printing every row the record holds."""
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "md", ["placeholder_headers", "lost_rows"], seed))
    assert "| 数据1 | 数据2 |" in text
    assert all(label in text for label in (i.label for i in rec.indicators))
    assert [i.label for i in parse_text(text).indicators] == [i.label for i in rec.indicators]


@pytest.mark.parametrize(
    ("values", "read"),
    [
        # the last total left out: only there may every sum hold (14 + 2 + 0 + 7 is no total of 7); 14 is never
        # 1 and 4
        ((0, 0, 1, 2, 3, 0, 1, 9, 0, 10, 14, 2, 0, 7, None), (0, 0, 1, 2, 3, 0, 1, 9, 0, 10, 14, 2, 0, 7, None)),
        # 复议's 其他结果 left out: any other of its cells may as well be (0, 0, 2, 2 keeps its sum wherever the
        # empty one is); the cells after it read alike wherever it is
        (
            (0, 0, None, 2, 2, 0, 1, 9, 0, 10, 14, 2, 0, 7, 23),
            (None, None, None, None, None, 0, 1, 9, 0, 10, 14, 2, 0, 7, 23),
        ),
    ],
)
def test_loose_lines_of_a_row_fewer_than_its_cells(
    values: tuple[int | None, ...], read: tuple[int | None, ...]
) -> None:
    """四's numbers pulled out of its Markdown table as loose lines before it, one line a cell, an empty cell
    printing no line: each line is one cell's whole number, the empty cell wherever the row's sums may hold;
    cells that every such place reads alike are read, the others null with table.incomplete."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    cells = [c for c in rec.cells if c.startswith("s4.")]
    rec.cells.update(zip(cells, values, strict=True))
    text = str(write_noisy(rec, "md", [], 0))
    row = "| " + " | ".join("" if v is None else str(v) for v in values) + " |"
    header = text.index("| 行政复议 结果维持")
    assert row in text[header:]
    lines = "\n".join(str(v) for v in values if v is not None)
    empty = "| " + " | ".join([""] * 15) + " |"
    got = parse_text(text[:header] + lines + "\n\n" + text[header:].replace(row, empty))
    assert tuple(got.cells[c] for c in cells) == read
    assert all(covered(c, got, ("table.incomplete",)) for c, r in zip(cells, read, strict=True) if r is None)
