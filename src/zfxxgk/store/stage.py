"""Reports staged as Parquet between the workers that read them and the one process that writes the corpus.

A worker reads a batch of files and writes their rows — by `insert_report`, the embedded ingest's own
code, into an in-memory database with the corpus's tables — as one Parquet file per table in a
partition folder. The partition is named by its content (each file's shown path and hash) and appears
whole or not at all (written under a temporary name, then renamed), so a run killed at any moment
leaves only whole partitions, and the next run, which forms the same batches of what is still missing,
finds them written and loads them without reading the files again. The writer of the corpus loads a
partition in one transaction, giving each report its id and version as the embedded ingest does.
"""

from __future__ import annotations

import hashlib
import resource
import shutil
import uuid
from pathlib import Path

import duckdb

from ..batch import parse_one
from .ingest import Pending, Writer, insert_report
from .schema import PER_REPORT, TABLES

STAGED = ("reports", *PER_REPORT)  # a partition's tables: one Parquet file each


def partition_name(batch: list[Pending]) -> str:
    """The name of a batch's partition: the same files (where they are shown and their bytes) give the
    same name."""
    digest = hashlib.sha256()
    for p in batch:
        digest.update(f"{p.input.shown}\x1f{p.sha256}\x1e".encode())
    return digest.hexdigest()[:32]


def batches(pending: list[Pending], size: int) -> list[list[Pending]]:
    """The pending reports `size` at a time, in order: the batches a rerun forms again from what is left."""
    return [pending[i : i + size] for i in range(0, len(pending), size)]


def write_partition(batch: list[Pending], stage: Path) -> tuple[Path, int]:
    """Read the batch's files and stage their rows; returns the partition's folder and this process's peak
    resident memory in KB. A partition already staged is kept as it is."""
    folder = stage / partition_name(batch)
    if not folder.is_dir():
        con = duckdb.connect()
        for table in STAGED:
            con.execute(f"CREATE TABLE {table} ({TABLES[table]})")
        for seq, item in enumerate(batch):  # ids within the partition; the corpus gives its own on loading
            insert_report(con, seq, None, item, parse_one(item.input.file))
        part = stage / f".{folder.name}.{uuid.uuid4().hex}"
        part.mkdir(parents=True)
        for table in STAGED:
            con.execute(f"COPY {table} TO '{part / table}.parquet' (FORMAT parquet)")
        con.close()
        try:
            part.rename(folder)
        except OSError:  # another worker staged the same batch first
            shutil.rmtree(part)
    return folder, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def load_partition(writer: Writer, folder: Path) -> int:
    """Write a staged partition's reports into the corpus in one transaction, each with its id and
    version; returns how many could not be read."""
    con, files = writer.con, {t: str(folder / f"{t}.parquet") for t in STAGED}
    staged = con.execute(
        "SELECT id, agency, level, region, year, error IS NULL FROM read_parquet(?) ORDER BY id", [files["reports"]]
    ).fetchall()
    with writer.transaction():
        given = [writer.admit(agency, level, region, year, ok) for _, agency, level, region, year, ok in staged]
        con.execute(
            "CREATE OR REPLACE TEMP TABLE given AS SELECT unnest(?::BIGINT[]) AS seq, unnest(?::BIGINT[]) AS id, "
            "unnest(?::INTEGER[]) AS version",
            [[s[0] for s in staged], [g.id for g in given], [g.version for g in given]],
        )
        con.execute(
            "INSERT INTO reports BY NAME SELECT s.* REPLACE (g.id AS id, g.version AS version, now() AS ingested_at) "
            "FROM read_parquet(?) s JOIN given g ON g.seq = s.id",
            [files["reports"]],
        )
        for table in PER_REPORT:
            con.execute(
                f"INSERT INTO {table} BY NAME SELECT s.* REPLACE (g.id AS report) "
                "FROM read_parquet(?) s JOIN given g ON g.seq = s.report",
                [files[table]],
            )
        con.execute("DROP TABLE given")
    return sum(not ok for *_, ok in staged)


def unstage(folder: Path) -> None:
    """Remove a loaded partition."""
    shutil.rmtree(folder, ignore_errors=True)
