"""Agency keys in the form `canonical_key` gives them: a database keyed otherwise (as its names print
the place) is re-keyed — its versions numbered per body and year again, its agencies and findings'
fingerprints made anew, the checks across reports run again and its review marks moved to the findings
they were on."""

from __future__ import annotations

from collections import defaultdict

import duckdb

from ..checks import finding
from ..record import Finding
from . import across
from .gazetteer import PLACES, canonical_key, places_of
from .review import fingerprints

SETTING = "agency_keys"  # the row of `settings` naming the form the keys are in
FORM = "canonical"  # the form `canonical_key` gives

_FINDINGS = "SELECT report, rule, cells, message, fingerprint FROM findings"
_FindingKey = tuple[int, str, tuple[str, ...], str]  # report, rule, cells, message: a finding in a re-keyed database


def rekey(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the keys to the current form, inside the caller's transaction; nothing to do once they are."""
    if con.execute("SELECT value FROM settings WHERE name = ?", [SETTING]).fetchone() == (FORM,):
        return
    rows = con.execute("SELECT id, agency, region, agency_key FROM reports").fetchall()
    changed = {rid: key for rid, agency, region, was in rows if (key := canonical_key(agency, region)) != was}
    if changed:
        marked = _by_finding(con.execute(f"{_FINDINGS} WHERE fingerprint IN (SELECT fingerprint FROM reviews)"))
        con.execute(
            "UPDATE reports SET agency_key = n.key FROM (SELECT unnest(?::BIGINT[]) AS id, unnest(?::VARCHAR[]) "
            "AS key) n WHERE reports.id = n.id",
            [list(changed), list(changed.values())],
        )
        con.execute(
            "UPDATE reports SET version = n.v FROM (SELECT id, row_number() OVER (PARTITION BY agency_key, year "
            "ORDER BY id) AS v FROM reports WHERE version IS NOT NULL) n WHERE reports.id = n.id"
        )
        _agencies(con)
        _own_fingerprints(con, list(changed))
        across.run(con, everything=True)
        _move_marks(con, marked)
    con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [SETTING, FORM])


def _agencies(con: duckdb.DuckDBPyConnection) -> None:
    """Each body once, as the first report read of it names it."""
    rows = con.execute(
        "SELECT agency_key, agency, level, region FROM reports WHERE agency_key IS NOT NULL "
        "QUALIFY row_number() OVER (PARTITION BY agency_key ORDER BY id) = 1"
    ).fetchall()
    con.execute("DELETE FROM agencies")
    if rows:
        values = [(*row, *places_of(row[1], row[3])) for row in rows]
        con.execute(
            f"INSERT INTO agencies (key, name, level, region, {', '.join(PLACES)}) "
            f"SELECT {', '.join(['unnest(?::VARCHAR[])'] * 8)}",
            [list(c) for c in zip(*values, strict=True)],
        )


def _own_fingerprints(con: duckdb.DuckDBPyConnection, ids: list[int]) -> None:
    """The fingerprints of the reports' own findings, from their new keys (as `ingest` makes them)."""
    own: dict[tuple[str, int], list[tuple[int, Finding]]] = defaultdict(list)
    for report, key, year, fallback, seq, rule, message, cells in con.execute(
        "SELECT f.report, r.agency_key, r.year, coalesce(r.sha256, r.path), f.seq, f.rule, f.message, f.cells "
        "FROM findings f JOIN reports r ON r.id = f.report WHERE f.report IN (SELECT unnest(?::BIGINT[])) "
        "AND f.rule NOT IN (SELECT unnest(?::VARCHAR[])) ORDER BY f.report, f.seq",
        [ids, list(across.ACROSS_RULES)],
    ).fetchall():
        identity = f"{key}\x1f{year}" if key and year else fallback
        own[identity, report].append((seq, finding(rule, message, tuple(cells))))
    rows = [
        (report, seq, fp)
        for (identity, report), found in own.items()
        for (seq, _), fp in zip(found, fingerprints(identity, [f for _, f in found]), strict=True)
    ]
    if rows:
        con.execute(
            "UPDATE findings SET fingerprint = n.fp FROM (SELECT unnest(?::BIGINT[]) AS report, "
            "unnest(?::INTEGER[]) AS seq, unnest(?::VARCHAR[]) AS fp) n "
            "WHERE findings.report = n.report AND findings.seq = n.seq",
            [list(c) for c in zip(*rows, strict=True)],
        )


def _by_finding(result: duckdb.DuckDBPyConnection) -> dict[_FindingKey, list[str]]:
    """Fingerprints by what their findings say, in the order found."""
    out: dict[_FindingKey, list[str]] = defaultdict(list)
    for report, rule, cells, message, fp in result.fetchall():
        out[report, rule, tuple(cells), message].append(fp)
    return out


def _move_marks(con: duckdb.DuckDBPyConnection, marked: dict[_FindingKey, list[str]]) -> None:
    """Each mark onto its finding's new fingerprint; a mark whose finding no longer stands stays as it was."""
    now = _by_finding(con.execute(f"{_FINDINGS} ORDER BY report, seq"))
    moved = {old: new for what, olds in marked.items() for old, new in zip(olds, now.get(what, []), strict=False)}
    moved = {old: new for old, new in moved.items() if old != new}
    if not moved:
        return
    olds = list(moved)
    con.execute(
        "CREATE TEMP TABLE moved AS SELECT DISTINCT ON (n.new) n.new AS fingerprint, v.status, v.comment, "
        "v.marked_at FROM reviews v JOIN (SELECT unnest(?::VARCHAR[]) AS old, unnest(?::VARCHAR[]) AS new) n "
        "ON v.fingerprint = n.old",
        [olds, [moved[o] for o in olds]],
    )
    con.execute("DELETE FROM reviews WHERE fingerprint IN (SELECT unnest(?::VARCHAR[]))", [olds])
    con.execute("INSERT INTO reviews SELECT * FROM moved ON CONFLICT DO NOTHING")
    con.execute("DROP TABLE moved")
