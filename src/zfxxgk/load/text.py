"""Plain text in any encoding met in practice → Document."""

from __future__ import annotations

import codecs

from ..document import Document
from .errors import LoadError

# Characters that are frequent in any report; used to choose between encodings that both decode.
_COMMON = frozenset("政府信息公开年度报告申请的了和是在工作情况本数量处理总计行政")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("gb18030", "big5")


def score(text: str) -> int:
    """How many of the characters every report is full of the start of `text` holds."""
    return sum(1 for ch in text[:4000] if ch in _COMMON)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NUL in every other byte of its ASCII characters."""
    head = data[:4000]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros > len(head) // 8:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes) -> str:
    """Decode report bytes: BOM, then UTF-8, then the legacy Chinese encodings, best first.

    Raises LoadError("binary") for data that is not text and LoadError("undecodable") for text in
    no encoding we know."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                if bom != codecs.BOM_UTF8:
                    raise LoadError("undecodable", f"文件以 {enc} 字节序标记开头，但内容无法按该编码解码。") from None
                data = data[len(bom) :]  # GBK text saved behind a UTF-8 BOM by an editor that added one
                break
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise LoadError("binary", "这是一个二进制文件，不是文本，也不是可识别的报告格式。")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in _LEGACY:
        try:
            candidates.append((score(t := data.decode(enc)), enc, t))
        except UnicodeDecodeError:
            continue
    if candidates:
        return max(candidates, key=lambda c: c[0])[2]
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise LoadError("undecodable", "无法识别文件的文字编码（已尝试 UTF-8、UTF-16、GB18030、Big5）。")


def load_text(data: bytes, media_type: str = "text/plain") -> Document:
    """A Document of the decoded text; offsets in it are offsets in the decoded source."""
    return Document(decode(data), media_type)
