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
