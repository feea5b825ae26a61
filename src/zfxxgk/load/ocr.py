"""Scans (images, PDF pages without a text layer) → Document via RapidOCR.

The Chinese detection and recognition models ship inside the `rapidocr` wheel and are loaded from
there by path: nothing is downloaded at run time. Each recognised box becomes a segment with its
confidence; boxes are lined up into rows by vertical overlap and into cells by x-position."""

from __future__ import annotations

import io
import json
import struct
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..document import Document
from .errors import LoadError
from .flow import Page, group_lines, write_pages
from .layout import Segment

MAX_PIXELS = 50_000_000  # ~7000 × 7000: beyond this an image is not a scanned page
MAX_FRAMES = 300
LOW_CONFIDENCE = 0.8  # values recognised with less confidence than this are reported to the parser
PDF_SCALE = 2.0  # 144 dpi: small print in tables stays readable, a page takes a few seconds
MAX_SIDE = 2400  # images are scaled down to this before recognition, for speed


@lru_cache(maxsize=1)
def engine() -> Any:
    """The OCR engine, built once, with the models bundled in the rapidocr wheel."""
    try:
        import rapidocr
        from rapidocr import RapidOCR
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise LoadError("unsupported", f"没有安装文字识别组件 rapidocr，无法识别扫描件（{exc}）。") from None
    models = Path(rapidocr.__file__).parent / "models"
    det, rec, cls = (
        models / "PP-OCRv6_det_small.onnx",
        models / "PP-OCRv6_rec_small.onnx",
        models / "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    )
    for path in (det, rec, cls):
        if not path.exists():
            raise LoadError("unsupported", f"文字识别模型缺失：{path.name}（请重新安装 rapidocr）。")
    return RapidOCR(
        params={
            "Global.log_level": "error",
            "Global.use_cls": False,
            "Det.model_path": str(det),
            "Rec.model_path": str(rec),
            "Cls.model_path": str(cls),
        }
    )


def recognise(image: Any, page: int, scale: float = 1.0) -> list[Segment]:
    """The text boxes of one page image; boxes are in page units (pixels / scale)."""
    import numpy as np

    image = image.convert("RGB")
    factor = 1.0
    if max(image.size) > MAX_SIDE:
        factor = MAX_SIDE / max(image.size)
        image = image.resize((round(image.width * factor), round(image.height * factor)))
    result = engine()(np.asarray(image))
    if result.boxes is None or result.txts is None:
        return []
    out = []
    for box, text, score in zip(result.boxes, result.txts, result.scores, strict=True):
        text = str(text).strip()
        if not text:
            continue
        xs = [float(p[0]) / factor / scale for p in box]
        ys = [float(p[1]) / factor / scale for p in box]
        bbox = [round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2)]
        loc = {"page": page, "bbox": bbox, "confidence": round(float(score), 4)}
        out.append(Segment(bbox[0], bbox[2], bbox[1], bbox[3], text, [(text, loc)]))
    return out


def low_confidence(pages: list[Page]) -> list[dict[str, Any]]:
    """Every box recognised with less than LOW_CONFIDENCE, for the parser to report."""
    low = []
    for page in pages:
        for line in page.lines:
            for seg in line.segments:
                for text, loc in seg.locations:
                    if loc.get("confidence", 1.0) < LOW_CONFIDENCE:
                        low.append({"text": text, **loc})
    return low


def ocr_pdf_pages(doc: Any, indices: list[int], pages: list[Page]) -> list[dict[str, Any]]:
    """OCR the given 0-based pages of a pypdfium2 document into `pages`; returns low-confidence boxes."""
    done = []
    for i in indices:
        bitmap = doc[i].render(scale=PDF_SCALE)
        image = bitmap.to_pil()
        pages[i].lines = group_lines(recognise(image, i + 1, PDF_SCALE))
        done.append(pages[i])
    return low_confidence(done)


def header_size(data: bytes) -> tuple[int, int] | None:
    """Width and height as the file's header states them (PNG, GIF, BMP, JPEG), before decoding."""
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data.startswith(b"GIF8") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data.startswith(b"BM") and len(data) >= 26:
        w, h = struct.unpack("<ii", data[18:26])
        return abs(w), abs(h)
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data) and data[i] == 0xFF:
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return w, h
            i += 2 + length
    return None


def _too_large(w: int, h: int) -> LoadError:
    return LoadError(
        "too_large", f"图片有 {w}×{h} 像素，超过 {MAX_PIXELS // 1_000_000} 百万像素的上限，不像是一页扫描件。"
    )


def _open_image(data: bytes) -> Any:
    from PIL import Image

    if (size := header_size(data)) is not None and size[0] * size[1] > MAX_PIXELS:
        raise _too_large(*size)

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise LoadError("too_large", f"图片超过 {MAX_PIXELS // 1_000_000} 百万像素的上限，不像是一页扫描件。") from None
    except Exception as exc:
        raise LoadError("corrupt", f"图片文件已损坏或格式无法识别（{type(exc).__name__}）。") from None
    if image.size[0] * image.size[1] > MAX_PIXELS:
        raise _too_large(*image.size)
    return image


def load_image(data: bytes) -> Document:
    """OCR an image (every frame of a multi-page TIFF). Raises LoadError: too_large, corrupt."""
    image = _open_image(data)
    frames = getattr(image, "n_frames", 1)
    if frames > MAX_FRAMES:
        raise LoadError("too_many_pages", f"图片有 {frames} 帧，超过 {MAX_FRAMES} 页的上限。")
    pages = []
    for n in range(frames):
        try:
            image.seek(n)
            image.load()
        except Exception as exc:
            raise LoadError("corrupt", f"图片第 {n + 1} 帧已损坏，无法读取（{type(exc).__name__}）。") from None
        pages.append(Page(n + 1, float(image.width), float(image.height), group_lines(recognise(image, n + 1))))
    hints: dict[str, str] = {"ocr_pages": ",".join(str(p.number) for p in pages)}
    if low := low_confidence(pages):
        hints["low_confidence"] = json.dumps(low, ensure_ascii=False)
    return write_pages(pages, "image", hints)
