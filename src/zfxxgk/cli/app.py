"""The Typer application every command registers with."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="政府信息公开工作年度报告：解析、检查、撰写。")


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"zfxxgk {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="显示版本号后退出")
    ] = False,
) -> None:
    """政府信息公开工作年度报告：解析、检查、撰写。"""
