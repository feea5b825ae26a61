"""The typed record of one report, and its JSON form (the contract of `zfxxgk parse --format json`)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

Number = int | float
Location = dict[str, Any]  # {"line", "start", "end"} | {"page", "bbox"} | {"table", "row", "column"}


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    cells: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity.value, "message": self.message, "cells": list(self.cells)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Finding:
        return cls(d["rule"], Severity(d["severity"]), d["message"], tuple(d.get("cells") or ()))


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

    @classmethod
    def failed(cls, source: Source, code: str, message: str) -> Record:
        return cls(source=source, error=ReadError(code, message))
