"""The command line: `parse`, `check` and `rules` read reports; `render`, `register`, `blank` and `synth`
write them; `ingest`, `review`, `export` and `sql` keep a corpus of them; `serve` shows it in a browser."""

from __future__ import annotations

from . import corpus, read, serve, write  # noqa: F401  (each registers its commands)
from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
