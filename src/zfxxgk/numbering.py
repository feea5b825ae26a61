"""The numbering the statutory formats print before sections and rows: 一、 （一） 1. — written once.

Headings in a report's text are found by segment.py with its own, looser pattern (spaces, a missing
numeral); this is the numbering as the templates spell it, and the numerals for writing it."""

from __future__ import annotations

import re

NUMERALS = "一二三四五六七八九十"  # 一 … 十: the sections and groups of a report
_CHINESE = f"[{NUMERALS}]+"

# a label's own numbering: （三） or (三), 四、, 1. 1、 1．
LABEL_NUMBERING = re.compile(rf"^(?:[(（]{_CHINESE}[)）]|{_CHINESE}、|\d+[.、．])")


def strip_numbering(label: str) -> str:
    """The label without its own numbering: （三）不予公开 → 不予公开, 1.属于国家秘密 → 属于国家秘密."""
    return LABEL_NUMBERING.sub("", label, count=1)
