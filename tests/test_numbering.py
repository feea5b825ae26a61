"""The numbering of sections and rows is spelled once: numbering.py, and the few patterns that mean
something else (a 统计表 row as printed, a heading in prose, a date written in numerals)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zfxxgk.numbering import NUMERALS, strip_numbering

SRC = Path(__file__).resolve().parents[1] / "src" / "zfxxgk"


@pytest.mark.parametrize(
    ("label", "plain"),
    [
        ("（三）不予公开", "不予公开"),
        ("(三)不予公开", "不予公开"),
        ("四、结转下年度继续办理", "结转下年度继续办理"),
        ("1.属于国家秘密", "属于国家秘密"),
        ("3、其他", "其他"),
        ("十一、其他", "其他"),
        ("行政复议", "行政复议"),
        ("2021年", "2021年"),
    ],
)
def test_a_labels_own_numbering_is_stripped(label: str, plain: str) -> None:
    assert strip_numbering(label) == plain


def test_the_numerals_are_spelled_in_one_place() -> None:
    spelled = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if NUMERALS in p.read_text()}
    assert spelled == {"numbering.py", "extract/indicators.py", "checks/prose.py", "dates.py"}
