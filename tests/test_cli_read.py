"""`zfxxgk check` and `zfxxgk parse`: each finding says where in the source it points, one line each."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zfxxgk import checks
from zfxxgk.checks import Context
from zfxxgk.cli import app
from zfxxgk.document import Document
from zfxxgk.pipeline import Trace, parse_path

runner = CliRunner()


def test_a_narrative_finding_points_at_its_line(shared: Path) -> None:
    report = shared / "corpus" / "r024.md"
    (found,) = [f for f in parse_path(report).findings if f.rule == "narrative.sum_mismatch"]
    assert found.cells == ()
    line = found.location["line"]
    assert "全年累计发布信息 2139 条" in report.read_text(encoding="utf-8").splitlines()[line - 1]
    done = runner.invoke(app, ["check", "--fail-on", "never", str(report)])
    assert f"{report}:{line}: narrative.sum_mismatch [warning] 正文称共 2139条" in done.stdout


def test_a_finding_about_cells_points_where_they_were_read(shared: Path) -> None:
    rec = parse_path(shared / "corpus" / "r001.html")
    blank = next(f for f in rec.findings if f.rule == "table.incomplete" and f.cells[0].startswith("s3.granted"))
    assert blank.location == rec.provenance["s3.granted.natural_person"]  # its row's first value read
    done = runner.invoke(app, ["check", "--format", "json", "--fail-on", "never", str(shared / "corpus" / "r001.html")])
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(set(d) == {"path", "rule", "severity", "message", "cells", "location"} for d in lines)
    assert {"table": 1, "row": 5, "column": 3} in [d["location"] for d in lines]


def test_a_finding_without_a_place_keeps_the_plain_form(shared: Path) -> None:
    seed = next((shared / "seeds").glob("004_*"))
    done = runner.invoke(app, ["check", "--fail-on", "never", str(seed)])
    assert f"{seed}: table.missing [error] 报告第2部分缺少全部法定表格。" in done.stdout.splitlines()


def test_a_crashed_check_is_one_line(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(ctx: Context) -> list:
        raise ValueError("first line\nsecond line")

    monkeypatch.setattr(checks, "CHECKS", (fails,))
    seed = next((shared / "seeds").glob("001_*"))
    done = runner.invoke(app, ["check", "--fail-on", "never", str(seed)])
    (crash,) = [line for line in done.stdout.splitlines() if "check.crashed" in line]
    assert crash.startswith(f"{seed}: check.crashed [warning] 检查 fails 出错：Traceback")
    assert crash.endswith("ValueError: first line second line")


def test_explain_shows_each_value_in_its_source_text(shared: Path) -> None:
    report = shared / "corpus" / "r001.html"
    trace = Trace()
    rec = parse_path(report, trace=trace)
    assert trace.excerpts.keys() == rec.provenance.keys()
    excerpt = trace.excerpts["s3.granted.natural_person"]
    assert excerpt == "…、本年度办理结果 | （一）予以公开 | | 【258】 | 12 | | | 1 | 1 | |…"
    assert "s2.regulations: 13 13 524 (line 4)" in trace.notes
    out = runner.invoke(app, ["parse", "--explain", str(report)], terminal_width=100).stdout.splitlines()
    assert f"s3.granted.natural_person = 258  @table1.r5.c3  {excerpt}" in out
    assert "s2.regulations: 13 13 524 (line 4)" in out
    assert not any("{'" in line for line in out)


def test_an_excerpt_marks_the_span_and_folds_line_breaks() -> None:
    doc = Document("规章\n\n  0\n13\n524\n" + "x" * 40)
    at = doc.text.index("13")
    assert doc.excerpt(at, at + 2, width=8) == "规章 ⏎ 0 ⏎ 【13】 ⏎ 524 ⏎ xxx…"


def test_version() -> None:
    from zfxxgk import __version__

    out = runner.invoke(app, ["--version"])
    assert out.exit_code == 0 and out.output.strip() == f"zfxxgk {__version__}"


def test_the_package_runs_as_the_command_line() -> None:
    from zfxxgk import __version__

    out = subprocess.run([sys.executable, "-m", "zfxxgk", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"zfxxgk {__version__}"


def test_check_with_a_broken_report_exits_one_unless_told_never(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，主动公开政府信息10条。\n")
    assert runner.invoke(app, ["check", "-q", str(report)]).exit_code == 1
    assert runner.invoke(app, ["check", "-q", "--fail-on", "never", str(report)]).exit_code == 0
