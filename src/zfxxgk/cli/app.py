"""The Typer application every command registers with."""

from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="政府信息公开工作年度报告：解析、检查、撰写。")
