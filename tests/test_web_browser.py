"""The web app in a real headless Chromium: upload the corpus, open a report, click a cell and see where
it was read, dismiss a finding and see the mark on a re-uploaded version, export the overview. Each
step's screenshot is checked for its size and the page for its text."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from web_support import YEAR, application_register, corpus_zip
from zfxxgk.web.app import create_app
from zfxxgk.web.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no system Chromium (CI: apt-get install chromium)")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
VIEW = {"width": 1366, "height": 768}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served on a free loopback port by uvicorn in a thread."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Settings(tmp_path_factory.mktemp("browser") / "web.duckdb"), jobs=1)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    end = time.monotonic() + 30
    while not server.started and time.monotonic() < end:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        yield browser.new_page(viewport=VIEW, base_url=server, accept_downloads=True)
        browser.close()


def _shot(page: object, path: Path) -> Image.Image:
    page.screenshot(path=str(path))
    image = Image.open(path)
    assert image.size == (VIEW["width"], VIEW["height"])
    assert len(image.convert("L").resize((64, 36)).getcolors(256) or []) > 8  # drawn, not a blank page
    return image


def _drawn(page: object, box: str) -> int:
    """Checks the chart in `box` is an SVG of visible size; returns how many values its series plot."""
    size = page.locator(f"{box} svg").bounding_box()
    assert size["width"] > 300 and size["height"] > 200
    return page.evaluate(
        "(sel) => echarts.getInstanceByDom(document.querySelector(sel)).getOption().series"
        ".reduce((n, s) => n + s.data.filter((v) => v !== null).length, 0)",
        box,
    )


def _upload(page: object, files: list[Path]) -> None:
    page.goto("/")
    page.set_input_files("#files", [str(f) for f in files])
    page.click("#upload-form button")
    page.wait_for_selector("#summary", timeout=120_000)


def test_upload_open_click_review_export(page: object, shared: Path, tmp_path: Path) -> None:
    archive = tmp_path / "corpus.zip"
    archive.write_bytes(corpus_zip(shared))
    _upload(page, [archive])
    assert "新读入 13 份" in page.inner_text("#summary")
    _shot(page, tmp_path / "upload.png")

    page.goto("/")
    assert page.locator("#overview tbody tr").count() == 13
    _shot(page, tmp_path / "overview.png")

    # a PDF: the cell's box drawn over its page
    page.click("#overview a:text-is('淮安市人民政府') >> nth=0")
    page.wait_for_selector("#pdf")
    page.click('td[data-cell="s2.regulations.issued"]')
    page.wait_for_selector("#box", state="visible")
    page.wait_for_load_state("networkidle")
    assert page.locator("#page").evaluate("img => img.complete && img.naturalWidth") > 1000
    assert "读自第 3 页" in page.inner_text("#where")
    box = page.locator("#box").bounding_box()
    assert box is not None and box["width"] > 10 and box["height"] > 5
    _shot(page, tmp_path / "pdf.png")

    # a text report: the cell's line highlighted; dismiss a finding with a comment
    rid = page.evaluate("fetch('/api/reports').then(r => r.json())")
    r022 = next(r["id"] for r in rid if r["path"] == "corpus.zip/r022.txt")
    page.goto(f"/reports/{r022}")
    # a cell an error is about that was read from a line (the cells a finding leaves unread are marked too)
    cell_id = page.evaluate(
        """() => {
          const cells = JSON.parse(document.getElementById("cell-data").textContent);
          return [...document.querySelectorAll("td.has-error[data-cell]")]
            .map((td) => td.dataset.cell).find((id) => cells[id] && cells[id].line);
        }"""
    )
    assert cell_id
    page.locator(f'td[data-cell="{cell_id}"]').first.click()
    assert page.locator("li.selected").count() == 1
    assert "读自第" in page.inner_text("#where") and "行" in page.inner_text("#where")
    first = page.locator("li.finding").first
    fid = first.get_attribute("id")
    first.locator("input[name=comment]").fill("已核实，表格无误")
    first.locator("button[value=dismissed]").click()
    page.wait_for_selector(f"#{fid}.dismissed")
    assert "已排除" in page.inner_text(f"#{fid}") and "已核实，表格无误" in page.inner_text(f"#{fid}")
    _shot(page, tmp_path / "review.png")

    # a changed copy of the same report, uploaded again: a new version, the finding still dismissed
    changed = tmp_path / "r022-修订.txt"
    changed.write_bytes((shared / "corpus" / "r022.txt").read_bytes() + b"\n")
    _upload(page, [changed])
    page.click("#job table a")
    page.wait_for_selector(f"#{fid}")
    assert "dismissed" in (page.get_attribute(f"#{fid}", "class") or "")
    assert "已排除" in page.inner_text(f"#{fid}")
    assert page.locator(f'td[data-cell="{cell_id}"]').count() == 1

    # a pre-2019 report: a 统计表 value's line highlighted
    r003 = next(r["id"] for r in rid if r["path"] == "corpus.zip/r003.txt")
    page.goto(f"/reports/{r003}")
    page.click('td[data-cell="indicator.0.2011年度"]')
    assert page.locator("#lines li.selected").get_attribute("id") == "L10"
    assert "主动公开信息数（2011年度）：425条，读自第 10 行" in page.inner_text("#where")
    _shot(page, tmp_path / "indicators.png")

    # the groups by level, a cell chosen: a box per level that prints it, the rates' bars
    page.goto("/")
    page.click("nav a:text-is('分组统计')")
    page.select_option("#group-form select[name=by]", "level")
    page.select_option("#group-form select[name=cell]", "s3.received.total")
    page.click("#group-form button")
    page.wait_for_selector("#cell-chart svg")
    assert _drawn(page, "#cell-chart") == page.locator("#rates tbody tr").count() == 4
    shares = json.loads(page.locator("#corrected-chart-data").text_content())
    assert _drawn(page, "#corrected-chart") == sum(b["value"] is not None for b in shares) >= 1
    page.locator("#cell-chart").scroll_into_view_if_needed()
    _shot(page, tmp_path / "groups.png")

    # the agency's years side by side, with the trend drawn
    page.goto("/")
    page.click("#overview a:text-is('平潭综合实验区') >> nth=0")
    page.click("#compare-link")
    page.wait_for_selector("#trend svg")
    assert page.locator("#compare thead th").count() == 3  # the cell, 2019, 2021
    assert _drawn(page, "#trend") >= 4  # 2019 and 2021 on each line
    assert "本年新收申请" in page.inner_text("#trend")
    _shot(page, tmp_path / "compare.png")

    # the overview exported, as filtered
    page.goto("/?year=2023")
    with page.expect_download() as download:
        page.click("#export-csv")
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("编号,机关") and len(lines) == 1 + page.locator("#overview tbody tr").count()
    assert all(",2023," in line for line in lines[1:])


def test_write_a_report_from_a_register(page: object, tmp_path: Path) -> None:
    register = tmp_path / "申请登记表.xlsx"
    register.write_bytes(application_register(2))
    page.goto(f"/write?year={YEAR}")
    page.set_input_files("input[name=registers]", [str(register)])
    page.click("#registers button")
    page.wait_for_selector("#read")
    assert page.input_value("[id='s3.granted.total']") == "2"
    page.fill("input[name=agency]", "某某区司法局")

    page.fill("[id='s3.granted.total']", "5")  # the row no longer adds up, nor the outcomes
    page.wait_for_selector("[id='s3.granted.total'].broken")
    assert "数字不平" in page.inner_text("[id='note-s3.granted.total']")
    assert "identity.row_total" in page.inner_text("#findings")
    _shot(page, tmp_path / "write-broken.png")

    page.fill("[id='s3.granted.total']", "2")
    page.wait_for_selector("#check-state.ok")
    assert page.locator("#findings li").count() == 0 and page.locator(".broken").count() == 0

    page.select_option("select[name=format]", "docx")
    with page.expect_download() as info:
        page.click("#write-form button[type=submit]")
    doc = Document(info.value.path())
    assert any("某某区司法局" in p.text for p in doc.paragraphs)
    assert any(c.text.strip() == "2" for t in doc.tables for row in t.rows for c in row.cells)
