"""A stored report's source as the report page shows it: the text it was read from, line by line, or
a PDF page rendered to PNG (cached beside the uploads)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..load import LoadError, load_bytes
from ..record import where

PAGE_SCALE = 2.0  # PNG pixels per PDF point: sharp enough to read a table's digits


def source_file(files: Path, sha256: str | None, path: str | None) -> Path | None:
    """Where a report's bytes are: kept from its upload, else at the path it was ingested from if that
    still holds the same bytes."""
    if sha256 and (files / sha256).is_file():
        return files / sha256
    if path and sha256 and Path(path).is_file() and hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha256:
        return Path(path)
    return None


@dataclass(frozen=True)
class TextSource:
    lines: tuple[str, ...]
    line_of: dict[str, int] = field(default_factory=dict)  # a table location (`table0.r2.c1`) → its line


@lru_cache(maxsize=32)
def text_source(file: Path, media_type: str | None) -> TextSource | None:
    """The report's text as read, one entry per line (a provenance line counts from 1), and the line
    each table cell of a Word or HTML file was printed on; None for a PDF or image, or unreadable bytes."""
    if media_type is None or media_type.startswith(("application/pdf", "image")):
        return None
    try:
        doc = load_bytes(file.read_bytes(), file.name)
    except (LoadError, OSError):
        return None
    line_of = {}
    for piece in doc.pieces:
        key = where(piece.location)
        if key and key not in line_of:
            line_of[key] = doc.text.count("\n", 0, piece.start) + 1
    return TextSource(tuple(doc.text.split("\n")), line_of)


@lru_cache(maxsize=32)
def page_sizes(file: Path) -> tuple[tuple[float, float], ...]:
    """Each page's width and height in points."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(file))
    try:
        return tuple(tuple(pdf[i].get_size()) for i in range(len(pdf)))
    finally:
        pdf.close()


def page_png(file: Path, sha256: str, page: int, cache: Path) -> Path:
    """Page `page` (from 1) of the PDF as a PNG, rendered once into `cache`. Raises IndexError for a
    page the file does not have."""
    out = cache / f"{sha256}.p{page}.png"
    if out.is_file():
        return out
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(file))
    try:
        if not 1 <= page <= len(pdf):
            raise IndexError(page)
        image = pdf[page - 1].render(scale=PAGE_SCALE).to_pil()
    finally:
        pdf.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    cache.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(out)
    return out
