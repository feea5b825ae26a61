"""Section headings → the report's sections, with their titles and text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .templates import Section

_HEADING = re.compile(r"([一二三四五六七八九十]{1,2})\s*、\s*")
_BOUNDARY = frozenset("。；;:：!！?？ \t\n")
_WINDOW = 40


@dataclass(frozen=True)
class Heading:
    section: int
    start: int  # where the heading's numeral is
    body: int  # where the section's text begins
    title: str


@lru_cache(maxsize=8)
def _keys(sections: tuple[Section, ...]) -> tuple[tuple[int, re.Pattern[str]], ...]:
    return tuple((s.number, re.compile("|".join(s.keys))) for s in sections)


def _classify(window: str, keys: tuple[tuple[int, re.Pattern[str]], ...], limit: int) -> tuple[int, int] | None:
    """The section whose key appears earliest in a heading's first words, and where its key ends."""
    best: tuple[int, int, int] | None = None
    for number, pat in keys:
        m = pat.search(window)
        if m and m.start() <= limit and (best is None or m.start() < best[0]):
            best = (m.start(), number, m.end())
    return (best[1], best[2]) if best else None


def find_headings(text: str, sections: tuple[Section, ...]) -> list[Heading]:
    """Every plausible section heading, in document order."""
    keys = _keys(sections)
    out: list[Heading] = []
    for m in _HEADING.finditer(text):
        a = m.start()
        at_boundary = a == 0 or text[a - 1] in _BOUNDARY
        raw = text[m.end() : m.end() + _WINDOW * 2]
        window = "".join(raw.split())[:_WINDOW]  # white space removed
        hit = _classify(window, keys, 16 if at_boundary else 4)
        if hit is None:
            continue
        number, key_end = hit
        # the title runs to the end of its line when the line is short, else to the end of the key
        line_end = text.find("\n", m.end())
        line = text[m.end() : line_end if line_end >= 0 else len(text)]
        if len("".join(line.split())) <= _WINDOW and at_boundary:
            title, body = text[a : m.end()] + line.strip(), m.end() + len(line)
        else:
            # count through the raw text to the key's end, skipping white space
            seen, i = 0, m.end()
            while i < len(text) and seen < key_end:
                if not text[i].isspace():
                    seen += 1
                i += 1
            title, body = text[a:i], i
        out.append(Heading(number, a, body, "".join(title.split())))
    return out


def choose_headings(candidates: list[Heading], sections: tuple[Section, ...]) -> dict[int, Heading]:
    """One heading per section: the first that keeps the sections in order, else the first at all."""
    chosen: dict[int, Heading] = {}
    last = -1
    for s in sections:
        mine = [h for h in candidates if h.section == s.number]
        if not mine:
            continue
        in_order = [h for h in mine if h.start > last]
        h = in_order[0] if in_order else mine[0]
        chosen[s.number] = h
        last = max(last, h.start)
    return chosen


def section_texts(text: str, chosen: dict[int, Heading], end: int | None = None) -> dict[int, tuple[str, str]]:
    """Section number → (title, text), each section running to the next heading in the document."""
    ordered = sorted(chosen.values(), key=lambda h: h.start)
    out: dict[int, tuple[str, str]] = {}
    for i, h in enumerate(ordered):
        stop = ordered[i + 1].start if i + 1 < len(ordered) else (end if end is not None else len(text))
        out[h.section] = (h.title, text[h.body : max(stop, h.body)].strip())
    return out
