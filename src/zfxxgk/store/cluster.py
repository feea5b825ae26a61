"""The ingest on a Ray cluster (`zfxxgk ingest --engine ray`): Ray tasks read batches of files into
Parquet partitions in the stage (see `stage`), and this process loads them into the corpus in order,
so the database is the one the embedded ingest writes from the same files."""

from __future__ import annotations

import os
import warnings
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .ingest import Pending, Writer
from .schema import StoreError
from .stage import batches, load_partition, unstage, write_partition

if TYPE_CHECKING:
    from types import ModuleType

NO_RAY_EXIT = 2


class Loaded(NamedTuple):
    """A partition written into the corpus: how many reports, how many of them unreadable, and the peak
    resident memory (KB) of the worker process that staged it."""

    reports: int
    failed: int
    peak_kb: int


def import_ray() -> ModuleType:
    """The `ray` module, or a StoreError naming the extra that installs it."""
    try:
        import ray
    except ImportError:
        raise StoreError(
            "未安装 Ray：请先 pip install 'zfxxgk[ray]'（或不用 --engine ray，在本机读入）。"
            "Ray is not installed: pip install 'zfxxgk[ray]'.",
            NO_RAY_EXIT,
        ) from None
    return ray


@contextmanager
def connected(address: str | None, cpus: int) -> Iterator[ModuleType]:
    """Ray connected to the cluster at `address` (default: the environment's RAY_ADDRESS), or to a Ray
    started here on `cpus` cores and stopped on leaving when neither is given. A Ray this process has
    already joined is used as it is."""
    ray = import_ray()
    if ray.is_initialized():
        yield ray
        return
    address = address or os.environ.get("RAY_ADDRESS") or None
    options: dict[str, Any] = {"address": address} if address else {"num_cpus": cpus, "include_dashboard": False}
    with warnings.catch_warnings():  # a notice about GPUs, which the ingest does not use
        warnings.simplefilter("ignore", FutureWarning)
        ray.init(**options, log_to_driver=False, logging_level="WARNING")
    try:
        yield ray
    finally:
        ray.shutdown()


def ingest_on_ray(ray: ModuleType, writer: Writer, pending: list[Pending], stage: Path, size: int) -> Iterator[Loaded]:
    """Stage the pending reports with Ray tasks, `size` files a task, and load each partition into the
    corpus as soon as it and those before it are staged. A few tasks per core are in flight, so the
    stage holds only a few partitions at a time."""
    stage.mkdir(parents=True, exist_ok=True)
    task = ray.remote(write_partition).options(max_retries=3)  # a worker lost (node down, killed): again
    ahead = 2 * max(1, int(ray.cluster_resources().get("CPU", 1)))
    flight: deque[tuple[int, Any]] = deque()
    anywhere = [replace(p, input=replace(p.input, file=p.input.file.resolve())) for p in pending]  # any node's path
    for batch in batches(anywhere, size):
        flight.append((len(batch), task.remote(batch, stage)))
        if len(flight) < ahead:
            continue
        yield _load(ray, writer, *flight.popleft())
    while flight:
        yield _load(ray, writer, *flight.popleft())


def _load(ray: ModuleType, writer: Writer, n: int, ref: Any) -> Loaded:
    folder, peak_kb = ray.get(ref)
    failed = load_partition(writer, folder)
    unstage(folder)
    return Loaded(n, failed, peak_kb)
