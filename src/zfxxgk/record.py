"""The typed record of one report, and its JSON form (the contract of `zfxxgk parse --format json`)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

Number = int | float
Location = dict[str, Any]  # {"line", "start", "end"} | {"page", "bbox"} | {"table", "row", "column"}


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str  # one line: line breaks become spaces
    cells: tuple[str, ...] = ()
    location: Location | None = None  # where in the source it points, as in `provenance`

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", _LINE_BREAK.sub(" ", self.message).strip())

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "cells": list(self.cells),
            "location": self.location,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Finding:
        cells = tuple(d.get("cells") or ())
        return cls(d["rule"], Severity(d["severity"]), d["message"], cells, d.get("location"))


_PLACES = (("sheet", ""), ("page", "p"), ("paragraph", "para"), ("table", "table"), ("row", "r"), ("column", "c"))


def where(location: Location | None) -> str:
    """A location in a few characters: `187` (a text line), `p3` (a PDF page), `p3.table1.r4.c2`."""
    if not location:
        return ""
    if "line" in location:
        return str(location["line"])
    return ".".join(f"{short}{location[key]}" for key, short in _PLACES if key in location)


def path_text(path: str | Path) -> str:
    """A file name as text that can always be written: bytes that are not UTF-8 (a name from another
    system's encoding) as escapes, `r\\xb1\\xa8.txt`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass
class Source:
    path: str | None = None
    sha256: str | None = None
    media_type: str | None = None


@dataclass
class Meta:
    agency: str | None = None
    year: int | None = None
    template: str | None = None
    published: str | None = None  # ISO dates
    signed: str | None = None
    level: str | None = None  # 乡镇 / 街道 / 区县 / 市 / 省 / 部门
    region: str | None = None
    period_start: str | None = None
    period_end: str | None = None


@dataclass
class IndicatorRow:
    """One row of a pre-2019 统计表, as printed: label without its numbering, unit, value per column."""

    label: str
    unit: str | None
    values: dict[str, Number | None]


@dataclass
class SectionText:
    title: str
    text: str


@dataclass
class ReadError:
    code: str
    message: str


@dataclass
class Record:
    source: Source = field(default_factory=Source)
    meta: Meta = field(default_factory=Meta)
    cells: dict[str, Number | None] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    indicators: list[IndicatorRow] = field(default_factory=list)
    sections: dict[str, SectionText] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    provenance: dict[str, Location] = field(default_factory=dict)
    error: ReadError | None = None

    def later(self, name: str, make: Callable[[Record], Any]) -> None:
        """Leave field `name` to be computed by `make(self)` on first access: where each value and finding
        came from costs as much as a check, and most records are only checked."""
        self.__dict__.setdefault("_pending", {})[name] = make
        self.__dict__.pop(name, None)

    def __getattr__(self, name: str) -> Any:
        """A field left `later`, computed now (and let go only once in place: a thread that asks meanwhile
        computes it too, the same)."""
        pending = self.__dict__.get("_pending", {})
        make = pending.get(name)
        if make is None:
            raise AttributeError(name)
        value = self.__dict__[name] = make(self)
        pending.pop(name, None)
        return value

    def __getstate__(self) -> dict[str, Any]:
        """The fields, any left `later` computed (a pickle holds no way back to the text)."""
        for name in list(self.__dict__.get("_pending", ())):
            getattr(self, name)
        self.__dict__.pop("_pending", None)
        return self.__dict__

    def to_json(self) -> dict[str, Any]:
        """The record as the JSON object of `../spec/CLI.md`."""
        return {
            "source": asdict(self.source),
            "meta": asdict(self.meta),
            "cells": dict(self.cells),
            "units": dict(self.units),
            "indicators": [asdict(i) for i in self.indicators],
            "sections": {k: asdict(v) for k, v in self.sections.items()},
            "findings": [f.to_json() for f in self.findings],
            "provenance": dict(self.provenance),
            "error": asdict(self.error) if self.error else None,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Record:
        """Rebuild a record from its JSON form; unknown keys are ignored."""
        meta_keys = Meta.__dataclass_fields__
        return cls(
            source=Source(**{k: v for k, v in (d.get("source") or {}).items() if k in Source.__dataclass_fields__}),
            meta=Meta(**{k: v for k, v in (d.get("meta") or {}).items() if k in meta_keys}),
            cells=dict(d.get("cells") or {}),
            units=dict(d.get("units") or {}),
            indicators=[
                IndicatorRow(i["label"], i.get("unit"), dict(i.get("values") or {})) for i in d.get("indicators") or []
            ],
            sections={
                k: SectionText(v.get("title", ""), v.get("text", "")) for k, v in (d.get("sections") or {}).items()
            },
            findings=[Finding.from_json(f) for f in d.get("findings") or []],
            provenance=dict(d.get("provenance") or {}),
            error=ReadError(**d["error"]) if d.get("error") else None,
        )

    def located(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings, each with a location: its own, else where the first cell it names was read —
        or, when that cell is blank, the nearest read cell of its row, then of its table (a 统计表 row
        named by label: its first value)."""
        under: dict[str, Location] = {}  # a prefix of cell ids → the first location under it
        out = []
        for f in findings:
            if f.location is None and f.cells:
                cell = f.cells[0]
                if cell.startswith("indicator."):
                    label = cell.removeprefix("indicator.")
                    cell = next((f"indicator.{i}" for i, r in enumerate(self.indicators) if r.label == label), cell)
                found = self.provenance.get(cell)
                if found is None:
                    under = under or self._prefixes()
                    found = under.get(cell)
                while found is None and "." in cell:
                    cell = cell.rsplit(".", 1)[0]
                    found = under.get(cell)
                if found is not None:
                    f = replace(f, location=found)
            out.append(f)
        return out

    def _prefixes(self) -> dict[str, Location]:
        """Every proper prefix of a read cell's id → the first location under it."""
        under: dict[str, Location] = {"": {}}  # never empty once built
        for key, loc in self.provenance.items():
            cut = key.rfind(".")
            while cut > 0:
                key = key[:cut]
                if key in under:
                    break  # its shorter prefixes are in too
                under[key] = loc
                cut = key.rfind(".")
        return under

    @classmethod
    def failed(cls, source: Source, code: str, message: str) -> Record:
        return cls(source=source, error=ReadError(code, message))
