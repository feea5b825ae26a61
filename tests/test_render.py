"""Rendering records in the statutory format: HTML and Word tables with the merged cells of the forms,
Markdown and text, warnings for broken identities, and (where installed) LibreOffice and Chromium."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import warnings
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from zfxxgk.checks.identities import broken_equations
from zfxxgk.render import BrokenIdentityWarning, render, render_report
from zfxxgk.render.docx import BODY_FONTS, HEADING_FONTS, installed_font
from zfxxgk.render.grid import label_paths
from zfxxgk.render.text import expand
from zfxxgk.synth import synth_record
from zfxxgk.templates import TEMPLATES

CHROMIUM = Path("/usr/bin/chromium")


class Tables(HTMLParser):
    """Every <table> as rows of (tag, attrs, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, dict[str, str], str]]]] = []
        self.cell: list | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = [tag, dict(attrs), ""]
            self.tables[-1][-1].append(self.cell)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell[2] += data


def html_tables(text: str) -> list[list[list]]:
    parser = Tables()
    parser.feed(text)
    return parser.tables


def width_of(table: list[list]) -> list[int]:
    """Columns each row fills, counting cells spanning down from rows above."""
    filled = [0] * len(table)
    for r, row in enumerate(table):
        for _, attrs, _ in row:
            span = int(attrs.get("colspan", 1))
            for dr in range(int(attrs.get("rowspan", 1))):
                filled[r + dr] += span
    return filled


def record(template: str, year: int, **kw) -> object:
    return synth_record(random.Random(year), template, year, "区县", **kw)


@pytest.mark.parametrize(("template", "year"), [("2019", 2020), ("2021", 2022)])
def test_html_section3_has_the_statutory_merged_headers(template: str, year: int) -> None:
    t = TEMPLATES[template].table_by_id["s3"]
    rec = record(template, year)
    tables = html_tables(render(rec, "html"))
    s3 = next(tb for tb in tables if any(c[1].get("data-cell", "").startswith("s3.") for row in tb for c in row))
    depth = max(len(p) for p in label_paths(t.rows))
    assert len(s3) == 3 + len(t.rows)
    assert set(width_of(s3)) == {depth + len(t.columns)}
    cells = {c[2]: c[1] for row in s3 for c in row}
    assert cells[t.note] == {"class": "note", "rowspan": "3", "colspan": str(depth)}
    group = next(c.group for c in t.columns if c.group)
    assert cells[group]["colspan"] == str(sum(1 for c in t.columns if c.group == group))
    results = next(r.parent for r in t.rows if r.parent)
    assert cells[results]["rowspan"] == str(sum(1 for r in t.rows if r.parent))
    values = {c[1]["data-cell"]: c[2] for row in s3 for c in row if "data-cell" in c[1]}
    assert set(values) == set(t.cell_ids)
    assert all(values[cid] == str(rec.cells[cid]) for cid in t.cell_ids)


def test_html_section4_prints_groups_side_by_side() -> None:
    t = TEMPLATES["2021"].table_by_id["s4"]
    s4 = html_tables(render(record("2021", 2021), "html"))[2]
    assert len(s4) == 4 and set(width_of(s4)) == {len(t.rows) * len(t.columns)}
    litigation = next(r.parent for r in t.rows if r.parent)
    top = {c[2]: c[1] for c in s4[0]}
    assert top[litigation]["colspan"] == str(len(t.columns) * sum(1 for r in t.rows if r.parent))
    assert [c[1]["data-cell"] for c in s4[3]] == list(t.cell_ids)


def test_html_section2_stacks_every_item_under_its_caption() -> None:
    for template, year in (("2019", 2019), ("2021", 2023)):
        tables = TEMPLATES[template].section_tables(2)
        s2 = html_tables(render(record(template, year), "html"))[0]
        assert len(set(width_of(s2))) == 1
        assert [c[2] for row in s2 for c in row if c[1].get("class") == "caption"] == [t.caption for t in tables]
        ids = [c[1]["data-cell"] for row in s2 for c in row if "data-cell" in c[1]]
        assert ids == [cid for t in tables for cid in t.cell_ids]


def test_grids_cover_every_position_once() -> None:
    from zfxxgk.render.document import build_blocks

    for template, year in (("2019", 2020), ("2021", 2021), ("pre2019", 2015)):
        for block in build_blocks(record(template, year)):
            if block.grid is not None:
                assert all(all(cell is not None for cell in row) for row in expand(block.grid)), block.grid.key


def test_a_docx_rendered_again_is_the_same_bytes() -> None:
    rec = record("2021", 2022)
    first = render(rec, "docx")
    assert render(rec, "docx") == first
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert {info.date_time for info in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.testzip() is None and "word/document.xml" in zf.namelist()
    assert docx.Document(io.BytesIO(first)).tables


def test_docx_has_word_tables_with_merged_cells_and_chinese_fonts() -> None:
    t = TEMPLATES["2021"].table_by_id["s3"]
    rec = record("2021", 2022)
    doc = docx.Document(io.BytesIO(render(rec, "docx")))
    assert len(doc.tables) == 3
    s3 = doc.tables[1]
    assert len(s3.rows) == 3 + len(t.rows) and len(s3.columns) == 10
    note = s3.cell(0, 0)
    assert note.text == t.note and note._tc is s3.cell(2, 2)._tc  # spans three rows and three columns
    assert s3.cell(0, 3)._tc is s3.cell(0, 9)._tc  # 申请人情况 over the seven applicant columns
    results = s3.cell(5, 0)
    assert results._tc is s3.cell(3 + len(t.rows) - 2, 0)._tc
    assert s3.cell(3, 3).text == str(rec.cells["s3.received.natural_person"])
    xml = doc.element.xml
    body, heading = installed_font(BODY_FONTS), installed_font(HEADING_FONTS)
    assert f'w:eastAsia="{body}"' in xml and f'w:eastAsia="{heading}"' in xml
    fonts = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml").blob.decode()
    assert "仿宋_GB2312" in fonts and ("黑体" in fonts or heading == "黑体")  # the form's own, as alternatives
    assert "w:vMerge" in s3._tbl.xml and "w:gridSpan" in s3._tbl.xml


def test_pre2019_statistics_table() -> None:
    rec = record("pre2019", 2016)
    html = render(rec, "html")
    table = html_tables(html)[-1]
    assert len(table) == 1 + len(rec.indicators)
    assert [c[2] for c in table[1][:2]] == [rec.indicators[0].label, rec.indicators[0].unit]
    for to in ("md", "txt"):
        out = render(rec, to)
        assert all(ind.label in out for ind in rec.indicators)


def test_markdown_and_text_carry_every_section_and_value() -> None:
    rec = record("2019", 2020)
    for to in ("md", "txt"):
        out = render(rec, to)
        assert all(s.title in out for s in TEMPLATES["2019"].sections)
        assert TEMPLATES["2019"].table_by_id["s3"].note in out
    md = render(rec, "md")
    row = next(line for line in md.splitlines() if line.startswith("| 一、本年新收"))
    cols = TEMPLATES["2019"].table_by_id["s3"].columns
    assert row.split(" | ")[1:] == [str(rec.cells[f"s3.received.{c.id}"]) for c in cols[:-1]] + [
        f"{rec.cells['s3.received.total']} |"
    ]


def test_a_broken_identity_renders_but_warns_naming_the_cells() -> None:
    rec = record("2021", 2021)
    rec.cells["s3.granted.commercial"] += 1
    with pytest.warns(BrokenIdentityWarning) as caught:
        html = render(rec, "html")
    assert "<table" in html
    named = {c for w in caught for c in w.message.finding.cells}
    assert "s3.granted.commercial" in named
    rules = {w.message.finding.rule for w in caught}
    assert rules == {"identity.row_total", "identity.outcome_total"}  # granted is not in the 勾稽关系
    assert len(render_report(rec, "md").findings) == len(broken_equations(TEMPLATES["2021"], rec.cells))


def test_a_consistent_record_renders_silently() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for to in ("html", "docx", "md", "txt"):
            render(record("2019", 2019), to)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render(record("2021", 2021), "rtf")


def table_row_text(rec, table, row) -> str:
    """A body row as a PDF's text prints it: the label, then each value after a space."""
    return " ".join([row.label, *(str(rec.cells[table.cell_id(row.id, c.id)]) for c in table.columns)])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_docx_to_pdf(tmp_path: Path) -> None:
    rec = record("2021", 2022)
    source = tmp_path / "report.docx"
    source.write_bytes(render(rec, "docx"))
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf"]
        + ["--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = pypdf.PdfReader(tmp_path / "report.pdf")
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert len(pdf.pages) >= 2 and rec.meta.agency in text
    s3 = TEMPLATES["2021"].table_by_id["s3"]
    by_id = {r.id: r for r in s3.rows}
    for row in ("received", "carried_in", "total"):  # short labels: printed on one line with their values
        assert table_row_text(rec, s3, by_id[row]) in text


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed")
def test_chromium_screenshots_the_html(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(record("2019", 2020), "html"), encoding="utf-8")
    shot = tmp_path / "report.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    flags += ["--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run(
        [str(CHROMIUM), *flags, "--window-size=1000,3000", f"--screenshot={shot}", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.stat().st_size > 50_000
    image = Image.open(shot)
    assert image.format == "PNG" and image.size == (1000, 3000)
    dark = image.convert("L").point(lambda v: 1 if v < 128 else 0).tobytes()
    width, height = image.size
    rules = [y for y in range(height) if sum(dark[y * width : (y + 1) * width]) > width / 2]
    assert len(rules) >= len(TEMPLATES["2019"].table_by_id["s3"].rows)  # the tables' borders were drawn


@settings(max_examples=40, deadline=None)
@given(
    template=st.sampled_from(["2019", "2021", "pre2019"]),
    seed=st.integers(0, 10_000),
    level=st.sampled_from(["乡镇", "区县", "市", "省"]),
)
def test_every_value_column_fits_its_longest_number_on_the_page(template: str, seed: int, level: str) -> None:
    from zfxxgk.render.document import build_blocks
    from zfxxgk.render.grid import _DIGIT, column_shares

    year = 2015 if template == "pre2019" else 2020 if template == "2019" else 2023
    rec = synth_record(random.Random(seed), template, year, level)
    for grid in (b.grid for b in build_blocks(rec) if b.grid is not None):
        width = 42.0 if grid.width <= 12 else 49.0  # the .docx text width in em of its table font
        shares = column_shares(grid, width)
        assert abs(sum(shares) - 1) < 1e-9 and all(s > 0 for s in shares)
        for placed in grid.place():
            for col, cell in placed:
                if cell.role == "value" and cell.colspan == 1:
                    assert shares[col] * width >= max(len(cell.text), 4) * _DIGIT, (grid.key, cell.text)


def test_six_digit_counts_still_fit_and_row_labels_wrap_instead() -> None:
    from zfxxgk.record import Record
    from zfxxgk.render.grid import _DIGIT, column_shares, matrix_grid

    table = TEMPLATES["2021"].table_by_id["s3"]
    grid = matrix_grid(table, Record(cells=dict.fromkeys(table.cell_ids, 123456)))
    widths = [share * 42 for share in column_shares(grid, 42)]  # a .docx table at 10.5 pt: 42 em
    assert all(w >= 6 * _DIGIT for w in widths[3:]) and widths[0] == widths[1] < widths[2] < 8
