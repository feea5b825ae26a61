"""Which modules a module brings in: reading a text report never loads the PDF or OCR machinery, and
the OCR reader shares the ruled-table code with the PDF reader instead of importing it."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _loaded(module: str) -> set[str]:
    code = f"import sys, {module}; print(' '.join(m for m in sys.modules if m.startswith('zfxxgk')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", ["zfxxgk.pipeline", "zfxxgk.extract.confidence"])
def test_parsing_text_needs_no_pdf_or_ocr(module: str) -> None:
    assert not _loaded(module) & {"zfxxgk.load.pdf", "zfxxgk.load.ocr"}


def test_ocr_does_not_import_the_pdf_reader() -> None:
    loaded = _loaded("zfxxgk.load.ocr")
    assert "zfxxgk.load.ruled" in loaded
    assert "zfxxgk.load.pdf" not in loaded
