"""Checks: each a function from a record (and its context) to findings, registered once by rule id.

The registry is built at import and is immutable; a duplicate rule id fails at start-up. A check
that crashes becomes a finding with its error, never an aborted run.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from ..document import Document
from ..record import Finding, Location, Record, Severity
from ..templates import Template
from .prose import Arabic, Statements, arabic


@dataclass(frozen=True)
class Deadlines:
    """Month and day of the year after the report year by which a report must be published."""

    government: tuple[int, int] = (3, 31)  # 县级以上地方人民政府 本级 (条例 第五十条)
    department: tuple[int, int] = (1, 31)  # 县级以上人民政府部门 (条例 第四十九条)
    pre2019: tuple[int, int] = (3, 31)  # all reports under the 2008 条例 (第三十二条)


# 1,505 (and 1，505 after normalising); the first digit is consumed first, so that the engine skips to digits
_GROUPED: Final = re.compile(r"\d(?<![\d,.]\d)\d{0,2}(?:,\d{3})+(?![\d,])")
# A comma between digits, three after it: in every grouped number, and found far faster (a literal first)
_GROUP_MARK: Final = re.compile(r",(?<=\d,)\d{3}(?!\d)")


# each byte a space but a line break's: a table's text encoded one byte a character turns to spaces in one pass
_BLANK: Final = bytes(10 if i == 10 else 32 for i in range(256))


def _blanked(text: str) -> str:
    """`text` with each character a space but its line breaks. Encoded with one byte for each character (any
    but ASCII's as `?`) and translated whole, far faster than each line is split off and spelt in spaces."""
    return text.encode("ascii", "replace").translate(_BLANK).decode("ascii")


def prose_of(text: str, tables: Iterable[tuple[int, int]]) -> str:
    """`text` as the prose checks read it, offsets unchanged: the `tables` blanked out (line breaks
    kept), since a row whose cells print a unit (`72件 64件`) is no sentence; and numbers printed with
    thousands separators as plain digits (`1,505条` read `1505条`)."""
    parts, last = [], 0
    for a, b in sorted(tables):
        a = max(a, last)
        parts += [text[last:a], _blanked(text[a:b])]
        last = max(last, b)
    text = "".join([*parts, text[last:]])
    if not _GROUP_MARK.search(text):
        return text
    return _GROUPED.sub(lambda m: m.group().replace(",", "").rjust(len(m.group())), text)


@dataclass
class Context:
    record: Record
    template: Template | None
    text: str = ""  # the normalised text, for narrative checks
    deadlines: Deadlines = field(default_factory=Deadlines)
    previous: Record | None = None  # last year's report of the same agency, for carry-over checks
    headings: dict[int, int] = field(default_factory=dict)  # section number → where its heading is
    implied: frozenset[int] = frozenset()  # sections with no heading whose words stand where they would
    document: Document | None = None  # the document `text` is the text of, to locate offsets in the source
    tables: tuple[tuple[int, int], ...] = ()  # where the tables read are printed in `text`
    stated: Statements | None = None  # the prose's plain statements, where the table reader read them
    _prose: str | None = None  # kept once asked for (plain fields, which the compiled build keeps)
    _arabic: Arabic | None = None

    @property
    def prose(self) -> str:
        """`text` as the prose checks read it (see `prose_of`)."""
        if self._prose is None:
            self._prose = prose_of(self.text, self.tables)
        return self._prose

    @property
    def arabic(self) -> Arabic:
        """`prose` with its counts in Chinese numerals written in digits: read once for every check."""
        if self._arabic is None:
            self._arabic = arabic(self.prose)
        return self._arabic

    def locate(self, offset: int) -> Location:
        """Where in the source the character at `offset` of `text` was read."""
        return (self.document or Document(self.text)).locate(offset, offset + 1)


Check = Callable[[Context], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str  # one plain Chinese sentence, shown in the README and `zfxxgk rules`


def finding(rule_id: str, message: str, cells: tuple[str, ...] = (), location: Location | None = None) -> Finding:
    """A finding under a registered rule, with the rule's severity; an unregistered id raises KeyError."""
    rule = ALL_RULES.get(rule_id)
    if rule is None:
        raise KeyError(f"finding under unregistered rule {rule_id!r}: register it in zfxxgk.checks")
    return Finding(rule_id, rule.severity, message, cells, location)


def _build() -> tuple[MappingProxyType, tuple[Check, ...]]:
    from . import across, carry_over, dates, identities, narrative, structure, values

    rules: dict[str, Rule] = {}
    checks: list[Check] = []
    for mod in (structure, identities, dates, values, narrative, carry_over, across):
        for rule in mod.RULES:
            if rule.id in rules:
                raise RuntimeError(f"duplicate rule id {rule.id}")
            rules[rule.id] = rule
        checks.extend(mod.CHECKS)
    return MappingProxyType(rules), tuple(checks)


def run_checks(ctx: Context) -> list[Finding]:
    """Every registered check's findings; a crashing check is reported as `check.crashed`."""
    out: list[Finding] = []
    for check in CHECKS:
        try:
            out.extend(check(ctx))
        except Exception:
            out.append(finding("check.crashed", f"检查 {check.__name__} 出错：{traceback.format_exc(limit=2)}"))
    return out


EXTRACTION_RULES: Final = (
    Rule("table.missing", Severity.ERROR, "报告缺少某张法定表格。"),
    Rule(
        "table.incomplete", Severity.ERROR, "表格印出的数少于应有的单元格（或有空格），缺的单元格保持为空，不作猜测。"
    ),
    Rule("value.ambiguous", Severity.WARNING, "数字连在一起印刷、有多种拆分方式，无法确定的单元格保持为空。"),
    Rule(
        "value.from_prose",
        Severity.INFO,
        "数字连在一起印刷、不止一种拆分方式符合勾稽关系，正文所说的数只与其中一种相符，按它读出的单元格。",
    ),
    Rule(
        "value.low_confidence",
        Severity.WARNING,
        "扫描件中识别置信度低、又无勾稽关系印证的数，不予采用，单元格保持为空。",
    ),
    Rule("check.crashed", Severity.WARNING, "某项检查在这份报告上出错（程序缺陷），其余检查照常进行。"),
)
RULES, CHECKS = _build()
ALL_RULES: Final[MappingProxyType] = MappingProxyType({**{r.id: r for r in EXTRACTION_RULES}, **RULES})
