"""Tables printed transposed (extract/transposed.py): 三 with the applicant types as rows and its items as
columns, 四 with each cell as a row of its own, read into the cells of the usual orientation where the
header and the identities confirm the reading, and null with a finding where they do not."""

from __future__ import annotations

import random

from test_noise import assert_damaged
from zfxxgk import parse_text
from zfxxgk.record import Record
from zfxxgk.render.noise import write_noisy
from zfxxgk.synth import random_report, synth_record


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
    assert any(set(of(rec.cells, "s3.")) <= set(f.cells) and "表格按列印出" in f.message for f in got.findings)
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


def test_a_transposed_column_run_together_with_a_cell_empty_is_left_unread() -> None:
    """The 总计 column printed as a row of digits run together, one cell empty and printing nothing
    (`5101280000300161030113100492`: 51, 0, 12, 8, 0, 0, 0, 0, –, 3, …): a split into all its cells keeps
    the column's identities too (51, 0, 1, 28, …), and its cells are null with `value.ambiguous`, none
    read wrong."""
    rec = random_report(random.Random(54195))
    text = str(write_noisy(rec, "glued", ["by_columns"], 54195))
    assert "总计5101280000300161030113100492" in text and rec.cells["s3.withheld.internal_affairs.total"] is None
    got = parse_text(text)
    assert got.cells["s3.granted.total"] is None and got.cells["s3.unavailable.not_held.total"] is None
    assert any(f.rule == "value.ambiguous" and "s3.granted.total" in f.cells for f in got.findings)
    assert_damaged(rec, got)


def with_four(text: str, block: str) -> str:
    """`text` with the lines of table 四 (after its sentence, up to section 五) printed as `block`."""
    start = text.index("\n", text.index("被申请行政复议")) + 1
    return text[:start] + block + text[text.index("五、", start) :]


GROUPS = (
    ("review", "行政复议 | "),
    ("litigation_direct", "行政诉讼 | 未经复议直接起诉 | "),
    ("litigation_after_review", "复议后起诉 | "),
)
COLUMNS = (
    ("upheld", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    ("total", "总计"),
)
FOUR = dict(
    zip([f"s4.{g}.{c}" for g, _ in GROUPS for c, _ in COLUMNS], [1, 0, 0, 0, 1, 0, 1, 0, 4, 5, *[0] * 5], strict=True)
)


def _cell_a_row(total_first: bool, word: str = "") -> str:
    """四 a cell a row, each group's 总计 first or last, `word` in a cell between each label and its number."""
    columns = (COLUMNS[-1], *COLUMNS[:-1]) if total_first else COLUMNS
    return "".join(
        f"{head if k == 0 else ''}{name} | {word}{FOUR[f's4.{group}.{column}']} |\n"
        for group, head in GROUPS
        for k, (column, name) in enumerate(columns)
    )


def test_table_four_a_cell_a_row_with_each_groups_total_first() -> None:
    """四 a cell a row with each group's 总计 first: each number's label says its column, whatever the
    order; read as printed."""
    _, text = transposed("pipes_rows")
    got = parse_text(with_four(text, _cell_a_row(total_first=True)))
    assert of(got.cells, "s4.") == FOUR
    assert not said_of(got, "s4")


def test_table_four_a_cell_a_row_with_a_word_before_a_number() -> None:
    """A word in a cell of its own between a label and its number (`结果维持 | 单位：件 | 1 |`): no column's
    or group's name, the number is still the label's."""
    _, text = transposed("pipes_rows")
    got = parse_text(with_four(text, _cell_a_row(total_first=False, word="单位：件 | ")))
    assert of(got.cells, "s4.") == FOUR


STACKED = """类别 | 行政复议 | 行政诉讼 | ||
未经复议直接起诉 | 复议后起诉 | |||
结果维持 | 1 | 0 | 0 | |
结果纠正 | 0 | 1 | 0 | |
其他结果 | 0 | 0 | 0 | |
尚未审结 | 0 | 4 | 0 | |
总计 | 1 | 5 | 0 | |
"""


def test_table_four_one_row_a_group_printed_column_by_column() -> None:
    """四 printed one row a group, then column by column: each column's label, then its number in each
    group in the order the header names the groups; read as printed."""
    _, text = transposed("pipes_rows")
    got = parse_text(with_four(text, STACKED))
    assert of(got.cells, "s4.") == FOUR
    assert not said_of(got, "s4")


def test_table_four_printed_column_by_column_under_no_group_names_is_left_unread() -> None:
    """The same numbers under a header that does not name the groups: which number is whose is not told,
    and 四 is null with a finding that says it is printed column by column — never read across."""
    rec, text = transposed("pipes_rows")
    got = parse_text(with_four(text, STACKED.split("\n", 2)[2]))
    assert all(got.cells[c] is None for c in FOUR)
    (said,) = said_of(got, "s4")
    assert said.rule == "table.incomplete" and "按列印出（“结果维持”之下是一列的数）" in said.message
    assert_damaged(rec, got)


SPLIT = """类别 | 行政复议 |
结果维持 | 1 |
结果纠正 | 0 |
其他结果 | 0 |
尚未审结 | 0 |
总计 | 1 |
（续表）
类别 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉） |
结果维持 | 0 | 0 |
结果纠正 | 1 | 0 |
其他结果 | 0 | 0 |
尚未审结 | 4 | 0 |
总计 | 5 | 0 |
"""


def test_table_four_column_by_column_in_two_parts_a_cell_a_line_is_left_unread() -> None:
    """四 printed column by column in two parts (the second under a repeated header, `（续表）`), each cell on a
    line of its own between `|` lines: the numbers after each column's label are no pieces of one row to be
    joined and read across (the groups' totals then broken where none is); null with the finding that says
    it is printed column by column."""
    rec, text = transposed("pipes_cells")
    block = "".join(
        "".join(f"{c.strip()}\n|\n" for c in line.split("|")[:-1]) if "|" in line else f"{line}\n"
        for line in SPLIT.splitlines()
    )
    got = parse_text(with_four(text, block))
    assert all(got.cells[c] is None for c in FOUR)
    (said,) = said_of(got, "s4")
    assert said.rule == "table.incomplete" and "按列印出（“结果维持”之下是一列的数）" in said.message
    assert_damaged(rec, got)
