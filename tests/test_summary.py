"""Group aggregates of a corpus on a real DuckDB file: `zfxxgk summary` per region, level and year, each
cell's count, sum and quartiles and the reviewers' rates, checked against the records ingested."""

from __future__ import annotations

import json
import random
import statistics
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zfxxgk.cli import app
from zfxxgk.record import Record
from zfxxgk.render import render
from zfxxgk.store.summary import RATES
from zfxxgk.synth import synth_record

runner = CliRunner()
YAOHAI, SHUSHAN = "安徽省合肥市瑶海区人民政府", "安徽省合肥市蜀山区人民政府"
BODIES = ((YAOHAI, "区县"), (SHUSHAN, "区县"), ("浙江省杭州市人民政府", "市"))


def record(agency: str, level: str, year: int, seed: int) -> Record:
    rec = synth_record(random.Random(seed), "2021", year, level)
    rec.meta.agency = agency
    return rec


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Record]]:
    """Three bodies over two years, one report published twice: the database and the records it counts."""
    folder = tmp_path_factory.mktemp("summary")
    latest = [record(a, lv, y, i * 10 + y) for i, (a, lv) in enumerate(BODIES) for y in (2022, 2023)]
    replaced = record(*BODIES[0], 2022, 99)  # the first version, replaced by latest[0]
    for i, rec in enumerate([replaced, *latest]):
        (folder / f"{i}.txt").write_text(str(render(rec, "txt")), encoding="utf-8")
    db = folder / "c.duckdb"
    for files in ([folder / "0.txt"], sorted(folder.glob("[1-9].txt"))):
        done = runner.invoke(app, ["ingest", "--db", str(db), "--jobs", "1", "--quiet", *map(str, files)])
        assert done.exit_code == 0, done.output
    return db, latest


def summary(db: Path, *args: str) -> list[dict]:
    done = runner.invoke(app, ["summary", "--db", str(db), "--format", "json", *args])
    assert done.exit_code == 0, done.output
    return json.loads(done.output)


def expected_rate(rate_id: str, records: list[Record]) -> float | None:
    rate = next(r for r in RATES if r.id == rate_id)
    over = sum(sum(r.cells[c] for c in rate.over) for r in records)
    under = sum(sum(r.cells[c] for c in rate.under) for r in records) if rate.under else len(records)
    return round(over / under, 4) if under else None


def test_cells_and_rates_per_year_are_the_records(corpus: tuple[Path, list[Record]]) -> None:
    db, records = corpus
    groups = summary(db, "--by", "year")
    assert [g["group"] for g in groups] == [{"year": 2022}, {"year": 2023}]
    for g in groups:
        recs = [r for r in records if r.meta.year == g["group"]["year"]]
        assert g["reports"] == len(recs) == 3  # the replaced version not counted
        cells = {c["cell"]: c for c in g["cells"]}
        assert set(cells) == {c for r in recs for c in r.cells}
        for cid, got in cells.items():
            values = sorted(r.cells[cid] for r in recs)
            q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
            want = {"count": 3, "sum": sum(values), "min": values[0], "max": values[-1]}
            assert {k: got[k] for k in want} == pytest.approx(want), cid
            assert (got["q1"], got["median"], got["q3"]) == pytest.approx((q1, median, q3), abs=1e-4), cid
            assert statistics.median(values) == pytest.approx(got["median"])
        rates = {r["rate"]: r for r in g["rates"]}
        assert set(rates) == {r.id for r in RATES}
        for rid, got in rates.items():
            assert got["reports"] == 3 and got["value"] == pytest.approx(expected_rate(rid, recs)), rid


def test_groups_by_region_and_level_with_cells_chosen(corpus: tuple[Path, list[Record]]) -> None:
    db, records = corpus
    groups = summary(db, "--by", "region", "--by", "level", "--cells", "s4.")
    assert [(g["group"], g["reports"]) for g in groups] == [
        ({"region": "安徽省合肥市", "level": "区县"}, 4),
        ({"region": "浙江省杭州市", "level": "市"}, 2),
    ]
    assert all(c["cell"].startswith("s4.") for g in groups for c in g["cells"])
    per_body = next(r for r in groups[0]["rates"] if r["rate"] == "per_body")
    assert per_body["value"] == pytest.approx(expected_rate("per_body", records[:4]))


def test_the_terminal_table_names_each_rate_and_its_formula(corpus: tuple[Path, list[Record]]) -> None:
    done = runner.invoke(app, ["summary", "--db", str(corpus[0]), "--by", "level"], env={"COLUMNS": "160"})
    assert done.exit_code == 0, done.output
    assert "层级 区县：4 份报告" in done.output and "层级 市：2 份报告" in done.output
    for rate in RATES:
        assert rate.name in done.output and rate.formula in done.output
