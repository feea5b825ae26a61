"""Real reports damaged as their text reaches us from pages and converters (render/noise.py's text damage:
line breaks lost, lines folded at a width): every table value comes back as the undamaged report reads it,
or null; never another number. Where the damage leaves a table's numbers and labels in their places, it is
read."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from zfxxgk import parse_text
from zfxxgk.load.text import decode
from zfxxgk.record import Record
from zfxxgk.render.noise import NOISE

DAMAGE = (
    ("lines_run_together",),
    ("lines_run_together", "folded_lines"),
    ("folded_lines", "lines_run_together"),
    ("lines_spaced_together", "folded_lines"),
    ("trailing_spaces",),
    ("markdown_marks",),
)


def _texts(shared: Path) -> list[tuple[str, str]]:
    folders = (shared / "seeds", shared / "corpus", shared / "corpus-new")
    return [
        (p.name, decode(p.read_bytes())) for d in folders for p in sorted(d.iterdir()) if p.suffix in (".txt", ".md")
    ]


def _damaged(text: str, damage: tuple[str, ...], seed: int) -> str:
    for name in damage:
        op = NOISE[name].text
        assert op is not None
        text = op(text, random.Random(f"{name}:{seed}"))
    return text


def _values(rec: Record) -> dict[str, object]:
    out: dict[str, object] = dict(rec.cells)
    out.update({f"{row.label}.{col}": v for row in rec.indicators for col, v in row.values.items()})
    return out


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("seed", [0, 65])
def test_real_reports_damaged_read_no_other_value(shared: Path, damage: tuple[str, ...], seed: int) -> None:
    for name, text in _texts(shared):
        clean = _values(parse_text(text))
        got = _values(parse_text(_damaged(text, damage, seed)))
        wrong = {k: (v, got[k]) for k, v in clean.items() if got.get(k) is not None and got[k] != v}
        assert not wrong, (name, wrong)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_white_space_after_a_rows_last_bar_changes_nothing(shared: Path, seed: int) -> None:
    """`| 9 |  `: a converter's white space, or Markdown's hard break, after a row's last `|` (a real converter's
    table, its rows parted by rules and rows of cells alone under a label's row) is no cell and parts no row."""
    texts = [(name, text, _damaged(text, ("trailing_spaces",), seed)) for name, text in _texts(shared)]
    assert any("|  \n" in damaged or "| \n" in damaged for _, _, damaged in texts)
    for name, text, damaged in texts:
        assert _values(parse_text(damaged)) == _values(parse_text(text)), name


@pytest.mark.parametrize(
    ("seed", "damage"),
    [
        (6, ("loose_cells", "tab_rows", "lost_rows")),
        (293, ("loose_cells", "page_footers", "tab_rows")),
        (10, ("loose_cells", "dispersed_labels", "char_references")),
        (64, ("loose_cells", "tab_rows", "double_spaced")),
        (160, ("loose_cells", "ocr_letters", "tab_rows")),
    ],
)
def test_a_converters_rows_placed_by_order_beside_a_row_pulled_out_as_loose_lines(
    shared: Path, seed: int, damage: tuple[str, ...]
) -> None:
    """A converter's table whose rows print their labels elsewhere, read in order (r024's 不予处理 and 其他处理),
    with one of them printed as loose lines, a number each, before the rest (or before a row of its own
    between two rows named on their lines, another row's label alone after it): whose numbers those are,
    nothing tells, so those rows are null with a finding; never another row's numbers. So too loose numbers
    before the table's first row, whose own line prints its label and numbers after the header's 本年新收."""
    text = decode((shared / "corpus" / "r024.md").read_bytes())
    clean = _values(parse_text(text))
    got = parse_text(_damaged(text, damage, seed))
    values = _values(got)
    assert {k: (v, values[k]) for k, v in clean.items() if values.get(k) is not None and values[k] != v} == {}
    unread = {c for f in got.findings if f.rule in ("value.ambiguous", "table.incomplete") for c in f.cells}
    assert all(k in unread for k, v in values.items() if v is None and clean.get(k) is not None and "." in k)


def test_markdown_rows_run_together_then_folded_are_read_as_unfolded(shared: Path) -> None:
    """r024's Markdown tables, their lines joined by spaces and then folded (seed 767113): a fold cut the rules
    that tell where each row run on ends (`|---|---|` / `---|`), so the rows are put apart only once the folds
    are out; table 四's cells read as the unfolded text reads them, not each one column over."""
    text = decode((shared / "corpus" / "r024.md").read_bytes())
    spaced = _damaged(text, ("lines_spaced_together",), 767113)
    folded = _damaged(spaced, ("folded_lines",), 767113)
    assert "|\n" in folded or "\n|" in folded
    assert parse_text(folded).cells == parse_text(spaced).cells


def test_a_page_footer_run_on_after_a_flat_tables_last_cells_is_no_three_cells(shared: Path) -> None:
    """A seed report's 四 prints 12 of its 15 numbers, a cell a line; a page's footer on the line after them
    (`— 10 —`) and the lines joined by spaces make it `0 … 0 — 10 —`: as many tokens as cells, the footer read
    as a blank, 10 and a blank total. Nothing tells the footer from those cells: every cell null with
    value.ambiguous, none read 10."""
    text = decode((shared / "seeds" / "000_ea55384e27f3ee43.txt").read_bytes())
    lines = text.split("\n")
    five = text[: text.index("五、")].count("\n")  # the line of 五's heading
    last = max(i for i in range(five) if lines[i].strip(" \xa0") == "0")  # 四's last number
    damaged = _damaged("\n".join([*lines[: last + 1], "— 10 —", *lines[last + 1 :]]), ("lines_spaced_together",), 0)
    assert "0 — 10 — 五、" in damaged
    got = parse_text(damaged)
    s4 = [c for c in got.cells if c.startswith("s4.")]
    assert all(got.cells[c] is None for c in s4)
    assert any(f.rule == "value.ambiguous" and set(s4) <= set(f.cells) for f in got.findings)


def test_a_pdf_texts_table_with_its_line_breaks_lost_is_read(shared: Path) -> None:
    """r013 (a PDF's text, the cells of each row one space apart) with every line break lost: table 三's header
    lines run together put 法人或其他组织 before 自然人, which names no other order of the columns, and a row's
    total runs on to the 年 of 三、本年度办理结果 printed a character a line and the next row's number
    (`…0 0 31年3.危及…`): the table is read whole."""
    text = decode((shared / "corpus" / "r013.txt").read_bytes())
    clean = parse_text(text)
    got = parse_text(_damaged(text, ("lines_run_together",), 0))
    s3 = [c for c in clean.cells if c.startswith("s3.")]
    assert [got.cells[c] for c in s3] == [clean.cells[c] for c in s3]


@pytest.mark.parametrize("name", ["r022.txt", "r023.txt"])
def test_a_pdf_texts_stacked_header_run_together_names_no_order(shared: Path, name: str) -> None:
    """r022 and r023 with every line break lost: 三's header stacked over lines runs its pieces together in
    the order of its lines (`自然人 社会 法律 总计商业 科研公益 服务 其他企业 机构组织 机构`), which is no order of its
    columns — the table is read, nearly whole. Where a row printed more numbers than its cells before the next
    row's label (numbers printed before their labels), the next row's are not taken from after its label."""
    text = decode((shared / "corpus" / name).read_bytes())
    clean = parse_text(text)
    got = parse_text(_damaged(text, ("lines_run_together",), 0))
    s3 = [c for c in clean.cells if c.startswith("s3.")]
    assert all(got.cells[c] in (None, clean.cells[c]) for c in s3)
    assert sum(got.cells[c] == clean.cells[c] for c in s3) >= len(s3) - 21


def test_a_row_printing_two_rows_numbers_glued_leaves_the_next_unread(shared: Path) -> None:
    """r022 (a PDF's text, a row's numbers printed before its label where the label wraps) with rows wrapped
    and its line breaks lost: `8.属于行政查询事项 0 0 00 0 0 010 0 0 0 0 0 101.本机关不掌握相关政府信息（四）无法提供
    3 …` prints its own numbers and the next row's before its label, two of them glued into `00` and `010`, which
    are two cells each (no count is printed led by a 0): the numbers after the next row's label may be the
    row after's, and it is not read from them."""
    text = decode((shared / "corpus" / "r022.txt").read_bytes())
    clean = parse_text(text)
    got = parse_text(_damaged(text, ("wrapped_rows", "lines_run_together"), 132910))
    wrong = {k: (v, got.cells[k]) for k, v in clean.cells.items() if got.cells[k] not in (None, v)}
    assert not wrong


@pytest.mark.parametrize("name", ["r013.txt", "r022.txt", "r023.txt"])
def test_a_pdf_texts_wrapped_labels_run_together_give_numbers_to_the_label_after(shared: Path, name: str) -> None:
    """r013, r022 and r023 (PDF texts whose label cells wrap around their numbers, some printed before their
    labels) with rows wrapped and line breaks lost: `8.属于行政查询 0 0 0 0 0 0 0 事项 10 … 10 1.本机关不掌握…
    （四）无法提供 3 … 3 2.没有现成…`. A label cut by its numbers (`3.补正后申 0 … 请内容仍不明确`) is found where
    the text before names another row, and a row's numbers left with no row between the rows around them,
    the next label being the next group's row, say the numbers go to the labels after them from there on."""
    text = decode((shared / "corpus" / name).read_bytes())
    clean = parse_text(text).cells
    for seed in range(40):
        got = parse_text(_damaged(text, ("wrapped_rows", "lines_run_together"), seed)).cells
        wrong = {k: (v, got[k]) for k, v in clean.items() if got[k] not in (None, v)}
        assert not wrong, (seed, wrong)
        assert sum(got[c] == v for c, v in clean.items() if c.startswith("s3.")) >= 140, seed


@pytest.mark.parametrize("name", ["r002.txt", "r008.txt", "r009.txt", "r010.txt", "r012.txt"])
def test_a_folds_space_between_a_rows_number_and_its_point_leaves_the_number_the_rows(shared: Path, name: str) -> None:
    """Glued tables, 2019's and 2021's and a 统计表, each next row's number run onto the digits before it
    (`80000082.申请人逾期…`, `答复数条004.其他类型…`), with a fold's line break between that number and its point,
    the lines then joined by spaces: `80000082 .申请人逾期…`. The number is still the next row's, its label whole:
    every value and row as the report reads, and no finding it does not raise."""
    text = decode(next(shared.glob(f"*/{name}")).read_bytes())
    spaced, n = re.subn(r"(?<=\d)(\d)([.、])(?=[\u4e00-\u9fff])", r"\1 \2", text)
    assert n >= 6
    clean, got = parse_text(text), parse_text(spaced)
    assert got.cells == clean.cells
    assert [(r.label, r.values) for r in got.indicators] == [(r.label, r.values) for r in clean.indicators]
    assert {f.rule for f in got.findings} == {f.rule for f in clean.findings}


def test_a_fold_in_a_headers_words_makes_a_single_space_amid_a_rows_digits_perhaps_one_too(shared: Path) -> None:
    """r002 runs table 二's digits together; folded and its lines joined by spaces, a fold's space falls in a
    column's name over the first rows (`信息内 容`) and in 政府集中采购's digits (`395738028 95.90元`, printed
    `39573802895.90元`, whose split nothing settles). The space in the header's words says the row's may be a
    fold's too: the row is no reading of its cells as printed, and stays `null` as the clean report reads it."""
    text = decode((shared / "corpus-new" / "r002.txt").read_bytes())
    folded = text.replace("第二十条第（一）项信息内容", "第二十条第（一）项信息内 容").replace(
        "政府集中采购39573802895.90元", "政府集中采购395738028 95.90元"
    )
    clean, got = parse_text(text).cells, parse_text(folded).cells
    assert (got["s2.procurement.projects"], got["s2.procurement.amount"]) == (None, None)
    assert got == clean


@pytest.mark.parametrize(
    "joined",
    [
        "31 0 0 0 0 0 31- 3 - 1 0 0 0 0 0 1 2.没有现成信息需要另行制作\n",  # the page's footer run in as well
        "31 0 0 0 0 0 31 1 0 0 0 0 0 1\n2.没有现成信息需要另行制作\n",
        "31 0 0 0 0 0 31 1 0 0 0 0 0 12.没有现成信息需要另行制作\n",
    ],
)
def test_a_rows_numbers_run_onto_the_row_before_are_no_row_that_does_not_add_up(shared: Path, joined: str) -> None:
    """r023 prints a row's numbers before its label, over a page's footer (`…不掌握相关政府信息 31 … 31` / `- 3 -` /
    `1 0 0 0 0 0 1` / `2.没有现成信息需要另行制作`); with those line breaks lost, 不掌握's row prints fourteen numbers
    for its seven cells. Far more than stray spaces make: they are not its digits run together, which no split
    adds up, but another row's run on. Null, and no `identity.row_total` the report does not break."""
    text = decode((shared / "corpus" / "r023.txt").read_bytes())
    printed = "31 0 0 0 0 0 31\n- 3 -\n1 0 0 0 0 0 1\n2.没有现成信息需要另行制作\n"
    got = parse_text(text.replace(printed, joined))
    assert not [f for f in got.findings if f.rule.startswith("identity.")]
    assert got.cells["s3.unavailable.not_held.total"] is None
    assert any(f.rule == "value.ambiguous" and "s3.unavailable.not_held.total" in f.cells for f in got.findings)


@pytest.mark.parametrize("seed", [315337, 319496, 319636])
def test_a_parent_row_printed_whole_is_no_row_left_without_its_label(shared: Path, seed: int) -> None:
    """r022 (2021's 三 whose （六）其他处理 prints one row for its three) with rows wrapped: `（六）其他处理 0 0` /
    `0 0 0 0 0` stands in for its sub-rows between 5.要求行政机关确认… and （七）总计; it is not a row's numbers
    printed before the next label, and 总计 keeps its own."""
    text = decode((shared / "corpus" / "r022.txt").read_bytes())
    clean = parse_text(text).cells
    got = parse_text(_damaged(text, ("wrapped_rows",), seed)).cells
    assert {k: (v, got[k]) for k, v in clean.items() if got[k] not in (None, v)} == {}
    assert got["s3.total.total"] == clean["s3.total.total"]


@pytest.mark.parametrize(
    ("damage", "seed"),
    [(("double_spaced", "char_references"), 345491), (("double_spaced", "char_references", "windows_breaks"), 359759)],
)
def test_a_page_double_spaced_with_its_spaces_as_references_raises_no_narrative_finding(
    shared: Path, damage: tuple[str, ...], seed: int
) -> None:
    """r013 saved with a line of `&nbsp;` (or `&ensp;`) after each (a page's `<p>&nbsp;</p>`), its spaces as
    references too, its line breaks perhaps CR LF: `…其他结果&nbsp;178&nbsp;件，尚` / `&nbsp;` /
    `未审结&nbsp;37&nbsp;件` is one sentence, its parts adding up to the 351 stated — no
    `narrative.sum_mismatch` the undamaged report does not raise."""
    text = decode((shared / "corpus" / "r013.txt").read_bytes())
    clean = {f.rule for f in parse_text(text).findings}
    got = parse_text(_damaged(text, damage, seed))
    assert {f.rule for f in got.findings if f.rule.startswith("narrative.")} <= clean


@pytest.mark.parametrize("seed", [0, 9, 11])  # a list's numbers escaped, numbers in bold (some, all)
def test_markdown_marks_round_what_was_read_change_nothing(shared: Path, seed: int) -> None:
    """A converter's or a language model's Markdown marks (numbers and headings in bold, `1\\.` escaped), or
    every line quoted with `>`: every real report reads as it does without them, its values and its findings."""
    marked = 0
    for name, text in _texts(shared):
        damaged = _damaged(text, ("markdown_marks",), seed)
        marked += damaged != text
        clean = parse_text(text)
        for got in (parse_text(damaged), parse_text(re.sub(r"(?m)^", "> ", text))):
            assert _values(got) == _values(clean), name
            assert [(f.rule, f.cells) for f in got.findings] == [(f.rule, f.cells) for f in clean.findings], name
    assert marked >= 5
