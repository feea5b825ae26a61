"""What the web tests share: the corpus as one .zip, an app on a fresh database, waiting for an upload,
a filled register."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from zfxxgk.register import blank_register, choices
from zfxxgk.register.categories import report_template
from zfxxgk.web.app import create_app
from zfxxgk.web.settings import Settings


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def corpus_zip(shared: Path) -> bytes:
    """Every report of the shared corpus in one archive."""
    return zip_of({p.name: p.read_bytes() for p in sorted((shared / "corpus").iterdir()) if p.suffix != ".tsv"})


def client(folder: Path, **limits: int) -> TestClient:
    """A client of an app on a new database in `folder`, reading uploads in this process."""
    return TestClient(create_app(Settings(folder / "web.duckdb", **limits), jobs=1), raise_server_exceptions=False)


def upload(c: TestClient, files: list[tuple[str, bytes]], timeout: float = 120) -> dict:
    """Upload through the API and wait for the job to end; returns the finished job."""
    r = c.post("/api/uploads", files=[("files", f) for f in files], headers={"X-CSRF-Token": csrf(c)})
    assert r.status_code == 202, r.text
    job = r.json()
    end = time.monotonic() + timeout
    while job["state"] in ("queued", "reading") and time.monotonic() < end:
        time.sleep(0.1)
        job = c.get(f"/api/uploads/{job['id']}").json()
    assert job["state"] == "done", job
    return job


def csrf(c: TestClient) -> str:
    if "zfxxgk_csrf" not in c.cookies:
        c.get("/")
    return c.cookies["zfxxgk_csrf"]


YEAR = 2024  # the year of the reports written in the tests


def application_register(n: int) -> bytes:
    """A filled application register: `n` applications from natural persons, each granted in `YEAR`."""
    offered = choices("applications", report_template(YEAR))
    book = load_workbook(io.BytesIO(blank_register("applications", "xlsx", YEAR)))
    sheet = book["登记表"]
    for i in range(1, n + 1):
        sheet.append(
            [f"A{i}", f"{YEAR}-03-{i:02}", offered["applicant"][0], f"{YEAR}-04-{i:02}", offered["outcome"][0]]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
