"""The one clean text form: widths and spaces made plain, the length kept."""

from hypothesis import given
from hypothesis import strategies as st

from zfxxgk.document import Document
from zfxxgk.normalize import _WIDTH_TABLE, normalize

# full-width ASCII, the spaces the table maps, and ordinary text around them
_OTHERS = ["\u3000", "\u00a0", "\u2009", "、", "。", "公", "1", " ", "\n"]
_CHARS = st.sampled_from([*map(chr, range(0xFF01, 0xFF5F)), *_OTHERS])


@given(st.text(_CHARS, max_size=60))
def test_widths_and_spaces_are_made_plain_character_by_character(text: str) -> None:
    out = normalize(Document(text)).text
    assert out == text.translate(_WIDTH_TABLE)
    assert len(out) == len(text)


def test_a_report_line_is_read_half_width() -> None:
    out = normalize(Document("（一）收到申请数：１２件，　办结１０件。")).text
    assert out == "(一)收到申请数:12件, 办结10件。"


def test_a_page_footer_goes_with_its_line_break() -> None:
    """`- 5 -`, `第 3 页`, `3/12` on a line of their own leave no empty line (which could read as a blank
    cell); `12/3` is no page of a document and stays."""
    text = "规章\n- 5 -\n0\n\n第 3 页\n1\n3/12\n2\n12/3\n— 6 —"
    assert normalize(Document(text)).text == "规章\n0\n\n1\n2\n12/3\n"
