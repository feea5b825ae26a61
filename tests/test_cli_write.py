"""The writing commands end to end: blank register → register → render, what a bad register or a file that
is not a record gets, and synth's folder of reports with their truth."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from zfxxgk.cli import app
from zfxxgk.record import Record
from zfxxgk.render.grid import label_paths
from zfxxgk.templates import TEMPLATES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
S3 = TEMPLATES["2021"].table_by_id["s3"]
S4 = TEMPLATES["2021"].table_by_id["s4"]
APPLICATIONS = [
    ["编号", "收到日期", "申请人类型", "办结日期", "办理结果", "具体情形"],
    ["A1", "2021-12-10", "自然人", "2022-01-05", "予以公开", ""],  # carried in, granted
    ["A2", "2022-02-01", "商业企业", "2022-02-20", "不予公开", "属于国家秘密"],  # group + reason in two columns
    ["A3", "2022-03-01", "natural_person", "2022/3/15", "unavailable.not_held", ""],  # ids
    ["A4", "2022-12-20", "法律服务机构", "", "", ""],  # still open: carried forward
    ["A5", "2021-05-01", "自然人", "2021-06-01", "予以公开", ""],  # closed the year before: not counted
    ["A6", "2022-06-01", "自然人", "2023-01-10", "予以公开", ""],  # closed the year after: carried forward
]
# Section 三 of 2022, counted by hand from the rows above; every other cell is 0.
COUNTED = {
    "s3.received.natural_person": 2,
    "s3.received.commercial": 1,
    "s3.received.legal_service": 1,
    "s3.received.total": 4,
    "s3.carried_in.natural_person": 1,
    "s3.carried_in.total": 1,
    "s3.granted.natural_person": 1,
    "s3.granted.total": 1,
    "s3.withheld.state_secret.commercial": 1,
    "s3.withheld.state_secret.total": 1,
    "s3.unavailable.not_held.natural_person": 1,
    "s3.unavailable.not_held.total": 1,
    "s3.total.natural_person": 2,
    "s3.total.commercial": 1,
    "s3.total.total": 3,
    "s3.carried_forward.natural_person": 1,
    "s3.carried_forward.legal_service": 1,
    "s3.carried_forward.total": 2,
}
CASES = [
    ["编号", "类型", "立案日期", "审结日期", "结果"],
    ["F1", "行政复议", "2022-03-01", "2022-05-01", "结果纠正"],
    ["F2", "行政诉讼-复议后起诉", "2022-11-01", "", "尚未审结"],
]

runner = CliRunner()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def run(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args])


def s3_values(doc: docx.document.Document) -> dict[str, str]:
    """The section 三 Word table as cell id → printed text, placed by the template's rows and columns."""
    table = next(t for t in doc.tables if t.cell(0, 0).text == S3.note)
    depth = max(len(p) for p in label_paths(S3.rows))
    header = 3
    return {
        S3.cell_id(r.id, c.id): table.cell(header + i, depth + j).text
        for i, r in enumerate(S3.rows)
        for j, c in enumerate(S3.columns)
    }


def s4_values(doc: docx.document.Document) -> dict[str, str]:
    """The section 四 Word table: its last row holds every value, in the template's cell order."""
    table = next(t for t in doc.tables if len(t.columns) == len(S4.cell_ids))
    return dict(zip(S4.cell_ids, (c.text for c in table.rows[-1].cells), strict=True))


def test_register_then_render_docx_prints_the_counts(tmp_path: Path) -> None:
    applications = write_csv(tmp_path / "applications.csv", APPLICATIONS)
    cases = write_csv(tmp_path / "cases.csv", CASES)
    record = tmp_path / "record.json"
    done = run("register", applications, "--cases", cases, "--year", "2022", "--agency", "测试局", "-o", record)
    assert done.exit_code == 0, done.output
    rec = Record.from_json(json.loads(record.read_text(encoding="utf-8")))
    assert (rec.meta.year, rec.meta.template, rec.meta.agency) == (2022, "2021", "测试局")
    assert {cid: v for cid, v in rec.cells.items() if cid.startswith("s3") and v} == COUNTED

    done = run("render", record, "--to", "docx")
    assert done.exit_code == 0, done.output
    assert done.stderr.strip() == f"已写入 {tmp_path / 'record.docx'}"  # no identity is broken
    doc = docx.Document(str(tmp_path / "record.docx"))
    assert doc.paragraphs[0].text == "测试局2022年政府信息公开工作年度报告"
    assert s3_values(doc) == {cid: str(COUNTED.get(cid, 0)) for cid in S3.cell_ids}
    s4 = s4_values(doc)
    assert (s4["s4.review.corrected"], s4["s4.review.total"]) == ("1", "1")
    assert (s4["s4.litigation_after_review.pending"], s4["s4.litigation_after_review.total"]) == ("1", "1")
    assert sum(int(v) for v in s4.values()) == 4


def test_a_bad_register_names_every_row_and_writes_nothing(tmp_path: Path) -> None:
    rows = [*APPLICATIONS, ["A7", "2022-13-01", "外国人", "", "", ""], ["A2", "2022-02-01", "自然人", "", "", ""]]
    applications = write_csv(tmp_path / "applications.csv", rows)
    record = tmp_path / "record.json"
    done = run("register", applications, "--year", "2022", "-o", record)
    assert done.exit_code == 1
    assert not record.exists() and done.stdout == ""
    lines = done.stderr.splitlines()
    assert f"{applications} 第8行（收到日期）：无法识别的日期“2022-13-01”" in lines
    assert any(line.startswith(f"{applications} 第8行（申请人类型）") for line in lines)
    assert any(line.startswith(f"{applications} 第9行（编号）") and "第3行重复" in line for line in lines)
    assert "3 处问题" in lines[-1]


def test_register_refuses_a_case_register_as_applications_and_a_year_without_tables(tmp_path: Path) -> None:
    cases = write_csv(tmp_path / "cases.csv", CASES)
    done = run("register", cases, "--year", "2022")
    assert done.exit_code == 1 and "申请登记表" in done.stderr and done.stdout == ""
    applications = write_csv(tmp_path / "applications.csv", APPLICATIONS)
    done = run("register", applications, "--year", "2015")
    assert done.exit_code == 1 and "2015" in done.stderr
    done = run("register", tmp_path / "missing.csv", "--year", "2022")
    assert done.exit_code == 1 and "missing.csv" in done.stderr


def test_register_writes_json_to_stdout_that_render_reads(tmp_path: Path) -> None:
    applications = write_csv(tmp_path / "applications.csv", APPLICATIONS)
    done = run("register", applications, "--year", "2022")
    assert done.exit_code == 0
    (tmp_path / "r.json").write_text(done.stdout, encoding="utf-8")
    md = run("render", tmp_path / "r.json", "--to", "md", "-o", "-")
    assert md.exit_code == 0
    row = next(line for line in md.stdout.splitlines() if line.startswith(f"| {S3.rows[0].label} |"))
    assert row.split(" | ")[-1] == "4 |"


def test_clerks_three_commands_from_a_blank_register(tmp_path: Path) -> None:
    register = tmp_path / "申请登记表.xlsx"
    assert run("blank", "applications", "-o", register, "--year", "2023").exit_code == 0
    sheet = load_workbook(register).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header == APPLICATIONS[0]
    sheet.append(["B1", "2023-05-06", "社会公益组织", "2023-05-20", "（五）不予处理 2.重复申请", None])
    sheet.parent.save(register)
    assert run("register", register, "--year", "2023", "-o", tmp_path / "record.json").exit_code == 0
    done = run("render", tmp_path / "record.json", "--to", "html", "-o", tmp_path / "report.html")
    assert done.exit_code == 0
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<td class="value" data-cell="s3.not_processed.duplicate.social_welfare">1</td>' in html
    assert '<td class="value" data-cell="s3.received.total">1</td>' in html  # B1; the examples are comments


def test_blank_refuses_to_overwrite_and_needs_a_format(tmp_path: Path) -> None:
    target = tmp_path / "cases.csv"
    assert run("blank", "cases", "-o", target).exit_code == 0
    first = target.read_bytes()
    assert first.decode("utf-8-sig").startswith(",".join(CASES[0]))
    refused = run("blank", "cases", "-o", target, "--format", "xlsx")
    assert refused.exit_code == 1 and "--force" in refused.stderr and target.read_bytes() == first
    assert run("blank", "cases", "-o", target, "--format", "xlsx", "--force").exit_code == 0
    assert target.read_bytes().startswith(b"PK")
    assert run("blank", "cases", "-o", tmp_path / "cases.txt").exit_code == 1


def test_render_warns_about_broken_identities_naming_the_cells(tmp_path: Path) -> None:
    applications = write_csv(tmp_path / "applications.csv", APPLICATIONS)
    record = tmp_path / "record.json"
    run("register", applications, "--year", "2022", "-o", record)
    data = json.loads(record.read_text(encoding="utf-8"))
    data["cells"]["s3.granted.commercial"] = 5
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = run("render", record, "--to", "txt", "-o", tmp_path / "report.txt")
    assert done.exit_code == 0
    warnings = [line for line in done.stderr.splitlines() if "警告" in line]
    assert {line.split("警告 ")[1].split("：")[0] for line in warnings} == {
        "identity.row_total",
        "identity.outcome_total",
    }
    assert all("商业企业" in line or "（一）予以公开" in line for line in warnings)  # the cells by their headers
    assert (tmp_path / "report.txt").exists()


def test_render_reads_the_json_lines_parse_writes(tmp_path: Path) -> None:
    source = EXAMPLES / "2021_东湖街道_cells.txt"
    parsed = run("parse", "--format", "json", source)
    lines = tmp_path / "record.jsonl"
    lines.write_text(parsed.stdout, encoding="utf-8")
    rec = Record.from_json(json.loads(parsed.stdout))
    done = run("render", lines, "--to", "md", "-o", "-")
    assert done.exit_code == 0
    assert done.stdout.startswith(f"# {rec.meta.agency}2021年政府信息公开工作年度报告")
    total = next(line for line in done.stdout.splitlines() if line.startswith(f"| {S3.rows[0].label} |"))
    assert total.endswith(f"| {rec.cells['s3.received.total']} |")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("", "文件是空的"),
        ("not json", "Not JSON"),
        ('{"path": "x"}', "Not a zfxxgk record"),
        ("[1, 2]", "不是 zfxxgk 记录"),
        ('{"meta": {}, "cells": {}, "error": {"code": "empty", "message": "空文件"}}', "failed read"),
        ('{"meta": {"template": "2030"}, "cells": {}}', "Unknown template"),
        ('{"meta": {"template": "2021"}, "cells": {"s3.nothing.total": 1}}', "s3.nothing.total"),
        ('{"meta": {"template": "2021"}, "cells": {"s3.received.total": "七"}}', "not numbers"),
        ('{"meta": {"signed": "2022-02-30"}, "cells": {}}', "meta.signed"),
        ('{"meta": {"year": "二〇二二"}, "cells": {}}', "meta.year"),
        ('{"meta": {}, "cells": {}, "indicators": [{"unit": "件"}]}', "Malformed record"),
    ],
)
def test_render_refuses_what_is_not_a_record(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "record.json"
    path.write_text(content, encoding="utf-8")
    done = run("render", path, "--to", "html")
    assert done.exit_code == 1
    assert says in done.stderr and str(path) in done.stderr
    assert not (tmp_path / "record.html").exists()


def test_render_will_not_overwrite_its_record(tmp_path: Path) -> None:
    path = tmp_path / "record.md"
    path.write_text(json.dumps({"meta": {"year": 2022}, "cells": {}}), encoding="utf-8")
    done = run("render", path, "--to", "md")
    assert done.exit_code == 1 and json.loads(path.read_text(encoding="utf-8"))["meta"]["year"] == 2022


def test_synth_writes_n_reports_and_their_truth(tmp_path: Path) -> None:
    done = run("synth", "6", tmp_path / "out", "--seed", "3")
    assert done.exit_code == 0
    files = sorted((tmp_path / "out").iterdir())
    truths = [f for f in files if f.suffix == ".json"]
    reports = [f for f in files if f.suffix != ".json"]
    assert [f.stem for f in truths] == [f"{i:04d}" for i in range(6)]
    assert [f.name.split("_")[0] for f in reports] == [f.stem for f in truths]
    for truth in truths:
        rec = Record.from_json(json.loads(truth.read_text(encoding="utf-8")))
        assert rec.meta.year and rec.meta.agency
    again = run("synth", "6", tmp_path / "again", "--seed", "3")
    assert again.exit_code == 0
    assert [f.read_bytes() for f in truths] == [(tmp_path / "again" / f.name).read_bytes() for f in truths]
    assert run("synth", "0", tmp_path / "none").exit_code != 0


def test_docx_tables_read_back_through_the_parser(tmp_path: Path) -> None:
    """The rendered Word file is itself a report zfxxgk reads: the same section 三 comes back."""
    applications = write_csv(tmp_path / "applications.csv", APPLICATIONS)
    record = tmp_path / "record.json"
    run("register", applications, "--year", "2022", "--agency", "测试局", "-o", record)
    run("render", record, "--to", "docx")
    parsed = run("parse", "--format", "json", tmp_path / "record.docx")
    back = Record.from_json(json.loads(parsed.stdout))
    assert {cid: back.cells.get(cid) for cid in S3.cell_ids} == {cid: COUNTED.get(cid, 0) for cid in S3.cell_ids}


def test_register_counts_its_problems_in_words(tmp_path: Path) -> None:
    apps = tmp_path / "apps.csv"
    apps.write_text("编号,收到日期,申请人类型,办结日期,办理结果\n1,2022-13-01,自然人,,\n", encoding="utf-8")
    done = runner.invoke(app, ["register", str(apps), "--year", "2022"])
    assert done.exit_code == 1
    assert "/ 1 problem; nothing written." in done.stderr
