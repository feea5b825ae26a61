"""Record → the report in its statutory format: HTML, Word, PDF, Markdown or plain text.

`render(record, to)` returns the document and emits a `BrokenIdentityWarning` for each identity the
record breaks (it still renders: a report is printed as it was filed); `render_report` returns the
document together with those findings instead.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

from ..arguments import expect
from ..record import Finding, Record
from .document import Block, build_blocks, record_template, report_title
from .html import blocks_html
from .pdf import PdfUnavailable, print_pdf
from .text import blocks_md, blocks_txt

FORMATS = ("html", "docx", "pdf", "md", "txt")
MEDIA_TYPES = {
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "md": "text/markdown",
    "txt": "text/plain",
}


class BrokenIdentityWarning(UserWarning):
    """A rendered record breaks an identity of its template; `.finding` names the cells."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(f"{finding.rule}: {finding.message}")
        self.finding = finding


@dataclass
class Rendered:
    content: bytes | str  # bytes for docx and pdf, str otherwise
    media_type: str
    findings: list[Finding] = field(default_factory=list)


def render_blocks(blocks: list[Block], to: str, title: str = "") -> bytes | str:
    """Blocks in one output format; raises ValueError for an unknown format, and PdfUnavailable for a
    PDF on a machine with neither Chromium nor LibreOffice."""
    if to == "html":
        return blocks_html(blocks, title)
    if to in ("docx", "pdf"):
        from .docx import blocks_docx  # python-docx: loaded only for Word output, or a PDF printed from it

        if to == "docx":
            return blocks_docx(blocks, title)
        return print_pdf(blocks_html(blocks, title), lambda: blocks_docx(blocks, title))
    if to == "md":
        return blocks_md(blocks)
    if to == "txt":
        return blocks_txt(blocks)
    raise ValueError(f"unknown format {to!r}; expected one of {', '.join(FORMATS)}")


def render_report(record: Record, to: str) -> Rendered:
    """The report in format `to` and the findings for the identities it breaks."""
    from ..checks.identities import identity_findings  # the checks, only for a report rendered, not a blank form

    expect(record, (Record,), "render takes a Record (from parse or Record.from_json); parse a report file first")
    content = render_blocks(build_blocks(record), to, report_title(record))
    findings = identity_findings(record_template(record), record.cells)
    return Rendered(content, MEDIA_TYPES[to], findings)


def render(record: Record, to: str) -> bytes | str:
    """The report in format `to` (bytes for "docx" and "pdf", str otherwise); warns once per broken
    identity."""
    out = render_report(record, to)
    for finding in out.findings:
        warnings.warn(BrokenIdentityWarning(finding), stacklevel=2)
    return out.content


__all__ = ["FORMATS", "BrokenIdentityWarning", "PdfUnavailable", "Rendered", "render", "render_blocks", "render_report"]
