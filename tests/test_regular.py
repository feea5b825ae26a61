"""The regular layout's reader: wherever it takes a region, the tables read are the general reader's, to
the last finding, span and note; and it does take the layouts a clean table is printed in."""

from __future__ import annotations

import random
import re
from dataclasses import asdict
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from zfxxgk import pipeline
from zfxxgk.extract.regular import _cells, _spans, _stray, regular_rows
from zfxxgk.extract.tables import extract_tables, find_regions
from zfxxgk.render.noise import NOISE, NOISY_LAYOUTS, write_noisy
from zfxxgk.synth import random_report, synth_record
from zfxxgk.templates import Template

_NAMES = {"html": "r.html", "docx": "r.docx", "md": "r.md"}  # the rest are text


def _tables_input(data: bytes, name: str) -> tuple[str, Template, dict[int, int]] | None:
    """What the parser hands the table reader for a report (its text, template and headings), if it reads tables."""
    with patch.object(pipeline, "extract_tables", wraps=extract_tables) as read:
        pipeline.parse_bytes(data, name)
    return read.call_args.args if read.called else None


def _taken(text: str, template: Template, headings: dict[int, int]) -> list[bool]:
    """Whether the regular reader takes each region; where it takes any, the tables read equal the
    general reader's (the cells in the same order too)."""
    taken = [regular_rows(text, r.start, r.end, r.tables) is not None for r in find_regions(text, template, headings)]
    if any(taken):
        fast = extract_tables(text, template, headings)
        general = extract_tables(text, template, headings, regular=False)
        assert asdict(fast) == asdict(general)
        assert list(fast.cells) == list(general.cells)
    return taken


def _report(seed: int, layout: str, noise: list[str]) -> tuple[bytes, str]:
    out = write_noisy(random_report(random.Random(seed)), layout, noise, seed)
    return (out.encode() if isinstance(out, str) else out), _NAMES.get(layout, "r.txt")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 10**6),
    st.sampled_from(NOISY_LAYOUTS),
    st.lists(st.sampled_from(sorted(NOISE)), max_size=3, unique=True),
)
def test_a_region_read_at_a_glance_reads_as_the_general_reader_reads_it(
    seed: int, layout: str, noise: list[str]
) -> None:
    try:
        data, name = _report(seed, layout, noise)
    except ValueError:  # noises that cannot damage this report together
        assume(False)
    found = _tables_input(data, name)
    assume(found is not None)
    assert found is not None
    _taken(*found)


def test_the_real_reports_read_at_a_glance_read_as_the_general_reader_reads_them(shared) -> None:
    taken = 0
    for path in sorted(p for d in ("seeds", "corpus", "corpus-new") for p in (shared / d).rglob("*")):
        if path.suffix in (".txt", ".md", ".html") and (found := _tables_input(path.read_bytes(), path.name)):
            taken += sum(_taken(*found))
    assert taken >= 10  # regions of several reports are printed regularly


def _clean_2021_tables(layout: str) -> tuple[str, Template, dict[int, int]]:
    """The tables' input of a report of the 2021 form whose cells all print a plain number, in `layout`."""
    rng = random.Random(3)
    record = random_report(rng)
    while record.meta.template != "2021" or any(v is None for v in record.cells.values()):
        record = random_report(rng)
    out = write_noisy(record, layout, [], 3)
    found = _tables_input(out.encode() if isinstance(out, str) else out, _NAMES.get(layout, "r.txt"))
    assert found is not None
    return found


@pytest.mark.parametrize("layout", ["cells", "pipes_rows", "pipes_cells", "tabs", "traditional", "html", "docx", "md"])
def test_a_clean_table_is_read_at_a_glance(layout: str) -> None:
    """Every region of a report whose cells all print a plain number (the 2021 form: no signed change), in
    each layout a clean table loads as."""
    found = _clean_2021_tables(layout)
    assert _taken(*found) == [True, True, True]


@pytest.mark.parametrize("layout", ["pipes_rows", "traditional", "html", "docx", "md"])
@pytest.mark.parametrize("mark", ["—", "/", "-", "无", "——"])
def test_a_table_whose_blank_cells_print_a_mark_between_pipes_is_read_at_a_glance(layout: str, mark: str) -> None:
    """A clean table whose rows print `|` between their cells, a few of them a blank's mark in place of a
    number (the first, a middle and the last cell of a row): read as the general reader reads it, the
    blank cells None with a finding."""
    found = _clean_2021_tables(layout)
    text, template, headings = found
    lines = text.split("\n")
    rows = [i for i, line in enumerate(lines) if re.search(r"\|[ \t]*\d+[ \t]*\|[ \t]*\d+[ \t]*\|", line)]
    for i, pick in zip(rows[::7], (0, 1, -1), strict=False):
        cell = list(re.finditer(r"(?<=\|)[ \t]*\d+[ \t]*(?=\|)", lines[i]))[pick]
        lines[i] = f"{lines[i][: cell.start()]} {mark} {lines[i][cell.end() :]}"
    text = "\n".join(lines)
    assert _taken(text, template, headings) == [True, True, True]
    ex = extract_tables(text, template, headings)
    assert sum(v is None for v in ex.cells.values()) == 3
    assert [f.rule for f in ex.findings] == ["table.incomplete"] * 3


@pytest.mark.parametrize("layout", ["pipes_rows", "md"])
def test_a_row_between_pipes_with_an_empty_cell_and_a_number_split_in_its_cell_is_left_to_the_general_reader(
    layout: str,
) -> None:
    """A `|` row with one cell left empty and a stray space in another's number (`| 25 |  | 2 | 2 8 | 4 |`)
    prints as many numbers as cells once the space is taken for a boundary: never read at a glance, the
    cells after the empty one each moved one to the left; no cell of the row is read wrong."""
    text, template, headings = _clean_2021_tables(layout)
    truth = extract_tables(text, template, headings).cells
    lines = text.split("\n")
    cell = re.compile(r"(?<=\|)[ \t]*(\d+)[ \t]*(?=\|)")
    # a row with a number of two digits or more to split, and a cell before it to empty
    at, two = next(
        (i, k) for i, line in enumerate(lines) for k, m in enumerate(cell.finditer(line)) if k > 0 and len(m[1]) > 1
    )
    cells = list(cell.finditer(lines[at]))
    line = lines[at]
    for k in sorted((two, two - 1), reverse=True):
        m = cells[k]
        printed = f"{m[1][0]} {m[1][1:]}" if k == two else ""
        line = f"{line[: m.start()]} {printed} {line[m.end() :]}"
    lines[at] = line
    text = "\n".join(lines)
    assert not all(_taken(text, template, headings))
    read = extract_tables(text, template, headings).cells
    assert all(read[c] is None or read[c] == v for c, v in truth.items())
    assert sum(read[c] is None for c in truth) >= 1


def test_a_cell_a_line_between_pipes_with_an_empty_cell_and_a_number_split_is_left_to_the_general_reader() -> None:
    """Cells a line, each between lines of a `|` alone (`|` / `1 8` / `|` / `` / `|`): an empty line between two
    borders is an empty cell, and two numbers on a cell's line one cell's — never read at a glance as fifteen
    numbers, the empty cell lost and 18 read as 1 and 8 in two cells; no cell of the table is read wrong."""
    rec = random_report(random.Random(260852))
    noise = ["reordered_applicants", "wide_spaces", "split_numbers", "empty_cells"]
    text = str(write_noisy(rec, "pipes_cells", noise, 260852))
    assert "\n1 8\n|\n\n|\n" in text
    got = pipeline.parse_text(text)
    s4 = [c for c in rec.cells if c.startswith("s4.")]
    assert all(got.cells[c] in (None, rec.cells[c]) for c in s4)


def test_a_last_cell_alone_on_its_line_among_rows_on_theirs_reads_as_the_general_reader_reads_it() -> None:
    """`行政事业性收费` then `100.3197` alone on its line and an empty line, the region's other rows printing their
    label and numbers on one line (`规章 0 0 0`): the empty line is no blank cell (rows on their lines are as
    many as the cells alone), and wherever the regular reader takes the region, it reads as the general one."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    text = str(write_noisy(rec, "spaces", [], 0))
    row = f"行政事业性收费 {rec.cells['s2.fees.amount']}\n"
    assert row in text
    found = _tables_input(text.replace(row, row.replace(" ", "\n") + "\n").encode(), "r.txt")
    assert found is not None
    _taken(*found)


FOUR = (0, 2, 10, 16, 28, 0, 9, 3, 5, 17, 0, 2, 25, 0, 27)  # 四's cells, each group's total last


@pytest.mark.parametrize("layout", ["pipes_cells", "cells"])
@pytest.mark.parametrize("word", ["暂无", "不涉及", "无", "—"])
def test_a_flat_tables_first_cell_printed_as_a_word_after_its_header_is_left_to_the_general_reader(
    layout: str, word: str
) -> None:
    """四 a cell a line, its first cell printed as a word or mark (`暂无`) right after the header's last name and
    a stray space in its last number (`2 7`): as many numbers as cells once the word is taken for the header's,
    never read at a glance, every cell moved one to the left; no cell is read wrong."""
    text = _clean_2021_tables(layout)[0]
    start = text.index("\n", text.index("被申请行政复议")) + 1
    block = text[start:]
    numbers = list(re.finditer(r"(?m)^[ \t]*(\d+)[ \t]*$", block))[: len(FOUR)]
    printed = [word, *map(str, FOUR[1:-1]), "2 7"]
    for m, cell in reversed(list(zip(numbers, printed, strict=True))):
        block = f"{block[: m.start(1)]}{cell}{block[m.end(1) :]}"
    found = _tables_input((text[:start] + block).encode(), "r.txt")
    assert found is not None
    assert not all(_taken(*found))
    read = extract_tables(*found).cells
    four = [c for c in read if c.startswith("s4.")]
    assert all(read[c] is None or read[c] == v for c, v in zip(four, FOUR, strict=True))


def test_cells_are_found_where_printed() -> None:
    """A run's cells are cut at white space and `|`, each found where it stands, a `|` row's empty cell
    refused."""
    text = "规章 12 | 0\n3.5\t— 7 x"
    a, b = 3, text.index(" x")
    cells = _cells(text, a, b) or []
    assert cells == ["12", "0", "3.5", "—", "7"]
    assert [text[x:y] for x, y in _spans(text, a, cells)] == cells
    assert _cells("| 1 | | 2 |", 0, 11) is None


@pytest.mark.parametrize(
    ("run", "stray"),
    [("1 84\t0", True), ("1\t84  0", False), ("1 — 0", False), ("1.5 2", True), ("1 | 2", False), ("3", False)],
)
def test_stray_space_between_digits(run: str, stray: bool) -> None:
    """A single space between two cells, a digit on either side, is told as `\\d \\d` would find it."""
    text = f"规章 {run} 其他"
    where = _spans(text, 3, _cells(text, 3, 3 + len(run)) or [])
    assert _stray(text, where) is stray
    assert (re.search(r"\d \d", run) is not None) is stray
