"""Line breaks a converter wrote inside a Markdown table's cells (`<br>`): the rows it stacked in one
(`| 行政处罚<br>行政强制 | 69<br>67 |`) read as the rows they are, a label it wrapped read whole (see
`layout.unstacked`); a `<br>` elsewhere is a line break."""

from __future__ import annotations

import html
import re

from ..document import Document, rewrite, splice
from ..patterns import FOOTER_LINE, RUN_ON_RULE, SPACE_REFERENCE
from .layout import UNITS, cell_value, unstacked

# (a page saved as text may print its spaces as references, inside the tag too: <br&#xa0;/>; a fold may cut
# the tag anywhere, its line break made a space where the lines were joined: <br/ >, <b r/>)
_SPACE = rf"(?:\s|{SPACE_REFERENCE})"
_GAP = rf"(?:[ \t]|{SPACE_REFERENCE})"
_BR = rf"<{_GAP}*b{_GAP}*r{_SPACE}*/?{_GAP}*>"
_BREAK = re.compile(_BR, re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?[\d,.]*")
_RULE = re.compile(r"\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")  # a Markdown table's rule row
# a `|` row with a break, or a line of rows run together (see `RUN_ON_RULE`) after the text before the table;
# with the rest of the row on the lines after where a fold cut it, a tag too (no `|` opens those lines, one
# closes the last: `…| —<` / `br />378<br />130 | … |`), four at most; the last may open with the `|` the fold
# cut the row before, where the line before it ends on no `|` and white space (`…<br>— ` / `| —<br>0<br>— | … |`:
# not `…<br>0 |  ` / `| 申请办结数 |…`, the next row after a line's trailing spaces); a line of white
# space alone is none of them (a double-spaced text's empty line: the next `|` row is a row of its own), nor is
# a page's footer (`— 2 —` between two rows)
_REST = r"(?:[^\n]*\S)?"  # the rest of a line to its last character but white space
_ROW = re.compile(
    rf"^(?=[ \t]*\||[^\n]*{RUN_ON_RULE.pattern})[^\n]*{_BR}{_REST}"
    rf"(?:(?:[ \t\r]*\n(?![ \t\u3000]*$|{FOOTER_LINE})[^|\n]{_REST}){{0,3}}?"
    r"(?:[ \t\r]*\n[^|\n]|(?<!\|)[ \t\r]*\n\|)[^\n]*\|[ \t]*$)?[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


# a row of cells a tab apart (a table's text with its cells' markup kept) with a break, no `|` in it; with the
# lines after it that open on no white space, three at most, where a fold may have cut the row (see `_tab_rows`)
_TAB_LINE = rf"[^|\n]*\t[^|\n]*{_BR}[^|\n]*"
_TAB_ROW = re.compile(rf"^{_TAB_LINE}$(?:\n(?![ \t\u3000]|$)[^|\n]+$){{0,3}}", re.IGNORECASE | re.MULTILINE)


def without_cell_breaks(doc: Document) -> Document:
    """`doc` with each `|` row, or row of cells a tab apart, that breaks lines inside its cells written as
    the rows it holds, and any other `<br>` a line break."""
    if _BREAK.search(doc.text) is None:
        return doc
    for row, rows in ((_ROW, _rows), (_TAB_ROW, _tab_rows)):
        text, offsets = rewrite(doc.text, row, rows)
        if text != doc.text:
            doc = doc.derive(text, offsets)
    if _BREAK.search(doc.text) is None:
        return doc
    if edits := _rows_amid_text(doc.text):
        doc = doc.derive(*splice(doc.text, edits))
    text, offsets = rewrite(doc.text, _BREAK, "\n")
    return doc.derive(text, offsets)


def _rows_amid_text(text: str) -> list[tuple[int, int, str]]:
    """Each `|` row with breaks in its cells on a line that holds more (the page's lines joined by spaces: `…
    | --- | ---: | | 行政处罚<br>行政强制 | 1<br>2 | **第二十条第（八）项** …`), where no row's end is told: from
    the label cell before the first cell that breaks, over the cells of numbers between, to the last of the
    cells after it that break, written as the rows it holds, a space apart (`| 行政处罚 | 1 | | 行政强制 | 2 |`);
    a number a narrow column wrapped, the label's cell on one line, read as `_rows` reads it in a row of its own
    (`| 政府集中采购 | 839 | 10<br>59414元 |`). A break with no label cell before it on its line is left."""
    edits: list[tuple[int, int, str]] = []
    for m in _BREAK.finditer(text):
        if edits and m.start() < edits[-1][1]:
            continue  # inside the row just written
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        start, end = text.rfind("|", line_start, m.start()), text.find("|", m.end(), line_end)
        if start < 0 or end < 0:
            continue
        if _numbers(text[start + 1 : end]):  # the label's cell is before it, the cells of numbers between
            while (before := text.rfind("|", line_start, start)) >= 0 and _numbers(cell := text[before + 1 : start]):
                if not cell.strip():
                    break  # an empty cell where the row before may end (`| 0 | | 行政强制 |`): no label before
                start = before
            if before < 0 or _numbers(text[before + 1 : start]):
                continue
            start = before
        while (nxt := text.find("|", end + 1, line_end)) >= 0 and _BREAK.search(text, end, nxt):
            end = nxt
        cells = [html.unescape(_BREAK.sub("\n", c)) for c in text[start + 1 : end].split("|")]
        edits.append((start, end + 1, " ".join("| " + " | ".join(row) + " |" for row in unstacked(cells, marked=True))))
    return edits


def _numbers(cell: str) -> bool:
    """Whether a cell prints numbers only (or nothing), its breaks or not."""
    return all(cell_value(part.strip()) for part in _BREAK.split(cell) if part.strip())


def _rows(m: re.Match[str]) -> str:
    """The rows a `|` row stacks (a fold's line break inside it taken out; see `_stacked_rows`); a row whole
    on its first line (`_whole`), the lines after it read as the text they are, rows of their own found in it
    again (`| 主动公开政府信息数<br>全文电子化率 | 0<br>100 | 0<br>100 |` / `（条）`, a unit's note under the row's
    label, then `| 收到申请数 | 0 | 0 |`: no rest of it a fold cut off)."""
    first, cut, after = m.group().partition("\n")
    if cut and _whole(first, m.string, m.start()):
        return _stacked_rows(first) + "\n" + _ROW.sub(_rows, after)
    return _stacked_rows(m.group())


def _whole(row: str, text: str, at: int) -> bool:
    """Whether a `|` row at `at` in `text` is whole on its line: closing on `|`, with as many cells as its
    table's rule (the nearest before it: `| --- | ---: |`) and as most of the `|` rows between, not a line of
    rows run together (a converter's loose cells, `| 1578 | 7480 |` / `|---|---|`, give no rule to the rows of
    four cells after them)."""
    row = row.strip()
    if not _closed(row) or RUN_ON_RULE.search(row) or (dash := text.rfind("---", 0, at)) < 0:
        return False
    end = text.find("\n", dash)
    end = len(text) if end < 0 else end
    rule = text[text.rfind("\n", 0, dash) + 1 : end].strip()
    cells = row.strip("|").count("|")
    if _RULE.fullmatch(rule) is None or rule.strip("|").count("|") != cells:
        return False
    lines = (line.strip() for line in text[end:at].split("\n"))
    between = [line.strip("|").count("|") for line in lines if _closed(line)]
    return not between or 2 * between.count(cells) > len(between)


def _closed(line: str) -> bool:
    """Whether a line is a `|` row opening and closing on `|`."""
    return len(line) > 1 and line[0] == "|" and line[-1] == "|"


def _stacked_rows(line: str) -> str:
    """The rows a `|` row stacks, its character references read first (`&nbsp;0<br>0&nbsp;`), so that a
    part's spaces are no part of it; on a line of rows run together (see `RUN_ON_RULE`), each row's, on a
    line of its own after the text the line began with, and the text run on after the last row's closing `|`
    (`…| 0 |## 五、存在的主要问题…`) on a line of its own after them, no cell of a row."""
    lead, _, rest = _BREAK.sub("\n", line.replace("\n", "")).partition("|")
    rest, tail = rest.rstrip(), ""
    run_on = RUN_ON_RULE.search(line) is not None
    if run_on and not rest.endswith("|") and not _NUMBER.fullmatch(rest[(cut := rest.rfind("|") + 1) :].strip()):
        rest, tail = rest[:cut], rest[cut:]  # (a number there is the last row's last cell, its `|` left off)
    rest = rest.removesuffix("|")
    rows = [
        "| " + " | ".join(row) + " |"
        for printed in (rest.split("||") if run_on else [rest])
        for row in unstacked([html.unescape(cell) for cell in printed.split("|")], marked=True)
    ]
    return lead + ("\n" + (lead if lead.isspace() else "")).join(rows) + ("\n" + tail if tail.strip() else "")


def _tab_rows(m: re.Match[str]) -> str:
    """The rows a row of cells a tab apart stacks (`\t信函申请数<br />申请办结数\t件<br />件\t7<br />89`), each a
    line of its cells a tab apart. A line that stacks no rows alone (`\t3．同意部分公开答复数<br />4．不同意…<br />
    其中：涉及国`) is read with the fewest of the lines after it that make every cell with breaks print as many
    (`家秘密\t件<br />件<br />件\t42<br />273<br />3`: a fold cut it there, inside a cell), else that make it stack
    at all. The lines after the row are read as the text they are, rows of their own found in it again."""
    lines = m.group().split("\n")
    end = 1
    if len(lines) > 1 and len(_stacked(lines[0])) < 2:
        ends = [e for e in range(2, len(lines) + 1) if len(_stacked("".join(lines[:e]))) > 1]
        end = next((e for e in ends if _even("".join(lines[:e]))), ends[0] if ends else 1)
    line = "".join(lines[:end])
    rows = _amid_rows_run_on(line)
    if rows is None:
        rows = "\n".join("\t".join(row) for row in _stacked(line))
    return "\n".join([rows, _TAB_ROW.sub(_tab_rows, "\n".join(lines[end:]))]) if end < len(lines) else rows


def _amid_rows_run_on(line: str) -> str | None:
    """A line of cells a tab apart that holds other rows besides those its breaks stack (a page's lines run
    together: `…\t352\t4．信函申请数<br>（二）申请办结数\t件<br>件\t79<br>223\t486<br>745\t2．延期办结数\t…`), each
    stretch of cells that break, from the first to the last with no label between, written as the rows it
    holds on lines of their own between the cells before it and after it (each line opening with a tab where
    the line does); a stretch that stacks no rows (a number a narrow column wrapped) read in its place. None
    where no label stands outside the stretches: one row, read whole (`_stacked`), not a cell of it alone."""
    cells = line.split("\t")
    breaks = [_BREAK.search(c) is not None for c in cells]
    stretches: list[tuple[int, int]] = []
    i = 0
    while i < len(cells):
        if not breaks[i]:
            i += 1
            continue
        last = j = i
        while (j := j + 1) < len(cells) and (breaks[j] or not _label(cells[j])):
            if breaks[j]:
                last = j
        stretches.append((i, last + 1))
        i = last + 1
    inside = {k for a, b in stretches for k in range(a, b)}
    if not any(_label(c) for k, c in enumerate(cells) if k not in inside):
        return None
    lead = [""] if not cells[0].strip() else []  # the empty cell each row opens with
    lines: list[str] = []
    now: list[str] = []  # the cells of the line being written
    at = 0
    for a, b in stretches:
        rows = _stacked("\t".join(cells[a:b]))
        now += cells[at:a]
        at = b
        if len(rows) < 2:
            now += rows[0]
            continue
        if any(c.strip() for c in now):
            lines.append("\t".join(now))
        lines += ["\t".join([*lead, *row]) for row in rows]
        now = list(lead)
    now += cells[at:]
    if any(c.strip() for c in now):
        lines.append("\t".join(now))
    return "\n".join(lines)


def _label(cell: str) -> bool:
    """Whether a cell prints a row's label: two characters or more, no value, no unit (件, 万元)."""
    text = _BREAK.sub("", cell).strip()
    return len(text) > 1 and text not in UNITS and not cell_value(text)


def _even(line: str) -> bool:
    """Whether the cells of a line of cells a tab apart that break break as often, two of them at least."""
    counts = [n for cell in line.split("\t") if (n := len(_BREAK.findall(cell)))]
    return len(counts) > 1 and len(set(counts)) == 1


def _stacked(line: str) -> list[list[str]]:
    """The rows a line of cells a tab apart, its breaks in them, stacks."""
    return unstacked([html.unescape(cell) for cell in _BREAK.sub("\n", line).split("\t")], marked=True)
