"""zfxxgk: parse, check and render China's government information disclosure annual reports."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import parse_many
    from .checks import Deadlines
    from .checks.carry_over import check_across_years
    from .pipeline import parse_bytes, parse_document, parse_text
    from .pipeline import parse_path as parse
    from .record import Finding, Meta, Record, Severity
    from .templates import TEMPLATES, get_template

# Where each name is defined, imported when the name is first used: a command that only writes a register
# or renders a record loads no parser and no checks.
_DEFINED_IN = {
    "TEMPLATES": "templates",
    "Deadlines": "checks",
    "Finding": "record",
    "Meta": "record",
    "Record": "record",
    "Severity": "record",
    "check_across_years": "checks.carry_over",
    "get_template": "templates",
    "parse": "pipeline",
    "parse_bytes": "pipeline",
    "parse_document": "pipeline",
    "parse_many": "batch",
    "parse_text": "pipeline",
}
__all__ = [
    "TEMPLATES",
    "Deadlines",
    "Finding",
    "Meta",
    "Record",
    "Severity",
    "check_across_years",
    "get_template",
    "parse",
    "parse_bytes",
    "parse_document",
    "parse_many",
    "parse_text",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name not in _DEFINED_IN:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_DEFINED_IN[name]}"), "parse_path" if name == "parse" else name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
