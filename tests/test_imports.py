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


HEAVY = {"pdfplumber", "pypdfium2", "onnxruntime", "cv2", "openpyxl", "docx", "rapidocr", "numpy", "PIL"}


def _imported_after(code: str) -> set[str]:
    """The modules (and their top-level packages) loaded once `code` has run in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules), file=sys.stderr)"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = out.stderr.split()
    return {m.split(".")[0] for m in modules} | set(modules)


def test_parsing_a_text_loads_no_pdf_ocr_office_or_pool(shared) -> None:
    text = next((shared / "seeds").glob("*.txt"))
    loaded = _imported_after(f"import zfxxgk; zfxxgk.parse_text(open({str(text)!r}, encoding='utf-8').read())")
    assert not loaded & (HEAVY | {"concurrent.futures", "rich"})


def _command_loads(*args: str) -> set[str]:
    """The modules loaded by running `zfxxgk ARGS` in a fresh interpreter."""
    code = (
        f"import sys; sys.argv = ['zfxxgk', *{list(args)!r}]\n"
        "from zfxxgk.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    return _imported_after(code)


# What a command that keeps no corpus has no use for: Pydantic (Typer converts values through it), the
# package metadata its plugin loader reads, the corpus store and its database.
UNUSED = {"pydantic", "typer._adapters", "importlib.metadata", "zfxxgk.store", "duckdb", "zfxxgk.cli.corpus"}
# Nor does parsing to JSON need the other commands or Rich's console.
UNUSED_BY_PARSE = UNUSED | {"zfxxgk.cli.serve", "zfxxgk.cli.write", "zfxxgk.render", "rich.console"}
PARSER = {"zfxxgk.pipeline", "zfxxgk.batch", "zfxxgk.segment", "zfxxgk.meta", "zfxxgk.extract.tables"}


def test_the_command_line_parsing_one_text_loads_no_pdf_ocr_office_or_pool(shared) -> None:
    text = next((shared / "seeds").glob("*.txt"))
    loaded = _command_loads("parse", "--format", "json", str(text))
    assert "zfxxgk.pipeline" in loaded
    assert not loaded & (HEAVY | {"concurrent.futures", "rich.table", "zfxxgk.synth", "zfxxgk.render.docx"})
    assert not loaded & UNUSED_BY_PARSE


def test_a_table_drawn_loads_rich_but_not_the_other_commands(shared) -> None:
    text = next((shared / "seeds").glob("*.txt"))
    loaded = _command_loads("parse", str(text))
    assert {"rich.console", "rich.table"} <= loaded
    assert not loaded & (UNUSED_BY_PARSE - {"rich.console", "zfxxgk.render"})


def test_the_package_names_load_their_modules_when_used() -> None:
    import zfxxgk

    assert set(zfxxgk.__all__) <= set(dir(zfxxgk))
    for name in zfxxgk.__all__:
        assert getattr(zfxxgk, name) is not None
    assert zfxxgk.parse.__name__ == "parse_path"
    with pytest.raises(AttributeError):
        _ = zfxxgk.parse_everything


def test_a_command_that_only_writes_loads_no_parser(tmp_path) -> None:
    loaded = _command_loads("blank", "applications", "-o", str(tmp_path / "register.csv"))
    assert "zfxxgk.register" in loaded
    assert not loaded & (UNUSED | PARSER | {"zfxxgk.checks", "zfxxgk.cli.read", "rich.console"})


def test_the_help_listing_loads_every_command_but_no_parser_or_checks() -> None:
    loaded = _command_loads("--help")
    assert {"zfxxgk.cli.read", "zfxxgk.cli.write", "zfxxgk.cli.corpus", "zfxxgk.cli.serve"} <= loaded
    assert not loaded & (UNUSED - {"zfxxgk.cli.corpus", "zfxxgk.store"} | PARSER | {"zfxxgk.checks"})


def test_the_checks_do_not_load_the_table_readers() -> None:
    """The checks judge a record by the templates' equations; they need no reader, and a reader that
    raises findings (the 统计表's, the tables') imports the checks without coming back to itself."""
    loaded = _loaded("zfxxgk.checks")
    assert {"zfxxgk.extract.form_sums", "zfxxgk.extract.values"} <= loaded
    assert not loaded & {"zfxxgk.extract.indicators", "zfxxgk.extract.tables", "zfxxgk.extract.groups"}
