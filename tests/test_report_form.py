"""`zfxxgk blank report`: a report to fill in as text or a spreadsheet, every statutory table present;
filled in, counted with the registers and written, it passes `zfxxgk check`."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from zfxxgk.cli import app
from zfxxgk.register.report_form import blank_report_form, form_fields, read_report_form
from zfxxgk.register.rows import RegisterError
from zfxxgk.templates import TEMPLATES

runner = CliRunner()
PROSE = {
    "机关名称": "青禾市临川区人民政府",
    "成文日期": "2025-01-20",
    "一、总体情况": "2024年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，推进政务公开工作。",
    "五、存在的主要问题及改进情况": "一是政策解读形式较单一。\n下一步将丰富解读形式。",
    "六、其他需要报告的事项": "本年度未收取信息处理费。",
}
APPLICATIONS = "编号,收到日期,申请人类型,办结日期,办理结果,具体情形\nA1,2024-02-01,自然人,2024-02-20,予以公开,\n"
CASES = "编号,类型,立案日期,审结日期,结果\nF1,行政复议,2024-03-01,2024-05-01,结果维持\n"


def run(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args])


def fill_text(form: str) -> str:
    """The text form filled in: the prose under its blocks, and 2 in each cell of table 二."""
    for name, text in PROSE.items():
        form = form.replace(f"【{name}】\n", f"【{name}】\n{text}\n")
    return re.sub(r"^(第二十条[^\n]*)：$", r"\1：2", form, flags=re.M)


def test_the_blank_report_holds_every_statutory_table_and_section() -> None:
    template = TEMPLATES["2021"]
    text = blank_report_form("txt", 2024).decode()
    assert all(f"【{s.title}】" in text for s in template.sections)
    labels = [f.label for f in form_fields(template) if f.kind]
    assert len(labels) == len(set(labels)) == len(template.cell_ids)
    assert all(f"{label}：" in text for label in labels)
    record = read_report_form(text.encode(), 2024)  # as it is: every table present, every cell empty
    assert set(record.cells) == set(template.cell_ids) and not any(record.cells.values())


def test_blank_then_fill_then_register_then_render_passes_check(tmp_path: Path) -> None:
    assert run("blank", "report", "--year", "2024", "-o", tmp_path / "form.txt").exit_code == 0
    form = tmp_path / "form.txt"
    filled = fill_text(form.read_text(encoding="utf-8"))
    form.write_text(filled.replace("规章｜本年制发件数：2", "规章｜本年制发件数：0"))  # a district makes no 规章
    (tmp_path / "apps.csv").write_text(APPLICATIONS, encoding="utf-8")
    (tmp_path / "cases.csv").write_text(CASES, encoding="utf-8")
    done = run("register", tmp_path / "apps.csv", "--cases", tmp_path / "cases.csv", "--report", form, "-y", 2024)
    assert done.exit_code == 0, done.output
    (tmp_path / "record.json").write_text(done.stdout, encoding="utf-8")
    assert run("render", tmp_path / "record.json", "--to", "docx").exit_code == 0
    report = docx.Document(str(tmp_path / "record.docx"))
    assert len(report.tables) == 3 and PROSE["六、其他需要报告的事项"] in [p.text for p in report.paragraphs]
    done = run("check", "--fail-on", "warning", tmp_path / "record.docx")
    assert done.exit_code == 0, done.output


def test_a_spreadsheet_form_reads_by_its_ids(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    assert run("blank", "report", "--year", "2022", "-o", path).exit_code == 0
    book = load_workbook(path)
    sheet = book.active
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "section.1":
            row[2].value = "第一段。\n第二段。"
        elif row[0].value == "s2.fees.amount":
            row[2].value = "12.5"
        elif row[0].value == "agency":
            row[2].value = "某市交通运输局"
    book.save(path)
    record = read_report_form(path, 2022)
    assert record.meta.agency == "某市交通运输局" and record.sections["1"].text == "第一段。\n第二段。"
    assert record.cells["s2.fees.amount"] == 12.5
    rows = list(csv.reader(io.StringIO(blank_report_form("csv", 2022).decode("utf-8-sig"))))
    assert rows[0] == ["编号", "项目", "内容"] and ["section.6", "六、其他需要报告的事项", ""] in rows


def test_a_form_that_cannot_be_read_names_each_line(tmp_path: Path) -> None:
    text = fill_text(blank_report_form("txt", 2024).decode()).replace("【成文日期】\n2025-01-20", "【成文日期】\n明年")
    text = text.replace("行政许可｜本年处理决定数量：2", "行政许可｜本年处理决定数量：两千")
    with pytest.raises(RegisterError) as caught:
        read_report_form(text.encode(), 2024)
    problems = [str(p) for p in caught.value.problems]
    assert any("明年" in p for p in problems) and any("两千" in p and "第" in p for p in problems)


def test_a_table_is_counted_or_written_not_both(tmp_path: Path) -> None:
    form = tmp_path / "form.txt"
    text = (
        blank_report_form("txt", 2024)
        .decode()
        .replace("一、本年新收政府信息公开申请数量｜自然人：", "一、本年新收政府信息公开申请数量｜自然人：5")
    )
    form.write_text(text, encoding="utf-8")
    (tmp_path / "apps.csv").write_text(APPLICATIONS, encoding="utf-8")
    done = run("register", tmp_path / "apps.csv", "--report", form, "--year", "2024")
    assert done.exit_code == 1 and "s3 已由登记表统计" in done.stderr


def test_a_year_without_the_statutory_tables_is_refused(tmp_path: Path) -> None:
    done = run("blank", "report", "--year", "2016", "-o", tmp_path / "form.txt")
    assert done.exit_code == 1 and not (tmp_path / "form.txt").exists()


def test_an_empty_form_written_out_shows_every_table_and_names_each_empty_section(tmp_path: Path) -> None:
    form = tmp_path / "form.txt"
    form.write_bytes(blank_report_form("txt", 2024))
    done = run("register", "--report", form, "-y", 2024, "-o", tmp_path / "record.json")
    assert done.exit_code == 0, done.output
    assert run("render", tmp_path / "record.json", "--to", "html").exit_code == 0
    done = run("check", "--format", "json", tmp_path / "record.html")
    rules = [json.loads(line)["rule"] for line in done.stdout.splitlines()]
    assert "table.missing" not in rules and "table.incomplete" in rules
    empty = [json.loads(line)["cells"] for line in done.stdout.splitlines() if '"section.empty"' in line]
    assert empty == [["section.1"], ["section.5"], ["section.6"]]
