"""PDF → Document: words with their positions, tables rebuilt from ruling lines or from alignment.

pypdfium2 opens the file first (fast checks: password, damage, page count, metadata); pdfplumber
then reads each page's words and ruled tables. Pages with no text layer go to OCR."""

from __future__ import annotations

import io
import json
import logging
import re
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFPasswordIncorrect

from ..document import Document
from .errors import LoadError
from .flow import Page, RuledTable, group_lines, join_text, write_pages
from .layout import Segment, clean_line
from .ruled import Box, inside, location, ruled_table

MAX_PAGES = 300
MIN_CHARS = 10  # a page with fewer characters than this (and an image) is a scan
_WORD_GAP = 1.2  # x-gap, in font sizes, that separates two cells of a row
_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "intersection_tolerance": 4}

logging.getLogger("pdfminer").setLevel(logging.ERROR)


def open_pdfium(data: bytes) -> pdfium.PdfDocument:
    """The PDF opened by pdfium. Raises LoadError: encrypted, corrupt or too_many_pages."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise LoadError("encrypted", "这个 PDF 设置了打开密码，无法读取。请提供未加密的文件。") from None
        raise LoadError("corrupt", f"PDF 文件已损坏或不完整，无法打开（{exc}）。") from None
    n = len(doc)
    if n == 0:
        doc.close()
        raise LoadError("corrupt", "PDF 文件中没有任何页面，可能已损坏。")
    if n > MAX_PAGES:
        doc.close()
        raise LoadError("too_many_pages", f"PDF 有 {n} 页，超过 {MAX_PAGES} 页的上限，不像是一份年度报告。")
    return doc


def _meta_hints(doc: pdfium.PdfDocument) -> dict[str, str]:
    try:
        meta = doc.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, UnicodeDecodeError):  # damaged metadata: a broken UTF-16 title
        return {}
    hints: dict[str, str] = {}
    if title := clean_line(meta.get("Title", "")):
        hints["title"] = title
    if m := _DATE.match(meta.get("CreationDate", "")):
        hints["created"] = f"{m[1]}-{m[2]}-{m[3]}"
    return hints


def _words(page: Any) -> list[dict[str, Any]]:
    return page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, extra_attrs=["size"])


def _segments(words: list[dict[str, Any]], number: int) -> list[Segment]:
    """Words → runs on one line, split where the gap is wide enough to separate table cells."""
    lines = group_lines(
        [
            Segment(
                w["x0"],
                w["x1"],
                w["top"],
                w["bottom"],
                w["text"],
                [(w["text"], location(number, w["x0"], w["top"], w["x1"], w["bottom"]))],
            )
            for w in words
        ]
    )
    out: list[Segment] = []
    for line in lines:
        cur: Segment | None = None
        for w in line.segments:
            size = max(w.bottom - w.top, 1.0)
            if cur is not None and w.x0 - cur.x1 < _WORD_GAP * size:
                sep = join_text(cur.text, w.text)
                cur.text += sep + w.text
                cur.locations.append((sep + w.text, w.locations[0][1]))
                cur.x1, cur.top, cur.bottom = w.x1, min(cur.top, w.top), max(cur.bottom, w.bottom)
            else:
                cur = Segment(w.x0, w.x1, w.top, w.bottom, w.text, list(w.locations))
                out.append(cur)
    return out


def _tables(page: Any, number: int, words: list[dict[str, Any]]) -> tuple[list[RuledTable], list[Box]]:
    """Ruled tables on the page as grids, and the cell boxes they cover."""
    tables: list[RuledTable] = []
    covered: list[Box] = []
    for table in page.find_tables(_TABLE_SETTINGS):
        if table.rows and (found := ruled_table(table.rows, table.extract(x_tolerance=1.5), words, number)):
            tables.append(found[0])
            covered.extend(found[1])
    return tables, covered


def read_page(page: Any, number: int) -> Page:
    """One text-layer page: its ruled tables and the lines of the words outside them."""
    words = _words(page)
    tables, covered = _tables(page, number, words)
    words = [w for w in words if not inside(w, covered)]
    return Page(number, float(page.width), float(page.height), group_lines(_segments(words, number)), tables)


def _read_pages(plumber: Any) -> tuple[list[Page], list[int]]:
    """Each page's text layer, and the indexes of the pages that are scans (left for OCR)."""
    pages: list[Page] = []
    scanned: list[int] = []
    for i, page in enumerate(plumber.pages):
        try:
            if len(page.chars) < MIN_CHARS and (page.images or len(page.chars) == 0):
                scanned.append(i)
                pages.append(Page(i + 1, float(page.width), float(page.height)))
                continue
            pages.append(read_page(page, i + 1))
        except LoadError:
            raise
        except Exception as exc:
            raise LoadError("corrupt", f"PDF 第 {i + 1} 页已损坏，无法读取（{type(exc).__name__}）。") from None
        finally:
            page.close()
    return pages, scanned


def load_pdf(data: bytes) -> Document:
    """Read a PDF. Raises LoadError: encrypted, corrupt, too_many_pages (or OCR errors for scans)."""
    doc = open_pdfium(data)
    try:
        hints = _meta_hints(doc)
        try:
            plumber = pdfplumber.open(io.BytesIO(data))
        except PDFPasswordIncorrect:
            raise LoadError("encrypted", "这个 PDF 设置了打开密码，无法读取。请提供未加密的文件。") from None
        except Exception as exc:
            raise LoadError("corrupt", f"PDF 文件已损坏，无法读取（{type(exc).__name__}）。") from None
        try:
            with plumber:
                pages, scanned = _read_pages(plumber)
        except LoadError:
            raise
        except Exception as exc:  # pdfminer fails on a broken page tree while listing the pages
            raise LoadError("corrupt", f"PDF 文件的页面结构已损坏，无法读取（{type(exc).__name__}）。") from None
        if scanned:
            from .ocr import ocr_pdf_pages

            low = ocr_pdf_pages(doc, scanned, pages)
            hints["ocr_pages"] = ",".join(str(i + 1) for i in scanned)
            if low:
                hints["low_confidence"] = json.dumps(low, ensure_ascii=False)
        return write_pages(pages, "application/pdf", hints)
    finally:
        doc.close()


__all__ = ["MAX_PAGES", "load_pdf", "open_pdfium"]
