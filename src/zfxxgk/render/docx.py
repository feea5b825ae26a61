"""A record as a Word document (python-docx): 公文 fonts, A4 page, real tables with merged cells."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from lxml import etree

from .document import Block
from .grid import Grid, column_shares

BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
TITLE_FONT = "方正小标宋简体"
LATIN_FONT = "Times New Roman"
# Installed-font fallbacks Word and LibreOffice use when the 公文 fonts are missing.
ALT_NAMES = {BODY_FONT: "仿宋", HEADING_FONT: "SimHei", TITLE_FONT: "宋体"}
PAGE_WIDTH, MARGIN_LEFT, MARGIN_RIGHT = 21.0, 2.8, 2.6
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def set_font(run_or_style, east_asia: str, size: float | None = None) -> None:
    """Set a run's (or style's) fonts: Latin text in Times New Roman, Chinese in `east_asia` (w:eastAsia)."""
    font = run_or_style.font
    font.name = LATIN_FONT
    if size is not None:
        font.size = Pt(size)
    element = run_or_style.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.SubElement(rpr, qn("w:lang"))
    lang.set(qn("w:eastAsia"), "zh-CN")


def _add_font_fallbacks(doc: DocxDocument) -> None:
    """Declare each 公文 font in the font table with an altName that is commonly installed."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) != "/word/fontTable.xml":
            continue
        root = etree.fromstring(part.blob)
        for name, alt in ALT_NAMES.items():
            font = etree.SubElement(root, f"{{{W_NS}}}font", {f"{{{W_NS}}}name": name})
            etree.SubElement(font, f"{{{W_NS}}}altName", {f"{{{W_NS}}}val": alt})
            etree.SubElement(font, f"{{{W_NS}}}charset", {f"{{{W_NS}}}val": "86"})
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _paragraph(doc: DocxDocument, text: str, font: str, size: float, align=None, indent: bool = False) -> Paragraph:
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(max(size * 1.75, 28) if size >= 16 else size * 1.5)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), font, size)
    return p


def add_grid(doc: DocxDocument, grid: Grid) -> None:
    """A Word table with the grid's merged cells."""
    table = doc.add_table(rows=len(grid.rows), cols=grid.width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [TEXT_WIDTH * share for share in column_shares(grid)]
    for i, column in enumerate(table.columns):  # the grid (LibreOffice) and each cell (Word) carry widths
        column.width = Cm(widths[i])
    matrix = [list(row.cells) for row in table.rows]  # before merging: one cell per position (table.cell is slow)
    for row in matrix:
        for i, cell in enumerate(row):
            cell.width = Cm(widths[i])
    for r, placed in enumerate(grid.place()):
        for col, spec in placed:
            cell = matrix[r][col]
            if spec.rowspan > 1 or spec.colspan > 1:
                cell = cell.merge(matrix[r + spec.rowspan - 1][col + spec.colspan - 1])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if spec.role in ("label", "note") else WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            font = HEADING_FONT if spec.role in ("caption", "header") else BODY_FONT
            small = spec.role == "note" or (grid.width > 12 and spec.header)
            set_font(p.add_run(spec.text), font, 9 if small else 10.5)
    for row in table.rows[: grid.header_rows]:  # header rows repeat on each page the table runs onto
        row._tr.get_or_add_trPr().append(etree.Element(qn("w:tblHeader")))
    doc.add_paragraph()


def blocks_docx(blocks: list[Block], title: str) -> bytes:
    """The report as the bytes of a .docx file."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(PAGE_WIDTH), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(MARGIN_LEFT), Cm(MARGIN_RIGHT)
    set_font(doc.styles["Normal"], BODY_FONT, 16)
    _add_font_fallbacks(doc)
    doc.core_properties.title = title
    doc.core_properties.language = "zh-CN"
    for b in blocks:
        if b.kind == "title":
            _paragraph(doc, b.text, TITLE_FONT, 22, WD_ALIGN_PARAGRAPH.CENTER)
        elif b.kind == "heading":
            _paragraph(doc, b.text, HEADING_FONT, 16, indent=True)
        elif b.kind == "paragraph":
            _paragraph(doc, b.text, BODY_FONT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        elif b.kind == "signature":
            _paragraph(doc, b.text, BODY_FONT, 16, WD_ALIGN_PARAGRAPH.RIGHT)
        elif b.grid is not None:
            add_grid(doc, b.grid)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
