"""Option and argument values converted without Pydantic: for every parameter of every command, the same
value, or the same error, as Typer's own conversion."""

from __future__ import annotations

from enum import Enum
from typing import Any

import pytest
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from zfxxgk.cli import app
from zfxxgk.cli.values import DirectParam


def _parameters() -> list[tuple[Any, Any]]:
    group = typer.main.get_command(app)
    out = [(group, p) for p in group.params]
    for command in group.commands.values():
        out += [(command, p) for p in command.params]
    return out


PARAMETERS = _parameters()
CHOICES = sorted({c.value for _, p in PARAMETERS for c in p.type_descriptor.choices or ()})


def _converted(runtime: Any, value: Any, command: Any, param: Any) -> Any:
    try:
        return runtime.coerce(value, param=param, ctx=Context(command))
    except BadParameter as e:
        return ("error", e.format_message())


values = st.one_of(
    st.from_regex(r"[+-]?[0-9_ ]{0,4}", fullmatch=True),
    st.sampled_from([*CHOICES, "-", ".", "/", "/etc/passwd", "/tmp", "~", "a\x00b", "１２", "٣"]),
    st.text(max_size=6),
)


@pytest.mark.parametrize(("command", "param"), PARAMETERS, ids=[f"{c.name}-{p.name}" for c, p in PARAMETERS])
@settings(max_examples=40, deadline=None)
@given(value=values)
def test_values_convert_as_typer_converts_them(command: Any, param: Any, value: str) -> None:
    descriptor = param.type_descriptor
    direct = DirectParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
    typer_own = build_runtime_param(descriptor)
    given_value = (value, value) if param.nargs == -1 or param.multiple else value
    assert _converted(direct, given_value, command, param) == _converted(typer_own, given_value, command, param)


@pytest.mark.parametrize(("command", "param"), PARAMETERS, ids=[f"{c.name}-{p.name}" for c, p in PARAMETERS])
def test_defaults_convert_as_typer_converts_them(command: Any, param: Any) -> None:
    descriptor = param.type_descriptor
    direct = DirectParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
    converted = _converted(direct, param.default, command, param)
    assert converted == _converted(build_runtime_param(descriptor), param.default, command, param)
    if isinstance(param.default, Enum):
        assert converted is param.default
