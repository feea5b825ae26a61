"""Every identity of every format, broken on purpose in a crafted record, is reported — and a
record where they all hold gives no identity finding."""

from __future__ import annotations

import random

import pytest

from zfxxgk import parse_text
from zfxxgk.checks import Context, run_checks
from zfxxgk.checks.identities import broken_equations, describe
from zfxxgk.record import Meta, Record
from zfxxgk.render import render_report
from zfxxgk.synth import synth_record, write_layout
from zfxxgk.templates import TEMPLATES, Template


def consistent(template: Template) -> dict[str, int]:
    """A record whose cells satisfy every identity: 1 application of each kind per outcome row."""
    cells = dict.fromkeys(template.cell_ids, 0)
    s3 = template.table_by_id["s3"]
    outcomes = [r.id for r in s3.rows if r.id not in ("received", "carried_in", "total", "carried_forward")]
    applicants = [c.id for c in s3.columns if c.id != "total"]
    for r in outcomes:
        for c in applicants:
            cells[f"s3.{r}.{c}"] = 1
    for c in applicants:
        cells[f"s3.total.{c}"] = len(outcomes)
        cells[f"s3.carried_in.{c}"] = 2
        cells[f"s3.received.{c}"] = len(outcomes)
        cells[f"s3.carried_forward.{c}"] = 2
    for r in s3.rows:
        cells[f"s3.{r.id}.total"] = sum(cells[f"s3.{r.id}.{c}"] for c in applicants)
    for g in ("review", "litigation_direct", "litigation_after_review"):
        cells.update({f"s4.{g}.upheld": 1, f"s4.{g}.corrected": 2, f"s4.{g}.other": 0, f"s4.{g}.pending": 3})
        cells[f"s4.{g}.total"] = 6
    return cells


def findings(template: Template, cells: dict) -> list:
    rec = Record(meta=Meta(year=2021 if template.id == "2021" else 2020, template=template.id), cells=cells)
    return run_checks(Context(rec, template))


MODERN = [TEMPLATES["2019"], TEMPLATES["2021"]]


@pytest.mark.parametrize("template", MODERN, ids=lambda t: t.id)
def test_consistent_record_has_no_identity_finding(template: Template) -> None:
    assert not [f for f in findings(template, consistent(template)) if f.rule.startswith("identity.")]


@pytest.mark.parametrize("template", MODERN, ids=lambda t: t.id)
def test_every_equation_is_checked(template: Template) -> None:
    """Breaking any single equation's total cell is caught under that equation's rule."""
    for eq in template.equations:
        cells = consistent(template)
        cells[eq.lhs[0]] += 1
        got = findings(template, cells)
        assert any(f.rule == eq.rule and eq.lhs[0] in f.cells for f in got), (eq, got)


@pytest.mark.parametrize(
    ("rule", "cell"),
    [
        ("identity.row_total", "s3.granted.total"),
        ("identity.outcome_total", "s3.withheld.state_secret.natural_person"),
        ("identity.balance", "s3.carried_forward.natural_person"),
        ("identity.s4_total", "s4.review.pending"),
    ],
)
def test_each_rule_names_the_cells(rule: str, cell: str) -> None:
    template = TEMPLATES["2021"]
    cells = consistent(template)
    cells[cell] += 5
    hits = [f for f in findings(template, cells) if f.rule == rule]
    assert hits and all(cell in f.cells for f in hits)
    assert all("≠" in f.message for f in hits)


def test_blank_cells_are_not_judged() -> None:
    template = TEMPLATES["2019"]
    cells = consistent(template)
    cells["s3.granted.total"] = None
    assert not [
        f for f in findings(template, cells) if f.rule == "identity.row_total" and "s3.granted.total" in f.cells
    ]


def test_identity_counts_cover_every_row_and_column() -> None:
    t = TEMPLATES["2021"]
    by_rule: dict[str, int] = {}
    for eq in t.equations:
        by_rule[eq.rule] = by_rule.get(eq.rule, 0) + 1
    assert by_rule == {
        "identity.row_total": 25,
        "identity.outcome_total": 7,
        "identity.balance": 7,
        "identity.s4_total": 3,
    }


def test_checks_and_rendering_describe_a_broken_equation_alike() -> None:
    """One sentence for a broken equation: the values of each side and their sums, as checked and as
    warned about when the record is rendered."""
    template = TEMPLATES["2021"]
    cells = consistent(template)
    cells["s4.review.pending"] += 5
    rec = Record(meta=Meta(year=2021, template="2021"), cells=cells)
    checked = [f for f in findings(template, cells) if f.rule.startswith("identity.")]
    assert checked == render_report(rec, "txt").findings
    (only,) = checked
    assert only.message == "“行政复议”：总计 6 ≠ 结果维持 1 + 结果纠正 2 + 其他结果 0 + 尚未审结 8 = 11，数字不平。"


def test_a_broken_column_is_said_by_its_rows_printed_names_zeros_left_out() -> None:
    template = TEMPLATES["2021"]
    cells = dict.fromkeys(template.cell_ids, 0)
    cells.update({"s3.granted.commercial": 6, "s3.partly_granted.commercial": 6, "s3.total.commercial": 20})
    cells.update({"s3.received.commercial": 12, "s3.received.total": 12, "s3.granted.total": 6})
    cells.update({"s3.partly_granted.total": 6, "s3.total.total": 20})
    (f,) = [f for f in findings(template, cells) if f.rule == "identity.outcome_total" and "commercial" in f.cells[0]]
    said = "“商业企业”一列：（七）总计 20 ≠ （一）予以公开 6 + （二）部分公开 6 = 12（其余各项为 0），数字不平。"
    assert f.message == said


def test_decimals_are_compared_within_rounding_and_shown_plainly() -> None:
    template = TEMPLATES["2019"]
    eq = next(e for e in template.equations if e.rule == "identity.s4_total")
    cells = {eq.lhs[0]: 0.3, **dict.fromkeys(eq.rhs, 0.0)}
    cells[eq.rhs[0]] = 0.1
    cells[eq.rhs[1]] = 0.2
    assert eq not in broken_equations(template, cells)
    cells[eq.rhs[1]] = 0.25
    assert eq in broken_equations(template, cells)
    assert "= 0.35，" in describe(template, eq, cells)


@pytest.mark.parametrize("seed", range(4))
def test_the_national_forms_sums_are_checked_where_the_form_states_them(seed: int) -> None:
    """A 统计表 on the national form as synthesised holds its sums; one part raised breaks its total's,
    a warning naming the total and its parts in the column broken."""
    rec = synth_record(random.Random(seed), "pre2019", 2016, "区县", form=True)
    assert not [
        f for f in parse_text(str(write_layout(rec, "pipes_rows", seed))).findings if f.rule.startswith("identity")
    ]
    at = next(i for i, r in enumerate(rec.indicators) if r.label == "按时办结数")
    column = next(iter(rec.indicators[at].values))
    rec.indicators[at].values[column] = (rec.indicators[at].values[column] or 0) + 1
    got = parse_text(str(write_layout(rec, "pipes_rows", seed)))
    (sums,) = [f for f in got.findings if f.rule.startswith("identity")]
    assert sums.rule == "identity.indicator_sum" and sums.severity == "warning"
    assert sums.cells == tuple(f"indicator.{i}.{column}" for i in (at - 1, at, at + 1))
    assert sums.message.startswith(f"统计表“申请办结数”（{column}）为 ")


@pytest.mark.parametrize(
    ("row", "column", "total"),
    [("其他情形数", 2, "行政诉讼数量"), ("被纠错数", 1, "举报投诉数量"), ("涉及个人隐私", 2, "不同意公开答复数")],
)
def test_a_national_form_sum_is_judged_over_the_rows_right_under_its_total(row: str, column: int, total: str) -> None:
    """四, 五 and 六 print parts of the same labels, each under its own total; a sum that is a part of
    another (不同意公开答复数 in 申请答复数) is judged on its own."""
    rec = synth_record(random.Random(5), "pre2019", 2016, "区县", form=True)
    at = [i for i, r in enumerate(rec.indicators) if r.label == row][1 if row == "其他情形数" else 0]  # 五's
    col = next(iter(rec.indicators[at].values))
    rec.indicators[at].values[col] = (rec.indicators[at].values[col] or 0) + column
    got = parse_text(str(write_layout(rec, "tabs", 5)))
    (sums,) = [f for f in got.findings if f.rule.startswith("identity")]
    assert sums.message.startswith(f"统计表“{total}”（{col}）为 ") and sums.message.endswith("数字不平。")
    assert f"indicator.{at}.{col}" in sums.cells


REGION = """附件：政府信息公开情况统计表
指标名称\t计量单位\t2013年度\t历年累计
主动公开信息数\t条\t425\t1516
受理依申请公开信息总数\t条\t{received}\t20
其中：1.当面申请数\t条\t2\t5
2.网上申请数\t条\t{online}\t10
3.信函申请数\t条\t1\t5
对申请的答复总数\t条\t{answered}\t20
其中：1.同意公开答复数\t条\t3\t10
2.同意部分公开答复数\t条\t1\t5
3.不予公开答复数\t条\t1\t3
4.其他类型答复数\t条\t2\t2
行政复议数\t件\t0\t0
"""


@pytest.mark.parametrize(
    ("values", "broken"),
    [
        ({"received": 7, "online": 4, "answered": 7}, []),
        # a form with no row for 传真 or 电子邮件: its channels may add up to less than the total, never more
        ({"received": 9, "online": 4, "answered": 7}, []),
        ({"received": 6, "online": 4, "answered": 7}, ["受理依申请公开信息总数：分项之和大于总数"]),
        # its answers end with what is left (其他类型答复数): they add up to the total exactly
        ({"received": 7, "online": 4, "answered": 8}, ["对申请的答复总数：数字不平"]),
    ],
)
def test_a_regional_form_is_judged_by_the_sums_every_form_states(values: dict[str, int], broken: list[str]) -> None:
    """The applications by channel and the answers by kind, under a 统计表 printed on a region's form."""
    opening = "某县人民政府2013年政府信息公开工作年度报告\n一、概述\n本县依法做好政府信息公开工作。\n"
    got = parse_text(opening + REGION.format(**values))
    assert len(got.indicators) == 11
    found = [f.message for f in got.findings if f.rule == "identity.indicator_sum" and "2013年度" in f.message]
    assert [m.split("”")[0].lstrip("统计表“") + "：" + m.rsplit("，", 1)[1].rstrip("。") for m in found] == broken


def test_a_regional_statistics_table_is_not_judged_by_the_national_forms_sums() -> None:
    """收到申请数 and its four channels are rows of regional tables too, whose parts need not add up."""
    rec = synth_record(random.Random(1), "pre2019", 2012, "区县")
    assert {"收到申请数", "当面申请数"} <= {r.label for r in rec.indicators}
    got = parse_text(str(write_layout(rec, "pipes_rows", 1)))
    assert not [f for f in got.findings if f.rule == "identity.indicator_sum"]
