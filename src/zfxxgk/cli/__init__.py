"""The command line: `parse`, `check` and `rules` read reports; `render`, `register`, `blank` and `synth`
write them."""

from __future__ import annotations

from . import read, write  # noqa: F401  (each registers its commands)
from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
