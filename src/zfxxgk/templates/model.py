"""The vocabulary a statutory format is written in: sections, tables, rows, columns, identities.

Everything here is plain frozen data. The formats themselves are declared in the sibling modules
(`pre2019`, `f2019`, `f2021`); parsing, checking, rendering and storage read them, never a copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache


class Kind(str, Enum):
    """What a cell may hold."""

    COUNT = "count"  # a non-negative integer
    SIGNED = "signed"  # an integer that may carry a sign, e.g. "+2" / "-1"
    AMOUNT = "amount"  # a non-negative decimal, e.g. 万元 or 元


@dataclass(frozen=True)
class Column:
    id: str
    label: str
    kind: Kind = Kind.COUNT
    unit: str | None = None
    variants: tuple[str, ...] = ()
    group: str | None = None  # a spanning header above this column, e.g. 法人或其他组织

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.variants)


@dataclass(frozen=True, eq=False)  # one object per definition: compared and hashed by identity
class Row:
    """A printed row. `keys` are regular expressions, any of which identifies the row's label in text
    whose white space has been removed; `numbering` is the row's own printed number (e.g. "2" for
    "2.重复申请"), which is never a cell."""

    id: str
    label: str
    keys: tuple[str, ...]
    numbering: str | None = None
    parent: str | None = None  # a grouping label printed beside the row, e.g. （三）不予公开
    variants: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{k})" for k in self.keys))


@dataclass(frozen=True, eq=False)  # one object per definition: compared and hashed by identity
class Table:
    """A statutory table: its cells are `<section prefix>.<row id>.<column id>`.

    `flat` tables print all their rows on one line, left to right (section 四). `stub_header` heads the
    label column (二: 信息内容); `span_header` spans every value column (三: 申请人情况)."""

    id: str  # e.g. "s2.item1", "s3", "s4"
    section: int
    caption: str
    prefix: str  # the cell id prefix, e.g. "s2", "s3"
    rows: tuple[Row, ...]
    columns: tuple[Column, ...]
    caption_keys: tuple[str, ...] = ()
    header_keys: tuple[str, ...] = ()  # header words that announce the table in text
    flat: bool = False
    note: str | None = None  # e.g. the 勾稽关系 printed on the table
    stub_header: str = ""
    span_header: str = ""

    def cell_id(self, row: str, column: str) -> str:
        return f"{self.prefix}.{row}.{column}"

    @cached_property
    def cell_ids(self) -> tuple[str, ...]:
        return tuple(self.cell_id(r.id, c.id) for r in self.rows for c in self.columns)

    def row_prefix(self, row: str) -> str:
        return f"{self.prefix}.{row}"

    @cached_property
    def column_by_id(self) -> dict[str, Column]:
        return {c.id: c for c in self.columns}

    @cached_property
    def caption_pattern(self) -> re.Pattern[str] | None:
        """The caption's words (第二十条第（五）项), compiled; None for a table that has none."""
        return re.compile("|".join(self.caption_keys)) if self.caption_keys else None


@dataclass(frozen=True)
class Section:
    number: int
    title: str
    keys: tuple[str, ...]  # regular expressions on a heading with white space removed
    required: bool = True
    # what the section's text says even when a converter dropped its heading (regexes, all of which
    # must appear where the section would stand)
    content: tuple[str, ...] = ()


@dataclass(frozen=True)
class Equation:
    """sum(lhs) must equal sum(rhs); one concrete instance of an identity."""

    rule: str
    lhs: tuple[str, ...]
    rhs: tuple[str, ...]
    about: str  # the row, column or group the equation speaks of, for messages

    @cached_property
    def cells(self) -> tuple[str, ...]:
        return self.lhs + self.rhs


@dataclass(frozen=True)
class Identity:
    """A family of equations over one table: `total` = sum of `parts`, for every row (axis="row":
    the parts are columns) or every column (axis="column": the parts are rows)."""

    rule: str
    table: str
    axis: str  # "row" or "column"
    total: tuple[str, ...]
    parts: tuple[str, ...]
    description: str

    def expand(self, table: Table) -> tuple[Equation, ...]:
        out: list[Equation] = []
        if self.axis == "row":
            for row in table.rows:
                out.append(
                    Equation(
                        self.rule,
                        tuple(table.cell_id(row.id, c) for c in self.total),
                        tuple(table.cell_id(row.id, c) for c in self.parts),
                        table.row_prefix(row.id),
                    )
                )
        else:
            for col in table.columns:
                out.append(
                    Equation(
                        self.rule,
                        tuple(table.cell_id(r, col.id) for r in self.total),
                        tuple(table.cell_id(r, col.id) for r in self.parts),
                        f"{table.prefix}.*.{col.id}",
                    )
                )
        return tuple(out)


@dataclass(frozen=True)
class CarryOver:
    """Across years: this year's `cell` = last year's `last` cells + this year's `plus` cells − this
    year's `minus` cells. `label` names the quantity in findings."""

    cell: str
    last: tuple[str, ...]
    plus: tuple[str, ...] = ()
    minus: tuple[str, ...] = ()
    label: str = ""


def carry_over_by_row(
    table: Table, column: str, last: tuple[str, ...], plus: tuple[str, ...] = (), minus: tuple[str, ...] = ()
) -> tuple[CarryOver, ...]:
    """A carry-over along every row of `table`: the cell in `column` from the named columns."""
    label = table.column_by_id[column].label
    return tuple(
        CarryOver(
            table.cell_id(r.id, column),
            tuple(table.cell_id(r.id, c) for c in last),
            tuple(table.cell_id(r.id, c) for c in plus),
            tuple(table.cell_id(r.id, c) for c in minus),
            label,
        )
        for r in table.rows
    )


def cell_label(table: Table, row: Row, column: Column) -> str:
    """A cell's Chinese header: what is printed above and beside it, from the outside in."""
    parts = (table.caption if table.caption.startswith("第") else "", row.parent, row.label, column.group, column.label)
    return "·".join(p for p in parts if p)


def carry_over_by_column(table: Table, row: str, last_row: str) -> tuple[CarryOver, ...]:
    """A carry-over down every column of `table`: the cell in `row` is last year's in `last_row`."""
    label = next(r.label for r in table.rows if r.id == row)
    return tuple(
        CarryOver(table.cell_id(row, c.id), (table.cell_id(last_row, c.id),), label=label) for c in table.columns
    )


@dataclass(frozen=True)
class Indicator:
    """A known pre-2019 统计表 indicator, for recognising rows; the record keeps labels as printed."""

    label: str
    unit: str


NOTE = r"[（(][^（()）]*[)）]"  # a label's note in brackets, as printed: （不同渠道和方式公开相同信息计1条）
# what says words printed amid a row's cells are a note: 其中 alone, or perhaps after it, all in brackets
# (（含网上申请）), or beginning 注, 备注, 说明, 包括, 单位： (a unit's caption: 单位：件) or, within three characters,
# 含 (注：…, 备注已办结, 已含转办件);
# not the words of a label that a unit runs into (条其中：主动公开规范性文件数, …关注热点…), nor a numbered one
# (（五）网上申请数)
CELL_NOTE = rf"^(?:其中[:：]?)?(?:$|{NOTE}$|备?注|说明|包括|单位[:：]|.{{0,2}}含)"
# words a report prints in a cell that has no number to give: a blank cell
NO_NUMBER = ("不涉及", "不适用", "暂无", "待定", "见附件", "空")


@dataclass(frozen=True)
class FormRow:
    """A row of a 统计表 printed on a fixed form: its numbering and label as printed (notes in brackets
    included) and its unit; no unit for a heading over the rows below it, its cells printed —."""

    number: str
    label: str
    unit: str | None = None


@dataclass(frozen=True)
class Form:
    """A 统计表 printed on a fixed form (the national one of 2014): the headers of its label and unit
    columns, the value columns its reports print (the form's own first), its rows in order, the rows it
    says are the sum of the rows listed, and the first year it is printed for."""

    header: tuple[str, str]
    columns: tuple[tuple[str, ...], ...]
    rows: tuple[FormRow, ...]
    sums: tuple[tuple[str, tuple[str, ...]], ...] = ()
    since: int = 0  # the first report year printed on it

    @cached_property
    def indicators(self) -> tuple[FormRow, ...]:
        """The rows that hold a value, headings left out."""
        return tuple(r for r in self.rows if r.unit is not None)


@dataclass(frozen=True)
class IndicatorSum:
    """A sum a 统计表 states on any form: a row whose label matches `total` (a regex) is the sum of the rows
    printed right under it whose labels match `parts`, as many as follow in a row (two or more), where one
    of them is what is left (its label begins with `rest`); where none is, the form may leave some kinds out
    (传真, 电子邮件), and the parts add up to at most the total."""

    total: str
    parts: str
    rest: str = "其[他它]"

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        return _stated_label(self.total), _stated_label(self.parts), re.compile(self.rest)


@dataclass(frozen=True)
class Stated:
    """A quantity a report's prose may state, and where its tables hold it: the cells that sum to it
    (2019, 2021) or the 统计表 rows whose printed label matches `label` (a regex, pre-2019)."""

    quantity: str
    name: str  # as a message names it
    cells: tuple[str, ...] = ()
    label: str = ""
    also: tuple[str, ...] = ()  # cells the prose may count in as well (新收 with 上年结转)
    # a plainer wording of `label` (行政复议数), and the fuller wordings of a form that prints it as another
    # row beside them (申请行政复议数, 提起行政诉讼数): the plain row holds the quantity only in a table of neither
    plain: tuple[str, str] = ("", "")

    def holds_row(self, printed: str) -> bool:
        """Whether a 统计表 row printed with this label (its unit perhaps run on: …数条) holds the quantity."""
        return bool(self.label) and _stated_label(self.label).fullmatch(printed) is not None

    def held_by(self, printed: str, labels: list[str]) -> bool:
        """`holds_row`, in a table printing rows labelled `labels`: not the plain wording where the table
        prints its form's fuller ones (a row of them lost, 行政复议数 is still another quantity)."""
        plain, fuller = self.plain
        if not self.holds_row(printed):
            return False
        if not plain or _stated_label(plain).fullmatch(printed) is None:
            return True
        form = _stated_label(fuller)
        return not any(form.fullmatch(label) for label in labels)


@lru_cache(maxsize=64)
def _stated_label(label: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{label})(?:{NOTE})?(?:条|件)?")  # a note in brackets may follow


def spaced(pattern: str) -> str:
    """`pattern` (a regex) matching also when white space breaks its Chinese words: 历年累计 → 历\\s*年…"""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", r"\\s*", pattern)


@dataclass(frozen=True, eq=False)  # one object per definition: compared and hashed by identity
class Template:
    id: str
    name: str
    years: tuple[int, int]  # first and last report year the format is for
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]
    identities: tuple[Identity, ...] = ()
    carry_over: tuple[CarryOver, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    indicator_title: str = ""  # the 统计表's name
    indicator_header: tuple[str, ...] = ()  # the headers of its label and unit columns
    indicator_header_keys: tuple[str, ...] = ()  # how those two are printed (regex), if not only as above
    indicator_columns: tuple[str, ...] = ()  # its value columns; "{year}" stands for the report's year
    indicator_column_keys: tuple[str, ...] = ()  # how its value columns' headers are printed (regex)
    cumulative_key: str = ""  # what marks a running-total column, whose value is never below the year's
    year_columns: tuple[str, ...] = ()  # value columns that hold the year's figures without naming the year
    indicator_units: tuple[str, ...] = ()  # the units its unit column prints, longest first where one ends another
    indicator_note_column: str = ""  # how a column of remarks after the values is headed (regex): it holds none
    indicator_form: Form | None = None  # the fixed form most of its 统计表 are printed on
    indicator_sums: tuple[IndicatorSum, ...] = ()  # the sums a 统计表 on another form states
    stated: tuple[Stated, ...] = ()  # quantities the prose may state that the tables hold
    source: str = ""

    @cached_property
    def table_by_id(self) -> dict[str, Table]:
        return {t.id: t for t in self.tables}

    @cached_property
    def equations(self) -> tuple[Equation, ...]:
        return tuple(eq for ident in self.identities for eq in ident.expand(self.table_by_id[ident.table]))

    @cached_property
    def cell_ids(self) -> tuple[str, ...]:
        return tuple(c for t in self.tables for c in t.cell_ids)

    @cached_property
    def cell_kind(self) -> dict[str, Kind]:
        return {t.cell_id(r.id, c.id): c.kind for t in self.tables for r in t.rows for c in t.columns}

    @cached_property
    def table_of_cell(self) -> dict[str, Table]:
        return {cid: t for t in self.tables for cid in t.cell_ids}

    @cached_property
    def cell_place(self) -> dict[str, tuple[Table, Row, Column]]:
        """Each cell id → the table, row and column it stands in."""
        return {t.cell_id(r.id, c.id): (t, r, c) for t in self.tables for r in t.rows for c in t.columns}

    @cached_property
    def indicator_header_pattern(self) -> re.Pattern[str] | None:
        """The 统计表's header row: its label-column header, then its unit header or first value column,
        header words perhaps broken by spaces (group `units` is set when the unit header is printed)."""
        if not self.indicator_header:
            return None
        keys = self.indicator_header_keys or tuple(re.escape(h) for h in self.indicator_header)
        label, unit = (spaced(k) for k in keys)
        first = "|".join(spaced(k) for k in self.indicator_column_keys)
        return re.compile(rf"(?:{label})[\s|]{{0,40}}(?:(?P<units>{unit})|(?={first}))")

    @cached_property
    def tables_by_section(self) -> dict[int, tuple[Table, ...]]:
        numbers = dict.fromkeys(t.section for t in self.tables)
        return {n: tuple(t for t in self.tables if t.section == n) for n in numbers}

    def section_tables(self, number: int) -> tuple[Table, ...]:
        return self.tables_by_section.get(number, ())
