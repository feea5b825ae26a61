"""How many processes may read the scanned pages of one file at once: set while a single file is
parsed with several jobs, so that its pages, not other files, keep the cores busy."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_jobs = [1]


@contextmanager
def page_jobs(jobs: int) -> Iterator[None]:
    """Within the block, the scanned pages of a file are read by up to `jobs` processes."""
    _jobs.append(jobs)
    try:
        yield
    finally:
        _jobs.pop()


def current() -> int:
    """The processes the scanned pages of a file may be read by now (1: this one alone)."""
    return _jobs[-1]
