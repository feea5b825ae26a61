"""Pages read so far by a slow reader (OCR), told to whoever watches: a command line shows a bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

PageHook = Callable[[int, int], None]  # (pages done, pages in all)

_watchers: list[PageHook] = []


@contextmanager
def watching_pages(hook: PageHook) -> Iterator[None]:
    """Call `hook` after each page that is read while the block runs (first with 0 pages done)."""
    _watchers.append(hook)
    try:
        yield
    finally:
        _watchers.remove(hook)


def page_done(done: int, total: int) -> None:
    """Tell the watchers that `done` of `total` pages are read."""
    for hook in _watchers:
        hook(done, total)
