"""Which statutory format the report's tables use — judged from the tables' own header rows and row
labels, never from words the prose may use, and from the year only when no table says."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .patterns import search_at_starts
from .templates import TEMPLATES, Template, template_for_year


@lru_cache(maxsize=1)
def _distinctive() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Per format with tables: what only its tables print — each column header (with its variants)
    and each section 三 row whose label words no other format prints — as alternatives per item, each
    a plain string."""
    words = {tid: _labels(t) for tid, t in TEMPLATES.items()}
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for tid, t in TEMPLATES.items():
        others = [w for o, ws in words.items() if o != tid for w in ws]
        items: dict[tuple[str, ...], None] = {}  # in order, each once (tables share columns)
        for table in t.tables:
            for col in table.columns:
                if not any(lab in w for lab in col.labels for w in others):
                    items[col.labels] = None
            if table.section == 3:
                for row in table.rows:
                    if all(re.escape(k) == k and not any(k in w for w in others) for k in row.keys):  # plain words
                        items[row.keys] = None
        out[tid] = tuple(items)
    return out


def _labels(t: Template) -> set[str]:
    """Every header and row label a format's tables print, white space removed."""
    out = {lab for table in t.tables for col in table.columns for lab in col.labels}
    out |= {w for table in t.tables for r in table.rows for w in (r.label, *r.variants, r.parent or "")}
    return {"".join(w.split()) for w in out if w}


@lru_cache(maxsize=1)
def _names() -> dict[str, re.Pattern[str]]:
    """Each distinctive header, and how a text prints it: on one line, white space anywhere in it (broken
    where its cell wrapped, run on with the next cell); or broken by a line break inside its cell — its
    first piece ending a line, its rest beginning the next, each piece spaced by single spaces at most."""
    out = {}
    for name in dict.fromkeys(k for items in _distinctive().values() for alts in items for k in alts):
        chars = [re.escape(c) for c in name]
        breaks = (rf"{' ?'.join(chars[:i])}[^\S\n]*\n[^\S\n]*{' ?'.join(chars[i:])}" for i in range(1, len(chars)))
        out[name] = re.compile("|".join((r"[^\S\n]*".join(chars), *breaks)))
    return out


@lru_cache(maxsize=1)
def _names_loose() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The distinctive headers with any white space between their characters, the longest at each place;
    and for each, white space removed, the headers it holds (itself among them). No header's end begins
    another, so the headers these matches hold are every header the text prints without its white space."""
    names = _names()
    return re.compile(_tree("", set(names), r"\s*", "")), {k: tuple(n for n in names if n in k) for k in names}


_CELL_END: Final = r"(?=[^\S\n]*(?:[\n|]|$)|[^\S\n]{2,}|[^\S\n ])"  # a piece's cell ends after it


@lru_cache(maxsize=1)
def _stack_tops() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The top piece of a distinctive header stacked over two lines in a narrow column: the start of one,
    perhaps broken by single spaces, ending its cell (two white spaces or more after it, a tab, a `|`,
    the line's end), the longest that does; and for each such start, white space removed, the headers it
    begins."""
    names = _names()
    tops = {k[:i] for k in names for i in range(1, len(k))}
    return re.compile(_tree("", tops, " ?", _CELL_END)), {h: tuple(k for k in names if k.startswith(h)) for h in tops}


def _tree(piece: str, words: set[str], gap: str, end: str) -> str:
    """The pattern of what follows `piece` in the longest of `words` that begins with it, `gap` between
    their characters and `end` after the word, as a tree of the words' characters: each character is
    tried once, not once for each word that has it."""
    nexts = sorted({w[len(piece)] for w in words if len(w) > len(piece) and w.startswith(piece)})
    ways = [(gap if piece else "") + re.escape(c) + _tree(piece + c, words, gap, end) for c in nexts]
    ways += [end] if piece in words else []  # after the longer ones: the longest word is taken
    return ways[0] if len(ways) == 1 else f"(?:{'|'.join(ways)})"


def _unspaced(text: str) -> dict[str, bool]:
    """The distinctive headers `"".join(text.split())` holds, found in one pass over the text, each with
    whether a match prints it as it is, no white space inside (then the text holds it: not looked for again)."""
    loose, held = _names_loose()
    out: dict[str, bool] = {}
    for m in loose.finditer(text):
        for k in held["".join(m[0].split())]:
            out[k] = out.get(k, False) or k in m[0]
    return out


# a cell of a line: words one space apart, two or more apart another cell
_CELL: Final = re.compile(r"[^\s|]+(?: [^\s|]+)*")


def _stacked(text: str) -> set[str]:
    """The distinctive headers stacked over two lines in a narrow column (`本年新制` over `作数量`): a top
    piece ending its cell, the rest beginning a cell of the line below that shares a place on its line
    with the piece."""
    top, begun = _stack_tops()
    found: set[str] = set()
    start, stop = 0, -1  # where the line of the piece starts and ends
    below: list[re.Match[str]] = []  # the cells of the line below it
    for m in top.finditer(text):
        if m.start() > stop:
            start = text.rfind("\n", max(stop, 0), m.start()) + 1
            if (stop := text.find("\n", m.end())) < 0:
                break
            end = text.find("\n", stop + 1)
            below = list(_CELL.finditer(text, stop + 1, len(text) if end < 0 else end))
        head = "".join(m[0].split())
        a, b = m.start() - start, m.end() - start
        for cell in below:
            if cell.start() - stop - 1 < b and a < cell.end() - stop - 1:
                rest = "".join(cell[0].split())
                found.update(k for k in begun[head] if rest.startswith(k[len(head) :]))
    return found


def detect_template(text: str, year: int | None) -> Template | None:
    """The format whose tables the text prints. Two of a format's own column headers decide, each as a
    line prints it or broken inside its cell — never the end of one line's last cell run into the start
    of the next line's (a 统计表 needs two of them to be outweighed: one may be a word of the prose);
    then a 统计表's header row; then the format most of whose own headers the text prints, names stacked
    over two lines in narrow columns counted too (looked for last: only such a table prints them); then
    the year."""
    names = _names()
    printed = {k for k, whole in _unspaced(text).items() if whole or k in text or names[k].search(text)}
    by_year = template_for_year(year) if year is not None else None
    best, score = _best(printed, by_year)
    if score >= 2:  # two of a format's own headers outweigh a 统计表's header row, not looked for then
        return TEMPLATES[best]
    headers = (t.indicator_header_pattern for t in TEMPLATES.values())
    flat = "".join(text.split())
    if any(header and search_at_starts(header, flat) for header in headers):
        return next(t for t in TEMPLATES.values() if t.indicator_header)
    best, score = _best(printed | _stacked(text), by_year)
    return TEMPLATES[best] if score else by_year


@lru_cache(maxsize=1)
def _items_named() -> dict[str, tuple[tuple[str, int], ...]]:
    """For each distinctive header, the (format, item's index) of each item it is a variant of."""
    out: dict[str, list[tuple[str, int]]] = {}
    for tid, items in _distinctive().items():
        for i, alts in enumerate(items):
            for k in alts:
                out.setdefault(k, []).append((tid, i))
    return {k: tuple(v) for k, v in out.items()}


def _best(printed: set[str], by_year: Template | None) -> tuple[str, int]:
    """The format most of whose distinctive items (each by any of its variants) are among the headers
    `printed`, the year's on a tie; and how many."""
    named = _items_named()
    # the items found from the few headers printed, not each format's items tried against them
    found = {item for k in printed for item in named.get(k, ())}
    scores = dict.fromkeys(_distinctive(), 0)
    for tid, _ in found:
        scores[tid] += 1
    best = max(scores, key=lambda tid: (scores[tid], by_year is not None and tid == by_year.id))
    return best, scores[best]
