"""A rewritten text's map back to its source: every offset leads to where that character came from."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from zfxxgk.document import Document, OffsetMap, rewrite

_PATTERN = re.compile(r"x+|\n |(?=y)")  # matches longer, shorter and empty


def _plain_map(text: str, repl: str) -> OffsetMap:
    """The map built match by match: after each, where the output and the source are."""
    outs, srcs, pos, last = [0], [0], 0, 0
    for m in _PATTERN.finditer(text):
        pos += m.start() - last + len(repl)
        last = m.end()
        outs.append(pos)
        srcs.append(last)
    return OffsetMap(tuple(outs), tuple(srcs))


@given(st.text(st.sampled_from("ab\n xy"), max_size=30), st.sampled_from(["", "-", "\n", "12"]))
def test_a_rewrite_is_a_substitution_with_its_map_back(text: str, repl: str) -> None:
    out, offsets = rewrite(text, _PATTERN, repl)
    assert out == _PATTERN.sub(repl, text)
    plain = _plain_map(text, repl)
    assert [offsets(i) for i in range(len(out) + 1)] == [plain(i) for i in range(len(out) + 1)]


@given(st.text(st.sampled_from("ab\n xy"), max_size=30))
def test_an_offset_of_a_derived_text_locates_in_the_source(text: str) -> None:
    doc = Document(text)
    out, offsets = rewrite(text, _PATTERN, "")
    derived = doc.derive(out, offsets)
    for i, ch in enumerate(out):
        root, s, e = derived.root_span(i, i + 1)
        assert root is doc and text[s:e] == ch
