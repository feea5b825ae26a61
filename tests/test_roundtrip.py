"""Round trips: random records of every format, written in every layout real reports come in, parsed
back. A valid record must come back whole; glued digits may come back null but only with a finding;
nothing may ever come back as a different number."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zfxxgk import parse_bytes, parse_text
from zfxxgk.extract.values import holds
from zfxxgk.load.text import decode
from zfxxgk.record import Record, SectionText, Severity
from zfxxgk.render.traditional import HALF_WIDTH_PARENS
from zfxxgk.synth import LEVELS, synth_record, write_layout
from zfxxgk.templates import TEMPLATES, template_for_year

EXACT = ("cells", "pipes_rows", "pipes_cells", "tabs", "spaces", "traditional", "html", "docx")
DELIMITED = ("cells", "pipes_rows", "pipes_cells", "tabs", "traditional", "html", "docx")  # a blank cell shows
PUBLISHED = ("cells", "glued")  # the layouts that print a publication date (a web page's header)
S3_2021 = TEMPLATES["2021"].table_by_id["s3"]
ALL_YEARS, NOT_BROKEN = st.integers(2008, 2025), st.just(False)
SETTINGS = settings(
    max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], database=None
)


@st.composite
def reports(draw, years=ALL_YEARS, blanks: int = 0, broken=NOT_BROKEN) -> tuple[Record, int]:
    """A synthetic record and a layout seed."""
    year = draw(years)
    template = template_for_year(year)
    assert template is not None
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(1, blanks)) if blanks else 0
    rec = synth_record(
        random.Random(seed), template.id, year, draw(st.sampled_from(LEVELS)), blanks=n, break_identity=draw(broken)
    )
    return rec, seed


def parse_layout(rec: Record, layout: str, seed: int) -> Record:
    out = write_layout(rec, layout, seed)
    if isinstance(out, bytes):
        return parse_bytes(out, "report.docx")
    return parse_bytes(out.encode(), "report.html") if layout == "html" else parse_text(out)


def assert_meta(rec: Record, got: Record, layout: str) -> None:
    for key in ("agency", "year", "template", "level"):
        assert getattr(got.meta, key) == getattr(rec.meta, key), key
    assert got.meta.signed == rec.meta.signed
    if layout in PUBLISHED:
        assert got.meta.published == rec.meta.published


def indicators(rec: Record) -> list[tuple]:
    return [(i.label, i.unit, i.values) for i in rec.indicators]


def covered(cid: str, got: Record, rules: tuple[str, ...]) -> bool:
    """Whether a finding of one of `rules` names the cell, its row or its table."""
    return any(f.rule in rules and any(cid == c or cid.startswith(c + ".") for c in f.cells) for f in got.findings)


@pytest.mark.parametrize("layout", EXACT)
@SETTINGS
@given(report=reports(broken=st.booleans()))
def test_every_layout_round_trips_exactly(layout: str, report: tuple[Record, int]) -> None:
    rec, seed = report
    got = parse_layout(rec, layout, seed)
    assert got.error is None
    assert_meta(rec, got, layout)
    assert got.cells == rec.cells
    assert {c: got.units.get(c) for c in rec.units} == rec.units
    assert indicators(got) == indicators(rec)


@pytest.mark.parametrize("layout", (*EXACT, "glued"))
@pytest.mark.parametrize("year", (2016, 2020, 2023))
def test_a_merged_body_round_trips_in_every_layout(layout: str, year: int) -> None:
    """A department merged with others prints their names in brackets after its own, in the title, the
    prose and the signature: the agency comes back whole, its brackets as the layout prints them (a
    glossing site's traditional page makes them half-width), and its level is a department's."""
    rec = synth_record(random.Random(year), template_for_year(year).id, year, "部门")
    own = rec.meta.agency or ""
    merged = own + "（卫生健康局、文体旅游局）"
    rec.meta.agency = merged
    rec.sections = {n: SectionText(s.title, s.text.replace(own, merged)) for n, s in rec.sections.items()}
    got = parse_layout(rec, layout, year)
    printed = merged.translate(HALF_WIDTH_PARENS) if layout == "traditional" else merged
    assert (got.meta.agency, got.meta.level, got.meta.year) == (printed, "部门", year)


@pytest.mark.parametrize("layout", (*EXACT, "glued"))
@pytest.mark.parametrize("kind", ("市公证处", "县国有林场", "市委党校", "市广播电视台", "海关"))
def test_a_department_not_named_as_an_office_round_trips_in_every_layout(layout: str, kind: str) -> None:
    """A 公证处, a 林场, a 党校, a 电视台, a 海关 in its title, its prose and its signature: the agency comes back
    as printed, a department."""
    rec = synth_record(random.Random(len(kind)), template_for_year(2023).id, 2023, "部门")
    own = rec.meta.agency or ""
    place = own[: own.index("市")]
    unit = ("中共" if kind == "市委党校" else "") + place + kind
    rec.meta.agency = unit
    rec.sections = {n: SectionText(s.title, s.text.replace(own, unit)) for n, s in rec.sections.items()}
    got = parse_layout(rec, layout, 2023)
    assert (got.meta.agency, got.meta.level, got.meta.year) == (unit, "部门", 2023)


def assert_glued(rec: Record, got: Record) -> None:
    """Each cell is its value, or null with a value.ambiguous (or table.incomplete) finding naming it."""
    for cid, value in rec.cells.items():
        back = got.cells.get(cid)
        assert back == value or (back is None and covered(cid, got, ("value.ambiguous", "table.incomplete"))), cid
    for want, have in zip(indicators(rec), indicators(got), strict=True):
        assert want[:2] == have[:2] and all(have[2][k] in (None, v) for k, v in want[2].items())


@SETTINGS
@given(report=reports(years=st.sampled_from((2021, 2022, 2024))))
def test_glued_digits_are_split_or_left_null_never_guessed(report: tuple[Record, int]) -> None:
    rec, seed = report
    got = parse_layout(rec, "glued", seed)
    assert_meta(rec, got, "glued")
    assert_glued(rec, got)


@SETTINGS
@given(report=reports(years=st.sampled_from((2012, 2016, 2019, 2020))))
def test_glued_2019_and_pre2019_formats(report: tuple[Record, int]) -> None:
    rec, seed = report
    assert_glued(rec, parse_layout(rec, "glued", seed))


@SETTINGS
@given(report=reports(years=st.sampled_from((2019, 2020, 2021, 2024)), broken=st.just(True)))
def test_glued_digits_of_a_report_whose_numbers_do_not_add_up(report: tuple[Record, int]) -> None:
    """A report's own broken identity must not make its glued rows unreadable or wrongly split."""
    rec, seed = report
    assert_glued(rec, parse_layout(rec, "glued", seed))


@SETTINGS
@given(report=reports(years=st.sampled_from((2019, 2020, 2021, 2024)), broken=st.just(True)))
def test_a_glued_row_that_adds_up_no_way_is_an_identity_finding(report: tuple[Record, int]) -> None:
    """A glued row whose broken total leaves no split of its digits adding up is null and an identity
    finding about the equations it breaks whatever the split; never one about an equation that holds."""
    rec, seed = report
    got = parse_layout(rec, "glued", seed)
    template = TEMPLATES[rec.meta.template or ""]
    broken = {eq.cells for eq in template.equations if holds(eq, rec.cells) is False}
    found = [f for f in got.findings if f.rule.startswith("identity.")]
    assert {f.cells for f in found} <= broken
    unsplit = [f for f in found if "无论怎样拆分" in f.message]
    assert all(any(got.cells[c] is None for c in f.cells) for f in unsplit)  # the row's, left unread


def test_a_glued_row_changed_by_one_adds_up_no_way(shared: Path) -> None:
    """`（一）予以公开280020130` (27 printed 28): no split into seven cells keeps the row's total, nor any
    reading with an empty cell keeps the other rows' column sums: the row is null and an identity.row_total
    error. `结转下年度…2000001` breaks the balance of its column too, and `（七）总计640020469` the sum of
    its column's outcomes."""
    text = decode((shared / "corpus" / "r010.txt").read_bytes())
    assert parse_text(text).findings == [f for f in parse_text(text).findings if not f.rule.startswith("identity.")]
    got = parse_text(text.replace("（一）予以公开270020130", "（一）予以公开280020130"))
    (row,) = [f for f in got.findings if f.rule.startswith("identity.")]
    assert row.rule == "identity.row_total"
    assert set(row.cells) == {S3_2021.cell_id("granted", c.id) for c in S3_2021.columns}
    assert "印作“280020130”，无论怎样拆分到各单元格，“（一）予以公开”一行都不平" in row.message
    assert all(got.cells[c] is None for c in row.cells)
    got = parse_text(text.replace("继续办理1000001", "继续办理2000001"))
    rules = {f.rule: f.cells for f in got.findings if f.rule.startswith("identity.")}
    assert rules.keys() == {"identity.row_total", "identity.balance"}
    assert "s3.carried_forward.natural_person" in rules["identity.balance"]
    # （七）总计 63 printed 64: the outcome rows it sums are left open between the values their splits may
    # give them, and with those no split of the total row lets 自然人's outcomes add up to its first cell
    got = parse_text(text.replace("（七）总计630020469", "（七）总计640020469"))
    rules = {f.rule: f.cells for f in got.findings if f.rule.startswith("identity.")}
    assert rules.keys() == {"identity.row_total", "identity.balance", "identity.outcome_total"}
    assert "s3.total.natural_person" in rules["identity.outcome_total"]


def test_a_glued_row_that_adds_up_only_a_cell_short_is_an_identity_finding_naming_the_empty_cell() -> None:
    """Digits one cell short of their row (an empty cell printing nothing) that no split into all its cells
    adds up are null, and an identity finding that says the row adds up only were one cell empty: the report
    is at fault either way, its numbers or an empty cell of a statutory table. So are 四's fifteen digits
    `100000000000000`: 1 upheld and a total of 0, or 10 upheld and the total left empty."""
    rec = synth_record(random.Random(20), "2021", 2024, "区县")
    rec.cells["s3.received.commercial"] = None
    got = parse_layout(rec, "glued", 0)
    found = [f for f in got.findings if f.rule.startswith("identity.")]
    assert {f.rule for f in found} == {"identity.row_total", "identity.balance"}
    assert all("除非其中有一个单元格空着、什么也没有印出" in f.message for f in found)
    assert all(got.cells[c] is None for f in found for c in f.cells if c.startswith("s3.received."))
    text = str(write_layout(rec, "glued", 0))
    s4 = "".join(str(rec.cells[c]) for c in TEMPLATES["2021"].table_by_id["s4"].cell_ids)
    review = "100" + "0" * (len(s4) - 3)
    got = parse_text(text.replace(s4, review))
    (found,) = [f for f in got.findings if f.rule.startswith("identity.") and f.cells[0].startswith("s4.")]
    assert found.rule == "identity.s4_total" and "s4.review.total" in found.cells
    assert "除非其中有一个单元格空着" in found.message
    assert all(got.cells[c] is None for c in found.cells)
    # 行政复议 and 直接起诉 each 10, 1, an empty 其他结果, 0 and 11: no split of the seventeen digits into
    # fifteen cells, nor with one empty, adds up; with two empty it does, and the findings say so
    two = "101011" * 2 + "0" * 5
    got = parse_text(text.replace(s4, two))
    found = [f for f in got.findings if f.rule == "identity.s4_total"]
    assert found and all("除非其中有两个单元格空着" in f.message for f in found)


def test_a_row_of_numbers_each_ending_in_its_unit_a_cell_short_is_incomplete_not_unbalanced() -> None:
    """四 printed `3件0件14件15件32件18件…`, each number ending in its unit, two cells printing nothing: the
    numbers are cells apart, not digits run together to split, so the row is a table left incomplete —
    never an identity error about sums that hold with the empty cells, nor a number cut in two."""
    rec = synth_record(random.Random(20), "2021", 2024, "区县")
    ids = TEMPLATES["2021"].table_by_id["s4"].cell_ids
    rec.cells.update(zip(ids, (3, 0, 14, 15, 32, 35, 18, 15, 3, 71, 3, 24, 3, 2, 32), strict=True))
    text = str(write_layout(rec, "glued", 0))
    s4 = "".join(str(rec.cells[c]) for c in ids)
    empty = {"s4.litigation_direct.upheld", "s4.litigation_after_review.upheld"}
    got = parse_text(text.replace(s4, "".join(f"{rec.cells[c]}件" for c in ids if c not in empty)))
    assert not [f for f in got.findings if f.rule.startswith("identity.")]
    assert all(got.cells[c] in (None, rec.cells[c]) for c in ids)
    assert "table.incomplete" in {f.rule for f in got.findings if set(f.cells) & set(ids)}


def test_glued_rows_settle_by_their_own_totals_when_the_total_row_is_wrong() -> None:
    """Each row's total settles its own split; a （七）总计 row that disagrees with the outcome rows is
    kept as printed and flagged, and does not leave the table unread."""
    rec = synth_record(random.Random(3), "2019", 2020, "区县")
    rec.cells["s3.total.natural_person"] = (rec.cells["s3.total.natural_person"] or 0) + 6
    rec.cells["s3.total.total"] = (rec.cells["s3.total.total"] or 0) + 6
    got = parse_layout(rec, "glued", 3)
    s3 = {c: v for c, v in rec.cells.items() if c.startswith("s3.")}
    assert {c: got.cells[c] for c in s3} == s3
    broken = [f for f in got.findings if f.rule == "identity.outcome_total"]
    assert {c for f in broken for c in f.cells} >= {"s3.total.natural_person", "s3.total.total"}


@pytest.mark.parametrize("layout", DELIMITED)
@SETTINGS
@given(report=reports(blanks=3))
def test_blank_cells_stay_blank_and_in_their_column(layout: str, report: tuple[Record, int]) -> None:
    """Where a layout shows a blank cell, it comes back null, with a finding naming it, and every
    other cell comes back as printed: no neighbour shifts into its place or is split to fill it."""
    rec, seed = report
    got = parse_layout(rec, layout, seed)
    assert got.cells == rec.cells
    assert all(covered(c, got, ("table.incomplete",)) for c, v in rec.cells.items() if v is None)


# Minimal examples of what the round trips once found in the parser.


def record_with(template: str, year: int, level: str = "市", **cells) -> Record:
    rec = synth_record(random.Random(5), template, year, level)
    rec.cells.update({k.replace("__", "."): v for k, v in cells.items()})
    return rec


def test_glued_negative_change() -> None:
    """行政强制919-31292: 919 is certain; -3 and 1292 could also be -31 and 292, so they stay open."""
    rec = record_with("2019", 2020, s2__coercion__previous=919, s2__coercion__change=-3, s2__coercion__decisions=1292)
    got = parse_layout(rec, "glued", 0)
    assert got.cells["s2.coercion.previous"] == 919
    assert_glued(rec, got)


def test_glued_positive_change() -> None:
    rec = record_with("2019", 2020, s2__licensing__previous=0, s2__licensing__change=2, s2__licensing__decisions=0)
    got = parse_layout(rec, "glued", 0)
    assert [got.cells[f"s2.licensing.{c}"] for c in ("previous", "change", "decisions")] == [0, 2, 0]


def test_glued_row_with_two_splits_is_not_guessed() -> None:
    rec = synth_record(random.Random(1598578008), "2021", 2023, "省")
    assert_glued(rec, parse_layout(rec, "glued", 1598578008))


NORMATIVE = tuple(f"s2.normative_documents.{c}" for c in ("issued", "repealed", "in_force"))


def normative_glued(said: str) -> str:
    """A 2021 report whose 行政规范性文件 row prints 5, 2 and 27 run together (`5227`, which 5, 22, 7 and
    52, 2, 7 fit as well, with no identity to choose), `said` added to its prose of 二."""
    rec = record_with("2021", 2022, **{c.replace(".", "__"): v for c, v in zip(NORMATIVE, (5, 2, 27), strict=True)})
    rec.sections["2"] = SectionText(rec.sections["2"].title, rec.sections["2"].text + said)
    text = str(write_layout(rec, "glued", 0))
    assert "行政规范性文件5227" in text
    return text


def test_the_prose_settles_a_glued_row_the_identities_leave_open() -> None:
    """现行有效行政规范性文件27件: of the three splits of `5227`, only 5, 2, 27 gives it; read, each cell where
    that split prints it, with a note that the prose decided."""
    got = parse_text(normative_glued("现行有效行政规范性文件27件。"))
    assert [got.cells[c] for c in NORMATIVE] == [5, 2, 27]
    assert not covered(NORMATIVE[0], got, ("value.ambiguous",))
    notes = [f for f in got.findings if f.rule == "value.from_prose"]
    assert [(f.severity, f.cells) for f in notes] == [(Severity.INFO, NORMATIVE)] and "27" in notes[0].message
    assert set(NORMATIVE) <= got.provenance.keys()


@pytest.mark.parametrize(
    "said",
    [
        "",
        "现行有效行政规范性文件8件。",  # no split gives it: the prose and the table disagree
        "区教育局现行有效行政规范性文件27件。",  # another body's count
        "截至2021年底，现行有效行政规范性文件27件。",  # last year's
    ],
)
def test_prose_that_leaves_no_one_split_settles_nothing(said: str) -> None:
    got = parse_text(normative_glued(said))
    assert [got.cells[c] for c in NORMATIVE] == [None, None, None]
    assert covered(NORMATIVE[0], got, ("value.ambiguous",))
    assert not [f for f in got.findings if f.rule == "value.from_prose"]


def test_prose_settles_the_cells_every_split_it_fits_gives_alike() -> None:
    """现行有效行政规范性文件7件: 5, 22, 7 and 52, 2, 7 both give it, so 7 is read and the other two stay open."""
    got = parse_text(normative_glued("现行有效行政规范性文件7件。"))
    assert [got.cells[c] for c in NORMATIVE] == [None, None, 7]
    notes = [f for f in got.findings if f.rule == "value.from_prose"]
    assert [f.cells for f in notes] == [NORMATIVE[2:]] and "同一数值" in notes[0].message
    assert covered(NORMATIVE[0], got, ("value.ambiguous",)) and covered(NORMATIVE[1], got, ("value.ambiguous",))
    assert not covered(NORMATIVE[2], got, ("value.ambiguous",))


def test_glued_rows_too_many_to_try_one_by_one_are_settled() -> None:
    """Every row of 三 glued, in more combinations of splits than can be tried one by one: each column's
    total, weighed row by row, settles every cell (where it cannot, the splits that give the figures the
    prose states are combined, and the finding says so)."""
    rec = synth_record(random.Random(155 * 7 + 1), "2019", 2020, "省")
    got = parse_layout(rec, "glued", 155)
    s3 = {c: v for c, v in rec.cells.items() if c.startswith("s3.")}
    assert {c: got.cells[c] for c in s3} == s3
    assert not [f for f in got.findings if f.rule == "value.ambiguous" and any(c.startswith("s3.") for c in f.cells)]
    notes = [f for f in got.findings if f.rule == "value.from_prose"]
    assert all("组合太多" in f.message for f in notes)


def test_glued_decimals_in_the_statistics_table() -> None:
    rec = synth_record(random.Random(5), "pre2019", 2012, "乡镇")
    for ind in rec.indicators:
        ind.values = {k: (0.01 if "年度" in k else 0.02) if ind.unit == "万元" else v for k, v in ind.values.items()}
    assert_glued(rec, parse_layout(rec, "glued", 0))


def test_text_after_the_statistics_table() -> None:
    rec = synth_record(random.Random(5), "pre2019", 2012, "乡镇")
    text = str(write_layout(rec, "spaces")).rstrip() + "\n安塘乡人民政府办公室\n2013 年 2 月 13 日\n"
    assert indicators(parse_text(text)) == indicators(rec)


@pytest.mark.parametrize("layout", ["html", "docx", "cells", "tabs", "pipes_cells"])
def test_a_blank_cell_does_not_split_its_neighbour(layout: str) -> None:
    rec = record_with(
        "2021",
        2022,
        s2__normative_documents__issued=None,
        s2__normative_documents__repealed=14,
        s2__normative_documents__in_force=0,
    )
    got = parse_layout(rec, layout, 0)
    assert got.cells["s2.normative_documents.repealed"] in (14, None)


@pytest.mark.parametrize("layout", ["cells", "tabs", "pipes_cells", "pipes_rows", "traditional", "html", "docx"])
@pytest.mark.parametrize("template", ["2019", "2021"])
def test_the_last_row_of_table_three_left_blank(layout: str, template: str) -> None:
    """结转下年度继续办理 printed with no number: its cells null and flagged, the rows above in place."""
    rec = synth_record(random.Random(7), template, 2022, "区县")
    rec.cells.update({c: None for c in rec.cells if c.startswith("s3.carried_forward.")})
    got = parse_layout(rec, layout, 7)
    assert got.cells == rec.cells
    assert covered("s3.carried_forward.total", got, ("table.incomplete",))


@pytest.mark.parametrize("layout", ["pipes_rows", "traditional"])
def test_a_blank_cell_does_not_shift_its_row(layout: str) -> None:
    rec = record_with("2021", 2022, s3__granted__natural_person=None)
    got = parse_layout(rec, layout, 0)
    assert all(got.cells[f"s3.granted.{c.id}"] in (rec.cells[f"s3.granted.{c.id}"], None) for c in S3_2021.columns[1:])


@pytest.mark.parametrize("layout", ["cells", "tabs", "pipes_cells"])
def test_a_blank_cell_does_not_shift_the_next_rows(layout: str) -> None:
    rec = record_with("2021", 2022, s2__coercion__decisions=None)
    got = parse_layout(rec, layout, 0)
    assert got.cells.get("s2.licensing.decisions") == rec.cells["s2.licensing.decisions"]


@pytest.mark.parametrize("layout", DELIMITED)
@pytest.mark.parametrize("blank", ["s4.review", "s4.litigation_after_review"])
@pytest.mark.parametrize(("form", "year", "seed"), [("2021", 2022, 7), ("2021", 2022, 8), ("2019", 2020, 8)])
def test_blank_cells_at_either_end_of_section4_do_not_shift_it(
    layout: str, blank: str, form: str, year: int, seed: int
) -> None:
    """Table 四 is one row: its first or last five cells left blank, the others stay in place or are
    null with table.incomplete, never shifted — and stay in place where a Word table's cells are copied
    one to an indented line, a blank one an indented empty line."""
    rec = synth_record(random.Random(seed), form, year, "区县")
    for c in [c for c in rec.cells if c.startswith(blank)]:
        rec.cells[c] = None
    got = parse_layout(rec, layout, seed)
    for c in (c for c in rec.cells if c.startswith("s4.")):
        assert got.cells[c] == rec.cells[c] or (layout != "tabs" and covered(c, got, ("table.incomplete",))), c


@pytest.mark.parametrize("seed", range(6))
def test_glued_section4_is_split_or_named_ambiguous(seed: int) -> None:
    """Fifteen glued numbers: each comes back as printed, or null with value.ambiguous naming it."""
    rec = synth_record(random.Random(seed), "2021", 2021, "市")
    got = parse_layout(rec, "glued", seed)
    for c in (c for c in rec.cells if c.startswith("s4.")):
        assert got.cells[c] == rec.cells[c] or (got.cells[c] is None and covered(c, got, ("value.ambiguous",))), c


def test_glued_signature_date() -> None:
    rec = synth_record(random.Random(0), "2021", 2021, "市")
    assert parse_layout(rec, "glued", 0).meta.signed == rec.meta.signed
