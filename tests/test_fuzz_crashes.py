"""Inputs found by mutating real reports (../shared/fuzz-crashes, read as its README says): each gives
a record, never an exception. The slow ones run in a subprocess with a time and a memory bound, so a
hang or a runaway allocation fails the test instead of taking the machine down."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SHARED
from zfxxgk import Record, parse_bytes, parse_text

CRASHES = SHARED / "fuzz-crashes"
SLOW = CRASHES / "slow"
TIME_BOUND = 20  # seconds for one slow input, start-up included; each takes a few at most
MEMORY_BOUND = 2 * 1024**3  # bytes of address space; a report needs a few hundred MB


def _inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != "README.md") if folder.is_dir() else []


def read(path: Path) -> Record:
    """As the README says: text files as UTF-8 text (lone surrogates kept), the rest as bytes of `fuzz.txt`."""
    if path.suffix == ".txt":
        return parse_text(path.read_text(encoding="utf-8", errors="surrogatepass"))
    return parse_bytes(path.read_bytes(), "fuzz.txt")


def _csv_read_as_text(rec: Record) -> None:
    assert rec.source.media_type == "text/plain"  # a 140 KB field is not a sheet's cell


def _csv_rows_split_at_cr(rec: Record) -> None:
    assert rec.source.media_type == "text/csv"
    assert rec.error.code == "not_a_report"


def _huge_number_is_no_cell(rec: Record) -> None:
    assert rec.error is None
    assert rec.cells["s3.received.total"] is None
    assert any(f.rule == "table.incomplete" and "s3.received.total" in f.cells for f in rec.findings)


def _page_tree_pdfminer_cannot_list(rec: Record) -> None:
    """A damaged page tree that pdfminer gave up on: pdfium reads the report whole."""
    assert rec.error is None
    assert rec.meta.template and len(rec.cells) > 100


def _all_columns_running_totals(rec: Record) -> None:
    assert rec.error is None
    assert rec.meta.template == "pre2019"


def _surrogate_replaced(rec: Record) -> None:
    assert rec.error.code == "not_a_report"
    assert len(rec.source.sha256) == 64


def _digit_run_is_invalid(rec: Record) -> None:
    assert rec.cells["s3.granted.total"] is None
    invalid = [f for f in rec.findings if f.rule == "value.invalid"]
    assert [f.cells for f in invalid] == [("s3.granted.total",)]
    assert "4301" in invalid[0].message


def _glued_decimals_are_no_value(rec: Record) -> None:
    assert rec.cells.get("s2.procurement.projects") is None


CHECKS: dict[str, Callable[[Record], None]] = {
    "Error_zfxxgk_load_sheet_py_147_listcomp.hand.csv": _csv_read_as_text,
    "Error_zfxxgk_load_sheet_py_156_genexpr.hand.csv": _csv_rows_split_at_cr,
    "OverflowError_zfxxgk_extract_values_py_112_holds.min.txt": _huge_number_is_no_cell,
    "OverflowError_zfxxgk_extract_values_py_117_holds.min.txt": _huge_number_is_no_cell,
    "PdfminerException_zfxxgk_load_pdf_py_214_load_pdf.min.bin": _page_tree_pdfminer_cannot_list,
    "StopIteration_zfxxgk_extract_indicators_py_72_extract_indicators.min.txt": _all_columns_running_totals,
    "UnicodeEncodeError_zfxxgk_pipeline_py_96_parse_text.min.txt": _surrogate_replaced,
    "ValueError_zfxxgk_extract_values_py_39_parse_number.hand.txt": _digit_run_is_invalid,
    "ValueError_zfxxgk_extract_values_py_47_parse_number.min.txt": _glued_decimals_are_no_value,
}


def test_every_check_has_its_input() -> None:
    assert set(CHECKS) <= {p.name for p in _inputs(CRASHES)}


@pytest.mark.parametrize("path", _inputs(CRASHES), ids=lambda p: p.name)
def test_crash_input_gives_a_record(path: Path) -> None:
    rec = read(path)
    assert isinstance(rec, Record)
    json.loads(rec.dumps().encode("utf-8"))  # writable as the CLI writes it
    if rec.error is not None:
        assert rec.error.code and rec.error.message
    CHECKS.get(path.name, lambda _: None)(rec)


def _bound_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))


SLOW_EXPECT = {  # file → the error code of its record (None: read as a report)
    "fuzz_digit_run_case14879.txt": None,
    "fuzz_small_case1905.txt": None,
    "fuzz_table_blowup_case2287.txt": None,
    "glued_row_2000_digits.txt": None,
    "html_100_cells_colspan1000.html": None,
    "narrative_10000_parts.txt": None,
    "png_1x2000_11GiB_alloc.png": "not_a_report",  # too thin to hold a line: no text, no OCR
}


def test_every_slow_expectation_has_its_input() -> None:
    assert set(SLOW_EXPECT) <= {p.name for p in _inputs(SLOW)}


@pytest.mark.slow
@pytest.mark.parametrize("path", _inputs(SLOW), ids=lambda p: p.name)
def test_slow_input_finishes_in_bounded_time_and_memory(path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "zfxxgk.cli", "parse", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=TIME_BOUND,
        preexec_fn=_bound_memory,
        check=False,
    )
    assert "Traceback" not in proc.stderr
    line = json.loads(proc.stdout.splitlines()[0])
    if path.name in SLOW_EXPECT:
        assert (line["error"] or {}).get("code") == SLOW_EXPECT[path.name]
    if line["error"] is None:
        assert line["meta"]["template"]
