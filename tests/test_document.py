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


@given(st.lists(st.text(st.sampled_from("ab 12"), min_size=1, max_size=6), min_size=1, max_size=8), st.data())
def test_a_line_is_counted_whatever_ends_it(lines: list[str], data: st.DataObject) -> None:
    """Line numbers in a source whose lines end in LF, CR LF or a lone CR (old Mac files), mixed (each line
    prints something: an empty line after a lone CR would make a CR LF)."""
    ends = [data.draw(st.sampled_from(["\n", "\r\n", "\r"])) for _ in lines]
    text = "".join(line + end for line, end in zip(lines, ends, strict=True))
    doc, at = Document(text), 0
    for number, (line, end) in enumerate(zip(lines, ends, strict=True), 1):
        for i in range(at, at + len(line) + len(end)):
            assert doc.locate(i, i + 1)["line"] == number
        at += len(line) + len(end)
