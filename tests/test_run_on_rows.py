"""A Markdown table whose rows a page's text ran together on one line a space apart, put a row a line by
the count of its rule's cells; a table that does not fit so left as printed."""

from __future__ import annotations

import pytest

from zfxxgk.document import Document
from zfxxgk.load.run_on_rows import rows_apart

HEADER = "| 数据1 | 数据2 | 数据3 |"
RULE = "| ---: | ---: | ---: |"


def test_rows_a_space_apart_are_put_a_row_a_line_with_the_text_around_them() -> None:
    text = f"被申请行政复议0件。 {HEADER} {RULE} | 0 | 1 | 1 | |  | 2 | 2 | ## 五、存在的主要问题"
    doc = rows_apart(Document(text))
    assert doc.text.split("\n") == [
        "被申请行政复议0件。",
        HEADER,
        RULE,
        "| 0 | 1 | 1 |",
        "|  | 2 | 2 |",  # an empty cell is no row's end: the rule says where each row ends
        "## 五、存在的主要问题",
    ]
    at = doc.text.index("| 0 | 1 | 1 |")
    assert doc.root_span(at, at + 13)[1:] == (text.index("| 0 | 1 | 1 |"), text.index("| 0 | 1 | 1 |") + 13)


def test_a_page_footer_between_two_rows_goes_on_a_line_of_its_own() -> None:
    text = f"{HEADER} {RULE} | 0 | 1 | 1 | — 2 — | 2 | 2 | 4 |"
    assert rows_apart(Document(text)).text.split("\n") == [HEADER, RULE, "| 0 | 1 | 1 |", "— 2 —", "| 2 | 2 | 4 |"]


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADER} {RULE} | 0 | 1 | 1 | | 2 | 2 | 前文",  # a row a cell short
        f"|  {HEADER} {RULE} | 0 | 1 | 1 |",  # a header a cell wider than the rule
        f"{HEADER}\n{RULE}\n| 0 | 1 | 1 |",  # a table a row a line already
        f"{HEADER}||---|---|---||0|1|1|",  # rows run together with nothing between: read as they are
    ],
)
def test_a_table_that_does_not_fit_its_rule_is_left_as_printed(text: str) -> None:
    assert rows_apart(Document(text)).text == text
