"""PDF → Document: words with their positions, tables rebuilt from ruling lines or from alignment.

pypdfium2 opens the file (password, damage, page count, metadata) and reads each page's characters
and drawn edges (`glyphs`), one page at a time; pdfplumber's word grouping and ruled-table finder
then work on them as they would on pdfplumber's own. Pages with no text layer go to OCR."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, merge_edges
from pdfplumber.utils.clustering import cluster_objects
from pdfplumber.utils.text import WordExtractor

from ..document import Document
from .errors import LoadError
from .flow import Page, RuledTable, group_lines, join_text, write_pages
from .glyphs import Char, Fonts, Frame, PageReader, page_fonts
from .layout import Segment, clean_line
from .ruled import Box, CentreIndex, cells_from_crossings, location, outside, ruled_table

MAX_PAGES = 300
MIN_CHARS = 10  # a page with fewer characters than this (and an image) is a scan
_WORD_GAP = 1.2  # x-gap, in font sizes, that separates two cells of a row
_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")
_SNAP = 3  # pdfplumber's snap and join tolerances for rulings
_EDGE_MIN = 3  # shorter rulings (after joining) are no table's
_CROSS = 4  # how near two rulings must come to cross
_PAGE_WORDS = WordExtractor(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, extra_attrs=["size"])
_CELL_WORDS = WordExtractor(x_tolerance=1.5)  # and pdfplumber's default y_tolerance of 3
_CELL_LINE_GAP = 3

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


def _words(chars: list[Char]) -> list[dict[str, Any]]:
    return _PAGE_WORDS.extract_words(chars)


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


def _find_tables(edges: list[dict[str, Any]]) -> list[Table]:
    """pdfplumber's ruled-table finder ("lines" strategy) on the page's edges."""
    edges = [e for e in edges if e["orientation"] == "v" and e["height"] >= 1] + [
        e for e in edges if e["orientation"] == "h" and e["width"] >= 1
    ]
    edges = merge_edges(edges, _SNAP, _SNAP, _SNAP, _SNAP)
    edges = [e for e in edges if (e["height"] if e["orientation"] == "v" else e["width"]) >= _EDGE_MIN]
    points = edges_to_intersections(edges, _CROSS, _CROSS)
    # a Table reads its page only to extract text; its rows come from the cells alone
    return [Table(None, cells) for cells in cells_to_tables(cells_from_crossings(points))]  # type: ignore[arg-type]


def _cell_texts(table: Table, chars: list[Char]) -> list[list[str | None]]:
    """Each cell's text (None where the grid has no cell), as pdfplumber's `Table.extract` gives it."""
    out: list[list[str | None]] = []
    index = CentreIndex(chars)
    for row in table.rows:
        row_chars = [c for c in index.band(row.bbox[1], row.bbox[3]) if _mid_in(c, row.bbox)]
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            own = [c for c in row_chars if _mid_in(c, cell)]
            texts.append(_cell_text(own))
        out.append(texts)
    return out


def _cell_text(chars: list[Char]) -> str:
    """A cell's characters as text, as pdfplumber's `extract_text(chars, x_tolerance=1.5)` gives it
    (words one space apart, lines clustered by top within 3 points), without its per-call set-up."""
    words = _CELL_WORDS.extract_words(chars)
    return "\n".join(" ".join(w["text"] for w in line) for line in cluster_objects(words, "top", _CELL_LINE_GAP))


def _mid_in(c: Char, box: Box) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _tables(
    chars: list[Char], edges: list[dict[str, Any]], number: int, words: list[dict[str, Any]]
) -> tuple[list[RuledTable], list[Box]]:
    """Ruled tables on the page as grids, and the cell boxes they cover."""
    tables: list[RuledTable] = []
    covered: list[Box] = []
    for table in _find_tables(edges):
        if table.rows and (found := ruled_table(table.rows, _cell_texts(table, chars), words, number)):
            tables.append(found[0])
            covered.extend(found[1])
    return tables, covered


def read_page(chars: list[Char], edges: list[dict[str, Any]], number: int, width: float, height: float) -> Page:
    """One text-layer page: its ruled tables and the lines of the words outside them."""
    words = _words(chars)
    tables, covered = _tables(chars, edges, number, words)
    words = outside(words, covered)
    return Page(number, width, height, group_lines(_segments(words, number)), tables)


def _page_fonts(data: bytes) -> Iterator[Fonts]:
    """Each page's font descents as pdfminer's object parser reads them from the file's dictionaries
    (no content streams); nothing more once the file's structure fails it (pdfium's then serve)."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for page in PDFPage.create_pages(document):
            yield page_fonts(page.attrs.get("Resources"))
    except Exception:  # pdfium reads what pdfminer cannot
        return


def _images(holder: Any, form: bool = False) -> int:
    """How many images a page (or a form on it) draws."""
    count = raw.FPDFFormObj_CountObjects(holder) if form else raw.FPDFPage_CountObjects(holder)
    n = 0
    for k in range(count):
        obj = raw.FPDFFormObj_GetObject(holder, k) if form else raw.FPDFPage_GetObject(holder, k)
        kind = raw.FPDFPageObj_GetType(obj)
        n += kind == raw.FPDF_PAGEOBJ_IMAGE or (kind == raw.FPDF_PAGEOBJ_FORM and _images(obj, form=True) > 0)
    return n


def _read_pages(doc: pdfium.PdfDocument, data: bytes) -> tuple[list[Page], list[int]]:
    """Each page's text layer, one page in memory at a time, and the indexes of the pages that are
    scans (left for OCR)."""
    reader = PageReader()
    fonts = _page_fonts(data)
    pages: list[Page] = []
    scanned: list[int] = []
    for i in range(len(doc)):
        page_fonts_ = next(fonts, {})
        try:
            page = doc[i]
        except pdfium.PdfiumError:
            raise LoadError("corrupt", f"PDF 第 {i + 1} 页已损坏，无法读取。") from None
        try:
            frame = Frame.of(page.get_mediabox(), page.get_rotation())
            width, height = frame.width, frame.height
            textpage = page.get_textpage()
            try:
                chars = reader.chars(textpage.raw, frame, page_fonts_)
            finally:
                textpage.close()
            if len(chars) < MIN_CHARS and (not chars or _images(page.raw)):
                scanned.append(i)
                pages.append(Page(i + 1, width, height))
                continue
            pages.append(read_page(chars, reader.edges(page.raw, frame), i + 1, width, height))
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
        pages, scanned = _read_pages(doc, data)
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
