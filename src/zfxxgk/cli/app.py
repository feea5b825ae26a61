"""The Typer application every command registers with."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from .values import convert_directly


def _plain(params: list[Any]) -> list[Any]:
    """The parameters, their help naming no Python type: nothing after a flag (it takes no value),
    nothing after an argument but its choices (its name, PATHS..., says what it takes); their values
    converted directly (values.py)."""
    for p in params:
        convert_directly(p)
        if getattr(p, "is_flag", False) and p.metavar is None:
            p.metavar = ""
        elif isinstance(p, TyperArgument) and not p.type_descriptor.is_choice:
            p.display_type_rich = lambda ctx: None
    return params


class PlainHelpCommand(TyperCommand):
    """A command whose help shows no `<bool>` after a flag or `<list[Path]>` after the files, and
    `PATHS...` rather than `{paths}...` in the usage line."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for p in self.get_params(ctx):
            if isinstance(p, TyperArgument):
                name = (p.metavar or p.name or "").upper() + ("..." if p.nargs != 1 else "")
                pieces.append(name if p.required else f"[{name}]")
        return pieces


class PlainHelpGroup(TyperGroup):
    """The command group, its options' help as plain as its commands'."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))


class App(typer.Typer):
    """Typer whose commands print plain help (PlainHelpCommand)."""

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", PlainHelpCommand)
        return super().command(*args, **kwargs)


app = App(
    cls=PlainHelpGroup, add_completion=False, no_args_is_help=True, help="政府信息公开工作年度报告：解析、检查、撰写。"
)


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
