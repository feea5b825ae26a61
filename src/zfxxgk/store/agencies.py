"""An agency's key: its name as printed, made comparable across years and sources."""

from __future__ import annotations

import re

from ..normalize import to_simplified

_SPACE = re.compile(r"\s+")
_FORMS = (("人民政府", "政府"), ("办公室", "办"), ("(", "（"), (")", "）"))  # long form → the form the key uses


def agency_key(name: str | None) -> str | None:
    """`name` in simplified characters without white space, 人民政府 as 政府 and 办公室 as 办: the
    same body however a year's report prints it. None stays None."""
    if not name:
        return None
    key = _SPACE.sub("", to_simplified(name))
    for long, short in _FORMS:
        key = key.replace(long, short)
    return key or None
