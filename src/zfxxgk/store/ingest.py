"""Reports into the corpus: which inputs are new (by the hash of their bytes), and each new report's
record written in one transaction, so a killed run leaves only whole reports behind."""

from __future__ import annotations

import hashlib
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import duckdb

from ..load import LoadError
from ..load.archive import check_zip, zip_kind
from ..record import Record, where
from .gazetteer import PLACES, canonical_key, places_of
from .review import fingerprints

_NOT_REPORTS = {".json", ".jsonl", ".tsv", ".py", ".zip"}  # members of an archive left unread


@dataclass(frozen=True)
class Input:
    """A file to ingest: `shown` is the path recorded (inside an archive: `archive.zip/member`),
    `file` where its bytes are on disk."""

    shown: str
    file: Path


@dataclass(frozen=True)
class Pending:
    """An input whose bytes the corpus does not have yet."""

    input: Input
    sha256: str | None  # None: the file could not be read
    size: int | None


@contextmanager
def unpacked(paths: Iterable[Path], under: Path | None = None) -> Iterator[list[Input]]:
    """The inputs of `paths`, each .zip archive of reports unpacked into a temporary folder (in `under`,
    default the system's) for as long as the context lasts. A .docx/.xlsx package, or a damaged archive,
    stays one input (its error is recorded when it is read)."""
    with tempfile.TemporaryDirectory(prefix="zfxxgk-ingest-", dir=under) as tmp:
        inputs: list[Input] = []
        for n, p in enumerate(paths):
            inputs.extend(_members(p, Path(tmp) / str(n)) if p.suffix.lower() == ".zip" else [Input(str(p), p)])
        yield inputs


def _members(archive: Path, folder: Path) -> list[Input]:
    try:
        data = archive.read_bytes()
        names = check_zip(data)
    except (OSError, LoadError):
        return [Input(str(archive), archive)]
    if zip_kind(names) is not None:
        return [Input(str(archive), archive)]
    folder.mkdir(parents=True)
    out = []
    with zipfile.ZipFile(archive) as zf:
        for i, info in enumerate(sorted(zf.infolist(), key=lambda m: _member_name(m))):
            name = _member_name(info)
            if info.is_dir() or Path(name).suffix.lower() in _NOT_REPORTS or "__MACOSX" in name:
                continue
            file = folder / f"{i:05d}{Path(name).suffix}"  # never the member's own path: it may climb out
            file.write_bytes(zf.read(info))
            out.append(Input(f"{archive}/{name}", file))
    return out


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name; archives made on Chinese Windows store it in GBK without saying so."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def plan(con: duckdb.DuckDBPyConnection, inputs: list[Input]) -> list[Pending]:
    """The inputs not in the corpus yet, each once: same bytes, same report, wherever they lie."""
    known = {h for (h,) in con.execute("SELECT sha256 FROM reports WHERE sha256 IS NOT NULL").fetchall()}
    unreadable = {p for (p,) in con.execute("SELECT path FROM reports WHERE sha256 IS NULL").fetchall()}
    out = []
    for item in inputs:
        try:
            data = item.file.read_bytes()
        except OSError:
            if item.shown not in unreadable:
                unreadable.add(item.shown)
                out.append(Pending(item, None, None))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest not in known:
            known.add(digest)
            out.append(Pending(item, digest, len(data)))
    return out


class Writer:
    """Writes reports into the corpus, each whole in one transaction. The ids, the versions and the agencies
    known are kept here between reports: the database's lock makes this the only writer."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._known()

    def _known(self) -> None:
        """The next id, the versions and the agencies as the database has them."""
        con = self.con
        self.next_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM reports").fetchall()[0][0]  # one row
        counted = "SELECT agency_key, year, count(*) FROM reports WHERE error IS NULL GROUP BY ALL"
        self.versions = Counter({(k, y): n for k, y, n in con.execute(counted).fetchall()})
        self.agencies = {k for (k,) in con.execute("SELECT key FROM agencies").fetchall()}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; rolled back, it leaves the ids and versions as the database has them."""
        self.con.execute("BEGIN")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._known()
            raise

    def admit(self, agency: str | None, level: str | None, region: str | None, year: int | None, ok: bool) -> Admitted:
        """The id and version of the next report (within a transaction): the report of an agency and year
        already in the corpus is its next version; a new agency is added, and the agency's checks across
        reports are due again."""
        key, rid = canonical_key(agency, region), self.next_id
        version = None
        if ok and key and year:
            version = self.versions[key, year] + 1
            self.versions[key, year] = version
        if key and key not in self.agencies:
            self.con.execute(
                f"INSERT INTO agencies (key, name, level, region, {', '.join(PLACES)}) VALUES (?{', ?' * 7})",
                [key, agency, level, region, *places_of(agency, region)],
            )
            self.agencies.add(key)
        if key:
            self.con.execute("INSERT INTO rechecks VALUES (?) ON CONFLICT DO NOTHING", [key])
        self.next_id += 1
        return Admitted(rid, version)

    def write(self, pending: Pending, rec: Record) -> int:
        """Write one report and everything read from it, in a transaction of its own; returns its id."""
        with self.transaction():
            return self._insert(pending, rec)

    def write_all(self, reports: Iterable[tuple[Pending, Record]], seconds: float = 1.0) -> Iterator[Record]:
        """Write reports as they come, each one's record yielded once written; those written within
        `seconds` of the first of a group commit together. A commit costs about as much as writing a
        report, and a kill loses only the group not yet committed, which the same command reads again."""
        reports = iter(reports)
        while True:
            with self.transaction():
                start = time.monotonic()
                for pending, rec in reports:
                    self._insert(pending, rec)
                    yield rec
                    if time.monotonic() - start >= seconds:
                        break
                else:
                    return

    def _insert(self, pending: Pending, rec: Record) -> int:
        m = rec.meta
        rid, version = self.admit(m.agency, m.level, m.region, m.year, rec.error is None)
        insert_report(self.con, rid, version, pending, rec)
        return rid


class Admitted(NamedTuple):
    id: int
    version: int | None


def insert_report(con: duckdb.DuckDBPyConnection, rid: int, version: int | None, pending: Pending, rec: Record) -> None:
    """The rows of one report: its line in `reports`, its cells, indicators, sections and findings. The
    embedded ingest writes them into the corpus, a Ray task into the tables it stages."""
    m, key = rec.meta, canonical_key(rec.meta.agency, rec.meta.region)
    con.execute(
        "INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRY_CAST(? AS DATE), "
        "TRY_CAST(? AS DATE), ?, ?, ?, now())",
        [rid, pending.input.shown, pending.sha256, pending.size, rec.source.media_type, m.agency, key,
         m.level, m.region, m.year, m.template, m.published, m.signed, version,
         rec.error and rec.error.code, rec.error and rec.error.message],
    )  # fmt: skip
    identity = f"{key}\x1f{m.year}" if key and m.year else pending.sha256 or pending.input.shown
    _write_rows(con, rid, rec, identity)


def _write_rows(con: duckdb.DuckDBPyConnection, rid: int, rec: Record, identity: str) -> None:
    """The report's cells, indicators, sections and findings, each table in one statement."""
    if rec.cells:
        ids = list(rec.cells)
        locs = [rec.provenance.get(c) or {} for c in ids]
        con.execute(
            "INSERT INTO cells SELECT ?, unnest(?::VARCHAR[]), unnest(?::DOUBLE[]), unnest(?::VARCHAR[]), "
            "unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::DOUBLE[][]), unnest(?::VARCHAR[])",
            [rid, ids, [rec.cells[c] for c in ids], [rec.units.get(c) for c in ids],
             [loc.get("line") for loc in locs], [loc.get("page") for loc in locs],
             [loc.get("bbox") for loc in locs], [where(loc) or None for loc in locs]],
        )  # fmt: skip
    ind = [
        (i, row.label, row.unit, col, v, (loc := rec.provenance.get(f"indicator.{i}.{col}") or {}).get("line"),
         loc.get("page"), loc.get("bbox"), where(loc) or None)
        for i, row in enumerate(rec.indicators) for col, v in row.values.items()
    ]  # fmt: skip
    if ind:
        con.execute(
            "INSERT INTO indicators SELECT ?, unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
            "unnest(?::VARCHAR[]), unnest(?::DOUBLE[]), unnest(?::INTEGER[]), unnest(?::INTEGER[]), "
            "unnest(?::DOUBLE[][]), unnest(?::VARCHAR[])",
            [rid, *map(list, zip(*ind, strict=True))],
        )
    if rec.sections:
        texts = list(rec.sections.values())
        con.execute(
            "INSERT INTO sections SELECT ?, unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])",
            [rid, list(rec.sections), [s.title for s in texts], [s.text for s in texts]],
        )
    if rec.findings:
        fs = rec.findings
        con.execute(
            "INSERT INTO findings SELECT ?, unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
            "unnest(?::VARCHAR[]), unnest(?::VARCHAR[][]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])",
            [rid, list(range(1, len(fs) + 1)), [f.rule for f in fs], [f.severity.value for f in fs],
             [f.message for f in fs], [list(f.cells) for f in fs], [where(f.location) or None for f in fs],
             fingerprints(identity, fs)],
        )  # fmt: skip
