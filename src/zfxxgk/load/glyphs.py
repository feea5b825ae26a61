"""A PDF page's characters and drawn edges as pdfium reads them, in top-down page coordinates.

Each character comes with the box pdfminer gives it (advance width by font size, from the baseline
less the font's /Descent, or a square below the origin in vertical writing), so that words, lines and
table cells fall where they did when pdfminer read the page; each painted path becomes the edges
(horizontal and vertical segments) that ruled tables are found from. pdfium reads a page's content in
a few milliseconds where pdfminer takes about a hundred; pdfminer still reads the fonts' dictionaries
(their /Descent and writing mode), which pdfium does not show."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import pypdfium2.raw as raw
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral

from .ruled import edge

Char = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
Fonts = dict[bytes, list["Font"]]  # by /BaseFont without its subset tag (pdfium drops it for some fonts)
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_DIGITS = 4  # pdfium's single-precision numbers, rounded back to the decimals a PDF writes
_FORM_DEPTH = 4  # forms inside forms: how deep their fonts are looked for


class Font:
    """What pdfminer reads of a font: its descent (per unit of font size), writing mode, and the
    advance width of each character it maps to Unicode."""

    def __init__(self, font: PDFFont) -> None:
        self.font = font
        self.descent = font.get_descent()
        self.vertical = font.is_vertical()
        self._codes: dict[str, int] | None = None

    def width(self, text: str) -> float | None:
        """The advance width of `text` (one character) per unit of font size; None if unknown."""
        if self._codes is None:
            umap = getattr(self.font, "unicode_map", None)
            pairs = umap.cid2unichr if umap is not None else getattr(self.font, "cid2unicode", {})
            self._codes = {}
            for cid, ch in pairs.items():
                self._codes.setdefault(ch, cid)
        cid = self._codes.get(text)
        return None if cid is None else self.font.char_width(cid)


def _base_name(name: bytes) -> bytes:
    return name[7:] if len(name) > 7 and name[6:7] == b"+" else name


def page_fonts(resources: Any, manager: PDFResourceManager, depth: int = 0) -> Fonts:
    """The fonts of a page's resources (and of the forms it draws), as pdfminer reads them: a broken
    font is left out (pdfium's own metrics stand in for it)."""
    out: Fonts = {}
    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return out
    fonts = resolve1(resources.get("Font"))
    for ref in fonts.values() if isinstance(fonts, dict) else ():
        try:
            spec = resolve1(ref)
            font: PDFFont = manager.get_font(ref.objid if isinstance(ref, PDFObjRef) else None, spec)
            name = resolve1(spec.get("BaseFont"))
            if isinstance(name, PSLiteral):
                key = name.name if isinstance(name.name, bytes) else name.name.encode("utf-8")
                out.setdefault(_base_name(key), []).append(Font(font))
        except Exception:  # any damage in a font dictionary: pdfium's metrics serve
            continue
    forms = resolve1(resources.get("XObject"))
    if depth < _FORM_DEPTH and isinstance(forms, dict):
        for ref in forms.values():
            form = resolve1(ref)
            attrs = getattr(form, "attrs", {})
            if isinstance(attrs.get("Subtype"), PSLiteral) and attrs["Subtype"].name == "Form":
                for key, value in page_fonts(attrs.get("Resources"), manager, depth + 1).items():
                    out.setdefault(key, []).extend(value)
    return out


@dataclass
class _TextObject:
    """What the characters of one text object share: its matrix (a, b, c, d), font size, descent in
    text space, uprightness, writing mode and font."""

    a: float
    b: float
    c: float
    d: float
    font_size: float
    descent: float = 0.0
    upright: bool = True
    vertical: bool = False
    font: Font | None = None


class PageReader:
    """Reads characters and edges from pdfium pages; holds the ctypes buffers the calls fill."""

    def __init__(self) -> None:
        self._rect = raw.FS_RECTF()
        self._matrix = raw.FS_MATRIX()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._fx, self._fy = ctypes.c_float(), ctypes.c_float()
        self._descent = ctypes.c_float()
        self._name = ctypes.create_string_buffer(256)

    def chars(self, textpage: Any, height: float, fonts: Fonts) -> list[Char]:
        """The page's characters in content order (pdfium's own inserted spaces and line breaks left
        out), each with text, x0, x1, top, bottom, size and upright; a font missing from `fonts`
        keeps pdfium's descent and is taken as written across. The box is worked out as pdfminer
        works it out (the same sums in the same order), so that characters of one size compare equal
        where they did: words break where the size changes."""
        rect, x, y = self._rect, self._x, self._y
        objects: dict[int, _TextObject] = {}
        out: list[Char] = []
        for i in range(raw.FPDFText_CountChars(textpage)):
            if raw.FPDFText_IsGenerated(textpage, i):
                continue
            obj = raw.FPDFText_GetTextObject(textpage, i)
            key = ctypes.cast(obj, ctypes.c_void_p).value or 0
            raw.FPDFText_GetLooseCharBox(textpage, i, rect)
            raw.FPDFText_GetCharOrigin(textpage, i, x, y)
            e, f = round(x.value, _DIGITS), round(y.value, _DIGITS)
            if (t := objects.get(key)) is None:
                t = objects[key] = self._text_object(textpage, i, obj, fonts, abs(rect.bottom - y.value) < 1e-3)
            text = chr(raw.FPDFText_GetUnicode(textpage, i))
            fs, desc = t.font_size, t.descent
            if t.vertical:  # pdfium gives the box's corner as the origin
                x0, y0, x1, y1 = e, f, t.a * fs + e, t.d * fs + f
                size = x1 - x0
            else:
                width = t.font.width(text) if t.font is not None else None
                adv = 0.0 if width is None else width * fs
                x0, y0 = t.a * 0 + t.c * desc + e, t.b * 0 + t.d * desc + f
                x1, y1 = t.a * adv + t.c * (desc + fs) + e, t.b * adv + t.d * (desc + fs) + f
                if width is None:
                    x1 = rect.right
                x0, x1 = min(x0, x1), max(x0, x1)
                y0, y1 = min(y0, y1), max(y0, y1)
                size = y1 - y0
            out.append(
                {
                    "text": text,
                    "x0": x0,
                    "x1": x1,
                    "top": height - y1,
                    "bottom": height - y0,
                    "doctop": height - y1,
                    "size": size,
                    "upright": t.upright,
                }
            )
        return out

    def _text_object(self, textpage: Any, i: int, obj: Any, fonts: Fonts, at_corner: bool) -> _TextObject:
        """A text object's matrix, font size and font. Of two fonts of one name, the vertical one is
        taken when pdfium puts the first character's origin at its box's corner; a font pdfminer
        could not read keeps pdfium's descent and is taken as written across."""
        m = self._matrix
        raw.FPDFText_GetMatrix(textpage, i, m)
        t = _TextObject(
            round(m.a, _DIGITS),
            round(m.b, _DIGITS),
            round(m.c, _DIGITS),
            round(m.d, _DIGITS),
            raw.FPDFText_GetFontSize(textpage, i),
        )
        handle = raw.FPDFTextObj_GetFont(obj)
        if handle:
            n = raw.FPDFFont_GetBaseFontName(handle, self._name, len(self._name))
            known = fonts.get(_base_name(self._name.raw[: max(n - 1, 0)]), [])
            if len({f.vertical for f in known}) > 1:
                known = [f for f in known if f.vertical == at_corner]
            if known:
                t.font, t.vertical = known[0], known[0].vertical
                t.descent = known[0].descent * t.font_size
            elif t.font_size and raw.FPDFFont_GetDescent(handle, ctypes.c_float(t.font_size), self._descent):
                t.descent = float(self._descent.value)
        t.upright = t.a * t.d > 0 and t.b * t.c <= 0
        return t

    def edges(self, page: Any, height: float) -> list[dict[str, Any]]:
        """The page's drawn edges the way pdfplumber lists them: lines, then rectangle sides, then
        the straight pieces of other paths; vertical first within none (the finder sorts them)."""
        lines: list[dict[str, Any]] = []
        rects: list[dict[str, Any]] = []
        curves: list[dict[str, Any]] = []
        for pts in self._subpaths(page, _IDENTITY):
            pts = [(round(px, _DIGITS), height - round(py, _DIGITS)) for px, py in pts]
            if len(pts) == 3 and pts[2] == pts[0]:  # a line closed back to its start
                pts = pts[:2]
            if len(pts) == 2:
                (ax, ay), (bx, by) = pts
                lines.append(edge("h" if ay == by else "v", min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
            elif len(pts) == 5 and pts[0] == pts[4] and _square(pts):
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                x0, x1, t, b = min(xs), max(xs), min(ys), max(ys)
                rects += [edge("h", x0, t, x1, t), edge("h", x0, b, x1, b)]
                rects += [edge("v", x0, t, x0, b), edge("v", x1, t, x1, b)]
            else:
                for (ax, ay), (bx, by) in pairwise(pts):
                    if ax == bx or ay == by:
                        orient = "v" if ax == bx else "h"
                        curves.append(edge(orient, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
        return lines + rects + curves

    def _subpaths(self, holder: Any, outer: Matrix, form: bool = False) -> Iterator[list[tuple[float, float]]]:
        """The points of each painted subpath on a page (or inside a form), in page space: a curve
        by its end point only, a closed subpath ending back at its start."""
        count = raw.FPDFFormObj_CountObjects(holder) if form else raw.FPDFPage_CountObjects(holder)
        for k in range(count):
            obj = raw.FPDFFormObj_GetObject(holder, k) if form else raw.FPDFPage_GetObject(holder, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
                continue
            m = self._matrix
            raw.FPDFPageObj_GetMatrix(obj, m)
            matrix = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                yield from self._subpaths(obj, matrix, form=True)
            else:
                yield from self._path(obj, matrix)

    def _path(self, obj: Any, matrix: Matrix) -> Iterator[list[tuple[float, float]]]:
        a, b, c, d, e, f = matrix
        fx, fy = self._fx, self._fy
        pts: list[tuple[float, float]] = []
        bezier = 0
        for k in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, k)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_BEZIERTO:
                bezier += 1
                if bezier % 3:
                    continue  # a control point
            else:
                bezier = 0
            raw.FPDFPathSegment_GetPoint(seg, fx, fy)
            p = (a * fx.value + c * fy.value + e, b * fx.value + d * fy.value + f)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                if len(pts) > 1:
                    yield pts
                pts = [p]
                continue
            pts.append(p)
            if raw.FPDFPathSegment_GetClose(seg) and p != pts[0]:
                pts.append(pts[0])
        if len(pts) > 1:
            yield pts


def _square(pts: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)
