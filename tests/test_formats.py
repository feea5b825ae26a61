"""Every statutory format read back from the files reports are published as: Word, PDF with a text
layer (the Word file printed by LibreOffice), a scan of that PDF (as one long image and as an
image-only PDF, through OCR) and a spreadsheet laid out like the statutory tables. A record must come
back whole; from a scan a cell may instead come back null with a finding naming it, never as another
number. The records are random but seeded; printing and OCR are slow, so only a few are read."""

from __future__ import annotations

import io
import random
import re
import subprocess

import numpy as np
import openpyxl
import pypdfium2 as pdfium
import pytest
from openpyxl.styles import Border, Side
from PIL import Image

from conftest import cjk_font
from zfxxgk import parse_bytes
from zfxxgk.load.docx import soffice
from zfxxgk.record import Record
from zfxxgk.render import render
from zfxxgk.render.document import build_blocks
from zfxxgk.render.grid import GridCell
from zfxxgk.synth import synth_record

RECORDS = {  # per statutory format: (year, level, seed, blank cells) of each record read; the first is scanned
    "pre2019": [(2016, "区县", 11, 0), (2012, "市", 12, 0), (2018, "部门", 13, 0)],
    "2019": [(2020, "市", 21, 0), (2019, "乡镇", 22, 0), (2020, "省", 23, 3)],
    "2021": [(2022, "乡镇", 31, 0), (2021, "街道", 32, 0), (2024, "区县", 33, 3)],
}
CASES = [f"{t}-{r[2]}" for t, rows in RECORDS.items() for r in rows]
SCANNED = [f"{t}-{rows[0][2]}" for t, rows in RECORDS.items()]
DPI = 150
THIN = Side(style="thin")

needs_printing = pytest.mark.skipif(
    soffice() is None or cjk_font() is None,
    reason="printing Word to PDF needs LibreOffice and a CJK font "
    "(apt-get install libreoffice-writer fonts-wqy-microhei)",
)


def record(case: str) -> Record:
    template, seed = case.rsplit("-", 1)
    year, level, _, blanks = next(r for r in RECORDS[template] if r[2] == int(seed))
    return synth_record(random.Random(int(seed)), template, year, level, blanks=blanks)


def meta(rec: Record) -> tuple:
    return rec.meta.year, rec.meta.agency, rec.meta.template


def assert_read_back(rec: Record, got: Record) -> None:
    assert got.error is None
    assert meta(got) == meta(rec)
    assert got.cells == rec.cells
    assert got.indicators == rec.indicators


def flagged(name: str, got: Record) -> bool:
    """Whether a finding names the cell (or its row or table)."""
    return any(name == c or name.startswith(c + ".") for f in got.findings for c in f.cells)


def assert_never_wrong(rec: Record, got: Record) -> None:
    """Every value read as printed, or left null with a finding naming it; meta exactly."""
    assert got.error is None
    assert meta(got) == meta(rec)
    assert set(got.cells) == set(rec.cells)
    wrong = {c: (v, got.cells[c]) for c, v in rec.cells.items() if got.cells[c] != v}
    assert all(g is None and flagged(c, got) for c, (_, g) in wrong.items()), wrong
    rows = {i.label: i.values for i in got.indicators}
    for want in rec.indicators:
        values = rows.get(want.label, {})
        missing = [col for col, v in want.values.items() if values.get(col) != v]
        assert not missing or (
            all(values.get(col) is None for col in missing) and flagged(f"indicator.{want.label}", got)
        ), (want, values)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each record's Word report printed to PDF by LibreOffice, all in one run."""
    tmp = tmp_path_factory.mktemp("print")
    sources = []
    for case in CASES:
        sources.append(tmp / f"{case}.docx")
        sources[-1].write_bytes(render(record(case), "docx"))
    profile = f"-env:UserInstallation={(tmp / 'profile').as_uri()}"
    cmd = [str(soffice()), profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(tmp)]
    subprocess.run([*cmd, *map(str, sources)], check=True, capture_output=True, timeout=600)
    return {case: (tmp / f"{case}.pdf").read_bytes() for case in CASES}


def scan(pdf: bytes, seed: int) -> list[Image.Image]:
    """The pages as a scanner gives them back: grey, turned by up to half a degree, speckled with
    gaussian noise and saved as JPEG."""
    rng = np.random.default_rng(seed)
    pages = []
    for page in pdfium.PdfDocument(pdf):
        image = page.render(scale=DPI / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-0.5, 0.5), resample=Image.Resampling.BICUBIC, fillcolor=255)
        noisy = np.asarray(image, dtype=np.float64) + rng.normal(0, 12, (image.height, image.width))
        buf = io.BytesIO()
        Image.fromarray(noisy.clip(0, 255).astype(np.uint8)).save(buf, "JPEG", quality=75)
        pages.append(Image.open(buf))
    return pages


def value(cell: GridCell) -> str | int | float | None:
    """A cell as a spreadsheet holds it: numbers as numbers, everything else as printed."""
    if not cell.text:
        return None
    if cell.role == "value" and re.fullmatch(r"-?\d+", cell.text):
        return int(cell.text)
    if cell.role == "value" and re.fullmatch(r"-?\d+\.\d+", cell.text):
        return float(cell.text)
    return cell.text


def spreadsheet(rec: Record, ruled: bool) -> bytes:
    """The report on one sheet: each line of text in column A, each statutory table at its grid
    positions with its merged cells, ruled (thin borders) or not."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "年度报告"
    top = 1
    for block in build_blocks(rec):
        if block.grid is None:
            ws.cell(top, 1, block.text)
            top += 1
            continue
        for r, placed in enumerate(block.grid.place()):
            for col, cell in placed:
                ws.cell(top + r, col + 1, value(cell))
                last_row, last_col = top + r + cell.rowspan - 1, col + cell.colspan
                if cell.rowspan > 1 or cell.colspan > 1:
                    ws.merge_cells(start_row=top + r, start_column=col + 1, end_row=last_row, end_column=last_col)
                if ruled:
                    for rr in range(top + r, last_row + 1):
                        for cc in range(col + 1, last_col + 1):
                            ws.cell(rr, cc).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        top += len(block.grid.rows)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("case", CASES)
def test_word(case: str) -> None:
    rec = record(case)
    assert_read_back(rec, parse_bytes(render(rec, "docx"), "report.docx"))


@needs_printing
@pytest.mark.parametrize("case", CASES)
def test_pdf_with_text_layer(case: str, pdfs: dict[str, bytes]) -> None:
    assert_read_back(record(case), parse_bytes(pdfs[case], "report.pdf"))


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("case", CASES)
def test_spreadsheet(case: str, ruled: bool) -> None:
    rec = record(case)
    assert_read_back(rec, parse_bytes(spreadsheet(rec, ruled), "report.xlsx"))


@needs_printing
@pytest.mark.parametrize("case", SCANNED)
def test_scan_as_image_only_pdf(case: str, pdfs: dict[str, bytes]) -> None:
    pages = scan(pdfs[case], seed=1)
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    got = parse_bytes(buf.getvalue(), "scan.pdf")
    assert got.source.media_type == "application/pdf"
    assert_never_wrong(record(case), got)


@needs_printing
@pytest.mark.parametrize("case", SCANNED)
def test_scan_as_one_long_image(case: str, pdfs: dict[str, bytes]) -> None:
    pages = scan(pdfs[case], seed=2)
    long = Image.new("L", (pages[0].width, sum(p.height for p in pages)), 255)
    for i, page in enumerate(pages):
        long.paste(page, (0, sum(p.height for p in pages[:i])))
    kind = "PNG" if case.startswith("2019") else "JPEG"
    buf = io.BytesIO()
    long.save(buf, kind)
    got = parse_bytes(buf.getvalue(), f"scan.{kind.lower()}")
    assert got.source.media_type == "image"
    assert_never_wrong(record(case), got)
