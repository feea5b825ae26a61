"""The Typer application every command registers with."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from importlib import import_module
from typing import Annotated, Any

import typer
import typer.main
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
            p.display_type_rich = lambda ctx: None  # type: ignore[method-assign]  # on this argument only
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


# Each command's module, in the order `zfxxgk --help` lists them: a module is imported when one of its
# commands runs (or the listing is shown), so a command loads only what it needs.
COMMANDS = {
    **dict.fromkeys(("parse", "check", "rules"), "read"),
    **dict.fromkeys(("ingest", "recheck", "review", "export", "sql", "compare", "summary"), "corpus"),
    "serve": "serve",
    **dict.fromkeys(("render", "register", "blank", "synth"), "write"),
}


class LazyCommands(MutableMapping[str, Any]):
    """The group's commands by name, every name known from the start, each command's module imported and
    its commands built the first time one of them is looked up."""

    def __init__(self, built: dict[str, Any]) -> None:
        self._built = built

    def __getitem__(self, name: str) -> Any:
        if name not in self._built and name in COMMANDS:
            import_module(f"{__package__}.{COMMANDS[name]}")
            for info in app.registered_commands:
                assert info.callback is not None  # app.command() registers the function it decorates
                if (info.name or typer.main.get_command_name(info.callback.__name__)) not in self._built:
                    command = typer.main.get_command_from_info(
                        info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode
                    )
                    self._built[command.name or ""] = command
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys((*COMMANDS, *self._built)))

    def __len__(self) -> int:
        return len(COMMANDS.keys() | self._built.keys())


class PlainHelpGroup(TyperGroup):
    """The command group, its options' help as plain as its commands', its commands loaded lazily."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands(dict(self.commands))

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
