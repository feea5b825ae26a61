"""Hostile files: what is no report file, pages that nest or lie about their charset, names that are
markup or not UTF-8. Each is read in a subprocess bounded in time and memory, so a hang or a runaway
allocation fails the test instead of taking the machine down."""

from __future__ import annotations

import base64
import json
import os
import random
import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import SHARED

TIME_BOUND = 20  # seconds, start-up included
MEMORY_BOUND = 2 * 1024**3  # bytes of address space
REPORT = SHARED / "corpus" / "r003.txt"  # a 2011 report with its 统计表


def _zfxxgk(
    *args: str | Path, env: dict[str, str] | None = None, memory: int = MEMORY_BOUND
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "zfxxgk.cli", *map(os.fsdecode, args)],
        capture_output=True,
        timeout=TIME_BOUND,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (memory, memory)),
        env={**os.environ, **(env or {})},
    )


def _records(done: subprocess.CompletedProcess[bytes]) -> list[dict]:
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


def _text() -> str:
    return REPORT.read_text(encoding="utf-8")


@pytest.mark.parametrize("device", ["/dev/zero", "fifo"])
def test_what_is_no_regular_file_is_refused_with_its_own_code(tmp_path: Path, device: str) -> None:
    if device == "fifo":
        device = str(tmp_path / "report.txt")
        os.mkfifo(device)  # no writer: reading it would wait for ever
    (rec,) = _records(_zfxxgk("parse", "-f", "json", device))
    assert rec["error"]["code"] == "not_a_file"
    assert rec["source"]["path"] == device


def test_deeply_nested_html_is_read(tmp_path: Path) -> None:
    page = tmp_path / "nested.html"
    body = _text().replace("\n", "<br>")
    page.write_text(f"<html><body>{'<div>' * 300}{body}{'</div>' * 300}</body></html>", encoding="utf-8")
    (rec,) = _records(_zfxxgk("parse", "-f", "json", page))
    assert rec["error"] is None
    assert rec["meta"]["year"] == 2011 and len(rec["indicators"]) == 17


def test_nesting_past_the_parsers_limit_says_so(tmp_path: Path) -> None:
    page = tmp_path / "nested.html"
    page.write_text(f"<html><body>{'<div>' * 5000}{_text()}{'</div>' * 5000}</body></html>", encoding="utf-8")
    (rec,) = _records(_zfxxgk("parse", "-f", "json", page))
    assert rec["error"]["code"] == "corrupt"
    assert "嵌套" in rec["error"]["message"]


def test_nested_tables_end_in_a_record(tmp_path: Path) -> None:
    page = tmp_path / "tables.html"
    page.write_text("<table><tr><td>" * 600 + _text() + "</td></tr></table>" * 600, encoding="utf-8")
    (rec,) = _records(_zfxxgk("parse", "-f", "json", page))
    assert rec["error"] is None or rec["error"]["code"] != "internal"


def test_gbk_page_declaring_latin1_is_read_as_gbk(tmp_path: Path) -> None:
    page = tmp_path / "gbk.html"
    head = b'<html><head><meta charset="iso-8859-1"></head><body><pre>'
    page.write_bytes(head + _text().encode("gbk") + b"</pre></body></html>")
    (rec,) = _records(_zfxxgk("parse", "-f", "json", page))
    assert rec["meta"]["agency"] == "平潭县人民政府" and rec["meta"]["year"] == 2011


def test_gbk_text_behind_a_utf8_bom_is_read_as_gbk(tmp_path: Path) -> None:
    report = tmp_path / "gbk.txt"
    report.write_bytes(b"\xef\xbb\xbf" + _text().encode("gbk"))
    (rec,) = _records(_zfxxgk("parse", "-f", "json", report))
    assert rec["meta"]["agency"] == "平潭县人民政府" and rec["meta"]["year"] == 2011


def test_a_file_name_that_is_markup_is_printed_as_it_is(tmp_path: Path) -> None:
    (tmp_path / "[").mkdir()
    report = tmp_path / "[" / "x] report.txt"
    report.write_bytes(REPORT.read_bytes())
    done = _zfxxgk("parse", report, env={"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr.decode()
    assert "[/x] report.txt" in done.stdout.decode("utf-8")


@pytest.mark.parametrize("command", [["parse", "-f", "json"], ["check", "-f", "json"], ["check"]])
def test_a_name_that_is_not_utf8_is_written_with_escapes(tmp_path: Path, command: list[str]) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"r\xb1\xa8.txt")
    with open(name, "wb") as f:
        f.write(REPORT.read_bytes())
    done = _zfxxgk(*command, name, env={"PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode("utf-8")  # every line valid UTF-8
    escaped = os.fsdecode(tmp_path) + "/r\\xb1\\xa8.txt"
    if command == ["check"]:
        assert f"{escaped}: date.late [warning]" in out
    else:
        lines = [json.loads(line) for line in out.splitlines()]
        assert [d.get("path") or d["source"]["path"] for d in lines] == [escaped]


def test_a_sentence_of_200000_whereof_takes_time_in_proportion(tmp_path: Path) -> None:
    text = _text()
    at = text.index("。")
    report = tmp_path / "whereof.txt"
    report.write_text(text[:at] + "，其中" * 200_000 + text[at:], encoding="utf-8")
    (rec,) = _records(_zfxxgk("parse", "-f", "json", report))
    assert rec["meta"]["year"] == 2011


@pytest.mark.parametrize("where", ['<img src="{uri}">', "<p>{uri}</p>"])
def test_a_10_mb_inline_image_is_dropped_before_parsing(tmp_path: Path, where: str) -> None:
    uri = "data:image/png;base64," + base64.b64encode(random.Random(1).randbytes(7_500_000)).decode()
    page = tmp_path / "page.html"
    text = _text()
    page.write_text(f"<html><body><p>{text[:2000]}</p>{where.format(uri=uri)}<p>{text[2000:]}</p></body></html>")
    done = _zfxxgk("parse", "-f", "json", page)
    (rec,) = _records(done)
    assert rec["meta"]["year"] == 2011 and len(rec["indicators"]) == 17
    assert len(done.stdout) < 100_000  # the base64 is in no section's text


def _png(width: int, height: int) -> bytes:
    """A white greyscale PNG of that size, compressed to a few kilobytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = zlib.compress((b"\x00" + b"\xff" * width) * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def test_a_strip_too_thin_for_a_line_is_refused_before_decoding(tmp_path: Path) -> None:
    image = tmp_path / "strip.png"
    image.write_bytes(_png(1, 40_000_000))  # under the pixel limit; decoded and scanned it took gigabytes
    (rec,) = _records(_zfxxgk("parse", "-f", "json", image, memory=768 * 1024**2))
    assert rec["error"]["code"] == "not_a_report"
    assert "1×40000000" in rec["error"]["message"]


def test_a_word_table_of_wide_grid_spans_is_read_in_proportion(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rng = random.Random(2)
    doc = docx.Document()
    doc.add_paragraph("某县人民政府2022年政府信息公开工作年度报告")
    for _ in range(3):
        for row in doc.add_table(rows=3, cols=100).rows:
            for cell in row.cells:
                span = OxmlElement("w:gridSpan")
                span.set(qn("w:val"), str(rng.randint(500, 100_000)))
                cell._tc.get_or_add_tcPr().append(span)
                cell.text = str(rng.randint(0, 10**9))
    path = tmp_path / "spans.docx"
    doc.save(str(path))
    (rec,) = _records(_zfxxgk("parse", "-f", "json", path))
    assert rec["error"] is None or rec["error"]["code"] == "not_a_report"
