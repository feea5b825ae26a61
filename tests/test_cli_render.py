"""`zfxxgk render` on what a user has at hand: JSON Lines of several records, standard input, and a
report file itself."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from conftest import SHARED
from zfxxgk.cli import app
from zfxxgk.pipeline import parse_path

runner = CliRunner()
REPORTS = [SHARED / "corpus" / "r013.pdf", SHARED / "corpus" / "r001.html", SHARED / "corpus" / "r010.txt"]


def run(*args: str | Path, stdin: bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=stdin)


def json_lines(tmp_path: Path, extra: list[str] = ()) -> Path:
    lines = [parse_path(p).dumps() for p in REPORTS] + list(extra)
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_json_lines_give_one_report_each_named_after_its_source(tmp_path: Path) -> None:
    records = json_lines(tmp_path)
    done = run("render", records, "--to", "md")
    assert done.exit_code == 0, done.output
    for path in REPORTS:
        text = (tmp_path / f"{path.stem}.md").read_text(encoding="utf-8")
        assert parse_path(path).meta.agency in text.splitlines()[0]
    done = run("render", records, "--to", "html", "-o", tmp_path / "out")
    assert done.exit_code == 0 and sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "r001.html",
        "r010.html",
        "r013.html",
    ]


def test_a_failed_line_is_named_and_the_others_are_written(tmp_path: Path) -> None:
    failed = json.dumps({"source": {"path": "x.pdf"}, "meta": {}, "cells": {}, "error": {"code": "empty"}})
    done = run("render", json_lines(tmp_path, [failed]), "--to", "txt", "-o", tmp_path / "out")
    assert done.exit_code == 1
    assert "（第4条）" in done.stderr and "failed read" in done.stderr
    assert len(list((tmp_path / "out").iterdir())) == 3


def test_several_records_need_a_folder_not_standard_output(tmp_path: Path) -> None:
    done = run("render", json_lines(tmp_path), "--to", "md", "-o", "-")
    assert done.exit_code == 1 and "folder" in done.stderr


def test_standard_input_takes_a_record_or_a_report(tmp_path: Path) -> None:
    record = parse_path(REPORTS[2])
    done = run("render", "-", "--to", "md", stdin=record.dumps().encode())
    assert done.exit_code == 0 and done.stdout.startswith(f"# {record.meta.agency}")
    done = run("render", "-", "--to", "md", stdin=REPORTS[2].read_bytes())
    assert done.exit_code == 0 and done.stdout.startswith(f"# {record.meta.agency}")


def test_a_report_file_is_parsed_first(tmp_path: Path) -> None:
    report = tmp_path / REPORTS[0].name
    shutil.copy(REPORTS[0], report)
    done = run("render", report, "--to", "html")
    assert done.exit_code == 0, done.output
    html = (tmp_path / "r013.html").read_text(encoding="utf-8")
    assert html.count("<table") == 3 and 'data-cell="s3.received.total">3119<' in html
    done = run("render", report, "--to", "pdf")  # would overwrite the report itself
    assert done.exit_code == 1 and "overwrite" in done.stderr
    unreadable = tmp_path / "empty.txt"
    unreadable.write_bytes(b"")
    done = run("render", unreadable, "--to", "md")
    assert done.exit_code == 1 and "无法读取这份报告" in done.stderr
