"""Option and argument values converted without loading Pydantic: Typer converts each value through a
Pydantic adapter, and importing Pydantic and building the adapters takes longer than parsing a report. The
plain types the commands take (a path, a whole number, a string, a choice, a list of these) are converted
here as Typer would; anything else, and any value these cannot take, goes through Typer's own conversion,
so its error messages stay Typer's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._coercion import RuntimeParam, build_runtime_param, resolve_type_descriptor
from typer._param_types import coerce_cli_choice, coerce_cli_path
from typer.models import ParameterInfo

_WHOLE = re.compile(r"[+-]?[0-9]+")
_NO = object()  # the value is not one converted here


@dataclass(frozen=True)
class DirectParam(RuntimeParam):
    """A parameter's conversion: done here for the plain types, by Typer's adapter otherwise."""

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            out = self._direct(value, param, ctx)
        except ValueError:  # a choice it is not, a path with a NUL: Typer's conversion says what is wrong
            out = _NO
        if out is not _NO:
            return out
        typer_own = build_runtime_param(resolve_type_descriptor(self.annotation, self.parameter_info))
        return typer_own._coerce_value(value, param=param, ctx=ctx)

    def _direct(self, value: Any, param: Any, ctx: Any) -> Any:
        if get_origin(self.annotation) is not list:
            return _direct(value, self.annotation, self.parameter_info, param, ctx)
        item = get_args(self.annotation)[0]
        out = [
            _direct(v, item, self.parameter_info, param, ctx)
            for v in (value if isinstance(value, list | tuple) else [value])
        ]
        return _NO if _NO in out else out


def _direct(value: Any, annotation: Any, info: ParameterInfo, param: Any, ctx: Any) -> Any:
    """`value` as Typer converts it to `annotation`, or _NO where that is left to Typer; raises ValueError
    for a value Typer refuses."""
    if info.parser is not None or info.clamp:
        return _NO
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return coerce_cli_choice(value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
    if annotation is int:
        if type(value) is int:
            number = value
        elif isinstance(value, str) and _WHOLE.fullmatch(value):
            number = int(value)
        else:
            return _NO
        low, high = info.min, info.max
        return number if (low is None or number >= low) and (high is None or number <= high) else _NO
    if annotation is str:
        return value if isinstance(value, str) else _NO
    if annotation is Path and info.path_type is None:
        if isinstance(value, str) and value:
            value = Path(value)
        return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx) if isinstance(value, Path) else _NO
    return _NO


def convert_directly(param: Any) -> None:
    """Give a Typer parameter the direct conversion, unless it already has one."""
    if getattr(param, "_runtime_param", _NO) is None:
        descriptor = param.type_descriptor
        param._runtime_param = DirectParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
