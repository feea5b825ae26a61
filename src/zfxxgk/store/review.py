"""Review of findings: a fingerprint that outlives re-ingesting, reviewers' marks, and the corpus config
that switches rules off."""

from __future__ import annotations

import hashlib
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..record import Finding

STATUSES = ("confirmed", "dismissed", "open")
STATUS_LABELS = {"confirmed": "已确认", "dismissed": "已排除", "open": "待审核"}


def fingerprints(identity: str, findings: Iterable[Finding]) -> list[str]:
    """Each finding's fingerprint: its report's identity (agency and year, or the file's hash when
    either is unknown), rule and cells — the same for the same finding in a re-read or a new version.
    Findings alike in all three are told apart by their order."""
    seen: Counter[tuple[str, tuple[str, ...]]] = Counter()
    out = []
    for f in findings:
        key = (f.rule, tuple(sorted(f.cells)))
        seen[key] += 1
        text = "\x1f".join((identity, f.rule, *key[1], str(seen[key])))
        out.append(hashlib.sha256(text.encode()).hexdigest()[:16])
    return out


def mark(con: duckdb.DuckDBPyConnection, fingerprint: str, status: str, comment: str | None) -> int:
    """Set the review status of the findings with `fingerprint` (a unique prefix will do) and return how
    many findings (one per version of the report) it covers; `open` removes the mark. Raises LookupError
    when no fingerprint or more than one starts so."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    found = con.execute(
        "SELECT DISTINCT fingerprint FROM findings WHERE starts_with(fingerprint, ?)", [fingerprint]
    ).fetchall()
    if len(found) != 1:
        what = "没有" if not found else f"有 {len(found)} 个"
        raise LookupError(f"{what}以 {fingerprint} 开头的问题编号。")
    fp = found[0][0]
    con.execute("BEGIN")
    con.execute("DELETE FROM reviews WHERE fingerprint = ?", [fp])
    if status != "open":
        con.execute("INSERT INTO reviews VALUES (?, ?, ?, now())", [fp, status, comment])
    con.execute("COMMIT")
    return con.execute("SELECT count(*) FROM findings WHERE fingerprint = ?", [fp]).fetchall()[0][0]  # one row


@dataclass(frozen=True)
class Config:
    """A corpus's settings, from a TOML file: `[rules] off = ["rule.id", …]`."""

    rules_off: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: str | Path | None) -> Config:
        """The config at `path`; the defaults when `path` is None or does not exist."""
        if path is None or not Path(path).exists():
            return cls()
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        return cls(tuple(data.get("rules", {}).get("off", ())))

    def where(self, alias: str = "f") -> str:
        """A SQL condition keeping the findings of rules that are on."""
        if not self.rules_off:
            return "TRUE"
        quoted = ", ".join("'" + r.replace("'", "''") + "'" for r in self.rules_off)
        return f"{alias}.rule NOT IN ({quoted})"


def config_beside(db: str | Path) -> Path:
    """The config file a database reads by default: `zfxxgk.toml` in the database's folder."""
    return Path(db).resolve().parent / "zfxxgk.toml"


FINDINGS_SQL = """
SELECT f.fingerprint, r.id AS report, r.agency, r.year, r.version, f.severity, f.rule, f.message,
       array_to_string(f.cells, ', ') AS cells, f.location, coalesce(v.status, 'open') AS status, v.comment
FROM findings f JOIN reports r ON r.id = f.report LEFT JOIN reviews v USING (fingerprint)
WHERE {where}
ORDER BY r.id, f.seq"""


def findings_query(config: Config, status: str | None = None, rule: str | None = None) -> tuple[str, list[object]]:
    """The query listing findings with their review status, the config's rules off left out."""
    where = [config.where()]
    params: list[object] = []
    if status:
        where.append("coalesce(v.status, 'open') = ?")
        params.append(status)
    if rule:
        where.append("f.rule = ?")
        params.append(rule)
    return FINDINGS_SQL.format(where=" AND ".join(where)), params
