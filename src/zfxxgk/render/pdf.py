"""The report as a PDF: its HTML printed by headless Chromium, or else its .docx converted by
LibreOffice, whichever this machine has."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
OFFICES = ("soffice", "libreoffice")
TIMEOUT = 180  # s: LibreOffice's first start on a new profile takes most of a minute on a slow machine


class PdfUnavailable(RuntimeError):
    """Neither Chromium nor LibreOffice is installed: the message says what to install."""


def pdf_engine() -> tuple[str, str] | None:
    """("chromium", path) or ("libreoffice", path): the first installed, Chromium first."""
    for kind, names in (("chromium", BROWSERS), ("libreoffice", OFFICES)):
        for name in names:
            if path := shutil.which(name):
                return kind, path
    return None


def print_pdf(html: str, docx: Callable[[], bytes] | None = None) -> bytes:
    """The PDF of a report given as HTML, printed by Chromium; where only LibreOffice is installed, the
    .docx that `docx` makes, converted. Raises PdfUnavailable when neither is installed."""
    engine = pdf_engine()
    if engine is None:
        raise PdfUnavailable(
            "写 PDF 需要 Chromium 或 LibreOffice，本机都没有：请安装其一（如 apt-get install chromium，"
            "或 apt-get install libreoffice-writer）。/ PDF output needs Chromium or LibreOffice: install one."
        )
    kind, program = engine
    with tempfile.TemporaryDirectory(prefix="zfxxgk-pdf-") as tmp:
        work = Path(tmp)
        if kind == "chromium":
            source, out = work / "report.html", work / "report.pdf"
            source.write_text(html, encoding="utf-8")
            command = [program, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
            command += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
            command += [f"--user-data-dir={work / 'profile'}", "--no-pdf-header-footer", "--print-to-pdf-no-header"]
            command += [f"--print-to-pdf={out}", source.as_uri()]
        else:
            if docx is None:
                raise PdfUnavailable(
                    "只装了 LibreOffice，它转换 .docx / only LibreOffice is installed: it converts a .docx"
                )
            source, out = work / "report.docx", work / "report.pdf"
            source.write_bytes(docx())
            command = [program, "--headless", f"-env:UserInstallation={(work / 'profile').as_uri()}"]
            command += ["--convert-to", "pdf", "--outdir", str(work), str(source)]
        proc = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        if not out.exists():
            detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
            raise PdfUnavailable(f"{Path(program).name} 没有写出 PDF / did not write the PDF: {detail[0]}")
        return out.read_bytes()
