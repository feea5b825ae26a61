"""A table region of text → value groups: the runs of numbers that each print one table row.

Whatever the layout — one cell per line, `|` between cells, tabs, spaces, or digits glued with no
separator — a row's numbers come out as one `Group` of tokens, with the label text printed on the
same line before it and the text between it and its neighbours, for the aligner to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

# A number token: digits with optional sign, thousands separators, decimals and a printed unit.
# Digits followed by 年/月/日/%/号/页 or preceded by 第 are dates, shares or references, not cells.
# A sign right after a digit starts a new number, a signed change printed glued to its neighbour.
_TOKEN = re.compile(
    r"(?=[\d+\-—–/无])"  # every token begins with one of these: try the alternatives only there
    r"(?:(?P<num>(?<![\d.])(?<!第)\d+(?:\.\d+){2,}(?:万元|元)?(?!\d|[ \t]*[年月日%号页])"  # glued decimals: 0.010.02
    r"|(?<![\d.])(?<!第)[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:万元|元)?(?!\d|[ \t]*[年月日%号页])"
    r"|(?<![\d.])(?<!第)[+-]?\d+(?:\.\d+)?(?:万元|元)?(?!\d|[ \t]*[年月日%号页])"
    r"|(?<=\d)[+-]\d+(?!\d|[ \t]*[年月日%号页]))"  # a signed change glued to the number before it: 919-3
    r"|(?P<blank>(?<![^\s|])(?:[-—–/]|无)(?![^\s|])))"
)


@dataclass
class Token:
    text: str | None  # None: a blank cell
    start: int
    end: int
    soft: bool = False  # a blank read from an empty line, not printed as a mark: droppable if a row is too wide
    col: int = -1  # the cell's position on a line with | between cells


@dataclass
class Group:
    tokens: list[Token]
    line: int  # index of the line the group starts on
    same_line: str = ""  # label text on the group's line before it (white space removed)
    before: str = ""  # text since the previous group (white space removed)
    after: str = ""  # text up to the next group (white space removed)
    multiline: bool = False  # one value per line (a web page's cells)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def width(self) -> int:
        return len(self.tokens)

    @cached_property
    def blank(self) -> bool:
        """A row that prints no number at all, only blank cells."""
        return all(t.text is None for t in self.tokens)

    def trimmed(self, width: int) -> list[Token]:
        """The tokens without blank cells beyond `width`: first at either end (placeholders of merged
        cells), then empty lines that were only spacing; and if exactly `width` numbers remain, every
        blank (positions that uneven merged cells leave empty between a row's numbers)."""
        toks = self.tokens
        while len(toks) > width and toks[-1].text is None:
            toks = toks[:-1]
        while len(toks) > width and toks[0].text is None:
            toks = toks[1:]
        extra = len(toks) - width
        if extra > 0 and any(t.soft for t in toks):
            kept = []
            for t in toks:
                if extra and t.soft:
                    extra -= 1
                    continue
                kept.append(t)
            toks = kept
        if len(toks) > width and sum(1 for t in toks if t.text is not None) == width:
            toks = [t for t in toks if t.text is not None]
        return toks


@dataclass
class _Line:
    items: list[tuple[str, object]] = field(default_factory=list)  # ("text", str) | ("tok", Token)

    @cached_property  # read only once the line is scanned
    def values(self) -> int:
        return sum(1 for kind, _ in self.items if kind == "tok")

    @cached_property
    def has_text(self) -> bool:
        return any(kind == "text" for kind, _ in self.items)  # only text with more than white space is kept


def _scan_segment(text: str, offset: int, line: _Line, col: int = -1) -> None:
    """Split a stretch of text into label text and number tokens, appending to `line`."""
    last = 0
    for m in _TOKEN.finditer(text):
        a, b = m.span()
        kind = m.lastgroup
        pre = text[last:a]
        if pre.strip():
            line.items.append(("text", pre))
        if kind == "num":
            raw = m.group()
            tail = text[b : b + 2]
            # glued digits that run into the next row's own number: 00000002.其他… → 0000000 + "2."
            if len(tail) == 2 and tail[0] in ".、" and not tail[1].isdigit() and not tail[1].isspace():
                if len(raw) > 1 and raw[-2].isdigit():
                    line.items.append(("tok", Token(raw[:-1], offset + a, offset + b - 1, col=col)))
                    line.items.append(("text", raw[-1]))
                else:
                    line.items.append(("text", raw))
                last = b
                continue
            line.items.append(("tok", Token(raw, offset + a, offset + b, col=col)))
        else:
            line.items.append(("tok", Token(None, offset + a, offset + b, col=col)))
        last = b
    rest = text[last:]
    if rest.strip():
        line.items.append(("text", rest))


def _scan_line(text: str, offset: int) -> _Line:
    line = _Line()
    if "|" not in text:
        _scan_segment(text, offset, line)
        return line
    cells = text.split("|")
    pos = offset
    last = len(cells) - 1
    for i, cell in enumerate(cells):
        if cell.strip() or cell.startswith("-"):
            if set(cell.strip()) <= {"-", ":"} and cell.strip():
                pos += len(cell) + 1  # a Markdown rule |---|
                continue
            _scan_segment(cell, pos, line, i)
        elif 0 < i < last:
            line.items.append(("tok", Token(None, pos, pos + len(cell), col=i)))
        pos += len(cell) + 1
    return line


def _squash(parts: list[str]) -> str:
    return _SPACE.sub("", "".join(parts))


_SPACE = re.compile(r"\s+")


def _cell_gap(lines: list[tuple[int, int, _Line]]) -> int | None:
    """How many empty lines separate two cells printed one per line (the commonest gap before a
    lone number); None when no number stands alone on its line."""
    counts: dict[int, int] = {}
    for (n0, _, _), (n1, _, line) in pairwise(lines):
        if line.values == 1 and not line.has_text:
            counts[n1 - n0 - 1] = counts.get(n1 - n0 - 1, 0) + 1
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None


def _spacing_blanks(prev: _Line, line: _Line, gap: int, cell_gap: int | None, pos: int) -> list[Token]:
    """The blank cells that a longer run of empty lines stands for, between cells printed one per line."""
    if cell_gap is None or gap <= cell_gap:
        return []
    if not all((x.values == 1 and not x.has_text) or (x.values == 0 and x.has_text) for x in (prev, line)):
        return []
    return [Token(None, pos, pos, soft=True)] * ((gap - cell_gap) // (cell_gap + 1))


def scan_groups(text: str, start: int, end: int) -> list[Group]:
    """The value groups of text[start:end], in reading order.

    A blank cell is a printed mark (— / 无), an empty cell between pipes, or, where cells are printed
    one per line, an empty line more than the usual spacing. Blanks after a label belong to the row
    that follows; a row of blanks alone is kept, so that the rows after it do not move up."""
    lines: list[tuple[int, int, _Line]] = []
    pos = start
    for n, raw in enumerate(text[start:end].split("\n")):
        if raw and not raw.isspace():
            line = _scan_line(raw, pos)
            if line.items:
                lines.append((n, pos, line))
        pos += len(raw) + 1
    cell_gap = _cell_gap(lines)
    groups: list[Group] = []
    pending: list[str] = []  # text since the last group
    lead: list[Token] = []  # blank cells after a label, before the row's first number
    current: Group | None = None

    def open_group(n: int, line_text: list[str], multiline: bool) -> Group:
        before = _squash(pending)
        if groups:
            groups[-1].after = before
        pending.clear()
        g = Group([], n, same_line=_squash(line_text), before=before, multiline=multiline)
        groups.append(g)
        return g

    for i, (n, offset, line) in enumerate(lines):
        single = line.values == 1 and not line.has_text
        spacing = _spacing_blanks(lines[i - 1][2], line, n - lines[i - 1][0] - 1, cell_gap, offset - 1) if i else []
        if current is not None and current.multiline:
            current.tokens.extend(spacing)
        else:
            lead.extend(spacing)
        if current is not None and not (single and current.multiline):
            current = None
        line_text: list[str] = []
        for kind, v in line.items:
            if kind == "text":
                if lead:
                    open_group(n, line_text, single).tokens.extend(lead)
                    lead = []
                s = str(v)
                pending.append(s)
                line_text.append(s)
                current = None
                continue
            tok = v
            assert isinstance(tok, Token)
            if current is None and tok.text is None:
                if line_text or single:
                    lead.append(tok)
                continue  # a blank cell before any label: a placeholder in the label columns
            if current is None:
                current = open_group(n, line_text, single)
                current.tokens.extend(lead)
                lead = []
            current.tokens.append(tok)
        if not single:
            current = None
            if lead and line_text:  # a row of blank cells after its label
                open_group(n, line_text, False).tokens.extend(lead)
                lead = []
    if lead:
        open_group(len(lines), [], False).tokens.extend(lead)
    if groups:
        groups[-1].after = _squash(pending)
    _drop_label_placeholders(groups)
    return groups


def _drop_label_placeholders(groups: list[Group]) -> None:
    """Blank cells in the label columns of a | table are the placeholders of a merged label, not
    blank values: the label columns are those before the commonest position of a row's first number."""
    firsts: dict[int, int] = {}
    for g in groups:
        first = next((t.col for t in g.tokens if t.text is not None), -1)
        if first >= 0:
            firsts[first] = firsts.get(first, 0) + 1
    if not firsts:
        return
    value_col = max(firsts, key=lambda c: (firsts[c], -c))
    for g in groups:
        toks = g.tokens
        k = 0
        while k < len(toks) - 1 and toks[k].text is None and 0 <= toks[k].col < value_col:
            k += 1
        if k:
            g.tokens = toks[k:]
