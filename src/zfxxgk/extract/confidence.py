"""Values read by OCR with low confidence: not trusted unless the table's identities confirm them."""

from __future__ import annotations

from ..checks import finding
from ..document import LOW_CONFIDENCE
from ..record import Finding, Record
from ..templates import Template
from .values import holds


def _confidence(location: dict) -> float:
    return float(location.get("confidence", 1.0))


def distrust_low_confidence(record: Record, template: Template | None) -> list[Finding]:
    """Set every value recognised with confidence below LOW_CONFIDENCE to null, with a finding that
    gives the reading — unless an identity whose other cells were read confidently confirms it."""
    low = {k for k, loc in record.provenance.items() if "confidence" in loc and _confidence(loc) < LOW_CONFIDENCE}
    if not low:
        return []
    equations = template.equations if template else ()
    findings = []
    for key in sorted(low):
        value = _value(record, key)
        if value is None:
            continue
        confirming = [eq for eq in equations if key in eq.cells and not (set(eq.cells) - {key}) & low]
        if any(holds(eq, record.cells) for eq in confirming):
            continue
        _clear(record, key)
        conf = _confidence(record.provenance[key])
        findings.append(
            finding(
                "value.low_confidence",
                f"扫描件中此处识别为“{value}”，但识别置信度只有{conf:.2f}（低于{LOW_CONFIDENCE}），"
                "且没有可印证它的勾稽关系，未予采用，请核对原件。",
                (key,),
            )
        )
    return findings


def _value(record: Record, key: str) -> int | float | None:
    if key.startswith("indicator."):
        _, idx, col = key.split(".", 2)
        return record.indicators[int(idx)].values.get(col)
    return record.cells.get(key)


def _clear(record: Record, key: str) -> None:
    if key.startswith("indicator."):
        _, idx, col = key.split(".", 2)
        record.indicators[int(idx)].values[col] = None
    else:
        record.cells[key] = None
        record.units.pop(key, None)
