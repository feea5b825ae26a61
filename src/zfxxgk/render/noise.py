"""Damage real reports reach us with, as operators on a report being written: each imitates one class
of defect seen in the corpus (../shared/corpus*/SOURCES.tsv) and is a pure function of its input and a
`random.Random`.

A `Noise` damages the printable blocks before a layout writes them (cells, labels, headings), the
written text after (lines joined or inserted), or both. `write_noisy` writes a record in a layout with
named noise applied; `reprinted_statistics` gives a record the 统计表 column headings and `/` cells
some real reports print, so that its truth can be compared with what is parsed back.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..numbering import NUMERALS, cn_numeral
from ..patterns import AS_DIGITS
from ..record import IndicatorRow, Meta, Record
from ..templates import NO_NUMBER, Table, get_template
from .document import REPORT_NAME, Block, build_blocks
from .grid import Grid, GridCell
from .layouts import LAYOUTS, wrap_text, write_layout

BlockOp = Callable[[list[Block], random.Random], list[Block]]
TextOp = Callable[[str, random.Random], str]
PageOp = Callable[[list[Block], Meta, random.Random], list[Block]]
STATISTICS = get_template("pre2019")
FORM = STATISTICS.indicator_form
# the words a 统计表's header begins with: the regional forms' and the national form's
LABEL_HEADERS = ("统计项目", "项目名称", "指标项目")  # what some regions print over the 统计表's label column
STATISTICS_HEADS = (STATISTICS.indicator_header[0], *((FORM.header[0],) if FORM else ()), *LABEL_HEADERS)
TOTALLED = {t.id: t for t in get_template("2021").tables if t.id in ("s3", "s4")}  # tables whose columns add up
STUB_HEADERS = {"", *(t.stub_header for t in get_template("2021").tables)}  # a label column's header
FOOTER = re.compile(r"[-—–]\s*\d+\s*[-—–]")
NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?元?")  # a value cell as printed
# 统计表 value-column headings seen in print: this year's column, then the cumulative or last year's …
STATISTICS_COLUMNS = (("{year}年度", "历年累计"), ("{year}年", "历年累计"), ("本年度", "历年累计"), ("本年", "上年"))
# … or both, last year's between
LAST_YEAR_COLUMNS = (
    ("{year}年度", "{last}年度", "历年累计"),
    ("本年", "上年", "历年累计"),
    ("本年度", "上年度", "历年累计"),
)
# Section titles as some reports word them (FORMAT.md, "Variants seen in the wild").
VARIANT_TITLES = {
    "总体情况": ("基本情况", "工作概况", "总体工作情况"),
    "主动公开政府信息情况": (
        "行政机关主动公开政府信息情况",
        "主动公开情况",
        "主动公开工作情况",
        "政府信息主动公开情况",
    ),
    "收到和处理政府信息公开申请情况": (
        "行政机关收到和处理政府信息公开申请情况",
        "依申请公开情况",
        "依申请公开政府信息情况",
        "受理和处理政府信息公开申请情况",
        "政府信息公开申请的受理和处理情况",
    ),
    "政府信息公开行政复议、行政诉讼情况": (
        "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "行政复议和行政诉讼情况",
    ),
    "存在的主要问题及改进情况": (
        "政府信息公开工作存在的主要问题及改进情况",
        "存在问题及改进措施",
        "存在的不足及改进措施",
        "问题与改进措施",
    ),
}


PRINTED, CONVERTED, SAVED = 0, 1, 2  # a text op's stage (`Noise.stage`)


@dataclass(frozen=True)
class Noise:
    """One class of damage: to the blocks before they are written, to the text after, or both; or the
    page around the blocks, which prints what the report does not (its published date)."""

    blocks: BlockOp | None = None
    text: TextOp | None = None
    page: PageOp | None = None
    # When a text op runs among those named with it: PRINTED, the tables as the report prints them (their
    # columns in another order), before a converter moves a cell out of them; CONVERTED, a converter's damage;
    # SAVED, the page as a tool saved it (its lines folded, joined, spaced), what the others left.
    stage: int = CONVERTED


def _map_cells(blocks: list[Block], change: Callable[[int, GridCell], GridCell]) -> list[Block]:
    """The blocks with each table cell replaced by `change(its column, it)`."""
    out = []
    for b in blocks:
        if b.grid is not None:
            rows = tuple(tuple(change(col, c) for col, c in row) for row in b.grid.place())
            b = replace(b, grid=replace(b.grid, rows=rows))
        out.append(b)
    return out


# --- 1. glued digits keeping a stray space -------------------------------------------------------


def spaced_cells(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Some cells keep a trailing space, so a glued row shows spaces at some of its cell boundaries
    only: `200 000121` (20 0 0 0 0 1 21), `20 0 00 0 121`, `继续办理 0 0 00 00 0` (r002)."""

    def pad(col: int, cell: GridCell) -> GridCell:
        if cell.role in ("label", "unit", "value") and cell.text and rng.random() < 0.35:
            return replace(cell, text=cell.text + " ")
        return cell

    return _map_cells(blocks, pad)


def split_numbers(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Now and then a stray space inside a number: `1 21` for 121, `20 0` for 200 — in a glued row, or
    in a cell printed on its own line or between pipes; in tables whose rows add up (三, 四). A glued
    row without a total to check it against reads such a space as the boundary it looks like; nothing
    in the text could tell it apart."""

    def split(col: int, cell: GridCell) -> GridCell:
        if cell.role == "value" and len(cell.text) > 1 and cell.text.isdecimal() and rng.random() < 0.15:
            at = rng.randrange(1, len(cell.text))
            return replace(cell, text=cell.text[:at] + " " + cell.text[at:])
        return cell

    checked = [b.grid is not None and b.grid.key in ("s3", "s4") for b in blocks]
    return [_map_cells([b], split)[0] if ok else b for b, ok in zip(blocks, checked, strict=True)]


_SPACE_BETWEEN_DIGITS = re.compile(r"(?<=\d) (?=\d)")
_WIDE_SPACES = ("  ", "\u00a0 ", " \u3000", "   ")


def wide_spaces(text: str, rng: random.Random) -> str:
    """A third of the spaces between two digits printed wider (two spaces, `&nbsp;` and a space, a space and an
    ideographic one), as a page's markup leaves them: in a row run together with its words, no empty cell."""
    return _SPACE_BETWEEN_DIGITS.sub(lambda m: rng.choice(_WIDE_SPACES) if rng.random() < 1 / 3 else " ", text)


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def counted_cells(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The counts of a table printed with their unit, `0件`, `12件`, as some reports fill 三 and 四; and in
    any table, a count of four digits or more with a thousands separator (`1,234`, `1，234`), and now and
    then one in full-width digits (`１２３`)."""
    counted = [b.grid is not None and b.grid.key in ("s3", "s4") and rng.random() < 0.7 for b in blocks]
    comma = rng.choice(",，")

    def unit(col: int, cell: GridCell) -> GridCell:
        return replace(cell, text=cell.text + "件") if cell.role == "value" and cell.text.isdecimal() else cell

    def printed(col: int, cell: GridCell) -> GridCell:
        if cell.role != "value" or not cell.text.isdecimal():
            return cell
        if len(cell.text) > 3 and rng.random() < 0.8:
            return replace(cell, text=f"{int(cell.text):,}".replace(",", comma))
        return replace(cell, text=cell.text.translate(_FULL_WIDTH_DIGITS)) if rng.random() < 0.1 else cell

    blocks = [_map_cells([b], unit)[0] if yes else b for b, yes in zip(blocks, counted, strict=True)]
    return _map_cells(blocks, printed)


def spaced_thousands(blocks: list[Block], rng: random.Random) -> list[Block]:
    """A count of four digits or more printed with a space between its groups of three (`1 234`, `12 345`),
    in any table: where a row's cells run together, the space is as likely a cell's boundary."""

    def printed(col: int, cell: GridCell) -> GridCell:
        if cell.role == "value" and cell.text.isdecimal() and len(cell.text) > 3 and rng.random() < 0.8:
            return replace(cell, text=f"{int(cell.text):,}".replace(",", " "))
        return cell

    return _map_cells(blocks, printed)


def _marked(blocks: list[Block], mark: str) -> list[Block]:
    """The blocks with every blank value cell printed as `mark`."""

    def fill(col: int, cell: GridCell) -> GridCell:
        return replace(cell, text=mark) if cell.role == "value" and not cell.text else cell

    return _map_cells(blocks, fill)


_RUN_ON = re.compile(r"[\u4e00-\u9fff]{4}")  # words run onto a cell: more than its unit or its note's mark


def empty_cells(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Now and then a cell of table 二, 三 or 四 left empty, printing nothing at all: in a page's text
    that runs a row's cells together (`规章310` for 31, 0 and an empty one) the digits are a cell
    short of the row, with nothing to show where."""

    def empty(col: int, cell: GridCell) -> GridCell:
        if not (cell.role == "value" and cell.text and rng.random() < 0.04):
            return cell
        m = NUMBER.match(cell.text)  # a heading run onto the cell (`glued_headings`) is printed still
        return replace(cell, text=cell.text[m.end() :] if m and _RUN_ON.search(cell.text, m.end()) else "")

    tables = [b.grid is not None and b.grid.key in ("s2", "s3", "s4") for b in blocks]
    return [_map_cells([b], empty)[0] if yes else b for b, yes in zip(blocks, tables, strict=True)]


# A change printed in words (本年增/减)
_CHANGE_WORDS = {"+": "增加{}", "-": "减少{}"}


_CHANGE_SIGNS = {"+": ("+{}", "＋{}", "↑{}"), "-": ("-{}", "－{}", "−{}", "↓{}")}


def word_cells(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Cells printed in words: a change as 增加2, 减少1 or 持平, or with its sign printed otherwise (`＋2`,
    `－1` full-width, `−1` a minus sign, `↑2`, `↓1`); and about one other cell in twenty as a word that gives
    no number (`NO_NUMBER`: 不涉及, 不适用, 暂无, 待定, 见附件, 空)."""

    def word(col: int, cell: GridCell) -> GridCell:
        if cell.role != "value" or not cell.text:
            return cell
        if (cell.cell_id or "").endswith(".change") and (roll := rng.random()) < 0.8:
            sign, rest = cell.text[:1], cell.text[1:]
            if cell.text == "0":
                return replace(cell, text="持平")
            if sign not in _CHANGE_WORDS or not rest.isdecimal():
                return cell  # printed otherwise already (０, 2件): another damage's form kept
            forms = (_CHANGE_WORDS[sign],) if roll < 0.5 else _CHANGE_SIGNS[sign]
            return replace(cell, text=rng.choice(forms).format(rest))
        if rng.random() < 0.05:
            return replace(cell, text=rng.choice(NO_NUMBER))
        return cell

    return _map_cells(blocks, word)


def blank_marks(blocks: list[Block], rng: random.Random) -> list[Block]:
    """A blank cell printed as a mark, one to a report: `—`, `——`, `－`, `/`, `无` or `-`."""
    return _marked(blocks, rng.choice(("—", "——", "－", "/", "无", "-")))


def blank_words(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Every blank cell printed `无`, which a web page's text runs into the digits around it and the next
    row's label: `0000无00`, `（七）总计1601110无四、结转下年度继续办理…`, `行政强制无0117`."""
    return _marked(blocks, "无")


FOOTNOTE_MARKS = ("①", "②", "*", "※", "[注1]", "［注2］")


def full_stops(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Now and then a number cell ending in a full stop, as some reports fill a table like sentences:
    `34。`, a row ending `… 0 5。`; and now and then a cell or a row's label with a footnote's mark glued
    to it (`12①`, `行政许可*`, `12[注1]`)."""

    def stop(col: int, cell: GridCell) -> GridCell:
        if cell.role == "value" and cell.text[-1:].isdigit() and (roll := rng.random()) < 0.35:
            return replace(cell, text=cell.text + ("。" if roll < 0.3 else rng.choice(FOOTNOTE_MARKS)))
        if cell.role == "label" and "\u4e00" <= cell.text[-1:] <= "\u9fff" and rng.random() < 0.05:
            return replace(cell, text=cell.text + rng.choice(FOOTNOTE_MARKS))
        return cell

    return _map_cells(blocks, stop)


_ROW_NUMBERS = re.compile(r"(?m)^([^\n|]*?[^\d\s|.,+-])( +(?:[-+]?\d[\d.,]*元? +)+[-+]?\d[\d.,]*元?) *$")


def columns_apart(text: str, rng: random.Random) -> str:
    """A row's numbers two to five spaces apart, as a PDF's text laid out in columns prints them, where
    the gap an empty cell leaves is no wider than the others: `7.属于行政执法案卷    0  0   0  1    0  12`."""

    def widen(m: re.Match[str]) -> str:
        return m[1] + re.sub(r" +", lambda _: " " * rng.randint(2, 5), m[2])

    return _ROW_NUMBERS.sub(widen, text)


def aligned_columns(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Tables 二, 三 and 四 in a PDF's text laid out in columns (`pdftotext -layout`): each cell at its
    column's place, padded with spaces, an empty cell spaces only (`规章                5`: the 5 under
    现行有效件数, as the rows around it show). Other layouts print their cells as before."""
    return [
        replace(b, grid=replace(b.grid, aligned=True)) if b.grid is not None and b.grid.key in ("s2", "s3", "s4") else b
        for b in blocks
    ]


def wrapped_names(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Tables 二, 三 and 四 laid out in columns as `aligned_columns` lays them out, each column as narrow as
    its numbers (a PDF's): a name over one column of four characters or more wrapped over two lines in
    it, the first half over the second (`结果` over `维持`, `社会公` over `益组织`), a shorter one on the
    first line (`总计`)."""
    return [
        replace(b, grid=replace(b.grid, aligned=True, narrow=True))
        if b.grid is not None and b.grid.key in ("s2", "s3", "s4")
        else b
        for b in blocks
    ]


def tab_rows(text: str, rng: random.Random) -> str:
    """A table's rows with a tab between cells (a Word table converted to text, a sheet copied): an empty
    cell leaves its tab, `规章\t12\t\t0`, and a row's empty cells at its end nothing at all."""
    lines = []
    for line in text.split("\n"):
        if " | " in line:
            cells = [c.strip() for c in line.split("|")]
            while cells and not cells[-1]:
                cells.pop()
            line = "\t".join(cells)
        lines.append(line)
    return "\n".join(lines)


def _transposed(grid: Grid) -> Grid:
    """The grid with its rows printed as columns: each column's cells, top to bottom, make a row."""
    placed = sorted(
        (col, r, replace(cell, rowspan=cell.colspan, colspan=cell.rowspan))
        for r, row in enumerate(grid.place())
        for col, cell in row
    )
    rows = tuple(tuple(cell for col, _, cell in placed if col == k) for k in range(grid.width))
    return replace(grid, width=len(grid.rows), rows=rows, header_rows=min(grid.header_rows, 1))


def by_columns(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Tables 二, 三 and 四 printed column by column, as a converter reading a table down its columns writes
    them: the labels of every row, then each column's cells from its header down."""
    return [
        replace(b, grid=_transposed(b.grid)) if b.grid is not None and b.grid.key != "indicators" else b for b in blocks
    ]


def _wrapped_row(label: str, cells: list[str], rng: random.Random) -> list[str]:
    """One table row as a PDF's text prints it where the label column is narrow: the label over lines of
    four to eight characters, the numbers beside one of them; or the numbers themselves over two lines,
    each printing one at least."""
    prefix, _, own = label.rpartition(" ")
    how = rng.choice(("label", "numbers", "both"))
    parts = wrap_text(own, rng.randint(4, 8)) if how != "numbers" else [own]
    filled = [i for i, c in enumerate(cells) if c]
    at = rng.choice(filled[1:]) if how != "label" and len(filled) > 1 else len(cells)
    beside = rng.randrange(len(parts))
    lines = []
    for i, part in enumerate(parts):
        head = " ".join(t for t in (prefix if i == 0 else "", part) if t)
        if i != beside:
            lines.append(head)
            continue
        lines.append(head + " " + " ".join(cells[:at]))
        if at < len(cells):
            lines.append(" ".join(cells[at:]))
    return lines


def wrapped_rows(text: str, rng: random.Random) -> str:
    """Rows of a PDF's text with a narrow label column: now and then a row's label wraps onto the lines
    around its numbers (`3.危及“三安全 0 0 0 0 0 0 0` then `一稳定”`), or its numbers wrap so that its last
    cells are printed on the next line (`（七）总计 104 11 0 0 16` then `2 133`), or both."""
    out = []
    for line in text.split("\n"):
        m = _ROW_NUMBERS.match(line)
        if m is None or rng.random() >= 0.4:
            out.append(line)
            continue
        out += _wrapped_row(m[1].strip(), line[len(m[1]) + 1 :].split(" "), rng)
    return "\n".join(out)


# --- 2. a heading run onto the table before it ----------------------------------------------------


def glued_headings(blocks: list[Block], rng: random.Random) -> list[Block]:
    """A section heading run onto the last cell of the table before it:
    `…结转下年度继续办理4200006四、政府信息公开行政复议、行政诉讼情况…` (r012)."""
    spots = [
        i
        for i in range(len(blocks) - 1)
        if (grid := blocks[i].grid) is not None and grid.rows and grid.rows[-1] and blocks[i + 1].kind == "heading"
    ]
    if not spots:
        return blocks
    chosen = {i for i in spots if rng.random() < 0.5} or {rng.choice(spots)}
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if i - 1 in chosen:
            continue  # the heading, now inside the table before it
        if i in chosen and b.grid is not None:
            *rows, last = b.grid.rows
            cell = replace(last[-1], text=last[-1].text + blocks[i + 1].text)
            b = replace(b, grid=replace(b.grid, rows=(*rows, (*last[:-1], cell))))
        out.append(b)
    return out


# A count in force as reports state it, as of the year's end or not; and what states none of a row's:
# as of another date, or of two kinds together
IN_FORCE_SAID = (
    "现行有效{kind}{n}件。",
    "截至{year}年底，现行有效的{kind}共{n}件。",
    "截至{year}年12月31日，现行有效{kind}数量为{n}件。",
    "截至 {broken} 年底，现行有效{kind}{n}件。",  # the year broken where the line wrapped, or by a space
)
YEAR_BREAKS = (" ", "\n")
IN_FORCE_NOT = ("截至{next}年3月，现行有效{kind}{n}件。", "现行有效{kinds}共{n}件。")


def stated_counts(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """The prose of 二 ending with the counts in force its first table holds, right before it, as many
    reports write them (`现行有效行政规范性文件27件。`, `截至2022年底，现行有效的规章共3件。`, its year perhaps
    broken where the line wrapped or by a space, `截至 20 22 年底`): a sentence that names a row and prints a count, no
    row of the table; where that row's digits run together, the figure may settle their split. Now and
    then both in one list (现行有效规章3件、行政规范性文件27件), and a count that is no row's among them: as of a
    date after the year's end, or of both rows together (现行有效规章和行政规范性文件共30件), which settles nothing."""
    at = next((i for i, b in enumerate(blocks) if b.grid is not None and b.grid.key == "s2"), 0)
    grid = blocks[at].grid
    if not at or grid is None or blocks[at - 1].kind != "paragraph":
        return blocks
    in_force = [  # every part of the table, where a page break parted it (`repeated_headers`)
        (row[0].text, c.text)
        for b in blocks
        if b.grid is not None and b.grid.key == "s2"
        for row in b.grid.rows
        for c in row
        if c.cell_id and c.cell_id.endswith(".in_force")
    ]
    rows = [(kind, int(n)) for kind, n in in_force if n.isdecimal() and rng.random() < 0.7]
    year = meta.year or 0
    cut = rng.randint(1, 3)
    broken = f"{str(year)[:cut]}{rng.choice(YEAR_BREAKS)}{str(year)[cut:]}"
    said = [rng.choice(IN_FORCE_SAID).format(kind=kind, n=n, year=year, broken=broken) for kind, n in rows]
    if len(rows) == 2 and rng.random() < 0.3:  # both in one list: 现行有效规章3件、行政规范性文件27件
        said = [f"截至{year}年底，现行有效{rows[0][0]}{rows[0][1]}件{rng.choice('、，')}{rows[1][0]}{rows[1][1]}件。"]
    if rows and rng.random() < 0.3:
        kind, n = rows[0]
        not_said = rng.choice(IN_FORCE_NOT)
        kinds = "和".join(k for k, _ in in_force)
        said.insert(rng.randrange(len(said) + 1), not_said.format(kind=kind, kinds=kinds, n=n + 1, next=year + 1))
    before = blocks[at - 1]
    return [*blocks[: at - 1], replace(before, text=before.text + "".join(said)), *blocks[at:]]


# --- 3. header words broken by spaces -------------------------------------------------------------


def _cuts(text: str) -> list[int]:
    """Where a wrapped cell can break: between two letters or ideographs, not inside a number."""
    return [
        i
        for i in range(2, len(text) - 1)
        if text[i - 1].isalnum() and text[i].isalnum() and not (text[i - 1].isdigit() and text[i].isdigit())
    ]


def broken_headers(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Headers of narrow columns and group labels broken by a space where the cell wrapped:
    `社会公益 组织 法律服务 机构`, `本年度办 理结果` (r012), `计量 单位`, `2011 年度` (r004). The
    wide label column's own header (指标名称, 信息内容) does not wrap."""

    def brk(col: int, cell: GridCell) -> GridCell:
        heading = (cell.role == "header" and col > 0) or (cell.role == "label" and cell.rowspan > 1)
        cuts = _cuts(cell.text) if heading else []
        if not cuts or rng.random() < 0.4:
            return cell
        at = rng.choice(cuts)
        return replace(cell, text=f"{cell.text[:at]} {cell.text[at:]}" + " " * rng.randint(0, 1))

    return _map_cells(blocks, brk)


# --- 4. the pre-2019 统计表 on one line ----------------------------------------------------------


def reprinted_statistics(record: Record, rng: random.Random) -> Record:
    """The record with its 统计表 under another pair of column headings real reports print (`2017年`,
    `本年度`, `本年` and `上年`, …; a 统计表 of one column keeps its own) and about one cell in ten not
    filled in (printed `/`)."""
    first, second = rng.choice(STATISTICS_COLUMNS)
    rows = []
    for ind in record.indicators:
        columns = (first.format(year=record.meta.year), second) if len(ind.values) == 2 else tuple(ind.values)
        values = {c: None if rng.random() < 0.1 else v for c, v in zip(columns, ind.values.values(), strict=True)}
        rows.append(IndicatorRow(ind.label, ind.unit, values))
    return replace(record, indicators=rows)


def last_year_statistics(record: Record, rng: random.Random) -> Record:
    """The record with last year's column printed between its 统计表's year's and cumulative ones, under
    headings real reports print (`2012年度 2011年度 历年累计`, `本年 上年 历年累计`): last year's counts a
    multiple of the year's, so that each column's sums hold, and the cumulative holding both (a rate the
    same in each; a 统计表 of one column keeps its own)."""
    names = rng.choice(LAST_YEAR_COLUMNS)
    year = record.meta.year or 0
    columns = tuple(name.format(year=year, last=year - 1) for name in names)
    times = rng.randint(0, 3)
    rows = []
    for ind in record.indicators:
        if len(ind.values) == 2:
            value, cumulative = ind.values.values()
            printed = dict(zip(columns, _with_last_year(ind.unit, value, cumulative, times), strict=True))
            ind = IndicatorRow(ind.label, ind.unit, printed)
        rows.append(ind)
    return replace(record, indicators=rows)


def _with_last_year(
    unit: str | None, value: float | None, cumulative: float | None, times: int
) -> tuple[float | None, float | None, float | None]:
    """A 统计表 row's year's value, last year's (`times` the year's) and the cumulative, which holds both."""
    if unit == "%" or value is None or cumulative is None:
        return value, value, cumulative
    if isinstance(value, float) or isinstance(cumulative, float):
        return value, round(value * times, 2), round(cumulative + value * times, 2)
    return value, value * times, cumulative + value * times


def statistics_headers(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The 统计表's label and unit columns under the words some regions print over them: 统计项目, 项目名称
    or 指标项目 for 指标名称, 单位 for 计量单位 (not on the national form, which has its own)."""
    label, unit = STATISTICS.indicator_header
    names = {label: rng.choice(LABEL_HEADERS), unit: rng.choice(("单位", unit))}
    out = []
    for b in blocks:
        if b.grid is not None and b.grid.key == "indicators" and not _on_form(b.grid):
            first = tuple(replace(c, text=names.get(c.text, c.text)) for c in b.grid.rows[0])
            b = replace(b, grid=replace(b.grid, rows=(first, *b.grid.rows[1:])))
        out.append(b)
    return out


def _on_form(grid: Grid) -> bool:
    """Whether a 统计表 is printed on the national form, which numbers its rows itself."""
    return FORM is not None and grid.rows[0][0].text == FORM.header[0]


def _numbered_statistics(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Sub-rows numbered under the row they break down (`其中：1.网站公开`, `2.政府公报公开`) where the
    form does not number its rows itself, blank cells printed `/`."""
    dot = rng.choice(".、")
    out = []
    for b in blocks:
        if b.grid is not None and b.grid.key == "indicators":
            rows: list[tuple[GridCell, ...]] = []
            n = 0
            numbered = not _on_form(b.grid)
            at = int(b.grid.rows[0][0].text == "序号")  # the label's cell, after a 序号 column's
            for row in b.grid.rows:
                label, rest = row[at], row[at + 1 :]
                if numbered and rows and not label.header and (n or rng.random() < 0.3) and rng.random() < 0.7:
                    n += 1
                    label = replace(label, text=f"{'其中：' if n == 1 else ''}{n}{dot}{label.text}")
                else:
                    n = 0
                slashed = [replace(c, text="/") if c.role == "value" and not c.text else c for c in rest]
                rows.append((*row[:at], label, *slashed))
            b = replace(b, grid=replace(b.grid, rows=tuple(rows)))
        out.append(b)
    return out


def _statistics_on_one_line(text: str, rng: random.Random) -> str:
    """The 统计表, from its title on, printed on one line with single spaces and no page footers:
    `… 指标名称 计量单位 2011年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 …` (r004)."""
    lines = text.split("\n")
    at = next((i for i, ln in enumerate(lines) if ln.startswith(STATISTICS_HEADS)), None)
    if at is None:
        return text
    if at and lines[at - 1].startswith("附件"):
        at -= 1
    body = [ln.strip() for ln in lines[at:] if ln.strip() and not FOOTER.fullmatch(ln.strip())]
    return "\n".join([*lines[:at], " ".join(body)]) + "\n"


def statistics_columns(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The 统计表's columns as some regions print them: a 序号 column before the labels
    (`序号 指标名称 计量单位 2012年度 历年累计`), or the unit column after the values
    (`指标名称 2012年度 历年累计 计量单位`); the national form, which numbers its rows, only the latter."""
    how = rng.choice(("numbered", "units_last"))
    out = []
    numbers = iter(range(1, 1000))  # a 序号 column numbers the table's rows on, over a page break too
    for b in blocks:
        if (grid := b.grid) is not None and grid.key == "indicators" and all(len(r) == grid.width for r in grid.rows):
            how = "units_last" if _on_form(grid) else how
            if how == "units_last" and _unit_column(grid) != 1:
                out.append(b)
                continue  # no unit column to move after the values (units_in_labels)
            if how == "numbered":
                first = GridCell("序号", role="header")
                rows = [(first if _heads(row) else GridCell(str(next(numbers))), *row) for row in grid.rows]
                b = replace(b, grid=replace(grid, width=grid.width + 1, rows=tuple(rows)))
            else:
                rows = [(label, *rest, unit) for label, unit, *rest in grid.rows]
                b = replace(b, grid=replace(grid, rows=tuple(rows)))
        out.append(b)
    return out


def unfilled_cumulative(record: Record, rng: random.Random, kept: int | None = None) -> Record:
    """The record with its 统计表's last column (历年累计, 上年) left empty in every row, or in all but a few
    (`kept` of them, or up to two), as many agencies leave it (a 统计表 of one column keeps its own)."""
    kept = rng.choice((0, 0, 1, 2)) if kept is None else kept  # rows that fill it all the same
    filled = set(rng.sample(range(len(record.indicators)), min(kept, len(record.indicators))))
    rows = []
    for i, ind in enumerate(record.indicators):
        if len(ind.values) > 1 and i not in filled:
            *before, last = ind.values
            ind = IndicatorRow(ind.label, ind.unit, {**{c: ind.values[c] for c in before}, last: None})
        rows.append(ind)
    return replace(record, indicators=rows)


# what a remarks' column's cells print row by row, where they are not all one mark
_REMARKS = ("", "", "无", "/", "含转办件", "见附件", "不含咨询", "按件统计")


def remarks_column(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The 统计表 with a column of remarks after its values (`指标名称 计量单位 2012年度 历年累计 备注`), its
    cells left empty, or each printed as a blank's mark (`/`, `无`), or each a short note of words, a mark
    or nothing (`含转办件`, `见附件`, `无`, as the rows need)."""
    name, mark = rng.choice(("备注", "说明")), rng.choice(("", "", "/", "无", None))
    out = []
    for b in blocks:
        if (grid := b.grid) is not None and grid.key == "indicators" and all(len(r) == grid.width for r in grid.rows):
            rows = [
                (
                    *row,
                    GridCell(name, role="header")
                    if _heads(row)
                    else GridCell(rng.choice(_REMARKS) if mark is None else mark, role="value"),
                )
                for row in grid.rows
            ]
            b = replace(b, grid=replace(grid, width=grid.width + 1, rows=tuple(rows)))
        out.append(b)
    return out


def _unit_column(grid: Grid) -> int | None:
    """Where a 统计表's unit column is, if it prints one."""
    return next((i for row in grid.rows if not _heads(row) for i, c in enumerate(row) if c.role == "unit"), None)


def _labels(cell: GridCell) -> bool:
    """Whether a row's cell is its label, not the number a 序号 column gives it (spaced about, perhaps)."""
    return cell.role == "label" and not cell.text.strip().isdecimal()


def _with_row_units(blocks: list[Block], change: Callable[[Grid, int, list[str]], Grid]) -> list[Block]:
    """`blocks` with each whole 统计表 that prints a unit column rewritten by `change(grid, column, units)`,
    `units` each row's unit ("" on a heading's row or where none is printed)."""
    out = []
    for b in blocks:
        grid = b.grid
        full = grid is not None and grid.key == "indicators" and all(len(r) == grid.width for r in grid.rows)
        if grid is not None and full and (at := _unit_column(grid)) is not None:
            units = [row[at].text if not _heads(row) and row[at].text not in ("", "—") else "" for row in grid.rows]
            b = replace(b, grid=change(grid, at, units))
        out.append(b)
    return out


def units_in_labels(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The 统计表 without its unit column, each row's unit printed in brackets after its label
    (`主动公开政府信息数（条）`, `全文电子化率(%)`), as some regions type it; a heading over the rows below
    it (its unit —) then its label and its value cells only."""
    bracket = rng.choice(("（{}）", "({})"))

    def bracketed(grid: Grid, at: int, units: list[str]) -> Grid:
        rows = tuple(
            tuple(
                replace(c, text=c.text + bracket.format(unit)) if unit and _labels(c) else c
                for i, c in enumerate(row)
                if i != at
            )
            for row, unit in zip(grid.rows, units, strict=True)
        )
        return replace(grid, width=grid.width - 1, rows=rows)

    return _with_row_units(blocks, bracketed)


# What a report prints after its 统计表 as it ends (a closing, a note, how to reach the office): prose
# whose counts are none of the tables' quantities
AFTER_STATISTICS = (
    "全年接待群众来访{n}人次，办结率100%。",
    "全年接待群众来访{n}人次。",
    "联系电话：0{area}-{phone}",
    "联系电话 0{area}-{phone}",
    "联系地址：{place}政府大楼{n}室",
    "邮政编码 {area}{n:03d}",
    "特此报告。",
    "{next}年，我们将进一步加大公开力度，不断提高公开质量。",
    "注：本表数据统计期限为{year}年1月1日至{year}年12月31日。",
)


def prose_after_statistics(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """One to three lines of prose printed after the 统计表 (`全年接待群众来访12人次，办结率100%。`,
    `联系电话：0591-24336240`, its colon left out, `特此报告。`): no rows of it, however it is laid out."""
    at = max((i for i, b in enumerate(blocks) if b.grid is not None and b.grid.key == "indicators"), default=None)
    if at is None:  # (its last part, where a page break has parted it)
        return blocks
    year = meta.year or 2010
    place = (meta.agency or "").removesuffix("人民政府")
    said = [
        line.format(
            n=rng.randint(2, 400),
            area=rng.randint(100, 999),
            phone=rng.randint(2000000, 89999999),
            place=place,
            year=year,
            next=year + 1,
        )
        for line in rng.sample(AFTER_STATISTICS, rng.randint(1, 3))
    ]
    return [*blocks[: at + 1], *(Block("paragraph", t) for t in said), *blocks[at + 1 :]]


def counted_statistics(blocks: list[Block], rng: random.Random) -> list[Block]:
    """A 统计表's values printed with their row's unit, as some regions fill it: `6万元`, `12件`, `100%`."""

    def counted(grid: Grid, at: int, units: list[str]) -> Grid:
        rows = []
        for row, unit in zip(grid.rows, units, strict=True):
            each = bool(unit) and rng.random() < 0.8
            rows.append(
                tuple(
                    replace(c, text=c.text + unit) if each and c.role == "value" and NUMBER.fullmatch(c.text) else c
                    for c in row
                )
            )
        return replace(grid, rows=tuple(rows))

    return _with_row_units(blocks, counted)


def bare_headings(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The national form's section rows (`一、主动公开情况`) printed with their unit and value cells left
    empty, not `—`, or as one cell across the row (`<td colspan="3">`)."""
    across = rng.random() < 0.5
    out = []
    for b in blocks:
        if b.grid is not None and b.grid.key == "indicators" and _on_form(b.grid):
            width = b.grid.width
            rows = tuple(
                (replace(row[0], colspan=width),)
                if across and row[1].text == "—"
                else tuple(replace(c, text="") if c.text == "—" else c for c in row)
                for row in b.grid.rows
            )
            b = replace(b, grid=replace(b.grid, rows=rows))
        out.append(b)
    return out


_NOTED_ROW = re.compile(r"^(.*?)([（(][^（()）]+[)）])((?:[\s|]+[^\s|\u4e00-\u9fff]*[\u4e00-\u9fff]{0,2})*[\s|]*)$")


def notes_below(text: str, rng: random.Random) -> str:
    """A 统计表 label's note in brackets printed on a line of its own under its row, where a row is a
    line (`（一）主动公开政府信息数 | 条 | 1250` over `（不同渠道和方式公开相同信息计1条）`), or under
    its label where each cell is a line."""
    lines = text.split("\n")
    at = next((i for i, ln in enumerate(lines) if ln.lstrip("| ").startswith(STATISTICS_HEADS)), len(lines))
    out = lines[:at]
    for line in lines[at:]:
        m = _NOTED_ROW.match(line)
        if m and m[1].strip() and rng.random() < 0.8:
            out += [m[1] + m[3], m[2]] if m[3].strip() else [m[1], m[2]]
        else:
            out.append(line)
    return "\n".join(out)


# --- 5. Markdown from a PDF converter -------------------------------------------------------------


def _md_tables(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line of each Markdown table: a header line, a separator, body rows."""
    spans, i = [], 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and "---" in lines[i + 1]:
            end = i + 2
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


def _md_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def loose_cells(text: str, rng: random.Random) -> str:
    """A row's numbers pulled out of its table and printed as loose lines before it, the row left with
    its label and empty cells (r024)."""
    lines = text.split("\n")
    spans = [s for s in _md_tables(lines) if s[1] > s[0] + 2]
    if not spans:
        return text
    first, end = rng.choice(spans)
    r = rng.randrange(first + 2, end)
    cells = _md_cells(lines[r])
    numbers = [bool(NUMBER.fullmatch(c)) for c in cells]
    lines[r] = _md_row(["" if n else c for c, n in zip(cells, numbers, strict=True)])
    loose = [c for c, n in zip(cells, numbers, strict=True) if n]
    return "\n".join([*lines[:first], *loose, "", *lines[first:]])


def dispersed_labels(text: str, rng: random.Random) -> str:
    """Rows' labels a converter printed apart from their numbers: one to three rows in a row printed as
    their numbers alone, their table broken after them, their labels' words on lines of their own after
    them or before them (r024)."""
    lines = text.split("\n")
    runs = []
    for first, end in _md_tables(lines):
        cuts = {r: _label_cut(lines[r]) for r in range(first + 3, end)}  # not a table's first row
        runs += [(r, n) for r in cuts for n in (1, 2, 3) if all(cuts.get(k) for k in range(r, r + n))]
    if not runs:
        return text
    r, n = rng.choice(runs)
    rows = [cut for k in range(r, r + n) if (cut := _label_cut(lines[k]))]
    words = [w for label, _ in rows for w in label if w]
    numbers = [_md_row(values) for _, values in rows]
    out = [*numbers, "|" + "---|" * len(rows[-1][1]), "", *words, ""]
    if rng.random() < 0.5:
        out = ["", *words, "", *numbers]
    return "\n".join([*lines[:r], *out, *lines[r + n :]])


def _label_cut(line: str) -> tuple[list[str], list[str]] | None:
    """A Markdown row's label cells and its number cells, where it prints a label and then numbers only."""
    cells = _md_cells(line)
    at = next((i for i, c in enumerate(cells) if NUMBER.fullmatch(c)), len(cells))
    if any(cells[:at]) and at < len(cells) and all(NUMBER.fullmatch(c) for c in cells[at:]):
        return cells[:at], cells[at:]
    return None


def lost_rows(text: str, rng: random.Random) -> str:
    """A row of a table a converter lost, its label and its numbers: the table printed a row short (not a
    统计表's, whose rows are what it prints, nor a piece under a converter's own header, `| 数据1 | … |`, which
    may be a 统计表's rows after a page break)."""
    lines = text.split("\n")
    tables = [
        (first, end)
        for first, end in _md_tables(lines)
        if not any(h in lines[first] for h in (*STATISTICS_HEADS, _placeholder(1)))
    ]
    rows = [r for first, end in tables for r in range(first + 3, end)]  # not a table's first row
    if not rows:
        return text
    r = rng.choice(rows)
    return "\n".join([*lines[:r], *lines[r + 1 :]])


def cell_breaks(text: str, rng: random.Random) -> str:
    """Line breaks a converter writes inside a Markdown table's cells, `<br>` (or `<br/>`, `<br />`): two or
    three rows of a table stacked in one, each cell's lines broken apart (their parent's label, the first
    cell, printed once), or else a row's longest cell wrapped."""
    lines = text.split("\n")
    rows = [r for first, end in _md_tables(lines) for r in range(first + 2, end)]
    if not rows:
        return text
    mark = rng.choice(("<br>", "<br/>", "<br />"))
    r, n = rng.choice(rows), rng.choice((2, 3))
    stack = [_md_cells(lines[k]) for k in range(r, r + n) if k in rows]
    if len(stack) == n and len({len(cells) for cells in stack}) == 1:
        columns = zip(*stack, strict=True)
        joined = [c[0] if not i and len(set(c)) == 1 else mark.join(c) for i, c in enumerate(columns)]
        return "\n".join([*lines[:r], _md_row(joined), *lines[r + n :]])
    cells = stack[0]
    at = max(range(len(cells)), key=lambda i: len(cells[i]))
    if len(cells[at]) > 3:
        cut = rng.randrange(1, len(cells[at]) - 1)
        cells[at] = cells[at][:cut] + mark + cells[at][cut:]
    lines[r] = _md_row(cells)
    return "\n".join(lines)


def _total_first_in(cells: list[GridCell], table: Table, at: int, first: str) -> list[GridCell]:
    """A grid row's cells with each run of the table's value cells (a row of 三, a group of 四) printing
    its total (the run's `at`-th) first, and each header naming the total moved before the nearest header
    named `first`, the name printed first over the run."""
    cells, step = list(cells), len(table.columns)
    values = [i for i, c in enumerate(cells) if c.role == "value"]
    if len(values) > 1 and len(values) % step == 0:
        for k in range(0, len(values), step):
            cells.insert(values[k], cells.pop(values[k + at]))
    total = table.column_by_id["total"].label
    for j in [j for j, c in enumerate(cells) if c.role == "header" and _name(c) == total]:
        heads = [i for i in range(j) if cells[i].role == "header" and _name(cells[i]) == first]
        if heads:
            cells.insert(heads[-1], cells.pop(j))
    return cells


def total_first(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Tables 三 and 四 printed with their 总计 column first (in 四, each group's), the header's 总计
    moved with it; 三's wherever its header printed it."""
    out = []
    for b in blocks:
        table = TOTALLED.get(b.grid.key) if b.grid is not None else None
        if b.grid is not None and table is not None and not (table.id == "s3" and _spanned(b.grid)):
            at, first = len(table.columns) - 1, table.columns[0].label
            if table.id == "s3":
                printed, above = _applicant_order(b.grid.rows)
                at, first = printed.index(at), _APPLICANTS[above[0]]
            rows = tuple(tuple(_total_first_in(list(row), table, at, first)) for row in b.grid.rows)
            b = replace(b, grid=replace(b.grid, rows=rows))
        out.append(b)
    return out


def _name(cell: GridCell) -> str:
    """A header cell's name, a space that broke it taken out (`科研 机构`)."""
    return "".join(cell.text.split())


def _named_order(rows: tuple[tuple[GridCell, ...], ...], names: list[str]) -> list[int]:
    """The order the first row naming each of `names` in a header cell prints them in (indices into
    `names`); the order of `names` where no row names them all."""
    for row in rows:
        at = {_name(c): i for i, c in enumerate(row) if c.role == "header"}
        if all(n in at for n in names):
            return sorted(range(len(names)), key=lambda k: at[names[k]])
    return list(range(len(names)))


_UNDER = [i for i, c in enumerate(TOTALLED["s3"].columns) if c.group]  # 三's columns under 法人或其他组织
# 三's header names above: 自然人, 法人或其他组织, 总计; and below, the columns under 法人或其他组织
_APPLICANTS = [
    TOTALLED["s3"].columns[0].label,
    TOTALLED["s3"].columns[_UNDER[0]].group or "",
    TOTALLED["s3"].columns[-1].label,
]
_UNDER_NAMES = [TOTALLED["s3"].columns[i].label for i in _UNDER]


def _applicant_columns(above: list[int], below: list[int]) -> list[int]:
    """三's columns printed under names `above` (indices into `_APPLICANTS`) over `below` (into `_UNDER`)."""
    units = [[0], _UNDER, [len(TOTALLED["s3"].columns) - 1]]
    return [i for u in above for i in ([_UNDER[k] for k in below] if u == 1 else units[u])]


def _applicant_order(rows: tuple[tuple[GridCell, ...], ...]) -> tuple[list[int], list[int]]:
    """The column of each number of a row of 三 as its header prints them, and the order of the names above."""
    above = _named_order(rows, _APPLICANTS)
    return _applicant_columns(above, _named_order(rows, _UNDER_NAMES)), above


def _moved_cells(cells: list[GridCell], names: list[str], order: list[int]) -> list[GridCell]:
    """A grid row's cells with the header cells named `names` (if it has each) put in `order` of them, in
    the places they take (a name a space broke still its own: `科研 机构`)."""
    at = {_name(c): i for i, c in enumerate(cells) if c.role == "header"}
    if not all(n in at for n in names):
        return cells
    moved = list(cells)
    for place, k in zip(sorted(at[n] for n in names), order, strict=True):
        moved[place] = cells[at[names[k]]]
    return moved


def reordered_applicants(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Table 三's applicant columns in another order, its two-row header's cells moved with them: 自然人,
    法人或其他组织 and 总计 in any order above, the five under 法人或其他组织 in any order below it. Each
    number moves with its column as the header printed it (总计 perhaps first already)."""
    above = rng.sample(range(len(_APPLICANTS)), len(_APPLICANTS))
    below = rng.sample(range(len(_UNDER)), len(_UNDER))
    order = _applicant_columns(above, below)
    out = []
    for b in blocks:
        if b.grid is not None and b.grid.key == TOTALLED["s3"].prefix and not _spanned(b.grid):
            printed = _applicant_order(b.grid.rows)[0]
            rows = []
            for row in b.grid.rows:
                cells = _moved_cells(list(row), _APPLICANTS, above)
                cells = _moved_cells(cells, _UNDER_NAMES, below)
                values = [i for i, c in enumerate(cells) if c.role == "value"]
                if len(values) == len(order):
                    moved = [cells[values[printed.index(k)]] for k in order]
                    for place, cell in zip(values, moved, strict=True):
                        cells[place] = cell
                rows.append(tuple(cells))
            b = replace(b, grid=replace(b.grid, rows=tuple(rows)))
        out.append(b)
    return out


def _spanned(grid: Grid) -> bool:
    """Whether 三's grid prints its columns under 法人或其他组织 as one column (see `spanned_applicants`)."""
    return not any(_name(c) in _UNDER_NAMES for row in grid.rows[: grid.header_rows] for c in row)


def spanned_applicants(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Table 三 printed with one column under 法人或其他组织, their sum, where the five under it should be,
    as some bodies print it: `自然人 | 法人或其他组织 | 总计` over three numbers a row. A header already in
    another order than the template's is kept; a table whose header rows do not name the five (printed
    column by column, or spanned already) is left as it is."""
    out = []
    for b in blocks:
        grid = b.grid
        if (
            grid is not None
            and grid.key == TOTALLED["s3"].prefix
            and not _spanned(grid)
            and _applicant_order(grid.rows)[0] == sorted(_applicant_order(grid.rows)[0])
            and not any(_name(c) in _UNDER_NAMES for row in grid.rows[grid.header_rows :] for c in row)
        ):
            narrow = len(_UNDER) - 1  # columns the grid loses
            rows: list[tuple[GridCell, ...]] = []
            for k, row in enumerate(grid.rows):
                if k < grid.header_rows:
                    if any(_name(c) in _UNDER_NAMES for c in row):
                        continue  # the row of names under 法人或其他组织
                    row = tuple(
                        replace(
                            c,
                            colspan=c.colspan - narrow if c.colspan > narrow else c.colspan,
                            rowspan=max(c.rowspan - 1, 1),
                        )
                        for c in row
                    )
                else:
                    values = [i for i, c in enumerate(row) if c.role == "value"]
                    if len(values) == len(TOTALLED["s3"].columns):
                        under = [row[values[i]] for i in _UNDER]
                        known = all(c.text.isdecimal() for c in under)
                        spanned = GridCell(str(sum(int(c.text) for c in under)) if known else "", role="value")
                        drop = {values[i] for i in _UNDER}
                        cells = [c for i, c in enumerate(row) if i not in drop]
                        cells.insert(values[_UNDER[0]], spanned)
                        row = tuple(cells)
                rows.append(row)
            b = replace(
                b, grid=replace(grid, width=grid.width - narrow, rows=tuple(rows), header_rows=grid.header_rows - 1)
            )
        out.append(b)
    return out


def spanned_header_lines(text: str, rng: random.Random) -> str:
    """三's header printing the columns under 法人或其他组织 as one (see `spanned_applicants`), half the time,
    as a PDF's text prints its merged header cells on two baselines: 法人或其他组织 on a line of its own
    above or below a line holding 自然人 and 总计 — a PDF's text of the header, its names a space apart,
    法人或其他组织 perhaps cut over onto the next line (`自然人 法人或其 总计` over `他组织`)."""
    lines = text.split("\n")
    person, group, total = _APPLICANTS
    for k, line in enumerate(lines):
        words = line.split(" ")
        if len(words) != 3 or words[0] != person or words[2] != total or not words[1] or not group.startswith(words[1]):
            continue
        rest = group[len(words[1]) :]
        if rest and lines[k + 1 : k + 2] != [rest]:
            continue
        if rng.random() < 0.5:
            return text
        pair = f"{person} {total}"
        lines[k : k + 1 + bool(rest)] = rng.choice(([group, pair], [pair, group]))
        return "\n".join(lines)
    return text


def stacked_groups(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Table 四 printed as one row per group under one header of its five columns, as a page too narrow
    for fifteen prints it: `行政复议 | 0 | 1 | 0 | 0 | 1`, then 行政诉讼 over 未经复议直接起诉 and 复议后起诉
    (two label columns), or `行政诉讼（复议后起诉）` in one. Each cell goes under its own column, whatever
    order or orientation another damage printed the table in."""
    table = TOTALLED["s4"]
    two = rng.random() < 0.5
    out = []
    for b in blocks:
        placed = {c.cell_id: c for row in b.grid.rows for c in row if c.role == "value"} if b.grid else {}
        if b.grid is not None and b.grid.key == table.prefix and all(c in placed for c in table.cell_ids):
            values = [placed[c] for c in table.cell_ids]
            width = len(table.columns)
            head = [GridCell(rng.choice(("", "项目", "类别")), colspan=2 if two else 1, role="header")]
            rows = [tuple(head + [GridCell(c.label, role="header") for c in table.columns])]
            for i, row in enumerate(table.rows):
                cells = values[i * width : (i + 1) * width]
                if not two:
                    label = [GridCell(f"{row.parent}（{row.label}）" if row.parent else row.label)]
                elif row.parent is None:
                    label = [GridCell(row.label, colspan=2)]
                elif i == 0 or table.rows[i - 1].parent != row.parent:
                    span = sum(1 for r in table.rows if r.parent == row.parent)
                    label = [GridCell(row.parent, rowspan=span), GridCell(row.label)]
                else:
                    label = [GridCell(row.label)]
                rows.append(tuple(label + cells))
            b = replace(b, grid=Grid(b.grid.key, width + (2 if two else 1), tuple(rows), 1))
        out.append(b)
    return out


_FLAT_HEADS = [c.label for _ in TOTALLED["s4"].rows for c in TOTALLED["s4"].columns]  # 四's header, group by group


_MD_FOOTER = re.compile(r"([—-]) \d+ \1")  # a page footer `page_footers` puts between a table's rows


def _continued(lines: list[str], end: int) -> int:
    """Where a Markdown table ending at line `end` ends with the rows that lines between part from it, the
    table's own rows continued (no header of their own): after a page footer, or after the words of
    labels a converter printed apart from their numbers (`dispersed_labels`), a few short lines."""
    while True:
        after = end
        if after < len(lines) and _MD_FOOTER.fullmatch(lines[after]):
            after += 1
        else:
            while after < min(len(lines), end + _LOOSE_LINES) and _loose_word(lines[after]):
                after += 1
        if after == end or not (
            after < len(lines)
            and lines[after].startswith("|")
            and "---" not in (lines[after + 1] if after + 1 < len(lines) else "")
        ):
            return end
        end = after
        while end < len(lines) and lines[end].startswith("|"):
            end += 1


_LOOSE_LINES = 12  # the most lines of a label's words between two parts of a table


def _loose_word(line: str) -> bool:
    """Whether a line is blank or the words of a label: no heading, no table row, no sentence."""
    return not line.startswith(("|", "#")) and len(line) <= 64 and "。" not in line


def reordered_columns(text: str, rng: random.Random) -> str:
    """The value columns of a table printed in another order, its header's with them: a table with row
    labels (总计 first, 自然人 last), or each group of 四 (尚未审结 before 其他结果): the header says which
    column is which; its rows after a page footer in the same order, and so the rows under its header
    printed again after a page break (`续表`). A table whose header does not name its columns (printed
    column by column) is kept."""
    lines = text.split("\n")
    flat = TOTALLED["s4"]
    before: tuple[list[str], list[int], int] | None = None  # the last table reordered: its header, order, end
    for first, end in ((first, _continued(lines, end)) for first, end in _md_tables(lines)):
        header = _md_cells(lines[first])
        width = len(header)
        if before and before[0] == header and any("续" in lines[k] for k in range(before[2], first)):
            order = before[1]  # the same table continued, its header printed again
        elif header[0] in STUB_HEADERS and width >= 4 and all(header[1:]):  # a header naming each column
            order = [0, *rng.sample(range(1, width), width - 1)]
        elif width == len(flat.cell_ids) and all(map(str.endswith, header, _FLAT_HEADS)):  # 四, each group's
            step = len(flat.columns)
            moved = rng.sample(range(step), step)
            order = [p - p % step + moved[p % step] for p in range(width)]
        else:
            continue  # a 统计表, one of two value columns, or a table printed column by column
        before = (header, order, end)
        for i in range(first, end):
            cells = _md_cells(lines[i])
            if i == first + 1 or "---" in lines[i]:
                continue
            if len(cells) == width:
                lines[i] = _md_row([cells[k] for k in order])
            elif order[0] == 0 and len(cells) == width - 1:  # a row's numbers printed apart from its label
                lines[i] = _md_row([cells[k - 1] for k in order[1:]])
    return "\n".join(lines)


def table_headings(text: str, rng: random.Random) -> str:
    """`## 表三：收到和处理政府信息公开申请情况` put before a table by the converter, sometimes twice."""
    lines = text.split("\n")
    out: list[str] = []
    section = ""
    starts = {first for first, _ in _md_tables(lines)}
    for i, line in enumerate(lines):
        if line.startswith("## ") and line[3:4] in NUMERALS and line[4:5] == "、":
            section = f"表{line[3]}：{line[5:]}"
        if i in starts and section:
            out += [f"## {section}", ""] * rng.randint(1, 2)
        out.append(line)
    return "\n".join(out)


_LONE_CELL = re.compile(rf"[\s|]*{NUMBER.pattern}\s*")  # a line printing one number, a cell per line
_FOOTER_FORMS = ("- {page} -", "— {page} —", "第 {page} 页", "{page}/{pages}")


def _line_kinds(lines: list[str]) -> list[bool | None]:
    """For each line: None when it prints nothing (a CR LF's CR is nothing printed), True when it prints one
    number (a cell per line), its digits perhaps read as letters (`ocr_letters`: `I`, `4O`), else False."""
    return [
        None if not line.strip(" \t\r\xa0\u3000|") else bool(_LONE_CELL.fullmatch(line.translate(AS_DIGITS)))
        for line in lines
    ]


def _spaced_as(words: str, line: str) -> str:
    """`words` as a line of their own printed like `line`: its tab's indent, its CR where lines end CR LF."""
    return ("\t" if line.startswith("\t") else "") + words + ("\r" if line.endswith("\r") else "")


def _cell_footers(lines: list[str], rng: random.Random) -> list[str]:
    """Page footers (`- 4 -`, `— 4 —`, `第 4 页`, `4/12`) where a table prints its cells one per line:
    between a row's label and its first cell, or between a row's last cell and the next label — spaced
    as the text spaces its lines."""
    kinds = _line_kinds(lines)
    spots, last = [], None
    for i, kind in enumerate(kinds):
        if kind is None:
            continue
        if last is not None and kinds[last] != kind:
            spots.append(i)
        last = i
    chosen = sorted(rng.sample(spots, min(3, len(spots))), reverse=True)
    pages = len(chosen) + rng.randint(1, 9)
    for page, at in enumerate(chosen):
        footer = rng.choice(_FOOTER_FORMS).format(page=pages - page, pages=pages + 1)
        lines[at:at] = [footer, ""] if lines[at - 1] == "" else [footer]
    return lines


CELL_NOTES = (
    "（注：含转办件）",
    "其中：含转办件",
    "（含网上申请）",
    "注：含依申请公开转办件",
    "（备注：已办结）",
    "备注已办结",
    "已含转办件",
    "说明：按件统计",
    "包括网上申请",
    "含转办",
    "单位：件",
)


def cell_notes(text: str, rng: random.Random) -> str:
    """A note printed amid a row's cells where a table prints its cells one per line (a web page whose
    cell holds a remark, `（注：含转办件）`, or the unit's caption, `单位：件`), on a line of its own after a
    cell, spaced and indented as the cell is."""
    lines = text.split("\n")
    kinds = _line_kinds(lines)
    spots, last = [], None
    for i, kind in enumerate(kinds):
        if kind is None:
            continue
        if kind and last is not None and kinds[last]:
            spots.append(last)
        last = i
    for at in sorted(rng.sample(spots, min(rng.randint(1, 3), len(spots))), reverse=True):
        note = _spaced_as(rng.choice(CELL_NOTES), lines[at])
        sep = lines[at + 1]
        if sep.strip(" \r\xa0|"):
            lines.insert(at + 1, note)
        else:
            lines[at + 2 : at + 2] = [note, sep]
    return "\n".join(lines)


CELL_WORDS = ("备案类", "（单位：件）", "单位：件", "类别", "办理情况")
_NO_LABELS = frozenset((*NO_NUMBER, "持平", "无", "—", "——", "－", "/", "-", *CELL_NOTES))


def cell_words(text: str, rng: random.Random) -> str:
    """A word on a line of its own between a row's label and its first cell where a table prints its
    cells one per line (`行政许可` `备案类` `12` …, `其他对象` `（单位：件）` `0`): no number, no row's label,
    spaced and indented as the cell after it. Under a 序号 column, a number before a label is the row's
    own: no spot."""
    lines = text.split("\n")
    kinds = _line_kinds(lines)
    printed = [i for i, kind in enumerate(kinds) if kind is not None]
    numbered = "序号" in text
    spots = []
    for last, i, after in zip(printed, printed[1:], [*printed[2:], None], strict=False):
        words = lines[last].strip(" \t\r\xa0\u3000|")  # a CR LF's CR too: a note amid cells is no label
        if not kinds[i] or kinds[last] or words in _NO_LABELS or re.search(r"\d", words):
            continue
        if not (numbered and (after is None or not kinds[after])):
            spots.append(i)
    for at in sorted(rng.sample(spots, min(rng.randint(1, 3), len(spots))), reverse=True):
        word = _spaced_as(rng.choice(CELL_WORDS), lines[at])
        sep = lines[at - 1]
        if sep.strip(" \r\xa0|"):
            lines.insert(at, word)
        else:
            lines[at:at] = [word, sep]
    return "\n".join(lines)


# Where a page's text runs its rows together, a row's cells (three digits or more) before the next row's
# label (four characters or more, up to its first cell): a page break may fall there.
_GLUED_ROW_END = re.compile(r"(?<=\d{3})(?=[\u4e00-\u9fff（][\u4e00-\u9fff（）、]{3,}\d)")


def _glued_footers(lines: list[str], rng: random.Random) -> list[str]:
    """Page footers of any form run into a line of glued rows (five or more row ends on it, no prose),
    between a row's last cell and the next row's label: `1200— 5 —行政处罚`, `0008/17（续表）`."""
    ends = [[(i, m.start()) for m in _GLUED_ROW_END.finditer(line)] for i, line in enumerate(lines)]
    spots = [spot for line in ends if len(line) >= 5 for spot in line]
    chosen = sorted(rng.sample(spots, min(2, len(spots))), reverse=True)
    pages = len(chosen) + rng.randint(1, 9)
    for page, (i, at) in enumerate(chosen):
        footer = rng.choice(PAGE_BREAK_FOOTERS).format(page=pages - page, pages=pages + 1)
        lines[i] = lines[i][:at] + footer + lines[i][at:]
    return lines


def page_footers(text: str, rng: random.Random) -> str:
    """A page footer (`— 4 —`, `- 4 -`) between two rows of a Markdown table; where cells are printed
    one per line, footers of any form between a row's label and its cells (see `_cell_footers`); where
    rows run together on a line, run into it between two rows (see `_glued_footers`)."""
    lines = text.split("\n")
    spans = [s for s in _md_tables(lines) if s[1] > s[0] + 3]
    if not spans:
        if any(_line_kinds(lines)):
            return "\n".join(_cell_footers(lines, rng))
        return "\n".join(_glued_footers(lines, rng))
    breaks = sorted({rng.randrange(first + 3, end) for first, end in rng.sample(spans, min(2, len(spans)))})
    dash = rng.choice("—-")
    for page, at in enumerate(reversed(breaks)):
        lines.insert(at, f"{dash} {len(breaks) - page + 1} {dash}")
    return "\n".join(lines)


# The words a table continued on the next page is headed by: `{n}` its number, `{title}` its section's.
CONTINUED = ("续表", "（续表）", "续上表", "表{n}（续）", "表{n} {title}（续）")
PAGE_BREAK_FOOTERS = ("— {page} —", "- {page} -", "第 {page} 页 共 {pages} 页", "第{page}页", "{page}/{pages}")


def _heads(row: tuple[GridCell, ...]) -> bool:
    return all(c.header for c in row)


def _header_run(grid: Grid, at: int) -> tuple[int, int]:
    """The header rows over body row `at`: the run of rows of header cells only just above the body rows
    `at` is among, as (its first row, the first body row after it)."""
    start = at
    while start > 0 and not _heads(grid.rows[start - 1]):
        start -= 1
    head = start
    while head > 0 and _heads(grid.rows[head - 1]):
        head -= 1
    return head, start


def _split_grid(grid: Grid, at: int) -> tuple[Grid, Grid]:
    """The grid broken before body row `at` as a page break breaks it: the rows before, then the header
    rows over row `at` printed again above the rest; a label spanning the break printed on both pages."""
    head, start = _header_run(grid, at)
    before, carried = [], []
    for r, placed in enumerate(grid.place()[:at]):
        row = []
        for col, cell in placed:
            if r + cell.rowspan > at:
                carried.append((col, replace(cell, rowspan=r + cell.rowspan - at)))
                cell = replace(cell, rowspan=at - r)
            row.append(cell)
        before.append(tuple(row))
    first = tuple(c for _, c in sorted(carried, key=lambda p: p[0])) + grid.rows[at]
    after = (*grid.rows[head:start], first, *grid.rows[at + 1 :])
    return replace(grid, rows=tuple(before)), replace(grid, rows=after, header_rows=start - head)


def repeated_headers(blocks: list[Block], rng: random.Random) -> list[Block]:
    """A table continued on the next page, as PDF text and converters print it: between two of its body
    rows (inside a group of 三 too) the page's footer, sometimes `续表` or the table's caption marked
    `（续）`, and the table's header rows printed again over the rows that follow."""
    out: list[Block] = []
    page = rng.randint(2, 9)
    for b in blocks:
        if b.grid is None:
            out.append(b)
            continue
        rows = b.grid.rows
        spots = [
            r
            for r in range(1, len(rows))
            if not _heads(rows[r]) and not _heads(rows[r - 1]) and (run := _header_run(b.grid, r))[0] < run[1]
        ]
        if not spots or rng.random() < 0.2:
            out.append(b)
            continue
        first, rest = _split_grid(b.grid, rng.choice(spots))
        numeral = NUMERALS[int(b.grid.key[1:]) - 1] if b.grid.key[1:].isdigit() else ""
        title = next((x.text[2:] for x in reversed(out) if x.kind == "heading"), "")
        between = []
        if rng.random() < 0.8:
            footer = rng.choice(PAGE_BREAK_FOOTERS).format(page=page, pages=page + rng.randint(1, 9))
            between.append(Block("page_footer", footer))
        if rng.random() < 0.6:
            marks = CONTINUED if numeral else CONTINUED[:3]
            between.append(Block("paragraph", rng.choice(marks).format(n=numeral, title=title)))
        out += [replace(b, grid=first), *between, replace(b, grid=rest)]
        page += 1
    return out


def windows_breaks(text: str, rng: random.Random) -> str:
    """The text saved on Windows: each line break a CR LF."""
    return text.replace("\n", "\r\n")


def double_spaced(text: str, rng: random.Random) -> str:
    """Every line followed by an empty one (a page that saves each line as a paragraph, a PDF printed
    double-spaced), the empty lines holding nothing, a space or an ideographic space."""
    return text.replace("\n", "\n" + rng.choice(("", "", " ", "\u3000")) + "\n")


def trailing_spaces(text: str, rng: random.Random) -> str:
    """White space left at the end of every line, or of every `|` row: a converter's, or Markdown's hard
    break (`| 9 |  `), one space or two."""
    tail = rng.choice((" ", "  "))
    if rng.random() < 0.5:
        return text.replace("\n", tail + "\n")
    return re.sub(r"\|(?=\n)", "|" + tail, text)


# a number alone in its `|` cell or on its line, and a heading's line
_BOLD_NUMBER = re.compile(r"(?<=[|\n] )\d+(?:\.\d+)?(?= [|\n])|(?m:^\d+(?:\.\d+)?$)")
_HEADING_LINE = re.compile(rf"(?m)^[{NUMERALS}]、[^\n|]{{2,40}}$")
_LIST_NUMBER = re.compile(r"(?m)^([ \t|]*\d{1,2})\.")  # a list's number opening a line or a line's first cell


def markdown_marks(text: str, rng: random.Random) -> str:
    """Markdown's marks a converter or a language model writes round what it read: numbers in bold (some or
    all: `| **12** |`) with the headings (`**一、总体情况**`), or a list's number escaped where it opens a line or
    its first cell (`1\\.属于国家秘密`, `| 2\\.其他法律…`)."""
    if rng.random() < 0.5:
        share = rng.choice((0.3, 1.0))
        text = _BOLD_NUMBER.sub(lambda m: f"**{m.group()}**" if rng.random() < share else m.group(), text)
        return _HEADING_LINE.sub(lambda m: f"**{m.group()}**", text)
    return _LIST_NUMBER.sub(r"\1\\.", text)


_REFERENCES = {" ": ("&nbsp;", "&#160;", "&#xa0;", "&ensp;"), "“": ("&ldquo;",), "”": ("&rdquo;",), "—": ("&mdash;",)}
_REFERENCED = re.compile(f"[{''.join(_REFERENCES)}]")


def char_references(text: str, rng: random.Random) -> str:
    """The page saved as text with HTML character references left in it, as a crawler taking a page's
    markup for its text leaves them: each space `&nbsp;` (or `&#160;`, `&ensp;`), quotes `&ldquo;` `&rdquo;`."""
    kind = rng.choice(_REFERENCES[" "])
    return _REFERENCED.sub(lambda m: kind if m.group() == " " else _REFERENCES[m.group()][0], text)


def char_width(wide_punctuation: bool | None) -> Callable[[str], int]:
    """A character's width as a folding tool counts it: one each (None), or display columns, East Asian wide
    characters two and, with `wide_punctuation`, every character of three UTF-8 bytes or more (“”…— too,
    as a terminal set for Chinese prints them)."""
    if wide_punctuation is None:
        return lambda c: 1
    if wide_punctuation:
        return lambda c: 2 if len(c.encode()) >= 3 else 1
    return lambda c: 2 if unicodedata.east_asian_width(c) in "WF" else 1


def fold(text: str, width: int, measure: Callable[[str], int]) -> str:
    """`text` with each line cut before the character that would take it past `width`."""
    out = []
    for line in text.split("\n"):
        start, used = 0, 0
        for at, c in enumerate(line):
            w = measure(c)
            if used + w > width:
                out.append(line[start:at])
                start, used = at, 0
            used += w
        out.append(line[start:])
    return "\n".join(out)


def folded_lines(text: str, rng: random.Random) -> str:
    """The page saved by a tool that folds each line at a fixed width wherever the width runs out, inside a
    word or a number too (`fold`, a terminal browser's dump): at 40 to 80 characters, or at 60 to 120
    display columns, a CJK character two. A page's markup is left as it is: what a tool folds is the text
    shown."""
    if text.lstrip().startswith("<"):
        return text
    if rng.random() < 1 / 3:
        return fold(text, rng.randint(40, 80), char_width(None))
    return fold(text, rng.randint(60, 120), char_width(rng.random() < 0.5))


_LONE_NUMBER = re.compile(r"[ \t\u3000]*\d+(?:\.\d+)?[ \t\u3000]*")


def lines_run_together(text: str, rng: random.Random) -> str:
    """The page's text with its line breaks lost, as a crawler joining a page's text nodes saves it: each
    line run on into the next, a cell printed on a line of its own kept with the space a third of them
    hold before its number (`&nbsp;0`), so cells a line each read `00 0 00 0 0`."""
    return "".join(
        f" {line.strip()}" if _LONE_NUMBER.fullmatch(line) and rng.random() < 1 / 3 else line
        for line in text.split("\n")
    )


def lines_spaced_together(text: str, rng: random.Random) -> str:
    """The page's text with its line breaks lost, each line run on into the next with a space between them,
    as a crawler joining a page's text nodes with spaces saves it: `|` rows a space apart
    (`| 0 | | 行政规范性文件 |`), no rule run on between them to tell a row's end from an empty cell."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def collapsed_spaces(text: str, rng: random.Random) -> str:
    """A page's text that keeps one space between words (a PDF's text taken without its layout): each run
    of spaces made one and every line's trailing spaces dropped, so a cell left empty that a row printed
    as spaces prints nothing at all (`行政许可 0 107`, its 上一年项目数量 empty)."""
    return "\n".join(_SPACES.sub(" ", line).rstrip(" ") for line in text.split("\n"))


_SPACES = re.compile(" {2,}")


def white_lines_dropped(text: str, rng: random.Random) -> str:
    """Lines of white space alone dropped, as a tool tidying the page it saves does; truly empty lines kept. A
    table copied out of Word prints an empty cell as its indent alone (`\t`): its row is then a number short
    (`行政规范性文件 / 27 / 411`, its 本年废止件数 empty), with nothing left to show which cell is empty."""
    return _WHITE_LINE.sub("", text)


_WHITE_LINE = re.compile(r"\n[^\S\r\n]+(?=\r?\n)")


# A number as an OCR engine may read it: some of its digits read as the letters they look like.
_OCR_NUMBER = re.compile(r"(?<![\d.])\d{2,}(?![\d.])|(?<![^\s|])\d(?![^\s|])")


def ocr_letters(text: str, rng: random.Random) -> str:
    """Digits an OCR engine read as letters, in one number of ten (anywhere: cells, counts, years): a 0 as
    O, or o inside a longer number; a 1 as l or I (`4O`, `1l0`, `2O21年`, a cell `O`)."""

    def misread(m: re.Match[str]) -> str:
        number = m.group()
        if rng.random() >= 0.1:
            return number
        at = [i for i, c in enumerate(number) if c in "01"]
        if not at:
            return number
        i = rng.choice(at)
        letter = rng.choice("Oo" if len(number) > 1 else "O") if number[i] == "0" else rng.choice("lI")
        return number[:i] + letter + number[i + 1 :]

    return _OCR_NUMBER.sub(misread, text)


def _placeholder(k: int) -> str:
    """A converter's own name for a table's `k`th column, one it has no name for."""
    return f"数据{k}"


def placeholder_headers(text: str, rng: random.Random) -> str:
    """A table given the converter's own header row (`| 数据1 | 数据2 | … |`): in place of its printed
    header, or over its first row where a piece of a table prints a row first (not a 统计表's: its column
    names would be lost with it, in the text as in the record), or heading the rows after a page break
    where the converter started a new table."""
    lines = text.split("\n")
    spans = _md_tables(lines)
    if not spans:
        return text
    first, end = rng.choice(spans)
    n = len(_md_cells(lines[first]))
    header = _md_row([_placeholder(k) for k in range(1, n + 1)])
    statistics = any(h in lines[first] for h in STATISTICS_HEADS)  # a 统计表's header alone names its columns
    if not statistics and (end - first < 4 or rng.random() < 0.5):
        if any(NUMBER.fullmatch(c) for c in _md_cells(lines[first])):  # a piece of a table, a row first
            lines[first:first] = [header, lines[first + 1]]
        else:
            lines[first] = header
        return "\n".join(lines)
    if end - first < 4:
        return text
    at = rng.randrange(first + 3, end)
    return "\n".join([*lines[:at], "", header, lines[first + 1], *lines[at:]])


def html_tables(text: str, rng: random.Random) -> str:
    """Tables left as HTML in the converter's Markdown, `<table><tr><td>…`, on one line or one row a
    line."""
    lines = text.split("\n")
    for first, end in reversed(_md_tables(lines)):
        rows = [_md_cells(line) for k, line in enumerate(lines[first:end]) if k != 1]  # not the |---| rule
        html = ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
        lines[first:end] = (
            ["".join(["<table>", *html, "</table>"])] if rng.random() < 0.5 else ["<table>", *html, "</table>"]
        )
    return "\n".join(lines)


# --- 6. headings renamed or misnumbered -----------------------------------------------------------


def renamed_headings(blocks: list[Block], rng: random.Random) -> list[Block]:
    """One or two section headings misprinted: the number of the one before (two 二、), no number, a
    variant title (四、因政府信息公开工作被申请行政复议、提起行政诉讼情况), or （四） for 四、."""
    spots = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.text[:1] in NUMERALS and b.text[1:2] == "、"]
    out = list(blocks)
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 2))):
        numeral, title = blocks[i].text[0], blocks[i].text[2:]
        how = rng.choice(("repeated", "unnumbered", "variant", "bracketed"))
        if how == "repeated" and numeral != NUMERALS[0]:
            text = f"{NUMERALS[NUMERALS.index(numeral) - 1]}、{title}"
        elif how == "variant" and title in VARIANT_TITLES:
            text = f"{numeral}、{rng.choice(VARIANT_TITLES[title])}"
        elif how == "bracketed":
            text = f"（{numeral}）{title}"
        else:
            text = title
        out[i] = replace(blocks[i], text=text)
    return out


RUN_ON_MARKS = ("：", "。", " ", "")  # between a heading and its text printed on its line
NOTHING_SAID = ("无。", "暂无。")  # (a bare 无 glued to the signature's name after it would read as its first word)


def run_on_headings(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The last section heading and up to two others printed with their text on the same line
    (`六、其他需要报告的事项：无。`, `三、收到和处理政府信息公开申请情况 2022年，…`); the last section's text may
    be only that there is nothing to report, glued to its heading (`六、其他需要报告的事项无`)."""
    spots = [
        i for i, b in enumerate(blocks[:-1]) if b.kind == "heading" and blocks[i + 1].kind == "paragraph" and b.text
    ]
    out = list(blocks)
    chosen = {*spots[-1:], *rng.sample(spots, min(len(spots), rng.randint(0, 2)))}
    for i in sorted(chosen, reverse=True):
        said = blocks[i + 1].text
        if i == spots[-1] and rng.random() < 0.5:
            said = rng.choice(NOTHING_SAID)
        mark = rng.choice(RUN_ON_MARKS)
        out[i : i + 2] = [replace(blocks[i], text=blocks[i].text + mark + said)]
    return out


# A report's own way of numbering its sections, for all six: 1、, 1., 1. (a typed list), 1．, 第一部分, 一．, （一）.
HEADING_NUMBERS = ("{n}、", "{n}.", "{n}. ", "{n}．", "第{c}部分 ", "第{c}部分：", "{c}．", "（{c}）")
_ROW_NUMBER = re.compile(r"^(\d{1,2})[.、](?=\S)")


def heading_numbers(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Every section heading numbered in one style other than 四、: `3. 收到和处理政府信息公开申请情况`,
    `第三部分：…`, `（三）…`."""
    style = rng.choice(HEADING_NUMBERS)
    out = []
    for b in blocks:
        if b.kind == "heading" and b.text[:1] in NUMERALS and b.text[1:2] == "、":
            n = NUMERALS.index(b.text[0]) + 1
            b = replace(b, text=style.format(n=n, c=b.text[0]) + b.text[2:])
        out.append(b)
    return out


# A row's number as a list is typed: a space (or two, or a tab) after its point, or closed by a bracket.
ROW_NUMBERS = ("{n}. ", "{n}.  ", "{n}.\t", "{n}、 ", "{n}）", "{n})")


def row_numbers(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Row labels numbered as a list is typed: `1. 属于国家秘密`, `2、 重复申请`, `1）属于国家秘密`."""
    style = rng.choice(ROW_NUMBERS)

    def renumber(col: int, cell: GridCell) -> GridCell:
        if cell.role == "label" and cell.text:
            return replace(cell, text=_ROW_NUMBER.sub(lambda m: style.format(n=m.group(1)), cell.text))
        return cell

    return _map_cells(blocks, renumber)


# --- 7. the signature in the forms it is printed in ---------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"
CMS_FOOTER = (
    "【打印本页】 【关闭窗口】",
    "主办：{agency}办公室  技术支持：信息中心",
    "网站标识码：5100000012  ICP备案号：蜀ICP备05003304号",
)


def _cn_date(text: str, rng: random.Random) -> str:
    """2023年1月7日 → 二〇二三年一月七日, with one of the characters printed for zero."""
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    if m is None:
        return text
    zero = rng.choice("〇○零")
    year = "".join(zero if c == "0" else _CN_DIGITS[int(c)] for c in m[1])
    return f"{year}年{cn_numeral(int(m[2]))}月{cn_numeral(int(m[3]))}日"


_WRITTEN_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")  # a signature's date as a report is written


def signature_forms(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The agency and date that sign the report, as some print them: the date in Chinese numerals
    (二〇二三年一月七日) or spaced (2023 年 1 月 7 日), both on one line, run onto the last sentence,
    followed by attachments, or followed by a website's footer — on the date's own line too, where a
    page's text runs its lines together, the date's 日 then sometimes cut off (2023年1月7 【打印本页】…);
    or the agency with where its seal goes (XX局（盖章）)."""
    at = [i for i, b in enumerate(blocks) if b.kind == "signature"]
    if len(at) != 2:
        return blocks
    at.sort(key=lambda i: _WRITTEN_DATE.fullmatch(blocks[i].text) is not None)  # the agency's, then the date's
    out = list(blocks)
    agency, signed = blocks[at[0]].text, blocks[at[1]].text
    how = rng.choice(("chinese", "spaced", "one_line", "run_on", "attachments", "footer", "inline_footer", "seal"))
    if how == "seal":
        out[at[0]] = replace(blocks[at[0]], text=f"{agency}（{rng.choice(('盖章', '印章', '公章'))}）")
    elif how == "chinese":
        out[at[1]] = replace(blocks[at[1]], text=_cn_date(signed, rng))
    elif how == "spaced":
        out[at[1]] = replace(blocks[at[1]], text=re.sub(r"(?<=\d)(?=[年月日])|(?<=[年月])(?=\d)", " ", signed))
    elif how == "one_line":
        out[at[0]] = replace(blocks[at[0]], text=f"{agency}{rng.choice(('  ', ' ', ''))}{signed}")
        del out[at[1]]
    elif how == "run_on" and at[0] > 0 and blocks[at[0] - 1].kind == "paragraph":
        last = blocks[at[0] - 1]
        out[at[0] - 1] = replace(last, text=f"{last.text}{agency}{rng.choice((' ', ''))}{signed}")
        del out[at[0] : at[1] + 1]
    elif how == "attachments":
        out.insert(at[1] + 1, Block("paragraph", "附件：政府信息公开申请办理情况说明"))
    elif how == "footer":
        pos = len(out) if not any(b.kind == "grid" for b in out[at[1] :]) else at[1] + 1
        out[pos:pos] = [Block("paragraph", line.format(agency=agency)) for line in CMS_FOOTER]
    elif how == "inline_footer":
        date = signed.removesuffix("日") if rng.random() < 0.5 else signed
        footer = " ".join(line.format(agency=agency) for line in CMS_FOOTER)
        out[at[1]] = replace(blocks[at[1]], text=f"{date} {footer}")
    return out


def signature_dates(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """The signature's date in the forms some print it: in digits (2023-01-07, 2023.1.7, 2023/01/07),
    with a zero before a month or day (2023年01月07日), January as 元月 (2023年元月7日), the day's 号
    for 日 (2023年1月7号), with spaces or ideographic spaces around its numbers (2023　年　1　月　7　日);
    under the agency's name, after it on its line, or alone where the page names the agency elsewhere (its title);
    perhaps followed by a page footer that prints the page's own date, the report's published one
    (发布时间：2023-01-09 10:00)."""
    at = [i for i, b in enumerate(blocks) if b.kind == "signature"]
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", blocks[at[-1]].text) if len(at) == 2 else None
    if m is None:
        return blocks
    y, mo, d = m[1], int(m[2]), int(m[3])
    how = rng.choice(("digits", "padded", "spaced"))
    if how == "digits":
        sep = rng.choice("-./")
        signed = f"{y}{sep}{mo:02d}{sep}{d:02d}" if rng.random() < 0.5 else f"{y}{sep}{mo}{sep}{d}"
    elif how == "padded":
        signed = f"{y}年{mo:02d}月{d:02d}日"
    else:
        space = rng.choice((" ", "\u3000"))
        signed = space.join((y, "年", str(mo), "月", str(d), "日"))
    if mo == 1 and how != "digits" and rng.random() < 0.5:
        signed = re.sub(r"0?1(\s*月)", r"元\1", signed, count=1)  # January as 元月
    if how != "digits" and rng.random() < 0.25:
        signed = signed.removesuffix("日") + "号"  # the day's 号 for 日, as it is spoken
    out = list(blocks)
    agency = blocks[at[0]].text
    where, pos = rng.random(), at[0] + 2
    if where < 0.5:
        out[at[1]] = replace(blocks[at[1]], text=signed)
        if where < 0.15 and any(b.kind == "title" and agency in b.text for b in blocks):
            del out[at[0]]
            pos -= 1
    else:
        out[at[0]] = replace(blocks[at[0]], text=f"{agency}{rng.choice((' ', '  '))}{signed}")
        del out[at[1]]
    if rng.random() < 0.5 and meta.published:
        pos = len(out) if not any(b.kind == "grid" for b in out[at[0] :]) else pos
        out.insert(pos, Block("paragraph", f"发布时间：{meta.published} 10:00"))
    return out


# --- 8. the title in the forms it is printed in ---------------------------------------------------


# Reports a page links to beside the one it shows: (mark, agency, year offset).
OTHER_REPORTS = (
    ("· ", "莆田市城厢区人民政府", -1),
    ("", "宁德市交通运输局", 0),
    ("上一篇：", "三明市永安市人民政府", 1),
)


_PLACE = re.compile(r".+?(?:[省市县区旗]|街道)")  # the place an agency's name begins with (XX县 of XX县财政局)


def title_forms(blocks: list[Block], rng: random.Random) -> list[Block]:
    """The report's title as pages and converters print it: the agency on a line of its own above the
    rest, no agency at all (the signature names it), a site's breadcrumb before it, letter-spaced, worded
    as a letter's (…关于2021年政府信息公开工作情况的报告, …关于XX县2021年…), its year after the report's name
    (or as a 年报: …政府信息公开年报（2021年度）, or bracketed before it: 【2021年】…), worded otherwise
    (…工作的年度报告, …工作年报, 政务公开工作年度报告), published as a notice
    (关于XX局2021年政府信息公开工作年度报告的公告), an opening sentence that names the report again
    (…要求，现向社会公布本机关…), or a sidebar before it listing other years' and agencies' reports; and, in
    any of them, an opening sentence that cites the notice it was written under by a name that holds a
    report's name and year."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    agency = next((b.text for b in blocks if b.kind == "signature"), "")
    if at is None or not agency or not blocks[at].text.startswith(agency):
        return blocks
    rest = blocks[at].text[len(agency) :]
    out = list(blocks)
    how = rng.choice(
        (
            "agency_above",
            "no_agency",
            "breadcrumb",
            "letter_spaced",
            "announced",
            "links",
            "about",
            "year_after",
            "notice",
            "annual",
            "bracketed_year",
            "worded",
        )
    )
    year = re.search(r"\d{4}", rest)
    if year and rng.random() < 0.5:  # the notice it was written under, by a name that holds a report's name and year
        first = next((i for i, b in enumerate(out) if b.kind == "paragraph"), None)
        if first is not None:
            notice = f"福建省人民政府办公厅关于做好{year.group()}年政府信息公开工作年度报告编制发布有关事项的通知"
            out[first] = replace(out[first], text=f"根据《{notice}》要求，编制本报告。{out[first].text}")
    if how == "links" and year:  # a sidebar naming other years' and agencies' reports, before the title
        y = int(year.group())
        links = [f"{mark}{name}{y + dy}年政府信息公开工作年度报告" for mark, name, dy in OTHER_REPORTS]
        out[at:at] = [Block("paragraph", line) for line in ("相关文章", *links)]
    elif how == "agency_above":
        out[at : at + 1] = [Block("title", agency), Block("title", rest)]
    elif how == "no_agency":
        out[at] = replace(blocks[at], text=rest)
    elif how == "breadcrumb":
        out.insert(at, Block("paragraph", "当前位置：首页 > 政府信息公开 > 政府信息公开年报"))
    elif how == "letter_spaced":
        out[at] = replace(blocks[at], text=" ".join(agency) + " " + rest)
    elif how == "year_after" and year:  # …政府信息公开工作年度报告（2021年）, …政府信息公开工作2021年度报告
        after = rng.choice((f"年度报告（{year.group()}年）", f"{year.group()}年度报告"))
        out[at] = replace(blocks[at], text=f"{agency}政府信息公开工作{after}")
    elif how == "notice":  # 关于XX局2021年政府信息公开工作年度报告的公告
        out[at] = replace(blocks[at], text=f"关于{blocks[at].text}的{rng.choice(('公告', '通知'))}")
    elif how == "annual" and year:  # XX局政府信息公开年报（2021年度）
        out[at] = replace(blocks[at], text=f"{agency}政府信息公开年报（{year.group()}年度）")
    elif how == "bracketed_year" and year:  # 【2021年】XX局政府信息公开工作年度报告
        out[at] = replace(blocks[at], text=f"【{year.group()}年】{agency}{rest.replace(year.group() + '年', '', 1)}")
    elif how == "worded" and year:  # …关于2021年度政府信息公开工作的年度报告, …工作年报, 政务公开工作年度报告
        printed = year.group()
        worded = (
            f"关于{printed}年度政府信息公开工作的年度报告",
            f"{printed}年政府信息公开工作年报",
            f"{printed}年度政务公开工作年度报告",
        )
        out[at] = replace(blocks[at], text=agency + rng.choice(worded))
    elif how == "about" and year:  # a letter's title: 关于2021年政府信息公开工作情况的报告, or 关于XX县2021年…
        place = _PLACE.match(agency)
        letters = (
            f"关于{year.group()}年政府信息公开工作情况的报告",
            f"关于{year.group()}年政府信息公开工作的报告",
            *([f"关于{place.group()}{year.group()}年政府信息公开工作年度报告"] if place else []),
        )
        out[at] = replace(blocks[at], text=agency + rng.choice(letters))
    else:
        first = next((i for i, b in enumerate(out) if b.kind == "paragraph"), None)
        if first is not None:
            lead = f"根据《中华人民共和国政府信息公开条例》要求，现向社会公布{agency}{rest}。"
            out[first] = replace(out[first], text=lead + out[first].text)
    return out


# --- 9. the page around the report: a CMS's metadata, header, links and footer --------------------

# Fields of a 信息公开目录 that hold neither a date nor the publishing body, as sites fill them.
CATALOG_FIELDS = (
    ("索引号", "11350100MB0123456X/{year}-00012"),
    ("主题分类", "政务公开"),
    ("文号", "无"),
    ("有效性", "有效"),
    ("公开方式", "主动公开"),
    ("公开范围", "面向社会"),
    ("组配分类", "政府信息公开年报"),
    ("体裁分类", "报告"),
    ("关键词", "政府信息公开 年度报告"),
)
# What a page names as its publisher: a body other than the one that reports, never the report's agency.
PAGE_PUBLISHERS = ("{agency}办公室", "宁德市大数据管理局", "政务公开办公室")
PAGE_FOOTER_LINES = (
    "主办单位：{publisher}  承办单位：信息中心",
    "网站标识码：3509000001  闽ICP备05003304号-1  闽公网安备 35090202000123号",
    "联系我们 | 网站地图 | 技术支持：福建某某信息技术有限公司",
)


def _printed_date(iso: str, rng: random.Random) -> str:
    """2023-01-07 as a page prints it: 2023-01-07, 2023/1/7, 2023年01月07日 or 2023年1月7日."""
    y, m, d = (int(x) for x in iso.split("-"))
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月{d}日"))


def _shifted(iso: str, days: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _catalog(meta: Meta, title: str, publisher: str, rng: random.Random) -> list[Block]:
    """A 信息公开目录 before the article: the published date under one of its labels (发布日期, 公开日期, or
    生成日期 alone), perhaps a 成文日期 (the signature's), an earlier 生成日期, the publisher (under 信息来源
    only when it is another body), the title and some other fields, in one of the shapes pages print it."""
    published = meta.published or ""
    pub_label = rng.choice(("发布日期", "公开日期", "生成日期"))
    fields = [(label, value.format(year=published[:4])) for label, value in rng.sample(CATALOG_FIELDS, 4)]
    labels = ("发布机构", "所属机构", "发文机关") + (("信息来源",) if publisher != meta.agency else ())
    fields += [(rng.choice(labels), publisher), (pub_label, published)]
    if meta.signed and rng.random() < 0.6:
        fields.append((rng.choice(("成文日期", "印发日期")), meta.signed))
    if pub_label != "生成日期" and rng.random() < 0.5:
        fields.append(("生成日期", _shifted(published, -rng.randint(1, 9))))
    fields.append((rng.choice(("名称", "标题")), title))
    rng.shuffle(fields)
    fields = [(label, _printed_date(v, rng) if "日期" in label else v) for label, v in fields]
    colon = rng.choice(("：", ":", "： "))
    shape = rng.choice(("lines", "cells", "pipes", "pairs", "glued", "grid"))
    if shape == "grid":
        pairs = [fields[i : i + 2] for i in range(0, len(fields), 2)]
        rows = tuple(tuple(GridCell(t) for f in pair for t in f) for pair in pairs)
        return [Block("grid", grid=Grid("page", 4, rows))]
    if shape == "lines":
        return [Block("paragraph", f"{label}{colon}{v}") for label, v in fields]
    if shape == "cells":
        return [Block("paragraph", t) for f in fields for t in f]
    printed = [f"{label}{colon}{v}" for label, v in fields]
    if shape == "pipes":
        width = rng.choice((99, 99, 4, 6))  # a narrow column wraps the publisher's name over lines
        rows_of = [[t for f in fields[i : i + 2] for t in f] for i in range(0, len(fields), 2)]
        return [Block("paragraph", line) for row in rows_of for line in _narrow_pipe_row(row, publisher, width)]
    if shape == "pairs":
        return [Block("paragraph", "  ".join(printed[i : i + 2])) for i in range(0, len(printed), 2)]
    return [Block("paragraph", rng.choice((" ", "  ", "")).join(printed))]


def _narrow_pipe_row(cells: list[str], name: str, width: int) -> list[str]:
    """A `|` row whose cell `name` wraps where longer than `width`, as a narrow column's text prints it: each
    line the next `width` characters of it, the other cells on the first (`| 发文机关 | 宁德市蕉 | 发布日期 |
    2023-01-07 |`, then `|  | 城区人民 |  |  |`)."""
    parts = wrap_text(name, width) if name in cells else [""]
    return [
        "| " + " | ".join(part if c == name else c * (k == 0) for c in cells) + " |" for k, part in enumerate(parts)
    ]


def _article_header(meta: Meta, publisher: str, rng: random.Random) -> list[Block]:
    """The line under an article's title: its published date in one of the forms CMSs print, with the
    source, a view count, the font-size and print links; perhaps a share bar."""
    printed = _printed_date(meta.published or "", rng)
    line = rng.choice(
        (
            f"发布时间：{printed} 10:23:41 来源：{publisher} 浏览次数：123 字体：[大 中 小] 【打印】【关闭】",
            f"[ {printed} ]",
            f"日期：{printed}",
            f"时间：{printed}",
            f"{printed} 来源：{publisher}",
            f"作者：张明 发布时间：{printed} 来源：{publisher}",
            f"信息来源：{publisher} 发布日期：{printed} 【字体：大 中 小】",
        )
    )
    out = [Block("paragraph", line)]
    if rng.random() < 0.4:
        out.append(
            Block("paragraph", rng.choice(("【字体：大 中 小】", "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页")))
        )
    return out


def _page_end(meta: Meta, publisher: str, rng: random.Random) -> list[Block]:
    """What a page prints after the article: attachments to download, 上一篇/下一篇 with other reports'
    titles and dates, a related-links list, a share bar, the site's footer — some of them."""
    year, published = meta.year or 2020, meta.published or ""
    others = [
        (f"{name}{year + dy}年政府信息公开工作年度报告", _printed_date(_shifted(published, 30 * dy - 3), rng))
        for _, name, dy in OTHER_REPORTS
    ]
    parts = {
        "attachments": ["附件下载：", f"1.{meta.agency or ''}{year}年度政府信息公开工作年度报告.pdf"],
        "neighbours": [f"上一篇：{others[0][0]} {others[0][1]}", f"下一篇：{others[1][0]}"],
        "related": ["相关文章", *(f"· {title} {when}" for title, when in others)],
        "share": ["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页"],
        "footer": [line.format(publisher=publisher) for line in PAGE_FOOTER_LINES],
    }
    chosen = [k for k in parts if rng.random() < 0.6] or ["footer"]
    return [Block("paragraph", line) for k in chosen for line in parts[k]]


def page_metadata(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """The report as a government site's page prints it: a 信息公开目录 before the title, an article header
    after it (or both), the publisher another body than the reporting agency, and after the report the
    page's attachments, links to other reports, share bar and footer. Or the agency is the page's own
    publisher, named in its catalog only: the title and the signature leave it out. The published date
    the page prints is the record's."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if at is None or not meta.published:
        return blocks
    agency = meta.agency or ""
    how = rng.choice(("catalog", "header", "both", "own_catalog"))
    publisher = agency if how == "own_catalog" else rng.choice(PAGE_PUBLISHERS).format(agency=agency)
    if how == "own_catalog" and agency and blocks[at].text.startswith(agency):
        title = replace(blocks[at], text=blocks[at].text[len(agency) :])
        blocks = [title if i == at else b for i, b in enumerate(blocks) if b.kind != "signature" or b.text != agency]
    head = _catalog(meta, blocks[at].text, publisher, rng) if how != "header" else []
    under = _article_header(meta, publisher, rng) if how != "catalog" else []
    page_title = [blocks[at]] if head else []  # the page's own title before its catalog, as layouts print one
    return [*blocks[:at], *page_title, *head, blocks[at], *under, *blocks[at + 1 :], *_page_end(meta, publisher, rng)]


SITE_HEADERS = (
    ("{agency}门户网站", "首页 | 政务公开 | 政务服务 | 互动交流 | 走进{place}"),
    ("{agency}", "网站首页 政府信息公开 公开指南 公开目录 公开年报 依申请公开"),
)
BREADCRUMBS = (
    "当前位置：首页 > 政府信息公开 > 政府信息公开年报",
    "您当前的位置：首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报",
    "首页 > 信息公开 > 年度报告",
)
# A site's footer as crawled pages print it, any line of it first: its ICP number, its 联系我们 links.
SITE_FOOTER_LINES = (*PAGE_FOOTER_LINES, "闽ICP备05003304号-1  版权所有：{publisher}")
ATTACHMENT_LISTS = (("附件：", "{title}统计表.xls"), ("相关链接", "· 政府信息公开指南", "· 依申请公开"))


def _own_years(meta: Meta, rng: random.Random) -> list[Block]:
    """A sidebar of the body's own reports of other years: `{agency}2019年政府信息公开工作年度报告`, …"""
    year = meta.year or 2020
    years = sorted({year - k for k in rng.sample(range(1, 5), rng.randint(2, 3))}, reverse=True)
    head, mark = rng.choice(("往年年报", "历年年报", "相关文章")), rng.choice(("· ", "• ", ""))
    titles = (f"{mark}{meta.agency or ''}{y}年政府信息公开工作年度报告" for y in years)
    return [Block("paragraph", t) for t in (head, *titles)]


def crawler_page(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """The report as a crawler saves a site's page: the site's header and a breadcrumb before it, perhaps
    a list of the body's reports of other years beside it, and the site's footer after it (主办单位,
    ICP备, 网站标识码, 版权所有, 联系我们); what the report appends after its signature (the 统计表) now and
    then printed after that footer, or after an 附件：/相关链接 list."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if at is None:
        return blocks
    agency = meta.agency or ""
    place = agency.removesuffix("人民政府") or agency
    site = [line.format(agency=agency, place=place) for line in rng.choice(SITE_HEADERS)]
    head = [Block("paragraph", t) for t in (*site, rng.choice(BREADCRUMBS))]
    signed = max((i for i, b in enumerate(blocks) if b.kind == "signature"), default=len(blocks) - 1)
    report, appended = blocks[at:], []
    if signed + 1 < len(blocks) and rng.random() < 0.7:
        report, appended = blocks[at : signed + 1], blocks[signed + 1 :]
    footer = [line.format(publisher=f"{agency}办公室") for line in SITE_FOOTER_LINES]
    tail = [Block("paragraph", t) for t in rng.sample(footer, rng.randint(2, len(footer)))]
    how = rng.choice(("after_footer", "after_list", "beside"))
    if how == "after_list" and appended:
        name = blocks[at].text.removesuffix(REPORT_NAME)
        tail = [Block("paragraph", t.format(title=name)) for t in rng.choice(ATTACHMENT_LISTS)] + appended + tail
    else:
        tail += appended
    side = _own_years(meta, rng) if how == "beside" or rng.random() < 0.3 else []
    before_title = rng.random() < 0.5
    return [
        *blocks[: at + 1],  # the page's own title, as layouts print one, before the site's header
        *head,
        *(side if before_title else []),
        *report,
        *([] if before_title else side),
        *tail,
    ]


SAVED_MARKUP = ("webform", "article", "both")
# An ASP.NET page's form, which holds the whole page, and the search box a site's pages carry inside it
_WEBFORM = (
    '<form name="form1" method="post" action="./content.aspx?id=20230118" id="form1">\n'
    '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE"'
    ' value="/wEPDwUKMTY1NDU2MTA1Mg9kFgICAw9kFgI=" /></div>\n'
    '<div class="search"><input type="text" name="q" placeholder="请输入关键词" />'
    '<button type="submit">搜索</button></div>\n'
)
_SITE_TOP = (
    '<header class="site"><div class="logo">政府门户网站</div><div>无障碍浏览 | 长者模式</div></header>\n'
    '<nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></nav>\n'
)
_SITE_BOTTOM = "<footer><p>版权所有：政府办公室</p><p>网站标识码：3501000001 闽ICP备05003304号-1</p></footer>\n"
_H1 = re.compile(r"<h1>.*?</h1>\n(?:<p>[^<\n]*发布[^<\n]*</p>\n)?")  # the title, and a published line under it


def saved_markup(text: str, rng: random.Random) -> str:
    """An HTML page as a site's CMS serves it: all of its body inside an ASP.NET `<form>` (with its hidden
    state and a search box), or the report in `<main><article>` with its title (and a published line under it)
    in the article's own `<header>`, between the site's `<header>`, `<nav>` and `<footer>`; or both. Other
    layouts as they are."""
    start, end = text.find("<body>\n"), text.rfind("</body>")
    title = _H1.search(text, start)
    if start < 0 or end < 0 or title is None:
        return text
    how = rng.choice(SAVED_MARKUP)
    body = text[start + len("<body>\n") : end]
    if how != "webform":
        at, stop = title.start() - start - len("<body>\n"), title.end() - start - len("<body>\n")
        article = f"<main><article>\n<header>\n{body[at:stop]}</header>\n{body[stop:]}</article></main>\n"
        body = f"{_SITE_TOP}{body[:at]}{article}{_SITE_BOTTOM}"
    if how != "article":
        body = f"{_WEBFORM}{body}</form>\n"
    return f"{text[:start]}<body>\n{body}{text[end:]}"


def _without_agency(blocks: list[Block], agency: str) -> list[Block]:
    """The blocks with the agency taken out of the title and its signature line dropped: a page whose own
    catalog or meta tags name it."""
    out = []
    for b in blocks:
        if b.kind == "title" and agency and b.text.startswith(agency):
            b = replace(b, text=b.text[len(agency) :])
        elif b.kind == "signature" and b.text == agency:
            continue
        out.append(b)
    return out


def _published_forms(iso: str, rng: random.Random) -> str:
    """A published date as pages print it: 2023年01月07日 10:32, 2023/1/7, 二〇二三年一月七日 (〇, ○ or
    零 for zero), 2023 年 1 月 7 日."""
    y, m, d = (int(x) for x in iso.split("-"))
    return rng.choice(
        (
            f"{y}年{m:02d}月{d:02d}日 {rng.randint(8, 18)}:{rng.randint(0, 59):02d}",
            f"{y}/{m}/{d}",
            _cn_date(f"{y}年{m}月{d}日", rng),
            f"{y} 年 {m} 月 {d} 日",
        )
    )


PAGE_FORMS = ("glued_title", "glued_label", "markdown", "published", "agency_after", "meta_tags")


def page_forms(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """More of the forms a site's page prints the report's metadata in: its catalog glued by a crawler, its
    agency run into the title (所属机构：XX区人民政府2022年政府信息公开工作年度报告) or into the next label
    (发布机构：XX局发布日期：…); the catalog as a Markdown table (| 发布机构 | XX局 |); a 发布时间 under the
    title as 2023年01月07日 10:32, 2023/1/7, 二〇二三年一月七日 or 2023 年 1 月 7 日; the signature's agency
    after its date; or the page's meta tags (PubDate, ContentSource, ArticleTitle) naming what the page
    does not, its <title> the report's without the agency. The page's title and signature then leave the
    agency out where its catalog or tags name it; the tags are written in a saved page's head (html), and
    nowhere else. A page of its own: not one to wrap in `page_metadata`'s too."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    agency, published = meta.agency or "", meta.published or ""
    if at is None or not published or not agency or not blocks[at].text.startswith(agency):
        return blocks
    how = rng.choice(PAGE_FORMS)
    index = ("索引号", CATALOG_FIELDS[0][1].format(year=published[:4]))
    if how == "agency_after":
        signs = [i for i, b in enumerate(blocks) if b.kind == "signature"]
        if len(signs) != 2:
            return blocks
        out = list(blocks)
        out[signs[0]], out[signs[1]] = blocks[signs[1]], blocks[signs[0]]
        return out
    if how == "published":
        printed = _published_forms(published, rng)
        return [
            *blocks[: at + 1],
            Block("paragraph", f"{rng.choice(('发布时间', '发布日期'))}：{printed}"),
            *blocks[at + 1 :],
        ]
    own = _without_agency(blocks, agency)
    title = own[at]
    if how == "glued_title":
        label = rng.choice(("所属机构", "发布机构", "发文机关"))
        run = f"{index[0]}：{index[1]}发布日期：{_printed_date(published, rng)}{label}：{agency}{title.text}"
        return [*own[: at + 1], Block("paragraph", run), *own[at + 1 :]]  # after the page's own title
    if how == "glued_label":
        fields = [index, (rng.choice(("所属机构", "发布机构")), agency), ("发布日期", _printed_date(published, rng))]
        run = "".join(f"{label}：{value}" for label, value in fields)
        return [*own[: at + 1], Block("paragraph", run), title, *own[at + 1 :]]  # the page's title, its catalog
    if how == "markdown":
        fields = [index, ("发布机构", agency), ("发布日期", _printed_date(published, rng)), ("名称", title.text)]
        rows = ["| " + " | ".join(t for f in fields[i : i + 2] for t in f) + " |" for i in (0, 2)]
        table = "\n".join((rows[0], "| --- | --- | --- | --- |", rows[1]))
        return [*own[: at + 1], Block("paragraph", table), title, *own[at + 1 :]]
    tags = [("PubDate", published), ("ContentSource", agency)]
    if rng.random() < 0.5:
        tags.append(("ArticleTitle", blocks[at].text))
    head = [
        Block("meta", f"<title>{title.text}</title>"),
        *(Block("meta", f'<meta name="{n}" content="{v}">') for n, v in tags),
    ]
    return [*head, *own]


PDF_PAGE_FORMS = ("kin_links", "wrapped_title", "glued_year_after", "spaced_date")
KIN_PLACE = "城厢"  # a place another body of the same kind is of


def pdf_page_forms(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """A site's page as a PDF's text prints its metadata: a 相关链接 list, before the title or after the
    report, of reports by bodies whose names the agency's nearly is (its own 办公室, a body of its kind in
    another place), the title then perhaps without its agency; the title wrapped inside the agency's name
    (湾亭区人 / 民政府2022年…) under a catalog whose publisher is another body; the title only in a catalog run
    together, its year after the report's name (名称：XX区人民政府政府信息公开工作2022年度报告发布机构：…); the
    signature's date with a space after its year (2023 /1/17). The signature's agency sometimes left out."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    agency, published = meta.agency or "", meta.published or ""
    if at is None or not published or not agency or not blocks[at].text.startswith(agency) or meta.year is None:
        return blocks
    how = rng.choice(PDF_PAGE_FORMS)
    rest = blocks[at].text[len(agency) :]
    signs = [i for i, b in enumerate(blocks) if b.kind == "signature"]
    if how == "spaced_date":
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", blocks[signs[-1]].text) if signs else None
        if m is None:
            return blocks
        sep = rng.choice("/-.")
        return [
            replace(b, text=f"{m[1]} {sep}{m[2]}{sep}{m[3]}") if i == signs[-1] else b for i, b in enumerate(blocks)
        ]
    own = _without_agency(blocks, agency) if rng.random() < 0.5 else list(blocks)  # the signature names it or not
    publisher = rng.choice(("政务公开办公室", "莆田市人民政府", f"{agency[:2]}政务公开办"))
    printed = _printed_date(published, rng)
    if how == "kin_links":
        kin = (f"{agency}办公室", KIN_PLACE + agency[2:])
        mark = rng.choice(("· ", "• ", ""))
        links = [Block("paragraph", t) for t in ("相关链接", *(f"{mark}{k}{meta.year}年{REPORT_NAME}" for k in kin))]
        heading = replace(blocks[at], text=rest) if rng.random() < 0.5 else blocks[at]
        body = [heading, *own[at + 1 :]]
        return [*own[:at], *(links + body if rng.random() < 0.5 else body + links)]
    if how == "wrapped_title":
        k = rng.randint(1, len(agency) - 1)
        catalog = Block("paragraph", f"发布机构：{publisher}  发布日期：{printed}")
        cut = [Block("title", agency[:k]), Block("title", agency[k:] + rest)]
        return [*own[:at], catalog, *cut, *own[at + 1 :]]
    title = f"{agency}政府信息公开工作{meta.year}年度报告"
    run = rng.choice(
        (
            f"名称：{title}发布机构：{publisher}发布日期：{printed}",
            f"索引号：{CATALOG_FIELDS[0][1].format(year=published[:4])}发布日期：{printed}所属机构：{title}",
            f"标题：{title} 发布日期：{printed}",
        )
    )
    return [*own[:at], Block("paragraph", run), *own[at + 1 :]]


def traditional_words(text: str, rng: random.Random) -> str:
    """信息 printed 資訊 in a page in traditional characters, as some sites print it (政府資訊公開工作年度報告)."""
    return text.replace("信息", "資訊") if "公開" in text else text


# --- 10. the prose as real reports word it ----------------------------------------------------------

_RECEIVED = re.compile(r"^((?:19|20)\d{2})年，本机关新收(政府信息公开申请(\d+)件)")
_PROACTIVE = re.compile(r"^(?:19|20)\d{2}年，.*主动公开政府信息")
_NO_REVIEW = re.compile(r"^((?:19|20)\d{2}年，)因政府信息公开工作被申请行政复议0件。")
_REVIEW = re.compile(r"^((?:19|20)\d{2}年，)因政府信息公开工作被申请行政复议(\d+)件。")
# The rest of the applications' sentence, and how reports word each of its counts
_REST = re.compile(r"^，上年结转(\d+)件，办结(\d+)件，结转下年度继续办理(\d+)件。")
CARRIED_IN_SAID = (
    "上年结转{n}件",
    "上一年度结转申请{n}件",
    "从上年结转{n}件",
    "上年度结转至本年度的申请{n}件",
    "{last}年结转的申请{n}件",
    "{last}年度结转至本年度的申请{n}件",
)
ANSWERS_SAID = (
    "办结{n}件",
    "已按时办结{n}件",
    "共办理完毕{n}件",
    "依法答复{n}件",
    "共办理完成{n}件",
    "已办理完毕的{n}件",
)
CARRIED_FORWARD_SAID = (
    "结转下年度继续办理{n}件",
    "{n}件结转下年度办理",
    "另有{n}件顺延至下年度办理",
    "顺延至下一年度答复的{n}件",
    "结转至{next}年继续办理{n}件",
    "{n}件结转至{next}年继续办理",
    "结转下一年度继续办理的有{n}件",
    "转下一年度办理答复的有{n}件",
    "{year}年结转至下一年度的申请{n}件",
    "{year}年未办结的{n}件",
    "{year}年度未办结、结转到下一年度的申请{n}件",
    "结转至{next}年度继续办理的{n}件",
)
# A count of 行政复议 as reports say it, its count before the kind or after
REVIEW_SAID = (
    "因政府信息公开工作被申请行政复议{n}件",
    "本机关有{n}件涉及政府信息公开工作的行政复议",
    "全年发生{n}起因政府信息公开引发的行政复议",
)
# A count of 行政诉讼 in the sentence after 行政复议's, its topic that sentence's (涉及的…) or its section's heading's
LITIGATION_SAID = ("涉及的行政诉讼数为{n}件", "行政诉讼{n}件")
# None as reports say it, or none corrected (true where there were none)
NO_REVIEW_SAID = (
    "无因政府信息公开被申请行政复议的情况",
    "没有因政府信息公开申请行政复议的情况",
    "未发生因政府信息公开被行政复议纠错的情况",
)
# Counts of last year, another year, another body, or compared with last year's: none is the report's
_NOT_THE_YEARS = (
    "区公安分局因政府信息公开被申请行政复议{n}件。",
    "上年度予以公开{n}件。",
    "予以公开较上年增加{n}件。",
    "{last}年收到政府信息公开申请{n}件。",
    "区教育局予以公开{n}件，部分公开{m}件。",
    "{agency}所属单位因政府信息公开被申请行政复议{n}件。",
    "{agency}办公室受理政府信息公开申请{n}件。",
    "未收到上级转办的政府信息公开申请。",
    "无逾期答复政府信息公开申请的情况。",
    "全年有{n}件政府信息公开行政复议案件尚未审结。",
    "截至{next}年3月，现行有效规范性文件{n}件。",
    "现行有效规章和规范性文件共{n}件。",
    "全年共受理群众咨询{n}件，办结{m}件。",
)


# None corrected of either kind of case, said after the count of 行政复议 (true where table 四 corrected none)
NONE_CORRECTED_SAID = "未发生因依申请公开引发的行政复议和行政诉讼案件纠错情况"

# "No applications" as reports say it
NONE_SAID = (
    "未收到依申请公开事件",
    "未收到公民、法人或其他组织提出的政府信息公开申请",
    "未接到政府信息公开申请",
    "无政府信息公开申请",
)

# How a list of 主动公开 parts follows its total: a 其中 in other words, or words that say it is the whole
_LIST_OPENERS = ("。在主动公开的信息中，", "，包括", "，分为", "分别")


def narrative_phrasings(blocks: list[Block], meta: Meta, rng: random.Random) -> list[Block]:
    """The prose worded as real reports word it, none of it contradicting the tables: the count of
    applications after a numbered sub-heading run into its sentence (4.认真办理依申请公开2022年全区各级行政机关
    共受理政府信息公开申请213件, or 未收到依申请公开事件 and the like where there were none; a body not a
    government by its own name, in full or short: 市教育局共受理…), with counts of last year, another year or
    another body (the units under the report's, its office, applications referred from above) after it, or as a
    part of every kind's count (共受理各类申请130件，其中政府信息公开申请120件); last year's carried in by its year
    (2021年结转的申请2件) and the year's carried forward by its own (2022年未办结的1件); no 行政复议 said in words
    (无因政府信息公开被申请行政复议的情况, or none corrected), or 行政诉讼's count in the sentence after 行政复议's
    (涉及的行政诉讼数为1件, 行政诉讼1件) and none of either kind corrected where none was (未发生…行政复议和行政诉讼案件
    纠错情况); and a list of 主动公开 parts that adds up, opened by 在主动公开的信息中
    after its total's sentence, or said to be the whole (，包括…, ，分为…, ，其中政策文件类信息、规划计划类信息分别为…)
    — where no 统计表 counts 主动公开 otherwise (before 2019)."""
    counted = bool(meta.template and get_template(meta.template).indicators)
    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.kind != "paragraph":
            continue
        if m := _RECEIVED.match(b.text):
            year = int(m.group(1))
            agency = meta.agency or ""
            names = ["全区各级行政机关"]
            if agency and not agency.endswith("政府"):
                names = [agency, agency[agency.find("市") :]] if "市" in agency else [agency]
            none = m.group(2).endswith("申请0件") and rng.random() < 0.5
            count = rng.choice(NONE_SAID) if none else f"共受理{m.group(2)}"
            if not none and rng.random() < 0.2:  # the report's kind, a part of every kind's count
                count = f"共受理各类申请{int(m.group(3)) + rng.randint(1, 30)}件，其中{m.group(2)}"
            lead = f"{rng.randint(1, 6)}.认真办理依申请公开{year}年{rng.choice(names)}{count}"
            looks = [t for t in _NOT_THE_YEARS if agency or "{agency}" not in t]
            said = [
                t.format(n=rng.randint(1, 999), m=rng.randint(1, 99), last=year - 1, next=year + 1, agency=agency)
                for t in rng.sample(looks, 2)
            ]
            out[i] = replace(b, text=lead + _reworded(b.text[m.end() :], year, rng) + "".join(said))
        elif m := _NO_REVIEW.match(b.text):
            out[i] = replace(b, text=f"{m.group(1)}{rng.choice(NO_REVIEW_SAID)}。{b.text[m.end() :]}")
        elif m := _REVIEW.match(b.text):
            review = rng.choice(REVIEW_SAID).format(n=m.group(2))
            if (suits := _litigation(blocks, meta)) is not None and rng.random() < 0.5:
                review += f"。{rng.choice(LITIGATION_SAID).format(n=suits)}"
            if _corrected(blocks, meta) == 0 and rng.random() < 0.5:
                review += f"。{NONE_CORRECTED_SAID}"
            out[i] = replace(b, text=f"{m.group(1)}{review}。{b.text[m.end() :]}")
        elif _PROACTIVE.match(b.text) and not counted:
            parts = [rng.randint(0, 500) for _ in range(rng.randint(2, 4))]
            opener = rng.choice(_LIST_OPENERS)
            rest = ["其他"] if opener == _LIST_OPENERS[0] else ["规划计划"]  # a 其中 list whole for its 其他
            kinds = [f"{k}类信息" for k in [*("政策文件", "工作动态", "机构职能")[: len(parts) - 1], *rest]]
            if opener == "分别":
                listed = f"，其中{'、'.join(kinds)}分别为{'、'.join(f'{n}条' for n in parts)}"
            else:
                listed = opener + "，".join(f"{k}{n}条" for k, n in zip(kinds, parts, strict=True))
            out[i] = replace(b, text=f"{b.text}全年主动公开政府信息{sum(parts)}条{listed}。")
    return out


def _litigation(blocks: list[Block], meta: Meta) -> int | None:
    """The count of 行政诉讼 the tables print, the sum of the template's cells for it; None where one is no number."""
    stated = get_template(meta.template).stated if meta.template else ()
    return _printed_sum(blocks, next((s.cells for s in stated if s.quantity == "litigation"), ()))


def _corrected(blocks: list[Block], meta: Meta) -> int | None:
    """The count of cases corrected (结果纠正) the tables print, of every kind; None where one is no number."""
    cells = get_template(meta.template).cell_ids if meta.template else ()
    return _printed_sum(blocks, [c for c in cells if c.endswith(".corrected")])


def _printed_sum(blocks: list[Block], cells: Collection[str]) -> int | None:
    """The sum of what the tables print in `cells`; None where there are none or one is no number."""
    printed = {c.cell_id: c.text for b in blocks if b.grid for row in b.grid.rows for c in row if c.cell_id in cells}
    if not cells or any(not printed.get(c, "").isdecimal() for c in cells):
        return None
    return sum(int(printed[c]) for c in cells)


def _reworded(rest: str, year: int, rng: random.Random) -> str:
    """The applications' sentence after its count received, each count worded as reports word it:
    `，上一年度结转申请2件，已按时办结20件，另有1件顺延至下年度办理。`."""
    m = _REST.match(rest)
    if m is None:
        return rest
    carried_in, answers, carried_forward = (
        rng.choice(forms).format(n=n, next=year + 1, last=year - 1, year=year)
        for forms, n in zip((CARRIED_IN_SAID, ANSWERS_SAID, CARRIED_FORWARD_SAID), m.groups(), strict=True)
    )
    return f"，{carried_in}，{answers}，{carried_forward}。{rest[m.end() :]}"


NOISE: dict[str, Noise] = {
    "spaced_cells": Noise(blocks=spaced_cells),
    "split_numbers": Noise(blocks=split_numbers),
    "wide_spaces": Noise(text=wide_spaces),
    "counted_cells": Noise(blocks=counted_cells),
    "spaced_thousands": Noise(blocks=spaced_thousands),
    "empty_cells": Noise(blocks=empty_cells),
    "blank_marks": Noise(blocks=blank_marks),
    "blank_words": Noise(blocks=blank_words),
    "word_cells": Noise(blocks=word_cells),
    "full_stops": Noise(blocks=full_stops),
    "columns_apart": Noise(text=columns_apart),
    "collapsed_spaces": Noise(text=collapsed_spaces),
    "white_lines_dropped": Noise(text=white_lines_dropped, stage=SAVED),
    "tab_rows": Noise(text=tab_rows),
    "aligned_columns": Noise(blocks=aligned_columns),
    "wrapped_names": Noise(blocks=wrapped_names),
    "by_columns": Noise(blocks=by_columns),
    "wrapped_rows": Noise(text=wrapped_rows),
    "glued_headings": Noise(blocks=glued_headings),
    "stated_counts": Noise(page=stated_counts),
    "broken_headers": Noise(blocks=broken_headers),
    "statistics_on_one_line": Noise(blocks=_numbered_statistics, text=_statistics_on_one_line),
    "statistics_columns": Noise(blocks=statistics_columns),
    "remarks_column": Noise(blocks=remarks_column),
    "statistics_headers": Noise(blocks=statistics_headers),
    "notes_below": Noise(text=notes_below),
    "bare_headings": Noise(blocks=bare_headings),
    "units_in_labels": Noise(blocks=units_in_labels),
    "counted_statistics": Noise(blocks=counted_statistics),
    "loose_cells": Noise(text=loose_cells),
    "dispersed_labels": Noise(text=dispersed_labels),
    "lost_rows": Noise(text=lost_rows),
    "cell_breaks": Noise(text=cell_breaks),
    "table_headings": Noise(text=table_headings),
    "reordered_columns": Noise(text=reordered_columns, stage=PRINTED),
    "total_first": Noise(blocks=total_first),
    "reordered_applicants": Noise(blocks=reordered_applicants),
    "spanned_applicants": Noise(blocks=spanned_applicants, text=spanned_header_lines),
    "stacked_groups": Noise(blocks=stacked_groups),
    "page_footers": Noise(text=page_footers),
    "repeated_headers": Noise(blocks=repeated_headers),
    "cell_notes": Noise(text=cell_notes),
    "cell_words": Noise(text=cell_words),
    "windows_breaks": Noise(text=windows_breaks, stage=SAVED),
    "double_spaced": Noise(text=double_spaced, stage=SAVED),
    "trailing_spaces": Noise(text=trailing_spaces),
    "markdown_marks": Noise(text=markdown_marks),
    "folded_lines": Noise(text=folded_lines, stage=SAVED),
    "char_references": Noise(text=char_references, stage=SAVED),
    "lines_run_together": Noise(text=lines_run_together, stage=SAVED),
    "lines_spaced_together": Noise(text=lines_spaced_together, stage=SAVED),
    "ocr_letters": Noise(text=ocr_letters),
    "placeholder_headers": Noise(text=placeholder_headers),
    "html_tables": Noise(text=html_tables),
    "renamed_headings": Noise(blocks=renamed_headings),
    "run_on_headings": Noise(blocks=run_on_headings),
    "heading_numbers": Noise(blocks=heading_numbers),
    "row_numbers": Noise(blocks=row_numbers),
    "signature_forms": Noise(blocks=signature_forms),
    "signature_dates": Noise(page=signature_dates),
    "title_forms": Noise(blocks=title_forms),
    "page_metadata": Noise(page=page_metadata),
    "crawler_page": Noise(page=crawler_page),
    "saved_markup": Noise(text=saved_markup),
    "page_forms": Noise(page=page_forms, text=traditional_words),
    "pdf_page_forms": Noise(page=pdf_page_forms),
    "narrative_phrasings": Noise(page=narrative_phrasings),
    "prose_after_statistics": Noise(page=prose_after_statistics),
}
NOISY_LAYOUTS = (*LAYOUTS, "md")  # and Markdown, as PDF converters write it


def write_noisy(record: Record, layout: str, noise: Sequence[str], seed: int = 0) -> bytes | str:
    """The report in `layout` (one of NOISY_LAYOUTS) damaged by each named noise (keys of NOISE) in
    turn. Raises ValueError for an unknown layout or noise."""
    unknown = [n for n in noise if n not in NOISE]
    if unknown or layout not in NOISY_LAYOUTS:
        raise ValueError(f"unknown layout or noise: {', '.join(unknown or [layout])}")
    blocks = build_blocks(record)
    for name in noise:
        if (op := NOISE[name].blocks) is not None:
            blocks = op(blocks, random.Random(f"{name}:{seed}"))
        if (page := NOISE[name].page) is not None:
            blocks = page(blocks, record.meta, random.Random(f"{name}:{seed}"))
    tags = "".join(b.text + "\n" for b in blocks if b.kind == "meta")  # a page's meta tags: in an HTML head only
    blocks = [b for b in blocks if b.kind != "meta"]
    if layout == "md":
        from . import render_blocks  # the package imports the layouts' users, not the reverse

        out = render_blocks(blocks, "md")
    else:
        out = write_layout(record, layout, seed, blocks)
    if tags and layout == "html" and isinstance(out, str):  # a <title> among them is the page's
        if "<title>" in tags:
            out = re.sub(r"<title>.*?</title>\n", "", out, count=1)
        out = out.replace('<meta charset="utf-8">\n', '<meta charset="utf-8">\n' + tags, 1)
    for name in sorted(noise, key=lambda n: NOISE[n].stage):
        if (text_op := NOISE[name].text) is not None and isinstance(out, str):
            out = text_op(out, random.Random(f"{name}:text:{seed}"))
    return out


__all__ = [
    "NOISE",
    "NOISY_LAYOUTS",
    "Noise",
    "last_year_statistics",
    "reprinted_statistics",
    "unfilled_cumulative",
    "write_noisy",
]
