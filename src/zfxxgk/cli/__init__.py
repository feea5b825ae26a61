"""The command line: `parse`, `check` and `rules` read reports; `render`, `register`, `blank` and `synth`
write them; `ingest`, `review`, `export` and `sql` keep a corpus of them; `serve` shows it in a browser."""

from __future__ import annotations

from .app import app  # each command's module is imported when the command runs (app.COMMANDS)


def main() -> None:
    app()


__all__ = ["app", "main"]
