"""Bytes → Document, choosing the reader by the content, never by the file name."""

from __future__ import annotations

from pathlib import Path

from ..document import Document
from .errors import LoadError
from .text import load_text

MAX_BYTES = 64 * 1024 * 1024  # a report file is rarely over a few MB; beyond this, refuse early
MAX_TEXT_BYTES = 16 * 1024 * 1024  # the longest real report text is well under 1 MB


def sniff(data: bytes, name: str = "") -> str:
    """The media type of `data`, judged from its first bytes; the name only breaks a tie for text."""
    head = data[:2048].lstrip()
    low = head[:512].lower()
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        return "application/zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")):
        return "image"
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or (b"<p" in low or b"<div" in low or b"<table" in low):
        return "text/html"
    if name.lower().endswith(".md"):
        return "text/markdown"
    return "text/plain"


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
        return load_text(data, kind)
    raise LoadError("unsupported", f"暂不支持读取这种文件（{kind}）。")


def load_path(path: str | Path) -> Document:
    """Read the report at `path`. Raises LoadError for unreadable files."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise LoadError("too_large", f"文件有 {size / 1048576:.0f} MB，超过 {MAX_BYTES // 1048576} MB 的上限。")
        data = p.read_bytes()
    except OSError as exc:
        raise LoadError("unreadable", f"无法读取文件：{exc.strerror or exc}") from None
    return load_bytes(data, p.name)


__all__ = ["LoadError", "load_bytes", "load_path", "sniff"]
