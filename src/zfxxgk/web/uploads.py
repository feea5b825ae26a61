"""Uploads: each file checked by its content before anything is kept (kind, size, a .zip's members),
then read into the corpus by a worker thread whose progress the pages poll."""

from __future__ import annotations

import io
import logging
import shutil
import tempfile
import threading
import uuid
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import duckdb

from ..batch import parse_many
from ..load import LoadError, sniff
from ..load.archive import check_zip, zip_kind
from ..load.text import decode
from ..store.across import recheck
from ..store.ingest import Input, Writer, plan, unpacked
from .settings import Settings


class Rejected(Exception):
    """An upload refused before anything was stored; the message says why, in Chinese, and `status`
    is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Upload:
    name: str  # as the browser sent it, without any folder
    data: bytes


def check_upload(uploads: list[Upload], settings: Settings) -> None:
    """Refuse the whole upload unless every file is within the limits and of a kind zfxxgk reads."""
    if not uploads:
        raise Rejected("没有选择文件。请选择一份报告或一个 .zip 压缩包。")
    if len(uploads) > settings.max_files:
        raise Rejected(f"一次最多上传 {settings.max_files} 个文件，这次有 {len(uploads)} 个。")
    total = sum(len(u.data) for u in uploads)
    if total > settings.max_upload_bytes:
        raise Rejected(too_large(total, settings), 413)
    for u in uploads:
        _check_file(u, settings)


def too_large(size: int, settings: Settings) -> str:
    return f"上传内容有 {size / 1048576:.1f} MB，超过 {settings.max_upload_bytes / 1048576:.0f} MB 的上限。"


def _check_file(upload: Upload, settings: Settings) -> None:
    name, data = upload.name, upload.data
    if not data.strip():
        raise Rejected(f"“{name}”是空文件。")
    kind = sniff(data, name)
    try:
        if kind in ("text/plain", "text/markdown"):
            decode(data[:65536])
        elif kind == "application/zip":
            names = check_zip(data)
            if zip_kind(names) is None:
                _check_members(name, names, settings)
    except LoadError as exc:
        if exc.code == "binary":
            raise Rejected(f"“{name}”不是报告文件（无法识别的二进制内容）。") from None
        raise Rejected(f"“{name}”：{exc.message}") from None


def _check_members(archive: str, names: list[str], settings: Settings) -> None:
    files = [n for n in names if not n.endswith("/")]
    if len(files) > settings.max_members:
        raise Rejected(f"压缩包“{archive}”内有 {len(files)} 个文件，超过一次 {settings.max_members} 个的上限。")
    for n in names:
        p = PurePosixPath(n.replace("\\", "/"))
        if p.is_absolute() or ".." in p.parts or (p.parts and ":" in p.parts[0]):
            raise Rejected(f"压缩包“{archive}”内的文件名“{n}”指向压缩包之外（路径穿越），已拒绝整个压缩包。")


def stored_name(upload: Upload) -> str:
    """The name an upload is saved under: its own, with `.zip` when it is an archive of reports (the
    store unpacks archives by that suffix) whatever it was called."""
    name = Path(upload.name).name or "report"
    if sniff(upload.data, name) != "application/zip":
        return name
    with zipfile.ZipFile(io.BytesIO(upload.data)) as zf:
        if zip_kind(zf.namelist()) is not None:
            return name
    return name if name.lower().endswith(".zip") else name + ".zip"


KEPT_JOBS = 200  # finished uploads whose progress can still be asked for
STATE_LABELS = {"queued": "排队中", "reading": "正在读取", "done": "已完成", "failed": "失败"}


@dataclass
class Job:
    """One upload being read: how far, and what came of it."""

    id: str
    files: list[str]
    state: str = "queued"  # queued | reading | done | failed
    total: int = 0  # new reports to read
    done: int = 0
    known: int = 0  # reports the corpus already had
    failed: int = 0  # reports that could not be read (kept with their error)
    current: str = ""
    reports: list[int] = field(default_factory=list)
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "files": self.files, "state": self.state, "state_label": STATE_LABELS[self.state],
            "total": self.total, "done": self.done, "known": self.known, "failed": self.failed,
            "current": self.current, "reports": self.reports, "message": self.message,
        }  # fmt: skip


class Ingester:
    """Reads uploads into the corpus one at a time, in a worker thread; `lock` guards the connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection, lock: threading.RLock, settings: Settings, jobs: int) -> None:
        self.con, self.lock, self.settings, self.jobs = con, lock, settings, jobs
        self._jobs: dict[str, Job] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="zfxxgk-ingest")

    def submit(self, uploads: list[Upload]) -> Job:
        """Save the (already checked) uploads and queue them; returns the job to poll."""
        folder = Path(tempfile.mkdtemp(prefix="zfxxgk-upload-"))
        paths = []
        for n, u in enumerate(uploads):
            path = folder / str(n) / stored_name(u)
            path.parent.mkdir()
            path.write_bytes(u.data)
            paths.append(path)
        job = Job(uuid.uuid4().hex, [u.name for u in uploads])
        finished = [k for k, j in self._jobs.items() if j.state in ("done", "failed")]
        for k in finished[: max(len(finished) - KEPT_JOBS, 0)]:  # oldest first: dicts keep insertion order
            del self._jobs[k]
        self._jobs[job.id] = job
        self._pool.submit(self._run, job, folder, paths, lambda s: s.removeprefix(f"{folder}/").split("/", 1)[1])
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job, folder: Path, paths: list[Path], shown: Callable[[str], str]) -> None:
        job.state = "reading"
        try:
            with unpacked(paths) as found:
                inputs = [Input(shown(i.shown), i.file) for i in found]
                with self.lock:
                    pending, writer = plan(self.con, inputs), Writer(self.con)
                job.total, job.known = len(pending), len(inputs) - len(pending)
                for item, rec in zip(pending, parse_many([p.input.file for p in pending], self.jobs), strict=True):
                    job.current = item.input.shown
                    if item.sha256:
                        self._keep(item.input.file, item.sha256)
                    with self.lock:
                        job.reports.append(writer.write(item, rec))
                    job.failed += rec.error is not None
                    job.done += 1
                with self.lock:
                    recheck(self.con)
            job.state, job.current = "done", ""
        except Exception as exc:  # the job says what went wrong; the server goes on
            job.state, job.message = "failed", f"读取时出错：{type(exc).__name__}"
            logging.getLogger(__name__).exception("upload %s failed", job.id)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _keep(self, file: Path, sha256: str) -> None:
        """The report's bytes, kept by hash so its page can show the source."""
        target = self.settings.files / sha256
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target)
