"""zfxxgk: parse, check and render China's government information disclosure annual reports."""

from __future__ import annotations

from .batch import parse_many
from .checks import Deadlines
from .checks.carry_over import check_across_years
from .pipeline import parse_bytes, parse_document, parse_text
from .pipeline import parse_path as parse
from .record import Finding, Meta, Record, Severity
from .templates import TEMPLATES, get_template

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
