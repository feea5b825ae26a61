"""Checks across the reports of a corpus: what one agency's years, or sibling bodies' reports of a year,
must agree on. They run over the corpus database (`zfxxgk.store.across`); here are their rules and the
measure of copied text."""

from __future__ import annotations

import re
from typing import Final

from ..record import Severity
from . import Rule

RULES: Final = (
    Rule(
        "corpus.carry_over",
        Severity.WARNING,
        "语料库中同一机关相邻两年的报告：本年“上年结转”等跨年数字与上一年报告不一致（两份报告各记一条）。",
    ),
    Rule(
        "corpus.missing_year",
        Severity.WARNING,
        "语料库中同一机关的报告年度有缺口：前后两年都有报告，中间缺了某年（缺口两侧的报告各记一条）。",
    ),
    Rule(
        "corpus.copied_text",
        Severity.WARNING,
        "内容雷同：某一部分的文字与同一机关上一年，或同地区同层级机关同一年的报告同一部分高度相似（两份各记一条）。",
    ),
)
CHECKS: Final = ()  # none runs on one report alone

SHINGLE: Final = 5  # characters in a shingle
MIN_CHARS: Final = 150  # a section shorter than this (headings, 无, one-line boilerplate) is never compared
COPIED: Final = 0.6  # Jaccard similarity of two sections' shingle sets from which one is taken as copied

_SPACE: Final = re.compile(r"\s+")
_DIGITS: Final = re.compile(r"\d+")


def shingles(text: str) -> frozenset[str] | None:
    """The text's character 5-grams, white space dropped and every number read as one sign (a copied
    text with this year's figures put in is still copied); None for a text too short to compare."""
    plain = _DIGITS.sub("#", _SPACE.sub("", text))
    if len(plain) < MIN_CHARS:
        return None
    return frozenset(plain[i : i + SHINGLE] for i in range(len(plain) - SHINGLE + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b)


def share_copied(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of `a`'s shingles that `b` has too: how much of `a` is found in `b`."""
    return len(a & b) / len(a)
