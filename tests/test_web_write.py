"""Writing a report in the web app: blank tables to download, registers uploaded and counted, the
identities checked as the clerk types, the report downloaded; and the forms refused without CSRF."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from fastapi.testclient import TestClient

from web_support import YEAR, application_register, client, csrf
from zfxxgk.register import blank_register
from zfxxgk.register.categories import report_template, section_table
from zfxxgk.register.report_form import form_fields


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with client(tmp_path_factory.mktemp("write")) as c:
        yield c


def _values(page: str) -> dict[str, str]:
    """The cells of the report form as the page fills them in."""
    return dict(re.findall(r'name="([^"]+)" data-cell value="([^"]*)"', page))


def _sheets(xlsx: bytes) -> list[list[tuple[object, ...]]]:
    """Every sheet's cell values: what a workbook holds, whenever it was written."""
    wb = openpyxl.load_workbook(io.BytesIO(xlsx))
    return [list(ws.iter_rows(values_only=True)) for ws in wb.worksheets]


def _upload(app: TestClient, files: list[tuple[str, tuple[str, bytes]]], token: str | None = None):
    return app.post("/write", data={"year": str(YEAR), "csrf": token or csrf(app)}, files=files)


def test_the_page_offers_every_field_of_the_template_and_the_blanks(app: TestClient) -> None:
    page = app.get(f"/write?year={YEAR}").text
    fields = form_fields(report_template(YEAR))
    assert set(_values(page)) == {f.key for f in fields if f.kind is not None}
    for f in fields[2:]:
        if f.kind is None:
            assert f">{f.label}</legend>" in page
    assert '<a href="/write">撰写年报</a>' in app.get("/").text
    blank = app.get(f"/write/blank/cases.xlsx?year={YEAR}")
    assert blank.status_code == 200
    assert _sheets(blank.content) == _sheets(blank_register("cases", "xlsx", YEAR))  # the bytes carry a timestamp
    assert app.get("/write?year=2010").status_code == 400


def test_registers_become_the_form_then_a_word_report(app: TestClient) -> None:
    page = _upload(app, [("registers", ("申请登记表.xlsx", application_register(3)))])
    assert page.status_code == 200 and "已读入：申请登记表.xlsx" in page.text
    values = _values(page.text)
    assert (values["s3.received.natural_person"], values["s3.granted.total"], values["s3.total.total"]) == ("3",) * 3
    report = app.post(
        "/write/report",
        data={"csrf": csrf(app), "year": str(YEAR), "format": "docx", "agency": "某某区司法局", **values},
    )
    assert report.status_code == 200 and "attachment" in report.headers["content-disposition"]
    doc = Document(io.BytesIO(report.content))
    assert any("某某区司法局" in p.text for p in doc.paragraphs)
    cells = {(row.cells[0].text.strip(), c.text.strip()) for t in doc.tables for row in t.rows for c in row.cells}
    received = next(r.label for r in section_table(report_template(YEAR), 3).rows if r.id == "received")
    assert (received, "3") in cells


def test_a_bad_register_is_listed_row_by_row(app: TestClient) -> None:
    bad = "编号,收到日期,申请人类型,办结日期,办理结果\nA1,2024-13-01,外星人,,\n".encode()
    page = _upload(app, [("registers", ("reg.csv", bad))])
    assert page.status_code == 400 and "处问题" in page.text and "第2行" in page.text
    assert _upload(app, [("registers", ("reg.xlsx", b"\x00\x01binary"))]).status_code == 400


def test_the_live_check_reports_a_broken_identity_and_not_a_fixed_one(app: TestClient) -> None:
    values = _values(_upload(app, [("registers", ("reg.xlsx", application_register(2)))]).text)
    headers = {"X-CSRF-Token": csrf(app)}
    broken = app.post(
        "/api/write/check", json={"year": YEAR, "values": values | {"s3.granted.total": "5"}}, headers=headers
    )
    findings = broken.json()["findings"]
    assert {f["rule"] for f in findings} == {"identity.row_total", "identity.outcome_total"}
    assert all("s3.granted.total" in f["cells"] for f in findings)
    fixed = app.post("/api/write/check", json={"year": YEAR, "values": values}, headers=headers).json()
    assert fixed == {"findings": [], "problems": []}
    typo = app.post("/api/write/check", json={"year": YEAR, "values": {"s3.granted.total": "五个"}}, headers=headers)
    assert "不是数" in typo.json()["problems"][0]["message"]


def test_every_new_form_refuses_a_post_without_its_csrf_token(app: TestClient) -> None:
    csrf(app)
    assert _upload(app, [("registers", ("reg.xlsx", application_register(1)))], token="forged").status_code == 403
    assert app.post("/write/report", data={"year": str(YEAR), "format": "docx"}).status_code == 403
    check = app.post("/api/write/check", json={"year": YEAR, "values": {}})
    assert check.status_code == 403 and "CSRF" in check.json()["detail"]


def test_a_pdf_without_chromium_or_libreoffice_says_so(app: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("zfxxgk.render.pdf.pdf_engine", lambda: None)
    r = app.post("/write/report", data={"csrf": csrf(app), "year": str(YEAR), "format": "pdf"})
    assert r.status_code == 503 and "无法生成 PDF" in r.text


def test_html_report_escapes_what_the_clerk_typed(app: TestClient, tmp_path: Path) -> None:
    r = app.post(
        "/write/report",
        data={"csrf": csrf(app), "year": str(YEAR), "format": "html", "section.1": "<script>alert(1)</script>"},
    )
    assert r.status_code == 200 and "<script>alert" not in r.text and "&lt;script&gt;" in r.text
