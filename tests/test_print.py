"""Parsed real reports, written out: each table once and as a table, and printed (Chromium for the
HTML, LibreOffice for the .docx) with no number broken inside its cell, header rows repeated on every
page a table runs onto, the 仿宋-like body in a serif and the 黑体-like headings in a sans font."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from conftest import SHARED
from zfxxgk.pipeline import parse_path
from zfxxgk.record import Record
from zfxxgk.render import PdfUnavailable, render
from zfxxgk.render import pdf as pdf_module
from zfxxgk.render.document import build_blocks, record_template
from zfxxgk.render.grid import format_value

REAL = [SHARED / "corpus" / "r013.pdf", SHARED / "corpus" / "r001.html", SHARED / "corpus" / "r010.txt"]
_NUMBER = re.compile(r"[+-]?\d[\d.]*")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def tables_only(path: Path) -> Record:
    """The parsed report without its prose, so that every number printed is a table's."""
    record = parse_path(path)
    record.sections = {}
    return record


def grid_count(record: Record) -> int:
    return sum(1 for b in build_blocks(record) if b.grid is not None)


def pdf_pages(data: bytes, tmp_path: Path) -> list[str]:
    """Each page's text, as pdftotext lays it out."""
    (tmp_path / "out.pdf").write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "out.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def unbroken(record: Record, pages: list[str]) -> None:
    """Every value of the record is printed whole: a number broken inside its cell would print as two."""
    printed = {m.group() for page in pages for m in _NUMBER.finditer(page)}
    kinds = record_template(record).cell_kind
    values = {format_value(v, kinds[c]) for c, v in record.cells.items() if v is not None}
    assert values and values <= printed, values - printed


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_each_table_is_written_once_and_as_a_table(path: Path) -> None:
    record = parse_path(path)
    labels = [r.label for t in record_template(record).tables for r in t.rows if len(r.label) > 3]
    document = docx.Document(io.BytesIO(render(record, "docx")))
    assert len(document.tables) == grid_count(record) == 3
    prose = "\n".join(p.text for p in document.paragraphs)
    html = render(record, "html")
    assert html.count("<table") == 3
    paragraphs = "\n".join(re.findall(r"<p[^>]*>(.*?)</p>", html))
    for text in (prose, paragraphs, render(record, "md").split("|", 1)[0]):
        assert "|" not in text
        assert not any(re.search(re.escape(label) + r"[\s|]*\d+[\s|]+\d", text) for label in labels)
    assert record.cells and all(f'data-cell="{c}"' in html for c in record.cells)


@needs_pdftotext
@pytest.mark.skipif(pdf_module.pdf_engine() is None, reason="neither Chromium nor LibreOffice is installed")
def test_pdf_prints_every_number_whole_on_a4_pages(tmp_path: Path) -> None:
    record = tables_only(REAL[0])
    pages = pdf_pages(render(record, "pdf"), tmp_path)
    assert 2 <= len(pages) <= 6
    unbroken(record, pages)
    assert all(page.strip() for page in pages)  # no page left blank before a table


@needs_pdftotext
@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")
def test_a_table_run_onto_the_next_page_repeats_its_header_rows(tmp_path: Path) -> None:
    record = tables_only(REAL[1])
    # short pages of the same width: table 三 runs onto the next (Chromium repeats a header that takes
    # at most a quarter of the page)
    html = re.sub(r"@page \{[^}]*\}", "@page { size: 21cm 18cm; margin: 1cm 2.6cm 1cm 2.8cm; }", render(record, "html"))
    pages = pdf_pages(pdf_module.print_pdf(html), tmp_path)
    with_header = [i for i, page in enumerate(pages) if "申请人情况" in page]  # only table 三 prints it
    assert len(with_header) >= 2 and with_header == list(range(with_header[0], with_header[-1] + 1))
    assert all(pages[i].count("申请人情况") == 1 and "法人或其他组织" in pages[i] for i in with_header)
    unbroken(record, pages)


@needs_pdftotext
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_the_docx_in_serif_and_sans_with_numbers_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tables_only(REAL[2])
    monkeypatch.setattr(pdf_module, "pdf_engine", lambda: ("libreoffice", shutil.which("soffice")))
    data = render(record, "pdf")
    unbroken(record, pdf_pages(data, tmp_path))
    fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], capture_output=True, text=True).stdout
    names = [line.split()[0] for line in fonts.splitlines()[2:]]
    assert any("Serif" in n or "Song" in n for n in names) and any("Sans" in n or "Hei" in n for n in names), names


def test_pdf_without_a_converter_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module.shutil, "which", lambda name: None)
    with pytest.raises(PdfUnavailable, match=r"Chromium.*LibreOffice"):
        render(tables_only(REAL[2]), "pdf")
