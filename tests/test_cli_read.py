"""The reading commands as a user meets them."""

from __future__ import annotations

from typer.testing import CliRunner

from zfxxgk import __version__
from zfxxgk.cli import app


def test_version() -> None:
    out = CliRunner().invoke(app, ["--version"])
    assert out.exit_code == 0 and out.output.strip() == f"zfxxgk {__version__}"


def test_check_with_a_broken_report_exits_one_unless_told_never(tmp_path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，主动公开政府信息10条。\n")
    assert CliRunner().invoke(app, ["check", "-q", str(report)]).exit_code == 1
    assert CliRunner().invoke(app, ["check", "-q", "--fail-on", "never", str(report)]).exit_code == 0
