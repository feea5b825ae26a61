"""A record as a Word document (python-docx): 公文 fonts, A4 page, real tables with merged cells."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from lxml import etree

from .document import Block
from .fonts import installed_families
from .grid import Grid, column_shares

# The 公文 families the statutory form is set in, each followed by what Windows, macOS and Linux
# machines have in its place: a document names the first one installed where it is written (Word and
# LibreOffice take only one name per run), and the font table keeps the form's own as its alternative.
BODY_FONTS = (
    "仿宋_GB2312",
    "FangSong_GB2312",
    "仿宋",
    "FangSong",
    "STFangsong",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
)
HEADING_FONTS = ("黑体", "SimHei", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC")
TITLE_FONTS = (
    "方正小标宋简体",
    "FZXiaoBiaoSong-B05S",
    "宋体",
    "SimSun",
    "Songti SC",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
)
LATIN_FONTS = ("Times New Roman", "Liberation Serif", "Tinos", "Noto Serif CJK SC", "DejaVu Serif")
PAGE_WIDTH, MARGIN_LEFT, MARGIN_RIGHT = 21.0, 2.8, 2.6
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TABLE_SIZE, SMALL_SIZE = 10.5, 9.0  # pt: a table's text, and a wide table's headers and notes
CELL_MARGIN = 0.1  # cm, left and right of a cell's text
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold


def installed_font(families: tuple[str, ...]) -> str:
    """The first of `families` this machine has (fontconfig's list), else the first."""
    have = installed_families()
    return next((f for f in families if f in have), families[0])


def set_font(run_or_style, families: tuple[str, ...], size: float | None = None) -> None:
    """Set a run's (or style's) fonts: Chinese in the first of `families` installed (w:eastAsia), Latin
    letters and digits in Times New Roman or its stand-in."""
    font = run_or_style.font
    latin = installed_font(LATIN_FONTS)
    font.name = latin
    if size is not None:
        font.size = Pt(size)
    element = run_or_style.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), installed_font(families))
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.SubElement(rpr, qn("w:lang"))
    lang.set(qn("w:eastAsia"), "zh-CN")


def _add_font_fallbacks(doc: DocxDocument) -> None:
    """Declare each font used in the font table, with the form's own family as its alternative name
    and its kind (serif or sans), for a machine that has neither."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) != "/word/fontTable.xml":
            continue
        root = etree.fromstring(part.blob)
        for families, kind in ((BODY_FONTS, "roman"), (HEADING_FONTS, "swiss"), (TITLE_FONTS, "roman")):
            name = installed_font(families)
            font = etree.SubElement(root, f"{{{W_NS}}}font", {f"{{{W_NS}}}name": name})
            alt = families[0] if name != families[0] else families[1]
            etree.SubElement(font, f"{{{W_NS}}}altName", {f"{{{W_NS}}}val": alt})
            etree.SubElement(font, f"{{{W_NS}}}charset", {f"{{{W_NS}}}val": "86"})
            etree.SubElement(font, f"{{{W_NS}}}family", {f"{{{W_NS}}}val": kind})
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _paragraph(
    doc: DocxDocument, text: str, font: tuple[str, ...], size: float, align=None, indent: bool = False
) -> Paragraph:
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


def _cell_margins(table) -> None:
    """Narrow left and right cell margins, so that a count fits its column as on the printed form."""
    tbl_pr = table._tbl.tblPr
    margins = etree.SubElement(tbl_pr, qn("w:tblCellMar"))
    for side in ("left", "right"):
        etree.SubElement(
            margins, qn(f"w:{side}"), {qn("w:w"): str(round(CELL_MARGIN / 2.54 * 1440)), qn("w:type"): "dxa"}
        )


def add_grid(doc: DocxDocument, grid: Grid) -> None:
    """A Word table with the grid's merged cells."""
    table = doc.add_table(rows=len(grid.rows), cols=grid.width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _cell_margins(table)
    wide = grid.width > 12
    em = Pt(SMALL_SIZE if wide else TABLE_SIZE).cm
    widths = [TEXT_WIDTH * share for share in column_shares(grid, TEXT_WIDTH / em)]
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
            font = HEADING_FONTS if spec.role in ("caption", "header") else BODY_FONTS
            small = spec.role == "note" or wide
            set_font(p.add_run(spec.text), font, SMALL_SIZE if small else TABLE_SIZE)
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(etree.Element(qn("w:cantSplit")))  # a row is never cut across two pages
        if i < grid.header_rows:  # header rows repeat on each page the table runs onto
            tr_pr.append(etree.Element(qn("w:tblHeader")))
    doc.add_paragraph()


def blocks_docx(blocks: list[Block], title: str) -> bytes:
    """The report as the bytes of a .docx file."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(PAGE_WIDTH), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(MARGIN_LEFT), Cm(MARGIN_RIGHT)
    set_font(doc.styles["Normal"], BODY_FONTS, 16)
    _add_font_fallbacks(doc)
    doc.core_properties.title = title
    doc.core_properties.language = "zh-CN"
    for b in blocks:
        if b.kind == "title":
            _paragraph(doc, b.text, TITLE_FONTS, 22, WD_ALIGN_PARAGRAPH.CENTER)
        elif b.kind == "heading":  # kept on the page of the text or table it heads
            _paragraph(doc, b.text, HEADING_FONTS, 16, indent=True).paragraph_format.keep_with_next = True
        elif b.kind == "paragraph":
            _paragraph(doc, b.text, BODY_FONTS, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        elif b.kind == "signature":
            _paragraph(doc, b.text, BODY_FONTS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
        elif b.grid is not None:
            add_grid(doc, b.grid)
    out = io.BytesIO()
    doc.save(out)
    return _undated(out.getvalue())


def _undated(data: bytes) -> bytes:
    """The .docx `data` with each zip entry dated _ZIP_EPOCH, not the time it was written: the same blocks
    make the same bytes, so a report rendered again hashes the same."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, _ZIP_EPOCH)
            entry.compress_type, entry.external_attr = info.compress_type, info.external_attr
            dst.writestr(entry, src.read(info))
    return out.getvalue()
