"""Parsing speed and peak memory, on one core: the seeds and the text corpus repeated to N reports; the
same reports written as HTML and Word; the corpus PDFs (text layer); OCR of pages rasterised from a
corpus PDF; and the command line's cold start.

`make bench` measures the compiled build (`make compiled`); `python bench/bench.py` whichever zfxxgk it imports.
Usage: python bench/bench.py [--n 10000] [--unseen 1000] [--jobs-files 2000] [--pdf-rounds 3] [--ocr-pages 4]
       [--office-n 200] [--starts 9] [--no-jobs] [--no-pdf] [--no-ocr] [--no-office] [--no-start]
       [--store N [--engine embedded|ray] [--reports DIR] [--no-workbook]]
Prints reports per second for text, HTML and Word (one process, so per core), pages per second for
PDF, OCR seconds a page in one worker and pages per second over every core, the cold start, and the
peak resident memory. With --store N, only the corpus database's figures: N synthetic reports ingested
(embedded, or on Ray with --engine ray), reports/s, the peak memory of a worker, the database's size,
the summary workbook.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import zfxxgk.extract.tables as tables
from zfxxgk.document import Document
from zfxxgk.load.text import decode
from zfxxgk.pipeline import parse_bytes, parse_document

if TYPE_CHECKING:
    from collections.abc import Iterator

    import duckdb

    from zfxxgk.record import Record
    from zfxxgk.store.ingest import Pending

SHARED = Path(__file__).resolve().parents[2] / "shared"


def build() -> str:
    """Which build of zfxxgk is measured: the one `make compiled` makes, or the pure-Python source."""
    compiled = Path(tables.__file__).suffix != ".py"
    return f"{'table readers compiled by mypyc' if compiled else 'pure Python'} ({Path(tables.__file__).parent})"


def bench_text(n: int) -> None:
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted(
        p for p in (SHARED / "corpus").iterdir() if p.suffix in (".txt", ".md")
    )
    texts = [decode(p.read_bytes()) for p in files]
    parse_document(Document(texts[0]))  # warm caches (OpenCC, compiled patterns)
    chars = 0
    t0 = time.perf_counter()
    for i in range(n):
        text = texts[i % len(texts)]
        parse_document(Document(text))
        chars += len(text)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"text: {n} reports ({len(texts)} distinct) in {dt:.2f} s")
    print(f"text: {n / dt:,.0f} reports/s per core, {chars / dt / 1e6:.1f} M chars/s, peak memory {peak:.0f} MB")


def bench_unseen(n: int) -> None:
    """Texts no cache has seen: `n` synthetic reports (random years, levels and text layouts, glued digits and
    cells left empty among them), each parsed once, after as many others warmed the parser. The repeated
    corpus above lets the parser's caches of rows and labels hold; a batch of real reports is more like this."""
    import random

    from zfxxgk.synth import TEXT_LAYOUTS, random_report, write_layout

    def made(seed: int) -> list[str]:
        rng = random.Random(seed)
        layouts = [(random_report(rng), rng.choice(TEXT_LAYOUTS), rng.randrange(1 << 30)) for _ in range(n)]
        return [str(write_layout(*chosen)) for chosen in layouts]

    for text in made(1):
        parse_document(Document(text))
    times = []
    for text in made(2):
        t0 = time.perf_counter()
        parse_document(Document(text))
        times.append(time.perf_counter() - t0)
    times.sort()
    ms = [t * 1e3 for t in times]
    print(f"unseen: {n} reports in {sum(times):.2f} s, {n / sum(times):,.0f} reports/s per core")
    print(f"unseen: a report {statistics.median(ms):.1f} ms (median), {ms[int(0.99 * (n - 1))]:.0f} ms (99th", end=" ")
    print(f"percentile), {ms[-1]:.0f} ms (slowest)")


def bench_office(n: int) -> None:
    """The seeds written as HTML and as .docx (render), each read back `n` times in all."""
    from zfxxgk.render import render

    records = [parse_document(Document(decode(p.read_bytes()))) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for to in ("html", "docx"):
        data = [(f"r.{to}", out.encode("utf-8") if isinstance(out := render(r, to), str) else out) for r in records]
        parse_bytes(*data[0][::-1])  # warm the reader's imports
        t0 = time.perf_counter()
        for i in range(n):
            name, blob = data[i % len(data)]
            parse_bytes(blob, name)
        dt = time.perf_counter() - t0
        print(f"{to + ':':5} {n} reports ({len(data)} distinct) in {dt:.2f} s, {n / dt:,.0f} reports/s per core")


def bench_start(runs: int) -> None:
    """Wall time of a command in a fresh process (the median of `runs`), with bytecode cached as in an
    installed copy: `zfxxgk parse` of one small text, its tables drawn and as JSON; two commands that only
    write (a blank register, a record rendered as text); the help listing; and the library's parser
    imported alone."""
    small = min((SHARED / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
        record = Path(tmp) / "record.json"
        record.write_text(parse_bytes(small.read_bytes(), small.name).dumps(), encoding="utf-8")
        cli = ["-m", "zfxxgk.cli"]
        for label, args in (
            ("from zfxxgk import parse_text", ["-c", "from zfxxgk import parse_text"]),
            (f"zfxxgk parse {small.name}", [*cli, "parse", str(small)]),
            (f"zfxxgk parse -f json {small.name}", [*cli, "parse", "-f", "json", str(small)]),
            (
                "zfxxgk blank applications -o register.csv",
                [*cli, "blank", "applications", "--force", "-o", f"{tmp}/register.csv"],
            ),
            ("zfxxgk render record.json --to txt", [*cli, "render", str(record), "--to", "txt", "-o", "-"]),
            ("zfxxgk --help", [*cli, "--help"]),
        ):
            times = []
            for _ in range(runs + 1):  # the first run writes the bytecode
                t0 = time.perf_counter()
                subprocess.run([sys.executable, *args], env=env, capture_output=True, check=True)
                times.append(time.perf_counter() - t0)
            print(f"start: {label}: {statistics.median(times[1:]):.3f} s (median of {runs}, best {min(times[1:]):.3f})")


def bench_jobs(n: int) -> None:
    """Files parsed through `parse_many` with 1, 2, … every core: how the batch scales."""
    from zfxxgk.batch import default_jobs, parse_many

    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted(
        p for p in (SHARED / "corpus").iterdir() if p.suffix in (".txt", ".md")
    )
    paths = [files[i % len(files)] for i in range(n)]
    base = None
    for jobs in sorted({1, 2, default_jobs()}):
        t0 = time.perf_counter()
        for _ in parse_many(paths, jobs):
            pass
        rate = n / (time.perf_counter() - t0)
        base = base or rate
        print(f"jobs: {n} files with {jobs} process(es): {rate:,.0f} files/s ({rate / base:.2f}× one process)")


def pdf_floor(data: list[bytes]) -> float:
    """The raw pdfium floor: seconds to open every page and read its characters, nothing more."""
    import pypdfium2 as pdfium

    t0 = time.perf_counter()
    for d in data:
        doc = pdfium.PdfDocument(d)
        for page in doc:
            text = page.get_textpage()
            text.get_text_range()
            text.close()
            page.close()
        doc.close()
    return time.perf_counter() - t0


def bench_pdf(rounds: int) -> None:
    import pypdfium2 as pdfium  # here, so that the text figures' memory is the parser's own

    files = sorted((SHARED / "corpus").glob("*.pdf"))
    data = [p.read_bytes() for p in files]
    pages = sum(len(pdfium.PdfDocument(d)) for d in data) * rounds
    parse_bytes(data[0], files[0].name)  # warm imports
    t0 = time.perf_counter()
    for _ in range(rounds):
        for p, d in zip(files, data, strict=True):
            parse_bytes(d, p.name)
    dt = time.perf_counter() - t0
    floor = sum(pdf_floor(data) for _ in range(rounds))
    print(f"pdf:  {pages} pages with a text layer ({len(files)} files × {rounds}) in {dt:.2f} s")
    print(
        f"pdf:  {pages / dt:.1f} pages/s per core, {dt / pages * 1000:.0f} ms/page"
        f" (raw pdfium floor, opening pages and reading their characters: {pages / floor:.0f} pages/s)"
    )


def _ocr_worker(data: bytes) -> tuple[float, float, float]:
    """In a worker process (the engine on one thread): seconds to read the scan, the processor
    seconds it took (the same on a quiet machine, fewer on a busy one), and the peak MB."""
    from zfxxgk.load.ocr import engine

    engine()  # load the models once, as a long-running worker does
    t0, c0 = time.perf_counter(), time.process_time()
    parse_bytes(data, "scan.pdf")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return time.perf_counter() - t0, time.process_time() - c0, peak


def bench_ocr(n_pages: int) -> None:
    """A scan of `n_pages` A4 pages (a corpus PDF rasterised) read by one worker process, by every
    core (`parse_many` of the one file: its pages over a pool), and in this process."""
    from concurrent.futures import ProcessPoolExecutor

    import pypdfium2 as pdfium

    from zfxxgk.batch import default_jobs, parse_many
    from zfxxgk.load.ocr import PDF_SCALE, engine

    source = sorted((SHARED / "corpus").glob("*.pdf"))[0]
    doc = pdfium.PdfDocument(source.read_bytes())
    images = [doc[i % len(doc)].render(scale=PDF_SCALE).to_pil().convert("RGB") for i in range(n_pages)]
    buf = io.BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=72 * PDF_SCALE)
    print(f"ocr:  a scan of {n_pages} pages ({source.name} rasterised at {72 * PDF_SCALE:.0f} dpi, A4)")
    with ProcessPoolExecutor(1) as one:
        dt, cpu, peak = one.submit(_ocr_worker, buf.getvalue()).result()
    print(f"ocr:  one worker (one thread): {dt / n_pages:.2f} s/page ({cpu / n_pages:.2f} s of processor),"
          f" peak memory {peak:.0f} MB")  # fmt: skip
    jobs = default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scan.pdf"
        path.write_bytes(buf.getvalue())
        t0 = time.perf_counter()
        next(parse_many([path], jobs))
        dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"ocr:  {jobs} workers on its pages: {n_pages / dt:.2f} pages/s (starting the workers included),"
          f" peak memory of the largest worker {peak:.0f} MB")  # fmt: skip
    engine()
    t0 = time.perf_counter()
    parse_bytes(buf.getvalue(), "scan.pdf")
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ocr:  this process (onnxruntime on {os.cpu_count()} cores): {dt / n_pages:.2f} s/page, peak {peak:.0f} MB")


def bench_store(n: int, engine: str, reports: Path | None, workbook: bool) -> None:
    """`n` synthetic reports into a corpus database by `engine` (embedded: `parse_many` on every core;
    ray: a local Ray on every core, or the cluster of RAY_ADDRESS): the whole ingest, the peak memory
    of a worker and of this process, a second ingest that finds everything known, the checks across
    reports, the database's size and (with `workbook`) the summary workbook. `reports`: a folder of
    synthetic reports kept between runs (written when it holds fewer than `n`)."""
    from zfxxgk.batch import default_jobs
    from zfxxgk.store.across import recheck
    from zfxxgk.store.export import all_sheets, write_xlsx
    from zfxxgk.store.ingest import plan, unpacked
    from zfxxgk.store.review import Config
    from zfxxgk.store.schema import connect
    from zfxxgk.store.summary import summarize

    with tempfile.TemporaryDirectory() as tmp:
        files = synth_reports(n, reports or Path(tmp) / "reports")
        db = Path(tmp) / "corpus.duckdb"
        t0 = time.perf_counter()
        con = connect(db)
        with unpacked(files) as inputs:
            pending = plan(con, inputs)
            ingest = ingest_on_ray if engine == "ray" else ingest_embedded
            worker_kb, note = ingest(con, pending, Path(tmp) / "stage")
            t2 = time.perf_counter()
            again = plan(con, inputs)
        t3 = time.perf_counter()
        found = recheck(con, everything=True)
        t6 = time.perf_counter()
        groups = summarize(con, ("level", "year"))
        t7 = time.perf_counter()
        con.close()
        size = db.stat().st_size
        if workbook:
            con = connect(db, read_only=True)
            t4 = time.perf_counter()
            write_xlsx(con, all_sheets(con, Config()), Path(tmp) / "summary.xlsx")
            print(f"store: the workbook of all sheets {time.perf_counter() - t4:.1f} s")
            con.close()
        assert not again
        keys_figures(db, n)
    rate = n / (t2 - t0)
    driver_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"store [{engine}]: {n} synthetic reports ingested in {t2 - t0:.1f} s ({rate:.0f} reports/s, "
          f"{default_jobs()} cores){note}")  # fmt: skip
    print(f"store [{engine}]: peak memory of a worker {worker_kb / 1024:.0f} MB, of this process {driver_mb:.0f} MB")
    print(f"store [{engine}]: database {size / 1048576:.1f} MB ({size / n / 1024:.1f} KB a report); "
          f"a second ingest of the same files {t3 - t2:.2f} s")  # fmt: skip
    print(f"store: checks across reports over all {t6 - t3:.2f} s ({found} findings); "
          f"summary by level and year {t7 - t6:.2f} s ({len(groups)} groups)")  # fmt: skip
    copied_text_pairs()


def keys_figures(db: Path, n: int) -> None:
    """Agency keys: names made canonical a second, and a database of `n` reports re-keyed as one made
    while keys followed the printed names is when first opened."""
    import duckdb

    from zfxxgk.store.gazetteer import _divisions, canonical_key
    from zfxxgk.store.schema import connect

    names = [name + body for name in _divisions()[0].values() for body in ("人民政府", "财政局")]
    canonical_key(names[0])  # the list, read once
    t0 = time.perf_counter()
    for name in names:
        canonical_key(name)
    t1 = time.perf_counter()
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE reports SET agency_key = '旧' || agency_key")  # every key to be made again
        con.execute("DELETE FROM settings")
    t2 = time.perf_counter()
    connect(db).close()
    t3 = time.perf_counter()
    print(f"store: keys — {len(names) / (t1 - t0):,.0f} names made canonical a second; "
          f"a database of {n} reports re-keyed in {t3 - t2:.2f} s")  # fmt: skip


def synth_reports(n: int, folder: Path) -> list[Path]:
    """The first `n` synthetic reports in `folder`, written there first when it holds fewer."""
    from zfxxgk.synth import synth_folder

    have = sorted(p for p in folder.glob("*") if p.suffix != ".json") if folder.is_dir() else []
    if len(have) >= n:
        return have[:n]
    t0 = time.perf_counter()
    files = synth_folder(n, folder, seed=1)
    print(f"store: {n} synthetic reports written in {time.perf_counter() - t0:.0f} s")
    return files


def ingest_embedded(con: duckdb.DuckDBPyConnection, pending: list[Pending], stage: Path) -> tuple[int, str]:
    """What `zfxxgk ingest` does: `parse_many` on every core, each report written as it comes, a second's
    reports committed together. Returns
    the peak memory of a worker process (KB) and the writes' share of the time."""
    from zfxxgk.batch import default_jobs, parse_many
    from zfxxgk.store.ingest import Writer

    waiting, t0 = 0.0, time.perf_counter()

    def parsed() -> Iterator[Record]:  # the records, the time spent waiting for them counted
        nonlocal waiting
        records = parse_many([p.input.file for p in pending], default_jobs())
        while True:
            t = time.perf_counter()
            rec = next(records, None)
            waiting += time.perf_counter() - t
            if rec is None:
                return
            yield rec

    for _ in Writer(con).write_all(zip(pending, parsed(), strict=True)):
        pass
    total = time.perf_counter() - t0
    share = (total - waiting) / total
    # the pool's workers have ended and been waited for: the largest is the children's peak
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, f"; writing {share:.0%} of it"


def ingest_on_ray(con: duckdb.DuckDBPyConnection, pending: list[Pending], stage: Path) -> tuple[int, str]:
    """What `zfxxgk ingest --engine ray` does. Returns the peak memory of a Ray worker (KB) and the
    time Ray took to start."""
    from zfxxgk.batch import default_jobs
    from zfxxgk.cli.corpus import BATCH
    from zfxxgk.store import cluster
    from zfxxgk.store.ingest import Writer

    t0 = time.perf_counter()
    with cluster.connected(None, default_jobs()) as ray:
        started = time.perf_counter() - t0
        parts = list(cluster.ingest_on_ray(ray, Writer(con), pending, stage, BATCH))
    return max(p.peak_kb for p in parts), f"; Ray started in {started:.1f} s, {len(parts)} partitions of {BATCH}"


def copied_text_pairs(pairs: int = 2000, chars: int = 2000) -> None:
    """The cost of one comparison of two long sections for copied text (shingles made once a section)."""
    import random

    from zfxxgk.checks.across import shingles, similarity

    rng = random.Random(0)
    words = "公开申请办理政策解读平台建设制度完善培训督查考核网站栏目依申请主动答复复议诉讼规范文件"
    texts = ["".join(rng.choices(words, k=chars)) for _ in range(64)]
    t0 = time.perf_counter()
    grams = [shingles(t) for t in texts]
    t1 = time.perf_counter()
    for i in range(pairs):
        similarity(grams[i % 64], grams[(i * 7 + 1) % 64])  # type: ignore[arg-type]
    t2 = time.perf_counter()
    print(f"store: copied text — shingling a {chars}-character section {(t1 - t0) / 64 * 1e3:.2f} ms, "
          f"one pair compared {(t2 - t1) / pairs * 1e3:.3f} ms")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="how many text reports to parse")
    ap.add_argument("--unseen", type=int, default=1000, help="how many distinct synthetic texts to parse once each")
    ap.add_argument("--pdf-rounds", type=int, default=3, help="how many times to parse each corpus PDF")
    ap.add_argument("--ocr-pages", type=int, default=4, help="how many pages the scan to OCR has")
    ap.add_argument("--jobs-files", type=int, default=2000, help="how many files to parse with 1, 2, … processes")
    ap.add_argument("--office-n", type=int, default=200, help="how many HTML and .docx reports to parse")
    ap.add_argument("--starts", type=int, default=9, help="how many cold starts of the command line to time")
    ap.add_argument("--no-jobs", action="store_true", help="skip the figures for several processes")
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF figures")
    ap.add_argument("--no-ocr", action="store_true", help="skip OCR (the slowest part)")
    ap.add_argument("--no-office", action="store_true", help="skip the HTML and .docx figures")
    ap.add_argument("--no-start", action="store_true", help="skip the cold start of the command line")
    ap.add_argument("--store", type=int, default=0, help="ingest this many synthetic reports into a corpus database")
    ap.add_argument("--engine", choices=("embedded", "ray"), default="embedded", help="how --store ingests")
    ap.add_argument("--reports", type=Path, help="with --store: a folder of synthetic reports, kept between runs")
    ap.add_argument("--no-workbook", action="store_true", help="with --store: skip the summary workbook")
    args = ap.parse_args()
    print(f"zfxxgk: {build()}")
    if args.store:  # the corpus figures alone
        bench_store(args.store, args.engine, args.reports, not args.no_workbook)
        return
    if not args.no_start:
        bench_start(args.starts)
    bench_text(args.n)
    if args.unseen:
        bench_unseen(args.unseen)
    if not args.no_office:
        bench_office(args.office_n)
    if not args.no_jobs:
        bench_jobs(args.jobs_files)
    if not args.no_pdf:
        bench_pdf(args.pdf_rounds)
    if not args.no_ocr:
        bench_ocr(args.ocr_pages)
    if not (args.no_pdf and args.no_ocr):
        print(f"peak memory of the whole run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
