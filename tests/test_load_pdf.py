"""PDF loading: real reports (ruled tables across pages) and small PDFs written here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import cjk_font
from zfxxgk.load import load_bytes
from zfxxgk.load.pdf import load_pdf


def make_pdf(pages: list[list[tuple]], width: int = 595, height: int = 842, rotate: int = 0) -> bytes:
    """A minimal PDF. Items: ("text", s, x, top, size) in the built-in STSong-Light CJK font (not
    embedded; text extraction maps it through Adobe-GB1) or ("line", x0, top0, x1, top1). With
    `rotate`, each page has that /Rotate (its media box turned to match) and its content is drawn
    turned back, so that it shows as the page drawn upright."""
    box = (height, width) if rotate in (90, 270) else (width, height)
    turn = {0: "", 90: f"0 1 -1 0 {box[0]} 0 cm\n", 180: f"-1 0 0 -1 {box[0]} {box[1]} cm\n"}
    turn[270] = f"0 -1 1 0 0 {box[1]} cm\n"
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    fd = add(
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0"
        b" /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>"
    )
    cid = add(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe)"
        b" /Ordering (GB1) /Supplement 4 >> /FontDescriptor %d 0 R /DW 1000 >>" % fd
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
        b" /DescendantFonts [%d 0 R] >>" % cid
    )
    pages_id = add(b"")
    kids = []
    for items in pages:
        ops = []
        for it in items:
            if it[0] == "text":
                _, s, x, top, size = it
                ops.append(f"BT /F1 {size} Tf {x} {height - top - size} Td <{s.encode('utf-16-be').hex()}> Tj ET")
            else:
                _, x0, t0, x1, t1 = it
                ops.append(f"0.8 w {x0} {height - t0} m {x1} {height - t1} l S")
        content = (turn[rotate] + "\n".join(ops)).encode()
        c = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(
            add(
                b"<< /Type /Page /Rotate %d /Parent %d 0 R /MediaBox [0 0 %d %d]" % (rotate, pages_id, *box)
                + b" /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, c)
            )
        )
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    root = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, root, xref)
    return bytes(out)


def row_with(text: str, label: str) -> list[str]:
    """The cells of the first `| … |` line containing `label`."""
    for line in text.splitlines():
        if line.startswith("|") and label in line:
            return [c.strip() for c in line.strip().strip("|").split(" | ")]
    raise AssertionError(f"no row with {label!r}")


# PDFium places the glyphs of the tests' non-embedded STSong-Light text by the CJK font it substitutes:
# with none installed, the words of a label or a turned page come out where these tests can't follow them
needs_cjk_font = pytest.mark.skipif(cjk_font() is None, reason="no CJK font installed (fonts-wqy-microhei)")


@pytest.fixture(scope="module")
def r013(shared: Path):
    return load_bytes((shared / "corpus" / "r013.pdf").read_bytes(), "r013.pdf")


def test_r013_rows_are_pipe_separated_in_order(r013) -> None:
    assert r013.media_type == "application/pdf"
    cells = row_with(r013.text, "本年新收")
    assert cells[-7:] == ["3001", "53", "0", "0", "61", "4", "3119"]
    assert row_with(r013.text, "（七）总计")[-7:] == ["2932", "53", "0", "0", "61", "4", "3050"]
    assert row_with(r013.text, "结转下年度")[-7:] == ["103", "0", "0", "0", "0", "0", "103"]
    review = next(ln for ln in r013.text.splitlines() if ln.startswith("| 72 |"))
    assert review.split(" | ")[-1] == "20 |"
    lines = r013.text.splitlines()
    assert lines.index(next(ln for ln in lines if "本年新收" in ln)) < lines.index(
        next(ln for ln in lines if "结转下年度" in ln)
    )


def test_r013_provenance_has_page_and_box(r013) -> None:
    line_start = r013.text.index("| 一、本年新收")
    at = r013.text.index("3119", line_start)
    loc = r013.locate(at, at + 4)
    assert loc["page"] == 4
    x0, top, x1, bottom = loc["bbox"]
    assert x0 < x1 and top < bottom and 400 < x0 < 595
    assert loc["column"] == len(row_with(r013.text, "本年新收")) - 1
    word = r013.text.index("淮安市人民政府")
    assert r013.locate(word, word + 3)["page"] == 1
    assert all(a.start <= b.start for a, b in zip(r013.pieces, r013.pieces[1:], strict=False))


def test_r013_vertical_label_once_and_no_page_numbers(r013) -> None:
    text = r013.text
    assert text.count("三、本年度办理结果") == 1
    assert not any(ln.strip() in {"本", "年", "度", "办", "理", "结", "果"} for ln in text.splitlines())
    assert "- 4 -" not in text and "- 1 -" not in text
    assert "商业企业" in text and "科研机构" in text  # header labels broken over lines join up


def test_r013_label_split_across_page_break_stays_in_order(r013) -> None:
    lines = r013.text.splitlines()
    first = next(i for i, ln in enumerate(lines) if "1.本机关不掌握相关政府信息" in ln)
    assert "（四）无" in lines[first] and "法提供" in lines[first + 1]
    assert row_with(r013.text, "没有现成信息")[-7:] == ["11", "0", "0", "0", "0", "0", "11"]


def test_r013_paragraphs_join_wrapped_lines(r013) -> None:
    assert "全市共受理政府信息公开申请 3119 件，答复 3050 件" in r013.text
    assert r013.meta_hints["title"] == "政府信息公开工作年度报告"


@pytest.mark.parametrize(("name", "received"), [("r022.pdf", "21"), ("r023.pdf", "95")])
def test_district_reports(shared: Path, name: str, received: str) -> None:
    doc = load_bytes((shared / "corpus" / name).read_bytes(), name)
    cells = row_with(doc.text, "本年新收")
    assert cells[-1] == received and cells[-7] == received
    assert len(row_with(doc.text, "没有现成信息")) == len(cells)  # a cell with a missing ruling is placed
    assert "洪泽区人民政府" in doc.text


def test_unruled_table_from_word_alignment() -> None:
    items: list[tuple] = [("text", "三、收到和处理政府信息公开申请情况", 72, 80, 12)]
    top = 120
    for label, numbers in [("一、本年新收政府信息公开申请数量", "12 0 3 15"), ("二、上年结转申请数量", "1 0 0 1")]:
        items.append(("text", label, 72, top, 10.5))
        items += [("text", n, 330 + 50 * i, top, 10.5) for i, n in enumerate(numbers.split())]
        top += 24
    items.append(("text", "- 1 -", 280, 800, 9))
    doc = load_pdf(make_pdf([items]))
    assert doc.text.splitlines() == [
        "三、收到和处理政府信息公开申请情况",
        "| 一、本年新收政府信息公开申请数量 | 12 | 0 | 3 | 15 |",
        "| 二、上年结转申请数量 | 1 | 0 | 0 | 1 |",
    ]
    at = doc.text.index("15")
    assert doc.locate(at, at + 2)["page"] == 1


@needs_cjk_font
def test_unruled_vertical_label_is_not_interleaved() -> None:
    items: list[tuple] = []
    subs = ["（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理"]
    for i, (ch, sub) in enumerate(zip("三本年度办", subs, strict=True)):
        top = 100 + 22 * i
        items.append(("text", ch, 72, top, 10.5))
        items.append(("text", sub, 110, top, 10.5))
        items += [("text", str(i + k), 300 + 50 * k, top, 10.5) for k in range(3)]
    doc = load_pdf(make_pdf([items]))
    lines = doc.text.splitlines()
    assert len(lines) == 5 and all(ln.startswith("|") for ln in lines)
    assert doc.text.count("三本年度办") == 1
    assert row_with(doc.text, "（三）不予公开")[-3:] == ["2", "3", "4"]


@needs_cjk_font
@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_turned_page_reads_as_shown(rotate: int) -> None:
    """A page turned by /Rotate, its content drawn turned back (a landscape table printed on a portrait
    page, say), reads as it is shown: the same text, cells and boxes as the page drawn upright."""
    items: list[tuple] = [("text", "三、收到和处理政府信息公开申请情况", 72, 80, 12)]
    items += ruled([("指标名称", "计量单位", "2015年度", "历年累计"), ("收到申请数", "件", "35", "35")], 120)
    upright, turned = load_pdf(make_pdf([items])), load_pdf(make_pdf([items], rotate=rotate))
    assert turned.text == upright.text
    assert turned.text.splitlines()[-1] == "| 收到申请数 | 件 | 35 | 35 |"
    assert turned.pieces == upright.pieces


def ruled(rows: list[tuple[str, ...]], top: float, xs: tuple[float, ...] = (72, 132, 250, 350, 450)) -> list[tuple]:
    """Items drawing a ruled table of 20-point rows, each a tuple of cell texts in 10.5-point type."""
    items: list[tuple] = []
    for r, texts in enumerate(rows):
        items.append(("line", xs[0], top + 20 * r, xs[-1], top + 20 * r))
        items += [("text", t, x + 3, top + 20 * r + 4, 10.5) for t, x in zip(texts, xs, strict=False) if t]
    bottom = top + 20 * len(rows)
    return items + [("line", xs[0], bottom, xs[-1], bottom)] + [("line", x, top, x, bottom) for x in xs]


@needs_cjk_font
def test_table_broken_by_pages_is_joined() -> None:
    head = ("指标名称", "计量单位", "2015年度", "历年累计")
    pages = [
        ruled([head, ("收到申请数", "件", "35", "35"), ("申请行政", "件", "163", "835")], 710),
        ruled([head, ("复议数", "", "", ""), ("传真", "件", "2", "5")], 72),  # header repeated, a label cut
        ruled([("信函", "", "", ""), ("行政诉讼数", "件", "10", "25")], 72),  # a row without values
    ]
    assert load_pdf(make_pdf(pages)).text.splitlines() == [
        "| 指标名称 | 计量单位 | 2015年度 | 历年累计 |",
        "| 收到申请数 | 件 | 35 | 35 |",
        "| 申请行政复议数 | 件 | 163 | 835 |",  # its label filled the cell: the rest is on the next page
        "| 传真 | 件 | 2 | 5 |",
        "| 信函 |  |  |  |",
        "| 行政诉讼数 | 件 | 10 | 25 |",
    ]


@needs_cjk_font
def test_rows_a_missing_rule_leaves_in_one_cell_are_rows() -> None:
    """A ruled table missing the rule between two rows: each cell of the merged row holds two lines
    (`行政处罚` over `行政强制`, `69` over `67`) — two rows, each number beside its label, not one row of
    both labels and `69 67`."""
    rows = [("信息内容", "本年处理决定数量"), ("行政处罚", "69"), ("行政强制", "67"), ("行政许可", "5")]
    items = [it for it in ruled(rows, 100, (72, 250, 400)) if it != ("line", 72, 140, 400, 140)]
    assert load_pdf(make_pdf([items])).text.splitlines() == [
        "| 信息内容 | 本年处理决定数量 |",
        "| 行政处罚 | 69 |",
        "| 行政强制 | 67 |",
        "| 行政许可 | 5 |",
    ]


def test_many_pages_are_read_one_at_a_time() -> None:
    """A PDF as long as a report may be (300 pages) reads through, each page in its place."""
    pages = [[("text", f"第{n}页的正文内容", 72, 100, 12), ("text", f"- {n} -", 280, 800, 9)] for n in range(1, 301)]
    doc = load_pdf(make_pdf(pages))
    assert doc.text.count("页的正文内容") == 300
    at = doc.text.index("第300页")
    assert doc.locate(at, at + 4)["page"] == 300
