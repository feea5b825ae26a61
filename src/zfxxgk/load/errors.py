"""Why an input could not be read: a code for programs and a plain message for people."""

from __future__ import annotations


class LoadError(Exception):
    """Raised by a loader for input it cannot read; `code` is stable, `message` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
