"""Word files → Document: paragraphs and tables in document order (.docx via python-docx; .doc and
.wps converted to .docx by LibreOffice first)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from lxml import etree

from ..document import Document
from .archive import check_zip, word_is_encrypted
from .errors import LoadError
from .layout import SpanCell, TextBuilder, clean_line, resolve_spans, trim_grid

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CONVERT_TIMEOUT = 120  # seconds for LibreOffice to turn a .doc into .docx


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (_q(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_T, _TAB, _BR, _CR = (_q(t) for t in ("t", "tab", "br", "cr"))
_FALLBACK = f"{{{MC}}}Fallback"


def _val(el: etree._Element | None, default: str = "") -> str:
    if el is None:
        return default
    return el.get(_q("val"), default)


def paragraph_text(p: etree._Element) -> str:
    """A paragraph's text: runs, tabs and breaks (deleted text and duplicate fallbacks skipped)."""
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        for child in el:
            tag = child.tag
            if tag == _FALLBACK:
                continue
            if tag == _T:
                out.append(child.text or "")
            elif tag == _TAB:
                out.append("\t")
            elif tag in (_BR, _CR):
                out.append("\n")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _cells(tr: etree._Element) -> list[etree._Element]:
    """A row's cells, looking through content controls."""
    out = []
    for child in tr:
        if child.tag == _TC:
            out.append(child)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                out.extend(_cells(content))
    return out


def _rows(tbl: etree._Element) -> list[etree._Element]:
    out = []
    for child in tbl:
        if child.tag == _TR:
            out.append(child)
        elif child.tag == _SDT and (content := child.find(_SDT_CONTENT)) is not None:
            out.extend(c for c in content if c.tag == _TR)
    return out


def _is_layout(tbl: etree._Element) -> bool:
    """A table used for layout: it holds other tables, or has a single column."""
    if tbl.find(f".//{_TC}//{_TBL}") is not None:
        return True
    return all(len(_cells(tr)) <= 1 for tr in _rows(tbl))


def _cell_text(tc: etree._Element) -> str:
    """A cell's paragraphs, a line each (the grid's rows are made of them: see `layout.unstacked`)."""
    return "\n".join(paragraph_text(p) for p in tc.iter(_P))


def table_grid(tbl: etree._Element) -> list[list[str]]:
    """The table as a grid (see layout.resolve_spans): a cell spanning columns (gridSpan, hMerge) or
    rows (vMerge) has its text in its first position, the other positions it covers are blank."""
    rows: list[list[SpanCell]] = []
    for tr in _rows(tbl):
        row: list[SpanCell] = []
        pr = tr.find(_q("trPr"))
        if pr is not None and (before := int(_val(pr.find(_q("gridBefore")), "0") or 0)) > 0:
            row.append(SpanCell("", colspan=before))
        for tc in _cells(tr):
            tcpr = tc.find(_q("tcPr"))
            span = 1
            vmerged = hmerged = False
            if tcpr is not None:
                span = max(1, min(int(_val(tcpr.find(_q("gridSpan")), "1") or 1), 1000))
                vmerge = tcpr.find(_q("vMerge"))
                vmerged = vmerge is not None and _val(vmerge, "continue") != "restart"
                hmerge = tcpr.find(_q("hMerge"))
                hmerged = hmerge is not None and _val(hmerge, "continue") != "restart"
            if hmerged and row:
                row[-1].colspan += span
            else:
                row.append(SpanCell("" if vmerged else _cell_text(tc), colspan=span))
        rows.append(row)
    return resolve_spans(rows)


class _Walker:
    def __init__(self) -> None:
        self.out = TextBuilder()

    def block(self, parent: etree._Element) -> None:
        for el in parent:
            if el.tag == _P:
                for line in paragraph_text(el).split("\n"):
                    self.out.paragraph(clean_line(line))
            elif el.tag == _TBL:
                self.table(el)
            elif el.tag == _SDT:
                content = el.find(_SDT_CONTENT)
                if content is not None:
                    self.block(content)

    def table(self, tbl: etree._Element) -> None:
        if _is_layout(tbl):
            for tr in _rows(tbl):
                for tc in _cells(tr):
                    self.block(tc)
            return
        self.out.table(trim_grid(table_grid(tbl)))


def load_docx(data: bytes) -> Document:
    """Read a .docx. Raises LoadError: corrupt, zip_bomb, encrypted."""
    check_zip(data)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise LoadError("corrupt", f"Word 文件已损坏，无法打开（{type(exc).__name__}）。") from None
    hints: dict[str, str] = {}
    props = document.core_properties
    if props.title and props.title.strip():
        hints["title"] = clean_line(props.title)
    walker = _Walker()
    walker.block(document.element.body)
    return walker.out.document("application/vnd.openxmlformats-officedocument.wordprocessingml.document", hints)


def soffice() -> str | None:
    """The LibreOffice executable on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, suffix: str) -> bytes:
    """A legacy Word/WPS file converted to .docx by LibreOffice in a temporary directory.

    Raises LoadError: needs_libreoffice, encrypted, corrupt (conversion failed or timed out)."""
    exe = soffice()
    if exe is None:
        raise LoadError(
            "needs_libreoffice",
            f"读取 {suffix} 文件需要 LibreOffice，但本机没有安装。"
            "请安装后重试（例如 apt-get install libreoffice-writer）。",
        )
    if suffix == ".doc" and word_is_encrypted(data):
        raise LoadError("encrypted", "这个 Word 文件设置了密码，无法读取。请提供未加密的文件。")
    with tempfile.TemporaryDirectory(prefix="zfxxgk-") as tmp:
        src = Path(tmp) / f"report{suffix}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        cmd = [
            exe,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            tmp,
            str(src),
        ]
        try:
            subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise LoadError("corrupt", f"LibreOffice 在 {CONVERT_TIMEOUT} 秒内未能转换这个文件。") from None
        out = Path(tmp) / "report.docx"
        if not out.exists() or out.stat().st_size == 0:
            raise LoadError("corrupt", f"LibreOffice 无法转换这个 {suffix} 文件，它可能已损坏或设置了密码。")
        return out.read_bytes()


def load_legacy_word(data: bytes, suffix: str = ".doc") -> Document:
    """Read a .doc or .wps by converting it to .docx. Raises LoadError (see convert_to_docx)."""
    doc = load_docx(convert_to_docx(data, suffix))
    doc.media_type = "application/msword" if suffix == ".doc" else "application/vnd.ms-works"
    return doc
