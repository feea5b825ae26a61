"""Sections 三 and 四 from registers of individual cases: identities and carry-overs hold by
construction, the counts match an independent count, and a bad register names every bad row."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from datetime import date, timedelta

import openpyxl
import pytest

from zfxxgk.checks.identities import broken_equations
from zfxxgk.register import (
    RegisterError,
    blank_register,
    read_applications,
    register_record,
    section3_cells,
    section4_cells,
)
from zfxxgk.templates import TEMPLATES

YEARS = (2021, 2022, 2023)
T2021 = TEMPLATES["2021"]
S3 = T2021.table_by_id["s3"]
APPLICANTS = [c for c in S3.columns if c.id != "total"]
OUTCOMES = {
    t: [
        r
        for r in TEMPLATES[t].table_by_id["s3"].rows
        if r.id not in ("received", "carried_in", "total", "carried_forward")
    ]
    for t in ("2019", "2021")
}
HEADER = ["编号", "收到日期", "申请人类型", "办结日期", "办理结果", "具体情形"]


def outcome_names(row, rng: random.Random) -> tuple[str, str]:
    """The outcome written one of the ways people write it: id, label, group + reason in two columns."""
    how = rng.randrange(4)
    if how == 0:
        return row.id, ""
    if how == 1 or row.parent is None or row.parent == OUTCOMES["2021"][0].parent:
        return row.label, ""
    if how == 2:
        return row.parent, row.label
    return f"{row.parent}{row.label}".replace(".", "．"), ""


def make_register(n: int, seed: int) -> tuple[bytes, list[tuple[date, str, date | None, str | None]]]:
    """A CSV register of `n` applications received 2020-07 … 2023-12, and the truth behind it; those
    closed in 2020 have outcomes of the 2019 format."""
    rng = random.Random(seed)
    rows, truth = [HEADER], []
    start = date(2020, 7, 1)
    for i in range(n):
        received = start + timedelta(days=rng.randrange((date(2023, 12, 31) - start).days + 1))
        applicant = rng.choices(APPLICANTS, [80, 8, 1, 1, 6, 4])[0]
        closed = received + timedelta(days=rng.randrange(0, 90)) if rng.random() < 0.93 else None
        outcome = rng.choice(OUTCOMES["2019" if closed.year < 2021 else "2021"]) if closed else None
        names = outcome_names(outcome, rng) if outcome else ("", "")
        when = closed.strftime(rng.choice(("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"))) if closed else ""
        who = rng.choice((applicant.id, applicant.label))
        rows.append([f"A{i:05d}", received.isoformat(), who, when, *names])
        truth.append((received, applicant.id, closed, outcome.id if outcome else None))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8-sig"), truth


def expected(truth: list, year: int) -> dict[str, int]:
    """Section 三 counted another way: what is open at a moment is all received minus all closed."""
    begin, end = date(year, 1, 1), date(year, 12, 31)
    counts: Counter[str] = Counter()
    for received, applicant, closed, outcome in truth:
        for col in (applicant, "total"):
            counts[f"s3.received.{col}"] += received.year == year
            counts[f"s3.carried_in.{col}"] += (received < begin) - (closed is not None and closed < begin)
            counts[f"s3.carried_forward.{col}"] += (received <= end) - (closed is not None and closed <= end)
            if closed and closed.year == year:
                counts[f"s3.{outcome}.{col}"] += 1
                counts[f"s3.total.{col}"] += 1
    return {cid: counts[cid] for cid in S3.cell_ids}


@pytest.fixture(scope="module")
def register() -> tuple[bytes, list]:
    return make_register(10_000, seed=7)


def test_ten_thousand_applications_over_three_years(register: tuple[bytes, list]) -> None:
    data, truth = register
    applications = read_applications(data)
    assert len(applications) == 10_000
    by_year = {y: section3_cells(applications, y) for y in YEARS}
    for year, cells in by_year.items():
        assert cells == expected(truth, year)
        assert broken_equations(T2021, cells) == []
        assert cells["s3.received.total"] > 2000
    for year in YEARS[:-1]:
        for col in S3.columns:
            assert by_year[year][f"s3.carried_forward.{col.id}"] == by_year[year + 1][f"s3.carried_in.{col.id}"]


def test_register_record_sets_meta_and_only_the_register_tables(register: tuple[bytes, list]) -> None:
    rec = register_record(register[0], year=2022, agency="测试局")
    assert (rec.meta.year, rec.meta.template, rec.meta.agency) == (2022, "2021", "测试局")
    assert set(rec.cells) == set(S3.cell_ids)


def test_xlsx_register_counts_like_csv() -> None:
    from openpyxl import Workbook

    data, truth = make_register(2_000, seed=11)
    book = Workbook()
    for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
        book.active.append([date.fromisoformat(v) if i == 1 and v[:1].isdigit() else v for i, v in enumerate(row)])
    out = io.BytesIO()
    book.save(out)
    assert register_record(out.getvalue(), year=2023).cells == expected(truth, 2023)


def test_2019_format_years_use_their_own_outcomes() -> None:
    rows = [
        HEADER,
        ["1", "2020-12-01", "自然人", "2021-01-10", "（六）其他处理", ""],  # closed in 2021: 其他处理 has 3 rows
        ["2", "2020-03-01", "自然人", "2020-04-10", "（六）其他处理", ""],
    ]
    text = "\n".join(",".join(r) for r in rows).encode()
    with pytest.raises(RegisterError) as err:
        register_record(text, year=2020)
    assert [p.row for p in err.value.problems] == [2]
    text = text.replace(b"2021-01-10", b"2020-12-31")
    cells = register_record(text, year=2020).cells
    assert cells["s3.other.natural_person"] == 2 and cells["s3.carried_forward.total"] == 0
    assert broken_equations(TEMPLATES["2019"], cells) == []


def test_a_bad_register_reports_every_row_and_computes_nothing() -> None:
    rows = [
        HEADER,
        ["1", "2021-01-05", "自然人", "2021-01-09", "予以公开", ""],  # row 2: fine
        ["1", "2021-01-05", "自然人", "", "", ""],  # row 3: duplicate id
        ["3", "2021-02-30", "自然人", "", "", ""],  # row 4: no such date
        ["4", "2021-03-05", "外国人", "", "", ""],  # row 5: unknown applicant
        ["5", "2021-03-05", "商业企业", "2021-03-01", "予以公开", ""],  # row 6: closed before received
        ["6", "2021-03-05", "商业企业", "2021-03-09", "同意公开", ""],  # row 7: unknown outcome
        ["7", "昨天", "科研机构", "", "", ""],  # row 8: unreadable date
        ["8", "2021-03-05", "科研机构", "2021-03-09", "", ""],  # row 9: closed without outcome
    ]
    data = "\n".join(",".join(r) for r in rows).encode()
    with pytest.raises(RegisterError) as err:
        register_record(data, year=2021)
    assert [(p.row, p.column) for p in err.value.problems] == [
        (3, "编号"),
        (4, "收到日期"),
        (5, "申请人类型"),
        (6, "办结日期"),
        (7, "办理结果"),
        (8, "收到日期"),
        (9, "办理结果"),
    ]
    assert "第3行" in str(err.value) and "第2行重复" in str(err.value)


def test_missing_column_and_empty_register() -> None:
    with pytest.raises(RegisterError) as err:
        register_record("编号,收到日期,申请人类型\n1,2021-01-01,自然人\n".encode(), year=2021)
    assert {p.column for p in err.value.problems} == {"办结日期", "办理结果"}
    assert {p.row for p in err.value.problems} == {1}
    with pytest.raises(RegisterError):
        register_record(b"", year=2021)
    with pytest.raises(ValueError):
        register_record(blank_register("applications", "csv"), year=2015)


def test_cases_give_section4_with_pending_carried_across_years() -> None:
    rows = [
        ["编号", "类型", "立案日期", "审结日期", "结果"],
        ["F1", "行政复议", "2021-11-20", "2022-02-01", "结果维持"],
        ["F2", "行政诉讼-未经复议直接起诉", "2022-03-01", "", "尚未审结"],
        ["F3", "复议后起诉", "2021-01-05", "2021-05-01", "corrected"],
        ["F4", "review", "2022-05-05", "2022-06-01", "其他结果"],
    ]
    data = "\n".join(",".join(r) for r in rows).encode()
    r2021 = register_record(data, year=2021).cells
    r2022 = register_record(data, year=2022).cells
    assert (r2021["s4.review.pending"], r2021["s4.litigation_after_review.corrected"]) == (1, 1)
    assert (r2022["s4.review.upheld"], r2022["s4.review.other"], r2022["s4.review.total"]) == (1, 1, 2)
    assert r2022["s4.litigation_direct.pending"] == 1 and r2022["s4.litigation_after_review.total"] == 0
    for cells in (r2021, r2022):
        assert broken_equations(T2021, cells) == []
    bad = data + "\nF1,行政复议,2022-01-01,2021-12-01,尚未审结\n".encode()
    with pytest.raises(RegisterError) as err:
        register_record(bad, year=2022)
    assert {(p.row, p.column) for p in err.value.problems} == {(6, "编号"), (6, "审结日期"), (6, "结果")}


def test_both_registers_make_one_record(register: tuple[bytes, list]) -> None:
    cases = "编号,类型,立案日期,审结日期,结果\nF1,行政复议,2022-01-02,2022-03-01,结果纠正\n".encode()
    rec = register_record(register[0], cases, year=2022)
    assert rec.cells["s4.review.corrected"] == 1 and "s3.received.total" in rec.cells
    assert section4_cells([], 2022)["s4.review.total"] == 0


@pytest.mark.parametrize("kind", ["applications", "cases"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_blank_register_reads_back(kind: str, fmt: str) -> None:
    data = blank_register(kind, fmt, year=2022)
    assert data.startswith(b"PK") == (fmt == "xlsx")
    empty = register_record(data, year=2022).cells  # the example rows are comments: nothing counted
    assert all(v in (0, None) for c, v in empty.items() if c.startswith(("s3.", "s4.")))
    cells = register_record(_uncomment(data, fmt), year=2022).cells
    if kind == "applications":
        assert cells["s3.received.total"] == 2 and cells["s3.granted.total"] == 1
        assert cells["s3.carried_forward.total"] == 1
    else:
        assert cells["s4.review.upheld"] == 1


def _uncomment(data: bytes, fmt: str) -> bytes:
    """The register with its commented example rows made real, as a clerk would fill it in."""
    if fmt == "csv":
        return data.replace(b"\n# 20", b"\n20").replace(b"\n# FY", b"\nFY")
    book = openpyxl.load_workbook(io.BytesIO(data))
    for row in book.active.iter_rows(min_row=2):
        if isinstance(row[0].value, str) and row[0].value.startswith("# "):
            row[0].value = row[0].value[2:]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_case_with_neither_date_concluded_nor_result_is_pending() -> None:
    rows = "编号,类型,立案日期,审结日期,结果\nF1,行政复议,2022-03-01,,\nF2,行政复议,2022-03-01,2022-05-01,\n"
    with pytest.raises(RegisterError) as err:
        register_record(rows.encode(), year=2022)
    (problem,) = err.value.problems
    assert (problem.row, problem.column) == (3, "结果") and "须写明结果" in str(problem)
    cells = register_record(rows.rsplit("F2", 1)[0].encode(), year=2022).cells
    assert (cells["s4.review.pending"], cells["s4.review.total"]) == (1, 1)


@pytest.mark.parametrize(
    ("args", "kwargs", "named"),
    [
        ((b"", None), {"year": 2022}, "register 2 must be a path"),
        ((b"",), {"year": "2022"}, "year must be an int"),
        ((b"",), {"year": 2022, "agency": 1}, "agency must be a str"),
    ],
)
def test_register_record_names_a_wrong_argument(args: tuple, kwargs: dict, named: str) -> None:
    with pytest.raises(TypeError, match=named):
        register_record(*args, **kwargs)
