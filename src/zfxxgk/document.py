"""A report as text, with a way back from any offset to where it came from in the source.

Loaders turn bytes into a `Document`: one linear text (a table becomes one line per row, its cells
between `|`) and, for files that are not plain text, `pieces` that say which page and box, or which
table, row and column, each stretch of text came from. Each stage that rewrites the text (normalising)
returns a new Document whose `offsets` lead back to its parent, so a value found anywhere can always
be located in the original file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add, sub
from typing import Any, Final

Location = dict[str, Any]
LOW_CONFIDENCE: Final = 0.8  # a location read by OCR with less confidence than this is a doubtful reading


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise-linear map from offsets in a rewritten text to offsets in the text it came from."""

    out: tuple[int, ...] = (0,)
    src: tuple[int, ...] = (0,)

    def __call__(self, pos: int) -> int:
        i = bisect_right(self.out, pos) - 1
        return self.src[i] + (pos - self.out[i])


@dataclass(frozen=True)
class Piece:
    """A stretch [start, end) of a Document's text and where it came from."""

    start: int
    end: int
    location: Location


@dataclass
class Document:
    text: str
    media_type: str = "text/plain"
    pieces: tuple[Piece, ...] = ()
    parent: Document | None = None
    offsets: OffsetMap | None = None
    meta_hints: dict[str, str] = field(default_factory=dict)  # e.g. a PDF's title, an HTML <title>
    _line_starts: list[int] | None = field(default=None, repr=False)
    _piece_starts: list[int] | None = field(default=None, repr=False)

    def derive(self, text: str, offsets: OffsetMap) -> Document:
        """A rewritten copy of this document whose offsets lead back here."""
        return Document(text, self.media_type, parent=self, offsets=offsets, meta_hints=self.meta_hints)

    @property
    def root(self) -> Document:
        """The original document this text was rewritten from."""
        doc = self
        while doc.parent is not None:
            doc = doc.parent
        return doc

    def root_span(self, start: int, end: int) -> tuple[Document, int, int]:
        """The original document and the span there that [start, end) of this text came from."""
        doc, [(s, e)] = self._back([(start, end)])
        return doc, s, e

    def locate(self, start: int, end: int) -> Location:
        """Where [start, end) of this text came from in the source file."""
        doc, spans = self._back([(start, end)])
        return doc._locate_here(spans)[0]

    def locate_all(self, spans: dict[str, tuple[int, int]]) -> dict[str, Location]:
        """`locate` of each span, keyed as given."""
        doc, back = self._back(spans.values())
        return dict(zip(spans, doc._locate_here(back), strict=True))

    def _back(self, spans: Iterable[tuple[int, int]]) -> tuple[Document, list[tuple[int, int]]]:
        """The spans mapped back to the original document, one level at a time; an empty span there is
        widened to one character."""
        doc, back = self, list(spans)
        while doc.parent is not None and doc.offsets is not None:
            out, src = doc.offsets.out, doc.offsets.src
            if len(out) > 1:  # as OffsetMap.__call__, each end through the last character it covers
                shift = (0, *map(sub, src, out))  # indexed by bisect_right(out, pos)
                back = [
                    (s + shift[bisect_right(out, s)], last + 1 + shift[bisect_right(out, last)])
                    for s, e in back
                    for last in (e - 1 if e > s else s,)
                ]
            else:  # a single piece starting at 0 maps every offset to itself
                back = [(s, e if e > s else s + 1) for s, e in back]
            doc = doc.parent
        return doc, back

    def excerpt(self, start: int, end: int, width: int = 24) -> str:
        """The source text that [start, end) of this text came from, in 【】, with up to `width`
        characters on each side; each run of line breaks shown as one ⏎, other runs of space as one."""
        doc, s, e = self.root_span(start, end)
        text = doc.text
        a, b = max(s - width, 0), min(e + width, len(text))
        parts = ("…" if a > 0 else "", text[a:s], "【", text[s:e], "】", text[e:b], "…" if b < len(text) else "")
        return " ".join(_BREAKS.sub(" ⏎ ", "".join(parts)).split())

    def _locate_here(self, spans: list[tuple[int, int]]) -> list[Location]:
        """Where each span of this (original) text is in the source file."""
        if self.pieces:
            if self._piece_starts is None:
                self._piece_starts = [p.start for p in self.pieces]
            at, pieces = self._piece_starts, self.pieces
            return [dict(pieces[max(bisect_right(at, s) - 1, 0)].location) for s, _ in spans]
        if self._line_starts is None:  # where each line begins, a line ending LF, CR LF or a lone CR
            if "\r" in self.text:
                self._line_starts = [0, *(m.end() for m in _LINE_BREAK.finditer(self.text))]
            else:
                self._line_starts = list(accumulate((len(line) + 1 for line in self.text.split("\n")[:-1]), initial=0))
        lines = self._line_starts
        return [{"line": bisect_right(lines, s), "start": s, "end": e} for s, e in spans]


_BREAKS: Final = re.compile(r"\s*\n\s*")
_LINE_BREAK: Final = re.compile(r"\r\n?|\n")


def rewrite(text: str, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> tuple[str, OffsetMap]:
    """`pattern.sub(repl, text)`, also returning the map from new offsets back to old ones."""
    return splice(text, [(*m.span(), repl(m) if callable(repl) else m.expand(repl)) for m in pattern.finditer(text)])


def splice(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """`text` with each (start, end, new) of `edits` (in order, apart) put in place of text[start:end],
    and the map from new offsets back to old ones."""
    if not edits:
        return text, OffsetMap()
    starts, ends, news = zip(*edits, strict=True)
    # sliced, measured and summed by map and accumulate: no step in Python per edit
    kept = list(map(text.__getitem__, map(slice, (0, *ends), (*starts, len(text)))))
    parts = kept + kept[1:]  # room for the kept pieces and, between them, the new ones
    parts[0::2] = kept
    parts[1::2] = news
    outs = accumulate(map(add, map(len, kept), map(len, news)), initial=0)
    return "".join(parts), OffsetMap(tuple(outs), (0, *ends))
