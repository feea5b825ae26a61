"""The number tokens of a table region: a cell is read whatever follows it, a date never."""

from __future__ import annotations

import pytest

from zfxxgk.extract.groups import scan_groups


def numbers(text: str) -> list[list[str | None]]:
    return [[t.text for t in g.tokens] for g in scan_groups(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "2.其他法律行政法规禁止公开 30 1 0 0 0 0 31 年 3.危及“三安全一稳定” 5 0 0 0 0 0 5",
            [["30", "1", "0", "0", "0", "0", "31"], ["5", "0", "0", "0", "0", "0", "5"]],
        ),
        ("行政处罚 12 5 17\n2020 年 2 月 5 日", [["12", "5", "17"]]),
        ("截至2020年12月31日，共3件", [["3"]]),
    ],
)
def test_a_cell_before_a_vertical_labels_character_is_a_cell_and_a_date_is_not(text: str, want: list) -> None:
    assert numbers(text) == want
