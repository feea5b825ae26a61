"""The numbering of sections and rows is spelled once: numbering.py, and the few patterns that mean
something else (a 统计表 row as printed, a heading in prose, a date written in numerals)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zfxxgk.numbering import NUMERALS, cn_number, cn_numeral, numbering_before, strip_numbering

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


@given(st.integers(0, 9999))
def test_a_number_written_in_chinese_numerals_reads_back(n: int) -> None:
    assert cn_number(cn_numeral(n)) == n


@pytest.mark.parametrize(
    ("numeral", "n"),
    [
        ("二〇一二", 2012),
        ("二O一九", 2019),
        ("十", 10),
        ("十二", 12),
        ("三十一", 31),
        ("一百零五", 105),
        ("两千三百", 2300),
        ("叁仟贰佰壹拾玖", 3219),
        ("壹万零伍佰", 10500),
        ("拾贰", 12),
    ],
)
def test_chinese_numerals_read_as_printed(numeral: str, n: int) -> None:
    assert cn_number(numeral) == n


@pytest.mark.parametrize(
    ("printed", "numbering"),
    [
        ("采购4422602元 2、收到", "2、"),
        ("采购4422602元2、收到", "2、"),
        ("数量4200006四、收到", "四、"),
        ("情况。 三、 收到", "三、 "),
        ("情况十一、收到", "十一、"),
        ("x 12. 收到", "12. "),
        ("数量42000063、收到", ""),  # which digits number the section is unknown
        ("abc收到", ""),
    ],
)
def test_the_numbering_printed_before_a_title(printed: str, numbering: str) -> None:
    at = printed.index("收到")
    assert printed[numbering_before(printed, at) : at] == numbering
