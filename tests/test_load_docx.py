"""Word loading: .docx files built here with python-docx (merged cells, nested tables), and .doc
through LibreOffice when it is installed."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from zfxxgk.load import LoadError, load_bytes
from zfxxgk.load import docx as docx_loader


def build_docx() -> bytes:
    d = docx.Document()
    d.core_properties.title = "某县2021年政府信息公开工作年度报告"
    d.add_paragraph("某县2021年政府信息公开工作年度报告")
    d.add_paragraph("一、总体情况")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "信息内容"  # vertical merge
    t.cell(0, 1).merge(t.cell(0, 3)).text = "申请人情况"  # horizontal merge
    t.cell(1, 1).text = "自然人"
    t.cell(1, 2).paragraphs[0].add_run("商业").add_break()
    t.cell(1, 2).paragraphs[0].add_run("企业")
    t.cell(1, 3).text = "总计"
    for r, (label, values) in enumerate([("本年新收", ("3", "1", "4")), ("上年结转", ("0", "", "0"))], start=2):
        t.cell(r, 0).text = label
        for c, v in enumerate(values, start=1):
            t.cell(r, c).text = v
    d.add_paragraph("二、表后文字")
    outer = d.add_table(rows=1, cols=1)  # a layout table wrapping a data table
    cell = outer.cell(0, 0)
    cell.paragraphs[0].text = "包裹的段落"
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "行政许可", "本年处理决定数量"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "行政许可", "42"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in ln[2:-2].split(" | ")] for ln in text.splitlines() if ln.startswith("| ")]


def test_docx_paragraphs_and_merged_cells_in_order() -> None:
    doc = load_bytes(build_docx(), "report.docx")
    assert doc.meta_hints["title"] == "某县2021年政府信息公开工作年度报告"
    lines = doc.text.splitlines()
    assert lines[:2] == ["某县2021年政府信息公开工作年度报告", "一、总体情况"]
    assert lines[2:6] == [
        "| 信息内容 | 申请人情况 |  |  |",
        "|  | 自然人 | 商业企业 | 总计 |",
        "| 本年新收 | 3 | 1 | 4 |",
        "| 上年结转 | 0 |  | 0 |",
    ]
    assert lines[6:] == ["二、表后文字", "包裹的段落", "| 行政许可 | 本年处理决定数量 |", "| 行政许可 | 42 |"]
    at = doc.text.index("| 4 |") + 2
    assert doc.locate(at, at + 1) == {"table": 0, "row": 2, "column": 3}
    assert doc.locate(0, 2) == {"paragraph": 0}
    at = doc.text.index("42")
    assert doc.locate(at, at + 2) == {"table": 1, "row": 1, "column": 1}


def test_docx_grid_column_no_cell_has_alone_is_dropped() -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=5)  # Word's grid has a sliver column 2 that no row uses on its own
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 4).text = "信息内容", "上一年项目数量", "处理决定数量"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "本年增/减"
    t.cell(1, 0).text, t.cell(1, 3).text, t.cell(1, 4).text = "行政许可", "-1", "7"
    t.cell(1, 1).merge(t.cell(1, 2)).text = "5"
    t.cell(2, 0).merge(t.cell(2, 4)).text = "注：空白处为未发生"
    buf = io.BytesIO()
    d.save(buf)
    assert rows(load_bytes(buf.getvalue(), "t.docx").text) == [
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "5", "-1", "7"],
        ["注：空白处为未发生", "", "", ""],
    ]


def test_doc_without_libreoffice_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_loader.shutil, "which", lambda name: None)
    with pytest.raises(LoadError) as err:
        docx_loader.convert_to_docx(b"\xd0\xcf\x11\xe0", ".doc")
    assert err.value.code == "needs_libreoffice"
    assert "LibreOffice" in err.value.message and "apt-get install" in err.value.message


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_doc_converted_by_libreoffice(tmp_path: Path) -> None:
    src = tmp_path / "report.docx"
    src.write_bytes(build_docx())
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = (tmp_path / "report.doc").read_bytes()
    doc = load_bytes(data, "report.doc")
    assert doc.media_type == "application/msword"
    grid = rows(doc.text)
    assert ["本年新收", "3", "1", "4"] in grid
    assert "42" in doc.text  # (the round trip through .doc flattens the nested table)
