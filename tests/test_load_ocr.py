"""OCR: a small table image drawn here with a CJK font; skipped when the machine has none (CI
installs one: `apt-get install fonts-wqy-microhei`)."""

from __future__ import annotations

import io
import json

import pytest

from conftest import cjk_font
from zfxxgk.load import load_bytes, ocr
from zfxxgk.load.pdf import load_pdf

FONT = cjk_font()
pytestmark = pytest.mark.skipif(FONT is None, reason="no CJK font (apt-get install fonts-wqy-microhei)")

ROWS = [
    ("信息内容", "自然人", "商业企业", "总计"),
    ("一、本年新收申请数量", "3001", "53", "3054"),
    ("二、上年结转申请数量", "34", "0", "34"),
]


def table_image() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 24)
    img = Image.new("RGB", (860, 60 + 56 * len(ROWS)), "white")
    draw = ImageDraw.Draw(img)
    draw.text((20, 10), "三、收到和处理政府信息公开申请情况", font=font, fill="black")
    for r, row in enumerate(ROWS):
        x = 20
        for c, text in enumerate(row):
            draw.text((x, 60 + 56 * r), text, font=font, fill="black")
            x += 330 if c == 0 else 170
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def image_doc():
    return load_bytes(table_image(), "scan.png")


def test_ocr_rows_and_confidence(image_doc) -> None:
    lines = image_doc.text.splitlines()
    assert lines[0] == "三、收到和处理政府信息公开申请情况"
    row = next(ln for ln in lines if "本年新收" in ln)
    assert row.split(" | ")[-3:] == ["3001", "53", "3054 |"]
    assert next(ln for ln in lines if "上年结转" in ln).endswith("| 34 | 0 | 34 |")
    at = image_doc.text.index("3001")
    loc = image_doc.locate(at, at + 4)
    assert loc["page"] == 1 and 0.8 <= loc["confidence"] <= 1.0
    assert loc["bbox"][0] > 300
    assert image_doc.meta_hints["ocr_pages"] == "1"


def test_low_confidence_values_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "LOW_CONFIDENCE", 1.01)  # everything counts as doubtful
    doc = load_bytes(table_image(), "scan.png")
    low = json.loads(doc.meta_hints["low_confidence"])
    item = next(x for x in low if x["text"] == "3001")
    assert set(item) == {"text", "page", "bbox", "confidence"}


def test_pdf_without_text_layer_goes_to_ocr() -> None:
    from PIL import Image

    img = Image.open(io.BytesIO(table_image()))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "PDF", resolution=144)  # an image-only PDF
    doc = load_pdf(buf.getvalue())
    assert doc.meta_hints["ocr_pages"] == "1"
    assert "3001" in doc.text and "本年新收" in doc.text
    at = doc.text.index("3001")
    assert "confidence" in doc.locate(at, at + 4)


def png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def test_ruled_table_keeps_labels_wrapped_in_their_cells() -> None:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 24)
    rows = [
        ("指标名称", "计量单位", "本年度", "历年累计"),
        ("主动公开政\n府信息数", "条", "9", "72"),
        ("不同意公\n开答复数", "件", "43", "57"),
    ]
    xs, tops = (40, 190, 400, 600, 800), (60, 110, 200, 290)
    img = Image.new("L", (860, 340), 255)
    draw = ImageDraw.Draw(img)
    for x in xs:
        draw.line([(x, tops[0]), (x, tops[-1])], fill=0, width=2)
    for y in tops:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    for row, top in zip(rows, tops, strict=False):
        for text, x in zip(row, xs, strict=False):
            draw.multiline_text((x + 8, top + 8), text, font=font, fill=0, spacing=10)
    turned = img.rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=255)  # scanned askew: straightened
    doc = load_bytes(png(turned), "scan.png")
    assert doc.text.splitlines() == [
        "| 指标名称 | 计量单位 | 本年度 | 历年累计 |",
        "| 主动公开政府信息数 | 条 | 9 | 72 |",
        "| 不同意公开答复数 | 件 | 43 | 57 |",
    ]
    at = doc.text.index("43")
    assert doc.locate(at, at + 2)["confidence"] > 0.8


def test_long_image_is_read_in_strips_without_losing_or_doubling_lines() -> None:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 24)
    lines = [f"第{n}行：本年新收政府信息公开申请{n * 7}件" for n in range(1, 61)]
    img = Image.new("L", (900, 40 * len(lines) + 40), 255)  # 2440 pixels: longer than one strip
    draw = ImageDraw.Draw(img)
    for i, text in enumerate(lines):
        draw.text((30, 20 + 40 * i), text, font=font, fill=0)
    assert img.height > ocr.MAX_SIDE
    assert load_bytes(png(img), "long.png").text.replace("\n", "") == "".join(lines)  # one paragraph or more


def test_each_frame_read_is_told_to_the_page_watchers() -> None:
    from PIL import Image, ImageDraw, ImageFont

    from zfxxgk.load.progress import watching_pages

    frames = []
    for text in ("第一页：本年新收申请9件", "第二页：上年结转申请4件"):
        img = Image.new("L", (420, 60), 255)
        ImageDraw.Draw(img).text((10, 15), text, font=ImageFont.truetype(FONT, 24), fill=0)
        frames.append(img)
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    told: list[tuple[int, int]] = []
    with watching_pages(lambda done, total: told.append((done, total))):
        doc = load_bytes(buf.getvalue(), "scan.tiff")
    assert told == [(0, 2), (1, 2), (2, 2)]
    assert doc.text.split() == ["第一页：本年新收申请9件第二页：上年结转申请4件"]  # one paragraph across pages
    load_bytes(buf.getvalue(), "scan.tiff")
    assert len(told) == 3  # no longer watched


@pytest.fixture(scope="module")
def two_page_scan(tmp_path_factory: pytest.TempPathFactory):
    """An image-only PDF of two pages: the table image, then a heading."""
    from PIL import Image, ImageDraw, ImageFont

    second = Image.new("RGB", (860, 120), "white")
    font = ImageFont.truetype(FONT, 24)
    ImageDraw.Draw(second).text((20, 40), "四、政府信息公开行政复议、行政诉讼情况", font=font, fill=0)
    first = Image.open(io.BytesIO(table_image())).convert("RGB")
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    first.save(path, "PDF", save_all=True, append_images=[second], resolution=144)
    return path


def test_pages_of_one_scan_read_by_two_processes_give_the_same_record(two_page_scan) -> None:
    from zfxxgk.batch import parse_many

    path = two_page_scan
    one = next(parse_many([path], jobs=1))
    ocr.engine.cache_clear()
    two = next(parse_many([path], jobs=2))
    assert ocr.engine.cache_info().currsize == 0  # the pages were read by the workers, not here
    assert two == one
    assert one.error is None and one.source.media_type == "application/pdf"
    assert "3001" in one.sections["3"].text  # the first page
    assert one.sections["4"].title == "四、政府信息公开行政复议、行政诉讼情况"  # the second


def test_parse_with_two_jobs_reads_a_scan_as_one_job_does(two_page_scan) -> None:
    from typer.testing import CliRunner

    from zfxxgk.cli import app

    runner = CliRunner()
    outputs = [runner.invoke(app, ["parse", "-f", "json", "-j", j, str(two_page_scan)]) for j in ("1", "2")]
    assert [o.exit_code for o in outputs] == [0, 0]
    assert outputs[0].stdout == outputs[1].stdout
    assert "四、政府信息公开行政复议、行政诉讼情况" in outputs[1].stdout


def test_pages_a_dead_worker_held_are_read_here(two_page_scan, monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from zfxxgk.load.page_jobs import page_jobs

    pools: list[DyingPool] = []

    class DyingPool:  # its worker dies on the first page; after that it takes no more
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.taken = 0
            pools.append(self)

        def submit(self, *args: object) -> Future:
            self.taken += 1
            if self.taken > 1:
                raise BrokenProcessPool("no workers left")
            future: Future = Future()
            future.set_exception(BrokenProcessPool("a worker died"))
            return future

        def shutdown(self, **kwargs: object) -> None:
            pass

    data = two_page_scan.read_bytes()
    alone = load_pdf(data)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", DyingPool)
    with page_jobs(2):
        doc = load_pdf(data)
    assert [p.taken for p in pools] == [2]
    assert doc.text == alone.text and doc.meta_hints == alone.meta_hints
