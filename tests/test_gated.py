"""A pattern behind the look-ahead for its first characters finds exactly what it found before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zfxxgk.patterns import finds, first_chars, gated, literal_prefix, reach

PATTERNS = [
    (r"(规章)|(规范性文件)|(?<![结计])总计(?!金额)", 0),
    (r"(?:本年新收)()|(?:上年结转)()|(?:^总计)()", re.MULTILINE),
    (r"(?<![\d.])(\d+)\s*(?:余)?\s*(条|件)(?![\d])", 0),
    (r"\r\n?|[\u200b-\u200d]|^[ \t]*[-—–]\s*\d{1,4}\s*[-—–][ \t]*$|^[ \t]*第\s*\d+\s*页", re.MULTILINE),
    (r"a?b*c", 0),
]
TEXT = "总计 3件\r\n结总计 12 条，其中规章2件\n - 3 -\n  第 2 页\n本年新收\u200b ac bbc c 上年结转\n总计金额"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    fast = gated(pattern, flags)
    assert [(m.span(), m.groups()) for m in fast.finditer(TEXT)] == [
        (m.span(), m.groups()) for m in plain.finditer(TEXT)
    ]


def test_look_ahead_only_where_first_characters_are_known() -> None:
    assert gated(r"(?<![\d.])(\d+)件").pattern.startswith(r"(?=[\d])")
    assert gated(r"^[ \t]*第").pattern.startswith("(?=[")
    assert gated(r"[^x]y").pattern == r"[^x]y"  # a negated class: any character may begin a match
    assert gated(r"a*").pattern == "a*"  # may match empty text
    assert gated("ab", re.IGNORECASE).pattern == "ab"


def test_first_characters() -> None:
    assert first_chars(r"(?P<a>总体情况)|(?P<b>主动公开)") == "主总"
    assert first_chars(r"(?<![\d.])\d+件|其中") == r"\d其"
    assert first_chars(r"[^x]y") is None
    assert first_chars(r"a*") is None


@pytest.mark.parametrize(
    ("pattern", "flags", "prefix"),
    [
        ("主动公开政府信息(?:的)?情况", 0, "主动公开政府信息"),
        ("存在的?主要问题", 0, "存在"),
        ("收到和处理.{0,6}申请", 0, "收到和处理"),
        ("总体情况|总体概述", 0, "总体"),  # what the branches of an alternation begin with alike
        ("总体情况|主动公开", 0, ""),
        ("[主其]要", 0, ""),
        ("ab", re.IGNORECASE, ""),
    ],
)
def test_literal_prefix(pattern: str, flags: int, prefix: str) -> None:
    assert literal_prefix(pattern, flags) == prefix
    assert all(m.group().startswith(prefix) for m in re.finditer(pattern, "存在主要问题 主动公开政府信息情况", flags))


@pytest.mark.parametrize(
    ("pattern", "read"),
    [
        ("规章", 2),
        (r"(?<![结计])总计(?!金额)", 4),  # a look-behind reads nothing ahead, a look-ahead does
        ("危及“?三安全", 6),
        ("^总计$", 4),  # $ reads the character after, and whether the text ends after a line break
        (r"a{2,3}|b", 3),
        (r"\d+件", None),
        (r"(a)\1", None),
    ],
)
def test_reach(pattern: str, read: int | None) -> None:
    assert reach(re.compile(pattern)) == read


REACHED = [
    "(规章)|(规范性文件)|(?<![结计])总计(?!金额)",
    "(?:本年新收)()|(?:^总计)()",
    "总计$",
    r"\b章",
    "收(?=[^金]{2})",
]


@given(
    st.sampled_from(REACHED),
    st.sampled_from([0, re.MULTILINE]),
    st.text("总计金额结规章本年新收 a\n", max_size=30),
)
def test_an_attempt_reads_no_further_than_its_reach(pattern: str, flags: int, text: str) -> None:
    compiled = re.compile(pattern, flags)
    read = reach(compiled)
    assert read is not None
    for pos in range(len(text) - read + 1):
        cut = text[: pos + read]
        for rest in ("", "金额", "\n", "a总计"):
            a, b = compiled.match(text, pos), compiled.match(cut + rest, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@given(
    st.text(st.sampled_from("主动公开其中要别类。"), max_size=40),
    st.sampled_from(["其中", "主要类别", "公开"]),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_finds_is_every_start_of_a_word(text: str, word: str, lo: int, hi: int) -> None:
    """Found by the word or by its rarest character, every place the word begins from `lo` to before `hi`."""
    starts = [m.start() for m in re.finditer(f"(?={re.escape(word)})", text) if lo <= m.start() < hi]
    assert list(finds(text, word, lo, hi)) == starts
    assert list(finds(text, word, lo, hi, rare=word[-1])) == starts
