"""Spreadsheet loading: .xlsx built here with openpyxl (merged cells), .xls via LibreOffice when
installed, and CSV text."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from zfxxgk.load import LoadError, load_bytes
from zfxxgk.load.sheet import load_csv


def build_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表三"
    ws.append(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", None, "申请人情况", None, None])
    ws.append([None, None, "自然人", "法人或其他组织", "总计"])
    ws.append(["一、本年新收政府信息公开申请数量", None, 12, 3, 15])
    ws.append(["二、上年结转政府信息公开申请数量", None, 1.0, 0, 1])
    ws.append(["行政事业性收费", None, 96171.6, None, None])
    ws.merge_cells("A1:B2")
    ws.merge_cells("C1:E1")
    ws.merge_cells("A3:B3")
    second = wb.create_sheet("表四")
    second.append(["结果维持", "结果纠正", "总计"])
    second.append([5, 0, 5])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_rows_with_merged_cells_in_first_position() -> None:
    doc = load_bytes(build_xlsx(), "report.xlsx")
    assert doc.text.splitlines() == [
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  | 申请人情况 |  |  |",
        "|  |  | 自然人 | 法人或其他组织 | 总计 |",
        "| 一、本年新收政府信息公开申请数量 |  | 12 | 3 | 15 |",
        "| 二、上年结转政府信息公开申请数量 |  | 1 | 0 | 1 |",
        "| 行政事业性收费 |  | 96171.6 |  |  |",
        "| 结果维持 | 结果纠正 | 总计 |",
        "| 5 | 0 | 5 |",
    ]
    at = doc.text.index("| 15 |") + 2
    assert doc.locate(at, at + 2) == {"sheet": "表三", "table": 0, "row": 2, "column": 4}
    assert doc.locate(len(doc.text) - 3, len(doc.text) - 2)["sheet"] == "表四"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_xls_through_xlrd(tmp_path: Path) -> None:
    src = tmp_path / "report.xlsx"
    src.write_bytes(build_xlsx())
    profile = (tmp_path / "profile").as_uri()
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xls", "--outdir"]
    subprocess.run([*cmd, str(tmp_path), str(src)], check=False, capture_output=True, timeout=120)
    if not (tmp_path / "report.xls").exists():
        pytest.skip("LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)")
    doc = load_bytes((tmp_path / "report.xls").read_bytes(), "report.xls")
    assert doc.media_type == "application/vnd.ms-excel"
    assert "| 一、本年新收政府信息公开申请数量 |  | 12 | 3 | 15 |" in doc.text.splitlines()
    assert "| 行政事业性收费 |  | 96171.6 |  |  |" in doc.text.splitlines()


def test_csv_text_becomes_rows() -> None:
    data = "信息内容,本年制发件数,本年废止件数,现行有效件数\n规章,1,0,11\n行政规范性文件,8,26,66\n".encode("gb18030")
    doc = load_bytes(data, "table.txt")
    assert doc.media_type == "text/csv"
    assert doc.text.splitlines()[1:] == ["| 规章 | 1 | 0 | 11 |", "| 行政规范性文件 | 8 | 26 | 66 |"]


def test_csv_lone_carriage_return_ends_a_row() -> None:
    assert load_csv(b"x,y\n1,2\r3,4\n5,6\n").text.splitlines() == ["| x | y |", "| 1 | 2 |", "| 3 | 4 |", "| 5 | 6 |"]


def test_csv_field_over_the_size_limit_is_corrupt() -> None:
    with pytest.raises(LoadError) as err:
        load_csv("a,b\n1," + "x" * 200_000 + "\n")
    assert err.value.code == "corrupt"
    assert "第 2 行" in err.value.message


def test_prose_with_commas_stays_text() -> None:
    text = "一、总体情况\n本年度，我县认真贯彻落实《条例》。\n全年共受理申请 21 件, 均已按时答复。\n"
    assert load_bytes(text.encode(), "r.txt").media_type == "text/plain"


def test_rows_outside_the_ruled_table_are_text() -> None:
    from openpyxl.styles import Border, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某县2021年政府信息公开工作年度报告"])
    ws.append(["二、主动公开政府信息情况"])
    ws.append(["信息内容", "本年制发件数", "现行有效件数"])
    ws.append(["行政规范性文件", 8, 66])
    ws.append(["规章", None, None])  # a row without values stays in the table
    ws.append(["某县人民政府", None, "2022年1月20日"])
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=3, max_row=5):
        for cell in row:
            cell.border = Border(left=thin, right=thin)
    buf = io.BytesIO()
    wb.save(buf)
    assert load_bytes(buf.getvalue(), "r.xlsx").text.splitlines() == [
        "某县2021年政府信息公开工作年度报告",
        "二、主动公开政府信息情况",
        "| 信息内容 | 本年制发件数 | 现行有效件数 |",
        "| 行政规范性文件 | 8 | 66 |",
        "| 规章 |  |  |",
        "某县人民政府 2022年1月20日",
    ]


def test_title_above_and_signature_below_an_unruled_table_are_text() -> None:
    data = "某县2021年政府信息公开工作年度报告\n信息内容,本年制发件数\n规章,\n行政规范性文件,8\n某县人民政府\n"
    assert load_bytes(data.encode(), "r.csv").text.splitlines() == [
        "某县2021年政府信息公开工作年度报告",
        "| 信息内容 | 本年制发件数 |",
        "| 规章 |  |",
        "| 行政规范性文件 | 8 |",
        "某县人民政府",
    ]
