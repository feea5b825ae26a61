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

from ..document import Document, Location
from .errors import LoadError
from .flow import Page, RuledTable, fills_width, group_lines, join_text, write_pages
from .layout import Segment, clean_cell, clean_line

MAX_PAGES = 300
MIN_CHARS = 10  # a page with fewer characters than this (and an image) is a scan
_WORD_GAP = 1.2  # x-gap, in font sizes, that separates two cells of a row
_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "intersection_tolerance": 4}

Box = tuple[float, float, float, float]

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
    except pdfium.PdfiumError:
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
                [(w["text"], _loc(number, w["x0"], w["top"], w["x1"], w["bottom"]))],
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


def _loc(page: int, x0: float, top: float, x1: float, bottom: float) -> Location:
    return {"page": page, "bbox": [round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)]}


def _column_edges(rows: list[Any], width: int) -> list[tuple[float, float] | None]:
    """Each grid column's x-range, from the cells that have a box in that column."""
    edges: list[tuple[float, float] | None] = []
    for c in range(width):
        boxes = [r.cells[c] for r in rows if c < len(r.cells) and r.cells[c] is not None]
        if not boxes:
            edges.append(None)
            continue
        x0 = sorted(b[0] for b in boxes)[len(boxes) // 2]
        # a cell spanning several columns has its x1 further right: take the narrowest
        x1 = min(b[2] for b in boxes)
        edges.append((x0, x1))
    return edges


def _tables(page: Any, number: int, words: list[dict[str, Any]]) -> tuple[list[RuledTable], list[Box]]:
    """Ruled tables on the page as grids, and the cell boxes they cover."""
    tables: list[RuledTable] = []
    covered: list[Box] = []
    for table in page.find_tables(_TABLE_SETTINGS):
        if table.rows and (found := ruled_table(table.rows, table.extract(x_tolerance=1.5), words, number)):
            tables.append(found[0])
            covered.extend(found[1])
    return tables, covered


def ruled_table(
    rows: list[Any], texts: list[list[str | None]], words: list[dict[str, Any]], number: int
) -> tuple[RuledTable, list[Box]] | None:
    """A table found from its rulings (pdfplumber rows of cell boxes, and each cell's text) as a grid,
    and the cell boxes it covers; None for a single-column "table" (a box around prose), which is left
    to the text flow, as are full-width rows above or below the data. Words in a grid position without
    a cell of its own (a missing ruling) are put there; a cell's location carries the lowest confidence
    of its words, when they have one (OCR)."""
    tx0 = min(r.bbox[0] for r in rows)
    tx1 = max(r.bbox[2] for r in rows)
    full = [_is_full_width(r.cells, tx0, tx1) for r in rows]
    lo, hi = 0, len(rows)
    while lo < hi and full[lo]:
        lo += 1
    while hi > lo and full[hi - 1]:
        hi -= 1
    keep = list(range(lo, hi))
    if not any(sum(1 for t in texts[i] if t and t.strip()) >= 2 for i in keep):
        return None
    width = max(len(r.cells) for r in rows)
    edges = _column_edges([rows[i] for i in keep], width)
    boxes = [b for i in keep for b in rows[i].cells if b is not None]
    loose = [w for w in words if inside(w, [(tx0, rows[lo].bbox[1], tx1, rows[hi - 1].bbox[3])])]
    loose = [w for w in loose if not inside(w, boxes)]
    grid: list[list[tuple[str, Location]]] = []
    wraps: set[int] = set()
    for i in keep:
        row = rows[i]
        cells = []
        for c in range(width):
            box = row.cells[c] if c < len(row.cells) else None
            text = clean_cell(texts[i][c] or "") if c < len(texts[i]) else ""
            if box is None and (edge := edges[c]) is not None:
                area = (edge[0], row.bbox[1], edge[1], row.bbox[3])
                found = [w for w in loose if inside(w, [area])]
                if found:
                    text, box = clean_cell(" ".join(w["text"] for w in found)), area
                    boxes.append(area)
            own = [w for w in words if inside(w, [box])] if box is not None and text else []
            loc = _loc(number, *(box or row.bbox))
            if confidences := [w["confidence"] for w in own if "confidence" in w]:
                loc["confidence"] = round(min(confidences), 4)
            cells.append((text, loc))
            if i == hi - 1 and box is not None and fills_width([_box(w) for w in own], box[2]):
                wraps.add(c)
        grid.append(cells)
    return RuledTable(rows[lo].bbox[1], grid, frozenset(wraps)), boxes


def _box(w: dict[str, Any]) -> Box:
    return (w["x0"], w["top"], w["x1"], w["bottom"])


def _is_full_width(cells: list[Any], x0: float, x1: float) -> bool:
    real = [c for c in cells if c is not None]
    return len(real) == 1 and real[0][2] - real[0][0] >= 0.9 * (x1 - x0)


def inside(w: dict[str, Any], areas: list[Box]) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in areas)


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
