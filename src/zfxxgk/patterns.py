"""Regular expressions put behind a look-ahead for the characters a match can begin with: a long
alternation (row labels, page chrome) is then tried only where one of its branches could start."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parser
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Final

# A white space character as a page saved as text may print it: a reference to one (`&nbsp;`, `&#160;`, `&ensp;`,
# `&#12288;` …), its `;` perhaps left off as browsers read it
SPACE_REFERENCE: Final = "&(?:nbsp|ensp|emsp|#160|#x[aA]0|#8194|#x2002|#12288|#x3000);?"


DIGIT: Final = re.compile(r"\d")  # a digit anywhere: a line of a table's header prints none

# a year's four digits (2020): what a 年 after digits makes a date of, not a count
YEAR: Final = r"(?:19|20)\d\d"


# a Markdown table's rows run together on one line, their line breaks lost: a rule run on after the header
# (`| 信息内容 | 本年新制作数量 || --- | ---: || 规章 |  | 19 || 规范性文件 | 225 |`), each `||` a row's end
# and the next row's start, a truly empty cell `|  |`
RUN_ON_RULE: Final = re.compile(r"\|\|[ \t]*:?---")

# the letters an OCR engine reads for digits (O o for 0, l I for 1), as the digits they stand for
AS_DIGITS: Final = str.maketrans("OolI", "0011")

# a page's number, its digits perhaps read as letters by OCR (- I -, - l -)
PAGE_NUMBER: Final = r"[\dOlI]{1,4}"
NTH_PAGE: Final = r"\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"  # after 第: 第 4 页, 第4页 共12页
_FOOTER_END: Final = r"[ \t]*(?:\n|$)"
# A page footer on a line of its own, each kind as the first character after any spaces and tabs and what
# follows it (no ^ here: each use anchors it), with its line break: - 3 -, — 3 — (not -, 0, - in three cells),
# 第 3 页 共 12 页, 3/12. (A run of digits or of spaces that what follows cannot begin is taken whole, `*+`: a
# line of digits, one of a table's cells, is given up at once, not tried again with each shorter run.)
FOOTER_LINE_KINDS: Final = (
    ("[-—–]", rf"[ \t]*+{PAGE_NUMBER}+[ \t]*[-—–]{_FOOTER_END}"),
    ("第", rf"{NTH_PAGE}{_FOOTER_END}"),
    (r"\d", rf"\d{{0,2}}+[ \t]*+/[ \t]*\d{{1,3}}{_FOOTER_END}"),
)
FOOTER_LINE: Final = "|".join(rf"[ \t]*{first}{rest}" for first, rest in FOOTER_LINE_KINDS)

_CLASS_CATEGORIES: Final = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


def _class_items(items: list) -> list[str] | None:
    """A parsed character class as the items of a class in pattern text; None if it is negated or
    holds what that cannot spell."""
    out = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(arg)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg in _CLASS_CATEGORIES:
            out.append(_CLASS_CATEGORIES[arg])
        else:
            return None
    return out


def _first_chars(items: list) -> list[str] | None:
    """The characters a parsed pattern's match can begin with, as class items; None when that cannot
    be told or the match may be empty."""
    for k, (op, arg) in enumerate(items):
        rest = items[k + 1 :]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: ^, lookarounds
        if op is sre.LITERAL:
            return [re.escape(chr(arg))]
        if op is sre.IN:
            return _class_items(arg)
        if op is sre.SUBPATTERN and not arg[1] & sre.SRE_FLAG_IGNORECASE:
            return _first_chars([*arg[3], *rest])
        if op is sre.BRANCH:
            firsts = [_first_chars([*b, *rest]) for b in arg[1]]
            return None if any(f is None for f in firsts) else [c for f in firsts if f for c in f]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            lo, _, body = arg
            first = _first_chars(list(body))
            if first is None or lo >= 1:
                return first
            after = _first_chars(rest)  # the body may be skipped
            return None if after is None else first + after
        return None
    return None


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The characters a match of `pattern` can begin with, as the inside of a character class; None
    when that cannot be told or the match may be empty."""
    parsed = sre_parser.parse(pattern, flags)
    first = None if parsed.state.flags & re.IGNORECASE else _first_chars(list(parsed))
    return "".join(sorted(set(first))) if first else None


def literal_prefix(pattern: str, flags: int = 0) -> str:
    """The characters every match of `pattern` begins with, as plain text ("" when none is sure)."""
    parsed = sre_parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return ""
    out = []
    for op, arg in parsed:
        if op is not sre.LITERAL:
            break
        out.append(chr(arg))
    return "".join(out)


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead for the characters its matches can begin with, so that
    a long alternation is only tried where one of them could start. The matches are the same."""
    first = first_chars(pattern, flags)
    if not first:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


@lru_cache(maxsize=16)
def _starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    first = first_chars(pattern.pattern, pattern.flags)
    return re.compile(f"[{first}]") if first else None


def search_at_starts(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only where a character a match can begin with stands: for a pattern
    that starts with a look-behind, which keeps the engine from skipping to those characters itself."""
    starts = _starts(pattern)
    if starts is None:
        return pattern.search(text)
    return next((m for s in starts.finditer(text) if (m := pattern.match(text, s.start()))), None)


def _reach(items: Iterable[tuple[Any, Any]]) -> tuple[int, int] | None:
    """(most characters consumed, most characters read) from where a parsed pattern is tried, look-aheads
    and end tests included; None when unbounded or not told."""
    consumed = read = 0
    for op, arg in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            step: tuple[int, int] | None = (1, 1)
        elif op is sre.AT:
            # ^ reads nothing ahead; $ before a last line break also reads whether the text ends after it
            step = {sre.AT_BEGINNING: (0, 0), sre.AT_BEGINNING_STRING: (0, 0), sre.AT_END: (0, 2)}.get(arg, (0, 1))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            ahead = _reach(arg[1]) if arg[0] == 1 else (0, 0)  # a look-behind reads nothing ahead
            step = None if ahead is None else (0, ahead[1])
        elif op is sre.SUBPATTERN:
            step = _reach(arg[3])
        elif op is sre.BRANCH:
            ways = [w for b in arg[1] if (w := _reach(b)) is not None]
            step = None if len(ways) < len(arg[1]) else (max(w[0] for w in ways), max(w[1] for w in ways))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[1] != sre.MAXREPEAT:
            body = _reach(arg[2])
            step = None if body is None else (arg[1] * body[0], arg[1] * body[1])
        else:
            return None
        if step is None:
            return None
        read = max(read, consumed + step[1])
        consumed += step[0]
    return consumed, read


def reach(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match attempt of `pattern` reads from where it is tried (None when that is
    not bounded): an attempt that ends that far before a text's end is the same in any longer text."""
    found = _reach(list(sre_parser.parse(pattern.pattern, pattern.flags)))
    return None if found is None else found[1]


def finds(text: str, word: str, lo: int = 0, hi: int | None = None, rare: str | None = None) -> Iterator[int]:
    """Where `word` begins in `text` from `lo` to before `hi` (the end); found by its `rare` character when
    one is given, as `str.find` finds one character many times faster than a word."""
    hi = len(text) if hi is None else hi
    at = word.index(rare) if rare else 0
    i = text.find(rare or word, max(0, lo) + at)
    while 0 <= i - at < hi:
        if rare is None or text.startswith(word, i - at):
            yield i - at
        i = text.find(rare or word, i + 1)


def digits_before(text: str, end: int, most: int | None = None) -> int:
    """Where the run of digits that ends at text[end] begins (`end` where none does), read back over `most`
    digits at most: a count's start, found from its unit (`18件`) by hand, not by a pattern tried at every digit."""
    stop = 0 if most is None else max(0, end - most)
    start = end
    while start > stop and text[start - 1].isdecimal():
        start -= 1
    return start
