"""Bytes → Document, choosing the reader by the content, never by the file name."""

from __future__ import annotations

import codecs
import csv
import os
import re
import stat
from pathlib import Path

from ..document import Document
from .cell_breaks import without_cell_breaks
from .errors import LoadError
from .run_on_rows import rows_apart
from .text import decode, load_text

MAX_BYTES = 64 * 1024 * 1024  # a report file is rarely over a few MB; beyond this, refuse early
MAX_TEXT_BYTES = 16 * 1024 * 1024  # the longest real report text is well under 1 MB
MIN_IMAGE_SIDE = 16  # pixels: a line of the smallest print scanned at 72 dpi is taller


def folds_in(word: str) -> str:
    """A pattern of `word` as a text folded at a fixed width may print it: a line break after any of its
    characters (`</tab` / `le>`)."""
    return "\n?".join(map(re.escape, word))


HTML_TABLE_START = folds_in("<table") + r"\b"
HTML_TABLE_END = folds_in("</table") + r"\s*>"
_HTML_TABLE_START = re.compile(HTML_TABLE_START, re.IGNORECASE)
_HTML_TABLE_END = re.compile(HTML_TABLE_END, re.IGNORECASE)
_HTML_MARKS = (b"<p", b"<div", b"<table", b"<body", b"<head", b"<meta", b"<span", b"<br", b"<td", b"<title", b"<h1")


def sniff(data: bytes, name: str = "") -> str:
    """The media type of `data`, judged from its first bytes; the name only breaks a tie for text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data[:4096].decode("utf-16", "replace").encode("utf-8")
    head = data[:2048].lstrip()
    low = head[:512].lower()
    if data.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") >= 0:
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        return "application/zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")):
        return "image"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image"
    if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<!--")) or any(m in low for m in _HTML_MARKS):
        return "text/html"
    if name.lower().endswith(".md"):
        return "text/markdown"
    return "text/plain"


def looks_like_csv(text: str, name: str = "") -> bool:
    """Text whose lines are mostly comma-separated cells, with a steady number of them."""
    lines = [ln for ln in text.splitlines()[:200] if ln.strip()]
    if len(lines) < 2:
        return False
    with_commas = [ln for ln in lines if "," in ln]
    if len(with_commas) < 0.8 * len(lines) and not (name.lower().endswith(".csv") and with_commas):
        return False
    try:
        counts = [len(r) for r in csv.reader(lines)]
    except csv.Error:  # e.g. a field over the csv module's size limit: not a sheet's cells
        return False
    common = max(set(counts), key=counts.count)
    return common >= 2 and counts.count(common) >= 0.6 * len(counts)


def load_bytes(data: bytes, name: str = "") -> Document:
    """Read a report from its bytes. Raises LoadError with a specific code for what cannot be read."""
    if not data.strip():
        raise LoadError("empty", "文件是空的。")
    if len(data) > MAX_BYTES:
        raise LoadError("too_large", f"文件有 {len(data) / 1048576:.0f} MB，超过 {MAX_BYTES // 1048576} MB 的上限。")
    kind = sniff(data, name)
    if kind in ("text/plain", "text/markdown"):
        if len(data) > MAX_TEXT_BYTES:
            raise LoadError(
                "too_large",
                f"文本有 {len(data) / 1048576:.0f} MB，远超任何年度报告的长度（上限 {MAX_TEXT_BYTES // 1048576} MB）。",
            )
        if kind == "text/plain" and looks_like_csv(decode(data), name):
            from .sheet import load_csv

            return load_csv(data)
        return with_table_rows(load_text(data, kind))
    return _load_binary(data, kind, name)


def with_table_rows(doc: Document) -> Document:
    """A text document with the HTML tables a converter left in its Markdown read as table rows, the
    rows it stacked in one row's cells (`<br>` between them) as rows, and a Markdown table whose rows ran
    together on one line a row a line; its line breaks plain ones first (CR LF, or CR alone, a row's end as
    LF is)."""
    if "\r" in doc.text:
        from ..normalize import unix_breaks

        doc = unix_breaks(doc)
    rules = "---" in doc.text
    if rules or _HTML_TABLE_START.search(doc.text) is not None:
        from ..normalize import unfolded

        # a text folded at a fixed width first: a fold cut its tags too (</ta / ble>), and the rules of a Markdown
        # table whose rows ran together on one line (`|---|---|` / `---|`), which tell where each row ends
        doc = unfolded(doc)
    if _HTML_TABLE_END.search(doc.text) is not None:
        from .html import tables_as_rows

        doc = tables_as_rows(doc)
    doc = without_cell_breaks(doc)
    return rows_apart(doc) if rules else doc


def _load_binary(data: bytes, kind: str, name: str) -> Document:
    """The reader for each kind of file that is not plain text."""
    if kind == "text/html":
        from .html import load_html

        return load_html(data)
    if kind == "application/pdf":
        from .pdf import load_pdf

        return load_pdf(data)
    if kind == "image":
        from .ocr import header_size, load_image

        if (size := header_size(data)) is not None and 0 < min(size) < MIN_IMAGE_SIDE:
            w, h = size  # refused before decoding: a 1 × 49,000,000 strip once took gigabytes
            raise LoadError("not_a_report", f"图片只有 {w}×{h} 像素，窄得容不下一行文字，不是报告的扫描件。")
        return load_image(data)
    if kind == "application/zip":
        from .archive import check_zip, zip_kind

        member_kind = zip_kind(check_zip(data))
        if member_kind == "docx":
            from .docx import load_docx

            return load_docx(data)
        if member_kind == "xlsx":
            from .sheet import load_xlsx

            return load_xlsx(data)
        raise LoadError("unsupported", "这是一个压缩包，但不是 Word（docx）或 Excel（xlsx）文件。")
    if kind == "application/x-ole-storage":
        from .archive import ole_kind

        ole = ole_kind(data)
        if ole == "encrypted":
            raise LoadError("encrypted", "这个 Office 文件设置了密码，无法读取。请提供未加密的文件。")
        if ole == "xls":
            from .sheet import load_xls

            return load_xls(data)
        if ole in ("doc", "wps"):
            from .docx import load_legacy_word

            return load_legacy_word(data, ".doc" if ole == "doc" else ".wps")  # WPS files in Word format are .doc
        raise LoadError("unsupported", "这是一个旧版 Office 文件，但不是 Word（doc/wps）或 Excel（xls）文件。")
    raise LoadError("unsupported", f"暂不支持读取这种文件（{kind}）。")


def read_file(path: str | Path) -> bytes:
    """The bytes of the regular file at `path`, at most MAX_BYTES of them. Raises LoadError
    ("not_a_file") for a device, FIFO or socket — /dev/zero never ends, a FIFO may never answer —
    and ("unreadable", "too_large") as their names say."""
    p = Path(path)
    try:
        with open(p, "rb", opener=_open_nonblocking) as f:
            mode = os.fstat(f.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise LoadError("not_a_file", "这不是一个普通文件（是设备、管道或套接字），不能当作报告读取。")
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise LoadError("unreadable", f"无法读取文件：{exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise LoadError("too_large", f"文件超过 {MAX_BYTES // 1048576} MB 的上限。")
    return data


def _open_nonblocking(path: str, flags: int) -> int:
    """Open without waiting for a FIFO's writer, so it can be refused rather than hang."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def load_path(path: str | Path) -> Document:
    """Read the report at `path`. Raises LoadError for unreadable files."""
    return load_bytes(read_file(path), Path(path).name)


__all__ = ["LoadError", "load_bytes", "load_path", "read_file", "sniff"]
