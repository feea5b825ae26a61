"""Tables printed transposed (extract/transposed.py): 三 with the applicant types as rows and its items as
columns, 四 with each cell as a row of its own, read into the cells of the usual orientation where the
header and the identities confirm the reading, and null with a finding where they do not."""

from __future__ import annotations

import random

from test_noise import assert_damaged
from zfxxgk import parse_text
from zfxxgk.record import Record
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import synth_record


def transposed(layout: str) -> tuple[Record, str]:
    """A county's 2022 report (2021 format) and its text in `layout`, its tables printed column by column."""
    rec = synth_record(random.Random(3), "2021", 2022, "区县")
    return rec, str(write_noisy(rec, layout, ["by_columns"], 0))


def of(cells: dict, prefix: str) -> dict:
    return {c: v for c, v in cells.items() if c.startswith(prefix)}


def said_of(got: Record, prefix: str) -> list:
    return [f for f in got.findings if any(c.startswith(prefix) for c in f.cells)]


def test_table_three_printed_transposed_is_read_by_its_columns() -> None:
    rec, text = transposed("pipes_rows")
    assert "总计 | 213 | 6 | 84 |" in text and "（七）总计 | ||" in text
    got = parse_text(text)
    assert of(got.cells, "s3.") == of(rec.cells, "s3.")
    assert (got.cells["s3.received.natural_person"], got.cells["s3.carried_forward.total"]) == (202, 6)
    assert not said_of(got, "s3")
    assert_damaged(rec, got)


def test_a_transposed_table_that_breaks_its_identities_is_left_unread() -> None:
    """The 总计 row is not the sum of the applicant rows: the reading is not confirmed, the table is null."""
    rec, text = transposed("pipes_rows")
    got = parse_text(text.replace("总计 | 213 | 6 | 84 |", "总计 | 213 | 6 | 85 |"))
    assert all(got.cells[c] is None for c in of(rec.cells, "s3."))
    (said,) = said_of(got, "s3")
    assert said.rule == "table.incomplete" and "按列印出" in said.message and "勾稽关系" in said.message
    assert of(got.cells, "s4.") == of(rec.cells, "s4.")


def test_a_header_naming_rows_out_of_order_is_not_read_transposed() -> None:
    """Two rows under 不予公开 named in another order: which column holds which is not settled, and the
    table is null with the finding of a table printed by columns."""
    rec, text = transposed("pipes_rows")
    first, second = "1.属于国家秘密", "2.其他法律行政法规禁止公开"
    got = parse_text(text.replace(first, "@").replace(second, first).replace("@", second))
    assert all(got.cells[c] is None for c in of(rec.cells, "s3."))
    assert any("s3" in f.cells and "表格按列印出" in f.message for f in got.findings)
    assert_damaged(rec, got)


def test_table_four_printed_a_cell_a_row_keeps_an_empty_cell_empty() -> None:
    """四 as one row per cell, under each group's label (a Word table's text, a tab before each cell), one
    cell printing nothing: that cell is null with a finding, the others as printed, none moved up."""
    rec, text = transposed("tabs")
    cell = "\t未经复议直接起诉\n\t结果维持\n\t0\n\n\t\n\t\n\t结果纠正\n\t1\xa0\n"
    assert cell in text
    got = parse_text(text.replace(cell, cell.replace("1\xa0", "")))
    assert of(got.cells, "s4.") == {**of(rec.cells, "s4."), "s4.litigation_direct.corrected": None}
    assert any(f.cells == ("s4.litigation_direct.corrected",) for f in got.findings)
    assert_damaged(rec, got)


def test_a_transposed_table_run_together_keeps_only_what_its_digits_settle() -> None:
    """A page's text running each row's digits together: the columns of zeros split one way only and are
    read; a column of 25 cells whose digits split many ways, which two identities of its own cannot tell
    from a reading with an empty cell, is null with `value.ambiguous`."""
    rec, text = transposed("glued")
    assert "自然人202680162320521650341101345402026" in text
    got = parse_text(text)
    assert_damaged(rec, got)
    zeros = [c for c in of(rec.cells, "s3.") if c.endswith((".research", ".social_welfare", ".legal_service"))]
    assert [got.cells[c] for c in zeros] == [0] * len(zeros)
    assert all(got.cells[c] is None for c in of(rec.cells, "s3.") if c.endswith(".natural_person"))
    assert any(f.rule == "value.ambiguous" and "s3.received.natural_person" in f.cells for f in got.findings)
    assert of(got.cells, "s4.") == of(rec.cells, "s4.")
