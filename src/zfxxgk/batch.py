"""Many reports at once: worker processes that import once and parse file after file, results in
input order, a bad file only its own record with `error`."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .checks import Deadlines
from .load.page_jobs import page_jobs
from .pipeline import Trace, parse_path
from .record import Record, Source, path_text

if TYPE_CHECKING:
    from concurrent.futures import Future

_CHUNK = 4  # files a worker reads per task
_AHEAD = 2  # tasks handed out per worker before the first result is awaited: keeps every core busy


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_one(path: str | Path, deadlines: Deadlines | None = None, trace: Trace | None = None) -> Record:
    """One file's record (and, with `trace`, what reading it found); whatever goes wrong comes back as
    the record's `error`, never raised."""
    try:
        return parse_path(path, deadlines, trace=trace)
    except Exception as exc:
        return Record.failed(Source(path=path_text(path)), "internal", f"解析时出错：{type(exc).__name__}: {exc}")


def parse_many(
    paths: Iterable[str | Path], jobs: int | None = None, deadlines: Deadlines | None = None
) -> Iterator[Record]:
    """Each path's record, in the order given, parsed by `jobs` worker processes (default: every
    core; 1: in this process). Lazy: at most a few files per worker are in flight, so a batch of any
    size takes bounded memory. A batch of one file spreads the pages of a scan over `jobs` processes."""
    jobs = jobs or default_jobs()
    if jobs <= 1:
        for p in paths:
            yield parse_one(p, deadlines)
        return
    from concurrent.futures import ProcessPoolExecutor  # here: a single file or process never needs a pool
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[tuple[list[str | Path], Future[list[Record]]]] = deque()

    def results() -> list[Record]:
        nonlocal pool
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): which file it was reading is
            pool.shutdown(cancel_futures=True)  # not known, so each file in flight is tried again
            pool = ProcessPoolExecutor(max_workers=jobs)
            for i, (c, _) in enumerate(pending):
                pending[i] = (c, pool.submit(_parse_chunk, c, deadlines))
            return [_alone(p, deadlines) for p in chunk]

    try:
        for n, chunk in enumerate(_chunks(paths)):
            alone = n == 0 and len(chunk) == 1  # a short chunk is the last: one file in all
            pending.append((chunk, pool.submit(_parse_chunk, chunk, deadlines, jobs if alone else 1)))
            if len(pending) >= jobs * _AHEAD:
                yield from results()
        while pending:
            yield from results()
    finally:
        pool.shutdown(cancel_futures=True)


def _chunks(paths: Iterable[str | Path]) -> Iterator[list[str | Path]]:
    """The paths a few at a time: one task per file would cost the pool about as much as a text."""
    chunk: list[str | Path] = []
    for p in paths:
        chunk.append(p)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parse_chunk(paths: list[str | Path], deadlines: Deadlines | None, pages: int = 1) -> list[Record]:
    """The files' records, a scan's pages spread over `pages` processes."""
    with page_jobs(pages):
        return [parse_one(p, deadlines) for p in paths]


def _alone(path: str | Path, deadlines: Deadlines | None) -> Record:
    """A file read again in a process of its own: its record, or an error if that process dies too."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1) as single:
        try:
            return single.submit(parse_one, path, deadlines).result()
        except BrokenProcessPool:
            message = "解析这份文件的进程意外退出（内存不足或被终止）。"
            return Record.failed(Source(path=path_text(path)), "internal", message)
