"""The numbering the statutory formats print before sections and rows: 一、 （一） 1. — written once.

Headings in a report's text are found by segment.py with its own, looser pattern (spaces, a missing
numeral); this is the numbering as the templates spell it, and the numerals for writing it."""

from __future__ import annotations

import re
from typing import Final

NUMERALS: Final = "一二三四五六七八九十"  # 一 … 十: the sections and groups of a report
ZERO: Final = "〇○零ОOＯ0"  # ideographic, circle, 零, Cyrillic and Latin O, full-width O, digit: all printed for zero
FINANCIAL: Final = "壹贰叁肆伍陆柒捌玖"  # the digits 1 … 9 as amounts are written (叁仟贰佰壹拾玖)
FINANCIAL_POWERS: Final = "拾佰仟"  # 十, 百, 千 so written
_DIGITS = (
    {c: 0 for c in ZERO}
    | {c: i for i, c in enumerate("一二三四五六七八九", 1)}
    | {"两": 2}
    | {c: i for i, c in enumerate(FINANCIAL, 1)}
)
_POWERS = {"十": 10, "百": 100, "千": 1000} | dict(zip(FINANCIAL_POWERS, (10, 100, 1000), strict=True))
# every character a number in Chinese numerals is made of: digits, powers and 万
CN_NUMBER_CHARS: Final = "".join([*_DIGITS, *_POWERS, "万"])
_CHINESE: Final = f"[{NUMERALS}]+"

# a label's own numbering: （三） or (三), 四、, 1. 1、 1．
LABEL_NUMBERING: Final = re.compile(rf"^(?:[(（]{_CHINESE}[)）]|{_CHINESE}、|\d+[.、．])")


def strip_numbering(label: str) -> str:
    """The label without its own numbering: （三）不予公开 → 不予公开, 1.属于国家秘密 → 属于国家秘密."""
    return LABEL_NUMBERING.sub("", label, count=1)


def numbering_before(text: str, at: int) -> int:
    """Where a section's or row's numbering printed right before text[at] begins (`2、` `四、` `3. `, spaces
    around it), glued to what precedes it or not; `at` if none is. Digits count only where no digit
    precedes them: in `12、` glued to a row's last cell, which digits are the number is unknown."""
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i < 2 or text[i - 1] not in "、.．":
        return at
    j = i - 1
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    kind = str.isdigit if text[j - 1].isdigit() else NUMERALS.__contains__
    k = j
    while k > 0 and j - k < 2 and kind(text[k - 1]):
        k -= 1
    if k == j or (k > 0 and kind(text[k - 1])):
        return at
    return k if LABEL_NUMBERING.match(text[k:j] + text[i - 1]) else at


def cn_number(s: str) -> int:
    """A number in Chinese numerals: 二〇一二 → 2012 (digit by digit, as years are written); 十 → 10,
    三十一 → 31, 一百零五 → 105, 两千三百 → 2300, 一万二千 → 12000, 叁仟贰佰壹拾玖 → 3219 (as amounts are
    written). KeyError on any other character."""
    if not any(c in _POWERS or c == "万" for c in s):
        return int("".join(str(_DIGITS[c]) for c in s))
    total = section = digit = 0
    for c in s:
        if c == "万":
            total, section, digit = (total + section + digit) * 10000, 0, 0
        elif c in _POWERS:
            section += (digit or 1) * _POWERS[c]
            digit = 0
        else:
            digit = _DIGITS[c]
    return total + section + digit


def cn_numeral(n: int) -> str:
    """How prose and dates write 0 ≤ n < 10000: 7 → 七, 10 → 十, 12 → 十二, 105 → 一百零五, 2300 → 二千三百."""
    if not 0 <= n < 10000:
        raise ValueError(f"{n} is not written here")
    out, gap = "", False
    for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // power % 10
        if digit:
            out += ("零" if gap else "") + "零一二三四五六七八九"[digit] + name
        gap = bool(out) and not digit
    return out[1:] if 10 <= n < 20 else out or "零"  # 十二, not 一十二
