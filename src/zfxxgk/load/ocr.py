"""Scans (images, PDF pages without a text layer) → Document via RapidOCR.

The Chinese detection and recognition models ship inside the `rapidocr` wheel and are loaded from
there by path: nothing is downloaded at run time. Each recognised box keeps its confidence. Ruling
lines are found in the pixels (OpenCV, a dependency of rapidocr) and ruled tables built from them as
for a PDF, so text wrapped inside a cell stays in it; the other boxes are lined up into rows by
vertical overlap and into cells by x-position."""

from __future__ import annotations

import io
import json
import multiprocessing
import struct
import warnings
from collections import deque
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..document import LOW_CONFIDENCE, Document
from . import page_jobs
from .errors import LoadError
from .flow import Page, RuledTable, group_lines, join_text, write_pages
from .layout import Segment
from .progress import page_done
from .ruled import Box, cells_from_crossings, edge, inside, ruled_table

MAX_PIXELS = 50_000_000  # ~7000 × 7000: beyond this an image is not a scanned page
MAX_FRAMES = 300
PDF_SCALE = 2.0  # 144 dpi: small print in tables stays readable, a page takes a few seconds
MAX_SIDE = 2000  # the recogniser's largest input side: pages are scaled down to it, long images cut
DET_SIDE = 1280  # the detector's input: its longer side scaled down to this, whatever the image's shape
# A strip more than this many times longer than wide (or wider than long) holds no line of a report's text.
MAX_ASPECT = 8
STRIP_OVERLAP = 200  # pixels two strips of a long image share: more than twice a line of text
MIN_SKEW, MAX_SKEW = 0.1, 5.0  # degrees of slope a page is straightened within
DARK = 192  # grey level below which a pixel may be part of a ruling line


@lru_cache(maxsize=1)
def engine() -> Any:
    """The OCR engine, built once per process and reused for every page, with the models bundled in
    the rapidocr wheel. The detector finds lines at DET_SIDE; each line is recognised from the full
    image on its own, at its own width (`ocr_engine`). In a worker of a pool (`parse_many`, or the
    pages of one scan) it runs on one thread: the pool keeps the cores busy."""
    try:
        import rapidocr

        from .ocr_engine import Engine
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
    return Engine(
        params={
            "Global.log_level": "error",
            "Global.use_cls": False,
            "Det.limit_type": "max",
            "Det.limit_side_len": DET_SIDE,
            "EngineConfig.onnxruntime.intra_op_num_threads": 1 if multiprocessing.parent_process() else -1,
            "Det.model_path": str(det),
            "Rec.model_path": str(rec),
            "Cls.model_path": str(cls),
        }
    )


def read_image(image: Any, number: int, scale: float = 1.0) -> Page:
    """One page image as a Page in page units (pixels / scale): its ruled tables, and the lines of the
    text recognised outside them. A page scanned slightly askew is straightened first, by the slope
    of its text lines; a long image (several pages, or a web page, in one) is read in strips. A sliver
    (a strip's sides more than MAX_ASPECT apart) is not given to the recogniser: it is a blank page."""
    import numpy as np

    image = image.convert("RGB")
    width, height = image.size
    factor = min(1.0, MAX_SIDE / max(width, min(height, 2 * width)))
    if factor < 1.0:
        image = image.resize((round(width * factor), round(height * factor)))
    w, strip = image.width, min(image.height, MAX_SIDE)
    if max(w, strip) > MAX_ASPECT * min(w, strip):  # a sliver: no page of text
        return Page(number, width / scale, height / scale)
    quads, texts, scores = _recognise(np.asarray(image))
    if not texts:
        return Page(number, width / scale, height / scale)
    gray, quads = _straighten(np.asarray(image.convert("L")), quads)
    unit = factor * scale
    words = []
    for quad, text, score in zip(quads, texts, scores, strict=True):
        x0, top = quad.min(axis=0) / unit
        x1, bottom = quad.max(axis=0) / unit
        words.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "confidence": score})
    tables, covered = _ruled_tables(gray, words, unit, number)
    segments = [
        Segment(w["x0"], w["x1"], w["top"], w["bottom"], w["text"], [(w["text"], _location(w, number))])
        for w in words
        if not inside(w, covered)
    ]
    return Page(number, width / scale, height / scale, group_lines(segments), tables)


def _recognise(pixels: Any) -> tuple[Any, list[str], list[float]]:
    """The text boxes (4 corner points each), texts and confidences of an image, taken in strips at
    most MAX_SIDE high that overlap by STRIP_OVERLAP; a box belongs to the strip its centre falls in
    away from the overlap, which holds it whole."""
    import numpy as np

    height = pixels.shape[0]
    starts = [0] if height <= MAX_SIDE else list(range(0, height - STRIP_OVERLAP, MAX_SIDE - STRIP_OVERLAP))
    quads: list[Any] = []
    texts: list[str] = []
    scores: list[float] = []
    for i, y0 in enumerate(starts):
        result = engine()(pixels[y0 : y0 + MAX_SIDE])
        if result.boxes is None or result.txts is None:
            continue
        own_top = y0 + STRIP_OVERLAP / 2 if i else 0
        own_bottom = y0 + MAX_SIDE - STRIP_OVERLAP / 2 if i < len(starts) - 1 else height
        for box, text, score in zip(result.boxes, result.txts, result.scores, strict=True):
            quad = np.asarray(box, dtype=np.float64) + (0, y0)
            if str(text).strip() and own_top <= quad[:, 1].mean() < own_bottom:
                quads.append(quad)
                texts.append(str(text).strip())
                scores.append(float(score))
    return np.asarray(quads).reshape(-1, 4, 2), texts, scores


def _location(word: dict[str, Any], number: int) -> dict[str, Any]:
    bbox = [round(word[k], 2) for k in ("x0", "top", "x1", "bottom")]
    return {"page": number, "bbox": bbox, "confidence": round(word["confidence"], 4)}


def _straighten(gray: Any, quads: Any) -> tuple[Any, Any]:
    """The page image and the text boxes turned level when the text lines slope by more than
    MIN_SKEW degrees (the median slope of the lines that are clearly wider than tall)."""
    import cv2
    import numpy as np

    top = quads[:, 1] - quads[:, 0]
    side = np.hypot(*(quads[:, 3] - quads[:, 0]).T)
    wide = np.hypot(*top.T) > 3 * side
    if not wide.any():
        return gray, quads
    angle = float(np.degrees(np.median(np.arctan2(top[wide, 1], top[wide, 0]))))
    if abs(angle) < MIN_SKEW or abs(angle) > MAX_SKEW:
        return gray, quads
    h, w = gray.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    gray = cv2.warpAffine(gray, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    quads = quads @ turn[:, :2].T + turn[:, 2]
    return gray, quads


def _ruled_tables(
    gray: Any, words: list[dict[str, Any]], unit: float, number: int
) -> tuple[list[RuledTable], list[Box]]:
    """The ruled tables of a page image, found the way pdfplumber finds them in a PDF's drawn lines,
    from the long straight dark runs of pixels outside the recognised text."""
    import cv2
    import numpy as np
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, merge_edges

    if not words:
        return [], []
    size = float(np.median([w["bottom"] - w["top"] for w in words])) * unit  # text height in pixels
    dark = (gray < DARK).astype(np.uint8)
    for w in words:  # text is never a ruling; a box may reach over the rulings around it: keep its rim
        x0, top, x1, bottom = (w[k] * unit for k in ("x0", "top", "x1", "bottom"))
        rim = (bottom - top) / 4
        dark[round(top + rim) : round(bottom - rim), round(x0 + rim) : round(x1 - rim)] = 0
    edges = []
    for orientation, kernel in (("h", (max(8, round(2 * size)), 1)), ("v", (1, max(8, round(size))))):
        lines = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        n, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
        for x, y, w, h, _ in stats[1:n]:
            if orientation == "h":
                mid = (y + h / 2) / unit
                box = (x / unit, mid, (x + w) / unit, mid)
            else:
                mid = (x + w / 2) / unit
                box = (mid, y / unit, mid, (y + h) / unit)
            edges.append(edge(orientation, *box))
    tol = 0.3 * size / unit
    edges = merge_edges(edges, tol, tol, tol, tol)
    points = edges_to_intersections(edges, tol, tol)
    tables: list[RuledTable] = []
    covered: list[Box] = []
    for cells in cells_to_tables(cells_from_crossings(points)):
        rows = Table(None, cells).rows  # type: ignore[arg-type]  # a Table reads its page only to extract text
        texts = [[_cell_text(words, box) if box else None for box in row.cells] for row in rows]
        if found := ruled_table(rows, texts, words, number):
            tables.append(found[0])
            covered.extend(found[1])
    return tables, covered


def _cell_text(words: list[dict[str, Any]], box: Box) -> str:
    """The words whose centre is in `box`, line by line, joined as one cell's text."""
    lines = group_lines(
        [Segment(w["x0"], w["x1"], w["top"], w["bottom"], w["text"]) for w in words if inside(w, [box])]
    )
    text = ""
    for line in lines:
        for seg in line.segments:
            text += join_text(text, seg.text) + seg.text
    return text


def low_confidence(pages: list[Page]) -> list[dict[str, Any]]:
    """Every box (or table cell) recognised with less than LOW_CONFIDENCE, for the parser to report."""
    found = [loc for page in pages for line in page.lines for seg in line.segments for loc in seg.locations]
    found += [(text, loc) for page in pages for table in page.tables for row in table.rows for text, loc in row]
    return [{"text": text, **loc} for text, loc in found if loc.get("confidence", 1.0) < LOW_CONFIDENCE]


def ocr_pdf_pages(doc: Any, indices: list[int], pages: list[Page]) -> list[dict[str, Any]]:
    """OCR the given 0-based pages of a pypdfium2 document into `pages`; returns low-confidence boxes."""
    # each page copied out of pdfium's bitmap as soon as it is drawn: a worker may take it later
    images = ((doc[i].render(scale=PDF_SCALE).to_pil().convert("RGB"), i + 1, PDF_SCALE) for i in indices)
    done = list(read_all(images, len(indices)))
    for page in done:
        pages[page.number - 1] = page
    return low_confidence(done)


def read_all(images: Iterator[tuple[Any, int, float]], total: int) -> Iterator[Page]:
    """`read_image` of each (image, page number, scale), in order, told to the page watchers. While
    `page_jobs` allows more than one process and there is more than one page, the pages are spread
    over a pool of worker processes, a few at a time (so a long scan never sits in memory whole);
    once a worker dies, the pages it may have held and those after are read here."""
    jobs = min(page_jobs.current(), total)
    page_done(0, total)
    if jobs <= 1:
        for n, (image, number, scale) in enumerate(images, 1):
            yield read_image(image, number, scale)
            page_done(n, total)
        return
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # Spawned, not forked: this process may hold the engine's threads, which a fork would copy mid-work.
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    pending: deque[tuple[tuple[Any, int, float], Future[Page] | None]] = deque()
    n = 0

    def finished() -> Page:
        task, future = pending.popleft()
        try:
            if future is not None:
                return future.result()
        except BrokenProcessPool:
            pass
        return read_image(*task)

    def submit(task: tuple[Any, int, float]) -> Future[Page] | None:
        try:
            return pool.submit(read_image, *task)
        except BrokenProcessPool:
            return None

    try:
        for task in images:
            pending.append((task, submit(task)))
            if len(pending) >= 2 * jobs:
                n += 1
                yield finished()
                page_done(n, total)
        while pending:
            n += 1
            yield finished()
            page_done(n, total)
    finally:
        pool.shutdown(cancel_futures=True)


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


def _frames(image: Any, frames: int) -> Iterator[tuple[Any, int, float]]:
    """Each frame of an image, as `read_all` takes it."""
    for n in range(frames):
        try:
            image.seek(n)
            image.load()
        except Exception as exc:
            raise LoadError("corrupt", f"图片第 {n + 1} 帧已损坏，无法读取（{type(exc).__name__}）。") from None
        yield (image.copy() if frames > 1 else image), n + 1, 1.0


def load_image(data: bytes) -> Document:
    """OCR an image (every frame of a multi-page TIFF). Raises LoadError: too_large, corrupt."""
    image = _open_image(data)
    frames = getattr(image, "n_frames", 1)
    if frames > MAX_FRAMES:
        raise LoadError("too_many_pages", f"图片有 {frames} 帧，超过 {MAX_FRAMES} 页的上限。")
    pages = list(read_all(_frames(image, frames), frames))
    hints: dict[str, str] = {"ocr_pages": ",".join(str(p.number) for p in pages)}
    if low := low_confidence(pages):
        hints["low_confidence"] = json.dumps(low, ensure_ascii=False)
    return write_pages(pages, "image", hints)
