"""The public API's arguments checked where a wrong one would otherwise fail deep inside."""

from __future__ import annotations


def expect(value: object, kinds: tuple[type, ...], message: str) -> None:
    """Raise TypeError with `message` (and what was given) unless `value` is of one of `kinds`."""
    if not isinstance(value, kinds):
        raise TypeError(f"{message}, not {type(value).__name__}")
