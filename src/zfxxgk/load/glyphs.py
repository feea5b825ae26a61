"""A PDF page's characters and drawn edges as pdfium reads them, in top-down page coordinates.

Each character comes with the box pdfminer gives it (advance width by font size, from the baseline
less the font's /Descent, or a square beside the origin in vertical writing), so that words, lines
and table cells fall where they did when pdfminer read the page; each painted path becomes the edges
(horizontal and vertical segments) that ruled tables are found from. pdfium reads a page's content in
a few milliseconds where pdfminer takes about a hundred; pdfminer's object parser still reads the
fonts' /Descent from their dictionaries, which pdfium does not show (it falls back on the font
program's own when the dictionary gives none)."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, cast

import pypdfium2.raw as raw
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

from .ruled import edge

Char = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
Fonts = dict[bytes, float]  # descent per unit of font size, by /BaseFont
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_DIGITS = 4  # pdfium's single-precision numbers, rounded back to the decimals a PDF writes
_FORM_DEPTH = 4  # forms inside forms: how deep their fonts are looked for


def _base_name(name: bytes) -> bytes:
    return name[7:] if len(name) > 7 and name[6:7] == b"+" else name


def _descent(spec: dict[str, Any]) -> float | None:
    """A font's descent per unit of font size, read from its dictionary as pdfminer reads it: the
    built-in metrics of the standard fonts, else the /FontDescriptor's /Descent (0 when missing, made
    negative when written positive); None for a Type 3 font."""
    kind = resolve1(spec.get("Subtype"))
    kind = kind.name if isinstance(kind, PSLiteral) else ""
    if kind == "Type3":
        return None
    if kind == "Type0":
        descendants = resolve1(spec.get("DescendantFonts"))
        holder = resolve1(descendants[0]) if isinstance(descendants, list) and descendants else {}
    else:
        holder = spec
        name = resolve1(spec.get("BaseFont"))
        if isinstance(name, PSLiteral) and isinstance(name.name, str) and name.name in FONT_METRICS:
            descent = cast(float, FONT_METRICS[name.name][0].get("Descent", 0))  # a number in every standard font
            return -abs(float(descent)) * 0.001
    descriptor = resolve1(holder.get("FontDescriptor")) if isinstance(holder, dict) else None
    value = resolve1(descriptor.get("Descent", 0)) if isinstance(descriptor, dict) else 0
    return -abs(float(value)) * 0.001 if isinstance(value, int | float) else 0.0


def page_fonts(resources: Any, depth: int = 0) -> Fonts:
    """The descents of a page's fonts (and of the forms it draws) by /BaseFont without its subset
    tag (pdfium drops it for some fonts); a font whose dictionary is damaged is left out, and pdfium's
    own descent stands in for it."""
    out: Fonts = {}
    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return out
    fonts = resolve1(resources.get("Font"))
    for ref in fonts.values() if isinstance(fonts, dict) else ():
        try:
            spec = resolve1(ref)
            name = resolve1(spec.get("BaseFont"))
            if isinstance(name, PSLiteral) and (descent := _descent(spec)) is not None:
                key = name.name if isinstance(name.name, bytes) else name.name.encode("utf-8")
                out.setdefault(_base_name(key), descent)
        except Exception:  # any damage in a font dictionary: pdfium's metrics serve
            continue
    forms = resolve1(resources.get("XObject"))
    if depth < _FORM_DEPTH and isinstance(forms, dict):
        for ref in forms.values():
            form = resolve1(ref)
            attrs = getattr(form, "attrs", {})
            if isinstance(attrs.get("Subtype"), PSLiteral) and attrs["Subtype"].name == "Form":
                for key, value in page_fonts(attrs.get("Resources"), depth + 1).items():
                    out.setdefault(key, value)
    return out


@dataclass(frozen=True)
class Frame:
    """How a page's user space maps to top-down coordinates, as pdfminer and pdfplumber map it: the
    page's /Rotate turns it (a rotated page reads as it is shown), the media box's corner moves it."""

    matrix: Matrix  # user space → pdfminer's device space
    width: float
    height: float
    dx: float  # added to x, and to top, after the turn (pdfplumber's media-box offsets)
    dtop: float

    @classmethod
    def of(cls, box: tuple[float, float, float, float], rotation: int) -> Frame:
        x0, y0, x1, y1 = box
        if rotation == 90:
            return cls((0, -1, 1, 0, -y0, x1), y1 - y0, x1 - x0, y0, -x0)
        if rotation == 180:
            return cls((-1, 0, 0, -1, x1, y1), x1 - x0, y1 - y0, x0, -y0)
        if rotation == 270:
            return cls((0, 1, -1, 0, y1, -x0), y1 - y0, x1 - x0, y0, -x0)
        return cls((1, 0, 0, 1, -x0, -y0), x1 - x0, y1 - y0, x0, -y0)

    def device(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.matrix
        return a * x + c * y + e, b * x + d * y + f


@dataclass
class _Font:
    """A font as the characters need it: pdfium's handle, descent per unit of font size, writing
    mode, and the advance widths looked up so far (by character and font size)."""

    handle: Any
    descent: float = 0.0
    vertical: bool = False
    widths: dict[tuple[int, float], float] = field(default_factory=dict)


@dataclass
class _TextObject:
    """What the characters of one text object share: its matrix (a, b, c, d), font size, descent in
    text space, uprightness and font."""

    a: float
    b: float
    c: float
    d: float
    font_size: float
    descent: float
    upright: bool
    font: _Font


def _text(textpage: Any, n: int) -> str | None:
    """The page's text, one character per index (None if some character takes two UTF-16 units)."""
    buf = ctypes.create_string_buffer(2 * (n + 1))
    count = raw.FPDFText_GetText(textpage, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    try:
        text = buf.raw[: 2 * max(count - 1, 0)].decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    return text if len(text) == n else None


class PageReader:
    """Reads characters and edges from pdfium pages; holds the ctypes buffers the calls fill."""

    def __init__(self) -> None:
        self._rect = raw.FS_RECTF()
        self._matrix = raw.FS_MATRIX()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._fx, self._fy = ctypes.c_float(), ctypes.c_float()
        self._descent = ctypes.c_float()
        self._width_out = ctypes.c_float()
        self._fonts: dict[int, _Font] = {}  # by pdfium's handle, for the page being read
        self._shapes: dict[tuple[float, ...], _TextObject] = {}  # by font, size and matrix, for the page
        self._name = ctypes.create_string_buffer(256)

    def chars(self, textpage: Any, frame: Frame, fonts: Fonts) -> list[Char]:
        """The page's characters in content order (pdfium's own inserted spaces and line breaks, which
        belong to no text object, left out), each with text, x0, x1, top, bottom, size and upright.
        The box is worked out as pdfminer works it out (the same sums in the same order), so that
        characters of one size compare equal where they did: words break where the size changes."""
        x, y = self._x, self._y
        height, dx, dtop = frame.height, frame.dx, frame.dtop
        turn = None if frame.matrix == _IDENTITY else frame.device
        get_object, get_origin, get_unicode = (
            raw.FPDFText_GetTextObject,
            raw.FPDFText_GetCharOrigin,
            raw.FPDFText_GetUnicode,
        )
        n = raw.FPDFText_CountChars(textpage)
        text = _text(textpage, n)
        objects: dict[int, _TextObject] = {}
        self._fonts, self._shapes = {}, {}
        out: list[Char] = []
        for i in range(n):
            obj = get_object(textpage, i)
            if not obj:
                continue
            ch = text[i] if text is not None else chr(get_unicode(textpage, i))
            code = ord(ch)
            if (t := objects.get(key := ctypes.addressof(obj.contents))) is None:
                t = objects[key] = self._text_object(textpage, i, obj, fonts, code, frame)
            get_origin(textpage, i, x, y)
            e, f = round(x.value, _DIGITS), round(y.value, _DIGITS)
            if turn is not None:
                e, f = turn(e, f)
            fs, desc = t.font_size, t.descent
            if t.font.vertical:  # pdfium gives the box's corner as the origin
                x0, y0, x1, y1 = e, f, t.a * fs + e, t.d * fs + f
                size = x1 - x0
            else:
                if (width := t.font.widths.get((code, fs))) is None:
                    width = self._width(t, code, textpage, i)
                adv = width * fs
                x0, y0 = t.a * 0 + t.c * desc + e, t.b * 0 + t.d * desc + f
                x1, y1 = t.a * adv + t.c * (desc + fs) + e, t.b * adv + t.d * (desc + fs) + f
                if x1 < x0:
                    x0, x1 = x1, x0
                if y1 < y0:
                    y0, y1 = y1, y0
                size = y1 - y0
            top = (height - y1) + dtop
            out.append(
                {
                    "text": ch,
                    "x0": x0 + dx,
                    "x1": x1 + dx,
                    "top": top,
                    "bottom": (height - y0) + dtop,
                    "doctop": top,
                    "size": size,
                    "upright": t.upright,
                }
            )
        return out

    def _width(self, t: _TextObject, code: int, textpage: Any, i: int) -> float:
        """A character's advance width per unit of font size, from the font's widths (where pdfium
        cannot say, from the width of its box), kept for the next time."""
        if t.font_size and raw.FPDFFont_GetGlyphWidth(t.font.handle, code, t.font_size, self._width_out):
            width = round(self._width_out.value * 1000 / t.font_size, 2) * 0.001
        else:
            raw.FPDFText_GetLooseCharBox(textpage, i, self._rect)
            width = (self._rect.right - self._rect.left) / (t.a * t.font_size) if t.a and t.font_size else 0.0
        t.font.widths[(code, t.font_size)] = width
        return width

    def _text_object(self, textpage: Any, i: int, obj: Any, fonts: Fonts, code: int, frame: Frame) -> _TextObject:
        """A text object's matrix (turned with the page), font size and font (its descent in text
        space worked out here)."""
        m = self._matrix
        raw.FPDFText_GetMatrix(textpage, i, m)
        size = raw.FPDFText_GetFontSize(textpage, i)
        handle = raw.FPDFTextObj_GetFont(obj)
        key = ctypes.addressof(handle.contents) if handle else 0
        shape = (key, size, m.a, m.b, m.c, m.d)
        if (known := self._shapes.get(shape)) is not None:  # text objects alike but for where they stand
            return known
        if (font := self._fonts.get(key)) is None:
            font = self._fonts[key] = self._font(handle, fonts, code, size)
        turn: Matrix = (round(m.a, _DIGITS), round(m.b, _DIGITS), round(m.c, _DIGITS), round(m.d, _DIGITS), 0.0, 0.0)
        a, b, c, d, _, _ = _compose(turn, frame.matrix)
        t = self._shapes[shape] = _TextObject(a, b, c, d, size, font.descent * size, a * d > 0 and b * c <= 0, font)
        return t

    def _font(self, handle: Any, fonts: Fonts, code: int, size: float) -> _Font:
        """A font's descent (from its dictionary, else pdfium's) and writing mode (a vertical font
        gives its first character a negative advance)."""
        font = _Font(handle)
        if not handle:
            return font
        n = raw.FPDFFont_GetBaseFontName(handle, self._name, len(self._name))
        if (descent := fonts.get(_base_name(self._name.raw[: max(n - 1, 0)]))) is not None:
            font.descent = descent
        elif size and raw.FPDFFont_GetDescent(handle, size, self._descent):
            font.descent = self._descent.value / size
        width = self._width_out
        font.vertical = bool(raw.FPDFFont_GetGlyphWidth(handle, code, size or 1.0, width)) and width.value < 0
        return font

    def edges(self, page: Any, frame: Frame) -> list[dict[str, Any]]:
        """The page's drawn edges the way pdfplumber lists them: lines, then rectangle sides, then
        the straight pieces of other paths; vertical first within none (the finder sorts them)."""
        lines: list[dict[str, Any]] = []
        rects: list[dict[str, Any]] = []
        curves: list[dict[str, Any]] = []
        for pts in self._subpaths(page, _IDENTITY):
            pts = [frame.device(round(px, _DIGITS), round(py, _DIGITS)) for px, py in pts]
            pts = [(px + frame.dx, (frame.height - py) + frame.dtop) for px, py in pts]
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
