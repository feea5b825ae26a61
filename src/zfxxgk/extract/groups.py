"""A table region of text → value groups: the runs of numbers that each print one table row.

Whatever the layout — one cell per line, `|` between cells, tabs, spaces, or digits glued with no
separator — a row's numbers come out as one `Group` of tokens, with the label text printed on the
same line before it and the text between it and its neighbours, for the aligner to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A number token: digits with optional sign, thousands separators, decimals and a printed unit.
# Digits followed by 年/月/日/%/号/页 or preceded by 第 are dates, shares or references, not cells.
_TOKEN = re.compile(
    r"(?P<num>(?<![\d.])(?<!第)[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:万元|元)?(?![\d年月日%号页])"
    r"|(?<![\d.])(?<!第)[+-]?\d+(?:\.\d+)?(?:万元|元)?(?![\d年月日%号页]))"
    r"|(?P<blank>(?<![^\s|])(?:[-—–/]|无)(?![^\s|]))"
)


@dataclass
class Token:
    text: str | None  # None: a blank cell
    start: int
    end: int


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

    def trimmed(self, width: int) -> list[Token]:
        """The tokens without blank cells at either end beyond `width` (placeholders of merged cells)."""
        toks = self.tokens
        while len(toks) > width and toks[-1].text is None:
            toks = toks[:-1]
        while len(toks) > width and toks[0].text is None:
            toks = toks[1:]
        return toks


@dataclass
class _Line:
    items: list[tuple[str, object]] = field(default_factory=list)  # ("text", str) | ("tok", Token)

    @property
    def values(self) -> int:
        return sum(1 for kind, _ in self.items if kind == "tok")

    @property
    def has_text(self) -> bool:
        return any(kind == "text" and str(v).strip() for kind, v in self.items)


def _scan_segment(text: str, offset: int, line: _Line) -> None:
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
                    line.items.append(("tok", Token(raw[:-1], offset + a, offset + b - 1)))
                    line.items.append(("text", raw[-1]))
                else:
                    line.items.append(("text", raw))
                last = b
                continue
            line.items.append(("tok", Token(raw, offset + a, offset + b)))
        else:
            line.items.append(("tok", Token(None, offset + a, offset + b)))
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
            _scan_segment(cell, pos, line)
        elif 0 < i < last:
            line.items.append(("tok", Token(None, pos, pos + len(cell))))
        pos += len(cell) + 1
    return line


def _squash(parts: list[str]) -> str:
    return re.sub(r"\s+", "", "".join(parts))


def scan_groups(text: str, start: int, end: int) -> list[Group]:
    """The value groups of text[start:end], in reading order."""
    groups: list[Group] = []
    pending: list[str] = []  # text since the last group
    current: Group | None = None
    pos = start
    for n, raw in enumerate(text[start:end].split("\n")):
        line = _scan_line(raw, pos)
        pos += len(raw) + 1
        if not line.items:
            continue
        single = line.values == 1 and not line.has_text
        if current is not None and not (single and current.multiline):
            current = None
        line_text: list[str] = []
        for kind, v in line.items:
            if kind == "text":
                s = str(v)
                pending.append(s)
                line_text.append(s)
                current = None
                continue
            tok = v
            assert isinstance(tok, Token)
            if current is None and tok.text is None:
                continue  # a blank cell before any number: a placeholder in the label columns
            if current is None:
                before = _squash(pending)
                if groups:
                    groups[-1].after = before
                current = Group([], n, same_line=_squash(line_text), before=before, multiline=single)
                groups.append(current)
                pending = []
            current.tokens.append(tok)
        if not single:
            current = None
    if groups:
        groups[-1].after = _squash(pending)
    return [g for g in groups if any(t.text is not None for t in g.tokens)]
