"""OCR: a small table image drawn here with a CJK font; skipped when the machine has none (CI
installs one: `apt-get install fonts-wqy-microhei`)."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from zfxxgk.load import load_bytes, ocr
from zfxxgk.load.pdf import load_pdf

_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]


def cjk_font() -> str | None:
    for path in _CANDIDATES:
        if Path(path).exists():
            return path
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = [ln.split(":")[0].strip() for ln in out.splitlines() if ln.strip()]
    return files[0] if files else None


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
