"""The one orchestrator: Document → normalise → meta → template → sections → tables → checks → Record."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Final

from .arguments import expect
from .checks import Context, Deadlines, run_checks
from .checks.prose import Statements
from .detect import detect_template
from .document import Document
from .extract.confidence import distrust_low_confidence
from .extract.indicators import extract_indicators, indicator_end, indicator_span
from .extract.tables import extract_tables
from .load import LoadError, load_bytes, read_file, sniff, with_table_rows
from .meta import find_meta
from .normalize import normalize, printed_name, printed_punctuation
from .record import Meta, Record, SectionText, Source, path_text
from .segment import choose_headings, find_headings, implied_headings, section_texts
from .templates.common import SECTIONS

_REPORT_WORDS: Final = re.compile(r"政府信息公开|信息公开|政务公开")
_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")  # not encodable: only a half of a broken pair or an escaped byte


@dataclass
class Trace:
    """How a report was read, for `zfxxgk parse --explain`: the table reader's notes on what it matched,
    and for each value read (keyed as in `provenance`) the source text around it."""

    notes: list[str] = field(default_factory=list)
    excerpts: dict[str, str] = field(default_factory=dict)


def parse_document(
    doc: Document, source: Source | None = None, deadlines: Deadlines | None = None, trace: Trace | None = None
) -> Record:
    """Read one report's Document into a checked Record, filling `trace` if given. Never raises on bad
    content."""
    source = source or Source(media_type=doc.media_type)
    norm = normalize(doc)
    text = norm.text
    found = find_meta(text, doc.meta_hints)
    template = detect_template(text, found.year)
    sections = template.sections if template else SECTIONS
    chosen = choose_headings(find_headings(text, sections), sections)
    headings = {n: h.start for n, h in chosen.items()}
    if not _REPORT_WORDS.search(text) or (template is None and not chosen):
        return Record.failed(
            source, "not_a_report", "这份文本不像政府信息公开工作年度报告：找不到报告的标题、年度、章节或法定表格。"
        )
    record = Record(
        source=source,
        meta=Meta(
            agency=found.agency,
            year=found.year,
            template=template.id if template else None,
            published=found.published,
            signed=found.signed,
            level=found.level,
            region=found.region,
            period_start=found.period_start,
            period_end=found.period_end,
        ),
    )
    spans: dict[str, tuple[int, int]] = {}
    tables: list[tuple[int, int]] = []
    stated: Statements | None = None
    if template is not None and template.tables:
        ex = extract_tables(text, template, headings, explain=trace is not None, year=found.year, agency=found.agency)
        record.cells = {c: ex.cells[c] for c in template.cell_ids if c in ex.cells}
        record.units = ex.units
        spans = {c: ex.spans[c] for c in record.cells if c in ex.spans}
        record.findings.extend(ex.findings)
        tables = ex.tables
        stated = ex.stated
        if trace is not None:
            trace.notes.extend(ex.explain)
    elif template is not None:
        # the 统计表 stops at the page's own end after the last heading, or after its header where the page
        # prints it only after that end (with no heading, not looked for)
        report = text[: indicator_end(text, template, max(headings.values()))] if headings else text
        read = extract_indicators(report, template, found.year, partial(printed_punctuation, norm))
        record.indicators, spans = read.rows, read.spans
        record.findings.extend(read.findings)
        tables = [span] if (span := indicator_span(report, template, read)) else []
    record.later("provenance", lambda _: norm.locate_all(spans))
    if trace is not None:
        trace.excerpts.update({k: norm.excerpt(*v) for k, v in spans.items()})
    if norm.root.pieces:  # only a file read in pieces (OCR) says how confidently each was read
        record.findings.extend(distrust_low_confidence(record, template))
    implied = implied_headings(text, chosen, sections, tables)  # a dropped heading's words
    for n, (title, body) in section_texts(text, {**chosen, **implied}, tables=tables).items():
        record.sections[str(n)] = SectionText(title, body)
    ctx = Context(
        record,
        template,
        text,
        deadlines or Deadlines(),
        headings=headings,
        implied=frozenset(implied),
        document=norm,
        tables=tuple(tables),
        stated=stated,
    )
    record.findings.extend(run_checks(ctx))
    # the agency as the report prints it (社会事业局（卫生健康局）), once the checks have compared it with the text
    record.meta.agency = printed_name(norm, found.agency)
    findings = record.findings
    record.later("findings", lambda rec: rec.located(findings))
    return record


def parse_bytes(data: bytes, name: str = "", deadlines: Deadlines | None = None) -> Record:
    """Parse a report from its bytes; unreadable input gives a Record with `error` set."""
    expect(data, (bytes, bytearray), "parse_bytes takes a report's bytes; for a path use parse, for text parse_text")
    source = Source(path=name or None, sha256=hashlib.sha256(data).hexdigest(), media_type=sniff(data, name))
    try:
        doc = load_bytes(data, name)
    except LoadError as exc:
        return Record.failed(source, exc.code, exc.message)
    source.media_type = doc.media_type
    return parse_document(doc, source, deadlines)


def parse_path(path: str | Path, deadlines: Deadlines | None = None, trace: Trace | None = None) -> Record:
    """Parse the report file at `path`, filling `trace` if given; unreadable files give a Record with
    `error` set."""
    expect(path, (str, os.PathLike), "parse takes the path of a report (str or Path); for its bytes use parse_bytes")
    source = Source(path=path_text(path))
    try:
        data = read_file(path)
        doc = load_bytes(data, Path(path).name)
    except LoadError as exc:
        return Record.failed(source, exc.code, exc.message)
    source.sha256, source.media_type = hashlib.sha256(data).hexdigest(), doc.media_type
    return parse_document(doc, source, deadlines, trace)


def parse_text(text: str, deadlines: Deadlines | None = None) -> Record:
    """Parse a report given as text already in hand. A lone surrogate (text decoded with
    `surrogateescape` or `surrogatepass`) is read as U+FFFD, so the record can be written out."""
    expect(text, (str,), "parse_text takes a report's text (str); for a path use parse, for bytes parse_bytes")
    try:  # a text with no surrogate encodes as it is: the search for one is spared
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data, text = text.encode("utf-8", "surrogatepass"), _SURROGATE.sub("\ufffd", text)
    source = Source(sha256=hashlib.sha256(data).hexdigest(), media_type="text/plain")
    return parse_document(with_table_rows(Document(text)), source, deadlines)
