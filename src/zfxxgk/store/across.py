"""The checks across reports, run over the corpus: after an ingest over the agencies it touched (and
their siblings), or over everything by `zfxxgk recheck`. Each finding is about both reports, each side
naming the other; a run replaces the findings it recomputes, so a finding whose cause went goes too."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations, pairwise

import duckdb

from ..checks import finding
from ..checks.across import COPIED, RULES, share_copied, shingles, similarity
from ..checks.carry_over import mismatches
from ..record import Finding, Number
from ..templates import TEMPLATES
from .review import fingerprints

ACROSS_RULES = tuple(r.id for r in RULES)


@dataclass(frozen=True)
class Report:
    id: int
    key: str
    agency: str
    year: int
    template: str | None
    region: str | None
    level: str | None
    parent: str | None  # the key of the government it answers to, when its name says

    @property
    def identity(self) -> str:
        return f"{self.key}\x1f{self.year}"  # as the report's own findings are fingerprinted

    def named(self) -> str:
        return f"{self.agency} {self.year} 年报告（编号 {self.id}）"


@dataclass(frozen=True)
class Found:
    report: Report
    other: Report
    finding: Finding
    about: str = ""  # what else tells it apart from its like: the section compared

    def identity(self) -> str:
        return "\x1f".join((self.report.identity, self.other.identity, self.about))


def recheck(con: duckdb.DuckDBPyConnection, everything: bool = False) -> int:
    """Run the checks across reports over the agencies waiting for it (those `Writer` wrote reports of;
    with `everything`, all) in one transaction, and return how many findings they now have."""
    con.execute("BEGIN")
    try:
        n = run(con, everything)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return n


def run(con: duckdb.DuckDBPyConnection, everything: bool) -> int:
    """`recheck` inside the caller's transaction."""
    waiting = "SELECT DISTINCT agency_key FROM reports" if everything else "SELECT key FROM rechecks"
    keys = [k for (k,) in con.execute(waiting).fetchall() if k]
    reports = _scope(con, keys)
    rules = "(SELECT unnest(?::VARCHAR[]))"
    con.execute(
        f"DELETE FROM findings WHERE rule IN {rules} AND report IN "
        "(SELECT id FROM reports WHERE agency_key IN (SELECT unnest(?::VARCHAR[])))",
        [list(ACROSS_RULES), sorted({r.key for r in reports} | set(keys))],
    )
    found = [*_carry_over(con, reports), *_missing_years(reports), *_copied(con, reports)]
    _write(con, found)
    con.execute("DELETE FROM rechecks" if everything else "DELETE FROM rechecks WHERE key IN (SELECT unnest(?))",
                [] if everything else [keys])  # fmt: skip
    return len(found)


def _scope(con: duckdb.DuckDBPyConnection, keys: list[str]) -> list[Report]:
    """The latest readable version of each year of the agencies `keys` and of their siblings (see
    `_siblings`): every report a finding about one of theirs can name."""
    rows = con.execute(
        """WITH latest AS (
            SELECT r.id, r.agency_key, r.agency, r.year, r.template, r.region, r.level, a.parent FROM reports r
            LEFT JOIN agencies a ON a.key = r.agency_key
            WHERE r.error IS NULL AND r.agency_key IS NOT NULL AND r.year IS NOT NULL
            QUALIFY r.version = max(r.version) OVER (PARTITION BY r.agency_key, r.year)),
        touched AS (SELECT * FROM latest WHERE agency_key IN (SELECT unnest(?::VARCHAR[])))
        SELECT * FROM latest l WHERE agency_key IN (SELECT unnest(?::VARCHAR[]))
            OR parent IN (SELECT parent FROM touched)
            OR EXISTS (SELECT 1 FROM touched t WHERE (t.parent IS NULL OR l.parent IS NULL)
                       AND (t.region, t.level) = (l.region, l.level))
        ORDER BY agency_key, year""",
        [keys, keys],
    ).fetchall()
    return [Report(*r) for r in rows]


def _siblings(reports: list[Report]) -> Iterator[tuple[Report, Report]]:
    """Each pair of other agencies' reports of the same year that answer to the same government; where
    either's parent is unknown, the same region and level, as the names say."""
    by_parent: dict[tuple[str, int], list[Report]] = defaultdict(list)
    by_place: dict[tuple[str, str, int], list[Report]] = defaultdict(list)
    for r in reports:
        if r.parent:
            by_parent[r.parent, r.year].append(r)
        if r.region and r.level:
            by_place[r.region, r.level, r.year].append(r)
    for group in by_parent.values():
        yield from combinations(group, 2)
    for group in by_place.values():
        yield from ((a, b) for a, b in combinations(group, 2) if not (a.parent and b.parent))


def _series(reports: list[Report]) -> Iterator[list[Report]]:
    """Each agency's reports, year by year."""
    by_key: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_key[r.key].append(r)
    yield from by_key.values()


def _carry_over(con: duckdb.DuckDBPyConnection, reports: list[Report]) -> Iterator[Found]:
    pairs = [(a, b) for s in _series(reports) for a, b in pairwise(s) if b.year == a.year + 1 and b.template]
    ids = sorted({r.id for pair in pairs for r in pair})
    cells: dict[int, dict[str, Number | None]] = defaultdict(dict)
    for report, cell, value in con.execute(
        "SELECT report, cell, value FROM cells WHERE report IN (SELECT unnest(?::BIGINT[]))", [ids]
    ).fetchall():
        cells[report][cell] = int(value) if value is not None and value == int(value) else value
    for last, this in pairs:
        template = TEMPLATES.get(this.template or "")
        if template is None:
            continue
        for co, says in mismatches(template, cells[last.id], cells[this.id]):
            yield Found(this, last, finding("corpus.carry_over", f"{says}（上一年：{last.named()}）。", (co.cell,)))
            yield Found(
                last,
                this,
                finding("corpus.carry_over", f"下一年的{this.named()}与本报告不衔接——{says}。", co.last),
            )


def _missing_years(reports: list[Report]) -> Iterator[Found]:
    for series in _series(reports):
        for a, b in pairwise(series):
            if b.year - a.year < 2:
                continue
            gap = str(a.year + 1) if b.year - a.year == 2 else f"{a.year + 1}–{b.year - 1}"
            yield Found(a, b, finding("corpus.missing_year", f"语料库中缺 {gap} 年度的报告（下一份：{b.named()}）。"))
            yield Found(b, a, finding("corpus.missing_year", f"语料库中缺 {gap} 年度的报告（上一份：{a.named()}）。"))


def _copied(con: duckdb.DuckDBPyConnection, reports: list[Report]) -> Iterator[Found]:
    """Sections near-duplicate of the same section of the agency's report the year before, or of a
    sibling body's (see `_siblings`) the same year."""
    by_id = {r.id: r for r in reports}
    texts: dict[int, dict[str, tuple[str, frozenset[str]]]] = defaultdict(dict)
    for report, section, title, text in con.execute(
        "SELECT report, section, title, text FROM sections WHERE report IN (SELECT unnest(?::BIGINT[])) "
        "ORDER BY report, section",
        [list(by_id)],
    ).fetchall():
        if text and (grams := shingles(text)) is not None:
            texts[report][section] = (title or "", grams)
    pairs = [(a, b) for s in _series(reports) for a, b in pairwise(s) if b.year == a.year + 1]
    pairs += list(_siblings(reports))
    for a, b in pairs:
        for section in sorted(texts[a.id].keys() & texts[b.id].keys()):
            (title, ga), (_, gb) = texts[a.id][section], texts[b.id][section]
            if (jaccard := similarity(ga, gb)) < COPIED:
                continue
            for this, other, share in ((a, b, share_copied(ga, gb)), (b, a, share_copied(gb, ga))):
                message = (
                    f"内容雷同：第{section}部分“{title}”与{other.named()}的同一部分高度相似，"
                    f"本部分 {share:.0%} 的文字与之相同（5 字片段 Jaccard 相似度 {jaccard:.2f}）。"
                )
                yield Found(this, other, finding("corpus.copied_text", message), section)


def _write(con: duckdb.DuckDBPyConnection, found: list[Found]) -> None:
    """The findings, each after its report's own, fingerprinted by both reports' identities."""
    found = sorted(found, key=lambda f: (f.report.id, f.finding.rule, f.identity(), f.finding.cells))
    if not found:
        return
    ids = sorted({f.report.id for f in found})
    after = dict(
        con.execute(
            "SELECT report, max(seq) FROM findings WHERE report IN (SELECT unnest(?::BIGINT[])) GROUP BY report",
            [ids],
        ).fetchall()
    )
    seq: list[int] = []
    n: defaultdict[int, int] = defaultdict(int)
    for f in found:
        n[f.report.id] += 1
        seq.append(after.get(f.report.id, 0) + n[f.report.id])
    prints = [fingerprints(f.identity(), [f.finding])[0] for f in found]
    con.execute(
        "INSERT INTO findings SELECT unnest(?::BIGINT[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), "
        "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[][]), NULL, unnest(?::VARCHAR[])",
        [[f.report.id for f in found], seq, [f.finding.rule for f in found],
         [f.finding.severity.value for f in found], [f.finding.message for f in found],
         [list(f.finding.cells) for f in found], prints],
    )  # fmt: skip
