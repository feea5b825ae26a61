"""Containers: zip packages (docx, xlsx) checked before anything inflates them, and OLE files
(.doc, .xls, .wps) told apart by their streams."""

from __future__ import annotations

import io
import zipfile

from .errors import LoadError

MAX_UNZIPPED = 200 * 1024 * 1024  # all members together, as declared in the zip directory
MAX_RATIO = 100  # a member that inflates more than this is a bomb (text XML compresses ~10×)
MAX_MEMBERS = 10_000


def check_zip(data: bytes) -> list[str]:
    """The member names of a zip, after checking sizes and compression ratios.

    Raises LoadError("corrupt") for a damaged zip, LoadError("zip_bomb") for one that would inflate
    to far more than any report."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise LoadError("corrupt", f"文件已损坏，无法作为压缩包（docx/xlsx）打开（{exc}）。") from None
    if len(infos) > MAX_MEMBERS:
        raise LoadError("zip_bomb", f"压缩包内有 {len(infos)} 个文件，远超正常文档，拒绝解压。")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED:
        raise LoadError(
            "zip_bomb",
            f"压缩包解压后将有 {total / 1048576:.0f} MB，超过 {MAX_UNZIPPED // 1048576} MB 的上限，拒绝解压。",
        )
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise LoadError(
                "zip_bomb",
                f"压缩包成员 {info.filename} 的压缩比异常"
                f"（{info.file_size // max(info.compress_size, 1)} 倍），拒绝解压。",
            )
        if info.flag_bits & 0x1:
            raise LoadError("encrypted", "压缩包内的文件设置了密码，无法读取。")
    return [i.filename for i in infos]


def zip_kind(names: list[str]) -> str | None:
    """ "docx", "xlsx" or None, from the members of an OOXML package."""
    lowered = {n.lower() for n in names}
    if "word/document.xml" in lowered or any(n.startswith("word/") and n.endswith(".xml") for n in lowered):
        return "docx"
    if "xl/workbook.xml" in lowered or any(n.startswith("xl/workbook") for n in lowered):
        return "xlsx"
    return None


def ole_streams(data: bytes) -> set[str]:
    """The stream names of an OLE compound file. Raises LoadError("corrupt") when unreadable."""
    from xlrd import compdoc

    try:
        doc = compdoc.CompDoc(data, logfile=io.StringIO())
    except Exception as exc:
        raise LoadError("corrupt", f"文件已损坏，无法读取 Office 文档结构（{type(exc).__name__}）。") from None
    return {d.name for d in doc.dirlist if getattr(d, "name", "")}


def ole_kind(data: bytes) -> str:
    """ "doc", "xls", "wps", "encrypted" (a password-protected docx/xlsx) or "unknown"."""
    names = {n.lower() for n in ole_streams(data)}
    if "encryptedpackage" in names or "encryptioninfo" in names:
        return "encrypted"
    if "workbook" in names or "book" in names:
        return "xls"
    if "worddocument" in names:
        return "doc"
    if any(n.startswith("wps") for n in names) or "kscontent" in names:
        return "wps"
    return "unknown"


def word_is_encrypted(data: bytes) -> bool:
    """Whether a .doc says in its file information block that it is password-protected."""
    from xlrd import compdoc

    try:
        doc = compdoc.CompDoc(data, logfile=io.StringIO())
        stream = doc.get_named_stream("WordDocument")
    except Exception:
        return False
    if not stream or len(stream) < 12:
        return False
    flags = int.from_bytes(stream[10:12], "little")
    return bool(flags & 0x0100)
