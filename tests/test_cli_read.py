"""`zfxxgk check` and `zfxxgk parse`: each finding says where in the source it points, one line each."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
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
    assert "s2.regulations: 13 13 524 (line 30)" in trace.notes
    out = runner.invoke(app, ["parse", "--explain", str(report)], terminal_width=100).stdout.splitlines()
    assert f"s3.granted.natural_person = 258  @table1.r5.c3  {excerpt}" in out
    assert "s2.regulations: 13 13 524 (line 30)" in out
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


def test_check_groups_a_repeated_finding_and_sums_up_each_report_and_the_batch(shared: Path, tmp_path: Path) -> None:
    r009, r003 = shared / "corpus" / "r009.txt", shared / "corpus" / "r003.txt"
    (tmp_path / "r.txt").write_bytes(b"")
    done = runner.invoke(app, ["check", "-j", "1", "--fail-on", "never", str(r009), str(r003), str(tmp_path / "r.txt")])
    out = done.stdout.splitlines()
    ambiguous = [line for line in out if "value.ambiguous" in line]
    assert len(ambiguous) == 1
    assert ambiguous[0].startswith(f"{r009}:10: value.ambiguous [warning] 数字连在一起印刷")
    assert "。 (×7: s2.normative_documents.made, s2.normative_documents.published, " in ambiguous[0]
    assert ambiguous[0].endswith(", s2.procurement.amount)")
    assert f"{r009}: 8 warnings" in out
    assert f"{r003}: 1 warning" in out
    assert f"{tmp_path / 'r.txt'}: unreadable (empty) 文件是空的。" in out
    assert out[-1] == "3 reports, 1 unreadable: 9 warnings"


def _parse_text(path: Path, width: int) -> list[str]:
    done = runner.invoke(app, ["parse", "-j", "1", str(path)], env={"COLUMNS": str(width)})
    assert done.exit_code == 0, done.output
    return done.stdout.splitlines()


def test_parse_shows_table_3_with_its_group_labels_and_whole_labels_at_80_columns(shared: Path) -> None:
    out = _parse_text(shared / "corpus" / "r022.txt", 80)
    assert all(cell_len(line) <= 80 for line in out)
    labels = "".join(line.split("│")[1].strip() for line in out if line.count("│") == 9)  # table 三's rows
    for text in (
        "三、本年度办理结果",
        "（三）不予公开",
        "1.属于国家秘密",
        "（四）无法提供",
        "一、本年新收政府信息公开申请数量",
    ):
        assert text in labels
    assert labels.index("（三）不予公开") < labels.index("1.属于国家秘密") < labels.index("（四）无法提供")
    assert not any("…" in line for line in out if line.count("│") == 9)


def test_parse_marks_the_cells_a_finding_names_and_wraps_findings_in_their_column(shared: Path) -> None:
    from rich.console import Console

    from zfxxgk.cli.read import _show_findings, _show_tables

    rec = parse_path(shared / "corpus" / "r022.txt")  # s4.review.total 0 ≠ 10 + 1: an identity.s4_total error
    console = Console(force_terminal=True, color_system="standard", width=80, record=True)
    _show_tables(console, rec)
    review = next(line for line in console.export_text(styles=True).splitlines() if line.startswith("│ 行政复议 "))
    assert re.search(r"\x1b\[1;31m +0\x1b\[0m │$", review.rstrip())  # its 总计, in the error's colour
    console = Console(width=80, record=True)
    _show_findings(console, rec)
    lines = console.export_text().splitlines()
    indent = len("error identity.s4_total ")
    assert lines[0].startswith("error table.incomplete  “（六）其他处理”")
    assert all(line.startswith("error ") or line[:indent].isspace() for line in lines)
    assert len(lines) > 3


def test_rules_shows_each_meaning_in_full() -> None:
    out = runner.invoke(app, ["rules"], env={"COLUMNS": "80"}).stdout.splitlines()
    meanings = "".join(line.split("│")[3].strip() for line in out if line.count("│") == 4)
    for rule in checks.ALL_RULES.values():
        assert "".join(rule.summary.split()) in meanings


@pytest.mark.parametrize("command", [[], ["parse"], ["check"], ["render"], ["register"], ["blank"], ["synth"]])
def test_help_names_no_python_types(command: list[str]) -> None:
    out = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "120"}).stdout
    assert "Usage:" in out
    for noise in ("<bool>", "<list[", "{paths}", "{record}", "{applications}"):
        assert noise not in out, noise
    if command == ["parse"]:
        assert "[OPTIONS] PATHS..." in out
    if command == ["blank"]:
        assert "<applications|cases|report>" in out  # a choice is still named


def test_check_writes_a_name_with_a_line_break_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "a\nb.txt").write_bytes(b"")
    done = runner.invoke(app, ["check", "-j", "1", str(tmp_path / "a\nb.txt")])
    assert done.stdout.splitlines() == [f"{tmp_path}/a b.txt: unreadable (empty) 文件是空的。"]


def test_python_m_zfxxgk_runs_the_command_line() -> None:
    from zfxxgk import __version__

    done = subprocess.run([sys.executable, "-m", "zfxxgk", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"zfxxgk {__version__}"


def test_check_puts_the_findings_of_one_rule_on_one_line_each_message_in_turn(shared: Path) -> None:
    r001 = shared / "corpus" / "r001.html"
    out = runner.invoke(app, ["check", "-j", "1", "--fail-on", "never", str(r001)]).stdout.splitlines()
    (incomplete,) = [line for line in out if "table.incomplete" in line]
    assert incomplete.startswith(f"{r001}:") and " table.incomplete [error] ×24：" in incomplete
    assert "“一、本年新收政府信息公开申请数量”有2个单元格未填写；“二、上年结转" in incomplete
    assert incomplete.endswith("“政府信息公开行政复议、行政诉讼情况”有9个单元格未填写。")
    assert f"{r001}: 24 errors, 1 warning" in out


def test_every_command_is_listed_and_loaded_from_its_module() -> None:
    from zfxxgk.cli import corpus, read, serve, write  # noqa: F401  (each registers its commands)
    from zfxxgk.cli.app import COMMANDS

    registered = {
        info.name or info.callback.__name__: info.callback.__module__.rsplit(".", 1)[1]
        for info in app.registered_commands
    }
    assert registered == COMMANDS
    out = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout
    places = [out.index(f"│ {name} ") for name in COMMANDS]
    assert places == sorted(places)
