"""The web app through its JSON API and pages: upload the corpus, the overview and its filters, a
report with its cells' sources, review marks, export; and everything it must refuse."""

from __future__ import annotations

import csv
import io
import json
import statistics
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import pytest
from docx import Document
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from PIL import Image
from typer.testing import CliRunner

from web_support import client, corpus_zip, csrf, upload, zip_of
from zfxxgk.cli import app as cli
from zfxxgk.pipeline import parse_path
from zfxxgk.record import Record
from zfxxgk.render import MEDIA_TYPES
from zfxxgk.store.compare import compare
from zfxxgk.store.gazetteer import canonical_key
from zfxxgk.store.summary import RATES
from zfxxgk.web.queries import trend
from zfxxgk.web.settings import TOKEN_ENV, Settings, token_for
from zfxxgk.web.uploads import Rejected, Upload, check_upload

CORPUS_REPORTS = 13  # the files of shared/corpus that are reports


@pytest.fixture(scope="module")
def loaded(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with client(tmp_path_factory.mktemp("web")) as c:
        job = upload(c, [("corpus.zip", corpus_zip(shared))])
        assert (job["total"], job["done"], job["failed"]) == (CORPUS_REPORTS, CORPUS_REPORTS, 0)
        yield c


def _row(c: TestClient, name: str) -> dict:
    return next(r for r in c.get("/api/reports").json() if r["path"] == f"corpus.zip/{name}")


def test_the_overview_lists_every_report_with_its_counts(loaded: TestClient, shared: Path) -> None:
    rows = loaded.get("/api/reports").json()
    assert sorted(r["path"] for r in rows) == sorted(
        f"corpus.zip/{p.name}" for p in (shared / "corpus").iterdir() if p.suffix != ".tsv"
    )
    r001 = _row(loaded, "r001.html")
    assert (r001["agency"], r001["year"], r001["template"], r001["level"]) == (
        "上海市人民政府办公厅",
        2019,
        "2019",
        "省",
    )
    assert r001["errors"] > 0 and r001["open"] == r001["errors"] + r001["warnings"]
    page = loaded.get("/").text
    assert "上海市人民政府办公厅" in page and f"共 {CORPUS_REPORTS} 份" in page


@pytest.mark.parametrize("key", ["year", "template", "level", "region"])
def test_each_filter_keeps_only_its_reports(loaded: TestClient, key: str) -> None:
    rows = loaded.get("/api/reports").json()
    options = loaded.get("/api/filters").json()[key]
    assert options
    for value in options:
        kept = loaded.get("/api/reports", params={key: value}).json()
        assert [r["id"] for r in kept] == [r["id"] for r in rows if r[key] == value]


def test_the_rule_filter_keeps_the_reports_with_that_finding(loaded: TestClient) -> None:
    kept = loaded.get("/api/reports", params={"rule": "table.incomplete"}).json()
    assert _row(loaded, "r001.html")["id"] in [r["id"] for r in kept]
    for r in kept:
        findings = loaded.get(f"/api/reports/{r['id']}").json()["findings"]
        assert any(f["rule"] == "table.incomplete" for f in findings)


def test_a_pdf_report_shows_its_page_with_each_cells_box(loaded: TestClient) -> None:
    rid = _row(loaded, "r013.pdf")["id"]
    cell = loaded.get(f"/api/reports/{rid}").json()["cells"]["s2.regulations.issued"]
    assert (cell["value"], cell["page"]) == (1, 3) and len(cell["bbox"]) == 4
    page = loaded.get(f"/api/reports/{rid}/pages/3.png")
    assert page.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(page.content))
    assert image.width > 1000 and image.height > image.width  # an A4 page, drawn twice its size in points
    html = loaded.get(f"/reports/{rid}").text
    assert 'data-cell="s2.regulations.issued"' in html and 'id="pdf"' in html
    assert loaded.get(f"/api/reports/{rid}/pages/99.png").status_code == 404


def test_a_text_report_shows_its_lines_and_each_finding(loaded: TestClient) -> None:
    rid = _row(loaded, "r022.txt")["id"]
    data = loaded.get(f"/api/reports/{rid}").json()
    html = loaded.get(f"/reports/{rid}").text
    assert data["findings"]
    for f in data["findings"]:
        assert f["message"] in html and f["rule"] in html and f["status"] == "open"
    line = next(c["line"] for c in data["cells"].values() if c["line"])
    assert f'id="L{line}"' in html


def test_an_html_reports_cells_are_found_on_its_lines(loaded: TestClient) -> None:
    rid = _row(loaded, "r001.html")["id"]
    html = loaded.get(f"/reports/{rid}").text
    cells = json.loads(html.split('id="cell-data">')[1].split("</script>")[0])
    cell = cells["s2.regulations.made"]
    assert cell["value"] == 13 and cell["line"] and cell["location"].startswith("table")
    printed = html.split(f'<li id="L{cell["line"]}">')[1].split("</li>")[0]
    assert "规章" in printed and "13" in printed


def test_a_pre2019_reports_statistics_values_are_found_on_their_lines(loaded: TestClient, shared: Path) -> None:
    rid = _row(loaded, "r003.txt")["id"]
    record = parse_path(shared / "corpus" / "r003.txt")
    html = loaded.get(f"/reports/{rid}").text
    cells = json.loads(html.split('id="cell-data">')[1].split("</script>")[0])
    lines = (shared / "corpus" / "r003.txt").read_text(encoding="utf-8").splitlines()
    for i, row in enumerate(record.indicators):
        for column, value in row.values.items():
            key = f"indicator.{i}.{column}"
            assert f'data-cell="{key}"' in html
            assert cells[key]["value"] == value and cells[key]["line"] == record.provenance[key]["line"]
            assert str(value) in lines[cells[key]["line"] - 1]


def _latest_records(c: TestClient, shared: Path) -> dict[int, list[Record]]:
    """The readable reports, one per agency's year, parsed from their corpus files, by year (a later
    version uploaded by a test is its corpus file with a line added: the same record)."""
    files: dict[tuple[str, int], Path] = {}
    for r in c.get("/api/reports").json():
        path = shared / "corpus" / Path(r["path"]).name
        if r["error"] is None and path.exists():
            files[(r["agency"], r["year"])] = path
    by_year: dict[int, list[Record]] = {}
    for (_, year), path in sorted(files.items()):
        by_year.setdefault(year, []).append(parse_path(path))
    return by_year


def test_the_group_figures_are_the_records_figures(loaded: TestClient, shared: Path) -> None:
    by_year = _latest_records(loaded, shared)
    groups = loaded.get("/api/groups", params={"by": "year", "table": "s3"}).json()
    assert [g["group"]["year"] for g in groups] == sorted(by_year)
    for g in groups:
        records = by_year[g["group"]["year"]]
        assert g["reports"] == len(records)
        assert all(c["cell"].startswith("s3.") for c in g["cells"])
        for c in g["cells"]:
            values = sorted(r.cells[c["cell"]] for r in records if r.cells.get(c["cell"]) is not None)
            if not values:  # printed blank in every report of the group
                assert (c["count"], c["sum"], c["median"]) == (0, None, None)
                continue
            assert (c["count"], c["sum"], c["min"], c["max"]) == (len(values), sum(values), values[0], values[-1])
            q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else values * 3
            assert (c["q1"], c["median"], c["q3"]) == pytest.approx((q1, median, q3), abs=1e-4)
        corrected = next(r for r in g["rates"] if r["rate"] == "corrected")
        rate = next(r for r in RATES if r.id == "corrected")
        full = [r for r in records if all(r.cells.get(x) is not None for x in (*rate.over, *rate.under))]
        under = sum(r.cells[x] for r in full for x in rate.under)
        assert corrected["reports"] == len(full)
        assert corrected["value"] == (pytest.approx(sum(r.cells[x] for r in full for x in rate.over) / under, abs=1e-4)
                                      if under else None)  # fmt: skip


def _chart_data(html: str, chart: str) -> Any:
    """The figures a page hands its chart `chart` to draw."""
    return json.loads(html.split(f'<script type="application/json" id="{chart}-data">')[1].split("</script>")[0])


@pytest.mark.parametrize("by", ["year", "level", "region"])
def test_the_group_page_hands_its_charts_a_box_per_group_and_a_bar_per_rate(loaded: TestClient, by: str) -> None:
    groups = loaded.get("/api/groups", params={"by": by, "table": "s3"}).json()
    html = loaded.get("/groups", params={"by": by, "table": "s3", "cell": "s3.received.total"}).text
    printing = [g for g in groups if any(c["cell"] == "s3.received.total" and c["count"] for c in g["cells"])]
    boxes = _chart_data(html, "cell-chart")
    assert len(boxes) == len(printing) > 1
    for g, box in zip(printing, boxes, strict=True):
        c = next(c for c in g["cells"] if c["cell"] == "s3.received.total")
        assert box == {"name": box["name"], **c} and box["min"] <= box["q1"] <= box["median"] <= box["q3"] <= box["max"]
    corrected = [r for g in groups for r in g["rates"] if r["rate"] == "corrected"]
    bars = _chart_data(html, "corrected-chart")
    assert [(b["value"], b["reports"]) for b in bars] == [(r["value"], r["reports"]) for r in corrected]
    assert all(0 <= b["value"] <= 1 for b in bars if b["value"] is not None)
    assert f"<h2>{corrected[0]['name']}</h2>" in html  # the rate's name as the summary defines it
    assert '<script src="/static/vendor/echarts-5.6.0.min.js">' in html
    label = next(c["label"] for g in groups for c in g["cells"] if c["cell"] == "s3.received.total")
    assert f"<h2>{label} " in html and 'href="/groups"' in html


def test_the_group_api_refuses_an_unknown_grouping_or_table(loaded: TestClient) -> None:
    assert loaded.get("/api/groups", params={"by": "agency"}).status_code == 422
    assert loaded.get("/api/groups", params={"table": "s9"}).status_code == 422
    assert "/api/groups" in loaded.get("/openapi.json").json()["paths"]


def test_a_mark_survives_a_new_version_of_the_report(loaded: TestClient, shared: Path) -> None:
    rid = _row(loaded, "r022.txt")["id"]
    finding = loaded.get(f"/api/reports/{rid}").json()["findings"][0]
    r = loaded.post(
        f"/api/findings/{finding['fingerprint']}/review",
        json={"status": "dismissed", "comment": "表格另有说明"},
        headers={"X-CSRF-Token": csrf(loaded)},
    )
    assert r.status_code == 200 and r.json()["label"] == "已排除"
    again = upload(loaded, [("r022.txt", (shared / "corpus" / "r022.txt").read_bytes())])
    assert (again["known"], again["total"]) == (1, 0)  # the same bytes are not read twice
    changed = upload(loaded, [("r022-修订.txt", (shared / "corpus" / "r022.txt").read_bytes() + b"\n")])
    newer = changed["reports"][0]
    same = next(
        f for f in loaded.get(f"/api/reports/{newer}").json()["findings"] if f["fingerprint"] == finding["fingerprint"]
    )
    assert (same["status"], same["comment"]) == ("dismissed", "表格另有说明")


def test_the_overview_exports_as_csv_and_xlsx(loaded: TestClient) -> None:
    r = loaded.get("/api/export", params={"format": "csv", "year": 2024})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["编号", "机关", "层级"]
    assert {row[4] for row in rows[1:]} == {"2024"}
    assert len(rows) - 1 == len(loaded.get("/api/reports", params={"year": 2024}).json())
    book = load_workbook(io.BytesIO(loaded.get("/api/export", params={"format": "xlsx"}).content))
    assert book.active.max_row == 1 + len(loaded.get("/api/reports").json())
    assert loaded.get("/api/export", params={"format": "exe"}).status_code == 422


def test_an_agencys_years_side_by_side_with_their_trend(loaded: TestClient) -> None:
    c = loaded.get("/api/compare", params={"agency": "平潭综合实验区"}).json()
    assert [r["year"] for r in c["reports"]] == [2019, 2021]
    received = next(s for s in c["cells"] if s["cell"] == "s3.received.total")
    trend = {q["quantity"]: q for q in c["trend"]}
    assert trend["requests"]["values"] == received["values"] == {"2019": 23, "2021": 70}
    assert received["changes"] == {"2021": 47}
    html = loaded.get("/compare", params={"agency": "平潭综合实验区"}).text
    drawn = _chart_data(html, "trend")
    assert drawn == {"years": [2019, 2021], "series": c["trend"]} and "(+47)" in html
    old = loaded.get("/api/compare", params={"agency": "平潭县人民政府"}).json()["trend"]
    assert {q["quantity"]: q["values"] for q in old}["proactive"] == {"2011": 425}  # from the 统计表's year column
    missing = loaded.get("/api/compare", params={"agency": "无此机关"})
    assert missing.status_code == 404 and "没有“无此机关”的报告" in missing.json()["detail"]


def test_the_trend_takes_the_review_count_from_the_fuller_row(tmp_path: Path) -> None:
    """A 统计表 printing 行政复议数 above its form's 申请行政复议数: the prose's count of reviews, and so the
    trend's, is the fuller row's (2), not the plain one printed first (1), another quantity in such a form."""
    report = tmp_path / "a.txt"
    report.write_text(
        "某县人民政府2012年政府信息公开工作年度报告\n\n一、概述\n本县依法公开政府信息。\n\n附件：政府信息公开情况统计表\n"
        "指标名称\t计量单位\t2012年度\t历年累计\n主动公开政府信息数\t条\t120\t900\n收到申请数\t件\t8\t40\n"
        "行政复议数\t件\t1\t3\n申请行政复议数\t件\t2\t5\n提起行政诉讼数\t件\t0\t1\n行政诉讼数\t件\t0\t0\n\n"
        "某县人民政府\n2013年3月20日\n",
        encoding="utf-8",
    )
    db = tmp_path / "c.duckdb"
    assert CliRunner().invoke(cli, ["ingest", "--db", str(db), "--jobs", "1", str(report)]).exit_code == 0
    with duckdb.connect(str(db)) as con:
        found = compare(con, "某县人民政府")
        assert found is not None
        values = {q["quantity"]: q["values"] for q in trend(con, found.reports)}
    assert values["review"] == {2012: 2} and values["litigation"] == {2012: 0}


def test_the_api_is_described(loaded: TestClient) -> None:
    paths = loaded.get("/openapi.json").json()["paths"]
    assert {"/api/reports", "/api/uploads", "/api/reports/{report_id}", "/api/export"} <= set(paths)
    docs = loaded.get("/docs").text
    assert "/api/findings/{fingerprint}/review" in docs and "http" not in docs.split("<main>")[1].split("openapi")[0]


# ---- what must be refused -------------------------------------------------------------------------


def _nothing_stored(c: TestClient, folder: Path) -> None:
    assert c.get("/api/reports").json() == []
    assert not (folder / "web.duckdb.files").exists()


def test_an_oversized_upload_is_refused(tmp_path: Path) -> None:
    with client(tmp_path, max_upload_bytes=4096) as c:
        r = c.post(
            "/api/uploads", files=[("files", ("big.txt", "年".encode() * 5000))], headers={"X-CSRF-Token": csrf(c)}
        )
        assert r.status_code == 413 and "超过" in r.json()["detail"] and "MB" in r.json()["detail"]
        _nothing_stored(c, tmp_path)


def test_too_many_files_are_refused(tmp_path: Path) -> None:
    with client(tmp_path, max_files=2) as c:
        files = [("files", (f"{i}.txt", "报告".encode())) for i in range(3)]
        r = c.post("/api/uploads", files=files, headers={"X-CSRF-Token": csrf(c)})
        assert r.status_code == 400 and "最多 2 个文件" in r.json()["detail"]
        _nothing_stored(c, tmp_path)


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = zip_of({"report.txt": b"0" * (64 * 1024 * 1024)})
    with client(tmp_path) as c:
        r = c.post("/api/uploads", files=[("files", ("reports.zip", bomb))], headers={"X-CSRF-Token": csrf(c)})
        assert r.status_code == 400 and "拒绝解压" in r.json()["detail"]
        _nothing_stored(c, tmp_path)


@pytest.mark.parametrize("member", ["../../etc/cron.d/x.txt", "/etc/x.txt", "a/../../x.txt", "C:\\x.txt"])
def test_a_zip_whose_member_climbs_out_is_refused(tmp_path: Path, member: str) -> None:
    archive = zip_of({"ok.txt": "政府信息公开工作年度报告".encode(), member: b"x"})
    with client(tmp_path) as c:
        r = c.post("/api/uploads", files=[("files", ("reports.zip", archive))], headers={"X-CSRF-Token": csrf(c)})
        assert r.status_code == 400 and "路径穿越" in r.json()["detail"]
        _nothing_stored(c, tmp_path)


@given(st.lists(st.sampled_from(["报告", "..", ".", "a.txt", "C:", "", "\\.."]), min_size=1, max_size=5))
def test_a_member_name_is_refused_exactly_when_it_leaves_the_archive(parts: list[str]) -> None:
    name = "/".join(parts)
    archive = zip_of({"r.txt": "政府信息公开工作年度报告".encode(), name or "x": b"x"})
    steps = [p for p in parts if p not in ("", ".")]  # what a path keeps of them
    climbs = any(p in ("..", "\\..") for p in steps) or steps[:1] == ["C:"] or name.startswith("/")
    try:
        check_upload([Upload("a.zip", archive)], Settings(Path("x.duckdb")))
    except Rejected as exc:
        assert climbs and "路径穿越" in str(exc)
    else:
        assert not climbs


def test_a_file_that_is_no_report_is_refused_by_its_content(tmp_path: Path) -> None:
    with client(tmp_path) as c:
        elf = b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8
        r = c.post("/api/uploads", files=[("files", ("年报.txt", elf))], headers={"X-CSRF-Token": csrf(c)})
        assert r.status_code == 400 and "不是报告文件" in r.json()["detail"]
        r = c.post("/api/uploads", files=[("files", ("空.txt", b"  \n"))], headers={"X-CSRF-Token": csrf(c)})
        assert r.status_code == 400 and "空文件" in r.json()["detail"]
        _nothing_stored(c, tmp_path)


def test_report_text_holding_a_script_is_shown_escaped(tmp_path: Path, shared: Path) -> None:
    text = (shared / "corpus" / "r022.txt").read_text(
        encoding="utf-8"
    ) + '\n<script>alert("x")</script><img src=x onerror=alert(1)>\n'
    with client(tmp_path) as c:
        rid = upload(c, [("r022.txt", text.encode())])["reports"][0]
        html = c.get(f"/reports/{rid}").text
        assert '<script>alert("x")' not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html
        assert "script-src" not in (policy := c.get("/").headers["content-security-policy"])
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy


def test_a_form_or_api_post_without_the_csrf_token_is_refused(loaded: TestClient) -> None:
    rid = _row(loaded, "r001.html")["id"]
    finding = loaded.get(f"/api/reports/{rid}").json()["findings"][0]
    r = loaded.post(f"/api/findings/{finding['fingerprint']}/review", json={"status": "confirmed"})
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
    form = {"fingerprint": finding["fingerprint"], "status": "confirmed", "csrf": "forged"}
    r = loaded.post(f"/reports/{rid}/review", data=form)
    assert r.status_code == 403 and "防伪校验码" in r.text
    form["csrf"] = csrf(loaded)
    r = loaded.post(f"/reports/{rid}/review", data=form, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "来源与本站不符" in r.text
    r = loaded.post("/upload", files=[("files", ("a.txt", "报告".encode()))])
    assert r.status_code == 403
    assert loaded.get(f"/api/reports/{rid}").json()["findings"][0]["status"] == "open"
    r = loaded.post(f"/reports/{rid}/review", data=form, follow_redirects=False)
    assert r.status_code == 303 and loaded.get(f"/api/reports/{rid}").json()["findings"][0]["status"] == "confirmed"


def test_a_token_is_required_off_loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    assert token_for("127.0.0.1", None) is None and token_for("::1", None) is None
    with pytest.raises(ValueError, match="必须设置访问令牌"):
        token_for("0.0.0.0", None)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "必须设置访问令牌" in result.output
    assert not (tmp_path / "x.duckdb").exists()
    monkeypatch.setenv(TOKEN_ENV, "s3cret")
    assert token_for("0.0.0.0", None) == "s3cret"


def test_with_a_token_every_page_asks_for_it(tmp_path: Path) -> None:
    from zfxxgk.web.app import create_app

    with TestClient(create_app(Settings(tmp_path / "t.duckdb", token="s3cret"), jobs=1)) as c:
        assert c.get("/", follow_redirects=False).headers["location"] == "/login"
        r = c.get("/api/reports")
        assert r.status_code == 401 and "访问令牌" in r.json()["detail"]
        assert c.get("/api/reports", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.post("/login", data={"token": "wrong"}).status_code == 401
        assert c.get("/static/app.css").status_code == 200
        c.post("/login", data={"token": "s3cret"})
        assert c.get("/api/reports").status_code == 200


def test_errors_are_plain_chinese_without_a_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with client(tmp_path) as c:
        r = c.get("/reports/999")
        assert r.status_code == 404 and "没有编号为 999 的报告" in r.text
        r = c.get("/api/reports", params={"year": "今年"})
        assert r.status_code == 422 and "请求参数不正确" in r.json()["detail"]

        def broken(*_: object) -> None:
            raise RuntimeError("secret internals")

        monkeypatch.setattr("zfxxgk.web.app.overview", broken)
        r = c.get("/")
        assert r.status_code == 500 and "服务器内部出错" in r.text
        assert "secret" not in r.text and "Traceback" not in r.text


def test_opinions_download_for_one_agency_and_for_all(loaded: TestClient) -> None:
    r001 = _row(loaded, "r001.html")
    link = f'href="/api/opinions?agency={quote(canonical_key(r001["agency"]) or "")}"'  # by its key
    assert link in loaded.get(f"/reports/{r001['id']}").text and 'href="/api/opinions"' in loaded.get("/").text
    one = loaded.get("/api/opinions", params={"agency": r001["agency"]})
    assert one.status_code == 200 and one.headers["content-type"].startswith(MEDIA_TYPES["docx"])
    assert r001["agency"] in Document(io.BytesIO(one.content)).paragraphs[0].text
    every = zipfile.ZipFile(io.BytesIO(loaded.get("/api/opinions").content)).namelist()
    agencies = {r["agency"] for r in loaded.get("/api/reports").json() if r["agency"]}
    assert f"{r001['agency']}审核意见.docx" in every and len(every) <= len(agencies)
    missing = loaded.get("/api/opinions", params={"agency": "没有的机关"})
    assert missing.status_code == 404 and "没有的机关" in missing.json()["detail"]
