"""Bad input gets a specific error, never a traceback; a folder goes on past a bad file."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from zfxxgk import parse, parse_bytes, parse_text
from zfxxgk.render import render

ZF = str(Path(sys.executable).with_name("zfxxgk"))


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert parse(p).error.code == "empty"


def test_binary_file() -> None:
    rec = parse_bytes(bytes(range(256)) * 40, "x.txt")
    assert rec.error.code in ("binary", "unsupported")


def test_text_that_is_not_a_report() -> None:
    rec = parse_text("今天天气很好，我们去公园散步。\n" * 20)
    assert rec.error.code == "not_a_report"
    assert rec.cells == {}


def test_huge_text_is_refused_quickly() -> None:
    rec = parse_bytes(("政府信息公开" * 10).encode() * 300_000, "big.txt")
    assert rec.error.code == "too_large"


def test_truncated_table_is_incomplete_not_guessed(shared: Path) -> None:
    text = (shared / "seeds" / "002_704ecc0a55f17776.txt").read_text()
    cut = text[: text.index("（四）无法提供")]
    rec = parse_text(cut)
    assert rec.error is None
    assert rec.cells["s3.unavailable.not_held.total"] is None
    assert any(f.rule == "table.incomplete" for f in rec.findings)
    assert not [c for c, v in rec.cells.items() if c.startswith("s4.") and v is not None]


def test_legacy_encodings_decode(shared: Path) -> None:
    text = (shared / "seeds" / "004_d1ed69b8ea7b905a.txt").read_text()
    want = parse_text(text).cells
    for enc in ("gb18030", "utf-16", "utf-8-sig"):
        assert parse_bytes(text.encode(enc), "r.txt").cells == want, enc
    trad = (shared / "seeds" / "003_4d1df608bebf6125.txt").read_text()
    assert parse_bytes(trad.encode("big5", errors="ignore"), "r.txt").cells["s2.procurement.projects"] == 2


def test_a_folder_goes_on_past_a_bad_file(tmp_path: Path, shared: Path) -> None:
    (tmp_path / "a_bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "b_good.txt").write_text((shared / "seeds" / "000_ea55384e27f3ee43.txt").read_text())
    proc = subprocess.run([ZF, "parse", "--format", "json", str(tmp_path)], capture_output=True, text=True, check=False)
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert proc.returncode == 1
    assert [bool(x["error"]) for x in lines] == [True, False]
    assert lines[1]["meta"]["agency"] == "井沟东乡族乡人民政府"
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("call", "argument", "named"),
    [
        (parse, b"report.txt", "parse takes the path of a report"),
        (parse, None, "parse takes the path of a report"),
        (parse_bytes, "report text", "parse_bytes takes a report's bytes"),
        (parse_text, b"report bytes", "parse_text takes a report's text"),
        (lambda r: render(r, "html"), None, "render takes a Record"),
        (lambda r: render(r, "html"), {"cells": {}}, "render takes a Record"),
    ],
)
def test_a_wrong_argument_is_named(call: Callable[[object], object], argument: object, named: str) -> None:
    with pytest.raises(TypeError, match=named):
        call(argument)
